import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'V-table-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors snapshot at the morning cut.\n\n| Asset | Price | 24h % | 7d % | 30d % |\n|---|---|---|---|---|\n| BTC | $97,400 | +5.8% | -6.5% | -21.1% |\n| ETH | $3,486.20 | +9.7% | -9.0% | -41.7% |\n| SOL | $178.42 | +9.5% | -31.8% | -19.0% |\n| XRP | $2.6174 | +2.4% | +11.1% | -14.7% |\n| BNB | $821.60 | +3.1% | -5.6% | -9.0% |\n\nSolana led the group on the day while BNB trailed.',
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
        find: '$97,400',
        label: 'supported',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '-21.1%',
        label: 'contradicted',
        note: 'fact btc.change_30d -12.1',
      },
      {
        find: '$3,486.20',
        label: 'supported',
      },
      {
        find: '+9.7%',
        label: 'contradicted',
        note: 'fact eth.change_24h 7.9',
      },
      {
        find: '-9.0%@1',
        label: 'supported',
      },
      {
        find: '-41.7%',
        label: 'contradicted',
        note: 'fact eth.change_30d -14.7',
      },
      {
        find: '$178.42',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '-31.8%',
        label: 'contradicted',
        note: 'fact sol.change_7d -13.8',
      },
      {
        find: '-19.0%',
        label: 'supported',
      },
      {
        find: '$2.6174',
        label: 'supported',
      },
      {
        find: '+2.4%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 4.2',
      },
      {
        find: '+11.1%',
        label: 'contradicted',
        note: 'sign: xrp.change_7d -11.1',
      },
      {
        find: '-14.7%',
        label: 'supported',
      },
      {
        find: '$821.60',
        label: 'contradicted',
        note: 'fact bnb.price 812.6',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-9.0%@2',
        label: 'supported',
        note: 'bnb.change_30d -9.02',
      },
    ],
  },
  {
    id: 'V-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Perpetuals dashboard:\n\n| Asset | Funding (8h) | Annualized | Open interest | OI 24h | OI 7d |\n|---|---|---|---|---|---|\n| BTC | -0.006% | -6.57% | $76B | +8.0% | -12.4% |\n| ETH | -0.011% | -12.05% | $3.4B | -9.2% | -15.1% |\n| SOL | +0.008% | +87.6% | $1.25B | +16.5% | -9.8% |\n| XRP | -0.002% | +2.19% | $850M | +6.1% | -18.7% |\n| DOGE | +0.009% | +9.86% | $700M | +11.4% | +13.6% |\n| All | -0.005% | n/a | $14.7B | +19.1% | -12.9% |\n\nBTC and ETH shorts are still paying longs; SOL and DOGE longs pay.',
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
        find: '-0.006%',
        label: 'supported',
      },
      {
        find: '-6.57%',
        label: 'supported',
      },
      {
        find: '$76B',
        label: 'contradicted',
        note: 'fact btc.open_interest 7.6B (10x)',
      },
      {
        find: '+8.0%',
        label: 'supported',
      },
      {
        find: '-12.4%',
        label: 'supported',
      },
      {
        find: '-0.011%',
        label: 'supported',
      },
      {
        find: '-12.05%',
        label: 'supported',
      },
      {
        find: '$3.4B',
        label: 'contradicted',
        note: 'fact eth.open_interest 4.3B',
      },
      {
        find: '-9.2%',
        label: 'contradicted',
        note: 'sign: eth.oi_change_24h +9.2',
      },
      {
        find: '-15.1%',
        label: 'supported',
      },
      {
        find: '+0.008%',
        label: 'supported',
      },
      {
        find: '+87.6%',
        label: 'contradicted',
        note: 'fact sol.funding_apr 8.76 (10x)',
      },
      {
        find: '$1.25B',
        label: 'supported',
      },
      {
        find: '+16.5%',
        label: 'supported',
      },
      {
        find: '-9.8%',
        label: 'supported',
      },
      {
        find: '-0.002%',
        label: 'contradicted',
        note: 'sign: xrp.funding_rate +0.002',
      },
      {
        find: '+2.19%',
        label: 'supported',
      },
      {
        find: '$850M',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '-18.7%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_7d -8.7',
      },
      {
        find: '+0.009%',
        label: 'supported',
      },
      {
        find: '+9.86%',
        label: 'supported',
      },
      {
        find: '$700M',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '+13.6%',
        label: 'contradicted',
        note: 'sign: doge.oi_change_7d -13.6',
      },
      {
        find: '-0.005%',
        label: 'supported',
      },
      {
        find: '$14.7B',
        label: 'supported',
      },
      {
        find: '+19.1%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h 9.07',
      },
      {
        find: '-12.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'V-table-03',
    voice: 'table',
    style: 'daily',
    text: 'Key levels:\n\n| Asset | Support | Resistance | 24h low | 24h high | 30-day swing high |\n|---|---|---|---|---|---|\n| BTC | $95,000 | $110,000 | $89,567 | $107,538 | $117,388 |\n| ETH | $3,400 | $3,900 | $3,821 | $3,497 | $4,227 |\n| SOL | $170.00 | $180.00 | $162.72 | $178.78 | $242.00 |\n| XRP | $2.80 | $2.70 | $2.50 | $2.63 | $3.28 |\n| AVAX | $21.00 | $22.00 | $19.68 | $21.48 | $37.31 |\n| DOT | $3.40 | $3.60 | $3.27 | $3.53 | $5.45 |',
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
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'contradicted',
        note: 'fact btc.resistance 100000',
      },
      {
        find: '$89,567',
        label: 'supported',
      },
      {
        find: '$107,538',
        label: 'contradicted',
        note: 'fact btc.high_24h 97,538',
      },
      {
        find: '$117,388',
        label: 'supported',
      },
      {
        find: '$3,400',
        label: 'supported',
      },
      {
        find: '$3,900',
        label: 'contradicted',
        note: 'fact eth.resistance 3600',
      },
      {
        find: '$3,821',
        label: 'contradicted',
        note: 'fact eth.low_24h 3182',
      },
      {
        find: '$3,497',
        label: 'supported',
      },
      {
        find: '$4,227',
        label: 'supported',
      },
      {
        find: '$170.00',
        label: 'supported',
      },
      {
        find: '$180.00',
        label: 'supported',
      },
      {
        find: '$162.72',
        label: 'supported',
      },
      {
        find: '$178.78',
        label: 'supported',
      },
      {
        find: '$242.00',
        label: 'contradicted',
        note: 'fact sol.swing_high_30d 223.04',
      },
      {
        find: '$2.80',
        label: 'contradicted',
        note: 'fact xrp.support 2.6',
      },
      {
        find: '$2.70',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '$2.63',
        label: 'supported',
      },
      {
        find: '$3.28',
        label: 'supported',
      },
      {
        find: '$21.00',
        label: 'supported',
      },
      {
        find: '$22.00',
        label: 'supported',
      },
      {
        find: '$19.68',
        label: 'supported',
      },
      {
        find: '$21.48',
        label: 'supported',
      },
      {
        find: '$37.31',
        label: 'contradicted',
        note: 'fact avax.swing_high_30d 27.31',
      },
      {
        find: '$3.40',
        label: 'supported',
      },
      {
        find: '$3.60',
        label: 'supported',
      },
      {
        find: '$3.27',
        label: 'supported',
      },
      {
        find: '$3.53',
        label: 'supported',
      },
      {
        find: '$5.45',
        label: 'contradicted',
        note: 'fact dot.swing_high_30d 4.54',
      },
    ],
  },
  {
    id: 'V-table-04',
    voice: 'table',
    style: 'sector',
    text: 'Sector board for the session (watchlist baskets):\n\n| Sector | Change | Best | Worst | Up | Down |\n|---|---|---|---|---|---|\n| DePIN | +11.4% | RENDER +12.4% | IOTX +9.9% | 4 | 0 |\n| AI | +18.8% | VIRTUAL +13.6% | WLD -0.8% | 6 | 1 |\n| Rollups | +7.5% | ARB +8.6% | IMX +1.2% | 4 | 0 |\n| Smart contract platforms | +6.1% | SOL +9.5% | BNB +3.1% | 10 | 0 |\n| Memes | +3.3% | DOGE +4.6% | SHIB -1.1% | 3 | 2 |\n| Gaming | +2.1% | IMX +1.2% | GALA -2.8% | 3 | 1 |\n\nDePIN was the clear winner; gaming barely moved.',
    numbers: [
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '+12.4%',
        label: 'supported',
      },
      {
        find: '+9.9%',
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
        find: '+18.8%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 8.8',
      },
      {
        find: '+13.6%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+8.6%',
        label: 'contradicted',
        note: 'wrong leader: OP 9.8 is best L2',
      },
      {
        find: '+1.2%@1',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '0@3',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'contradicted',
        note: 'wrong leader: NEAR 10.2 is best L1 member',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '0@5',
        label: 'supported',
      },
      {
        find: '+3.3%',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'contradicted',
        note: 'wrong laggard: WIF -3.4 is worst meme',
      },
      {
        find: '3@5',
        label: 'contradicted',
        note: 'fact sector.memes.advancers_24h 2',
      },
      {
        find: '2@3',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -0.09',
      },
      {
        find: '+1.2%@2',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '3@6',
        label: 'supported',
      },
      {
        find: '1@15',
        label: 'supported',
      },
    ],
  },
  {
    id: 'V-table-05',
    voice: 'table',
    style: 'weekly',
    text: 'This week (figures are 7-day unless marked):\n\n| Sector | Change | Best member | Worst member | Cap change |\n|---|---|---|---|---|\n| Layer 1 | -7.5% | BNB -5.6% | SOL -13.8% | -$225B |\n| Layer 2 | -21.2% | POL -10.8% | OP -15.5% | -$0.99B |\n| AI | -13.0% | FET -11.1% | WLD -17.9% | -$1.8B |\n| DePIN | -12.1% | HNT -8.8% | RENDER -12.9% | -$5.0B |\n| Gaming | -5.4% | AXS -11.9% | GALA -17.5% | -$0.47B |\n| Memes | -16.9% | DOGE -6.2% | SHIB -19.1% | +$7.8B |\n\nEvery sector fell on the week; not one member of any basket finished higher.',
    numbers: [
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '-7.5%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-13.8%',
        label: 'supported',
      },
      {
        find: '-$225B',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-21.2%',
        label: 'contradicted',
        note: '30d figure; sector.l2.change_7d -12.8',
      },
      {
        find: '-10.8%',
        label: 'supported',
      },
      {
        find: '-15.5%',
        label: 'supported',
      },
      {
        find: '-$0.99B',
        label: 'supported',
      },
      {
        find: '-13.0%',
        label: 'supported',
      },
      {
        find: '-11.1%',
        label: 'supported',
      },
      {
        find: '-17.9%',
        label: 'supported',
      },
      {
        find: '-$1.8B',
        label: 'supported',
      },
      {
        find: '-12.1%',
        label: 'supported',
      },
      {
        find: '-8.8%',
        label: 'supported',
      },
      {
        find: '-12.9%',
        label: 'supported',
      },
      {
        find: '-$5.0B',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap_change_7d -0.50B',
      },
      {
        find: '-5.4%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -15.4',
      },
      {
        find: '-11.9%',
        label: 'supported',
      },
      {
        find: '-17.5%',
        label: 'supported',
      },
      {
        find: '-$0.47B',
        label: 'supported',
      },
      {
        find: '-16.9%',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'contradicted',
        note: 'fact doge.change_7d -16.2',
      },
      {
        find: '-19.1%',
        label: 'supported',
      },
      {
        find: '+$7.8B',
        label: 'contradicted',
        note: 'sign: sector.memes.market_cap_change_7d -7.8B',
      },
    ],
  },
  {
    id: 'V-table-06',
    voice: 'table',
    style: 'daily',
    text: 'Market overview\n\n| Metric | Value |\n|---|---|\n| Total market cap | $3.3T |\n| Cap change | +16% |\n| BTC dominance | 68.75% |\n| Volume | $130B |\n| Advancers / decliners | 26 / 14 |\n| Avg funding (8h) | -0.05% |\n| Total OI | $14.7B |\n| BTC volume vs 7d avg | 2.24x |\n| ETH volume vs 7d avg | 1.2x |\n| SOL volume vs 7d avg | 2.24x |\n\nThe Block had open interest at $14.7 billion as well; CoinDesk counted spot ETF inflows of $620M.',
    numbers: [
      {
        find: '$3.3T',
        label: 'supported',
      },
      {
        find: '+16%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 6',
      },
      {
        find: '68.75%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 58.75',
      },
      {
        find: '$130B',
        label: 'contradicted',
        note: 'fact market.volume_24h 230B',
      },
      {
        find: '26',
        label: 'supported',
      },
      {
        find: '14@1',
        label: 'contradicted',
        note: 'fact market.decliners_24h 4',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.05%',
        label: 'contradicted',
        note: 'fact market.funding_avg -0.0051 (10x)',
      },
      {
        find: '$14.7B',
        label: 'supported',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '2.24x@1',
        label: 'supported',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '1.2x',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 2.21',
      },
      {
        find: '7d@3',
        label: 'ignored',
      },
      {
        find: '2.24x@2',
        label: 'supported',
        note: 'sol.volume_ratio_7d 2.245',
      },
      {
        find: '$14.7 billion',
        label: 'supported',
      },
      {
        find: '$620M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'V-table-07',
    voice: 'table',
    style: 'daily',
    text: 'Volatility and volume, selected names\n\n| Asset | 24h volume | Realized vol 7d | Realized vol 30d |\n|---|---|---|---|\n| BTC | $6.52B | 35.0% | 28.2% |\n| ETH | $3.60B | 63.3% | 38.2% |\n| SOL | $1.56B | 79.3% | 35.1% |\n| XRP | $0.81B | 36.0% | 55.4% |\n| AVAX | $1.55B | 99.0% | 66.6% |\n| HNT | $13.9M | 140% | n/a |\n| DOGE | $1.32B | 49.8% | n/a |\n\nHNT is the most volatile name on the list, and bitcoin could retest $89,000 if the bounce fades.',
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
        find: '$6.52B',
        label: 'supported',
      },
      {
        find: '35.0%',
        label: 'supported',
      },
      {
        find: '28.2%',
        label: 'supported',
      },
      {
        find: '$3.60B',
        label: 'supported',
      },
      {
        find: '63.3%',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 36.3',
      },
      {
        find: '38.2%',
        label: 'supported',
      },
      {
        find: '$1.56B',
        label: 'supported',
      },
      {
        find: '79.3%',
        label: 'supported',
      },
      {
        find: '35.1%',
        label: 'contradicted',
        note: 'fact sol.volatility_30d 55.1',
      },
      {
        find: '$0.81B',
        label: 'supported',
      },
      {
        find: '36.0%',
        label: 'contradicted',
        note: 'fact xrp.volatility_7d 63.0',
      },
      {
        find: '55.4%',
        label: 'supported',
      },
      {
        find: '$1.55B',
        label: 'contradicted',
        note: 'fact avax.volume_24h 155M (10x)',
      },
      {
        find: '99.0%',
        label: 'supported',
      },
      {
        find: '66.6%',
        label: 'supported',
      },
      {
        find: '$13.9M',
        label: 'supported',
      },
      {
        find: '140%',
        label: 'contradicted',
        note: 'fact hnt.volatility_7d 104.0',
      },
      {
        find: '$1.32B',
        label: 'supported',
      },
      {
        find: '49.8%',
        label: 'contradicted',
        note: 'fact doge.volatility_7d 79.8',
      },
      {
        find: '$89,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
