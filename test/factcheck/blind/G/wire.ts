import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-wire-01',
    voice: 'wire',
    style: 'daily',
    text: 'BITCOIN EDGES HIGHER, ETHER OUTPACES AS SHORTS COVER\n\nLONDON, Dec 6 - Bitcoin rose 1.5 pct to $98,735 in early trade on Sunday as traders who had bet on further losses bought back positions, while ether jumped 6.3 pct to $3,486.\n\nBitcoin traded between $96,750 and $99,000 over the past 24 hours, stopping short of the $100,000 level that has capped it. It is still down 5.5 pct over the week and 12.7 pct over the past month.\n\nThe total value of crypto assets rose 2.9 pct to $3.32 trillion, CoinGecko data showed, and bitcoin\'s share of that fell to 59.5 pct.\n\n"We could see $105,000 before Christmas," said a Singapore-based trader. Bitcoin has gained 120 pct since the start of 2025.\n\nU.S. spot bitcoin ETFs took in $236 million on Friday, Bitcoin Magazine reported, citing Farside Investors data. Solana rose 7.8 pct and XRP 6.9 pct. BNB was the only large token lower, down 1.4 pct.',
    numbers: [
      {
        find: '6@1',
        label: 'ignored',
      },
      {
        find: '1.5 pct',
        label: 'supported',
      },
      {
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '6.3 pct',
        label: 'supported',
      },
      {
        find: '$3,486',
        label: 'supported',
      },
      {
        find: '$96,750',
        label: 'supported',
      },
      {
        find: '$99,000',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '5.5 pct',
        label: 'supported',
      },
      {
        find: '12.7 pct',
        label: 'contradicted',
        note: 'fact btc.change_30d -7.70',
      },
      {
        find: '2.9 pct',
        label: 'supported',
      },
      {
        find: '$3.32 trillion',
        label: 'supported',
      },
      {
        find: '59.5 pct',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '120 pct',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '2025',
        label: 'ignored',
      },
      {
        find: '$236 million',
        label: 'supported-by-source',
      },
      {
        find: '7.8 pct',
        label: 'supported',
      },
      {
        find: '6.9 pct',
        label: 'contradicted',
        note: 'fact xrp.change_24h 3.92',
      },
      {
        find: '1.4 pct',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.43',
      },
    ],
  },
  {
    id: 'G-wire-02',
    voice: 'wire',
    style: 'daily',
    text: "CRYPTO OPEN INTEREST SHRINKS AS SHORTS CLOSE OUT\n\nSINGAPORE, Dec 6 - Open interest in the largest crypto perpetual futures fell 9.7 pct in a day to $15.08 billion, exchange data showed.\n\nBitcoin open interest dropped 9.8 pct to $7.86 billion, ether's fell 12.6 pct to $4.41 billion and solana's 8.3 pct to $1.21 billion. XRP was the only one to grow, rising 2.1 pct to $1.4 billion. Dogecoin open interest stood at $560 million, down 3.4 pct.\n\nFunding rates stayed negative: bitcoin at -0.0061 pct every eight hours, ether at -0.0112 pct and solana at -0.0087 pct. XRP funding was positive at 0.0039 pct, meaning shorts paid longs there. Annualised, ether funding runs at about -12.3 pct and bitcoin's at -16.7 pct.\n\nOver the week total open interest fell 14.3 pct, while ether's is down 27.5 pct. Liquidations topped $412 million, CoinDesk reported, with about 78 pct of them short positions, citing CoinGlass. Cointelegraph said ether funding hit -0.011 pct.",
    numbers: [
      {
        find: '6@1',
        label: 'ignored',
      },
      {
        find: '9.7 pct',
        label: 'supported',
      },
      {
        find: '$15.08 billion',
        label: 'supported',
      },
      {
        find: '9.8 pct',
        label: 'supported',
      },
      {
        find: '$7.86 billion',
        label: 'supported',
      },
      {
        find: '12.6 pct',
        label: 'supported',
      },
      {
        find: '$4.41 billion',
        label: 'supported',
      },
      {
        find: '8.3 pct',
        label: 'supported',
      },
      {
        find: '$1.21 billion',
        label: 'supported',
      },
      {
        find: '2.1 pct',
        label: 'supported',
      },
      {
        find: '$1.4 billion',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.04B',
      },
      {
        find: '$560 million',
        label: 'supported',
      },
      {
        find: '3.4 pct',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -6.4; 3.4 is doge price change',
      },
      {
        find: '-0.0061 pct',
        label: 'supported',
      },
      {
        find: '-0.0112 pct',
        label: 'supported',
      },
      {
        find: '-0.0087 pct',
        label: 'supported',
      },
      {
        find: '0.0039 pct',
        label: 'contradicted',
        note: 'payer wrong: positive funding means longs pay shorts',
      },
      {
        find: '-12.3 pct',
        label: 'supported',
      },
      {
        find: '-16.7 pct',
        label: 'contradicted',
        note: 'fact btc.funding_apr -6.70',
      },
      {
        find: '14.3 pct',
        label: 'supported',
      },
      {
        find: '27.5 pct',
        label: 'contradicted',
        note: 'fact eth.oi_change_7d -17.5',
      },
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: '78 pct',
        label: 'supported-by-source',
      },
      {
        find: '-0.011 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-wire-03',
    voice: 'wire',
    style: 'sector',
    text: "GAMING TOKENS SURGE, GALA LEADS\n\nNEW YORK, Dec 5 - Gaming tokens rallied on Saturday. GALA rose 18.9 pct to $0.01587, Axie Infinity's AXS gained 17.8 pct to $1.93, The Sandbox's SAND added 16.4 pct and Immutable's IMX 12.6 pct.\n\nThe four-token group rose 15.7 pct and its market value rose by $378 million to $2.79 billion. AXS volume was 3.0 times its seven-day average. AXS traded between $1.63 and $1.96 during the session; GALA touched $0.0159.\n\nImmutable said 40 new games would launch on its zkEVM mainnet, Decrypt reported. The Ronin network, home of Axie, processed 2.3 million transactions in a day.\n\nOver the week AXS is up 12.3 pct, SAND 9.5 pct, GALA 7.5 pct and IMX 2.0 pct. The group is still 4.8 pct lower over 30 days. SAND's market value is $637 million, GALA's $1.21 billion.",
    numbers: [
      {
        find: '5@1',
        label: 'ignored',
      },
      {
        find: '18.9 pct',
        label: 'supported',
      },
      {
        find: '$0.01587',
        label: 'supported',
      },
      {
        find: '17.8 pct',
        label: 'supported',
      },
      {
        find: '$1.93',
        label: 'supported',
      },
      {
        find: '16.4 pct',
        label: 'supported',
      },
      {
        find: '12.6 pct',
        label: 'supported',
      },
      {
        find: '15.7 pct',
        label: 'supported',
      },
      {
        find: '$378 million',
        label: 'supported',
      },
      {
        find: '$2.79 billion',
        label: 'supported',
      },
      {
        find: '3.0',
        label: 'supported',
      },
      {
        find: '$1.63',
        label: 'supported',
      },
      {
        find: '$1.96',
        label: 'supported',
      },
      {
        find: '$0.0159',
        label: 'supported',
      },
      {
        find: '40',
        label: 'supported-by-source',
      },
      {
        find: '2.3 million',
        label: 'unsupported',
        note: 'headline figure, not attributed to The Block',
      },
      {
        find: '12.3 pct',
        label: 'supported',
      },
      {
        find: '9.5 pct',
        label: 'contradicted',
        note: 'fact sand.change_7d 5.47',
      },
      {
        find: '7.5 pct',
        label: 'supported',
      },
      {
        find: '2.0 pct',
        label: 'supported',
      },
      {
        find: '4.8 pct',
        label: 'contradicted',
        note: 'fact sector.gaming.change_30d -0.53',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$637 million',
        label: 'supported',
      },
      {
        find: '$1.21 billion',
        label: 'contradicted',
        note: 'fact gala.market_cap 721M',
      },
    ],
  },
  {
    id: 'G-wire-04',
    voice: 'wire',
    style: 'daily',
    text: "MEMECOINS SLIDE AGAINST THE TIDE\n\nDogecoin fell 3.4 pct to $0.1928, Shiba Inu lost 2.2 pct to $0.0000114 and pepe dropped 5.8 pct, leaving memecoins the only sector in the red, down 3.3 pct. Dogwifhat bucked the trend with a 1.9 pct gain.\n\nDogecoin's market value is $29.1 billion; the meme group lost $3.76 billion of value in a day. Pepe trading volume came to $4.7 billion.\n\nDogecoin is down 10.1 pct on the week and pepe 16.3 pct on the month. DOGE funding was -0.0025 pct and its open interest fell 6.4 pct. Chartists put DOGE support at $0.20.\n\nPepe slid nearly 6 pct, CoinDesk reported. A Reddit thread asked why DOGE was down 3 pct when everything else was pumping.",
    numbers: [
      {
        find: '3.4 pct',
        label: 'supported',
      },
      {
        find: '$0.1928',
        label: 'supported',
      },
      {
        find: '2.2 pct',
        label: 'supported',
      },
      {
        find: '$0.0000114',
        label: 'contradicted',
        note: 'fact shib.price 0.0000104',
      },
      {
        find: '5.8 pct',
        label: 'supported',
      },
      {
        find: '3.3 pct',
        label: 'supported',
      },
      {
        find: '1.9 pct',
        label: 'supported',
      },
      {
        find: '$29.1 billion',
        label: 'supported',
      },
      {
        find: '$3.76 billion',
        label: 'contradicted',
        note: 'wrong window: 3.76B is 7d; 24h -1.33B',
      },
      {
        find: '$4.7 billion',
        label: 'contradicted',
        note: '10x slip: pepe.volume_24h 470M',
      },
      {
        find: '10.1 pct',
        label: 'supported',
      },
      {
        find: '16.3 pct',
        label: 'supported',
      },
      {
        find: '-0.0025 pct',
        label: 'supported',
      },
      {
        find: '6.4 pct',
        label: 'supported',
      },
      {
        find: '$0.20',
        label: 'contradicted',
        note: '0.20 is doge.resistance; support 0.19',
      },
      {
        find: '6 pct',
        label: 'supported',
      },
      {
        find: '3 pct@3',
        label: 'supported',
        note: 'fact -3.41, written 3',
      },
    ],
  },
  {
    id: 'G-wire-05',
    voice: 'wire',
    style: 'daily',
    text: "CRYPTO MARKETS-Altcoins outrun bitcoin as 24 of 30 tracked tokens rise\n\nThe total crypto market value rose 2.9 pct to $3.32 trillion on volume of $246.7 billion. Six tokens fell. Bitcoin's dominance slipped to 59.5 pct.\n\nLayer-1 tokens gained 2.5 pct, led by Sui's 10.2 pct rise. Avalanche rose 9.4 pct to $19.46, cardano 8.6 pct to $0.5937, polkadot 17.1 pct to $3.30 and NEAR 7.9 pct to $2.87. XRP climbed to $2.53.\n\nPolkadot's market value is $53.9 billion, Sui's $9.7 billion and Solana's $87.8 billion. AVAX volume was 1.6 times its weekly average. Solana has fallen 19.4 pct from its 30-day high and stands above its 30-day low of $146.12.\n\nEther jumped 9 pct, CoinDesk reported. Cardano is still down 5.1 pct over seven days. Dominance could sink to 55 pct by January, one analyst said.",
    numbers: [
      {
        find: '24@1',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '2.9 pct',
        label: 'supported',
      },
      {
        find: '$3.32 trillion',
        label: 'supported',
      },
      {
        find: '$246.7 billion',
        label: 'supported',
      },
      {
        find: 'Six',
        label: 'supported',
      },
      {
        find: '59.5 pct',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '2.5 pct',
        label: 'supported',
      },
      {
        find: '10.2 pct',
        label: 'supported',
      },
      {
        find: '9.4 pct@1',
        label: 'supported',
      },
      {
        find: '$19.46',
        label: 'supported',
      },
      {
        find: '8.6 pct',
        label: 'supported',
      },
      {
        find: '$0.5937',
        label: 'supported',
      },
      {
        find: '17.1 pct',
        label: 'contradicted',
        note: 'fact dot.change_24h 7.13',
      },
      {
        find: '$3.30',
        label: 'supported',
      },
      {
        find: '7.9 pct',
        label: 'supported',
      },
      {
        find: '$2.87',
        label: 'supported',
      },
      {
        find: '$2.53',
        label: 'contradicted',
        note: 'fact xrp.price 2.3516',
      },
      {
        find: '$53.9 billion',
        label: 'contradicted',
        note: '10x slip: dot.market_cap 5.39B',
      },
      {
        find: '$9.7 billion',
        label: 'supported',
      },
      {
        find: '$87.8 billion',
        label: 'supported',
      },
      {
        find: '1.6',
        label: 'contradicted',
        note: 'fact avax.volume_ratio_7d 2.56',
      },
      {
        find: '19.4 pct',
        label: 'unsupported',
        note: 'derived distance from 30-day high',
      },
      {
        find: '30@3',
        label: 'ignored',
      },
      {
        find: '30@4',
        label: 'ignored',
      },
      {
        find: '$146.12',
        label: 'supported',
      },
      {
        find: '9 pct@3',
        label: 'contradicted',
        note: 'CoinDesk headline figure; fact eth.change_24h 6.31',
      },
      {
        find: '5.1 pct',
        label: 'supported',
      },
      {
        find: '55 pct',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-wire-06',
    voice: 'wire',
    style: 'weekly',
    text: "WEEKLY: Bitcoin down 5.5 pct, ether flat, layer-2 tokens up\n\nEther ended the week 0.6 pct lower, solana 2.7 pct, XRP 5.3 pct, BNB 8.9 pct, cardano 5.1 pct, avalanche 1.2 pct, polkadot 2.1 pct, NEAR 3.7 pct and Sui 4.0 pct. All 10 layer-1 tokens fell.\n\nOptimism rose 11.3 pct, Arbitrum 8.8 pct and Polygon's POL 6.4 pct. AI tokens fell 5.6 pct, with only 1 of 7 higher; Render lost 8.7 pct while Worldcoin gained 6.3 pct. Helium dropped 10.9 pct. DePIN tokens lost 2.8 pct, gaming gained 5.3 pct and memes fell 8.9 pct.\n\nBitcoin open interest shrank 14.2 pct, ether's 17.5 pct, total open interest 4.3 pct, dogecoin's 12.8 pct and solana's 21.9 pct. Bitcoin's seven-day realised volatility is 38.6 pct, ether's 69.8 pct.",
    numbers: [
      {
        find: '5.5 pct',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0.6 pct',
        label: 'supported',
      },
      {
        find: '2.7 pct',
        label: 'supported',
      },
      {
        find: '5.3 pct@1',
        label: 'supported',
      },
      {
        find: '8.9 pct@1',
        label: 'contradicted',
        note: 'window: 8.89 is 30d; bnb.change_7d -4.41',
      },
      {
        find: '5.1 pct',
        label: 'supported',
      },
      {
        find: '1.2 pct',
        label: 'supported',
      },
      {
        find: '2.1 pct',
        label: 'supported',
      },
      {
        find: '3.7 pct',
        label: 'supported',
      },
      {
        find: '4.0 pct',
        label: 'contradicted',
        note: '10x slip: sui.change_7d -0.38',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '11.3 pct',
        label: 'contradicted',
        note: 'window: 11.34 is 24h; op.change_7d 9.24',
      },
      {
        find: '8.8 pct',
        label: 'supported',
      },
      {
        find: '6.4 pct',
        label: 'supported',
      },
      {
        find: '5.6 pct',
        label: 'contradicted',
        note: '5.6 is ai 24h gain; 7d -3.35',
      },
      {
        find: '1@8',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'supported',
      },
      {
        find: '8.7 pct',
        label: 'supported',
      },
      {
        find: '6.3 pct',
        label: 'supported',
      },
      {
        find: '10.9 pct',
        label: 'supported',
      },
      {
        find: '2.8 pct@1',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d -8.18',
      },
      {
        find: '5.3 pct@2',
        label: 'supported',
      },
      {
        find: '8.9 pct@2',
        label: 'supported',
      },
      {
        find: '14.2 pct',
        label: 'supported',
      },
      {
        find: '17.5 pct',
        label: 'supported',
      },
      {
        find: '4.3 pct',
        label: 'contradicted',
        note: 'fact market.oi_change_7d -14.29',
      },
      {
        find: '12.8 pct',
        label: 'supported',
      },
      {
        find: '21.9 pct',
        label: 'contradicted',
        note: 'fact sol.oi_change_7d -11.9',
      },
      {
        find: '38.6 pct',
        label: 'supported',
      },
      {
        find: '69.8 pct',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 59.79',
      },
    ],
  },
  {
    id: 'G-wire-07',
    voice: 'wire',
    style: 'daily',
    text: 'FLASH: Solana up 7.8 pct at $158.92, session high $158.99\nFLASH: XRP open interest up 2.1 pct, only gainer among major perps\nFLASH: Ether session low $3,266.85, high $3,533.48\nFLASH: Bitcoin spot volume $8.5 billion, 2.4 times weekly average\nFLASH: Total crypto market cap $3.32 trillion\nFLASH: Bittensor down 0.8 pct, only AI token lower\nFLASH: BNB at $968.10, down 0.4 pct\nFLASH: Filecoin up 14.6 pct\nFLASH: Helium at $2.79, up 1.2 pct\nFLASH: Sui session low $2.46\nFLASH: Ether funding +0.0112 pct\nFLASH: Bitcoin dominance 54.5 pct\nFLASH: AXS volume $952 million\nFLASH: Total open interest down 19.7 pct',
    numbers: [
      {
        find: '7.8 pct',
        label: 'supported',
      },
      {
        find: '$158.92',
        label: 'supported',
      },
      {
        find: '$158.99',
        label: 'supported',
      },
      {
        find: '2.1 pct',
        label: 'supported',
      },
      {
        find: '$3,266.85',
        label: 'supported',
      },
      {
        find: '$3,533.48',
        label: 'supported',
      },
      {
        find: '$8.5 billion',
        label: 'supported',
      },
      {
        find: '2.4@1',
        label: 'supported',
      },
      {
        find: '$3.32 trillion',
        label: 'supported',
      },
      {
        find: '0.8 pct',
        label: 'supported',
      },
      {
        find: '$968.10',
        label: 'supported',
      },
      {
        find: '0.4 pct',
        label: 'supported',
      },
      {
        find: '14.6 pct',
        label: 'contradicted',
        note: 'fact fil.change_24h 4.61',
      },
      {
        find: '$2.79',
        label: 'supported',
      },
      {
        find: '1.2 pct',
        label: 'contradicted',
        note: 'direction: hnt.change_24h -1.18',
      },
      {
        find: '$2.46',
        label: 'contradicted',
        note: 'fact sui.low_24h 2.364',
      },
      {
        find: '+0.0112 pct',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.01124',
      },
      {
        find: '54.5 pct',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.45',
      },
      {
        find: '$952 million',
        label: 'contradicted',
        note: '10x slip: axs.volume_24h 95.2M',
      },
      {
        find: '19.7 pct',
        label: 'contradicted',
        note: 'fact market.oi_change_24h -9.68',
      },
    ],
  },
  {
    id: 'G-wire-08',
    voice: 'wire',
    style: 'sector',
    text: "AI TOKENS GAIN, BITTENSOR LAGS\n\nVirtuals Protocol's token rose 13.4 pct to $1.53, Worldcoin 9.1 pct to $0.816, FET 7.4 pct to $0.651, Render 5.1 pct to $2.90 and The Graph 2.6 pct. Bittensor slipped 0.8 pct to $366.20. The AI group rose 5.6 pct to a value of $13.9 billion, and has lost 10.4 pct in 30 days.\n\nBittensor's market value is $35.5 billion. Virtuals volume was $35.4 million. FET found support at $0.58. Analysts expect the next Bittensor halving to cut emissions by 50 pct.\n\nIn decentralized infrastructure, IoTeX climbed 10.8 pct to $0.0237 and Filecoin traded at $2.136, while Helium fell 3.7 pct. The DePIN group gained 4.3 pct.",
    numbers: [
      {
        find: '13.4 pct',
        label: 'supported',
      },
      {
        find: '$1.53',
        label: 'supported',
      },
      {
        find: '9.1 pct',
        label: 'supported',
      },
      {
        find: '$0.816',
        label: 'supported',
      },
      {
        find: '7.4 pct',
        label: 'supported',
      },
      {
        find: '$0.651',
        label: 'contradicted',
        note: 'fact fet.price 0.5614',
      },
      {
        find: '5.1 pct',
        label: 'supported',
      },
      {
        find: '$2.90',
        label: 'supported',
      },
      {
        find: '2.6 pct',
        label: 'contradicted',
        note: 'fact grt.change_24h 6.24',
      },
      {
        find: '0.8 pct@1',
        label: 'supported',
      },
      {
        find: '$366.20',
        label: 'supported',
      },
      {
        find: '5.6 pct',
        label: 'supported',
      },
      {
        find: '$13.9 billion',
        label: 'supported',
      },
      {
        find: '10.4 pct',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$35.5 billion',
        label: 'contradicted',
        note: '10x slip: tao.market_cap 3.55B',
      },
      {
        find: '$35.4 million',
        label: 'contradicted',
        note: '10x slip: virtual.volume_24h 354M',
      },
      {
        find: '$0.58',
        label: 'contradicted',
        note: '0.58 is fet.resistance; support 0.56',
      },
      {
        find: '50 pct',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '10.8 pct',
        label: 'supported',
      },
      {
        find: '$0.0237',
        label: 'supported',
      },
      {
        find: '$2.136',
        label: 'supported',
      },
      {
        find: '3.7 pct',
        label: 'contradicted',
        note: 'fact hnt.change_24h -1.18',
      },
      {
        find: '4.3 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-wire-09',
    voice: 'wire',
    style: 'sector',
    text: "LAYER-2 TOKENS BOUNCE\n\nOptimism's OP rose 11.3 pct to $0.496 and Arbitrum's ARB 9.7 pct to $0.332, Cointelegraph reported. Polygon's POL gained 8.2 pct to $0.2017 and Immutable's IMX, the group's best performer, 12.6 pct. Layer-2 tokens as a group rose 9.9 pct.\n\nArbitrum's market value is $1.88 billion, Optimism's $9.5 billion. Arbitrum volume reached $277 million. OP is well below its 30-day high of $0.62. The group has gained 16.7 pct this week. Optimism's Superchain now counts 34 member chains.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '11.3 pct',
        label: 'supported',
      },
      {
        find: '$0.496',
        label: 'supported',
      },
      {
        find: '9.7 pct',
        label: 'supported',
      },
      {
        find: '$0.332',
        label: 'supported',
      },
      {
        find: '8.2 pct',
        label: 'supported',
      },
      {
        find: '$0.2017',
        label: 'supported',
      },
      {
        find: '12.6 pct',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '9.9 pct',
        label: 'supported',
      },
      {
        find: '$1.88 billion',
        label: 'supported',
      },
      {
        find: '$9.5 billion',
        label: 'contradicted',
        note: '10x slip: op.market_cap 950M',
      },
      {
        find: '$277 million',
        label: 'contradicted',
        note: 'fact arb.volume_24h 177M',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$0.62',
        label: 'contradicted',
        note: '0.62 is imx.swing_high_30d; op 0.577',
      },
      {
        find: '16.7 pct',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d 6.72',
      },
      {
        find: '34',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'G-wire-10',
    voice: 'wire',
    style: 'daily',
    text: "BITCOIN BOUNCES OFF MONTHLY LOW\n\nBitcoin rose about 1.5 pct to near $98,700, Bitcoin Magazine reported. Cointelegraph said the bounce came from $95,900, with bitcoin still down more than 5 pct from a week ago and about 8 pct below its level a month ago. Spot turnover was roughly $8.5 billion, Decrypt reported.\n\nBitcoin's 30-day realised volatility is 38.6 pct. Resistance sits at $105,000 and support at $92,000. Its market value is $2.17 trillion, still well short of the record high of $126,000 set in October. The network's hashrate hit 1,100 EH/s this week. Bitcoin's 24-hour high was $101,200. Funding on bitcoin perpetuals sat at about -0.006 pct every eight hours, Bitcoin Magazine said.",
    numbers: [
      {
        find: '1.5 pct',
        label: 'supported',
      },
      {
        find: '$98,700',
        label: 'supported',
      },
      {
        find: '$95,900',
        label: 'supported',
      },
      {
        find: '5 pct@2',
        label: 'supported',
      },
      {
        find: '8 pct',
        label: 'supported',
      },
      {
        find: '$8.5 billion',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '38.6 pct',
        label: 'contradicted',
        note: '38.6 is 7d; btc.volatility_30d 27.0',
      },
      {
        find: '$105,000',
        label: 'contradicted',
        note: 'fact btc.resistance 100000',
      },
      {
        find: '$92,000',
        label: 'contradicted',
        note: 'fact btc.support 95000',
      },
      {
        find: '$2.17 trillion',
        label: 'contradicted',
        note: 'fact btc.market_cap 1.97T',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '1,100 EH/s',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$101,200',
        label: 'contradicted',
        note: 'fact btc.high_24h 98999.59',
      },
      {
        find: '-0.006 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-wire-11',
    voice: 'wire',
    style: 'daily',
    text: 'ETHER FUNDING STAYS NEGATIVE DESPITE RALLY\n\nEther perpetual funding held at -0.011 pct per eight hours even as the price rose 6.3 pct to $3,486. Resistance is seen at $3,600 and support at $3,400. Ether volume was 2.4 times its weekly average and its market value is $420.9 billion.\n\nEther remains 8.5 pct below its 30-day high of $3,808.72. Ether open interest fell 21.6 pct to $4.41 billion. Ether outpaced bitcoin by 4.8 percentage points. Its weekly loss stands at 6.0 pct. Some desks see ether at $4,000 by year-end.',
    numbers: [
      {
        find: '-0.011 pct',
        label: 'supported',
      },
      {
        find: '6.3 pct',
        label: 'supported',
      },
      {
        find: '$3,486',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '$3,400',
        label: 'supported',
      },
      {
        find: '2.4',
        label: 'supported',
      },
      {
        find: '$420.9 billion',
        label: 'supported',
      },
      {
        find: '8.5 pct',
        label: 'unsupported',
        note: 'derived distance from 30-day high',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$3,808.72',
        label: 'supported',
      },
      {
        find: '21.6 pct',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h -12.6',
      },
      {
        find: '$4.41 billion',
        label: 'supported',
      },
      {
        find: '4.8 percentage points',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
      {
        find: '6.0 pct',
        label: 'contradicted',
        note: 'fact eth.change_7d -0.60',
      },
      {
        find: '$4,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-wire-12',
    voice: 'wire',
    style: 'sector',
    text: "DEPIN TOKENS MIXED, IOTEX LEADS\n\nIoTeX rose 10.8 pct to $0.0237, CryptoSlate reported. Filecoin gained 4.6 pct; Helium, the only decliner, lost 1.2 pct. The DePIN group is valued at $3.74 billion after adding $255 million.\n\nOn the week IoTeX is down 11.4 pct and Filecoin, the group's best, 16.2 pct. Helium is down 16.9 pct over 30 days. IoTeX volume ran at 2.4 times its average. CoinGecko's DePIN category is worth $11.6 billion, up 8.1 pct. Helium's network now has 1 million hotspots.",
    numbers: [
      {
        find: '10.8 pct',
        label: 'supported',
      },
      {
        find: '$0.0237',
        label: 'supported',
      },
      {
        find: '4.6 pct',
        label: 'supported',
      },
      {
        find: '1.2 pct',
        label: 'supported',
      },
      {
        find: '$3.74 billion',
        label: 'supported',
      },
      {
        find: '$255 million',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap_change_24h 154.9M',
      },
      {
        find: '11.4 pct',
        label: 'supported',
      },
      {
        find: '16.2 pct',
        label: 'contradicted',
        note: 'fact fil.change_7d -6.20',
      },
      {
        find: '16.9 pct',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '2.4',
        label: 'supported',
      },
      {
        find: '$11.6 billion',
        label: 'supported',
      },
      {
        find: '8.1 pct',
        label: 'contradicted',
        note: 'fact sector.depin.category_change_24h 3.08',
      },
      {
        find: '1 million',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
];
