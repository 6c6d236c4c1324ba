import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'V-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk note, morning session
- BTC is recovering strong, +5.8% on day, now at 97,400 USD. Low of night was 89,567.
- Still the week is negative for BTC, -6.5%; on month -12.1%.
- ETH make better move, +7.9% to 3,486 USD, but week is -9.0%.
- Market capitalization total 3.3 trn USD, +6% in day. Advancers 26, decliners 4.
- Dominance of BTC going down to 58.8%.`,
    numbers: [
      { find: '+5.8%', label: 'supported' },
      { find: '97,400', label: 'supported' },
      { find: '89,567', label: 'supported' },
      { find: '-6.5%', label: 'supported' },
      { find: '-12.1%', label: 'supported' },
      { find: '+7.9%', label: 'supported' },
      { find: '3,486', label: 'supported' },
      { find: '-9.0%', label: 'supported' },
      { find: '3.3 trn', label: 'supported' },
      { find: '+6%', label: 'supported' },
      { find: '26', label: 'supported' },
      { find: 'decliners 4', label: 'supported' },
      { find: '58.8%', label: 'supported' },
    ],
  },
  {
    id: 'V-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives, our view:
- Total OI is rising +9.1% to 14.7 bn USD, but compare to last week still -21.8%.
- BTC funding stay negative -0.006% each 8 hours, so the shorts are paying to longs. Annualised near -6.6%.
- ETH funding more negative, -0.011%, annualised -4.0%.
- SOL funding is turned positive +0.008%; SOL OI grow +16.5% to 1.25 bn USD.
- DOGE funding +0.009%, OI 700 mn USD and +1.4% on day.
- XRP OI 850 mn USD, +6.1%.`,
    numbers: [
      { find: '+9.1%', label: 'supported' },
      { find: '14.7 bn', label: 'supported' },
      { find: '-21.8%', label: 'contradicted', note: 'fact market.oi_change_7d -12.85' },
      { find: '-0.006%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '-6.6%', label: 'supported' },
      { find: '-0.011%', label: 'supported' },
      { find: '-4.0%', label: 'contradicted', note: 'fact eth.funding_apr -12.0' },
      { find: '+0.008%', label: 'supported' },
      { find: '+16.5%', label: 'supported' },
      { find: '1.25 bn', label: 'supported' },
      { find: '+0.009%', label: 'supported' },
      { find: '700 mn', label: 'supported' },
      { find: '+1.4%', label: 'contradicted', note: 'fact doge.oi_change_24h 11.4' },
      { find: '850 mn', label: 'supported' },
      { find: '+6.1%', label: 'supported' },
    ],
  },
  {
    id: 'V-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: `Levels to watch (our technical desk)
- BTC: support 95,000 / resistance 100,000. Range of day 89,567 - 97,538.
- ETH: support 3,600, resistance 3,400. Swing high of month 4,227.
- SOL: support 170, resistance 180, price 178.42. Swing low of month 160.51.
- XRP: support 2.60 and resistance 2.90.
- BNB: support 800 / resistance 850; month low 780.02 touched again this day.`,
    numbers: [
      { find: '95,000', label: 'supported' },
      { find: '100,000', label: 'supported' },
      { find: '89,567', label: 'supported' },
      { find: '97,538', label: 'supported' },
      { find: '3,600', label: 'contradicted', note: 'support/resistance swapped: eth.support 3400' },
      { find: '3,400', label: 'contradicted', note: 'swapped: eth.resistance 3600' },
      { find: '4,227', label: 'supported' },
      { find: 'support 170', label: 'supported' },
      { find: 'resistance 180', label: 'supported' },
      { find: '178.42', label: 'supported' },
      { find: '160.51', label: 'supported' },
      { find: '2.60', label: 'supported' },
      { find: '2.90', label: 'contradicted', note: 'fact xrp.resistance 2.7' },
      { find: 'support 800', label: 'supported' },
      { find: 'resistance 850', label: 'supported' },
      { find: '780.02', label: 'supported', note: 'bnb.swing_low_30d = bnb.low_24h 780.02' },
    ],
  },
  {
    id: 'V-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: `Majors movement (day):
- SOL the strongest of big caps, +9.5%, price 178 USD.
- XRP +4.2% at 2.62 USD; BNB only +3.1% at 812.6 USD.
- ADA +6.8% (0.684 USD), AVAX +8.4% (21.37 USD), DOT +7.1% (3.51 USD).
- NEAR +10.2% at 2.32 USD, SUI +9.1% at 3.08 USD.
- For ADA the month is -27.2%, for AVAX -20.9%.`,
    numbers: [
      { find: '+9.5%', label: 'supported' },
      { find: 'price 178', label: 'supported' },
      { find: '+4.2%', label: 'supported' },
      { find: '2.62', label: 'supported' },
      { find: '+3.1%', label: 'supported' },
      { find: '812.6', label: 'supported' },
      { find: '+6.8%', label: 'supported' },
      { find: '0.684', label: 'supported' },
      { find: '+8.4%', label: 'supported' },
      { find: '21.37', label: 'supported' },
      { find: '+7.1%', label: 'supported' },
      { find: '3.51', label: 'supported' },
      {
        find: '+10.2%',
        label: 'supported',
        note: 'NEAR 24h; "strongest of big caps" said of SOL, NEAR is not a big cap so fine',
      },
      { find: '2.32', label: 'supported' },
      { find: '+9.1%', label: 'supported' },
      { find: '3.08', label: 'supported' },
      { find: '-27.2%', label: 'contradicted', note: 'fact ada.change_30d -17.2' },
      { find: '-20.9%', label: 'supported' },
    ],
  },
  {
    id: 'V-desk-note-05',
    voice: 'desk-note',
    style: 'sector',
    text: `Sectors today (watchlist basket):
- DePIN is best sector, +11.4%. Inside, RENDER +12.4%, HNT +11.8%, FIL +10.2%, IOTX +19.9%.
- AI +8.8%, 6 from 7 up. Leader VIRTUAL +31.6%, only WLD is red with -0.8%.
- Layer 2 +7.5%; leader OP +9.8%, weakest IMX +1.2%. All 4 up.
- Layer 1 +6.1%, all 10 members up, weakest is BNB.
- Gaming flat, -0.1%. GALA -2.8%, it is the only one red.
- Memes +3.3%, but 3 from 4 are down.`,
    numbers: [
      { find: '+11.4%', label: 'supported' },
      { find: '+12.4%', label: 'supported' },
      { find: '+11.8%', label: 'supported' },
      { find: '+10.2%', label: 'supported' },
      { find: '+19.9%', label: 'contradicted', note: 'fact iotx.change_24h 9.9' },
      { find: '+8.8%', label: 'supported' },
      { find: '6 from', label: 'supported' },
      { find: '7 up', label: 'supported' },
      { find: '+31.6%', label: 'contradicted', note: 'fact virtual.change_24h 13.6' },
      { find: '-0.8%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+7.5%', label: 'supported' },
      { find: '+9.8%', label: 'supported' },
      { find: '+1.2%', label: 'supported' },
      { find: 'All 4', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+6.1%', label: 'supported' },
      { find: 'all 10', label: 'supported' },
      { find: '-0.1%', label: 'supported' },
      { find: '-2.8%', label: 'supported', note: 'GALA is the only gaming decliner (3 up, 1 down)' },
      { find: '+3.3%', label: 'supported' },
      { find: '3 from', label: 'contradicted', note: 'fact sector.memes.decliners_24h 2' },
      { find: '4 are', label: 'supported' },
    ],
  },
  {
    id: 'V-desk-note-06',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly picture, for the clients:
- BTC on the week -6.5%, ETH -9%, SOL -3.8%. All majors are in red.
- L1 basket -7.5%, best is BNB with -5.6%, worst SOL.
- L2 -12.8%, worst OP -25.5%.
- AI -13.0%, worst WLD -17.9%. Gaming -15.4%, memes -6.9%.
- DePIN -12.1%, here best is HNT -8.8%.
- OI total -12.9% on the week, BTC OI -12.4%, ETH OI -15.1%.`,
    numbers: [
      { find: '-6.5%', label: 'supported' },
      { find: 'ETH -9%', label: 'supported' },
      { find: '-3.8%', label: 'contradicted', note: 'fact sol.change_7d -13.8' },
      { find: 'L1', label: 'ignored' },
      { find: '-7.5%', label: 'supported' },
      { find: '-5.6%', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-12.8%', label: 'supported' },
      { find: '-25.5%', label: 'contradicted', note: 'fact op.change_7d -15.5' },
      { find: '-13.0%', label: 'supported' },
      { find: '-17.9%', label: 'supported' },
      { find: '-15.4%', label: 'supported' },
      { find: '-6.9%', label: 'contradicted', note: 'fact sector.memes.change_7d -16.9' },
      { find: '-12.1%', label: 'supported' },
      { find: '-8.8%', label: 'supported' },
      { find: '-12.9%', label: 'supported' },
      { find: '-12.4%', label: 'supported' },
      { find: '-15.1%', label: 'supported' },
    ],
  },
  {
    id: 'V-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Risk remarks from desk:
- ETH is leader of the day among majors with +7.9%, better than SOL. (We disagree with CoinDesk "Ether lags".)
- Volume BTC is 4.2x of 7-day average, ETH 2.2x.
- BTC volatility 7d annualised 53%, 30d 28%.
- SOL volatility 7d is 79%, very high.
- Funding for BTC is positive now, +0.006%, longs pay.
- Total volume in market 23 bn USD.`,
    numbers: [
      { find: '+7.9%', label: 'contradicted', note: 'wrong leader: SOL 9.5 > ETH 7.9' },
      { find: '4.2x', label: 'contradicted', note: 'fact btc.volume_ratio_7d 2.24' },
      { find: '7-day', label: 'ignored' },
      { find: '2.2x', label: 'supported' },
      { find: '7d annualised', label: 'ignored' },
      { find: '53%', label: 'contradicted', note: 'fact btc.volatility_7d 35.0' },
      { find: '30d', label: 'ignored' },
      { find: '28%', label: 'supported' },
      { find: '7d is', label: 'ignored' },
      { find: '79%', label: 'supported' },
      { find: '+0.006%', label: 'contradicted', note: 'sign: btc.funding_rate -0.006' },
      { find: '23 bn', label: 'contradicted', note: 'fact market.volume_24h 230B (10x)' },
    ],
  },
  {
    id: 'V-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `Other news we note:
- According to CoinDesk, spot BTC ETF have inflow 620 mn USD, first after six days of outflow.
- Liquidations of shorts more than 1.1 bn USD (CoinGlass data via CoinDesk).
- Optimism will unlock 31.3 mn OP next week, says The Block.
- Worldcoin unlock of 48 mn WLD, people say on forums.
- One analyst at Cointelegraph sees BTC 120k at year end. We think target 110k more realistic.`,
    numbers: [
      { find: '620 mn', label: 'supported-by-source' },
      { find: '1.1 bn', label: 'supported-by-source' },
      { find: '31.3 mn', label: 'supported-by-source' },
      { find: '48 mn', label: 'unsupported', note: 'Reddit post, not attributed to a named outlet ("people say")' },
      {
        find: '120k',
        label: 'supported-by-source',
        note:
          'forecast, attributed to the Cointelegraph headline that carries it (relabelled 2026-12-07 from unsupported: ' +
          'docs/blind-writer.md makes an attributed headline figure supported-by-source, as L, P, S and Y label theirs)',
      },
      { find: '110k', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'V-desk-note-09',
    voice: 'desk-note',
    style: 'daily',
    text: `Smaller names (day):
- FET +11.2%, price 0.571 USD. TAO +9.6%, 336.8 USD. GRT +8.8%.
- ARB +8.6% to 0.395 USD; OP +9.8% to 0.651 USD; POL +2.8% to 0.221 USD.
- DOGE +4.6% to 0.186 USD, PEPE +2.2%, SHIB -1.1%, WIF -13.4%.
- AXS +0.5%, SAND +3.0%, IMX +1.2%, GALA -2.8%.
- HNT price 2.69 USD, FIL 1.93 USD, IOTX 0.0195 USD.`,
    numbers: [
      { find: '+11.2%', label: 'supported' },
      { find: '0.571', label: 'supported' },
      { find: '+9.6%', label: 'supported' },
      { find: '336.8', label: 'supported' },
      { find: '+8.8%', label: 'supported' },
      { find: '+8.6%', label: 'supported' },
      { find: '0.395', label: 'supported' },
      { find: '+9.8%', label: 'supported' },
      { find: '0.651', label: 'supported' },
      { find: '+2.8%', label: 'contradicted', note: 'fact pol.change_24h 8.2' },
      { find: '0.221', label: 'supported' },
      { find: '+4.6%', label: 'supported' },
      { find: '0.186', label: 'supported' },
      { find: '+2.2%', label: 'supported' },
      { find: '-1.1%', label: 'supported' },
      { find: '-13.4%', label: 'contradicted', note: 'fact wif.change_24h -3.4' },
      { find: '+0.5%', label: 'supported' },
      { find: '+3.0%', label: 'contradicted', note: 'fact sand.change_24h 0.3 (10x)' },
      { find: '+1.2%', label: 'supported' },
      { find: '-2.8%', label: 'supported' },
      { find: '2.69', label: 'supported' },
      { find: '1.93', label: 'supported' },
      { find: '0.0195', label: 'supported' },
    ],
  },
  {
    id: 'V-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: `Market caps (approx):
- BTC 1.94 trn USD, ETH 421 bn, XRP 165 bn, BNB 113 bn, SOL 97 bn.
- DOGE 28 bn, ADA 2.5 bn, SUI 11.1 bn, AVAX 9.1 bn.
- Sector caps CoinGecko: Layer-1 2.75 trn (+6.1%), AI 22 bn (+3.8%), DePIN 8.4 bn (+10.8%), gaming 7.1 bn (-0.4%), memes 64 bn (+3.2%).`,
    numbers: [
      { find: '1.94 trn', label: 'supported' },
      { find: '421 bn', label: 'supported' },
      { find: '165 bn', label: 'contradicted', note: 'fact xrp.market_cap 156.1B' },
      { find: '113 bn', label: 'supported' },
      { find: '97 bn', label: 'supported' },
      { find: '28 bn', label: 'supported' },
      { find: '2.5 bn', label: 'contradicted', note: 'fact ada.market_cap 24.8B (10x)' },
      { find: '11.1 bn', label: 'supported' },
      { find: '9.1 bn', label: 'supported' },
      { find: 'Layer-1', label: 'ignored' },
      { find: '2.75 trn', label: 'supported' },
      { find: '+6.1%', label: 'supported' },
      { find: '22 bn', label: 'supported' },
      { find: '+3.8%', label: 'contradicted', note: 'fact sector.ai.category_change_24h 8.3' },
      { find: '8.4 bn', label: 'supported' },
      { find: '+10.8%', label: 'supported' },
      { find: '7.1 bn', label: 'supported' },
      { find: '-0.4%', label: 'supported' },
      { find: '64 bn', label: 'contradicted', note: 'fact sector.memes.category_cap 46B' },
      { find: '+3.2%', label: 'supported' },
    ],
  },
  {
    id: 'V-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: `Correction of yesterday note, please read carefully:
- BTC price now 79,400 USD (not more), day +8.5%.
- ETH low of night 3,812; high 3,961.
- SOL OI is 12.5 bn USD, change +61.5%.
- Advancers only 16 of total.
- DePIN sector cap (watchlist) 35.9 bn USD.
- AI basket cap 1.23 bn USD.
- NEAR is worst in Layer-one basket with +10.2%.`,
    numbers: [
      { find: '79,400', label: 'contradicted', note: 'fact btc.price 97,400' },
      { find: '+8.5%', label: 'contradicted', note: 'fact btc.change_24h 5.8' },
      { find: '3,812', label: 'contradicted', note: 'fact eth.low_24h 3182' },
      { find: '3,961', label: 'contradicted', note: 'fact eth.high_24h 3496.6' },
      { find: '12.5 bn', label: 'contradicted', note: 'fact sol.open_interest 1.25B' },
      { find: '+61.5%', label: 'contradicted', note: 'fact sol.oi_change_24h 16.5' },
      { find: '16', label: 'contradicted', note: 'fact market.advancers_24h 26' },
      { find: '35.9 bn', label: 'contradicted', note: 'fact sector.depin.market_cap 3.59B' },
      { find: '1.23 bn', label: 'contradicted', note: 'fact sector.ai.market_cap 12.3B' },
      { find: '+10.2%', label: 'contradicted', note: 'wrong rank: NEAR is best L1, BNB worst' },
    ],
  },
  {
    id: 'V-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: `Short flash:
- BTC down -5.8% after overnight, trades 97.4k.
- ETH support 3,400 hold; funding ETH -0.021%.
- XRP funding -0.002%, shorts pay.
- BTC OI 7.6 bn, +18%.
- Memes best member DOGE +4.6%, worst member SHIB.
- Gaming best member AXS +1.2%.
- BTC month swing high 171,388.`,
    numbers: [
      { find: '-5.8%', label: 'contradicted', note: 'direction: btc.change_24h +5.8' },
      { find: '97.4k', label: 'supported' },
      { find: '3,400', label: 'supported' },
      { find: '-0.021%', label: 'contradicted', note: 'fact eth.funding_rate -0.011' },
      { find: '-0.002%', label: 'contradicted', note: 'sign: xrp.funding_rate +0.002, longs pay' },
      { find: '7.6 bn', label: 'supported' },
      { find: '+18%', label: 'contradicted', note: 'fact btc.oi_change_24h 8.0' },
      { find: '+4.6%', label: 'supported' },
      { find: '+1.2%', label: 'contradicted', note: 'wrong leader: IMX best gaming 1.2, AXS 0.5' },
      { find: '171,388', label: 'contradicted', note: 'fact btc.swing_high_30d 117,388' },
    ],
  },
  {
    id: 'V-desk-note-13',
    voice: 'desk-note',
    style: 'daily',
    text: `Addendum:
- L2 basket cap (watchlist) is 67 bn USD.
- ETH swing low of month 2,196.
- DOT day +17.1%.
- HNT +1.8% only.
- BTC market cap 1.94 trn USD.
- ARB resistance 0.40 USD.`,
    numbers: [
      { find: 'L2', label: 'ignored' },
      { find: '67 bn', label: 'contradicted', note: 'fact sector.l2.market_cap 6.73B (10x)' },
      { find: '2,196', label: 'contradicted', note: 'fact eth.swing_low_30d 3196' },
      { find: '+17.1%', label: 'contradicted', note: 'fact dot.change_24h 7.1' },
      { find: '+1.8%', label: 'contradicted', note: 'fact hnt.change_24h 11.8' },
      { find: '1.94 trn', label: 'supported' },
      { find: '0.40', label: 'supported' },
    ],
  },
];
