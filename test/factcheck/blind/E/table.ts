import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-table-01',
    voice: 'table',
    style: 'daily',
    text: "A flat day for bitcoin, a bad one for ether. BTC's 24h volume of $1.87B was the lowest in two weeks.\n\n| Asset | Price | 24h | 7d |\n|---|---|---|---|\n| BTC | $107,846 | +0.18% | -2.13% |\n| ETH | $3,702 | -3.98% | -2.63% |\n| SOL | $163.84 | -1.42% | -3.40% |\n| XRP | $2.44 | +0.82% | +0.18% |\n| BNB | $896.40 | -0.58% | -0.65% |\n| DOGE | $0.2087 | +8.84% | +2.74% |",
    numbers: [
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '$1.87B',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'unsupported',
        note: 'no fact on history',
      },
      {
        find: '24@2',
        label: 'ignored',
      },
      {
        find: '7@2',
        label: 'ignored',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '+0.18%@1',
        label: 'supported',
      },
      {
        find: '-2.13%',
        label: 'supported',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '-3.98%',
        label: 'contradicted',
        note: '24h col: -3.98 is 7d; eth.change_24h -2.63',
      },
      {
        find: '-2.63%',
        label: 'contradicted',
        note: '7d col: -2.63 is 24h; eth.change_7d -3.98',
      },
      {
        find: '$163.84',
        label: 'supported',
      },
      {
        find: '-1.42%',
        label: 'supported',
      },
      {
        find: '-3.40%',
        label: 'contradicted',
        note: 'fact sol.change_7d -5.40',
      },
      {
        find: '$2.44',
        label: 'supported',
      },
      {
        find: '+0.82%',
        label: 'supported',
      },
      {
        find: '+0.18%@2',
        label: 'supported',
      },
      {
        find: '$896.40',
        label: 'contradicted',
        note: 'fact bnb.price 996.4',
      },
      {
        find: '-0.58%',
        label: 'supported',
      },
      {
        find: '-0.65%',
        label: 'supported',
      },
      {
        find: '$0.2087',
        label: 'supported',
      },
      {
        find: '+8.84%',
        label: 'contradicted',
        note: 'fact doge.change_24h 6.84',
      },
      {
        find: '+2.74%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-02',
    voice: 'table',
    style: 'daily',
    text: '| Asset | Price | 24h | 7d |\n|---|---|---|---|\n| ADA | $0.6514 | -1.93% | -3.19% |\n| AVAX | $18.73 | -2.31% | -8.89% |\n| DOT | $3.164 | -1.14% | -3.16% |\n| NEAR | $2.781 | +1.22% | -2.29% |\n| SUI | $2.4986 | +1.61% | +6.49% |\n\nSui was the only one of these in the green on the day, and it is still 20% below its all-time high.',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '$0.6514',
        label: 'contradicted',
        note: 'fact ada.price 0.5614',
      },
      {
        find: '-1.93%',
        label: 'supported',
      },
      {
        find: '-3.19%',
        label: 'supported',
      },
      {
        find: '$18.73',
        label: 'supported',
      },
      {
        find: '-2.31%',
        label: 'supported',
      },
      {
        find: '-8.89%',
        label: 'contradicted',
        note: 'fact avax.change_7d -4.89',
      },
      {
        find: '$3.164',
        label: 'supported',
      },
      {
        find: '-1.14%',
        label: 'supported',
      },
      {
        find: '-3.16%',
        label: 'contradicted',
        note: 'sign: dot.change_7d +3.16',
      },
      {
        find: '$2.781',
        label: 'supported',
      },
      {
        find: '+1.22%',
        label: 'contradicted',
        note: 'sign: near.change_24h -1.22',
      },
      {
        find: '-2.29%',
        label: 'supported',
      },
      {
        find: '$2.4986',
        label: 'supported',
      },
      {
        find: '+1.61%',
        label: 'supported',
      },
      {
        find: '+6.49%',
        label: 'contradicted',
        note: '7d col: 6.49 is 30d; sui.change_7d 1.61',
      },
      {
        find: '20%',
        label: 'unsupported',
        note: 'history, no ATH fact',
      },
    ],
  },
  {
    id: 'E-table-03',
    voice: 'table',
    style: 'sector',
    text: 'Sector table (24h):\n\n| Sector | Change | Best | Worst | Up/Down |\n|---|---|---|---|---|\n| Memes | +6.50% | WIF +12.72% | SHIB +3.12% | 4/0 |\n| AI | +0.22% | VIRTUAL +5.62% | WLD -4.18% | 3/4 |\n| Layer 1 | -0.32% | SUI +1.61% | ETH -2.63% | 4/6 |\n| Gaming | -1.63% | AXS +1.07% | SAND -2.31% | 2/2 |\n| Layer 2 | -0.98% | ARB +0.41% | OP -2.42% | 1/3 |\n| DePIN | -4.84% | HNT -3.94% | FIL -5.83% | 1/3 |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '+6.50%',
        label: 'supported',
      },
      {
        find: '+12.72%',
        label: 'contradicted',
        note: '24h table: 12.72 is WIF 7d; wif.change_24h 11.23',
      },
      {
        find: '+3.12%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '+0.22%',
        label: 'supported',
      },
      {
        find: '+5.62%',
        label: 'supported',
      },
      {
        find: '-4.18%',
        label: 'contradicted',
        note: 'wrong member: RENDER worst AI; wld.change_24h -3.28',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '-0.32%',
        label: 'supported',
      },
      {
        find: '+1.61%',
        label: 'supported',
      },
      {
        find: '-2.63%',
        label: 'supported',
      },
      {
        find: '4@5',
        label: 'contradicted',
        note: 'fact l1.advancers_24h 3',
      },
      {
        find: '6@5',
        label: 'contradicted',
        note: 'fact l1.decliners_24h 7',
      },
      {
        find: '-1.63%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -0.63',
      },
      {
        find: '+1.07%',
        label: 'supported',
      },
      {
        find: '-2.31%',
        label: 'supported',
      },
      {
        find: '2@11',
        label: 'supported',
      },
      {
        find: '2@12',
        label: 'supported',
      },
      {
        find: '2@13',
        label: 'ignored',
      },
      {
        find: '-0.98%',
        label: 'supported',
      },
      {
        find: '+0.41%',
        label: 'contradicted',
        note: 'wrong leader: POL best L2',
      },
      {
        find: '-2.42%',
        label: 'supported',
      },
      {
        find: '1@11',
        label: 'supported',
      },
      {
        find: '3@7',
        label: 'supported',
      },
      {
        find: '-4.84%',
        label: 'supported',
      },
      {
        find: '-3.94%',
        label: 'supported',
      },
      {
        find: '-5.83%',
        label: 'supported',
      },
      {
        find: '1@12',
        label: 'contradicted',
        note: 'fact depin.advancers_24h 0',
      },
      {
        find: '3@10',
        label: 'contradicted',
        note: 'fact depin.decliners_24h 4',
      },
    ],
  },
  {
    id: 'E-table-04',
    voice: 'table',
    style: 'sector',
    text: 'Sector table (24h), draft:\n\n| Sector | Change | Best | Worst | Up/Down |\n|---|---|---|---|---|\n| Memes | +9.50% | WIF +11.2% | DOGE +6.8% | 4/0 |\n| AI | +2.20% | TAO +3.4% | RENDER -4.2% | 4/3 |\n| Layer 1 | -0.3% | SUI +1.6% | SOL -1.4% | 3/7 |\n| Gaming | -0.6% | GALA +1.1% | SAND -2.3% | 2/2 |\n| Layer 2 | -3.0% | POL +0.4% | OP -2.4% | 1/3 |\n| DePIN | -4.8% | HNT -3.9% | FIL -8.5% | 0/4 |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '+9.50%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'contradicted',
        note: 'wrong member: SHIB is worst meme',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '+2.20%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 0.22 (10x)',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'wrong leader: VIRTUAL best',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '4@5',
        label: 'contradicted',
        note: 'fact ai.advancers_24h 3',
      },
      {
        find: '3@2',
        label: 'contradicted',
        note: 'fact ai.decliners_24h 4',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '-0.3%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'contradicted',
        note: 'wrong member: ETH worst L1',
      },
      {
        find: '3@4',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'contradicted',
        note: 'wrong leader: AXS best at 1.07; gala 0.64',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '2@7',
        label: 'supported',
      },
      {
        find: '2@8',
        label: 'supported',
      },
      {
        find: '2@9',
        label: 'ignored',
      },
      {
        find: '-3.0%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '1@8',
        label: 'supported',
      },
      {
        find: '3@7',
        label: 'supported',
      },
      {
        find: '-4.8%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '-8.5%',
        label: 'contradicted',
        note: 'fact fil.change_24h -5.83',
      },
      {
        find: '0@8',
        label: 'supported',
      },
      {
        find: '4@10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-05',
    voice: 'table',
    style: 'weekly',
    text: 'Weekly sector table:\n\n| Sector | 7d | Best | Worst |\n|---|---|---|---|\n| Memes | +2.9% | WIF +12.7% | PEPE +1.4% |\n| Layer 2 | -2.9% | ARB +2.2% | OP -4.4% |\n| Layer 1 | -2.3% | DOT +3.2% | ETH -5.4% |\n| AI | -3.4% | FET +3.2% | WLD -7.9% |\n| Gaming | -4.2% | AXS +1.4% | SAND -10.0% |\n| DePIN | -8.6% | RENDER -6.5% | FIL -5.8% |\n\nMemes were the only sector up on the week, and have now gained for three weeks running.',
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '+12.7%',
        label: 'supported',
      },
      {
        find: '+1.4%@1',
        label: 'contradicted',
        note: 'wrong member: SHIB worst meme 7d; pepe.change_7d 6.47',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-2.9%',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d -0.93',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '+3.2%@1',
        label: 'supported',
      },
      {
        find: '-5.4%',
        label: 'contradicted',
        note: 'wrong member: SOL worst L1 7d; eth.change_7d -3.98',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '+3.2%@2',
        label: 'contradicted',
        note: 'weekly: 3.21 is FET 24h; fet.change_7d 1.71',
      },
      {
        find: '-7.9%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '+1.4%@2',
        label: 'supported',
      },
      {
        find: '-10.0%',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'contradicted',
        note: 'weekly: 5.83 is FIL 24h; fil.change_7d -10.69',
      },
      {
        find: 'three',
        label: 'unsupported',
        note: 'no fact on streaks',
      },
    ],
  },
  {
    id: 'E-table-06',
    voice: 'table',
    style: 'weekly',
    text: 'Weekly sector table (alt. source):\n\n| Sector | 7d | Best | Worst |\n|---|---|---|---|\n| Memes | +6.5% | WIF +12.7% | SHIB +3.1% |\n| Layer 2 | -0.9% | POL +0.4% | OP -4.4% |\n| Layer 1 | -2.3% | SUI +6.5% | SOL -5.4% |\n| AI | -5.4% | FET +1.7% | WLD -7.9% |\n| Gaming | -4.2% | AXS +1.4% | SAND -12.0% |\n| DePIN | -8.6% | HNT -3.9% | FIL -10.7% |',
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '+6.5%@1',
        label: 'contradicted',
        note: 'weekly: 6.5 is 24h; memes.change_7d 2.93',
      },
      {
        find: '+12.7%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'contradicted',
        note: 'weekly: 3.12 is 24h; shib.change_7d 1.40',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'contradicted',
        note: 'weekly leader ARB; pol.change_7d -0.45',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '+6.5%@2',
        label: 'contradicted',
        note: 'weekly leader DOT +3.16; 6.49 is SUI 30d',
      },
      {
        find: '-5.4%@1',
        label: 'supported',
      },
      {
        find: '-5.4%@2',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d -3.43',
      },
      {
        find: '+1.7%',
        label: 'supported',
      },
      {
        find: '-7.9%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '-12.0%',
        label: 'contradicted',
        note: 'fact sand.change_7d -10.01',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'contradicted',
        note: 'weekly best is RENDER -6.54; 3.94 is HNT 24h',
      },
      {
        find: '-10.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-07',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives board:\n\n| Perp | Funding (8h) | Annualized | OI | OI 24h |\n|---|---|---|---|---|\n| BTC | 0.0046% | 5.07% | $8.61B | -2.4% |\n| ETH | -0.0034% | -7.74% | $5.02B | -3.6% |\n| SOL | 0.0021% | 2.34% | $1.83B | -1.9% |\n| XRP | 0.0052% | 5.66% | $1.01B | +0.7% |\n| DOGE | 0.0318% | 34.8% | $0.49B | +14.6% |\n\nETH is the only negative funding print; last month it hit -0.01%.',
    numbers: [
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '5.07%',
        label: 'supported',
      },
      {
        find: '$8.61B',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '-7.74%',
        label: 'contradicted',
        note: 'fact eth.funding_apr -3.74',
      },
      {
        find: '$5.02B',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '0.0021%',
        label: 'supported',
      },
      {
        find: '2.34%',
        label: 'supported',
      },
      {
        find: '$1.83B',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.38B',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '5.66%',
        label: 'supported',
      },
      {
        find: '$1.01B',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: '0.0318%',
        label: 'supported',
      },
      {
        find: '34.8%',
        label: 'supported',
      },
      {
        find: '$0.49B',
        label: 'contradicted',
        note: 'fact doge.open_interest 0.94B',
      },
      {
        find: '+14.6%',
        label: 'supported',
      },
      {
        find: '-0.01%',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'E-table-08',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives board (second pass):\n\n| Perp | Funding (8h) | Annualized | OI | OI 24h |\n|---|---|---|---|---|\n| BTC | 0.0046% | 50.7% | $8.61B | -5.8% |\n| ETH | +0.0034% | -3.74% | $3.02B | -3.6% |\n| SOL | 0.0021% | 2.34% | $1.38B | +1.9% |\n| XRP | 0.0052% | 5.66% | $1.01B | +0.7% |\n| DOGE | 0.0218% | 34.8% | $0.94B | +24.6% |',
    numbers: [
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '50.7%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 5.07 (10x)',
      },
      {
        find: '$8.61B',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'contradicted',
        note: '24h col: 5.8 is 7d; btc.oi_change_24h -2.4',
      },
      {
        find: '+0.0034%',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.00342',
      },
      {
        find: '-3.74%',
        label: 'supported',
      },
      {
        find: '$3.02B',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.02B',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '0.0021%',
        label: 'supported',
      },
      {
        find: '2.34%',
        label: 'supported',
      },
      {
        find: '$1.38B',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'direction: sol.oi_change_24h -1.9',
      },
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '5.66%',
        label: 'supported',
      },
      {
        find: '$1.01B',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: '0.0218%',
        label: 'contradicted',
        note: 'fact doge.funding_rate 0.0318',
      },
      {
        find: '34.8%',
        label: 'supported',
      },
      {
        find: '$0.94B',
        label: 'supported',
      },
      {
        find: '+24.6%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 14.6',
      },
    ],
  },
  {
    id: 'E-table-09',
    voice: 'table',
    style: 'daily',
    text: 'Key levels:\n\n| Asset | Support | Resistance | 24h low | 24h high |\n|---|---|---|---|---|\n| BTC | $105,000 | $110,000 | $106,150 | $108,181 |\n| ETH | $3,600 | $3,800 | $3,578 | $3,867 |\n| SOL | $160 | $170 | $160.36 | $176.42 |\n| XRP | $2.40 | $2.50 | $2.239 | $2.445 |\n| BNB | $900 | $1,000 | $985.86 | $1,005.38 |',
    numbers: [
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '24@2',
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
        find: '$106,150',
        label: 'supported',
      },
      {
        find: '$108,181',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '$3,578',
        label: 'contradicted',
        note: 'fact eth.low_24h 3678.04',
      },
      {
        find: '$3,867',
        label: 'supported',
      },
      {
        find: '$160@1',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'supported',
      },
      {
        find: '$160.36',
        label: 'supported',
      },
      {
        find: '$176.42',
        label: 'contradicted',
        note: 'fact sol.high_24h 167.42',
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
        find: '$2.239',
        label: 'contradicted',
        note: 'fact xrp.low_24h 2.3388',
      },
      {
        find: '$2.445',
        label: 'supported',
      },
      {
        find: '$900',
        label: 'contradicted',
        note: 'fact bnb.support 950',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '$985.86',
        label: 'supported',
      },
      {
        find: '$1,005.38',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-10',
    voice: 'table',
    style: 'daily',
    text: 'Key levels (check):\n\n| Asset | Support | Resistance |\n|---|---|---|\n| BTC | $110,000 | $105,000 |\n| ETH | $3,500 | $3,800 |\n| SOL | $160 | $180 |\n| DOGE | $0.20 | $0.21 |\n| WIF | $0.60 | $0.62 |\n| TAO | $360 | $420 |',
    numbers: [
      {
        find: '$110,000',
        label: 'contradicted',
        note: 'swapped: 110000 is btc.resistance',
      },
      {
        find: '$105,000',
        label: 'contradicted',
        note: 'swapped: 105000 is btc.support',
      },
      {
        find: '$3,500',
        label: 'contradicted',
        note: 'fact eth.support 3600',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '$180',
        label: 'contradicted',
        note: 'fact sol.resistance 170',
      },
      {
        find: '$0.20',
        label: 'supported',
      },
      {
        find: '$0.21',
        label: 'supported',
      },
      {
        find: '$0.60',
        label: 'supported',
      },
      {
        find: '$0.62',
        label: 'supported',
      },
      {
        find: '$360',
        label: 'supported',
      },
      {
        find: '$420',
        label: 'contradicted',
        note: 'fact tao.resistance 380',
      },
    ],
  },
  {
    id: 'E-table-11',
    voice: 'table',
    style: 'daily',
    text: 'Market snapshot\n\n| Metric | Value |\n|---|---|\n| Total market cap | $3.49T |\n| 24h change | -0.47% |\n| BTC dominance | 61.8% |\n| 24h volume | $106.4B |\n| Advancers / decliners | 13 / 17 |\n| Total OI | $19.96B |\n| OI 24h | -1.73% |\n| OI 7d | -5.80% |\n| Avg funding (8h) | 0.0036% |',
    numbers: [
      {
        find: '$3.49T',
        label: 'supported',
      },
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '-0.47%',
        label: 'supported',
      },
      {
        find: '61.8%',
        label: 'supported',
      },
      {
        find: '24@2',
        label: 'ignored',
      },
      {
        find: '$106.4B',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '$19.96B',
        label: 'contradicted',
        note: 'fact market.open_interest 16.96B',
      },
      {
        find: '24@3',
        label: 'ignored',
      },
      {
        find: '-1.73%',
        label: 'supported',
      },
      {
        find: '7@4',
        label: 'ignored',
      },
      {
        find: '-5.80%',
        label: 'contradicted',
        note: '7d: 5.8 is BTC; market.oi_change_7d -4.6',
      },
      {
        find: '8@3',
        label: 'ignored',
      },
      {
        find: '0.0036%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-12',
    voice: 'table',
    style: 'daily',
    text: 'Market snapshot (revised)\n\n| Metric | Value |\n|---|---|\n| Total market cap | $3.94T |\n| 24h change | +0.47% |\n| BTC dominance | 61.8% |\n| 24h volume | $66.4B |\n| Advancers / decliners | 17 / 13 |\n| Total OI | $17.0B |\n| OI 7d | -1.7% |',
    numbers: [
      {
        find: '$3.94T',
        label: 'contradicted',
        note: 'fact market.total_cap 3.487T',
      },
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '+0.47%',
        label: 'contradicted',
        note: 'sign: market.cap_change_24h -0.47',
      },
      {
        find: '61.8%',
        label: 'supported',
      },
      {
        find: '24@2',
        label: 'ignored',
      },
      {
        find: '$66.4B',
        label: 'contradicted',
        note: 'fact market.volume_24h 106.4B',
      },
      {
        find: '17@1',
        label: 'contradicted',
        note: 'swapped: advancers 13',
      },
      {
        find: '13',
        label: 'contradicted',
        note: 'swapped: decliners 17',
      },
      {
        find: '$17.0B',
        label: 'supported',
      },
      {
        find: '7@4',
        label: 'ignored',
      },
      {
        find: '-1.7%',
        label: 'contradicted',
        note: '7d: 1.73 is 24h; market.oi_change_7d -4.6',
      },
    ],
  },
  {
    id: 'E-table-13',
    voice: 'table',
    style: 'daily',
    text: 'Memes in one table:\n\n| Token | Price | 24h | 7d | 30d | Mkt cap |\n|---|---|---|---|---|---|\n| DOGE | $0.2087 | +6.8% | +2.7% | +12.6% | $21.5B |\n| SHIB | $0.0000109 | +3.1% | +1.4% | +11.2% | $6.4B |\n| PEPE | $0.0000074 | +9.5% | +4.5% | +15.4% | $3.1B |\n| WIF | $0.6128 | +11.2% | +12.7% | +2.2% | $0.61B |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$0.2087',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '+2.7%',
        label: 'supported',
      },
      {
        find: '+12.6%',
        label: 'supported',
      },
      {
        find: '$21.5B',
        label: 'contradicted',
        note: 'fact doge.market_cap 31.5B',
      },
      {
        find: '$0.0000109',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '+11.2%@1',
        label: 'contradicted',
        note: 'fact shib.change_30d 1.21',
      },
      {
        find: '$6.4B',
        label: 'supported',
      },
      {
        find: '$0.0000074',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'fact pepe.change_7d 6.47',
      },
      {
        find: '+15.4%',
        label: 'supported',
      },
      {
        find: '$3.1B',
        label: 'supported',
      },
      {
        find: '$0.6128',
        label: 'supported',
      },
      {
        find: '+11.2%@2',
        label: 'supported',
      },
      {
        find: '+12.7%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'sign/value: wif.change_30d -0.18',
      },
      {
        find: '$0.61B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-14',
    voice: 'table',
    style: 'daily',
    text: 'Memes in one table (early draft):\n\n| Token | Price | 24h | 7d | Mkt cap |\n|---|---|---|---|---|\n| DOGE | $0.2087 | +6.8% | +12.6% | $13.5B |\n| SHIB | $0.0000109 | +3.1% | +1.4% | $4.6B |\n| PEPE | $0.0000094 | +9.5% | +6.5% | $3.1B |\n| WIF | $0.6128 | +1.2% | +12.7% | $0.61B |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '$0.2087',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '+12.6%',
        label: 'contradicted',
        note: '7d col: 12.61 is 30d; doge.change_7d 2.74',
      },
      {
        find: '$13.5B',
        label: 'contradicted',
        note: 'fact doge.market_cap 31.5B',
      },
      {
        find: '$0.0000109',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '$4.6B',
        label: 'contradicted',
        note: 'fact shib.market_cap 6.42B',
      },
      {
        find: '$0.0000094',
        label: 'contradicted',
        note: 'fact pepe.price 0.0000074',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '$3.1B',
        label: 'supported',
      },
      {
        find: '$0.6128',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'fact wif.change_24h 11.23',
      },
      {
        find: '+12.7%',
        label: 'supported',
      },
      {
        find: '$0.61B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-15',
    voice: 'table',
    style: 'daily',
    text: 'DePIN and AI tokens:\n\n| Token | Price | 24h | Support | Resistance |\n|---|---|---|---|---|\n| FIL | $2.047 | -5.8% | $2.00 | $2.20 |\n| HNT | $2.871 | -3.9% | $2.60 | $2.90 |\n| IOTX | $0.0215 | -6.6% | $0.021 | $0.022 |\n| RENDER | $2.764 | -4.2% | $2.70 | $3.00 |\n| FET | $0.628 | +3.2% | $0.52 | $0.54 |\n| TAO | $378.6 | +3.4% | $340 | $380 |\n| VIRTUAL | $1.41 | +5.6% | $1.30 | $1.45 |\n| WLD | $0.763 | -3.3% | $0.75 | $0.80 |\n| GRT | $0.0698 | -1.1% | $0.068 | $0.070 |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$2.047',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '$2.00',
        label: 'supported',
      },
      {
        find: '$2.20',
        label: 'contradicted',
        note: 'fact fil.resistance 2.1',
      },
      {
        find: '$2.871',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'contradicted',
        note: 'fact hnt.support 2.8',
      },
      {
        find: '$2.90',
        label: 'supported',
      },
      {
        find: '$0.0215',
        label: 'supported',
      },
      {
        find: '-6.6%',
        label: 'contradicted',
        note: '24h col: 6.66 is 7d; iotx.change_24h -4.62',
      },
      {
        find: '$0.021@2',
        label: 'supported',
      },
      {
        find: '$0.022',
        label: 'supported',
      },
      {
        find: '$2.764',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '$2.70',
        label: 'supported',
      },
      {
        find: '$3.00',
        label: 'contradicted',
        note: 'fact render.resistance 2.8',
      },
      {
        find: '$0.628',
        label: 'contradicted',
        note: 'fact fet.price 0.5284',
      },
      {
        find: '+3.2%',
        label: 'supported',
      },
      {
        find: '$0.52',
        label: 'supported',
      },
      {
        find: '$0.54',
        label: 'supported',
      },
      {
        find: '$378.6',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '$340',
        label: 'contradicted',
        note: 'fact tao.support 360',
      },
      {
        find: '$380',
        label: 'supported',
      },
      {
        find: '$1.41',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'supported',
      },
      {
        find: '$1.30',
        label: 'contradicted',
        note: 'fact virtual.support 1.4',
      },
      {
        find: '$1.45',
        label: 'supported',
      },
      {
        find: '$0.763',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '$0.75',
        label: 'supported',
      },
      {
        find: '$0.80',
        label: 'supported',
      },
      {
        find: '$0.0698',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'contradicted',
        note: 'fact grt.change_24h -2.07',
      },
      {
        find: '$0.068',
        label: 'supported',
      },
      {
        find: '$0.070',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-16',
    voice: 'table',
    style: 'daily',
    text: 'DePIN and AI tokens (unchecked):\n\n| Token | Price | 24h |\n|---|---|---|\n| FIL | $2.47 | -5.8% |\n| HNT | $2.871 | -9.0% |\n| IOTX | $0.0215 | +4.6% |\n| FET | $0.528 | +5.2% |\n| TAO | $278.6 | +3.4% |\n| WLD | $0.763 | -7.3% |\n| GRT | $0.0698 | -2.1% |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$2.47',
        label: 'contradicted',
        note: 'fact fil.price 2.047',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '$2.871',
        label: 'supported',
      },
      {
        find: '-9.0%',
        label: 'contradicted',
        note: '24h col: 8.98 is 7d; hnt.change_24h -3.94',
      },
      {
        find: '$0.0215',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'contradicted',
        note: 'sign: iotx.change_24h -4.62',
      },
      {
        find: '$0.528',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'contradicted',
        note: 'fact fet.change_24h 3.21',
      },
      {
        find: '$278.6',
        label: 'contradicted',
        note: 'fact tao.price 378.6',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '$0.763',
        label: 'supported',
      },
      {
        find: '-7.3%',
        label: 'contradicted',
        note: '24h col: 7.33 is 30d; wld.change_24h -3.28',
      },
      {
        find: '$0.0698',
        label: 'supported',
      },
      {
        find: '-2.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-17',
    voice: 'table',
    style: 'daily',
    text: 'L2 and gaming:\n\n| Token | Price | 24h | 7d | 30d |\n|---|---|---|---|---|\n| ARB | $0.3047 | -1.8% | -2.2% | -6.6% |\n| OP | $0.4483 | -2.4% | -4.4% | -9.1% |\n| POL | $0.2862 | +0.4% | -0.5% | -0.8% |\n| IMX | $0.5061 | -0.9% | -4.0% | -1.9% |\n| AXS | $1.64 | +1.1% | +1.4% | -31.2% |\n| SAND | $0.2183 | +2.3% | -10.0% | -10.2% |\n| GALA | $0.0136 | +0.6% | -3.3% | -11.5% |',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '$0.3047',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'contradicted',
        note: 'sign: arb.change_7d +2.24',
      },
      {
        find: '-6.6%',
        label: 'supported',
      },
      {
        find: '$0.4483',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '-9.1%',
        label: 'contradicted',
        note: 'fact op.change_30d -5.09',
      },
      {
        find: '$0.2862',
        label: 'contradicted',
        note: 'fact pol.price 0.1862',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '$0.5061',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '-4.0%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '$1.64',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '-31.2%',
        label: 'contradicted',
        note: 'fact axs.change_30d -13.17',
      },
      {
        find: '$0.2183',
        label: 'supported',
      },
      {
        find: '+2.3%',
        label: 'contradicted',
        note: 'sign: sand.change_24h -2.31',
      },
      {
        find: '-10.0%',
        label: 'supported',
      },
      {
        find: '-10.2%',
        label: 'supported',
      },
      {
        find: '$0.0136',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'contradicted',
        note: 'fact gala.change_7d -1.29',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-18',
    voice: 'table',
    style: 'daily',
    text: 'Volume vs. the 7-day average:\n\n| Asset | 24h volume | vs 7d avg |\n|---|---|---|\n| BTC | $1.87B | 0.69x |\n| ETH | $2.15B | 0.75x |\n| SOL | $454M | 0.97x |\n| XRP | $329M | 1.21x |\n| DOGE | $1.09B | 1.39x |\n| PEPE | $493M | 1.41x |\n| WIF | $215M | 0.97x |\n\nOnly the two memecoins traded above their weekly norm; DOGE volume was up 39% on its average.',
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '7@2',
        label: 'ignored',
      },
      {
        find: '$1.87B',
        label: 'supported',
      },
      {
        find: '0.69x',
        label: 'supported',
      },
      {
        find: '$2.15B',
        label: 'contradicted',
        note: 'fact eth.volume_24h 1.15B',
      },
      {
        find: '0.75x',
        label: 'supported',
      },
      {
        find: '$454M',
        label: 'supported',
      },
      {
        find: '0.97x@1',
        label: 'contradicted',
        note: 'fact sol.volume_ratio_7d 0.67',
      },
      {
        find: '$329M',
        label: 'supported',
      },
      {
        find: '1.21x',
        label: 'contradicted',
        note: 'fact xrp.volume_ratio_7d 0.81',
      },
      {
        find: '$1.09B',
        label: 'supported',
      },
      {
        find: '1.39x',
        label: 'supported',
      },
      {
        find: '$493M',
        label: 'supported',
      },
      {
        find: '1.41x',
        label: 'supported',
      },
      {
        find: '$215M',
        label: 'contradicted',
        note: 'fact wif.volume_24h 124.7M',
      },
      {
        find: '0.97x@2',
        label: 'supported',
      },
      {
        find: '39%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-table-19',
    voice: 'table',
    style: 'daily',
    text: 'Market cap table:\n\n| Asset | Market cap |\n|---|---|\n| BTC | $2.15T |\n| ETH | $474B |\n| XRP | $174B |\n| BNB | $139B |\n| SOL | $60.5B |\n| DOGE | $31.5B |\n| ADA | $20.5B |\n| SUI | $9.3B |\n| AVAX | $18.0B |\n| SHIB | $6.4B |\n| DOT | $2.5B |',
    numbers: [
      {
        find: '$2.15T',
        label: 'supported',
      },
      {
        find: '$474B',
        label: 'contradicted',
        note: 'fact eth.market_cap 446.9B',
      },
      {
        find: '$174B',
        label: 'contradicted',
        note: 'fact xrp.market_cap 147.4B',
      },
      {
        find: '$139B',
        label: 'supported',
      },
      {
        find: '$60.5B',
        label: 'contradicted',
        note: 'fact sol.market_cap 90.5B',
      },
      {
        find: '$31.5B',
        label: 'supported',
      },
      {
        find: '$20.5B',
        label: 'supported',
      },
      {
        find: '$9.3B',
        label: 'supported',
      },
      {
        find: '$18.0B',
        label: 'contradicted',
        note: 'fact avax.market_cap 8.04B',
      },
      {
        find: '$6.4B',
        label: 'supported',
      },
      {
        find: '$2.5B',
        label: 'contradicted',
        note: 'fact dot.market_cap 5.17B',
      },
    ],
  },
  {
    id: 'E-table-20',
    voice: 'table',
    style: 'daily',
    text: 'Quick board for the morning call. Numbers pulled at 07:00 UTC.\n\n| Asset | Price | 24h | Funding | OI chg |\n|---|---|---|---|---|\n| BTC | $108,846 | +1.8% | 0.0046% | -2.4% |\n| ETH | $3,702 | -2.6% | 0.0034% | -7.1% |\n| SOL | $163.84 | -1.4% | 0.0021% | -1.9% |\n| XRP | $2.44 | +0.8% | 0.0152% | +0.7% |\n| DOGE | $0.209 | +2.7% | 0.0318% | +14.6% |\n\nBTC should clear $110K by Monday if funding stays this quiet.',
    numbers: [
      {
        find: '07:00',
        label: 'ignored',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$108,846',
        label: 'contradicted',
        note: 'fact btc.price 107,846',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'fact btc.change_24h 0.18 (10x)',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '0.0034%',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.00342',
      },
      {
        find: '-7.1%',
        label: 'contradicted',
        note: '24h: 7.1 is 7d; eth.oi_change_24h -3.6',
      },
      {
        find: '$163.84',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '0.0021%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '$2.44',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '0.0152%',
        label: 'contradicted',
        note: 'fact xrp.funding_rate 0.00517',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: '$0.209',
        label: 'supported',
      },
      {
        find: '+2.7%',
        label: 'contradicted',
        note: '24h: 2.74 is 7d; doge.change_24h 6.84',
      },
      {
        find: '0.0318%',
        label: 'supported',
      },
      {
        find: '+14.6%',
        label: 'supported',
      },
      {
        find: '$110K',
        label: 'unsupported',
        note: 'forecast framing: no fact says it will',
      },
    ],
  },
  {
    id: 'E-table-21',
    voice: 'table',
    style: 'weekly',
    text: 'Seven-day movers:\n\n| Rank | Token | 7d |\n|---|---|---|\n| 1 | WIF | +12.7% |\n| 2 | PEPE | +9.5% |\n| 3 | DOT | +3.2% |\n| 4 | DOGE | +6.8% |\n| 5 | ARB | +2.2% |\n| Bottom | FIL | -10.7% |\n| Bottom | SAND | -10.0% |\n| Bottom | HNT | -6.0% |\n| Bottom | WLD | -7.9% |\n\nMemes lead the week; the sector is up 2.9% while DePIN is down 18.6%.',
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+12.7%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '+9.5%',
        label: 'contradicted',
        note: 'weekly: 9.47 is 24h; pepe.change_7d 6.47',
      },
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '+3.2%',
        label: 'supported',
      },
      {
        find: '4',
        label: 'ignored',
      },
      {
        find: '+6.8%',
        label: 'contradicted',
        note: 'weekly: 6.84 is 24h; doge.change_7d 2.74',
      },
      {
        find: '5@2',
        label: 'ignored',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '-10.7%',
        label: 'supported',
      },
      {
        find: '-10.0%',
        label: 'supported',
      },
      {
        find: '-6.0%',
        label: 'contradicted',
        note: 'fact hnt.change_7d -8.98',
      },
      {
        find: '-7.9%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '18.6%',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d -8.60',
      },
    ],
  },
  {
    id: 'E-table-22',
    voice: 'table',
    style: 'daily',
    text: 'Sector caps (watchlist members vs CoinGecko category):\n\n| Sector | Watchlist cap | Category cap | Category 24h |\n|---|---|---|---|\n| Layer 1 | $3.02T | $3.10T | -0.41% |\n| Memes | $41.7B | $63.1B | +9.94% |\n| AI | $13.5B | $42.4B | +0.74% |\n| Layer 2 | $5.5B | $15.5B | -1.62% |\n| DePIN | $6.3B | $11.2B | -4.37% |\n| Gaming | $2.4B | $9.5B | +0.52% |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '$3.02T',
        label: 'supported',
      },
      {
        find: '$3.10T',
        label: 'supported',
      },
      {
        find: '-0.41%',
        label: 'supported',
      },
      {
        find: '$41.7B',
        label: 'supported',
      },
      {
        find: '$63.1B',
        label: 'supported',
      },
      {
        find: '+9.94%',
        label: 'contradicted',
        note: 'fact memes.category_change_24h 5.94',
      },
      {
        find: '$13.5B',
        label: 'supported',
      },
      {
        find: '$42.4B',
        label: 'contradicted',
        note: 'fact ai.category_cap 24.37B',
      },
      {
        find: '+0.74%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '$5.5B',
        label: 'supported',
      },
      {
        find: '$15.5B',
        label: 'supported',
      },
      {
        find: '-1.62%',
        label: 'supported',
      },
      {
        find: '$6.3B',
        label: 'contradicted',
        note: 'fact depin.market_cap 3.60B',
      },
      {
        find: '$11.2B',
        label: 'supported',
      },
      {
        find: '-4.37%',
        label: 'supported',
      },
      {
        find: '$2.4B',
        label: 'supported',
      },
      {
        find: '$9.5B',
        label: 'supported',
      },
      {
        find: '+0.52%',
        label: 'contradicted',
        note: 'sign: gaming.category_change_24h -0.52',
      },
    ],
  },
  {
    id: 'E-table-23',
    voice: 'table',
    style: 'daily',
    text: 'Draft board (do not publish):\n\n| Asset | Price | 24h | 30d |\n|---|---|---|---|\n| BTC | $107,846 | +0.18% | +15.0% |\n| ETH | $3,207 | -2.63% | -2.9% |\n| SOL | $163.84 | +1.42% | -0.5% |\n| XRP | $2.44 | +0.82% | +8.1% |\n| DOGE | $0.2087 | +6.84% | +21.6% |\n| SUI | $2.50 | +6.49% | +6.5% |\n| ADA | $0.561 | -1.93% | -7.4% |',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '+0.18%',
        label: 'supported',
      },
      {
        find: '+15.0%',
        label: 'contradicted',
        note: 'fact btc.change_30d 5.03',
      },
      {
        find: '$3,207',
        label: 'contradicted',
        note: 'fact eth.price 3702',
      },
      {
        find: '-2.63%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'contradicted',
        note: 'sign: eth.change_30d +2.93',
      },
      {
        find: '$163.84',
        label: 'supported',
      },
      {
        find: '+1.42%',
        label: 'contradicted',
        note: 'sign: sol.change_24h -1.42',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
      {
        find: '$2.44',
        label: 'supported',
      },
      {
        find: '+0.82%',
        label: 'supported',
      },
      {
        find: '+8.1%',
        label: 'contradicted',
        note: 'fact xrp.change_30d -0.08',
      },
      {
        find: '$0.2087',
        label: 'supported',
      },
      {
        find: '+6.84%',
        label: 'supported',
      },
      {
        find: '+21.6%',
        label: 'contradicted',
        note: 'fact doge.change_30d 12.61',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '+6.49%',
        label: 'contradicted',
        note: '24h col: 6.49 is 30d; sui.change_24h 1.61',
      },
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '$0.561',
        label: 'supported',
      },
      {
        find: '-1.93%',
        label: 'supported',
      },
      {
        find: '-7.4%',
        label: 'contradicted',
        note: 'fact ada.change_30d -4.70',
      },
    ],
  },
  {
    id: 'E-table-24',
    voice: 'table',
    style: 'sector',
    text: 'Sector counts:\n\n| Sector | Up | Down | Members |\n|---|---|---|---|\n| Layer 1 | 5 | 5 | 10 |\n| AI | 3 | 4 | 7 |\n| DePIN | 0 | 4 | 4 |\n| Memes | 3 | 1 | 4 |\n| Gaming | 1 | 3 | 4 |',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '5@1',
        label: 'contradicted',
        note: 'fact l1.advancers_24h 3',
      },
      {
        find: '5@2',
        label: 'contradicted',
        note: 'fact l1.decliners_24h 7',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'contradicted',
        note: 'fact memes.advancers_24h 4',
      },
      {
        find: '1@3',
        label: 'contradicted',
        note: 'fact memes.decliners_24h 0',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'contradicted',
        note: 'fact gaming.advancers_24h 2',
      },
      {
        find: '3@3',
        label: 'contradicted',
        note: 'fact gaming.decliners_24h 2',
      },
      {
        find: '4@5',
        label: 'supported',
      },
    ],
  },
];
