import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'O-edited-01',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin  rallied to a fresh record on Thursday, rising 5. 4% to $131 805 after touching $132,429 in in Asian hours. The the low of the session was $124, 931, and the move cleared the 30 -day swing high of $128,995.\n\nEther gained 3.1 % to $4,620, while sol jumped 9.8% to $226.41. xrp was the odd one out, slipping 0.6 % to $2. 62.\n\nTotal market value rose 4.6% to about $4.73 trn, with 26 of the 30 tracked tokens higher and and just 6 lower.',
    numbers: [
      {
        find: '5. 4%',
        label: 'supported',
      },
      {
        find: '$131 805',
        label: 'supported',
      },
      {
        find: '$132,429',
        label: 'supported',
      },
      {
        find: '$124, 931',
        label: 'supported',
      },
      {
        find: '30 -day',
        label: 'ignored',
      },
      {
        find: '$128,995',
        label: 'supported',
      },
      {
        find: '3.1 %',
        label: 'supported',
      },
      {
        find: '$4,620',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'contradicted',
        note: 'fact sol.change_24h 7.80',
      },
      {
        find: '$226.41',
        label: 'supported',
      },
      {
        find: '0.6 %',
        label: 'supported',
      },
      {
        find: '$2. 62',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$4.73 trn',
        label: 'contradicted',
        note: 'digits swapped; market.total_cap 4.37T',
      },
      {
        find: '26@2',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '6@7',
        label: 'contradicted',
        note: 'fact market.decliners_24h 4',
      },
    ],
  },
  {
    id: 'O-edited-02',
    voice: 'edited',
    style: 'daily',
    text: 'Derivatives : open interest across the market climbed 11 % to $22.1bn, led by Doge, where positions rose 22 %. Btc open interest rose 19.6% to $9.8 bn.\n\nFunding stayed firmly positive – BTC at 0.0215 % per 8h ( about 23.5% annualised ), ETH at 0.0128% and SOL at 0.0246%. Longs are paying shorts shorts across the board; the OI-weighted average is 0.21 %.\n\nDOGE funding hit 0.0338%, which annualises to roughly 47%.',
    numbers: [
      {
        find: '11 %',
        label: 'supported',
      },
      {
        find: '$22.1bn',
        label: 'supported',
      },
      {
        find: '22 %',
        label: 'supported',
      },
      {
        find: '19.6%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h 9.6',
      },
      {
        find: '$9.8 bn',
        label: 'supported',
      },
      {
        find: '0.0215 %',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '23.5%',
        label: 'supported',
      },
      {
        find: '0.0128%',
        label: 'contradicted',
        note: 'fact eth.funding_rate 0.0182',
      },
      {
        find: '0.0246%',
        label: 'contradicted',
        note: 'fact sol.funding_rate 0.0264',
      },
      {
        find: '0.21 %',
        label: 'contradicted',
        note: '10x slip; market.funding_avg 0.021',
      },
      {
        find: '0.0338%',
        label: 'supported',
      },
      {
        find: '47%',
        label: 'contradicted',
        note: 'fact doge.funding_apr 37.0',
      },
    ],
  },
  {
    id: 'O-edited-03',
    voice: 'edited',
    style: 'sector',
    text: "Memecoins led the the sector table, up 9. 5% on the day. pepe climbed 14.3%, wif 12.1 % and shib 8.5%. The meme group's market cap rose by about $4.5bn to $51.8bn.\n\nLayer-1 tokens rose 4.8%; Avax gained 6.3% and sui 8.6%, while Cardano added 5.2 %. \n\nThe AI basket rose 3.7%, gaming 2.2 % and layer -2 tokens 2.1%. DePIN was the only sector to fall, losing 0.8 %, as helium dropped 2.6%.",
    numbers: [
      {
        find: '9. 5%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '12.1 %',
        label: 'supported',
      },
      {
        find: '8.5%',
        label: 'supported',
      },
      {
        find: '$4.5bn',
        label: 'supported',
      },
      {
        find: '$51.8bn',
        label: 'supported',
      },
      {
        find: 'Layer-1',
        label: 'ignored',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '8.6%',
        label: 'contradicted',
        note: 'fact sui.change_24h 6.80',
      },
      {
        find: '5.2 %',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '2.2 %',
        label: 'supported',
      },
      {
        find: 'layer -2',
        label: 'ignored',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h 1.07',
      },
      {
        find: '0.8 %',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'FIL value; hnt.change_24h -2.20',
      },
    ],
  },
  {
    id: 'O-edited-04',
    voice: 'edited',
    style: 'daily',
    text: "BTC dominance  edged up to 60.1 %. Bitcoin's market value is now about $2.36trn, against roughly $558bn for ether and $157bn for solana.\n\nVolume ran hot : bitcoin traded $7.3bn , about 1.97 x its 7 -day average, while total crypto volume reached $38.6bn. Pepe volume was 3.2 x normal and Doge 2.8x.\n\nBitcoin's 7 - day realised volatility sat at 34.4%, well below ether's 40.3 %.",
    numbers: [
      {
        find: '60.1 %',
        label: 'supported',
      },
      {
        find: '$2.36trn',
        label: 'contradicted',
        note: 'digits swapped; btc.market_cap 2.63T',
      },
      {
        find: '$558bn',
        label: 'supported',
      },
      {
        find: '$157bn',
        label: 'contradicted',
        note: 'XRP value; sol.market_cap 124.0B',
      },
      {
        find: '$7.3bn',
        label: 'supported',
      },
      {
        find: '1.97 x',
        label: 'supported',
      },
      {
        find: '7 -day',
        label: 'ignored',
      },
      {
        find: '$38.6bn',
        label: 'contradicted',
        note: '10x slip; market.volume_24h 386B',
      },
      {
        find: '3.2 x',
        label: 'supported',
      },
      {
        find: '2.8x',
        label: 'supported',
      },
      {
        find: '7 - day',
        label: 'ignored',
      },
      {
        find: '34.4%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 24.4',
      },
      {
        find: '40.3 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'O-edited-05',
    voice: 'edited',
    style: 'weekly',
    text: 'Over the week bitcoin is up 9 %, ether 6.5%, solana 7.8 % and and XRP 2.2%.\n\nMemes gained 15.6 % on the week – pepe 25.9%, doge 14.9 %, shib 14.3%, wif 21.0%.\n\nLayer -1 tokens rose 8.2 % and AI tokens 7.2%, with with Bittensor leading at 14.2 %. Gaming added 3.4% despite a 3.4 % drop in Axie. layer-2s rose only 1.6% as polygon fell 5.2%.\n\nOpen interest is up 18.2 % for the week; bitcoin OI is up 18.4%, doge 43%.',
    numbers: [
      {
        find: '9 %@1',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '7.8 %',
        label: 'contradicted',
        note: '24h value; sol.change_7d 9.35',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '15.6 %',
        label: 'supported',
      },
      {
        find: '25.9%',
        label: 'supported',
      },
      {
        find: '14.9 %',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '21.0%',
        label: 'contradicted',
        note: 'fact wif.change_7d 12.03',
      },
      {
        find: 'Layer -1',
        label: 'ignored',
      },
      {
        find: '8.2 %@1',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'supported',
      },
      {
        find: '14.2 %',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '3.4 %',
        label: 'supported',
      },
      {
        find: 'layer-2s',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'fact pol.change_7d -2.58',
      },
      {
        find: '18.2 %',
        label: 'supported',
      },
      {
        find: '18.4%',
        label: 'supported',
      },
      {
        find: '43%',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d 34.8',
      },
    ],
  },
  {
    id: 'O-edited-06',
    voice: 'edited',
    style: 'daily',
    text: 'Levels to watch : BTC support $130, 000, resistance $135, 000. eth support $4,600 and resistance $4, 800. Sol support $220, resistance $203.\n\nXRP holds $2.60 support with resistance at $2. 70; BNB sits between $1,050 and $1,150.\n\nDoge is pressing its $0.26 resistance, and ADA is holding just above $0.74. Some analysts see bitcoin at $145,000 by month-end.',
    numbers: [
      {
        find: '$130, 000',
        label: 'supported',
      },
      {
        find: '$135, 000',
        label: 'supported',
      },
      {
        find: '$4,600',
        label: 'supported',
      },
      {
        find: '$4, 800',
        label: 'supported',
      },
      {
        find: '$220',
        label: 'supported',
      },
      {
        find: '$203',
        label: 'contradicted',
        note: 'fact sol.resistance 230',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
      {
        find: '$2. 70',
        label: 'supported',
      },
      {
        find: '$1,050',
        label: 'supported',
      },
      {
        find: '$1,150',
        label: 'contradicted',
        note: 'fact bnb.resistance 1100',
      },
      {
        find: '$0.26',
        label: 'supported',
      },
      {
        find: '$0.74',
        label: 'supported',
      },
      {
        find: '$145,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'O-edited-07',
    voice: 'edited',
    style: 'daily',
    text: 'Headlines : CoinDesk reported that spot bitcoin ETFs took in $1.1 bn in a single day, the the largest daily haul since spring.\n\nCointelegraph said 42, 000 BTC left exchanges over 24 hours. Short liquidations topped $870m , according to The Block.\n\nA listed treasury fund bought 5,000 BTC, Bitcoin Magazine reported. A CryptoSlate-quoted fund manager expects $150, 000 by year-end.\n\nSeparately, reports said $2.3bn of options expire on Friday.',
    numbers: [
      {
        find: '$1.1 bn',
        label: 'supported-by-source',
      },
      {
        find: '42, 000',
        label: 'supported-by-source',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$870m',
        label: 'contradicted',
        note: 'headline says 780M, attributed to The Block',
      },
      {
        find: '5,000',
        label: 'supported-by-source',
      },
      {
        find: '$150, 000',
        label: 'supported-by-source',
      },
      {
        find: '$2.3bn',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
    ],
  },
  {
    id: 'O-edited-08',
    voice: 'edited',
    style: 'daily',
    text: 'Altcoins : bnb rose 4.1 % to $1,064.2; dot gained 4.9% to $3.61; near climbed 5.6 % to $3.82.\n\nSui reached $3. 10, its session high being $3.11. Avalanche traded at $21.84, up 6.3 %. Cardano changed hands at $0.7418.\n\nAmong laggards, arbitrum rose just 0.8 % to $0.3806, op added 4.1% and pol 0.9 %. helium fell 2.2% and iotex rose 1.4 %.',
    numbers: [
      {
        find: '4.1 %',
        label: 'supported',
      },
      {
        find: '$1,064.2',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: '$3.61',
        label: 'supported',
      },
      {
        find: '5.6 %',
        label: 'supported',
      },
      {
        find: '$3.82',
        label: 'contradicted',
        note: 'fact near.price 3.318',
      },
      {
        find: '$3. 10',
        label: 'supported',
      },
      {
        find: '$3.11',
        label: 'supported',
      },
      {
        find: '$21.84',
        label: 'supported',
      },
      {
        find: '6.3 %',
        label: 'supported',
      },
      {
        find: '$0.7418',
        label: 'supported',
      },
      {
        find: '0.8 %',
        label: 'supported',
      },
      {
        find: '$0.3806',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'fact op.change_24h 1.40',
      },
      {
        find: '0.9 %',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '1.4 %',
        label: 'contradicted',
        note: 'direction wrong; iotx.change_24h -1.40',
      },
    ],
  },
  {
    id: 'O-edited-09',
    voice: 'edited',
    style: 'sector',
    text: "AI tokens : fetch.ai rose 4.4 % to $0.883, virtuals 4.8% to $2.03, bittensor 3.2 % to $521.60, the graph 2.4% and worldcoin 2.9 %. render was the the weakest, up only 1.3%.\n\nFET was the best AI token at 5.6 %. The AI group's value on our list is about $18.7bn, versus $36.9bn for the CoinGecko category.\n\nGaming : axie rose 3. 0%, sandbox 6.2%, gala 3.2% and immutable 1.6 %.",
    numbers: [
      {
        find: '4.4 %',
        label: 'supported',
      },
      {
        find: '$0.883',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '$2.03',
        label: 'supported',
      },
      {
        find: '3.2 %',
        label: 'supported',
      },
      {
        find: '$521.60',
        label: 'contradicted',
        note: 'fact tao.price 512.6',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '2.9 %',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '5.6 %',
        label: 'contradicted',
        note: 'best AI 24h is NEAR 5.60; FET 4.40',
      },
      {
        find: '$18.7bn',
        label: 'supported',
      },
      {
        find: '$36.9bn',
        label: 'contradicted',
        note: 'fact sector.ai.category_cap 39.6B',
      },
      {
        find: '3. 0%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'contradicted',
        note: 'fact sand.change_24h 2.60',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact gala.change_24h 2.30',
      },
      {
        find: '1.6 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'O-edited-10',
    voice: 'edited',
    style: 'daily',
    text: 'Breadth was strong : 26 of 30 tokens rose. All 4 memecoins, all 7 AI tokens and and all 4 gaming tokens were higher, while 2 of 4 DePIN tokens fell.\n\nIn layer 1, 9 of 10 rose, XRP being the only decliner. Solana was the best at 7.8 %; the worst L1 was polkadot, down 0.6%.\n\nBitcoin is up 13.9 % over 30 days, ether 6.5%, and solana 29.6 %.',
    numbers: [
      {
        find: '26',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'contradicted',
        note: 'fact sector.depin.decliners_24h 3',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: 'layer 1',
        label: 'ignored',
      },
      {
        find: '9@1',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '7.8 %',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '0.6%',
        label: 'contradicted',
        note: 'worst L1 24h is XRP -0.60; DOT +4.90',
      },
      {
        find: '13.9 %',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '6.5%',
        label: 'contradicted',
        note: '7d value; eth.change_30d 11.58',
      },
      {
        find: '29.6 %',
        label: 'contradicted',
        note: 'fact sol.change_30d 19.60',
      },
    ],
  },
  {
    id: 'O-edited-11',
    voice: 'edited',
    style: 'daily',
    text: 'Quick hits : Doge $0.285 ( +9.2% ), shib $0.00001364 ( +8.5 % ), pepe $0.00000962 ( +4.3% ), wif $0.813 ( +12.1% ).\n\nMeme-category volume on CoinGecko reached $27bn, with a a category cap of $18bn. Bitcoin outperformed the market by 0.8 points.\n\nTomorrow could bring a 10% swing, traders said.',
    numbers: [
      {
        find: '$0.285',
        label: 'contradicted',
        note: 'fact doge.price 0.2584',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '$0.00001364',
        label: 'supported',
      },
      {
        find: '8.5 %',
        label: 'supported',
      },
      {
        find: '$0.00000962',
        label: 'supported',
      },
      {
        find: '4.3%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 14.25',
      },
      {
        find: '$0.813',
        label: 'supported',
      },
      {
        find: '12.1%',
        label: 'supported',
      },
      {
        find: '$27bn',
        label: 'supported',
      },
      {
        find: '$18bn',
        label: 'contradicted',
        note: 'fact sector.memes.category_cap 81B',
      },
      {
        find: '0.8@2',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
      {
        find: '10%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'O-edited-12',
    voice: 'edited',
    style: 'daily',
    text: "Update : bitcoin rose 4.5 % to trade at $113,805, its market value at $2.63trn.\n\nEther's 24h high was $4,682 and its low $4,429. Solana's open interest is $2.4bn, up 31% on the day.\n\nxrp funding is 0.0071 %, the lowest of the the majors, while bnb funding sits at 0.015%. The layer -1 cap is $3.76trn, and the sector's best weekly performer was sol at 11.2 %.\n\nDominance could top 62 % next week.",
    numbers: [
      {
        find: '4.5 %',
        label: 'contradicted',
        note: 'fact btc.change_24h 5.40',
      },
      {
        find: '$113,805',
        label: 'contradicted',
        note: 'fact btc.price 131804.6',
      },
      {
        find: '$2.63trn',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$4,682',
        label: 'contradicted',
        note: 'fact eth.high_24h 4628.1',
      },
      {
        find: '$4,429',
        label: 'supported',
      },
      {
        find: '$2.4bn',
        label: 'supported',
      },
      {
        find: '31%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h 13.0',
      },
      {
        find: '0.0071 %',
        label: 'supported',
      },
      {
        find: '0.015%',
        label: 'unsupported',
        note: 'no BNB funding fact',
      },
      {
        find: 'layer -1',
        label: 'ignored',
      },
      {
        find: '$3.76trn',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap 3.67T',
      },
      {
        find: '11.2 %',
        label: 'contradicted',
        note: 'best L1 7d is AVAX 11.18; SOL 9.35',
      },
      {
        find: '62 %',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'O-edited-13',
    voice: 'edited',
    style: 'sector',
    text: "DePIN : render rose 1.3 % to $4.12 while filecoin fell 2.6% to $2.51 and helium 2.2 % to $3.19. The sector's CoinGecko cap is $13.1bn, down 0.7 % on the day, on volume of $6bn. Over 30 days filecoin is down 3.4 % and render up 14.1%.",
    numbers: [
      {
        find: '1.3 %',
        label: 'supported',
      },
      {
        find: '$4.12',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '$2.51',
        label: 'supported',
      },
      {
        find: '2.2 %',
        label: 'supported',
      },
      {
        find: '$3.19',
        label: 'supported',
      },
      {
        find: '$13.1bn',
        label: 'supported',
      },
      {
        find: '0.7 %',
        label: 'supported',
      },
      {
        find: '$6bn',
        label: 'contradicted',
        note: 'fact sector.depin.category_volume_24h 1.6B',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '3.4 %',
        label: 'supported',
      },
      {
        find: '14.1%',
        label: 'contradicted',
        note: 'fact render.change_30d 4.11',
      },
    ],
  },
];
