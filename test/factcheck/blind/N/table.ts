import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'N-table-01',
    voice: 'table',
    style: 'daily',
    text: `Majors at the 07:00 UTC cut:

| Asset | Price | 24h % | 7d % | Mkt cap |
|---|---|---|---|---|
| BTC | $101,912 | -0.8% | +1.5% | $2.21T |
| ETH | $3,410 | -6.2% | -6.4% | $411.6B |
| SOL | $171.84 | -5.3% | -6.5% | $84.3B |
| XRP | $2.352 | -3.0% | -3.1% | $141.4B |
| BNB | $948.60 | +0.4% | +6.3% | $132.0B |
| ADA | $0.6512 | -4.4% | -4.8% | $32.7B |

Bitcoin dominance stands at 56.3% and the total market is worth $3.73T (-2.2%). BNB was the only major in the green.`,
    numbers: [
      { find: '07:00', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$101,912', label: 'contradicted', note: 'fact btc.price 110,912' },
      { find: '-0.8%', label: 'supported' },
      { find: '+1.5%', label: 'supported' },
      { find: '$2.21T', label: 'supported' },
      { find: '$3,410', label: 'supported' },
      { find: '-6.2%', label: 'supported' },
      { find: '-6.4%', label: 'contradicted', note: 'wrong window: eth.change_7d -9.0; -6.4 is 30d' },
      { find: '$411.6B', label: 'supported' },
      { find: '$171.84', label: 'supported' },
      { find: '-5.3%', label: 'supported' },
      { find: '-6.5%', label: 'supported' },
      { find: '$84.3B', label: 'contradicted', note: 'fact sol.market_cap 94.3B' },
      { find: '$2.352', label: 'supported' },
      { find: '-3.0%', label: 'supported' },
      { find: '-3.1%', label: 'contradicted', note: 'fact xrp.change_7d -1.3' },
      { find: '$141.4B', label: 'supported' },
      { find: '$948.60', label: 'supported' },
      { find: '+0.4%', label: 'supported' },
      { find: '+6.3%', label: 'contradicted', note: 'wrong window: bnb.change_7d +0.09; 6.3 is 30d' },
      { find: '$132.0B', label: 'supported' },
      { find: '$0.6512', label: 'supported' },
      { find: '-4.4%', label: 'supported' },
      { find: '-4.8%', label: 'contradicted', note: 'fact ada.change_7d -6.8' },
      { find: '$32.7B', label: 'contradicted', note: 'fact ada.market_cap 23.7B' },
      { find: '56.3%', label: 'contradicted', note: 'fact market.btc_dominance 59.3' },
      { find: '$3.73T', label: 'supported' },
      { find: '-2.2%', label: 'supported' },
    ],
  },
  {
    id: 'N-table-02',
    voice: 'table',
    style: 'daily',
    text: `Perpetuals snapshot:

| Perp | Funding (8h) | Annualized | OI | OI 24h | OI 7d |
|---|---|---|---|---|---|
| BTC | +0.0068% | 7.4% | $6.2B | -0.6% | +9.1% |
| ETH | -0.0152% | -16.6% | $5.7B | +5.5% | +8.4% |
| SOL | +0.0131% | 3.4% | $2.2B | +2.0% | +1.2% |
| XRP | -0.0045% | 9.4% | $1.15B | +1.5% | +0.6% |
| DOGE | -0.0022% | -12.4% | $1.3B | +1.2% | -2.1% |

Total open interest is $18.45B, +1.4% on the day, and OI-weighted funding averages -0.0035% per 8h. Shorts are paying longs on ETH.`,
    numbers: [
      { find: '8h@1', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '+0.0068%', label: 'supported' },
      { find: '7.4%', label: 'supported' },
      { find: '$6.2B', label: 'supported' },
      { find: '-0.6%', label: 'supported' },
      { find: '+9.1%', label: 'contradicted', note: 'fact btc.oi_change_7d 1.9' },
      { find: '-0.0152%', label: 'supported' },
      { find: '-16.6%', label: 'supported' },
      { find: '$5.7B', label: 'contradicted', note: 'fact eth.open_interest 7.6B' },
      { find: '+5.5%', label: 'supported' },
      { find: '+8.4%', label: 'supported' },
      { find: '+0.0131%', label: 'contradicted', note: 'fact sol.funding_rate 0.0031' },
      { find: '3.4%', label: 'supported' },
      { find: '$2.2B', label: 'supported' },
      { find: '+2.0%', label: 'supported' },
      { find: '+1.2%@1', label: 'contradicted', note: 'sign: fact sol.oi_change_7d -1.2' },
      { find: '-0.0045%', label: 'contradicted', note: 'sign: fact xrp.funding_rate +0.0045' },
      { find: '9.4%', label: 'contradicted', note: 'fact xrp.funding_apr 4.9' },
      { find: '$1.15B', label: 'supported' },
      { find: '+1.5%', label: 'supported' },
      { find: '+0.6%', label: 'supported' },
      { find: '-0.0022%', label: 'supported' },
      { find: '-12.4%', label: 'contradicted', note: 'fact doge.funding_apr -2.4' },
      { find: '$1.3B', label: 'supported' },
      { find: '+1.2%@2', label: 'supported' },
      { find: '-2.1%', label: 'supported' },
      { find: '$18.45B', label: 'supported' },
      { find: '+1.4%', label: 'contradicted', note: 'fact market.oi_change_24h 2.4' },
      { find: '-0.0035%', label: 'supported' },
      { find: '8h@2', label: 'ignored' },
    ],
  },
  {
    id: 'N-table-03',
    voice: 'table',
    style: 'sector',
    text: `Sector board, 24h:

| Sector | Change | Best | Worst | Breadth | Cap |
|---|---|---|---|---|---|
| L1 | -1.8% | BTC +0.4% | ETH -6.2% | 1 up, 8 down | $3.04T |
| L2 | -9.6% | IMX -4.6% | ARB -8.9% | 0 up, 4 down | $7.52B |
| AI | +2.5% | TAO +7.4% | NEAR -3.6% | 6 up, 1 down | $1.65B |
| DePIN | +0.9% | HNT +2.5% | IOTX -0.9% | 3 up, 1 down | $4.10B |
| Gaming | -2.8% | AXS -2.1% | SAND -4.6% | 0 up, 4 down | $6.22B |
| Memes | -3.1% | PEPE +1.1% | DOGE -1.5% | 2 up, 2 down | $14.0B |

CoinGecko's category data tell the same story: AI +2.51%, rollups -6.97%, memecoins -1.27%.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: 'L1', label: 'ignored' },
      { find: '-1.8%', label: 'supported' },
      { find: '+0.4%', label: 'contradicted', note: 'wrong leader: L1 best is BNB +0.4; BTC -0.8' },
      { find: '-6.2%', label: 'supported' },
      { find: '1 up', label: 'supported' },
      { find: '8 down', label: 'contradicted', note: 'fact sector.l1.decliners_24h 9' },
      { find: '$3.04T', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-9.6%', label: 'contradicted', note: 'fact sector.l2.change_24h -6.9' },
      { find: '-4.6%@1', label: 'supported' },
      { find: '-8.9%', label: 'contradicted', note: 'wrong member: -8.9 is OP (worst); ARB -8.6' },
      { find: '0 up@1', label: 'supported' },
      { find: '4 down@1', label: 'supported' },
      { find: '$7.52B', label: 'contradicted', note: 'fact sector.l2.market_cap 5.72B' },
      { find: '+2.5%@1', label: 'supported' },
      { find: '+7.4%', label: 'supported' },
      { find: '-3.6%', label: 'supported' },
      { find: '6 up', label: 'supported' },
      { find: '1 down@1', label: 'supported' },
      { find: '$1.65B', label: 'contradicted', note: '10x slip: sector.ai.market_cap 16.5B' },
      { find: '+0.9%', label: 'supported' },
      { find: '+2.5%@2', label: 'contradicted', note: 'wrong leader: DePIN best is RENDER +2.5; HNT +0.8' },
      { find: '-0.9%', label: 'contradicted', note: 'wrong member: DePIN worst is FIL -0.9; IOTX +1.3' },
      { find: '3 up', label: 'supported' },
      { find: '1 down@2', label: 'supported' },
      { find: '$4.10B', label: 'supported' },
      { find: '-2.8%', label: 'supported' },
      { find: '-2.1%', label: 'contradicted', note: 'fact axs.change_24h -1.1' },
      { find: '-4.6%@2', label: 'contradicted', note: 'wrong member: gaming worst is IMX -4.6; SAND -1.6' },
      { find: '0 up@2', label: 'supported' },
      { find: '4 down@2', label: 'supported' },
      { find: '$6.22B', label: 'contradicted', note: 'fact sector.gaming.market_cap 2.62B' },
      { find: '-3.1%', label: 'contradicted', note: 'fact sector.memes.change_24h -1.3' },
      { find: '+1.1%', label: 'contradicted', note: 'wrong leader: memes best is WIF +1.1; PEPE +0.4' },
      { find: '-1.5%', label: 'supported' },
      { find: '2 up', label: 'supported' },
      { find: '2 down', label: 'supported' },
      { find: '$14.0B', label: 'contradicted', note: 'fact sector.memes.market_cap 40.4B' },
      { find: '+2.51%', label: 'supported' },
      { find: '-6.97%', label: 'supported' },
      { find: '-1.27%', label: 'supported' },
    ],
  },
  {
    id: 'N-table-04',
    voice: 'table',
    style: 'weekly',
    text: `This week's table:

| Asset | 7d % | 30d % | 30d high | 30d low |
|---|---|---|---|---|
| BTC | +1.5% | +4.0% | $113,804 | $110,667 |
| ETH | -9.0% | -6.4% | $4,014 | $3,362 |
| SOL | +6.5% | -11.2% | $191.98 | $170.43 |
| AVAX | -11.1% | -9.0% | $28.22 | $18.36 |
| ARB | -8.0% | -13.3% | $0.384 | $0.317 |
| TAO | +19.5% | +14.6% | $495.47 | $372.65 |

Weekly breadth: 5 of 10 layer-one tokens rose, all 7 AI names finished higher and none of the four rollup tokens did.`,
    numbers: [
      { find: '7d %', label: 'ignored' },
      { find: '30d %', label: 'ignored' },
      { find: '30d high', label: 'ignored' },
      { find: '30d low', label: 'ignored' },
      { find: '+1.5%', label: 'supported' },
      { find: '+4.0%', label: 'supported' },
      { find: '$113,804', label: 'supported' },
      { find: '$110,667', label: 'contradicted', note: 'fact btc.swing_low_30d 101,667' },
      { find: '-9.0%@1', label: 'supported' },
      { find: '-6.4%', label: 'supported' },
      { find: '$4,014', label: 'supported' },
      { find: '$3,362', label: 'supported' },
      { find: '+6.5%', label: 'contradicted', note: 'sign: fact sol.change_7d -6.5' },
      { find: '-11.2%', label: 'contradicted', note: 'fact sol.change_30d -1.2' },
      { find: '$191.98', label: 'supported' },
      { find: '$170.43', label: 'supported' },
      { find: '-11.1%', label: 'supported' },
      { find: '-9.0%@2', label: 'supported' },
      { find: '$28.22', label: 'contradicted', note: 'fact avax.swing_high_30d 22.815' },
      { find: '$18.36', label: 'supported' },
      { find: '-8.0%', label: 'contradicted', note: 'fact arb.change_7d -18.0' },
      { find: '-13.3%', label: 'supported' },
      { find: '$0.384', label: 'supported' },
      { find: '$0.317', label: 'supported' },
      { find: '+19.5%', label: 'contradicted', note: 'fact tao.change_7d 15.9' },
      { find: '+14.6%', label: 'supported' },
      { find: '$495.47', label: 'contradicted', note: 'fact tao.swing_high_30d 459.47' },
      { find: '$372.65', label: 'supported' },
      { find: '5 of', label: 'contradicted', note: 'fact sector.l1.advancers_7d 3' },
      { find: '10 layer-one', label: 'supported' },
      { find: 'all 7', label: 'supported' },
      { find: 'four', label: 'supported' },
    ],
  },
  {
    id: 'N-table-05',
    voice: 'table',
    style: 'daily',
    text: `Key levels:

| Asset | Price | Support | Resistance | 24h high | 24h low |
|---|---|---|---|---|---|
| BTC | $110,912 | $110,000 | $125,000 | $113,804 | $109,376 |
| ETH | $3,410 | $3,600 | $3,400 | $3,687 | $3,324 |
| SOL | $171.84 | $170 | $180 | $181.74 | $161.31 |
| XRP | $2.35 | $2.30 | $2.40 | $2.45 | $2.34 |
| TAO | $428.20 | $460 | $480 | $474.61 | $432.75 |

ETH is sitting on its level after a 9.8% intraday range. CoinDesk's analyst flags $2,800 as the next stop if $3,400 gives way.`,
    numbers: [
      { find: '24h high', label: 'ignored' },
      { find: '24h low', label: 'ignored' },
      { find: '$110,912', label: 'supported' },
      { find: '$110,000', label: 'supported' },
      { find: '$125,000', label: 'contradicted', note: 'fact btc.resistance 115,000' },
      {
        find: '$113,804',
        label: 'contradicted',
        note: 'wrong window: btc.high_24h 111,882; 113,804 is 30d swing high',
      },
      { find: '$109,376', label: 'supported' },
      { find: '$3,410', label: 'supported' },
      { find: '$3,600', label: 'contradicted', note: 'swapped: eth.support 3400' },
      { find: '$3,400@1', label: 'contradicted', note: 'swapped: eth.resistance 3600' },
      { find: '$3,687', label: 'supported' },
      { find: '$3,324', label: 'supported' },
      { find: '$171.84', label: 'supported' },
      { find: '$170', label: 'supported' },
      { find: '$180', label: 'supported' },
      { find: '$181.74', label: 'supported' },
      { find: '$161.31', label: 'contradicted', note: 'fact sol.low_24h 171.31' },
      { find: '$2.35', label: 'supported' },
      { find: '$2.30', label: 'supported' },
      { find: '$2.40', label: 'supported' },
      { find: '$2.45', label: 'supported' },
      { find: '$2.34', label: 'supported' },
      { find: '$428.20', label: 'contradicted', note: 'fact tao.price 468.2' },
      { find: '$460', label: 'supported' },
      { find: '$480', label: 'supported' },
      { find: '$474.61', label: 'supported' },
      { find: '$432.75', label: 'supported' },
      { find: '9.8%', label: 'unsupported', note: 'derived range; no fact' },
      { find: '$2,800', label: 'supported-by-source', note: 'CoinDesk analyst forecast, outlet named; debatable' },
      { find: '$3,400@2', label: 'supported', note: 'eth.support 3400 (also the CoinDesk headline)' },
    ],
  },
  {
    id: 'N-table-06',
    voice: 'table',
    style: 'daily',
    text: `Headline and flow check:

| Item | Figure | Source |
|---|---|---|
| Spot ETH ETF net outflows | $412M | CoinDesk |
| Restaking exploit | $71M | Cointelegraph |
| Liquidations | $640M | - |
| Staking exit queue | 1.2M ETH | - |
| ETH year-end target | $5,000 | - |
| BTC drop | 5% | Bitcoin Magazine |
| ETH prior all-time high | $4,890 | - |
| Ether-BTC 7d gap | 10.5 pts | derived |
| SOL volume | $685M | - |
| ETH volume | $5.8B | - |
| BTC volume vs 7d avg | 1.07x | - |
| OP volume vs 7d avg | 2.39x | - |
| Total volume | $224B | - |
| Memes category volume | $11.8B | - |
| AI category cap | $34.2B | - |`,
    numbers: [
      { find: '$412M', label: 'supported-by-source', note: 'outlet named in the Source column; debatable' },
      { find: '$71M', label: 'supported-by-source', note: 'outlet named in the Source column; debatable' },
      { find: '$640M', label: 'unsupported', note: 'The Block figure, no outlet given' },
      { find: '1.2M', label: 'unsupported', note: 'Cointelegraph figure, no outlet given' },
      { find: '$5,000', label: 'unsupported', note: 'forecast, no outlet given' },
      { find: '5%', label: 'contradicted', note: 'Bitcoin Magazine headline; fact btc.change_24h -0.8' },
      { find: '$4,890', label: 'unsupported', note: 'history' },
      { find: '7d gap', label: 'ignored' },
      { find: '10.5', label: 'unsupported', note: 'derived arithmetic (1.5 - -9.0)' },
      { find: '$685M', label: 'contradicted', note: 'fact sol.volume_24h 864.6M' },
      { find: '$5.8B', label: 'supported' },
      { find: '7d avg@1', label: 'ignored' },
      { find: '1.07x', label: 'supported' },
      { find: '7d avg@2', label: 'ignored' },
      { find: '2.39x', label: 'contradicted', note: 'fact op.volume_ratio_7d 1.39 (2.38 is ETH)' },
      { find: '$224B', label: 'supported' },
      { find: '$11.8B', label: 'supported' },
      { find: '$34.2B', label: 'supported' },
    ],
  },
];
