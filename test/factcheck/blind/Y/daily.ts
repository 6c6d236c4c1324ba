import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Y-daily-01',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin pushed to $111,742 over the past 24h, up 2.9%, and cleared its prior 30-day swing high near $111,050 along the way. The session range ran from $106,360 to $111,788. The rest of the majors did not follow: ether slipped 1.5% to $3,462, Solana dropped 4.1% to $167.83 and XRP gave up 2.3% at $2.46.\n\nBreadth was thin. Only 7 of the 30 tracked assets closed higher and BTC dominance rose to 59.1%, while total crypto market value barely moved, up 1.6% at $3.76 trillion.\n\nLayer 1 was the lone sector in the green at +1.6%, almost entirely thanks to bitcoin. AI was the weakest group, off 6.0%, and memecoins lost 5.7%.\n\nDerivatives leaned the same way. Aggregate open interest grew 5.2% to $19.7 billion, with BTC OI up 11.4%. Bitcoin funding printed 0.017% per 8h, while SOL funding was negative at -0.008%.',
    numbers: [
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,050',
        label: 'supported',
      },
      {
        find: '$106,360',
        label: 'contradicted',
        note: 'fact btc.low_24h 108,360',
      },
      {
        find: '$111,788',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '$3,462',
        label: 'contradicted',
        note: 'fact eth.price 3641.7; transposed digits',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '$167.83',
        label: 'contradicted',
        note: 'fact sol.price 157.83',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '$2.46',
        label: 'supported',
      },
      {
        find: '7@4',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '1.6%@1',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 0.64',
      },
      {
        find: '$3.76 trillion',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '6.0%',
        label: 'supported',
      },
      {
        find: '5.7%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h -3.68',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '$19.7 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 16.74B',
      },
      {
        find: '11.4%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h 8.7; 11.4 is the 7d change',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-02',
    voice: 'daily',
    style: 'daily',
    text: 'BTC +2.9% to $111.7K. ETH -4.1% to $3,642. SOL -1.5% to $158.',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '$111.7K',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'contradicted',
        note: "fact eth.change_24h -1.50; -4.1 is SOL's move",
      },
      {
        find: '$3,642',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'contradicted',
        note: 'fact sol.change_24h -4.10; swapped with ETH',
      },
      {
        find: '$158',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-03',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin was the story of the day. It rose 2.9% to about $111,700, extending its weekly gain to 6.1%, and trades on volume running 2.6 times its 7-day average. Resistance sits at $115,000 with support at $110,000, the level it broke through overnight. Bitcoin's market cap now stands near $2.23 trillion.\n\nEther lagged again, down 1.5% on the day and 4.5% over the week. The $3,600 support is close; resistance is $3,800. ETH volume ran at about 0.87 of its weekly norm, and its market cap is about $490 billion.",
    numbers: [
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$111,700',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '2.6',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.62',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$2.23 trillion',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '4.5%',
        label: 'contradicted',
        note: "fact eth.change_7d -2.52; 4.5 is XRP's weekly loss",
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '0.87',
        label: 'supported',
      },
      {
        find: '$490 billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 439.7B',
      },
    ],
  },
  {
    id: 'Y-daily-04',
    voice: 'daily',
    style: 'daily',
    text: 'Market snapshot: total capitalisation $3.76T (+0.64%), 24h volume $134B, BTC dominance 61.4%. Advancers 7, decliners 23. Average funding 0.010% per 8h. Open interest $16.7B, up 2.1% on the day.',
    numbers: [
      {
        find: '$3.76T',
        label: 'supported',
      },
      {
        find: '+0.64%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$134B',
        label: 'supported',
      },
      {
        find: '61.4%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.1',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '0.010%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$16.7B',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h 5.2',
      },
    ],
  },
  {
    id: 'Y-daily-05',
    voice: 'daily',
    style: 'daily',
    text: "Majors were mostly lower outside bitcoin. BNB edged up 0.4% to $688.90, Cardano added 3.0% to $0.6437 and Polkadot rose 1.5% to $3.56. On the other side, Avalanche lost 3.4% to $23.06, Sui fell 3.8% to $3.04 and NEAR was the weakest large cap, down 5.2% at $2.49. XRP slid 2.3%, a poor showing after Decrypt's 8% surge headline earlier in the session.",
    numbers: [
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '$688.90',
        label: 'supported',
      },
      {
        find: '3.0%',
        label: 'contradicted',
        note: 'fact ada.change_24h 0.30; 10x slip',
      },
      {
        find: '$0.6437',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'contradicted',
        note: 'fact dot.change_24h 0.50',
      },
      {
        find: '$3.56',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$23.06',
        label: 'contradicted',
        note: 'fact avax.price 21.06',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$3.04',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '$2.49',
        label: 'supported',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '8%@2',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30; Decrypt headline says surged 8%',
      },
    ],
  },
  {
    id: 'Y-daily-06',
    voice: 'daily',
    style: 'daily',
    text: 'Layer 1 tokens gained 1.6% on the day, with 6 of 10 members rising. Bitcoin was the best performer at +2.9%; NEAR was the worst at -5.2%. Over the week the group is up 3.4%, but only one member, BTC, is higher over that stretch.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 4; 6 is the decliner count',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-07',
    voice: 'daily',
    style: 'sector',
    text: 'Layer 2s fell 2.0%. Optimism was the only gainer, up 0.9% at $0.633, while Immutable dropped 3.9% and Arbitrum lost 2.7% to $0.412. Polygon slipped 1.9% to $0.227. The watchlist L2 basket is worth about $8.7 billion.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '2.0%',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '$0.633',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'supported',
      },
      {
        find: '$0.412',
        label: 'contradicted',
        note: 'fact arb.price 0.3817',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '$0.227',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '$8.7 billion',
        label: 'contradicted',
        note: 'fact sector.l2.market_cap 6.67B',
      },
    ],
  },
  {
    id: 'Y-daily-08',
    voice: 'daily',
    style: 'sector',
    text: "AI tokens had a rough session, down 6.0% as a group with all 7 members lower. Virtuals Protocol fell hardest, losing 7.6% to $0.968, followed by Fetch.ai at -6.8% and Bittensor at -6.3% to $351.60. Render dropped 5.9%, Worldcoin 8.1% and The Graph 3.4%. NEAR was, by default, the best of the group at -3.1%. The sector's watchlist market cap shrank by about $814 million to $12.7 billion.",
    numbers: [
      {
        find: '6.0%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'supported',
      },
      {
        find: '$0.968',
        label: 'supported',
      },
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '$351.60',
        label: 'contradicted',
        note: 'fact tao.price 331.6',
      },
      {
        find: '5.9%',
        label: 'supported',
      },
      {
        find: '8.1%',
        label: 'contradicted',
        note: 'fact wld.change_24h -6.10',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'fact grt.change_24h -5.40',
      },
      {
        find: '-3.1%',
        label: 'contradicted',
        note: 'fact near.change_24h -5.20 (sector.ai.best_24h)',
      },
      {
        find: '$814 million',
        label: 'supported',
      },
      {
        find: '$12.7 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-09',
    voice: 'daily',
    style: 'sector',
    text: 'DePIN split down the middle: 2 up, 2 down. Helium led with a 2.6% gain to $3.40 and Filecoin added 1.2% to $2.22, but Render fell 5.9% and IoTeX 1.7%. Net, the sector was down 4.9%.',
    numbers: [
      {
        find: '2@1',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '$3.40',
        label: 'contradicted',
        note: 'fact hnt.price 3.0952',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '$2.22',
        label: 'supported',
      },
      {
        find: '5.9%',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -1.94',
      },
    ],
  },
  {
    id: 'Y-daily-10',
    voice: 'daily',
    style: 'sector',
    text: 'Gaming tokens dropped 3.8%, with Gala the biggest loser at -4.2% and The Sandbox down 3.6% to $0.247. Axie Infinity held up best among them, falling 3.1% to $2.52. Immutable slid 3.9%. Sector cap: about $2.6 billion.',
    numbers: [
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$0.247',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '$2.52',
        label: 'contradicted',
        note: 'fact axs.price 2.2548',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$2.6 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-11',
    voice: 'daily',
    style: 'sector',
    text: 'Memecoins lost 3.7%. Pepe led the declines with a 4.4% drop, Dogecoin fell 3.7% to $0.197 and Shiba Inu slipped 3.3%. Dogwifhat was the most resilient at -2.9%. The four-coin basket is now valued at roughly $38.4 billion, down about $1.5 billion on the day.',
    numbers: [
      {
        find: '3.7%@1',
        label: 'supported',
      },
      {
        find: '4.4%',
        label: 'supported',
      },
      {
        find: '3.7%@2',
        label: 'supported',
      },
      {
        find: '$0.197',
        label: 'contradicted',
        note: 'fact doge.price 0.1793',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
      {
        find: '$38.4 billion',
        label: 'supported',
      },
      {
        find: '$1.5 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-12',
    voice: 'daily',
    style: 'daily',
    text: 'Derivatives: bitcoin open interest climbed 8.7% to $9.1 billion and is up 14.1% over seven days. BTC funding at 0.017% every eight hours works out to roughly 18.6% annualized, so longs are paying shorts. Ether OI added 3.1% to $8.4 billion on funding of 0.006%. Solana is the outlier: funding of -0.008% means shorts are paying longs, and SOL open interest fell 3.6% to $1.45 billion. Dogecoin funding is also negative at -0.004%, with DOGE OI down 4.4% at $690 million.',
    numbers: [
      {
        find: '8.7%',
        label: 'supported',
      },
      {
        find: '$9.1 billion',
        label: 'supported',
      },
      {
        find: '14.1%',
        label: 'contradicted',
        note: 'fact btc.oi_change_7d 11.4',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '18.6%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '$8.4 billion',
        label: 'contradicted',
        note: 'fact eth.open_interest 4.8B',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$1.45 billion',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.15B',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '4.4%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -1.3; 4.4 is the 7d change',
      },
      {
        find: '$690 million',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-13',
    voice: 'daily',
    style: 'daily',
    text: 'Derivatives check. BTC funding 0.017% per 8h, about 6.6% annualized. SOL funding +0.008%, meaning longs pay shorts. XRP funding 0.003%, with XRP OI up 0.8% to $1.0 billion. Total OI rose 5.2% on the day and 4.9% on the week.',
    numbers: [
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '6.6%',
        label: 'contradicted',
        note: "fact btc.funding_apr 18.6; 6.6 is ETH's annualized",
      },
      {
        find: '+0.008%',
        label: 'contradicted',
        note: 'fact sol.funding_rate -0.008; sign flipped',
      },
      {
        find: '0.003%',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$1.0 billion',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-14',
    voice: 'daily',
    style: 'daily',
    text: 'Headlines: a listed treasury company bought 4,850 BTC, its biggest purchase this year, CoinDesk reported. Spot bitcoin ETFs took in $386 million in net inflows, according to Bitcoin Magazine. Decrypt reported a DeFi lender lost $27 million to an oracle exploit, and The Block said Sui will unlock 58.4 million tokens next week.',
    numbers: [
      {
        find: '4,850',
        label: 'supported-by-source',
      },
      {
        find: '$386 million',
        label: 'supported-by-source',
      },
      {
        find: '$27 million',
        label: 'supported-by-source',
      },
      {
        find: '58.4 million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'Y-daily-15',
    voice: 'daily',
    style: 'daily',
    text: 'News flow was mixed. A treasury firm added 4,850 BTC, and spot ETFs drew $386 million. An oracle exploit drained a lending protocol of $27 million according to Decrypt.',
    numbers: [
      {
        find: '4,850',
        label: 'unsupported',
        note: 'headline figure without naming CoinDesk',
      },
      {
        find: '$386 million',
        label: 'unsupported',
        note: 'unattributed headline figure',
      },
      {
        find: '$27 million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'Y-daily-16',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin rose 2.9% to $111,742, its highest in 30 days. The move took it through the $111,052 swing high; the 30-day low is $103,227. A run at the $115,000 resistance would leave it roughly 2.9% above today's price, and one fund head quoted by Cointelegraph sees $135,000 by year-end.",
    numbers: [
      {
        find: '2.9%@1',
        label: 'supported',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '$111,052',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$103,227',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '2.9%@2',
        label: 'unsupported',
        note: 'distance to resistance, not a fact',
      },
      {
        find: '$135,000',
        label: 'supported-by-source',
        note: "forecast attributed to a named outlet's headline; debatable",
      },
    ],
  },
  {
    id: 'Y-daily-17',
    voice: 'daily',
    style: 'daily',
    text: 'Ether fell 1.5% to $3,641.70, with a 24h range of $3,625 to $3,802. That leaves it about 1.2% above the $3,600 support. ETH is down 2.5% on the week and down 1.8% over 30 days.',
    numbers: [
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '$3,641.70',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$3,625',
        label: 'supported',
      },
      {
        find: '$3,802',
        label: 'contradicted',
        note: 'fact eth.high_24h 3701.61',
      },
      {
        find: '1.2%',
        label: 'unsupported',
        note: 'distance to support, derived',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'fact eth.change_30d +1.81; direction wrong',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-daily-18',
    voice: 'daily',
    style: 'daily',
    text: 'Solana slid 4.1% to $157.83, trading just above its 24h low of $157.65 and below the $160 resistance. Support is at $155. SOL is down 5.8% on the week and 12.4% over the month. Volume ran at 0.8 times its 7-day average.',
    numbers: [
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '$157.83',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$157.65',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '$155',
        label: 'contradicted',
        note: 'fact sol.support 150',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '12.4%',
        label: 'contradicted',
        note: 'fact sol.change_30d -2.68',
      },
      {
        find: '0.8',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-daily-19',
    voice: 'daily',
    style: 'daily',
    text: "XRP fell 2.3% to $2.46 after topping out at $2.64. It sits just above $2.40 support, with resistance at $2.50. Over the week XRP is down 4.5%. The token's market cap is about $147 billion, ahead of BNB at $95.9 billion and Solana at $85.4 billion.",
    numbers: [
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '$2.46',
        label: 'supported',
      },
      {
        find: '$2.64',
        label: 'contradicted',
        note: 'fact xrp.high_24h 2.5388',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '4.5%',
        label: 'supported',
      },
      {
        find: '$147 billion',
        label: 'supported',
      },
      {
        find: '$95.9 billion',
        label: 'supported',
      },
      {
        find: '$85.4 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-20',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin +2.9%, ether -1.5%, solana -4.1%, XRP -2.3%, BNB +4.0%, cardano +0.3%, avalanche -3.4%, polkadot +0.5%, near -5.2%, sui +3.8%.',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '+4.0%',
        label: 'contradicted',
        note: 'fact bnb.change_24h 0.40; 10x slip',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'contradicted',
        note: 'fact sui.change_24h -3.80; sign flipped',
      },
    ],
  },
  {
    id: 'Y-daily-21',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin's gains came with conviction. Spot volume reached about $4.2 billion, roughly 1.6x the seven-day average, while ether traded $1.3 billion. Realized volatility on BTC is running at 29.0% annualized over the past week versus 18.0% over 30 days. Total market volume came in at $184 billion.",
    numbers: [
      {
        find: '$4.2 billion',
        label: 'supported',
      },
      {
        find: '1.6x',
        label: 'supported',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: '$1.3 billion',
        label: 'supported',
      },
      {
        find: '29.0%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 20.9',
      },
      {
        find: '18.0%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '$184 billion',
        label: 'contradicted',
        note: 'fact market.volume_24h 134B',
      },
    ],
  },
  {
    id: 'Y-daily-22',
    voice: 'daily',
    style: 'daily',
    text: 'The altcoin picture: 23 of 30 tracked coins fell. AI and gaming were the hardest hit, down 6.0% and 3.8% respectively. Layer 2s lost 2.0% and DePIN 1.9%. Only Layer 1 rose, gaining 2.6%.',
    numbers: [
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '6.0%',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '2.0%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h 1.62',
      },
    ],
  },
  {
    id: 'Y-daily-23',
    voice: 'daily',
    style: 'daily',
    text: 'Sector ranking: Layer 1 was up 1.6%, and gaming was the second-best sector at -3.8%. AI trailed, down 9.6%.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -3.79 ranks fifth; DePIN -1.94 was second-best',
      },
      {
        find: '9.6%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h -6.02; -9.6 is the 7d change',
      },
    ],
  },
  {
    id: 'Y-daily-24',
    voice: 'daily',
    style: 'daily',
    text: 'Total crypto market cap held at $3.76 trillion, down 0.6% in 24 hours, even as bitcoin dominance jumped to 59.1%. Bitcoin alone is worth about $2.2 trillion. CoinDesk put the number of rising large tokens at 7 of 30.',
    numbers: [
      {
        find: '$3.76 trillion',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h +0.64; direction wrong',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '$2.2 trillion',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-25',
    voice: 'daily',
    style: 'daily',
    text: 'ETH slipped 1.5% to about $3,640, Decrypt reported, with funding slightly positive at 0.006% per eight hours. Open interest in ether futures rose 5.1% to $4.8 billion but is down 1.2% on the week.',
    numbers: [
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '$3,640',
        label: 'supported',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '5.1%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 3.1',
      },
      {
        find: '$4.8 billion',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-26',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin $111,742 (+2.9%). Ether $3,642 (-1.5%). Solana $157.83 (-1.4%). XRP $2.6418 (-2.3%). BNB $668.90 (+0.4%). Dogecoin $0.1793 (-7.3%). Cardano $0.6437 (+0.3%). Avalanche $21.06 (+3.4%).',
    numbers: [
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$3,642',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '$157.83',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'contradicted',
        note: 'fact sol.change_24h -4.10',
      },
      {
        find: '$2.6418',
        label: 'contradicted',
        note: 'fact xrp.price 2.4618',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '$668.90',
        label: 'contradicted',
        note: 'fact bnb.price 688.9',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '$0.1793',
        label: 'supported',
      },
      {
        find: '-7.3%',
        label: 'contradicted',
        note: 'fact doge.change_24h -3.70',
      },
      {
        find: '$0.6437',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '$21.06',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'fact avax.change_24h -3.40; sign flipped',
      },
    ],
  },
  {
    id: 'Y-daily-27',
    voice: 'daily',
    style: 'daily',
    text: 'Altcoins are bleeding while bitcoin grinds higher. NEAR fell 5.2% and is down 13.0% over the week, the worst Layer 1 over both windows. Sui lost 5.8% to $3.04, above support at $3.00; its 30-day swing low of $3.07 has already given way. Avalanche fell 3.4% to $21.06, resting just on $21 support, and is down 3.0% for the week.',
    numbers: [
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '13.0%',
        label: 'contradicted',
        note: 'fact near.change_7d -10.32',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '5.8%',
        label: 'contradicted',
        note: 'fact sui.change_24h -3.80',
      },
      {
        find: '$3.04',
        label: 'supported',
      },
      {
        find: '$3.00',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$3.07',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$21.06',
        label: 'supported',
      },
      {
        find: '$21@2',
        label: 'supported',
      },
      {
        find: '3.0%@2',
        label: 'contradicted',
        note: 'fact avax.change_7d -7.02',
      },
    ],
  },
  {
    id: 'Y-daily-28',
    voice: 'daily',
    style: 'daily',
    text: 'Memecoins fell 3.7%, Cointelegraph said in a piece on Dogecoin, Pepe and Shiba Inu all ending in the red. DOGE lost 3.7%, PEPE 4.4%. The Block reported dogecoin open interest slipping about 1.3%.',
    numbers: [
      {
        find: '3.7%@1',
        label: 'supported',
      },
      {
        find: '3.7%@2',
        label: 'supported',
      },
      {
        find: '4.4%',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-29',
    voice: 'daily',
    style: 'daily',
    text: 'Risk appetite: bitcoin funding 0.017%, ether 0.006%, XRP 0.003%, solana -0.008%, dogecoin +0.004%. The OI-weighted average sits near 0.010%, so on aggregate longs are paying.',
    numbers: [
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '0.003%',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '+0.004%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.004; sign flipped',
      },
      {
        find: '0.010%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-30',
    voice: 'daily',
    style: 'daily',
    text: "In a session where CryptoSlate ran a headline on AI tokens rallying 5%, the data told another story: the sector fell 6.0%, and TAO dropped 6.3% to $331.60. Render fell 5.9% to $3.55, under its $3.40 resistance. Fetch.ai's 6.8% slide took it to $0.573.",
    numbers: [
      {
        find: '5%',
        label: 'contradicted',
        note: "fact sector.ai.change_24h -6.02; the headline's rally is contradicted by the data",
      },
      {
        find: '6.0%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '$331.60',
        label: 'supported',
      },
      {
        find: '5.9%',
        label: 'supported',
      },
      {
        find: '$3.55',
        label: 'contradicted',
        note: 'fact render.price 3.3471',
      },
      {
        find: '$3.40',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '$0.573',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-31',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin rose 4.2% on the day to $111,742, its dominance reaching 59.1%. BTC is up 6.1% on the week and 2.9% on the month.',
    numbers: [
      {
        find: '4.2%',
        label: 'contradicted',
        note: 'fact btc.change_24h 2.90; 4.2 is the 30d change',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'contradicted',
        note: 'fact btc.change_30d 4.21; 2.9 is the 24h change',
      },
    ],
  },
  {
    id: 'Y-daily-32',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin's 24h high was $113,788, and it has support at $115,000. The 30-day swing low is $103,227.",
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$113,788',
        label: 'contradicted',
        note: 'fact btc.high_24h 111,788',
      },
      {
        find: '$115,000',
        label: 'contradicted',
        note: 'fact btc.support 110,000; 115,000 is resistance',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$103,227',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-33',
    voice: 'daily',
    style: 'daily',
    text: "Ether trades at $3,642, down 1.5%, while its 30-day swing high of $3,906 looks far off. The swing low is $3,314. Ether's 7d realized volatility is 17.9%, below its 30-day reading of 14.6%.",
    numbers: [
      {
        find: '$3,642',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$3,906',
        label: 'supported',
      },
      {
        find: '$3,314',
        label: 'contradicted',
        note: 'fact eth.swing_low_30d 3513.66',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '17.9%',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '14.6%',
        label: 'contradicted',
        note: 'fact eth.volatility_30d 24.58',
      },
    ],
  },
  {
    id: 'Y-daily-34',
    voice: 'daily',
    style: 'daily',
    text: 'BNB rose 0.4% to $688.90, between support at $680 and resistance at $700. It is off 0.3% for the week and up 4.9% over 30 days. Its market cap is about $85.4 billion.',
    numbers: [
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '$688.90',
        label: 'supported',
      },
      {
        find: '$680',
        label: 'supported',
      },
      {
        find: '$700',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'contradicted',
        note: 'fact bnb.change_30d 1.90',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '$85.4 billion',
        label: 'contradicted',
        note: "fact bnb.market_cap 95.9B; 85.4B is SOL's",
      },
    ],
  },
  {
    id: 'Y-daily-35',
    voice: 'daily',
    style: 'daily',
    text: 'Polkadot gained 0.5% to $3.56, just under its $3.60 resistance, while Cardano added 0.3% to $0.644. Both remain down on the week, DOT by 7.1% and ADA by 8.6%.',
    numbers: [
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '$3.56',
        label: 'supported',
      },
      {
        find: '$3.60',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$0.644',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'contradicted',
        note: 'fact dot.change_7d -1.69',
      },
      {
        find: '8.6%',
        label: 'contradicted',
        note: 'fact ada.change_7d -4.61',
      },
    ],
  },
  {
    id: 'Y-daily-36',
    voice: 'daily',
    style: 'daily',
    text: 'Layer 2: ARB -2.7%, OP -0.9%, POL -1.9%, IMX -3.9%. Over 7 days ARB -6.6%, OP -1.9%, POL -2.0%, IMX -3.3%.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'contradicted',
        note: 'fact op.change_24h +0.90; sign flipped',
      },
      {
        find: '-1.9%@1',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '-6.6%',
        label: 'supported',
      },
      {
        find: '-1.9%@2',
        label: 'supported',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'contradicted',
        note: 'fact imx.change_7d -8.28',
      },
    ],
  },
  {
    id: 'Y-daily-37',
    voice: 'daily',
    style: 'daily',
    text: "A total of 26 watchlist coins fell today, with only 4 rising. Bitcoin's share of the market is now above 59%.",
    numbers: [
      {
        find: '26',
        label: 'contradicted',
        note: 'fact market.decliners_24h 23',
      },
      {
        find: '4',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
      {
        find: '59%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-38',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin +2.9%. Everything else mostly red. Dominance 59.1%.',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-39',
    voice: 'daily',
    style: 'daily',
    text: 'The AI sector is down 6.0% on the day and 6.6% on the week. The Graph has held up best over the week at -4.2%, while Virtuals has lost 10.8%. The CoinGecko AI category fell 6.1% to roughly $22.8 billion.',
    numbers: [
      {
        find: '6.0%',
        label: 'supported',
      },
      {
        find: '6.6%',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d -9.63',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '10.8%',
        label: 'contradicted',
        note: 'fact virtual.change_7d -13.49; 10.8 is the 30d loss',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '$22.8 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-40',
    voice: 'daily',
    style: 'daily',
    text: 'Worldcoin fell 6.1% to $0.843, just under its $0.85 resistance and well above support at $0.75. It has dropped 9.3% over the week.',
    numbers: [
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '$0.843',
        label: 'supported',
      },
      {
        find: '$0.85',
        label: 'supported',
      },
      {
        find: '$0.75',
        label: 'contradicted',
        note: 'fact wld.support 0.80',
      },
      {
        find: '9.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-41',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin could test $120,000 by the end of September if dominance keeps rising past 62%, though it remains below the $115,000 resistance for now. It was last at $111,742.',
    numbers: [
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '62%',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-42',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin traded 1.6 times its average weekly volume, according to CryptoSlate, while most large altcoins traded below their seven-day averages. Solana's volume ratio was 0.80, XRP's 0.68 and ether's 0.87.",
    numbers: [
      {
        find: '1.6',
        label: 'supported',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: '0.80',
        label: 'supported',
      },
      {
        find: '0.68',
        label: 'contradicted',
        note: 'fact xrp.volume_ratio_7d 0.876',
      },
      {
        find: '0.87',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-43',
    voice: 'daily',
    style: 'daily',
    text: "The Layer 1 sector's watchlist market cap rose by about $101 billion to $3.05 trillion. The AI basket lost about $0.8 billion, and memecoins shed nearly $1.5 billion.",
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '$101 billion',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_24h 48.5B; ~101B is the 7d change',
      },
      {
        find: '$3.05 trillion',
        label: 'supported',
      },
      {
        find: '$0.8 billion',
        label: 'supported',
      },
      {
        find: '$1.5 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-44',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin's all-time high of $126,000 remains about 13% away. For now, it has cleared the $111,052 monthly high.",
    numbers: [
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '13%',
        label: 'unsupported',
        note: 'derived distance',
      },
      {
        find: '$111,052',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-45',
    voice: 'daily',
    style: 'daily',
    text: 'Gaming fell 3.8% over 24 hours and 7.7% over the week. The Sandbox was the best performer over seven days at -6.3%, while Axie Infinity was the worst at -8.3%.',
    numbers: [
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '7.7%',
        label: 'supported',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: '-6.3%',
        label: 'contradicted',
        note: 'sector.gaming.best_7d is GALA -6.26; SAND -7.83',
      },
      {
        find: '-8.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-46',
    voice: 'daily',
    style: 'daily',
    text: 'Helium rose 2.6% to $3.10 and Filecoin 1.2% to $2.22, Decrypt reported. Both are down on the week, HNT by 6.0% and FIL by 2.7%. IoTeX fell 7.1% to $0.0222.',
    numbers: [
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '$3.10',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '$2.22',
        label: 'supported',
      },
      {
        find: '6.0%',
        label: 'contradicted',
        note: 'fact hnt.change_7d -3.99',
      },
      {
        find: '2.7%',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'contradicted',
        note: 'fact iotx.change_24h -1.70',
      },
      {
        find: '$0.0222',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-47',
    voice: 'daily',
    style: 'daily',
    text: 'Dogecoin dropped 3.7% to $0.179, below its $0.18 resistance and well above the $0.16 support. Its funding is -0.04% per 8h, or about -4.4% a year.',
    numbers: [
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$0.179',
        label: 'supported',
      },
      {
        find: '$0.18',
        label: 'supported',
      },
      {
        find: '$0.16',
        label: 'contradicted',
        note: 'fact doge.support 0.17',
      },
      {
        find: '-0.04%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.004; 10x slip',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-48',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin rose 2.9%, while ether fell 1.5% and solana lost 6.1%. Ether's market cap is around $440 billion; Solana's is near $8.5 billion.",
    numbers: [
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'contradicted',
        note: 'fact sol.change_24h -4.10',
      },
      {
        find: '$440 billion',
        label: 'supported',
      },
      {
        find: '$8.5 billion',
        label: 'contradicted',
        note: 'fact sol.market_cap 85.4B; 10x slip',
      },
    ],
  },
  {
    id: 'Y-daily-49',
    voice: 'daily',
    style: 'weekly',
    text: 'This week: bitcoin +6.1%, ether +2.5%, solana -5.8%, XRP -2.3%, cardano -4.6%, avalanche -3.4%, NEAR -10.3%.',
    numbers: [
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+2.5%',
        label: 'contradicted',
        note: 'fact eth.change_7d -2.52; sign flipped',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'contradicted',
        note: 'fact xrp.change_7d -4.49; -2.3 is the 24h move',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'contradicted',
        note: 'fact avax.change_7d -7.02; -3.4 is the 24h move',
      },
      {
        find: '-10.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-50',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin outpaced ether by roughly 4.4 percentage points on the day. Spot ETFs have now pulled in about $2.1 billion across the recent run of inflows.',
    numbers: [
      {
        find: '4.4',
        label: 'unsupported',
        note: 'derived spread, no fact',
      },
      {
        find: '$2.1 billion',
        label: 'unsupported',
        note: 'invented cumulative figure',
      },
    ],
  },
  {
    id: 'Y-daily-51',
    voice: 'daily',
    style: 'daily',
    text: 'Macro backdrop: futures price a 25 basis-point cut in September, and the latest CPI print was 2.9% year on year. Bitcoin gained 2.9% regardless.',
    numbers: [
      {
        find: '25',
        label: 'unsupported',
        note: 'macro, no fact',
      },
      {
        find: '2.9%@1',
        label: 'unsupported',
        note: 'macro figure, not a fact',
      },
      {
        find: '2.9%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-52',
    voice: 'daily',
    style: 'daily',
    text: 'Levels: BTC sits about 1.6% above its $110,000 support and roughly 2.9% under the $115,000 ceiling. Ether has $3,800 overhead and $3,700 as support.',
    numbers: [
      {
        find: '1.6%',
        label: 'unsupported',
        note: 'derived distance to support',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'unsupported',
        note: 'derived distance to resistance',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '$3,700',
        label: 'contradicted',
        note: 'fact eth.support 3600',
      },
    ],
  },
  {
    id: 'Y-daily-53',
    voice: 'daily',
    style: 'daily',
    text: "Ether stakers are earning about 3.2% a year, still below BTC's annualized funding of 18.6%. ETH funding annualizes to roughly 16.6%.",
    numbers: [
      {
        find: '3.2%',
        label: 'unsupported',
        note: 'no staking yield fact',
      },
      {
        find: '18.6%',
        label: 'supported',
      },
      {
        find: '16.6%',
        label: 'contradicted',
        note: 'fact eth.funding_apr 6.57',
      },
    ],
  },
  {
    id: 'Y-daily-54',
    voice: 'daily',
    style: 'sector',
    text: "Memes: DOGE led the sector at -3.7%, and PEPE trailed at -4.4%. SHIB is down 4.0% for the week, the group's best 7d showing, while WIF has lost 16.6% in that span.",
    numbers: [
      {
        find: '-3.7%',
        label: 'contradicted',
        note: 'sector.memes.best_24h is WIF -2.90; DOGE was not the leader',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '4.0%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '16.6%',
        label: 'contradicted',
        note: 'fact wif.change_7d -10.61',
      },
    ],
  },
  {
    id: 'Y-daily-55',
    voice: 'daily',
    style: 'daily',
    text: "Sui faces a 58.4 million token unlock next week, worth roughly $178 million at today's $3.04 price.",
    numbers: [
      {
        find: '58.4 million',
        label: 'unsupported',
        note: 'headline figure not attributed to The Block',
      },
      {
        find: '$178 million',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
      {
        find: '$3.04',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-56',
    voice: 'daily',
    style: 'daily',
    text: 'BTC funding climbed to 0.17% per 8h, per The Block. SOL funding sat at -0.08%.',
    numbers: [
      {
        find: '0.17%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.017; 10x slip',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.08%',
        label: 'contradicted',
        note: 'fact sol.funding_rate -0.008; 10x slip',
      },
    ],
  },
  {
    id: 'Y-daily-57',
    voice: 'daily',
    style: 'daily',
    text: "Dominance gained about 2.5 points to 59.1%. Bitcoin's share was last this high in 2021, at around 70%.",
    numbers: [
      {
        find: '2.5',
        label: 'unsupported',
        note: 'no dominance-change fact; headline says only more than a point',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '2021',
        label: 'ignored',
      },
      {
        find: '70%',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'Y-daily-58',
    voice: 'daily',
    style: 'daily',
    text: "The 30-day range for BTC runs from $103,227 to $111,052; SOL's runs from $154.79 to $185.50. XRP's 30-day high is $2.82, its low $2.24.",
    numbers: [
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$103,227',
        label: 'supported',
      },
      {
        find: '$111,052',
        label: 'supported',
      },
      {
        find: '$154.79',
        label: 'supported',
      },
      {
        find: '$185.50',
        label: 'contradicted',
        note: 'fact sol.swing_high_30d 175.5',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$2.82',
        label: 'supported',
      },
      {
        find: '$2.24',
        label: 'contradicted',
        note: 'fact xrp.swing_low_30d 2.4433',
      },
    ],
  },
  {
    id: 'Y-daily-59',
    voice: 'daily',
    style: 'daily',
    text: "Fetch.ai dropped 6.8%. Its token now trades at $0.57, just above $0.56 support, after falling 16.5% over the week. Bittensor's weekly loss is 10.5%, Render's 6.9%.",
    numbers: [
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '$0.57',
        label: 'supported',
      },
      {
        find: '$0.56',
        label: 'supported',
      },
      {
        find: '16.5%',
        label: 'contradicted',
        note: 'fact fet.change_7d -6.48',
      },
      {
        find: '10.5%',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'contradicted',
        note: 'fact render.change_7d -10.89',
      },
    ],
  },
  {
    id: 'Y-daily-60',
    voice: 'daily',
    style: 'daily',
    text: 'Total open interest rose 5.2% to $16.7 billion, and Cointelegraph said bitcoin OI jumped 8.7%. Ether OI is down 3.1% while XRP OI rose 2.1%.',
    numbers: [
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '$16.7 billion',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h +3.1; direction wrong',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 0.8; 2.1 is the 7d change',
      },
    ],
  },
  {
    id: 'Y-daily-61',
    voice: 'daily',
    style: 'daily',
    text: 'Of the 10 Layer-1 names, only BTC is up on the week; the other 9 fell. In AI, 5 of 7 tokens declined on the day.',
    numbers: [
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '9',
        label: 'supported',
      },
      {
        find: '5',
        label: 'contradicted',
        note: 'fact sector.ai.decliners_24h 7',
      },
      {
        find: '7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-daily-62',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin Magazine said spot ETFs drew $386 million on Wednesday, the fourth straight day of inflows. A fund manager told the outlet bitcoin could reach $150,000 in 2027.',
    numbers: [
      {
        find: '$386 million',
        label: 'supported-by-source',
      },
      {
        find: 'fourth',
        label: 'ignored',
      },
      {
        find: '$150,000',
        label: 'unsupported',
        note: 'forecast, no source',
      },
      {
        find: '2027',
        label: 'ignored',
      },
    ],
  },
];
