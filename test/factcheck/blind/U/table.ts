import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'U-table-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors snapshot — a red board, only 1 of 30 tracked tokens higher.\n\n| Asset | Price | Day % | Week % | Mkt cap |\n|---|---|---|---|---|\n| BTC | $104,300 | -7.5% | -11.0% | $2.08T |\n| ETH | $3,650 | -9.5% | -13.4% | $404.6B |\n| SOL | $185.26 | -11.2% | -14.2% | $68.1B |\n| XRP | $2.418 | -19.1% | -11.8% | $144.4B |\n| BNB | $781.30 | -7.2% | -18.2% | $10.9B |\n| DOGE | $0.1702 | -15.1% | -12.8% | $25.6B |\n\nBitcoin held $110,000 through the session despite the drop.',
    numbers: [
      {
        find: '1@1',
        label: 'supported',
        note: '1 advancer',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '$104,300',
        label: 'supported',
      },
      {
        find: '-7.5%',
        label: 'supported',
      },
      {
        find: '-11.0%',
        label: 'supported',
      },
      {
        find: '$2.08T',
        label: 'supported',
      },
      {
        find: '$3,650',
        label: 'supported',
      },
      {
        find: '-9.5%',
        label: 'supported',
      },
      {
        find: '-13.4%',
        label: 'supported',
      },
      {
        find: '$404.6B',
        label: 'contradicted',
        note: 'fact eth.market_cap 440.6B',
      },
      {
        find: '$185.26',
        label: 'contradicted',
        note: 'fact sol.price 158.26',
      },
      {
        find: '-11.2%',
        label: 'supported',
      },
      {
        find: '-14.2%',
        label: 'supported',
      },
      {
        find: '$68.1B',
        label: 'contradicted',
        note: 'fact sol.market_cap 86.1B',
      },
      {
        find: '$2.418',
        label: 'supported',
      },
      {
        find: '-19.1%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -9.1',
      },
      {
        find: '-11.8%',
        label: 'supported',
      },
      {
        find: '$144.4B',
        label: 'supported',
      },
      {
        find: '$781.30',
        label: 'supported',
      },
      {
        find: '-7.2%',
        label: 'supported',
      },
      {
        find: '-18.2%',
        label: 'contradicted',
        note: 'fact bnb.change_7d -8.16',
      },
      {
        find: '$10.9B',
        label: 'contradicted',
        note: 'fact bnb.market_cap 108.7B, 10x',
      },
      {
        find: '$0.1702',
        label: 'supported',
      },
      {
        find: '-15.1%',
        label: 'supported',
      },
      {
        find: '-12.8%',
        label: 'contradicted',
        note: 'fact doge.change_7d -20.8',
      },
      {
        find: '$25.6B',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'contradicted',
        note: 'price 104,300 is below 110k; Bitcoin Magazine headline not cited and contradicted by btc.price',
      },
    ],
  },
  {
    id: 'U-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Perps dashboard (funding per 8h):\n\n| Contract | Funding | Annualized | OI | OI chg |\n|---|---|---|---|---|\n| BTC | -0.021% | -23.0% | $7.20B | -18% |\n| ETH | -0.030% | -32.9% | $6.40B | -22% |\n| SOL | -0.045% | -94.3% | $1.05B | -25% |\n| XRP | +0.012% | +13.1% | $79M | -15% |\n| DOGE | -0.060% | -65.7% | $640M | -13% |\n| Market | -0.027% | n/a | $14.28B | -20.3% |\n\nShorts are paying longs on four of the five contracts; DOGE carries the most negative rate.',
    numbers: [
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.021%',
        label: 'supported',
      },
      {
        find: '-23.0%',
        label: 'supported',
      },
      {
        find: '$7.20B',
        label: 'supported',
      },
      {
        find: '-18%',
        label: 'supported',
      },
      {
        find: '-0.030%',
        label: 'supported',
      },
      {
        find: '-32.9%',
        label: 'supported',
      },
      {
        find: '$6.40B',
        label: 'contradicted',
        note: 'fact eth.open_interest 4.6B',
      },
      {
        find: '-22%',
        label: 'supported',
      },
      {
        find: '-0.045%',
        label: 'supported',
      },
      {
        find: '-94.3%',
        label: 'contradicted',
        note: 'fact sol.funding_apr -49.3',
      },
      {
        find: '$1.05B',
        label: 'supported',
      },
      {
        find: '-25%',
        label: 'supported',
      },
      {
        find: '+0.012%',
        label: 'contradicted',
        note: 'fact xrp.funding_rate -0.012, sign',
      },
      {
        find: '+13.1%',
        label: 'contradicted',
        note: 'fact xrp.funding_apr -13.1, sign',
      },
      {
        find: '$79M',
        label: 'contradicted',
        note: 'fact xrp.open_interest 790M, 10x',
      },
      {
        find: '-15%',
        label: 'supported',
      },
      {
        find: '-0.060%',
        label: 'supported',
      },
      {
        find: '-65.7%',
        label: 'supported',
      },
      {
        find: '$640M',
        label: 'supported',
      },
      {
        find: '-13%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -30',
      },
      {
        find: '-0.027%',
        label: 'supported',
      },
      {
        find: '$14.28B',
        label: 'supported',
      },
      {
        find: '-20.3%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'contradicted',
        note: 'all five perps have negative funding (shorts pay longs on all five)',
      },
      {
        find: 'five',
        label: 'supported',
        note: 'five perps listed',
      },
    ],
  },
  {
    id: 'U-table-03',
    voice: 'table',
    style: 'sector',
    text: 'Sector board for the day:\n\n| Sector | Day % | Week % | Best | Worst | Up | Down | Cap |\n|---|---|---|---|---|---|---|---|\n| Layer-one | -8.05% | -11.49% | BNB -7.20% | SUI -12.60% | none | all 10 | $2.91T |\n| AI | -8.66% | -5.23% | TAO +1.20% | VIRTUAL -15.40% | 2 | 5 of 7 | $11.35B |\n| DePIN | -10.18% | -24.72% | FIL -10.30% | IOTX -11.20% | none | all 4 | $3.23B |\n| Layer-two | -12.14% | -18.99% | POL -11.10% | ARB -13.20% | none | all 4 | $8.06B |\n| Gaming | -13.05% | -18.76% | IMX -12.40% | GALA -13.90% | none | all 4 | $24.0B |\n| Memes | -12.16% | -21.05% | SHIB -14.19% | WIF -18.10% | none | all 4 | $35.26B |\n\nMemes were the weakest group; layer-one tokens held up best. Sector caps cover watchlist members only.',
    numbers: [
      {
        find: '-8.05%',
        label: 'supported',
      },
      {
        find: '-11.49%',
        label: 'supported',
      },
      {
        find: '-7.20%',
        label: 'supported',
      },
      {
        find: '-12.60%',
        label: 'supported',
      },
      {
        find: 'all 10',
        label: 'supported',
      },
      {
        find: '$2.91T',
        label: 'supported',
      },
      {
        find: '-8.66%',
        label: 'supported',
      },
      {
        find: '-5.23%',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d -15.23',
      },
      {
        find: '+1.20%',
        label: 'supported',
      },
      {
        find: '-15.40%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 1',
      },
      {
        find: '5 of',
        label: 'contradicted',
        note: 'fact sector.ai.decliners_24h 6',
      },
      {
        find: '7@2',
        label: 'supported',
        note: '7 members',
      },
      {
        find: '$11.35B',
        label: 'supported',
      },
      {
        find: '-10.18%',
        label: 'supported',
      },
      {
        find: '-24.72%',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d -14.72',
      },
      {
        find: '-10.30%',
        label: 'contradicted',
        note: 'best DePIN is HNT -9.4; fil -10.3 not best',
      },
      {
        find: '-11.20%',
        label: 'supported',
      },
      {
        find: 'all 4@1',
        label: 'supported',
      },
      {
        find: '$3.23B',
        label: 'supported',
      },
      {
        find: '-12.14%',
        label: 'supported',
      },
      {
        find: '-18.99%',
        label: 'supported',
      },
      {
        find: '-11.10%',
        label: 'supported',
      },
      {
        find: '-13.20%',
        label: 'contradicted',
        note: 'worst L2 is OP -13.2, not ARB (-12.5)',
      },
      {
        find: 'all 4@2',
        label: 'supported',
      },
      {
        find: '$8.06B',
        label: 'contradicted',
        note: 'fact sector.l2.market_cap 6.08B',
      },
      {
        find: '-13.05%',
        label: 'supported',
      },
      {
        find: '-18.76%',
        label: 'supported',
      },
      {
        find: '-12.40%',
        label: 'supported',
      },
      {
        find: '-13.90%',
        label: 'supported',
      },
      {
        find: 'all 4@3',
        label: 'supported',
      },
      {
        find: '$24.0B',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap 2.40B, 10x',
      },
      {
        find: '-12.16%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h -15.16',
      },
      {
        find: '-21.05%',
        label: 'supported',
      },
      {
        find: '-14.19%',
        label: 'supported',
      },
      {
        find: '-18.10%',
        label: 'supported',
      },
      {
        find: 'all 4@4',
        label: 'supported',
      },
      {
        find: '$35.26B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'U-table-04',
    voice: 'table',
    style: 'daily',
    text: 'Key levels\n\n| Asset | Price | Support | Resistance | Day high | Day low |\n|---|---|---|---|---|---|\n| BTC | $104,300 | $100,000 | $105,000 | $131,525 | $103,096 |\n| ETH | $3,650.40 | $3,600 | $3,400 | $4,062.91 | $3,067.97 |\n| SOL | $158.26 | $150 | $106 | — | — |\n| AVAX | $19.84 | $19.00 | $20.00 | — | — |\n| ADA | $0.6217 | $0.620 | $0.640 | — | — |\n| DOT | $2.346 | $3.20 | $3.40 | — | — |\n| NEAR | $2.086 | $2.60 | $2.10 | — | — |\n| SUI | $2.7614 | $2.70 | $2.80 | — | — |\n\nBTC trades just under resistance; a break above could open a run to $120,000.',
    numbers: [
      {
        find: '$104,300',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$131,525',
        label: 'contradicted',
        note: 'fact btc.high_24h 113,524.56',
      },
      {
        find: '$103,096',
        label: 'supported',
      },
      {
        find: '$3,650.40',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '$3,400',
        label: 'contradicted',
        note: 'fact eth.resistance 3800',
      },
      {
        find: '$4,062.91',
        label: 'supported',
      },
      {
        find: '$3,067.97',
        label: 'contradicted',
        note: 'fact eth.low_24h 3607.97',
      },
      {
        find: '$158.26',
        label: 'supported',
      },
      {
        find: '$150',
        label: 'supported',
      },
      {
        find: '$106',
        label: 'contradicted',
        note: 'fact sol.resistance 160',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '$19.00',
        label: 'supported',
      },
      {
        find: '$20.00',
        label: 'supported',
      },
      {
        find: '$0.6217',
        label: 'supported',
      },
      {
        find: '$0.620',
        label: 'supported',
      },
      {
        find: '$0.640',
        label: 'supported',
      },
      {
        find: '$2.346',
        label: 'contradicted',
        note: 'fact dot.price 3.246',
      },
      {
        find: '$3.20',
        label: 'supported',
      },
      {
        find: '$3.40',
        label: 'supported',
      },
      {
        find: '$2.086',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'contradicted',
        note: 'fact near.support 2.00',
      },
      {
        find: '$2.10',
        label: 'supported',
      },
      {
        find: '$2.7614',
        label: 'supported',
      },
      {
        find: '$2.70',
        label: 'supported',
      },
      {
        find: '$2.80',
        label: 'supported',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'U-table-05',
    voice: 'table',
    style: 'weekly',
    text: 'Weekly performance (week and 30-day change):\n\n| Token | Week | 30-day | Ann. vol (week) |\n|---|---|---|---|\n| BTC | -11.0% | -14.2% | 16.8% |\n| ETH | -13.4% | -15.0% | 27.1% |\n| IMX | -17.0% | -26.2% | 95.7% |\n| WLD | -13.1% | -28.8% | 83.7% |\n| GALA | -21.2% | -21.1% | 102.6% |\n| WIF | -22.2% | -36.0% | n/a |\n| VIRTUAL | -24.8% | -53.4% | 92.7% |\n| TAO | +4.9% | -6.4% | n/a |\n\nTotal open interest is down 27.6% on the week, BTC OI down 24.6%.',
    numbers: [
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '-11.0%',
        label: 'supported',
      },
      {
        find: '-14.2%',
        label: 'supported',
      },
      {
        find: '16.8%',
        label: 'supported',
      },
      {
        find: '-13.4%',
        label: 'supported',
      },
      {
        find: '-15.0%',
        label: 'supported',
      },
      {
        find: '27.1%',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 17.1 (28.0 is 30d)',
      },
      {
        find: '-17.0%',
        label: 'supported',
      },
      {
        find: '-26.2%',
        label: 'supported',
      },
      {
        find: '95.7%',
        label: 'contradicted',
        note: 'fact imx.volatility_7d 59.7',
      },
      {
        find: '-13.1%',
        label: 'contradicted',
        note: 'fact wld.change_7d -23.8; -13.1 is 24h',
      },
      {
        find: '-28.8%',
        label: 'supported',
      },
      {
        find: '83.7%',
        label: 'supported',
      },
      {
        find: '-21.2%',
        label: 'supported',
      },
      {
        find: '-21.1%',
        label: 'contradicted',
        note: 'fact gala.change_30d -31.1',
      },
      {
        find: '102.6%',
        label: 'supported',
      },
      {
        find: '-22.2%',
        label: 'supported',
      },
      {
        find: '-36.0%',
        label: 'supported',
      },
      {
        find: '-24.8%',
        label: 'supported',
      },
      {
        find: '-53.4%',
        label: 'contradicted',
        note: 'fact virtual.change_30d -35.4',
      },
      {
        find: '92.7%',
        label: 'supported',
      },
      {
        find: '+4.9%',
        label: 'contradicted',
        note: 'fact tao.change_7d -4.85, sign',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '27.6%',
        label: 'supported',
      },
      {
        find: '24.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'U-table-06',
    voice: 'table',
    style: 'daily',
    text: 'Market overview\n\n| Metric | Value | Change |\n|---|---|---|\n| Total market cap | $3.47T | -5.8% |\n| BTC dominance | 59.9% | up |\n| Total volume | $430B | — |\n| Advancers / decliners | 1 / 29 | — |\n| Total OI | $14.3B | -20.3% |\n| Avg funding | -0.027% | — |\n| Liquidations | $1.9B | per CoinDesk |\n| Spot BTC ETF flows | -$470M | per CoinDesk |\n\nMemes and gaming detail:\n\n| Token | Price | Day % | Vol vs avg |\n|---|---|---|---|\n| PEPE | $0.00000742 | -16.8% | 3.6x |\n| SHIB | $0.00000998 | -4.2% | 3.2x |\n| WIF | $0.6418 | -18.1% | 9.3x |\n| AXS | $1.9984 | -12.8% | 5.3x |\n| SAND | $0.2231 | -31.4% | 3.5x |\n| GALA | $0.01291 | -13.9% | 2.2x |\n\nOutlook: analysts eye a retest of $95,000 for BTC; the CPI print at 3.1% looms, and BTC funding could flip to +0.01%.',
    numbers: [
      {
        find: '$3.47T',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -8.5',
      },
      {
        find: '59.9%',
        label: 'supported',
      },
      {
        find: '$430B',
        label: 'supported',
      },
      {
        find: '1 /',
        label: 'supported',
      },
      {
        find: '29@1',
        label: 'supported',
      },
      {
        find: '$14.3B',
        label: 'supported',
      },
      {
        find: '-20.3%',
        label: 'supported',
      },
      {
        find: '-0.027%',
        label: 'supported',
      },
      {
        find: '$1.9B',
        label: 'supported-by-source',
        note: 'CoinDesk liquidations headline',
      },
      {
        find: '-$470M',
        label: 'contradicted',
        note: 'CoinDesk says 740M outflows; digits swapped, contradicts cited source',
      },
      {
        find: '$0.00000742',
        label: 'supported',
      },
      {
        find: '-16.8%',
        label: 'supported',
      },
      {
        find: '3.6x',
        label: 'supported',
      },
      {
        find: '$0.00000998',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'fact shib.change_24h -14.19',
      },
      {
        find: '3.2x',
        label: 'supported',
      },
      {
        find: '$0.6418',
        label: 'supported',
      },
      {
        find: '-18.1%',
        label: 'supported',
      },
      {
        find: '9.3x',
        label: 'contradicted',
        note: 'fact wif.volume_ratio_7d 3.93',
      },
      {
        find: '$1.9984',
        label: 'supported',
      },
      {
        find: '-12.8%',
        label: 'supported',
      },
      {
        find: '5.3x',
        label: 'contradicted',
        note: 'fact axs.volume_ratio_7d 3.32',
      },
      {
        find: '$0.2231',
        label: 'supported',
      },
      {
        find: '-31.4%',
        label: 'contradicted',
        note: 'fact sand.change_24h -13.4',
      },
      {
        find: '3.5x',
        label: 'supported',
      },
      {
        find: '$0.01291',
        label: 'supported',
      },
      {
        find: '-13.9%',
        label: 'supported',
      },
      {
        find: '2.2x',
        label: 'contradicted',
        note: 'fact gala.volume_ratio_7d 3.18',
      },
      {
        find: '$95,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '3.1%',
        label: 'unsupported',
        note: 'macro, not in inputs',
      },
      {
        find: '+0.01%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
