import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'O-table-01',
    voice: 'table',
    style: 'daily',
    text: `Majors at the open.

| Asset | Price | 24h % | 7d % | Market cap |
|---|---|---|---|---|
| BTC | $131,805 | +5.4 | +9.0 | $2.63T |
| ETH | $4,620 | +3.1 | +6.5 | $755.7B |
| SOL | $226.41 | +7.8 | +19.6 | $124.0B |
| XRP | $2.618 | +0.6 | +2.2 | $517.2B |
| BNB | $1,064 | +4.1 | +7.7 | $48.1B |
| ADA | $0.742 | +5.2 | +8.5 | $27.0B |
| DOGE | $0.2854 | +9.2 | +22.6 | $38.9B |
| AVAX | $12.84 | +6.3 | +11.2 | $9.35B |

Total market cap stands at $4.37T, up 4.6%, with 26 advancers against 6 decliners. BTC dominance is 61.9%. ETH lagged BTC by 2.3 points.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$131,805', label: 'supported' },
      { find: '+5.4', label: 'supported' },
      { find: '+9.0', label: 'supported' },
      { find: '$2.63T', label: 'supported' },
      { find: '$4,620', label: 'supported' },
      { find: '+3.1', label: 'supported' },
      { find: '+6.5', label: 'supported' },
      { find: '$755.7B', label: 'contradicted', note: 'fact eth.market_cap 557.7B' },
      { find: '$226.41', label: 'supported' },
      { find: '+7.8', label: 'supported' },
      { find: '+19.6', label: 'contradicted', note: '7d column: sol.change_7d 9.3; 19.6 is 30d' },
      { find: '$124.0B', label: 'supported' },
      { find: '$2.618', label: 'supported' },
      { find: '+0.6', label: 'contradicted', note: 'xrp.change_24h -0.6 (sign)' },
      { find: '+2.2', label: 'supported' },
      { find: '$517.2B', label: 'contradicted', note: 'fact xrp.market_cap 157.2B' },
      { find: '$1,064', label: 'supported' },
      { find: '+4.1', label: 'supported' },
      { find: '+7.7', label: 'supported' },
      { find: '$48.1B', label: 'contradicted', note: 'fact bnb.market_cap 148.1B' },
      { find: '$0.742', label: 'supported' },
      { find: '+5.2', label: 'supported' },
      { find: '+8.5', label: 'contradicted', note: 'fact ada.change_7d 5.8' },
      { find: '$27.0B', label: 'supported' },
      { find: '$0.2854', label: 'contradicted', note: 'fact doge.price 0.2584' },
      { find: '+9.2', label: 'supported' },
      { find: '+22.6', label: 'contradicted', note: '7d column: doge.change_7d 14.9; 22.6 is 30d' },
      { find: '$38.9B', label: 'supported' },
      { find: '$12.84', label: 'contradicted', note: 'fact avax.price 21.84' },
      { find: '+6.3', label: 'supported' },
      { find: '+11.2', label: 'supported' },
      { find: '$9.35B', label: 'supported' },
      { find: '$4.37T', label: 'supported' },
      { find: '4.6%', label: 'supported' },
      { find: '26 advancers', label: 'supported' },
      { find: '6 decliners', label: 'contradicted', note: 'market.decliners_24h 4' },
      { find: '61.9%', label: 'contradicted', note: 'fact market.btc_dominance 60.1' },
      { find: '2.3 points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'O-table-02',
    voice: 'table',
    style: 'daily',
    text: `Perps snapshot.

| Perp | Funding (8h) | Annualized | OI | OI 24h | OI 7d |
|---|---|---|---|---|---|
| BTC | 0.0215% | 23.5% | $9.8B | +9.6% | +28.4% |
| ETH | 0.0182% | 29.9% | $7.2B | +11.5% | +26.2% |
| SOL | 0.0264% | 28.9% | $4.2B | +31.0% | +21.5% |
| XRP | 0.0071% | 7.8% | $1.2B | +14.0% | +16.1% |
| DOGE | -0.0338% | 37.0% | $1.5B | +22.0% | +34.8% |
| All | 0.0210% | — | $12.1B | +11.0% | +18.2% |

