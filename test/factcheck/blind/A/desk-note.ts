import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-desk-01',
    voice: 'desk-note',
    style: 'daily',
    text: '[Asia Desk Morning Note] 12/3 (Thu)\n\n■ Market overall\n- Total market cap recover to 3.62 trillion dollar, +3.71% day-on-day.\n- BTC dominance is 62.1%, slightly change.\n- Rising coin 27, falling coin 3. Very broad.\n- Volume of whole market 1,642 hundred-million... sorry, 164.2 billion USD.\n\n■ BTC\n- Price 112,486 USD, day +3.84%.\n- Day high 112,511, day low 108,050.\n- Break above 30 day high (111,307). Next resistance 115,000, support 110,000.\n- Funding 0.0081%/8h, still positive. OI +6.2%.',
    numbers: [
      {
        find: '12/3',
        label: 'ignored',
      },
      {
        find: '3.62',
        label: 'supported',
      },
      {
        find: '+3.71%',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '3@4',
        label: 'supported',
      },
      {
        find: '1,642 hundred-million',
        label: 'supported',
      },
      {
        find: '164.2',
        label: 'supported',
      },
      {
        find: '112,486',
        label: 'supported',
      },
      {
        find: '+3.84%',
        label: 'supported',
      },
      {
        find: '112,511',
        label: 'supported',
      },
      {
        find: '108,050',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '111,307',
        label: 'supported',
      },
      {
        find: '115,000',
        label: 'supported',
      },
      {
        find: '110,000',
        label: 'supported',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '8@5',
        label: 'ignored',
      },
      {
        find: '+6.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-desk-02',
    voice: 'desk-note',
    style: 'daily',
    text: '■ ETH\n- Price 3,987, day +14.2%.\n- Near to resistance 4,000. Support 3,800.\n- OI is 5.91 billion, day +7.8%, week +4.3%.\n- Funding 0.0094% per 8 hour, annual 10.3%.\n\n■ SOL\n- Price 171.36, day +5.4%. But funding minus 0.0027%, shorts paying.\n- OI down 3.4% to 1.63 billion. Resistance 170.',
    numbers: [
      {
        find: '3,987',
        label: 'supported',
      },
      {
        find: '+14.2%',
        label: 'contradicted',
        note: 'ETH 24h change is +4.62%; 14.2% is ETH OI 7d change',
      },
      {
        find: '4,000',
        label: 'supported',
      },
      {
        find: '3,800',
        label: 'supported',
      },
      {
        find: '5.91',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'contradicted',
        note: 'ETH OI 7d change is +14.2%; 4.33% is the ETH price 7d change',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '8@4',
        label: 'ignored',
      },
      {
        find: '10.3%',
        label: 'supported',
      },
      {
        find: '171.36',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '0.0027%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '1.63',
        label: 'supported',
      },
      {
        find: '170',
        label: 'contradicted',
        note: 'SOL resistance is $180; $170 is support',
      },
    ],
  },
  {
    id: 'A-desk-03',
    voice: 'desk-note',
    style: 'sector',
    text: '■ Sector (day)\n- AI: +9.2% strongest. VIRTUAL +14.3%, FET +11.8%, RENDER +9.5%.\n- Gaming: +6.1%. GALA +9.8%, AXS +8.9%.\n- DePIN: +2.1%. HNT weak, only +1.2%.\n- L1: +3.9%, all 10 up.\n- Meme: +1.8%. SHIB only minus one, −0.6%.\n- L2: −0.4%. ARB −1.9%, OP −2.4%. Before ARB unlock, people avoid.',
    numbers: [
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'DePIN sector 24h change is +5.41%',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '1@7',
        label: 'ignored',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: '−0.6%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '−0.4%',
        label: 'supported',
      },
      {
        find: '−1.9%',
        label: 'supported',
      },
      {
        find: '−2.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-desk-04',
    voice: 'desk-note',
    style: 'daily',
    text: '■ Our view\n- AI rebound is strong but month basis still minus 7.1%. Careful to chase.\n- BTC may test 118,000 within the week in our scenario.\n- Last year same period BTC was around 97,000.\n- Distance to resistance only 2.2%, so upside is limited short term.\n- ETF inflow 612 million USD on Wednesday (Farside, via Bitcoin Magazine).\n- Short liquidation over 340 million USD in 24 hours, CoinGlass data quoted by Decrypt.\n- Some report says 800 million USD shorts liquidated, we cannot confirm.',
    numbers: [
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '118,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '97,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '2.2%',
        label: 'unsupported',
        note: 'derived: distance to resistance',
      },
      {
        find: '612',
        label: 'supported-by-source',
      },
      {
        find: '340',
        label: 'supported-by-source',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '800',
        label: 'unsupported',
        note: 'no named outlet, no fact',
      },
    ],
  },
  {
    id: 'A-desk-05',
    voice: 'desk-note',
    style: 'weekly',
    text: '[Weekly Desk Note] Week to 3 Dec\n\n■ Week summary\n- BTC week +11.0%, ETH week +4.3%, SOL week +8.3%.\n- XRP week +2.2%, BNB week +1.0%, ADA week +8.0%.\n- AVAX is the best in L1 for the week, +15.6%.\n- DOGE week −7.6%, the worst of meme.\n- Total OI week +9.6%, BTC OI week +6.2%.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '+11.0%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+8.3%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'XRP 7d change is +3.29%; 2.16% is the 24h change',
      },
      {
        find: '+1.0%',
        label: 'supported',
      },
      {
        find: '+8.0%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '−7.6%',
        label: 'supported',
      },
      {
        find: '+9.6%',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'contradicted',
        note: 'BTC OI 7d change is +11.4%; 6.2% is the 24h change',
      },
    ],
  },
  {
    id: 'A-desk-06',
    voice: 'desk-note',
    style: 'weekly',
    text: '■ Sector (week)\n- L1 +9.0% (best AVAX), Gaming +8.4%, L2 +5.4%, AI +3.6%.\n- DePIN −4.9%, Meme −6.9%. Two sectors minus on week.\n- In AI, only WLD is minus (−3.1%). NEAR best with +11.0%.\n- In DePIN, FIL very weak −11.5%, HNT best +3.0%.\n- IMX best of gaming and L2 both, +13.1%.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+9.0%',
        label: 'supported',
      },
      {
        find: 'AVAX',
        label: 'supported',
      },
      {
        find: '+8.4%',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'supported',
      },
      {
        find: '−4.9%',
        label: 'supported',
      },
      {
        find: '−6.9%',
        label: 'supported',
      },
      {
        find: 'Two',
        label: 'supported',
      },
      {
        find: '−3.1%',
        label: 'supported',
      },
      {
        find: '+11.0%',
        label: 'supported',
      },
      {
        find: '−11.5%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'contradicted',
        note: 'best DePIN member over 7d is IOTX (+2.97%); HNT 7d is -6.21%',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '+13.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-desk-07',
    voice: 'desk-note',
    style: 'weekly',
    text: '■ Week, caution points\n- BTC week +3.8%. ETH week +4.6%.\n- AI sector week +9.2%, leader VIRTUAL.\n- Meme sector week +1.8%.\n- Gaming week best is GALA +9.8%.\n- L2 week −0.4%.\n- DePIN week all 4 coins down.\n- SOL week +2.1%.\n- DOGE OI week −9.3%. XRP OI week +2.7%.',
    numbers: [
      {
        find: '+3.8%',
        label: 'contradicted',
        note: 'BTC 7d change is +10.97%; 3.84% is the 24h change',
      },
      {
        find: '+4.6%',
        label: 'contradicted',
        note: 'ETH 7d change is +4.33%; 4.62% is the 24h change',
      },
      {
        find: '+9.2%',
        label: 'contradicted',
        note: 'AI 7d change is +3.58%; 9.2% is the 24h change',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'memes 7d change is -6.86%; 1.82% is 24h',
      },
      {
        find: '+9.8%',
        label: 'contradicted',
        note: 'best gaming member over 7d is IMX +13.15%; GALA 7d is +5.07%',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '−0.4%',
        label: 'contradicted',
        note: 'Layer 2 sector 7d change is +5.44%',
      },
      {
        find: '4@3',
        label: 'contradicted',
        note: 'DePIN 7d: 2 up, 2 down',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'SOL 7d change is +8.29%; 2.1% is SOL OI 7d change',
      },
      {
        find: '−9.3%',
        label: 'supported',
      },
      {
        find: '+2.7%',
        label: 'contradicted',
        note: 'XRP OI 7d change is -2.7%; sign flipped',
      },
    ],
  },
  {
    id: 'A-desk-08',
    voice: 'desk-note',
    style: 'daily',
    text: '[Tokyo desk] quick memo\n\n- Bitcoin over 112k USD, first time in one month. Cointelegraph also write this.\n- Market cap 3.6 trillion, same as Cointelegraph number.\n- XRP +2.2% only, weak versus BTC. Price 2.48, resistance 2.5, support 2.4.\n- WLD +7.5% after Orb launch in Tokyo, Osaka. Price 0.97.\n- NEAR +8.9%, SUI +7.1% (Decrypt: NEAR 9%, Sui 7%).\n- PEPE +5.4%, WIF +4.8%.\n- DOGE funding −0.0058%, annual −6.4%. OI 680 million.\n- HNT price 3.01 just above support 3.',
    numbers: [
      {
        find: '112',
        label: 'supported',
      },
      {
        find: 'one month',
        label: 'ignored',
      },
      {
        find: '3.6',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '2.48',
        label: 'supported',
      },
      {
        find: '2.5',
        label: 'supported',
      },
      {
        find: '2.4@2',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '0.97',
        label: 'contradicted',
        note: 'WLD price is $0.7916',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '9%@2',
        label: 'supported',
      },
      {
        find: '7%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'contradicted',
        note: 'PEPE 24h change is +3.40%',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '−0.0058%',
        label: 'supported',
      },
      {
        find: '−6.4%',
        label: 'supported',
      },
      {
        find: '680',
        label: 'supported',
      },
      {
        find: '3.01',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-desk-09',
    voice: 'desk-note',
    style: 'daily',
    text: '[Seoul desk] remarks\n\n- Kimchi premium 2.4%, not big.\n- BTC vol (7d realized) 34%, ETH 72%, very high for ETH. SOL 54%.\n- BTC volume 1.09 times of the 7-day average, ETH 1.01 times.\n- NEAR realized vol 86% is highest among L1.\n- BTC market cap 2.25 trillion, ETH 0.48 trillion, SOL 95 billion, XRP 150 billion, BNB 94.6 billion.\n- ADA cap 12.4 billion, AVAX 8.5 billion.\n- TAO 371.8 USD, +8.7%. GRT 0.072, +6.4%.',
    numbers: [
      {
        find: '2.4%',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '34%',
        label: 'supported',
      },
      {
        find: '72%',
        label: 'supported',
      },
      {
        find: '54%',
        label: 'contradicted',
        note: 'SOL 7d realized volatility is 45.1%',
      },
      {
        find: '1.09',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'ignored',
      },
      {
        find: '1.01',
        label: 'supported',
      },
      {
        find: '86%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '2.25',
        label: 'supported',
      },
      {
        find: '0.48',
        label: 'supported',
      },
      {
        find: '95',
        label: 'supported',
      },
      {
        find: '150',
        label: 'supported',
      },
      {
        find: '94.6',
        label: 'contradicted',
        note: 'BNB market cap is $140.9B; $94.6B is SOL',
      },
      {
        find: '12.4',
        label: 'contradicted',
        note: 'ADA market cap is $21.42 billion',
      },
      {
        find: '8.5',
        label: 'supported',
      },
      {
        find: '371.8',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '0.072',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-desk-10',
    voice: 'desk-note',
    style: 'daily',
    text: '[Singapore desk] alt moves (day)\n\n- AVAX +6.3% → 19.84. Target 22.\n- DOT +4.5% → 3.32, but month −1.1%.\n- SUI +10.7% → 2.54.\n- IMX +2.6% → 0.52.\n- POL −0.3% → 0.1834.\n- SAND +7.6% → 0.2214.\n- GALA +8.9% → 0.0134.\n- FIL +3.1% → 2.18. IOTX +14.2% → 0.0226.\n- ARB → 0.3124 is under resistance 0.32, day +1.9%.\n- OP → 0.4617, day −2.4%, mcap 883 million.',
    numbers: [
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '19.84',
        label: 'supported',
      },
      {
        find: '22@1',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '+4.5%',
        label: 'supported',
      },
      {
        find: '3.32',
        label: 'supported',
      },
      {
        find: '−1.1%',
        label: 'contradicted',
        note: 'DOT 30d change is -11.13%',
      },
      {
        find: '+10.7%',
        label: 'contradicted',
        note: 'SUI 24h change is +7.14%; 10.74% is its 7d change',
      },
      {
        find: '2.54',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '0.52',
        label: 'supported',
      },
      {
        find: '−0.3%',
        label: 'contradicted',
        note: 'POL rose 0.31% over 24h; sign flipped',
      },
      {
        find: '0.1834',
        label: 'supported',
      },
      {
        find: '+7.6%',
        label: 'supported',
      },
      {
        find: '0.2214',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'contradicted',
        note: 'GALA 24h change is +9.81%; 8.92% is AXS',
      },
      {
        find: '0.0134',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '2.18',
        label: 'supported',
      },
      {
        find: '+14.2%',
        label: 'contradicted',
        note: 'IOTX 24h change is +5.83%; -14.17% is its 30d change',
      },
      {
        find: '0.0226',
        label: 'supported',
      },
      {
        find: '0.3124',
        label: 'supported',
      },
      {
        find: '0.32',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'ARB fell 1.93% over 24h; sign flipped',
      },
      {
        find: '0.4617',
        label: 'supported',
      },
      {
        find: '−2.4%',
        label: 'supported',
      },
      {
        find: '883',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-desk-11',
    voice: 'desk-note',
    style: 'daily',
    text: '[Hong Kong desk] derivative memo\n- BTC funding annual 18.9%.\n- ETH OI 9.84 billion.\n- XRP funding 0.0036%, OI 1.05 billion, OI day +1.9%.\n- SOL funding annual +2.96%.\n- Total OI 19.1 billion, day +9.6%.\n- Average funding 0.068%.\n- DOGE OI day +5.6%.\n- Binance share of BTC OI 38%.\n- Long/short ratio 1.42.\n- Options max pain 105,000 for Friday expiry.',
    numbers: [
      {
        find: '18.9%',
        label: 'contradicted',
        note: 'BTC funding annualized is 8.89%',
      },
      {
        find: '9.84',
        label: 'contradicted',
        note: 'ETH OI is $5.91B; $9.84B is BTC OI',
      },
      {
        find: '0.0036%',
        label: 'supported',
      },
      {
        find: '1.05',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '+2.96%',
        label: 'contradicted',
        note: 'SOL annualized funding is -2.96%; sign flipped',
      },
      {
        find: '19.1',
        label: 'supported',
      },
      {
        find: '+9.6%',
        label: 'contradicted',
        note: 'total OI 24h change is +5.08%; 9.6% is the 7d change',
      },
      {
        find: '0.068%',
        label: 'contradicted',
        note: 'OI-weighted average funding is 0.0068% per 8h',
      },
      {
        find: '+5.6%',
        label: 'contradicted',
        note: 'DOGE OI fell 5.6% over 24h; sign flipped',
      },
      {
        find: '38%',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '1.42',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '105,000',
        label: 'unsupported',
        note: 'invented, no fact',
      },
    ],
  },
  {
    id: 'A-desk-12',
    voice: 'desk-note',
    style: 'weekly',
    text: '[Weekly] Top and bottom\n- Top of watchlist in week: AVAX +15.6%.\n- Second: NEAR +13.1%.\n- Bottom: FIL −11.5%. Next bottom: DOGE −9.3%.\n- Meme coins all 4 minus in week, average −2.1%.\n- VIRTUAL week +14.3%.\n- TAO week +0.4%, almost flat. FET week +11.8%.\n- WIF week +1.8%.',
    numbers: [
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '+13.1%',
        label: 'contradicted',
        note: 'NEAR 7d change is +10.98%; 13.15% is IMX, the second best',
      },
      {
        find: '−11.5%',
        label: 'supported',
      },
      {
        find: '−9.3%',
        label: 'contradicted',
        note: 'DOGE 7d price change is -7.61%; -9.3% is its OI 7d change',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '−2.1%',
        label: 'contradicted',
        note: 'memes sector 7d change is -6.86%',
      },
      {
        find: '+14.3%',
        label: 'contradicted',
        note: 'VIRTUAL 7d change is +3.02%; 14.27% is the 24h change',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'contradicted',
        note: 'FET 7d change is +1.75%; 11.84% is 24h',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'WIF 7d change is -1.83%; sign flipped',
      },
    ],
  },
];
