import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'W-table-01',
    voice: 'table',
    style: 'daily',
    text: `Thursday snapshot. Total cap $3.72T, down 3.9% on the day, with 24 of 30 watchlist names lower. BTC dominance sits near 61.5%.

| Asset | Price | Day % | Week % | Mkt cap |
|---|---|---|---|---|
| BTC | $108,900 | -3.2% | +2.5% | $2.17T |
| ETH | $3,812 | -4.6% | +7.4% | $460B |
| XRP | $2.84 | +6.4% | +11.2% | $1.69T |
| BNB | $845.60 | -1.9% | +0.9% | $104B |
| SOL | $168.35 | -6.1% | +6.1% | $19B |
| DOGE | $0.1924 | -9.8% | +2.5% | $28.9B |
| ADA | $0.7214 | -0.4% | +3.8% | $26.2B |
| SUI | $3.27 | -6.9% | -3.6% | $1.18B |
| AVAX | $24.55 | -5.4% | -0.9% | $9.6B |
| DOT | $3.91 | -4.9% | +2.7% | $6.0B |`,
    numbers: [
      { find: '$3.72T', label: 'supported' },
      { find: '3.9%', label: 'supported' },
      { find: '24 of', label: 'supported' },
      { find: '30', label: 'supported', note: 'market.members 30 (denominator; debatable, could be ignored)' },
      { find: '61.5%', label: 'contradicted', note: 'fact market.btc_dominance 58.24' },
      { find: '$108,900', label: 'supported' },
      { find: '-3.2%', label: 'supported' },
      { find: '+2.5%@1', label: 'supported' },
      { find: '$2.17T', label: 'supported' },
      { find: '$3,812', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: '+7.4%', label: 'contradicted', note: 'fact eth.change_7d 1.80 (7.4 is ETH OI 7d)' },
      { find: '$460B', label: 'supported' },
      { find: '$2.84', label: 'supported' },
      { find: '+6.4%', label: 'supported' },
      { find: '+11.2%', label: 'contradicted', note: 'fact xrp.change_7d 9.60; 11.2 is the 30d change' },
      { find: '$1.69T', label: 'contradicted', note: 'fact xrp.market_cap 169.5B (10x slip)' },
      { find: '$845.60', label: 'contradicted', note: 'fact bnb.price 745.6' },
      { find: '-1.9%', label: 'supported' },
      { find: '+0.9%', label: 'supported' },
      { find: '$104B', label: 'supported' },
      { find: '$168.35', label: 'supported' },
      { find: '-6.1%', label: 'supported' },
      { find: '+6.1%', label: 'contradicted', note: 'fact sol.change_7d 3.31' },
      { find: '$19B', label: 'contradicted', note: 'fact sol.market_cap 91.06B' },
      { find: '$0.1924', label: 'supported' },
      { find: '-9.8%', label: 'supported' },
      { find: '+2.5%@2', label: 'contradicted', note: 'fact doge.change_7d -2.51 (sign)' },
      { find: '$28.9B', label: 'supported' },
      { find: '$0.7214', label: 'supported' },
      { find: '-0.4%', label: 'contradicted', note: 'fact ada.change_24h +0.40 (sign)' },
      { find: '+3.8%', label: 'supported' },
      { find: '$26.2B', label: 'supported' },
      { find: '$3.27', label: 'supported' },
      { find: '-6.9%', label: 'supported' },
      { find: '-3.6%', label: 'supported' },
      { find: '$1.18B', label: 'contradicted', note: 'fact sui.market_cap 11.79B (10x slip)' },
      { find: '$24.55', label: 'contradicted', note: 'fact avax.price 22.46 (24.55 is the 30d swing high)' },
      { find: '-5.4%', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '$9.6B', label: 'supported' },
      { find: '$3.91', label: 'contradicted', note: 'fact dot.price 3.684 (3.91 is 24h high)' },
      { find: '-4.9%', label: 'supported' },
      { find: '+2.7%', label: 'contradicted', note: 'fact dot.change_7d -2.73 (sign)' },
      { find: '$6.0B', label: 'supported' },
    ],
  },
  {
    id: 'W-table-02',
    voice: 'table',
    style: 'sector',
    text: `Sector board. Memes took the worst of it; AI was the only group in the green.

| Sector | Day % | Week % | Cap (watchlist) | Best | Worst | Breadth |
|---|---|---|---|---|---|---|
| Layer 1 | -3.0% | +2.7% | $3.05T | XRP +6.4% | SUI -6.9% | 2 up / 8 down |
| Layer 2 | -3.4% | -1.3% | $7.1B | ARB +0.6% | OP -6.2% | 1 up / 3 down |
| AI | +0.3% | +2.7%  | $13.0B | TAO +6.1% | RENDER -4.6% | 1 up / 6 down |
| DePIN | -5.6% | +0.6% | $3.8B | HNT +0.7% | IOTX -8.8% | 1 up / 3 down |
| Gaming | -3.7% | -0.3% | $2.76B | AXS +1.1% | GALA -5.6% | 2 up / 2 down |
| Memes | -9.8% | -3.2% | $40.8B | DOGE -8.6% | WIF -13.2% | 0 up / 4 down |

The memes group shed about $4.4B of value in a day, the worst sector by a wide margin.`,
    numbers: [
      { find: '-3.0%', label: 'supported' },
      { find: '+2.7%@1', label: 'supported', note: 'L1 7d 2.70' },
      { find: '$3.05T', label: 'supported' },
      { find: '+6.4%', label: 'supported' },
      { find: '-6.9%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '2 up@1', label: 'supported' },
      { find: '8 down', label: 'supported' },
      { find: '-3.4%', label: 'supported' },
      { find: '-1.3%', label: 'supported' },
      { find: '$7.1B', label: 'supported' },
      { find: '+0.6%@1', label: 'contradicted', note: 'best L2 member is POL +0.60, not ARB (-5.6)' },
      { find: '-6.2%', label: 'supported' },
      { find: '1 up@1', label: 'supported' },
      { find: '3 down@1', label: 'supported' },
      { find: '+0.3%', label: 'supported' },
      { find: '+2.7%@2', label: 'supported', note: 'AI 7d 2.75' },
      { find: '$13.0B', label: 'supported' },
      { find: '+6.1%', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: '1 up@2', label: 'supported' },
      { find: '6 down', label: 'supported' },
      { find: '-5.6%@1', label: 'supported' },
      { find: '+0.6%@2', label: 'contradicted', note: 'fact sector.depin.change_7d -0.61 (sign)' },
      { find: '$3.8B', label: 'supported' },
      { find: '+0.7%', label: 'supported' },
      { find: '-8.8%', label: 'supported' },
      { find: '1 up@3', label: 'supported' },
      { find: '3 down@2', label: 'supported' },
      { find: '-3.7%', label: 'supported' },
      { find: '-0.3%', label: 'supported' },
      { find: '$2.76B', label: 'supported' },
      { find: '+1.1%', label: 'supported' },
      { find: '-5.6%@2', label: 'supported' },
      { find: '2 up@2', label: 'contradicted', note: 'gaming 24h advancers 1 (2 is the 7d figure)' },
      { find: '2 down', label: 'contradicted', note: 'gaming 24h decliners 3 (2 is the 7d figure)' },
      { find: '-9.8%', label: 'supported' },
      { find: '-3.2%', label: 'supported' },
      { find: '$40.8B', label: 'supported' },
      { find: '-8.6%', label: 'contradicted', note: 'best meme member is SHIB -8.57, DOGE was -9.80' },
      { find: '-13.2%', label: 'supported' },
      { find: '0 up', label: 'supported' },
      { find: '4 down', label: 'supported' },
      { find: '$4.4B', label: 'supported' },
    ],
  },
  {
    id: 'W-table-03',
    voice: 'table',
    style: 'daily',
    text: `Derivatives check: longs kept paying through the drop.

| Perp | Funding /8h | Annualized | OI | OI chg |
|---|---|---|---|---|
| BTC | 0.021% | 23.0% | $8.4B | -6.8% |
| ETH | 0.018% | 19.7% | $4.9B | +7.6% |
| SOL | 0.035% | 38.3% | $1.3B | -9.2% |
| XRP | 0.030% | 3.3% | $1.05B | -4.2% |
| DOGE | -0.05% | 54.8% | n/a | -13.4% |

Aggregate OI is $16.4B, off 6.9% on the day but up 9.4% on the week. OI-weighted funding averages 0.023% per 8h, so shorts are paying longs. Expect funding to reset toward 0.01% by the weekend.`,
    numbers: [
      { find: '0.021%', label: 'supported' },
      { find: '23.0%', label: 'supported' },
      { find: '$8.4B', label: 'supported' },
      { find: '-6.8%', label: 'supported' },
      { find: '0.018%', label: 'supported' },
      { find: '19.7%', label: 'supported' },
      { find: '$4.9B', label: 'supported' },
      { find: '+7.6%', label: 'contradicted', note: 'fact eth.oi_change_24h -7.6 (sign)' },
      { find: '0.035%', label: 'supported' },
      { find: '38.3%', label: 'supported' },
      { find: '$1.3B', label: 'supported' },
      { find: '-9.2%', label: 'supported' },
      { find: '0.030%', label: 'supported' },
      { find: '3.3%', label: 'contradicted', note: 'fact xrp.funding_apr 32.85 (10x slip)' },
      { find: '$1.05B', label: 'supported' },
      { find: '-4.2%', label: 'contradicted', note: 'fact xrp.oi_change_24h +4.2 (sign)' },
      { find: '-0.05%', label: 'contradicted', note: 'fact doge.funding_rate +0.05 (sign)' },
      {
        find: '54.8%',
        label: 'supported',
        note: 'doge.funding_apr 54.75 (corrected after the first run: the writer labelled it unsupported, missing the fact)',
      },
      { find: '-13.4%', label: 'supported' },
      { find: '$16.4B', label: 'supported' },
      { find: '6.9%', label: 'supported' },
      { find: '9.4%', label: 'supported' },
      { find: '0.023%', label: 'supported' },
      { find: '8h@1', label: 'ignored' },
      { find: '8h@2', label: 'ignored' },
      { find: '0.01%', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'W-table-04',
    voice: 'table',
    style: 'weekly',
    text: `Weekly mid-cap board. The best sector of the week was Layer 2 at +1.3%, while IoTeX was the week's worst performer at -10.6%. Total open interest is up 9.4% over the week; BTC OI alone rose 19.8%. Memes lost $13.4B of value over the week, the AI group added $348M, and 7 of 10 layer-one names are higher.

| Token | Price | Week | Month | Mkt cap |
|---|---|---|---|---|
| NEAR | $2.45 | +0.7% | +3.3% | $30.8B |
| ARB | $0.4126 | +4.6% | +2.5% | $22.9B |
| OP | $0.7642 | -1.7% | +2.5% | $1.27B |
| POL | $0.2356 | +5.7% | +5.7% | $2.46B |
| IMX | $0.5518 | +2.5% | +4.0% | $1.07B |
| FET | $0.6034 | -2.1% | +4.2% | $1.57B |
| RENDER | $3.23 | +0.9% | +7.8% | $1.66B |
| TAO | $352.6 | +16.4% | +10.8% | n/a |`,
    numbers: [
      { find: 'Layer 2', label: 'ignored' },
      { find: '+1.3%', label: 'contradicted', note: 'sector.l2.change_7d -1.27; best 7d sector is AI +2.75' },
      { find: '-10.6%', label: 'supported' },
      { find: '9.4%', label: 'supported' },
      { find: '19.8%', label: 'contradicted', note: 'fact btc.oi_change_7d 9.8' },
      { find: '$13.4B', label: 'contradicted', note: 'fact sector.memes.market_cap_change_7d -1.34B (10x)' },
      { find: '$348M', label: 'supported' },
      { find: '7 of', label: 'supported' },
      { find: '10 layer', label: 'supported' },
      { find: '$2.45', label: 'supported' },
      { find: '+0.7%', label: 'supported' },
      { find: '+3.3%', label: 'supported' },
      { find: '$30.8B', label: 'contradicted', note: 'fact near.market_cap 3.08B (10x)' },
      { find: '$0.4126', label: 'supported' },
      { find: '+4.6%', label: 'contradicted', note: 'fact arb.change_7d -4.65 (sign)' },
      { find: '+2.5%@1', label: 'supported', note: 'arb 30d 2.53' },
      { find: '$22.9B', label: 'contradicted', note: 'fact arb.market_cap 2.29B (10x)' },
      { find: '$0.7642', label: 'contradicted', note: 'fact op.price 0.6842 (0.7642 is 30d swing high)' },
      { find: '-1.7%', label: 'supported' },
      { find: '+2.5%@2', label: 'supported', note: 'op 30d 2.49' },
      { find: '$1.27B', label: 'supported' },
      { find: '$0.2356', label: 'supported' },
      { find: '+5.7%@1', label: 'contradicted', note: 'fact pol.change_7d 0.72; 5.7 is 30d' },
      { find: '+5.7%@2', label: 'supported' },
      { find: '$2.46B', label: 'supported' },
      { find: '$0.5518', label: 'supported' },
      { find: '+2.5%@3', label: 'supported', note: 'imx 7d 2.45' },
      { find: '+4.0%', label: 'supported' },
      { find: '$1.07B', label: 'supported' },
      { find: '$0.6034', label: 'supported' },
      { find: '-2.1%', label: 'contradicted', note: 'fact fet.change_7d +2.14 (sign)' },
      { find: '+4.2%', label: 'supported' },
      { find: '$1.57B', label: 'supported' },
      { find: '$3.23', label: 'supported' },
      { find: '+0.9%', label: 'supported' },
      { find: '+7.8%', label: 'contradicted', note: 'fact render.change_30d 1.78' },
      { find: '$1.66B', label: 'supported' },
      { find: '$352.6', label: 'supported' },
      { find: '+16.4%', label: 'contradicted', note: 'fact tao.change_7d 10.76; 16.4 is 30d' },
      { find: '+10.8%', label: 'contradicted', note: 'fact tao.change_30d 16.4; 10.8 is 7d' },
    ],
  },
  {
    id: 'W-table-05',
    voice: 'table',
    style: 'daily',
    text: `Levels to watch:

| Asset | Support | Resistance | 24h high | 24h low |
|---|---|---|---|---|
| BTC | $110,000 | $105,000 | $114,740 | $108,880 |
| ETH | $3,800 | $4,000 | $4,251 | $3,809 |
| XRP | $2.80 | $2.90 | $2.85 | $2.27 |
| BNB | $740 | $760 | $763 | $642 |

BTC is sitting about 1% above its 24h low, and we would expect a bounce toward $112,000.`,
    numbers: [
      { find: '$110,000', label: 'contradicted', note: 'swapped: btc.support 105000' },
      { find: '$105,000', label: 'contradicted', note: 'swapped: btc.resistance 110000' },
      { find: '$114,740', label: 'supported' },
      { find: '$108,880', label: 'supported' },
      { find: '$3,800', label: 'supported' },
      { find: '$4,000', label: 'supported' },
      { find: '$4,251', label: 'contradicted', note: 'fact eth.high_24h 4050.66' },
      { find: '$3,809', label: 'supported' },
      { find: '$2.80', label: 'supported' },
      { find: '$2.90', label: 'supported' },
      { find: '$2.85', label: 'supported' },
      { find: '$2.27', label: 'contradicted', note: 'fact xrp.low_24h 2.6694' },
      { find: '$740', label: 'supported' },
      { find: '$760', label: 'supported' },
      { find: '$763', label: 'supported' },
      { find: '$642', label: 'contradicted', note: 'fact bnb.low_24h 742.32' },
      { find: '1%', label: 'unsupported', note: 'distance to level' },
      { find: '24h@1', label: 'ignored' },
      { find: '24h@2', label: 'ignored' },
      { find: '24h@3', label: 'ignored' },
      { find: '$112,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'W-table-06',
    voice: 'table',
    style: 'daily',
    text: `Breadth and flows

| Metric | Value |
|---|---|
| Advancers | 9 |
| Decliners | 21 |
| Total cap | $3.27T |
| Cap change | -3.9% |
| Volume | $210B |
| BTC vol vs avg | 1.2x |
| ETH vol vs avg | 2.0x |
| Total OI chg | +6.9% |
| Avg funding (/8h) | 0.23% |`,
    numbers: [
      { find: '| 9 |', label: 'contradicted', note: 'fact market.advancers_24h 6' },
      { find: '| 21 |', label: 'contradicted', note: 'fact market.decliners_24h 24' },
      { find: '$3.27T', label: 'contradicted', note: 'fact market.total_cap 3.72T (transposed)' },
      { find: '-3.9%', label: 'supported' },
      { find: '$210B', label: 'supported' },
      { find: '1.2x', label: 'contradicted', note: 'fact btc.volume_ratio_7d 2.05' },
      { find: '2.0x', label: 'supported' },
      { find: '+6.9%', label: 'contradicted', note: 'fact market.oi_change_24h -6.9 (sign)' },
      { find: '/8h', label: 'ignored' },
      { find: '0.23%', label: 'contradicted', note: 'fact market.funding_avg 0.023 (10x)' },
    ],
  },
];
