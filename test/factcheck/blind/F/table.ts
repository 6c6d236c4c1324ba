import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'F-table-01',
    voice: 'table',
    style: 'daily',
    text: `Majors snapshot, 07:00 UTC Friday. Red almost everywhere; XRP is the odd one out.

| Asset | Price | 24h % | 7d % | Mkt cap |
|---|---|---|---|---|
| BTC | $103,812 | -2.07% | -9.68% | $2.07T |
| ETH | $3,142.57 | -3.08% | -16.0% | $521.9B |
| SOL | $152.41 | -3.62% | -12.0% | $38.6B |
| XRP | $2.3108 | -0.94% | -2.09% | $139.2B |
| BNB | $948.30 | -1.61% | -5.79% | $13.2B |
| DOGE | $0.16814 | -1.42% | -17.06% | $25.4B |

Only 2 of the 30 names we follow closed the day green. Spot ETFs bled another $420M on Thursday, and the desk's year-end marker for BTC stays at $120K.`,
    numbers: [
      { find: '07:00', label: 'ignored', note: 'time' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$103,812', label: 'supported' },
      { find: '-2.07%', label: 'supported' },
      { find: '-9.68%', label: 'contradicted', note: 'btc.change_7d -4.95; -9.68 is the 30d change' },
      { find: '$2.07T', label: 'supported' },
      { find: '$3,142.57', label: 'contradicted', note: 'eth.price 3412.57 (digits transposed)' },
      { find: '-3.08%', label: 'supported' },
      { find: '-16.0%', label: 'contradicted', note: 'eth.change_7d -10.63' },
      { find: '$521.9B', label: 'contradicted', note: 'eth.market_cap 411.86B' },
      { find: '$152.41', label: 'supported' },
      { find: '-3.62%', label: 'supported' },
      { find: '-12.0%', label: 'supported', note: 'sol.change_7d -12.049; -12.0 within half digit' },
      { find: '$38.6B', label: 'contradicted', note: 'sol.market_cap 83.57B (digits swapped)' },
      { find: '$2.3108', label: 'supported' },
      { find: '-0.94%', label: 'contradicted', note: 'xrp.change_24h +0.94, sign flipped' },
      { find: '-2.09%', label: 'supported' },
      { find: '$139.2B', label: 'supported' },
      { find: '$948.30', label: 'supported' },
      { find: '-1.61%', label: 'supported' },
      { find: '-5.79%', label: 'supported' },
      { find: '$13.2B', label: 'contradicted', note: 'bnb.market_cap 131.98B, 10x slip' },
      { find: '$0.16814', label: 'supported' },
      { find: '-1.42%', label: 'contradicted', note: 'doge.change_24h -4.12' },
      { find: '-17.06%', label: 'supported' },
      { find: '$25.4B', label: 'supported' },
      { find: '2 of', label: 'supported', note: 'market.advancers_24h 2' },
      { find: '30 names', label: 'supported', note: 'market.members 30' },
      {
        find: '$420M',
        label: 'unsupported',
        note: 'ETF outflow figure is in a CoinDesk summary but not attributed here',
      },
      { find: '$120K', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'F-table-02',
    voice: 'table',
    style: 'daily',
    text: `Sector board (watchlist members, cap-weighted):

| Sector | 24h | 7d | Best 24h | Worst 24h | Breadth |
|---|---|---|---|---|---|
| L1 | -2.12% | -5.99% | XRP +1.94% | NEAR -5.81% | 1 up, 9 down |
| L2 | -4.31% | -17.5% | POL -3.82% | ARB -4.91% | 0 up, 4 down |
| AI | -6.35% | -29.9% | GRT -5.62% | VIRTUAL -8.84% | 0 up, 7 down |
| DePIN | -4.29% | -12.3% | HNT +2.38% | RENDER -6.93% | 0 up, 4 down |
| Gaming | -2.23% | -24.8% | SAND -3.93% | GALA -4.61% | 0 up, 4 down |
| Memes | -4.17% | -10.8% | SHIB -3.64% | WIF -6.33% | 0 up, 4 down |

AI was the weakest group by a distance and lost about $760M of watchlist value; the L1 basket shed roughly $162B. Expect the AI gap to narrow by 3 points next week.`,
    numbers: [
      { find: '24h@1', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '24h@2', label: 'ignored' },
      { find: '24h@3', label: 'ignored' },
      { find: 'L1@1', label: 'ignored' },
      { find: '-2.12%', label: 'supported' },
      { find: '-5.99%', label: 'supported' },
      { find: '+1.94%', label: 'contradicted', note: 'sector.l1.best_24h XRP +0.94' },
      { find: '-5.81%', label: 'supported' },
      { find: '1 up', label: 'supported' },
      { find: '9 down', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-4.31%', label: 'supported' },
      { find: '-17.5%', label: 'supported' },
      { find: '-3.82%', label: 'supported' },
      { find: '-4.91%', label: 'contradicted', note: 'sector.l2.worst_24h is OP -4.91; ARB -4.63 (wrong member)' },
      { find: '0 up@1', label: 'supported' },
      { find: '4 down@1', label: 'supported' },
      { find: '-6.35%', label: 'supported' },
      { find: '-29.9%', label: 'contradicted', note: 'sector.ai.change_7d -11.44; -29.9 is 30d' },
      { find: '-5.62%', label: 'supported' },
      { find: '-8.84%', label: 'supported' },
      { find: '0 up@2', label: 'supported' },
      { find: '7 down', label: 'supported' },
      { find: '-4.29%', label: 'supported' },
      { find: '-12.3%', label: 'supported' },
      { find: '+2.38%', label: 'supported' },
      { find: '-6.93%', label: 'supported' },
      { find: '0 up@3', label: 'contradicted', note: 'sector.depin.advancers_24h 1 (HNT)' },
      { find: '4 down@2', label: 'contradicted', note: 'sector.depin.decliners_24h 3' },
      { find: '-2.23%', label: 'contradicted', note: 'sector.gaming.change_24h -4.23' },
      { find: '-24.8%', label: 'contradicted', note: 'sector.gaming.change_7d -14.76' },
      { find: '-3.93%', label: 'supported' },
      { find: '-4.61%', label: 'supported' },
      { find: '0 up@4', label: 'supported' },
      { find: '4 down@3', label: 'supported' },
      { find: '-4.17%', label: 'supported' },
      { find: '-10.8%', label: 'contradicted', note: 'sector.memes.change_7d -15.81' },
      { find: '-3.64%', label: 'supported' },
      { find: '-6.33%', label: 'supported' },
      { find: '0 up@5', label: 'supported' },
      { find: '4 down@4', label: 'supported' },
      { find: '$760M', label: 'supported', note: 'sector.ai.market_cap_change_24h -759M' },
      { find: 'L1@2', label: 'ignored' },
      { find: '$162B', label: 'contradicted', note: 'sector.l1.market_cap_change_24h -62.45B' },
      { find: '3 points', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'F-table-03',
    voice: 'table',
    style: 'daily',
    text: `Perps dashboard

| Perp | Funding / 8h | Annualized | Open interest | OI 24h | OI 7d |
|---|---|---|---|---|---|
| BTC | +0.0062% | 6.8% | $9.82B | -3.8% | -4.2% |
| ETH | +0.0051% | 5.6% | $5.14B | -4.6% | -21.3% |
| SOL | +0.0038% | 4.16% | $14.2B | -5.2% | -3.1% |
| XRP | +0.0074% | 18.1% | $0.98B | +1.9% | -6.4% |
| DOGE | +0.0041% | -4.5% | $6.1B | -7.1% | -15.8% |
| All venues | 0.0054% (OI-wtd) | | $17.07B | -4.17% | -10.8% |

Longs are still paying on BTC and ETH, just less than the 0.01% per 8h baseline most venues quote, and the book keeps shrinking: total OI is down roughly 11% on the week.`,
    numbers: [
      { find: '8h@1', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '+0.0062%', label: 'supported' },
      { find: '6.8%', label: 'supported' },
      { find: '$9.82B', label: 'contradicted', note: 'btc.open_interest 8.92B' },
      { find: '-3.8%', label: 'supported' },
      { find: '-4.2%', label: 'contradicted', note: 'btc.oi_change_7d -9.6' },
      { find: '+0.0051%', label: 'supported' },
      { find: '5.6%', label: 'supported' },
      { find: '$5.14B', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: '-21.3%', label: 'contradicted', note: 'eth.oi_change_7d -12.3' },
      { find: '+0.0038%', label: 'supported' },
      { find: '4.16%', label: 'supported' },
      { find: '$14.2B', label: 'contradicted', note: 'sol.open_interest 1.42B, 10x' },
      { find: '-5.2%', label: 'supported' },
      { find: '-3.1%', label: 'contradicted', note: 'sol.oi_change_7d -13.1' },
      { find: '+0.0074%', label: 'supported' },
      { find: '18.1%', label: 'contradicted', note: 'xrp.funding_apr 8.10' },
      { find: '$0.98B', label: 'supported' },
      { find: '+1.9%', label: 'contradicted', note: 'xrp.oi_change_24h -1.9, sign' },
      { find: '-6.4%', label: 'supported' },
      { find: '+0.0041%', label: 'contradicted', note: 'doge.funding_rate -0.0041, sign' },
      { find: '-4.5%', label: 'supported' },
      { find: '$6.1B', label: 'contradicted', note: 'doge.open_interest 0.61B, 10x' },
      { find: '-7.1%', label: 'supported' },
      { find: '-15.8%', label: 'supported' },
      { find: '0.0054%', label: 'supported' },
      { find: '$17.07B', label: 'supported' },
      { find: '-4.17%', label: 'supported' },
      { find: '-10.8%', label: 'supported' },
      { find: '0.01%', label: 'unsupported', note: 'generic baseline, no fact' },
      { find: '8h@2', label: 'ignored' },
      { find: '11%', label: 'supported', note: 'roughly; market.oi_change_7d -10.79' },
    ],
  },
  {
    id: 'F-table-04',
    voice: 'table',
    style: 'sector',
    text: `AI sector, last 24 hours (CoinGecko category: $20.5B, -6.08%)

| Token | Price | 24h | 7d | 30d |
|---|---|---|---|---|
| FET | $0.3861 | -7.42% | -9.16% | -36.3% |
| RENDER | $2.362 | -6.93% | -8.9% | -26.9% |
| TAO | $412.50 | -5.94% | -22.8% | -40.0% |
| GRT | $0.06124 | -5.62% | -14.9% | -36.4% |
| VIRTUAL | $1.0413 | -8.84% | -14.9% | -34.3% |
| WLD | $0.6824 | -4.21% | -8.88% | -29.7% |
| NEAR | $2.142 | -5.81% | -7.07% | -18.5% |
| Sector | | -6.35% | -11.4% | -29.9% |

CoinDesk framed it as a 6% slide; on our numbers the group is worth $11.2B after losing $759M in a day. VIRTUAL took the worst of it, GRT held up best, and not one of the 7 names finished higher. Reports said AI-focused funds saw $80M of outflows. TAO now sits 31% under its 30-day high.`,
    numbers: [
      { find: '24 hours', label: 'ignored' },
      { find: '$20.5B', label: 'supported' },
      { find: '-6.08%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '30d', label: 'ignored' },
      { find: '$0.3861', label: 'supported' },
      { find: '-7.42%', label: 'supported' },
      { find: '-9.16%', label: 'supported' },
      { find: '-36.3%', label: 'supported' },
      { find: '$2.362', label: 'supported' },
      { find: '-6.93%', label: 'supported' },
      { find: '-8.9%', label: 'contradicted', note: 'render.change_7d -18.91' },
      { find: '-26.9%', label: 'supported' },
      { find: '$412.50', label: 'contradicted', note: 'tao.price 312.5' },
      { find: '-5.94%', label: 'supported' },
      { find: '-22.8%', label: 'contradicted', note: 'tao.change_7d -12.78' },
      { find: '-40.0%', label: 'contradicted', note: 'tao.change_30d -30.0' },
      { find: '$0.06124', label: 'supported' },
      { find: '-5.62%', label: 'supported' },
      { find: '-14.9%@1', label: 'supported' },
      { find: '-36.4%', label: 'contradicted', note: 'grt.change_30d -26.42' },
      { find: '$1.0413', label: 'supported' },
      { find: '-8.84%', label: 'supported' },
      { find: '-14.9%@2', label: 'supported' },
      { find: '-34.3%', label: 'supported' },
      { find: '$0.6824', label: 'supported' },
      { find: '-4.21%', label: 'contradicted', note: 'wld.change_24h -6.21' },
      { find: '-8.88%', label: 'supported' },
      { find: '-29.7%', label: 'supported' },
      { find: '$2.142', label: 'contradicted', note: 'near.price 2.412' },
      { find: '-5.81%', label: 'supported' },
      { find: '-7.07%', label: 'supported' },
      { find: '-18.5%', label: 'contradicted', note: 'near.change_30d -28.47' },
      { find: '-6.35%', label: 'supported' },
      { find: '-11.4%', label: 'supported' },
      { find: '-29.9%', label: 'supported' },
      { find: '6% slide', label: 'supported', note: 'sector.ai.change_24h -6.35 (also CoinDesk headline)' },
      { find: '$11.2B', label: 'supported' },
      { find: '$759M', label: 'supported' },
      { find: '7 names', label: 'supported' },
      { find: '31%', label: 'unsupported', note: 'distance to swing high, derived' },
      { find: '30-day', label: 'ignored' },
      { find: '$80M', label: 'unsupported', note: 'unattributed, not in facts or headlines' },
    ],
  },
  {
    id: 'F-table-05',
    voice: 'table',
    style: 'weekly',
    text: `This week, by sector (watchlist basket):

| Sector | Week | Mkt cap | Cap change |
|---|---|---|---|
| L1 | -6.0% | $2.88T | -$184B |
| L2 | -4.3% | $5.16B | -$1.10B |
| AI | -11.4% | $11.2B | -$4.78B |
| DePIN | -12.3% | $3.28B | -$147M |
| Gaming | -14.8% | $20.7B | -$359M |
| Memes | -15.8% | $34.1B | -$1.49B |

Rollups were the worst trade of the week: all four L2 tokens fell more than 16%, ARB the heaviest at -18.4%. L1 held up best, and AI, despite leading Friday's sell-off, was only the second-best group over the week. It is the rollup basket's worst week since its 25% drop in April. Bitcoin's dominance sits at 52.9%.`,
    numbers: [
      { find: 'L1@1', label: 'ignored' },
      { find: '-6.0%', label: 'supported' },
      { find: '$2.88T', label: 'supported' },
      { find: '-$184B', label: 'supported' },
      { find: 'L2@1', label: 'ignored' },
      { find: '-4.3%', label: 'contradicted', note: 'sector.l2.change_7d -17.52; -4.3 is 24h' },
      { find: '$5.16B', label: 'supported' },
      { find: '-$1.10B', label: 'supported' },
      { find: '-11.4%', label: 'supported' },
      { find: '$11.2B', label: 'supported' },
      { find: '-$4.78B', label: 'contradicted', note: 'sector.ai.market_cap_change_7d -1.45B; -4.78B is 30d' },
      { find: '-12.3%', label: 'supported' },
      { find: '$3.28B', label: 'supported' },
      { find: '-$147M', label: 'contradicted', note: 'sector.depin.market_cap_change_7d -458M; -147M is 24h' },
      { find: '-14.8%', label: 'supported' },
      { find: '$20.7B', label: 'contradicted', note: 'sector.gaming.market_cap 2.07B, 10x' },
      { find: '-$359M', label: 'supported' },
      { find: '-15.8%', label: 'supported' },
      { find: '$34.1B', label: 'supported' },
      { find: '-$1.49B', label: 'contradicted', note: 'sector.memes.market_cap_change_7d -6.41B; -1.49B is 24h' },
      { find: 'L2@2', label: 'ignored' },
      {
        find: '16%',
        label: 'supported',
        note: 'more than 16%: l2 best_7d POL -16.74; debatable as a per-member claim',
      },
      { find: '-18.4%', label: 'supported' },
      { find: 'L1@2', label: 'ignored' },
      { find: '52.9%', label: 'contradicted', note: 'market.btc_dominance 62.9' },
      { find: '25%', label: 'unsupported', note: 'history, no fact' },
    ],
  },
  {
    id: 'F-table-06',
    voice: 'table',
    style: 'daily',
    text: `Levels sheet (USD)

| Asset | Last | Support | Resistance | 24h high | 24h low |
|---|---|---|---|---|---|
| BTC | 103,812 | 100,000 | 105,000 | 108,614 | 103,195 |
| ETH | 3,412.57 | 3,600 | 3,400 | 3,528 | 3,405 |
| SOL | 152.41 | 150 | 160 | 168.92 | 141.63 |
| XRP | 2.3108 | 2.30 | 2.40 | 2.3421 | 2.2934 |
| BNB | 948.30 | 930 | 950 | 983.01 | 946.46 |
| AVAX | 16.92 | 16.00 | 17.00 | 18.77 | 16.875 |

BTC is trading under its 30-day swing low of $104,565 and about $3,800 above the $100K floor; the 30-day swing high was $125,683.`,
    numbers: [
      { find: '24h@1', label: 'ignored' },
      { find: '24h@2', label: 'ignored' },
      { find: '103,812', label: 'supported' },
      { find: '100,000', label: 'supported' },
      { find: '105,000', label: 'supported' },
      { find: '108,614', label: 'contradicted', note: 'btc.high_24h 106,813.87' },
      { find: '103,195', label: 'supported' },
      { find: '3,412.57', label: 'supported' },
      { find: '3,600', label: 'contradicted', note: 'eth.support 3400 (support/resistance swapped)' },
      { find: '3,400', label: 'contradicted', note: 'eth.resistance 3600 (swapped)' },
      { find: '3,528', label: 'supported' },
      { find: '3,405', label: 'supported' },
      { find: '152.41', label: 'supported' },
      { find: '150', label: 'supported' },
      { find: '160', label: 'supported' },
      { find: '168.92', label: 'contradicted', note: 'sol.high_24h 158.92' },
      { find: '141.63', label: 'contradicted', note: 'sol.low_24h 151.63' },
      { find: '2.3108', label: 'supported' },
      { find: '2.30', label: 'supported' },
      { find: '2.40', label: 'supported' },
      { find: '2.3421', label: 'supported' },
      { find: '2.2934', label: 'contradicted', note: 'xrp.low_24h 2.1934' },
      { find: '948.30', label: 'supported' },
      { find: '930', label: 'contradicted', note: 'bnb.support 900 (930 is roughly the 30d swing low)' },
      { find: '950', label: 'supported' },
      { find: '983.01', label: 'supported' },
      { find: '946.46', label: 'supported' },
      { find: '16.92', label: 'supported' },
      { find: '16.00', label: 'supported' },
      { find: '17.00', label: 'supported' },
      { find: '18.77', label: 'contradicted', note: 'avax.high_24h 17.766' },
      { find: '16.875', label: 'supported' },
      { find: '30-day@1', label: 'ignored' },
      { find: '$104,565', label: 'supported' },
      { find: '$3,800', label: 'unsupported', note: 'distance to support, derived' },
      { find: '$100K', label: 'supported', note: 'btc.support 100000' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$125,683', label: 'contradicted', note: 'btc.swing_high_30d 115,683' },
    ],
  },
  {
    id: 'F-table-07',
    voice: 'table',
    style: 'daily',
    text: `Market overview

| Metric | Value |
|---|---|
| Total market cap | $3.29T |
| Change, 24h | -2.61% |
| BTC dominance | 59.2% |
| Spot volume, 24h | $181.6B |
| Breadth | 2 up, 28 down |
| Open interest | $71.1B |
| OI change, 24h | -10.8% |
| Avg funding (per 8h) | 0.0054% |
| Stablecoin supply | $310B |
| US spot ETF flows (Thu) | -$420M |

CryptoSlate's line that total market cap holds above $3 trillion checks out; bitcoin's share edged up as alts fell harder.`,
    numbers: [
      { find: '$3.29T', label: 'supported' },
      { find: '24h@1', label: 'ignored' },
      { find: '-2.61%', label: 'supported' },
      { find: '59.2%', label: 'contradicted', note: 'market.btc_dominance 62.9' },
      { find: '24h@2', label: 'ignored' },
      { find: '$181.6B', label: 'contradicted', note: 'market.volume_24h 118.6B' },
      { find: '2 up', label: 'supported' },
      { find: '28 down', label: 'supported' },
      { find: '$71.1B', label: 'contradicted', note: 'market.open_interest 17.07B' },
      { find: '24h@3', label: 'ignored' },
      { find: '-10.8%', label: 'contradicted', note: 'market.oi_change_24h -4.17; -10.8 is 7d' },
      { find: '8h', label: 'ignored' },
      { find: '0.0054%', label: 'supported' },
      { find: '-$420M', label: 'unsupported', note: 'CoinDesk/Farside figure, not attributed in the table' },
      { find: '$3 trillion', label: 'supported', note: 'above $3T; market.total_cap 3.294T' },
      { find: '$310B', label: 'unsupported', note: 'no stablecoin fact' },
    ],
  },
  {
    id: 'F-table-08',
    voice: 'table',
    style: 'daily',
    text: `Meme board

| Coin | Price | 24h | Volume 24h | Mkt cap |
|---|---|---|---|---|
| DOGE | $0.16814 | -4.12% | $5.6B | $25.4B |
| SHIB | $0.0000098 | +3.64% | $95M | $57.7B |
| PEPE | $0.000061 | -5.43% | $273M | $25.7B |
| WIF | $0.4302 | -3.33% | $104M | $430M |

Sector: -4.17% on the day. CryptoSlate had PEPE and WIF leading the losses; on these numbers WIF fell the most of the four. PEPE could be a 2x from here if memes rotate back.`,
    numbers: [
      { find: '24h@1', label: 'ignored' },
      { find: '24h@2', label: 'ignored' },
      { find: '$0.16814', label: 'supported' },
      { find: '-4.12%', label: 'supported' },
      { find: '$5.6B', label: 'contradicted', note: 'doge.volume_24h 560M, 10x' },
      { find: '$25.4B', label: 'supported' },
      { find: '$0.0000098', label: 'supported' },
      { find: '+3.64%', label: 'contradicted', note: 'shib.change_24h -3.64, sign' },
      { find: '$95M', label: 'supported' },
      { find: '$57.7B', label: 'contradicted', note: 'shib.market_cap 5.77B, 10x' },
      { find: '$0.000061', label: 'contradicted', note: 'pepe.price 0.0000061, 10x' },
      { find: '-5.43%', label: 'supported' },
      { find: '$273M', label: 'supported' },
      { find: '$25.7B', label: 'contradicted', note: 'pepe.market_cap 2.57B, 10x' },
      { find: '$0.4302', label: 'supported' },
      { find: '-3.33%', label: 'contradicted', note: 'wif.change_24h -6.33' },
      { find: '$104M', label: 'supported' },
      { find: '$430M', label: 'supported' },
      { find: '-4.17%', label: 'supported' },
      { find: '2x', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'F-table-09',
    voice: 'table',
    style: 'weekly',
    text: `Weekly movers (7 days to Friday 07:00 UTC). Not one of the 30 watchlist coins is up on the week.

Hardest hit:

| # | Token | Week |
|---|---|---|
| 1 | RENDER | -18.9% |
| 2 | WIF | -18.5% |
| 3 | ARB | -18.4% |
| 4 | SOL | -17.9% |
| 5 | PEPE | -17.6% |

Held up best:

| # | Token | Week |
|---|---|---|
| 1 | XRP | -2.1% |
| 2 | BTC | -4.95% |
| 3 | HNT | +5.0% |
| 4 | BNB | -8.5% |
| 5 | ETH | -6.8% |

XRP was also the best name last week at +4%. Ether actually lost 10.6% and solana about 12%.`,
    numbers: [
      { find: '7 days', label: 'ignored' },
      { find: '07:00', label: 'ignored' },
      {
        find: '30 watchlist',
        label: 'supported',
        note: 'market.members 30; none up over 7d is not a single fact (derived from member 7d changes)',
      },
      { find: '| 1 |@1', label: 'ignored', note: 'rank' },
      { find: '-18.9%', label: 'supported' },
      { find: '| 2 |@1', label: 'ignored' },
      { find: '-18.5%', label: 'supported' },
      { find: '| 3 |@1', label: 'ignored' },
      { find: '-18.4%', label: 'supported' },
      { find: '| 4 |@1', label: 'ignored' },
      { find: '-17.9%', label: 'contradicted', note: 'sol.change_7d -12.05; -17.9 is IMX' },
      { find: '| 5 |@1', label: 'ignored' },
      { find: '-17.6%', label: 'supported' },
      { find: '| 1 |@2', label: 'ignored' },
      { find: '-2.1%', label: 'supported' },
      { find: '| 2 |@2', label: 'ignored' },
      { find: '-4.95%', label: 'supported' },
      { find: '| 3 |@2', label: 'ignored' },
      { find: '+5.0%', label: 'contradicted', note: 'hnt.change_7d -5.03, sign' },
      { find: '| 4 |@2', label: 'ignored' },
      { find: '-8.5%', label: 'contradicted', note: 'bnb.change_7d -5.79' },
      { find: '| 5 |@2', label: 'ignored' },
      { find: '-6.8%', label: 'contradicted', note: 'eth.change_7d -10.63; -6.84 is ADA (wrong asset in the list)' },
      { find: '10.6%', label: 'supported' },
      { find: '12%', label: 'supported' },
      { find: '+4%', label: 'unsupported', note: 'prior week, no fact' },
    ],
  },
  {
    id: 'F-table-10',
    voice: 'table',
    style: 'daily',
    text: `Activity check

| Asset | Volume 24h | vs 7d avg | 7d vol (ann.) | 30d vol (ann.) |
|---|---|---|---|---|
| BTC | $2.35B | 0.96x | 30.5% | 29.0% |
| ETH | $12.5B | 1.02x | 31.0% | 36.7% |
| SOL | $542M | 0.89x | 52.6% | 27.9% |
| SUI | $182M | 1.80x | 53.8% | 49.3% |
| XRP | $42.4M | 1.00x | 43.4% | 47.4% |

Total spot turnover came to $118.6B; nothing here looks like capitulation volume. BTC realized vol was above 70% back in March.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d@1', label: 'ignored' },
      { find: '7d@2', label: 'ignored' },
      { find: '30d', label: 'ignored' },
      { find: '$2.35B', label: 'supported' },
      { find: '0.96x', label: 'supported' },
      { find: '30.5%', label: 'supported' },
      { find: '29.0%', label: 'supported' },
      { find: '$12.5B', label: 'contradicted', note: 'eth.volume_24h 1.25B, 10x' },
      { find: '1.02x', label: 'supported' },
      { find: '31.0%', label: 'supported' },
      { find: '36.7%', label: 'contradicted', note: 'eth.volatility_30d 46.69' },
      { find: '$542M', label: 'supported' },
      { find: '0.89x', label: 'supported' },
      {
        find: '52.6%',
        label: 'contradicted',
        note: 'sol.volatility_7d 27.9; 52.6 is the 30d figure (columns swapped)',
      },
      { find: '27.9%', label: 'contradicted', note: 'sol.volatility_30d 52.56; 27.9 is 7d (swapped)' },
      { find: '$182M', label: 'supported' },
      { find: '1.80x', label: 'contradicted', note: 'sui.volume_ratio_7d 1.08' },
      { find: '53.8%', label: 'supported' },
      { find: '49.3%', label: 'supported' },
      { find: '$42.4M', label: 'contradicted', note: 'xrp.volume_24h 424M, 10x' },
      { find: '1.00x', label: 'supported' },
      { find: '43.4%', label: 'contradicted', note: 'xrp.volatility_7d 33.4' },
      { find: '47.4%', label: 'supported' },
      { find: '$118.6B', label: 'supported' },
      { find: '70%', label: 'unsupported', note: 'history, no fact' },
    ],
  },
];
