import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Z-wire-01',
    voice: 'wire',
    style: 'daily',
    text: 'SOLANA JUMPS 11.2 PCT TO MONTH HIGH AS NETWORK UPGRADE GOES LIVE; BITCOIN LITTLE CHANGED AT $113,384',
    numbers: [
      {
        find: '11.2',
        label: 'supported',
        note: 'sol.change_24h',
      },
      {
        find: '113,384',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-02',
    voice: 'wire',
    style: 'daily',
    text: "Sept 10 - Solana's SOL token rose 11.2 pct over the past 24 hours to $232.86, its highest level in a month, after a network upgrade went live, market data showed. Bitcoin gained 0.3 pct to $113,384, while ether fell 0.8 pct to $3,874. SOL touched a session high of $232.91 after trading as low as $208.94. Trading volume in the token ran at roughly three times its seven-day average, according to CryptoSlate.",
    numbers: [
      {
        find: '10',
        label: 'ignored',
      },
      {
        find: '11.2',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '232.86',
        label: 'supported',
      },
      {
        find: '0.3',
        label: 'supported',
      },
      {
        find: '113,384',
        label: 'supported',
      },
      {
        find: '0.8',
        label: 'supported',
      },
      {
        find: '3,874',
        label: 'supported',
      },
      {
        find: '232.91',
        label: 'supported',
      },
      {
        find: '208.94',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
        note: 'sol.volume_ratio_7d 2.98',
      },
    ],
  },
  {
    id: 'Z-wire-03',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin was up 1.2 pct at $113,400 in late Asian trade, holding inside a $110,000-$115,000 range that has capped it for weeks, traders said. Its market value stood at about $2.26 trillion.',
    numbers: [
      {
        find: '1.2',
        label: 'contradicted',
        note: 'btc.change_24h 0.32',
      },
      {
        find: '113,400',
        label: 'supported',
      },
      {
        find: '110,000',
        label: 'supported',
        note: 'btc.support',
      },
      {
        find: '115,000',
        label: 'supported',
        note: 'btc.resistance',
      },
      {
        find: '2.26',
        label: 'supported',
        note: 'btc.market_cap 2.259T',
      },
    ],
  },
  {
    id: 'Z-wire-04',
    voice: 'wire',
    style: 'daily',
    text: 'Ether slid 0.8 pct to $3,874.30. The second-largest token has lost 1.9 pct over seven days and traded between $3,842 and $3,921 in the session. CoinDesk reported ether sank below $3,800 in late trading.',
    numbers: [
      {
        find: '0.8',
        label: 'supported',
      },
      {
        find: '3,874.30',
        label: 'supported',
      },
      {
        find: '1.9',
        label: 'supported',
        note: 'eth.change_7d',
      },
      {
        find: '3,842',
        label: 'supported',
        note: 'eth.low_24h 3841.98',
      },
      {
        find: '3,921',
        label: 'supported',
        note: 'eth.high_24h 3921.05',
      },
      {
        find: '3,800',
        label: 'contradicted',
        note: 'headline contradicted: eth.low_24h 3841.98',
      },
    ],
  },
  {
    id: 'Z-wire-05',
    voice: 'wire',
    style: 'daily',
    text: 'ETHER FALLS 2.4 PCT AS TRADERS ROTATE INTO SOLANA',
    numbers: [
      {
        find: '2.4',
        label: 'contradicted',
        note: 'eth.change_24h -0.8',
      },
    ],
  },
  {
    id: 'Z-wire-06',
    voice: 'wire',
    style: 'daily',
    text: "Open interest in SOL perpetual futures rose 19.2 pct in 24 hours to $3.9 billion, while funding on the contracts reached 0.04 pct per eight hours, equivalent to about 44 pct a year. Longs are paying shorts to hold the position. Bitcoin open interest was little changed, up 0.2 pct at $8.2 billion; ether's fell 0.7 pct to $4.6 billion.",
    numbers: [
      {
        find: '19.2',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '3.9',
        label: 'supported',
      },
      {
        find: '0.04',
        label: 'supported',
      },
      {
        find: '44',
        label: 'supported',
        note: 'sol.funding_apr 43.8, hedged',
      },
      {
        find: '0.2',
        label: 'supported',
      },
      {
        find: '8.2',
        label: 'supported',
      },
      {
        find: '0.7',
        label: 'supported',
      },
      {
        find: '4.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-07',
    voice: 'wire',
    style: 'daily',
    text: 'Total open interest across the five largest perpetual markets rose 3.9 pct to $18.6 billion, The Block reported.',
    numbers: [
      {
        find: '3.9',
        label: 'supported',
        note: 'market.oi_change_24h 3.89',
      },
      {
        find: '18.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-08',
    voice: 'wire',
    style: 'daily',
    text: 'Open interest across crypto derivatives jumped 9 pct to $18.6 billion, led by Solana.',
    numbers: [
      {
        find: '9',
        label: 'contradicted',
        note: 'market.oi_change_24h 3.89',
      },
      {
        find: '18.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-09',
    voice: 'wire',
    style: 'daily',
    text: 'XRP rose 1.3 pct to $2.71. Funding on its perpetual contracts sat just below zero at -0.0023 pct per eight hours, meaning shorts paid longs, Decrypt reported. XRP open interest climbed 3.6 pct to $1.1 billion.',
    numbers: [
      {
        find: '1.3',
        label: 'supported',
      },
      {
        find: '2.71',
        label: 'supported',
      },
      {
        find: '-0.0023',
        label: 'supported',
      },
      {
        find: '3.6',
        label: 'supported',
      },
      {
        find: '1.1',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-10',
    voice: 'wire',
    style: 'daily',
    text: 'XRP funding turned positive at 0.0023 pct per eight hours, with longs paying shorts.',
    numbers: [
      {
        find: '0.0023',
        label: 'contradicted',
        note: 'xrp.funding_rate -0.0023: sign wrong',
      },
    ],
  },
  {
    id: 'Z-wire-11',
    voice: 'wire',
    style: 'daily',
    text: "The total crypto market capitalisation rose 1.0 pct to $3.81 trillion. Bitcoin's share eased to 59.3 pct, down about 0.4 percentage points, according to Decrypt. Of 30 tracked tokens, 17 rose and 13 fell.",
    numbers: [
      {
        find: '1.0',
        label: 'supported',
        note: 'market.cap_change_24h 1.04',
      },
      {
        find: '3.81',
        label: 'supported',
      },
      {
        find: '59.3',
        label: 'supported',
      },
      {
        find: '0.4',
        label: 'supported-by-source',
        note: 'Decrypt summary; no fact for the dominance change',
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
        find: '13',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-12',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin dominance climbed to 60.2 pct as altcoins lagged, data showed.',
    numbers: [
      {
        find: '60.2',
        label: 'contradicted',
        note: 'market.btc_dominance 59.28',
      },
    ],
  },
  {
    id: 'Z-wire-13',
    voice: 'wire',
    style: 'daily',
    text: 'Twenty-one of the 30 tracked tokens gained on the day, 9 declined.',
    numbers: [
      {
        find: 'Twenty-one',
        label: 'contradicted',
        note: 'market.advancers_24h 17',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '9',
        label: 'contradicted',
        note: 'market.decliners_24h 13',
      },
    ],
  },
  {
    id: 'Z-wire-14',
    voice: 'wire',
    style: 'daily',
    text: "Layer 2 tokens fell 2.3 pct as a group. Optimism's OP dropped 4.1 pct to $0.698 and Arbitrum's ARB lost 3.6 pct to $0.416, while Polygon's POL added 0.3 pct. Only one of the four rollup tokens rose.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '2.3',
        label: 'supported',
        note: 'sector.l2.change_24h -2.29',
      },
      {
        find: '4.1',
        label: 'supported',
      },
      {
        find: '0.698',
        label: 'supported',
      },
      {
        find: '3.6',
        label: 'supported',
      },
      {
        find: '0.416',
        label: 'supported',
      },
      {
        find: '0.3',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
        note: 'sector.l2.advancers_24h 1',
      },
      {
        find: 'four',
        label: 'supported',
        note: 'sector.l2.members',
      },
    ],
  },
  {
    id: 'Z-wire-15',
    voice: 'wire',
    style: 'daily',
    text: 'LAYER-2 TOKENS RALLY AS ROLLUP ACTIVITY SETS RECORD, CRYPTOSLATE SAYS; OP UP 4.1 PCT',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '4.1',
        label: 'contradicted',
        note: 'op.change_24h -4.1, direction flipped',
      },
    ],
  },
  {
    id: 'Z-wire-16',
    voice: 'wire',
    style: 'daily',
    text: 'Arbitrum fell 7.6 pct on the day, the worst showing among rollup tokens.',
    numbers: [
      {
        find: '7.6',
        label: 'contradicted',
        note: 'daily: arb.change_24h -3.6; -7.56 is the 7d',
      },
    ],
  },
  {
    id: 'Z-wire-17',
    voice: 'wire',
    style: 'daily',
    text: "Layer 1 tokens rose 0.7 pct as a group, The Block said, with Sui up 6.2 pct at $3.58 and Avalanche up 4.7 pct at $24.87. Cardano's ADA added 2.4 pct. Eight of the 10 large platform tokens advanced.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '0.7',
        label: 'supported',
      },
      {
        find: '6.2',
        label: 'supported',
      },
      {
        find: '3.58',
        label: 'supported',
      },
      {
        find: '4.7',
        label: 'supported',
      },
      {
        find: '24.87',
        label: 'supported',
      },
      {
        find: '2.4',
        label: 'supported',
      },
      {
        find: 'Eight',
        label: 'supported',
        note: 'sector.l1.advancers_24h 8',
      },
      {
        find: '10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-18',
    voice: 'wire',
    style: 'daily',
    text: "Avalanche's AVAX rose 8.3 pct to $24.87, its best day in months.",
    numbers: [
      {
        find: '8.3',
        label: 'contradicted',
        note: 'daily: avax.change_24h 4.7; 8.28 is 7d',
      },
      {
        find: '24.87',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-19',
    voice: 'wire',
    style: 'daily',
    text: "Dogwifhat's WIF jumped 14.6 pct to $0.893, Cointelegraph reported, lifting memecoins 0.5 pct as a group. Dogecoin rose 0.4 pct to $0.205 and Shiba Inu slipped 0.9 pct. Pepe gained 1.1 pct.",
    numbers: [
      {
        find: '14.6',
        label: 'supported',
      },
      {
        find: '0.893',
        label: 'supported',
        note: 'wif.price 0.8926',
      },
      {
        find: '0.5',
        label: 'supported',
        note: 'sector.memes.change_24h 0.51',
      },
      {
        find: '0.4',
        label: 'supported',
      },
      {
        find: '0.205',
        label: 'supported',
      },
      {
        find: '0.9',
        label: 'supported',
      },
      {
        find: '1.1',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-20',
    voice: 'wire',
    style: 'daily',
    text: 'MEMECOINS CRASH AS DOGECOIN, SHIBA INU TUMBLE; DOGE DOWN 6 PCT',
    numbers: [
      {
        find: '6',
        label: 'contradicted',
        note: 'doge.change_24h +0.40',
      },
    ],
  },
  {
    id: 'Z-wire-21',
    voice: 'wire',
    style: 'daily',
    text: 'A Solana lending protocol lost $41 million to a bridge exploit, Decrypt reported, and paused deposits.',
    numbers: [
      {
        find: '41',
        label: 'supported-by-source',
        note: 'Decrypt headline $41 million',
      },
    ],
  },
  {
    id: 'Z-wire-22',
    voice: 'wire',
    style: 'daily',
    text: 'A Solana lending protocol was drained of $41 million in an exploit overnight, and its team is tracing funds with two security firms.',
    numbers: [
      {
        find: '41',
        label: 'unsupported',
        note: 'headline figure not attributed to Decrypt',
      },
      {
        find: 'two',
        label: 'unsupported',
        note: 'Decrypt summary figure, outlet not named',
      },
    ],
  },
  {
    id: 'Z-wire-23',
    voice: 'wire',
    style: 'daily',
    text: 'An asset manager amended its filing for a spot Solana exchange-traded fund, setting a fee of 0.19 pct, CoinDesk reported.',
    numbers: [
      {
        find: '0.19',
        label: 'supported-by-source',
        note: 'CoinDesk headline',
      },
    ],
  },
  {
    id: 'Z-wire-24',
    voice: 'wire',
    style: 'daily',
    text: 'Solana processed 8,300 transactions per second during a mainnet stress test, Cointelegraph said, citing core developers who said the client held that load for six hours.',
    numbers: [
      {
        find: '8,300',
        label: 'supported-by-source',
        note: 'Cointelegraph headline',
      },
      {
        find: 'six',
        label: 'ignored',
        note: 'duration',
      },
    ],
  },
  {
    id: 'Z-wire-25',
    voice: 'wire',
    style: 'daily',
    text: 'A Solana liquid staking project will unlock 21.6 million tokens next week, The Block reported.',
    numbers: [
      {
        find: '21.6',
        label: 'supported-by-source',
        note: 'The Block headline',
      },
    ],
  },
  {
    id: 'Z-wire-26',
    voice: 'wire',
    style: 'daily',
    text: 'Miners moved 7,420 bitcoin to exchanges over the past week, the largest weekly total since the spring, Bitcoin Magazine reported.',
    numbers: [
      {
        find: '7,420',
        label: 'supported-by-source',
        note: 'Bitcoin Magazine headline',
      },
    ],
  },
  {
    id: 'Z-wire-27',
    voice: 'wire',
    style: 'daily',
    text: 'Miners sent about 12,000 BTC to exchanges this week, on-chain data showed.',
    numbers: [
      {
        find: '12,000',
        label: 'unsupported',
        note: 'invented; Bitcoin Magazine says 7,420',
      },
    ],
  },
  {
    id: 'Z-wire-28',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin Magazine said bitcoin broke out above $115,000 overnight, though prices later hovered near $113,400.',
    numbers: [
      {
        find: '115,000',
        label: 'contradicted',
        note: 'btc.high_24h 113858; price 113384 - headline contradicted',
      },
      {
        find: '113,400',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-29',
    voice: 'wire',
    style: 'daily',
    text: 'Cointelegraph reported Solana slid 6 pct as traders took profit after the upgrade.',
    numbers: [
      {
        find: '6',
        label: 'contradicted',
        note: 'sol.change_24h +11.2; headline contradicted',
      },
    ],
  },
  {
    id: 'Z-wire-30',
    voice: 'wire',
    style: 'daily',
    text: 'A fund research lead told Cointelegraph the breakout clears a path toward $300 for SOL by year-end.',
    numbers: [
      {
        find: '300',
        label: 'supported-by-source',
        note: 'Cointelegraph headline forecast, attributed',
      },
    ],
  },
  {
    id: 'Z-wire-31',
    voice: 'wire',
    style: 'daily',
    text: 'Analysts see SOL reaching $300 by year-end.',
    numbers: [
      {
        find: '300',
        label: 'unsupported',
        note: 'forecast, no outlet',
      },
    ],
  },
  {
    id: 'Z-wire-32',
    voice: 'wire',
    style: 'daily',
    text: "BNB edged up 0.6 pct to $702.40, holding above support at $700. Polkadot's DOT eased 0.4 pct to $3.914. NEAR gained 3.1 pct to $2.72.",
    numbers: [
      {
        find: '0.6',
        label: 'supported',
      },
      {
        find: '702.40',
        label: 'supported',
      },
      {
        find: '700',
        label: 'supported',
      },
      {
        find: '0.4',
        label: 'supported',
      },
      {
        find: '3.914',
        label: 'supported',
      },
      {
        find: '3.1',
        label: 'supported',
      },
      {
        find: '2.72',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-33',
    voice: 'wire',
    style: 'daily',
    text: "Polkadot's DOT rose 0.4 pct to $3.91.",
    numbers: [
      {
        find: '0.4',
        label: 'contradicted',
        note: 'dot.change_24h -0.40, direction',
      },
      {
        find: '3.91',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-34',
    voice: 'wire',
    style: 'daily',
    text: "AI tokens were flat, up 0.02 pct, CryptoSlate said. NEAR led with a 3.1 pct gain while Bittensor's TAO fell 1.4 pct to $352.70 and Virtuals Protocol's VIRTUAL, the sector's weakest, lost 2.3 pct. Three of seven AI tokens rose.",
    numbers: [
      {
        find: '0.02',
        label: 'supported',
      },
      {
        find: '3.1',
        label: 'supported',
      },
      {
        find: '1.4',
        label: 'supported',
      },
      {
        find: '352.70',
        label: 'supported',
      },
      {
        find: '2.3',
        label: 'supported',
      },
      {
        find: 'Three',
        label: 'supported',
        note: 'sector.ai.advancers_24h 3',
      },
      {
        find: 'seven',
        label: 'supported',
        note: 'sector.ai.members',
      },
    ],
  },
  {
    id: 'Z-wire-35',
    voice: 'wire',
    style: 'daily',
    text: 'AI TOKENS SLIDE 2.8 PCT; WORLDCOIN LEADS LOSSES',
    numbers: [
      {
        find: '2.8',
        label: 'contradicted',
        note: 'daily: sector.ai.change_24h +0.02; -2.84 is 7d',
      },
    ],
  },
  {
    id: 'Z-wire-36',
    voice: 'wire',
    style: 'daily',
    text: "Worldcoin's WLD fell 1.8 pct to $0.915, the AI sector's biggest decliner.",
    numbers: [
      {
        find: '1.8',
        label: 'supported',
      },
      {
        find: '0.915',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-37',
    voice: 'wire',
    style: 'sector',
    text: "Gaming tokens lost 1.1 pct. Immutable's IMX fell 3.3 pct to $0.554, the worst in the group, while Axie Infinity's AXS rose 1.4 pct to $2.52. The Sandbox's SAND slipped 0.6 pct and Gala added 0.5 pct.",
    numbers: [
      {
        find: '1.1',
        label: 'supported',
      },
      {
        find: '3.3',
        label: 'supported',
      },
      {
        find: '0.554',
        label: 'supported',
      },
      {
        find: '1.4',
        label: 'supported',
      },
      {
        find: '2.52',
        label: 'supported',
      },
      {
        find: '0.6',
        label: 'supported',
      },
      {
        find: '0.5@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-38',
    voice: 'wire',
    style: 'sector',
    text: "DePIN tokens were little changed, down 0.2 pct. Helium's HNT rose 1.9 pct to $3.33; Filecoin's FIL fell 1.6 pct to $2.44. Render added 0.6 pct and IoTeX lost 0.8 pct.",
    numbers: [
      {
        find: '0.2',
        label: 'supported',
      },
      {
        find: '1.9',
        label: 'supported',
      },
      {
        find: '3.33',
        label: 'supported',
      },
      {
        find: '1.6',
        label: 'supported',
      },
      {
        find: '2.44',
        label: 'supported',
      },
      {
        find: '0.6',
        label: 'supported',
      },
      {
        find: '0.8',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-39',
    voice: 'wire',
    style: 'sector',
    text: 'Gaming tokens fell 3.3 pct, with Axie Infinity the worst performer, down 1.4 pct.',
    numbers: [
      {
        find: '3.3',
        label: 'contradicted',
        note: 'sector.gaming.change_24h -1.08; -3.3 is IMX',
      },
      {
        find: '1.4',
        label: 'contradicted',
        note: 'axs.change_24h +1.4, and AXS is the best; wrong direction and wrong leader',
      },
    ],
  },
  {
    id: 'Z-wire-40',
    voice: 'wire',
    style: 'sector',
    text: 'DePIN tokens rose 1.9 pct, led by Filecoin.',
    numbers: [
      {
        find: '1.9',
        label: 'contradicted',
        note: 'sector.depin.change_24h -0.16; 1.9 is HNT',
      },
    ],
  },
  {
    id: 'Z-wire-41',
    voice: 'wire',
    style: 'weekly',
    text: 'Over the week, SOL gained 17.3 pct and WIF 25.1 pct. Bitcoin rose 1.4 pct and ether fell 1.9 pct. Layer 2 tokens dropped 5.6 pct, with all four lower and ARB the weakest at -7.6 pct.',
    numbers: [
      {
        find: '17.3',
        label: 'supported',
      },
      {
        find: '25.1',
        label: 'supported',
      },
      {
        find: '1.4',
        label: 'supported',
      },
      {
        find: '1.9',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '5.6',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
        note: 'sector.l2.decliners_7d 4',
      },
      {
        find: '-7.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-42',
    voice: 'wire',
    style: 'weekly',
    text: 'Solana open interest rose 31.6 pct over seven days, total open interest 5.8 pct and ether open interest fell 2.3 pct.',
    numbers: [
      {
        find: '31.6',
        label: 'supported',
      },
      {
        find: '5.8',
        label: 'supported',
      },
      {
        find: '2.3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-43',
    voice: 'wire',
    style: 'weekly',
    text: 'Layer 1 tokens rose 0.7 pct on the week, with seven of 10 members higher.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '0.7',
        label: 'contradicted',
        note: 'weekly: sector.l1.change_7d 1.34; 0.66 is the 24h',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-44',
    voice: 'wire',
    style: 'weekly',
    text: 'Gaming tokens lost 5.3 pct on the week and AI tokens 2.8 pct. Shiba Inu fell 6.7 pct; Dogecoin rose 2.9 pct.',
    numbers: [
      {
        find: '5.3',
        label: 'supported',
      },
      {
        find: '2.8',
        label: 'supported',
      },
      {
        find: '6.7',
        label: 'supported',
      },
      {
        find: '2.9',
        label: 'contradicted',
        note: 'doge.change_7d 0.29, 10x slip',
      },
    ],
  },
  {
    id: 'Z-wire-45',
    voice: 'wire',
    style: 'weekly',
    text: "Memecoins fell 0.5 pct over the week despite WIF's 25 pct surge.",
    numbers: [
      {
        find: '0.5',
        label: 'supported',
        note: 'sector.memes.change_7d -0.51',
      },
      {
        find: '25',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-46',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin's seven-day realised volatility stood at 13.3 pct annualised, against 76.6 pct for SOL.",
    numbers: [
      {
        find: 'seven',
        label: 'ignored',
      },
      {
        find: '13.3',
        label: 'supported',
      },
      {
        find: '76.6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-47',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin 30-day volatility rose to 26.5 pct.',
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '26.5',
        label: 'contradicted',
        note: 'btc.volatility_30d 15.6; 26.5 is ETH',
      },
    ],
  },
  {
    id: 'Z-wire-48',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin funding was 0.0072 pct per eight hours, or 7.9 pct annualised; ether's was 0.0046 pct, or 5.0 pct. Dogecoin funding stood at 0.0094 pct.",
    numbers: [
      {
        find: '0.0072',
        label: 'supported',
      },
      {
        find: '7.9',
        label: 'supported',
      },
      {
        find: '0.0046',
        label: 'supported',
      },
      {
        find: '5.0',
        label: 'supported',
      },
      {
        find: '0.0094',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-49',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin funding annualised at 11 pct, dealers said, while the average across markets was 0.13 pct per eight hours.',
    numbers: [
      {
        find: '11',
        label: 'contradicted',
        note: 'btc.funding_apr 7.88',
      },
      {
        find: '0.13',
        label: 'contradicted',
        note: 'market.funding_avg 0.013, 10x',
      },
    ],
  },
  {
    id: 'Z-wire-50',
    voice: 'wire',
    style: 'daily',
    text: "Crypto trading volume totalled $141 billion over 24 hours. Bitcoin volume was $2.3 billion and SOL's $2.35 billion, exceeding bitcoin's for the session.",
    numbers: [
      {
        find: '141',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '2.3@1',
        label: 'supported',
      },
      {
        find: '2.35',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-51',
    voice: 'wire',
    style: 'daily',
    text: 'SOL volume reached $4.1 billion, about five times its weekly average.',
    numbers: [
      {
        find: '4.1',
        label: 'contradicted',
        note: 'sol.volume_24h 2.35B',
      },
      {
        find: 'five',
        label: 'contradicted',
        note: 'sol.volume_ratio_7d 2.98',
      },
    ],
  },
  {
    id: 'Z-wire-52',
    voice: 'wire',
    style: 'daily',
    text: "SOL's market value rose to $127.6 billion, behind XRP's $162.1 billion and ahead of BNB's $97.7 billion.",
    numbers: [
      {
        find: '127.6',
        label: 'supported',
      },
      {
        find: '162.1',
        label: 'supported',
      },
      {
        find: '97.7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-53',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin could test $120,000 next week if it clears resistance at $115,000, one options desk said.',
    numbers: [
      {
        find: '120,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '115,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-54',
    voice: 'wire',
    style: 'daily',
    text: 'SOL cleared its 30-day swing high of $221.37 and now faces resistance at $240, with support at $230. Its 30-day low was $195.87.',
    numbers: [
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '221.37',
        label: 'supported',
      },
      {
        find: '240',
        label: 'supported',
      },
      {
        find: '230',
        label: 'supported',
      },
      {
        find: '30@3',
        label: 'ignored',
        note: '30 in 30-day; second window mention',
      },
      {
        find: '195.87',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-55',
    voice: 'wire',
    style: 'daily',
    text: 'SOL now faces resistance at $250 and support at $220.',
    numbers: [
      {
        find: '250',
        label: 'contradicted',
        note: 'sol.resistance 240',
      },
      {
        find: '220',
        label: 'contradicted',
        note: 'sol.support 230',
      },
    ],
  },
  {
    id: 'Z-wire-56',
    voice: 'wire',
    style: 'daily',
    text: "Ether's 30-day range runs from $3,772 to $3,996; support is at $3,800 and resistance at $4,000.",
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '3,772',
        label: 'supported',
      },
      {
        find: '3,996',
        label: 'supported',
      },
      {
        find: '3,800',
        label: 'supported',
      },
      {
        find: '4,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-57',
    voice: 'wire',
    style: 'daily',
    text: 'Ether support sits at $3,600 and resistance at $4,200, strategists said.',
    numbers: [
      {
        find: '3,600',
        label: 'contradicted',
        note: 'eth.support 3800',
      },
      {
        find: '4,200',
        label: 'contradicted',
        note: 'eth.resistance 4000',
      },
    ],
  },
  {
    id: 'Z-wire-58',
    voice: 'wire',
    style: 'daily',
    text: "Sui's SUI market value was $12.95 billion; Avalanche's $10.6 billion; Cardano's $25.9 billion; Polkadot's $6.4 billion.",
    numbers: [
      {
        find: '12.95',
        label: 'supported',
      },
      {
        find: '10.6',
        label: 'supported',
      },
      {
        find: '25.9',
        label: 'supported',
      },
      {
        find: '6.4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-59',
    voice: 'wire',
    style: 'daily',
    text: "Cardano's market value reached $29.5 billion.",
    numbers: [
      {
        find: '29.5',
        label: 'contradicted',
        note: 'ada.market_cap 25.9B',
      },
    ],
  },
  {
    id: 'Z-wire-60',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin has gained 4.6 pct over 30 days and SOL 13.2 pct; ether is up 1.7 pct.',
    numbers: [
      {
        find: '4.6',
        label: 'supported',
        note: 'btc.change_30d',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '13.2',
        label: 'supported',
      },
      {
        find: '1.7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-61',
    voice: 'wire',
    style: 'daily',
    text: 'Ether is down 1.7 pct over 30 days, and Polkadot down 4 pct.',
    numbers: [
      {
        find: '1.7',
        label: 'contradicted',
        note: 'eth.change_30d +1.7, direction',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '4',
        label: 'supported',
        note: 'dot.change_30d -3.97',
      },
    ],
  },
  {
    id: 'Z-wire-62',
    voice: 'wire',
    style: 'daily',
    text: "The stock market's S&P 500 rose 0.8 pct and 10-year Treasury yields eased to 4.1 pct.",
    numbers: [
      {
        find: '500',
        label: 'ignored',
      },
      {
        find: '0.8',
        label: 'unsupported',
        note: 'macro, no fact',
      },
      {
        find: '10',
        label: 'ignored',
      },
      {
        find: '4.1',
        label: 'unsupported',
        note: 'macro, no fact',
      },
    ],
  },
  {
    id: 'Z-wire-63',
    voice: 'wire',
    style: 'daily',
    text: "Chainlink's LINK rose 5.4 pct and Toncoin fell 2.2 pct.",
    numbers: [
      {
        find: '5.4',
        label: 'unsupported',
        note: 'LINK off watchlist',
      },
      {
        find: '2.2',
        label: 'unsupported',
        note: 'TON off watchlist',
      },
    ],
  },
  {
    id: 'Z-wire-64',
    voice: 'wire',
    style: 'daily',
    text: 'Spot bitcoin ETFs took in $420 million on the day.',
    numbers: [
      {
        find: '420',
        label: 'unsupported',
        note: 'ETF flows, no fact or headline',
      },
    ],
  },
  {
    id: 'Z-wire-65',
    voice: 'wire',
    style: 'daily',
    text: 'Solana now accounts for 3.3 pct of total crypto market value.',
    numbers: [
      {
        find: '3.3',
        label: 'unsupported',
        note: 'derived share 127.6/3811; no fact',
      },
    ],
  },
  {
    id: 'Z-wire-66',
    voice: 'wire',
    style: 'daily',
    text: 'SOL outpaced bitcoin by nearly 11 percentage points.',
    numbers: [
      {
        find: '11',
        label: 'unsupported',
        note: 'derived arithmetic 11.2-0.32',
      },
    ],
  },
  {
    id: 'Z-wire-67',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin stands 1.4 pct below resistance.',
    numbers: [
      {
        find: '1.4',
        label: 'unsupported',
        note: 'distance to resistance, derived',
      },
    ],
  },
  {
    id: 'Z-wire-68',
    voice: 'wire',
    style: 'daily',
    text: "The Layer 1 group's market value rose $20.9 billion to $3.17 trillion, while Layer 2 tokens shed $171 million to $7.3 billion.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '20.9',
        label: 'supported',
        note: 'sector.l1.market_cap_change_24h 20.86B',
      },
      {
        find: '3.17',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
        note: 'Layer 2 name@2',
      },
      {
        find: '171',
        label: 'supported',
      },
      {
        find: '7.3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-69',
    voice: 'wire',
    style: 'daily',
    text: 'Layer 2 tokens lost $1.7 billion in market value.',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '1.7',
        label: 'contradicted',
        note: 'sector.l2.market_cap_change_24h -171M, 10x',
      },
    ],
  },
  {
    id: 'Z-wire-70',
    voice: 'wire',
    style: 'daily',
    text: "The memecoin group's market value was $43.3 billion; AI tokens $13.9 billion; DePIN $4.4 billion; gaming $2.9 billion.",
    numbers: [
      {
        find: '43.3',
        label: 'supported',
      },
      {
        find: '13.9',
        label: 'supported',
      },
      {
        find: '4.4',
        label: 'supported',
      },
      {
        find: '2.9',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-71',
    voice: 'wire',
    style: 'daily',
    text: 'WIF traded near $0.89, above its 30-day high of $0.854, with realised volatility of 62 pct.',
    numbers: [
      {
        find: '0.89',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '0.854',
        label: 'supported',
      },
      {
        find: '62',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-72',
    voice: 'wire',
    style: 'daily',
    text: "WIF's market value topped $1.5 billion.",
    numbers: [
      {
        find: '1.5',
        label: 'contradicted',
        note: 'wif.market_cap 891.6M',
      },
    ],
  },
  {
    id: 'Z-wire-73',
    voice: 'wire',
    style: 'daily',
    text: 'Shiba Inu traded at $0.00001263 and Pepe at $0.00000986. Pepe rose 4.1 pct.',
    numbers: [
      {
        find: '0.00001263',
        label: 'supported',
      },
      {
        find: '0.00000986',
        label: 'supported',
      },
      {
        find: '4.1',
        label: 'contradicted',
        note: 'pepe.change_24h 1.13',
      },
    ],
  },
  {
    id: 'Z-wire-74',
    voice: 'wire',
    style: 'daily',
    text: "Render's RENDER rose 0.6 pct to $3.68, The Graph's GRT gained 0.4 pct and Fetch.ai's FET fell 0.9 pct to $0.632.",
    numbers: [
      {
        find: '0.6@1',
        label: 'supported',
      },
      {
        find: '3.68',
        label: 'supported',
      },
      {
        find: '0.4',
        label: 'supported',
      },
      {
        find: '0.9',
        label: 'supported',
      },
      {
        find: '0.632',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-75',
    voice: 'wire',
    style: 'daily',
    text: 'FET fell 9 pct to $0.632.',
    numbers: [
      {
        find: '9',
        label: 'contradicted',
        note: 'fet.change_24h -0.9, 10x',
      },
      {
        find: '0.632',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-76',
    voice: 'wire',
    style: 'daily',
    text: 'BITCOIN FALLS 0.3 PCT TO $113,384; SOLANA SURGES',
    numbers: [
      {
        find: '0.3',
        label: 'contradicted',
        note: 'btc.change_24h +0.32, direction',
      },
      {
        find: '113,384',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-77',
    voice: 'wire',
    style: 'daily',
    text: 'SOL open interest rose 31.6 pct on the day to $3.9 billion, with funding at 0.4 pct per eight hours.',
    numbers: [
      {
        find: '31.6',
        label: 'contradicted',
        note: 'daily: sol.oi_change_24h 19.2; 31.6 is the 7d',
      },
      {
        find: '3.9',
        label: 'supported',
      },
      {
        find: '0.4',
        label: 'contradicted',
        note: 'sol.funding_rate 0.04, 10x',
      },
    ],
  },
  {
    id: 'Z-wire-78',
    voice: 'wire',
    style: 'daily',
    text: "Ether open interest rose 0.7 pct while bitcoin's jumped 2 pct.",
    numbers: [
      {
        find: '0.7',
        label: 'contradicted',
        note: 'eth.oi_change_24h -0.7, direction',
      },
      {
        find: '2',
        label: 'contradicted',
        note: 'btc.oi_change_24h 0.2, 10x',
      },
    ],
  },
  {
    id: 'Z-wire-79',
    voice: 'wire',
    style: 'daily',
    text: 'Dogecoin open interest rose 16 pct to $800 million; its funding was 0.0094 pct.',
    numbers: [
      {
        find: '16',
        label: 'contradicted',
        note: 'doge.oi_change_24h 6.1',
      },
      {
        find: '800',
        label: 'supported',
      },
      {
        find: '0.0094',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-80',
    voice: 'wire',
    style: 'daily',
    text: 'The total market value of cryptocurrencies fell 1.0 pct to $3.6 trillion.',
    numbers: [
      {
        find: '1.0',
        label: 'contradicted',
        note: 'market.cap_change_24h +1.04, direction',
      },
      {
        find: '3.6',
        label: 'contradicted',
        note: 'market.total_cap 3.81T',
      },
    ],
  },
  {
    id: 'Z-wire-81',
    voice: 'wire',
    style: 'daily',
    text: "Sui's SUI jumped 6.2 pct to $3.85 after trading as low as $3.36.",
    numbers: [
      {
        find: '6.2',
        label: 'supported',
      },
      {
        find: '3.85',
        label: 'contradicted',
        note: 'sui.price 3.5827',
      },
      {
        find: '3.36',
        label: 'supported',
        note: 'sui.low_24h 3.3577',
      },
    ],
  },
  {
    id: 'Z-wire-82',
    voice: 'wire',
    style: 'daily',
    text: "Avalanche's AVAX rose 4.7 pct, topping its 30-day high of $26.10.",
    numbers: [
      {
        find: '4.7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '26.10',
        label: 'contradicted',
        note: 'avax.swing_high_30d 24.744',
      },
    ],
  },
  {
    id: 'Z-wire-83',
    voice: 'wire',
    style: 'daily',
    text: 'Layer 2 tokens were led by Arbitrum, which slipped just 0.3 pct.',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '0.3',
        label: 'contradicted',
        note: 'wrong leader: sector.l2.best_24h is POL +0.30; ARB -3.6',
      },
    ],
  },
  {
    id: 'Z-wire-84',
    voice: 'wire',
    style: 'weekly',
    text: 'On the week, AVAX rose 4.7 pct and SUI 7.5 pct. XRP gained 1.8 pct.',
    numbers: [
      {
        find: '4.7',
        label: 'contradicted',
        note: 'weekly: avax.change_7d 8.28; 4.7 is 24h',
      },
      {
        find: '7.5',
        label: 'supported',
      },
      {
        find: '1.8',
        label: 'contradicted',
        note: 'xrp.change_7d -1.76, direction',
      },
    ],
  },
  {
    id: 'Z-wire-85',
    voice: 'wire',
    style: 'weekly',
    text: "Solana's SOL has rallied 11.2 pct this week; the Layer 1 group rose 1.3 pct.",
    numbers: [
      {
        find: '11.2',
        label: 'contradicted',
        note: 'weekly: sol.change_7d 17.3; 11.2 is 24h',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '1.3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-86',
    voice: 'wire',
    style: 'daily',
    text: "Helium's HNT rose 3.8 pct, while IoTeX added 0.8 pct.",
    numbers: [
      {
        find: '3.8',
        label: 'contradicted',
        note: 'hnt.change_24h 1.9',
      },
      {
        find: '0.8',
        label: 'contradicted',
        note: 'iotx.change_24h -0.8, direction',
      },
    ],
  },
  {
    id: 'Z-wire-87',
    voice: 'wire',
    style: 'daily',
    text: 'Crypto market volume dropped to $96 billion.',
    numbers: [
      {
        find: '96',
        label: 'contradicted',
        note: 'market.volume_24h 141B; 96B is the L1 category volume',
      },
    ],
  },
  {
    id: 'Z-wire-88',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin last traded above $120,000 in the spring, and ether set a record of $4,900 last year.',
    numbers: [
      {
        find: '120,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '4,900',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'Z-wire-89',
    voice: 'wire',
    style: 'daily',
    text: 'XRP rose 1.3 pct, holding just above support at $2.60.',
    numbers: [
      {
        find: '1.3',
        label: 'supported',
      },
      {
        find: '2.60',
        label: 'contradicted',
        note: 'xrp.support 2.7',
      },
    ],
  },
  {
    id: 'Z-wire-90',
    voice: 'wire',
    style: 'daily',
    text: "NEAR Protocol fell 3.1 pct; Bittensor's TAO rose 1.4 pct to $380.",
    numbers: [
      {
        find: '3.1',
        label: 'contradicted',
        note: 'near.change_24h +3.1, direction',
      },
      {
        find: '1.4',
        label: 'contradicted',
        note: 'tao.change_24h -1.4, direction',
      },
      {
        find: '380',
        label: 'contradicted',
        note: 'tao.price 352.7; 380 is the 30-day swing high',
      },
    ],
  },
  {
    id: 'Z-wire-91',
    voice: 'wire',
    style: 'daily',
    text: "Optimism's OP hit a 30-day low of $0.62 before steadying.",
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '0.62',
        label: 'contradicted',
        note: 'op.low_24h 0.696 / swing low 0.697',
      },
    ],
  },
  {
    id: 'Z-wire-92',
    voice: 'wire',
    style: 'daily',
    text: "ARB's market value shrank to $3.2 billion and OP's to $1.3 billion.",
    numbers: [
      {
        find: '3.2',
        label: 'contradicted',
        note: 'arb.market_cap 2.32B',
      },
      {
        find: '1.3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-wire-93',
    voice: 'wire',
    style: 'daily',
    text: 'Spot ether ETFs saw outflows of $95 million, while the Solana ETF, if approved, would charge 0.25 pct.',
    numbers: [
      {
        find: '95',
        label: 'unsupported',
        note: 'ETF flows, no fact',
      },
      {
        find: '0.25',
        label: 'unsupported',
        note: 'no fact; collected CoinDesk headline says 0.19, no outlet named - debatable vs contradicted',
      },
    ],
  },
  {
    id: 'Z-wire-94',
    voice: 'wire',
    style: 'daily',
    text: 'Traders expect SOL funding to ease toward 0.01 pct once the upgrade trade unwinds.',
    numbers: [
      {
        find: '0.01',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
