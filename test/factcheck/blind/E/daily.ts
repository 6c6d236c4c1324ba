import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-daily-01',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin was little changed on the day, up 0.2% at $107,846, after trading between $106,150 and $108,181 over the past 24 hours. The move leaves BTC down 2.1% on the week but still 9% above where it stood a month ago. Ether was the laggard among the majors, falling 2.6% to $3,702, the weakest showing in the Layer 1 group.\n\nElsewhere in the majors, XRP added 0.8% and SUI rose 3.6%, while SOL slipped 1.4% to $163.84 and Cardano lost 3.9%. BNB eased 1.6% to just under $1,000.\n\nMemecoins did the heavy lifting: the sector gained 6.5%, with WIF up 11.2%, PEPE up 9.5% and DOGE up 8.8%. DePIN was the worst sector, down 4.8%, as FIL fell 5.8%.\n\nIn derivatives, BTC funding sat at 0.0046% per 8 hours while ETH funding turned negative at -0.0034%, so shorts paid longs. Total open interest fell 4.6% to $17.0 billion. DOGE open interest jumped 24.6%.\n\nHeadlines: Bitcoin Magazine reported $148 million in spot ETF outflows on Friday, and CoinDesk noted BTC volume ran about 30% below its weekly average.',
    numbers: [
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '$106,150',
        label: 'supported',
      },
      {
        find: '$108,181',
        label: 'supported',
      },
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '9%@1',
        label: 'contradicted',
        note: 'fact btc.change_30d 5.03',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '1@8',
        label: 'ignored',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'fact sui.change_24h 1.61',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$163.84',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'contradicted',
        note: 'fact ada.change_24h -1.93',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.58',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '8.8%',
        label: 'contradicted',
        note: 'fact doge.change_24h 6.84',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '8@10',
        label: 'ignored',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '4.6%@1',
        label: 'contradicted',
        note: '24h: 4.6 is 7d; market.oi_change_24h -1.73',
      },
      {
        find: '$17.0 billion',
        label: 'supported',
      },
      {
        find: '24.6%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 14.6',
      },
      {
        find: '$148 million',
        label: 'supported-by-source',
      },
      {
        find: '30%',
        label: 'supported',
        note: 'fact btc.volume_ratio_7d 0.69 = 31% below; debatable conversion',
      },
    ],
  },
  {
    id: 'E-daily-02',
    voice: 'daily',
    style: 'daily',
    text: 'BTC: flat. Bitcoin changed hands at $107.8K, 0.18% higher than a day earlier. Resistance remains at $110,000 and support at $100,000. Spot volume was roughly $1.9 billion, about 0.7x its seven-day average.\nETH: Ether dropped 4.6% to $3,702 and sits just above support at $3,600. The 24-hour range ran from $3,678 to $3,967.',
    numbers: [
      {
        find: '$107.8K',
        label: 'supported',
      },
      {
        find: '0.18%',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'contradicted',
        note: 'fact btc.support 105000',
      },
      {
        find: '$1.9 billion',
        label: 'supported',
      },
      {
        find: '0.7x',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$3,678',
        label: 'supported',
      },
      {
        find: '$3,967',
        label: 'contradicted',
        note: 'fact eth.high_24h 3866.68',
      },
    ],
  },
  {
    id: 'E-daily-03',
    voice: 'daily',
    style: 'daily',
    text: 'Market overview: total crypto market capitalisation stood at $3.49 trillion, down 0.5% over the day. Bitcoin dominance was 61.8%. Only 13 of the 30 assets we follow rose, and 17 fell. Total 24-hour volume came to $160 billion.',
    numbers: [
      {
        find: '$3.49 trillion',
        label: 'supported',
      },
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '61.8%',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$160 billion',
        label: 'contradicted',
        note: 'fact market.volume_24h 106.4B',
      },
    ],
  },
  {
    id: 'E-daily-04',
    voice: 'daily',
    style: 'daily',
    text: 'A split, low-conviction session. The total market cap dipped 1.5% to $3.49 trillion, while bitcoin gained 0.2% and ether lost 2.6%. Breadth was poor, with 17 advancers against 13 decliners. BTC dominance edged up to 64%.',
    numbers: [
      {
        find: '1.5%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -0.47',
      },
      {
        find: '$3.49 trillion',
        label: 'supported',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '17',
        label: 'contradicted',
        note: 'fact market.advancers_24h 13; 17 is decliners',
      },
      {
        find: '13',
        label: 'contradicted',
        note: 'fact market.decliners_24h 17; swapped',
      },
      {
        find: '64%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.8',
      },
    ],
  },
  {
    id: 'E-daily-05',
    voice: 'daily',
    style: 'daily',
    text: 'Sectors: Memes led with a 6.5% gain as all four members rose; WIF was the standout at +11.2%, SHIB the laggard at +3.1%. AI tokens were roughly flat (+0.2%), with TAO up 5.6% and RENDER down 4.2%. Layer 1 slipped 0.3%, Gaming lost 1.6%, Layer 2 fell 2.0%, and DePIN dropped 4.8%, with all four of its tokens lower.',
    numbers: [
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'wrong asset: 5.62 is VIRTUAL; tao.change_24h 3.37',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -0.63',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '2.0%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-06',
    voice: 'daily',
    style: 'daily',
    text: 'Derivatives: Funding across the majors was mostly mild. BTC paid 0.0046% per 8h (about 5.1% annualised), SOL 0.0021% and XRP 0.0092%. ETH was the exception: longs there paid 0.0034% per 8h to shorts. DOGE funding was the richest at 0.032%, or roughly 35% a year, and DOGE open interest climbed 14.6%.',
    numbers: [
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '0.0021%',
        label: 'supported',
      },
      {
        find: '0.0092%',
        label: 'contradicted',
        note: 'fact xrp.funding_rate 0.00517',
      },
      {
        find: '0.0034%',
        label: 'contradicted',
        note: 'fact eth.funding_rate -0.00342: shorts pay longs, payer reversed',
      },
      {
        find: '8@2',
        label: 'ignored',
      },
      {
        find: '0.032%',
        label: 'supported',
      },
      {
        find: '35%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-07',
    voice: 'daily',
    style: 'daily',
    text: "Headlines: The Block reported the total market cap edging down to $3.49 trillion. Cointelegraph said only 13 of the top 30 coins were green. CoinDesk put ether's slide at 4%, and Decrypt said ETH open interest fell about 3.6%.",
    numbers: [
      {
        find: '$3.49 trillion',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '4%',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63 contradicts headline',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-08',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin spent another day boxed in. At $107,846 it was up a mere 0.2%, and the 30-day range still runs from roughly $101,400 to $114,900. Realized volatility over seven days is down to about 32%, against 27% over 30 days. Analysts expect a break toward $120,000 before year-end.',
    numbers: [
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '$101,400',
        label: 'supported',
      },
      {
        find: '$114,900',
        label: 'supported',
      },
      {
        find: '32%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 22.0',
      },
      {
        find: '27%',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-daily-09',
    voice: 'daily',
    style: 'daily',
    text: 'Majors were mixed. XRP rose 0.8% to $2.44, holding above the $2.40 support. Solana lost 1.4% to $163.84; it has fallen 5.4% over the week, the worst in the Layer 1 group over that stretch. Avalanche dropped 2.3% to $17.73 and Polkadot slid 1.1% to $3.61. NEAR fell 3.2%.',
    numbers: [
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$2.44',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$163.84',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '$17.73',
        label: 'contradicted',
        note: 'fact avax.price 18.73',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '$3.61',
        label: 'contradicted',
        note: 'fact dot.price 3.164',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact near.change_24h -1.22',
      },
    ],
  },
  {
    id: 'E-daily-10',
    voice: 'daily',
    style: 'daily',
    text: 'ETH/BTC kept sliding. Ether fell 2.6% while bitcoin added 0.2%, so ether underperformed by about 2.8 percentage points. ETH open interest declined 3.6% to $6.0 billion and funding stayed below zero at -0.0034% per 8 hours.',
    numbers: [
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '2.8',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$6.0 billion',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.02B',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '8@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-daily-11',
    voice: 'daily',
    style: 'daily',
    text: "Memecoins were the only bright spot. Dogecoin climbed 6.8% to about $0.209, PEPE rallied 9.5% and WIF jumped 11.2% to $0.71. Shiba Inu gained 1.3%. The sector's market cap rose by about $2.5 billion to $41.7 billion.",
    numbers: [
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '$0.209',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '$0.71',
        label: 'contradicted',
        note: 'fact wif.price 0.6128',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'fact shib.change_24h 3.12 (1.4 is 7d)',
      },
      {
        find: '$2.5 billion',
        label: 'supported',
      },
      {
        find: '$41.7 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-12',
    voice: 'daily',
    style: 'daily',
    text: 'DePIN had a rough session: the sector fell 4.8%, and Filecoin dropped 5.8% to $2.05, the weakest in the group. Helium lost 3.9% and IoTeX 7.6%, while Render shed 6.5%. All four members finished lower.',
    numbers: [
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '$2.05',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'contradicted',
        note: 'fact iotx.change_24h -4.62',
      },
      {
        find: '6.5%',
        label: 'contradicted',
        note: 'fact render.change_24h -4.18 (6.54 is 7d)',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-13',
    voice: 'daily',
    style: 'daily',
    text: 'AI tokens went nowhere on aggregate, up 0.2%. Bittensor rose 3.4% to $318.60, FET gained 3.2% and Virtuals added 5.6%, the best in the group. Worldcoin fell 3.3%, The Graph 4.1%, NEAR 1.2% and Render 4.2%. That makes four gainers against three decliners.',
    numbers: [
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$318.60',
        label: 'contradicted',
        note: 'fact tao.price 378.6',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'fact grt.change_24h -2.07',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 3',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'fact sector.ai.decliners_24h 4',
      },
    ],
  },
  {
    id: 'E-daily-14',
    voice: 'daily',
    style: 'daily',
    text: "Layer 2 tokens lost 1.0% as a group. Optimism was the weakest, down 2.4% to $0.448, and Arbitrum fell 3.8% to $0.305. Polygon's POL was the only gainer at +0.4%; Immutable lost 2.9%.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '1.0%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '$0.448',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'contradicted',
        note: 'fact arb.change_24h -1.84',
      },
      {
        find: '$0.305',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'contradicted',
        note: 'fact imx.change_24h -0.93',
      },
    ],
  },
  {
    id: 'E-daily-15',
    voice: 'daily',
    style: 'daily',
    text: 'Gaming was split 2-2. AXS led with a 3.1% rise and GALA added 2.6%, while SAND dropped 2.3% and IMX slipped 0.9%. The sector fell 0.6% overall and has lost 14.2% over the past week.',
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
        find: '3.1%',
        label: 'contradicted',
        note: 'fact axs.change_24h 1.07',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'fact gala.change_24h 0.64',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '14.2%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -4.16',
      },
    ],
  },
  {
    id: 'E-daily-16',
    voice: 'daily',
    style: 'daily',
    text: "Derivatives: Open interest across the tracked perpetuals slipped 1.7% to about $17 billion. BTC open interest fell 2.4% to $8.6 billion, SOL's dropped 4.4% and XRP's rose 0.7%. The outlier was DOGE, where open interest surged 14.6% to $940 million and funding reached 0.0318% per 8 hours, about 25% annualized.",
    numbers: [
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '$17 billion',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '$8.6 billion',
        label: 'supported',
      },
      {
        find: '4.4%',
        label: 'contradicted',
        note: '24h: 4.4 is 7d; sol.oi_change_24h -1.9',
      },
      {
        find: '0.7%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '$940 million',
        label: 'supported',
      },
      {
        find: '0.0318%',
        label: 'supported',
      },
      {
        find: '8@3',
        label: 'ignored',
      },
      {
        find: '25%',
        label: 'contradicted',
        note: 'fact doge.funding_apr 34.8',
      },
    ],
  },
  {
    id: 'E-daily-17',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin: $107,846 (+0.18%). 24h range $106,150–$108,181. Volume $2.9B. Funding 0.0046%. OI $8.6B (-5.8%).',
    numbers: [
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '+0.18%',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$106,150',
        label: 'supported',
      },
      {
        find: '$108,181',
        label: 'supported',
      },
      {
        find: '$2.9B',
        label: 'contradicted',
        note: 'fact btc.volume_24h 1.87B',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '$8.6B',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'contradicted',
        note: '24h context: 5.8 is 7d; btc.oi_change_24h -2.4',
      },
    ],
  },
  {
    id: 'E-daily-18',
    voice: 'daily',
    style: 'daily',
    text: 'Ether: $3,702 (-3.6%). Range $3,678–$3,867. Support $3,800, resistance $3,600. Funding -0.0034%, OI $5.0B.',
    numbers: [
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63',
      },
      {
        find: '$3,678',
        label: 'supported',
      },
      {
        find: '$3,867',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'contradicted',
        note: 'fact eth.support 3600; 3800 is resistance',
      },
      {
        find: '$3,600',
        label: 'contradicted',
        note: 'fact eth.resistance 3800; swapped',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '$5.0B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-19',
    voice: 'daily',
    style: 'daily',
    text: "Volume was thin across the board. BTC spot volume of $1.87 billion was about 31% below its seven-day average, and ether's $1.15 billion ran 45% under its norm. Only DOGE and PEPE saw above-average turnover, at about 1.4 times their weekly norms.",
    numbers: [
      {
        find: '$1.87 billion',
        label: 'supported',
      },
      {
        find: '31%',
        label: 'supported',
      },
      {
        find: '$1.15 billion',
        label: 'supported',
      },
      {
        find: '45%',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 0.75 = 25% below',
      },
      {
        find: '1.4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-20',
    voice: 'daily',
    style: 'weekly',
    text: 'Week in review: Bitcoin lost 2.1% over the seven days to $107,846, while ether dropped 4.0% and Solana 5.4%. XRP was roughly flat, up 0.2%, and Polkadot was the best of the Layer 1 names at +3.2%. Memecoins gained 2.9%, the only sector in the green, while DePIN sank 8.6%.',
    numbers: [
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '4.0%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '+3.2%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '8.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-21',
    voice: 'daily',
    style: 'weekly',
    text: 'This week: the total open interest fell 4.6%, led by ether, where positioning shrank 7.1%. Bitcoin open interest fell 2.4%. Dogecoin was the exception, with open interest up 22.3%. WIF rose 12.7%, PEPE 6.5% and DOGE 6.8%.',
    numbers: [
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'weekly context: 2.4 is 24h; btc.oi_change_7d -5.8',
      },
      {
        find: '22.3%',
        label: 'supported',
      },
      {
        find: '12.7%',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'contradicted',
        note: 'weekly: 6.84 is 24h; doge.change_7d 2.74',
      },
    ],
  },
  {
    id: 'E-daily-22',
    voice: 'daily',
    style: 'weekly',
    text: 'Weekly sector scorecard: Memes +2.9%, Layer 2 -0.9%, Layer 1 -2.3%, AI -3.4%, Gaming -4.2%, DePIN -10.6%. Worst single token was Filecoin at -10.7%; Sandbox lost 12.0%. Worldcoin fell 7.9%, the weakest AI name.',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-10.6%',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d -8.60 (10.58 is 30d)',
      },
      {
        find: '-10.7%',
        label: 'supported',
      },
      {
        find: '12.0%',
        label: 'contradicted',
        note: 'fact sand.change_7d -10.01',
      },
      {
        find: '7.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-23',
    voice: 'daily',
    style: 'weekly',
    text: 'Bitcoin ends the week down 2.1% and is still trading between $105,000 support and $110,000 resistance. Its 30-day swing high sits at $118,934. Ether is off 6% on the week; Solana fell 3.4%. Sui gained 1.6%, and Arbitrum added 2.2%.',
    numbers: [
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$118,934',
        label: 'contradicted',
        note: 'fact btc.swing_high_30d 114,934',
      },
      {
        find: '6%@1',
        label: 'contradicted',
        note: 'fact eth.change_7d -3.98',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'fact sol.change_7d -5.40',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-24',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin dominance held near 62%, according to CryptoSlate. Bitcoin's market cap was about $2.15 trillion and ether's $547 billion. XRP's market cap of $147 billion stayed ahead of BNB's $186 billion.",
    numbers: [
      {
        find: '62%',
        label: 'supported',
      },
      {
        find: '$2.15 trillion',
        label: 'supported',
      },
      {
        find: '$547 billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 446.9B',
      },
      {
        find: '$147 billion',
        label: 'supported',
      },
      {
        find: '$186 billion',
        label: 'contradicted',
        note: 'fact bnb.market_cap 138.6B',
      },
    ],
  },
  {
    id: 'E-daily-25',
    voice: 'daily',
    style: 'daily',
    text: 'Cointelegraph reported that BTC is down about 2% from a week ago and roughly 5% above its level a month ago. Bitcoin Magazine flagged $148 million in ETF outflows. Decrypt said Dogwifhat surged 11%. Reports said the mining difficulty would be cut by 3%.',
    numbers: [
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: '5%',
        label: 'supported',
      },
      {
        find: '$148 million',
        label: 'supported-by-source',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '3%',
        label: 'unsupported',
        note: 'no source states a figure',
      },
    ],
  },
  {
    id: 'E-daily-26',
    voice: 'daily',
    style: 'daily',
    text: 'Solana: $163.84, down 1.4%. Trading between support at $160 and resistance at $170; the 24h low was $160.36. Market cap $90.5 billion. Open interest $1.83 billion, down 1.9%. Funding 0.0021% per 8h, or 12.3% annualized.',
    numbers: [
      {
        find: '$163.84',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$160@1',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$160.36',
        label: 'supported',
      },
      {
        find: '$90.5 billion',
        label: 'supported',
      },
      {
        find: '$1.83 billion',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.38B',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '0.0021%',
        label: 'supported',
      },
      {
        find: '8@3',
        label: 'ignored',
      },
      {
        find: '12.3%',
        label: 'contradicted',
        note: 'fact sol.funding_apr 2.34',
      },
    ],
  },
  {
    id: 'E-daily-27',
    voice: 'daily',
    style: 'daily',
    text: "The meme sector's 6.5% gain came as every other sector but AI closed lower. Dogecoin rose 6.8% and ranked third in the group behind WIF and PEPE, ahead of SHIB at +3.1%. Its 24h high was $0.2193. The sector is up 10.7% over 30 days, while Pepe is up 15.4% in that span.",
    numbers: [
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$0.2193',
        label: 'contradicted',
        note: 'fact doge.high_24h 0.2093',
      },
      {
        find: '10.7%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '15.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-28',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin rose 1.8% to $107,846, its best day in a week, and could test $115,000 next. Ether fell 2.6%. Solana gained 1.4%. XRP climbed 8%.',
    numbers: [
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'fact btc.change_24h 0.18 (10x slip)',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'contradicted',
        note: 'direction: sol.change_24h -1.42',
      },
      {
        find: '8%@2',
        label: 'contradicted',
        note: 'fact xrp.change_24h 0.82',
      },
    ],
  },
  {
    id: 'E-daily-29',
    voice: 'daily',
    style: 'daily',
    text: "Layer 1 tokens slipped 0.3%. Sui was the best performer at +1.6%; Ether was the worst at -2.6%. Only five of the ten members rose. The sector's market cap stands at about $3.0 trillion, down roughly $97 billion on the day.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 3',
      },
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: '$3.0 trillion',
        label: 'supported',
      },
      {
        find: '$97 billion',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_24h -9.67B',
      },
    ],
  },
  {
    id: 'E-daily-30',
    voice: 'daily',
    style: 'daily',
    text: "Derivatives snapshot: OI-weighted funding averaged 0.0036% per 8 hours. BTC open interest was $6.8 billion and ETH's $5.0 billion. XRP open interest rose 7%. SOL funding was 0.0214% per 8 hours.",
    numbers: [
      {
        find: '0.0036%',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '$6.8 billion',
        label: 'contradicted',
        note: 'fact btc.open_interest 8.61B',
      },
      {
        find: '$5.0 billion',
        label: 'supported',
      },
      {
        find: '7%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 0.7',
      },
      {
        find: '0.0214%',
        label: 'contradicted',
        note: 'fact sol.funding_rate 0.00214 (10x)',
      },
      {
        find: '8@3',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-daily-31',
    voice: 'daily',
    style: 'daily',
    text: 'Winners and losers: WIF +11.2%, PEPE +9.5%, DOGE +6.8%, VIRTUAL +3.6%. Losers: FIL -5.8%, IOTX -3.6%, RENDER -4.2%, HNT -5.9%. Sui, not Tron, was among the few L1 gainers, with SUI at $2.80.',
    numbers: [
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact virtual.change_24h 5.62',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'fact iotx.change_24h -4.62',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'contradicted',
        note: 'fact hnt.change_24h -3.94',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '$2.80',
        label: 'contradicted',
        note: 'fact sui.price 2.4986',
      },
    ],
  },
  {
    id: 'E-daily-32',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin's 24-hour volume was about $1.9 billion, down from the $3.5 billion seen on Monday. Spot bitcoin ETFs saw $148 million in outflows. Bitcoin's 30-day volatility climbed to 37%.",
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$1.9 billion',
        label: 'supported',
      },
      {
        find: '$3.5 billion',
        label: 'unsupported',
        note: 'invented prior figure',
      },
      {
        find: '$148 million',
        label: 'unsupported',
        note: 'headline figure not attributed',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '37%',
        label: 'contradicted',
        note: 'fact btc.volatility_30d 27.3',
      },
    ],
  },
  {
    id: 'E-daily-33',
    voice: 'daily',
    style: 'daily',
    text: 'XRP: $2.44, up 0.8%; resistance at $2.50, 24h high $2.45. BNB: $996, down 0.6%; resistance at $1,050. Cardano: $0.56, down 4.7%. Avalanche: $18.73, down 2.3%, support $17.',
    numbers: [
      {
        find: '$2.44',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$2.45',
        label: 'supported',
      },
      {
        find: '$996',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$1,050',
        label: 'contradicted',
        note: 'fact bnb.resistance 1000',
      },
      {
        find: '$0.56',
        label: 'supported',
      },
      {
        find: '4.7%',
        label: 'contradicted',
        note: '24h: ada.change_24h -1.93 (4.7 is 30d)',
      },
      {
        find: '$18.73',
        label: 'supported',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '$17',
        label: 'contradicted',
        note: 'fact avax.support 18',
      },
    ],
  },
  {
    id: 'E-daily-34',
    voice: 'daily',
    style: 'daily',
    text: 'CoinDesk said combined open interest in the largest perps slipped about 2% while DOGE open interest climbed roughly 15%. The Block said layer-2 tokens lost 3%. Decrypt said three of the seven AI tokens rose. A Reddit user complained his DePIN bags were down 15% this week.',
    numbers: [
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: '15%@1',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '3%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98; headline contradicted',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '15%@2',
        label: 'supported-by-source',
        note: "r/CryptoCurrency post about the user's own bags, not the sector; debatable vs depin.change_7d -8.6",
      },
    ],
  },
  {
    id: 'E-daily-35',
    voice: 'daily',
    style: 'daily',
    text: "The total market cap fell $16 billion to $3.49 trillion. Bitcoin's share is 61.8%, up from 60% at the start of November. Ether's weight: about 13%.",
    numbers: [
      {
        find: '$16 billion',
        label: 'unsupported',
        note: 'derived: 0.47% of 3.49T, no fact states the dollar change',
      },
      {
        find: '$3.49 trillion',
        label: 'supported',
      },
      {
        find: '61.8%',
        label: 'supported',
      },
      {
        find: '60%',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '13%',
        label: 'unsupported',
        note: 'derived share, no fact',
      },
    ],
  },
  {
    id: 'E-daily-36',
    voice: 'daily',
    style: 'weekly',
    text: 'Weekly derivatives: BTC open interest fell 5.8%, ETH 3.6%, SOL 4.4% and XRP 1.2%. DOGE open interest surged 22.3%. Total OI fell 1.7%. Funding on BTC stayed positive at 0.0046%.',
    numbers: [
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'weekly: 3.6 is 24h; eth.oi_change_7d -7.1',
      },
      {
        find: '4.4%',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '22.3%',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'contradicted',
        note: 'weekly: 1.7 is 24h; market.oi_change_7d -4.6',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-37',
    voice: 'daily',
    style: 'weekly',
    text: 'Over the week, AI tokens fell 3.4% with just one gainer, FET, up 1.7%. Worldcoin dropped 9.9%, Render 6.5% and Virtuals 5.2%. Bittensor gained 3.4%. Gaming lost 4.2%, with Sandbox down 10%; AXS rose 1.4%. Layer 2: -0.9%, ARB best at +4.2%.',
    numbers: [
      {
        find: '3.4%@1',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '9.9%',
        label: 'contradicted',
        note: 'fact wld.change_7d -7.88',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '3.4%@2',
        label: 'contradicted',
        note: 'weekly: 3.37 is 24h; tao.change_7d -2.53',
      },
      {
        find: '4.2%@1',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '+4.2%',
        label: 'contradicted',
        note: 'fact arb.change_7d 2.24',
      },
    ],
  },
  {
    id: 'E-daily-38',
    voice: 'daily',
    style: 'weekly',
    text: "This week's memecoin scoreboard: WIF +12.7%, PEPE +6.5%, DOGE +2.7%, SHIB +4.4%. All four finished higher, lifting the sector 6.5%.",
    numbers: [
      {
        find: '+12.7%',
        label: 'supported',
      },
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '+2.7%',
        label: 'supported',
      },
      {
        find: '+4.4%',
        label: 'contradicted',
        note: 'fact shib.change_7d 1.40',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '6.5%@2',
        label: 'contradicted',
        note: 'weekly: 6.5 is 24h; memes.change_7d 2.93',
      },
    ],
  },
  {
    id: 'E-daily-39',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin slipped 0.8% to $107,846 as the total market cap fell 2.5%. Ether held up better, easing only 0.6%, while Solana dropped 4.2%. The meme sector was flat, up 0.5%, and AI tokens gained 3.2%. Bitcoin dominance was 61.8%.',
    numbers: [
      {
        find: '0.8%',
        label: 'contradicted',
        note: 'direction and value: btc.change_24h +0.18',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -0.47',
      },
      {
        find: '0.6%',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63',
      },
      {
        find: '4.2%',
        label: 'contradicted',
        note: 'fact sol.change_24h -1.42',
      },
      {
        find: '0.5%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 0.22',
      },
      {
        find: '61.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-daily-40',
    voice: 'daily',
    style: 'daily',
    text: 'Derivatives recap: BTC funding rose to 0.014% per 8 hours, ETH funding stayed positive at 0.0034%, and total open interest climbed 1.7% to $19 billion. DOGE funding was 0.0318%, the highest of the majors. Analysts see DOGE funding normalising within 48 hours.',
    numbers: [
      {
        find: '0.014%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.00463',
      },
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '0.0034%',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.00342',
      },
      {
        find: '1.7%',
        label: 'contradicted',
        note: 'direction: market.oi_change_24h -1.73',
      },
      {
        find: '$19 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 16.96B',
      },
      {
        find: '0.0318%',
        label: 'supported',
      },
      {
        find: '48',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-daily-41',
    voice: 'daily',
    style: 'daily',
    text: 'Gaming and Layer 2 tokens both lost ground. The Sandbox fell 4.3%, Axie Infinity dropped 1.1% and Gala gained 0.6%. In Layer 2, Optimism fell 2.4%, while POL slipped 0.4%.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '4.3%',
        label: 'contradicted',
        note: 'fact sand.change_24h -2.31',
      },
      {
        find: '1.1%',
        label: 'contradicted',
        note: 'direction: axs.change_24h +1.07',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'contradicted',
        note: 'direction: pol.change_24h +0.41',
      },
    ],
  },
];
