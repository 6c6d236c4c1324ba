import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'S-table-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors snapshot, last 24h:\n\n| Asset | Price | 24h % | 7d % | Market cap |\n|---|---|---|---|---|\n| BTC | $115,820 | +0.3% | +1.5% | $2.13T |\n| ETH | $4,480 | +1.1% | -0.7% | $451B |\n| SOL | $224.16 | +1.6% | +11.4% | $122.4B |\n| XRP | $2.95 | +0.2% | +2.1% | $176.8B |\n| BNB | $1,004.60 | +0.7% | +2.0% | $139.8B |\n| ADA | $0.8416 | +0.30% | -5.1% | $3.06B |\n| AVAX | $24.87 | +5.2% | +1.2% | $10.6B |\n| DOT | $4.018 | -0.9% | -1.2% | $6.5B |\n\nBitcoin is the quiet one; the total market added 1% and 21 of 30 tokens rose.\n',
    numbers: [
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '24h %',
        label: 'ignored',
      },
      {
        find: '7d %',
        label: 'ignored',
      },
      {
        find: '$115,820',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '$2.13T',
        label: 'contradicted',
        note: 'btc.market_cap 2.31T',
      },
      {
        find: '$4,480',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '-0.7%',
        label: 'contradicted',
        note: 'eth.change_7d +0.71, sign',
      },
      {
        find: '$451B',
        label: 'contradicted',
        note: 'eth.market_cap 540.6B',
      },
      {
        find: '$224.16',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'contradicted',
        note: 'sol.change_7d 1.14, 10x slip',
      },
      {
        find: '$122.4B',
        label: 'supported',
      },
      {
        find: '$2.95',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'contradicted',
        note: 'xrp.change_24h -0.20, sign',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '$176.8B',
        label: 'supported',
      },
      {
        find: '$1,004.60',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: '+2.0%',
        label: 'supported',
      },
      {
        find: '$139.8B',
        label: 'supported',
      },
      {
        find: '$0.8416',
        label: 'supported',
      },
      {
        find: '+0.30%',
        label: 'supported',
      },
      {
        find: '-5.1%',
        label: 'supported',
      },
      {
        find: '$3.06B',
        label: 'contradicted',
        note: 'ada.market_cap 30.6B, 10x slip',
      },
      {
        find: '$24.87',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'contradicted',
        note: 'avax.change_24h 1.20; 5.22 is 7d',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'avax.change_7d 5.22; swapped windows',
      },
      {
        find: '$10.6B',
        label: 'supported',
      },
      {
        find: '$4.018',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '$6.5B',
        label: 'supported',
      },
      {
        find: '1%@4',
        label: 'supported',
      },
      {
        find: '21 of 30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'S-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Memecoins led the tape:\n\n| Token | Price | 24h | 7d | Vol vs 7d avg |\n|---|---|---|---|---|\n| PEPE | $0.0000148 | +34.1% | +41.8% | 5.2x |\n| WIF | $1.04 | +27.0% | +29.7% | 2.9x |\n| DOGE | $0.2816 | +13.0% | +91.9% | 5.0x |\n| SHIB | $0.0000162 | +19.5% | +11.4% | 1.7x |\n\nSector: +14.5% on the day, 4 of 4 up; best member PEPE, worst SHIB. Sector cap $59.2B (CoinGecko category $84.6B).\n',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '7d avg',
        label: 'ignored',
      },
      {
        find: '$0.0000148',
        label: 'supported',
      },
      {
        find: '+34.1%',
        label: 'supported',
      },
      {
        find: '+41.8%',
        label: 'supported',
      },
      {
        find: '5.2x',
        label: 'supported',
      },
      {
        find: '$1.04',
        label: 'supported',
      },
      {
        find: '+27.0%',
        label: 'supported',
      },
      {
        find: '+29.7%',
        label: 'supported',
      },
      {
        find: '2.9x',
        label: 'contradicted',
        note: 'wif.volume_ratio_7d 4.92',
      },
      {
        find: '$0.2816',
        label: 'supported',
      },
      {
        find: '+13.0%',
        label: 'supported',
      },
      {
        find: '+91.9%',
        label: 'contradicted',
        note: 'doge.change_7d 19.88',
      },
      {
        find: '5.0x',
        label: 'supported',
      },
      {
        find: '$0.0000162',
        label: 'supported',
      },
      {
        find: '+19.5%',
        label: 'contradicted',
        note: 'shib.change_24h 9.53',
      },
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '1.7x',
        label: 'contradicted',
        note: 'shib.volume_ratio_7d 4.70',
      },
      {
        find: '+14.5%',
        label: 'supported',
      },
      {
        find: '4 of 4',
        label: 'supported',
      },
      {
        find: '$59.2B',
        label: 'supported',
      },
      {
        find: '$84.6B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'S-table-03',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives board:\n\n| Perp | Funding (8h) | Annualized | OI | OI 24h |\n|---|---|---|---|---|\n| BTC | 0.009% | 9.9% | $91B | +1.0% |\n| ETH | 0.011% | 21.0% | $6.1B | +2.0% |\n| SOL | 0.060% | 6.6% | $1.6B | +0.5% |\n| XRP | -0.002% | -2.2% | $1.0B | +1.0% |\n| DOGE | 0.052% | 5.7% | $1.45B | +61.5% |\n\nTotal OI $19.25B, up 3.3% in a day and 5.7% on the week. On XRP, shorts paid longs.\n',
    numbers: [
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '0.009%',
        label: 'supported',
      },
      {
        find: '9.9%',
        label: 'supported',
      },
      {
        find: '$91B',
        label: 'contradicted',
        note: 'btc.open_interest 9.1B, 10x slip',
      },
      {
        find: '+1.0%@1',
        label: 'supported',
      },
      {
        find: '0.011%',
        label: 'supported',
      },
      {
        find: '21.0%',
        label: 'contradicted',
        note: 'eth.funding_apr 12.0',
      },
      {
        find: '$6.1B',
        label: 'supported',
      },
      {
        find: '+2.0%',
        label: 'supported',
      },
      {
        find: '0.060%',
        label: 'contradicted',
        note: 'sol.funding_rate 0.006, 10x slip',
      },
      {
        find: '6.6%',
        label: 'supported',
      },
      {
        find: '$1.6B',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '-0.002%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '$1.0B',
        label: 'supported',
      },
      {
        find: '+1.0%@2',
        label: 'contradicted',
        note: 'xrp.oi_change_24h -1.0, sign',
      },
      {
        find: '0.052%',
        label: 'supported',
      },
      {
        find: '5.7%@1',
        label: 'contradicted',
        note: 'doge.funding_apr 56.9, 10x slip',
      },
      {
        find: '$1.45B',
        label: 'supported',
      },
      {
        find: '+61.5%',
        label: 'contradicted',
        note: 'doge.oi_change_24h 38; 61.5 is 7d',
      },
      {
        find: '$19.25B',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '5.7%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'S-table-04',
    voice: 'table',
    style: 'sector',
    text: 'Sector scoreboard (24h):\n\n| Sector | Change | Up/Down | Best | Worst |\n|---|---|---|---|---|\n| Memes | +14.5% | 4/0 | PEPE +34.1% | SHIB +9.5% |\n| AI | +1.6% | 6/1 | VIRTUAL +4.2% | RENDER -0.8% |\n| Layer 1 | +2.5% | 6/4 | SUI +9.5% | DOT -0.9% |\n| Layer 2 | +0.4% | 3/1 | ARB +0.9% | IMX -0.4% |\n| DePIN | +0.7% | 1/3 | HNT +0.8% | FIL -1.2% |\n| Gaming | -1.8% | 0/4 | IMX -0.4% | AXS -3.9% |\n\nGaming ranked last of six sectors; AI was the second-best.\n',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+14.5%',
        label: 'supported',
      },
      {
        find: '4/0',
        label: 'supported',
      },
      {
        find: 'PEPE +34.1%',
        label: 'supported',
      },
      {
        find: 'SHIB +9.5%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '6/1',
        label: 'supported',
      },
      {
        find: 'VIRTUAL +4.2%',
        label: 'supported',
      },
      {
        find: 'RENDER -0.8%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+2.5%',
        label: 'contradicted',
        note: 'l1 24h 0.47',
      },
      {
        find: '6/4',
        label: 'contradicted',
        note: 'l1 8 up 2 down',
      },
      {
        find: 'SUI +9.5%',
        label: 'contradicted',
        note: 'best l1 24h is NEAR +2.1; sui 24h 1.6',
      },
      {
        find: 'DOT -0.9%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '3/1',
        label: 'supported',
      },
      {
        find: 'ARB +0.9%',
        label: 'supported',
      },
      {
        find: 'IMX -0.4%@1',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'contradicted',
        note: 'depin -0.66, sign',
      },
      {
        find: '1/3',
        label: 'supported',
      },
      {
        find: 'HNT +0.8%',
        label: 'supported',
      },
      {
        find: 'FIL -1.2%',
        label: 'contradicted',
        note: 'worst depin is IOTX -1.20; fil -0.90',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '0/4',
        label: 'supported',
      },
      {
        find: 'IMX -0.4%@2',
        label: 'supported',
      },
      {
        find: 'AXS -3.9%',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: 'second-best',
        label: 'supported',
      },
    ],
  },
  {
    id: 'S-table-05',
    voice: 'table',
    style: 'daily',
    text: 'Levels desk:\n\n| Asset | Spot | Support | Resistance | 24h high | 24h low |\n|---|---|---|---|---|---|\n| BTC | $115,820 | $115,000 | $120,000 | $115,932 | $114,389 |\n| ETH | $4,480 | $4,600 | $4,400 | $4,527 | $4,425 |\n| SOL | $224.16 | $220 | $250 | $224.38 | $217.12 |\n| XRP | $2.95 | $2.90 | $3.00 | $2.98 | $2.29 |\n| DOGE | $0.2816 | $0.28 | $0.29 | $0.38 | $0.21 |\n\nBTC needs about 3.6% to reach resistance; a break could open $126,000.\n',
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
        find: '$115,820',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$120,000',
        label: 'supported',
      },
      {
        find: '$115,932',
        label: 'supported',
      },
      {
        find: '$114,389',
        label: 'supported',
      },
      {
        find: '$4,480',
        label: 'supported',
      },
      {
        find: '$4,600',
        label: 'contradicted',
        note: 'eth support 4400; swapped',
      },
      {
        find: '$4,400',
        label: 'contradicted',
        note: 'eth resistance 4600; swapped',
      },
      {
        find: '$4,527',
        label: 'supported',
      },
      {
        find: '$4,425',
        label: 'supported',
      },
      {
        find: '$224.16',
        label: 'supported',
      },
      {
        find: '$220',
        label: 'supported',
      },
      {
        find: '$250',
        label: 'contradicted',
        note: 'sol.resistance 230',
      },
      {
        find: '$224.38',
        label: 'supported',
      },
      {
        find: '$217.12',
        label: 'supported',
      },
      {
        find: '$2.95',
        label: 'supported',
      },
      {
        find: '$2.90',
        label: 'supported',
      },
      {
        find: '$3.00',
        label: 'supported',
      },
      {
        find: '$2.98',
        label: 'supported',
      },
      {
        find: '$2.29',
        label: 'contradicted',
        note: 'xrp.low_24h 2.92',
      },
      {
        find: '$0.2816',
        label: 'supported',
      },
      {
        find: '$0.28@2',
        label: 'supported',
      },
      {
        find: '$0.29',
        label: 'supported',
      },
      {
        find: '$0.38',
        label: 'contradicted',
        note: 'doge.high_24h 0.2819',
      },
      {
        find: '$0.21',
        label: 'contradicted',
        note: 'doge.low_24h 0.2476',
      },
      {
        find: '3.6%',
        label: 'unsupported',
        note: 'distance to resistance, derived',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'S-table-06',
    voice: 'table',
    style: 'weekly',
    text: 'Week in numbers:\n\n| Asset | 7d | 30d | Vol (7d, ann.) |\n|---|---|---|---|\n| BTC | +1.5% | -1.0% | 32.9% |\n| ETH | +0.7% | +1.5% | 35.1% |\n| SOL | +1.1% | +1.4% | 45.9% |\n| SUI | +9.5% | +8.0% | 53.2% |\n| ADA | +5.1% | -8.6% | 60.4% |\n| PEPE | +41.8% | +93.4% | 19.2% |\n| AXS | -7.3% | -31.5% | 17.1% |\n\nOpen interest rose 5.7% across the market; Bitcoin Magazine says BTC is up 8% this week.\n',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '+1.5%@1',
        label: 'supported',
      },
      {
        find: '-1.0%',
        label: 'supported',
      },
      {
        find: '32.9%',
        label: 'contradicted',
        note: 'btc.volatility_7d 22.9',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: '+1.5%@2',
        label: 'supported',
      },
      {
        find: '35.1%',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'contradicted',
        note: 'sol.change_30d -1.40, sign',
      },
      {
        find: '45.9%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+8.0%',
        label: 'contradicted',
        note: 'sui.change_30d -0.82',
      },
      {
        find: '53.2%',
        label: 'supported',
      },
      {
        find: '+5.1%',
        label: 'contradicted',
        note: 'ada.change_7d -5.15, sign',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '60.4%',
        label: 'supported',
      },
      {
        find: '+41.8%',
        label: 'supported',
      },
      {
        find: '+93.4%',
        label: 'contradicted',
        note: 'pepe.change_30d 39.4',
      },
      {
        find: '19.2%',
        label: 'contradicted',
        note: 'pepe.volatility_7d 109.2',
      },
      {
        find: '-7.3%',
        label: 'supported',
      },
      {
        find: '-31.5%',
        label: 'contradicted',
        note: 'axs.change_30d -13.1',
      },
      {
        find: '17.1%',
        label: 'supported',
      },
      {
        find: '5.7%',
        label: 'supported',
      },
      {
        find: '8%@2',
        label: 'contradicted',
        note: 'fact btc.change_7d 1.5 contradicts the headline',
      },
    ],
  },
  {
    id: 'S-table-07',
    voice: 'table',
    style: 'daily',
    text: 'AI and DePIN detail:\n\n| Token | Price | 24h | Cap |\n|---|---|---|---|\n| FET | $0.7514 | +2.4% | $1.96B |\n| TAO | $458.30 | +2.2% | $43.1B |\n| RENDER | $3.62 | +0.8% | $1.87B |\n| VIRTUAL | $1.92 | +4.2% | $1.26B |\n| WLD | $1.15 | -5.0% | $2.54B |\n| GRT | $0.0995 | +6.0% | $1.04B |\n| HNT | $2.98 | +0.8% | $5.35B |\n| IOTX | $0.0221 | -1.2% | $2.09B |\n\nCointelegraph put the AI group up 1.6%.\n',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$0.7514',
        label: 'supported',
      },
      {
        find: '+2.4%',
        label: 'supported',
      },
      {
        find: '$1.96B',
        label: 'supported',
      },
      {
        find: '$458.30',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '$43.1B',
        label: 'contradicted',
        note: 'tao.market_cap 4.31B, 10x slip',
      },
      {
        find: '$3.62',
        label: 'supported',
      },
      {
        find: '+0.8%@1',
        label: 'contradicted',
        note: 'render -0.80, sign',
      },
      {
        find: '$1.87B',
        label: 'supported',
      },
      {
        find: '$1.92',
        label: 'supported',
      },
      {
        find: '+4.2%',
        label: 'supported',
      },
      {
        find: '$1.26B',
        label: 'supported',
      },
      {
        find: '$1.15',
        label: 'supported',
      },
      {
        find: '-5.0%',
        label: 'contradicted',
        note: 'wld.change_24h +0.20; -5.04 is 7d',
      },
      {
        find: '$2.54B',
        label: 'supported',
      },
      {
        find: '$0.0995',
        label: 'supported',
      },
      {
        find: '+6.0%',
        label: 'contradicted',
        note: 'grt.change_24h 0.60, 10x slip',
      },
      {
        find: '$1.04B',
        label: 'supported',
      },
      {
        find: '$2.98',
        label: 'supported',
      },
      {
        find: '+0.8%@2',
        label: 'supported',
      },
      {
        find: '$5.35B',
        label: 'contradicted',
        note: 'hnt.market_cap 535M, 10x slip',
      },
      {
        find: '$0.0221',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '$2.09B',
        label: 'contradicted',
        note: 'iotx.market_cap 209M, 10x slip',
      },
      {
        find: '1.6%',
        label: 'supported',
        note: 'fact ai 1.60, also Cointelegraph',
      },
    ],
  },
  {
    id: 'S-table-08',
    voice: 'table',
    style: 'daily',
    text: 'Breadth and flows:\n\n| Metric | Value |\n|---|---|\n| Advancers | 24 |\n| Decliners | 6 |\n| Total cap | $3.88T |\n| Cap change | +2.4% |\n| BTC dominance | 57.5% |\n| Volume | $158B |\n| Avg funding ( | 8h | ) | 0.12% |\n| Spot BTC ETF flow | $410M |\n| Bridge exploit | $41M |\n\nMemes were the best sector at +14.5% and gaming the worst at -3.9%.\n',
    numbers: [
      {
        find: '24',
        label: 'contradicted',
        note: 'advancers 21',
      },
      {
        find: '6',
        label: 'contradicted',
        note: 'decliners 9',
      },
      {
        find: '$3.88T',
        label: 'supported',
      },
      {
        find: '+2.4%',
        label: 'contradicted',
        note: 'market.cap_change_24h 1',
      },
      {
        find: '57.5%',
        label: 'contradicted',
        note: 'btc_dominance 59.5',
      },
      {
        find: '$158B',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.12%',
        label: 'contradicted',
        note: 'market.funding_avg 0.012, 10x slip',
      },
      {
        find: '$410M',
        label: 'unsupported',
        note: 'CoinDesk headline figure, not attributed',
      },
      {
        find: '$41M',
        label: 'unsupported',
        note: 'Decrypt headline, not attributed',
      },
      {
        find: '+14.5%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'contradicted',
        note: 'gaming -1.81; -3.9 is AXS',
      },
    ],
  },
  {
    id: 'S-table-09',
    voice: 'table',
    style: 'daily',
    text: '| Coin | 24h | Note |\n|---|---|---|\n| NEAR | +2.1% | best L1 |\n| ARB | +0.9% | best L2 |\n| OP | -0.5% |  |\n| POL | +0.3% |  |\n| SAND | -8.2% |  |\n| GALA | -1.9% |  |\n| AXS | -0.4% | worst gaming |\n| FIL | -0.9% |  |\n| BNB | +7.0% |  |\n\nOnly 9 names fell.\n',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: 'best L1',
        label: 'ignored',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: 'best L2',
        label: 'ignored',
      },
      {
        find: '-0.5%',
        label: 'contradicted',
        note: 'op.change_24h +0.50, sign',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '-8.2%',
        label: 'contradicted',
        note: 'sand.change_24h -2.80',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'contradicted',
        note: 'axs -3.90; -0.4 is IMX',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '+7.0%',
        label: 'contradicted',
        note: 'bnb.change_24h 0.70, 10x slip',
      },
      {
        find: '9@4',
        label: 'supported',
      },
    ],
  },
];
