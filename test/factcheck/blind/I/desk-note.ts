import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'I-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk note — Saturday 28 November, morning (Asia close)
- BTC weak, is trading near $96,400 after -2.9% on 24h. Session low was $91,115, high $98,381.
- ETH is the clear winner of the night: +4.2% to $3,549 and now above the 30-day swing high ($3,509). Next resistance we see on $3,600, support on $3,400.
- BTC perp funding is negative -0.0041% per 8h, so shorts are paying to longs. ETH funding +0.0215%, most expensive in the book.
- Total OI up 1.5% to $27.2 bn. BTC OI is minus 4.1%, ETH OI is plus 14.6%.
- Breadth is bad: only eight from thirty names are green.
- Our view: rotation BTC -> ETH continues, we expect ETH to test $3,800 in next days.`,
    numbers: [
      { find: '28', label: 'ignored' },
      { find: '$96,400', label: 'supported' },
      { find: '-2.9%', label: 'contradicted', note: 'btc.change_24h -1.87; -2.9 is XRP' },
      { find: '24h', label: 'ignored' },
      { find: '$91,115', label: 'contradicted', note: 'btc.low_24h 96115.43' },
      { find: '$98,381', label: 'supported' },
      { find: '+4.2%', label: 'supported' },
      { find: '$3,549', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$3,509', label: 'supported', note: 'eth.swing_high_30d 3508.65' },
      { find: '$3,600', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '-0.0041%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '+0.0215%', label: 'supported' },
      { find: '1.5%', label: 'supported' },
      { find: '$27.2 bn', label: 'contradicted', note: 'market.open_interest 17.24e9' },
      { find: '4.1%', label: 'supported' },
      { find: '14.6%', label: 'contradicted', note: 'eth.oi_change_24h 9.4; 14.6 is the 7d value (wrong window)' },
      { find: 'eight', label: 'contradicted', note: 'market.advancers_24h 13' },
      { find: 'thirty', label: 'supported', note: 'market.members 30; debatable as a count' },
      { find: '$3,800', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'I-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `FX/crypto desk — derivatives update
