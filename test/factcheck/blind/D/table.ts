import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-table-01',
    voice: 'table',
    style: 'daily',
    text: "Majors at a glance (as of the morning print):\n\n| Asset | Price | 24h % | 7d % | Mkt cap |\n|---|---|---|---|---|\n| BTC | $112,486 | +3.84% | +10.97% | $2.25T |\n| ETH | $3,987 | +4.62% | +10.22% | $418B |\n| SOL | $171.36 | +5.41% | +3.29% | $94.6B |\n| XRP | $2.4817 | +1.16% | +3.29% | $194.9B |\n| BNB | $1,102.60 | +1.88% | +1.04% | $140.9B |\n| ADA | $0.5873 | +9.32% | +7.98% | $12.4B |\n| AVAX | $29.84 | +8.27% | +15.64% | $8.5B |\n| DOT | $3.318 | +4.48% | -5.75% | $5.4B |\n| NEAR | $2.906 | +8.93% | +10.98% | $6.7B |\n| SUI | $2.5412 | +4.17% | +17.74% | $9.4B |\n\nBitcoin leads the weekly column among the big three, though Avalanche's 15.6% tops the whole table. BNB is the laggard on both windows. Up/down count on the day: 10 up, 0 down.",
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
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '+3.84%',
        label: 'supported',
      },
      {
        find: '+10.97%',
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
        find: '+4.62%',
        label: 'supported',
      },
      {
        find: '+10.22%',
        label: 'contradicted',
        note: '30d value; fact eth.change_7d 4.33',
      },
      {
        find: '$418B',
        label: 'contradicted',
        note: 'fact eth.market_cap 481.3B',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '+5.41%',
        label: 'supported',
      },
      {
        find: '+3.29%@1',
        label: 'contradicted',
        note: 'fact sol.change_7d 8.29 (3.29 is XRP)',
      },
      {
        find: '$94.6B',
        label: 'supported',
      },
      {
        find: '$2.4817',
        label: 'supported',
      },
      {
        find: '+1.16%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '+3.29%@2',
        label: 'supported',
      },
      {
        find: '$194.9B',
        label: 'contradicted',
        note: 'fact xrp.market_cap 149.9B',
      },
      {
        find: '$1,102.60',
        label: 'contradicted',
        note: 'fact bnb.price 1012.6',
      },
      {
        find: '+1.88%',
        label: 'supported',
      },
      {
        find: '+1.04%',
        label: 'supported',
      },
      {
        find: '$140.9B',
        label: 'supported',
      },
      {
        find: '$0.5873',
        label: 'supported',
      },
      {
        find: '+9.32%',
        label: 'contradicted',
        note: 'fact ada.change_24h 3.92',
      },
      {
        find: '+7.98%',
        label: 'supported',
      },
      {
        find: '$12.4B',
        label: 'contradicted',
        note: 'fact ada.market_cap 21.42B',
      },
      {
        find: '$29.84',
        label: 'contradicted',
        note: 'fact avax.price 19.84',
      },
      {
        find: '+8.27%',
        label: 'contradicted',
        note: 'fact avax.change_24h 6.27',
      },
      {
        find: '+15.64%',
        label: 'supported',
      },
      {
        find: '$8.5B',
        label: 'supported',
      },
      {
        find: '$3.318',
        label: 'supported',
      },
      {
        find: '+4.48%',
        label: 'supported',
      },
      {
        find: '-5.75%',
        label: 'contradicted',
        note: 'fact dot.change_7d +5.75, sign',
      },
      {
        find: '$5.4B',
        label: 'supported',
      },
      {
        find: '$2.906',
        label: 'supported',
      },
      {
        find: '+8.93%',
        label: 'supported',
      },
      {
        find: '+10.98%',
        label: 'supported',
      },
      {
        find: '$6.7B',
        label: 'contradicted',
        note: 'fact near.market_cap 3.68B',
      },
      {
        find: '$2.5412',
        label: 'supported',
      },
      {
        find: '+4.17%',
        label: 'contradicted',
        note: 'fact sui.change_24h 7.14',
      },
      {
        find: '+17.74%',
        label: 'contradicted',
        note: 'fact sui.change_7d 10.74',
      },
      {
        find: '$9.4B',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '10@5',
        label: 'supported',
      },
      {
        find: '0@11',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives board\n\n| Perp | Funding / 8h | Annualized | OI | OI 24h | OI 7d |\n|---|---|---|---|---|---|\n| BTC | 0.0081% | 8.9% | $9.84B | +2.6% | +11.4% |\n| ETH | 0.0094% | 10.3% | $9.51B | +7.8% | +24.2% |\n| SOL | -0.0027% | -3.0% | $1.63B | +3.4% | +2.1% |\n| XRP | 0.0036% | 6.9% | $1.05B | +1.9% | +2.7% |\n| DOGE | 0.0058% | -6.4% | $680M | -5.6% | -3.9% |\n| **Total** | 0.0068% (OI-wtd) | — | $19.1B | +5.1% | +6.9% |\n\nReading the board: longs pay on BTC, ETH and XRP; shorts pay on SOL and DOGE. ETH has the richest funding at roughly 10% a year. BTC OI is within 2% of the Binance figure The Block cited.',
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
        find: '7d',
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
        find: '+2.6%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h 6.2',
      },
      {
        find: '+11.4%',
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
        find: '$9.51B',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.91B',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '+24.2%',
        label: 'contradicted',
        note: 'fact eth.oi_change_7d 14.2',
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
        note: 'fact sol.oi_change_24h -3.4, sign',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '0.0036%',
        label: 'supported',
      },
      {
        find: '6.9%@1',
        label: 'contradicted',
        note: 'fact xrp.funding_apr 3.94',
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
        find: '+2.7%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_7d -2.7, sign',
      },
      {
        find: '0.0058%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.0058, sign',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '$680M',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d -9.3',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '$19.1B',
        label: 'supported',
      },
      {
        find: '+5.1%',
        label: 'supported',
      },
      {
        find: '+6.9%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 9.62',
      },
      {
        find: '10%',
        label: 'supported',
      },
      {
        find: '2%@2',
        label: 'unsupported',
        note: 'derived, Binance figure vs total not a fact',
      },
    ],
  },
  {
    id: 'D-table-03',
    voice: 'table',
    style: 'daily',
    text: 'Sector scoreboard, last 24 hours\n\n| Sector | 24h % | Cap (watchlist) | Cap chg 24h | Best | Worst | Up/Down |\n|---|---|---|---|---|---|---|\n| AI | +9.20% | $13.6B | +$1.15B | VIRTUAL +14.3% | GRT +4.6% | 7/0 |\n| Gaming | +8.12% | $2.44B | +$411M | GALA +9.8% | AXS +8.9% | 4/0 |\n| DePIN | +5.41% | $8.31B | +$296M | RENDER +9.5% | HNT +1.2% | 3/1 |\n| Layer 1 | +3.86% | $3.16T | +$117B | NEAR +8.9% | BNB +1.9% | 9/1 |\n| Memes | +1.82% | $73.2B | +$664M | WIF +4.8% | SHIB -0.6% | 3/1 |\n| Layer 2 | -0.44% | $5.61B | -$25M | POL +0.3% | OP -2.4% | 2/2 |\n\nAI was the best sector and Layer 2 the worst. 28 of 30 assets rose overall.',
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '+9.20%',
        label: 'supported',
      },
      {
        find: '$13.6B',
        label: 'supported',
      },
      {
        find: '+$1.15B',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'contradicted',
        note: 'fact grt.change_24h 6.38; GRT is the right worst member',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '+8.12%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 6.12',
      },
      {
        find: '$2.44B',
        label: 'supported',
      },
      {
        find: '+$411M',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap_change_24h 140.6M',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '+8.9%@1',
        label: 'contradicted',
        note: 'worst gaming member is IMX +2.60; AXS is 8.92',
      },
      {
        find: '4@9',
        label: 'supported',
      },
      {
        find: '0@3',
        label: 'supported',
      },
      {
        find: '+5.41%',
        label: 'supported',
      },
      {
        find: '$8.31B',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap 3.81B',
      },
      {
        find: '+$296M',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap_change_24h 195.6M',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '3@4',
        label: 'contradicted',
        note: 'fact sector.depin.advancers_24h 4',
      },
      {
        find: '1@11',
        label: 'contradicted',
        note: 'fact sector.depin.decliners_24h 0',
      },
      {
        find: '1@12',
        label: 'ignored',
      },
      {
        find: '+3.86%',
        label: 'supported',
      },
      {
        find: '$3.16T',
        label: 'supported',
      },
      {
        find: '+$117B',
        label: 'supported',
      },
      {
        find: '+8.9%@2',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '9@8',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 10',
      },
      {
        find: '1@17',
        label: 'contradicted',
        note: 'fact sector.l1.decliners_24h 0',
      },
      {
        find: '+1.82%',
        label: 'supported',
      },
      {
        find: '$73.2B',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap 37.2B',
      },
      {
        find: '+$664M',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '3@8',
        label: 'supported',
      },
      {
        find: '1@19',
        label: 'supported',
      },
      {
        find: '2@11',
        label: 'ignored',
      },
      {
        find: '-0.44%',
        label: 'supported',
      },
      {
        find: '$5.61B',
        label: 'supported',
      },
      {
        find: '-$25M',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'contradicted',
        note: 'best L2 is IMX +2.60',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '2@14',
        label: 'supported',
      },
      {
        find: '2@15',
        label: 'supported',
      },
      {
        find: '2@16',
        label: 'ignored',
      },
      {
        find: '28',
        label: 'contradicted',
        note: 'fact market.advancers_24h 27',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-table-04',
    voice: 'table',
    style: 'weekly',
    text: 'Seven-day sector table\n\n| Sector | 7d % | 30d % | Best 7d | Worst 7d | Up/Down 7d |\n|---|---|---|---|---|---|\n| Layer 1 | +8.96% | +9.76% | AVAX +15.6% | BNB +3.0% | 10/0 |\n| Gaming | +8.35% | -4.69% | IMX +13.1% | AXS +1.1% | 3/1 |\n| Layer 2 | +6.44% | -6.55% | IMX +13.1% | POL +0.0% | 4/0 |\n| AI | +9.20% | -2.12% | NEAR +8.9% | WLD -3.1% | 6/1 |\n| DePIN | -4.93% | -7.74% | FIL +3.0% | IOTX -11.5% | 2/2 |\n| Memes | -6.86% | -16.89% | WIF -1.8% | DOGE -5.6% | 0/4 |\n\nNotes: Layer 1 is the only sector positive over 30 days. Every AI name is down over the month (VIRTUAL worst at -22.5%), and every meme name is down over both 7 and 30 days.',
    numbers: [
      {
        find: 'Seven-day',
        label: 'ignored',
      },
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
        find: '7d@3',
        label: 'ignored',
      },
      {
        find: '7d@4',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+8.96%',
        label: 'supported',
      },
      {
        find: '+9.76%',
        label: 'supported',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '+3.0%@1',
        label: 'contradicted',
        note: 'fact bnb.change_7d 1.04',
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
        find: '+8.35%',
        label: 'supported',
      },
      {
        find: '-4.69%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_30d -7.69',
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
        find: '3@5',
        label: 'contradicted',
        note: 'fact sector.gaming.advancers_7d 4',
      },
      {
        find: '1@8',
        label: 'contradicted',
        note: 'fact sector.gaming.decliners_7d 0',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+6.44%',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d 5.44',
      },
      {
        find: '-6.55%',
        label: 'supported',
      },
      {
        find: '+13.1%@2',
        label: 'supported',
      },
      {
        find: '+0.0%',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '0@7',
        label: 'supported',
      },
      {
        find: '+9.20%',
        label: 'contradicted',
        note: '24h value; fact sector.ai.change_7d 3.58',
      },
      {
        find: '-2.12%',
        label: 'contradicted',
        note: 'fact sector.ai.change_30d -7.12',
      },
      {
        find: '+8.9%',
        label: 'contradicted',
        note: '24h value; fact near.change_7d 10.98',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '6@7',
        label: 'supported',
      },
      {
        find: '1@13',
        label: 'supported',
      },
      {
        find: '-4.93%',
        label: 'supported',
      },
      {
        find: '-7.74%',
        label: 'supported',
      },
      {
        find: '+3.0%@2',
        label: 'contradicted',
        note: 'best DePIN 7d is IOTX +2.97; FIL is -11.51',
      },
      {
        find: '-11.5%',
        label: 'contradicted',
        note: 'worst DePIN 7d is FIL -11.51',
      },
      {
        find: '2@5',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'supported',
      },
      {
        find: '-6.86%',
        label: 'supported',
      },
      {
        find: '-16.89%',
        label: 'contradicted',
        note: 'fact sector.memes.change_30d -6.89',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'contradicted',
        note: 'fact doge.change_7d -7.61',
      },
      {
        find: '0@10',
        label: 'supported',
      },
      {
        find: '4@7',
        label: 'supported',
      },
      {
        find: '1@18',
        label: 'ignored',
      },
      {
        find: '30 days@1',
        label: 'ignored',
      },
      {
        find: '-22.5%',
        label: 'supported',
      },
      {
        find: '7@8',
        label: 'ignored',
      },
      {
        find: '30 days@2',
        label: 'ignored',
      },
    ],
  },
];
