import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-tab-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors at the 07:00 UTC snapshot:\n\n| Asset | Price | 24h | 7d | Market cap |\n|---|---|---|---|---|\n| BTC | $112,486 | +3.84% | +10.97% | $2.25T |\n| ETH | $3,987.42 | +4.62% | +4.33% | $418.3B |\n| SOL | $171.36 | +15.41% | +3.57% | $94.6B |\n| XRP | $2.4817 | +3.29% | +3.29% | $149.9B |\n| BNB | $1,012.60 | +1.88% | +1.04% | $104.9B |\n| DOGE | $0.1841 | +2.14% | +7.61% | $27.8B |\n\nBitcoin led the majors on the week; Solana led on the day.',
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
        find: '$3,987.42',
        label: 'supported',
      },
      {
        find: '+4.62%',
        label: 'supported',
      },
      {
        find: '+4.33%',
        label: 'supported',
      },
      {
        find: '$418.3B',
        label: 'contradicted',
        note: 'ETH market cap is $481.3B',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '+15.41%',
        label: 'contradicted',
        note: 'SOL 24h change is +5.41%',
      },
      {
        find: '+3.57%',
        label: 'contradicted',
        note: 'SOL 7d change is +8.29%; 3.57% is its 30d change',
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
        find: '+3.29%@1',
        label: 'contradicted',
        note: 'XRP 24h change is +2.16%; 3.29% is its 7d change',
      },
      {
        find: '+3.29%@2',
        label: 'supported',
      },
      {
        find: '$149.9B',
        label: 'supported',
      },
      {
        find: '$1,012.60',
        label: 'supported',
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
        find: '$104.9B',
        label: 'contradicted',
        note: 'BNB market cap is $140.9B',
      },
      {
        find: '$0.1841',
        label: 'supported',
      },
      {
        find: '+2.14%',
        label: 'supported',
      },
      {
        find: '+7.61%',
        label: 'contradicted',
        note: 'DOGE 7d change is -7.61%; sign flipped',
      },
      {
        find: '$27.8B',
        label: 'supported',
      },
      {
        find: 'Bitcoin led the majors on the week',
        label: 'supported',
      },
      {
        find: 'Solana led on the day',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-tab-02',
    voice: 'table',
    style: 'sector',
    text: '## Sectors, last 24 hours\n\n| Sector | Change | Best | Worst | Up/Down |\n|---|---|---|---|---|\n| AI | +9.20% | VIRTUAL +14.27% | GRT +6.38% | 7/0 |\n| Gaming | +6.12% | AXS +8.92% | IMX +2.60% | 4/0 |\n| DePIN | +5.41% | RENDER +9.46% | HNT -6.21% | 3/1 |\n| Layer 1 | +3.86% | NEAR +8.93% | BNB +1.88% | 10/0 |\n| Memes | +1.82% | WIF +4.83% | SHIB -0.58% | 3/1 |\n| Layer 2 | +0.44% | IMX +2.60% | ARB -1.93% | 2/2 |\n\nEvery sector except Layer 2 finished higher.',
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '+9.20%',
        label: 'supported',
      },
      {
        find: '+14.27%',
        label: 'supported',
      },
      {
        find: '+6.38%',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '+6.12%',
        label: 'supported',
      },
      {
        find: '+8.92%',
        label: 'contradicted',
        note: 'best gaming member is GALA (+9.81%); AXS is +8.92%',
      },
      {
        find: '+2.60%@1',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '0@4',
        label: 'supported',
      },
      {
        find: '+5.41%',
        label: 'supported',
      },
      {
        find: '+9.46%',
        label: 'supported',
      },
      {
        find: '-6.21%',
        label: 'contradicted',
        note: 'HNT 24h change is +1.24%; -6.21% is its 7d change',
      },
      {
        find: '3@2',
        label: 'contradicted',
        note: 'DePIN had 4 advancers, 0 decliners',
      },
      {
        find: '1@5',
        label: 'contradicted',
        note: 'DePIN had 4 advancers, 0 decliners',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '+3.86%',
        label: 'supported',
      },
      {
        find: '+8.93%',
        label: 'supported',
      },
      {
        find: '+1.88%',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '0@6',
        label: 'supported',
      },
      {
        find: '+1.82%',
        label: 'supported',
      },
      {
        find: '+4.83%',
        label: 'supported',
      },
      {
        find: '-0.58%',
        label: 'supported',
      },
      {
        find: '3@6',
        label: 'supported',
      },
      {
        find: '1@10',
        label: 'supported',
      },
      {
        find: '2@9',
        label: 'ignored',
      },
      {
        find: '+0.44%',
        label: 'contradicted',
        note: 'L2 24h change is -0.44%; sign flipped',
      },
      {
        find: '+2.60%@2',
        label: 'supported',
      },
      {
        find: '-1.93%',
        label: 'contradicted',
        note: 'worst L2 member is OP (-2.41%); ARB is -1.93%',
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
    ],
  },
  {
    id: 'A-tab-03',
    voice: 'table',
    style: 'weekly',
    text: '## Sector performance this week\n\n| Sector | 7d | Best (7d) | Worst (7d) | Up/Down |\n|---|---|---|---|---|\n| Layer 1 | +8.96% | AVAX +15.64% | BNB +1.04% | 10/0 |\n| Gaming | +8.35% | IMX +13.15% | SAND +7.34% | 4/0 |\n| Layer 2 | +5.44% | IMX +13.15% | POL +0.02% | 4/0 |\n| AI | +9.20% | NEAR +10.98% | WLD -3.14% | 6/1 |\n| DePIN | +4.93% | IOTX +2.97% | FIL -11.51% | 2/2 |\n| Memes | -6.86% | WIF -1.83% | DOGE -7.61% | 1/3 |\n\nLayer 1 was the best sector of the week and memes the worst.',
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
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+8.96%',
        label: 'supported',
      },
      {
        find: '+15.64%',
        label: 'supported',
      },
      {
        find: '+1.04%',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '0@3',
        label: 'supported',
      },
      {
        find: '+8.35%',
        label: 'supported',
      },
      {
        find: '+13.15%@1',
        label: 'supported',
      },
      {
        find: '+7.34%',
        label: 'contradicted',
        note: 'worst gaming member over 7d is AXS (+1.07%); SAND 7d is +7.34%',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '0@4',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+5.44%',
        label: 'supported',
      },
      {
        find: '+13.15%@2',
        label: 'supported',
      },
      {
        find: '+0.02%',
        label: 'supported',
      },
      {
        find: '4@7',
        label: 'supported',
      },
      {
        find: '0@7',
        label: 'supported',
      },
      {
        find: '+9.20%',
        label: 'contradicted',
        note: 'AI 7d change is +3.58%; 9.20% is its 24h change',
      },
      {
        find: '+10.98%',
        label: 'supported',
      },
      {
        find: '-3.14%',
        label: 'supported',
      },
      {
        find: '6@3',
        label: 'supported',
      },
      {
        find: '1@11',
        label: 'supported',
      },
      {
        find: '+4.93%',
        label: 'contradicted',
        note: 'DePIN 7d change is -4.93%; sign flipped',
      },
      {
        find: '+2.97%',
        label: 'supported',
      },
      {
        find: '-11.51%',
        label: 'supported',
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
        find: '-1.83%',
        label: 'supported',
      },
      {
        find: '-7.61%',
        label: 'supported',
      },
      {
        find: '1@17',
        label: 'contradicted',
        note: 'memes 7d: 0 up, 4 down',
      },
      {
        find: '3@8',
        label: 'contradicted',
        note: 'memes 7d: 0 up, 4 down',
      },
      {
        find: '1@18',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-tab-04',
    voice: 'table',
    style: 'daily',
    text: 'Derivatives board\n\n| Asset | Funding (8h) | Funding (APR) | Open interest | OI 24h | OI 7d |\n|---|---|---|---|---|---|\n| BTC | 0.0181% | 8.89% | $9.84B | +6.2% | +11.4% |\n| ETH | 0.0094% | 10.29% | $5.91B | +7.8% | +4.2% |\n| SOL | 0.0027% | -2.96% | $1.63B | -3.4% | +2.1% |\n| XRP | 0.0036% | 39.4% | $1.50B | +1.9% | -2.7% |\n| DOGE | -0.0058% | -6.35% | $680M | -5.6% | -9.3% |\n| Total | 0.0068% | — | $19.11B | +5.08% | +9.62% |\n\nFunding was negative on SOL and DOGE only.',
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
        find: '0.0181%',
        label: 'contradicted',
        note: 'BTC funding is 0.0081% per 8h',
      },
      {
        find: '8.89%',
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
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '10.29%',
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
        find: '+4.2%',
        label: 'contradicted',
        note: 'ETH OI 7d change is +14.2%',
      },
      {
        find: '0.0027%',
        label: 'contradicted',
        note: 'SOL funding is -0.0027% per 8h; sign dropped',
      },
      {
        find: '-2.96%',
        label: 'supported',
      },
      {
        find: '$1.63B',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
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
        find: '39.4%',
        label: 'contradicted',
        note: 'XRP annualized funding is 3.94%',
      },
      {
        find: '$1.50B',
        label: 'contradicted',
        note: 'XRP OI is $1.05B',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '-6.35%',
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
        find: '-9.3%',
        label: 'supported',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '$19.11B',
        label: 'supported',
      },
      {
        find: '+5.08%',
        label: 'supported',
      },
      {
        find: '+9.62%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-tab-05',
    voice: 'table',
    style: 'daily',
    text: 'Support and resistance (daily levels)\n\n| Asset | Last | Support | Resistance | 30-day high | 30-day low |\n|---|---|---|---|---|---|\n| BTC | 112,486 | 100,000 | 115,000 | 111,308 | 92,150 |\n| ETH | 3,987 | 3,800 | 4,000 | 4,119 | 3,555 |\n| SOL | 171.36 | 170 | 180 | 186.94 | 154.14 |\n| XRP | 2.48 | 2.40 | 2.50 | 2.60 | 2.25 |\n| BNB | 1,012.60 | 1,000 | 1,050 | 1,068.36 | 953.21 |\n| ADA | 0.5873 | 0.60 | 0.58 | 0.6714 | 0.5247 |\n\nBTC and ETH both trade above their 30-day highs; SOL does not.',
    numbers: [
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '112,486',
        label: 'supported',
      },
      {
        find: '100,000',
        label: 'contradicted',
        note: 'BTC support is 110,000',
      },
      {
        find: '115,000',
        label: 'supported',
      },
      {
        find: '111,308',
        label: 'supported',
      },
      {
        find: '92,150',
        label: 'contradicted',
        note: 'BTC 30-day swing low is 97,149.86',
      },
      {
        find: '3,987',
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
        find: '4,119',
        label: 'contradicted',
        note: 'ETH 30-day swing high is 3,919.42',
      },
      {
        find: '3,555',
        label: 'supported',
      },
      {
        find: '171.36',
        label: 'supported',
      },
      {
        find: '170',
        label: 'supported',
      },
      {
        find: '180',
        label: 'supported',
      },
      {
        find: '186.94',
        label: 'contradicted',
        note: 'SOL 30-day swing high is 176.94',
      },
      {
        find: '154.14',
        label: 'supported',
      },
      {
        find: '2.48',
        label: 'supported',
      },
      {
        find: '2.40',
        label: 'supported',
      },
      {
        find: '2.50',
        label: 'supported',
      },
      {
        find: '2.60@1',
        label: 'contradicted',
        note: 'XRP 30-day swing high is 2.6953',
      },
      {
        find: '2.25',
        label: 'supported',
      },
      {
        find: '1,012.60',
        label: 'supported',
      },
      {
        find: '1,000',
        label: 'supported',
      },
      {
        find: '1,050',
        label: 'supported',
      },
      {
        find: '1,068.36',
        label: 'supported',
      },
      {
        find: '953.21',
        label: 'supported',
      },
      {
        find: '0.5873',
        label: 'supported',
      },
      {
        find: '0.60',
        label: 'contradicted',
        note: 'ADA support is 0.58; 0.60 is resistance',
      },
      {
        find: '0.58@2',
        label: 'contradicted',
        note: 'ADA resistance is 0.60; 0.58 is support',
      },
      {
        find: '0.6714',
        label: 'supported',
      },
      {
        find: '0.5247',
        label: 'supported',
      },
      {
        find: '30@4',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-tab-06',
    voice: 'table',
    style: 'daily',
    text: '| Token | Price | 24h | Vol 24h | Vol vs 7d avg |\n|---|---|---|---|---|\n| VIRTUAL | $1.3382 | +3.0% | $110.1M | 1.01x |\n| FET | $0.5127 | +1.8% | $147.6M | 1.00x |\n| RENDER | $2.198 | +9.5% | $79.7M | 0.96x |\n| TAO | $317.80 | +8.7% | $267.0M | 1.03x |\n| WLD | $0.7916 | +7.5% | $88.6M | 1.49x |\n| GRT | $0.0721 | +10.3% | $31.2M | 1.00x |\n| NEAR | $2.906 | +8.9% | $126.5M | 0.92x |\n\nThe AI sector as a whole rose 9.2%; every member finished higher.',
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
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$1.3382',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'contradicted',
        note: 'VIRTUAL 24h change is +14.27%; 3.02% is 7d',
      },
      {
        find: '$110.1M',
        label: 'supported',
      },
      {
        find: '1.01x',
        label: 'supported',
      },
      {
        find: '$0.5127',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'FET 24h change is +11.84%; 1.75% is its 7d change',
      },
      {
        find: '$147.6M',
        label: 'supported',
      },
      {
        find: '1.00x@1',
        label: 'supported',
      },
      {
        find: '$2.198',
        label: 'contradicted',
        note: 'RENDER price is $2.918 (digits transposed)',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '$79.7M',
        label: 'supported',
      },
      {
        find: '0.96x',
        label: 'supported',
      },
      {
        find: '$317.80',
        label: 'contradicted',
        note: 'TAO price is $371.80',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '$267.0M',
        label: 'contradicted',
        note: 'TAO 24h volume is $167.0M',
      },
      {
        find: '1.03x',
        label: 'supported',
      },
      {
        find: '$0.7916',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '$88.6M',
        label: 'supported',
      },
      {
        find: '1.49x',
        label: 'contradicted',
        note: 'WLD volume ratio is 0.94x',
      },
      {
        find: '$0.0721',
        label: 'supported',
      },
      {
        find: '+10.3%',
        label: 'contradicted',
        note: 'GRT 24h change is +6.38%; 10.29% is its 7d change',
      },
      {
        find: '$31.2M',
        label: 'supported',
      },
      {
        find: '1.00x@2',
        label: 'supported',
      },
      {
        find: '$2.906',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '$126.5M',
        label: 'supported',
      },
      {
        find: '0.92x',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-tab-07',
    voice: 'table',
    style: 'weekly',
    text: "Weekly and monthly returns\n\n| Asset | 7d | 30d |\n|---|---|---|\n| BTC | +10.97% | +11.46% |\n| ETH | +10.22% | +4.33% |\n| SOL | +8.29% | +3.57% |\n| AVAX | +5.82% | +15.64% |\n| DOT | -11.13% | +5.75% |\n| NEAR | +10.98% | -2.40% |\n| FIL | -11.51% | -9.74% |\n| WIF | +1.83% | -18.88% |\n\nAvalanche was the week's best performer among these, up 15.6%.",
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
        find: '+10.97%',
        label: 'supported',
      },
      {
        find: '+11.46%',
        label: 'supported',
      },
      {
        find: '+10.22%',
        label: 'contradicted',
        note: 'ETH 7d change is +4.33%; 10.22% is its 30d change',
      },
      {
        find: '+4.33%',
        label: 'contradicted',
        note: 'ETH 30d change is +10.22%; columns swapped',
      },
      {
        find: '+8.29%',
        label: 'supported',
      },
      {
        find: '+3.57%',
        label: 'supported',
      },
      {
        find: '+5.82%',
        label: 'contradicted',
        note: 'AVAX 7d change is +15.64%; 5.82% is its 30d change',
      },
      {
        find: '+15.64%',
        label: 'contradicted',
        note: 'AVAX 30d change is +5.82%; columns swapped',
      },
      {
        find: '-11.13%',
        label: 'contradicted',
        note: 'DOT 7d change is +5.75%; -11.13% is its 30d change',
      },
      {
        find: '+5.75%',
        label: 'contradicted',
        note: 'DOT 30d change is -11.13%',
      },
      {
        find: '+10.98%',
        label: 'supported',
      },
      {
        find: '-2.40%',
        label: 'supported',
      },
      {
        find: '-11.51%',
        label: 'supported',
      },
      {
        find: '-9.74%',
        label: 'supported',
      },
      {
        find: '+1.83%',
        label: 'contradicted',
        note: 'WIF 7d change is -1.83%; sign flipped',
      },
      {
        find: '-18.88%',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-tab-08',
    voice: 'table',
    style: 'daily',
    text: 'Memes and rollups, daily board\n\n| Token | Price | 24h | Market cap | Support |\n|---|---|---|---|---|\n| DOGE | $0.1841 | +2.14% | $6.07B | $0.18 |\n| SHIB | $0.0000103 | +0.58% | $6.07B | $0.00001 |\n| PEPE | $0.0000076 | +3.40% | $2.82B | $0.0000066 |\n| WIF | $0.5286 | +4.83% | $2.28B | $0.54 |\n| ARB | $0.3124 | -1.93% | $17.7B | $0.30 |\n| OP | $0.4617 | +2.41% | $882.8M | $0.48 |\n| POL | $0.1834 | +0.31% | $1.93B | $0.18 |\n| IMX | $0.5208 | +13.15% | $1.02B | $0.52 |\n\nOptimism was the weakest of these at -2.4%; dogwifhat the strongest at 4.8%.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$0.1841',
        label: 'supported',
      },
      {
        find: '+2.14%',
        label: 'supported',
      },
      {
        find: '$6.07B@1',
        label: 'contradicted',
        note: 'DOGE market cap is $27.8B; $6.07B is SHIB',
      },
      {
        find: '$0.18@2',
        label: 'supported',
      },
      {
        find: '$0.0000103',
        label: 'supported',
      },
      {
        find: '+0.58%',
        label: 'contradicted',
        note: 'SHIB fell 0.58% over 24h; sign flipped',
      },
      {
        find: '$6.07B@2',
        label: 'supported',
      },
      {
        find: '$0.00001@2',
        label: 'supported',
      },
      {
        find: '$0.0000076',
        label: 'contradicted',
        note: 'PEPE price is $0.0000067',
      },
      {
        find: '+3.40%',
        label: 'supported',
      },
      {
        find: '$2.82B',
        label: 'supported',
      },
      {
        find: '$0.0000066',
        label: 'supported',
      },
      {
        find: '$0.5286',
        label: 'supported',
      },
      {
        find: '+4.83%',
        label: 'supported',
      },
      {
        find: '$2.28B',
        label: 'contradicted',
        note: 'WIF market cap is $528M',
      },
      {
        find: '$0.54',
        label: 'contradicted',
        note: 'WIF support is $0.52; $0.54 is resistance',
      },
      {
        find: '$0.3124',
        label: 'supported',
      },
      {
        find: '-1.93%',
        label: 'supported',
      },
      {
        find: '$17.7B',
        label: 'contradicted',
        note: 'ARB market cap is $1.77B',
      },
      {
        find: '$0.30',
        label: 'supported',
      },
      {
        find: '$0.4617',
        label: 'supported',
      },
      {
        find: '+2.41%',
        label: 'contradicted',
        note: 'OP fell 2.41% over 24h; sign flipped',
      },
      {
        find: '$882.8M',
        label: 'supported',
      },
      {
        find: '$0.48',
        label: 'contradicted',
        note: 'OP support is $0.46; $0.48 is resistance',
      },
      {
        find: '$0.1834',
        label: 'supported',
      },
      {
        find: '+0.31%',
        label: 'supported',
      },
      {
        find: '$1.93B',
        label: 'supported',
      },
      {
        find: '$0.18@4',
        label: 'supported',
      },
      {
        find: '$0.5208',
        label: 'supported',
      },
      {
        find: '+13.15%',
        label: 'contradicted',
        note: 'IMX 24h change is +2.60%; 13.15% is its 7d change',
      },
      {
        find: '$1.02B',
        label: 'supported',
      },
      {
        find: '$0.52@3',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-tab-09',
    voice: 'table',
    style: 'daily',
    text: 'Dashboard\n\n| Metric | Value |\n|---|---|\n| Total market cap | $3.82T |\n| 24h change | +3.71% |\n| BTC dominance | 64.1% |\n| Advancers / decliners | 24 / 6 |\n| Total volume | $164.2B |\n| Avg funding (8h) | 0.0068% |\n| Total OI | $19.11B |\n| OI 24h | +9.62% |\n| ETF net inflows (Wed) | $612M |\n| Short liquidations | $340M |\n| Hashrate | 1.1 ZH/s |\n| BTC year-end target | $180,000 |',
    numbers: [
      {
        find: '$3.82T',
        label: 'contradicted',
        note: 'total market cap is $3.618T',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '+3.71%',
        label: 'supported',
      },
      {
        find: '64.1%',
        label: 'contradicted',
        note: 'BTC dominance is 62.1%',
      },
      {
        find: '24@2',
        label: 'contradicted',
        note: '27 assets rose',
      },
      {
        find: '6@2',
        label: 'contradicted',
        note: '3 assets fell',
      },
      {
        find: '$164.2B',
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
        find: '$19.11B',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '+9.62%',
        label: 'contradicted',
        note: 'total OI 24h change is +5.08%; 9.62% is the 7d change',
      },
      {
        find: '$612M',
        label: 'unsupported',
        note: 'headline figure with no attribution in the table',
      },
      {
        find: '$340M',
        label: 'unsupported',
        note: 'no attribution, no fact',
      },
      {
        find: '1.1 ZH/s',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '$180,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-tab-10',
    voice: 'table',
    style: 'daily',
    text: 'Leaderboard, past day\n\n| Rank | Token | 24h |\n|---|---|---|\n| 1 | FET | +14.27% |\n| 2 | VIRTUAL | +11.84% |\n| 3 | GALA | +9.81% |\n| 4 | TAO | +9.46% |\n| 5 | RENDER | +8.71% |\n\n| Rank (bottom) | Token | 24h |\n|---|---|---|\n| 1 | OP | -2.41% |\n| 2 | ARB | -1.93% |\n| 3 | SHIB | -0.58% |\n| 4 | POL | -0.31% |\n| 5 | HNT | +1.24% |',
    numbers: [
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+14.27%',
        label: 'contradicted',
        note: 'FET rose +11.84%; 14.27% is VIRTUAL, the actual No. 1',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '+11.84%',
        label: 'contradicted',
        note: 'VIRTUAL rose +14.27%; ranks swapped',
      },
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '+9.81%',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'ignored',
      },
      {
        find: '+9.46%',
        label: 'contradicted',
        note: 'TAO rose +8.71%; 9.46% is RENDER, the actual No. 4',
      },
      {
        find: '5@1',
        label: 'ignored',
      },
      {
        find: '+8.71%',
        label: 'contradicted',
        note: 'RENDER rose +9.46%',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '1@7',
        label: 'ignored',
      },
      {
        find: '-2.41%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '-1.93%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'ignored',
      },
      {
        find: '-0.58%',
        label: 'supported',
      },
      {
        find: '4@8',
        label: 'ignored',
      },
      {
        find: '-0.31%',
        label: 'contradicted',
        note: 'POL rose +0.31% over 24h',
      },
      {
        find: '5@3',
        label: 'ignored',
      },
      {
        find: '+1.24%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-tab-11',
    voice: 'table',
    style: 'daily',
    text: 'Daily moves (note: this table was pasted from the weekly sheet)\n\n| Asset | 24h |\n|---|---|\n| BTC | +10.97% |\n| SOL | +8.29% |\n| AVAX | +15.64% |\n| NEAR | +10.98% |\n| IMX | +13.15% |\n| FIL | -11.51% |\n| DOGE | -7.61% |\n| WIF | -1.83% |\n| SHIB | -5.24% |\n| PEPE | -3.60% |',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+10.97%',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%; 10.97% is 7d',
      },
      {
        find: '+8.29%',
        label: 'contradicted',
        note: 'SOL 24h change is +5.41%; 8.29% is 7d',
      },
      {
        find: '+15.64%',
        label: 'contradicted',
        note: 'AVAX 24h change is +6.27%; 15.64% is 7d',
      },
      {
        find: '+10.98%',
        label: 'contradicted',
        note: 'NEAR 24h change is +8.93%; 10.98% is 7d',
      },
      {
        find: '+13.15%',
        label: 'contradicted',
        note: 'IMX 24h change is +2.60%; 13.15% is 7d',
      },
      {
        find: '-11.51%',
        label: 'contradicted',
        note: 'FIL rose 3.10% over 24h; -11.51% is 7d',
      },
      {
        find: '-7.61%',
        label: 'contradicted',
        note: 'DOGE rose 2.14% over 24h; -7.61% is 7d',
      },
      {
        find: '-1.83%',
        label: 'contradicted',
        note: 'WIF rose 4.83% over 24h; -1.83% is 7d',
      },
      {
        find: '-5.24%',
        label: 'contradicted',
        note: 'SHIB 24h change is -0.58%; -5.24% is 7d',
      },
      {
        find: '-3.60%',
        label: 'contradicted',
        note: 'PEPE rose 3.40% over 24h; -3.60% is 7d',
      },
    ],
  },
];
