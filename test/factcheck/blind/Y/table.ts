import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Y-table-01',
    voice: 'table',
    style: 'daily',
    text: '**Majors, morning of Aug 27**\n\n| Asset | Price | 24h % | 7d % | Funding (8h) | OI change |\n|---|---|---|---|---|---|\n| BTC | $111,742 | +2.9% | +6.1% | 0.017% | +8.7% |\n| ETH | $3,641.70 | +1.5% | -2.5% | 0.06% | +3.1% |\n| SOL | $175.50 | -4.1% | -5.8% | -0.008% | -3.6% |\n| XRP | $2.46 | +2.3% | -4.5% | 0.003% | +2.1% |\n| DOGE | $0.1793 | -3.7% | -9.1% | 0.004% | -1.3% |\n\nBitcoin is the only one of the five in the green. It pushed through its 30-day swing high of $111,052 overnight, and only 7 of the 30 watchlist names finished the day higher. Dominance climbed to 61.2%.\n',
    numbers: [
      {
        find: '27',
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
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '$3,641.70',
        label: 'supported',
      },
      {
        find: '+1.5%',
        label: 'contradicted',
        note: 'fact eth.change_24h -1.50, sign flipped',
      },
      {
        find: '-2.5%',
        label: 'supported',
      },
      {
        find: '0.06%',
        label: 'contradicted',
        note: '10x slip; fact eth.funding_rate 0.006',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '$175.50',
        label: 'contradicted',
        note: 'that is the 30-day swing high; fact sol.price 157.83',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '$2.46',
        label: 'supported',
      },
      {
        find: '+2.3%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30, sign flipped',
      },
      {
        find: '-4.5%',
        label: 'supported',
      },
      {
        find: '0.003%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'that is the 7d OI change; fact xrp.oi_change_24h 0.8',
      },
      {
        find: '$0.1793',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '-9.1%',
        label: 'contradicted',
        note: 'fact doge.change_7d -6.09',
      },
      {
        find: '0.004%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.004; written without sign in a signed column, reads positive',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,052',
        label: 'supported',
      },
      {
        find: '7@10',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '61.2%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.15',
      },
    ],
  },
  {
    id: 'Y-table-02',
    voice: 'table',
    style: 'daily',
    text: "Sector board, last 24 hours:\n\n| Sector | Change | 7d | Best | Worst | Up | Down |\n|---|---|---|---|---|---|---|\n| L1 | +1.6% | +3.4% | BTC +2.9% | NEAR -5.2% | 4 | 6 |\n| L2 | -2.0% | -4.5% | OP +0.9% | IMX -3.9% | 2 | 2 |\n| AI | -6.0% | -9.6% | TAO -6.3% | VIRTUAL -7.6% | 0 | 7 |\n| DePIN | +1.9% | -6.7% | HNT +2.6% | RENDER -5.9% | 2 | 2 |\n| Gaming | -3.8% | -7.7% | SAND -3.6% | GALA -4.2% | 0 | 4 |\n| Memes | -3.7% | -2.1% | WIF -2.9% | PEPE -4.4% | 1 | 3 |\n\nLayer 1 was the only group in positive territory and that is bitcoin's doing; AI was the weakest by a distance, its worst day since the March flush by our count of -11%.\n",
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '-4.5%',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'contradicted',
        note: 'fact sector.l2.advancers_24h 1',
      },
      {
        find: '2@7',
        label: 'contradicted',
        note: 'fact sector.l2.decliners_24h 3',
      },
      {
        find: '-6.0%',
        label: 'supported',
      },
      {
        find: '-9.6%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'contradicted',
        note: 'best AI member 24h is NEAR -5.2 (sector.ai.best_24h); TAO value right but not the best',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '0@4',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -1.94, sign',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '2@9',
        label: 'supported',
      },
      {
        find: '2@10',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'best gaming member 24h is AXS -3.1',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '0@5',
        label: 'supported',
      },
      {
        find: '4@6',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '-2.1%',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d -6.11',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'contradicted',
        note: 'fact sector.memes.advancers_24h 0',
      },
      {
        find: '3@7',
        label: 'contradicted',
        note: 'fact sector.memes.decliners_24h 4',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '-11%',
        label: 'unsupported',
        note: 'history, not in facts',
      },
    ],
  },
  {
    id: 'Y-table-03',
    voice: 'table',
    style: 'weekly',
    text: '## Week in review: the majors\n\n| Asset | Week | Last | 30d |\n|---|---|---|---|\n| BTC | +6.1% | $111,742 | +4.2% |\n| SOL | -4.1% | $157.8 | -2.7% |\n| XRP | -4.5% | $2.46 | +4.7% |\n| AVAX | -3.4% | $21.06 | -3.43% |\n| NEAR | -10.3% | $24.87 | -5.4% |\n\nLeverage followed price: bitcoin open interest rose 11.4% over the week and total OI 8.7%. Layer 1 was the only sector up on the week at +3.4%, yet 9 of its 10 members fell; AI dropped 6.0% and memes 8.8%.\n',
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '+4.2%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'contradicted',
        note: 'that is the 24h move; fact sol.change_7d -5.76',
      },
      {
        find: '$157.8',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-4.5%',
        label: 'supported',
      },
      {
        find: '$2.46',
        label: 'supported',
      },
      {
        find: '+4.7%',
        label: 'contradicted',
        note: 'fact xrp.change_30d -0.47, sign and 10x',
      },
      {
        find: '-3.4%',
        label: 'contradicted',
        note: 'that is the 24h move; fact avax.change_7d -7.02',
      },
      {
        find: '$21.06',
        label: 'supported',
      },
      {
        find: '-3.43%',
        label: 'supported',
        note: 'avax.change_30d -3.43',
      },
      {
        find: '-10.3%',
        label: 'supported',
      },
      {
        find: '$24.87',
        label: 'contradicted',
        note: '10x slip; fact near.price 2.487',
      },
      {
        find: '-5.4%',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'contradicted',
        note: "that is BTC's 24h OI change; fact market.oi_change_7d 4.87",
      },
      {
        find: '1@11',
        label: 'ignored',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '9',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: '6.0%',
        label: 'contradicted',
        note: "that is AI's 24h; fact sector.ai.change_7d -9.63",
      },
      {
        find: '8.8%',
        label: 'contradicted',
        note: "fact sector.memes.change_7d -6.11 (8.8 is PEPE's week)",
      },
    ],
  },
  {
    id: 'Y-table-04',
    voice: 'table',
    style: 'daily',
    text: 'Perps snapshot\n\n| Perp | Funding / 8h | Annualized | OI | OI 24h | OI 7d |\n|---|---|---|---|---|---|\n| BTC | 0.017% | 18.6% | $16.7B | +8.7% | +11.4% |\n| ETH | 0.006% | 65.7% | $48B | +3.1% | -1.2% |\n| SOL | -0.008% | -8.8% | $11.5B | -3.6% | -6.8% |\n| XRP | 0.003% | 3.3% | $1.0B | +0.8% | +8.1% |\n| DOGE | -0.004% | -4.4% | $690M | +1.3% | -4.40% |\n\nAggregate OI sits at $16.7B, up 5.2% on the day, and the OI-weighted average funding is about 0.010%. Shorts are paying to hold SOL and DOGE; bitcoin longs pay roughly 19% a year for the privilege, up from 11% a week ago.\n',
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
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '18.6%',
        label: 'supported',
      },
      {
        find: '$16.7B@1',
        label: 'contradicted',
        note: 'that is total OI; fact btc.open_interest 9.1B',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '65.7%',
        label: 'contradicted',
        note: '10x slip; fact eth.funding_apr 6.57',
      },
      {
        find: '$48B',
        label: 'contradicted',
        note: '10x slip; fact eth.open_interest 4.8B',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '-8.8%',
        label: 'supported',
      },
      {
        find: '$11.5B',
        label: 'contradicted',
        note: '10x slip; fact sol.open_interest 1.15B',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '0.003%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '$1.0B',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '+8.1%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_7d 2.1',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '$690M',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -1.3, sign',
      },
      {
        find: '-4.40%',
        label: 'supported',
        note: 'doge.oi_change_7d -4.4',
      },
      {
        find: '$16.7B@2',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '0.010%',
        label: 'supported',
      },
      {
        find: '19%',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'unsupported',
        note: 'history, no fact for prior funding',
      },
    ],
  },
  {
    id: 'Y-table-05',
    voice: 'table',
    style: 'daily',
    text: 'Levels to watch:\n\n| Asset | Spot | Support | Resistance | 24h high | 24h low |\n|---|---|---|---|---|---|\n| BTC | $111,742 | $110,000 | $115,000 | $111,788 | $103,227 |\n| ETH | $3,641.70 | $3,600 | $3,900 | $3,701.61 | $3,625.16 |\n| SOL | $157.83 | $160 | $150 | $164.76 | $157.65 |\n| XRP | $2.4618 | $2.40 | $2.50 | $2.8222 | $2.4536 |\n| AVAX | $21.06 | $21 | $22 | $23.04 | $21.04 |\n\nBTC is sitting roughly 1.6% above its first support, and a clean break of resistance opens $120,000.\n',
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
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$111,788',
        label: 'supported',
      },
      {
        find: '$103,227',
        label: 'contradicted',
        note: 'that is the 30-day swing low; fact btc.low_24h 108,360',
      },
      {
        find: '$3,641.70',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '$3,900',
        label: 'contradicted',
        note: 'fact eth.resistance 3800',
      },
      {
        find: '$3,701.61',
        label: 'supported',
      },
      {
        find: '$3,625.16',
        label: 'supported',
      },
      {
        find: '$157.83',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'contradicted',
        note: 'support/resistance swapped; sol.support 150',
      },
      {
        find: '$150',
        label: 'contradicted',
        note: 'sol.resistance 160',
      },
      {
        find: '$164.76',
        label: 'supported',
      },
      {
        find: '$157.65',
        label: 'supported',
      },
      {
        find: '$2.4618',
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
        find: '$2.8222',
        label: 'contradicted',
        note: 'that is the 30-day swing high; fact xrp.high_24h 2.5388',
      },
      {
        find: '$2.4536',
        label: 'supported',
      },
      {
        find: '$21.06',
        label: 'supported',
      },
      {
        find: '$21@2',
        label: 'supported',
      },
      {
        find: '$22',
        label: 'supported',
      },
      {
        find: '$23.04',
        label: 'contradicted',
        note: 'that is the 30-day swing high; fact avax.high_24h 21.82',
      },
      {
        find: '$21.04',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'unsupported',
        note: 'distance to support, derived',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-table-06',
    voice: 'table',
    style: 'daily',
    text: "# Market dashboard\n\n| Metric | Value | Change |\n|---|---|---|\n| Total market cap | $3.76T | +6.4% |\n| BTC dominance | 59.1% | up |\n| Spot volume | $4.23B | n/a |\n| Advancers | 7 | |\n| Decliners | 23 | |\n| Open interest | $16.74B | +5.2% |\n\nBitcoin took the market's whole gain and then some: it rose 2.9% to $111,742 while the total cap barely moved. CoinDesk framed it as dominance topping 59%, and trading volume in BTC ran 1.6x its 7-day average, the only large name above its norm.\n\nFrom the news flow: a listed treasury company bought 4,850 BTC, CoinDesk reported; spot bitcoin ETFs drew $386 million of net inflows per Bitcoin Magazine, their 4th straight day; and a DeFi lender lost $27 million to an oracle exploit. Sui has 58.4 million tokens unlocking next week. One analyst quoted by Cointelegraph sees bitcoin at $135,000 by year-end; the CPI print came in at 2.9%.\n",
    numbers: [
      {
        find: '$3.76T',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'contradicted',
        note: '10x slip; fact market.cap_change_24h 0.64',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '$4.23B',
        label: 'contradicted',
        note: "that is BTC's volume; fact market.volume_24h 134B",
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '23@2',
        label: 'supported',
      },
      {
        find: '$16.74B',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'supported',
      },
      {
        find: '2.9%@1',
        label: 'supported',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '59%',
        label: 'supported',
      },
      {
        find: '1.6x',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '4,850',
        label: 'supported-by-source',
      },
      {
        find: '$386 million',
        label: 'supported-by-source',
      },
      {
        find: '4th',
        label: 'supported-by-source',
        note: 'count from the Bitcoin Magazine summary (fourth straight session); debatable, could be ignored',
      },
      {
        find: '$27 million',
        label: 'unsupported',
        note: 'headline figure, outlet (Decrypt) not named',
      },
      {
        find: '58.4 million',
        label: 'unsupported',
        note: 'headline figure not attributed to The Block',
      },
      {
        find: '$135,000',
        label: 'supported-by-source',
      },
      {
        find: '2.9%@2',
        label: 'unsupported',
        note: 'macro figure, not in facts or headlines',
      },
    ],
  },
  {
    id: 'Y-table-07',
    voice: 'table',
    style: 'sector',
    text: "AI tokens: all seven in the red.\n\n| Token | Price | 24h | 7d | Mkt cap |\n|---|---|---|---|---|\n| FET | $0.5734 | -8.6% | +6.5% | $1.49B |\n| TAO | $331.60 | -6.3% | -10.5% | $30.7B |\n| GRT | $0.0792 | -4.2% | -4.20% | $828K |\n| VIRTUAL | $0.968 | -7.6% | -13.5% | $6.32B |\n| WLD | $0.943 | -6.1% | -9.3% | $1.84B |\n| NEAR | $2.49 | -3.2% | -10.3% | $3.13B |\n\nThe basket is worth $12.7B after shedding about $814M and 6.0% on the day. VIRTUAL, down 7.6%, was the worst of the group. CoinGecko's broader AI category sits at $22.8B, with $3.4B traded.\n",
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
        find: '$0.5734',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'contradicted',
        note: 'fact fet.change_24h -6.80',
      },
      {
        find: '+6.5%',
        label: 'contradicted',
        note: 'fact fet.change_7d -6.48, sign',
      },
      {
        find: '$1.49B',
        label: 'supported',
      },
      {
        find: '$331.60',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '-10.5%',
        label: 'supported',
      },
      {
        find: '$30.7B',
        label: 'contradicted',
        note: '10x slip; fact tao.market_cap 3.07B',
      },
      {
        find: '$0.0792',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'that is the 7d move; fact grt.change_24h -5.40',
      },
      {
        find: '-4.20%',
        label: 'supported',
      },
      {
        find: '$828K',
        label: 'contradicted',
        note: 'unit slip; fact grt.market_cap 828M',
      },
      {
        find: '$0.968',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-13.5%',
        label: 'supported',
      },
      {
        find: '$6.32B',
        label: 'contradicted',
        note: '10x slip; fact virtual.market_cap 632M',
      },
      {
        find: '$0.943',
        label: 'contradicted',
        note: 'fact wld.price 0.8433',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
      {
        find: '-9.3%',
        label: 'supported',
      },
      {
        find: '$1.84B',
        label: 'supported',
      },
      {
        find: '$2.49',
        label: 'supported',
      },
      {
        find: '-3.2%',
        label: 'contradicted',
        note: 'fact near.change_24h -5.20',
      },
      {
        find: '-10.3%',
        label: 'supported',
      },
      {
        find: '$3.13B',
        label: 'supported',
      },
      {
        find: '$12.7B',
        label: 'supported',
      },
      {
        find: '$814M',
        label: 'supported',
      },
      {
        find: '6.0%',
        label: 'supported',
      },
      {
        find: 'down 7.6%',
        label: 'supported',
      },
      {
        find: '$22.8B',
        label: 'supported',
      },
      {
        find: '$3.4B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-table-08',
    voice: 'table',
    style: 'sector',
    text: "| Memes | Price | Day | Cap |\n|---|---|---|---|\n| DOGE | $0.1793 | -3.7% | $26.95B |\n| SHIB | $0.00001152 | -3.3% | $67.9B |\n| WIF | $0.7736 | -1.9% | $773M |\n\n| Gaming | Price | Day | Cap |\n|---|---|---|---|\n| AXS | $2.25 | -3.1% | $36.6M |\n| SAND | $0.2467 | +3.6% | $601M |\n| GALA | $0.01463 | -6.3% | $656M |\n| IMX | $0.5146 | -3.9% | $9.96B |\n\nMemes lost 3.7% as a group and gaming 4.8%, so neither escaped the rotation into bitcoin. Gaming's best performer was SAND at -3.60%. Bonk, which we don't track, lost 9%.\n",
    numbers: [
      {
        find: '$0.1793',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '$26.95B',
        label: 'supported',
      },
      {
        find: '$0.00001152',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '$67.9B',
        label: 'contradicted',
        note: '10x slip; fact shib.market_cap 6.79B',
      },
      {
        find: '$0.7736',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'contradicted',
        note: 'fact wif.change_24h -2.90',
      },
      {
        find: '$773M',
        label: 'supported',
      },
      {
        find: '$2.25',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '$36.6M',
        label: 'contradicted',
        note: '10x slip; fact axs.market_cap 366M',
      },
      {
        find: '$0.2467',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact sand.change_24h -3.60, sign',
      },
      {
        find: '$601M',
        label: 'supported',
      },
      {
        find: '$0.01463',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'contradicted',
        note: "that is GALA's 7d move; fact gala.change_24h -4.20",
      },
      {
        find: '$656M',
        label: 'supported',
      },
      {
        find: '$0.5146',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '$9.96B',
        label: 'contradicted',
        note: '10x slip; fact imx.market_cap 996M',
      },
      {
        find: '3.7%@2',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -3.79',
      },
      {
        find: '-3.60%',
        label: 'contradicted',
        note: 'best gaming member 24h is AXS -3.1; SAND value right, rank wrong',
      },
      {
        find: '9%@3',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
    ],
  },
  {
    id: 'Y-table-09',
    voice: 'table',
    style: 'daily',
    text: '| L2 | Last | Day | Support | Resistance |\n|---|---|---|---|---|\n| OP | $0.6328 | +0.9% | $0.60 | $0.64 |\n| POL | $0.2271 | -5.9% | $0.22 | $0.23 |\n| IMX | $0.5146 | -3.9% | $0.52 | $0.50 |\n\nOP was the lone riser in the rollup basket, which fell 2.0% overall. DePIN was split down the middle: HNT +2.6% and FIL +1.2% up, IOTX -1.7% and RENDER -9.5% down, for a sector move of -1.9%.\n',
    numbers: [
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '$0.6328',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '$0.60',
        label: 'contradicted',
        note: 'fact op.support 0.62',
      },
      {
        find: '$0.64',
        label: 'supported',
      },
      {
        find: '$0.2271',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'contradicted',
        note: "that is POL's 30d move; fact pol.change_24h -1.90",
      },
      {
        find: '$0.22@2',
        label: 'supported',
      },
      {
        find: '$0.23',
        label: 'supported',
      },
      {
        find: '$0.5146',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '$0.52',
        label: 'contradicted',
        note: 'support/resistance swapped; imx.support 0.50',
      },
      {
        find: '$0.50',
        label: 'contradicted',
        note: 'imx.resistance 0.52',
      },
      {
        find: '2.0%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '-1.7%',
        label: 'supported',
      },
      {
        find: '-9.5%',
        label: 'contradicted',
        note: 'fact render.change_24h -5.90',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-table-10',
    voice: 'table',
    style: 'weekly',
    text: '### Sectors, week to Aug 27\n\n| Sector | Change | Cap now | Cap change | Best | Worst |\n|---|---|---|---|---|---|\n| Layer 1 | +3.4% | $3.05T | +$101B | BTC +6.1% | NEAR -10.3% |\n| Layer 2 | -4.5% | $6.67B | -$31M | OP -1.9% | IMX -8.3% |\n| AI | -9.6% | $12.7B | -$1.36B | GRT -4.2% | TAO -10.5% |\n| DePIN | -6.7% | $4.04B | -$289M | HNT +2.6% | RENDER -10.9% |\n| Gaming | -7.7% | $2.62B | -$218M | GALA -6.3% | AXS -8.33% |\n| Memes | -3.7% | $38.4B | -$2.5B | SHIB -4.0% | WIF -10.6% |\n\nOnly one sector gained ground this week. Expect the rotation to reverse by mid-September, when AI could claw back 5%.\n',
    numbers: [
      {
        find: '27',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '$3.05T',
        label: 'supported',
      },
      {
        find: '+$101B',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '-10.3%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-4.5%',
        label: 'supported',
      },
      {
        find: '$6.67B',
        label: 'supported',
      },
      {
        find: '-$31M',
        label: 'contradicted',
        note: '10x slip; fact sector.l2.market_cap_change_7d -311M',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-8.3%',
        label: 'supported',
      },
      {
        find: '-9.6%',
        label: 'supported',
      },
      {
        find: '$12.7B',
        label: 'supported',
      },
      {
        find: '-$1.36B',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-10.5%',
        label: 'contradicted',
        note: 'worst AI member 7d is VIRTUAL -13.49',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
      {
        find: '$4.04B',
        label: 'supported',
      },
      {
        find: '-$289M',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'contradicted',
        note: "wrong window: 2.6 is HNT's 24h; best 7d DePIN member is FIL -2.72",
      },
      {
        find: '-10.9%',
        label: 'supported',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '$2.62B',
        label: 'supported',
      },
      {
        find: '-$218M',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '-8.33%',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'contradicted',
        note: 'that is the memes 24h move; fact sector.memes.change_7d -6.11',
      },
      {
        find: '$38.4B',
        label: 'supported',
      },
      {
        find: '-$2.5B',
        label: 'supported',
      },
      {
        find: '-4.0%',
        label: 'supported',
      },
      {
        find: '-10.6%',
        label: 'supported',
      },
      {
        find: '5%@3',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-table-11',
    voice: 'table',
    style: 'daily',
    text: 'Leaders and laggards (24h)\n\n| # | Top | Move | # | Bottom | Move |\n|---|---|---|---|---|---|\n| 1 | BTC | +2.9% | 1 | VIRTUAL | -7.6% |\n| 2 | HNT | +2.6% | 2 | FET | -6.8% |\n| 3 | FIL | +1.2% | 3 | TAO | -10.5% |\n| 4 | OP | +0.9% | 4 | WLD | -6.8% |\n| 5 | DOT | +1.5% | 5 | RENDER | -5.9% |\n\nThat is the whole green list plus two: BNB (+0.4%) and ADA (+3.0%) round out the 9 advancers.\n',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '-6.8%@1',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'ignored',
      },
      {
        find: '-10.5%',
        label: 'contradicted',
        note: "that is TAO's 7d; fact tao.change_24h -6.30",
      },
      {
        find: '4@2',
        label: 'ignored',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'ignored',
      },
      {
        find: '-6.8%@2',
        label: 'contradicted',
        note: "that is FET's move; fact wld.change_24h -6.10",
      },
      {
        find: '5@2',
        label: 'ignored',
      },
      {
        find: '+1.5%',
        label: 'contradicted',
        note: 'fact dot.change_24h 0.50',
      },
      {
        find: '5@4',
        label: 'ignored',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'contradicted',
        note: '10x slip; fact ada.change_24h 0.30',
      },
      {
        find: '9@4',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
    ],
  },
  {
    id: 'Y-table-12',
    voice: 'table',
    style: 'daily',
    text: 'Volume check:\n\n| Asset | 24h volume | vs 7d avg |\n|---|---|---|\n| BTC | $4.23B | 0.62x |\n| ETH | $13.2B | 0.87x |\n| SOL | $445M | 1.8x |\n| XRP | $3.25B | 0.88x |\n\nMarket-wide turnover was $134B and roughly 41% of it was stablecoin pairs, versus $98B a week ago. Bitcoin is the exception; everything else traded light.\n',
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
        find: '$4.23B',
        label: 'supported',
      },
      {
        find: '0.62x',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.62',
      },
      {
        find: '$13.2B',
        label: 'contradicted',
        note: '10x slip; fact eth.volume_24h 1.32B',
      },
      {
        find: '0.87x',
        label: 'supported',
      },
      {
        find: '$445M',
        label: 'supported',
      },
      {
        find: '1.8x',
        label: 'contradicted',
        note: 'fact sol.volume_ratio_7d 0.80',
      },
      {
        find: '$3.25B',
        label: 'contradicted',
        note: '10x slip; fact xrp.volume_24h 325M',
      },
      {
        find: '0.88x',
        label: 'supported',
      },
      {
        find: '$134B',
        label: 'supported',
      },
      {
        find: '41%',
        label: 'unsupported',
        note: 'derived share, no fact',
      },
      {
        find: '$98B',
        label: 'unsupported',
        note: 'no fact for prior volume',
      },
    ],
  },
  {
    id: 'Y-table-13',
    voice: 'table',
    style: 'daily',
    text: '| Realized vol (ann.) | 7d | 30d |\n|---|---|---|\n| BTC | 20.9% | 81.0% |\n| ETH | 24.6% | 24.58% |\n| SOL | 27.1% | 53.8% |\n| RENDER | 26.0% | 45.4% |\n',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '20.9%',
        label: 'supported',
      },
      {
        find: '81.0%',
        label: 'contradicted',
        note: 'fact btc.volatility_30d 18.0',
      },
      {
        find: '24.6%',
        label: 'contradicted',
        note: 'that is the 30d figure; fact eth.volatility_7d 17.9',
      },
      {
        find: '24.58%',
        label: 'supported',
      },
      {
        find: '27.1%',
        label: 'supported',
      },
      {
        find: '53.8%',
        label: 'contradicted',
        note: 'fact sol.volatility_30d 35.8',
      },
      {
        find: '26.0%',
        label: 'contradicted',
        note: 'fact render.volatility_7d 62.0',
      },
      {
        find: '45.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-table-14',
    voice: 'table',
    style: 'daily',
    text: 'BTC +2.9%, ETH -1.5%, SOL -4.1%. Below, the rest of the L1 board:\n\n| Coin | Day | Cap |\n|---|---|---|\n| BNB | +0.4% | $959B |\n| AVAX | +3.4% | $8.99B |\n| DOT | -0.5% | $5.79B |\n| NEAR | -5.2% | $3.13B |\n| SUI | -3.8% | $1.10B |\n\nThe L1 basket gained 1.6%, adding roughly $48B of value, and TON, not on our list, was flat at $3.10.\n',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: 'L1@1',
        label: 'ignored',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '$959B',
        label: 'contradicted',
        note: '10x slip; fact bnb.market_cap 95.9B',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'fact avax.change_24h -3.40, sign',
      },
      {
        find: '$8.99B',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'contradicted',
        note: 'fact dot.change_24h +0.50, sign',
      },
      {
        find: '$5.79B',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '$3.13B',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '$1.10B',
        label: 'contradicted',
        note: 'fact sui.market_cap 10.98B',
      },
      {
        find: 'L1@2',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '$48B',
        label: 'supported',
      },
      {
        find: '$3.10',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
    ],
  },
  {
    id: 'Y-table-15',
    voice: 'table',
    style: 'daily',
    text: 'Headline check, Aug 27:\n\n| Outlet | Claim | Our data |\n|---|---|---|\n| Decrypt | XRP surges 8% | XRP -2.3% |\n| CryptoSlate | AI tokens up 5% | AI -6.0% |\n| Bitcoin Magazine | BTC stalls below $110,000 | BTC $111,742 |\n| Cointelegraph | SOL funding near -0.008% | SOL -4.1% |\n| The Block | BTC funding 0.017% | OI +8.7% |\n| CoinDesk | Only 7 of 30 rise | 8 up |\n\nThree of the six headlines hold up, three do not.\n',
    numbers: [
      {
        find: '27',
        label: 'ignored',
      },
      {
        find: '8%@1',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30; Decrypt headline contradicted',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '5%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h -6.0; CryptoSlate headline contradicted',
      },
      {
        find: '-6.0%',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'contradicted',
        note: 'fact btc.price 111,742 is above 110,000',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
        note: 'fact sol.funding_rate -0.008 states it, so supported rather than by-source',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '7@5',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '8@4',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
    ],
  },
  {
    id: 'Y-table-16',
    voice: 'table',
    style: 'daily',
    text: "Quick one: BTC dominance 59.1%, total cap $3.76T (+0.64%), 23 of 30 tracked names lower. ETH/BTC keeps bleeding; ether is down 5.2% on the week against bitcoin's 6.1% gain.\n",
    numbers: [
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '$3.76T',
        label: 'supported',
      },
      {
        find: '+0.64%',
        label: 'supported',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'fact eth.change_7d -2.52',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-table-17',
    voice: 'table',
    style: 'daily',
    text: "| | BTC | ETH |\n|---|---|---|\n| Price | $111.7K | $3.64K |\n| Day | +2.9% | -1.5% |\n| Week | +6.1% | +2.5% |\n| Market cap | $2.23T | $340B |\n| Funding (8h) | 0.017% | 0.006% |\n| Open interest | $9.1B | $4.8B |\n| OI change | +3.1% | +8.7% |\n| 30-day high | $111,052 | $3,701 |\n| 30-day low | $108,360 | $3,514 |\n\nEther's gap to bitcoin on the day works out to about 4.4 points, the widest since the spring.\n",
    numbers: [
      {
        find: '$111.7K',
        label: 'supported',
      },
      {
        find: '$3.64K',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+2.5%',
        label: 'contradicted',
        note: 'fact eth.change_7d -2.52, sign',
      },
      {
        find: '$2.23T',
        label: 'supported',
      },
      {
        find: '$340B',
        label: 'contradicted',
        note: 'fact eth.market_cap 439.7B',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '$9.1B',
        label: 'supported',
      },
      {
        find: '$4.8B',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'contradicted',
        note: "wrong asset: 3.1 is ETH's; fact btc.oi_change_24h 8.7",
      },
      {
        find: '+8.7%',
        label: 'contradicted',
        note: "wrong asset: 8.7 is BTC's; fact eth.oi_change_24h 3.1",
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$111,052',
        label: 'supported',
      },
      {
        find: '$3,701',
        label: 'contradicted',
        note: "that is ETH's 24h high; fact eth.swing_high_30d 3906",
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$108,360',
        label: 'contradicted',
        note: "that is BTC's 24h low; fact btc.swing_low_30d 103,227",
      },
      {
        find: '$3,514',
        label: 'supported',
      },
      {
        find: '4.4',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
    ],
  },
  {
    id: 'Y-table-18',
    voice: 'table',
    style: 'daily',
    text: 'Funding sign check: BTC +0.017%, ETH +0.006%, XRP +0.003%, SOL +0.008%, DOGE -0.004%.\n\n| | OI | Day |\n|---|---|---|\n| All perps | $16.74B | +5.2% |\n| BTC share | $9.1B | +11.4% |\n| SOL | $1.15B | +3.6% |\n\nBitcoin now makes up 54% of all open interest.\n',
    numbers: [
      {
        find: '+0.017%',
        label: 'supported',
      },
      {
        find: '+0.006%',
        label: 'supported',
      },
      {
        find: '+0.003%',
        label: 'supported',
      },
      {
        find: '+0.008%',
        label: 'contradicted',
        note: 'fact sol.funding_rate -0.008, sign',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '$16.74B',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'supported',
      },
      {
        find: '$9.1B',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'contradicted',
        note: 'that is the 7d change; fact btc.oi_change_24h 8.7',
      },
      {
        find: '$1.15B',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -3.6, sign',
      },
      {
        find: '54%',
        label: 'unsupported',
        note: 'derived share of OI, no fact',
      },
    ],
  },
  {
    id: 'Y-table-19',
    voice: 'table',
    style: 'daily',
    text: 'Scenario grid for the next few sessions (our view, not data):\n\n| Scenario | BTC | ETH | SOL |\n|---|---|---|---|\n| Bull | $120K | $4,000 | $180 |\n| Bear | $104K | $3,400 | $140 |\n\nSpot today: BTC $111.7K, ETH $3,642, SOL $158. The last time dominance pushed through 59% alts gave up another 15% in a month.\n',
    numbers: [
      {
        find: '$120K',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$4,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$180',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$104K',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$3,400',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$140',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$111.7K',
        label: 'supported',
      },
      {
        find: '$3,642',
        label: 'supported',
      },
      {
        find: '$158',
        label: 'supported',
      },
      {
        find: '59%',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'unsupported',
        note: 'history',
      },
    ],
  },
  {
    id: 'Y-table-20',
    voice: 'table',
    style: 'weekly',
    text: '| Funding | Now | APR |\n|---|---|---|\n| BTC | 0.017% | 18.6% |\n| SOL | -0.008% | 8.8% |\n| DOGE | -0.04% | -4.4% |\n\nOver the week BTC gained 6.1%, ETH lost 1.5% and SOL 5.8%.\n',
    numbers: [
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '18.6%',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '8.8%',
        label: 'contradicted',
        note: 'fact sol.funding_apr -8.76, sign missing',
      },
      {
        find: '-0.04%',
        label: 'contradicted',
        note: '10x slip; fact doge.funding_rate -0.004',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'contradicted',
        note: "that is ETH's 24h move; fact eth.change_7d -2.52",
      },
      {
        find: '5.8%',
        label: 'supported',
      },
    ],
  },
];
