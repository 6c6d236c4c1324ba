import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'M-table-01',
    voice: 'table',
    style: 'daily',
    text: '**Majors at a glance**\n\n| Asset | Price | 24h % | 7d % | Market cap |\n|---|---|---|---|---|\n| BTC | $108,450 | +0.3% | +6.6% | $2.16T |\n| ETH | $3,905 | +4.6% | +6.6% | $417B |\n| SOL | $188.42 | -0.6% | +4.3% | $130.6B |\n| XRP | $2.43 | -2.0% | +2.2% | $146B |\n| BNB | $926.70 | +0.5% | +3.1% | $134B |\n| ADA | $0.684 | +0.5% | -0.7% | $42.9B |\n\nEther led the majors; XRP was the only decliner.',
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
        find: '$108,450',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '+6.6%@1',
        label: 'contradicted',
        note: 'btc.change_7d 2.2; 6.6 is ETH',
      },
      {
        find: '$2.16T',
        label: 'supported',
      },
      {
        find: '$3,905',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '+6.6%@2',
        label: 'supported',
      },
      {
        find: '$417B',
        label: 'contradicted',
        note: 'eth.market_cap 471B',
      },
      {
        find: '$188.42',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'contradicted',
        note: 'sol.change_24h +0.60; sign',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '$130.6B',
        label: 'contradicted',
        note: 'sol.market_cap 103.6B',
      },
      {
        find: '$2.43',
        label: 'supported',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'xrp.change_7d -2.17; sign',
      },
      {
        find: '$146B',
        label: 'supported',
      },
      {
        find: '$926.70',
        label: 'contradicted',
        note: 'bnb.price 962.7',
      },
      {
        find: '+0.5%@1',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'contradicted',
        note: 'bnb.change_7d 0.31',
      },
      {
        find: '$134B',
        label: 'supported',
      },
      {
        find: '$0.684',
        label: 'supported',
      },
      {
        find: '+0.5%@2',
        label: 'supported',
      },
      {
        find: '-0.7%',
        label: 'supported',
      },
      {
        find: '$42.9B',
        label: 'contradicted',
        note: 'ada.market_cap 24.9B',
      },
    ],
  },
  {
    id: 'M-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Sector scoreboard for the day:\n\n| Sector | 24h % | Best member | Worst member | Up / down |\n|---|---|---|---|---|\n| Layer 2 | +3.8% | OP +4.5% | IMX -0.8% | 3 / 1 |\n| AI | +1.3% | TAO +1.6% | RENDER -0.6% | 6 / 1 |\n| Layer 1 | +2.6% | ETH +4.6% | XRP -2.0% | 8 / 2 |\n| DePIN | -0.8% | HNT +0.4% | FIL -1.5% | 2 / 2 |\n| Gaming | -1.6% | IMX -0.8% | AXS -2.4% | 1 / 3 |\n| Memes | -5.3% | SHIB -1.9% | WIF -3.8% | 0 / 4 |',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'sector.l2.best_24h is ARB +8.0; wrong leader',
      },
      {
        find: '-0.8%@1',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '1 |\n| A',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'contradicted',
        note: 'sector.ai.best_24h is VIRTUAL +3.2; wrong leader',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '6@3',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+2.6%',
        label: 'contradicted',
        note: 'sector.l1.change_24h 0.85; 2.6 is 7d',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '8@3',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'supported',
      },
      {
        find: '-0.8%@2',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'contradicted',
        note: 'sector.depin.advancers_24h 1',
      },
      {
        find: '2@7',
        label: 'contradicted',
        note: 'sector.depin.decliners_24h 3',
      },
      {
        find: '-1.6%',
        label: 'supported',
      },
      {
        find: '-0.8%@3',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '1@8',
        label: 'contradicted',
        note: 'sector.gaming.advancers_24h 0',
      },
      {
        find: '3@4',
        label: 'contradicted',
        note: 'sector.gaming.decliners_24h 4',
      },
      {
        find: '-5.3%',
        label: 'contradicted',
        note: 'sector.memes.change_24h -3.49',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'contradicted',
        note: 'worst meme is DOGE -3.90; wif -3.80 not worst',
      },
      {
        find: '0@7',
        label: 'supported',
      },
      {
        find: '4@6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-table-03',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives board (funding per 8h):\n\n| Perp | Funding | Annualized | Open interest | OI 24h |\n|---|---|---|---|---|\n| BTC | -0.0041% | +4.5% | $6.3B | -4.8% |\n| ETH | -0.0063% | +6.9% | $7.4B | -5.7% |\n| SOL | +0.0087% | -9.5% | $2.3B | -5.4% |\n| XRP | -0.0012% | -1.3% | $2.1B | -3.2% |\n| DOGE | -0.0105% | -11.5% | $1.4B | +8.4% |\n\nTotal open interest: $18.6B, down 2.7% on the day. Shorts are paying on every perp except ETH, where longs pay.',
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
        find: '-0.0041%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'btc.funding_apr -4.49; sign',
      },
      {
        find: '$6.3B',
        label: 'supported',
      },
      {
        find: '-4.8%',
        label: 'supported',
      },
      {
        find: '-0.0063%',
        label: 'contradicted',
        note: 'eth.funding_rate +0.0063; sign',
      },
      {
        find: '+6.9%',
        label: 'supported',
      },
      {
        find: '$7.4B',
        label: 'supported',
      },
      {
        find: '-5.7%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -7.5',
      },
      {
        find: '+0.0087%',
        label: 'contradicted',
        note: 'sol.funding_rate -0.0087; sign',
      },
      {
        find: '-9.5%',
        label: 'supported',
      },
      {
        find: '$2.3B',
        label: 'supported',
      },
      {
        find: '-5.4%',
        label: 'supported',
      },
      {
        find: '-0.0012%',
        label: 'supported',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '$2.1B',
        label: 'contradicted',
        note: 'xrp.open_interest 1.2B',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '-0.0105%',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '$1.4B',
        label: 'supported',
      },
      {
        find: '+8.4%',
        label: 'contradicted',
        note: 'doge.oi_change_24h -8.4; sign',
      },
      {
        find: '$18.6B',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: 'market.oi_change_24h -6.1; 2.7 is 7d',
      },
    ],
  },
  {
    id: 'M-table-04',
    voice: 'table',
    style: 'daily',
    text: 'Key levels:\n\n| Asset | Support | Resistance | 24h low | 24h high |\n|---|---|---|---|---|\n| BTC | $105,000 | $110,000 | $104,130 | $111,921 |\n| ETH | $4,000 | $3,800 | $3,550 | $4,009 |\n| SOL | $180 | $190 | $167.47 | $195.65 |\n| XRP | $2.40 | $2.50 | $2.13 | $2.65 |\n| BNB | $900 | $1,000 | $922 | $986 |\n| AVAX | $19 | $20 | $17.85 | $21.04 |',
    numbers: [
      {
        find: '24h l',
        label: 'ignored',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$104,130',
        label: 'supported',
      },
      {
        find: '$111,921',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'contradicted',
        note: 'eth.support 3,800; 4,000 is resistance',
      },
      {
        find: '$3,800',
        label: 'contradicted',
        note: 'eth.resistance 4,000; swapped',
      },
      {
        find: '$3,550',
        label: 'supported',
      },
      {
        find: '$4,009',
        label: 'supported',
      },
      {
        find: '$180',
        label: 'supported',
      },
      {
        find: '$190',
        label: 'supported',
      },
      {
        find: '$167.47',
        label: 'contradicted',
        note: 'sol.low_24h 176.47',
      },
      {
        find: '$195.65',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '$2.13',
        label: 'contradicted',
        note: 'xrp.low_24h 2.3107',
      },
      {
        find: '$2.65',
        label: 'contradicted',
        note: 'xrp.high_24h 2.5579',
      },
      {
        find: '$900',
        label: 'contradicted',
        note: 'bnb.support 950',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '$922',
        label: 'supported',
      },
      {
        find: '$986',
        label: 'supported',
      },
      {
        find: '$19@3',
        label: 'supported',
      },
      {
        find: '$20',
        label: 'supported',
      },
      {
        find: '$17.85',
        label: 'supported',
      },
      {
        find: '$21.04',
        label: 'contradicted',
        note: 'avax.high_24h 20.037',
      },
    ],
  },
  {
    id: 'M-table-05',
    voice: 'table',
    style: 'weekly',
    text: 'Weekly movers (all figures 7-day):\n\n| Token | 7d % | Sector |\n|---|---|---|\n| ARB | +15.1% | L2 |\n| OP | +4.5% | L2 |\n| RENDER | +7.5% | AI / DePIN |\n| FET | +1.4% | AI |\n| VIRTUAL | +9.2% | AI |\n| ETH | +6.6% | L1 |\n| PEPE | -10.5% | Memes |\n| WIF | -8.8% | Memes |\n| SAND | -8.6% | Gaming |\n| IMX | +7.3% | Gaming / L2 |\n\nBest sector this week was Layer 2 at +5.8%; the worst was gaming at -3.5%.',
    numbers: [
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+15.1%',
        label: 'supported',
      },
      {
        find: 'L2 |\n| O',
        label: 'ignored',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'op.change_7d 11.37; 4.5 is 24h',
      },
      {
        find: 'L2@2',
        label: 'ignored',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'contradicted',
        note: 'fet.change_7d 7.24; 1.4 is 24h',
      },
      {
        find: '+9.2%',
        label: 'contradicted',
        note: 'virtual.change_7d 7.19',
      },
      {
        find: '+6.6%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '-10.5%',
        label: 'supported',
      },
      {
        find: '-8.8%',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '+7.3%',
        label: 'contradicted',
        note: 'imx.change_7d -7.32; sign',
      },
      {
        find: 'L2@3',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '-3.5%',
        label: 'contradicted',
        note: 'sector.gaming.change_7d -5.49',
      },
    ],
  },
  {
    id: 'M-table-06',
    voice: 'table',
    style: 'daily',
    text: '| Metric | Value |\n|---|---|\n| Total market cap | $3.76T |\n| Market cap 24h change | +0.9% |\n| 24h volume | $126B |\n| BTC dominance | 52.6% |\n| Advancers / decliners | 17 / 13 |\n| Avg funding (OI-weighted) | +0.008% |\n| Total OI | $18.6B |\n| OI 7d change | -2.7% |\n| BTC 30-day swing high | $118,953 |\n| BTC 30-day swing low | $104,130 |\n\nBreadth was decent, with more than half the watchlist higher.',
    numbers: [
      {
        find: '$3.76T',
        label: 'supported',
      },
      {
        find: '24h c',
        label: 'ignored',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$126B',
        label: 'contradicted',
        note: 'market.volume_24h 261B',
      },
      {
        find: '52.6%',
        label: 'contradicted',
        note: 'market.btc_dominance 57.6',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '13 ',
        label: 'supported',
      },
      {
        find: '+0.008%',
        label: 'contradicted',
        note: 'market.funding_avg -0.0008; sign and 10x',
      },
      {
        find: '$18.6B',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '30-day swing h',
        label: 'ignored',
      },
      {
        find: '$118,953',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$104,130',
        label: 'contradicted',
        note: 'btc.swing_low_30d 101,062; 104,130 is 24h low',
      },
    ],
  },
  {
    id: 'M-table-07',
    voice: 'table',
    style: 'sector',
    text: 'AI sector detail:\n\n| Token | Price | 24h % | 7d % | 30d % |\n|---|---|---|---|---|\n| FET | $0.687 | +1.4% | +7.2% | -31.6% |\n| RENDER | $3.48 | +0.6% | +7.5% | -9.0% |\n| TAO | $437.90 | +1.6% | +3.7% | +6.6% |\n| GRT | $0.0915 | +0.8% | +2.1% | -4.5% |\n| VIRTUAL | $1.73 | +3.2% | +7.2% | +11.4% |\n| WLD | $1.98 | +0.4% | -1.8% | -8.9% |\n| NEAR | $3.13 | +3.8% | +1.7% | -9.2% |\n\nThe AI basket rose 1.3% on the day and 3.3% on the week; Bittensor is the only member up over 30 days. Sector market cap on the watchlist is $16.1B versus $33B for the CoinGecko category.',
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
        find: '$0.687',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '+7.2%@1',
        label: 'supported',
      },
      {
        find: '-31.6%',
        label: 'contradicted',
        note: 'fet.change_30d -13.59',
      },
      {
        find: '$3.48',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'contradicted',
        note: 'render.change_24h -0.60; sign',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '-9.0%',
        label: 'supported',
      },
      {
        find: '$437.90',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '+3.7%',
        label: 'supported',
      },
      {
        find: '+6.6%',
        label: 'supported',
      },
      {
        find: '$0.0915',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '-4.5%',
        label: 'contradicted',
        note: 'grt.change_30d -9.48',
      },
      {
        find: '$1.73',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'supported',
      },
      {
        find: '+7.2%@2',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'contradicted',
        note: 'virtual.change_30d -11.36; sign',
      },
      {
        find: '$1.98',
        label: 'contradicted',
        note: 'wld.price 0.9982',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '-8.9%',
        label: 'supported',
      },
      {
        find: '$3.13',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'contradicted',
        note: 'near.change_24h 1.80',
      },
      {
        find: '+1.7%',
        label: 'supported',
      },
      {
        find: '-9.2%',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '$16.1B',
        label: 'supported',
      },
      {
        find: '$33B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-table-08',
    voice: 'table',
    style: 'daily',
    text: 'Memes and gaming, the two red corners of the board:\n\n| Token | Price | 24h % | Note |\n|---|---|---|---|\n| DOGE | $0.2018 | -3.9% | worst of the watchlist |\n| WIF | $0.613 | -3.8% | |\n| PEPE | $0.0000718 | -2.8% | |\n| SHIB | $0.00001142 | -1.9% | best meme |\n| AXS | $2.97 | -2.4% | worst gaming |\n| GALA | $0.0413 | -2.2% | |\n| SAND | $0.251 | -8.1% | |\n| IMX | $0.584 | +0.8% | |',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$0.2018',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '$0.613',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '$0.0000718',
        label: 'contradicted',
        note: 'pepe.price 0.00000718; 10x',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '$0.00001142',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '$2.97',
        label: 'contradicted',
        note: 'axs.price 1.9674',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '$0.0413',
        label: 'contradicted',
        note: 'gala.price 0.01431',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '$0.251',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'contradicted',
        note: 'sand.change_24h -1.80',
      },
      {
        find: '$0.584',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'contradicted',
        note: 'imx.change_24h -0.80; sign',
      },
    ],
  },
  {
    id: 'M-table-09',
    voice: 'table',
    style: 'daily',
    text: 'Quick table, Layer 2:\n\n| | ARB | OP | POL | IMX |\n|---|---|---|---|---|\n| Price | $0.345 | $0.506 | $0.290 | $0.584 |\n| 24h | +8.0% | +4.5% | +2.5% | -0.8% |\n| Mkt cap | $1.94B | $1.55B | $2.19B | $1.14B |\n\nARB is now above its 30-day swing high, and analysts see it at $0.45 next.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '$0.345',
        label: 'supported',
      },
      {
        find: '$0.506',
        label: 'supported',
      },
      {
        find: '$0.290',
        label: 'contradicted',
        note: 'pol.price 0.2087',
      },
      {
        find: '$0.584',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+8.0%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'supported',
      },
      {
        find: '+2.5%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '$1.94B',
        label: 'supported',
      },
      {
        find: '$1.55B',
        label: 'contradicted',
        note: 'op.market_cap 955M',
      },
      {
        find: '$2.19B',
        label: 'supported',
      },
      {
        find: '$1.14B',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$0.45',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'M-table-10',
    voice: 'table',
    style: 'daily',
    text: '| Asset | Volume 24h | vs 7d avg |\n|---|---|---|\n| BTC | $5.4B | 1.6x |\n| ETH | $5.5B | 2.0x |\n| SOL | $4.1B | 1.8x |\n| XRP | $752M | 1.1x |\n| BNB | $332M | 1.5x |\n| SUI | $420M | 1.9x |\n| ADA | $166M | 2.6x |\n\nTurnover was heavy everywhere, ETH doubling its norm.',
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
        find: '$5.4B',
        label: 'supported',
      },
      {
        find: '1.6x',
        label: 'supported',
      },
      {
        find: '$5.5B',
        label: 'supported',
      },
      {
        find: '2.0x',
        label: 'supported',
      },
      {
        find: '$4.1B',
        label: 'contradicted',
        note: 'sol.volume_24h 1.43B',
      },
      {
        find: '1.8x',
        label: 'supported',
      },
      {
        find: '$752M',
        label: 'supported',
      },
      {
        find: '1.1x',
        label: 'contradicted',
        note: 'xrp.volume_ratio_7d 1.60',
      },
      {
        find: '$332M',
        label: 'supported',
      },
      {
        find: '1.5x',
        label: 'supported',
      },
      {
        find: '$420M',
        label: 'supported',
      },
      {
        find: '1.9x',
        label: 'supported',
      },
      {
        find: '$166M',
        label: 'supported',
      },
      {
        find: '2.6x',
        label: 'contradicted',
        note: 'ada.volume_ratio_7d 1.58',
      },
    ],
  },
  {
    id: 'M-table-11',
    voice: 'table',
    style: 'daily',
    text: 'Headline check:\n\n| Outlet | Claim | Data |\n|---|---|---|\n| CoinDesk | BTC low near $104,100 | low $104,130 |\n| CryptoSlate | ETH down 5% | up 4.6% |\n| The Block | Funding at record highs | BTC funding -0.0041% |\n| Cointelegraph | Bridge exploit of $34M | n/a |\n| Bitcoin Magazine | BTC below $100K | low $104.1K |\n| r/CryptoCurrency | OI up 5% | OI -6.1% |',
    numbers: [
      {
        find: '$104,100',
        label: 'supported-by-source',
        note: 'CoinDesk summary; also close to btc.low_24h 104,130',
      },
      {
        find: '$104,130',
        label: 'supported',
      },
      {
        find: '5% | u',
        label: 'contradicted',
        note: 'eth.change_24h +4.6',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '-0.0041%',
        label: 'supported',
      },
      {
        find: '$34M',
        label: 'supported-by-source',
      },
      {
        find: '$100K',
        label: 'contradicted',
        note: 'btc.low_24h 104,130',
      },
      {
        find: '$104.1K',
        label: 'supported',
      },
      {
        find: '5%@2',
        label: 'contradicted',
        note: 'market.oi_change_24h -6.1',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-table-12',
    voice: 'table',
    style: 'weekly',
    text: 'Week on week:\n\n| Sector | 7d % | Cap change |\n|---|---|---|\n| Layer 1 | +2.6% | +$78B |\n| Layer 2 | +5.8% | +$342M |\n| AI | +3.3% | +$159M |\n| DePIN | -1.5% | +$60M |\n| Gaming | -5.5% | -$518M |\n| Memes | -1.7% | -$1.68B |\n\nBTC OI is off 2.1% for the week and ETH OI 3.6%; XRP OI is the only one higher, +3.2%.',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+$78B',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '+$342M',
        label: 'supported',
      },
      {
        find: '+3.3%',
        label: 'supported',
      },
      {
        find: '+$159M',
        label: 'contradicted',
        note: 'sector.ai.market_cap_change_7d 519M',
      },
      {
        find: '-1.5%',
        label: 'contradicted',
        note: 'sector.depin.change_7d +1.51; sign',
      },
      {
        find: '+$60M',
        label: 'supported',
      },
      {
        find: '-5.5%',
        label: 'supported',
      },
      {
        find: '-$518M',
        label: 'contradicted',
        note: 'sector.gaming.market_cap_change_7d -158M',
      },
      {
        find: '-1.7%',
        label: 'contradicted',
        note: 'sector.memes.change_7d -3.96',
      },
      {
        find: '-$1.68B',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'contradicted',
        note: 'xrp.oi_change_7d +0.8; 3.2 is 24h and negative',
      },
    ],
  },
  {
    id: 'M-table-13',
    voice: 'table',
    style: 'daily',
    text: 'Top movers, 24h:\n\n| Rank | Token | Move |\n|---|---|---|\n| 1 | ARB | +8.0% |\n| 2 | ETH | +4.6% |\n| 3 | VIRTUAL | +4.5% |\n| 4 | SUI | +2.1% |\n\nBottom: DOGE -3.9%, WIF -3.8%, PEPE -2.8%, XRP -4.2%.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '1 ',
        label: 'ignored',
      },
      {
        find: '+8.0%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '3 ',
        label: 'ignored',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'virtual.change_24h 3.2; 4.5 is OP, which ranks third',
      },
      {
        find: '4@4',
        label: 'ignored',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: '4th is OP +4.5 (VIRTUAL 3.2 ahead too); sui 2.1 value right but rank wrong; debatable',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'xrp.change_24h -2.0',
      },
    ],
  },
  {
    id: 'M-table-14',
    voice: 'table',
    style: 'daily',
    text: '| | BTC | ETH |\n|---|---|---|\n| Vol 7d (ann.) | 29% | 70% |\n| Vol 30d (ann.) | 38% | 71% |\n| 30d change | +1.5% | -3.2% |\n| Swing high 30d | $118,953 | $4,370 |\n| Swing low 30d | $101,062 | $3,550 |\n| Next target | $125,000 | $4,500 |\n| Record high | $126,200 | $4,950 |',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '29%',
        label: 'supported',
      },
      {
        find: '70%',
        label: 'supported',
      },
      {
        find: '30d (',
        label: 'ignored',
      },
      {
        find: '38%',
        label: 'supported',
      },
      {
        find: '71%',
        label: 'contradicted',
        note: 'eth.volatility_30d 61.0',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '+1.5%',
        label: 'contradicted',
        note: 'btc.change_30d -1.50; sign',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '30d@3',
        label: 'ignored',
      },
      {
        find: '$118,953',
        label: 'supported',
      },
      {
        find: '$4,370',
        label: 'contradicted',
        note: 'eth.swing_high_30d 4,073',
      },
      {
        find: '30d@4',
        label: 'ignored',
      },
      {
        find: '$101,062',
        label: 'supported',
      },
      {
        find: '$3,550',
        label: 'supported',
      },
      {
        find: '$125,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$4,500',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$126,200',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '$4,950',
        label: 'unsupported',
        note: 'history',
      },
    ],
  },
  {
    id: 'M-table-15',
    voice: 'table',
    style: 'daily',
    text: 'Majors, second tier:\n\n| Asset | Price | 24h % | 30d % |\n|---|---|---|---|\n| AVAX | $19.27 | +1.1% | -10.9% |\n| DOT | $3.32 | -0.7% | -9.5% |\n| NEAR | $3.13 | +1.8% | -9.2% |\n| TON | $2.05 | +0.9% | -14% |\n| SUI | $2.74 | +2.1% | -3.4% |\n| ADA | $0.68 | +0.5% | -10.1% |\n| LINK | $17.40 | +2.3% | -6.0% |\n\nSUI is the best Layer 1 over 30 days, AVAX the worst.',
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
        find: '$19.27',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '-10.9%',
        label: 'supported',
      },
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: '-0.7%',
        label: 'supported',
      },
      {
        find: '-9.5%',
        label: 'contradicted',
        note: 'dot.change_30d -5.90',
      },
      {
        find: '$3.13',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '-9.2%',
        label: 'supported',
      },
      {
        find: '$2.05',
        label: 'unsupported',
        note: 'off-watchlist',
      },
      {
        find: '+0.9%',
        label: 'unsupported',
        note: 'off-watchlist',
      },
      {
        find: '-14%',
        label: 'unsupported',
        note: 'off-watchlist',
      },
      {
        find: '$2.74',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'contradicted',
        note: 'sui.change_30d +3.43; sign',
      },
      {
        find: '$0.68',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '-10.1%',
        label: 'supported',
      },
      {
        find: '$17.40',
        label: 'unsupported',
        note: 'off-watchlist',
      },
      {
        find: '+2.3%',
        label: 'unsupported',
        note: 'off-watchlist',
      },
      {
        find: '-6.0%',
        label: 'unsupported',
        note: 'off-watchlist',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'M-table-16',
    voice: 'table',
    style: 'daily',
    text: "| DePIN | Price | 24h % | 7d % |\n|---|---|---|---|\n| FIL | $2.21 | -1.5% | -2.2% |\n| HNT | $2.80 | +0.4% | +3.5% |\n| IOTX | $0.0204 | -0.5% | -6.3% |\n| RENDER | $3.48 | -0.6% | +7.5% |\n\nSector: -0.8% on the day, cap $4.05B; CoinGecko's DePIN category is at $16.1B.",
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
        find: '$2.21',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '$2.80',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '+3.5%',
        label: 'contradicted',
        note: 'hnt.change_7d -3.46; sign',
      },
      {
        find: '$0.0204',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '$3.48',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '$4.05B',
        label: 'supported',
      },
      {
        find: '$16.1B',
        label: 'contradicted',
        note: 'sector.depin.category_cap 11.6B; 16.1B is AI watchlist cap',
      },
    ],
  },
];
