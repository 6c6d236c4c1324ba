import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'L-table-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors snapshot\n\n| Asset | Price | 24h % | 7d % | Market cap |\n|---|---|---|---|---|\n| BTC | $99,239 | -1.3% | -6.0% | $1.98T |\n| ETH | $3,312 | -2.1% | -5.8% | $399.8B |\n| SOL | $158.36 | -2.4% | -8.7% | $78.3B |\n| XRP | $2.219 | +1.1% | -2.7% | $13.38B |\n| BNB | $931.40 | +0.4% | +1.4% | $192.6B |\n| DOGE | $0.1782 | -2.9% | -6.5% | $28.2B |\n\nBitcoin spent the day under its $100,000 resistance and sits about 4.5% above the $95,000 support. BNB was the only major here that finished higher; XRP was the weakest of the group.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$99,239',
        label: 'supported',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '-6.0%',
        label: 'contradicted',
        note: 'wrong window: -6.0 is btc.change_30d; fact btc.change_7d -4.0',
      },
      {
        find: '$1.98T',
        label: 'supported',
      },
      {
        find: '$3,312',
        label: 'supported',
      },
      {
        find: '-2.1%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'contradicted',
        note: 'fact eth.change_7d -3.79',
      },
      {
        find: '$399.8B',
        label: 'supported',
      },
      {
        find: '$158.36',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-8.7%',
        label: 'supported',
      },
      {
        find: '$78.3B',
        label: 'contradicted',
        note: 'fact sol.market_cap 87.3B',
      },
      {
        find: '$2.219',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'contradicted',
        note: 'direction; fact xrp.change_24h -1.10',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '$13.38B',
        label: 'contradicted',
        note: '10x slip; fact xrp.market_cap 133.8B',
      },
      {
        find: '$931.40',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'contradicted',
        note: 'direction; fact bnb.change_7d -1.44',
      },
      {
        find: '$192.6B',
        label: 'contradicted',
        note: 'fact bnb.market_cap 129.6B',
      },
      {
        find: '$0.1782',
        label: 'contradicted',
        note: 'fact doge.price 0.1872',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '$28.2B',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '4.5%',
        label: 'unsupported',
        note: 'distance to support, no fact',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Sector board, last 24 hours:\n\n| Sector | Change | Up | Down | Best | Worst | Cap (watchlist) |\n|---|---|---|---|---|---|---|\n| Layer 1 | -1.37% | 2 | 8 | BNB +0.40% | NEAR -2.60% | $2.87T |\n| Layer 2 | -0.57% | 2 | 2 | OP +1.70% | IMX -5.20% | $5.50B |\n| AI | -2.91% | 2 | 5 | TAO +1.60% | VIRTUAL -4.60% | $14.95B |\n| DePIN | +2.79% | 4 | 0 | IOTX +6.10% | FIL +1.20% | $3.83B |\n| Gaming | -4.48% | 1 | 3 | SAND -4.20% | GALA -5.10% | $2.48B |\n| Memes | -2.92% | 0 | 4 | PEPE -2.56% | WIF -3.77% | $37.86B |\n\nDePIN was the only sector up on the day; Gaming was the worst.',
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '-1.37%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'supported',
      },
      {
        find: '+0.40%',
        label: 'supported',
      },
      {
        find: '-2.60%',
        label: 'supported',
      },
      {
        find: '$2.87T',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap 2.78T',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-0.57%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'supported',
      },
      {
        find: '2@7',
        label: 'supported',
      },
      {
        find: '+1.70%',
        label: 'supported',
      },
      {
        find: '-5.20%',
        label: 'contradicted',
        note: 'fact imx.change_24h -4.20',
      },
      {
        find: '$5.50B',
        label: 'supported',
      },
      {
        find: '-2.91%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h -1.91',
      },
      {
        find: '2@10',
        label: 'supported',
      },
      {
        find: '5@5',
        label: 'supported',
      },
      {
        find: '+1.60%',
        label: 'contradicted',
        note: 'wrong leader: best AI member is RENDER +1.60, TAO +0.30',
      },
      {
        find: '-4.60%',
        label: 'supported',
      },
      {
        find: '$14.95B',
        label: 'supported',
      },
      {
        find: '+2.79%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h 1.79',
      },
      {
        find: '4@5',
        label: 'supported',
      },
      {
        find: '0@10',
        label: 'supported',
      },
      {
        find: '+6.10%',
        label: 'supported',
      },
      {
        find: '+1.20%',
        label: 'supported',
      },
      {
        find: '$3.83B',
        label: 'supported',
      },
      {
        find: '-4.48%',
        label: 'supported',
      },
      {
        find: '1@9',
        label: 'contradicted',
        note: 'fact sector.gaming.advancers_24h 0',
      },
      {
        find: '3@4',
        label: 'contradicted',
        note: 'fact sector.gaming.decliners_24h 4',
      },
      {
        find: '-4.20%',
        label: 'supported',
      },
      {
        find: '-5.10%',
        label: 'supported',
      },
      {
        find: '$2.48B',
        label: 'supported',
      },
      {
        find: '-2.92%',
        label: 'supported',
      },
      {
        find: '0@15',
        label: 'supported',
      },
      {
        find: '4@10',
        label: 'supported',
      },
      {
        find: '-2.56%',
        label: 'contradicted',
        note: 'wrong member: best memes member is SHIB -2.56',
      },
      {
        find: '-3.77%',
        label: 'contradicted',
        note: 'wrong member: worst memes member is PEPE -3.77; WIF -3.40',
      },
      {
        find: '$37.86B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-table-03',
    voice: 'table',
    style: 'daily',
    text: '### Perps\n\n| Perp | Funding (8h) | Annualized | OI | OI 24h |\n|---|---|---|---|---|\n| BTC | +0.0031% | 3.93% | $6.0B | +1.8% |\n| ETH | +0.0018% | -1.97% | $7.1B | +3.0% |\n| SOL | +0.0052% | 5.69% | $3.1B | -3.5% |\n| XRP | -0.0009% | -0.99% | $1.1B | -2.4% |\n| DOGE | +0.0024% | 6.28% | $1.3B | -0.8% |\n\nTotal open interest: $17.6B, +0.38% on the day and -1.1% over 7 days. OI-weighted funding averages 0.0031% per 8h. On the week BTC OI is up 3.1%, SOL OI is down 6.8% and ETH OI is up 2.4%. Longs pay shorts on ETH and XRP.',
    numbers: [
      {
        find: '8h@1',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+0.0031%',
        label: 'supported',
      },
      {
        find: '3.93%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 3.39',
      },
      {
        find: '$6.0B',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '+0.0018%',
        label: 'contradicted',
        note: 'sign; fact eth.funding_rate -0.0018',
      },
      {
        find: '-1.97%',
        label: 'supported',
      },
      {
        find: '$7.1B',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'contradicted',
        note: '10x; fact eth.oi_change_24h 0.30',
      },
      {
        find: '+0.0052%',
        label: 'supported',
      },
      {
        find: '5.69%',
        label: 'supported',
      },
      {
        find: '$3.1B',
        label: 'contradicted',
        note: 'fact sol.open_interest 2.1B',
      },
      {
        find: '-3.5%',
        label: 'supported',
      },
      {
        find: '-0.0009%',
        label: 'supported',
      },
      {
        find: '-0.99%',
        label: 'supported',
      },
      {
        find: '$1.1B',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'sign; fact xrp.oi_change_24h +2.4',
      },
      {
        find: '+0.0024%',
        label: 'supported',
      },
      {
        find: '6.28%',
        label: 'contradicted',
        note: 'fact doge.funding_apr 2.63',
      },
      {
        find: '$1.3B',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '$17.6B',
        label: 'supported',
      },
      {
        find: '+0.38%',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '0.0031%@2',
        label: 'contradicted',
        note: 'that is BTC funding; fact market.funding_avg 0.0011',
      },
      {
        find: '8h@2',
        label: 'ignored',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '2.4%@2',
        label: 'contradicted',
        note: 'direction; fact eth.oi_change_7d -2.4',
      },
    ],
  },
  {
    id: 'L-table-04',
    voice: 'table',
    style: 'weekly',
    text: 'Weekly performance and ranges\n\n| Asset | Week | 30d | 30d high | 30d low | Realized vol (7d, ann.) |\n|---|---|---|---|---|---|\n| BTC | -4.0% | -9.0% | $107,438 | $98,990 | 23.3% |\n| ETH | -3.8% | -7.2% | $3,908 | $3,290 | 35.3% |\n| SOL | -8.7% | -31.8% | $200.04 | $159.20 | 27.1% |\n| AVAX | -8.1% | -21.2% | $20.06 | $16.83 | 35.6% |\n| DOT | -1.0% | -17.0% | $3.73 | $2.52 | 52.5% |\n| XRP | -2.7% | -5.2% | $2.49 | $2.09 | 46.8% |\n\nAmong the large caps BNB held up best at -1.4% for the week, and Polkadot was the worst Layer 1 at -12.2%. Every one of the 10 Layer 1 names is down over the week. Bitcoin has fallen 5% in two weeks.',
    numbers: [
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '30d@3',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '-4.0%',
        label: 'supported',
      },
      {
        find: '-9.0%',
        label: 'contradicted',
        note: 'fact btc.change_30d -6.0',
      },
      {
        find: '$107,438',
        label: 'supported',
      },
      {
        find: '$98,990',
        label: 'supported',
      },
      {
        find: '23.3%',
        label: 'contradicted',
        note: 'that is btc.volatility_30d; fact btc.volatility_7d 20.3',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-7.2%',
        label: 'supported',
      },
      {
        find: '$3,908',
        label: 'contradicted',
        note: 'fact eth.swing_high_30d 3809.41',
      },
      {
        find: '$3,290',
        label: 'supported',
      },
      {
        find: '35.3%',
        label: 'supported',
      },
      {
        find: '-8.7%',
        label: 'supported',
      },
      {
        find: '-31.8%',
        label: 'contradicted',
        note: 'fact sol.change_30d -13.76',
      },
      {
        find: '$200.04',
        label: 'supported',
      },
      {
        find: '$159.20',
        label: 'supported',
      },
      {
        find: '27.1%',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'supported',
      },
      {
        find: '-21.2%',
        label: 'contradicted',
        note: 'fact avax.change_30d -12.17',
      },
      {
        find: '$20.06',
        label: 'supported',
      },
      {
        find: '$16.83',
        label: 'contradicted',
        note: 'fact avax.swing_low_30d 16.128',
      },
      {
        find: '35.6%',
        label: 'supported',
      },
      {
        find: '-1.0%',
        label: 'contradicted',
        note: '10x slip; fact dot.change_7d -10.15',
      },
      {
        find: '-17.0%',
        label: 'supported',
      },
      {
        find: '$3.73',
        label: 'supported',
      },
      {
        find: '$2.52',
        label: 'contradicted',
        note: 'fact dot.swing_low_30d 2.9156',
      },
      {
        find: '52.5%',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '$2.49',
        label: 'supported',
      },
      {
        find: '$2.09',
        label: 'supported',
      },
      {
        find: '46.8%',
        label: 'contradicted',
        note: 'that is xrp.volatility_30d; fact xrp.volatility_7d 66.2',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: 'Layer 1@1',
        label: 'ignored',
      },
      {
        find: '-12.2%',
        label: 'contradicted',
        note: 'fact dot.change_7d -10.15',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: 'Layer 1@2',
        label: 'ignored',
      },
      {
        find: '5%@2',
        label: 'unsupported',
        note: 'no fact for a 2-week window',
      },
      {
        find: 'two weeks',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'L-table-05',
    voice: 'table',
    style: 'daily',
    text: 'Key levels\n\n| Asset | Price | Support | Resistance | 24h high | 24h low |\n|---|---|---|---|---|---|\n| BTC | $99,239 | $95,000 | $100,000 | $102,134 | $99,078 |\n| ETH | $3,312 | $3,400 | $3,200 | $3,422 | $3,306 |\n| SOL | $158.36 | $150 | $180 | $168.98 | $157.63 |\n| XRP | $2.2187 | $2.20 | $2.30 | $2.2528 | $2.0536 |\n| BNB | $913.40 | $900 | $950 | $935.67 | $919.80 |\n| SUI | $2.467 | $2.20 | $2.50 | $2.506 | $2.248 |\n\nBTC is trading roughly 0.8% below the $100,000 line. A daily close under $95,000 could send it toward $85,000, one analyst told CoinDesk.',
    numbers: [
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$99,239',
        label: 'supported',
      },
      {
        find: '$95,000@1',
        label: 'supported',
      },
      {
        find: '$100,000@1',
        label: 'supported',
      },
      {
        find: '$102,134',
        label: 'contradicted',
        note: 'fact btc.high_24h 101233.68',
      },
      {
        find: '$99,078',
        label: 'supported',
      },
      {
        find: '$3,312',
        label: 'supported',
      },
      {
        find: '$3,400',
        label: 'contradicted',
        note: 'swapped; fact eth.support 3200',
      },
      {
        find: '$3,200',
        label: 'contradicted',
        note: 'swapped; fact eth.resistance 3400',
      },
      {
        find: '$3,422',
        label: 'supported',
      },
      {
        find: '$3,306',
        label: 'supported',
      },
      {
        find: '$158.36',
        label: 'supported',
      },
      {
        find: '$150',
        label: 'supported',
      },
      {
        find: '$180',
        label: 'contradicted',
        note: 'fact sol.resistance 160',
      },
      {
        find: '$168.98',
        label: 'contradicted',
        note: 'fact sol.high_24h 162.98',
      },
      {
        find: '$157.63',
        label: 'supported',
      },
      {
        find: '$2.2187',
        label: 'supported',
      },
      {
        find: '$2.20@1',
        label: 'supported',
      },
      {
        find: '$2.30',
        label: 'supported',
      },
      {
        find: '$2.2528',
        label: 'supported',
      },
      {
        find: '$2.0536',
        label: 'contradicted',
        note: 'fact xrp.low_24h 2.1536',
      },
      {
        find: '$913.40',
        label: 'contradicted',
        note: 'fact bnb.price 931.4',
      },
      {
        find: '$900',
        label: 'supported',
      },
      {
        find: '$950',
        label: 'supported',
      },
      {
        find: '$935.67',
        label: 'supported',
      },
      {
        find: '$919.80',
        label: 'supported',
      },
      {
        find: '$2.467',
        label: 'supported',
      },
      {
        find: '$2.20@2',
        label: 'contradicted',
        note: 'fact sui.support 2.4',
      },
      {
        find: '$2.50@1',
        label: 'supported',
      },
      {
        find: '$2.506',
        label: 'supported',
      },
      {
        find: '$2.248',
        label: 'contradicted',
        note: 'fact sui.low_24h 2.428',
      },
      {
        find: '0.8%',
        label: 'unsupported',
        note: 'distance to level, no fact',
      },
      {
        find: '$100,000@2',
        label: 'supported',
      },
      {
        find: '$95,000@2',
        label: 'supported',
      },
      {
        find: '$85,000',
        label: 'supported-by-source',
        note: 'analyst forecast, but the CoinDesk headline states it and the sentence names CoinDesk; debatable vs unsupported',
      },
    ],
  },
  {
    id: 'L-table-06',
    voice: 'table',
    style: 'sector',
    text: 'DePIN and Gaming, side by side\n\n| Token | Sector | Price | 24h | 7d |\n|---|---|---|---|---|\n| IOTX | DePIN | $0.02164 | +16.1% | +8.6% |\n| HNT | DePIN | $2.171 | +2.4% | -1.8% |\n| FIL | DePIN | $2.047 | -1.2% | -2.3% |\n| RENDER | DePIN/AI | $3.214 | +1.6% | -5.2% |\n| AXS | Gaming | $1.783 | -4.8% | -21.4% |\n| SAND | Gaming | $0.2284 | -2.4% | -16.3% |\n| GALA | Gaming | $0.1297 | -5.1% | -12.7% |\n| IMX | Gaming/L2 | $0.5318 | -4.2% | -7.1% |\n\nDePIN finished +1.79% with all 4 members up; Gaming lost 4.48% with all 4 down, a 12% two-day slide. Best gaming token of the week was Immutable, worst was The Sandbox.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$0.02164',
        label: 'supported',
      },
      {
        find: '+16.1%',
        label: 'contradicted',
        note: 'fact iotx.change_24h 6.10',
      },
      {
        find: '+8.6%',
        label: 'supported',
      },
      {
        find: '$2.171',
        label: 'contradicted',
        note: 'fact hnt.price 2.871',
      },
      {
        find: '+2.4%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'contradicted',
        note: 'sign; fact hnt.change_7d +1.80',
      },
      {
        find: '$2.047',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'contradicted',
        note: 'sign; fact fil.change_24h +1.20',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '$3.214',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '$1.783',
        label: 'supported',
      },
      {
        find: '-4.8%',
        label: 'supported',
      },
      {
        find: '-21.4%',
        label: 'contradicted',
        note: 'fact axs.change_7d -12.41',
      },
      {
        find: '$0.2284',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'fact sand.change_24h -4.20',
      },
      {
        find: '-16.3%',
        label: 'supported',
      },
      {
        find: '$0.1297',
        label: 'contradicted',
        note: '10x slip; fact gala.price 0.01297',
      },
      {
        find: '-5.1%',
        label: 'supported',
      },
      {
        find: '-12.7%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '$0.5318',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-7.1%',
        label: 'supported',
      },
      {
        find: '+1.79%',
        label: 'supported',
      },
      {
        find: '4@11',
        label: 'supported',
      },
      {
        find: '4.48%',
        label: 'supported',
      },
      {
        find: '4@14',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'unsupported',
        note: 'no such fact',
      },
    ],
  },
  {
    id: 'L-table-07',
    voice: 'table',
    style: 'daily',
    text: 'Volume check\n\n| Asset | Volume (24h) | vs 7-day avg |\n|---|---|---|\n| BTC | $2.74B | 0.96x |\n| ETH | $1.43B | 1.13x |\n| SOL | $651M | 0.72x |\n| XRP | $522M | 0.88x |\n| BNB | $561M | 0.90x |\n| SUI | $165M | 0.99x |\n\nTotal market volume was $164.8B. Only SOL traded above its weekly average, by about 2%.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '$2.74B',
        label: 'supported',
      },
      {
        find: '0.96x',
        label: 'supported',
      },
      {
        find: '$1.43B',
        label: 'supported',
      },
      {
        find: '1.13x',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 0.93',
      },
      {
        find: '$651M',
        label: 'supported',
      },
      {
        find: '0.72x',
        label: 'contradicted',
        note: 'fact sol.volume_ratio_7d 1.02',
      },
      {
        find: '$522M',
        label: 'contradicted',
        note: 'fact xrp.volume_24h 322M',
      },
      {
        find: '0.88x',
        label: 'supported',
      },
      {
        find: '$561M',
        label: 'contradicted',
        note: 'fact bnb.volume_24h 156M',
      },
      {
        find: '0.90x',
        label: 'supported',
      },
      {
        find: '$165M',
        label: 'supported',
      },
      {
        find: '0.99x',
        label: 'supported',
      },
      {
        find: '$164.8B',
        label: 'contradicted',
        note: 'fact market.volume_24h 146.8B',
      },
      {
        find: '2%',
        label: 'supported',
        note: 'ratio 1.022',
      },
    ],
  },
  {
    id: 'L-table-08',
    voice: 'table',
    style: 'daily',
    text: '| Metric | Value |\n|---|---|\n| Total market cap | $3.39T |\n| Cap change | +1.7% |\n| BTC dominance | 56.0% |\n| Advancers / decliners | 9 / 21 |\n| ETF net flows | -$412M |\n| Fear & Greed | 38 |\n\nPer CoinDesk, spot bitcoin ETFs had $412 million of outflows, a third straight day of redemptions. CryptoSlate counted only 5 of the top 30 up.',
    numbers: [
      {
        find: '$3.39T',
        label: 'supported',
      },
      {
        find: '+1.7%',
        label: 'contradicted',
        note: 'direction; fact market.cap_change_24h -1.7',
      },
      {
        find: '56.0%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 58.4',
      },
      {
        find: '9@2',
        label: 'supported',
      },
      {
        find: '21',
        label: 'supported',
      },
      {
        find: '-$412M',
        label: 'unsupported',
        note: 'CoinDesk headline, not attributed in the table',
      },
      {
        find: '38',
        label: 'unsupported',
        note: 'no such fact',
      },
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: '5@2',
        label: 'contradicted',
        note: 'fact market.advancers_24h 9',
      },
      {
        find: '30',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'L-table-09',
    voice: 'table',
    style: 'daily',
    text: "AI tokens\n\n| Token | Price | 24h | 7d | 30d |\n|---|---|---|---|---|\n| FET | $0.6126 | -3.8% | -1.05% | -15.9% |\n| RENDER | $3.214 | +1.6% | -5.2% | -5.5% |\n| TAO | $418.30 | +0.3% | -5.6% | -12.8% |\n| GRT | $0.0822 | +3.2% | -9.7% | -13.9% |\n| VIRTUAL | $1.823 | -4.6% | -7.6% | -16.1% |\n| WLD | $0.9147 | -1.4% | -8.4% | -14.7% |\n| NEAR | $2.918 | -2.6% | -7.7% | -12.0% |\n\nThe sector lost 1.9% on the day and 4.7% on the week. TAO was the best performer over 30 days at -2.8%; Fetch.ai was the week's worst at -15.9%.",
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$0.6126',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-1.05%',
        label: 'contradicted',
        note: '10x slip; fact fet.change_7d -10.54',
      },
      {
        find: '-15.9%@1',
        label: 'supported',
      },
      {
        find: '$3.214',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '-5.5%',
        label: 'supported',
      },
      {
        find: '$418.30',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-12.8%',
        label: 'contradicted',
        note: 'fact tao.change_30d -2.82',
      },
      {
        find: '$0.0822',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'contradicted',
        note: 'direction; fact grt.change_24h -3.20',
      },
      {
        find: '-9.7%',
        label: 'supported',
      },
      {
        find: '-13.9%',
        label: 'supported',
      },
      {
        find: '$1.823',
        label: 'contradicted',
        note: 'fact virtual.price 1.5234',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-16.1%',
        label: 'supported',
      },
      {
        find: '$0.9147',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'contradicted',
        note: 'fact wld.change_24h -4.10',
      },
      {
        find: '-8.4%',
        label: 'supported',
      },
      {
        find: '-14.7%',
        label: 'supported',
      },
      {
        find: '$2.918',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '-12.0%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '4.7%@2',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d -7.40',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-15.9%@2',
        label: 'contradicted',
        note: 'wrong window: -15.9 is fet.change_30d; fact fet.change_7d -10.54',
      },
    ],
  },
  {
    id: 'L-table-10',
    voice: 'table',
    style: 'daily',
    text: 'Memes\n\n| Token | Price | Day | Week |\n|---|---|---|---|\n| DOGE | $0.1872 | -2.9% | -9.9% |\n| SHIB | $0.00001067 | -2.6% | -31.0% |\n| PEPE | $0.00000663 | -3.8% | -24.9% |\n| WIF | $0.5438 | -4.4% | -15.5% |\n\nSector: -2.92% on the day, 0 of 4 up. Dogecoin funding +0.0024%, OI $1.3B. Traders eye $0.25 for DOGE.',
    numbers: [
      {
        find: '$0.1872',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
      {
        find: '-9.9%',
        label: 'contradicted',
        note: 'wrong window: that is doge.change_30d; fact doge.change_7d -6.54',
      },
      {
        find: '$0.00001067',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '-31.0%',
        label: 'contradicted',
        note: 'fact shib.change_7d -12.97',
      },
      {
        find: '$0.00000663',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-24.9%',
        label: 'contradicted',
        note: 'fact pepe.change_7d -14.89',
      },
      {
        find: '$0.5438',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'contradicted',
        note: 'fact wif.change_24h -3.40',
      },
      {
        find: '-15.5%',
        label: 'supported',
      },
      {
        find: '-2.92%',
        label: 'supported',
      },
      {
        find: '0@16',
        label: 'supported',
      },
      {
        find: '4@5',
        label: 'supported',
      },
      {
        find: '+0.0024%',
        label: 'supported',
      },
      {
        find: '$1.3B',
        label: 'supported',
      },
      {
        find: '$0.25',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'L-table-11',
    voice: 'table',
    style: 'weekly',
    text: 'Layer 2 week\n\n| Token | Price | Week | Month |\n|---|---|---|---|\n| ARB | $0.3011 | -7.6% | -1.0% |\n| OP | $0.4522 | -9.0% | -10.8% |\n| POL | $0.1814 | -4.7% | -2.3% |\n| IMX | $0.5318 | -7.1% | -16.3% |\n\nThe sector fell 6.2% on the week; ARB was the worst and POL the best. OP rose 1.7% this week, the only rollup in the green.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '$0.3011',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-1.0%',
        label: 'contradicted',
        note: '10x slip; fact arb.change_30d -10.02',
      },
      {
        find: '$0.4522',
        label: 'supported',
      },
      {
        find: '-9.0%',
        label: 'contradicted',
        note: 'fact op.change_7d -5.95',
      },
      {
        find: '-10.8%',
        label: 'supported',
      },
      {
        find: '$0.1814',
        label: 'supported',
      },
      {
        find: '-4.7%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'contradicted',
        note: 'fact pol.change_30d -12.27',
      },
      {
        find: '$0.5318',
        label: 'supported',
      },
      {
        find: '-7.1%',
        label: 'supported',
      },
      {
        find: '-16.3%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'contradicted',
        note: 'weekly style: 1.7 is op.change_24h; fact op.change_7d -5.95',
      },
    ],
  },
];
