import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'M-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk morning note (Asia close)
- BTC: very wild session. Low was $104,130, high $111,921, now we are sitting at $108,450, so only +0.3% on 24h. Support we see at $105,000, resistance $110,000.
- ETH is the strong one, +4.6% to $3,905. High of day touched $4,009 but no close above the $4,100 resistance.
- SOL only +0.6% at $188.42, funding is negative -0.0087% per 8h, so longs are paying to shorts.
- XRP weak, -3.1% at $2.43.
- DOGE worst of majors, -3.9%.`,
    numbers: [
      { find: '$104,130', label: 'supported' },
      { find: '$111,921', label: 'supported' },
      { find: '$108,450', label: 'supported' },
      { find: '+0.3%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$105,000', label: 'supported' },
      { find: '$110,000', label: 'supported' },
      { find: '+4.6%', label: 'supported' },
      { find: '$3,905', label: 'supported' },
      { find: '$4,009', label: 'supported' },
      { find: '$4,100', label: 'contradicted', note: 'fact eth.resistance 4000' },
      { find: '+0.6%', label: 'supported' },
      { find: '$188.42', label: 'supported' },
      {
        find: '-0.0087%',
        label: 'contradicted',
        note: 'value right (sol.funding_rate -0.0087) but payer wrong: negative funding = shorts pay longs; debatable whether the number or the payer clause carries the error',
      },
      { find: '8h', label: 'ignored' },
      { find: '-3.1%', label: 'contradicted', note: 'fact xrp.change_24h -2.00' },
      { find: '$2.43', label: 'supported' },
      { find: '-3.9%', label: 'supported' },
    ],
  },
  {
    id: 'M-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives, short version:
- Total open interest is $18.6bn after a drop of 6.1% in the day, the wick has cleaned leverage.
- By asset: ETH OI $7.4bn (-7.5%), BTC OI $6.3bn (-4.8%), SOL $2.3bn (-5.4%), DOGE $1.4bn (-8.4%), XRP $1.2bn (-1.2%).
- Funding mostly below zero. BTC -0.0041% per 8h, this is around -4.5% annualized. ETH is the exception with +0.0063%, roughly 6.9% a year.
- DOGE funding most negative, -0.0105%, means the shorts pay the longs there.
- Weighted average funding for the market near -0.0008%, basically flat.`,
    numbers: [
      { find: '$18.6bn', label: 'supported' },
      { find: '6.1%', label: 'supported' },
      { find: '$7.4bn', label: 'supported' },
      { find: '-7.5%', label: 'supported' },
      { find: '$6.3bn', label: 'supported' },
      { find: '-4.8%', label: 'supported' },
      { find: '$2.3bn', label: 'supported' },
      { find: '-5.4%', label: 'supported' },
      { find: '$1.4bn', label: 'supported' },
      { find: '-8.4%', label: 'supported' },
      { find: '$1.2bn', label: 'supported' },
      { find: '-1.2%', label: 'contradicted', note: 'fact xrp.oi_change_24h -3.2; -1.2 looks like funding digits' },
      { find: '-0.0041%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-4.5%', label: 'supported' },
      { find: '+0.0063%', label: 'supported' },
      { find: '6.9%', label: 'supported' },
      { find: '-0.0105%', label: 'supported' },
      { find: '-0.0008%', label: 'supported', note: 'market.funding_avg -0.000826, hedge near' },
    ],
  },
  {
    id: 'M-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: `Sectors today, our view:
- Layer 2 is the winner, +3.8%. ARB makes +8.0% alone, OP +4.5%, POL +2.5%. Only IMX is red, -0.80%.
- AI sector +1.3%, best one is VIRTUAL with +3.2%, worst RENDER at -0.6%. Six of seven members are green.
- Layer 1 small up, +0.9%, eight up and two down.
- DePIN -0.8%, FIL is the worst with -2.5%.
- Gaming all four red, sector -1.6%, AXS lead the losses with -2.4%.
- Memes is bottom of the table, -5.2%, DOGE -3.9% and WIF -3.8%.`,
    numbers: [
      { find: '+3.8%', label: 'supported' },
      { find: '+8.0%', label: 'supported' },
      { find: '+4.5%', label: 'supported' },
      { find: '+2.5%', label: 'supported' },
      { find: '-0.80%', label: 'supported', note: 'imx.change_24h -0.80' },
      { find: 'Layer 2', label: 'ignored' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+1.3%', label: 'supported' },
      { find: '+3.2%', label: 'supported' },
      { find: '-0.6%', label: 'supported' },
      { find: 'Six of', label: 'supported', note: 'sector.ai.advancers_24h 6' },
      { find: 'seven members', label: 'supported', note: 'sector.ai.members 7' },
      { find: '+0.9%', label: 'supported', note: 'sector.l1.change_24h 0.85 / category 0.87' },
      { find: 'eight up', label: 'supported' },
      { find: 'two down', label: 'supported' },
      { find: '-0.8%', label: 'supported', note: 'sector.depin.change_24h -0.82' },
      { find: '-2.5%', label: 'contradicted', note: 'fact fil.change_24h -1.50' },
      { find: 'all four', label: 'supported' },
      { find: '-1.6%', label: 'supported' },
      { find: '-2.4%', label: 'supported' },
      { find: '-5.2%', label: 'contradicted', note: 'fact sector.memes.change_24h -3.49' },
      { find: '-3.9%', label: 'supported' },
      { find: '-3.8%', label: 'supported' },
    ],
  },
  {
    id: 'M-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly desk wrap (last 7 days)
- BTC +2.2% on the week, ETH much better with +6.6%.
- SOL +4.3%, XRP -2.2%, DOGE -4.1%.
- Best L1 of the week is SUI with +9.1%, we did not expect this.
- The L2 sector +5.8%, ARB +15.1% is top performer, IMX worst at -7.3%.
- Gaming -8.6% for the week, nobody want these coins.
- Memes -4.0%, PEPE the worst with -10.5%.
- AI +3.3%, best RENDER +7.5%, WLD is the only loser, -1.8%. DePIN +4.5%.
- Open interest in total -2.7% on week, BTC OI -2.1%, ETH OI -6.6%.
- Realized vol: BTC 28.9%, ETH 49.6%.
- For next week we look for a test of $115,000.`,
    numbers: [
      { find: '7 days', label: 'ignored' },
      { find: '+2.2%', label: 'supported' },
      { find: '+6.6%', label: 'supported' },
      { find: '+4.3%', label: 'supported' },
      { find: '-2.2%', label: 'supported' },
      { find: '-4.1%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '+9.1%', label: 'contradicted', note: 'sector.l1.best_7d is ETH 6.57; sui.change_7d 4.14' },
      { find: 'L2', label: 'ignored' },
      { find: '+5.8%', label: 'supported' },
      { find: '+15.1%', label: 'supported' },
      { find: '-7.3%', label: 'supported' },
      { find: '-8.6%', label: 'contradicted', note: 'sector.gaming.change_7d -5.49 (-8.57 is SAND)' },
      { find: '-4.0%', label: 'supported' },
      { find: '-10.5%', label: 'supported' },
      { find: '+3.3%', label: 'supported' },
      { find: '+7.5%', label: 'supported' },
      { find: '-1.8%', label: 'supported' },
      { find: '+4.5%', label: 'contradicted', note: 'sector.depin.change_7d 1.51' },
      { find: '-2.7%', label: 'supported' },
      { find: '-2.1%', label: 'supported' },
      { find: '-6.6%', label: 'contradicted', note: 'eth.oi_change_7d -3.6' },
      { find: '28.9%', label: 'supported' },
      { find: '49.6%', label: 'contradicted', note: 'eth.volatility_7d 69.6' },
      { find: '$115,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'M-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `Flash from desk (feeds were noisy this night, please double check):
- ETH drop 5% after the overnight spike, CryptoSlate writes.
- Open interest jumped 5% overnight, leverage back.
- BTC went below $100,000 in the afternoon before the bounce.
- Memecoins led the rebound, DOGE +3.9%.
- BTC funding is positive +0.0041%, longs pay.
- In total 17 of 30 watchlist coins are higher, 13 lower.
- Liquidations above $1.1 billion as per The Block, BTC swung $7,800 in one day there.
- Spot BTC ETF took $538 million of net inflows, CoinDesk reports.`,
    numbers: [
      { find: 'drop 5%', label: 'contradicted', note: 'attributed to CryptoSlate but eth.change_24h is +4.6' },
      { find: '5% overnight', label: 'contradicted', note: 'market.oi_change_24h -6.14 (Reddit claim, unattributed)' },
      { find: '$100,000', label: 'contradicted', note: 'btc.low_24h 104,130' },
      { find: '+3.9%', label: 'contradicted', note: 'doge.change_24h -3.90, sign' },
      { find: '+0.0041%', label: 'contradicted', note: 'btc.funding_rate -0.0041, sign' },
      { find: '17', label: 'supported' },
      { find: '30', label: 'supported' },
      { find: '13', label: 'supported' },
      { find: '$1.1 billion', label: 'supported-by-source', note: 'The Block headline' },
      {
        find: '$7,800',
        label: 'supported-by-source',
        note: 'The Block headline; high-low 7,791 is arithmetic, debatable',
      },
      { find: '$538 million', label: 'supported-by-source' },
    ],
  },
  {
    id: 'M-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `Alts, one line each:
- BNB very quiet, $962.70, +0.50%.
- ADA $0.684, up 0.5% also.
- AVAX +3.9% to $19.27.
- DOT +0.7% at $3.32.
- NEAR $4.13, +1.8%. SUI $2.74, +2.1%.
- TAO -1.6% at $437.90.
- FET +7.2% in the session, GRT $0.091.
- WLD just under $1, FIL -1.5%, HNT +0.4%, IOTX +0.5%.`,
    numbers: [
      { find: '$962.70', label: 'supported' },
      { find: '+0.50%', label: 'supported', note: 'bnb 0.50' },
      { find: '$0.684', label: 'supported' },
      { find: '0.5% also', label: 'supported', note: 'ada 0.50' },
      { find: '+3.9%', label: 'contradicted', note: 'avax.change_24h 1.10; 3.86 is 7d' },
      { find: '$19.27', label: 'supported' },
      { find: '+0.7%', label: 'contradicted', note: 'dot.change_24h -0.70, sign' },
      { find: '$3.32', label: 'supported' },
      { find: '$4.13', label: 'contradicted', note: 'near.price 3.126' },
      { find: '+1.8%', label: 'supported' },
      { find: '$2.74', label: 'supported' },
      { find: '+2.1%', label: 'supported' },
      { find: '-1.6%', label: 'contradicted', note: 'tao.change_24h +1.60, sign' },
      { find: '$437.90', label: 'supported' },
      { find: '+7.2%', label: 'contradicted', note: 'fet.change_24h 1.40; 7.24 is 7d' },
      { find: '$0.091', label: 'supported' },
      { find: 'just under $1', label: 'supported', note: 'wld.price 0.9982, just under' },
      { find: '-1.5%', label: 'supported' },
      { find: '+0.4%', label: 'supported' },
      { find: '+0.5%', label: 'contradicted', note: 'iotx.change_24h -0.50, sign' },
    ],
  },
  {
    id: 'M-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Levels we are watching today:
- BTC: support 105k, resistance 110k. The 30-day range is from $101,062 up to $128,953.
- ETH: support $3,800, resistance $4,000, 30-day top $4,073.
- SOL: support is $190 and resistance $180 on our chart.
- XRP: support $2.40, resistance $2.60.
- DOGE: floor at $0.20, ceiling $0.21.
- BTC need only +1.4% more for reach the resistance.
- SOL range of the day $176.47 to $195.65; the ETH low $3,550 is also the low of the month.
- On 30 days BTC is -1.5%, ETH -5.2%.`,
    numbers: [
      { find: '105k', label: 'supported' },
      { find: '110k', label: 'supported' },
      { find: '30-day range', label: 'ignored' },
      { find: '$101,062', label: 'supported' },
      { find: '$128,953', label: 'contradicted', note: 'btc.swing_high_30d 118,953 (digit slip)' },
      { find: '$3,800', label: 'supported' },
      { find: '$4,000', label: 'supported' },
      { find: '30-day top', label: 'ignored' },
      { find: '$4,073', label: 'supported' },
      { find: '$190', label: 'contradicted', note: 'sol.support 180; support/resistance swapped' },
      { find: '$180', label: 'contradicted', note: 'sol.resistance 190; swapped' },
      { find: '$2.40', label: 'supported' },
      { find: '$2.60', label: 'contradicted', note: 'xrp.resistance 2.5' },
      { find: '$0.20', label: 'supported' },
      { find: '$0.21', label: 'supported' },
      { find: '+1.4%', label: 'unsupported', note: 'distance to level, derived arithmetic' },
      { find: '$176.47', label: 'supported' },
      { find: '$195.65', label: 'supported' },
      { find: '$3,550', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '-1.5%', label: 'supported' },
      { find: '-5.2%', label: 'contradicted', note: 'eth.change_30d -3.22' },
    ],
  },
  {
    id: 'M-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `Volume and size:
- Total volume was big, $261bn in 24h. BTC traded $5.4bn, this is 1.6x of the 7-day average. ETH $5.5bn, around 2x the average. SOL 1.8x, DOGE 1.9x, XRP 1.2x.
- Total cap $3.76tn, +0.9% on day. BTC dominance 59.6%.
- Market caps: BTC $2.16tn, ETH $471bn, SOL $130bn, XRP $146bn, DOGE $40.8bn.
- Realized vol on 30 days: BTC 38%, ETH 69%. SOL 7-day vol 58%.
- Breadth: 17 coins up, 15 down.`,
    numbers: [
      { find: '$261bn', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$5.4bn', label: 'supported' },
      { find: '1.6x', label: 'supported' },
      { find: '7-day average', label: 'ignored' },
      { find: '$5.5bn', label: 'supported' },
      { find: 'around 2x', label: 'supported', note: 'eth.volume_ratio_7d 2.03, around' },
      { find: '1.8x', label: 'supported' },
      { find: '1.9x', label: 'supported' },
      { find: '1.2x', label: 'contradicted', note: 'xrp.volume_ratio_7d 1.60' },
      { find: '$3.76tn', label: 'supported' },
      { find: '+0.9%', label: 'supported' },
      { find: '59.6%', label: 'contradicted', note: 'market.btc_dominance 57.6' },
      { find: '$2.16tn', label: 'supported' },
      { find: '$471bn', label: 'supported' },
      { find: '$130bn', label: 'contradicted', note: 'sol.market_cap 103.6bn' },
      { find: '$146bn', label: 'supported' },
      { find: '$40.8bn', label: 'contradicted', note: 'doge.market_cap 30.4bn; 40.8bn is memes sector cap' },
      { find: '30 days', label: 'ignored' },
      { find: '38%', label: 'supported' },
      { find: '69%', label: 'contradicted', note: 'eth.volatility_30d 61.0; 69.6 is the 7d figure (wrong window)' },
      { find: '7-day vol', label: 'ignored' },
      { find: '58%', label: 'supported' },
      { find: '17', label: 'supported' },
      { find: '15', label: 'contradicted', note: 'market.decliners_24h 13' },
    ],
  },
  {
    id: 'M-desk-note-09',
    voice: 'desk-note',
    style: 'weekly',
    text: `Week in one bullet list:
- BTC +2.2%, ETH +6.6%, L2 +5.8%, gaming -5.5%, memes -4.0%.
- ARB +8.0%, OP +11.4%, IMX -0.8%.
- Total OI -6.1%, SOL +4.3%.`,
    numbers: [
      { find: '+2.2%', label: 'supported' },
      { find: '+6.6%', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '+5.8%', label: 'supported' },
      { find: '-5.5%', label: 'supported' },
      { find: '-4.0%', label: 'supported' },
      { find: '+8.0%', label: 'contradicted', note: 'weekly: arb.change_7d 15.1; 8.0 is 24h' },
      { find: '+11.4%', label: 'supported' },
      { find: '-0.8%', label: 'contradicted', note: 'weekly: imx.change_7d -7.3; -0.8 is 24h' },
      { find: '-6.1%', label: 'contradicted', note: 'weekly: market.oi_change_7d -2.74; -6.1 is 24h' },
      { find: '+4.3%', label: 'supported' },
    ],
  },
  {
    id: 'M-desk-note-10',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector desk, comments:
- The AI basket is $16.1bn by our members, CoinGecko category $33bn. Up 1.2% day.
- L2 basket $6.2bn, gained $229m in the day. This is the best sector, second is DePIN.
- Memes lost $1.5bn of cap, the worst performer is PEPE with -2.8%.
- Gaming category cap $10bn, -1.6%. Best gaming coin IMX -0.8% (still red).
- L1 basket $3.07tn, best ETH +4.6%, worst SOL -2.0%.`,
    numbers: [
      { find: '$16.1bn', label: 'supported' },
      { find: '$33bn', label: 'supported' },
      {
        find: '1.2%',
        label: 'supported',
        note: 'sector.ai.category_change_24h 1.18 (members 1.27 also rounds to 1.3; 1.2 fits category)',
      },
      { find: 'L2', label: 'ignored' },
      { find: '$6.2bn', label: 'supported' },
      { find: '$229m', label: 'supported' },
      { find: '$1.5bn', label: 'supported', note: 'sector.memes.market_cap_change_24h -1.48bn' },
      {
        find: '-2.8%',
        label: 'contradicted',
        note: 'worst memes member is DOGE -3.90; PEPE -2.84 is right for PEPE but not the worst (wrong leader)',
      },
      { find: '$10bn', label: 'supported' },
      { find: '-1.6%', label: 'supported' },
      { find: '-0.8%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '$3.07tn', label: 'supported' },
      { find: '+4.6%', label: 'supported' },
      { find: '-2.0%', label: 'contradicted', note: 'worst L1 is XRP -2.0; SOL is +0.6 (wrong asset)' },
    ],
  },
  {
    id: 'M-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: `Correction to the early note (numbers from old sheet, sorry):
- BTC closed the day -2.3% at $106,450.
- ETH +1.6%, SOL -0.6%.
- XRP funding is -0.0120% per 8h.
- ETH funding annualized 9.9%.
- DOGE open interest -4.8%.
- Layer 2 +8.0% as sector.
- AI sector best member is TAO, +1.6%.
- BTC open interest is $7.4bn.
- Total market cap $3.58tn.
- Liquidations, reports said, around $2 billion.`,
    numbers: [
      { find: '-2.3%', label: 'contradicted', note: 'btc.change_24h +0.30' },
      { find: '$106,450', label: 'contradicted', note: 'btc.price 108,450' },
      { find: 'ETH +1.6%', label: 'contradicted', note: 'eth.change_24h 4.60' },
      { find: '-0.6%', label: 'contradicted', note: 'sol.change_24h +0.60, sign' },
      { find: '-0.0120%', label: 'contradicted', note: 'xrp.funding_rate -0.0012 (10x slip)' },
      { find: '8h', label: 'ignored' },
      { find: '9.9%', label: 'contradicted', note: 'eth.funding_apr 6.90' },
      { find: '-4.8%', label: 'contradicted', note: 'doge.oi_change_24h -8.4; -4.8 is BTC' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+8.0%', label: 'contradicted', note: 'sector.l2.change_24h 3.82; 8.0 is ARB' },
      {
        find: '+1.6%@2',
        label: 'contradicted',
        note: 'sector.ai.best_24h is VIRTUAL 3.2; TAO +1.60 is right for TAO but wrong leader',
      },
      { find: '$7.4bn', label: 'contradicted', note: 'btc.open_interest 6.3bn; 7.4bn is ETH' },
      { find: '$3.58tn', label: 'contradicted', note: 'market.total_cap 3.757tn' },
      { find: '$2 billion', label: 'unsupported', note: 'unattributed; The Block said $1.1 billion' },
    ],
  },
  {
    id: 'M-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: `Last points:
- ETH/BTC going up, ETH outperform BTC by 4.3 points.
- BTC may retest $104,000 before the weekend, in our opinion.
- Cointelegraph say SOL funding flip negative at -0.0087%, shorts pay now.
- Decrypt: whale moved 4,500 BTC to exchange before the wick.
- Bitcoin Magazine: BTC OI falls 4.8%.`,
    numbers: [
      { find: 'by 4.3 points', label: 'unsupported', note: 'derived arithmetic 4.60-0.30' },
      { find: '$104,000', label: 'unsupported', note: 'forecast' },
      { find: '-0.0087%', label: 'supported' },
      { find: '4,500', label: 'supported-by-source' },
      { find: '4.8%', label: 'supported', note: 'btc.oi_change_24h -4.8 (falls)' },
    ],
  },
];