Longs pay shorts on every contract listed, including BTC, despite the Cointelegraph headline about negative funding. The Block put the DOGE open-interest jump at 22%.`,
    numbers: [
      { find: '8h', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '0.0215%', label: 'supported' },
      { find: '23.5%', label: 'supported' },
      { find: '$9.8B', label: 'supported' },
      { find: '+9.6%', label: 'supported' },
      { find: '+28.4%', label: 'contradicted', note: 'fact btc.oi_change_7d 18.4' },
      { find: '0.0182%', label: 'supported' },
      { find: '29.9%', label: 'contradicted', note: 'fact eth.funding_apr 19.9' },
      { find: '$7.2B', label: 'supported' },
      { find: '+11.5%', label: 'supported' },
      { find: '+26.2%', label: 'contradicted', note: 'fact eth.oi_change_7d 16.2' },
      { find: '0.0264%', label: 'supported' },
      { find: '28.9%', label: 'supported' },
      { find: '$4.2B', label: 'contradicted', note: 'fact sol.open_interest 2.4B' },
      { find: '+31.0%', label: 'contradicted', note: 'fact sol.oi_change_24h 13.0' },
      { find: '+21.5%', label: 'supported' },
      { find: '0.0071%', label: 'supported' },
      { find: '7.8%', label: 'supported' },
      { find: '$1.2B', label: 'supported' },
      { find: '+14.0%', label: 'contradicted', note: 'fact xrp.oi_change_24h 4.0' },
      { find: '+16.1%', label: 'contradicted', note: 'fact xrp.oi_change_7d 6.1' },
      { find: '-0.0338%', label: 'contradicted', note: 'doge.funding_rate +0.0338 (sign)' },
      { find: '37.0%', label: 'supported' },
      { find: '$1.5B', label: 'supported' },
      { find: '+22.0%', label: 'supported' },
      { find: '+34.8%', label: 'supported' },
      { find: '0.0210%', label: 'supported', note: 'OI-weighted average' },
      { find: '$12.1B', label: 'contradicted', note: 'fact market.open_interest 22.1B' },
      { find: '+11.0%', label: 'supported' },
      { find: '+18.2%', label: 'supported' },
      { find: '22%', label: 'supported' },
    ],
  },
  {
    id: 'O-table-03',
    voice: 'table',
    style: 'sector',
    text: `Sector scoreboard.

| Sector | 24h % | 7d % | Best | Worst |
|---|---|---|---|---|
| Memes | +9.5 | +15.6 | PEPE +14.3 | DOGE +9.2 |
| Layer 1 | +4.8 | +8.2 | AVAX +6.3 | XRP -0.6 |
| AI | +3.7 | +2.7 | NEAR +5.6 | WLD +1.3 |
| Gaming | +2.2 | -3.4 | AXS +3.0 | SAND +2.6 |
| Layer 2 | +1.1 | +1.55 | IMX +1.6 | ARB +0.8 |
| DePIN | -0.8 | +4.2 | RENDER +1.3 | FIL -2.6 |

