import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'P-wire-01',
    voice: 'wire',
    style: 'daily',
    text: 'BITCOIN STEADY AT $121,312, ALTCOINS SLIDE\nBitcoin rose 0.4 pct to $121,312 in early trade, holding above its $120,000 support, while ether fell 1.8 pct to $4,180. Solana lost 3.9 pct and XRP dropped 1.4 pct. Only 9 of the 30 watchlist tokens gained, market data showed.',
    numbers: [
      {
        find: '$121,312@1',
        label: 'supported',
      },
      {
        find: '0.4 pct',
        label: 'supported',
      },
      {
        find: '$121,312@2',
        label: 'supported',
      },
      {
        find: '$120,000',
        label: 'supported',
      },
      {
        find: '1.8 pct',
        label: 'supported',
      },
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '3.9 pct',
        label: 'supported',
      },
      {
        find: '1.4 pct',
        label: 'supported',
      },
      {
        find: '9@2',
        label: 'contradicted',
        note: 'market.advancers_24h 7',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-02',
    voice: 'wire',
    style: 'daily',
    text: 'Crypto market value fell 1.3 pct to about $3.95 trillion in the past 24 hours, with bitcoin dominance at 61.2 pct. Total trading volume was $214 billion.',
    numbers: [
      {
        find: '1.3 pct',
        label: 'supported',
      },
      {
        find: '$3.95 trillion',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '61.2 pct',
        label: 'supported',
      },
      {
        find: '$214 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-03',
    voice: 'wire',
    style: 'daily',
    text: 'Ether fell 2.9 pct to $4,180, trading between $4,122 and $4,260 over the session. Traders watched $4,000 support and resistance near $4,200.',
    numbers: [
      {
        find: '2.9 pct',
        label: 'contradicted',
        note: 'fact eth.change_24h -1.80',
      },
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '$4,122',
        label: 'supported',
      },
      {
        find: '$4,260',
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
    ],
  },
  {
    id: 'P-wire-04',
    voice: 'wire',
    style: 'daily',
    text: 'Solana dropped 3.9 pct to $196.42, near its 24-hour low of $196.19 after touching $204.54. Open interest in SOL perpetuals fell 7.2 pct to $1.8 billion, and funding was negative at -0.0034 pct per 8 hours, meaning shorts paid longs.',
    numbers: [
      {
        find: '3.9 pct',
        label: 'supported',
      },
      {
        find: '$196.42',
        label: 'supported',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$196.19',
        label: 'supported',
      },
      {
        find: '$204.54',
        label: 'supported',
      },
      {
        find: '7.2 pct',
        label: 'supported',
      },
      {
        find: '$1.8 billion',
        label: 'supported',
      },
      {
        find: '-0.0034 pct',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-wire-05',
    voice: 'wire',
    style: 'daily',
    text: 'BNB ROSE 1.1 PCT TO $1,038.60. The exchange token was the best performer among large-cap Layer 1 tokens, which fell 0.2 pct as a group. Avalanche was the worst, down 4.2 pct.',
    numbers: [
      {
        find: '1.1 PCT',
        label: 'supported',
      },
      {
        find: '$1,038.60',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '0.2 pct',
        label: 'supported',
      },
      {
        find: '4.2 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-06',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin funding stood at 0.0052 pct per eight hours, or about 5.7 pct annualized, with longs paying shorts. Bitcoin open interest rose 1.1 pct to $8 billion, while total open interest across the tracked perpetuals fell 3.4 pct to $18 billion.',
    numbers: [
      {
        find: '0.0052 pct',
        label: 'supported',
      },
      {
        find: '5.7 pct',
        label: 'supported',
      },
      {
        find: '1.1 pct',
        label: 'supported',
      },
      {
        find: '$8 billion',
        label: 'supported',
      },
      {
        find: '3.4 pct',
        label: 'supported',
      },
      {
        find: '$18 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-07',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin open interest fell 1.1 pct to $8 billion, data showed, while ether open interest slid 6.5 pct to $6 billion.',
    numbers: [
      {
        find: '1.1 pct',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h +1.10, direction wrong',
      },
      {
        find: '$8 billion',
        label: 'supported',
      },
      {
        find: '6.5 pct',
        label: 'supported',
      },
      {
        find: '$6 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-08',
    voice: 'wire',
    style: 'daily',
    text: 'Memecoins fell 5.8 pct, the worst sector on the day. Dogwifhat sank 8.1 pct, Dogecoin lost 5.6 pct and Pepe 6.8 pct. All 4 members of the sector declined.',
    numbers: [
      {
        find: '5.8 pct',
        label: 'supported',
      },
      {
        find: '8.1 pct',
        label: 'supported',
      },
      {
        find: '5.6 pct',
        label: 'supported',
      },
      {
        find: '6.8 pct',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-09',
    voice: 'wire',
    style: 'daily',
    text: 'AI tokens dropped 4.1 pct, led lower by Virtuals, down 9.2 pct. Fetch.ai fell 7.4 pct and Bittensor 3.5 pct. Render was the lone gainer, up 0.8 pct.',
    numbers: [
      {
        find: '4.1 pct',
        label: 'supported',
      },
      {
        find: '9.2 pct',
        label: 'supported',
      },
      {
        find: '7.4 pct',
        label: 'supported',
      },
      {
        find: '3.5 pct',
        label: 'supported',
      },
      {
        find: '0.8 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-10',
    voice: 'wire',
    style: 'daily',
    text: 'DePIN tokens rose 1.4 pct, the only sector in positive territory. Filecoin climbed 2.1 pct, Helium 1.6 pct and IoTeX 1.2 pct.',
    numbers: [
      {
        find: '1.4 pct',
        label: 'supported',
      },
      {
        find: '2.1 pct',
        label: 'supported',
      },
      {
        find: '1.6 pct',
        label: 'supported',
      },
      {
        find: '1.2 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-11',
    voice: 'wire',
    style: 'daily',
    text: 'Layer 2 tokens fell 3.2 pct. Optimism lost 3.6 pct, Arbitrum 3.4 pct and Polygon 2.8 pct. Immutable slipped 1.3 pct.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3.2 pct',
        label: 'supported',
      },
      {
        find: '3.6 pct',
        label: 'supported',
      },
      {
        find: '3.4 pct',
        label: 'supported',
      },
      {
        find: '2.8 pct',
        label: 'supported',
      },
      {
        find: '1.3 pct',
        label: 'contradicted',
        note: 'imx.change_24h -3.10',
      },
    ],
  },
  {
    id: 'P-wire-12',
    voice: 'wire',
    style: 'daily',
    text: "Gaming tokens fell 2.6 pct. Axie Infinity was the sector's best performer, down 2.2 pct, while Immutable lagged, off 3.1 pct.",
    numbers: [
      {
        find: '2.6 pct',
        label: 'supported',
      },
      {
        find: '2.2 pct',
        label: 'supported',
      },
      {
        find: '3.1 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-13',
    voice: 'wire',
    style: 'daily',
    text: 'Spot bitcoin ETFs took in $420 million of net inflows, CoinDesk reported, extending the streak to a fifth day.',
    numbers: [
      {
        find: '$420 million',
        label: 'supported-by-source',
      },
      {
        find: 'fifth',
        label: 'supported-by-source',
        note: 'streak count from CoinDesk summary, attributed; debatable',
      },
    ],
  },
  {
    id: 'P-wire-14',
    voice: 'wire',
    style: 'daily',
    text: 'Long liquidations reached $310 million across exchanges, according to The Block, mostly in solana and dogecoin positions.',
    numbers: [
      {
        find: '$310 million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'P-wire-15',
    voice: 'wire',
    style: 'daily',
    text: 'A decentralized-finance lender was drained of $38 million in an oracle exploit, the team said.',
    numbers: [
      {
        find: '$38 million',
        label: 'unsupported',
        note: 'headline figure, not attributed to Decrypt',
      },
    ],
  },
  {
    id: 'P-wire-16',
    voice: 'wire',
    style: 'daily',
    text: 'A corporate treasury bought 2,500 bitcoin, Bitcoin Magazine reported. Separately, one analyst told Cointelegraph bitcoin could reach $150,000 by year-end.',
    numbers: [
      {
        find: '2,500',
        label: 'supported-by-source',
      },
      {
        find: '$150,000',
        label: 'supported-by-source',
        note: 'forecast but attributed headline figure; debatable - a forecast stated by the cited outlet',
      },
    ],
  },
  {
    id: 'P-wire-17',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin slipped 3 pct in Asian hours, CoinDesk reported, as traders cut risk.',
    numbers: [
      {
        find: '3 pct',
        label: 'contradicted',
        note: 'CoinDesk headline contradicted by btc.change_24h +0.40',
      },
    ],
  },
  {
    id: 'P-wire-18',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin dominance rose to 61.2 pct, Bitcoin Magazine said, as BTC gained 0.4 pct and total market value fell 1.3 pct.',
    numbers: [
      {
        find: '61.2 pct',
        label: 'supported',
      },
      {
        find: '0.4 pct',
        label: 'supported',
      },
      {
        find: '1.3 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-19',
    voice: 'wire',
    style: 'daily',
    text: 'Ether traded at $4,180, down 5.4 pct on the day. Solana was down 7.2 pct at $196.',
    numbers: [
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '5.4 pct',
        label: 'contradicted',
        note: '5.4 is eth.change_7d; 24h is -1.80',
      },
      {
        find: '7.2 pct',
        label: 'contradicted',
        note: 'sol.change_24h -3.90; 7.2 is OI change',
      },
      {
        find: '$196',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-20',
    voice: 'wire',
    style: 'daily',
    text: 'XRP fell 1.4 pct to $2.41, just above support at $2.40. Resistance sits at $2.50. XRP open interest dropped 5 pct to $1 billion.',
    numbers: [
      {
        find: '1.4 pct',
        label: 'supported',
      },
      {
        find: '$2.41',
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
        find: '5 pct',
        label: 'supported',
      },
      {
        find: '$1 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-21',
    voice: 'wire',
    style: 'daily',
    text: 'Cardano lost 2.6 pct to $0.638. Polkadot dropped 3.9 pct to $3.18 and NEAR Protocol fell 3.2 pct to $2.60.',
    numbers: [
      {
        find: '2.6 pct',
        label: 'contradicted',
        note: 'ada.change_24h -3.60',
      },
      {
        find: '$0.638',
        label: 'supported',
      },
      {
        find: '3.9 pct',
        label: 'supported',
      },
      {
        find: '$3.18',
        label: 'supported',
      },
      {
        find: '3.2 pct',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-22',
    voice: 'wire',
    style: 'daily',
    text: 'Sui rose 6 pct to $2.75, one of only seven gainers among 30 tracked tokens.',
    numbers: [
      {
        find: '6 pct',
        label: 'contradicted',
        note: '10x slip, sui.change_24h +0.60',
      },
      {
        find: '$2.75',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-23',
    voice: 'wire',
    style: 'daily',
    text: 'Dogecoin funding turned negative at -0.0061 pct per eight hours, and DOGE open interest fell 9 pct to $1.2 billion.',
    numbers: [
      {
        find: '-0.0061 pct',
        label: 'supported',
      },
      {
        find: '9 pct',
        label: 'supported',
      },
      {
        find: '$1.2 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-24',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin traded in a range of $119,200 to $121,815 over 24 hours. It remains below its 30-day swing high of $125,084 and well above the swing low of $111,110.',
    numbers: [
      {
        find: '$119,200',
        label: 'supported',
      },
      {
        find: '$121,815',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$125,084',
        label: 'supported',
      },
      {
        find: '$111,110',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-25',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin's market capitalization stood at $2.42 trillion; ether's at $505 billion. Solana was valued at $107 billion and XRP at $145 billion.",
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
        find: '$107 billion',
        label: 'supported',
      },
      {
        find: '$145 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-26',
    voice: 'wire',
    style: 'daily',
    text: "Ether's market capitalization was $540 billion, data showed, while BNB was valued at $144 billion.",
    numbers: [
      {
        find: '$540 billion',
        label: 'contradicted',
        note: 'eth.market_cap 504.5B',
      },
      {
        find: '$144 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-27',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin volume ran at 0.89 times its seven-day average, at $2.46 billion. Ether volume was $1.31 billion, about 87 pct of its weekly norm.',
    numbers: [
      {
        find: '0.89',
        label: 'supported',
      },
      {
        find: '$2.46 billion',
        label: 'supported',
      },
      {
        find: '$1.31 billion',
        label: 'supported',
      },
      {
        find: '87 pct',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 0.767',
      },
    ],
  },
  {
    id: 'P-wire-28',
    voice: 'wire',
    style: 'daily',
    text: 'Analysts said bitcoin could test $130,000 within weeks if ETF demand holds. Bitcoin hit a record of $126,000 earlier this month.',
    numbers: [
      {
        find: '$130,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history',
      },
    ],
  },
  {
    id: 'P-wire-29',
    voice: 'wire',
    style: 'weekly',
    text: 'WEEKLY: Bitcoin fell 1.2 pct over the week, ether 5.4 pct and solana 7.2 pct. Memecoins lost 13.6 pct, with Shiba Inu down 18.6 pct.',
    numbers: [
      {
        find: '1.2 pct',
        label: 'supported',
      },
      {
        find: '5.4 pct',
        label: 'supported',
      },
      {
        find: '7.2 pct',
        label: 'supported',
      },
      {
        find: '13.6 pct',
        label: 'supported',
      },
      {
        find: '18.6 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-30',
    voice: 'wire',
    style: 'weekly',
    text: 'Over seven days, total open interest fell 7.3 pct. Bitcoin open interest dropped 2.4 pct, ether 9.8 pct and solana 13.6 pct.',
    numbers: [
      {
        find: '7.3 pct',
        label: 'supported',
      },
      {
        find: '2.4 pct',
        label: 'supported',
      },
      {
        find: '9.8 pct',
        label: 'supported',
      },
      {
        find: '13.6 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-31',
    voice: 'wire',
    style: 'weekly',
    text: 'On the week, bitcoin gained 0.4 pct. DePIN tokens rose 2.1 pct and IoTeX jumped 5.9 pct.',
    numbers: [
      {
        find: '0.4 pct',
        label: 'contradicted',
        note: 'weekly style: btc.change_7d -1.20; 0.4 is 24h',
      },
      {
        find: '2.1 pct',
        label: 'supported',
      },
      {
        find: '5.9 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-32',
    voice: 'wire',
    style: 'weekly',
    text: 'Layer 2 tokens fell 10.6 pct in the week. Optimism was the worst, down 11.9 pct; Polygon fared best at -9.4 pct.',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '10.6 pct',
        label: 'supported',
      },
      {
        find: '11.9 pct',
        label: 'supported',
      },
      {
        find: '-9.4 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-33',
    voice: 'wire',
    style: 'weekly',
    text: 'AI tokens fell 9.9 pct over seven days. Fetch.ai sank 17.2 pct, while Render rose 1.9 pct.',
    numbers: [
      {
        find: '9.9 pct',
        label: 'supported',
      },
      {
        find: '17.2 pct',
        label: 'supported',
      },
      {
        find: '1.9 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-34',
    voice: 'wire',
    style: 'weekly',
    text: 'Gaming tokens were down 4.3 pct for the week, with Gala the worst at -11.1 pct.',
    numbers: [
      {
        find: '4.3 pct',
        label: 'contradicted',
        note: 'sector.gaming.change_7d -9.28',
      },
      {
        find: '-11.1 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-35',
    voice: 'wire',
    style: 'sector',
    text: 'SECTORS: Layer 1 tokens slipped 0.2 pct, with 3 of 10 members higher. BNB led, up 1.1 pct. Avalanche fell 4.2 pct.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '0.2 pct',
        label: 'supported',
      },
      {
        find: '3',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '1.1 pct',
        label: 'supported',
      },
      {
        find: '4.2 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-36',
    voice: 'wire',
    style: 'sector',
    text: 'Memecoins fell 5.8 pct; the best performer was Pepe, down 6.8 pct.',
    numbers: [
      {
        find: '5.8 pct',
        label: 'supported',
      },
      {
        find: '6.8 pct',
        label: 'contradicted',
        note: 'best memes 24h is DOGE -5.60; wrong leader',
      },
    ],
  },
  {
    id: 'P-wire-37',
    voice: 'wire',
    style: 'sector',
    text: "AI sector: 1 of 7 tokens rose. The sector's market value fell about $592 million to $13.8 billion.",
    numbers: [
      {
        find: '1@1',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '$592 million',
        label: 'supported',
      },
      {
        find: '$13.8 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-38',
    voice: 'wire',
    style: 'sector',
    text: 'DePIN: all four tokens gained, lifting the group 4.1 pct to a $3.6 billion watchlist value.',
    numbers: [
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '4.1 pct',
        label: 'contradicted',
        note: 'sector.depin.change_24h +1.41; 4.1 is AI drop',
      },
      {
        find: '$3.6 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-39',
    voice: 'wire',
    style: 'daily',
    text: 'Avalanche fell 4.2 pct to $19.74, below $21 resistance. Arbitrum dropped 3.4 pct to $0.289. Optimism traded at $0.442.',
    numbers: [
      {
        find: '4.2 pct',
        label: 'supported',
      },
      {
        find: '$19.74',
        label: 'supported',
      },
      {
        find: '$21',
        label: 'contradicted',
        note: 'avax.resistance 20',
      },
      {
        find: '3.4 pct',
        label: 'supported',
      },
      {
        find: '$0.289',
        label: 'supported',
      },
      {
        find: '$0.442',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-40',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin funding was 0.052 pct per eight hours, and ether funding 0.0019 pct.',
    numbers: [
      {
        find: '0.052 pct',
        label: 'contradicted',
        note: '10x slip, btc.funding_rate 0.0052',
      },
      {
        find: '0.0019 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-41',
    voice: 'wire',
    style: 'daily',
    text: 'Total crypto volume was $241 billion. The market had 23 decliners against 7 advancers.',
    numbers: [
      {
        find: '$241 billion',
        label: 'contradicted',
        note: 'market.volume_24h 214B',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-42',
    voice: 'wire',
    style: 'daily',
    text: 'Solana funding was positive at 0.0034 pct, with longs paying shorts.',
    numbers: [
      {
        find: '0.0034 pct',
        label: 'contradicted',
        note: 'sign wrong, sol.funding_rate -0.0034',
      },
    ],
  },
  {
    id: 'P-wire-43',
    voice: 'wire',
    style: 'daily',
    text: 'Fetch.ai fell 7.4 pct to $0.55, CryptoSlate reported; Worldcoin fell 5.3 pct and The Graph 5.1 pct.',
    numbers: [
      {
        find: '7.4 pct',
        label: 'supported',
      },
      {
        find: '$0.55',
        label: 'supported',
      },
      {
        find: '5.3 pct',
        label: 'supported',
      },
      {
        find: '5.1 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-44',
    voice: 'wire',
    style: 'daily',
    text: 'Bittensor fell 3.5 pct to $319. Virtuals dropped 9.2 pct to $1.35. Render rose 0.8 pct to $3.09.',
    numbers: [
      {
        find: '3.5 pct',
        label: 'supported',
      },
      {
        find: '$319',
        label: 'contradicted',
        note: 'tao.price 391.2, digits transposed',
      },
      {
        find: '9.2 pct',
        label: 'supported',
      },
      {
        find: '$1.35',
        label: 'supported',
      },
      {
        find: '0.8 pct',
        label: 'supported',
      },
      {
        find: '$3.09',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-45',
    voice: 'wire',
    style: 'daily',
    text: 'Shiba Inu dropped 5.9 pct. Pepe fell 4.1 pct. Dogwifhat lost 8.1 pct to $0.677.',
    numbers: [
      {
        find: '5.9 pct',
        label: 'supported',
      },
      {
        find: '4.1 pct',
        label: 'contradicted',
        note: 'pepe.change_24h -6.78',
      },
      {
        find: '8.1 pct',
        label: 'supported',
      },
      {
        find: '$0.677',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-46',
    voice: 'wire',
    style: 'daily',
    text: "Ethereum's 24-hour high was $4,460, exchange data showed.",
    numbers: [
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$4,460',
        label: 'contradicted',
        note: 'eth.high_24h 4259.73',
      },
    ],
  },
  {
    id: 'P-wire-47',
    voice: 'wire',
    style: 'daily',
    text: 'A SUI unlock of 64 million tokens is due next week.',
    numbers: [
      {
        find: '64 million',
        label: 'unsupported',
        note: 'only a Reddit post; not attributed',
      },
    ],
  },
  {
    id: 'P-wire-48',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin volatility over seven days was 26.9 pct annualized, versus 51.2 pct for solana.',
    numbers: [
      {
        find: '26.9 pct',
        label: 'supported',
      },
      {
        find: '51.2 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-49',
    voice: 'wire',
    style: 'daily',
    text: 'Total crypto market cap fell 3.1 pct on the day, while bitcoin dominance edged to 62.1 pct.',
    numbers: [
      {
        find: '3.1 pct',
        label: 'contradicted',
        note: 'market.cap_change_24h -1.3',
      },
      {
        find: '62.1 pct',
        label: 'contradicted',
        note: 'market.btc_dominance 61.20',
      },
    ],
  },
  {
    id: 'P-wire-50',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin is about 3 pct below its $125,000 resistance, analysts noted.',
    numbers: [
      {
        find: '3 pct',
        label: 'unsupported',
        note: 'distance to resistance, derived',
      },
      {
        find: '$125,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-51',
    voice: 'wire',
    style: 'daily',
    text: 'Ether underperformed bitcoin by 2.2 percentage points on the day.',
    numbers: [
      {
        find: '2.2',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
    ],
  },
  {
    id: 'P-wire-52',
    voice: 'wire',
    style: 'daily',
    text: 'Filecoin rose 2.1 pct to $1.96, Helium rose 6.1 pct to $2.72.',
    numbers: [
      {
        find: '2.1 pct',
        label: 'supported',
      },
      {
        find: '$1.96',
        label: 'supported',
      },
      {
        find: '6.1 pct',
        label: 'contradicted',
        note: 'hnt.change_24h +1.60',
      },
      {
        find: '$2.72',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-53',
    voice: 'wire',
    style: 'daily',
    text: 'BNB fell 1.1 pct to $1,039.',
    numbers: [
      {
        find: '1.1 pct',
        label: 'contradicted',
        note: 'direction wrong, bnb.change_24h +1.10',
      },
      {
        find: '$1,039',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-54',
    voice: 'wire',
    style: 'daily',
    text: 'Polkadot rose 3.9 pct, while NEAR fell 6.2 pct.',
    numbers: [
      {
        find: '3.9 pct',
        label: 'contradicted',
        note: 'direction wrong, dot.change_24h -3.90',
      },
      {
        find: '6.2 pct',
        label: 'contradicted',
        note: 'near.change_24h -3.20; 6.2 is 7d',
      },
    ],
  },
  {
    id: 'P-wire-55',
    voice: 'wire',
    style: 'daily',
    text: 'Combined open interest fell about 3.4 pct, The Block reported, while solana positions shrank 7.2 pct.',
    numbers: [
      {
        find: '3.4 pct',
        label: 'supported',
        note: 'fact market.oi_change_24h -3.44 (also in The Block headline)',
      },
      {
        find: '7.2 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-56',
    voice: 'wire',
    style: 'daily',
    text: 'Dogecoin fell 5.6 pct to $0.22, just above $0.21 support.',
    numbers: [
      {
        find: '5.6 pct',
        label: 'supported',
      },
      {
        find: '$0.22',
        label: 'supported',
      },
      {
        find: '$0.21',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-57',
    voice: 'wire',
    style: 'daily',
    text: "Cardano's support sits at $0.62; resistance is at $0.64. Sui resistance is $2.70.",
    numbers: [
      {
        find: '$0.62',
        label: 'supported',
      },
      {
        find: '$0.64',
        label: 'supported',
      },
      {
        find: '$2.70',
        label: 'contradicted',
        note: 'swapped: sui.support 2.7, resistance 2.8',
      },
    ],
  },
  {
    id: 'P-wire-58',
    voice: 'wire',
    style: 'daily',
    text: 'Gala fell 2.4 pct; The Sandbox lost 3.3 pct; Axie Infinity 2.2 pct. Gaming market value stood at $8.6 billion.',
    numbers: [
      {
        find: '2.4 pct',
        label: 'supported',
      },
      {
        find: '3.3 pct',
        label: 'contradicted',
        note: 'sand.change_24h -2.30',
      },
      {
        find: '2.2 pct',
        label: 'supported',
      },
      {
        find: '$8.6 billion',
        label: 'supported',
        note: 'CoinGecko category cap',
      },
    ],
  },
  {
    id: 'P-wire-59',
    voice: 'wire',
    style: 'daily',
    text: 'Total open interest rose 3.4 pct to $18 billion.',
    numbers: [
      {
        find: '3.4 pct',
        label: 'contradicted',
        note: 'direction wrong, market.oi_change_24h -3.44',
      },
      {
        find: '$18 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-60',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin's price could climb to $135,000 by November, one strategist said, citing $1.2 billion of weekly ETF demand.",
    numbers: [
      {
        find: '$135,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$1.2 billion',
        label: 'unsupported',
        note: 'invented ETF flow figure',
      },
    ],
  },
  {
    id: 'P-wire-61',
    voice: 'wire',
    style: 'daily',
    text: 'Ether fell to $4,018 before recovering, with its 24-hour low at $4,022.',
    numbers: [
      {
        find: '$4,018',
        label: 'contradicted',
        note: 'eth.price 4180.37',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$4,022',
        label: 'contradicted',
        note: 'eth.low_24h 4122.04',
      },
    ],
  },
  {
    id: 'P-wire-62',
    voice: 'wire',
    style: 'daily',
    text: "Solana's 30-day swing high stands at $252, while its swing low is $195.31.",
    numbers: [
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$252',
        label: 'contradicted',
        note: 'sol.swing_high_30d 225.99',
      },
      {
        find: '$195.31',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-63',
    voice: 'wire',
    style: 'daily',
    text: 'XRP rose 1.4 pct and BNB gained 11 pct.',
    numbers: [
      {
        find: '1.4 pct',
        label: 'contradicted',
        note: 'direction wrong, xrp.change_24h -1.40',
      },
      {
        find: '11 pct',
        label: 'contradicted',
        note: '10x slip, bnb.change_24h +1.10',
      },
    ],
  },
  {
    id: 'P-wire-64',
    voice: 'wire',
    style: 'daily',
    text: 'Total open interest was $28 billion, down 7.3 pct.',
    numbers: [
      {
        find: '$28 billion',
        label: 'contradicted',
        note: 'market.open_interest 18.0B',
      },
      {
        find: '7.3 pct',
        label: 'contradicted',
        note: '7d value; 24h is -3.44',
      },
    ],
  },
  {
    id: 'P-wire-65',
    voice: 'wire',
    style: 'daily',
    text: 'Ether funding was 0.019 pct, or 20.8 pct annualized.',
    numbers: [
      {
        find: '0.019 pct',
        label: 'contradicted',
        note: '10x slip, eth.funding_rate 0.0019',
      },
      {
        find: '20.8 pct',
        label: 'contradicted',
        note: '10x slip, eth.funding_apr 2.08',
      },
    ],
  },
  {
    id: 'P-wire-66',
    voice: 'wire',
    style: 'daily',
    text: 'Cointelegraph said bitcoin funding turned sharply negative, with shorts paying longs at -0.01 pct per eight hours.',
    numbers: [
      {
        find: '-0.01 pct',
        label: 'contradicted',
        note: 'btc.funding_rate +0.0052; longs pay shorts',
      },
    ],
  },
  {
    id: 'P-wire-67',
    voice: 'wire',
    style: 'daily',
    text: 'Spot bitcoin ETFs drew $240 million in net inflows, CoinDesk reported.',
    numbers: [
      {
        find: '$240 million',
        label: 'contradicted',
        note: 'CoinDesk headline says $420 million',
      },
    ],
  },
  {
    id: 'P-wire-68',
    voice: 'wire',
    style: 'daily',
    text: 'Litecoin fell 4.4 pct and Chainlink dropped 5.2 pct.',
    numbers: [
      {
        find: '4.4 pct',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
      {
        find: '5.2 pct',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
    ],
  },
  {
    id: 'P-wire-69',
    voice: 'wire',
    style: 'daily',
    text: 'The Graph fell 1.5 pct to $0.078. Worldcoin traded at $0.90, down 3.5 pct.',
    numbers: [
      {
        find: '1.5 pct',
        label: 'contradicted',
        note: 'grt.change_24h -5.10',
      },
      {
        find: '$0.078',
        label: 'supported',
      },
      {
        find: '$0.90',
        label: 'supported',
      },
      {
        find: '3.5 pct',
        label: 'contradicted',
        note: 'wld.change_24h -5.30',
      },
    ],
  },
  {
    id: 'P-wire-70',
    voice: 'wire',
    style: 'daily',
    text: 'Memecoins were the best-performing sector, down only 1.4 pct.',
    numbers: [
      {
        find: '1.4 pct',
        label: 'contradicted',
        note: 'memes -5.78 worst sector; 1.4 is DePIN gain',
      },
    ],
  },
  {
    id: 'P-wire-71',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin's share of total crypto value was 51.2 pct, its highest since 2021, analysts said.",
    numbers: [
      {
        find: '51.2 pct',
        label: 'contradicted',
        note: 'market.btc_dominance 61.20',
      },
      {
        find: '2021',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-wire-72',
    voice: 'wire',
    style: 'daily',
    text: 'The US consumer price index rose 0.3 pct last month and the 10-year Treasury yield was 4.1 pct.',
    numbers: [
      {
        find: '0.3 pct',
        label: 'unsupported',
        note: 'macro figure',
      },
      {
        find: '10-year',
        label: 'ignored',
      },
      {
        find: '4.1 pct',
        label: 'unsupported',
        note: 'macro figure',
      },
    ],
  },
  {
    id: 'P-wire-73',
    voice: 'wire',
    style: 'daily',
    text: 'Pepe fell 6.8 pct to $0.0000081; Shiba Inu was at $0.0000118 after a 9.9 pct drop.',
    numbers: [
      {
        find: '6.8 pct',
        label: 'supported',
      },
      {
        find: '$0.0000081',
        label: 'supported',
      },
      {
        find: '$0.0000118',
        label: 'supported',
      },
      {
        find: '9.9 pct',
        label: 'contradicted',
        note: 'shib.change_24h -5.89',
      },
    ],
  },
  {
    id: 'P-wire-74',
    voice: 'wire',
    style: 'sector',
    text: 'Layer 1 tokens fell 2.2 pct on the day, with 7 of 10 members lower. Sui was the top gainer, up 0.6 pct.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '2.2 pct',
        label: 'contradicted',
        note: 'l1 24h -0.18; 2.2 is 7d',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '0.6 pct',
        label: 'contradicted',
        note: 'wrong leader: best L1 24h is BNB +1.10; Sui value right but rank wrong',
      },
    ],
  },
  {
    id: 'P-wire-75',
    voice: 'wire',
    style: 'sector',
    text: 'Layer 2s dropped 3.2 pct; Arbitrum was the worst performer at -3.4 pct.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3.2 pct',
        label: 'supported',
      },
      {
        find: '-3.4 pct',
        label: 'contradicted',
        note: 'worst L2 24h is OP -3.60',
      },
    ],
  },
  {
    id: 'P-wire-76',
    voice: 'wire',
    style: 'sector',
    text: 'Gaming tokens fell 2.6 pct to a $2.2 billion watchlist value, with two of four members down.',
    numbers: [
      {
        find: '2.6 pct',
        label: 'supported',
      },
      {
        find: '$2.2 billion',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'contradicted',
        note: 'gaming decliners 4 of 4',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-77',
    voice: 'wire',
    style: 'weekly',
    text: 'This week, ether fell 1.8 pct and XRP lost 3.7 pct. Sui was the only large-cap Layer 1 gainer, up 0.4 pct.',
    numbers: [
      {
        find: '1.8 pct',
        label: 'contradicted',
        note: 'weekly: eth.change_7d -5.40; 1.8 is 24h',
      },
      {
        find: '3.7 pct',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '0.4 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-78',
    voice: 'wire',
    style: 'weekly',
    text: 'Memecoins fell 5.8 pct over seven days; Pepe held up best at -11.8 pct.',
    numbers: [
      {
        find: '5.8 pct',
        label: 'contradicted',
        note: 'weekly: memes 7d -13.59; 5.8 is 24h',
      },
      {
        find: '-11.8 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-79',
    voice: 'wire',
    style: 'weekly',
    text: 'Dogecoin lost 12.7 pct on the week and its open interest fell 15.4 pct. Shiba Inu sank 8.6 pct.',
    numbers: [
      {
        find: '12.7 pct',
        label: 'supported',
      },
      {
        find: '15.4 pct',
        label: 'supported',
      },
      {
        find: '8.6 pct',
        label: 'contradicted',
        note: 'shib.change_7d -18.58',
      },
    ],
  },
  {
    id: 'P-wire-80',
    voice: 'wire',
    style: 'daily',
    text: "Near Protocol rose 3.2 pct to $2.06. Polkadot's support sits at $3.20.",
    numbers: [
      {
        find: '3.2 pct',
        label: 'contradicted',
        note: 'direction wrong, near.change_24h -3.20',
      },
      {
        find: '$2.06',
        label: 'contradicted',
        note: 'near.price 2.604',
      },
      {
        find: '$3.20',
        label: 'contradicted',
        note: 'swapped: dot.support 3, resistance 3.2',
      },
    ],
  },
  {
    id: 'P-wire-81',
    voice: 'wire',
    style: 'daily',
    text: 'Ether open interest rose 6.5 pct to $6 billion, while XRP open interest fell 50 pct.',
    numbers: [
      {
        find: '6.5 pct',
        label: 'contradicted',
        note: 'direction wrong, eth.oi_change_24h -6.50',
      },
      {
        find: '$6 billion',
        label: 'supported',
      },
      {
        find: '50 pct',
        label: 'contradicted',
        note: '10x slip, xrp.oi_change_24h -5.0',
      },
    ],
  },
  {
    id: 'P-wire-82',
    voice: 'wire',
    style: 'daily',
    text: 'Avalanche lost 8.2 pct on the day to $19.74. Bitcoin traded 2 pct above its $120,000 support.',
    numbers: [
      {
        find: '8.2 pct',
        label: 'contradicted',
        note: 'avax 24h -4.20; 8.2 is 7d',
      },
      {
        find: '$19.74',
        label: 'supported',
      },
      {
        find: '2 pct@2',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: '$120,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-wire-83',
    voice: 'wire',
    style: 'daily',
    text: 'Total crypto volume of $214 billion compared with about $250 billion a week ago.',
    numbers: [
      {
        find: '$214 billion',
        label: 'supported',
      },
      {
        find: '$250 billion',
        label: 'unsupported',
        note: 'invented comparison',
      },
    ],
  },
];
