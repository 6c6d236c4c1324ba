import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-table-01',
    voice: 'table',
    style: 'daily',
    text: "Majors at a glance. The short squeeze lifted most large caps; BNB was the only one in the red.\n\n| Asset | Price | 24h % | 7d % | Market cap |\n|---|---|---|---|---|\n| BTC | $98,735 | +1.52% | -5.54% | $1.79T |\n| ETH | $3,154 | +6.31% | +0.60% | $420.9B |\n| SOL | $158.92 | +7.84% | +2.72% | $87.8B |\n| XRP | $2.3516 | +5.26% | -5.26% | $134.7B |\n| BNB | $1,074.88 | -0.43% | -4.41% | $134.7B |\n| ADA | $0.5937 | +8.62% | -8.47% | $21.7B |\n\nEther led the majors with its 6.3% gain, while bitcoin's 1.5% rise lagged the broader market.",
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
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '+1.52%',
        label: 'supported',
      },
      {
        find: '-5.54%',
        label: 'supported',
      },
      {
        find: '$1.79T',
        label: 'contradicted',
        note: 'btc.market_cap 1.97T',
      },
      {
        find: '$3,154',
        label: 'contradicted',
        note: 'eth.price 3486.27; 3,154 is the 30-day swing low',
      },
      {
        find: '+6.31%',
        label: 'supported',
      },
      {
        find: '+0.60%',
        label: 'contradicted',
        note: 'eth.change_7d -0.60 sign flip',
      },
      {
        find: '$420.9B',
        label: 'supported',
      },
      {
        find: '$158.92',
        label: 'supported',
      },
      {
        find: '+7.84%',
        label: 'supported',
      },
      {
        find: '+2.72%',
        label: 'contradicted',
        note: 'sol.change_7d -2.72 sign flip',
      },
      {
        find: '$87.8B',
        label: 'supported',
      },
      {
        find: '$2.3516',
        label: 'supported',
      },
      {
        find: '+5.26%',
        label: 'contradicted',
        note: 'xrp.change_24h +3.92; 5.26 is the 7d magnitude',
      },
      {
        find: '-5.26%',
        label: 'supported',
      },
      {
        find: '$134.7B@1',
        label: 'contradicted',
        note: "that is BNB's cap; xrp.market_cap 142.2B",
      },
      {
        find: '$1,074.88',
        label: 'contradicted',
        note: 'that is the 30-day swing high; bnb.price 968.1',
      },
      {
        find: '-0.43%',
        label: 'supported',
      },
      {
        find: '-4.41%',
        label: 'supported',
      },
      {
        find: '$134.7B@2',
        label: 'supported',
      },
      {
        find: '$0.5937',
        label: 'supported',
      },
      {
        find: '+8.62%',
        label: 'supported',
      },
      {
        find: '-8.47%',
        label: 'contradicted',
        note: 'ada.change_7d -5.11; -8.47 is the 30d',
      },
      {
        find: '$21.7B',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'contradicted',
        note: 'wrong leader: ADA +8.62 and SOL +7.84 both beat ETH among these majors',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives dashboard (Binance perps)\n\n| Perp | Funding (8h) | Annualized | Open interest | OI 24h | OI 7d |\n|---|---|---|---|---|---|\n| BTC | -0.0061% | -2.2% | $7.86B | -14.2% | -14.2% |\n| ETH | -0.0112% | -12.31% | $4.41B | -12.6% | -17.5% |\n| SOL | -0.0087% | -95.7% | $12.1B | -8.3% | -11.9% |\n| XRP | -0.0039% | +4.28% | $10.4B | +2.1% | -3.1% |\n| DOGE | -0.0025% | -2.77% | $0.56B | -12.8% | -6.4% |\n\nAggregate open interest is $15.08B, down 9.7% on the day and 14.3% on the week; the OI-weighted average funding rate is -0.0070%. XRP is the only book where shorts pay longs, at +0.0039%. Liquidations of about $412 million did most of the work.',
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
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'contradicted',
        note: 'btc.funding_apr -6.70',
      },
      {
        find: '$7.86B',
        label: 'supported',
      },
      {
        find: '-14.2%@1',
        label: 'contradicted',
        note: 'btc.oi_change_24h -9.8; -14.2 is the 7d',
      },
      {
        find: '-14.2%@2',
        label: 'supported',
      },
      {
        find: '-0.0112%',
        label: 'supported',
      },
      {
        find: '-12.31%',
        label: 'supported',
      },
      {
        find: '$4.41B',
        label: 'supported',
      },
      {
        find: '-12.6%',
        label: 'supported',
      },
      {
        find: '-17.5%',
        label: 'supported',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '-95.7%',
        label: 'contradicted',
        note: 'sol.funding_apr -9.57; 10x',
      },
      {
        find: '$12.1B',
        label: 'contradicted',
        note: 'sol.open_interest 1.21B; 10x slip',
      },
      {
        find: '-8.3%',
        label: 'supported',
      },
      {
        find: '-11.9%',
        label: 'supported',
      },
      {
        find: '-0.0039%',
        label: 'contradicted',
        note: 'xrp.funding_rate +0.00391 sign flip',
      },
      {
        find: '+4.28%',
        label: 'supported',
      },
      {
        find: '$10.4B',
        label: 'contradicted',
        note: 'xrp.open_interest 1.04B; 10x',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-0.0025%',
        label: 'supported',
      },
      {
        find: '-2.77%',
        label: 'supported',
      },
      {
        find: '$0.56B',
        label: 'supported',
      },
      {
        find: '-12.8%',
        label: 'contradicted',
        note: 'doge.oi_change_24h -6.4; -12.8 is the 7d',
      },
      {
        find: '-6.4%',
        label: 'contradicted',
        note: 'doge.oi_change_7d -12.8; -6.4 is the 24h',
      },
      {
        find: '$15.08B',
        label: 'supported',
      },
      {
        find: '9.7%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '-0.0070%',
        label: 'supported',
      },
      {
        find: '+0.0039%',
        label: 'contradicted',
        note: 'payer wrong: positive funding means longs pay shorts',
      },
      {
        find: '$412 million',
        label: 'unsupported',
        note: 'headline figure not attributed to CoinDesk',
      },
    ],
  },
  {
    id: 'G-table-03',
    voice: 'table',
    style: 'sector',
    text: "Sector scoreboard, past 24 hours\n\n| Sector | Change | Best | Worst | Up | Down | Market cap |\n|---|---|---|---|---|---|---|\n| Gaming | +15.65% | GALA +18.94% | IMX +12.63% | 4 | 0 | $27.9B |\n| Layer 2 | +6.72% | IMX +12.63% | ARB +8.16% | 4 | 0 | $6.08B |\n| AI | +5.60% | FET +13.41% | TAO -0.82% | 6 | 2 | $13.88B |\n| DePIN | +4.32% | IOTX +1.08% | HNT -1.18% | 3 | 1 | $3.74B |\n| Layer 1 | +2.54% | SUI +10.24% | BNB -0.43% | 10 | 1 | $2.81B |\n| Memes | -3.32% | WIF +1.87% | DOGE -5.82% | 2 | 3 | $38.70B |\n\nGaming beat memes by almost 19 points. On CoinGecko's wider category view, gaming is worth $10.87B, up 14.86%, and memes $59.2B. Meme market cap shrank by $3.76B over the day.",
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '+15.65%',
        label: 'supported',
      },
      {
        find: '+18.94%',
        label: 'supported',
      },
      {
        find: '+12.63%@1',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '0@1',
        label: 'supported',
      },
      {
        find: '$27.9B',
        label: 'contradicted',
        note: 'sector.gaming.market_cap 2.79B; 10x',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '+6.72%',
        label: 'contradicted',
        note: 'sector.l2.change_24h 9.94; 6.72 is the 7d',
      },
      {
        find: '+12.63%@2',
        label: 'supported',
      },
      {
        find: '+8.16%',
        label: 'contradicted',
        note: 'worst_24h is POL 8.16; ARB rose 9.71',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '$6.08B',
        label: 'supported',
      },
      {
        find: '+5.60%',
        label: 'supported',
      },
      {
        find: '+13.41%',
        label: 'contradicted',
        note: 'wrong leader: best_24h is VIRTUAL 13.41',
      },
      {
        find: '-0.82%',
        label: 'supported',
      },
      {
        find: '6@8',
        label: 'supported',
      },
      {
        find: '2@8',
        label: 'contradicted',
        note: 'sector.ai.decliners_24h 1',
      },
      {
        find: '$13.88B',
        label: 'supported',
      },
      {
        find: '+4.32%',
        label: 'supported',
      },
      {
        find: '+1.08%',
        label: 'contradicted',
        note: 'depin.best_24h IOTX 10.82; 10x slip',
      },
      {
        find: '-1.18%',
        label: 'supported',
      },
      {
        find: '3@6',
        label: 'supported',
      },
      {
        find: '1@12',
        label: 'supported',
      },
      {
        find: '$3.74B',
        label: 'supported',
      },
      {
        find: '1@13',
        label: 'ignored',
      },
      {
        find: '+2.54%',
        label: 'supported',
      },
      {
        find: '+10.24%',
        label: 'supported',
      },
      {
        find: '-0.43%',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'contradicted',
        note: 'sector.l1.advancers_24h 9',
      },
      {
        find: '1@16',
        label: 'supported',
      },
      {
        find: '$2.81B',
        label: 'contradicted',
        note: 'sector.l1.market_cap 2.81T; unit slip',
      },
      {
        find: '-3.32%',
        label: 'supported',
      },
      {
        find: '+1.87%',
        label: 'supported',
      },
      {
        find: '-5.82%',
        label: 'contradicted',
        note: 'worst_24h is PEPE -5.82; DOGE fell 3.41',
      },
      {
        find: '2@15',
        label: 'contradicted',
        note: 'sector.memes.advancers_24h 1',
      },
      {
        find: '3@11',
        label: 'supported',
      },
      {
        find: '$38.70B',
        label: 'supported',
      },
      {
        find: '19',
        label: 'unsupported',
        note: 'derived arithmetic (15.65 - -3.32), no fact',
      },
      {
        find: '$10.87B',
        label: 'supported',
      },
      {
        find: '14.86%',
        label: 'supported',
      },
      {
        find: '$59.2B',
        label: 'supported',
      },
      {
        find: '$3.76B',
        label: 'contradicted',
        note: '24h change is -1.33B; -3.76B is the 7d change',
      },
    ],
  },
  {
    id: 'G-table-04',
    voice: 'table',
    style: 'weekly',
    text: 'Week in review: the only green sectors were layer 2 and gaming.\n\n| Token | Price | 7d | 30d |\n|---|---|---|---|\n| ARB | $0.3318 | +9.71% | -2.88% |\n| OP | $0.5773 | +9.24% | -6.79% |\n| POL | $0.2017 | +8.16% | -9.64% |\n| IMX | $0.5694 | +2.03% | -12.9% |\n| AXS | $1.93 | +17.83% | -7.79% |\n| SAND | $0.2734 | +5.47% | -0.15% |\n| GALA | $0.0179 | +18.94% | +3.69% |\n| WLD | $0.8162 | +6.28% | +12.65% |\n\nOver the week, layer 2 rose 6.7% with all 4 members up, and gaming 5.3%. Layer 1 fell 4.6%, AI 8.7%, DePIN 12.3% and memes 8.9%. Worldcoin was the only AI token up, rising 6.3%.',
    numbers: [
      {
        find: 'layer 2@1',
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
        find: '$0.3318',
        label: 'supported',
      },
      {
        find: '+9.71%',
        label: 'contradicted',
        note: 'weekly table: arb.change_7d 8.80; 9.71 is the 24h',
      },
      {
        find: '-2.88%',
        label: 'supported',
      },
      {
        find: '$0.5773',
        label: 'contradicted',
        note: 'op.price 0.4961; 0.5773 is the 30-day high',
      },
      {
        find: '+9.24%',
        label: 'supported',
      },
      {
        find: '-6.79%',
        label: 'supported',
      },
      {
        find: '$0.2017',
        label: 'supported',
      },
      {
        find: '+8.16%',
        label: 'contradicted',
        note: 'pol.change_7d 6.40; 8.16 is the 24h',
      },
      {
        find: '-9.64%',
        label: 'supported',
      },
      {
        find: '$0.5694',
        label: 'supported',
      },
      {
        find: '+2.03%',
        label: 'supported',
      },
      {
        find: '-12.9%',
        label: 'contradicted',
        note: 'imx.change_30d -1.29; 10x',
      },
      {
        find: '$1.93',
        label: 'supported',
      },
      {
        find: '+17.83%',
        label: 'contradicted',
        note: 'axs.change_7d 12.25; 17.83 is the 24h',
      },
      {
        find: '-7.79%',
        label: 'supported',
      },
      {
        find: '$0.2734',
        label: 'contradicted',
        note: 'sand.price 0.2597; 0.2734 is the 30-day high',
      },
      {
        find: '+5.47%',
        label: 'supported',
      },
      {
        find: '-0.15%',
        label: 'contradicted',
        note: 'sand.change_30d +0.15 sign flip',
      },
      {
        find: '$0.0179',
        label: 'contradicted',
        note: 'gala.price 0.01587; 0.0178 is the 30-day high',
      },
      {
        find: '+18.94%',
        label: 'contradicted',
        note: 'gala.change_7d 7.48; 18.94 is the 24h',
      },
      {
        find: '+3.69%',
        label: 'supported',
      },
      {
        find: '$0.8162',
        label: 'supported',
      },
      {
        find: '+6.28%',
        label: 'supported',
      },
      {
        find: '+12.65%',
        label: 'contradicted',
        note: 'wld.change_30d -12.65 sign flip',
      },
      {
        find: 'layer 2@2',
        label: 'ignored',
      },
      {
        find: '6.7%',
        label: 'supported',
      },
      {
        find: '4@7',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'contradicted',
        note: "sector.ai.change_7d -3.35; -8.67 is RENDER's",
      },
      {
        find: '12.3%',
        label: 'contradicted',
        note: 'weekly: depin.change_7d -8.18; 12.3 is the 30d',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-table-05',
    voice: 'table',
    style: 'daily',
    text: 'Bitcoin and ether: key levels\n\n| | BTC | ETH |\n|---|---|---|\n| Price | $98,734.60 | $3,486.27 |\n| 24h high | $98,999.59 | $3,533.48 |\n| 24h low | $96,750.34 | $3,266.85 |\n| Support | $95,000 | $3,600 |\n| Resistance | $100,000 | $3,400 |\n| 30d swing high | $111,455 | $4,108.72 |\n| 30d swing low | $92,100 | $3,154.23 |\n| Volume 24h | $8.47B | $47.5B |\n| Volume vs 7d avg | 2.37x | 1.39x |\n| 7d realized vol | 27.0% | 59.8% |\n| Funding (8h) | +0.0061% | -0.0112% |\n| Dominance | 59.45% | 12.7% |\n\nBTC is holding $3,734 above its support; a break of $100,000 would be the first since mid-November.',
    numbers: [
      {
        find: '$98,734.60',
        label: 'supported',
      },
      {
        find: '$3,486.27',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '$98,999.59',
        label: 'supported',
      },
      {
        find: '$3,533.48',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$96,750.34',
        label: 'supported',
      },
      {
        find: '$3,266.85',
        label: 'supported',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'contradicted',
        note: 'eth.support 3400; support/resistance swapped',
      },
      {
        find: '$100,000@1',
        label: 'supported',
      },
      {
        find: '$3,400',
        label: 'contradicted',
        note: 'eth.resistance 3600; swapped',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '$111,455',
        label: 'supported',
      },
      {
        find: '$4,108.72',
        label: 'contradicted',
        note: 'eth.swing_high_30d 3,808.72',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '$92,100',
        label: 'contradicted',
        note: 'btc.swing_low_30d 95,922',
      },
      {
        find: '$3,154.23',
        label: 'supported',
      },
      {
        find: '24h@3',
        label: 'ignored',
      },
      {
        find: '$8.47B',
        label: 'supported',
      },
      {
        find: '$47.5B',
        label: 'contradicted',
        note: 'eth.volume_24h 4.75B; 10x',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '2.37x',
        label: 'supported',
      },
      {
        find: '1.39x',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 2.39',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '27.0%',
        label: 'contradicted',
        note: 'btc.volatility_7d 38.6; 27.0 is the 30d',
      },
      {
        find: '59.8%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '+0.0061%',
        label: 'contradicted',
        note: 'btc.funding_rate -0.00612 sign flip',
      },
      {
        find: '-0.0112%',
        label: 'supported',
      },
      {
        find: '59.45%',
        label: 'supported',
      },
      {
        find: '12.7%',
        label: 'unsupported',
        note: 'ETH dominance: no fact (derived)',
      },
      {
        find: '$3,734',
        label: 'unsupported',
        note: 'distance to support, derived',
      },
      {
        find: '$100,000@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-table-06',
    voice: 'table',
    style: 'daily',
    text: 'Memes and DePIN: the laggards\n\n| Coin | Price | 24h | 7d | Volume vs avg |\n|---|---|---|---|---|\n| DOGE | $0.1928 | -3.41% | -10.08% | 1.38x |\n| SHIB | $0.0000104 | -7.23% | -1.79% | 1.25x |\n| PEPE | $0.000068 | -5.82% | -10.17% | 1.38x |\n| WIF | $0.7768 | -1.87% | -9.46% | 1.66x |\n| FIL | $2.136 | +10.82% | -6.20% | 1.93x |\n| HNT | $2.794 | -1.18% | -10.93% | 2.52x |\n| IOTX | $0.02374 | +10.82% | +11.40% | 2.42x |\n\nDOGE futures open interest fell 6.4% to $560M, and DOGE funding is -0.0025% per 8h, so shorts pay longs. The meme group shed $1.33B of market cap on the day. PEPE sits on its 30-day low of $0.0000066. DePIN as a whole rose 10.8%, with 3 of 4 members up.',
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
        find: '$0.1928',
        label: 'supported',
      },
      {
        find: '-3.41%',
        label: 'supported',
      },
      {
        find: '-10.08%',
        label: 'supported',
      },
      {
        find: '1.38x@1',
        label: 'supported',
      },
      {
        find: '$0.0000104',
        label: 'supported',
      },
      {
        find: '-7.23%',
        label: 'contradicted',
        note: 'shib.change_24h -2.16; -7.23 is the 30d',
      },
      {
        find: '-1.79%',
        label: 'supported',
      },
      {
        find: '1.25x',
        label: 'supported',
      },
      {
        find: '$0.000068',
        label: 'contradicted',
        note: 'pepe.price 0.0000068; 10x',
      },
      {
        find: '-5.82%',
        label: 'supported',
      },
      {
        find: '-10.17%',
        label: 'supported',
      },
      {
        find: '1.38x@2',
        label: 'supported',
      },
      {
        find: '$0.7768',
        label: 'contradicted',
        note: 'wif.price 0.5842; 0.7768 is the 30-day high',
      },
      {
        find: '-1.87%',
        label: 'contradicted',
        note: 'wif.change_24h +1.87 sign flip',
      },
      {
        find: '-9.46%',
        label: 'supported',
      },
      {
        find: '1.66x',
        label: 'supported',
      },
      {
        find: '$2.136',
        label: 'supported',
      },
      {
        find: '+10.82%@1',
        label: 'contradicted',
        note: "fil.change_24h 4.61; 10.82 is IOTX's",
      },
      {
        find: '-6.20%',
        label: 'supported',
      },
      {
        find: '1.93x',
        label: 'supported',
      },
      {
        find: '$2.794',
        label: 'supported',
      },
      {
        find: '-1.18%',
        label: 'supported',
      },
      {
        find: '-10.93%',
        label: 'supported',
      },
      {
        find: '2.52x',
        label: 'contradicted',
        note: 'hnt.volume_ratio_7d 1.52',
      },
      {
        find: '$0.02374',
        label: 'supported',
      },
      {
        find: '+10.82%@2',
        label: 'supported',
      },
      {
        find: '+11.40%',
        label: 'contradicted',
        note: 'iotx.change_7d -11.40 sign flip',
      },
      {
        find: '2.42x',
        label: 'supported',
      },
      {
        find: '6.4%',
        label: 'supported',
      },
      {
        find: '$560M',
        label: 'supported',
      },
      {
        find: '-0.0025%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$1.33B',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$0.0000066',
        label: 'supported',
      },
      {
        find: '10.8%',
        label: 'contradicted',
        note: "sector.depin.change_24h 4.32; 10.8 is IOTX's",
      },
      {
        find: '3@12',
        label: 'supported',
      },
      {
        find: '4@10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-table-07',
    voice: 'table',
    style: 'daily',
    text: 'Market overview\n\n| Metric | Value |\n|---|---|\n| Total market cap | $3.318T |\n| 24h change | +2.94% |\n| BTC dominance | 59.45% |\n| 24h volume | $146.7B |\n| Advancers | 27 |\n| Decliners | 3 |\n| Total open interest | $15.08B |\n| OI 24h change | -9.68% |\n| OI 7d change | -19.29% |\n| Avg funding (8h) | -0.0070% |\n| BTC price | $98,735 |\n| ETH/BTC | 0.0353 |\n| Fear & Greed index | 38 |\n\nCointelegraph put the cap gain at about 2.9% and the total at $3.32 trillion. CryptoSlate, citing CoinGecko, had dominance at about 59.5%. Bitcoin Magazine reported $236 million of spot ETF inflows.',
    numbers: [
      {
        find: '$3.318T',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '+2.94%',
        label: 'supported',
      },
      {
        find: '59.45%',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$146.7B',
        label: 'contradicted',
        note: 'market.volume_24h 246.7B',
      },
      {
        find: '27',
        label: 'contradicted',
        note: 'market.advancers_24h 24',
      },
      {
        find: '3@3',
        label: 'contradicted',
        note: 'market.decliners_24h 6',
      },
      {
        find: '$15.08B',
        label: 'supported',
      },
      {
        find: '24h@3',
        label: 'ignored',
      },
      {
        find: '-9.68%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '-19.29%',
        label: 'contradicted',
        note: 'market.oi_change_7d -14.29',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.0070%',
        label: 'supported',
      },
      {
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '0.0353',
        label: 'unsupported',
        note: 'no ETH/BTC fact (derived)',
      },
      {
        find: '38',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$3.32 trillion',
        label: 'supported',
      },
      {
        find: '59.5%',
        label: 'supported',
      },
      {
        find: '$236 million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'G-table-08',
    voice: 'table',
    style: 'sector',
    text: 'Layer-one board\n\n| Coin | Price | 24h | Support | Resistance | Market cap |\n|---|---|---|---|---|---|\n| SOL | $158.92 | +9.03% | $146 | $160 | $87.8B |\n| ADA | $0.6731 | +8.62% | $0.58 | $0.60 | $21.66B |\n| AVAX | $19.46 | +9.38% | $20 | $19 | $8.35B |\n| DOT | $3.297 | +2.08% | $2.96 | $3.40 | $5.39B |\n| NEAR | $2.874 | +7.91% | $2.80 | $2.90 | $36.4B |\n| SUI | $2.6173 | +10.24% | $2.60 | $2.85 | $97.1B |\n\nSui was the best layer-one performer at +10.2%; the group rose 2.5% overall with 9 of 10 names up.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$158.92',
        label: 'supported',
      },
      {
        find: '+9.03%',
        label: 'contradicted',
        note: 'sol.change_24h 7.84; 9.03 is the 30d magnitude',
      },
      {
        find: '$146',
        label: 'contradicted',
        note: 'sol.support 150; 146 is the 30-day swing low',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '$87.8B',
        label: 'supported',
      },
      {
        find: '$0.6731',
        label: 'contradicted',
        note: 'ada.price 0.5937; 0.6731 is the 30-day high',
      },
      {
        find: '+8.62%',
        label: 'supported',
      },
      {
        find: '$0.58',
        label: 'supported',
      },
      {
        find: '$0.60',
        label: 'supported',
      },
      {
        find: '$21.66B',
        label: 'supported',
      },
      {
        find: '$19.46',
        label: 'supported',
      },
      {
        find: '+9.38%',
        label: 'supported',
      },
      {
        find: '$20',
        label: 'contradicted',
        note: 'avax.support 19; support/resistance swapped',
      },
      {
        find: '$19@2',
        label: 'contradicted',
        note: 'avax.resistance 20; swapped',
      },
      {
        find: '$8.35B',
        label: 'supported',
      },
      {
        find: '$3.297',
        label: 'supported',
      },
      {
        find: '+2.08%',
        label: 'contradicted',
        note: 'dot.change_24h 7.13; 2.08 is the 7d magnitude',
      },
      {
        find: '$2.96',
        label: 'contradicted',
        note: 'dot.support 3.2; 2.96 is the 30-day low',
      },
      {
        find: '$3.40',
        label: 'supported',
      },
      {
        find: '$5.39B',
        label: 'supported',
      },
      {
        find: '$2.874',
        label: 'supported',
      },
      {
        find: '+7.91%',
        label: 'supported',
      },
      {
        find: '$2.80',
        label: 'supported',
      },
      {
        find: '$2.90',
        label: 'supported',
      },
      {
        find: '$36.4B',
        label: 'contradicted',
        note: 'near.market_cap 3.64B; 10x',
      },
      {
        find: '$2.6173',
        label: 'supported',
      },
      {
        find: '+10.24%',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
      {
        find: '$2.85',
        label: 'contradicted',
        note: 'sui.resistance 2.7; 2.85 is the 30-day high',
      },
      {
        find: '$97.1B',
        label: 'contradicted',
        note: 'sui.market_cap 9.71B; 10x',
      },
      {
        find: '+10.2%',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'supported',
      },
      {
        find: '9@12',
        label: 'supported',
      },
      {
        find: '10@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-table-09',
    voice: 'table',
    style: 'daily',
    text: 'AI tokens\n\n| Token | Price | 24h | 7d | Market cap |\n|---|---|---|---|---|\n| FET | $0.5614 | +7.42% | -3.30% | $1.48B |\n| RENDER | $2.903 | +5.08% | -5.05% | $1.51B |\n| TAO | $431.46 | +0.82% | -5.05% | $3.55B |\n| GRT | $0.7416 | +16.24% | -5.17% | $0.78B |\n| VIRTUAL | $1.5287 | +13.41% | -2.82% | $3.55B |\n| WLD | $0.8162 | +9.07% | -6.28% | $1.91B |\n| NEAR | $2.874 | +3.71% | -3.71% | $3.64B |\n\nDecrypt noted that 6 of the 7 AI tokens rose; the group gained 5.6%. Virtuals traded at 2.7x its average volume.',
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
        find: '$0.5614',
        label: 'supported',
      },
      {
        find: '+7.42%',
        label: 'supported',
      },
      {
        find: '-3.30%',
        label: 'supported',
      },
      {
        find: '$1.48B',
        label: 'supported',
      },
      {
        find: '$2.903',
        label: 'supported',
      },
      {
        find: '+5.08%',
        label: 'supported',
      },
      {
        find: '-5.05%@1',
        label: 'contradicted',
        note: "render.change_7d -8.67; -5.05 is TAO's",
      },
      {
        find: '$1.51B',
        label: 'supported',
      },
      {
        find: '$431.46',
        label: 'contradicted',
        note: 'tao.price 366.2; 431.46 is the 30-day high',
      },
      {
        find: '+0.82%',
        label: 'contradicted',
        note: 'tao.change_24h -0.82 sign flip',
      },
      {
        find: '-5.05%@2',
        label: 'supported',
      },
      {
        find: '$3.55B@1',
        label: 'supported',
      },
      {
        find: '$0.7416',
        label: 'contradicted',
        note: 'grt.price 0.07416; 10x',
      },
      {
        find: '+16.24%',
        label: 'contradicted',
        note: 'grt.change_24h 6.24',
      },
      {
        find: '-5.17%',
        label: 'supported',
      },
      {
        find: '$0.78B',
        label: 'supported',
      },
      {
        find: '$1.5287',
        label: 'supported',
      },
      {
        find: '+13.41%',
        label: 'supported',
      },
      {
        find: '-2.82%',
        label: 'supported',
      },
      {
        find: '$3.55B@2',
        label: 'contradicted',
        note: "virtual.market_cap 1.00B; 3.55B is TAO's",
      },
      {
        find: '$0.8162',
        label: 'supported',
      },
      {
        find: '+9.07%',
        label: 'supported',
      },
      {
        find: '-6.28%',
        label: 'contradicted',
        note: 'wld.change_7d +6.28 sign flip',
      },
      {
        find: '$1.91B',
        label: 'supported',
      },
      {
        find: '$2.874',
        label: 'supported',
      },
      {
        find: '+3.71%',
        label: 'contradicted',
        note: 'near.change_24h 7.91; 3.71 is the 7d magnitude',
      },
      {
        find: '-3.71%',
        label: 'supported',
      },
      {
        find: '$3.64B',
        label: 'supported',
      },
      {
        find: '6@8',
        label: 'supported',
      },
      {
        find: '7@11',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '2.7x',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-table-10',
    voice: 'table',
    style: 'daily',
    text: 'Top and bottom movers on the watchlist\n\n**Top five**\n\n| Coin | 24h | Price | Volume vs 7-day avg |\n|---|---|---|---|\n| GALA | +18.94% | $0.01587 | 3.01x |\n| AXS | +17.83% | $1.9342 | 3.00x |\n| SAND | +21.6% | $0.2597 | 2.85x |\n| VIRTUAL | +13.41% | $1.82 | 2.75x |\n| IMX | +12.63% | $0.5694 | 1.84x |\n\n**Bottom five**\n\n| Coin | 24h | Price |\n|---|---|---|\n| PEPE | -5.82% | $0.0000068 |\n| DOGE | -10.08% | $0.19284 |\n| SHIB | -2.16% | $0.0000104 |\n| HNT | -1.18% | $3.66 |\n| TAO | -0.82% | $366.2 |\n\nGALA topped the board, and AXS is also up 12.3% on the week. Some traders are eyeing $0.025 for GALA next.',
    numbers: [
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '+18.94%',
        label: 'supported',
      },
      {
        find: '$0.01587',
        label: 'supported',
      },
      {
        find: '3.01x',
        label: 'supported',
      },
      {
        find: '+17.83%',
        label: 'supported',
      },
      {
        find: '$1.9342',
        label: 'supported',
      },
      {
        find: '3.00x',
        label: 'supported',
      },
      {
        find: '+21.6%',
        label: 'contradicted',
        note: 'sand.change_24h 16.42',
      },
      {
        find: '$0.2597',
        label: 'supported',
      },
      {
        find: '2.85x',
        label: 'supported',
      },
      {
        find: '+13.41%',
        label: 'supported',
      },
      {
        find: '$1.82',
        label: 'contradicted',
        note: 'virtual.price 1.5287; 1.82 is the 30-day high',
      },
      {
        find: '2.75x',
        label: 'supported',
      },
      {
        find: '+12.63%',
        label: 'supported',
      },
      {
        find: '$0.5694',
        label: 'supported',
      },
      {
        find: '1.84x',
        label: 'contradicted',
        note: 'imx.volume_ratio_7d 2.84',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '-5.82%',
        label: 'supported',
      },
      {
        find: '$0.0000068',
        label: 'supported',
      },
      {
        find: '-10.08%',
        label: 'contradicted',
        note: 'doge.change_24h -3.41; -10.08 is the 7d',
      },
      {
        find: '$0.19284',
        label: 'supported',
      },
      {
        find: '-2.16%',
        label: 'supported',
      },
      {
        find: '$0.0000104',
        label: 'supported',
      },
      {
        find: '-1.18%',
        label: 'supported',
      },
      {
        find: '$3.66',
        label: 'contradicted',
        note: 'hnt.price 2.794; 3.66 is the 30-day high',
      },
      {
        find: '-0.82%',
        label: 'supported',
      },
      {
        find: '$366.2',
        label: 'supported',
      },
      {
        find: '12.3%',
        label: 'supported',
      },
      {
        find: '$0.025',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-table-11',
    voice: 'table',
    style: 'weekly',
    text: 'Majors, weekly view\n\n| | Change | 30d change | Realized vol | OI change |\n|---|---|---|---|---|\n| BTC | -5.54% | -17.7% | 38.6% | -14.2% |\n| ETH | +6.31% | -4.08% | 59.8% | -17.5% |\n| SOL | -2.72% | -9.03% | 56.6% | -11.9% |\n| XRP | -5.26% | -5.01% | 68.5% | +2.1% |\n\nBitcoin fell 5.5% over the week and ether 0.6%, while XRP dropped 1.9%. Total open interest fell 14.3%. Bitcoin could test $90,000 next week if the bounce fades.',
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '-5.54%',
        label: 'supported',
      },
      {
        find: '-17.7%',
        label: 'contradicted',
        note: 'btc.change_30d -7.70',
      },
      {
        find: '38.6%',
        label: 'supported',
      },
      {
        find: '-14.2%',
        label: 'supported',
      },
      {
        find: '+6.31%',
        label: 'contradicted',
        note: 'weekly: eth.change_7d -0.60; 6.31 is the 24h',
      },
      {
        find: '-4.08%',
        label: 'supported',
      },
      {
        find: '59.8%',
        label: 'supported',
      },
      {
        find: '-17.5%',
        label: 'supported',
      },
      {
        find: '-2.72%',
        label: 'supported',
      },
      {
        find: '-9.03%',
        label: 'supported',
      },
      {
        find: '56.6%',
        label: 'contradicted',
        note: 'sol.volatility_7d 65.2; 56.6 is the 30d',
      },
      {
        find: '-11.9%',
        label: 'supported',
      },
      {
        find: '-5.26%',
        label: 'supported',
      },
      {
        find: '-5.01%',
        label: 'supported',
      },
      {
        find: '68.5%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'weekly: xrp.oi_change_7d -3.1; +2.1 is the 24h',
      },
      {
        find: '5.5%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '1.9%@2',
        label: 'contradicted',
        note: 'xrp.change_7d -5.26',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '$90,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
