import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'F-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Morning note from desk, 20.11.2026

- BTC is trading 103,812 after loss of 2.1% in last 24h. Range of session was 103,195 – 106,814.
- Support we see at 102,000, resistance at 105,000. Price is now below resistance, market failed to reclaim it.
- ETH weaker than BTC, -3.1% to 3,412. SOL -5.6% at 152.4, XRP only major in green, +1.9%.
- Dominance of BTC is 62.9%, alts lose more than the big one.
- Flows: funding still positive on BTC (0.0062% per 8h), OI is down 9.6% on the day. ETF outflow was 420 mln yesterday.
- Target for the shorts is 98,000. Our view: stay small, sellers are in control.`,
    numbers: [
      { find: '20.11.2026', label: 'ignored' },
      { find: '103,812', label: 'supported' },
      { find: '2.1%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '103,195', label: 'supported' },
      { find: '106,814', label: 'supported' },
      { find: '102,000', label: 'contradicted', note: 'btc.support 100,000' },
      { find: '105,000', label: 'supported' },
      { find: '-3.1%', label: 'supported' },
      { find: '3,412', label: 'supported' },
      { find: '-5.6%', label: 'contradicted', note: 'sol.change_24h -3.62' },
      { find: '152.4', label: 'supported' },
      { find: '+1.9%', label: 'contradicted', note: 'xrp.change_24h +0.94' },
      { find: '62.9%', label: 'supported' },
      { find: '0.0062%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '9.6%', label: 'contradicted', note: 'btc.oi_change_24h -3.8; -9.6 is 7d' },
      { find: '420 mln', label: 'unsupported', note: 'CoinDesk ETF figure, not attributed' },
      { find: '98,000', label: 'unsupported', note: 'forecast / target' },
    ],
  },
  {
    id: 'F-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk note: alts

- Weakest sector is again AI: -6.4% in 24h. All 7 names are red. Worst is VIRTUAL -8.8%, best is GRT -5.6%. AI sector lost 1.2 bn of cap today.
- FET -7.4%, RENDER -9.6%, TAO -12.8%, WLD -6.2%, NEAR -2.8%.
- Memes -4.2%, WIF worst -6.3%, PEPE least bad -3.6%. DOGE funding is flip negative, shorts pay longs.
- L2 -4.3%, ARB worst with -4.9%.
- Only 3 coins of 30 in the green: XRP and HNT. HNT +2.4% on carrier news.
- Gaming -4.2%, DePIN -4.3%. L1 hold best, -2.1%.
- Next support for AI basket maybe 10% lower from here.`,
    numbers: [
      { find: '-6.4%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: 'All 7', label: 'supported' },
      { find: '-8.8%', label: 'supported' },
      { find: '-5.6%', label: 'supported' },
      { find: '1.2 bn', label: 'contradicted', note: 'sector.ai.market_cap_change_24h -759M' },
      { find: '-7.4%', label: 'supported' },
      { find: '-9.6%', label: 'contradicted', note: 'render.change_24h -6.93' },
      { find: '-12.8%', label: 'contradicted', note: 'tao.change_24h -5.94; -12.8 is 7d' },
      { find: '-6.2%', label: 'supported' },
      { find: '-2.8%', label: 'contradicted', note: 'near.change_24h -5.81' },
      { find: '-4.2%@1', label: 'supported', note: 'sector.memes.change_24h -4.17' },
      { find: '-6.3%', label: 'supported' },
      { find: '-3.6%', label: 'contradicted', note: 'least bad meme is SHIB -3.64; pepe -5.43' },
      { find: 'L2', label: 'ignored' },
      { find: '-4.3%@1', label: 'supported', note: 'sector.l2.change_24h -4.31' },
      { find: '-4.9%', label: 'contradicted', note: 'worst L2 is OP -4.91; arb.change_24h -4.63' },
      { find: 'Only 3', label: 'contradicted', note: 'market.advancers_24h 2' },
      { find: 'of 30', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
      { find: '-4.2%@2', label: 'supported', note: 'sector.gaming.change_24h -4.23' },
      { find: '-4.3%@2', label: 'supported', note: 'sector.depin.change_24h -4.29' },
      { find: 'L1', label: 'ignored' },
      { find: '-2.1%', label: 'supported' },
      { find: '10%', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'F-desk-note-03',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly desk letter (week to 20 Nov)

- Week was difficult. BTC -4.95%, ETH -10.6%, SOL -12%, XRP +0.9%, BNB -1.6%.
- Open interest on majors go down: total OI -10.8% on week, BTC OI -9.6%, ETH OI -12.3%, SOL OI -5.2%, DOGE OI -15.8%.
- Sectors: L2 worst -17.5%, memes -15.8%, gaming -24.0%, DePIN -20.8%, AI -11.4%, L1 -2.1%.
- No sector finish positive, 0 of 10 L1 coins up.
- BTC is below 30-day swing low 104,565 now. Swing high was 115,683, ATH 126,000 from October feels far.
- ETH realized vol for the week 31%, not so extreme.`,
    numbers: [
      { find: '20 Nov', label: 'ignored' },
      { find: '-4.95%', label: 'supported' },
      { find: '-10.6%', label: 'supported' },
      { find: '-12%', label: 'supported' },
      { find: '+0.9%', label: 'contradicted', note: 'xrp.change_7d -2.09; +0.94 is 24h' },
      { find: '-1.6%', label: 'contradicted', note: 'bnb.change_7d -5.79; -1.61 is 24h' },
      { find: '-10.8%', label: 'supported' },
      { find: '-9.6%', label: 'supported' },
      { find: '-12.3%', label: 'supported' },
      { find: '-5.2%', label: 'contradicted', note: 'sol.oi_change_7d -13.1; -5.2 is 24h' },
      { find: '-15.8%@1', label: 'supported', note: 'doge.oi_change_7d -15.8' },
      { find: 'L2', label: 'ignored' },
      { find: '-17.5%', label: 'supported' },
      { find: '-15.8%@2', label: 'supported', note: 'sector.memes.change_7d -15.81' },
      { find: '-24.0%', label: 'contradicted', note: 'sector.gaming.change_7d -14.76; -24.05 is 30d' },
      { find: '-20.8%', label: 'contradicted', note: 'sector.depin.change_7d -12.26; -20.83 is 30d' },
      { find: '-11.4%', label: 'supported' },
      { find: 'L1@1', label: 'ignored' },
      { find: '-2.1%', label: 'contradicted', note: 'sector.l1.change_7d -5.99; -2.12 is 24h' },
      { find: '0 of', label: 'supported' },
      { find: '10 L1', label: 'supported', note: 'the 1 in L1 is part of the find; count 10' },
      { find: '30-day', label: 'ignored' },
      { find: '104,565', label: 'supported' },
      { find: '115,683', label: 'supported' },
      { find: '126,000', label: 'unsupported', note: 'history' },
      { find: '31%', label: 'supported', note: 'eth.volatility_7d 30.97' },
    ],
  },
  {
    id: 'F-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives desk

• Total open interest 17.07bn, -4.2% d/d. Deleveraging is continue.
• BTC OI 9.82bn (-3.8%), ETH 5.14bn (-4.6%), SOL 1.42bn (-5.2%), XRP 0.98bn (-6.4%), DOGE 0.61bn (-7.1%).
• Funding per 8h: BTC +0.0062%, ETH -0.0051%, SOL +0.0038%, XRP +0.0074%, DOGE -0.0041%. Annualized BTC 6.8%, XRP 12.1%, DOGE +4.5%. Average OI-weighted is 0.0054%.
• Positive funding means longs pay to shorts on majors; on DOGE it is opposite.
• Liquidations were 380m, mostly longs. Funding on BTC was 0.01% last week.
• BTC realized vol 7d at 30.5%, 30d at 39.0%. ETH 30d vol much higher, 46.7%.`,
    numbers: [
      { find: '17.07bn', label: 'supported' },
      { find: '-4.2%', label: 'supported' },
      { find: '9.82bn', label: 'contradicted', note: 'btc.open_interest 8.92B' },
      { find: '-3.8%', label: 'supported' },
      { find: '5.14bn', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: '1.42bn', label: 'supported' },
      { find: '-5.2%', label: 'supported' },
      { find: '0.98bn', label: 'supported' },
      { find: '-6.4%', label: 'contradicted', note: 'xrp.oi_change_24h -1.9; -6.4 is 7d' },
      { find: '0.61bn', label: 'supported' },
      { find: '-7.1%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '+0.0062%', label: 'supported' },
      { find: '-0.0051%', label: 'contradicted', note: 'eth.funding_rate +0.0051, sign flip' },
      { find: '+0.0038%', label: 'supported' },
      { find: '+0.0074%', label: 'supported' },
      { find: '-0.0041%', label: 'supported' },
      { find: '6.8%', label: 'supported' },
      { find: '12.1%', label: 'contradicted', note: 'xrp.funding_apr 8.10' },
      { find: '+4.5%', label: 'contradicted', note: 'doge.funding_apr -4.49, sign flip' },
      { find: '0.0054%', label: 'supported' },
      { find: '380m', label: 'unsupported', note: 'liquidations: no fact' },
      { find: '0.01%', label: 'unsupported', note: 'history' },
      { find: '7d', label: 'ignored' },
      { find: '30.5%', label: 'supported' },
      { find: '30d@1', label: 'ignored' },
      { find: '39.0%', label: 'contradicted', note: 'btc.volatility_30d 29.03' },
      { find: '30d@2', label: 'ignored' },
      { find: '46.7%', label: 'supported' },
    ],
  },
  {
    id: 'F-desk-note-05',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector flash — layer-1

- L1 basket -2.1% over 24h, best of all sectors. Market cap of basket 3.06tn, it lost 62bn.
- Only XRP is up (+0.94%), other 9 down. XRP 24h high was 2.5974.
- Worst NEAR -5.8%, then SUI -4.4%, AVAX -6.9%, SOL -3.6%, DOT -3.3%, ETH -3.1%, ADA -0.8%, BTC -2.1%, BNB +1.6%.
- ADA sit on support 0.50 (price 0.5124), AVAX under resistance 17 at 16.92.
- DOT at 2.941, new 30-day low area; swing low 2.999 already broken. DOT may test 2.50 next.
- ETH/BTC ratio is 0.0329. NEAR also worst on month, -21.4%.`,
    numbers: [
      { find: 'layer-1', label: 'ignored' },
      { find: 'L1', label: 'ignored' },
      { find: '-2.1%@1', label: 'supported' },
      { find: '24h@1', label: 'ignored' },
      { find: '3.06tn', label: 'contradicted', note: 'sector.l1.market_cap 2.88T; 3.06T was 7d ago' },
      { find: '62bn', label: 'supported' },
      { find: '+0.94%', label: 'supported' },
      { find: '9 down', label: 'supported' },
      { find: '24h@2', label: 'ignored' },
      { find: '2.5974', label: 'contradicted', note: 'xrp.high_24h 2.3421; 2.5974 is the 30d swing high' },
      { find: '-5.8%', label: 'supported' },
      { find: '-4.4%', label: 'supported' },
      { find: '-6.9%', label: 'contradicted', note: 'avax.change_24h -3.93' },
      { find: '-3.6%', label: 'supported' },
      { find: '-3.3%', label: 'supported' },
      { find: '-3.1%', label: 'supported' },
      { find: '-0.8%', label: 'contradicted', note: 'ada.change_24h -2.84' },
      { find: '-2.1%@2', label: 'supported' },
      { find: '+1.6%', label: 'contradicted', note: 'bnb.change_24h -1.61, sign flip' },
      { find: '0.50', label: 'supported' },
      { find: '0.5124', label: 'supported' },
      { find: 'resistance 17', label: 'supported' },
      { find: '16.92', label: 'supported' },
      { find: '2.941', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '2.999', label: 'supported' },
      { find: '2.50', label: 'unsupported', note: 'forecast' },
      { find: '0.0329', label: 'unsupported', note: 'derived ratio' },
      { find: '-21.4%', label: 'contradicted', note: 'near.change_30d -28.47' },
    ],
  },
  {
    id: 'F-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `News digest for desk

1. CoinDesk: AI tokens slide 6%, Bittensor and FET lead losses. Our numbers: TAO -5.9%, FET -9.2%.
2. CoinDesk: US spot BTC ETFs bleed fourth day, $420m net outflow on Thursday (Farside data).
3. Cointelegraph: DOGE funding flip negative. We see -0.0041% per 8h, so shorts are paying longs.
4. Decrypt: SOL dips below $155. Now 152.41, down 8.6% on day.
5. Bitcoin Magazine: BTC near $103,800 early Friday, support at $103,000 is watched.
6. CryptoSlate: total market cap still above $3 trillion, we have 3.92tn. BTC share edged up to 64%, says CryptoSlate.
7. The Block: perp OI fall second week. Our total OI 7d: -10.8%. Weekly ETF outflows total $1.9bn.`,
    numbers: [
      { find: '1. CoinDesk', label: 'ignored' },
      { find: 'slide 6%', label: 'supported', note: 'sector.ai.change_24h -6.35' },
      { find: '-5.9%', label: 'supported' },
      { find: '-9.2%', label: 'contradicted', note: 'fet.change_24h -7.42; -9.16 is 7d' },
      { find: '2. CoinDesk', label: 'ignored' },
      { find: 'fourth', label: 'supported-by-source', note: 'CoinDesk ETF headline' },
      { find: '$420m', label: 'supported-by-source', note: 'CoinDesk ETF summary' },
      { find: '3. Cointelegraph', label: 'ignored' },
      { find: '-0.0041%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '4. Decrypt', label: 'ignored' },
      { find: '$155', label: 'supported', note: 'sol.price 152.41, below 155' },
      { find: '152.41', label: 'supported' },
      { find: '8.6%', label: 'contradicted', note: 'sol.change_24h -3.62' },
      { find: '5. Bitcoin', label: 'ignored' },
      { find: '$103,800', label: 'supported' },
      {
        find: '$103,000',
        label: 'contradicted',
        note: 'btc.support 100,000 (headline says 103,000 support): debatable',
      },
      { find: '6. CryptoSlate', label: 'ignored' },
      { find: '$3 trillion', label: 'supported' },
      { find: '3.92tn', label: 'contradicted', note: 'market.total_cap 3.294T' },
      { find: '64%', label: 'contradicted', note: 'market.btc_dominance 62.90; headline has no figure' },
      { find: '7. The', label: 'ignored' },
      { find: 'second', label: 'supported-by-source', note: 'The Block OI headline' },
      { find: '7d', label: 'ignored' },
      { find: '-10.8%', label: 'supported' },
      { find: '$1.9bn', label: 'unsupported', note: 'invented' },
    ],
  },
  {
    id: 'F-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Quick update 09:30 CET: BTC 103.8k (-2.07%), ETH 3,613 (-3.08%). Alts are more weak. AI -6.35%, memes -4.17%. Only 2 advancers on our 30-coin list. Funding avg 0.054%, OI -4.17% on day. BTC dom 65.1%.`,
    numbers: [
      { find: '09:30', label: 'ignored' },
      { find: '103.8k', label: 'supported' },
      { find: '-2.07%', label: 'supported' },
      { find: '3,613', label: 'contradicted', note: 'eth.price 3412.57' },
      { find: '-3.08%', label: 'supported' },
      { find: '-6.35%', label: 'supported' },
      { find: '-4.17%@1', label: 'supported', note: 'sector.memes.change_24h -4.17' },
      { find: 'Only 2', label: 'supported' },
      { find: '30-coin', label: 'supported', note: 'market.members 30' },
      { find: '0.054%', label: 'contradicted', note: 'market.funding_avg 0.0054, 10x' },
      { find: '-4.17%@2', label: 'supported', note: 'market.oi_change_24h -4.17' },
      { find: '65.1%', label: 'contradicted', note: 'market.btc_dominance 62.90' },
    ],
  },
  {
    id: 'F-desk-note-08',
    voice: 'desk-note',
    style: 'weekly',
    text: `Week recap for alts book

- SOL lost 12% on the week, now 152.41, close to 30-day low 151.63.
- DOT -14.4%, worst of L1. SUI -19.8%. AVAX -3.9%. ADA -6.8%. NEAR -7.1%.
- AI names: RENDER -18.9% worst, NEAR best of AI with -7.1%. FET only -9.2%, but in 30 days FET -36.3%, worst of sector. GRT -26.4%, TAO -5.9%, WLD -8.9%.
- L2: ARB -18.4%, OP -17.1%, POL -22.5%, IMX -17.9%.
- DePIN: HNT +2.4%, FIL -7.9%, IOTX -13.8%.
- Next week unlock for ARB is 92m tokens, careful.`,
    numbers: [
      { find: '12%', label: 'supported' },
      { find: '152.41', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '151.63', label: 'supported' },
      { find: '-14.4%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-19.8%', label: 'contradicted', note: 'sui.change_7d -12.45; -19.8 is 30d' },
      { find: '-3.9%', label: 'contradicted', note: 'avax.change_7d -8.43; -3.93 is 24h' },
      { find: '-6.8%', label: 'supported' },
      { find: '-7.1%@1', label: 'supported' },
      { find: '-18.9%', label: 'supported' },
      { find: '-7.1%@2', label: 'supported' },
      { find: '-9.2%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '-36.3%', label: 'supported' },
      { find: '-26.4%', label: 'contradicted', note: 'grt.change_7d -14.85; -26.42 is 30d' },
      { find: '-5.9%', label: 'contradicted', note: 'tao.change_7d -12.78; -5.94 is 24h' },
      { find: '-8.9%', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-18.4%', label: 'supported' },
      { find: '-17.1%', label: 'supported' },
      { find: '-22.5%', label: 'contradicted', note: 'pol.change_7d -16.74; -22.54 is 30d' },
      { find: '-17.9%', label: 'supported' },
      { find: '+2.4%', label: 'contradicted', note: 'hnt.change_7d -5.03; +2.38 is 24h' },
      { find: '-7.9%', label: 'supported' },
      { find: '-13.8%', label: 'supported' },
      { find: '92m', label: 'unsupported', note: 'invented unlock' },
    ],
  },
  {
    id: 'F-desk-note-09',
    voice: 'desk-note',
    style: 'daily',
    text: `Levels sheet

- BTC: S 100,000 / R 105,000. 24h H 107,950 L 103,195. The 30-day swing low 104,565 is broken. Distance to support is 3.7%.
- ETH: S 3,400 / R 3,600. H 3,528 L 3,345. Price 3,412, very near the support.
- SOL: S 155 / R 160. H 158.92 L 151.63. Swing high of month 196.78.
- XRP: S 2.30 / R 2.40, trading 2.31.
- BNB: S 900 / R 950, at 948.
- DOGE: S 0.160 / R 0.19, trading 0.168.
- AVAX: S 16 / R 17. TAO: S 300 / R 360. NEAR: S 2.40 / R 2.60.`,
    numbers: [
      { find: '100,000', label: 'supported' },
      { find: '105,000', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '107,950', label: 'contradicted', note: 'btc.high_24h 106,813.87' },
      { find: '103,195', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '104,565', label: 'supported' },
      { find: '3.7%', label: 'unsupported', note: 'distance to level, derived' },
      { find: '3,400', label: 'supported' },
      { find: '3,600', label: 'supported' },
      { find: '3,528', label: 'supported' },
      { find: '3,345', label: 'contradicted', note: 'eth.low_24h 3405.22; 3344 is the 30d swing low' },
      { find: '3,412', label: 'supported' },
      { find: 'S 155', label: 'contradicted', note: 'sol.support 150' },
      { find: 'R 160', label: 'supported' },
      { find: '158.92', label: 'supported' },
      { find: '151.63', label: 'supported' },
      { find: '196.78', label: 'supported' },
      { find: '2.30', label: 'supported' },
      { find: '2.40@1', label: 'supported' },
      { find: '2.31', label: 'supported' },
      { find: 'S 900', label: 'supported' },
      { find: 'R 950', label: 'supported' },
      { find: 'at 948', label: 'supported' },
      { find: '0.160', label: 'supported' },
      { find: '0.19', label: 'contradicted', note: 'doge.resistance 0.17' },
      { find: '0.168', label: 'supported' },
      { find: 'S 16 ', label: 'supported' },
      { find: 'R 17', label: 'supported' },
      { find: 'S 300', label: 'supported' },
      { find: 'R 360', label: 'contradicted', note: 'tao.resistance 320' },
      { find: '2.40@2', label: 'supported', note: 'near.support 2.4' },
      { find: '2.60', label: 'contradicted', note: 'near.resistance 2.5' },
    ],
  },
];
