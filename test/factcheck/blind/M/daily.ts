import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'M-daily-01',
    voice: 'daily',
    style: 'daily',
    text: "**Market snapshot**\n\nBTC/ETH: Bitcoin spent the day in a wide range and finished almost unchanged, at $108,450 and up 0.3%. The low was $104,130 and the high $111,921, so the coin covered most of a $7,800 band before settling. Ether was the standout among the large caps, up 4.6% to $3,905, after touching $4,009 at the top of its range.\n\nMajors: Solana added 0.6% to $178.42, BNB gained 0.5% to $962.70, while XRP lost 2.0% to $2.34. Cardano rose 1.5% and Avalanche put on 3.1%.\n\nSectors: Layer 2 led with a 3.8% gain, helped by Arbitrum's 8% jump. Memecoins were the weakest group, down 5.3%, with Dogecoin off 3.9%.\n\nDerivatives: funding on the BTC perpetual sat at -0.0041% per 8h, so shorts paid longs, and open interest on bitcoin rose 4.8%. Total open interest dropped 6.1% to $18.6 billion.\n\nHeadlines: CoinDesk reported $538 million of net inflows into spot bitcoin ETFs.",
    numbers: [
      {
        find: '$108,450',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$104,130',
        label: 'supported',
      },
      {
        find: '$111,921',
        label: 'supported',
      },
      {
        find: '$7,800',
        label: 'unsupported',
        note: 'derived: btc high minus low 7,790.78; The Block headline states it but is not cited here; debatable',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$3,905',
        label: 'supported',
      },
      {
        find: '$4,009',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$178.42',
        label: 'contradicted',
        note: 'sol.price 188.42',
      },
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '$962.70',
        label: 'supported',
      },
      {
        find: '2.0%',
        label: 'supported',
      },
      {
        find: '$2.34',
        label: 'contradicted',
        note: 'xrp.price 2.4316',
      },
      {
        find: '1.5%',
        label: 'contradicted',
        note: 'ada.change_24h 0.50',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'avax.change_24h 1.10',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '8%@2',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'contradicted',
        note: 'sector.memes.change_24h -3.49',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '-0.0041%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '4.8%',
        label: 'contradicted',
        note: 'btc.oi_change_24h -4.8; direction',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '$18.6 billion',
        label: 'supported',
      },
      {
        find: '$538 million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'M-daily-02',
    voice: 'daily',
    style: 'daily',
    text: 'Bitcoin is trading at $108,450 this morning, 0.3% higher than a day ago. Total crypto market cap is $3.76 trillion, down 0.9%, and bitcoin dominance stands at 59.1%. Nineteen assets on the watchlist rose and 11 fell.',
    numbers: [
      {
        find: '$108,450',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$3.76 trillion',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'contradicted',
        note: 'market.cap_change_24h +0.9; direction',
      },
      {
        find: '59.1%',
        label: 'contradicted',
        note: 'market.btc_dominance 57.6',
      },
      {
        find: 'Nineteen',
        label: 'contradicted',
        note: 'market.advancers_24h 17',
      },
      {
        find: '11',
        label: 'contradicted',
        note: 'market.decliners_24h 13',
      },
    ],
  },
  {
    id: 'M-daily-03',
    voice: 'daily',
    style: 'daily',
    text: "BTC/ETH. The day's story was a wick: bitcoin dropped to $104,130 and then bounced to $111,921 before closing at $108,450, a 1.3% gain. Trading volume in BTC ran at about 2.6 times its 7-day average. Ether outperformed with a 4.6% rise; its volume was roughly double the weekly norm. ETH now sits between support at $3,800 and resistance at $4,000.\n\nMajors. XRP was the laggard among the majors, down 2% at $2.43, just above support at $2.40. Solana rose 0.6% and trades under its $190 resistance. Sui climbed 2.1% and NEAR 4.8%. Polkadot gained 0.7% to $3.32.\n\nSectors. Layer 2 tokens were the best sector, up 3.8%; AI followed at 1.3% and Layer 1 at 0.9%. DePIN lost 0.8%, gaming 2.9% and memes 3.5%.\n\nDerivatives. Ether funding was positive at 0.0063%, while SOL funding was negative at -0.0087%. Ether open interest shrank 7.5%, to about $9.4 billion.\n\nHeadlines. Bitcoin Magazine reported dominance slipping to 57.6%.",
    numbers: [
      {
        find: '$104,130',
        label: 'supported',
      },
      {
        find: '$111,921',
        label: 'supported',
      },
      {
        find: '$108,450',
        label: 'supported',
      },
      {
        find: '1.3% g',
        label: 'contradicted',
        note: 'btc.change_24h 0.30',
      },
      {
        find: '2.6',
        label: 'contradicted',
        note: 'btc.volume_ratio_7d 1.57',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: 'double',
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
        find: '2%',
        label: 'supported',
      },
      {
        find: '$2.43',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$190',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'contradicted',
        note: 'near.change_24h 1.80',
      },
      {
        find: '0.7%',
        label: 'contradicted',
        note: 'dot.change_24h -0.70; direction',
      },
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '1.3%@2',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'contradicted',
        note: 'sector.gaming.change_24h -1.55',
      },
      {
        find: '3.5%',
        label: 'supported',
      },
      {
        find: '0.0063%',
        label: 'supported',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: '$9.4 billion',
        label: 'contradicted',
        note: 'eth.open_interest 7.4B',
      },
      {
        find: '57.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-04',
    voice: 'daily',
    style: 'daily',
    text: 'Ether jumped 6.6% on the day to $3,905, leaving bitcoin behind at $108,450. The gap pushed ETH to the top of the Layer 1 table, where 8 of 10 members gained.',
    numbers: [
      {
        find: '6.6%',
        label: 'contradicted',
        note: 'eth.change_24h 4.60; 6.57 is the 7d change',
      },
      {
        find: '$3,905',
        label: 'supported',
      },
      {
        find: '$108,450',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '8@2',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-05',
    voice: 'daily',
    style: 'daily',
    text: '**Daily brief**\n\nBitcoin: $108,450 (+0.3%). Range $104,130 - $111,921. Support $110,000, resistance $105,000. Market cap $1.16 trillion.\n\nEther: $3,905 (+4.6%), market cap $471 billion. Funding 0.0063% per 8h, or about 9.6% annualized.\n\nSolana: $188, up 0.6%; 24h low $176.47, high $195.65. Funding +0.0087%.\n\nXRP: $2.43, down 2%. Dogecoin: $0.2018, up 3.9%, with open interest down 8.4%.',
    numbers: [
      {
        find: '$108,450',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '$104,130',
        label: 'supported',
      },
      {
        find: '$111,921',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'contradicted',
        note: 'btc.support 105,000; 110,000 is resistance',
      },
      {
        find: '$105,000',
        label: 'contradicted',
        note: 'btc.resistance 110,000; levels swapped',
      },
      {
        find: '$1.16 trillion',
        label: 'contradicted',
        note: 'btc.market_cap 2.16T',
      },
      {
        find: '$3,905',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '$471 billion',
        label: 'supported',
      },
      {
        find: '0.0063%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '9.6%',
        label: 'contradicted',
        note: 'eth.funding_apr 6.90',
      },
      {
        find: '$188',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$176.47',
        label: 'supported',
      },
      {
        find: '$195.65',
        label: 'supported',
      },
      {
        find: '+0.0087%',
        label: 'contradicted',
        note: 'sol.funding_rate -0.0087; sign flipped',
      },
      {
        find: '$2.43',
        label: 'supported',
      },
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: '$0.2018',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'contradicted',
        note: 'doge.change_24h -3.90; direction',
      },
      {
        find: '8.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-06',
    voice: 'daily',
    style: 'weekly',
    text: '**Week in review**\n\nOver the week bitcoin gained 2.2%, ether 6.6% and Solana 7.3%. XRP was the weak major, down 2.2%. Arbitrum was the standout, up 15%, and Optimism rose 11.4%. Layer 2 as a whole gained 5.8%, while gaming lost 5.5% and memes 4%. The Sandbox was the worst gaming token at -8.6%, and Pepe fell 10.5%. Total open interest is down 2.7%. Render led AI with 9.5%, and Worldcoin was the only AI decliner at -1.8%.',
    numbers: [
      {
        find: '2.2%,',
        label: 'supported',
      },
      {
        find: '6.6%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'contradicted',
        note: 'sol.change_7d 4.31',
      },
      {
        find: '2.2%@2',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '5.5%',
        label: 'supported',
      },
      {
        find: '4%@2',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '10.5%',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'contradicted',
        note: 'render.change_7d 7.51',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-07',
    voice: 'daily',
    style: 'daily',
    text: 'Derivatives: The OI-weighted average funding rate was slightly negative at -0.0008%. Bitcoin open interest stood at $6.3 billion, ether at $4.7 billion, Solana at $2.3 billion, XRP at $1.2 billion and Dogecoin at $14 billion. The biggest drop in positioning came in ether, whose OI fell 4.8%, and the smallest in XRP at 3.2%. Dogecoin funding was -0.0105%, roughly -4.5% a year. Funding on XRP was +0.012%.',
    numbers: [
      {
        find: '-0.0008%',
        label: 'supported',
      },
      {
        find: '$6.3 billion',
        label: 'supported',
      },
      {
        find: '$4.7 billion',
        label: 'contradicted',
        note: 'eth.open_interest 7.4B',
      },
      {
        find: '$2.3 billion',
        label: 'supported',
      },
      {
        find: '$1.2 billion',
        label: 'supported',
      },
      {
        find: '$14 billion',
        label: 'contradicted',
        note: 'doge.open_interest 1.4B; 10x',
      },
      {
        find: '4.8%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -7.5; 4.8 is BTC',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '-0.0105%',
        label: 'supported',
      },
      {
        find: '-4.5%',
        label: 'contradicted',
        note: 'doge.funding_apr -11.50; -4.49 is BTC',
      },
      {
        find: '+0.012%',
        label: 'contradicted',
        note: 'xrp.funding_rate -0.0012; sign and 10x',
      },
    ],
  },
  {
    id: 'M-daily-08',
    voice: 'daily',
    style: 'sector',
    text: "**Sectors**\n\nLayer 2 was the best-performing sector with a 3.8% gain. Arbitrum led at +8%, Optimism added 4.5% and Polygon 5.2%; Immutable was the only decliner, off 0.8%. The sector's watchlist market cap is $6.2 billion, against a $16.3 billion CoinGecko category cap.\n\nAI tokens rose 1.3%, with Virtuals Protocol on top at 3.2% and Render the only loser at -0.6%. Bittensor gained 1.6% to $473.90 and Fetch.ai 7.2%. Five of the seven AI names finished higher.\n\nDePIN fell 0.8%. Filecoin was the worst at -1.5%, while Helium was the best performer at +2.4%.\n\nGaming slid 1.6% as Axie Infinity dropped 2.4%; all four gaming tokens fell, and the best of them, Immutable, was down 0.8%.\n\nMemes were the worst sector, down 3.5%. Shiba Inu held up best at -1.9%, while Dogecoin lost 3.9% and dogwifhat 1.8%. Pepe fell 5.8%.",
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '+8%',
        label: 'supported',
      },
      {
        find: '4.5%',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'pol.change_24h 2.50',
      },
      {
        find: '0.8%. T',
        label: 'supported',
      },
      {
        find: '$6.2 billion',
        label: 'supported',
      },
      {
        find: '$16.3 billion',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '1.6% t',
        label: 'supported',
      },
      {
        find: '$473.90',
        label: 'contradicted',
        note: 'tao.price 437.9',
      },
      {
        find: '7.2%',
        label: 'contradicted',
        note: 'fet.change_24h 1.40; 7.24 is 7d',
      },
      {
        find: 'Five',
        label: 'contradicted',
        note: 'sector.ai.advancers_24h 6',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '0.8%@2',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '+2.4%',
        label: 'contradicted',
        note: 'hnt.change_24h 0.40',
      },
      {
        find: '1.6%@2',
        label: 'supported',
      },
      {
        find: '2.4%@2',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '0.8%@3',
        label: 'supported',
      },
      {
        find: '3.5%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'wif.change_24h -3.80',
      },
      {
        find: '5.8%',
        label: 'contradicted',
        note: 'pepe.change_24h -2.84',
      },
    ],
  },
  {
    id: 'M-daily-09',
    voice: 'daily',
    style: 'daily',
    text: 'Headlines: The Block said liquidations topped $1.1 billion as bitcoin swung. Decrypt flagged a whale moving 4,500 BTC to an exchange from a wallet dormant since 2019. A cross-chain bridge was drained of $34 million, and an analyst quoted by CoinDesk sees bitcoin at $130,000 by year-end. Bitcoin Magazine reported BTC crashing below $100,000 in an afternoon sell-off.',
    numbers: [
      {
        find: '$1.1 billion',
        label: 'supported-by-source',
      },
      {
        find: '4,500',
        label: 'supported-by-source',
      },
      {
        find: '2019',
        label: 'ignored',
      },
      {
        find: '$34 million',
        label: 'unsupported',
        note: 'headline figure not attributed to its outlet (Cointelegraph)',
      },
      {
        find: '$130,000',
        label: 'supported-by-source',
      },
      {
        find: '$100,000',
        label: 'contradicted',
        note: 'btc.low_24h 104,130; attributed headline contradicted by fact',
      },
    ],
  },
  {
    id: 'M-daily-10',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin's realized volatility over 7 days is about 29% annualized, well below the 38% reading over 30 days. Ether's 7-day volatility is far higher at 70%, and Solana's is near 45%. Bitcoin trades 8.8% below its 30-day swing high of $118,953 and comfortably above the swing low of $110,062.",
    numbers: [
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '29%',
        label: 'supported',
      },
      {
        find: '38%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '70%',
        label: 'supported',
      },
      {
        find: '45%',
        label: 'contradicted',
        note: 'sol.volatility_7d 57.9',
      },
      {
        find: '8.8%',
        label: 'unsupported',
        note: 'distance to swing high; derived',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$118,953',
        label: 'supported',
      },
      {
        find: '$110,062',
        label: 'contradicted',
        note: 'btc.swing_low_30d 101,061.79',
      },
    ],
  },
  {
    id: 'M-daily-11',
    voice: 'daily',
    style: 'daily',
    text: "Majors snapshot. BNB edged up 0.5% to $963, capped by resistance at $1,000. Cardano rose 0.5% to $0.784; Avalanche gained 1.1% to $19.27. Polkadot was down 2.7%. Sui added 2.1% to $2.74, and NEAR rose 1.8% to $3.13. XRP's market cap is about $146 billion, Solana's roughly $104 billion, BNB's $154 billion.",
    numbers: [
      {
        find: 'p 0.5% to ',
        label: 'supported',
      },
      {
        find: '$963',
        label: 'supported',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '0.5%@2',
        label: 'supported',
      },
      {
        find: '$0.784',
        label: 'contradicted',
        note: 'ada.price 0.6841',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '$19.27',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: 'dot.change_24h -0.70',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '$2.74',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '$3.13',
        label: 'supported',
      },
      {
        find: '$146 billion',
        label: 'supported',
      },
      {
        find: '$104 billion',
        label: 'supported',
      },
      {
        find: '$154 billion',
        label: 'contradicted',
        note: 'bnb.market_cap 134B',
      },
    ],
  },
  {
    id: 'M-daily-12',
    voice: 'daily',
    style: 'daily',
    text: "Ether climbed 4.6%, more than fifteen times bitcoin's 0.3% move.",
    numbers: [
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: 'fifteen',
        label: 'unsupported',
        note: 'derived ratio 4.60/0.30 no fact states; debatable',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-13',
    voice: 'daily',
    style: 'daily',
    text: '**Snapshot**\n\nBTC $108,450, +3%; ETH $3,905, +4.6%. Total market cap $3.76T (+0.9%); 24h volume $216 billion. BTC dominance 57.6%.\n\nThe breadth was positive but thin: 17 of 30 watchlist assets rose. Memes were the weakest, all 4 members down.\n\nBitcoin funding turned negative at -0.0041%, per Bitcoin Magazine, with OI falling 4.8%. Bitcoin should test $115,000 next week if the bid holds.',
    numbers: [
      {
        find: '$108,450',
        label: 'supported',
      },
      {
        find: '+3%',
        label: 'contradicted',
        note: 'btc.change_24h 0.30; 10x',
      },
      {
        find: '$3,905',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '$3.76T',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$216 billion',
        label: 'contradicted',
        note: 'market.volume_24h 261B',
      },
      {
        find: '57.6%',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '-0.0041%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'M-daily-14',
    voice: 'daily',
    style: 'daily',
    text: "Solana finished 0.6% higher at $188.42 after swinging between $176 and $196. Its funding rate of -0.0087% per 8 hours means shorts are paying longs, an annualized -9.5%. Open interest in SOL fell 8.4% to $2.3 billion. SOL's volume ran 1.8 times its weekly average.",
    numbers: [
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$188.42',
        label: 'supported',
      },
      {
        find: '$176',
        label: 'supported',
      },
      {
        find: '$196',
        label: 'supported',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '-9.5%',
        label: 'supported',
      },
      {
        find: '8.4%',
        label: 'contradicted',
        note: 'sol.oi_change_24h -5.4; 8.4 is DOGE',
      },
      {
        find: '$2.3 billion',
        label: 'supported',
      },
      {
        find: '1.8',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-15',
    voice: 'daily',
    style: 'daily',
    text: "Memecoins: Dogecoin fell 3.9% to $0.202, Pepe lost 2.8% and Shiba Inu 4.1%. dogwifhat dropped 3.8% to $0.61. The meme sector's watchlist cap shrank by about $1.5 billion to $40.8 billion. Dogecoin's funding was positive, with longs paying 0.0105%.",
    numbers: [
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$0.202',
        label: 'supported',
      },
      {
        find: '2.8%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'shib.change_24h -1.89',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$0.61',
        label: 'supported',
      },
      {
        find: '$1.5 billion',
        label: 'supported',
      },
      {
        find: '$40.8 billion',
        label: 'supported',
      },
      {
        find: '0.0105%',
        label: 'contradicted',
        note: 'doge.funding_rate -0.0105; sign/payer wrong',
      },
    ],
  },
  {
    id: 'M-daily-16',
    voice: 'daily',
    style: 'daily',
    text: "Layer 1 tokens rose 0.9%, with ether the best member and XRP the worst at -4.0%. The sector's watchlist market cap rose by about $62 billion to $3.07 trillion.",
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '-4.0%',
        label: 'contradicted',
        note: 'xrp.change_24h -2.0',
      },
      {
        find: '$62 billion',
        label: 'contradicted',
        note: 'sector.l1.market_cap_change_24h 25.9B',
      },
      {
        find: '$3.07 trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-17',
    voice: 'daily',
    style: 'daily',
    text: "Arbitrum's 8% gain took it to $0.345, a fresh 30-day high above $0.40. Optimism ended at $0.605, Polygon at $0.209.",
    numbers: [
      {
        find: '8%',
        label: 'supported',
      },
      {
        find: '$0.345',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$0.40',
        label: 'contradicted',
        note: 'arb.swing_high_30d 0.34558; 24h high 0.35494',
      },
      {
        find: '$0.605',
        label: 'contradicted',
        note: 'op.price 0.5063',
      },
      {
        find: '$0.209',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-18',
    voice: 'daily',
    style: 'daily',
    text: 'Volume: total crypto turnover was $261 billion on the day. Bitcoin traded $5.4 billion and ether $5.5 billion, which put ETH volume at 2.0 times its 7-day average versus 3.1 times for BTC.',
    numbers: [
      {
        find: '$261 billion',
        label: 'supported',
      },
      {
        find: '$5.4 billion',
        label: 'supported',
      },
      {
        find: '$5.5 billion',
        label: 'supported',
      },
      {
        find: '2.0',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '3.1',
        label: 'contradicted',
        note: 'btc.volume_ratio_7d 1.57',
      },
    ],
  },
  {
    id: 'M-daily-19',
    voice: 'daily',
    style: 'daily',
    text: 'Total open interest across perpetuals fell 6% to $18.6 billion. Over the week it is down 7.5%.',
    numbers: [
      {
        find: '6%',
        label: 'supported',
      },
      {
        find: '$18.6 billion',
        label: 'supported',
      },
      {
        find: '7.5%',
        label: 'contradicted',
        note: 'market.oi_change_7d -2.74; 7.5 is ETH 24h',
      },
    ],
  },
  {
    id: 'M-daily-20',
    voice: 'daily',
    style: 'daily',
    text: 'Cointelegraph wrote that ether gained 4.6% to $3,905. CryptoSlate reported that ether dropped 5% as sellers returned. A Reddit post claimed open interest jumped 5% overnight.',
    numbers: [
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$3,905',
        label: 'supported',
      },
      {
        find: '5% a',
        label: 'contradicted',
        note: 'eth.change_24h +4.60; attributed headline contradicted by fact',
      },
      {
        find: '5%@2',
        label: 'contradicted',
        note: 'market.oi_change_24h -6.1',
      },
    ],
  },
  {
    id: 'M-daily-21',
    voice: 'daily',
    style: 'daily',
    text: "Outlook: Bitcoin's next stop could be $120,000 if the $110,000 resistance gives way, while a loss of $105,000 support opens the way back to $100,000. The all-time high of $126,000 is still some way off. Ether is 2.4% below its $4,000 resistance.",
    numbers: [
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'unsupported',
        note: 'forecast level',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '2.4%',
        label: 'unsupported',
        note: 'distance to resistance; derived',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-22',
    voice: 'daily',
    style: 'daily',
    text: 'Majors were mixed. Solana rose 1.6% and BNB 0.5%, but XRP lost 3.2%. Chainlink gained 2.7% and Litecoin 1.9%. Among the top 10, Cardano was flat at $0.68.',
    numbers: [
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'sol.change_24h 0.60',
      },
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'xrp.change_24h -2.0; 3.2 is XRP OI change',
      },
      {
        find: '2.7%',
        label: 'unsupported',
        note: 'LINK is off watchlist',
      },
      {
        find: '1.9%',
        label: 'unsupported',
        note: 'LTC off watchlist',
      },
      {
        find: '10',
        label: 'ignored',
      },
      {
        find: '$0.68',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-daily-23',
    voice: 'daily',
    style: 'daily',
    text: 'Spot ETF flows: U.S. bitcoin funds took in $538 million on the day, the 2nd straight day of inflows, and ether funds added $120 million. U.S. CPI came in at 2.9%.',
    numbers: [
      {
        find: '$538 million',
        label: 'unsupported',
        note: 'ETF headline figure not attributed to CoinDesk',
      },
      {
        find: '2nd',
        label: 'ignored',
      },
      {
        find: '$120 million',
        label: 'unsupported',
        note: 'invented',
      },
      {
        find: '2.9%',
        label: 'unsupported',
        note: 'macro, no fact',
      },
    ],
  },
  {
    id: 'M-daily-24',
    voice: 'daily',
    style: 'sector',
    text: "Sector rank for the day: Layer 2 first at +3.8%, then AI at +1.3% and Layer 1 at +0.9%. Gaming was the second-worst at -1.6%, ahead of memes at -3.5%. DePIN's best member was Render at +0.6%, and gaming's worst was The Sandbox at -1.8%.",
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'supported',
      },
      {
        find: '-3.5%',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'contradicted',
        note: 'sector.depin.best_24h is HNT +0.40; render -0.60',
      },
      {
        find: '-1.8%',
        label: 'contradicted',
        note: 'sector.gaming.worst_24h is AXS -2.40; sand -1.80 is right value but not worst',
      },
    ],
  },
  {
    id: 'M-daily-25',
    voice: 'daily',
    style: 'weekly',
    text: 'This week: Ether is up 4.6% and bitcoin 2.2%. Layer 1 gained 2.6%, AI 3.3%, DePIN 1.5%. Memes dropped 9.7%, with Shiba Inu the only riser at +0.3%. Immutable fell 7.3% and IoTeX 6.3%. Avalanche added 6.9%.',
    numbers: [
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'eth.change_7d 6.57; 4.6 is 24h',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '9.7%',
        label: 'contradicted',
        note: 'sector.memes.change_7d -3.96; 9.7 is 30d',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'contradicted',
        note: 'avax.change_7d 3.86',
      },
    ],
  },
];
