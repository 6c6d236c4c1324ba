import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-desk-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'DESK NOTE — Asia open\n- BTC trade 112 486, +3,84% on day. Break monthly high (111 308).\n- ETH follow, +4,6%, now 3 987. Resistance 4 000 very near.\n- SOL +5,4% but funding stay negative (-0,0027%). Shorts still pay.\n- Breadth very good: 27 up, 3 down.',
    numbers: [
      {
        find: '112 486',
        label: 'supported',
      },
      {
        find: '3,84%',
        label: 'supported',
      },
      {
        find: '111 308',
        label: 'supported',
      },
      {
        find: '4,6%',
        label: 'supported',
      },
      {
        find: '3 987',
        label: 'supported',
      },
      {
        find: '4 000',
        label: 'supported',
      },
      {
        find: '5,4%',
        label: 'supported',
      },
      {
        find: '-0,0027%',
        label: 'supported',
      },
      {
        find: '27@2',
        label: 'supported',
      },
      {
        find: '3@4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Morning points from desk:\n- Market cap total 3,62 trillion USD, plus 3,7%.\n- BTC dominance 62,1%.\n- Open interest total 19,1 bn, increase 5,1%.\n- Funding average 0,0068% for 8 hour.\n- We expect BTC 118 000 before week end.',
    numbers: [
      {
        find: '3,62 trillion',
        label: 'supported',
      },
      {
        find: '3,7%',
        label: 'supported',
      },
      {
        find: '62,1%',
        label: 'supported',
      },
      {
        find: '19,1 bn',
        label: 'supported',
      },
      {
        find: '5,1%',
        label: 'supported',
      },
      {
        find: '0,0068%',
        label: 'supported',
      },
      {
        find: '8 hour',
        label: 'ignored',
      },
      {
        find: '118 000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-desk-03',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sectors (24h):\n- AI is first, +9,2%. Best member VIRTUAL +14,3%.\n- Gaming second, +6,1%.\n- DePIN +5,4%.\n- L1 +3,9%.\n- Memes +1,8%.\n- L2 only negative, -0,4%.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '9,2%',
        label: 'supported',
      },
      {
        find: '14,3%',
        label: 'supported',
      },
      {
        find: '6,1%',
        label: 'supported',
      },
      {
        find: '5,4%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '3,9%',
        label: 'supported',
      },
      {
        find: '1,8%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '0,4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-04',
    voice: 'desk-note',
    style: 'sector',
    text: 'Attention on derivatives:\n- BTC funding 0,0081% / 8h, annual 8,9%. Positive, not extreme.\n- ETH funding 0,0094%, annual 10,3%.\n- DOGE funding negative -0,0058%, OI fall 5,6%.\n- SOL OI fall 13,4%, funding -0,0027%.\n- XRP OI up 1,9%, rate 0,0036%.',
    numbers: [
      {
        find: '0,0081%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '8,9%',
        label: 'supported',
      },
      {
        find: '0,0094%',
        label: 'supported',
      },
      {
        find: '10,3%',
        label: 'supported',
      },
      {
        find: '-0,0058%',
        label: 'supported',
      },
      {
        find: '5,6%',
        label: 'supported',
      },
      {
        find: '13,4%',
        label: 'contradicted',
        note: 'SOL OI 24h -3.4%',
      },
      {
        find: '-0,0027%',
        label: 'supported',
      },
      {
        find: '1,9%',
        label: 'supported',
      },
      {
        find: '0,0036%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-05',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Levels for today:\n- BTC support 110 000, resistance 115 000. Price above swing high of month.\n- ETH support 3 800, resistance 4 000.\n- SOL support 170, resistance 180. Price is 171,36, just over support.\n- XRP support 2,40, resistance 2,50.\n- BNB support 1 000, resistance 1 100.',
    numbers: [
      {
        find: '110 000',
        label: 'supported',
      },
      {
        find: '115 000',
        label: 'supported',
      },
      {
        find: '3 800',
        label: 'supported',
      },
      {
        find: '4 000',
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
        find: '171,36',
        label: 'supported',
      },
      {
        find: '2,40',
        label: 'supported',
      },
      {
        find: '2,50',
        label: 'supported',
      },
      {
        find: '1 000',
        label: 'supported',
      },
      {
        find: '1 100',
        label: 'contradicted',
        note: 'BNB resistance 1,050',
      },
    ],
  },
  {
    id: 'C-desk-06',
    voice: 'desk-note',
    style: 'daily',
    text: 'Weak names, please note:\n- OP down 2,4%, price 0,4617.\n- ARB down 1,9%, price 0,3124. Unlock soon, more pressure maybe.\n- SHIB down 0,6%.\n- POL almost flat, +0,3%.\n- HNT small plus 1,2% only.',
    numbers: [
      {
        find: '2,4%',
        label: 'supported',
      },
      {
        find: '0,4617',
        label: 'supported',
      },
      {
        find: '1,9%',
        label: 'supported',
      },
      {
        find: '0,3124',
        label: 'supported',
      },
      {
        find: '0,6%',
        label: 'supported',
      },
      {
        find: '0,3%',
        label: 'supported',
      },
      {
        find: '1,2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-07',
    voice: 'desk-note',
    style: 'daily',
    text: 'Summary of desk: market is up strongly. BTC +4,8%, ETH +5,6%, SOL +6,4%. Almost all coins up, 29 from 30.',
    numbers: [
      {
        find: '4,8%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%',
      },
      {
        find: '5,6%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%',
      },
      {
        find: '6,4%',
        label: 'contradicted',
        note: 'SOL 24h +5.41%',
      },
      {
        find: '29',
        label: 'contradicted',
        note: '27 of 30 up',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-08',
    voice: 'desk-note',
    style: 'sector',
    text: '- AI sector add 1,15 bn USD in market cap during day.\n- L1 sector add 117 bn USD.\n- Memes add 0,66 bn.\n- DePIN add 0,2 bn.\n- Gaming add 0,41 bn.',
    numbers: [
      {
        find: '1,15 bn',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '117 bn',
        label: 'supported',
      },
      {
        find: '0,66 bn',
        label: 'supported',
      },
      {
        find: '0,2 bn',
        label: 'supported',
      },
      {
        find: '0,41 bn',
        label: 'contradicted',
        note: 'gaming cap change 24h $0.14B',
      },
    ],
  },
  {
    id: 'C-desk-09',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Week review (7 days):\n- BTC +11,0%, ETH +4,3%, SOL +8,3%.\n- Best L1 on week AVAX +15,6%.\n- Worst on week FIL -11,5%.\n- Memes sector -6,9%, all 4 down.\n- DePIN -4,9%, 2 up and 2 down.\n- L1 sector +9,0%, best sector of week.\n- AI sector +9,2% on week.',
    numbers: [
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '11,0%',
        label: 'supported',
      },
      {
        find: '4,3%',
        label: 'supported',
      },
      {
        find: '8,3%',
        label: 'supported',
      },
      {
        find: 'L1@1',
        label: 'ignored',
      },
      {
        find: '15,6%',
        label: 'supported',
      },
      {
        find: '11,5%',
        label: 'supported',
      },
      {
        find: '6,9%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '4,9%',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: 'L1@2',
        label: 'ignored',
      },
      {
        find: '9,0%',
        label: 'supported',
      },
      {
        find: '9,2%',
        label: 'contradicted',
        note: 'AI 7d +3.58%; 9.2% is 24h',
      },
    ],
  },
  {
    id: 'C-desk-10',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly derivatives:\n- Total OI +9,6% on week.\n- BTC OI +11,4%, ETH OI +14,2%.\n- SOL OI +2,1%.\n- DOGE OI -9,3%.\n- XRP OI +2,7%.',
    numbers: [
      {
        find: '9,6%',
        label: 'supported',
      },
      {
        find: '11,4%',
        label: 'supported',
      },
      {
        find: '14,2%',
        label: 'supported',
      },
      {
        find: '2,1%',
        label: 'supported',
      },
      {
        find: '9,3%',
        label: 'supported',
      },
      {
        find: '2,7%',
        label: 'contradicted',
        note: 'XRP OI 7d -2.7%; sign flipped',
      },
    ],
  },
  {
    id: 'C-desk-11',
    voice: 'desk-note',
    style: 'daily',
    text: 'Note from Seoul desk: many client ask about AI coins. Answer: sector +9,2%, all seven coin positive. Weakest GRT +6,4%. FET +11,8% and price 0,5127. TAO +8,7%, price 371,8. Next target for TAO maybe 450.',
    numbers: [
      {
        find: '9,2%',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '6,4%',
        label: 'supported',
      },
      {
        find: '11,8%',
        label: 'supported',
      },
      {
        find: '0,5127',
        label: 'supported',
      },
      {
        find: '8,7%',
        label: 'supported',
      },
      {
        find: '371,8',
        label: 'supported',
      },
      {
        find: '450',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-desk-12',
    voice: 'desk-note',
    style: 'daily',
    text: '- BTC volume 24h 3,44 bn, ratio to 7d average 1,09.\n- ETH volume 1,79 bn, ratio 1,01.\n- SOL volume 0,74 bn.\n- DOGE volume 0,67 bn.\n- Total market volume 264 bn.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '3,44 bn',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '1,09',
        label: 'supported',
      },
      {
        find: '1,79 bn',
        label: 'supported',
      },
      {
        find: '1,01',
        label: 'supported',
      },
      {
        find: '0,74 bn',
        label: 'supported',
      },
      {
        find: '0,67 bn',
        label: 'supported',
      },
      {
        find: '264 bn',
        label: 'contradicted',
        note: 'total volume $164.2B',
      },
    ],
  },
  {
    id: 'C-desk-13',
    voice: 'desk-note',
    style: 'sector',
    text: 'Gaming today: GALA +9,8% (best), AXS +8,9%, SAND +7,6%, IMX +2,6% (worst). Sector +6,1%, all 4 up. But on month still -7,7%.',
    numbers: [
      {
        find: '9,8%',
        label: 'supported',
      },
      {
        find: '8,9%',
        label: 'supported',
      },
      {
        find: '7,6%',
        label: 'supported',
      },
      {
        find: '2,6%',
        label: 'supported',
      },
      {
        find: '6,1%',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
      {
        find: '7,7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-14',
    voice: 'desk-note',
    style: 'sector',
    text: 'Memes: WIF best +4,8%, PEPE +3,4%, DOGE +2,1%, SHIB -0,6%. Sector +1,8%. 3 up 1 down. DOGE price 0,1841.',
    numbers: [
      {
        find: '4,8%',
        label: 'supported',
      },
      {
        find: '3,4%',
        label: 'supported',
      },
      {
        find: '2,1%',
        label: 'supported',
      },
      {
        find: '0,6%',
        label: 'supported',
      },
      {
        find: '1,8%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'supported',
      },
      {
        find: '0,1841',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-15',
    voice: 'desk-note',
    style: 'sector',
    text: 'Volatility check (annualised):\n- BTC 7d 33,9%, 30d 29,0%.\n- ETH 7d 72,0%, 30d 42,5%.\n- TAO 7d 162,8% — highest on list.\n- SOL 7d 45,1%.\n- GRT 7d 190,2%.',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '33,9%',
        label: 'supported',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '29,0%',
        label: 'supported',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '72,0%',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '42,5%',
        label: 'supported',
      },
      {
        find: '7d@3',
        label: 'ignored',
      },
      {
        find: '162,8%',
        label: 'supported',
      },
      {
        find: '7d@4',
        label: 'ignored',
      },
      {
        find: '45,1%',
        label: 'supported',
      },
      {
        find: '7d@5',
        label: 'ignored',
      },
      {
        find: '190,2%',
        label: 'contradicted',
        note: 'GRT 7d vol 109.2%',
      },
    ],
  },
  {
    id: 'C-desk-16',
    voice: 'desk-note',
    style: 'daily',
    text: 'History reminder: last year same period BTC fall 20%. Also in 2021 December was weak. Hashrate record 1,1 ZH/s this week.',
    numbers: [
      {
        find: '20%',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '2021',
        label: 'ignored',
      },
      {
        find: '1,1',
        label: 'unsupported',
        note: 'invented',
      },
    ],
  },
  {
    id: 'C-desk-17',
    voice: 'desk-note',
    style: 'sector',
    text: '- L1 all up (10 of 10). NEAR best +8,9%, BNB worst +1,9%.\n- L2 2 up, 2 down. IMX best +2,6%, OP worst -2,4%.\n- DePIN 4 of 4 up. RENDER best +9,5%, HNT worst +1,2%.\n- AI 6 of 7 up.',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: '8,9%',
        label: 'supported',
      },
      {
        find: '1,9%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'supported',
      },
      {
        find: '2,6%',
        label: 'supported',
      },
      {
        find: '2,4%',
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
        find: '9,5%',
        label: 'supported',
      },
      {
        find: '1,2%',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'contradicted',
        note: 'AI 7 of 7 up 24h',
      },
      {
        find: '7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-18',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Market cap:\n- BTC 2,25 tn\n- ETH 481 bn\n- XRP 150 bn\n- BNB 141 bn\n- SOL 104,6 bn\n- DOGE 27,8 bn\n- ADA 21,4 bn',
    numbers: [
      {
        find: '2,25 tn',
        label: 'supported',
      },
      {
        find: '481 bn',
        label: 'supported',
      },
      {
        find: '150 bn',
        label: 'supported',
      },
      {
        find: '141 bn',
        label: 'supported',
      },
      {
        find: '104,6 bn',
        label: 'contradicted',
        note: 'SOL cap $94.6B',
      },
      {
        find: '27,8 bn',
        label: 'supported',
      },
      {
        find: '21,4 bn',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-19',
    voice: 'desk-note',
    style: 'daily',
    text: 'Prices:\n- AVAX 19,84 (+6,3%)\n- DOT 3,318 (+4,5%)\n- NEAR 2,906 (+8,9%)\n- SUI 2,54 (+7,1%)\n- ADA 0,587 (+3,9%)\n- BNB 1 012,6 (+1,9%)',
    numbers: [
      {
        find: '19,84',
        label: 'supported',
      },
      {
        find: '6,3%',
        label: 'supported',
      },
      {
        find: '3,318',
        label: 'supported',
      },
      {
        find: '4,5%',
        label: 'supported',
      },
      {
        find: '2,906',
        label: 'supported',
      },
      {
        find: '8,9%',
        label: 'supported',
      },
      {
        find: '2,54',
        label: 'supported',
      },
      {
        find: '7,1%',
        label: 'supported',
      },
      {
        find: '0,587',
        label: 'supported',
      },
      {
        find: '3,9%',
        label: 'supported',
      },
      {
        find: '1 012,6',
        label: 'supported',
      },
      {
        find: '1,9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-20',
    voice: 'desk-note',
    style: 'sector',
    text: '- BTC now 3 200 above 30-day swing low? No — from swing high only about 1 180. Careful.\n- BTC 30-day low 97 150.\n- ETH 30-day high 3 919, so ETH also above.\n- SOL 30-day high 176,94, SOL below this.',
    numbers: [
      {
        find: '3 200',
        label: 'unsupported',
        note: 'derived: distance',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '1 180',
        label: 'unsupported',
        note: 'derived: arithmetic',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '97 150',
        label: 'supported',
      },
      {
        find: '30-day@3',
        label: 'ignored',
      },
      {
        find: '3 919',
        label: 'supported',
      },
      {
        find: '30-day@4',
        label: 'ignored',
      },
      {
        find: '176,94',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-21',
    voice: 'desk-note',
    style: 'daily',
    text: 'Correction desk (first version, to verify):\n- BTC price 121 486, +3,84%.\n- ETH price 3 897, +6,4%.\n- SOL +8,29%.\n- XRP +3,29%.\n- DOGE -7,6%.\n- AVAX +15,6%.',
    numbers: [
      {
        find: '121 486',
        label: 'contradicted',
        note: 'BTC $112,486; typo',
      },
      {
        find: '3,84%',
        label: 'supported',
      },
      {
        find: '3 897',
        label: 'contradicted',
        note: 'ETH $3,987.42; digits swapped',
      },
      {
        find: '6,4%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%',
      },
      {
        find: '8,29%',
        label: 'contradicted',
        note: 'SOL 24h +5.41%; 8.29% is 7d',
      },
      {
        find: '3,29%',
        label: 'contradicted',
        note: 'XRP 24h +2.16%; 3.29% is 7d',
      },
      {
        find: '7,6%',
        label: 'contradicted',
        note: 'DOGE 24h +2.14%; -7.6% is 7d',
      },
      {
        find: '15,6%',
        label: 'contradicted',
        note: 'AVAX 24h +6.27%; 15.6% is 7d',
      },
    ],
  },
  {
    id: 'C-desk-22',
    voice: 'desk-note',
    style: 'daily',
    text: 'From Frankfurt team, flows view:\n- ETF inflow yesterday 712 mn USD, per Farside.\n- Liquidation of shorts 540 mn per CoinGlass.\n- Stablecoin mint 1,5 bn.\n- Miner selling 2 000 BTC.',
    numbers: [
      {
        find: '712 mn',
        label: 'unsupported',
        note: 'misquote: Farside figure $612M; no fact',
      },
      {
        find: '540 mn',
        label: 'unsupported',
        note: 'misquote: CoinGlass/Decrypt said more than $340M; no fact',
      },
      {
        find: '1,5 bn',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '2 000',
        label: 'unsupported',
        note: 'invented',
      },
    ],
  },
  {
    id: 'C-desk-23',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector quick view:\n- L2 negative, -2,4%.\n- AI +14,3%.\n- DePIN +9,5%.\n- Gaming +9,8%.\n- Memes +4,8%.\n- L1 +8,9%.',
    numbers: [
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '2,4%',
        label: 'contradicted',
        note: 'L2 sector -0.44%; -2.4% is OP',
      },
      {
        find: '14,3%',
        label: 'contradicted',
        note: 'AI sector +9.2%; 14.3% is VIRTUAL',
      },
      {
        find: '9,5%',
        label: 'contradicted',
        note: 'DePIN sector +5.41%; 9.5% is RENDER',
      },
      {
        find: '9,8%',
        label: 'contradicted',
        note: 'gaming sector +6.12%; 9.8% is GALA',
      },
      {
        find: '4,8%',
        label: 'contradicted',
        note: 'memes sector +1.82%; 4.8% is WIF',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '8,9%',
        label: 'contradicted',
        note: 'L1 sector +3.86%; 8.9% is NEAR',
      },
    ],
  },
  {
    id: 'C-desk-24',
    voice: 'desk-note',
    style: 'sector',
    text: 'Risk desk:\n- BTC funding high, 0,0181% per 8h.\n- ETH funding 0,0049%.\n- SOL funding positive 0,0027%.\n- Total OI 29,1 bn.\n- OI change day +9,6%.',
    numbers: [
      {
        find: '0,0181%',
        label: 'contradicted',
        note: 'BTC funding 0.00812%',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0,0049%',
        label: 'contradicted',
        note: 'ETH funding 0.0094%; digits swapped',
      },
      {
        find: '0,0027%',
        label: 'contradicted',
        note: 'SOL funding -0.0027%; sign flipped',
      },
      {
        find: '29,1 bn',
        label: 'contradicted',
        note: 'total OI $19.1B',
      },
      {
        find: '9,6%',
        label: 'contradicted',
        note: 'total OI 24h +5.1%; 9.6% is 7d',
      },
    ],
  },
  {
    id: 'C-desk-25',
    voice: 'desk-note',
    style: 'daily',
    text: 'Leaders and laggards:\n- Top gainer FET, +11,8%.\n- Biggest loser ARB, -1,9%.\n- Best sector Gaming, +6,1%.\n- Worst sector Memes, +1,8%.',
    numbers: [
      {
        find: '11,8%',
        label: 'contradicted',
        note: 'top gainer was VIRTUAL +14.3%; FET second',
      },
      {
        find: '1,9%',
        label: 'contradicted',
        note: 'biggest loser was OP -2.41%',
      },
      {
        find: '6,1%',
        label: 'contradicted',
        note: 'best sector AI +9.2%',
      },
      {
        find: '1,8%@2',
        label: 'contradicted',
        note: 'worst sector L2 -0.44%',
      },
    ],
  },
  {
    id: 'C-desk-26',
    voice: 'desk-note',
    style: 'daily',
    text: 'Outlook (desk opinion):\n- BTC may touch 120 000 in two week.\n- ETH target 4 500.\n- SOL next resistance 200.\n- In 2024 same month BTC gain 40%.\n- Distance BTC to resistance only 2 514.',
    numbers: [
      {
        find: '120 000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'two week',
        label: 'ignored',
      },
      {
        find: '4 500',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '200',
        label: 'contradicted',
        note: 'SOL resistance 180',
      },
      {
        find: '2024',
        label: 'ignored',
      },
      {
        find: '40%',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '2 514',
        label: 'unsupported',
        note: 'derived: arithmetic',
      },
    ],
  },
  {
    id: 'C-desk-27',
    voice: 'desk-note',
    style: 'sector',
    text: 'Breadth check:\n- Up 24, down 6.\n- AI 5 up of 7.\n- L1 9 up of 10.\n- Memes all up.',
    numbers: [
      {
        find: '24',
        label: 'contradicted',
        note: '27 up',
      },
      {
        find: '6',
        label: 'contradicted',
        note: '3 down',
      },
      {
        find: '5',
        label: 'contradicted',
        note: 'AI 7 up',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '9',
        label: 'contradicted',
        note: 'L1 10 up',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: 'Memes all up',
        label: 'contradicted',
        note: 'memes 3 up, SHIB fell',
      },
    ],
  },
  {
    id: 'C-desk-28',
    voice: 'desk-note',
    style: 'daily',
    text: 'Second check, numbers from chat (wrong ones):\n- ADA price 0,6873.\n- DOT +14,5%.\n- NEAR market cap 6,38 bn.\n- TAO low 314,1.\n- IMX +13,1% today.\n- WIF -18,9% today.\n- GRT 0,0821.\n- FIL market cap 15,4 bn.',
    numbers: [
      {
        find: '0,6873',
        label: 'contradicted',
        note: 'ADA $0.5873',
      },
      {
        find: '14,5%',
        label: 'contradicted',
        note: 'DOT 24h +4.48%',
      },
      {
        find: '6,38 bn',
        label: 'contradicted',
        note: 'NEAR cap $3.68B',
      },
      {
        find: '314,1',
        label: 'contradicted',
        note: 'TAO low $341.14',
      },
      {
        find: '13,1%',
        label: 'contradicted',
        note: 'IMX 24h +2.6%; 13.1% is 7d',
      },
      {
        find: '-18,9%',
        label: 'contradicted',
        note: 'WIF 24h +4.83%; -18.9% is 30d',
      },
      {
        find: '0,0821',
        label: 'contradicted',
        note: 'GRT $0.07214',
      },
      {
        find: '15,4 bn',
        label: 'contradicted',
        note: 'FIL cap $1.54B',
      },
    ],
  },
  {
    id: 'C-desk-29',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly, from Tokyo desk:\n- SUI +10,7%, NEAR +11,0%, ADA +8,0%.\n- IMX +13,1%, best in gaming and L2.\n- GRT +10,3%. TAO only +0,4%. VIRTUAL +14,3%.\n- HNT -6,2%, FIL -11,5%.\n- SHIB -5,2%, PEPE -3,6%, WIF +4,8%.',
    numbers: [
      {
        find: '10,7%',
        label: 'supported',
      },
      {
        find: '11,0%',
        label: 'supported',
      },
      {
        find: '8,0%',
        label: 'supported',
      },
      {
        find: '13,1%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '10,3%',
        label: 'supported',
      },
      {
        find: '0,4%',
        label: 'supported',
      },
      {
        find: '14,3%',
        label: 'contradicted',
        note: 'VIRTUAL 7d +3.02%; 14.3% is 24h',
      },
      {
        find: '6,2%',
        label: 'supported',
      },
      {
        find: '11,5%',
        label: 'supported',
      },
      {
        find: '5,2%',
        label: 'supported',
      },
      {
        find: '3,6%',
        label: 'supported',
      },
      {
        find: '4,8%',
        label: 'contradicted',
        note: 'WIF 7d -1.83%; +4.8% is 24h',
      },
    ],
  },
  {
    id: 'C-desk-30',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly (gaming / L2):\n- Gaming +8,4%, all 4 up. IMX best +13,1%, AXS worst +1,1%.\n- L2 +5,4%, all 4 up. POL worst, +0,02%.\n- SAND +7,3%, GALA +5,1%.\n- ARB +6,9%, OP +16,7%.',
    numbers: [
      {
        find: 'L2@1',
        label: 'ignored',
      },
      {
        find: '8,4%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '13,1%',
        label: 'supported',
      },
      {
        find: '1,1%',
        label: 'supported',
      },
      {
        find: 'L2@2',
        label: 'ignored',
      },
      {
        find: '5,4%',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '0,02%',
        label: 'supported',
      },
      {
        find: '7,3%',
        label: 'supported',
      },
      {
        find: '5,1%',
        label: 'supported',
      },
      {
        find: '6,9%',
        label: 'contradicted',
        note:
          'label corrected (was supported): ARB 7d is +6.953 %, which rounds to +7.0 %; a two-digit figure is checked by ' +
          'rounding, not truncation (docs/factcheck.md Tolerances)',
      },
      {
        find: '16,7%',
        label: 'contradicted',
        note: 'OP 7d +6.65%',
      },
    ],
  },
  {
    id: 'C-desk-31',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly L1 detail:\n- XRP +3,3%, DOT +5,8%, BNB +1,0%.\n- SOL +8,3%, ETH +4,3%.\n- Best AVAX +15,6%; worst BNB.\n- BTC +3,8%.',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '3,3%',
        label: 'supported',
      },
      {
        find: '5,8%',
        label: 'supported',
      },
      {
        find: '1,0%',
        label: 'supported',
      },
      {
        find: '8,3%',
        label: 'supported',
      },
      {
        find: '4,3%',
        label: 'supported',
      },
      {
        find: '15,6%',
        label: 'supported',
      },
      {
        find: '3,8%',
        label: 'contradicted',
        note: 'BTC 7d +10.97%; 3.8% is 24h',
      },
    ],
  },
  {
    id: 'C-desk-32',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly memes and AI, please double-check:\n- DOGE -7,6%, WIF +1,8%.\n- PEPE +3,4%.\n- TAO +8,7%.\n- WLD +7,5%.\n- FET +1,8%.',
    numbers: [
      {
        find: '7,6%',
        label: 'supported',
      },
      {
        find: '1,8%@1',
        label: 'contradicted',
        note: 'WIF 7d -1.83%; sign flipped',
      },
      {
        find: '3,4%',
        label: 'contradicted',
        note: 'PEPE 7d -3.60%; +3.4% is 24h',
      },
      {
        find: '8,7%',
        label: 'contradicted',
        note: 'TAO 7d +0.42%',
      },
      {
        find: '7,5%',
        label: 'contradicted',
        note: 'WLD 7d -3.14%',
      },
      {
        find: '1,8%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-desk-33',
    voice: 'desk-note',
    style: 'daily',
    text: '- Flow: ETF inflow 612 mn USD Wednesday, source Farside via Bitcoin Magazine.\n- CoinGlass (reported by Decrypt): shorts liquidated more than 340 mn.',
    numbers: [
      {
        find: '612 mn',
        label: 'supported-by-source',
      },
      {
        find: '340 mn',
        label: 'supported-by-source',
      },
    ],
  },
];
