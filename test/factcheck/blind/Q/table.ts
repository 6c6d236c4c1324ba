import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Q-table-01',
    voice: 'table',
    style: 'daily',
    text: `Sunday snapshot: a flat tape, with the total market at $3.86T and BTC dominance at 60.6%.

| Asset | Price | 24h | 7d | Market cap |
|---|---|---|---|---|
| BTC | $117,460 | -0.05% | +0.60% | $2.34T |
| ETH | $4,307 | +0.12% | +4.10% | $520B |
| SOL | $216.18 | -3.78% | -2.41% | $181.1B |
| XRP | $2.18 | -0.08% | +8.4% | $151.0B |
| BNB | $1,032.40 | +0.4% | +0.28% | $14.36B |
| ADA | $0.6962 | -0.46% | -2.77% | $25.3B |
| AVAX | $23.88 | -0.62% | -5.71% | $9.36B |
| DOT | $3.482 | 0.00% | -2.4% | $56.8B |

Breadth was split: 14 of 30 watchlist names rose and 15 fell.`,
    numbers: [
      { find: '$3.86T', label: 'supported' },
      { find: '60.6%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$117,460', label: 'supported' },
      { find: '-0.05%', label: 'supported' },
      { find: '+0.60%', label: 'supported' },
      { find: '$2.34T', label: 'supported' },
      { find: '$4,307', label: 'supported' },
      { find: '+0.12%', label: 'supported' },
      { find: '+4.10%', label: 'contradicted', note: 'fact eth.change_7d 1.40' },
      { find: '$520B', label: 'supported' },
      { find: '$216.18', label: 'supported' },
      { find: '-3.78%', label: 'contradicted', note: 'fact sol.change_24h -0.378 (10x slip)' },
      { find: '-2.41%', label: 'supported' },
      { find: '$181.1B', label: 'contradicted', note: 'fact sol.market_cap 118.1B' },
      { find: '$2.18', label: 'contradicted', note: 'fact xrp.price 2.5183' },
      { find: '-0.08%', label: 'supported' },
      { find: '+8.4%', label: 'contradicted', note: 'fact xrp.change_7d 0.837 (10x slip)' },
      { find: '$151.0B', label: 'supported' },
      { find: '$1,032.40', label: 'supported' },
      { find: '+0.4%', label: 'contradicted', note: 'fact bnb.change_24h 0.0397 (10x slip)' },
      { find: '+0.28%', label: 'supported' },
      { find: '$14.36B', label: 'contradicted', note: 'fact bnb.market_cap 143.6B (10x)' },
      { find: '$0.6962', label: 'supported' },
      { find: '-0.46%', label: 'contradicted', note: 'fact ada.change_24h +0.46 (sign)' },
      { find: '-2.77%', label: 'supported' },
      { find: '$25.3B', label: 'supported' },
      { find: '$23.88', label: 'contradicted', note: 'fact avax.price 21.88' },
      { find: '-0.62%', label: 'supported' },
      { find: '-5.71%', label: 'contradicted', note: 'avax.change_30d -5.71, 7d is -1.24 (wrong window)' },
      { find: '$9.36B', label: 'supported' },
      { find: '$3.482', label: 'supported' },
      { find: '0.00%', label: 'supported' },
      { find: '-2.4%', label: 'supported' },
      { find: '$56.8B', label: 'contradicted', note: 'fact dot.market_cap 5.68B (10x)' },
      { find: '14 of', label: 'supported' },
      { find: '30 watchlist', label: 'supported' },
      { find: '15 fell', label: 'supported' },
    ],
  },
  {
    id: 'Q-table-02',
    voice: 'table',
    style: 'sector',
    text: `Sector board (24h unless marked):

| Sector | 24h | 7d | Best member | Worst member | Breadth | Watchlist cap |
|---|---|---|---|---|---|---|
| Layer 1 | -0.03% | +1.58% | ADA +0.46% | AVAX -0.62% | 4 up, 5 down | $3.33T |
| Layer 2 | +0.81% | +1.80% | ARB +2.40% | IMX -0.50% | 3 up, 1 down | $55.9B |
| AI | +0.25% | +8.0% | VIRTUAL +2.20% | WLD -4.28% | 5 up, 2 down | $15.3B |
| DePIN | -0.47% | -5.05% | HNT +0.50% | IOTX -1.40% | 3 higher, 1 lower | $3.61B |
| Gaming | -0.93% | -11.30% | IMX -0.5% | GALA -1.60% | 1 up, 3 down | $24.2B |
| Memes | +0.28% | -1.65% | DOGE +0.63% | WIF -0.90% | 2 up, 2 lower | $50.6B |

Layer 2 was the only group up by more than half a percent; gaming was the weakest.`,
    numbers: [
      { find: '24h@1', label: 'ignored' },
      { find: '24h@2', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: 'Layer 1', label: 'ignored' },
      { find: 'Layer 2@1', label: 'ignored' },
      { find: 'Layer 2@2', label: 'ignored' },
      { find: '-0.03%', label: 'supported' },
      { find: '+1.58%', label: 'contradicted', note: 'fact sector.l1.change_7d 0.58' },
      { find: '+0.46%', label: 'supported' },
      { find: '-0.62%', label: 'supported' },
      { find: '4 up', label: 'supported' },
      { find: '5 down', label: 'supported' },
      { find: '$3.33T', label: 'supported' },
      { find: '+0.81%', label: 'supported' },
      { find: '+1.80%', label: 'supported' },
      { find: '+2.40%', label: 'supported' },
      { find: '-0.50%', label: 'supported' },
      { find: '3 up', label: 'supported' },
      { find: '1 down', label: 'supported' },
      { find: '$55.9B', label: 'contradicted', note: 'fact sector.l2.market_cap 5.59B (10x)' },
      { find: '+0.25%', label: 'supported' },
      { find: '+8.0%', label: 'contradicted', note: 'fact sector.ai.change_7d 0.80 (10x slip)' },
      { find: '+2.20%', label: 'supported' },
      { find: '-4.28%', label: 'contradicted', note: 'wld.change_24h -3.04; -4.28 is 7d (wrong window)' },
      { find: '5 up', label: 'supported' },
      { find: '2 down', label: 'supported' },
      { find: '$15.3B', label: 'supported' },
      { find: '-0.47%', label: 'supported' },
      { find: '-5.05%', label: 'contradicted', note: 'depin change_7d -1.48; -5.05 is FIL 7d' },
      { find: '+0.50%', label: 'supported' },
      { find: '-1.40%', label: 'supported' },
      { find: '3 higher', label: 'contradicted', note: 'fact sector.depin.advancers_24h 1 (3 up / 1 down swapped)' },
      { find: '1 lower', label: 'contradicted', note: 'fact sector.depin.decliners_24h 3' },
      { find: '$3.61B', label: 'supported' },
      { find: '-0.93%', label: 'supported' },
      { find: '-11.30%', label: 'contradicted', note: 'gaming change_7d -1.52; -11.30 is 30d' },
      { find: '-0.5%', label: 'supported', note: 'IMX -0.4998, gaming best member' },
      { find: '-1.60%', label: 'supported' },
      { find: '1 up', label: 'contradicted', note: 'fact sector.gaming.advancers_24h 0' },
      { find: '3 down', label: 'contradicted', note: 'fact sector.gaming.decliners_24h 4' },
      { find: '$24.2B', label: 'contradicted', note: 'fact sector.gaming.market_cap 2.42B (10x)' },
      { find: '+0.28%', label: 'contradicted', note: 'fact sector.memes.change_24h -0.28 (sign)' },
      { find: '-1.65%', label: 'supported' },
      { find: '+0.63%', label: 'contradicted', note: 'memes best_24h is PEPE +0.63; DOGE fell 0.45 (wrong leader)' },
      { find: '-0.90%', label: 'supported' },
      { find: '2 up', label: 'supported' },
      { find: '2 lower', label: 'supported' },
      { find: '$50.6B', label: 'supported' },
      { find: 'half a percent', label: 'supported' },
    ],
  },
  {
    id: 'Q-table-03',
    voice: 'table',
    style: 'daily',
    text: `Derivatives were as quiet as spot. Total open interest sat at $17.25B, down 0.31% on the day.

| Perp | Funding (per 8h) | Annualized | Open interest | OI 24h | OI 7d |
|---|---|---|---|---|---|
| BTC | +0.0012% | 13.1% | $83.0B | -0.6% | -1.2% |
| ETH | -0.0008% | -0.88% | $5.60B | +0.2% | +2.9% |
| SOL | +0.0005% | -0.55% | $1.50B | -1.1% | -4.3% |
| XRP | +0.0003% | 3.3% | $9.5B | +0.8% | +1.5% |
| DOGE | -0.0014% | -15.3% | $900M | +0.6% | -8.1% |

Note: on ETH and DOGE shorts are paying longs; BTC longs pay shorts a token amount.`,
    numbers: [
      { find: '$17.25B', label: 'supported' },
      { find: '0.31%', label: 'supported', note: 'market.oi_change_24h -0.309, written as down' },
      { find: '8h', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '+0.0012%', label: 'supported' },
      { find: '13.1%', label: 'contradicted', note: 'fact btc.funding_apr 1.314 (10x)' },
      { find: '$83.0B', label: 'contradicted', note: 'fact btc.open_interest 8.3B (10x)' },
      { find: '-0.6%', label: 'supported' },
      { find: '-1.2%', label: 'supported' },
      { find: '-0.0008%', label: 'supported' },
      { find: '-0.88%', label: 'supported' },
      { find: '$5.60B', label: 'supported' },
      { find: '+0.2%', label: 'supported' },
      { find: '+2.9%', label: 'contradicted', note: 'fact eth.oi_change_7d 0.9 (2.9 is eth.change_30d)' },
      { find: '+0.0005%', label: 'contradicted', note: 'fact sol.funding_rate -0.0005 (sign)' },
      { find: '-0.55%', label: 'supported' },
      { find: '$1.50B', label: 'supported' },
      { find: '-1.1%', label: 'supported' },
      { find: '-4.3%', label: 'contradicted', note: 'fact sol.oi_change_7d -2.3' },
      { find: '+0.0003%', label: 'supported' },
      { find: '3.3%', label: 'contradicted', note: 'fact xrp.funding_apr 0.3285 (10x)' },
      { find: '$9.5B', label: 'contradicted', note: 'fact xrp.open_interest 0.95B (10x)' },
      { find: '+0.8%', label: 'supported' },
      { find: '+1.5%', label: 'supported' },
      { find: '-0.0014%', label: 'supported' },
      { find: '-15.3%', label: 'contradicted', note: 'fact doge.funding_apr -1.53 (10x)' },
      { find: '$900M', label: 'supported' },
      { find: '+0.6%', label: 'contradicted', note: 'fact doge.oi_change_24h -0.6 (sign)' },
      { find: '-8.1%', label: 'contradicted', note: 'fact doge.oi_change_7d -1.8' },
    ],
  },
  {
    id: 'Q-table-04',
    voice: 'table',
    style: 'weekly',
    text: `Weekly levels sheet. "Week" is the 7-day change.

| Asset | Last | Week | Support | Resistance | 30d high | 30d low | Vol vs 7d avg |
|---|---|---|---|---|---|---|---|
| BTC | $117.5K | +6.0% | $115K | $120K | $120,694 | $114,920 | 0.55x |
| ETH | $4,307 | +2.9% | $4,200 | $4,400 | $4,337 | $4,144 | 0.35x |
| SOL | $216 | -2.4% | $220 | $210 | $232.50 | $212.78 | 0.54x |
| XRP | $2.52 | -0.8% | $2.50 | $2.60 | $2.64 | $2.45 | 0.64x |
| SUI | $2.85 | +3.3% | $2.80 | $2.90 | $2.87 | $2.65 | 0.58x |
| TAO | $431.70 | -3.4% | $400 | $440 | $449.77 | $395.43 | 0.62x |
| ARB | $0.3201 | +4.8% | $0.32 | $0.34 | $0.3496 | $0.2827 | 0.69x |
| WLD | $1.03 | -4.3% | $1.00 | $1.05 | $1.40 | $1.02 | 0.66x |

Best of the week on this sheet: ARB. Worst: WLD. Desk view: BTC could squeeze to $125K next week, and ETH may tag $5,000 by month-end.`,
    numbers: [
      { find: '7-day', label: 'ignored' },
      { find: '30d@1', label: 'ignored' },
      { find: '30d@2', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$117.5K', label: 'supported' },
      { find: '+6.0%', label: 'contradicted', note: 'fact btc.change_7d 0.6 (10x)' },
      { find: '$115K', label: 'supported' },
      { find: '$120K', label: 'supported' },
      { find: '$120,694', label: 'supported' },
      { find: '$114,920', label: 'supported' },
      { find: '0.55x', label: 'supported' },
      { find: '$4,307', label: 'supported' },
      { find: '+2.9%', label: 'contradicted', note: 'eth.change_7d 1.4; 2.9 is 30d' },
      { find: '$4,200', label: 'supported' },
      { find: '$4,400', label: 'supported' },
      { find: '$4,337', label: 'supported' },
      { find: '$4,144', label: 'supported' },
      { find: '0.35x', label: 'contradicted', note: 'fact eth.volume_ratio_7d 0.526' },
      { find: '$216', label: 'supported' },
      { find: '-2.4%', label: 'supported' },
      { find: '$220', label: 'contradicted', note: 'support/resistance swapped: sol.support 210' },
      { find: '$210', label: 'contradicted', note: 'sol.resistance 220' },
      { find: '$232.50', label: 'supported' },
      { find: '$212.78', label: 'supported' },
      { find: '0.54x', label: 'supported' },
      { find: '$2.52', label: 'supported' },
      { find: '-0.8%', label: 'contradicted', note: 'fact xrp.change_7d +0.84 (sign)' },
      { find: '$2.50', label: 'supported' },
      { find: '$2.60', label: 'supported' },
      { find: '$2.64', label: 'supported' },
      { find: '$2.45', label: 'supported' },
      { find: '0.64x', label: 'supported' },
      { find: '$2.85', label: 'supported' },
      { find: '+3.3%', label: 'supported' },
      { find: '$2.80', label: 'supported' },
      { find: '$2.90', label: 'supported' },
      { find: '$2.87', label: 'supported', note: 'sui.swing_high_30d 2.865' },
      { find: '$2.65', label: 'supported' },
      { find: '0.58x', label: 'supported' },
      { find: '$431.70', label: 'supported' },
      { find: '-3.4%', label: 'contradicted', note: 'fact tao.change_7d +3.45 (sign)' },
      { find: '$400', label: 'contradicted', note: 'fact tao.support 420' },
      { find: '$440', label: 'supported' },
      { find: '$449.77', label: 'supported' },
      { find: '$395.43', label: 'supported' },
      { find: '0.62x', label: 'supported' },
      { find: '$0.3201', label: 'supported' },
      { find: '+4.8%', label: 'supported' },
      { find: '$0.32@2', label: 'supported' },
      { find: '$0.34@1', label: 'supported' },
      { find: '$0.3496', label: 'supported' },
      { find: '$0.2827', label: 'contradicted', note: 'fact arb.swing_low_30d 0.3027' },
      { find: '0.69x', label: 'supported' },
      { find: '$1.03', label: 'supported' },
      { find: '-4.3%', label: 'supported' },
      { find: '$1.00', label: 'supported' },
      { find: '$1.05', label: 'supported' },
      { find: '$1.40', label: 'contradicted', note: 'fact wld.swing_high_30d 1.2008' },
      { find: '$1.02', label: 'supported' },
      { find: '0.66x', label: 'supported' },
      { find: '$125K', label: 'unsupported', note: 'forecast' },
      { find: '$5,000', label: 'unsupported', note: 'forecast' },
    ],
  },
];
