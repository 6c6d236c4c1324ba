import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-tab-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors at the 07:00 UTC cut:\n\n| Asset | Price | 24h | 7d | Market cap |\n|---|---|---|---|---|\n| BTC | $112,486 | +3.8% | +11.0% | $2.25T |\n| ETH | $3,987 | +4.6% | +4.3% | $481B |\n| SOL | $171.36 | +8.3% | +5.4% | $94.6B |\n| XRP | $2.48 | +2.2% | +3.3% | $149.9B |\n| BNB | $1,013 | +1.9% | +1.0% | $104.9B |',
    numbers: [
      {
        find: '07:00',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '+11.0%',
        label: 'supported',
      },
      {
        find: '$2.25T',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '$481B',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '+8.3%',
        label: 'contradicted',
        note: 'SOL 24h +5.4%; 8.3% is 7d',
      },
      {
        find: '+5.4%',
        label: 'contradicted',
        note: 'SOL 7d +8.3%; 5.4% is 24h',
      },
      {
        find: '$94.6B',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '+3.3%',
        label: 'supported',
      },
      {
        find: '$149.9B',
        label: 'supported',
      },
      {
        find: '$1,013',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '+1.0%',
        label: 'supported',
      },
      {
        find: '$104.9B',
        label: 'contradicted',
        note: 'BNB cap $140.9B',
      },
    ],
  },
  {
    id: 'C-tab-02',
    voice: 'table',
    style: 'daily',
    text: 'Perp positioning:\n\n| Perp | Funding (8h) | Annualized | OI | OI Δ 24h |\n|---|---|---|---|---|\n| BTC | 0.0081% | 8.9% | $9.84B | +6.2% |\n| ETH | 0.0094% | 10.3% | $5.91B | +7.8% |\n| SOL | -0.0027% | -3.0% | $1.63B | +3.4% |\n| XRP | 0.0036% | 3.9% | $1.05B | +1.9% |\n| DOGE | 0.0058% | -6.4% | $0.68B | -5.6% |\n\nFunding is negative on two of the five perps.',
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
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '$9.84B',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '10.3%',
        label: 'supported',
      },
      {
        find: '$5.91B',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '-3.0%',
        label: 'supported',
      },
      {
        find: '$1.63B',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'SOL OI 24h -3.4%; sign flipped',
      },
      {
        find: '0.0036%',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$1.05B',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '0.0058%',
        label: 'contradicted',
        note: 'DOGE funding -0.0058%; sign flipped',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '$0.68B',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-03',
    voice: 'table',
    style: 'sector',
    text: '| Sector | 24h | Up/Down | Best | Market cap |\n|---|---|---|---|---|\n| AI | +9.2% | 7/0 | VIRTUAL +14.3% | $13.6B |\n| Gaming | +6.1% | 4/0 | GALA +9.8% | $2.4B |\n| DePIN | +5.4% | 3/1 | RENDER +9.5% | $3.8B |\n| Layer 1 | +3.9% | 10/0 | SUI +7.1% | $3.16T |\n| Memes | +1.8% | 3/1 | WIF +4.8% | $37.2B |\n| Layer 2 | -0.4% | 2/2 | IMX +2.6% | $5.6B |',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '0@1',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '$13.6B',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '$2.4B',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'contradicted',
        note: 'DePIN 4 up',
      },
      {
        find: '1@4',
        label: 'contradicted',
        note: 'DePIN 0 down',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '$3.8B',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '0@4',
        label: 'supported',
      },
      {
        find: '+7.1%',
        label: 'contradicted',
        note: 'NEAR +8.9% best L1; SUI not best',
      },
      {
        find: '$3.16T',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '3@7',
        label: 'supported',
      },
      {
        find: '1@10',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '$37.2B',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-0.4%',
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
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '$5.6B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-04',
    voice: 'table',
    style: 'weekly',
    text: '| Coin | Support | Resistance | Last |\n|---|---|---|---|\n| BTC | 110,000 | 115,000 | 112,486 |\n| ETH | 3,800 | 4,000 | 3,987 |\n| SOL | 160 | 180 | 171.36 |\n| AVAX | 19 | 20 | 19.84 |\n| TAO | 360 | 400 | 371.8 |\n| DOGE | 0.18 | 0.19 | 0.1841 |',
    numbers: [
      {
        find: '110,000',
        label: 'supported',
      },
      {
        find: '115,000',
        label: 'supported',
      },
      {
        find: '112,486',
        label: 'supported',
      },
      {
        find: '3,800',
        label: 'supported',
      },
      {
        find: '4,000',
        label: 'supported',
      },
      {
        find: '3,987',
        label: 'supported',
      },
      {
        find: '160',
        label: 'contradicted',
        note: 'SOL support 170',
      },
      {
        find: '180',
        label: 'supported',
      },
      {
        find: '171.36',
        label: 'supported',
      },
      {
        find: '19@1',
        label: 'supported',
      },
      {
        find: '20',
        label: 'supported',
      },
      {
        find: '19.84',
        label: 'supported',
      },
      {
        find: '360',
        label: 'supported',
      },
      {
        find: '400',
        label: 'contradicted',
        note: 'TAO resistance 380',
      },
      {
        find: '371.8',
        label: 'supported',
      },
      {
        find: '0.18@1',
        label: 'supported',
      },
      {
        find: '0.19',
        label: 'supported',
      },
      {
        find: '0.1841',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-05',
    voice: 'table',
    style: 'weekly',
    text: 'Seven-day scoreboard:\n\n| Sector | 7d | Best (7d) | Worst (7d) |\n|---|---|---|---|\n| Layer 1 | +9.0% | AVAX +15.6% | BNB +1.0% |\n| Gaming | +8.4% | IMX +13.1% | AXS +1.1% |\n| Layer 2 | +5.4% | IMX +13.1% | POL +0.02% |\n| AI | +9.2% | NEAR +11.0% | WLD -3.1% |\n| DePIN | -4.9% | IOTX +3.0% | FIL -11.5% |\n| Memes | -6.9% | WIF -1.8% | DOGE -7.6% |\n\nLayer 1 topped the week; memes were the worst sector.',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '7d@3',
        label: 'ignored',
      },
      {
        find: 'Layer 1@1',
        label: 'ignored',
      },
      {
        find: '+9.0%',
        label: 'supported',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '+1.0%',
        label: 'supported',
      },
      {
        find: '+8.4%',
        label: 'supported',
      },
      {
        find: '+13.1%@1',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '+13.1%@2',
        label: 'supported',
      },
      {
        find: '+0.02%',
        label: 'supported',
      },
      {
        find: '+9.2%',
        label: 'contradicted',
        note: 'AI 7d +3.6%; 9.2% is 24h',
      },
      {
        find: '+11.0%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-4.9%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: 'Layer 1@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-tab-06',
    voice: 'table',
    style: 'sector',
    text: '| Ticker | Δ | Vol 24h | Vol vs 7d avg |\n|---|---|---|---|\n| BTC | +3.84% | $3.44B | 1.09x |\n| ETH | +4.62% | $1.79B | 1.01x |\n| SOL | +5.41% | $0.74B | 0.99x |\n| XRP | +2.16% | $0.50B | 1.41x |\n| DOGE | +2.14% | $6.69B | 0.99x |',
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
        find: '+3.84%',
        label: 'supported',
      },
      {
        find: '$3.44B',
        label: 'supported',
      },
      {
        find: '1.09x',
        label: 'supported',
      },
      {
        find: '+4.62%',
        label: 'supported',
      },
      {
        find: '$1.79B',
        label: 'supported',
      },
      {
        find: '1.01x',
        label: 'supported',
      },
      {
        find: '+5.41%',
        label: 'supported',
      },
      {
        find: '$0.74B',
        label: 'supported',
      },
      {
        find: '0.99x@1',
        label: 'supported',
      },
      {
        find: '+2.16%',
        label: 'supported',
      },
      {
        find: '$0.50B',
        label: 'supported',
      },
      {
        find: '1.41x',
        label: 'contradicted',
        note: 'XRP volume ratio 1.11',
      },
      {
        find: '+2.14%',
        label: 'supported',
      },
      {
        find: '$6.69B',
        label: 'contradicted',
        note: 'DOGE volume $0.67B',
      },
      {
        find: '0.99x@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-07',
    voice: 'table',
    style: 'daily',
    text: 'Biggest movers:\n\n| # | Token | Change |\n|---|---|---|\n| 1 | VIRTUAL | +14.3% |\n| 2 | FET | +11.8% |\n| 3 | GALA | +9.8% |\n| 4 | RENDER | +9.5% |\n| 5 | NEAR | +8.9% |\n| 28 | SHIB | -0.6% |\n| 29 | ARB | -1.9% |\n| 30 | OP | -2.4% |',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'ignored',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'ignored',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '5@2',
        label: 'ignored',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '28',
        label: 'ignored',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '29',
        label: 'ignored',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-08',
    voice: 'table',
    style: 'daily',
    text: '| | Price | High | Low |\n|---|---|---|---|\n| Bitcoin | 112,486.30 | 112,511.50 | 108,050.08 |\n| Ether | 3,987.42 | 3,997.92 | 3,809.12 |\n| Solana | 171.36 | 178.13 | 162.14 |\n| XRP | 2.4817 | 2.5094 | 2.3984 |\n| Bittensor | 371.80 | 389.23 | 341.14 |',
    numbers: [
      {
        find: '112,486.30',
        label: 'supported',
      },
      {
        find: '112,511.50',
        label: 'supported',
      },
      {
        find: '108,050.08',
        label: 'supported',
      },
      {
        find: '3,987.42',
        label: 'supported',
      },
      {
        find: '3,997.92',
        label: 'supported',
      },
      {
        find: '3,809.12',
        label: 'supported',
      },
      {
        find: '171.36',
        label: 'supported',
      },
      {
        find: '178.13',
        label: 'contradicted',
        note: 'SOL high 172.13',
      },
      {
        find: '162.14',
        label: 'supported',
      },
      {
        find: '2.4817',
        label: 'supported',
      },
      {
        find: '2.5094',
        label: 'supported',
      },
      {
        find: '2.3984',
        label: 'supported',
      },
      {
        find: '371.80',
        label: 'supported',
      },
      {
        find: '389.23',
        label: 'supported',
      },
      {
        find: '341.14',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-09',
    voice: 'table',
    style: 'sector',
    text: 'DePIN board\n\n| Token | Today | Week | Month |\n|---|---|---|---|\n| RENDER | +9.5% | +2.2% | -5.7% |\n| IOTX | +5.8% | +3.0% | -14.2% |\n| FIL | +3.1% | +11.5% | -9.7% |\n| HNT | +6.2% | -6.2% | -4.7% |',
    numbers: [
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '-5.7%',
        label: 'supported',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'supported',
      },
      {
        find: '-14.2%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '+11.5%',
        label: 'contradicted',
        note: 'FIL 7d -11.5%; sign flipped',
      },
      {
        find: '-9.7%',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'contradicted',
        note: 'HNT 24h +1.2%; -6.2% is 7d',
      },
      {
        find: '-6.2%',
        label: 'supported',
      },
      {
        find: '-4.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-10',
    voice: 'table',
    style: 'daily',
    text: '| Metric | Value |\n|---|---|\n| Total market cap | $3.62T |\n| 24h change | +3.7% |\n| BTC dominance | 62.1% |\n| 24h volume | $164.2B |\n| Advancers / decliners | 27 / 3 |\n| Total OI | $19.1B |\n| Avg funding (8h) | 0.0068% |\n| ETF net inflow | $712M |\n| Liquidations | $1.1B |',
    numbers: [
      {
        find: '$3.62T',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '+3.7%',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$164.2B',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'supported',
      },
      {
        find: '$19.1B',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '$712M',
        label: 'unsupported',
        note: 'misquote: Farside/CoinDesk figure $612M; no fact',
      },
      {
        find: '$1.1B',
        label: 'unsupported',
        note: 'invented; no fact',
      },
    ],
  },
  {
    id: 'C-tab-11',
    voice: 'table',
    style: 'sector',
    text: 'Gaming tokens today:\n\n| Game token | Last | 24h | 30d |\n|---|---|---|---|\n| GALA | $0.01342 | +9.8% | -11.7% |\n| AXS | $1.61 | +8.9% | -11.5% |\n| SAND | $0.2214 | +7.6% | -8.4% |\n| IMX | $0.5208 | +13.1% | -3.6% |\n\nSector: +6.1% on the day.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$0.01342',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '-11.7%',
        label: 'supported',
      },
      {
        find: '$1.61',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '$0.2214',
        label: 'supported',
      },
      {
        find: '+7.6%',
        label: 'supported',
      },
      {
        find: '-8.4%',
        label: 'supported',
      },
      {
        find: '$0.5208',
        label: 'supported',
      },
      {
        find: '+13.1%',
        label: 'contradicted',
        note: 'IMX 24h +2.6%; 13.1% is 7d',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-12',
    voice: 'table',
    style: 'sector',
    text: 'Memes (daily):\n\n| Name | Px | Chg | Mcap |\n|---|---|---|---|\n| DOGE | 0.18412 | +2.1% | $27.8B |\n| SHIB | 0.0000103 | +0.6% | $6.07B |\n| PEPE | 0.0000067 | +3.4% | $2.82B |\n| WIF | 0.5286 | +4.8% | $0.53B |',
    numbers: [
      {
        find: '0.18412',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '$27.8B',
        label: 'supported',
      },
      {
        find: '0.0000103',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'contradicted',
        note: 'SHIB 24h -0.58%; sign flipped',
      },
      {
        find: '$6.07B',
        label: 'supported',
      },
      {
        find: '0.0000067',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '$2.82B',
        label: 'supported',
      },
      {
        find: '0.5286',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '$0.53B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-13',
    voice: 'table',
    style: 'sector',
    text: '| AI token | 24h | 7d | Vol (7d, ann.) |\n|---|---|---|---|\n| VIRTUAL | +14.3% | +3.0% | 88.4% |\n| FET | +11.8% | +1.8% | 71.6% |\n| TAO | +8.7% | +0.4% | 162.8% |\n| GRT | +6.4% | +10.3% | 109.2% |\n| WLD | +7.5% | +3.1% | 77.3% |\n| RENDER | +9.5% | +2.2% | 96.7% |',
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
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'supported',
      },
      {
        find: '88.4%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '71.6%',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '162.8%',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'supported',
      },
      {
        find: '+10.3%',
        label: 'supported',
      },
      {
        find: '109.2%',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'contradicted',
        note: 'WLD 7d -3.1%; sign flipped',
      },
      {
        find: '77.3%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '96.7%',
        label: 'contradicted',
        note: 'RENDER 7d vol 76.7%',
      },
    ],
  },
  {
    id: 'C-tab-14',
    voice: 'table',
    style: 'sector',
    text: 'L1 (24h, sorted):\n\n| L1 | Chg |\n|---|---|\n| NEAR | +8.9% |\n| SUI | +7.1% |\n| AVAX | +6.3% |\n| SOL | +5.4% |\n| ETH | +4.6% |\n| DOT | +4.5% |\n| ADA | +3.9% |\n| BTC | +3.8% |\n| XRP | +1.2% |\n| BNB | +1.9% |',
    numbers: [
      {
        find: 'L1@1',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: 'L1@2',
        label: 'ignored',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'supported',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'XRP 24h +2.16%',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-15',
    voice: 'table',
    style: 'daily',
    text: 'Layer 1 scorecard for the session:\n\n| Token | 24h | Last |\n|---|---|---|\n| BTC | +11.0% | $112,486 |\n| ETH | +4.3% | $3,987 |\n| SOL | +8.3% | $171.36 |\n| ADA | +8.0% | $0.5873 |\n| AVAX | +15.6% | $19.84 |\n| DOT | +5.8% | $3.318 |\n| NEAR | +11.0% | $2.906 |\n| SUI | +10.7% | $2.5412 |',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+11.0%@1',
        label: 'contradicted',
        note: 'BTC 24h +3.84%; 11.0% is 7d',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; 4.3% is 7d',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '+8.3%',
        label: 'contradicted',
        note: 'SOL 24h +5.41%; 8.3% is 7d',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '+8.0%',
        label: 'contradicted',
        note: 'ADA 24h +3.92%; 8.0% is 7d',
      },
      {
        find: '$0.5873',
        label: 'supported',
      },
      {
        find: '+15.6%',
        label: 'contradicted',
        note: 'AVAX 24h +6.27%; 15.6% is 7d',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '+5.8%',
        label: 'contradicted',
        note: 'DOT 24h +4.48%; 5.8% is 7d',
      },
      {
        find: '$3.318',
        label: 'supported',
      },
      {
        find: '+11.0%@2',
        label: 'contradicted',
        note: 'NEAR 24h +8.93%; 11.0% is 7d',
      },
      {
        find: '$2.906',
        label: 'supported',
      },
      {
        find: '+10.7%',
        label: 'contradicted',
        note: 'SUI 24h +7.14%; 10.7% is 7d',
      },
      {
        find: '$2.5412',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-16',
    voice: 'table',
    style: 'sector',
    text: '| Perp | Funding (8h) | OI |\n|---|---|---|\n| BTC | 8.89% | $9.8B |\n| ETH | 10.29% | $5.9B |\n| SOL | -2.96% | $1.6B |\n| DOGE | -6.35% | $0.68B |',
    numbers: [
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '8.89%',
        label: 'contradicted',
        note: 'BTC funding per 8h 0.00812%; 8.89% is annualized',
      },
      {
        find: '$9.8B',
        label: 'supported',
      },
      {
        find: '10.29%',
        label: 'contradicted',
        note: 'ETH funding per 8h 0.0094%; 10.29% is annualized',
      },
      {
        find: '$5.9B',
        label: 'supported',
      },
      {
        find: '-2.96%',
        label: 'contradicted',
        note: 'SOL funding per 8h -0.0027%; -2.96% is annualized',
      },
      {
        find: '$1.6B',
        label: 'supported',
      },
      {
        find: '-6.35%',
        label: 'contradicted',
        note: 'DOGE funding per 8h -0.0058%; -6.35% is annualized',
      },
      {
        find: '$0.68B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-17',
    voice: 'table',
    style: 'daily',
    text: 'Price targets from our desk (not a forecast of record):\n\n| Asset | Spot | Target | Stop |\n|---|---|---|---|\n| BTC | $112,486 | $125,000 | $108,000 |\n| ETH | $3,987 | $4,400 | $3,700 |\n| SOL | $171 | $195 | $160 |',
    numbers: [
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '$125,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$108,000',
        label: 'unsupported',
        note: 'trade level, no fact',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '$4,400',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$3,700',
        label: 'unsupported',
        note: 'trade level, no fact',
      },
      {
        find: '$171',
        label: 'supported',
      },
      {
        find: '$195',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$160',
        label: 'unsupported',
        note: 'trade level, no fact',
      },
    ],
  },
  {
    id: 'C-tab-18',
    voice: 'table',
    style: 'daily',
    text: '| Sector | 30d | Up/Down (30d) |\n|---|---|---|\n| Layer 1 | +3.9% | 10/0 |\n| AI | +9.2% | 7/0 |\n| Gaming | -7.7% | 0/4 |\n| Memes | -6.9% | 0/4 |\n| DePIN | +5.4% | 4/0 |\n| Layer 2 | -6.5% | 0/4 |',
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
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+3.9%',
        label: 'contradicted',
        note: 'L1 30d +9.76%; 3.9% is 24h',
      },
      {
        find: '10',
        label: 'contradicted',
        note: 'L1 30d 6 up',
      },
      {
        find: '0@4',
        label: 'contradicted',
        note: 'L1 30d 4 down',
      },
      {
        find: '+9.2%',
        label: 'contradicted',
        note: 'AI 30d -7.12%; 9.2% is 24h',
      },
      {
        find: '7@1',
        label: 'contradicted',
        note: 'AI 30d 0 up',
      },
      {
        find: '0@5',
        label: 'contradicted',
        note: 'AI 30d 7 down',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '0@6',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '0@7',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'contradicted',
        note: 'DePIN 30d -7.74%; 5.4% is 24h',
      },
      {
        find: '4@4',
        label: 'contradicted',
        note: 'DePIN 30d 0 up',
      },
      {
        find: '0@8',
        label: 'contradicted',
        note: 'DePIN 30d 4 down',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '0@9',
        label: 'supported',
      },
      {
        find: '4@5',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-19',
    voice: 'table',
    style: 'weekly',
    text: '| Token | Market cap | Price |\n|---|---|---|\n| AVAX | $19.84B | $19.84 |\n| SUI | $9.41B | $2.54 |\n| DOT | $5.42B | $3.32 |\n| NEAR | $2.91B | $2.91 |\n| TAO | $3.60B | $371.80 |\n| ADA | $24.1B | $0.587 |\n\nBiggest L1 by value here is ADA; AVAX outranks SUI by market cap.',
    numbers: [
      {
        find: '$19.84B',
        label: 'contradicted',
        note: 'AVAX cap $8.51B; 19.84 is price',
      },
      {
        find: '$19.84@2',
        label: 'supported',
      },
      {
        find: '$9.41B',
        label: 'supported',
      },
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '$5.42B',
        label: 'supported',
      },
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: '$2.91B',
        label: 'contradicted',
        note: 'NEAR cap $3.68B; 2.91 is price',
      },
      {
        find: '$2.91@2',
        label: 'supported',
      },
      {
        find: '$3.60B',
        label: 'supported',
      },
      {
        find: '$371.80',
        label: 'supported',
      },
      {
        find: '$24.1B',
        label: 'contradicted',
        note: 'ADA cap $21.4B',
      },
      {
        find: '$0.587',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: 'AVAX outranks SUI by market cap',
        label: 'contradicted',
        note: 'SUI cap $9.41B > AVAX $8.51B',
      },
    ],
  },
  {
    id: 'C-tab-20',
    voice: 'table',
    style: 'weekly',
    text: 'Weekly table (7d):\n\n| Meme | 7d |\n|---|---|\n| DOGE | +2.1% |\n| SHIB | -5.2% |\n| PEPE | +3.4% |\n| WIF | -1.8% |\n| Sector | +1.8% |',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'DOGE 7d -7.61%; +2.1% is 24h',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'PEPE 7d -3.60%; +3.4% is 24h',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'memes 7d -6.86%; 1.8% is 24h',
      },
    ],
  },
  {
    id: 'C-tab-21',
    voice: 'table',
    style: 'sector',
    text: '| Asset | Price | 24h High | 24h Low |\n|---|---|---|---|\n| AVAX | $19.84 | $21.98 | $18.64 |\n| SUI | $2.54 | $2.65 | $2.36 |\n| NEAR | $2.91 | $3.93 | $2.66 |\n| FET | $0.61 | $0.513 | $0.554 |\n| WIF | $0.53 | $0.63 | $0.485 |',
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
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '$21.98',
        label: 'contradicted',
        note: 'AVAX high $19.98',
      },
      {
        find: '$18.64',
        label: 'supported',
      },
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '$2.65',
        label: 'contradicted',
        note: 'SUI high $2.55',
      },
      {
        find: '$2.36',
        label: 'supported',
      },
      {
        find: '$2.91',
        label: 'supported',
      },
      {
        find: '$3.93',
        label: 'contradicted',
        note: 'NEAR high $2.93',
      },
      {
        find: '$2.66',
        label: 'supported',
      },
      {
        find: '$0.61',
        label: 'contradicted',
        note: 'FET $0.5127',
      },
      {
        find: '$0.513',
        label: 'supported',
      },
      {
        find: '$0.554',
        label: 'contradicted',
        note: 'FET low $0.454',
      },
      {
        find: '$0.53',
        label: 'supported',
      },
      {
        find: '$0.63',
        label: 'contradicted',
        note: 'WIF high $0.531',
      },
      {
        find: '$0.485',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-tab-22',
    voice: 'table',
    style: 'sector',
    text: '| Sector | 24h | Up/Down |\n|---|---|---|\n| AI | +6.4% | 6/1 |\n| Memes | +4.8% | 4/0 |\n| Layer 2 | -2.4% | 1/3 |\n| DePIN | +1.2% | 4/0 |\n\nBest sector above: AI. Worst: Layer 2.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+6.4%',
        label: 'contradicted',
        note: 'AI 24h +9.2%; 6.4% is GRT',
      },
      {
        find: '6@2',
        label: 'contradicted',
        note: 'AI 7 up',
      },
      {
        find: '1@1',
        label: 'contradicted',
        note: 'AI 0 down',
      },
      {
        find: '+4.8%',
        label: 'contradicted',
        note: 'memes 24h +1.82%; 4.8% is WIF',
      },
      {
        find: '4@4',
        label: 'contradicted',
        note: 'memes 3 up',
      },
      {
        find: '0@1',
        label: 'contradicted',
        note: 'memes 1 down',
      },
      {
        find: 'Layer 2@1',
        label: 'ignored',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'L2 24h -0.44%; -2.4% is OP',
      },
      {
        find: '1@2',
        label: 'contradicted',
        note: 'L2 2 up',
      },
      {
        find: '3',
        label: 'contradicted',
        note: 'L2 2 down',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'DePIN 24h +5.41%; 1.2% is HNT',
      },
      {
        find: '4@6',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: 'Layer 2@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-tab-23',
    voice: 'table',
    style: 'daily',
    text: '| Token | Chg | Price | Mkt cap |\n|---|---|---|---|\n| DOGE | +7.6% | $0.1841 | $2.78B |\n| SHIB | -5.2% | $0.0000103 | $6.07B |\n| PEPE | -3.6% | $0.0000076 | $2.82B |\n| WIF | -1.8% | $0.5286 | $5.28B |',
    numbers: [
      {
        find: '+7.6%',
        label: 'contradicted',
        note: 'DOGE 24h +2.14%; -7.6% is 7d',
      },
      {
        find: '$0.1841',
        label: 'supported',
      },
      {
        find: '$2.78B',
        label: 'contradicted',
        note: 'DOGE cap $27.8B; decimal slip',
      },
      {
        find: '-5.2%',
        label: 'contradicted',
        note: 'SHIB 24h -0.58%; -5.2% is 7d',
      },
      {
        find: '$0.0000103',
        label: 'supported',
      },
      {
        find: '$6.07B',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'PEPE 24h +3.40%; -3.6% is 7d',
      },
      {
        find: '$0.0000076',
        label: 'contradicted',
        note: 'PEPE $0.0000067; digits swapped',
      },
      {
        find: '$2.82B',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'contradicted',
        note: 'WIF 24h +4.83%; -1.8% is 7d',
      },
      {
        find: '$0.5286',
        label: 'supported',
      },
      {
        find: '$5.28B',
        label: 'contradicted',
        note: 'WIF cap $0.528B',
      },
    ],
  },
  {
    id: 'C-tab-24',
    voice: 'table',
    style: 'daily',
    text: '| Pair | OI | OI 24h | OI 7d |\n|---|---|---|---|\n| BTC-PERP | $9.84B | +11.4% | +6.2% |\n| ETH-PERP | $5.91B | +14.2% | +7.8% |\n| XRP-PERP | $1.05B | -2.7% | +1.9% |',
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
        find: '$9.84B',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'contradicted',
        note: 'BTC OI 24h +6.2%; 11.4% is 7d',
      },
      {
        find: '+6.2%',
        label: 'contradicted',
        note: 'BTC OI 7d +11.4%; 6.2% is 24h',
      },
      {
        find: '$5.91B',
        label: 'supported',
      },
      {
        find: '+14.2%',
        label: 'contradicted',
        note: 'ETH OI 24h +7.8%; 14.2% is 7d',
      },
      {
        find: '+7.8%',
        label: 'contradicted',
        note: 'ETH OI 7d +14.2%; 7.8% is 24h',
      },
      {
        find: '$1.05B',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'contradicted',
        note: 'XRP OI 24h +1.9%; -2.7% is 7d',
      },
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'XRP OI 7d -2.7%; 1.9% is 24h',
      },
    ],
  },
  {
    id: 'C-tab-25',
    voice: 'table',
    style: 'sector',
    text: 'Derivatives (per 8h funding):\n\n| Perp | Funding (8h) | Funding APR | OI Δ 24h |\n|---|---|---|---|\n| BTC | 0.0181% | 19.8% | +2.6% |\n| ETH | 0.0049% | 5.3% | +8.7% |\n| SOL | +0.0027% | +2.96% | -4.3% |\n| XRP | 0.0063% | 6.3% | +9.1% |\n| DOGE | -0.0085% | -9.3% | +5.6% |',
    numbers: [
      {
        find: '8h@1',
        label: 'ignored',
      },
      {
        find: '8h@2',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '0.0181%',
        label: 'contradicted',
        note: 'BTC funding 0.00812%',
      },
      {
        find: '19.8%',
        label: 'contradicted',
        note: 'BTC APR 8.89%',
      },
      {
        find: '+2.6%',
        label: 'contradicted',
        note: 'BTC OI 24h +6.2%',
      },
      {
        find: '0.0049%',
        label: 'contradicted',
        note: 'ETH funding 0.0094%',
      },
      {
        find: '5.3%',
        label: 'contradicted',
        note: 'ETH APR 10.29%',
      },
      {
        find: '+8.7%',
        label: 'contradicted',
        note: 'ETH OI 24h +7.8%',
      },
      {
        find: '+0.0027%',
        label: 'contradicted',
        note: 'SOL funding -0.0027%; sign flipped',
      },
      {
        find: '+2.96%',
        label: 'contradicted',
        note: 'SOL APR -2.96%; sign flipped',
      },
      {
        find: '-4.3%',
        label: 'contradicted',
        note: 'SOL OI 24h -3.4%',
      },
      {
        find: '0.0063%',
        label: 'contradicted',
        note: 'XRP funding 0.0036%; digits swapped',
      },
      {
        find: '6.3%',
        label: 'contradicted',
        note: 'XRP APR 3.94%',
      },
      {
        find: '+9.1%',
        label: 'contradicted',
        note: 'XRP OI 24h +1.9%',
      },
      {
        find: '-0.0085%',
        label: 'contradicted',
        note: 'DOGE funding -0.0058%; digits swapped',
      },
      {
        find: '-9.3%',
        label: 'contradicted',
        note: 'DOGE APR -6.35%; -9.3% is OI 7d',
      },
      {
        find: '+5.6%',
        label: 'contradicted',
        note: 'DOGE OI 24h -5.6%; sign flipped',
      },
    ],
  },
  {
    id: 'C-tab-26',
    voice: 'table',
    style: 'daily',
    text: '| AI token | Price | 24h |\n|---|---|---|\n| VIRTUAL | $3.38 | +41.3% |\n| FET | $0.57 | +18.4% |\n| WLD | $0.97 | +5.7% |\n| GRT | $0.72 | +3.6% |\n| TAO | $317.80 | +7.8% |',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$3.38',
        label: 'contradicted',
        note: 'VIRTUAL $1.3382',
      },
      {
        find: '+41.3%',
        label: 'contradicted',
        note: 'VIRTUAL 24h +14.27%',
      },
      {
        find: '$0.57',
        label: 'contradicted',
        note: 'FET $0.5127',
      },
      {
        find: '+18.4%',
        label: 'contradicted',
        note: 'FET 24h +11.84%',
      },
      {
        find: '$0.97',
        label: 'contradicted',
        note: 'WLD $0.7916',
      },
      {
        find: '+5.7%',
        label: 'contradicted',
        note: 'WLD 24h +7.52%',
      },
      {
        find: '$0.72',
        label: 'contradicted',
        note: 'GRT $0.07214; decimal slip',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'GRT 24h +6.38%',
      },
      {
        find: '$317.80',
        label: 'contradicted',
        note: 'TAO $371.80',
      },
      {
        find: '+7.8%',
        label: 'contradicted',
        note: 'TAO 24h +8.71%',
      },
    ],
  },
  {
    id: 'C-tab-27',
    voice: 'table',
    style: 'weekly',
    text: 'Week on week:\n\n| Token | 7d | OI 7d |\n|---|---|---|\n| BTC | +11.0% | +11.4% |\n| ETH | +4.3% | +14.2% |\n| SOL | +8.3% | +2.1% |\n| XRP | +3.3% | -2.7% |\n| DOGE | -7.6% | -9.3% |\n| ARB | +7.0% | — |\n| OP | -2.4% | — |',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '+11.0%',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+14.2%',
        label: 'supported',
      },
      {
        find: '+8.3%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '+3.3%',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-9.3%',
        label: 'supported',
      },
      {
        find: '+7.0%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'OP 7d +6.65%; -2.4% is 24h',
      },
    ],
  },
  {
    id: 'C-tab-28',
    voice: 'table',
    style: 'weekly',
    text: '| Gaming | 7d | 24h |\n|---|---|---|\n| IMX | +13.1% | +2.6% |\n| SAND | +7.3% | +7.6% |\n| GALA | +5.1% | +9.8% |\n| AXS | +1.1% | +8.9% |\n| Sector | +8.4% | +8.4% |',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+13.1%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+7.3%',
        label: 'supported',
      },
      {
        find: '+7.6%',
        label: 'supported',
      },
      {
        find: '+5.1%',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '+8.4%@1',
        label: 'supported',
      },
      {
        find: '+8.4%@2',
        label: 'contradicted',
        note: 'gaming 24h +6.12%; 8.4% is 7d',
      },
    ],
  },
  {
    id: 'C-tab-29',
    voice: 'table',
    style: 'weekly',
    text: '| DePIN | 7d | Price |\n|---|---|---|\n| IOTX | +3.0% | $0.0226 |\n| RENDER | +9.5% | $2.92 |\n| HNT | -6.2% | $3.01 |\n| FIL | -11.5% | $2.81 |\n| Sector | +5.4% | — |',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+3.0%',
        label: 'supported',
      },
      {
        find: '$0.0226',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'contradicted',
        note: 'RENDER 7d +2.19%; 9.5% is 24h',
      },
      {
        find: '$2.92',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'supported',
      },
      {
        find: '$3.01',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '$2.81',
        label: 'contradicted',
        note: 'FIL $2.184; digits swapped',
      },
      {
        find: '+5.4%',
        label: 'contradicted',
        note: 'DePIN 7d -4.93%; 5.4% is 24h',
      },
    ],
  },
  {
    id: 'C-tab-30',
    voice: 'table',
    style: 'weekly',
    text: '| AI | 7d | Up/Down (7d) |\n|---|---|---|\n| Sector | +3.6% | 6/1 |\n| NEAR | +11.0% | — |\n| GRT | +10.3% | — |\n| VIRTUAL | +3.0% | — |\n| WLD | -3.1% | — |\n| TAO | +8.7% | — |\n| FET | +11.8% | — |',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '+3.6%',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'supported',
      },
      {
        find: '+11.0%',
        label: 'supported',
      },
      {
        find: '+10.3%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'contradicted',
        note: 'TAO 7d +0.42%; 8.7% is 24h',
      },
      {
        find: '+11.8%',
        label: 'contradicted',
        note: 'FET 7d +1.75%; 11.8% is 24h',
      },
    ],
  },
  {
    id: 'C-tab-31',
    voice: 'table',
    style: 'weekly',
    text: '| Sector | 7d | Best | Worst |\n|---|---|---|---|\n| Memes | -6.9% | SHIB -5.2% | DOGE -7.6% |\n| DePIN | -4.9% | RENDER +2.2% | HNT -6.2% |\n| L2 | +15.4% | IMX +13.1% | OP +6.7% |',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'contradicted',
        note: 'best memes 7d was WIF -1.83%',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-4.9%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'best DePIN 7d was IOTX +2.97%',
      },
      {
        find: '-6.2%',
        label: 'contradicted',
        note: 'worst DePIN 7d was FIL -11.51%',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+15.4%',
        label: 'contradicted',
        note: 'L2 7d +5.44%',
      },
      {
        find: '+13.1%',
        label: 'supported',
      },
      {
        find: '+6.7%',
        label: 'contradicted',
        note: 'worst L2 7d was POL +0.02%',
      },
    ],
  },
  {
    id: 'C-tab-32',
    voice: 'table',
    style: 'daily',
    text: '| Flow (source) | Amount |\n|---|---|\n| Spot BTC ETF net inflow (Farside, via Bitcoin Magazine) | $612M |\n| Short liquidations (CoinGlass, via Decrypt) | >$340M |\n| Long liquidations (CoinGlass) | $210M |',
    numbers: [
      {
        find: '$612M',
        label: 'supported-by-source',
      },
      {
        find: '>$340M',
        label: 'supported-by-source',
      },
      {
        find: '$210M',
        label: 'unsupported',
        note: 'not in the Decrypt headline; no fact',
      },
    ],
  },
];
