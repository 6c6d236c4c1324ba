import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'K-table-01',
    voice: 'table',
    style: 'daily',
    text: `Majors at 07:00 UTC

| Asset | Price | 24h | 7d | Market cap |
|---|---|---|---|---|
| BTC | $101,643 | -0.2% | +4.5% | $2.03T |
| ETH | $3,947 | +6.5% | +8.0% | $576B |
| SOL | $176.42 | +9.4% | +11.3% | $74.9B |
| XRP | $2.43 | +4.2% | +7.2% | $14.7B |
| BNB | $948.30 | +0.4% | +0.8% | $132B |
| ADA | $0.7124 | +7.1% | -10.6% | $2.60B |
| AVAX | $19.87 | +4.7% | +9.8% | $85.4B |

Bitcoin and BNB slipped while ether and solana did the heavy lifting; 26 of the 30 tracked names finished higher.`,
    numbers: [
      { find: '07:00', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$101,643', label: 'supported' },
      { find: '-0.2%', label: 'supported' },
      { find: '+4.5%', label: 'contradicted', note: 'btc.change_7d 1.02; 4.49 is the 30d change' },
      { find: '$2.03T', label: 'supported' },
      { find: '$3,947', label: 'supported' },
      { find: '+6.5%', label: 'supported' },
      { find: '+8.0%', label: 'supported' },
      { find: '$576B', label: 'contradicted', note: 'eth.market_cap 476.4B' },
      { find: '$176.42', label: 'supported' },
      { find: '+9.4%', label: 'supported' },
      { find: '+11.3%', label: 'supported', note: 'sol.change_7d 11.348' },
      { find: '$74.9B', label: 'contradicted', note: 'sol.market_cap 97.4B' },
      { find: '$2.43', label: 'supported' },
      { find: '+4.2%', label: 'supported' },
      { find: '+7.2%', label: 'supported' },
      { find: '$14.7B', label: 'contradicted', note: 'xrp.market_cap 147.0B (10x slip)' },
      { find: '$948.30', label: 'supported' },
      { find: '$132B', label: 'supported' },
      { find: '+0.4%', label: 'contradicted', note: 'bnb.change_24h -0.42 (sign flip)' },
      { find: '+0.8%', label: 'supported' },
      { find: '$0.7124', label: 'supported' },
      { find: '+7.1%', label: 'supported' },
      { find: '-10.6%', label: 'contradicted', note: 'ada.change_7d +10.62 (sign flip)' },
      { find: '$2.60B', label: 'contradicted', note: 'ada.market_cap 26.0B (10x slip)' },
      { find: '$19.87', label: 'supported' },
      { find: '+4.7%', label: 'contradicted', note: 'avax.change_24h 7.41' },
      { find: '+9.8%', label: 'contradicted', note: 'avax.change_7d 6.26' },
      { find: '$85.4B', label: 'contradicted', note: 'avax.market_cap 8.54B (10x slip)' },
      { find: '26 of', label: 'supported' },
      { find: '30 tracked', label: 'supported' },
    ],
  },
  {
    id: 'K-table-02',
    voice: 'table',
    style: 'daily',
    text: `Perps snapshot (Binance)

| Perp | Funding /8h | Annualized | OI | OI 24h | OI 7d |
|---|---|---|---|---|---|
| BTC | 0.006% | 6.6% | $6.2B | -1.0% | -1.8% |
| ETH | 0.024% | 26.3% | $76B | +9.0% | +6.4% |
| SOL | 0.031% | 3.39% | $2.3B | +12.0% | +9.7% |
| XRP | 0.011% | 12% | $2.1B | +18.1% | +12.3% |
| DOGE | 0.054% | 49.3% | $1.6B | +22.0% | +13.5% |

Total open interest stands at $18.9B, up 6.9% on the day and 21.3% on the week. OI-weighted funding averages 0.020% per 8h, so longs are paying shorts across the board; BTC is the only book where positioning shrank over the day.`,
    numbers: [
      { find: '/8h', label: 'ignored' },
      { find: 'OI 24h', label: 'ignored' },
      { find: 'OI 7d', label: 'ignored' },
      { find: '0.006%', label: 'supported' },
      { find: '6.6%', label: 'supported' },
      { find: '$6.2B', label: 'supported' },
      { find: '-1.0%', label: 'supported' },
      { find: '-1.8%', label: 'contradicted', note: 'btc.oi_change_7d +1.8 (sign flip)' },
      { find: '0.024%', label: 'supported' },
      { find: '26.3%', label: 'supported' },
      { find: '$76B', label: 'contradicted', note: 'eth.open_interest 7.6B (10x slip)' },
      { find: '+9.0%', label: 'supported' },
      { find: '+6.4%', label: 'contradicted', note: 'eth.oi_change_7d 16.4' },
      { find: '0.031%', label: 'supported' },
      { find: '3.39%', label: 'contradicted', note: 'sol.funding_apr 33.9 (10x slip)' },
      { find: '$2.3B', label: 'supported' },
      { find: '+12.0%', label: 'supported' },
      { find: '+9.7%', label: 'contradicted', note: 'sol.oi_change_7d 19.7' },
      { find: '0.011%', label: 'supported' },
      { find: '12%', label: 'supported', note: 'xrp.funding_apr 12.045' },
      { find: '$2.1B', label: 'contradicted', note: 'xrp.open_interest 1.2B' },
      { find: '+18.1%', label: 'contradicted', note: 'xrp.oi_change_24h 11.8' },
      { find: '+12.3%', label: 'supported' },
      { find: '0.054%', label: 'contradicted', note: 'doge.funding_rate 0.045' },
      { find: '49.3%', label: 'supported' },
      { find: '$1.6B', label: 'supported' },
      { find: '+22.0%', label: 'supported' },
      { find: '+13.5%', label: 'contradicted', note: 'doge.oi_change_7d 31.5' },
      { find: '$18.9B', label: 'supported' },
      { find: '6.9%', label: 'supported' },
      { find: '21.3%', label: 'contradicted', note: 'market.oi_change_7d 12.3' },
      { find: '0.020%', label: 'supported' },
      { find: 'per 8h', label: 'ignored' },
    ],
  },
  {
    id: 'K-table-03',
    voice: 'table',
    style: 'sector',
    text: `Sector board

| Sector | 24h | 7d | Cap (watchlist) | Best | Worst | Breadth |
|---|---|---|---|---|---|---|
| Layer 2 | +11.4% | +11.6% | $6.33B | OP +15.2% | POL +6.1% | 4 up / 0 down |
| Memes | +9.0% | +19.4% | $44.2B | PEPE +14.3% | SHIB +6.1% | 4 up / 0 down |
| AI | +6.9% | +15.3% | $17.0B | FET +13.4% | TAO -0.6% | 6 up / 1 down |
| Gaming | +5.0% | +8.4% | $2.78B | IMX +6.1% | GALA +3.4% | 4 up / 0 down |
| DePIN | +4.4% | +4.7% | $41.6B | RENDER +8.6% | HNT -0.9% | 2 up / 2 down |
| Layer one | +1.5% | +2.9% | $2.94B | SOL +9.4% | BNB -0.4% | 8 up / 2 down |

Rollups sat on top of the board, memecoins were the runner-up, and the smart contract platforms brought up the rear as bitcoin's flat session held the group back.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+11.4%', label: 'supported' },
      { find: '+11.6%', label: 'supported' },
      { find: '$6.33B', label: 'supported' },
      { find: '+15.2%', label: 'supported' },
      { find: '+6.1%@1', label: 'contradicted', note: 'worst L2 24h is IMX 6.14; POL rose 11.6' },
      { find: '4 up@1', label: 'supported' },
      { find: '0 down@1', label: 'supported' },
      { find: '+9.0%', label: 'supported' },
      { find: '+19.4%', label: 'contradicted', note: 'sector.memes.change_7d 14.86' },
      { find: '$44.2B', label: 'supported' },
      { find: '+14.3%', label: 'supported' },
      { find: '+6.1%@2', label: 'supported' },
      { find: '4 up@2', label: 'supported' },
      { find: '0 down@2', label: 'supported' },
      { find: '+6.9%', label: 'supported' },
      { find: '+15.3%', label: 'contradicted', note: 'sector.ai.change_7d 7.49; 15.3 is VIRTUAL 7d' },
      { find: '$17.0B', label: 'supported' },
      { find: '+13.4%', label: 'contradicted', note: 'AI best 24h is VIRTUAL 13.41; FET 11.24' },
      { find: '-0.6%', label: 'supported' },
      { find: '6 up', label: 'supported' },
      { find: '1 down', label: 'supported' },
      { find: '+5.0%', label: 'supported' },
      { find: '+8.4%', label: 'contradicted', note: 'sector.gaming.change_7d 5.44' },
      { find: '$2.78B', label: 'supported' },
      { find: '+6.1%@3', label: 'supported' },
      { find: '+3.4%', label: 'supported' },
      { find: '4 up@3', label: 'supported' },
      { find: '0 down@3', label: 'supported' },
      { find: '+4.4%', label: 'supported' },
      { find: '+4.7%', label: 'supported' },
      { find: '$41.6B', label: 'contradicted', note: 'sector.depin.market_cap 4.16B (10x slip)' },
      { find: '+8.6%', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '2 up', label: 'contradicted', note: 'sector.depin.advancers_24h 3' },
      { find: '2 down@1', label: 'contradicted', note: 'sector.depin.decliners_24h 1' },
      { find: '+1.5%', label: 'supported' },
      { find: '+2.9%', label: 'supported' },
      { find: '$2.94B', label: 'contradicted', note: 'sector.l1.market_cap 2.94T (unit slip)' },
      { find: '+9.4%', label: 'supported' },
      { find: '-0.4%', label: 'supported' },
      { find: '8 up', label: 'supported' },
      { find: '2 down@2', label: 'supported' },
    ],
  },
  {
    id: 'K-table-04',
    voice: 'table',
    style: 'daily',
    text: `Where the majors sit against their levels:

| Coin | Last | Support | Resistance | 24h range | 30-day swing high | 30-day swing low |
|---|---|---|---|---|---|---|
| BTC | $101,640 | $100,000 | $105,000 | $100,664 - $102,781 | $107,410 | $86,836 |
| ETH | $3,947 | $3,800 | $4,000 | $3,507 - $3,977 | $3,912 | $3,038 |
| SOL | $176.4 | $180 | $170 | $185.06 - $178.81 | $172.75 | $127.64 |
| XRP | $2.432 | $2.40 | $2.70 | $2.3168 - $2.4372 | $2.86 | $2.18 |
| BNB | $948 | $900 | $950 | $935 - $971 | $897 | $852 |

Ether is trading above the top of its 30-day range and within about 1.3% of its $4,000 ceiling, with a move to $4,250 the next target on most desks' charts. Bitcoin spent the whole session inside a roughly $2,100 band.`,
    numbers: [
      { find: '24h range', label: 'ignored' },
      { find: '30-day swing high', label: 'ignored' },
      { find: '30-day swing low', label: 'ignored' },
      { find: '$101,640', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '$105,000', label: 'supported' },
      { find: '$100,664', label: 'supported' },
      { find: '$102,781', label: 'supported' },
      { find: '$107,410', label: 'contradicted', note: 'btc.swing_high_30d 104,740.53' },
      { find: '$86,836', label: 'contradicted', note: 'btc.swing_low_30d 96,836' },
      { find: '$3,947', label: 'supported' },
      { find: '$3,800', label: 'supported' },
      { find: '$4,000@1', label: 'supported' },
      { find: '$3,507', label: 'contradicted', note: 'eth.low_24h 3,702.99' },
      { find: '$3,977', label: 'supported' },
      { find: '$3,912', label: 'supported' },
      { find: '$3,038', label: 'contradicted', note: 'eth.swing_low_30d 3,307.62' },
      { find: '$176.4', label: 'supported' },
      { find: '$180', label: 'contradicted', note: 'swapped: sol.support 170, sol.resistance 180' },
      { find: '$170', label: 'contradicted', note: 'swapped: sol.resistance 180, support 170' },
      { find: '$185.06', label: 'contradicted', note: 'sol.low_24h 158.06' },
      { find: '$178.81', label: 'supported' },
      { find: '$172.75', label: 'supported' },
      { find: '$127.64', label: 'supported' },
      { find: '$2.432', label: 'supported' },
      { find: '$2.40', label: 'supported' },
      { find: '$2.70', label: 'contradicted', note: 'xrp.resistance 2.5' },
      { find: '$2.3168', label: 'supported' },
      { find: '$2.4372', label: 'supported' },
      { find: '$2.86', label: 'contradicted', note: 'xrp.swing_high_30d 2.6608' },
      { find: '$2.18', label: 'supported' },
      { find: '$948', label: 'supported' },
      { find: '$900', label: 'supported' },
      { find: '$950', label: 'supported' },
      { find: '$935', label: 'supported' },
      { find: '$971', label: 'supported' },
      { find: '$897', label: 'contradicted', note: 'bnb.swing_high_30d 986.58' },
      { find: '$852', label: 'supported' },
      { find: '30-day range', label: 'ignored' },
      { find: '1.3%', label: 'unsupported', note: 'distance to level, derived' },
      { find: '$4,000@2', label: 'supported' },
      { find: '$4,250', label: 'unsupported', note: 'forecast target' },
      {
        find: '$2,100',
        label: 'unsupported',
        note: 'derived range width (102781-100664=2117); only The Block headline states it, not attributed here',
      },
    ],
  },
  {
    id: 'K-table-05',
    voice: 'table',
    style: 'daily',
    text: `Top and bottom five over 24 hours (watchlist of 30)

| Rank | Gainers | 24h % | Losers | 24h % |
|---|---|---|---|---|
| 1 | OP | +15.2 | HNT | -0.86 |
| 2 | PEPE | +14.3 | TAO | -0.62 |
| 3 | VIRTUAL | +13.4 | BNB | -0.42 |
| 4 | ARB | +21.4 | BTC | -2.1 |
| 5 | WIF | +11.2 | FIL | -1.62 |

Only four names closed lower on the day. POL (+11.6) actually edged out FET (+11.2) for sixth, and the whole rally lifted total market capitalisation 2.9% to $3.56 trillion on $328 billion of volume.`,
    numbers: [
      { find: '24 hours', label: 'ignored' },
      { find: '30)', label: 'supported' },
      { find: '24h %@1', label: 'ignored' },
      { find: '24h %@2', label: 'ignored' },
      { find: '| 1 |', label: 'ignored' },
      { find: '+15.2', label: 'supported' },
      { find: '-0.86', label: 'supported' },
      { find: '| 2 |', label: 'ignored' },
      { find: '+14.3', label: 'supported' },
      { find: '-0.62', label: 'supported' },
      { find: '| 3 |', label: 'ignored' },
      { find: '+13.4', label: 'supported' },
      { find: '-0.42', label: 'supported' },
      { find: '| 4 |', label: 'ignored' },
      { find: '+21.4', label: 'contradicted', note: 'arb.change_24h 12.41' },
      { find: '-2.1', label: 'contradicted', note: 'btc.change_24h -0.21' },
      { find: '| 5 |', label: 'ignored' },
      { find: '+11.2@1', label: 'contradicted', note: 'wif.change_24h 11.83; 11.2 is FET' },
      { find: '-1.62', label: 'contradicted', note: 'fil.change_24h +1.62 (sign flip; FIL rose)' },
      { find: 'four', label: 'supported' },
      { find: '+11.6', label: 'supported' },
      { find: '+11.2@2', label: 'supported' },
      {
        find: 'sixth',
        label: 'supported',
        note: 'rank: OP, PEPE, VIRTUAL, ARB, WIF, then POL 11.62 ahead of FET 11.24',
      },
      { find: '2.9%', label: 'supported' },
      { find: '$3.56', label: 'supported' },
      { find: '$328', label: 'contradicted', note: 'market.volume_24h 238.2B (digits transposed)' },
    ],
  },
  {
    id: 'K-table-06',
    voice: 'table',
    style: 'weekly',
    text: `Week in review: the seven-day scorecard

| Asset | 7d | 30d | Volume vs 7d avg |
|---|---|---|---|
| PEPE | +21.6% | +27.9% | 1.97x |
| NEAR | +16.0% | +3.7% | 1.75x |
| DOGE | +15.5% | +8.4% | 2.97x |
| VIRTUAL | +15.3% | +25.7% | 1.36x |
| OP | +14.3% | +5.8% | 1.21x |
| ARB | +13.5% | -3.6% | 1.99x |
| SUI | +21.8% | -9.3% | 1.68x |
| SOL | +11.3% | +19.2% | 1.69x |
| ETH | +8.0% | +15.0% | 1.79x |
| BTC | -1.0% | +4.5% | 0.90x |

Memecoins led the sectors with a 19.8% gain while layer 1s managed 2.9%. All 7 AI names finished the week higher and DePIN added 7.4%. Total open interest grew 12.3%; dogecoin's jumped 31.5% and ether's 16.4%. The weakest of the big layer-1s was bitcoin, up barely 1%.`,
    numbers: [
      { find: 'seven-day', label: 'ignored' },
      { find: '| 7d |', label: 'ignored' },
      { find: '30d', label: 'ignored' },
      { find: '7d avg', label: 'ignored' },
      { find: '+21.6%', label: 'supported' },
      { find: '+27.9%', label: 'contradicted', note: 'pepe.change_30d 17.89' },
      { find: '1.97x', label: 'supported' },
      { find: '+16.0%', label: 'supported' },
      { find: '+3.7%', label: 'contradicted', note: 'near.change_30d -3.71 (sign flip)' },
      { find: '1.75x', label: 'supported' },
      { find: '+15.5%', label: 'supported' },
      { find: '+8.4%', label: 'supported' },
      { find: '2.97x', label: 'contradicted', note: 'doge.volume_ratio_7d 1.97' },
      { find: '+15.3%', label: 'supported' },
      { find: '+25.7%', label: 'contradicted', note: 'virtual.change_30d 15.68' },
      { find: '1.36x', label: 'contradicted', note: 'virtual.volume_ratio_7d 1.86' },
      { find: '+14.3%', label: 'supported' },
      { find: '+5.8%', label: 'supported' },
      { find: '1.21x', label: 'contradicted', note: 'op.volume_ratio_7d 2.14' },
      { find: '+13.5%', label: 'supported' },
      { find: '-3.6%', label: 'supported' },
      { find: '1.99x', label: 'supported' },
      { find: '+21.8%', label: 'contradicted', note: 'sui.change_7d 12.8' },
      { find: '-9.3%', label: 'contradicted', note: 'sui.change_30d +9.27 (sign flip)' },
      { find: '1.68x', label: 'supported' },
      { find: '+11.3%', label: 'supported' },
      { find: '+19.2%', label: 'contradicted', note: 'sol.change_30d 9.24' },
      { find: '1.69x', label: 'supported' },
      { find: '+8.0%', label: 'supported' },
      { find: '+15.0%', label: 'supported' },
      { find: '1.79x', label: 'supported' },
      { find: '-1.0%', label: 'contradicted', note: 'btc.change_7d +1.02 (sign flip)' },
      { find: '+4.5%', label: 'supported' },
      { find: '0.90x', label: 'supported' },
      { find: '19.8%', label: 'contradicted', note: 'sector.memes.change_7d 14.86' },
      { find: 'layer 1s', label: 'ignored' },
      { find: '2.9%', label: 'supported', note: 'sector.l1.change_7d 2.86' },
      { find: '7 AI', label: 'supported' },
      { find: '7.4%', label: 'contradicted', note: 'sector.depin.change_7d 4.72' },
      { find: '12.3%', label: 'supported' },
      { find: '31.5%', label: 'supported' },
      { find: '16.4%', label: 'supported' },
      { find: 'layer-1s', label: 'ignored' },
      {
        find: 'barely 1%',
        label: 'contradicted',
        note: 'btc.change_7d 1.02 is right but the weakest L1 over 7d is BNB 0.80 (sector.l1.worst_7d); debatable',
      },
    ],
  },
  {
    id: 'K-table-07',
    voice: 'table',
    style: 'daily',
    text: `Turnover and volatility

| Asset | 24h volume | vs 7-day avg | 7d realized vol | 30d realized vol |
|---|---|---|---|---|
| BTC | $28.0B | 0.90x | 15.1% | 18.3% |
| ETH | $4.04B | 0.79x | 75.1% | 58.4% |
| SOL | $15.4B | 1.69x | 98.4% | 82.5% |
| XRP | $289M | 1.59x | 61.5% | 48.2% |
| BNB | $36.3M | 1.55x | 34.6% | 50.9% |
| NEAR | $319M | 1.75x | 107.8% | 58.6% |

Total volume across the market came to $238 billion. Optimism's turnover ran at 2.1 times its weekly norm, the heaviest of the 30 names, Decrypt reported, and the same outlet put bitcoin's ratio at about 0.9. Spot bitcoin ETFs took in $312 million on Wednesday, according to Bitcoin Magazine, while Bitcoin Magazine's claim that dominance climbed above 58% does not match the 57.0% we compute.`,
    numbers: [
      { find: '24h volume', label: 'ignored' },
      { find: '7-day avg', label: 'ignored' },
      { find: '7d realized', label: 'ignored' },
      { find: '30d realized', label: 'ignored' },
      { find: '$28.0B', label: 'contradicted', note: 'btc.volume_24h 2.80B (10x slip)' },
      { find: '0.90x', label: 'supported' },
      { find: '15.1%', label: 'supported' },
      { find: '18.3%', label: 'supported' },
      { find: '$4.04B', label: 'supported' },
      { find: '0.79x', label: 'contradicted', note: 'eth.volume_ratio_7d 1.79' },
      { find: '75.1%', label: 'supported' },
      { find: '58.4%', label: 'supported' },
      { find: '$15.4B', label: 'contradicted', note: 'sol.volume_24h 1.54B (10x slip)' },
      { find: '1.69x', label: 'supported' },
      { find: '98.4%', label: 'supported' },
      { find: '82.5%', label: 'supported' },
      { find: '$289M', label: 'contradicted', note: 'xrp.volume_24h 828.7M' },
      { find: '1.59x', label: 'supported' },
      { find: '61.5%', label: 'contradicted', note: 'xrp.volatility_7d 48.2; 61.5 is the 30d figure (swapped)' },
      { find: '48.2%', label: 'contradicted', note: 'xrp.volatility_30d 61.5; 48.2 is the 7d figure (swapped)' },
      { find: '$36.3M', label: 'contradicted', note: 'bnb.volume_24h 363M (10x slip)' },
      { find: '1.55x', label: 'supported' },
      { find: '34.6%', label: 'contradicted', note: 'bnb.volatility_7d 43.55' },
      { find: '50.9%', label: 'supported' },
      { find: '$319M', label: 'supported' },
      { find: '1.75x', label: 'supported' },
      { find: '107.8%', label: 'supported' },
      { find: '58.6%', label: 'contradicted', note: 'near.volatility_30d 85.56' },
      { find: '$238', label: 'supported' },
      { find: '2.1 times', label: 'supported' },
      { find: '30 names', label: 'supported' },
      { find: '0.9.', label: 'supported', note: 'btc.volume_ratio_7d 0.90, hedged about' },
      { find: '$312', label: 'supported-by-source', note: 'Bitcoin Magazine ETF inflow headline, attributed' },
      { find: '58%', label: 'contradicted', note: 'market.btc_dominance 57.0; headline figure contradicted by fact' },
      { find: '57.0%', label: 'supported' },
    ],
  },
  {
    id: 'K-table-08',
    voice: 'table',
    style: 'daily',
    text: `| Metric | Value |
|---|---|
| BTC dominance | 57.0% |
| Total market cap | $3.56T |
| Cap change 24h | +3.9% |
| Advancers | 28 |
| Decliners | 4 |
| Spot BTC ETF flows (Wed) | +$312M |
| Liquidations 24h | $640M |
| Avg funding /8h | 0.02% |
| Total OI | $18.9B |`,
    numbers: [
      { find: '57.0%', label: 'supported' },
      { find: '$3.56T', label: 'supported' },
      { find: '24h@1', label: 'ignored' },
      { find: '+3.9%', label: 'contradicted', note: 'market.cap_change_24h 2.9' },
      {
        find: '28',
        label: 'contradicted',
        note: 'market.advancers_24h 26 (CryptoSlate headline says 28, contradicted by fact)',
      },
      { find: '| 4 |', label: 'supported' },
      { find: '+$312M', label: 'unsupported', note: 'ETF flow, headline figure not attributed' },
      { find: '24h@2', label: 'ignored' },
      { find: '$640M', label: 'unsupported', note: 'liquidations: CryptoSlate figure not attributed' },
      { find: '/8h', label: 'ignored' },
      { find: '0.02%', label: 'supported' },
      { find: '$18.9B', label: 'supported' },
    ],
  },
];
