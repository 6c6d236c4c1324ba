import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'P-daily-01',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin edged up 0.4% to $121,312 over the past day, holding above its $120,000 support after trading between $119,210 and $121,815. Ether fell 1.8% to $4,180 and remains below $4,200 resistance.\n\nThe wider market lost 1.3% to $3.95 trillion; only 7 of the 30 watchlist assets rose. Bitcoin dominance climbed to 61.2%.\n\nAmong majors, Solana dropped 3.9% to $196, XRP slipped 1.4% and BNB gained 1.1%, the best of the large caps.\n\nBy sector, DePIN rose 1.4% while memes sank 5.8%, the worst showing; AI tokens lost 4.1% and Layer 2 tokens 3.2%.\n\nDerivatives: BTC funding was 0.0052% per 8h, with longs paying shorts; open interest across tracked perps fell 3.4% to $18 billion.',
    numbers: [
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '$121,312',
        label: 'supported',
      },
      {
        find: '$120,000',
        label: 'supported',
      },
      {
        find: '$119,210',
        label: 'supported',
        note: 'btc.low_24h 119,210.5; to the dollar, within half a dollar',
      },
      {
        find: '$121,815',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '$4,200',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '$3.95 trillion',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
        note: 'market.members 30',
      },
      {
        find: '61.2%',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$196',
        label: 'supported',
      },
      {
        find: '1.4%@1',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '1.4%@2',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '2@8',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$18 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-02',
    voice: 'daily',
    style: 'daily',
    text: 'BTC slipped 1.2% to $121,300 while ETH dropped 5.4% to $4,180. The total market cap stands near $3.95 trillion, off 1.3%.\n\nBreadth was thin: 9 advancers against 23 decliners. SOL lost 3.9%, ADA 3.6%, AVAX 4.2% and DOT 3.9%.\n\nMemes were hit hardest, down 5.8%, with WIF off 8.1%. DePIN was the lone gainer, up 4.1%.\n\nFunding on SOL was -0.0034% per 8h, meaning shorts pay longs; DOGE funding was -0.0061%.',
    numbers: [
      {
        find: '1.2%',
        label: 'contradicted',
        note: 'daily style: btc.change_24h +0.4; -1.2 is 7d',
      },
      {
        find: '$121,300',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'contradicted',
        note: 'daily style: eth.change_24h -1.8; -5.4 is 7d',
      },
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '$3.95 trillion',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '9@2',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '3.9%@1',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
      {
        find: '3.9%@2',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '8.1%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: "fact sector.depin.change_24h +1.4; 4.1 is AI's drop",
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-03',
    voice: 'daily',
    style: 'daily',
    text: 'Majors. Bitcoin trades at $121.3K (+0.4%), Ether at $4,180 (-1.8%), Solana at $196.4 (-3.9%), XRP at $2.41 (-1.4%) and BNB at $1,038.6 (+1.1%). Cardano is at $0.638 (-3.6%), Avalanche at $19.74 (-4.2%), Polkadot at $3.176 (-3.9%), NEAR at $2.60 (-3.2%) and Sui at $2.75 (+0.6%).',
    numbers: [
      {
        find: '$121.3K',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '$196.4',
        label: 'supported',
      },
      {
        find: '-3.9%@1',
        label: 'supported',
      },
      {
        find: '$2.41',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '$1,038.6',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '$0.638',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '$19.74',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '$3.176',
        label: 'supported',
      },
      {
        find: '-3.9%@2',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '$2.75',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-04',
    voice: 'daily',
    style: 'daily',
    text: 'Majors. Bitcoin trades at $112,486 (+0.4%), Ether at $4,810 (-1.8%), Solana at $196 (+3.9%), XRP at $2.41 (-3.7%) and BNB at $1,039 (+1.1%). Cardano is at $0.64 (-3.6%), Avalanche at $21.9 (-4.2%) and Sui at $2.75 (-0.6%).',
    numbers: [
      {
        find: '$112,486',
        label: 'contradicted',
        note: 'fact btc.price 121,312',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '$4,810',
        label: 'contradicted',
        note: 'fact eth.price 4,180',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '$196',
        label: 'supported',
      },
      {
        find: '+3.9%',
        label: 'contradicted',
        note: 'sol.change_24h -3.9: direction',
      },
      {
        find: '$2.41',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'contradicted',
        note: 'xrp.change_24h -1.4; -3.7 is 7d',
      },
      {
        find: '$1,039',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '$0.64',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '$21.9',
        label: 'contradicted',
        note: 'fact avax.price 19.74',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '$2.75',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'contradicted',
        note: 'sui.change_24h +0.6: direction',
      },
    ],
  },
  {
    id: 'P-daily-05',
    voice: 'daily',
    style: 'daily',
    text: "Derivatives. Total open interest is about $18 billion, down 3.4% on the day and 7.3% over seven days. Bitcoin OI rose 1.1% to $8 billion, while Ether OI fell 6.5% to $6 billion and Solana OI 7.2% to $1.8 billion. XRP open interest is $1 billion, down 5%; Dogecoin's is $1.2 billion, down 9%.\n\nFunding: BTC 0.0052% (about 5.7% annualized), ETH 0.0019%, XRP 0.0027%, SOL -0.0034% and DOGE -0.0061% per 8h. The OI-weighted average is 0.0023%.",
    numbers: [
      {
        find: '$18 billion',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'supported',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '$8 billion',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '$6 billion',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'supported',
      },
      {
        find: '$1.8 billion',
        label: 'supported',
      },
      {
        find: '$1 billion',
        label: 'supported',
      },
      {
        find: '5%@2',
        label: 'supported',
      },
      {
        find: '$1.2 billion',
        label: 'supported',
      },
      {
        find: '9%@1',
        label: 'supported',
      },
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '5.7%',
        label: 'supported',
      },
      {
        find: '0.0019%',
        label: 'supported',
      },
      {
        find: '0.0027%',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.0023%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-06',
    voice: 'daily',
    style: 'daily',
    text: 'Derivatives. Total open interest is about $21 billion, down 7.3% on the day. Bitcoin OI fell 1.1% to $8 billion, while Ether OI fell 6.5% and Solana OI 13.6%.\n\nFunding: BTC 0.052%, ETH 0.0019%, SOL +0.0034%; on DOGE, longs are paying shorts 0.0061% every eight hours.',
    numbers: [
      {
        find: '$21 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 18B',
      },
      {
        find: '7.3%',
        label: 'contradicted',
        note: 'oi_change_24h -3.4; 7.3 is 7d',
      },
      {
        find: '1.1%',
        label: 'contradicted',
        note: 'btc.oi_change_24h +1.1: direction',
      },
      {
        find: '$8 billion',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '13.6%',
        label: 'contradicted',
        note: 'sol.oi_change_24h -7.2; 13.6 is 7d',
      },
      {
        find: '0.052%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.0052; 10x slip',
      },
      {
        find: '0.0019%',
        label: 'supported',
      },
      {
        find: '+0.0034%',
        label: 'contradicted',
        note: 'sol.funding_rate -0.0034: sign',
      },
      {
        find: '0.0061%',
        label: 'contradicted',
        note: 'doge.funding_rate -0.0061: shorts pay longs',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-daily-07',
    voice: 'daily',
    style: 'daily',
    text: 'Sectors. DePIN was the best sector, up 1.4%, with all four members higher: Filecoin +2.1%, Helium +1.6%, IoTeX +1.2% and Render +0.8%. Layer 1 was almost flat at -0.2%, with 3 of its 10 members up; BNB was the best at +1.1% and Avalanche the worst at -4.2%.\n\nLayer 2 lost 3.2%: Optimism -3.6%, Arbitrum -3.4%, Immutable -3.1%, Polygon -2.8%. Gaming fell 2.6%, led lower by Immutable. AI dropped 4.1%, with Virtuals down 9.2%, Fetch.ai 7.4%, Worldcoin 5.3%, The Graph 5.1% and Bittensor 3.5%. Memes were the worst, down 5.8%, with none of the 4 members higher.',
    numbers: [
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '-0.2%',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'supported',
      },
      {
        find: '10',
        label: 'ignored',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '7.4%',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'supported',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '3.5%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '4@6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-08',
    voice: 'daily',
    style: 'sector',
    text: 'Sectors. Memes led the market lower, falling 5.8% to a watchlist cap of about $44 billion; dogwifhat was the worst member at -8.1% and Dogecoin the best at -5.6%. AI was second-worst, down 4.1% with only one gainer, Render.\n\nLayer 2 fell 3.2%, Gaming 2.6%, and Layer 1 0.2%. DePIN, up 1.4%, was the only sector in positive territory, adding about $51 million of market value.',
    numbers: [
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '$44 billion',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$51 million',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-09',
    voice: 'daily',
    style: 'sector',
    text: 'Sectors. AI was the worst sector, down 5.8%, as Virtuals fell 9.2%. Memes dropped 4.1%, with Pepe the weakest member at -6.8%.\n\nLayer 2 fell 3.2% and Polygon was its worst member at -2.8%. Gaming lost 2.6%, with 2 of its 4 members higher. DePIN rose 1.4%, led by Helium at +1.6%. Layer 1 lost 2.2%.',
    numbers: [
      {
        find: '5.8%',
        label: 'contradicted',
        note: 'sector.ai.change_24h -4.1; 5.8 is memes, which was worst',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'sector.memes.change_24h -5.8; 4.1 is AI',
      },
      {
        find: '-6.8%',
        label: 'contradicted',
        note: 'worst meme 24h is WIF -8.1',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'contradicted',
        note: 'POL was best L2 member; worst is OP -3.6',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'contradicted',
        note: 'fact sector.gaming.advancers_24h 0',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'contradicted',
        note: 'best DePIN is FIL +2.1',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '2.2%',
        label: 'contradicted',
        note: 'l1.change_24h -0.18; -2.2 is 7d',
      },
    ],
  },
  {
    id: 'P-daily-10',
    voice: 'daily',
    style: 'daily',
    text: 'Levels. BTC support $120,000, resistance $125,000; the 30-day swing range runs from $111,110 to $125,084. ETH support $4,000, resistance $4,200, 30-day range $3,894–$4,641. SOL support $190, resistance $200. XRP $2.40/$2.50. BNB $1,000/$1,050.',
    numbers: [
      {
        find: '$120,000',
        label: 'supported',
      },
      {
        find: '$125,000',
        label: 'supported',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$111,110',
        label: 'supported',
      },
      {
        find: '$125,084',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '$4,200',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$3,894',
        label: 'supported',
      },
      {
        find: '$4,641',
        label: 'supported',
      },
      {
        find: '$190',
        label: 'supported',
      },
      {
        find: '$200',
        label: 'supported',
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
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '$1,050',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-11',
    voice: 'daily',
    style: 'daily',
    text: 'Levels. BTC support $115,000, resistance $120,000. ETH support $4,200 with the 30-day high at $4,460. SOL support $180. Bitcoin is about 3% below its 30-day high.',
    numbers: [
      {
        find: '$115,000',
        label: 'contradicted',
        note: 'fact btc.support 120,000',
      },
      {
        find: '$120,000',
        label: 'contradicted',
        note: '120k is support; resistance 125k',
      },
      {
        find: '$4,200',
        label: 'contradicted',
        note: '4200 is resistance; support 4000',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$4,460',
        label: 'contradicted',
        note: 'fact eth.swing_high_30d 4,640.54',
      },
      {
        find: '$180',
        label: 'contradicted',
        note: 'fact sol.support 190',
      },
      {
        find: '3%',
        label: 'unsupported',
        note: 'derived distance',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-daily-12',
    voice: 'daily',
    style: 'daily',
    text: 'Headlines. CoinDesk reported $420 million of net inflows into spot bitcoin ETFs, a fifth straight day. The Block said long liquidations hit $310 million, mostly in SOL and DOGE. Decrypt reported a DeFi lender was drained of $38 million. Bitcoin Magazine said a corporate treasury bought 2,500 BTC. An analyst cited by Cointelegraph sees bitcoin at $150,000 by year-end.',
    numbers: [
      {
        find: '$420 million',
        label: 'supported-by-source',
        note: 'CoinDesk headline',
      },
      {
        find: 'fifth',
        label: 'ignored',
        note: 'debatable: day count of a streak, treated as duration',
      },
      {
        find: '$310 million',
        label: 'supported-by-source',
        note: 'The Block headline',
      },
      {
        find: '$38 million',
        label: 'supported-by-source',
        note: 'Decrypt headline',
      },
      {
        find: '2,500',
        label: 'supported-by-source',
        note: 'Bitcoin Magazine headline',
      },
      {
        find: '$150,000',
        label: 'supported-by-source',
        note: 'Cointelegraph headline; forecast but attributed — debatable',
      },
    ],
  },
  {
    id: 'P-daily-13',
    voice: 'daily',
    style: 'daily',
    text: 'Headlines. Spot bitcoin ETFs took in $420 million, and long liquidations reached $310 million. CoinDesk reported bitcoin slipped 3%. Cointelegraph said BTC funding turned sharply negative; in fact longs pay 0.0052%. A Sui unlock of 64 million tokens is due next week.',
    numbers: [
      {
        find: '$420 million',
        label: 'unsupported',
        note: 'CoinDesk figure, not attributed',
      },
      {
        find: '$310 million',
        label: 'unsupported',
        note: 'The Block figure, not attributed',
      },
      {
        find: '3%',
        label: 'contradicted',
        note: 'CoinDesk headline; btc.change_24h +0.4 contradicts',
      },
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '64 million',
        label: 'unsupported',
        note: 'r/CryptoCurrency post, not attributed',
      },
    ],
  },
  {
    id: 'P-daily-14',
    voice: 'daily',
    style: 'daily',
    text: "Volume and volatility. Total 24-hour volume was $214 billion. Bitcoin turned over $2.46 billion on tracked venues, 0.89 times its 7-day average, and Ether $1.31 billion, 0.77 times. Bitcoin's 7-day realized volatility is 27% annualized against 51% for Solana. Above-average volume showed up only in a few names: Virtuals (1.18x), Fetch.ai (1.16x), WIF (1.14x) and Dogecoin (1.09x).",
    numbers: [
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$214 billion',
        label: 'supported',
      },
      {
        find: '$2.46 billion',
        label: 'supported',
      },
      {
        find: '0.89',
        label: 'supported',
      },
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '$1.31 billion',
        label: 'supported',
      },
      {
        find: '0.77',
        label: 'supported',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '27%',
        label: 'supported',
      },
      {
        find: '51%',
        label: 'supported',
      },
      {
        find: '1.18x',
        label: 'supported',
      },
      {
        find: '1.16x',
        label: 'supported',
      },
      {
        find: '1.14x',
        label: 'supported',
      },
      {
        find: '1.09x',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-15',
    voice: 'daily',
    style: 'daily',
    text: "Volume and volatility. Total volume was $124 billion. Bitcoin volume ran at 1.09 times its 7-day average. Bitcoin's realized volatility was 36% over the week, and Worldcoin's 7-day figure was 76%.",
    numbers: [
      {
        find: '$124 billion',
        label: 'contradicted',
        note: 'fact market.volume_24h 214B',
      },
      {
        find: '1.09',
        label: 'contradicted',
        note: 'btc.volume_ratio_7d 0.89; 1.09 is DOGE',
      },
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '36%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 26.9',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '76%',
        label: 'contradicted',
        note: 'wld.volatility_7d 109; 76 is its 30d',
      },
    ],
  },
  {
    id: 'P-daily-16',
    voice: 'daily',
    style: 'weekly',
    text: "Weekly. Bitcoin lost 1.2% and Ether 5.4%; Solana fell 7.2%, XRP 3.7% and BNB 0.6%. Sui was the only Layer 1 gainer, up 0.4%. Among sectors, memes fell 13.6%, Layer 2 10.6%, AI 9.9% and gaming 9.3%, while DePIN rose 2.1%. Total open interest dropped 7.3%; Solana's fell 13.6% and Dogecoin's 15.4%.",
    numbers: [
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '5.4%@1',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '0.6%@1',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '13.6%@1',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '10.6%',
        label: 'supported',
      },
      {
        find: '9.9%',
        label: 'supported',
      },
      {
        find: '9.3%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'supported',
      },
      {
        find: '13.6%@2',
        label: 'supported',
      },
      {
        find: '15.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-17',
    voice: 'daily',
    style: 'weekly',
    text: 'Weekly. Bitcoin rose 6% and Ether fell 2.2%. Memes lost 5.8%, with Dogecoin the worst member at -12.7%. DePIN gained 1.4%. Arbitrum dropped 11.8% and Optimism 11.9%.',
    numbers: [
      {
        find: '6%',
        label: 'contradicted',
        note: 'weekly: btc.change_7d -1.2; +6 is 30d',
      },
      {
        find: '2.2%',
        label: 'contradicted',
        note: 'eth.change_7d -5.4; +2.2 is 30d with sign flipped',
      },
      {
        find: '5.8%',
        label: 'contradicted',
        note: 'weekly: memes 7d -13.6; 5.8 is 24h',
      },
      {
        find: '-12.7%',
        label: 'contradicted',
        note: 'worst 7d meme is SHIB -18.6',
      },
      {
        find: '1.4%',
        label: 'contradicted',
        note: 'weekly: depin 7d +2.05; 1.4 is 24h',
      },
      {
        find: '11.8%',
        label: 'supported',
      },
      {
        find: '11.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-18',
    voice: 'daily',
    style: 'daily',
    text: "Market caps. Bitcoin is worth $2.42 trillion, Ether $505 billion, XRP $145 billion, BNB $144 billion and Solana $107 billion. Dogecoin's cap is $33 billion and Cardano's $23 billion. The Layer 1 group accounts for about $3.37 trillion of the $3.95 trillion total.",
    numbers: [
      {
        find: '$2.42 trillion',
        label: 'supported',
      },
      {
        find: '$505 billion',
        label: 'supported',
      },
      {
        find: '$145 billion',
        label: 'supported',
      },
      {
        find: '$144 billion',
        label: 'supported',
      },
      {
        find: '$107 billion',
        label: 'supported',
      },
      {
        find: '$33 billion',
        label: 'supported',
      },
      {
        find: '$23 billion',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '$3.37 trillion',
        label: 'supported',
      },
      {
        find: '$3.95 trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-19',
    voice: 'daily',
    style: 'daily',
    text: 'Market caps. Ether is worth $405 billion, Solana $170 billion and Dogecoin $3.3 billion. Bitcoin, at $2.42 trillion, makes up 67% of the market.',
    numbers: [
      {
        find: '$405 billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 504.5B',
      },
      {
        find: '$170 billion',
        label: 'contradicted',
        note: 'fact sol.market_cap 107.5B',
      },
      {
        find: '$3.3 billion',
        label: 'contradicted',
        note: 'doge.market_cap 33.1B; 10x slip',
      },
      {
        find: '$2.42 trillion',
        label: 'supported',
      },
      {
        find: '67%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.2',
      },
    ],
  },
  {
    id: 'P-daily-20',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin rallied 4% to $121,300 as the total market cap rose 1.3% to $4.95 trillion. Dominance eased to 59.8%. Ether gained 1.8%, while Solana lost 1.4% and XRP 3.9%. BNB was flat at $1,093. Layer 1 breadth: 6 up, 4 down. Traders expect a move to $128,000 after the 0.25-point Fed cut priced for next month.',
    numbers: [
      {
        find: '4%@1',
        label: 'contradicted',
        note: 'fact btc.change_24h +0.4; 10x slip',
      },
      {
        find: '$121,300',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'market.cap_change_24h -1.3: direction',
      },
      {
        find: '$4.95 trillion',
        label: 'contradicted',
        note: 'fact market.total_cap 3.95T',
      },
      {
        find: '59.8%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.2, and it rose',
      },
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'eth.change_24h -1.8: direction',
      },
      {
        find: '1.4%',
        label: 'contradicted',
        note: 'sol.change_24h -3.9; 1.4 is XRP',
      },
      {
        find: '3.9%',
        label: 'contradicted',
        note: 'xrp.change_24h -1.4; 3.9 is SOL',
      },
      {
        find: '$1,093',
        label: 'contradicted',
        note: 'fact bnb.price 1,038.6',
      },
      {
        find: '1@7',
        label: 'ignored',
      },
      {
        find: '6',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 3',
      },
      {
        find: '4@4',
        label: 'contradicted',
        note: 'fact sector.l1.decliners_24h 7',
      },
      {
        find: '$128,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '0.25',
        label: 'unsupported',
        note: 'macro (rate cut)',
      },
    ],
  },
  {
    id: 'P-daily-21',
    voice: 'daily',
    style: 'daily',
    text: "Memes fell 8.1% as Shiba Inu sank 18.6% and Pepe slid to $0.0000091. Dogecoin fell to $0.197 with open interest down 15.4%. AI tokens slipped 2.6%, though Bittensor held above $400. DePIN's Filecoin jumped 5.9%. The Graph trades near $0.078 after a 5.1% drop.",
    numbers: [
      {
        find: '8.1%',
        label: 'contradicted',
        note: 'sector.memes.change_24h -5.8; 8.1 is WIF',
      },
      {
        find: '18.6%',
        label: 'contradicted',
        note: 'shib.change_24h -5.9; 18.6 is 7d',
      },
      {
        find: '$0.0000091',
        label: 'contradicted',
        note: 'fact pepe.price 0.00000811',
      },
      {
        find: '$0.197',
        label: 'contradicted',
        note: 'fact doge.price 0.2197',
      },
      {
        find: '15.4%',
        label: 'contradicted',
        note: 'doge.oi_change_24h -9.0; 15.4 is 7d',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'sector.ai.change_24h -4.1; 2.6 is gaming',
      },
      {
        find: '$400',
        label: 'contradicted',
        note: 'tao.price 391.2, below 400 (400 is resistance)',
      },
      {
        find: '5.9%',
        label: 'contradicted',
        note: 'fil.change_24h +2.1; 5.9 is IOTX 7d',
      },
      {
        find: '$0.078',
        label: 'supported',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-daily-22',
    voice: 'daily',
    style: 'daily',
    text: "Arbitrum fell 11.8% to $0.29 and Optimism dropped to $0.55. Polygon was the worst Layer 2 at -2.8%. Avalanche held $20 support, NEAR lost 6.2% and Cardano rose 3.6%. Helium gained 16%. Ethereum's 30-day low sits at $3,894, and ETH could retest $3,700. Sui's 64 million-token unlock looms.",
    numbers: [
      {
        find: '11.8%',
        label: 'contradicted',
        note: 'arb.change_24h -3.4; 11.8 is 7d',
      },
      {
        find: '$0.29',
        label: 'supported',
      },
      {
        find: '$0.55',
        label: 'contradicted',
        note: 'op.price 0.4417; 0.55 is 30d swing high',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-2.8%',
        label: 'contradicted',
        note: 'POL was the best L2 member; worst is OP',
      },
      {
        find: '$20',
        label: 'contradicted',
        note: 'avax.price 19.74, below 20 (20 is resistance)',
      },
      {
        find: '6.2%',
        label: 'contradicted',
        note: 'near.change_24h -3.2; 6.2 is 7d',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'ada.change_24h -3.6: direction',
      },
      {
        find: '16%',
        label: 'contradicted',
        note: 'hnt.change_24h +1.6; 10x slip',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$3,894',
        label: 'supported',
      },
      {
        find: '$3,700',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '64 million',
        label: 'unsupported',
        note: 'reddit post figure, not attributed',
      },
    ],
  },
];
