import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-daily-01',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin traded at $112,486 at 07:00 UTC, up 3.8% on the day, after touching a high of $112,512 overnight. The low of the session was $108,050, and the coin now sits above its 30-day swing high of $111,308. Ether added 4.6% to $3,987, while Solana rose 5.4% to $171.36.\n\nTotal market capitalization reached $3.62 trillion, up 3.7%, and 27 of the 30 tracked assets finished higher. Bitcoin dominance stood at 62.1%.',
    numbers: [
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '07:00',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$112,512',
        label: 'supported',
      },
      {
        find: '$108,050',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,308',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30@3',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-02',
    voice: 'daily',
    style: 'daily',
    text: 'Morning snapshot. BTC $112.5K (+3.84%), ETH $3,987 (+4.62%), SOL $171 (+5.4%), XRP $2.48 (+2.2%), BNB $1,013 (+1.9%). Breadth was strong, with 25 of 30 assets in the green. Funding on bitcoin perps held at 0.0081% per 8h.',
    numbers: [
      {
        find: '$112.5K',
        label: 'supported',
      },
      {
        find: '+3.84%',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '+4.62%',
        label: 'supported',
      },
      {
        find: '$171',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '$1,013',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '25',
        label: 'contradicted',
        note: '27 of 30 up',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-daily-03',
    voice: 'daily',
    style: 'sector',
    text: 'Bitcoin climbed 4.8% to $112,486, its best level in a month. The move took it through resistance at $110,000 and traders now eye $120,000. Open interest in BTC futures rose 6.2% to $9.84 billion.',
    numbers: [
      {
        find: '4.8%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'contradicted',
        note: '110,000 is support; resistance 115,000',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$9.84 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-04',
    voice: 'daily',
    style: 'daily',
    text: "Ether was the standout among majors, rising 4.6% to just under $4,000 — its intraday high was $3,998. Analysts expect ETH to test $4,500 before the end of the month. Ether's funding rate was 0.0094% per 8h, or 10.3% annualized.",
    numbers: [
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '$3,998',
        label: 'supported',
      },
      {
        find: '$4,500',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '10.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-05',
    voice: 'daily',
    style: 'daily',
    text: 'Losers were few. Optimism fell 2.4% and Arbitrum dropped 1.9%, while Shiba Inu slipped 0.6%. Those were the only three decliners on the watchlist. Everything else rose, led by Virtuals Protocol (+14.3%) and FET (+11.8%).',
    numbers: [
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-06',
    voice: 'daily',
    style: 'sector',
    text: 'The AI sector was the best performer of the day, gaining 9.2%, with all seven members higher. Gaming followed with 6.1%. Layer 2 was the only sector in the red, down 0.4%, with two of its four tokens falling.',
    numbers: [
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-07',
    voice: 'daily',
    style: 'sector',
    text: 'Memecoins led the rally, rising 1.8% as Dogecoin added 2.1% to $0.1841. Dogecoin funding turned negative at -0.0058% per 8h, and DOGE open interest fell 5.6%.',
    numbers: [
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'Memes +1.8% ranked fifth of six; AI led',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '$0.1841',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-08',
    voice: 'daily',
    style: 'sector',
    text: 'Solana rose 5.4% to $171.36, holding above support at $170. Resistance sits at $180. Funding for SOL perpetuals was -0.0027%, meaning shorts paid longs, and SOL open interest declined 3.4%. The token is up 8.3% on the day.',
    numbers: [
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'supported',
      },
      {
        find: '$180',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '8.3%',
        label: 'contradicted',
        note: 'window: 24h is 5.4%; 8.3% is 7d',
      },
    ],
  },
  {
    id: 'C-daily-09',
    voice: 'daily',
    style: 'daily',
    text: "BTC rose 3.84%, ETH 4.62%, SOL 5.41%. Bitcoin's 24-hour volume was $3.44 billion, about 1.09 times its 7-day average. Realized volatility over 7 days came in at 33.9% annualized versus 29.0% over 30 days.",
    numbers: [
      {
        find: '3.84%',
        label: 'supported',
      },
      {
        find: '4.62%',
        label: 'supported',
      },
      {
        find: '5.41%',
        label: 'supported',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$3.44 billion',
        label: 'supported',
      },
      {
        find: '1.09',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '33.9%',
        label: 'supported',
      },
      {
        find: '29.0%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-daily-10',
    voice: 'daily',
    style: 'daily',
    text: 'Cardano gained 3.9% to $0.587 and Avalanche jumped 6.3% to $19.84. Polkadot rose 4.5% to $3.32. NEAR was the best Layer 1, up 8.9%, while BNB was the weakest at +1.9%.',
    numbers: [
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$0.587',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '4.5%',
        label: 'supported',
      },
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-11',
    voice: 'daily',
    style: 'sector',
    text: 'The crypto market added roughly $130 billion in a day, taking total capitalization to $3.62T. Spot bitcoin ETFs took in $612 million on Wednesday, according to Farside Investors. Total trading volume was $164 billion.',
    numbers: [
      {
        find: '$130 billion',
        label: 'unsupported',
        note: 'derived: cap change in USD not a fact',
      },
      {
        find: '$3.62T',
        label: 'supported',
      },
      {
        find: '$612 million',
        label: 'unsupported',
        note:
          "label corrected (was supported-by-source): the collected headline is CoinDesk's and the sentence names only " +
          'Farside Investors, the data source its summary cites; docs/factcheck.md Verdicts: the sentence must name the outlet',
      },
      {
        find: '$164 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-12',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin is now just $2,500 below resistance at $115,000. The all-time high of $126,000 set in October remains out of reach for now.',
    numbers: [
      {
        find: '$2,500',
        label: 'unsupported',
        note: 'derived: distance to resistance',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'C-daily-13',
    voice: 'daily',
    style: 'daily',
    text: 'XRP gained 2.2% to $2.48 after bouncing off $2.40 support. It remains down 1.6% over 30 days. XRP open interest was $1.05 billion, up 1.9% in 24 hours, and funding was 0.0036% per 8h.',
    numbers: [
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '$1.05 billion',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '0.0036%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-daily-14',
    voice: 'daily',
    style: 'sector',
    text: 'Sui advanced 7.1% to $2.54, and NEAR climbed 8.9% to $2.91. Bittensor rose 8.7% to $371.80, trading between $341 and $389 over the day.',
    numbers: [
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '$2.91',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'supported',
      },
      {
        find: '$371.80',
        label: 'supported',
      },
      {
        find: '$341',
        label: 'supported',
      },
      {
        find: '$389',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-15',
    voice: 'daily',
    style: 'daily',
    text: 'Among memecoins, dogwifhat gained 4.8%, Pepe added 3.4% and Dogecoin rose 2.1%. Shiba Inu was the exception, falling 1.6%. The meme sector as a whole rose 1.8%.',
    numbers: [
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'SHIB 24h -0.58%',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-16',
    voice: 'daily',
    style: 'sector',
    text: 'Helium was the laggard in DePIN, up only 1.2%, while Render surged 9.5% and IoTeX gained 5.8%. Filecoin rose 3.1% to $2.18. DePIN as a group gained 5.4%.',
    numbers: [
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '$2.18',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-17',
    voice: 'daily',
    style: 'daily',
    text: 'Total open interest across tracked perps rose 5.1% to $19.1 billion. The OI-weighted average funding rate was 0.0068% per 8h. Liquidations of short positions topped $500 million.',
    numbers: [
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '$19.1 billion',
        label: 'supported',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$500 million',
        label: 'unsupported',
        note: 'invented; CoinGlass figure in headlines was $340M, not attributed here',
      },
    ],
  },
  {
    id: 'C-daily-18',
    voice: 'daily',
    style: 'sector',
    text: 'Polygon barely moved, up 0.3% at $0.1834. Immutable rose 2.6%, the best in Layer 2. Arbitrum fell 1.9% to $0.312 and Optimism declined 2.4% to $0.462.',
    numbers: [
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$0.1834',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '$0.312',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '$0.462',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-19',
    voice: 'daily',
    style: 'sector',
    text: "Gala rallied 9.8% and Axie Infinity jumped 8.9%, while The Sandbox added 7.6%. Gaming tokens are still down 7.7% over 30 days. Gala was the gaming sector's worst performer.",
    numbers: [
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'supported',
      },
      {
        find: '7.7%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: "Gala was the gaming sector's worst performer",
        label: 'contradicted',
        note: 'GALA was best in gaming; worst was IMX',
      },
    ],
  },
  {
    id: 'C-daily-20',
    voice: 'daily',
    style: 'weekly',
    text: "Bitcoin's market cap rose to $2.25 trillion. Ether's market cap was $481 billion, and Solana's stood at $94.6 billion. BNB's market cap was $150 billion.",
    numbers: [
      {
        find: '$2.25 trillion',
        label: 'supported',
      },
      {
        find: '$481 billion',
        label: 'supported',
      },
      {
        find: '$94.6 billion',
        label: 'supported',
      },
      {
        find: '$150 billion',
        label: 'contradicted',
        note: "BNB cap $140.9B; $150B is XRP's",
      },
    ],
  },
  {
    id: 'C-daily-21',
    voice: 'daily',
    style: 'daily',
    text: 'Worldcoin rose 7.5% to $0.79, though it remains 14% lower than a month ago. The Graph gained 6.4%, the weakest in the AI group. Virtuals Protocol topped the board with a 14.3% jump to $1.34.',
    numbers: [
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: '$0.79',
        label: 'supported',
      },
      {
        find: '14%',
        label: 'supported',
      },
      {
        find: '6.4%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '$1.34',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-22',
    voice: 'daily',
    style: 'daily',
    text: 'Every asset on the watchlist gained on the day. Bitcoin led with 3.8%.',
    numbers: [
      {
        find: 'Every asset on the watchlist gained',
        label: 'contradicted',
        note: '27 of 30 rose; OP, ARB, SHIB fell',
      },
      {
        find: '3.8%',
        label: 'contradicted',
        note: 'BTC did not lead; VIRTUAL +14.3% led',
      },
    ],
  },
  {
    id: 'C-daily-23',
    voice: 'daily',
    style: 'sector',
    text: "BTC dominance fell to 58% as altcoins outperformed. Bitcoin's 30-day gain stands at 11.5%, and its 7-day gain at 11.0%. The 30-day low was $97,150.",
    numbers: [
      {
        find: '58%',
        label: 'contradicted',
        note: 'dominance 62.1%',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '11.5%',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '11.0%',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$97,150',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-24',
    voice: 'daily',
    style: 'daily',
    text: "ETH open interest grew 7.8% to $5.91 billion; over the week it is up 14.2%. Ether's realized volatility over 7 days was 72%, far above its 30-day reading of 42.5%.",
    numbers: [
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '$5.91 billion',
        label: 'supported',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '72%',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '42.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-25',
    voice: 'daily',
    style: 'daily',
    text: 'PEPE traded at $0.0000067, up 3.4%. SHIB was at $0.0000103, down 0.58%. WIF rose 4.8% to $0.5286, and the token is down 18.9% in 30 days.',
    numbers: [
      {
        find: '$0.0000067',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$0.0000103',
        label: 'supported',
      },
      {
        find: '0.58%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '$0.5286',
        label: 'supported',
      },
      {
        find: '18.9%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-daily-26',
    voice: 'daily',
    style: 'sector',
    text: 'Reports said spot bitcoin ETFs drew $612 million on Wednesday. Bitcoin itself rose 2.8% and ether gained 6.2%. Solana slipped 5.4%.',
    numbers: [
      {
        find: '$612 million',
        label: 'unsupported',
        note: '"reports said" is no named outlet',
      },
      {
        find: '2.8%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%',
      },
      {
        find: '6.2%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%',
      },
      {
        find: '5.4%',
        label: 'contradicted',
        note: 'SOL rose 5.4%, did not slip',
      },
    ],
  },
  {
    id: 'C-daily-27',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin is expected to hit $150,000 by March, according to one strategist, after rising 3.8% today. The previous record of $126,000 was set in October. Miners pushed hashrate to 1.1 zettahash.',
    numbers: [
      {
        find: '$150,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '1.1',
        label: 'unsupported',
        note: 'invented: no hashrate fact',
      },
    ],
  },
  {
    id: 'C-daily-28',
    voice: 'daily',
    style: 'daily',
    text: 'Avalanche gained 15.6% to $19.84, while Immutable jumped 13.1%. Filecoin fell 11.5% and Dogecoin lost 7.6%.',
    numbers: [
      {
        find: '15.6%',
        label: 'contradicted',
        note: '15.6% is AVAX 7d; 24h +6.3%',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '13.1%',
        label: 'contradicted',
        note: '13.1% is IMX 7d; 24h +2.6%',
      },
      {
        find: '11.5%',
        label: 'contradicted',
        note: 'FIL 24h +3.1%; -11.5% is 7d',
      },
      {
        find: '7.6%',
        label: 'contradicted',
        note: 'DOGE 24h +2.1%; -7.6% is 7d',
      },
    ],
  },
  {
    id: 'C-daily-29',
    voice: 'daily',
    style: 'sector',
    text: 'Ether traded at $3,887, Solana at $181, and XRP at $2.58. BNB was near $1,010. Cardano held $0.59.',
    numbers: [
      {
        find: '$3,887',
        label: 'contradicted',
        note: 'ETH $3,987.42',
      },
      {
        find: '$181',
        label: 'contradicted',
        note: 'SOL $171.36',
      },
      {
        find: '$2.58',
        label: 'contradicted',
        note: 'XRP $2.4817',
      },
      {
        find: '$1,010',
        label: 'supported',
      },
      {
        find: '$0.59',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-30',
    voice: 'daily',
    style: 'sector',
    text: 'Layer 2 tokens fell 2.4% as a group, with three of the four in the red. The AI sector rose 12% and gaming gained 8.4%.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'L2 sector 24h -0.44%; -2.4% is OP',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: '2 of 4 L2 fell',
      },
      {
        find: '12%',
        label: 'contradicted',
        note: 'AI 24h +9.2%',
      },
      {
        find: '8.4%',
        label: 'contradicted',
        note: 'gaming 24h +6.1%; 8.4% is 7d',
      },
    ],
  },
  {
    id: 'C-daily-31',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin's open interest rose 11.4% in 24 hours to $9.8 billion. BTC funding was 0.012% per 8h, roughly 13% annualized. The gap between bitcoin and ether's daily gains was about 0.8 percentage points.",
    numbers: [
      {
        find: '11.4%',
        label: 'contradicted',
        note: 'BTC OI 24h +6.2%; 11.4% is 7d',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$9.8 billion',
        label: 'supported',
      },
      {
        find: '0.012%',
        label: 'contradicted',
        note: 'BTC funding 0.00812%',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '13%',
        label: 'contradicted',
        note: 'BTC funding APR 8.9%',
      },
      {
        find: '0.8',
        label: 'unsupported',
        note: 'derived: gap between two facts',
      },
    ],
  },
  {
    id: 'C-daily-32',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin climbed 3.8% to $112,486 while ether rose 4.3%. Solana gained 3.6%, and XRP lost 1.6%. Cardano fell 2.5%.',
    numbers: [
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.3%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; 4.3% is 7d',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'SOL 24h +5.41%; 3.6% is 30d',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'XRP rose 2.16% on the day; -1.6% is 30d',
      },
      {
        find: '2.5%',
        label: 'contradicted',
        note: 'ADA rose 3.92%; -2.5% is 30d',
      },
    ],
  },
  {
    id: 'C-daily-33',
    voice: 'daily',
    style: 'sector',
    text: "The day's biggest loser was Arbitrum, down 1.9%. The biggest winner was FET, up 11.8%. Layer 2 was the second-worst sector, falling 0.4%.",
    numbers: [
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'biggest loser OP -2.41%',
      },
      {
        find: '11.8%',
        label: 'contradicted',
        note: 'biggest winner VIRTUAL +14.27%',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'contradicted',
        note: 'L2 was the worst sector',
      },
    ],
  },
  {
    id: 'C-daily-34',
    voice: 'daily',
    style: 'daily',
    text: 'Bittensor rose 18.7% to $317.80. Worldcoin rose 7.5% to $0.97. The Graph fell 6.4%.',
    numbers: [
      {
        find: '18.7%',
        label: 'contradicted',
        note: 'TAO 24h +8.71%',
      },
      {
        find: '$317.80',
        label: 'contradicted',
        note: 'TAO $371.80; digits swapped',
      },
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: '$0.97',
        label: 'contradicted',
        note: 'WLD $0.7916',
      },
      {
        find: '6.4%',
        label: 'contradicted',
        note: 'GRT rose 6.38%',
      },
    ],
  },
  {
    id: 'C-daily-35',
    voice: 'daily',
    style: 'daily',
    text: 'Total open interest fell 5.1% to $19.1 billion. Funding averaged 0.068% per 8h. Dogecoin open interest rose 5.6%.',
    numbers: [
      {
        find: '5.1%',
        label: 'contradicted',
        note: 'total OI rose 5.08%',
      },
      {
        find: '$19.1 billion',
        label: 'supported',
      },
      {
        find: '0.068%',
        label: 'contradicted',
        note: 'avg funding 0.00685%; off by 10x',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'DOGE OI fell 5.6%',
      },
    ],
  },
  {
    id: 'C-daily-36',
    voice: 'daily',
    style: 'sector',
    text: 'Gaming tokens rose 8.4%, led by Immutable at 13.1%. DePIN gained 9.5%. Memes rose 1.8%.',
    numbers: [
      {
        find: '8.4%',
        label: 'contradicted',
        note: 'gaming 24h +6.12%; 8.4% is 7d',
      },
      {
        find: '13.1%',
        label: 'contradicted',
        note: 'IMX 24h +2.6%; leader was GALA',
      },
      {
        find: '9.5%',
        label: 'contradicted',
        note: 'DePIN 24h +5.41%; 9.5% is RENDER',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-37',
    voice: 'daily',
    style: 'sector',
    text: "Polkadot rose 11.1% to $3.18. Sui rose 10.7%, and NEAR slipped 2.4%. BNB traded at $1,102. Cardano's market cap was $12.4 billion. Avalanche's 24-hour low was $16.39. ARB's market cap reached $17.7 billion.",
    numbers: [
      {
        find: '11.1%',
        label: 'contradicted',
        note: 'DOT 24h +4.48%; -11.1% is 30d',
      },
      {
        find: '$3.18',
        label: 'contradicted',
        note: 'DOT $3.318',
      },
      {
        find: '10.7%',
        label: 'contradicted',
        note: 'SUI 24h +7.14%; 10.7% is 7d',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'NEAR rose 8.93%; -2.4% is 30d',
      },
      {
        find: '$1,102',
        label: 'contradicted',
        note: 'BNB $1,012.60; digits swapped',
      },
      {
        find: '$12.4 billion',
        label: 'contradicted',
        note: 'ADA cap $21.4B',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$16.39',
        label: 'contradicted',
        note: 'AVAX low $18.64; 16.39 is 30d swing low',
      },
      {
        find: '$17.7 billion',
        label: 'contradicted',
        note: 'ARB cap $1.77B',
      },
    ],
  },
  {
    id: 'C-daily-38',
    voice: 'daily',
    style: 'weekly',
    text: 'Week in review. Bitcoin gained 11% over the week to $112,486, ether rose 4.3% and solana 8.3%. Avalanche was the standout large cap, up 15.6%, while Filecoin lost 11.5%. Dogecoin fell 2.1% and Bittensor rose 8.7%.',
    numbers: [
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '11.5%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'DOGE 7d -7.61%; +2.1% is 24h, sign wrong',
      },
      {
        find: '8.7%',
        label: 'contradicted',
        note: 'TAO 7d +0.42%; 8.7% is 24h',
      },
    ],
  },
  {
    id: 'C-daily-39',
    voice: 'daily',
    style: 'weekly',
    text: 'Open interest across tracked perps rose 9.6% this week. Bitcoin OI gained 11.4% and ether OI 14.2%, while dogecoin OI shrank 9.3%. XRP OI rose 1.9%.',
    numbers: [
      {
        find: '9.6%',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: '9.3%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'XRP OI 7d -2.7%; 1.9% is 24h',
      },
    ],
  },
  {
    id: 'C-daily-40',
    voice: 'daily',
    style: 'weekly',
    text: 'Layer 1 led the week, rising 9%, with Avalanche up 15.6% and BNB the laggard at 1%. Memes were the weakest group, down 6.9%.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '9%@1',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '1%',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-41',
    voice: 'daily',
    style: 'weekly',
    text: "Ether gained 4.3% on the week, trailing bitcoin's 11%. XRP added 3.3%, Cardano 8% and Polkadot 15.8%.",
    numbers: [
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '8%@1',
        label: 'supported',
      },
      {
        find: '15.8%',
        label: 'contradicted',
        note: 'DOT 7d +5.75%',
      },
    ],
  },
  {
    id: 'C-daily-42',
    voice: 'daily',
    style: 'weekly',
    text: 'AI tokens rose 3.6% this week; The Graph led with 10.3%. Worldcoin was the only AI token lower, down 3.1%.',
    numbers: [
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '10.3%',
        label: 'contradicted',
        note: 'AI best 7d was NEAR +10.98%; GRT +10.29% second',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-daily-43',
    voice: 'daily',
    style: 'weekly',
    text: 'Over the week, Gala rose 5.1%, The Sandbox 7.3% and Axie 1.1%. Render added 2.2% while IoTeX gained 3%. Helium rose 1.2%.',
    numbers: [
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '3%@2',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'contradicted',
        note: 'HNT 7d -6.21%; +1.2% is 24h',
      },
    ],
  },
  {
    id: 'C-daily-44',
    voice: 'daily',
    style: 'weekly',
    text: "Bitcoin's weekly gain of 11% made it the best of the smart contract platforms this week. Solana rose 8.3% and Sui 10.7%.",
    numbers: [
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: 'the best of the smart contract platforms this week',
        label: 'contradicted',
        note: 'AVAX +15.64% was best L1 over 7d',
      },
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '10.7%',
        label: 'supported',
      },
    ],
  },
];
