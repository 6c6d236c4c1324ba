import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'T-table-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors snapshot, close of the session:\n\n| Asset | Price | 24h % | 7d % | Market cap |\n|---|---|---|---|---|\n| BTC | $119,949 | -0.6% | -0.6% | $1.23T |\n| ETH | $4,721 | +4.8% | +9.0% | $750B |\n| SOL | $260.80 | +3.4% | +7.3% | $112.5B |\n| XRP | $2.834 | +6.2% | +3.4% | $196B |\n| BNB | $686.40 | +2.2% | +4.6% | $120.9B |\n| ADA | $0.921 | -0.4% | -6.9% | $29.8B |\n| AVAX | $24.16 | +0.8% | +0.2% | $13.3B |\n| DOT | $4.91 | -1.1% | +4.5% | $6.36B |\n\nEther was the clear winner of the group; bitcoin the only one of the top five to fall.',
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
        find: '$119,949',
        label: 'contradicted',
        note: 'fact btc.price 111948.6',
      },
      {
        find: '-0.6%@1',
        label: 'supported',
      },
      {
        find: '-0.6%@2',
        label: 'contradicted',
        note: 'wrong window: 24h value in 7d column; btc.change_7d -1.5',
      },
      {
        find: '$1.23T',
        label: 'contradicted',
        note: 'fact btc.market_cap 2.23T',
      },
      {
        find: '$4,721',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '+9.0%',
        label: 'supported',
      },
      {
        find: '$750B',
        label: 'contradicted',
        note: 'fact eth.market_cap 569.8B',
      },
      {
        find: '$260.80',
        label: 'contradicted',
        note: 'fact sol.price 206.8',
      },
      {
        find: '+3.4%@1',
        label: 'supported',
      },
      {
        find: '+7.3%',
        label: 'contradicted',
        note: 'fact sol.change_7d 4.27',
      },
      {
        find: '$112.5B',
        label: 'supported',
      },
      {
        find: '$2.834',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.6',
      },
      {
        find: '+3.4%@2',
        label: 'supported',
      },
      {
        find: '$196B',
        label: 'contradicted',
        note: 'fact xrp.market_cap 169.0B',
      },
      {
        find: '$686.40',
        label: 'contradicted',
        note: 'fact bnb.price 868.4',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '$120.9B',
        label: 'supported',
      },
      {
        find: '$0.921',
        label: 'contradicted',
        note: 'fact ada.price 0.8214',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '-6.9%',
        label: 'contradicted',
        note: 'fact ada.change_7d -3.88',
      },
      {
        find: '$29.8B',
        label: 'supported',
      },
      {
        find: '$24.16',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'contradicted',
        note: 'direction: avax.change_24h -0.8',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '$13.3B',
        label: 'contradicted',
        note: 'fact avax.market_cap 10.31B',
      },
      {
        find: '$4.91',
        label: 'contradicted',
        note: 'fact dot.price 3.912',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'direction: dot.change_7d -4.5',
      },
      {
        find: '$6.36B',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'supported',
        note: 'Decrypt summary + facts: BTC only top-5 decliner',
      },
    ],
  },
  {
    id: 'T-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives board (funding per 8h):\n\n| Perp | Funding | Annualized | Open interest | OI 24h | OI 7d |\n|---|---|---|---|---|---|\n| BTC | -0.004% | +4.38% | $8.8B | -2.0% | -4.6% |\n| ETH | 0.018% | 1.97% | $4.6B | +9.0% | +16.2% |\n| SOL | +0.001% | -1.10% | $1.5B | +10% | +2.1% |\n| XRP | 0.005% | 5.48% | $0.96B | +0.5% | +1.2% |\n| DOGE | 0.008% | -8.76% | $0.98B | -3.0% | -6.4% |\n\nTotal OI is $18.6B, up 1.8% on the day and 4.3% on the week. OI-weighted funding averages 0.004%. On ETH, longs pay shorts; on BTC, longs pay shorts too.',
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
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '+4.38%',
        label: 'contradicted',
        note: 'sign: btc.funding_apr -4.38',
      },
      {
        find: '$8.8B',
        label: 'supported',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '0.018%',
        label: 'supported',
      },
      {
        find: '1.97%',
        label: 'contradicted',
        note: '10x: eth.funding_apr 19.71',
      },
      {
        find: '$4.6B',
        label: 'contradicted',
        note: 'fact eth.open_interest 6.4B',
      },
      {
        find: '+9.0%',
        label: 'supported',
      },
      {
        find: '+16.2%',
        label: 'supported',
      },
      {
        find: '+0.001%',
        label: 'contradicted',
        note: 'sign: sol.funding_rate -0.001',
      },
      {
        find: '-1.10%',
        label: 'supported',
      },
      {
        find: '$1.5B',
        label: 'supported',
      },
      {
        find: '+10%',
        label: 'contradicted',
        note: '10x: sol.oi_change_24h 1.0',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '0.005%',
        label: 'supported',
      },
      {
        find: '5.48%',
        label: 'supported',
      },
      {
        find: '$0.96B',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'direction: xrp.oi_change_7d -1.2',
      },
      {
        find: '0.008%',
        label: 'contradicted',
        note: 'sign: doge.funding_rate -0.008',
      },
      {
        find: '-8.76%',
        label: 'supported',
      },
      {
        find: '$0.98B',
        label: 'supported',
      },
      {
        find: '-3.0%',
        label: 'supported',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '$18.6B',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '4.3%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 2.31',
      },
      {
        find: '0.004%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'T-table-03',
    voice: 'table',
    style: 'sector',
    text: 'Sector scoreboard, 24h:\n\n| Sector | 24h % | 7d % | Up | Down | Best | Worst |\n|---|---|---|---|---|---|---|\n| Layer 2 | +8.5% | +9.2% | 4 | 0 | OP +12.5% | IMX +4.0% |\n| Gaming | +2.0% | +2.0% | 3 | 1 | AXS +2.4% | GALA -0.7% |\n| Layer 1 | +0.7% | +8.0% | 6 | 4 | ETH +4.8% | DOT -1.1% |\n| DePIN | -0.3% | -1.7% | 2 | 2 | HNT +2.4% | FIL -2.6% |\n| AI | +1.2% | -2.0% | 1 | 6 | TAO +0.8% | VIRTUAL -12.1% |\n| Memes | -2.4% | -7.4% | 0 | 4 | DOGE -2.2% | PEPE -4.6% |\n\nRollups topped the table by a wide margin; memes finished last.',
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
        find: '7d',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+8.5%',
        label: 'supported',
      },
      {
        find: '+9.2%',
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
        find: '+12.5%',
        label: 'supported',
      },
      {
        find: '+4.0%',
        label: 'supported',
      },
      {
        find: '+2.0%@1',
        label: 'supported',
      },
      {
        find: '+2.0%@2',
        label: 'supported',
        note: 'gaming 7d 2.03',
      },
      {
        find: '3@1',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'supported',
      },
      {
        find: '+2.4%@1',
        label: 'contradicted',
        note: 'wrong leader: gaming best IMX 4.0 (AXS 2.4)',
      },
      {
        find: '-0.7%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: '+8.0%',
        label: 'contradicted',
        note: 'fact sector.l1.change_7d 0.84',
      },
      {
        find: '6@1',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 5',
      },
      {
        find: '4@6',
        label: 'contradicted',
        note: 'fact sector.l1.decliners_24h 5',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '-0.3%',
        label: 'supported',
      },
      {
        find: '-1.7%',
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
        find: '+2.4%@2',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'contradicted',
        note: 'wrong member: depin worst is RENDER; FIL +1.6',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'direction: ai 24h -1.23',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '1@8',
        label: 'supported',
      },
      {
        find: '6@3',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '-12.1%',
        label: 'contradicted',
        note: 'wrong window: virtual 7d -12.06; 24h -3.1',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-7.4%',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d -5.66; -7.4 is PEPE 7d',
      },
      {
        find: '0@11',
        label: 'supported',
      },
      {
        find: '4@11',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'contradicted',
        note: 'wrong leader: memes best SHIB -1.97; DOGE -2.2',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'T-table-04',
    voice: 'table',
    style: 'daily',
    text: 'Key levels:\n\n| Asset | Support | Resistance | 24h low | 24h high | 30d swing low | 30d swing high |\n|---|---|---|---|---|---|---|\n| BTC | $110,000 | $115,000 | $111,456 | $113,353 | $110,866 | $126,061 |\n| ETH | $4,800 | $4,600 | $4,294 | $4,724 | $4,197 | $4,645 |\n| SOL | $200 | $210 | $189.80 | $218.40 | $187.60 | $206.20 |\n| XRP | $2.80 | $2.90 | $2.74 | $2.84 | $2.72 | $3.01 |\n| BNB | $850 | $900 | $846.90 | $872.89 | $755.80 | $965.20 |\n\nBTC sits 2.7% above support; a break of $115,000 would open $125,000.',
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
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000@1',
        label: 'supported',
      },
      {
        find: '$111,456',
        label: 'supported',
      },
      {
        find: '$113,353',
        label: 'supported',
      },
      {
        find: '$110,866',
        label: 'supported',
      },
      {
        find: '$126,061',
        label: 'contradicted',
        note: 'fact btc.swing_high_30d 120660.5',
      },
      {
        find: '$4,800',
        label: 'contradicted',
        note: 'swapped: eth.support 4600, resistance 4800',
      },
      {
        find: '$4,600',
        label: 'contradicted',
        note: 'swapped: eth.resistance 4800',
      },
      {
        find: '$4,294',
        label: 'contradicted',
        note: 'fact eth.low_24h 4494.33',
      },
      {
        find: '$4,724',
        label: 'supported',
      },
      {
        find: '$4,197',
        label: 'supported',
      },
      {
        find: '$4,645',
        label: 'supported',
      },
      {
        find: '$200',
        label: 'supported',
      },
      {
        find: '$210',
        label: 'supported',
      },
      {
        find: '$189.80',
        label: 'contradicted',
        note: 'fact sol.low_24h 199.8',
      },
      {
        find: '$218.40',
        label: 'contradicted',
        note: 'fact sol.high_24h 207.1',
      },
      {
        find: '$187.60',
        label: 'supported',
      },
      {
        find: '$206.20',
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
        find: '$2.74',
        label: 'supported',
      },
      {
        find: '$2.84',
        label: 'supported',
      },
      {
        find: '$2.72',
        label: 'supported',
      },
      {
        find: '$3.01',
        label: 'supported',
      },
      {
        find: '$850',
        label: 'supported',
      },
      {
        find: '$900',
        label: 'supported',
      },
      {
        find: '$846.90',
        label: 'supported',
      },
      {
        find: '$872.89',
        label: 'supported',
      },
      {
        find: '$755.80',
        label: 'supported',
      },
      {
        find: '$965.20',
        label: 'contradicted',
        note: 'fact bnb.swing_high_30d 865.2',
      },
      {
        find: '2.7%',
        label: 'unsupported',
        note: 'distance to level',
      },
      {
        find: '$115,000@2',
        label: 'supported',
      },
      {
        find: '$125,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'T-table-05',
    voice: 'table',
    style: 'daily',
    text: "Movers outside the majors\n\n| Token | Price | 24h % | 7d % | Vol vs 7d avg |\n|---|---|---|---|---|\n| OP | $0.7934 | +12.5% | +31.7% | 3.5x |\n| ARB | $0.4718 | +10.5% | +19.5% | 3.4x |\n| POL | $0.2512 | +16.6% | +3.4% | 1.0x |\n| IMX | $0.6427 | +4.0% | +5.8% | 1.8x |\n| TAO | $331.60 | -0.8% | +6.1% | 3.0x |\n| HNT | $2.02 | +2.4% | +8.2% | 1.0x |\n| WIF | $0.85 | +3.4% | -8.3% | 1.0x |\n| PEPE | $0.00000963 | -4.6% | -4.6% | 1.1x |\n| VIRTUAL | $1.40 | -3.1% | -12.1% | 1.0x |\n\nOptimism topped the 30-token list, and Arbitrum posted the best week of the L2 group. According to Decrypt, Arbitrum's volume ran at about 3.4 times its weekly average. Nine of the 14 gainers came from outside Layer 1, and ARB should reach $0.60 by October.",
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
        find: '$0.7934',
        label: 'supported',
      },
      {
        find: '+12.5%',
        label: 'supported',
      },
      {
        find: '+31.7%',
        label: 'contradicted',
        note: 'fact op.change_7d 13.69',
      },
      {
        find: '3.5x',
        label: 'supported',
      },
      {
        find: '$0.4718',
        label: 'supported',
      },
      {
        find: '+10.5%',
        label: 'supported',
      },
      {
        find: '+19.5%',
        label: 'contradicted',
        note: 'fact arb.change_7d 14.95',
      },
      {
        find: '3.4x',
        label: 'supported',
      },
      {
        find: '$0.2512',
        label: 'supported',
      },
      {
        find: '+16.6%',
        label: 'contradicted',
        note: 'fact pol.change_24h 6.6',
      },
      {
        find: '+3.4%@1',
        label: 'supported',
      },
      {
        find: '1.0x@1',
        label: 'supported',
      },
      {
        find: '$0.6427',
        label: 'supported',
      },
      {
        find: '+4.0%',
        label: 'supported',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '1.8x',
        label: 'contradicted',
        note: 'fact imx.volume_ratio_7d 1.14',
      },
      {
        find: '$331.60',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'contradicted',
        note: 'direction: tao.change_24h +0.8',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '3.0x',
        label: 'contradicted',
        note: 'fact tao.volume_ratio_7d 0.98',
      },
      {
        find: '$2.02',
        label: 'contradicted',
        note: 'fact hnt.price 3.02',
      },
      {
        find: '+2.4%',
        label: 'supported',
      },
      {
        find: '+8.2%',
        label: 'supported',
      },
      {
        find: '1.0x@2',
        label: 'supported',
      },
      {
        find: '$0.85',
        label: 'supported',
      },
      {
        find: '+3.4%@2',
        label: 'contradicted',
        note: 'direction: wif.change_24h -3.4',
      },
      {
        find: '-8.3%',
        label: 'contradicted',
        note: 'fact wif.change_7d -3.31',
      },
      {
        find: '1.0x@3',
        label: 'supported',
      },
      {
        find: '$0.00000963',
        label: 'supported',
      },
      {
        find: '-4.6%@1',
        label: 'supported',
      },
      {
        find: '-4.6%@2',
        label: 'contradicted',
        note: 'fact pepe.change_7d -7.40; 24h value repeated',
      },
      {
        find: '1.1x',
        label: 'supported',
      },
      {
        find: '$1.40',
        label: 'contradicted',
        note: 'fact virtual.price 1.104',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-12.1%',
        label: 'supported',
      },
      {
        find: '1.0x@4',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
        note: 'market.members 30; debatable, could be ignored as list size',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '3.4@4',
        label: 'supported-by-source',
      },
      {
        find: 'Nine',
        label: 'unsupported',
        note: 'count of non-L1 gainers is derived (14-5), no fact states it',
      },
      {
        find: '14',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '$0.60',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
