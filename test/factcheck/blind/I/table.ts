import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'I-table-01',
    voice: 'table',
    style: 'daily',
    text: `**Majors snapshot** (prices as of 07:00 UTC)

| Asset | Price | 24h % | 7d % | Market cap |
|---|---|---|---|---|
| BTC | $96,419 | -1.87% | -3.15% | $1.93T |
| ETH | $3,549 | +4.18% | +10.20% | $428.4B |
| SOL | $158.37 | +6.42% | +0.53% | $8.73B |
| XRP | $2.2871 | -2.91% | -2.65% | $13.8B |
| BNB | $1,068.40 | -2.12% | -5.98% | $134.8B |
| ADA | $0.6134 | -2.08% | +3.90% | $22.4B |
| AVAX | $17.86 | -0.94% | -5.33% | $76.5B |
| DOT | $3.057 | -8.41% | -1.41% | $4.99B |

Ether was the clear outlier on the day. CoinDesk reported that spot ether ETFs pulled in $412 million, the most since August, while bitcoin funds saw redemptions of $186 million.`,
    numbers: [
      { find: '07:00', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$96,419', label: 'supported' },
      { find: '-1.87%', label: 'supported' },
      { find: '-3.15%', label: 'supported' },
      { find: '$1.93T', label: 'supported' },
      { find: '$3,549', label: 'supported' },
      { find: '+4.18%', label: 'supported' },
      { find: '+10.20%', label: 'contradicted', note: 'eth.change_7d 4.75; 10.20 is 30d' },
      { find: '$428.4B', label: 'supported' },
      { find: '$158.37', label: 'supported' },
      { find: '+6.42%', label: 'contradicted', note: 'sol.change_24h 0.64; 6.42 is RENDER' },
      { find: '+0.53%', label: 'contradicted', note: 'sol.change_7d -0.53 (sign)' },
      { find: '$8.73B', label: 'contradicted', note: 'sol.market_cap 87.3B (10x)' },
      { find: '$2.2871', label: 'supported' },
      { find: '-2.91%', label: 'supported' },
      { find: '-2.65%', label: 'supported' },
      { find: '$13.8B', label: 'contradicted', note: 'xrp.market_cap 138.1B (10x)' },
      { find: '$1,068.40', label: 'contradicted', note: 'bnb.price 968.4' },
      { find: '-2.12%', label: 'supported' },
      { find: '-5.98%', label: 'supported' },
      { find: '$134.8B', label: 'supported' },
      { find: '$0.6134', label: 'supported' },
      { find: '-2.08%', label: 'supported' },
      { find: '+3.90%', label: 'contradicted', note: 'ada.change_7d -3.90 (sign)' },
      { find: '$22.4B', label: 'supported' },
      { find: '$17.86', label: 'supported' },
      { find: '-0.94%', label: 'supported' },
      { find: '-5.33%', label: 'supported' },
      { find: '$76.5B', label: 'contradicted', note: 'avax.market_cap 7.65B (10x)' },
      { find: '$3.057', label: 'supported' },
      { find: '-8.41%', label: 'contradicted', note: 'dot.change_24h -1.41; 24h and 7d swapped' },
      { find: '-1.41%', label: 'contradicted', note: 'dot.change_7d -8.41; swapped' },
      { find: '$4.99B', label: 'supported' },
      { find: '$412 million', label: 'supported-by-source', note: 'CoinDesk headline' },
      { find: '$186 million', label: 'unsupported', note: 'Bitcoin Magazine figure, sentence names only CoinDesk' },
    ],
  },
  {
    id: 'I-table-02',
    voice: 'table',
    style: 'daily',
    text: `Perpetuals board:

| Contract | Funding (per 8h) | Annualized | Open interest | OI 24h | OI 7d |
|---|---|---|---|---|---|
| BTC | -0.0041% | -4.49% | $7.86B | -4.1% | -16.8% |
| ETH | +0.0215% | +23.54% | $63.0B | +9.4% | +14.6% |
| SOL | +0.0520% | +5.69% | $1.38B | +3.4% | -1.7% |
| XRP | +0.0034% | +3.72% | $0.96B | -3.4% | +2.6% |
| DOGE | -0.0068% | +7.45% | $0.74B | -2.6% | -5.9% |
| All tracked | +0.0063% avg | | $17.24B | +4.1% | +0.73% |

Shorts are paying longs on bitcoin and dogecoin, while ether longs pay the richest rate on the board. Liquidations hit $238 million over the session.`,
    numbers: [
      { find: '8h', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '-0.0041%', label: 'supported' },
      { find: '-4.49%', label: 'supported' },
      { find: '$7.86B', label: 'supported' },
      { find: '-4.1%', label: 'supported' },
      { find: '-16.8%', label: 'contradicted', note: 'btc.oi_change_7d -6.8' },
      { find: '+0.0215%', label: 'supported' },
      { find: '+23.54%', label: 'supported' },
      { find: '$63.0B', label: 'contradicted', note: 'eth.open_interest 6.30B (10x)' },
      { find: '+9.4%', label: 'supported' },
      { find: '+14.6%', label: 'supported' },
      { find: '+0.0520%', label: 'contradicted', note: 'sol.funding_rate 0.0052 (10x)' },
      { find: '+5.69%', label: 'supported' },
      { find: '$1.38B', label: 'supported' },
      { find: '+3.4%', label: 'supported' },
      { find: '-1.7%', label: 'supported' },
      { find: '+0.0034%', label: 'supported' },
      { find: '+3.72%', label: 'supported' },
      { find: '$0.96B', label: 'supported' },
      { find: '-3.4%', label: 'contradicted', note: 'xrp.oi_change_24h +2.6; 24h and 7d swapped' },
      { find: '+2.6%', label: 'contradicted', note: 'xrp.oi_change_7d -3.4; swapped' },
      { find: '-0.0068%', label: 'supported' },
      { find: '+7.45%', label: 'contradicted', note: 'doge.funding_apr -7.45 (sign)' },
      { find: '$0.74B', label: 'supported' },
      { find: '-2.6%', label: 'supported' },
      { find: '-5.9%', label: 'supported' },
      { find: '+0.0063%', label: 'supported' },
      { find: '$17.24B', label: 'supported' },
      { find: '+4.1%', label: 'contradicted', note: 'market.oi_change_24h 1.50' },
      { find: '+0.73%', label: 'supported' },
      { find: '$238 million', label: 'unsupported', note: 'The Block figure, not attributed' },
    ],
  },
  {
    id: 'I-table-03',
    voice: 'table',
    style: 'sector',
    text: `Sector board

| Sector | 24h | 7d | Breadth | Best | Worst | Cap |
|---|---|---|---|---|---|---|
| AI | +5.96% | +2.28% | 7 up / 0 down | VIRTUAL +11.24% | WLD +3.79% | $15.38B |
| DePIN | -1.91% | +8.24% | 2 up / 2 down | RENDER +6.42% | HNT -2.23% | $3.73B |
| Layer 2 | +4.00% | -5.01% | 2 up / 2 down | ARB +1.18% | POL -0.72% | $5.53B |
| Gaming | -0.58% | +5.27% | 0 up / 4 down | SAND -0.37% | GALA -0.91% | $24.0B |
| Layer 1 | -0.95% | -2.02% | 6 up / 4 down | ETH +4.18% | XRP -2.91% | $2.76T |
| Memes | -2.54% | -8.21% | 0 up / 4 down | DOGE -2.61% | PEPE -3.12% | $37.77B |

AI outpaced the layer-one group by 6.9 points and has now risen for 5 straight sessions.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '+5.96%', label: 'supported' },
      { find: '+2.28%', label: 'contradicted', note: 'sector.ai.change_7d 9.57; 2.28 is 30d' },
      { find: '7 up', label: 'supported' },
      { find: '0 down', label: 'supported' },
      { find: '+11.24%', label: 'supported' },
      { find: '+3.79%', label: 'contradicted', note: 'AI worst 24h is GRT +2.64; WLD is not the worst' },
      { find: '$15.38B', label: 'supported' },
      { find: '-1.91%', label: 'contradicted', note: 'sector.depin.change_24h +1.91 (sign)' },
      { find: '+8.24%', label: 'contradicted', note: 'sector.depin.change_7d 1.81; 8.24 is RENDER 7d' },
      { find: '2 up@1', label: 'supported' },
      { find: '2 down@1', label: 'supported' },
      { find: '+6.42%', label: 'supported' },
      { find: '-2.23%', label: 'supported' },
      { find: '$3.73B', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+4.00%', label: 'contradicted', note: 'sector.l2.change_24h 0.16' },
      { find: '-5.01%', label: 'supported' },
      { find: '2 up@2', label: 'supported' },
      { find: '2 down@2', label: 'supported' },
      { find: '+1.18%', label: 'supported' },
      { find: '-0.72%', label: 'supported' },
      { find: '$5.53B', label: 'supported' },
      { find: '-0.58%', label: 'supported' },
      { find: '+5.27%', label: 'contradicted', note: 'sector.gaming.change_7d -5.27 (sign)' },
      { find: '0 up@1', label: 'supported' },
      { find: '4 down@1', label: 'supported' },
      { find: '-0.37%', label: 'supported' },
      { find: '-0.91%', label: 'supported' },
      { find: '$24.0B', label: 'contradicted', note: 'sector.gaming.market_cap 2.40B (10x)' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '-0.95%', label: 'supported' },
      { find: '-2.02%', label: 'supported' },
      { find: '6 up', label: 'contradicted', note: 'sector.l1.advancers_24h 4' },
      { find: '4 down@2', label: 'contradicted', note: 'sector.l1.decliners_24h 6' },
      { find: '+4.18%', label: 'supported' },
      { find: '-2.91%', label: 'supported' },
      { find: '$2.76T', label: 'supported' },
      { find: '-2.54%', label: 'supported' },
      { find: '-8.21%', label: 'supported' },
      { find: '0 up@2', label: 'supported' },
      { find: '4 down@3', label: 'supported' },
      { find: '-2.61%', label: 'contradicted', note: 'memes best 24h is SHIB -1.96; DOGE -2.61' },
      { find: '-3.12%', label: 'supported' },
      { find: '$37.77B', label: 'supported' },
      { find: '6.9 points', label: 'unsupported', note: 'derived arithmetic' },
      { find: '5 straight', label: 'unsupported', note: 'history, no fact' },
    ],
  },
  {
    id: 'I-table-04',
    voice: 'table',
    style: 'daily',
    text: `Key levels for the majors:

| Asset | Price | Support | Resistance | 24h high | 24h low | 30d swing high | 30d swing low |
|---|---|---|---|---|---|---|---|
| BTC | $96,419 | $100,000 | $95,000 | $98,381 | $96,115 | $100,937 | $89,893 |
| ETH | $3,549 | $3,400 | $3,600 | $3,558 | $3,199 | $3,709 | $3,392 |
| SOL | $158.37 | $150 | $160 | $160.93 | $145.72 | $163.83 | $150.47 |
| XRP | $2.287 | $2.20 | $2.50 | $2.370 | $2.269 | $2.677 | $2.192 |
| BNB | $968.40 | $950 | $1,000 | $991.70 | $948.53 | $1,056.27 | $835.39 |

Bitcoin sits about 1.5% above its nearest support, and XRP is 0.6% under resistance.`,
    numbers: [
      { find: '24h@1', label: 'ignored' },
      { find: '24h@2', label: 'ignored' },
      { find: '30d@1', label: 'ignored' },
      { find: '30d@2', label: 'ignored' },
      { find: '$96,419', label: 'supported' },
      { find: '$100,000', label: 'contradicted', note: 'btc.support 95,000; support and resistance swapped' },
      { find: '$95,000', label: 'contradicted', note: 'btc.resistance 100,000; swapped' },
      { find: '$98,381', label: 'supported' },
      { find: '$96,115', label: 'supported' },
      { find: '$100,937', label: 'supported' },
      { find: '$89,893', label: 'supported' },
      { find: '$3,549', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '$3,558', label: 'supported' },
      { find: '$3,199', label: 'contradicted', note: 'eth.low_24h 3399.04' },
      { find: '$3,709', label: 'contradicted', note: 'eth.swing_high_30d 3508.65' },
      { find: '$3,392', label: 'contradicted', note: 'eth.swing_low_30d 3092.07' },
      { find: '$158.37', label: 'supported' },
      { find: '$150@1', label: 'supported' },
      { find: '$160@1', label: 'supported' },
      { find: '$160.93', label: 'supported' },
      { find: '$145.72', label: 'contradicted', note: 'sol.low_24h 155.72' },
      { find: '$163.83', label: 'contradicted', note: 'sol.swing_high_30d 183.83' },
      { find: '$150.47', label: 'supported' },
      { find: '$2.287', label: 'supported' },
      { find: '$2.20', label: 'supported' },
      { find: '$2.50', label: 'contradicted', note: 'xrp.resistance 2.30' },
      { find: '$2.370', label: 'supported' },
      { find: '$2.269', label: 'supported' },
      { find: '$2.677', label: 'contradicted', note: 'xrp.swing_high_30d 2.4768' },
      { find: '$2.192', label: 'supported' },
      { find: '$968.40', label: 'supported' },
      { find: '$950', label: 'supported' },
      { find: '$1,000', label: 'supported' },
      { find: '$991.70', label: 'supported' },
      { find: '$948.53', label: 'supported' },
      { find: '$1,056.27', label: 'supported' },
      { find: '$835.39', label: 'contradicted', note: 'bnb.swing_low_30d 935.39' },
      { find: '1.5%', label: 'unsupported', note: 'distance to a level, derived' },
      { find: '0.6%', label: 'unsupported', note: 'distance to a level, derived' },
    ],
  },
  {
    id: 'I-table-05',
    voice: 'table',
    style: 'weekly',
    text: `AI and DePIN names, this week:

| Token | Price | 7d | 30d |
|---|---|---|---|
| FET | $0.6217 | +14.50% | +10.68% |
| RENDER | $3.164 | +8.24% | -2.46% |
| TAO | $421.80 | +10.85% | -14.39% |
| GRT | $0.8207 | +3.40% | -6.91% |
| VIRTUAL | $1.6392 | +11.24% | -0.10% |
| WLD | $0.9184 | +7.50% | -1.61% |
| NEAR | $3.118 | +12.66% | +15.64% |
| FIL | $1.987 | -9.30% | -12.56% |
| HNT | $2.711 | +8.29% | +0.28% |
| IOTX | $0.02094 | -0.58% | -5.97% |

FET led the AI group with a 14.5% gain and all seven AI names rose on the week. DePIN added 1.8%, with only one of its four members higher. Bittensor could retest $500 if the rotation holds.`,
    numbers: [
      { find: '7d', label: 'ignored' },
      { find: '30d', label: 'ignored' },
      { find: '$0.6217', label: 'supported' },
      { find: '+14.50%', label: 'supported' },
      { find: '+10.68%', label: 'supported' },
      { find: '$3.164', label: 'supported' },
      { find: '+8.24%', label: 'supported' },
      { find: '-2.46%', label: 'supported' },
      { find: '$421.80', label: 'supported' },
      { find: '+10.85%', label: 'supported' },
      { find: '-14.39%', label: 'contradicted', note: 'tao.change_30d +14.39 (sign)' },
      { find: '$0.8207', label: 'contradicted', note: 'grt.price 0.08207 (10x)' },
      { find: '+3.40%', label: 'contradicted', note: 'grt.change_7d 0.34 (10x)' },
      { find: '-6.91%', label: 'supported' },
      { find: '$1.6392', label: 'supported' },
      { find: '+11.24%', label: 'contradicted', note: 'virtual.change_7d 1.62; 11.24 is 24h' },
      { find: '-0.10%', label: 'supported' },
      { find: '$0.9184', label: 'supported' },
      { find: '+7.50%', label: 'supported' },
      { find: '-1.61%', label: 'contradicted', note: 'wld.change_30d -11.61' },
      { find: '$3.118', label: 'supported' },
      { find: '+12.66%', label: 'supported' },
      { find: '+15.64%', label: 'contradicted', note: 'near.change_30d 1.56 (10x)' },
      { find: '$1.987', label: 'supported' },
      { find: '-9.30%', label: 'contradicted', note: 'fil.change_7d -0.93 (10x)' },
      { find: '-12.56%', label: 'supported' },
      { find: '$2.711', label: 'supported' },
      { find: '+8.29%', label: 'contradicted', note: 'hnt.change_7d -8.29 (sign)' },
      { find: '+0.28%', label: 'supported' },
      { find: '$0.02094', label: 'supported' },
      { find: '-0.58%', label: 'supported' },
      { find: '-5.97%', label: 'supported' },
      { find: '14.5%', label: 'supported' },
      { find: 'seven', label: 'supported' },
      { find: '1.8%', label: 'supported' },
      { find: 'one of', label: 'supported', note: 'sector.depin.advancers_7d 1' },
      { find: 'four', label: 'supported' },
      { find: '$500', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'I-table-06',
    voice: 'table',
    style: 'daily',
    text: `Turnover and volatility

| Asset | 24h volume | vs 7d avg | 7d realized vol |
|---|---|---|---|
| BTC | $4.77B | 1.94x | 19.7% |
| ETH | $3.21B | 1.58x | 32.8% |
| SOL | $10.6B | 1.39x | 33.0% |
| XRP | $657M | 2.37x | 26.2% |
| DOGE | $996M | 1.29x | 6.2% |
| BNB | $291M | 1.34x | 33.9% |

Total crypto volume came to $187.3B. Decrypt put ether's turnover at 1.6 times its weekly average, the busiest of the majors.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d@1', label: 'ignored' },
      { find: '7d@2', label: 'ignored' },
      { find: '$4.77B', label: 'supported' },
      { find: '1.94x', label: 'contradicted', note: 'btc.volume_ratio_7d 1.49' },
      { find: '19.7%', label: 'supported' },
      { find: '$3.21B', label: 'supported' },
      { find: '1.58x', label: 'supported' },
      { find: '32.8%', label: 'contradicted', note: 'eth.volatility_7d 44.66; 32.8 is 30d' },
      { find: '$10.6B', label: 'contradicted', note: 'sol.volume_24h 1.06B (10x)' },
      { find: '1.39x', label: 'supported' },
      { find: '33.0%', label: 'supported', note: 'sol.volatility_7d 32.96' },
      { find: '$657M', label: 'supported' },
      { find: '2.37x', label: 'contradicted', note: 'xrp.volume_ratio_7d 1.37' },
      { find: '26.2%', label: 'supported' },
      { find: '$996M', label: 'supported' },
      { find: '1.29x', label: 'supported' },
      { find: '6.2%@2', label: 'contradicted', note: 'doge.volatility_7d 62.3 (10x)' },
      { find: '$291M', label: 'supported' },
      { find: '1.34x', label: 'supported' },
      { find: '33.9%', label: 'supported' },
      { find: '$187.3B', label: 'supported' },
      { find: '1.6', label: 'supported', note: 'fact eth.volume_ratio_7d 1.58; also Decrypt' },
    ],
  },
  {
    id: 'I-table-07',
    voice: 'table',
    style: 'daily',
    text: `Memes and gaming:

| Token | Price | 24h | 7d |
|---|---|---|---|
| DOGE | $0.1873 | -2.61% | -9.28% |
| SHIB | $0.00001048 | -1.96% | -3.05% |
| PEPE | $0.0000652 | -3.12% | -18.56% |
| WIF | $0.5716 | +2.27% | -5.49% |
| AXS | $1.9412 | -0.63% | -5.56% |
| SAND | $0.2187 | -0.37% | -9.86% |
| GALA | $0.01327 | -6.73% | -0.91% |
| IMX | $0.5709 | -0.48% | -4.94% |

Memecoins fell 2.5% as a group and gaming tokens 0.6%. Dogecoin funding sits at -0.0068% per 8h, with shorts paying longs, and The Block noted PEPE was the weakest of the four memecoins.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$0.1873', label: 'supported' },
      { find: '-2.61%', label: 'supported' },
      { find: '-9.28%', label: 'supported' },
      { find: '$0.00001048', label: 'supported' },
      { find: '-1.96%', label: 'supported' },
      { find: '-3.05%', label: 'supported' },
      { find: '$0.0000652', label: 'contradicted', note: 'pepe.price 0.00000652 (10x)' },
      { find: '-3.12%', label: 'supported' },
      { find: '-18.56%', label: 'contradicted', note: 'pepe.change_7d -8.56' },
      { find: '$0.5716', label: 'supported' },
      { find: '+2.27%', label: 'contradicted', note: 'wif.change_24h -2.27 (sign)' },
      { find: '-5.49%', label: 'supported' },
      { find: '$1.9412', label: 'contradicted', note: 'axs.price 1.6412' },
      { find: '-0.63%', label: 'supported' },
      { find: '-5.56%', label: 'supported' },
      { find: '$0.2187', label: 'supported' },
      { find: '-0.37%', label: 'supported' },
      { find: '-9.86%', label: 'contradicted', note: 'sand.change_7d -4.06; 9.86 is 30d' },
      { find: '$0.01327', label: 'supported' },
      { find: '-6.73%', label: 'contradicted', note: 'gala.change_24h -0.91; swapped with 7d' },
      { find: '-0.91%', label: 'contradicted', note: 'gala.change_7d -6.73; swapped' },
      { find: '$0.5709', label: 'contradicted', note: 'imx.price 0.5079' },
      { find: '-0.48%', label: 'supported' },
      { find: '-4.94%', label: 'supported' },
      { find: '2.5%', label: 'supported' },
      { find: '0.6%', label: 'supported' },
      { find: '-0.0068%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: 'four', label: 'supported', note: 'sector.memes.members 4' },
    ],
  },
  {
    id: 'I-table-08',
    voice: 'table',
    style: 'daily',
    text: `Rollup check

| Token | Price | 24h | 30d | Mkt cap |
|---|---|---|---|---|
| ARB | $0.3127 | +1.18% | -7.11% | $1.77B |
| OP | $0.4411 | +8.30% | -9.32% | $840M |
| POL | $0.1832 | -0.72% | -0.91% | $1.93B |
| IMX | $0.5079 | +0.48% | -12.26% | $9.9B |

Rollups as a group rose 0.2% on the day and are down 9.1% over 30 days. The Block's headline had layer-two tokens up 4%, which the numbers above don't bear out. Analysts expect ARB to reclaim $0.50 by January, and Arbitrum unlocks 92 million tokens next month.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '30d', label: 'ignored' },
      { find: '$0.3127', label: 'supported' },
      { find: '+1.18%', label: 'supported' },
      { find: '-7.11%', label: 'supported' },
      { find: '$1.77B', label: 'supported' },
      { find: '$0.4411', label: 'supported' },
      { find: '+8.30%', label: 'contradicted', note: 'op.change_24h 0.83 (10x)' },
      { find: '-9.32%', label: 'supported' },
      { find: '$840M', label: 'supported' },
      { find: '$0.1832', label: 'supported' },
      { find: '-0.72%', label: 'supported' },
      { find: '-0.91%', label: 'contradicted', note: 'pol.change_30d -9.09' },
      { find: '$1.93B', label: 'supported' },
      { find: '$0.5079', label: 'supported' },
      { find: '+0.48%', label: 'contradicted', note: 'imx.change_24h -0.48 (sign)' },
      { find: '-12.26%', label: 'supported' },
      { find: '$9.9B', label: 'contradicted', note: 'imx.market_cap 0.99B (10x)' },
      { find: '0.2%', label: 'supported' },
      { find: '9.1%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '4%', label: 'contradicted', note: 'attributed to The Block but sector.l2.change_24h 0.16' },
      { find: '$0.50@2', label: 'unsupported', note: 'forecast' },
      { find: '92 million', label: 'unsupported', note: 'invented' },
    ],
  },
];
