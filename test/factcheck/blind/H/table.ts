import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'H-table-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors snapshot: bitcoin held above $104K while ether slipped.\n\n| Asset | Price | 24h % | 7d % | Market cap |\n|---|---|---|---|---|\n| BTC | $104,237 | +0.31 | +3.69 | $2.8T |\n| ETH | $3,618 | -0.82 | +1.85 | $463.8B |\n| SOL | $167.24 | +0.47 | +4.26 | $9.23B |\n| XRP | $2.41 | +0.62 | +3.70 | $154.7B |\n| BNB | $1,004.70 | -0.18 | +5.29 | $139.8B |\n| DOGE | $0.2017 | +2.08 | +6.25 | $3.05B |\n\nBitcoin dominance stands at 62%; total market cap $3.46T, -2.1% on the day.',
    numbers: [
      {
        find: '$104K',
        label: 'supported',
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
        find: '$104,237',
        label: 'supported',
      },
      {
        find: '+0.31',
        label: 'supported',
      },
      {
        find: '+3.69',
        label: 'supported',
      },
      {
        find: '$2.8T',
        label: 'contradicted',
        note: 'fact btc.market_cap 2.08T',
      },
      {
        find: '$3,618',
        label: 'supported',
      },
      {
        find: '-0.82',
        label: 'supported',
      },
      {
        find: '+1.85',
        label: 'contradicted',
        note: 'fact eth.change_7d 2.85',
      },
      {
        find: '$463.8B',
        label: 'contradicted',
        note: 'fact eth.market_cap 436.8B',
      },
      {
        find: '$167.24',
        label: 'supported',
      },
      {
        find: '+0.47',
        label: 'contradicted',
        note: 'sign: fact sol.change_24h -0.47',
      },
      {
        find: '+4.26',
        label: 'supported',
      },
      {
        find: '$9.23B',
        label: 'contradicted',
        note: 'fact sol.market_cap 92.3B (10x)',
      },
      {
        find: '$2.41',
        label: 'supported',
      },
      {
        find: '+0.62',
        label: 'supported',
      },
      {
        find: '+3.70',
        label: 'supported',
      },
      {
        find: '$154.7B',
        label: 'contradicted',
        note: 'fact xrp.market_cap 145.7B',
      },
      {
        find: '$1,004.70',
        label: 'supported',
      },
      {
        find: '-0.18',
        label: 'contradicted',
        note: 'sign: fact bnb.change_24h +0.18',
      },
      {
        find: '+5.29',
        label: 'contradicted',
        note: 'fact bnb.change_7d 3.29',
      },
      {
        find: '$139.8B',
        label: 'supported',
      },
      {
        find: '$0.2017',
        label: 'supported',
      },
      {
        find: '+2.08',
        label: 'supported',
      },
      {
        find: '+6.25',
        label: 'supported',
      },
      {
        find: '$3.05B',
        label: 'contradicted',
        note: 'fact doge.market_cap 30.46B (10x)',
      },
      {
        find: '62%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 60.15 (Bitcoin Magazine headline figure, unattributed)',
      },
      {
        find: '$3.46T',
        label: 'supported',
      },
      {
        find: '-2.1%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -0.21 (10x)',
      },
    ],
  },
  {
    id: 'H-table-02',
    voice: 'table',
    style: 'sector',
    text: "Sector board (watchlist members, equal to the data feed's sector baskets):\n\n| Sector | 24h % | 7d % | Best (24h) | Worst (24h) | Up | Down |\n|---|---|---|---|---|---|---|\n| Memes | +2.38 | +6.78 | WIF +3.86 | DOGE +2.08 | 4 | 0 |\n| DePIN | +0.65 | +1.91 | IOTX +3.12 | HNT -0.52 | 3 | 1 |\n| Layer 1 | +0.11 | +3.56 | AVAX +1.24 | ADA -1.36 | 5 | 5 |\n| Gaming | +0.05 | +7.18 | GALA +0.60 | SAND -0.62 | 3 | 2 |\n| Layer 2 | -0.41 | +2.41 | OP +0.44 | POL -0.63 | 2 | 2 |\n| AI | -1.29 | +0.90 | RENDER +1.12 | VIRTUAL -4.12 | 2 | 4 |\n\nMemecoins topped the board; AI was last for the second session running.",
    numbers: [
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '24h@3',
        label: 'ignored',
      },
      {
        find: '+2.38',
        label: 'supported',
      },
      {
        find: '+6.78',
        label: 'supported',
      },
      {
        find: '+3.86',
        label: 'contradicted',
        note: 'wrong leader: sector.memes.best_24h is PEPE +5.28',
      },
      {
        find: '+2.08',
        label: 'supported',
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
        find: '+0.65',
        label: 'supported',
      },
      {
        find: '+1.91',
        label: 'supported',
      },
      {
        find: '+3.12',
        label: 'supported',
      },
      {
        find: '-0.52',
        label: 'supported',
      },
      {
        find: '3@4',
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
        find: '+0.11',
        label: 'supported',
      },
      {
        find: '+3.56',
        label: 'supported',
      },
      {
        find: '+1.24',
        label: 'supported',
      },
      {
        find: '-1.36',
        label: 'contradicted',
        note: 'wrong worst member: sector.l1.worst_24h is NEAR -1.87',
      },
      {
        find: '5@4',
        label: 'supported',
      },
      {
        find: '5@5',
        label: 'supported',
      },
      {
        find: '+0.05',
        label: 'supported',
      },
      {
        find: '+7.18',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d 1.78',
      },
      {
        find: '+0.60',
        label: 'supported',
      },
      {
        find: '-0.62',
        label: 'supported',
      },
      {
        find: '3@7',
        label: 'contradicted',
        note: 'fact sector.gaming.advancers_24h 2',
      },
      {
        find: '2@10',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-0.41',
        label: 'supported',
      },
      {
        find: '+2.41',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d 2.14',
      },
      {
        find: '+0.44',
        label: 'supported',
      },
      {
        find: '-0.63',
        label: 'contradicted',
        note: 'wrong worst member: sector.l2.worst_24h is ARB -0.92',
      },
      {
        find: '2@13',
        label: 'supported',
      },
      {
        find: '2@14',
        label: 'supported',
      },
      {
        find: '-1.29',
        label: 'supported',
      },
      {
        find: '+0.90',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d 0.09',
      },
      {
        find: '+1.12',
        label: 'supported',
      },
      {
        find: '-4.12',
        label: 'supported',
      },
      {
        find: '2@18',
        label: 'supported',
      },
      {
        find: '4@11',
        label: 'contradicted',
        note: 'fact sector.ai.decliners_24h 5',
      },
    ],
  },
  {
    id: 'H-table-03',
    voice: 'table',
    style: 'daily',
    text: "Perpetuals dashboard:\n\n| Contract | Funding (per 8h) | Annualized | Open interest | OI 24h |\n|---|---|---|---|---|\n| BTC | 0.0412% | 15.5% | $8.94B | +3.8% |\n| ETH | 0.0187% | 25.0% | $7.27B | +4.6% |\n| SOL | 0.0163% | 17.8% | $14.6B | +4.4% |\n| XRP | 0.0118% | 12.9% | $1.07B | +1.4% |\n| DOGE* | 0.0109% | 23.9% | $81M | +2.7% |\n\n*DOGE funding settles every 4h.\n\nTotal open interest $17.55B, up 3.6% on the day. Longs pay shorts on all five contracts. CoinDesk's headline had bitcoin open interest climbing 9%.",
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
        find: '0.0412%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.0142',
      },
      {
        find: '15.5%',
        label: 'supported',
      },
      {
        find: '$8.94B',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '0.0187%',
        label: 'supported',
      },
      {
        find: '25.0%',
        label: 'contradicted',
        note: 'fact eth.funding_apr 20.48',
      },
      {
        find: '$7.27B',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.27B',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '0.0163%',
        label: 'supported',
      },
      {
        find: '17.8%',
        label: 'supported',
      },
      {
        find: '$14.6B',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.46B (10x)',
      },
      {
        find: '+4.4%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h 3.1; 4.4 is the 7d change',
      },
      {
        find: '0.0118%',
        label: 'supported',
      },
      {
        find: '12.9%',
        label: 'supported',
      },
      {
        find: '$1.07B',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'contradicted',
        note: 'sign: fact xrp.oi_change_24h -1.4',
      },
      {
        find: '0.0109%',
        label: 'supported',
      },
      {
        find: '23.9%',
        label: 'supported',
      },
      {
        find: '$81M',
        label: 'contradicted',
        note: 'fact doge.open_interest 810M (10x)',
      },
      {
        find: '+2.7%',
        label: 'supported',
      },
      {
        find: '4h@2',
        label: 'ignored',
      },
      {
        find: '$17.55B',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'supported',
      },
      {
        find: '9%@4',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h 3.8 contradicts the CoinDesk figure',
      },
    ],
  },
  {
    id: 'H-table-04',
    voice: 'table',
    style: 'weekly',
    text: "This week's layer-one scoreboard:\n\n| Asset | Change | 30d % | Realized vol (ann.) |\n|---|---|---|---|\n| BTC | +0.31% | +2.13 | 12.7% |\n| ETH | +2.85% | +9.4 | 20.2% |\n| SOL | +4.26% | +0.66 | 50.6% |\n| XRP | +3.70% | +2.59 | 46.2% |\n| BNB | +3.29% | +2.60 | 35.6% |\n| ADA | +5.44% | +5.74 | 62.6% |\n| AVAX | +5.91% | -1.63 | 30.3% |\n| DOT | -0.88% | -5.37 | 33.1% |\n| NEAR | -2.49% | -6.33 | 61.9% |\n| SUI | +1.86% | +4.34 | 42.1% |\n\nAVAX led with +5.91%; NEAR was the only loser, so 9 of 10 finished higher. The basket gained 3.56%, adding about $101B. Bitcoin ends the week 1.2% below its 30-day high.",
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '+0.31%',
        label: 'contradicted',
        note: 'weekly: fact btc.change_7d 3.69; 0.31 is 24h',
      },
      {
        find: '+2.13',
        label: 'supported',
      },
      {
        find: '12.7%',
        label: 'supported',
      },
      {
        find: '+2.85%',
        label: 'supported',
      },
      {
        find: '+9.4',
        label: 'contradicted',
        note: 'fact eth.change_30d 0.94 (10x)',
      },
      {
        find: '20.2%',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 22.0',
      },
      {
        find: '+4.26%',
        label: 'supported',
      },
      {
        find: '+0.66',
        label: 'contradicted',
        note: 'sign: fact sol.change_30d -0.66',
      },
      {
        find: '50.6%',
        label: 'supported',
      },
      {
        find: '+3.70%',
        label: 'supported',
      },
      {
        find: '+2.59',
        label: 'supported',
      },
      {
        find: '46.2%',
        label: 'contradicted',
        note: 'weekly: xrp.volatility_7d 20.7; 46.2 is 30d',
      },
      {
        find: '+3.29%',
        label: 'supported',
      },
      {
        find: '+2.60',
        label: 'supported',
      },
      {
        find: '35.6%',
        label: 'supported',
      },
      {
        find: '+5.44%',
        label: 'supported',
      },
      {
        find: '+5.74',
        label: 'contradicted',
        note: 'sign: fact ada.change_30d -5.74',
      },
      {
        find: '62.6%',
        label: 'supported',
      },
      {
        find: '+5.91%@1',
        label: 'supported',
      },
      {
        find: '-1.63',
        label: 'supported',
      },
      {
        find: '30.3%',
        label: 'contradicted',
        note: 'fact avax.volatility_7d 40.3',
      },
      {
        find: '-0.88%',
        label: 'contradicted',
        note: 'sign: fact dot.change_7d +0.88',
      },
      {
        find: '-5.37',
        label: 'supported',
      },
      {
        find: '33.1%',
        label: 'supported',
      },
      {
        find: '-2.49%',
        label: 'supported',
      },
      {
        find: '-6.33',
        label: 'supported',
      },
      {
        find: '61.9%',
        label: 'supported',
      },
      {
        find: '+1.86%',
        label: 'supported',
      },
      {
        find: '+4.34',
        label: 'contradicted',
        note: 'fact sui.change_30d 3.44',
      },
      {
        find: '42.1%',
        label: 'supported',
      },
      {
        find: '+5.91%@2',
        label: 'supported',
      },
      {
        find: '9@8',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '3.56%',
        label: 'supported',
      },
      {
        find: '$101B',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'unsupported',
        note: 'distance to 30-day high, derived (and about 0.3 in fact)',
      },
      {
        find: '30@3',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'H-table-05',
    voice: 'table',
    style: 'daily',
    text: 'AI tokens, end of session:\n\n| Token | Price | 24h % | Market cap |\n|---|---|---|---|\n| FET | $0.5482 | -1.46 | $14.4B |\n| RENDER | $2.487 | +1.12 | $1.48B |\n| TAO | $329.70 | -1.72 | $3.81B |\n| GRT | $0.07628 | +2.31 | $608M |\n| VIRTUAL | $1.4863 | -4.12 | $9.76B |\n| WLD | $0.8427 | -0.87 | $1.98B |\n| NEAR | $2.842 | -1.87 | $3.60B |\n\nThe basket fell 1.29% with two names up and five down. Best performer: FET at -1.46%. Cointelegraph summed it up as AI tokens sliding 1.3%.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$0.5482',
        label: 'supported',
      },
      {
        find: '-1.46@1',
        label: 'supported',
      },
      {
        find: '$14.4B',
        label: 'contradicted',
        note: 'fact fet.market_cap 1.44B (10x)',
      },
      {
        find: '$2.487',
        label: 'contradicted',
        note: 'fact render.price 2.847',
      },
      {
        find: '+1.12',
        label: 'supported',
      },
      {
        find: '$1.48B',
        label: 'supported',
      },
      {
        find: '$329.70',
        label: 'contradicted',
        note: 'fact tao.price 392.7',
      },
      {
        find: '-1.72',
        label: 'supported',
      },
      {
        find: '$3.81B',
        label: 'supported',
      },
      {
        find: '$0.07628',
        label: 'supported',
      },
      {
        find: '+2.31',
        label: 'contradicted',
        note: 'sign: fact grt.change_24h -2.31',
      },
      {
        find: '$608M',
        label: 'contradicted',
        note: 'fact grt.market_cap 806M',
      },
      {
        find: '$1.4863',
        label: 'supported',
      },
      {
        find: '-4.12',
        label: 'supported',
      },
      {
        find: '$9.76B',
        label: 'contradicted',
        note: 'fact virtual.market_cap 976M (10x)',
      },
      {
        find: '$0.8427',
        label: 'supported',
      },
      {
        find: '-0.87',
        label: 'contradicted',
        note: 'sign: fact wld.change_24h +0.87',
      },
      {
        find: '$1.98B',
        label: 'supported',
      },
      {
        find: '$2.842',
        label: 'supported',
      },
      {
        find: '-1.87',
        label: 'supported',
      },
      {
        find: '$3.60B',
        label: 'supported',
      },
      {
        find: '1.29%',
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
      {
        find: '-1.46%',
        label: 'contradicted',
        note: 'wrong leader: sector.ai.best_24h is RENDER +1.12',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'H-table-06',
    voice: 'table',
    style: 'daily',
    text: "Meme coins carried the tape again.\n\n| Coin | Price | 24h | 7d | 30d | Market cap |\n|---|---|---|---|---|---|\n| DOGE | $0.2017 | +2.08% | +6.25% | +1.62% | $30.5B |\n| SHIB | $0.00001127 | +2.36% | +10.82% | +5.21% | $66.4B |\n| PEPE | $0.00000718 | +5.28% | +9.47% | +9.95% | $3.02B |\n| WIF | $0.7274 | +3.86% | +0.80% | -2.49% | $6.27B |\n\nAll four closed green and the sector added 2.38%, lifting the watchlist basket to $40.7B (CoinGecko's wider meme category: $61.8B). PEPE now sits 26% above its 30-day low, and its 7-day realized volatility is 121.9%. A Reddit thread had PEPE up 12%.",
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
        find: '$0.2017',
        label: 'supported',
      },
      {
        find: '+2.08%',
        label: 'supported',
      },
      {
        find: '+6.25%',
        label: 'supported',
      },
      {
        find: '+1.62%',
        label: 'contradicted',
        note: 'fact doge.change_30d 10.62',
      },
      {
        find: '$30.5B',
        label: 'supported',
      },
      {
        find: '$0.00001127',
        label: 'supported',
      },
      {
        find: '+2.36%',
        label: 'supported',
      },
      {
        find: '+10.82%',
        label: 'supported',
      },
      {
        find: '+5.21%',
        label: 'contradicted',
        note: 'sign: fact shib.change_30d -5.21',
      },
      {
        find: '$66.4B',
        label: 'contradicted',
        note: 'fact shib.market_cap 6.64B (10x)',
      },
      {
        find: '$0.00000718',
        label: 'supported',
      },
      {
        find: '+5.28%',
        label: 'supported',
      },
      {
        find: '+9.47%',
        label: 'contradicted',
        note: 'fact pepe.change_7d 4.97',
      },
      {
        find: '+9.95%',
        label: 'supported',
      },
      {
        find: '$3.02B',
        label: 'supported',
      },
      {
        find: '$0.7274',
        label: 'contradicted',
        note: 'fact wif.price 0.6274',
      },
      {
        find: '+3.86%',
        label: 'supported',
      },
      {
        find: '+0.80%',
        label: 'supported',
      },
      {
        find: '-2.49%',
        label: 'supported',
      },
      {
        find: '$6.27B',
        label: 'contradicted',
        note: 'fact wif.market_cap 627M (10x)',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '2.38%',
        label: 'supported',
      },
      {
        find: '$40.7B',
        label: 'supported',
      },
      {
        find: '$61.8B',
        label: 'supported',
      },
      {
        find: '26%',
        label: 'unsupported',
        note: 'distance to 30-day low, derived',
      },
      {
        find: '30@3',
        label: 'ignored',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '121.9%',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 5.28',
      },
    ],
  },
  {
    id: 'H-table-07',
    voice: 'table',
    style: 'daily',
    text: "Key levels for the majors:\n\n| Asset | Support | Resistance | 24h high | 24h low |\n|---|---|---|---|---|\n| BTC | $100,000 | $105,000 | $104,557 | $102,843 |\n| ETH | $3,800 | $3,600 | $3,756 | $3,614 |\n| SOL | $160 | $170 | $174.82 | $164.99 |\n| XRP | $2.40 | $2.50 | $2.4204 | $2.2303 |\n| BNB | $1,000 | $1,100 | $1,021.29 | $997.68 |\n| AVAX | $19 | $20 | $19.215 | $18.751 |\n| SUI | $2.50 | $2.60 | $2.5947 | $2.3296 |\n\nBTC's intraday high doubles as its 30-day swing high; the 30-day low is $92,182.",
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
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$104,557',
        label: 'supported',
      },
      {
        find: '$102,843',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'contradicted',
        note: 'support/resistance swapped: eth.support 3600',
      },
      {
        find: '$3,600',
        label: 'contradicted',
        note: 'swapped: eth.resistance 3800',
      },
      {
        find: '$3,756',
        label: 'contradicted',
        note: 'fact eth.high_24h 3656.34',
      },
      {
        find: '$3,614',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'supported',
      },
      {
        find: '$174.82',
        label: 'contradicted',
        note: 'fact sol.high_24h 168.08; 174.82 is the 30-day swing high',
      },
      {
        find: '$164.99',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.50@1',
        label: 'supported',
      },
      {
        find: '$2.4204',
        label: 'supported',
      },
      {
        find: '$2.2303',
        label: 'contradicted',
        note: 'fact xrp.low_24h 2.3697; 2.2303 is the 30-day low',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '$1,100',
        label: 'contradicted',
        note: 'fact bnb.resistance 1050',
      },
      {
        find: '$1,021.29',
        label: 'supported',
      },
      {
        find: '$997.68',
        label: 'supported',
      },
      {
        find: '$19@1',
        label: 'supported',
      },
      {
        find: '$20',
        label: 'supported',
      },
      {
        find: '$19.215',
        label: 'supported',
      },
      {
        find: '$18.751',
        label: 'supported',
      },
      {
        find: '$2.50@2',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
      {
        find: '$2.5947',
        label: 'supported',
      },
      {
        find: '$2.3296',
        label: 'contradicted',
        note: 'fact sui.low_24h 2.5296',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '30@3',
        label: 'ignored',
      },
      {
        find: '$92,182',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 97181.57',
      },
    ],
  },
  {
    id: 'H-table-08',
    voice: 'table',
    style: 'daily',
    text: 'Turnover check:\n\n| Asset | 24h volume | vs 7d avg |\n|---|---|---|\n| BTC | $1.65B | 0.63x |\n| ETH | $9.65B | 0.65x |\n| SOL | $340M | 0.85x |\n| XRP | $322M | 0.90x |\n| DOGE | $483M | 0.72x |\n| PEPE | $224M | 1.71x |\n\nMarket-wide volume came to $98.4B. Decrypt put bitcoin spot volume at about 63% of its weekly average. The Block reported $96 million of liquidations, with roughly 61% of them shorts. Spot bitcoin ETFs added $274 million according to Farside.',
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
        find: '$1.65B',
        label: 'supported',
      },
      {
        find: '0.63x',
        label: 'supported',
      },
      {
        find: '$9.65B',
        label: 'contradicted',
        note: 'fact eth.volume_24h 965M (10x)',
      },
      {
        find: '0.65x',
        label: 'supported',
      },
      {
        find: '$340M',
        label: 'supported',
      },
      {
        find: '0.85x',
        label: 'contradicted',
        note: 'fact sol.volume_ratio_7d 0.55',
      },
      {
        find: '$322M',
        label: 'contradicted',
        note: 'fact xrp.volume_24h 232M',
      },
      {
        find: '0.90x',
        label: 'contradicted',
        note: 'fact xrp.volume_ratio_7d 0.60',
      },
      {
        find: '$483M',
        label: 'supported',
      },
      {
        find: '0.72x',
        label: 'supported',
      },
      {
        find: '$224M',
        label: 'supported',
      },
      {
        find: '1.71x',
        label: 'contradicted',
        note: 'fact pepe.volume_ratio_7d 0.71',
      },
      {
        find: '$98.4B',
        label: 'supported',
      },
      {
        find: '63%',
        label: 'supported',
      },
      {
        find: '$96 million',
        label: 'supported-by-source',
      },
      {
        find: '61%',
        label: 'supported-by-source',
      },
      {
        find: '$274 million',
        label: 'unsupported',
        note: 'Bitcoin Magazine figure attributed to Farside data rather than the outlet; debatable',
      },
    ],
  },
  {
    id: 'H-table-09',
    voice: 'table',
    style: 'weekly',
    text: 'Sectors over the week:\n\n| Sector | Change | Cap change | Best | Worst | Up | Down |\n|---|---|---|---|---|---|---|\n| Memes | +6.78% | +$2.59B | SHIB +10.82% | WIF +0.80% | 4 | 0 |\n| Layer 1 | +3.56% | +$101.3B | AVAX +5.91% | NEAR -2.49% | 10 | 0 |\n| Layer 2 | +2.14% | +$12.45M | OP +4.10% | POL +1.20% | 4 | 0 |\n| DePIN | +1.91% | +$69.8M | RENDER +3.65% | IOTX -3.98% | 3 | 1 |\n| Gaming | +1.78% | +$452M | SAND +1.04% | AXS -1.13% | 3 | 1 |\n| AI | +0.09% | -$12.8M | TAO +4.31% | VIRTUAL -4.41% | 3 | 4 |\n\nEvery sector finished the week higher, memes by the widest margin.',
    numbers: [
      {
        find: '+6.78%',
        label: 'supported',
      },
      {
        find: '+$2.59B',
        label: 'supported',
      },
      {
        find: '+10.82%',
        label: 'supported',
      },
      {
        find: '+0.80%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '0@4',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+3.56%',
        label: 'supported',
      },
      {
        find: '+$101.3B',
        label: 'supported',
      },
      {
        find: '+5.91%',
        label: 'supported',
      },
      {
        find: '-2.49%',
        label: 'supported',
      },
      {
        find: '10@3',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_7d 9',
      },
      {
        find: '0@7',
        label: 'contradicted',
        note: 'fact sector.l1.decliners_7d 1',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+2.14%',
        label: 'supported',
      },
      {
        find: '+$12.45M',
        label: 'contradicted',
        note: 'fact sector.l2.market_cap_change_7d 124.5M',
      },
      {
        find: '+4.10%',
        label: 'supported',
      },
      {
        find: '+1.20%',
        label: 'supported',
      },
      {
        find: '4@6',
        label: 'supported',
      },
      {
        find: '0@10',
        label: 'supported',
      },
      {
        find: '+1.91%',
        label: 'supported',
      },
      {
        find: '+$69.8M',
        label: 'supported',
      },
      {
        find: '+3.65%',
        label: 'supported',
      },
      {
        find: '-3.98%',
        label: 'supported',
      },
      {
        find: '3@5',
        label: 'contradicted',
        note: 'fact sector.depin.advancers_7d 2 (3 is 24h)',
      },
      {
        find: '1@13',
        label: 'contradicted',
        note: 'fact sector.depin.decliners_7d 2',
      },
      {
        find: '+1.78%',
        label: 'supported',
      },
      {
        find: '+$452M',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap_change_7d 45.2M (10x)',
      },
      {
        find: '+1.04%',
        label: 'contradicted',
        note: 'wrong leader: sector.gaming.best_7d is GALA +3.20',
      },
      {
        find: '-1.13%',
        label: 'supported',
      },
      {
        find: '3@7',
        label: 'supported',
      },
      {
        find: '1@18',
        label: 'supported',
      },
      {
        find: '+0.09%',
        label: 'supported',
      },
      {
        find: '-$12.8M',
        label: 'contradicted',
        note: 'sign: fact sector.ai.market_cap_change_7d +12.8M',
      },
      {
        find: '+4.31%',
        label: 'supported',
      },
      {
        find: '-4.41%',
        label: 'supported',
      },
      {
        find: '3@9',
        label: 'supported',
      },
      {
        find: '4@12',
        label: 'supported',
      },
    ],
  },
  {
    id: 'H-table-10',
    voice: 'table',
    style: 'daily',
    text: "| Metric | Value |\n|---|---|\n| Total market cap | $3.46T |\n| Market cap change (24h) | -0.21% |\n| BTC dominance | 62.1% |\n| Volume (24h) | $984B |\n| Advancers | 14 |\n| Decliners | 16 |\n| Avg funding (OI-weighted, per 8h) | -0.0159% |\n| Open interest | $17.55B |\n| OI change (24h) | +3.6% |\n| OI change (7d) | +3.5% |\n\nCointelegraph's count of only 9 risers among the top 30 does not match our watchlist, where 16 of 30 rose.",
    numbers: [
      {
        find: '$3.46T',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '-0.21%',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 60.15',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$984B',
        label: 'contradicted',
        note: 'fact market.volume_24h 98.4B (10x)',
      },
      {
        find: '14',
        label: 'contradicted',
        note: 'fact market.advancers_24h 16',
      },
      {
        find: '16@1',
        label: 'contradicted',
        note: 'fact market.decliners_24h 14',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.0159%',
        label: 'contradicted',
        note: 'sign: fact market.funding_avg +0.0159',
      },
      {
        find: '$17.55B',
        label: 'supported',
      },
      {
        find: '24h@3',
        label: 'ignored',
      },
      {
        find: '+3.6%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+3.5%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 6.46',
      },
      {
        find: '9@3',
        label: 'contradicted',
        note: 'fact market.advancers_24h 16 contradicts the headline',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '16@2',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'H-table-11',
    voice: 'table',
    style: 'sector',
    text: 'Rollups and gaming, side by side:\n\n| Token | Sector | Price | 24h | 30d |\n|---|---|---|---|---|\n| ARB | L2 | $0.3391 | -0.92% | -2.91% |\n| OP | L2 | $0.4738 | +0.44% | +4.33% |\n| POL | L2 | $0.1497 | -0.63% | -3.13% |\n| IMX | L2 / Gaming | $0.5437 | +2.1% | -7.32% |\n| AXS | Gaming | $1.7826 | -0.41% | -5.5% |\n| SAND | Gaming | $0.2329 | -6.2% | -4.53% |\n| GALA | Gaming | $0.01448 | +0.60% | -4.06% |\n\nPer Cointelegraph, Arbitrum unlocks 92.65M ARB next week, worth about $31M. IMX is the weakest name in both baskets over 30 days.',
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
        find: 'L2@1',
        label: 'ignored',
      },
      {
        find: '$0.3391',
        label: 'supported',
      },
      {
        find: '-0.92%',
        label: 'supported',
      },
      {
        find: '-2.91%',
        label: 'supported',
      },
      {
        find: 'L2@2',
        label: 'ignored',
      },
      {
        find: '$0.4738',
        label: 'supported',
      },
      {
        find: '+0.44%',
        label: 'supported',
      },
      {
        find: '+4.33%',
        label: 'contradicted',
        note: 'sign: fact op.change_30d -4.33',
      },
      {
        find: 'L2@3',
        label: 'ignored',
      },
      {
        find: '$0.1497',
        label: 'contradicted',
        note: 'fact pol.price 0.1947',
      },
      {
        find: '-0.63%',
        label: 'supported',
      },
      {
        find: '-3.13%',
        label: 'supported',
      },
      {
        find: 'L2@4',
        label: 'ignored',
      },
      {
        find: '$0.5437',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'fact imx.change_24h 0.21; 2.1 is the 7d move',
      },
      {
        find: '-7.32%',
        label: 'supported',
      },
      {
        find: '$1.7826',
        label: 'supported',
      },
      {
        find: '-0.41%',
        label: 'supported',
      },
      {
        find: '-5.5%',
        label: 'contradicted',
        note: 'fact axs.change_30d -0.55 (10x)',
      },
      {
        find: '$0.2329',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'contradicted',
        note: 'fact sand.change_24h -0.62 (10x)',
      },
      {
        find: '-4.53%',
        label: 'supported',
      },
      {
        find: '$0.01448',
        label: 'supported',
      },
      {
        find: '+0.60%',
        label: 'supported',
      },
      {
        find: '-4.06%',
        label: 'supported',
      },
      {
        find: '92.65M',
        label: 'supported-by-source',
      },
      {
        find: '$31M',
        label: 'supported-by-source',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'H-table-12',
    voice: 'table',
    style: 'weekly',
    text: 'The week in one table.\n\n| | BTC | ETH | SOL |\n|---|---|---|---|\n| Price | $104,237 | $3,618 | $176.24 |\n| Change | +3.7% | -0.8% | +4.3% |\n| OI change | +6.2% | +7.9% | +3.1% |\n| Funding APR | 15.5% | 20.5% | 17.8% |\n| Realized vol | 15.5% | 32.0% | 50.6% |\n\nNext week, watch whether BTC can push on toward $110,000.',
    numbers: [
      {
        find: '$104,237',
        label: 'supported',
      },
      {
        find: '$3,618',
        label: 'supported',
      },
      {
        find: '$176.24',
        label: 'contradicted',
        note: 'fact sol.price 167.24',
      },
      {
        find: '+3.7%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'contradicted',
        note: 'weekly: fact eth.change_7d +2.85; -0.8 is the 24h move',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'supported',
      },
      {
        find: '+7.9%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'contradicted',
        note: 'weekly: fact sol.oi_change_7d 4.4; 3.1 is 24h',
      },
      {
        find: '15.5%@1',
        label: 'supported',
      },
      {
        find: '20.5%',
        label: 'supported',
      },
      {
        find: '17.8%',
        label: 'supported',
      },
      {
        find: '15.5%@2',
        label: 'contradicted',
        note: 'weekly: btc.volatility_7d 12.7; 15.5 is 30d',
      },
      {
        find: '32.0%',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 22.0',
      },
      {
        find: '50.6%',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'H-table-13',
    voice: 'table',
    style: 'daily',
    text: "DePIN quick table.\n\n| Token | Price | 24h | 7d | Mcap |\n|---|---|---|---|---|\n| FIL | $2.118 | +0.26% | +2.09% | $1.49B |\n| HNT | $2.936 | -0.52% | +0.70% | $534M |\n| IOTX | $0.02289 | +3.12% | +3.98% | $2.16B |\n| RENDER | $2.847 | +1.12% | +3.65% | $1.84B |\n\nSector: +0.65% on the day, three of four up. CryptoSlate had IoTeX climbing 3% to $0.0229. IOTX's 7-day realized volatility is the highest in the DePIN group at 113%.",
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
        find: '$2.118',
        label: 'supported',
      },
      {
        find: '+0.26%',
        label: 'supported',
      },
      {
        find: '+2.09%',
        label: 'supported',
      },
      {
        find: '$1.49B',
        label: 'supported',
      },
      {
        find: '$2.936',
        label: 'supported',
      },
      {
        find: '-0.52%',
        label: 'supported',
      },
      {
        find: '+0.70%',
        label: 'contradicted',
        note: 'sign: fact hnt.change_7d -0.70',
      },
      {
        find: '$534M',
        label: 'supported',
      },
      {
        find: '$0.02289',
        label: 'supported',
      },
      {
        find: '+3.12%',
        label: 'supported',
      },
      {
        find: '+3.98%',
        label: 'contradicted',
        note: 'sign: fact iotx.change_7d -3.98',
      },
      {
        find: '$2.16B',
        label: 'contradicted',
        note: 'fact iotx.market_cap 216M (10x)',
      },
      {
        find: '$2.847',
        label: 'supported',
      },
      {
        find: '+1.12%',
        label: 'supported',
      },
      {
        find: '+3.65%',
        label: 'supported',
      },
      {
        find: '$1.84B',
        label: 'contradicted',
        note: 'fact render.market_cap 1.48B',
      },
      {
        find: '+0.65%',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '3%@1',
        label: 'supported',
      },
      {
        find: '$0.0229',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '113%',
        label: 'supported',
      },
    ],
  },
];
