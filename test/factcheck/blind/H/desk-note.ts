import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'H-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Morning desk note, 2 Dec
- BTC trades at 104,237 USD, +1.3% on 24h. Session very quiet, volume is only 48% of the 7-day average.
- Range of the day 102,843 to 104,557, the upper end is also new 30-day swing high.
- ETH more weak, -0.82% to 3,618. Support we see at 3,600, resistance at 3,900.
- BTC funding stays positive with 0.0142% per 8h, so longs pay to shorts. ETH funding 0.0187%, annualized near 20.5%.
- Total open interest 17.55 bn USD, plus 3.6% in the day and plus 9.5% over the week.`,
    numbers: [
      { find: '2 Dec', label: 'ignored' },
      { find: '104,237 USD', label: 'supported' },
      { find: '+1.3%', label: 'contradicted', note: 'fact btc.change_24h 0.31' },
      { find: '24h', label: 'ignored' },
      { find: '48%', label: 'contradicted', note: 'fact btc.volume_ratio_7d 0.634 (63%)' },
      { find: '7-day', label: 'ignored' },
      { find: '102,843', label: 'supported' },
      { find: '104,557', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '-0.82%', label: 'supported' },
      { find: '3,618', label: 'supported' },
      { find: '3,600', label: 'supported' },
      { find: '3,900', label: 'contradicted', note: 'fact eth.resistance 3800' },
      { find: '0.0142%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '0.0187%', label: 'supported' },
      { find: '20.5%', label: 'supported' },
      { find: '17.55 bn USD', label: 'supported' },
      { find: '3.6%', label: 'supported' },
      { find: '9.5%', label: 'contradicted', note: 'fact market.oi_change_7d 6.46' },
    ],
  },
  {
    id: 'H-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Majors overview (24h)
• SOL +0.47% at 167.24, it hold the 160 support but cannot break 170.
• XRP +0.62%, price 2.41. Open interest of XRP is falling 4.1% even funding is positive, 0.0118% per 8h.
• BNB small up, +1.8%, stay above 1,000 level, high of day was 1,021.
• ADA lose 5.4%, DOT lose 7.4%, AVAX is best of Layer 1 with +1.24%.
• NEAR is the weakest L1, -2.9% on the day.
• SUI +0.93% to 2.56, close to the 30-day high 2.59.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '+0.47%', label: 'contradicted', note: 'direction: fact sol.change_24h -0.47' },
      { find: '167.24', label: 'supported' },
      { find: '160', label: 'supported' },
      { find: '170', label: 'supported' },
      { find: '+0.62%', label: 'supported' },
      { find: '2.41', label: 'supported' },
      { find: '4.1%', label: 'contradicted', note: 'fact xrp.oi_change_24h -1.4' },
      { find: '0.0118%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '+1.8%', label: 'contradicted', note: '10x slip: fact bnb.change_24h 0.18' },
      { find: '1,000', label: 'supported' },
      { find: '1,021', label: 'supported' },
      { find: '5.4%', label: 'contradicted', note: 'fact ada.change_24h -1.36; 5.44 is the +7d figure' },
      { find: '7.4%', label: 'contradicted', note: '10x slip: fact dot.change_24h -0.74' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+1.24%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-2.9%', label: 'contradicted', note: 'fact near.change_24h -1.87' },
      { find: '+0.93%', label: 'supported' },
      { find: '2.56', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '2.59', label: 'supported', note: 'sui.swing_high_30d 2.5947' },
    ],
  },
  {
    id: 'H-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector desk, 24h view:
- Memes leading again, +2.38% for the group, all 4 members green. PEPE is top with +5.28%, DOGE the laggard but still +2.08%.
- DePIN second with +0.65%, IOTX +4.3% carry it, HNT only red one at -0.52%.
- Layer 1 flat, +0.11%, 6 up and 4 down.
- Gaming almost unchanged +0.05%, GALA best +1.6%, SAND worst -0.62%.
- Layer 2 -0.41%, POL the weakest -0.92%.
- AI is the worst sector, -1.29%, only 2 of 7 tokens higher. VIRTUAL lose 4.12%, GRT -3.21%.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '+2.38%', label: 'supported' },
      { find: 'all 4', label: 'supported' },
      { find: '+5.28%', label: 'supported' },
      { find: '+2.08%', label: 'supported' },
      { find: '+0.65%', label: 'supported' },
      { find: '+4.3%', label: 'contradicted', note: 'fact iotx.change_24h 3.12' },
      { find: 'only red one', label: 'supported', note: 'sector.depin.decliners_24h 1' },
      { find: '-0.52%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+0.11%', label: 'supported' },
      { find: '6 up', label: 'contradicted', note: 'fact sector.l1.advancers_24h 5' },
      { find: '4 down', label: 'contradicted', note: 'fact sector.l1.decliners_24h 5' },
      { find: '+0.05%', label: 'supported' },
      { find: '+1.6%', label: 'contradicted', note: 'fact gala.change_24h 0.60 (sector.gaming.best_24h)' },
      { find: '-0.62%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '-0.41%', label: 'supported' },
      { find: '-0.92%', label: 'contradicted', note: 'wrong asset: -0.92 is ARB (sector.l2.worst_24h); POL -0.63' },
      { find: '-1.29%', label: 'supported' },
      { find: 'only 2', label: 'supported' },
      { find: '7 tokens', label: 'supported' },
      { find: '4.12%', label: 'supported' },
      { find: '-3.21%', label: 'contradicted', note: 'fact grt.change_24h -2.31' },
    ],
  },
  {
    id: 'H-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly desk recap (7d)
- BTC +3.69% on the week, ETH +2.85%, SOL +6.3%. Altcoins not so strong like memes.
- Best large cap of the week is SHIB with +10.8%, DOGE +6.25% after it.
- Layer 1 sector +3.56%, 9 from 10 members up, only NEAR down (-2.49%).
- Layer 2 +2.14%, all four up; ARB best with +4.1%.
- AI sector -1.29%, VIRTUAL worst -4.41%, TAO best +4.31%.
- Open interest BTC +6.2% on week, ETH +4.6%, DOGE +9.6%.
- BTC realized vol 7d only 22.7%, against 15.5% on 30 days.
- For next week we expect BTC test 110,000.`,
    numbers: [
      { find: '(7d)', label: 'ignored' },
      { find: '+3.69%', label: 'supported' },
      { find: '+2.85%', label: 'supported' },
      { find: '+6.3%', label: 'contradicted', note: 'fact sol.change_7d 4.26' },
      { find: '+10.8%', label: 'supported' },
      { find: '+6.25%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+3.56%', label: 'supported' },
      { find: '9 from', label: 'supported' },
      { find: '10 members', label: 'supported' },
      { find: '-2.49%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+2.14%', label: 'supported' },
      { find: 'four', label: 'supported' },
      { find: '+4.1%', label: 'contradicted', note: 'wrong asset: 4.10 is OP (sector.l2.best_7d); ARB 7d 2.25' },
      { find: '-1.29%', label: 'contradicted', note: 'wrong window: -1.29 is sector.ai.change_24h; 7d is +0.09' },
      { find: '-4.41%', label: 'supported' },
      { find: '+4.31%', label: 'supported' },
      { find: '+6.2%', label: 'supported' },
      { find: '+4.6%', label: 'contradicted', note: 'wrong window: eth.oi_change_24h 4.6; 7d is 7.9' },
      { find: '+9.6%', label: 'supported' },
      { find: 'vol 7d', label: 'ignored' },
      { find: '22.7%', label: 'contradicted', note: 'fact btc.volatility_7d 12.69' },
      { find: '15.5%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '110,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'H-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives / funding — desk comment
- Funding everywhere positive. Weighted average 0.0159% per 8h.
- ETH highest of the big contracts with 0.0187%, this is about 20.5% per year. SOL 0.0163%, XRP lowest with 0.0118%.
- DOGE: shorts pay longs 0.0109% each 4h, annualized close to 24%.
- OI: BTC 8.94 bn (+8.3%), ETH 5.27 bn (+4.6%), SOL 14.6 bn (+3.1%), DOGE 810 mn (+9.6%), XRP 1.7 bn (-1.4%).
- Total 17.55 bn, +3.6% on the day.
- Liquidations around 96 mn USD, mostly shorts. According to The Block about 61% of closed positions were shorts.
- Funding like this we saw last time before the 126,000 top in October.`,
    numbers: [
      { find: '0.0159%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '0.0187%', label: 'supported' },
      { find: '20.5%', label: 'supported' },
      { find: '0.0163%', label: 'supported' },
      { find: '0.0118%', label: 'supported' },
      {
        find: '0.0109%',
        label: 'contradicted',
        note: 'payer wrong: positive doge.funding_rate means longs pay shorts',
      },
      { find: '4h', label: 'ignored' },
      { find: '24%', label: 'supported', note: 'doge.funding_apr 23.87' },
      { find: '8.94 bn', label: 'supported' },
      { find: '+8.3%', label: 'contradicted', note: 'fact btc.oi_change_24h 3.8' },
      { find: '5.27 bn', label: 'supported' },
      { find: '+4.6%', label: 'supported' },
      { find: '14.6 bn', label: 'contradicted', note: '10x slip: fact sol.open_interest 1.46 bn' },
      { find: '+3.1%', label: 'supported' },
      { find: '810 mn', label: 'supported' },
      { find: '+9.6%', label: 'contradicted', note: 'wrong window: 9.6 is doge.oi_change_7d; 24h is 2.7' },
      { find: '1.7 bn', label: 'contradicted', note: 'fact xrp.open_interest 1.07 bn' },
      { find: '-1.4%', label: 'supported' },
      { find: '17.55 bn', label: 'supported' },
      { find: '+3.6%', label: 'supported' },
      { find: '96 mn USD', label: 'unsupported', note: 'The Block headline figure, not attributed in this sentence' },
      { find: '61%', label: 'supported-by-source', note: 'The Block liquidations summary' },
      { find: '126,000', label: 'unsupported', note: 'history' },
    ],
  },
  {
    id: 'H-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `Liquidity note
- Turnover is low on whole market, total 24h volume 98.4 bn USD. Total cap 3.46 tn, -0.21%, dominance of BTC 62%.
- BTC spot 1.65 bn, this is 63% of 7-day average. ETH 9.66 bn, 65% from average. SOL even lower, 35%.
- DOGE is exception, volume 0.72x the weekly average, the highest ratio in the list.
- Realized vol (7d, annualized): BTC 12.7%, ETH 22%, SOL 40.6%, PEPE 122%, IOTX 31%.
- BTC resistance 105,000 still not broken.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '98.4 bn USD', label: 'supported' },
      { find: '3.46 tn', label: 'supported' },
      { find: '-0.21%', label: 'supported' },
      { find: '62%', label: 'contradicted', note: 'fact market.btc_dominance 60.15' },
      { find: '1.65 bn', label: 'supported' },
      { find: '63%', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '9.66 bn', label: 'contradicted', note: '10x slip: fact eth.volume_24h 0.966 bn' },
      { find: '65%', label: 'supported' },
      { find: '35%', label: 'contradicted', note: 'fact sol.volume_ratio_7d 0.546' },
      { find: '0.72x', label: 'supported' },
      { find: '7d', label: 'ignored' },
      { find: '12.7%', label: 'supported' },
      { find: 'ETH 22%', label: 'supported' },
      { find: '40.6%', label: 'contradicted', note: 'wrong window: 40.55 is sol.volatility_30d; 7d is 50.6' },
      { find: '122%', label: 'supported' },
      { find: '31%', label: 'contradicted', note: 'fact iotx.volatility_7d 113.2' },
      { find: '105,000', label: 'supported' },
    ],
  },
  {
    id: 'H-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `News what moved today (2 December):
- CoinDesk writes that crypto funds got 318 mn USD inflows in the week, according CoinShares.
- Bitcoin Magazine: spot BTC ETFs plus 274 mn USD, third day in a row.
- Arbitrum unlock next week, 92.65 mn ARB, worth about 31 mn USD (Cointelegraph).
- Render says it added 12,000 GPUs in November.
- Cointelegraph headline says BTC broke 110K — our data show 104,237, so this is not right.
- CryptoSlate reports gaming tokens fell 6%; we see the sector +0.05%.`,
    numbers: [
      { find: '2 December', label: 'ignored' },
      { find: '318 mn USD', label: 'supported-by-source', note: 'CoinDesk / CoinShares headline' },
      { find: '274 mn USD', label: 'supported-by-source', note: 'Bitcoin Magazine ETF headline' },
      {
        find: 'third',
        label: 'supported-by-source',
        note: 'debatable: ordinal from the same headline ("third straight day")',
      },
      { find: '92.65 mn ARB', label: 'supported-by-source', note: 'Cointelegraph unlock headline' },
      { find: '31 mn USD', label: 'supported-by-source', note: 'Cointelegraph unlock summary' },
      {
        find: '12,000 GPUs',
        label: 'unsupported',
        note: 'Decrypt headline but outlet not named (attributed to Render itself); debatable',
      },
      { find: '110K', label: 'contradicted', note: 'fact btc.price 104,237 contradicts the Cointelegraph headline' },
      { find: '104,237', label: 'supported' },
      {
        find: '6%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h +0.05 contradicts the CryptoSlate headline',
      },
      { find: '+0.05%', label: 'supported' },
    ],
  },
  {
    id: 'H-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `Asia open – desk view

Market: total cap 3.46 tn USD, up 0.21% in 24h. BTC dominance 60.1%. From 30 tokens in our list 16 are up and 14 down.

BTC: price 104,237, day +0.31%, week +2.85%, month +7.1%. Market cap around 2.08 tn. Support 100,000, resistance 110,000. 30-day low is 92,182.

ETH: 3,618, -0.82%. 24h range 3,614 – 3,656. Market cap 473 bn. Swing high 30 days at 3,705.

Altcoins: AVAX +1.24%, SUI +9.3%, NEAR -1.87%. BNB at 1,004.7.

Our view: we stay neutral, target for ETH 4,000 in two weeks.`,
    numbers: [
      { find: '3.46 tn USD', label: 'supported' },
      { find: '0.21%', label: 'contradicted', note: 'direction: market.cap_change_24h -0.21' },
      { find: 'in 24h', label: 'ignored' },
      { find: '60.1%', label: 'supported' },
      { find: '30 tokens', label: 'supported' },
      { find: '16 are up', label: 'supported' },
      { find: '14 down', label: 'supported' },
      { find: '104,237', label: 'supported' },
      { find: '+0.31%', label: 'supported' },
      { find: '+2.85%', label: 'contradicted', note: 'wrong asset: 2.85 is eth.change_7d; btc.change_7d 3.69' },
      { find: '+7.1%', label: 'contradicted', note: 'fact btc.change_30d 2.13' },
      { find: '2.08 tn', label: 'supported' },
      { find: '100,000', label: 'supported' },
      { find: '110,000', label: 'contradicted', note: 'fact btc.resistance 105000' },
      { find: '30-day', label: 'ignored' },
      { find: '92,182', label: 'contradicted', note: 'fact btc.swing_low_30d 97,182' },
      { find: '3,618', label: 'supported' },
      { find: '-0.82%', label: 'supported' },
      { find: '24h range', label: 'ignored' },
      { find: '3,614', label: 'supported' },
      { find: '3,656', label: 'supported' },
      { find: '473 bn', label: 'contradicted', note: 'fact eth.market_cap 436.8 bn' },
      { find: '30 days', label: 'ignored' },
      { find: '3,705', label: 'supported' },
      { find: '+1.24%', label: 'supported' },
      { find: '+9.3%', label: 'contradicted', note: '10x slip: fact sui.change_24h 0.93' },
      { find: '-1.87%', label: 'supported' },
      { find: '1,004.7', label: 'supported' },
      { find: '4,000', label: 'unsupported', note: 'forecast' },
      { find: 'two weeks', label: 'ignored' },
    ],
  },
  {
    id: 'H-desk-note-09',
    voice: 'desk-note',
    style: 'sector',
    text: `AI / DePIN desk note
- AI sector down 1.29% in 24h, 6 from 7 tokens red.
- VIRTUAL worst -4.12% at 1.486, near support 1.45.
- TAO -1.72% to 392.7, intraday high 440, resistance 400.
- FET +1.46%, GRT -2.31%, NEAR -1.87%.
- RENDER best in AI with +1.12%; WLD -2.64%.
- DePIN +0.65%, cap of our 4 members 37.2 bn. IOTX +3.12% to 0.02289, FIL +2.6%, HNT -5.2%.
- CoinGecko AI category cap 25.1 bn, volume 2.41 bn.
- We expect rotation back to AI tokens, maybe +10% next week.`,
    numbers: [
      { find: '1.29%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '6 from', label: 'contradicted', note: 'fact sector.ai.decliners_24h 5' },
      { find: '7 tokens', label: 'supported' },
      { find: '-4.12%', label: 'supported' },
      { find: '1.486', label: 'supported' },
      { find: '1.45', label: 'supported' },
      { find: '-1.72%', label: 'supported' },
      { find: '392.7', label: 'supported' },
      { find: '440', label: 'contradicted', note: 'fact tao.high_24h 407.45' },
      { find: '400', label: 'supported' },
      { find: '+1.46%', label: 'contradicted', note: 'direction: fet.change_24h -1.46' },
      { find: '-2.31%', label: 'supported' },
      { find: '-1.87%', label: 'supported' },
      { find: '+1.12%', label: 'supported' },
      { find: '-2.64%', label: 'contradicted', note: 'wrong window: -2.64 is wld.change_7d; 24h is +0.87' },
      { find: '+0.65%', label: 'supported' },
      { find: '4 members', label: 'supported' },
      { find: '37.2 bn', label: 'contradicted', note: '10x slip: fact sector.depin.market_cap 3.72 bn' },
      { find: '+3.12%', label: 'supported' },
      { find: '0.02289', label: 'supported' },
      { find: '+2.6%', label: 'contradicted', note: '10x slip: fact fil.change_24h 0.26' },
      { find: '-5.2%', label: 'contradicted', note: '10x slip: fact hnt.change_24h -0.52' },
      { find: '25.1 bn', label: 'supported' },
      { find: '2.41 bn', label: 'supported' },
      { find: '+10%', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'H-desk-note-10',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly note memes / gaming
- Memes +6.78% this week, the strongest sector, and all 4 coins up.
- SHIB leads with +10.8%, DOGE +2.08%, PEPE +7.9%, WIF the weakest only +0.8%.
- Prices: SHIB 0.00001127, PEPE 0.00000718, WIF 0.72.
- Memes sector cap 40.7 bn USD, added about 25.9 bn in the week.
- Gaming +1.78%, GALA best +3.2%, AXS only one down with -1.13%.
- IMX +2.14%, SAND -1.04%.
- Over 30 days Gaming is -15.2% and all four members lower.`,
    numbers: [
      { find: '+6.78%', label: 'supported' },
      { find: '4 coins', label: 'supported' },
      { find: '+10.8%', label: 'supported' },
      { find: '+2.08%', label: 'contradicted', note: 'wrong window: 2.08 is doge.change_24h; 7d is 6.25' },
      { find: '+7.9%', label: 'contradicted', note: 'fact pepe.change_7d 4.97' },
      { find: '+0.8%', label: 'supported' },
      { find: '0.00001127', label: 'supported' },
      { find: '0.00000718', label: 'supported' },
      { find: 'WIF 0.72', label: 'contradicted', note: 'fact wif.price 0.6274' },
      { find: '40.7 bn USD', label: 'supported' },
      { find: '25.9 bn', label: 'contradicted', note: '10x slip: fact sector.memes.market_cap_change_7d 2.59 bn' },
      { find: '+1.78%', label: 'supported' },
      { find: '+3.2%', label: 'supported' },
      { find: 'only one down', label: 'supported', note: 'sector.gaming.decliners_7d 1' },
      { find: '-1.13%', label: 'supported' },
      { find: '+2.14%', label: 'supported', note: 'imx.change_7d 2.138' },
      { find: '-1.04%', label: 'contradicted', note: 'direction: sand.change_7d +1.04' },
      { find: '30 days', label: 'ignored' },
      { find: '-15.2%', label: 'contradicted', note: 'fact sector.gaming.change_30d -5.16' },
      { find: 'four', label: 'supported' },
    ],
  },
  {
    id: 'H-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: `Quick flash 06:30 UTC: BTC 104.2k, small +3%. ETH -2.8%. PEPE +5.3%, best on our list. VIRTUAL -4.1%, the worst. Memes sector +2.4%.`,
    numbers: [
      { find: '06:30 UTC', label: 'ignored' },
      { find: '104.2k', label: 'supported' },
      { find: '+3%', label: 'contradicted', note: 'fact btc.change_24h 0.31' },
      { find: '-2.8%', label: 'contradicted', note: 'fact eth.change_24h -0.82' },
      { find: '+5.3%', label: 'supported' },
      { find: '-4.1%', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
    ],
  },
  {
    id: 'H-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: `Short update for clients: DOGE +2.08% to 0.2417, funding 0.0109% every 4h and OI +27% to 810 mn. SHIB +23.6%, WIF +3.86% at 0.6274. XRP at 2.41 sit on support 2.4, resistance 2.6.`,
    numbers: [
      { find: '+2.08%', label: 'supported' },
      { find: '0.2417', label: 'contradicted', note: 'fact doge.price 0.2017' },
      { find: '0.0109%', label: 'supported' },
      { find: '4h', label: 'ignored' },
      { find: '+27%', label: 'contradicted', note: '10x slip: fact doge.oi_change_24h 2.7' },
      { find: '810 mn', label: 'supported' },
      { find: '+23.6%', label: 'contradicted', note: '10x slip: fact shib.change_24h 2.36' },
      { find: '+3.86%', label: 'supported' },
      { find: '0.6274', label: 'supported' },
      { find: '2.41', label: 'supported' },
      { find: 'support 2.4', label: 'supported' },
      { find: 'resistance 2.6', label: 'contradicted', note: 'fact xrp.resistance 2.5' },
    ],
  },
];
