import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Z-daily-01',
    voice: 'daily',
    style: 'daily',
    text: "Crypto market snapshot, 10 September 2026\n\nBTC/ETH. Bitcoin barely moved, up 0.3% on the day at $113,384. The session's range was tight, $112,604 to $113,858, and price remains boxed between support at $110,000 and resistance at $115,000. Ether was weaker: ETH fell 0.8% to $3,874 and is down 4.9% over the week, though it is still holding above $3,800.\n\nMajors. Solana did the heavy lifting, jumping 11.2% to $232.86 and taking out its 30-day swing high of $221.37. Sui added 9.2% and Avalanche 4.7%. XRP gained 1.3% to $2.71, BNB rose 0.6% to $760 and Cardano put on 4.4%. Polkadot slipped 2.4%. ETH trailed BTC by 1.1 percentage points.\n\nSectors. Layer 1 was the best-performing sector, up 0.7%, with 9 of its 10 members higher. Memes gained 0.5% as WIF surged 14.6%, while SHIB lost 0.9%. Layer 2 was the weakest group, down 2.3%; OP dropped 4.1% and ARB 5.6%. Gaming lost 3.3%.\n\nDerivatives. Total open interest rose 3.9% to $16.8B, helped by a 19% jump in SOL OI. SOL funding hit 0.04% per 8h (43.8% annualized), with longs paying shorts. BTC funding stayed mild at 0.0072%; ETH's was 0.046%.\n\nHeadlines. CoinDesk reported a 0.19% fee in an amended spot Solana ETF filing. A Solana lending protocol lost $41 million to a bridge exploit, according to Decrypt. Spot bitcoin ETFs took in $350 million.",
    numbers: [
      {
        find: '10@1',
        label: 'ignored',
      },
      {
        find: '2026',
        label: 'ignored',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$113,384',
        label: 'supported',
      },
      {
        find: '$112,604',
        label: 'supported',
      },
      {
        find: '$113,858',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$3,874',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'contradicted',
        note: 'fact eth.change_7d -1.90',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '$232.86',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$221.37',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'contradicted',
        note: 'fact sui.change_24h 6.20',
      },
      {
        find: '4.7%',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '$2.71',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$760',
        label: 'contradicted',
        note: 'fact bnb.price 702.4',
      },
      {
        find: '4.4%',
        label: 'contradicted',
        note: 'fact ada.change_24h 2.40',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'fact dot.change_24h -0.40',
      },
      {
        find: '1.1',
        label: 'unsupported',
        note: 'derived arithmetic (0.32 minus -0.80), no fact',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '0.7%',
        label: 'supported',
      },
      {
        find: '9@3',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 8',
      },
      {
        find: '10@3',
        label: 'supported',
      },
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'fact arb.change_24h -3.60',
      },
      {
        find: '3.3%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -1.08; 3.3 is IMX',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$16.8B',
        label: 'contradicted',
        note: 'digit swap, fact market.open_interest 18.6B',
      },
      {
        find: '19%@1',
        label: 'supported',
      },
      {
        find: '0.04%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '43.8%',
        label: 'supported',
      },
      {
        find: '0.0072%',
        label: 'supported',
      },
      {
        find: '0.046%',
        label: 'contradicted',
        note: '10x slip, fact eth.funding_rate 0.0046',
      },
      {
        find: '0.19%',
        label: 'supported-by-source',
      },
      {
        find: '$41 million',
        label: 'supported-by-source',
      },
      {
        find: '$350 million',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
    ],
  },
  {
    id: 'Z-daily-02',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin is flat-ish at $113.4K (+0.3%), ether is red at $3,874 (-0.8%), and SOL is the only major doing anything: +11.2% to $232.86. Total market cap $3.81T, up 2.4%. Next stop for SOL: $250.',
    numbers: [
      {
        find: '$113.4K',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '$3,874',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '$232.86',
        label: 'supported',
      },
      {
        find: '$3.81T',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 1.04',
      },
      {
        find: '$250',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-daily-03',
    voice: 'daily',
    style: 'daily',
    text: "Solana's upgrade day turned into its best session in weeks. SOL rose 11% to about $233, touching a 24h high of $232.91 after a low of $198.94. Volume, at $2.35 billion, was nearly three times its 7-day average, and open interest climbed 19.2% to $3.9 billion. On the week SOL is up 13.2%. Funding is running hot at 0.4% per eight hours. The next resistance is $240, with support now at $230. Some desks see $260 before month-end.",
    numbers: [
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '$233',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$232.91',
        label: 'supported',
      },
      {
        find: '$198.94',
        label: 'contradicted',
        note: 'fact sol.low_24h 208.94',
      },
      {
        find: '$2.35 billion',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: '7',
        label: 'ignored',
      },
      {
        find: '19.2%',
        label: 'supported',
      },
      {
        find: '$3.9 billion',
        label: 'supported',
      },
      {
        find: '13.2%',
        label: 'contradicted',
        note: '30d value on 7d claim, fact sol.change_7d 17.30',
      },
      {
        find: '0.4%',
        label: 'contradicted',
        note: '10x slip, fact sol.funding_rate 0.04',
      },
      {
        find: '$240',
        label: 'supported',
      },
      {
        find: '$230',
        label: 'supported',
      },
      {
        find: '$260',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-daily-04',
    voice: 'daily',
    style: 'daily',
    text: 'Market breadth was positive but thin: 19 of the 30 assets we track rose over the past day and 11 fell. The total crypto market cap added 1% to roughly $3.8 trillion, and 24h volume came in at $114 billion. Bitcoin dominance edged down to 59.3%, and Decrypt put the drop at about 0.4 points. Stablecoin supply hit $290 billion.',
    numbers: [
      {
        find: '19',
        label: 'contradicted',
        note: 'fact market.advancers_24h 17',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '11@1',
        label: 'contradicted',
        note: 'fact market.decliners_24h 13',
      },
      {
        find: '1%',
        label: 'supported',
      },
      {
        find: '$3.8 trillion',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$114 billion',
        label: 'contradicted',
        note: 'digit swap, fact market.volume_24h 141B',
      },
      {
        find: '59.3%',
        label: 'supported',
      },
      {
        find: '0.4',
        label: 'supported-by-source',
      },
      {
        find: '$290 billion',
        label: 'unsupported',
        note: 'no fact or headline',
      },
    ],
  },
  {
    id: 'Z-daily-05',
    voice: 'daily',
    style: 'daily',
    text: "ETH underperformed again. Ether fell 0.8% to $3,874.30, trading between $3,842 and $3,921 over the day. Open interest slipped 0.7% to $4.6 billion, and funding sat at a modest 0.0046% per 8h, or about 5% a year. ETH's 30-day swing low is $3,771.55; the swing high is $4,196. Volume ran at 0.96 times the weekly average, and ETH has now fallen 3 sessions in a row. CoinDesk said ether sank below $3,800.",
    numbers: [
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$3,874.30',
        label: 'supported',
      },
      {
        find: '$3,842',
        label: 'supported',
      },
      {
        find: '$3,921',
        label: 'supported',
      },
      {
        find: '0.7%',
        label: 'supported',
      },
      {
        find: '$4.6 billion',
        label: 'supported',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '5%',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '$3,771.55',
        label: 'supported',
      },
      {
        find: '$4,196',
        label: 'contradicted',
        note: 'fact eth.swing_high_30d 3,996.25',
      },
      {
        find: '0.96',
        label: 'supported',
      },
      {
        find: '3@7',
        label: 'unsupported',
        note: 'invented streak',
      },
      {
        find: '$3,800',
        label: 'contradicted',
        note: 'fact eth.price 3,874.3 contradicts the headline',
      },
    ],
  },
  {
    id: 'Z-daily-06',
    voice: 'daily',
    style: 'daily',
    text: 'Majors: XRP up 3.1% at $2.71, BNB up 0.6% at $702.40, ADA up 2.4% at $0.813, AVAX up 8.3% at $24.87, SUI up 6.2% at $3.58, NEAR up 3.1% at $2.27, DOT down 1.4% at $3.91. DOGE gained 4.0% to $0.205. XRP is still 8% below its July peak.',
    numbers: [
      {
        find: '3.1%@1',
        label: 'contradicted',
        note: 'digit swap, fact xrp.change_24h 1.30',
      },
      {
        find: '$2.71',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$702.40',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '$0.813',
        label: 'contradicted',
        note: 'fact ada.price 0.7128',
      },
      {
        find: '8.3%',
        label: 'contradicted',
        note: '7d value on 24h claim, fact avax.change_24h 4.70',
      },
      {
        find: '$24.87',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$3.58',
        label: 'supported',
      },
      {
        find: '3.1%@2',
        label: 'supported',
      },
      {
        find: '$2.27',
        label: 'contradicted',
        note: 'fact near.price 2.716',
      },
      {
        find: '1.4%',
        label: 'contradicted',
        note: 'fact dot.change_24h -0.40',
      },
      {
        find: '$3.91',
        label: 'supported',
      },
      {
        find: '4.0%',
        label: 'contradicted',
        note: '10x slip, fact doge.change_24h 0.40',
      },
      {
        find: '$0.205',
        label: 'supported',
      },
      {
        find: '8%',
        label: 'unsupported',
        note: 'distance to an old peak, no fact',
      },
    ],
  },
  {
    id: 'Z-daily-07',
    voice: 'daily',
    style: 'daily',
    text: "Derivatives: aggregate open interest is $18.6 billion, up 3.9% in 24 hours and 5.8% over seven days. The OI-weighted average funding rate is 0.013% per 8h. BTC OI is $2.8 billion, little changed (+0.2%); ETH OI is $4.6 billion (+0.7%); SOL OI jumped 31.6% to $3.9 billion. XRP funding is slightly negative at -0.0023%, so shorts pay longs there, while DOGE OI rose 6.1% to $80 million with funding at 0.0094%. BTC funding annualizes to about 7.9% and SOL's to 4.4%.",
    numbers: [
      {
        find: '$18.6 billion',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '0.013%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$2.8 billion',
        label: 'contradicted',
        note: 'fact btc.open_interest 8.2B',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '$4.6 billion',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'contradicted',
        note: 'sign flip, fact eth.oi_change_24h -0.70',
      },
      {
        find: '31.6%',
        label: 'contradicted',
        note: '7d value on 24h claim, fact sol.oi_change_24h 19.2',
      },
      {
        find: '$3.9 billion',
        label: 'supported',
      },
      {
        find: '-0.0023%',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '$80 million',
        label: 'contradicted',
        note: '10x slip, fact doge.open_interest 800M',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '7.9%',
        label: 'supported',
      },
      {
        find: '4.4%',
        label: 'contradicted',
        note: 'fact sol.funding_apr 43.8',
      },
    ],
  },
  {
    id: 'Z-daily-08',
    voice: 'daily',
    style: 'sector',
    text: 'Sector recap. Layer 1 tokens led, gaining 0.7% as a group; the watchlist L1 basket is worth about $3.17 trillion. Solana was the top L1 at +11.2%, and ether the worst at -0.8%. Memes rose 1.5%, with dogwifhat up 14.6% and 3 of 4 meme tokens higher. The AI group was flat at +0.02%: Render led with 3.1%, and Virtuals lagged at -2.3%. DePIN eased 0.2%, with Helium up 1.9% and Filecoin down 1.6%. Gaming lost 1.1%, as The Sandbox sank 3.3% while Axie gained 1.4%. Layer 2 was worst, off 2.3%; only POL rose, up 0.3%, so 1 of 4 L2 tokens advanced. Layer 2 market cap fell by about $171 million.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '0.7%',
        label: 'supported',
      },
      {
        find: 'L1@1',
        label: 'ignored',
      },
      {
        find: '$3.17 trillion',
        label: 'supported',
      },
      {
        find: 'L1@2',
        label: 'ignored',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 0.51',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '+0.02%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'wrong leader: fact sector.ai.best_24h is NEAR 3.10, render.change_24h 0.60',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'contradicted',
        note: 'wrong asset: 3.3 is IMX, fact sand.change_24h -0.60',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: 'Layer 2@1',
        label: 'ignored',
      },
      {
        find: '2.3%@2',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '1@15',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: 'Layer 2@2',
        label: 'ignored',
      },
      {
        find: '$171 million',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-daily-09',
    voice: 'daily',
    style: 'sector',
    text: "Memecoins: the meme basket rose 0.5% to a $43.3 billion cap. WIF was the standout, up 14.6% at $0.893 on volume 1.9 times normal. PEPE gained 11%, DOGE 0.4%, and SHIB was the sole decliner at -2.9%. Cointelegraph said WIF climbed nearly 15%. Over seven days WIF is up 52%, the best in the sector. WIF's next stop could be $1.20.",
    numbers: [
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '$43.3 billion',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '$0.893',
        label: 'supported',
      },
      {
        find: '1.9',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'contradicted',
        note: '10x slip, fact pepe.change_24h 1.13',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'contradicted',
        note: 'fact shib.change_24h -0.86',
      },
      {
        find: '15%',
        label: 'supported',
        note: 'a fact states it (wif.change_24h 14.6), so supported rather than by-source',
      },
      {
        find: '52%',
        label: 'contradicted',
        note: 'fact wif.change_7d 25.1',
      },
      {
        find: '$1.20',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-daily-10',
    voice: 'daily',
    style: 'weekly',
    text: "Weekly wrap. Bitcoin gained 1.4% on the week to $113,384, while ether lost 1.9%. Solana ran 17.3% higher and WIF 25.1%. Layer 1 was the best sector, up 1.3%, with 7 of 10 members higher. Layer 2 lost 5.6% and every one of its 4 tokens fell; gaming dropped 5.3%. AI slid 2.8%, dragged by Worldcoin's 7% loss. Total open interest grew 3.9%. XRP rose 1.8% and DOGE rose 0.3%. SHIB lost 16.7%. Bitcoin's realized volatility sat at 15.6% annualized.",
    numbers: [
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$113,384',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '17.3%',
        label: 'supported',
      },
      {
        find: '25.1%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '5.6%@1',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'supported',
      },
      {
        find: '2.8%',
        label: 'supported',
      },
      {
        find: '7%@1',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'contradicted',
        note: '24h value in a weekly brief, fact market.oi_change_7d 5.75',
      },
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'sign flip, fact xrp.change_7d -1.76',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '16.7%',
        label: 'contradicted',
        note: 'fact shib.change_7d -6.72',
      },
      {
        find: '15.6%',
        label: 'contradicted',
        note: '30d value in a weekly brief, fact btc.volatility_7d 13.3',
      },
    ],
  },
  {
    id: 'Z-daily-11',
    voice: 'daily',
    style: 'daily',
    text: 'Levels to watch. BTC: support $110,000, resistance $115,000, 30-day swing high $115,983, swing low $108,248. ETH: support $3,800, resistance $4,000. SOL: support $240, resistance $230. XRP: support $2.70, resistance $2.95. AVAX: support $24, resistance $25. Bitcoin sits about 1.4% below resistance.',
    numbers: [
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '$115,983',
        label: 'supported',
      },
      {
        find: '$108,248',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '$240',
        label: 'contradicted',
        note: 'support/resistance swapped, fact sol.support 230, sol.resistance 240',
      },
      {
        find: '$230',
        label: 'contradicted',
        note: 'swapped, fact sol.resistance 240',
      },
      {
        find: '$2.70',
        label: 'supported',
      },
      {
        find: '$2.95',
        label: 'contradicted',
        note: 'fact xrp.resistance 2.8',
      },
      {
        find: '$24@2',
        label: 'supported',
      },
      {
        find: '$25',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'unsupported',
        note: 'distance to a level, no fact',
      },
    ],
  },
  {
    id: 'Z-daily-12',
    voice: 'daily',
    style: 'daily',
    text: "Short take: bitcoin's 24h volume of $23.1 billion ran at 0.99 times its weekly average, and realized volatility over 30 days is 15.6%. Total crypto volume was $241 billion. Solana's seven-day realized vol, by contrast, is 76.6%. Bitcoin Magazine reported miners moved 7,420 BTC to exchanges over the past week. The Block said a liquid staking project will unlock 21.6 million tokens. Analysts expect BTC dominance to hit 62% by the end of the year.",
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$23.1 billion',
        label: 'contradicted',
        note: '10x slip, fact btc.volume_24h 2.31B',
      },
      {
        find: '0.99',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '$241 billion',
        label: 'contradicted',
        note: 'fact market.volume_24h 141B',
      },
      {
        find: '76.6%',
        label: 'supported',
      },
      {
        find: '7,420',
        label: 'supported-by-source',
      },
      {
        find: '21.6 million',
        label: 'supported-by-source',
      },
      {
        find: '62%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-daily-13',
    voice: 'daily',
    style: 'daily',
    text: 'Headlines. Bitcoin Magazine ran that BTC broke out above $115,000. Cointelegraph reported SOL handled 8,300 transactions per second in a stress test that lasted six hours. A Cointelegraph piece quoted an analyst targeting $300 SOL by year-end. Solana was said to have slid 6%. The Block noted Sui up about 6.2% and Avalanche about 4.7%. Reports said $41 million was lost in a Solana bridge exploit.',
    numbers: [
      {
        find: '$115,000',
        label: 'contradicted',
        note: 'fact btc.price 113,384, below resistance 115,000',
      },
      {
        find: '8,300',
        label: 'supported-by-source',
      },
      {
        find: 'six',
        label: 'supported-by-source',
      },
      {
        find: '$300',
        label: 'supported-by-source',
      },
      {
        find: '6%',
        label: 'contradicted',
        note: 'fact sol.change_24h +11.2; Cointelegraph headline contradicted',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '4.7%',
        label: 'supported',
      },
      {
        find: '$41 million',
        label: 'unsupported',
        note: 'headline figure not attributed to Decrypt',
      },
    ],
  },
  {
    id: 'Z-daily-14',
    voice: 'daily',
    style: 'daily',
    text: 'The rest of the board: Render rose 0.6% to $3.68, TAO fell 1.4% to $352.70, FET lost 0.9%, GRT fell 0.4%, WLD dropped 6.8% and HNT rose 1.9%. ARB fell 3.6% to $0.416, OP fell 4.1% to $0.698, IMX fell 3.3% and POL added 3.0%. SAND dipped 0.6% and GALA gained 5.0%. Filecoin rose 1.6%. IoTeX slipped 0.8%. TAO remains 27% under its March high.',
    numbers: [
      {
        find: '0.6%@1',
        label: 'supported',
      },
      {
        find: '$3.68',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$352.70',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'contradicted',
        note: 'direction, fact grt.change_24h +0.40',
      },
      {
        find: '6.8%',
        label: 'contradicted',
        note: 'fact wld.change_24h -1.80',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$0.416',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '$0.698',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '3.0%',
        label: 'contradicted',
        note: '10x slip, fact pol.change_24h 0.30',
      },
      {
        find: '0.6%@2',
        label: 'supported',
      },
      {
        find: '5.0%',
        label: 'contradicted',
        note: '10x slip, fact gala.change_24h 0.50',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'direction, fact fil.change_24h -1.60',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '27%',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'Z-daily-15',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin's market cap stands at $2.26 trillion, ether's at $468 billion and Solana's at $127.6 billion, which puts SOL behind XRP's $162 billion. BNB is worth about $97.7 billion, and Dogecoin about $13.8 billion. Cardano's cap is $52.9 billion.",
    numbers: [
      {
        find: '$2.26 trillion',
        label: 'supported',
      },
      {
        find: '$468 billion',
        label: 'supported',
      },
      {
        find: '$127.6 billion',
        label: 'supported',
      },
      {
        find: '$162 billion',
        label: 'supported',
      },
      {
        find: '$97.7 billion',
        label: 'supported',
      },
      {
        find: '$13.8 billion',
        label: 'contradicted',
        note: 'fact doge.market_cap 30.8B',
      },
      {
        find: '$52.9 billion',
        label: 'contradicted',
        note: 'fact ada.market_cap 25.9B',
      },
    ],
  },
  {
    id: 'Z-daily-16',
    voice: 'daily',
    style: 'daily',
    text: 'Solana funding at 0.04% every eight hours means longs are paying shorts roughly 43.8% a year. In BTC the rate is 0.072%, while ETH is at 0.0046%. Across the board, the average is 0.13%. The last time SOL funding ran this hot, in 2024, price fell 20% within a week.',
    numbers: [
      {
        find: '0.04%',
        label: 'supported',
      },
      {
        find: '43.8%',
        label: 'supported',
      },
      {
        find: '0.072%',
        label: 'contradicted',
        note: '10x slip, fact btc.funding_rate 0.0072',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '0.13%',
        label: 'contradicted',
        note: '10x slip, fact market.funding_avg 0.013',
      },
      {
        find: '2024',
        label: 'ignored',
      },
      {
        find: '20%',
        label: 'unsupported',
        note: 'history, invented',
      },
    ],
  },
  {
    id: 'Z-daily-17',
    voice: 'daily',
    style: 'daily',
    text: 'AVAX +4.7%, SUI +2.6%, ADA +2.4%, NEAR +1.3%. The losers: OP -4.1%, ARB -3.6%, IMX -6.9%, VIRTUAL -2.3%. WIF topped the tape at +24.6%.',
    numbers: [
      {
        find: '+4.7%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'contradicted',
        note: 'digit swap, fact sui.change_24h 6.20',
      },
      {
        find: '+2.4%',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'contradicted',
        note: 'fact near.change_24h 3.10',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-6.9%',
        label: 'contradicted',
        note: '7d value on a daily table, fact imx.change_24h -3.30',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '+24.6%',
        label: 'contradicted',
        note: 'fact wif.change_24h 14.6',
      },
    ],
  },
  {
    id: 'Z-daily-18',
    voice: 'daily',
    style: 'daily',
    text: "Quick hits: SOL +11.2%, WIF +14.6%, SUI +6.2%. BTC dominance 62.8%. Total OI +13.9%. ETH holds below $3,900. BTC's 30-day change: +4.6%. SOL OI is up 31.6% on the week. AVAX was the best L1 of the day at +4.7%.",
    numbers: [
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '+14.6%',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'supported',
      },
      {
        find: '62.8%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.28',
      },
      {
        find: '+13.9%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h 3.89',
      },
      {
        find: '$3,900',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '31.6%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+4.7%',
        label: 'contradicted',
        note: 'wrong leader: fact sector.l1.best_24h is SOL 11.2; avax 4.70 is right but not the best',
      },
    ],
  },
  {
    id: 'Z-daily-19',
    voice: 'daily',
    style: 'weekly',
    text: 'This week: SOL OI +31.6%, BTC OI +1.7%, ETH OI -2.3%, XRP OI +3.6%, DOGE OI +4.8%. Sectors: memes -0.5%, DePIN -1.1%, AI +2.8%. The best gaming token was GALA at -3.2%. L2 market cap lost $431 million. TAO fell 5.8%, Filecoin 2.8%, and HNT rose 12.4%.',
    numbers: [
      {
        find: '+31.6%',
        label: 'supported',
      },
      {
        find: '+1.7%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: '24h value in a weekly brief, fact xrp.oi_change_7d 0.9',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '+2.8%',
        label: 'contradicted',
        note: 'sign flip, fact sector.ai.change_7d -2.84',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '$431 million',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '2.8%@2',
        label: 'supported',
      },
      {
        find: '12.4%',
        label: 'contradicted',
        note: 'fact hnt.change_7d 2.41',
      },
    ],
  },
];