Memes were the best sector by a wide margin, with all four members up and roughly $4.5B added to their market cap. Nine of ten L1 names rose. DePIN had three decliners while gaming had two. The rollup basket on our list is worth $68.0B.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '+9.5', label: 'supported' },
      { find: '+15.6', label: 'supported' },
      { find: 'PEPE +14.3', label: 'supported' },
      { find: 'DOGE +9.2', label: 'contradicted', note: 'memes worst 24h is SHIB 8.5 (wrong member)' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+4.8', label: 'supported' },
      { find: '+8.2', label: 'supported' },
      { find: 'AVAX +6.3', label: 'contradicted', note: 'L1 best 24h is SOL 7.8 (wrong leader)' },
      { find: 'XRP -0.6', label: 'supported' },
      { find: '+3.7', label: 'supported' },
      { find: '+2.7', label: 'contradicted', note: 'fact sector.ai.change_7d 7.2' },
      { find: 'NEAR +5.6', label: 'supported' },
      { find: 'WLD +1.3', label: 'contradicted', note: 'AI worst is RENDER 1.3; WLD 2.9' },
      { find: '+2.2', label: 'supported' },
      { find: '-3.4', label: 'contradicted', note: 'sector.gaming.change_7d +3.4 (sign)' },
      { find: 'AXS +3.0', label: 'supported' },
      { find: 'SAND +2.6', label: 'contradicted', note: 'gaming worst is IMX 1.6 (wrong member)' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+1.1', label: 'supported' },
      { find: '+1.55', label: 'supported' },
      { find: 'IMX +1.6', label: 'supported' },
      { find: 'ARB +0.8', label: 'supported' },
      { find: '-0.8', label: 'supported' },
      { find: '+4.2', label: 'contradicted', note: 'fact sector.depin.change_7d 1.2' },
      { find: 'RENDER +1.3', label: 'supported' },
      { find: 'FIL -2.6', label: 'supported' },
      { find: 'all four', label: 'supported' },
      { find: '$4.5B', label: 'supported' },
      { find: 'Nine', label: 'supported' },
      { find: 'ten', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: 'three', label: 'supported' },
      { find: 'two', label: 'contradicted', note: 'sector.gaming.decliners_24h 0' },
      { find: '$68.0B', label: 'contradicted', note: 'fact sector.l2.market_cap 6.8B (10x)' },
    ],
  },
  {
    id: 'O-table-04',
    voice: 'table',
    style: 'daily',
    text: `Levels board.

| Asset | Price | Support | Resistance | 24h high | 24h low | 30d swing high | 30d swing low |
|---|---|---|---|---|---|---|---|
| BTC | $131,805 | $135,000 | $130,000 | $132,429 | $124,931 | $128,995 | $110,869 |
| ETH | $4,620 | $4,600 | $4,800 | $4,628 | $4,129 | $4,615 | $3,107 |
| SOL | $262.41 | $220 | $230 | $226.70 | $209.69 | $222.22 | $197.85 |
| XRP | $2.618 | $2.60 | $2.70 | $2.965 | $2.603 | $2.864 | $2.325 |
| BNB | $1,064 | $1,050 | $1,150 | $1,068.71 | $1,020.05 | $1,053.44 | $820.69 |
| DOGE | $0.2584 | $0.25 | $0.26 | $0.2602 | $0.2130 | $0.2483 | $0.1773 |

BTC is trading 1.4% above support, and a clean break of $140,000 looks like the next test.`,
    numbers: [
      { find: '24h high', label: 'ignored' },
      { find: '24h low', label: 'ignored' },
      { find: '30d swing high', label: 'ignored' },
      { find: '30d swing low', label: 'ignored' },
      { find: '$131,805', label: 'supported' },
      { find: '$135,000', label: 'contradicted', note: 'support/resistance swapped: btc.support 130000' },
      { find: '$130,000', label: 'contradicted', note: 'swapped: btc.resistance 135000' },
      { find: '$132,429', label: 'supported' },
      { find: '$124,931', label: 'supported' },
      { find: '$128,995', label: 'supported' },
      { find: '$110,869', label: 'supported' },
      { find: '$4,620', label: 'supported' },
      { find: '$4,600', label: 'supported' },
      { find: '$4,800', label: 'supported' },
      { find: '$4,628', label: 'supported' },
      { find: '$4,129', label: 'contradicted', note: 'fact eth.low_24h 4428.68' },
      { find: '$4,615', label: 'supported' },
      { find: '$3,107', label: 'contradicted', note: 'fact eth.swing_low_30d 4107.44' },
      { find: '$262.41', label: 'contradicted', note: 'fact sol.price 226.41' },
      { find: '$220 |', label: 'supported' },
      { find: '$230', label: 'supported' },
      { find: '$226.70', label: 'supported' },
      { find: '$209.69', label: 'supported' },
      { find: '$222.22', label: 'supported' },
      { find: '$197.85', label: 'contradicted', note: 'fact sol.swing_low_30d 179.85' },
      { find: '$2.618', label: 'supported' },
      { find: '$2.60 |', label: 'supported' },
      { find: '$2.70', label: 'supported' },
      { find: '$2.965', label: 'contradicted', note: 'fact xrp.high_24h 2.6649' },
      { find: '$2.603', label: 'supported' },
      { find: '$2.864', label: 'contradicted', note: 'fact xrp.swing_high_30d 2.6842' },
      { find: '$2.325', label: 'supported' },
      { find: '$1,064', label: 'supported' },
      { find: '$1,050', label: 'supported' },
      { find: '$1,150', label: 'contradicted', note: 'fact bnb.resistance 1100' },
      { find: '$1,068.71', label: 'supported' },
      { find: '$1,020.05', label: 'supported' },
      { find: '$1,053.44', label: 'supported' },
      { find: '$820.69', label: 'contradicted', note: 'fact bnb.swing_low_30d 920.69' },
      { find: '$0.2584', label: 'supported' },
      { find: '$0.25 |', label: 'supported' },
      { find: '$0.26 |', label: 'supported' },
      { find: '$0.2602', label: 'supported' },
      { find: '$0.2130', label: 'contradicted', note: 'fact doge.low_24h 0.2330' },
      { find: '$0.2483', label: 'supported' },
      { find: '$0.1773', label: 'supported' },
      { find: '1.4%', label: 'unsupported', note: 'distance to level' },
      { find: '$140,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'O-table-05',
    voice: 'table',
    style: 'weekly',
    text: `This week in alts.

| Token | Price | Week % | Month % |
|---|---|---|---|
| SOL | $226.41 | +9.3 | +19.6 |
| AVAX | $21.84 | +11.2 | +18.1 |
| SUI | $3.501 | +11.1 | +12.7 |
| NEAR | $3.318 | +5.6 | +21.8 |
| DOT | $3.612 | +4.4 | -2.2 |
| TAO | $512.60 | +14.2 | +15.9 |
| PEPE | $0.0000962 | +25.9 | +21.6 |
| WIF | $0.8127 | +12.0 | +20.1 |
| GALA | $0.01617 | +19.7 | -5.7 |
| AXS | $2.214 | +3.4 | -8.1 |
| POL | $0.2283 | -2.6 | -3.2 |
| DOGE | $0.2584 | +9.2 | +22.6 |

On the week, total open interest grew 18.2%, ETH gained 6.5% and bitcoin 9%. The meme sector rose 15.6%, while the AI sector was up just 3.7%.`,
    numbers: [
      { find: '$226.41', label: 'supported' },
      { find: '+9.3', label: 'supported' },
      { find: '+19.6', label: 'supported' },
      { find: '$21.84', label: 'supported' },
      { find: '+11.2', label: 'supported' },
      { find: '+18.1', label: 'contradicted', note: 'fact avax.change_30d 8.1' },
      { find: '$3.501', label: 'contradicted', note: 'fact sui.price 3.1047' },
      { find: '+11.1', label: 'supported' },
      { find: '+12.7', label: 'supported' },
      { find: '$3.318', label: 'supported' },
      { find: '+5.6', label: 'contradicted', note: 'week column: near.change_7d 7.7; 5.6 is 24h' },
      { find: '+21.8', label: 'contradicted', note: 'fact near.change_30d 12.8' },
      { find: '$3.612', label: 'supported' },
      { find: '+4.4', label: 'supported' },
      { find: '-2.2', label: 'supported' },
      { find: '$512.60', label: 'supported' },
      { find: '+14.2', label: 'supported' },
      { find: '+15.9', label: 'contradicted', note: 'fact tao.change_30d 5.9' },
      { find: '$0.0000962', label: 'contradicted', note: 'fact pepe.price 0.00000962 (10x)' },
      { find: '+25.9', label: 'supported' },
      { find: '+21.6', label: 'supported' },
      { find: '$0.8127', label: 'supported' },
      { find: '+12.0', label: 'supported' },
      { find: '+20.1', label: 'supported' },
      { find: '$0.01617', label: 'supported' },
      { find: '+19.7', label: 'contradicted', note: 'fact gala.change_7d 9.7' },
      { find: '-5.7', label: 'supported' },
      { find: '$2.214', label: 'supported' },
      { find: '+3.4', label: 'contradicted', note: 'axs.change_7d -3.4 (sign)' },
      { find: '-8.1', label: 'supported' },
      { find: '$0.2283', label: 'supported' },
      { find: '-2.6', label: 'supported' },
      { find: '-3.2', label: 'supported' },
      { find: '$0.2584', label: 'supported' },
      { find: '+9.2', label: 'contradicted', note: 'week column: doge.change_7d 14.9; 9.2 is 24h' },
      { find: '+22.6', label: 'supported' },
      { find: '18.2%', label: 'supported' },
      { find: '6.5%', label: 'supported' },
      { find: '9%', label: 'supported' },
      { find: '15.6%', label: 'supported' },
      { find: '3.7%', label: 'contradicted', note: 'weekly: sector.ai.change_7d 7.2; 3.7 is 24h' },
    ],
  },
  {
    id: 'O-table-06',
    voice: 'table',
    style: 'daily',
    text: `Turnover check.

| Asset | 24h volume | vs 7d avg | 7d vol (ann.) |
|---|---|---|---|
| BTC | $7.29B | 2.97x | 24.4% |
| ETH | $4.71B | 3.83x | 40.3% |
| SOL | $19.7B | 2.31x | 48.3% |
| DOGE | $3.26B | 2.81x | 57.3% |
| PEPE | $17.1B | 3.16x | 75.25% |
| XRP | $77.7M | 1.64x | 37.7% |
| WIF | $463M | 2.66x | 212.5% |

Total market volume came to $386B.`,
    numbers: [
      { find: '24h volume', label: 'ignored' },
      { find: '7d avg', label: 'ignored' },
      { find: '7d vol', label: 'ignored' },
      { find: '$7.29B', label: 'supported' },
      { find: '2.97x', label: 'contradicted', note: 'fact btc.volume_ratio_7d 1.97' },
      { find: '24.4%', label: 'supported' },
      { find: '$4.71B', label: 'supported' },
      { find: '3.83x', label: 'contradicted', note: 'fact eth.volume_ratio_7d 1.83' },
      { find: '40.3%', label: 'supported' },
      { find: '$19.7B', label: 'contradicted', note: 'fact sol.volume_24h 1.97B (10x)' },
      { find: '2.31x', label: 'supported' },
      { find: '48.3%', label: 'supported' },
      { find: '$3.26B', label: 'supported' },
      { find: '2.81x', label: 'supported' },
      { find: '57.3%', label: 'contradicted', note: 'fact doge.volatility_7d 75.3' },
      { find: '$17.1B', label: 'contradicted', note: 'fact pepe.volume_24h 1.71B (10x)' },
      { find: '3.16x', label: 'supported' },
      { find: '75.25%', label: 'supported' },
      { find: '$77.7M', label: 'contradicted', note: 'fact xrp.volume_24h 777M (10x)' },
      { find: '1.64x', label: 'supported' },
      { find: '37.7%', label: 'supported' },
      { find: '$463M', label: 'supported' },
      { find: '2.66x', label: 'supported' },
      { find: '212.5%', label: 'contradicted', note: 'fact wif.volatility_7d 121.5' },
      { find: '$386B', label: 'supported' },
    ],
  },
];