• Open interest all perps: $17.24bn, +1.5% day over day and +7.3% over the week. Average funding OI-weighted is +0.0063% per 8h, so still a little positive in total.
• BTC: OI $7.86bn (-4.1% d/d, -6.8% w/w). Funding -0.0041%, annualised about -45%. Shorts pay the longs.
• ETH: OI $3.6bn, +9.4% in one day. Funding +0.0215% = around 23.5% annualised, longs paying heavy.
• SOL: OI $1.38bn, -3.4% d/d, funding +0.0052% (about 5.7% p.a.).
• XRP: OI $960m, up 2.6%; funding +0.034%.
• DOGE: OI $740m, down 2.6%, funding negative -0.0068% — here longs pay the shorts.
Comment: ETH long crowding is the biggest of the large contracts. Risk for flush is there.`,
    numbers: [
      { find: '$17.24bn', label: 'supported' },
      { find: '+1.5%', label: 'supported' },
      { find: '+7.3%', label: 'contradicted', note: '10x slip: market.oi_change_7d 0.73' },
      { find: '+0.0063%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '$7.86bn', label: 'supported' },
      { find: '-4.1%', label: 'supported' },
      { find: '-6.8%', label: 'supported' },
      { find: '-0.0041%', label: 'supported' },
      { find: '-45%', label: 'contradicted', note: '10x slip: btc.funding_apr -4.49' },
      { find: '$3.6bn', label: 'contradicted', note: 'eth.open_interest 6.3e9' },
      { find: '+9.4%', label: 'supported' },
      { find: '+0.0215%', label: 'supported' },
      { find: '23.5%', label: 'supported' },
      { find: '$1.38bn', label: 'supported' },
      { find: '-3.4%', label: 'contradicted', note: 'sign: sol.oi_change_24h +3.4' },
      { find: '+0.0052%', label: 'supported' },
      { find: '5.7%', label: 'supported' },
      { find: '$960m', label: 'supported' },
      { find: '2.6%;', label: 'supported', note: 'xrp.oi_change_24h 2.6' },
      { find: '+0.034%', label: 'contradicted', note: '10x slip: xrp.funding_rate 0.0034' },
      { find: '$740m', label: 'supported' },
      { find: '2.6%,', label: 'supported', note: 'doge.oi_change_24h -2.6, written as down' },
      {
        find: '-0.0068%',
        label: 'contradicted',
        note: 'value right but payer wrong: negative funding means shorts pay longs; debatable',
      },
    ],
  },
  {
    id: 'I-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector rotation memo (24h)
- AI is best sector again, +9.6%; all seven members are up. Leader is VIRTUAL +11.2% to $1.64, then FET +8.6% ($0.522) and TAO +7.2% ($421.8). Weakest in AI is GRT, still +2.6%. Sector cap of our names $15.4bn.
- DePIN +1.9%, RENDER is best with +6.4%, FIL worst with -2.2%.
- L2 flat, +0.2%. OP +1.2% is the leader, POL -0.7% the laggard.
- L1 -0.9%: 3 up, 7 down. ETH +4.2% is best, XRP -2.9% worst.
- Gaming -0.6%, no member green; GALA worst with -0.9%.
- Memes worst sector, -2.5%, DOGE weakest with -3.1%.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '+9.6%', label: 'contradicted', note: 'sector.ai.change_24h 5.96; 9.57 is 7d' },
      { find: 'seven', label: 'supported' },
      { find: '+11.2%', label: 'supported' },
      { find: '$1.64', label: 'supported' },
      { find: '+8.6%', label: 'supported' },
      { find: '$0.522', label: 'contradicted', note: 'fet.price 0.6217' },
      { find: '+7.2%', label: 'supported' },
      { find: '$421.8', label: 'supported' },
      { find: '+2.6%', label: 'supported' },
      { find: '$15.4bn', label: 'supported' },
      { find: '+1.9%', label: 'supported' },
      { find: '+6.4%', label: 'supported' },
      { find: '-2.2%', label: 'contradicted', note: 'worst DePIN member is HNT -2.23; FIL is -1.52' },
      { find: 'L2', label: 'ignored' },
      { find: '+0.2%', label: 'supported' },
      { find: '+1.2%', label: 'contradicted', note: 'L2 leader is ARB +1.18; OP +0.83' },
      { find: '-0.7%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-0.9%@1', label: 'supported' },
      { find: '3 up', label: 'contradicted', note: 'sector.l1.advancers_24h 4 (3 is 7d)' },
      { find: '7 down', label: 'contradicted', note: 'sector.l1.decliners_24h 6 (7 is 7d)' },
      { find: '+4.2%', label: 'supported' },
      { find: '-2.9%', label: 'supported' },
      { find: '-0.6%', label: 'supported' },
      { find: '-0.9%@2', label: 'supported' },
      { find: '-2.5%', label: 'supported' },
      { find: '-3.1%', label: 'contradicted', note: 'worst meme is PEPE -3.12; DOGE -2.61' },
    ],
  },
  {
    id: 'I-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly desk wrap (7 days to Saturday)
- BTC -3.2% on the week, ETH +10.2%. ETH/BTC is the trade of the week.
- Best L1 over the week: NEAR, +12.7%. Worst: AVAX -8.4%.
- AI basket +9.6% w/w, FET best with +14.5%; GRT only +0.3%.
- Memes -8.2%, DOGE worst -9.3%. SHIB best of the memes but still -3.1%.
- L2 -5.0%, only OP is positive (+0.3%); ARB -9.2% worst.
- Gaming -10.1%, all four names red.
- DePIN -1.8%, RENDER +6.4%, HNT -8.3%.
- BTC OI -4.1% on week, ETH OI +14.6%, total OI +0.7%.
- Next week we see BTC under $90,000.`,
    numbers: [
      { find: '7 days', label: 'ignored' },
      { find: '-3.2%', label: 'supported' },
      { find: '+10.2%', label: 'contradicted', note: 'eth.change_7d 4.75; 10.2 is 30d' },
      { find: 'L1', label: 'ignored' },
      { find: '+12.7%', label: 'supported' },
      { find: '-8.4%', label: 'contradicted', note: 'worst L1 7d is DOT -8.41; AVAX -5.33' },
      { find: '+9.6%', label: 'supported' },
      { find: '+14.5%', label: 'supported' },
      { find: '+0.3%@1', label: 'supported' },
      { find: '-8.2%', label: 'supported' },
      { find: '-9.3%', label: 'supported' },
      { find: '-3.1%', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-5.0%', label: 'supported' },
      { find: '+0.3%@2', label: 'supported' },
      { find: '-9.2%', label: 'supported' },
      { find: '-10.1%', label: 'contradicted', note: 'sector.gaming.change_7d -5.27; -10.1 is 30d' },
      { find: 'four', label: 'supported' },
      { find: '-1.8%', label: 'contradicted', note: 'sign: sector.depin.change_7d +1.81' },
      { find: '+6.4%', label: 'contradicted', note: 'render.change_7d 8.24; 6.4 is 24h (weekly style)' },
      { find: '-8.3%', label: 'supported' },
      { find: '-4.1%', label: 'contradicted', note: 'btc.oi_change_7d -6.8; -4.1 is 24h' },
      { find: '+14.6%', label: 'supported' },
      { find: '+0.7%', label: 'supported' },
      { find: '$90,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'I-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `Majors at 7am UTC:
- SOL $158.4, +0.6%. Range today 155.7 to 160.9. Resistance $160 is just above.
- XRP $2.29, -2.9%. Support $2.30 holds for now.
- BNB $968, +2.1%, low $948.5.
- ADA $0.713 -2.1%, AVAX $17.86 -0.9%, DOT $3.06 -8.4%.
- SUI $2.42 -1.3%, NEAR $3.12 +12.7%.`,
    numbers: [
      { find: '7am', label: 'ignored' },
      { find: '$158.4', label: 'supported' },
      { find: '+0.6%', label: 'supported' },
      { find: '155.7', label: 'supported' },
      { find: '160.9', label: 'supported' },
      { find: '$160', label: 'supported' },
      { find: '$2.29', label: 'supported' },
      { find: '-2.9%', label: 'supported' },
      { find: '$2.30', label: 'contradicted', note: 'xrp.support 2.2; 2.3 is resistance' },
      { find: '$968', label: 'supported' },
      { find: '+2.1%', label: 'contradicted', note: 'sign: bnb.change_24h -2.12' },
      { find: '$948.5', label: 'supported' },
      { find: '$0.713', label: 'contradicted', note: 'ada.price 0.6134' },
      { find: '-2.1%', label: 'supported' },
      { find: '$17.86', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '$3.06', label: 'supported' },
      { find: '-8.4%', label: 'contradicted', note: 'dot.change_24h -1.41; -8.4 is 7d' },
      { find: '$2.42', label: 'supported' },
      { find: '-1.3%', label: 'contradicted', note: 'sign: sui.change_24h +1.27' },
      { find: '$3.12', label: 'supported' },
      { find: '+12.7%', label: 'contradicted', note: 'near.change_24h 4.08; 12.7 is 7d' },
    ],
  },
  {
    id: 'I-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `News flow for desk:
- CoinDesk: spot ETH ETFs took $412 million on Friday, most since August; BTC funds had redemptions. Bitcoin Magazine count $186 million out of BTC ETFs, third day of outflows.
- Liquidations over $238 million, about 72% longs (The Block, with CoinGlass data).
- SUI unlock of 44 million tokens on Monday, worth around $106 million, per Cointelegraph.
- Worldcoin say Orb verifications passed 20 million (Decrypt).
- Some analysts talk about BTC retest of $90,000 before year end; options guys see ETH at $4,200 by mid-December.
- Bitcoin dominance: Bitcoin Magazine says about 59%. Our screen shows 56.7%.`,
    numbers: [
      { find: '$412 million', label: 'supported-by-source' },
      { find: '$186 million', label: 'supported-by-source' },
      { find: '$238 million', label: 'supported-by-source' },
      { find: '72%', label: 'supported-by-source' },
      { find: '44 million', label: 'supported-by-source' },
      { find: '$106 million', label: 'supported-by-source' },
      { find: '20 million', label: 'supported-by-source', note: 'Decrypt named in parentheses' },
      { find: '$90,000', label: 'unsupported', note: 'unattributed (some analysts); CryptoSlate not named' },
      { find: '$4,200', label: 'unsupported', note: 'unattributed forecast; Cointelegraph not named' },
      { find: '59%', label: 'contradicted', note: 'attributed, but market.btc_dominance 56.68' },
      { find: '56.7%', label: 'supported' },
    ],
  },
  {
    id: 'I-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Volume check against 7-day average:
- ETH spot volume 1.6x the average, $32.1bn in 24h — busiest of majors.
- BTC 1.5x, $4.77bn.
- SOL 1.4x ($1.06bn), XRP 1.4x ($6.57bn).
- AVAX 1.5x also, ADA 1.4x.
- Total market volume $287bn. Total cap $3.40tn, -0.4% on day.
- Realised vol: BTC 7d only 33.0% annualised, ETH 44.7%.`,
    numbers: [
      { find: '7-day', label: 'ignored' },
      { find: '1.6x', label: 'supported' },
      { find: '$32.1bn', label: 'contradicted', note: '10x slip: eth.volume_24h 3.21e9' },
      { find: '24h', label: 'ignored' },
      { find: '1.5x@1', label: 'supported' },
      { find: '$4.77bn', label: 'supported' },
      { find: '1.4x@1', label: 'supported' },
      { find: '$1.06bn', label: 'supported' },
      { find: '1.4x@2', label: 'supported' },
      { find: '$6.57bn', label: 'contradicted', note: '10x slip: xrp.volume_24h 656.5e6' },
      { find: '1.5x@2', label: 'supported' },
      { find: '1.4x@3', label: 'supported' },
      { find: '$287bn', label: 'contradicted', note: 'market.volume_24h 187.3e9' },
      { find: '$3.40tn', label: 'supported' },
      { find: '-0.4%', label: 'contradicted', note: 'sign: market.cap_change_24h +0.41' },
      { find: '7d', label: 'ignored' },
      { find: '33.0%', label: 'contradicted', note: 'btc.volatility_7d 19.7; 33.0 is 30d' },
      { find: '44.7%', label: 'supported' },
    ],
  },
  {
    id: 'I-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `Levels sheet (spot), updated in morning:
BTC — S $95,000 / R $100,000. 30d swing high $100,937, swing low $84,900. Market cap $1.39tn.
ETH — S $3,400 / R $3,600. 30d low $3,092. Market cap $428bn.
SOL — S $140 / R $160. 30d high $193.8, market cap $73bn.
TAO — S $420 / R $440, today high $427.3 is also the 30d high.
FET — S $0.62 / R $0.70.
VIRTUAL — S $1.60 / R $1.70, 30d high $2.48.
XRP — S $2.20 / R $2.30.
DOGE — S $0.18 / R $0.19.`,
    numbers: [
      { find: '$95,000', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '30d@1', label: 'ignored' },
      { find: '$100,937', label: 'supported' },
      { find: '$84,900', label: 'contradicted', note: 'btc.swing_low_30d 89892.83' },
      { find: '$1.39tn', label: 'contradicted', note: 'btc.market_cap 1.926e12' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '30d@2', label: 'ignored' },
      { find: '$3,092', label: 'supported' },
      { find: '$428bn', label: 'supported' },
      { find: '$140', label: 'contradicted', note: 'sol.support 150' },
      { find: '$160', label: 'supported' },
      { find: '30d@3', label: 'ignored' },
      { find: '$193.8', label: 'contradicted', note: 'sol.swing_high_30d 183.83' },
      { find: '$73bn', label: 'contradicted', note: 'sol.market_cap 87.3e9' },
      { find: '$420', label: 'supported' },
      { find: '$440', label: 'supported' },
      { find: '$427.3', label: 'supported' },
      { find: '30d@4', label: 'ignored' },
      { find: '$0.62', label: 'supported' },
      { find: '$0.70', label: 'contradicted', note: 'fet.resistance 0.64' },
      { find: '$1.60', label: 'supported' },
      { find: '$1.70', label: 'supported' },
      { find: '30d@5', label: 'ignored' },
      { find: '$2.48', label: 'contradicted', note: 'virtual.swing_high_30d 2.0847' },
      { find: '$2.20', label: 'supported' },
      { find: '$2.30', label: 'supported' },
      { find: '$0.18', label: 'supported' },
      { find: '$0.19', label: 'supported' },
    ],
  },
  {
    id: 'I-desk-note-09',
    voice: 'desk-note',
    style: 'daily',
    text: `Quick one: BTC dominance up to 58.9%, alts bleeding, 17 of 30 coins red. ETH +4.2% vs BTC -1.9%, so ETH outperform by 6.1 points.`,
    numbers: [
      { find: '58.9%', label: 'contradicted', note: 'market.btc_dominance 56.68' },
      { find: '17', label: 'supported' },
      { find: '30', label: 'supported', note: 'market.members 30' },
      { find: '+4.2%', label: 'supported' },
      { find: '-1.9%', label: 'supported' },
      { find: '6.1', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'I-desk-note-10',
    voice: 'desk-note',
    style: 'sector',
    text: `Memecoin desk (24h):
- Meme basket -2.5%, all four down. Sector cap (our 4 names) $56.4bn, lost about $983m in one day.
- DOGE $0.187, -2.6%, funding -0.0068% per 8h (shorts pay longs), OI down 2.6% to $740m.
- PEPE worst, -8.6%; SHIB -2.0%; WIF -5.5% to $0.572.
- Gaming basket: -0.6%, SAND is best with -0.4%, GALA -0.9% the worst, AXS -0.6% at $1.46.
- CoinGecko gaming category cap $9.27bn.
- WIF could retest $0.50 next week.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '-2.5%', label: 'supported' },
      { find: 'four', label: 'supported' },
      { find: '4 names', label: 'supported', note: 'sector.memes.members 4' },
      {
        find: '$56.4bn',
        label: 'contradicted',
        note: 'watchlist meme cap 37.77e9; 56.4e9 is the CoinGecko category cap, but text says our 4 names',
      },
      { find: '$983m', label: 'supported' },
      { find: '$0.187', label: 'supported' },
      { find: '-2.6%', label: 'supported' },
      { find: '-0.0068%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '2.6%@2', label: 'supported' },
      { find: '$740m', label: 'supported' },
      { find: '-8.6%', label: 'contradicted', note: 'pepe.change_24h -3.12; -8.56 is 7d' },
      { find: '-2.0%', label: 'supported' },
      { find: '-5.5%', label: 'contradicted', note: 'wif.change_24h -2.27; -5.49 is 7d' },
      { find: '$0.572', label: 'supported' },
      { find: '-0.6%@1', label: 'supported' },
      { find: '-0.4%', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '-0.6%@2', label: 'supported' },
      { find: '$1.46', label: 'contradicted', note: 'axs.price 1.6412' },
      { find: '$9.27bn', label: 'supported' },
      { find: '$0.50', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'I-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk outlook (not advice):
- BTC ATH was $126K in October, we are now 23% under it. If $95,000 support break, next stop $90K, maybe $88K.
- ETH we target $4,000 then $4,200; ETH/BTC ratio to 0.04 in our view.
- ETF: spot ETH funds had inflow of $412m on Friday, BTC funds out $186m.
- CPI next week, 2.9% expected, US 10y yield 4.1%.
- Funding: BTC negative at -0.0041%, we think it flip positive within 48h.`,
    numbers: [
      { find: '$126K', label: 'unsupported', note: 'history' },
      { find: '23%', label: 'unsupported', note: 'distance from ATH' },
      { find: '$95,000', label: 'supported' },
      { find: '$90K', label: 'unsupported', note: 'forecast' },
      { find: '$88K', label: 'unsupported', note: 'forecast' },
      { find: '$4,000', label: 'unsupported', note: 'forecast' },
      { find: '$4,200', label: 'unsupported', note: 'forecast, outlet not named' },
      { find: '0.04', label: 'unsupported', note: 'forecast ratio' },
      { find: '$412m', label: 'unsupported', note: 'headline figure, CoinDesk not named' },
      { find: '$186m', label: 'unsupported', note: 'headline figure, Bitcoin Magazine not named' },
      { find: '2.9%', label: 'unsupported', note: 'macro' },
      { find: '10y', label: 'ignored' },
      { find: '4.1%', label: 'unsupported', note: 'macro yield' },
      { find: '-0.0041%', label: 'supported' },
      { find: '48h', label: 'ignored' },
    ],
  },
  {
    id: 'I-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: `BTC desk comment
- Spot $96,419 (-1.87% 24h, -3.15% 7d, +10.2% 30d).
- Range of the day $96,115 – $98,381; we are sitting $1,419 above the $95,000 support.
- Volume $4.8bn, 1.5x of weekly average, realised vol 30-day 33%.
- OI $6.3bn after +4.1%; liquidations $238m total, 72% were longs — reported by The Block.
- Market cap of BTC $1.93tn, dominance 66.7%.
- In our view it is classic long flush, we buy the dip at $93,500.`,
    numbers: [
      { find: '$96,419', label: 'supported' },
      { find: '-1.87%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '-3.15%', label: 'supported' },
      { find: '7d', label: 'ignored' },
      { find: '+10.2%', label: 'contradicted', note: 'btc.change_30d 3.27; 10.2 is ETH' },
      { find: '30d', label: 'ignored' },
      { find: '$96,115', label: 'supported' },
      { find: '$98,381', label: 'supported' },
      { find: '$1,419', label: 'unsupported', note: 'distance to support' },
      { find: '$95,000', label: 'supported' },
      { find: '$4.8bn', label: 'supported' },
      { find: '1.5x', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '33%', label: 'supported' },
      { find: '$6.3bn', label: 'contradicted', note: 'btc.open_interest 7.86e9; 6.3e9 is ETH' },
      { find: '+4.1%', label: 'contradicted', note: 'sign: btc.oi_change_24h -4.1' },
      { find: '$238m', label: 'supported-by-source' },
      { find: '72%', label: 'supported-by-source' },
      { find: '$1.93tn', label: 'supported' },
      { find: '66.7%', label: 'contradicted', note: 'market.btc_dominance 56.68' },
      { find: '$93,500', label: 'unsupported', note: 'trade idea / forecast' },
    ],
  },
  {
    id: 'I-desk-note-13',
    voice: 'desk-note',
    style: 'weekly',
    text: `Week summary for clients: total OI +0.7% on the week, BTC -3.2%, XRP +2.6%, BNB -6.0%, ADA -8.9%, AVAX -5.3%. Only NEAR (+12.7%), SUI (+4.0%) and ETH (+4.8%) were up from the L1 group, so 3 of 10. SOL -0.5%. Best performer of whole watchlist this week: VIRTUAL +14.5%.`,
    numbers: [
      { find: '+0.7%', label: 'supported' },
      { find: '-3.2%', label: 'supported' },
      { find: '+2.6%', label: 'contradicted', note: 'sign: xrp.change_7d -2.65' },
      { find: '-6.0%', label: 'supported' },
      { find: '-8.9%', label: 'contradicted', note: 'ada.change_7d -3.90; -8.9 is 30d' },
      { find: '-5.3%', label: 'supported' },
      { find: '+12.7%', label: 'supported' },
      { find: '+4.0%', label: 'supported' },
      { find: '+4.8%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '3 of', label: 'supported', note: 'sector.l1.advancers_7d 3' },
      { find: '10', label: 'supported', note: 'sector.l1.members 10' },
      { find: '-0.5%', label: 'supported' },
      { find: '+14.5%', label: 'contradicted', note: 'FET is +14.5 over 7d; VIRTUAL +1.62' },
    ],
  },
  {
    id: 'I-desk-note-14',
    voice: 'desk-note',
    style: 'sector',
    text: `AI names note: whole AI category on CoinGecko +5.9% to $28.3bn cap, volume $4.6bn. Our seven names cap $15.4bn, +$1.34bn on day. Cointelegraph headline say AI tokens +14%, Reddit people say VIRTUAL +20% — both exaggerated, our data VIRTUAL +11.2%. FET weekly +14.5%, Render +6.4% day. TAO at $421.8, best of 30-day with +14.4%. WLD +7.5%, Worldcoin said 20 million Orb verifications. NEAR, also in AI basket, +4.1%. GRT weakest +2.6%. We think AI can do another 30% in December.`,
    numbers: [
      { find: '+5.9%', label: 'supported' },
      { find: '$28.3bn', label: 'supported' },
      { find: '$4.6bn', label: 'supported' },
      { find: 'seven', label: 'supported' },
      { find: '$15.4bn', label: 'supported' },
      { find: '+$1.34bn', label: 'contradicted', note: 'sector.ai.market_cap_change_24h 865e6; 1.34e9 is 7d' },
      { find: '+14%', label: 'contradicted', note: 'attributed to Cointelegraph, but sector.ai.change_24h 5.96' },
      { find: '+20%', label: 'contradicted', note: 'reddit figure; virtual.change_24h 11.24' },
      { find: '+11.2%', label: 'supported' },
      { find: '+14.5%', label: 'supported' },
      { find: '+6.4%', label: 'supported' },
      { find: '$421.8', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '+14.4%', label: 'supported' },
      { find: '+7.5%', label: 'contradicted', note: 'wld.change_24h 3.79; 7.5 is 7d' },
      { find: '20 million', label: 'unsupported', note: 'sentence names Worldcoin, not the outlet Decrypt; debatable' },
      { find: '+4.1%', label: 'supported' },
      { find: '+2.6%', label: 'supported' },
      { find: '30%', label: 'unsupported', note: 'forecast' },
    ],
  },
];
