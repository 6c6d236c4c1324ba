import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'X-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Morning note, desk Asia

- BTC is trading 101,300 USD, minus 0.6% on the day. Range of the night was 100,725 - 102,312.
- Support we see at 100,000, resistance 105,000. Still inside the range, no breakout.
- ETH weaker, minus 1.1% to 3,486 USD. Funding stay positive 0.008% per 8 hours.
- SOL minus 1.8%, funding is negative -0.006%, so the shorts are paying the longs.
- Total market cap 3.47 trn USD, minus 0.5%.`,
    numbers: [
      { find: '101,300', label: 'supported' },
      { find: '0.6%', label: 'supported' },
      { find: '100,725', label: 'supported' },
      { find: '102,312', label: 'supported' },
      { find: '100,000', label: 'supported' },
      { find: '105,000', label: 'supported' },
      { find: '1.1%', label: 'supported' },
      { find: '3,486', label: 'supported' },
      { find: '0.008%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '1.8%', label: 'supported' },
      { find: '-0.006%', label: 'supported' },
      { find: '3.47 trn', label: 'supported' },
      { find: '0.5%', label: 'supported' },
    ],
  },
  {
    id: 'X-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Flows and sectors

- DePIN is the only sector in plus: +13.9% in 24h, all 4 names up. HNT +22%, FIL +16%, RENDER +10%, IOTX +9%.
- The clients ask about HNT: volume is 2.4 times the weekly average, the 7d vola is 114%.
- Memes the weakest, -2.4%, nobody of the 4 is up. WIF -3.4% worst.
- AI sector -0.7%, only 1 from 7 up (RENDER).
- L1 basket -0.7%, 3 up and 7 down.`,
    numbers: [
      { find: '+13.9%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: 'all 4', label: 'supported' },
      { find: '+22%', label: 'supported' },
      { find: '+16%', label: 'supported' },
      { find: '+10%', label: 'supported' },
      { find: '+9%', label: 'supported' },
      { find: '2.4 times', label: 'supported' },
      { find: '7d', label: 'ignored' },
      { find: '114%', label: 'supported' },
      { find: '-2.4%', label: 'supported' },
      { find: 'the 4', label: 'supported' },
      { find: '-3.4%', label: 'supported' },
      { find: 'AI sector -0.7%', label: 'supported', note: 'one number: 0.7' },
      { find: 'only 1', label: 'supported' },
      { find: 'from 7', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: 'basket -0.7%', label: 'supported' },
      { find: '3 up', label: 'supported' },
      { find: '7 down', label: 'supported' },
    ],
  },
  {
    id: 'X-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives

- Open interest total 15.8 bn USD, it is +0.8% on the day. BTC OI 8.2 bn (+0.6%), ETH OI 4.7 bn (+1.2%).
- DOGE OI grow the most, +2.1%, funding on DOGE is 0.012% - longs pay.
- BTC funding now -0.003%, annualized around -3.3%.
- XRP funding -0.001%, near to zero.
- OI-weighted average funding is about 0.0008%.`,
    numbers: [
      { find: '15.8 bn', label: 'supported' },
      { find: '+0.8%', label: 'supported' },
      { find: '8.2 bn', label: 'supported' },
      { find: '+0.6%', label: 'supported' },
      { find: '4.7 bn', label: 'supported' },
      { find: '+1.2%', label: 'supported' },
      { find: '+2.1%', label: 'supported' },
      { find: '0.012%', label: 'supported' },
      { find: '-0.003%', label: 'supported' },
      { find: '-3.3%', label: 'supported' },
      { find: '-0.001%', label: 'supported' },
      { find: '0.0008%', label: 'supported', note: 'funding_avg 0.000845' },
    ],
  },
  {
    id: 'X-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: `Levels for today

- ETH: support 3,600, resistance 3,400. We stay neutral.
- BNB: support 640, resistance 660, price 652, +0.3%.
- XRP 2.187, support 2.10 / resistance 2.20.
- DOGE 0.168, support 0.16, resistance 0.19.
- SUI 2.876, best of L1 with +0.8%.
- NEAR worst of L1, -4.2%.`,
    numbers: [
      { find: '3,600', label: 'contradicted', note: 'eth support 3400 / resistance 3600 swapped' },
      { find: '3,400', label: 'contradicted', note: 'swapped' },
      { find: '640', label: 'supported' },
      { find: '660', label: 'supported' },
      { find: '652', label: 'supported' },
      { find: '+0.3%', label: 'supported' },
      { find: '2.187', label: 'supported' },
      { find: '2.10', label: 'supported' },
      { find: '2.20', label: 'supported' },
      { find: '0.168', label: 'supported' },
      { find: '0.16,', label: 'supported', note: 'find includes comma' },
      { find: '0.19', label: 'contradicted', note: 'doge resistance 0.17' },
      { find: '2.876', label: 'supported' },
      { find: 'of L1 with', label: 'ignored' },
      { find: '+0.8%', label: 'supported' },
      { find: 'of L1,', label: 'ignored' },
      { find: '-4.2%', label: 'contradicted', note: 'near 24h -2.20; -4.2 is 7d' },
    ],
  },
  {
    id: 'X-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `Quick points from the desk

- BTC is minus 3.8% today, selling pressure is strong.
- Market breadth: 12 up, 18 down from 30.
- BTC dominance 55%.
- ETH ETF had inflow 95 mln USD (The Block).
- BTC ETF outflow 212 mln USD, Bitcoin Magazine.
- We think BTC goes to 95,000 if 100k breaks.`,
    numbers: [
      { find: '3.8%', label: 'contradicted', note: 'btc -0.6' },
      { find: '12 up', label: 'contradicted', note: 'advancers 9' },
      { find: '18 down', label: 'contradicted', note: 'decliners 21' },
      { find: 'from 30', label: 'supported' },
      { find: '55%', label: 'contradicted', note: 'dominance 58.05' },
      { find: '95 mln', label: 'supported-by-source' },
      { find: '212 mln', label: 'supported-by-source' },
      { find: '95,000', label: 'unsupported', note: 'forecast' },
      { find: '100k', label: 'supported', note: 'btc.support 100000 referenced as level; debatable (conditional)' },
    ],
  },
  {
    id: 'X-desk-note-06',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly summary (desk Europe)

- BTC -2.1% in the week, ETH -2.5%, SOL -1.6%.
- DePIN +16.9%, HNT +26.2%, FIL +21.1%.
- Memes -7.9%, DOGE -8.2%, SHIB -8.1%, WIF -9.3% the worst.
- L1 sector -2.1%, only SUI is up.
- Total OI -1.2%, BTC OI -1.8%, SOL OI -3.2%, DOGE OI +3.6%.`,
    numbers: [
      { find: 'BTC -2.1%', label: 'supported' },
      { find: '-2.5%', label: 'supported' },
      { find: '-1.6%', label: 'supported' },
      { find: '+16.9%', label: 'supported' },
      { find: '+26.2%', label: 'supported' },
      { find: '+21.1%', label: 'supported' },
      { find: '-7.9%', label: 'supported' },
      { find: '-8.2%', label: 'supported' },
      { find: '-8.1%', label: 'supported' },
      { find: '-9.3%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: 'sector -2.1%', label: 'supported' },
      { find: '-1.2%', label: 'supported' },
      { find: '-1.8%', label: 'supported' },
      { find: '-3.2%', label: 'supported' },
      { find: '+3.6%', label: 'supported' },
    ],
  },
  {
    id: 'X-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Alts

- AVAX -1.9% to 19.84, DOT -1.6% to 3.41.
- ARB -4.1%, OP -1.8% the worst of L2. POL only one green in L2, +0.5%.
- FET -2.8%, TAO -6.0%, WLD -2.5%.
- GALA -2.1%, AXS +6%, SAND -1.9%.
- PEPE -3.0%, SHIB -2.7%.`,
    numbers: [
      { find: 'AVAX -1.9%', label: 'supported' },
      { find: '19.84', label: 'supported' },
      { find: '-1.6%', label: 'supported' },
      { find: '3.41', label: 'supported' },
      { find: '-4.1%', label: 'contradicted', note: 'arb -1.40' },
      { find: '-1.8%', label: 'supported' },
      { find: 'of L2', label: 'ignored' },
      { find: 'in L2', label: 'ignored' },
      { find: '+0.5%', label: 'supported' },
      { find: '-2.8%', label: 'supported' },
      { find: '-6.0%', label: 'contradicted', note: 'tao -2.60' },
      { find: '-2.5%', label: 'supported' },
      { find: 'GALA -2.1%', label: 'supported' },
      { find: '+6%', label: 'contradicted', note: 'axs +0.60, 10x slip' },
      { find: 'SAND -1.9%', label: 'supported' },
      { find: '-3.0%', label: 'supported' },
      { find: '-2.7%', label: 'supported' },
    ],
  },
  {
    id: 'X-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `Correction of yesterday numbers, please use these

- BTC price 110,300 USD, minus 0.6%.
- ETH minus 2.5% today, is trading 3,186.
- SOL +1.8% to 148.6, funding positive 0.006%, longs pay.
- XRP -4.0% to 2.19.
- BNB -0.3%, 652.
- Total cap 4.47 trn, minus 5%.`,
    numbers: [
      { find: '110,300', label: 'contradicted', note: 'btc 101,300' },
      { find: '0.6%', label: 'supported' },
      { find: '2.5%', label: 'contradicted', note: 'eth 24h -1.10; -2.5 is 7d' },
      { find: '3,186', label: 'contradicted', note: 'eth 3486' },
      { find: '+1.8%', label: 'contradicted', note: 'sol -1.80 direction' },
      { find: '148.6', label: 'supported' },
      { find: '0.006%', label: 'contradicted', note: 'sol funding -0.006, shorts pay' },
      { find: '-4.0%', label: 'contradicted', note: 'xrp -0.40, 10x' },
      { find: '2.19', label: 'supported' },
      { find: '-0.3%', label: 'contradicted', note: 'bnb +0.30 direction' },
      { find: '652', label: 'supported' },
      { find: '4.47 trn', label: 'contradicted', note: 'total cap 3.47T' },
      { find: 'minus 5%', label: 'contradicted', note: 'cap change -0.5, 10x' },
    ],
  },
  {
    id: 'X-desk-note-09',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector view for the clients

- Best sector is AI, +10% (because of RENDER).
- DePIN +3.9%, HNT is the leader with +12%.
- IOTX the weakest from DePIN, +9%.
- Gaming -1.5%, best is IMX +0.6%, worst GALA.
- L2 -0.8%, 2 up and 2 down.
- Memes -4.2%, all 4 down.`,
    numbers: [
      { find: '+10%', label: 'contradicted', note: 'ai sector -0.72; 10 is render, and DePIN best' },
      { find: '+3.9%', label: 'contradicted', note: 'depin 13.87' },
      { find: '+12%', label: 'contradicted', note: 'hnt 22' },
      { find: '+9%', label: 'supported' },
      { find: '-1.5%', label: 'supported' },
      { find: '+0.6%', label: 'contradicted', note: 'best gaming 24h AXS +0.60; IMX -1.60' },
      { find: 'L2', label: 'ignored' },
      { find: '-0.8%', label: 'supported' },
      { find: '2 up', label: 'contradicted', note: 'l2 advancers_24h 1 (2 is 7d)' },
      { find: '2 down', label: 'contradicted', note: 'l2 decliners 3' },
      { find: '-4.2%', label: 'contradicted', note: 'memes -2.40' },
      { find: 'all 4', label: 'supported' },
    ],
  },
  {
    id: 'X-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives update

- BTC funding +0.003%, longs pay shorts.
- ETH funding 0.08%, annualized 8.8%.
- DOGE OI -2.1%, SOL OI +0.4%.
- Total OI 25.8 bn.
- BTC OI 2.8 bn.
- ETH OI +12%.`,
    numbers: [
      { find: '+0.003%', label: 'contradicted', note: 'btc funding -0.003' },
      { find: '0.08%', label: 'contradicted', note: 'eth 0.008, 10x' },
      { find: '8.8%', label: 'supported' },
      { find: '-2.1%', label: 'contradicted', note: 'doge oi +2.1' },
      { find: '+0.4%', label: 'contradicted', note: 'sol oi -0.4' },
      { find: '25.8 bn', label: 'contradicted', note: 'total oi 15.79B' },
      { find: '2.8 bn', label: 'contradicted', note: 'btc oi 8.2B' },
      { find: '+12%', label: 'contradicted', note: 'eth oi +1.2, 10x' },
    ],
  },
  {
    id: 'X-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: `Other info

- Volume total 98 bn USD. BTC volume only 0.8 of the 7d average, DOGE 0.75.
- RENDER volume 1.9x average, FIL 2.2x, IOTX 1.9x.
- BTC 30d swing high 106,328, low 95,609.
- ETH 30d high 3,700.
- HNT support 3.60, resistance 3.80.
- Funding flipped positive on all majors, Cointelegraph write.
- In October BTC was 126,000, we expect new high 150,000 this year.`,
    numbers: [
      { find: '98 bn', label: 'supported' },
      { find: '0.8 of', label: 'supported' },
      { find: '7d', label: 'ignored' },
      { find: '0.75', label: 'supported' },
      { find: 'RENDER volume 1.9x', label: 'supported', note: 'render 1.945 -> 1.9 ok' },
      { find: '2.2x', label: 'supported' },
      { find: 'IOTX 1.9x', label: 'supported', note: 'iotx 1.91' },
      { find: 'BTC 30d', label: 'ignored' },
      { find: '106,328', label: 'supported' },
      { find: '95,609', label: 'supported' },
      { find: 'ETH 30d', label: 'ignored' },
      { find: '3,700', label: 'supported' },
      { find: '3.60', label: 'supported' },
      { find: '3.80', label: 'supported' },
      { find: '126,000', label: 'unsupported', note: 'history' },
      { find: '150,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'X-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: `Short notes

- ADA +0.4% to 0.584, resistance 0.70.
- AVAX support 19, price 19.84, resistance 20.
- TAO 318.4, support 300, resistance 340.
- FIL price 2.48, but 24h high 2.92.
- IOTX unlock 120 mln tokens next week, CryptoSlate.
- HNT 30d vol 27%.`,
    numbers: [
      { find: '+0.4%', label: 'supported' },
      { find: '0.584', label: 'supported' },
      { find: '0.70', label: 'contradicted', note: 'ada resistance 0.60' },
      { find: 'support 19', label: 'supported' },
      { find: '19.84', label: 'supported' },
      { find: 'resistance 20', label: 'supported' },
      { find: '318.4', label: 'supported' },
      { find: '300', label: 'supported' },
      { find: '340', label: 'contradicted', note: 'tao resistance 320' },
      { find: '2.48', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '2.92', label: 'contradicted', note: 'fil high 2.4855' },
      { find: '120 mln', label: 'supported-by-source' },
      { find: '30d', label: 'ignored' },
      { find: '27%', label: 'contradicted', note: 'hnt vol 30d 72.4 (27 is btc)' },
    ],
  },
  {
    id: 'X-desk-note-13',
    voice: 'desk-note',
    style: 'daily',
    text: `Last remarks before the open

- VIRTUAL -2.0% to 0.93, WLD 0.81.
- GRT -7.9%, the worst in AI.
- PEPE -0.3%, SHIB 0.0000111.
- WIF best of memes at -1.4%.
- IMX +1.6%, SAND 0.2386.`,
    numbers: [
      { find: '-2.0%', label: 'supported' },
      { find: '0.93', label: 'supported' },
      { find: '0.81', label: 'supported' },
      { find: '-7.9%', label: 'contradicted', note: 'grt -1.90; worst AI is FET' },
      { find: '-0.3%', label: 'contradicted', note: 'pepe -2.96, 10x' },
      { find: '0.0000111', label: 'supported' },
      { find: '-1.4%', label: 'contradicted', note: 'wif is worst meme -3.40; best is DOGE' },
      { find: '+1.6%', label: 'contradicted', note: 'imx -1.60 direction' },
      { find: '0.2386', label: 'supported' },
    ],
  },
  {
    id: 'X-desk-note-14',
    voice: 'desk-note',
    style: 'daily',
    text: `PS from the desk

- HNT doubled in one night (CoinDesk write this), we not agree, our screen show less.
- FIL storage deals record 2.1 EiB, CoinDesk.
- Helium hotspots 1.2 mln, Decrypt.
- Exploit of bridge 83 mln USD, Cointelegraph.`,
    numbers: [
      { find: 'doubled', label: 'contradicted', note: 'hnt 22; headline figure contradicted by fact' },
      { find: '2.1 EiB', label: 'supported-by-source' },
      { find: '1.2 mln', label: 'supported-by-source' },
      {
        find: '83 mln',
        label: 'unsupported',
        note: 'Cointelegraph headline says 38 million; no fact - invented/wrong figure',
      },
    ],
  },
  {
    id: 'X-desk-note-15',
    voice: 'desk-note',
    style: 'weekly',
    text: `Week numbers, short

- ETH OI +0.9% in the week.
- AI sector -1.3%, TAO the worst with -7.1%.
- Gaming -2.5%, GALA -6.2%.
- OP -3.6%.`,
    numbers: [
      { find: '+0.9%', label: 'contradicted', note: 'eth oi 7d -0.90 direction' },
      { find: '-1.3%', label: 'contradicted', note: 'ai 7d -3.13' },
      { find: '-7.1%', label: 'supported' },
      { find: '-2.5%', label: 'supported' },
      { find: '-6.2%', label: 'supported' },
      { find: '-3.6%', label: 'contradicted', note: 'op 7d -6.57' },
    ],
  },
];
