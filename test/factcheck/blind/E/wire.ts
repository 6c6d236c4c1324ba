import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-wire-01',
    voice: 'wire',
    style: 'daily',
    text: "LONDON, Dec 5 - Bitcoin was little changed on Saturday, trading at $107,846, up 0.2 pct on the day, as thin weekend volumes kept the world's largest cryptocurrency inside a range it has held for weeks.",
    numbers: [
      {
        find: '5',
        label: 'ignored',
      },
      {
        find: '107,846',
        label: 'supported',
      },
      {
        find: '0.2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-02',
    voice: 'wire',
    style: 'daily',
    text: 'NEW YORK, Dec 5 - Ether fell 2.6 pct to $3,702 on Saturday, underperforming bitcoin, which rose 0.2 pct. Funding rates on ether perpetual futures turned negative, data showed.',
    numbers: [
      {
        find: '5',
        label: 'ignored',
      },
      {
        find: '2.6',
        label: 'supported',
      },
      {
        find: '3,702',
        label: 'supported',
      },
      {
        find: '0.2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-03',
    voice: 'wire',
    style: 'daily',
    text: 'SINGAPORE, Dec 5 - Dogecoin jumped 6.8 pct to $0.209 and dogwifhat surged 21.2 pct, leading a rally in meme tokens that lifted the sector 6.5 pct, while most large-cap coins drifted.',
    numbers: [
      {
        find: '5@1',
        label: 'ignored',
      },
      {
        find: '6.8',
        label: 'supported',
      },
      {
        find: '0.209',
        label: 'supported',
      },
      {
        find: '21.2',
        label: 'contradicted',
        note: 'fact wif.change_24h 11.23',
      },
      {
        find: '6.5',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-04',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin 107,846 dlrs, +0.18 pct. Ether 3,702 dlrs, -2.63 pct. Solana 163.84 dlrs, -1.42 pct. XRP 2.4391 dlrs, +0.82 pct. BNB 996.40 dlrs, -1.58 pct. Dogecoin 0.2087 dlrs, +6.84 pct.',
    numbers: [
      {
        find: '107,846',
        label: 'supported',
      },
      {
        find: '0.18',
        label: 'supported',
      },
      {
        find: '3,702',
        label: 'supported',
      },
      {
        find: '2.63',
        label: 'supported',
      },
      {
        find: '163.84',
        label: 'supported',
      },
      {
        find: '1.42',
        label: 'supported',
      },
      {
        find: '2.4391',
        label: 'supported',
      },
      {
        find: '0.82',
        label: 'supported',
      },
      {
        find: '996.40',
        label: 'supported',
      },
      {
        find: '1.58',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.58',
      },
      {
        find: '0.2087',
        label: 'supported',
      },
      {
        find: '6.84',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-05',
    voice: 'wire',
    style: 'daily',
    text: "The total value of all cryptocurrencies slipped 0.5 pct to $3.49 trillion, according to market data. Bitcoin's share held at 61.8 pct. Of 30 major tokens tracked, 15 rose and 17 fell.",
    numbers: [
      {
        find: '0.5',
        label: 'supported',
      },
      {
        find: '3.49',
        label: 'supported',
      },
      {
        find: '61.8',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '15',
        label: 'contradicted',
        note: 'fact market.advancers_24h 13',
      },
      {
        find: '17',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-06',
    voice: 'wire',
    style: 'daily',
    text: "The total value of all cryptocurrencies rose 0.5 pct to $3.49 trillion. Bitcoin's share of the market rose to 65.2 pct.",
    numbers: [
      {
        find: '0.5',
        label: 'contradicted',
        note: 'direction: market.cap_change_24h -0.47',
      },
      {
        find: '3.49',
        label: 'supported',
      },
      {
        find: '65.2',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.79',
      },
    ],
  },
  {
    id: 'E-wire-07',
    voice: 'wire',
    style: 'daily',
    text: 'Open interest in bitcoin perpetual futures fell 2.4 pct to $8.6 billion, while ether open interest dropped 3.6 pct to $5.0 billion, according to exchange data. Dogecoin open interest rose 14.6 pct.',
    numbers: [
      {
        find: '2.4',
        label: 'supported',
      },
      {
        find: '8.6',
        label: 'supported',
      },
      {
        find: '3.6',
        label: 'supported',
      },
      {
        find: '5.0',
        label: 'supported',
      },
      {
        find: '14.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-08',
    voice: 'wire',
    style: 'daily',
    text: 'Open interest in bitcoin perpetual futures fell 12.4 pct to $6.8 billion. Dogecoin open interest fell 14.6 pct.',
    numbers: [
      {
        find: '12.4',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h -2.4',
      },
      {
        find: '6.8',
        label: 'contradicted',
        note: 'fact btc.open_interest 8.61B',
      },
      {
        find: '14.6',
        label: 'contradicted',
        note: 'direction: doge.oi_change_24h +14.6',
      },
    ],
  },
  {
    id: 'E-wire-09',
    voice: 'wire',
    style: 'daily',
    text: 'Funding on dogecoin perpetual swaps climbed to 0.0318 pct per eight hours, equivalent to about 35 pct a year, Cointelegraph reported, citing derivatives data. Open interest jumped 15 pct, the outlet said.',
    numbers: [
      {
        find: '0.0318',
        label: 'supported',
      },
      {
        find: '35',
        label: 'supported',
      },
      {
        find: '15',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-10',
    voice: 'wire',
    style: 'daily',
    text: 'Funding on ether perpetuals dipped below zero, at minus 0.0034 pct per eight hours, meaning short sellers were paying longs, CoinDesk reported. Ether slid 4 pct, the outlet said.',
    numbers: [
      {
        find: '0.0034',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63; headline contradicted',
      },
    ],
  },
  {
    id: 'E-wire-11',
    voice: 'wire',
    style: 'daily',
    text: 'Spot bitcoin exchange-traded funds posted net outflows of $148 million on Friday, Bitcoin Magazine reported, citing Farside Investors data. It was the second straight session of redemptions.',
    numbers: [
      {
        find: '148',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'E-wire-12',
    voice: 'wire',
    style: 'daily',
    text: 'Spot bitcoin exchange-traded funds posted net outflows of $148 million on Friday, their third straight session of redemptions.',
    numbers: [
      {
        find: '148',
        label: 'unsupported',
        note: 'headline figure not attributed',
      },
      {
        find: 'third',
        label: 'unsupported',
        note: 'headline says second session',
      },
    ],
  },
  {
    id: 'E-wire-13',
    voice: 'wire',
    style: 'daily',
    text: 'Filecoin dropped 5.8 pct, leading declines in decentralized infrastructure tokens, which fell 4.8 pct as a group. Helium lost 3.9 pct and IoTeX 4.6 pct.',
    numbers: [
      {
        find: '5.8',
        label: 'supported',
      },
      {
        find: '4.8',
        label: 'supported',
      },
      {
        find: '3.9',
        label: 'supported',
      },
      {
        find: '4.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-14',
    voice: 'wire',
    style: 'daily',
    text: 'Filecoin dropped 8.5 pct to $2.05. Helium lost 1.9 pct and Render 6.5 pct.',
    numbers: [
      {
        find: '8.5',
        label: 'contradicted',
        note: 'fact fil.change_24h -5.83',
      },
      {
        find: '2.05',
        label: 'supported',
      },
      {
        find: '1.9',
        label: 'contradicted',
        note: 'fact hnt.change_24h -3.94',
      },
      {
        find: '6.5',
        label: 'contradicted',
        note: '24h: 6.54 is 7d; render.change_24h -4.18',
      },
    ],
  },
  {
    id: 'E-wire-15',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin traded between $106,150 and $108,181 over the past 24 hours. Traders cited support at $105,000 and resistance at $115,000.',
    numbers: [
      {
        find: '106,150',
        label: 'supported',
      },
      {
        find: '108,181',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '105,000',
        label: 'supported',
      },
      {
        find: '115,000',
        label: 'contradicted',
        note: 'fact btc.resistance 110000',
      },
    ],
  },
  {
    id: 'E-wire-16',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin traded between $104,150 and $109,181 over the past 24 hours. Traders cited support at $100,000.',
    numbers: [
      {
        find: '104,150',
        label: 'contradicted',
        note: 'fact btc.low_24h 106150',
      },
      {
        find: '109,181',
        label: 'contradicted',
        note: 'fact btc.high_24h 108181',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '100,000',
        label: 'contradicted',
        note: 'fact btc.support 105000',
      },
    ],
  },
  {
    id: 'E-wire-17',
    voice: 'wire',
    style: 'daily',
    text: "Layer-2 tokens fell 1.0 pct, with Optimism down 2.4 pct and Arbitrum down 1.8 pct. Polygon's POL rose 1.4 pct, the only gainer in the group, The Block reported.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '1.0',
        label: 'supported',
      },
      {
        find: '2.4',
        label: 'supported',
      },
      {
        find: '1.8',
        label: 'supported',
      },
      {
        find: '1.4',
        label: 'contradicted',
        note: 'fact pol.change_24h 0.41',
      },
    ],
  },
  {
    id: 'E-wire-18',
    voice: 'wire',
    style: 'daily',
    text: 'Layer-2 tokens fell 3 pct, The Block reported. Optimism was down 4.4 pct.',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '3',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98; The Block headline contradicted',
      },
      {
        find: '4.4',
        label: 'contradicted',
        note: '24h: 4.44 is 7d; op.change_24h -2.42',
      },
    ],
  },
  {
    id: 'E-wire-19',
    voice: 'wire',
    style: 'daily',
    text: 'Tokens tied to artificial intelligence were broadly flat, up 0.2 pct. Virtuals Protocol rose 5.6 pct, Bittensor 3.4 pct and FET 3.2 pct, while Render lost 4.2 pct and Worldcoin 3.3 pct, Cointelegraph said. Three of seven rose.',
    numbers: [
      {
        find: '0.2',
        label: 'supported',
      },
      {
        find: '5.6',
        label: 'supported',
      },
      {
        find: '3.4',
        label: 'supported',
      },
      {
        find: '3.2',
        label: 'supported',
      },
      {
        find: '4.2',
        label: 'supported',
      },
      {
        find: '3.3',
        label: 'supported',
      },
      {
        find: 'Three',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-20',
    voice: 'wire',
    style: 'daily',
    text: 'Bittensor climbed 3 pct, Decrypt reported, but the wider AI sector went nowhere. Of the seven tokens tracked, four rose, the outlet said.',
    numbers: [
      {
        find: '3',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 3',
      },
    ],
  },
  {
    id: 'E-wire-21',
    voice: 'wire',
    style: 'daily',
    text: 'Solana fell 1.4 pct to $163.84; open interest in SOL perpetuals declined 1.9 pct to $1.38 billion. Funding held at 0.0061 pct.',
    numbers: [
      {
        find: '1.4',
        label: 'supported',
      },
      {
        find: '163.84',
        label: 'supported',
      },
      {
        find: '1.9',
        label: 'supported',
      },
      {
        find: '1.38',
        label: 'supported',
      },
      {
        find: '0.0061',
        label: 'contradicted',
        note: 'fact sol.funding_rate 0.00214',
      },
    ],
  },
  {
    id: 'E-wire-22',
    voice: 'wire',
    style: 'daily',
    text: 'Solana fell 3.4 pct to $163.84; open interest in SOL perpetuals declined 4.4 pct.',
    numbers: [
      {
        find: '3.4',
        label: 'contradicted',
        note: 'fact sol.change_24h -1.42',
      },
      {
        find: '163.84',
        label: 'supported',
      },
      {
        find: '4.4',
        label: 'contradicted',
        note: '24h: 4.4 is 7d; sol.oi_change_24h -1.9',
      },
    ],
  },
  {
    id: 'E-wire-23',
    voice: 'wire',
    style: 'daily',
    text: 'XRP edged up 0.8 pct to $2.44, CryptoSlate reported. Open interest in XRP perpetuals rose 0.7 pct to $1.01 billion; funding was 0.0052 pct per eight hours.',
    numbers: [
      {
        find: '0.8',
        label: 'supported',
      },
      {
        find: '2.44',
        label: 'supported',
      },
      {
        find: '0.7',
        label: 'supported',
      },
      {
        find: '1.01',
        label: 'supported',
      },
      {
        find: '0.0052',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-24',
    voice: 'wire',
    style: 'daily',
    text: 'XRP edged up 0.8 pct to $2.64. Open interest rose 7 pct to $1.01 billion.',
    numbers: [
      {
        find: '0.8',
        label: 'supported',
      },
      {
        find: '2.64',
        label: 'contradicted',
        note: 'fact xrp.price 2.4391',
      },
      {
        find: '7',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 0.7',
      },
      {
        find: '1.01',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-25',
    voice: 'wire',
    style: 'daily',
    text: "Pepe rallied 9.5 pct, Cointelegraph reported. Shiba Inu gained 3.1 pct. The meme sector's market value rose by about $2.5 billion to $41.7 billion.",
    numbers: [
      {
        find: '9.5',
        label: 'supported',
      },
      {
        find: '3.1',
        label: 'supported',
      },
      {
        find: '2.5',
        label: 'supported',
      },
      {
        find: '41.7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-26',
    voice: 'wire',
    style: 'daily',
    text: "Pepe rallied 19 pct. Shiba Inu gained 8.1 pct. The meme sector's market value rose $25 billion.",
    numbers: [
      {
        find: '19',
        label: 'contradicted',
        note: 'fact pepe.change_24h 9.47',
      },
      {
        find: '8.1',
        label: 'contradicted',
        note: 'fact shib.change_24h 3.12',
      },
      {
        find: '25',
        label: 'contradicted',
        note: 'fact memes.market_cap_change_24h 2.54B (10x)',
      },
    ],
  },
  {
    id: 'E-wire-27',
    voice: 'wire',
    style: 'daily',
    text: 'Trading volume in bitcoin was about 31 pct below its seven-day average at $1.87 billion, while total crypto turnover reached $186 billion over 24 hours.',
    numbers: [
      {
        find: '31',
        label: 'supported',
      },
      {
        find: '1.87',
        label: 'supported',
      },
      {
        find: '186',
        label: 'contradicted',
        note: 'fact market.volume_24h 106.4B',
      },
      {
        find: '24',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-wire-28',
    voice: 'wire',
    style: 'daily',
    text: 'Trading volume in bitcoin was about 50 pct below its seven-day average at $2.87 billion.',
    numbers: [
      {
        find: '50',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 0.69 = 31 pct below',
      },
      {
        find: '2.87',
        label: 'contradicted',
        note: 'fact btc.volume_24h 1.87B',
      },
    ],
  },
  {
    id: 'E-wire-29',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin's dominance held near 62 pct, CryptoSlate reported, citing CoinGecko. Ether lost ground, falling to $3,700, the outlet said.",
    numbers: [
      {
        find: '62',
        label: 'supported',
      },
      {
        find: '3,700',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-30',
    voice: 'wire',
    style: 'daily',
    text: 'Sui rose 1.6 pct to $2.50 after a validator upgrade went live, Decrypt reported. Avalanche fell 3.3 pct and Cardano 1.9 pct.',
    numbers: [
      {
        find: '1.6',
        label: 'supported',
      },
      {
        find: '2.50',
        label: 'supported',
      },
      {
        find: '3.3',
        label: 'contradicted',
        note: 'fact avax.change_24h -2.31',
      },
      {
        find: '1.9',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-31',
    voice: 'wire',
    style: 'daily',
    text: 'Sui rose 6.5 pct to $2.50 after a validator upgrade, Decrypt reported. Cardano fell 3.9 pct.',
    numbers: [
      {
        find: '6.5',
        label: 'contradicted',
        note: '24h: 6.49 is 30d; sui.change_24h 1.61',
      },
      {
        find: '2.50',
        label: 'supported',
      },
      {
        find: '3.9',
        label: 'contradicted',
        note: 'fact ada.change_24h -1.93',
      },
    ],
  },
  {
    id: 'E-wire-32',
    voice: 'wire',
    style: 'daily',
    text: 'Analysts at one trading firm said bitcoin could reach $130,000 by the end of the first quarter. Bitcoin last traded at $107,846.',
    numbers: [
      {
        find: '130,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '107,846',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-33',
    voice: 'wire',
    style: 'daily',
    text: 'Mining difficulty is expected to drop by around 2 pct at the next adjustment, Bitcoin Magazine reported.',
    numbers: [
      {
        find: '2',
        label: 'unsupported',
        note: 'no source gives a figure',
      },
    ],
  },
  {
    id: 'E-wire-34',
    voice: 'wire',
    style: 'weekly',
    text: 'Bitcoin fell 2.1 pct over the week, while ether dropped 4.0 pct and solana 5.4 pct. Meme tokens gained 2.9 pct.',
    numbers: [
      {
        find: '2.1',
        label: 'supported',
      },
      {
        find: '4.0',
        label: 'supported',
      },
      {
        find: '5.4',
        label: 'supported',
      },
      {
        find: '2.9',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-35',
    voice: 'wire',
    style: 'weekly',
    text: 'Bitcoin fell 0.2 pct over the week, while ether dropped 2.6 pct. Polkadot gained 3.2 pct, the best among major platforms.',
    numbers: [
      {
        find: '0.2',
        label: 'contradicted',
        note: 'weekly: 0.18 is 24h (and up); btc.change_7d -2.13',
      },
      {
        find: '2.6',
        label: 'contradicted',
        note: 'weekly: 2.63 is 24h; eth.change_7d -3.98',
      },
      {
        find: '3.2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-36',
    voice: 'wire',
    style: 'weekly',
    text: 'Decentralized infrastructure tokens lost 8.6 pct over the week, with Filecoin down 10.7 pct. Total open interest dropped 4.6 pct over the period.',
    numbers: [
      {
        find: '8.6',
        label: 'supported',
      },
      {
        find: '10.7',
        label: 'supported',
      },
      {
        find: '4.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-37',
    voice: 'wire',
    style: 'weekly',
    text: 'Decentralized infrastructure tokens lost 15 pct over the week, with Filecoin down 14.1 pct. Dogecoin open interest rose 22.3 pct.',
    numbers: [
      {
        find: '15',
        label: 'contradicted',
        note: 'fact depin.change_7d -8.60',
      },
      {
        find: '14.1',
        label: 'contradicted',
        note: '7d: 14.15 is 30d; fil.change_7d -10.69',
      },
      {
        find: '22.3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-38',
    voice: 'wire',
    style: 'weekly',
    text: 'Gaming tokens fell 4.2 pct over seven days as The Sandbox dropped 10.0 pct. Axie Infinity, up 1.4 pct, was the only gainer. AI tokens lost 3.4 pct; Worldcoin fell 7.9 pct.',
    numbers: [
      {
        find: '4.2',
        label: 'supported',
      },
      {
        find: '10.0',
        label: 'supported',
      },
      {
        find: '1.4',
        label: 'supported',
      },
      {
        find: '3.4',
        label: 'supported',
      },
      {
        find: '7.9',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-39',
    voice: 'wire',
    style: 'weekly',
    text: 'Gaming tokens fell 2.3 pct over seven days. AI tokens lost 5.2 pct, with Worldcoin down 7.9 pct.',
    numbers: [
      {
        find: '2.3',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -4.16',
      },
      {
        find: '5.2',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d -3.43 (5.2 is VIRTUAL)',
      },
      {
        find: '7.9',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-40',
    voice: 'wire',
    style: 'sector',
    text: 'Meme coins rose 6.5 pct on Saturday, CryptoSlate reported, as traders rotated out of DePIN tokens. All four tracked meme tokens gained. The sector is up 10.7 pct over 30 days.',
    numbers: [
      {
        find: '6.5',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '10.7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-wire-41',
    voice: 'wire',
    style: 'sector',
    text: "Meme coins rose 6 pct, CryptoSlate said. The sector has gained 17.7 pct over 30 days, led by Pepe's 15.4 pct rise.",
    numbers: [
      {
        find: '6',
        label: 'supported',
      },
      {
        find: '17.7',
        label: 'contradicted',
        note: 'fact sector.memes.change_30d 10.69',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '15.4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-42',
    voice: 'wire',
    style: 'daily',
    text: 'BNB slipped 0.6 pct to $996.40, just below resistance at $1,000. Polkadot fell 1.1 pct to $3.16, and NEAR Protocol lost 2.2 pct to $2.78.',
    numbers: [
      {
        find: '0.6',
        label: 'supported',
      },
      {
        find: '996.40',
        label: 'supported',
      },
      {
        find: '1,000',
        label: 'supported',
      },
      {
        find: '1.1',
        label: 'supported',
      },
      {
        find: '3.16',
        label: 'supported',
      },
      {
        find: '2.2',
        label: 'contradicted',
        note: 'fact near.change_24h -1.22',
      },
      {
        find: '2.78',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-43',
    voice: 'wire',
    style: 'daily',
    text: "Avalanche dropped 2.3 pct to $19.73, its market value at $8.0 billion. Cardano's market capitalization stood at $30.5 billion.",
    numbers: [
      {
        find: '2.3',
        label: 'supported',
      },
      {
        find: '19.73',
        label: 'contradicted',
        note: 'fact avax.price 18.73',
      },
      {
        find: '8.0',
        label: 'supported',
      },
      {
        find: '30.5',
        label: 'contradicted',
        note: 'fact ada.market_cap 20.48B',
      },
    ],
  },
  {
    id: 'E-wire-44',
    voice: 'wire',
    style: 'daily',
    text: 'Immutable fell 0.9 pct, The Sandbox 2.3 pct, while Axie Infinity rose 1.1 pct and Gala 0.6 pct. Gaming tokens fell 0.6 pct overall, with three of four lower.',
    numbers: [
      {
        find: '0.9',
        label: 'supported',
      },
      {
        find: '2.3',
        label: 'supported',
      },
      {
        find: '1.1',
        label: 'supported',
      },
      {
        find: '0.6@1',
        label: 'supported',
      },
      {
        find: '0.6@2',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'fact gaming.decliners_24h 2',
      },
    ],
  },
  {
    id: 'E-wire-45',
    voice: 'wire',
    style: 'daily',
    text: 'Worldcoin fell 3.3 pct to $0.763 and Render 4.2 pct to $2.76, Cointelegraph reported. Worldcoin is down 17.9 pct over the week.',
    numbers: [
      {
        find: '3.3',
        label: 'supported',
      },
      {
        find: '0.763',
        label: 'supported',
      },
      {
        find: '4.2',
        label: 'supported',
      },
      {
        find: '2.76',
        label: 'supported',
      },
      {
        find: '17.9',
        label: 'contradicted',
        note: 'fact wld.change_7d -7.88',
      },
    ],
  },
  {
    id: 'E-wire-46',
    voice: 'wire',
    style: 'daily',
    text: 'The average funding rate across major perpetual markets, weighted by open interest, stood at 0.0036 pct per eight hours. Total open interest was $17 billion, down 1.7 pct. Bitcoin funding annualized at 15.1 pct.',
    numbers: [
      {
        find: '0.0036',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '1.7',
        label: 'supported',
      },
      {
        find: '15.1',
        label: 'contradicted',
        note: 'fact btc.funding_apr 5.07',
      },
    ],
  },
  {
    id: 'E-wire-47',
    voice: 'wire',
    style: 'daily',
    text: "Ether's 30-day realized volatility stood at 47 pct, versus 27 pct for bitcoin. Ether's seven-day figure was 54 pct.",
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '47',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '54',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 34.1',
      },
    ],
  },
  {
    id: 'E-wire-48',
    voice: 'wire',
    style: 'daily',
    text: 'Combined open interest in the largest Binance perpetuals slipped about 2 pct in a day, CoinDesk reported. Dogecoin open interest climbed roughly 25 pct, the outlet said.',
    numbers: [
      {
        find: '2@1',
        label: 'supported',
      },
      {
        find: '25',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 14.6; headline says 15',
      },
    ],
  },
  {
    id: 'E-wire-49',
    voice: 'wire',
    style: 'weekly',
    text: "Ether open interest declined 7.1 pct over seven days, bitcoin's 5.8 pct and solana's 1.9 pct. Dogecoin's rose 32 pct.",
    numbers: [
      {
        find: '7.1',
        label: 'supported',
      },
      {
        find: '5.8',
        label: 'supported',
      },
      {
        find: '1.9',
        label: 'contradicted',
        note: 'weekly: 1.9 is 24h; sol.oi_change_7d -4.4',
      },
      {
        find: '32',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d 22.3',
      },
    ],
  },
  {
    id: 'E-wire-50',
    voice: 'wire',
    style: 'weekly',
    text: 'Layer-1 tokens lost 2.3 pct over the week, shedding about $72 billion in market value. Only three of the ten rose.',
    numbers: [
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: '2.3',
        label: 'supported',
      },
      {
        find: '72',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'ten',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-wire-51',
    voice: 'wire',
    style: 'daily',
    text: 'Helium fell 3.9 pct to $2.87, while IoTeX lost 2.6 pct and Render 4.2 pct. The DePIN sector has lost 20.6 pct over 30 days.',
    numbers: [
      {
        find: '3.9',
        label: 'supported',
      },
      {
        find: '2.87',
        label: 'supported',
      },
      {
        find: '2.6',
        label: 'contradicted',
        note: 'fact iotx.change_24h -4.62',
      },
      {
        find: '4.2',
        label: 'supported',
      },
      {
        find: '20.6',
        label: 'contradicted',
        note: 'fact depin.change_30d -10.58',
      },
      {
        find: '30',
        label: 'ignored',
      },
    ],
  },
];
