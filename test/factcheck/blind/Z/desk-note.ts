import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Z-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'Morning note, desk Asia – 10 Sep\n- BTC: quiet session, +0.32% on 24h, last 113 384 USD. Range of day 112 604 – 113 858. Still inside the box support 110k / resistance 115k.\n- ETH: weak again, -0.8%, trades at 3 874. The support 3 800 is not far, resistance remains 4 000.\n- SOL: the story of the day. +11.2% to 232.9, volume is 2.98x the average of 7 days. Funding 0.04% for 8h, it means longs pay to shorts. We see it crowded.\n- XRP: +2.3%, funding is negative (-0.0023%), so shorts are paying.\nView: we stay neutral BTC, tactical short SOL funding above 0.03%.',
    numbers: [
      {
        find: '10@1',
        label: 'ignored',
      },
      {
        find: '0.32%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '113 384',
        label: 'supported',
        note: 'btc.price 113384 with space',
      },
      {
        find: '112 604',
        label: 'supported',
      },
      {
        find: '113 858',
        label: 'supported',
      },
      {
        find: '110k',
        label: 'supported',
      },
      {
        find: '115k',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '3 874',
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
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '232.9',
        label: 'supported',
      },
      {
        find: '2.98',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'ignored',
      },
      {
        find: '0.04%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '2.3%',
        label: 'contradicted',
        note: 'xrp.change_24h 1.3',
      },
      {
        find: '-0.0023%',
        label: 'supported',
      },
      {
        find: '0.03%',
        label: 'unsupported',
        note: 'desk trigger level, no fact',
      },
    ],
  },
  {
    id: 'Z-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives desk – daily points\n- Total open interest increase 3.9% on the day, now 18.6 bn USD. On week it is +5.8%.\n- SOL open interest makes +19.2% to 3.9 bn; on 7d it is +31.6%. This is the largest build of the watchlist.\n- BTC OI nearly flat +0.2% (level 8.2 bn), ETH OI goes down 0.7% to 4.6 bn.\n- DOGE OI +9.1% to 0.8 bn, XRP OI +3.6% to 1.1 bn.\n- Funding annualised: SOL 43.8%, DOGE 10.3%, BTC 7.9%, ETH 3.5%, XRP -2.5%.\n- Average funding weighted by OI: 0.013% per 8h.',
    numbers: [
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '18.6 bn',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '19.2%',
        label: 'supported',
      },
      {
        find: '3.9 bn',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '31.6%',
        label: 'supported',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '8.2 bn',
        label: 'supported',
      },
      {
        find: '0.7%',
        label: 'supported',
      },
      {
        find: '4.6 bn',
        label: 'supported',
      },
      {
        find: '9.1%',
        label: 'contradicted',
        note: 'doge.oi_change_24h 6.1',
      },
      {
        find: '0.8 bn',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '1.1 bn',
        label: 'supported',
      },
      {
        find: '43.8%',
        label: 'supported',
      },
      {
        find: '10.3%',
        label: 'supported',
      },
      {
        find: '7.9%',
        label: 'supported',
      },
      {
        find: '3.5%',
        label: 'contradicted',
        note: 'eth.funding_apr 5.04',
      },
      {
        find: '-2.5%',
        label: 'supported',
      },
      {
        find: '0.013%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Z-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives desk – corrections to yesterday numbers\n- Total OI grew 5.8% in one day, to 18.6 bn.\n- SOL funding is 0.4% per 8h, annualised near 44%.\n- ETH OI is up 2.3% in the day.\n- BTC funding 0.0046% per 8h, very low.\n- XRP funding positive, longs pay to shorts 0.0023%.\n- DOGE OI is 8 bn USD.',
    numbers: [
      {
        find: '5.8%',
        label: 'contradicted',
        note: 'daily: market.oi_change_24h 3.89; 5.75 is the 7d',
      },
      {
        find: '18.6 bn',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'contradicted',
        note: 'sol.funding_rate 0.04, 10x',
      },
      {
        find: '8h@1',
        label: 'ignored',
      },
      {
        find: '44%',
        label: 'supported',
      },
      {
        find: '2.3%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -0.7; -2.3 is the 7d, direction also wrong',
      },
      {
        find: '0.0046%',
        label: 'contradicted',
        note: 'btc.funding_rate 0.0072; 0.0046 is ETH',
      },
      {
        find: '8h@2',
        label: 'ignored',
      },
      {
        find: '0.0023%',
        label: 'contradicted',
        note: 'xrp.funding_rate -0.0023: sign and payer wrong',
      },
      {
        find: '8 bn',
        label: 'contradicted',
        note: 'doge.open_interest 0.8B, 10x',
      },
    ],
  },
  {
    id: 'Z-desk-note-04',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector monitor (translation of internal note)\n- Layer 1: +0.66% on day, 8 up and 2 down (ETH and DOT). Best SOL +11.2%, worst ETH -0.8%.\n- Layer 2: -2.29%, the weakest sector of the day. Only POL up (+0.3%), OP is worst with -4.1%.\n- AI: flat, +0.02%. NEAR is best with +3.1%, VIRTUAL the worst -2.3%. 4 up, 3 down.\n- DePIN: -0.16%. HNT best +1.9%, FIL worst -1.6%.\n- Gaming: -1.8%, AXS best +1.4%, IMX worst -3.3%.\n- Memes: +0.51%, WIF very strong +14.6%, SHIB worst -0.86%. 3 of 4 green.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '0.66%',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'supported',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-2.29%',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '0.02%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'contradicted',
        note: 'sector.ai.advancers_24h 3',
      },
      {
        find: '3@4',
        label: 'contradicted',
        note: 'sector.ai.decliners_24h 4',
      },
      {
        find: '-0.16%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'contradicted',
        note: 'sector.gaming.change_24h -1.08',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '0.51%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '-0.86%',
        label: 'supported',
      },
      {
        find: '3@7',
        label: 'supported',
        note: 'sector.memes.advancers_24h; number 3 repeated',
      },
      {
        find: '4@5',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-desk-note-05',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector monitor – second version (please check)\n- Layer 2 fall 4.1% on the day, ARB is worst member.\n- AI sector makes +3.1% because of NEAR.\n- Gaming: best member is GALA with +0.5%.\n- DePIN: 3 of 4 members up.\n- Memes sector cap 56 bn USD by CoinGecko category, watchlist members only 43.3 bn.\n- Layer 1 sector is up 1.3% and 9 of 10 members are green.',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'sector.l2.change_24h -2.29; -4.1 is OP',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'sector.ai.change_24h 0.02; 3.1 is NEAR',
      },
      {
        find: '0.5%',
        label: 'contradicted',
        note: 'wrong leader: sector.gaming.best_24h AXS +1.4; GALA +0.5',
      },
      {
        find: '3@2',
        label: 'contradicted',
        note: 'sector.depin.advancers_24h 2',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '56 bn',
        label: 'supported',
        note: 'sector.memes.category_cap 56B (CoinGecko category)',
      },
      {
        find: '43.3 bn',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'daily: sector.l1.change_24h 0.66; 1.34 is 7d',
      },
      {
        find: '9',
        label: 'contradicted',
        note: 'sector.l1.advancers_24h 8',
      },
      {
        find: '10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-desk-note-06',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk recap (week to 10 September)\n- BTC +1.4% on the week, ETH -1.9%, SOL +17.3%, XRP -1.8%, BNB +3.2%.\n- Layer 1 +1.3%, 7 up / 3 down. Layer 2 -5.6%, all 4 members down, worst ARB -7.6%.\n- AI -2.8%, worst WLD -7.0%, best NEAR +1.9%. Gaming -5.3%, nothing green.\n- Memes -0.5% even if WIF made +25.1%; SHIB -6.7%.\n- SOL OI +31.6%, total OI +5.8%.\nNext week: watch the token unlock of 21.6 million that The Block reported.',
    numbers: [
      {
        find: '10',
        label: 'ignored',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '17.3%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'weekly: bnb.change_7d 1.35; 3.23 is 30d',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '3@4',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-7.0%',
        label: 'supported',
      },
      {
        find: '1.9%@2',
        label: 'supported',
      },
      {
        find: '-5.3%',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
      {
        find: '25.1%',
        label: 'supported',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
      {
        find: '31.6%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '21.6',
        label: 'supported-by-source',
        note: 'The Block headline 21.6 million tokens',
      },
    ],
  },
  {
    id: 'Z-desk-note-07',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly recap – draft B\n- SOL made +11.2% on the week, WIF +14.6%.\n- BTC +4.6%, ETH +1.7%.\n- Layer 2 worst is OP with -7.1%.\n- AI sector -6.5%, gaming -2.5%.\n- Memes had 4 of 4 members higher.',
    numbers: [
      {
        find: '11.2%',
        label: 'contradicted',
        note: 'weekly: sol.change_7d 17.3; 11.2 is 24h',
      },
      {
        find: '14.6%',
        label: 'contradicted',
        note: 'weekly: wif.change_7d 25.1; 14.6 is 24h',
      },
      {
        find: '4.6%@2',
        label: 'contradicted',
        note: 'weekly: btc.change_7d 1.4; 4.6 is 30d',
      },
      {
        find: '1.7%',
        label: 'contradicted',
        note: 'weekly: eth.change_7d -1.9; +1.7 is 30d',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-7.1%',
        label: 'contradicted',
        note: 'wrong leader: sector.l2.worst_7d is ARB -7.56; OP -7.12',
      },
      {
        find: '-6.5%',
        label: 'contradicted',
        note: 'sector.ai.change_7d -2.84',
      },
      {
        find: '-2.5%',
        label: 'contradicted',
        note: 'sector.gaming.change_7d -5.25',
      },
      {
        find: '4@3',
        label: 'contradicted',
        note: 'sector.memes.advancers_7d 3',
      },
      {
        find: '4@4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Note for clients – market overview\n- Total capitalisation of market is 3.81 trn USD, +1.04% in 24h. Volume of day 114 bn.\n- Dominance of BTC is 59.3%; Decrypt wrote it went down by around 0.4 points.\n- Breadth: 17 assets up, 13 down, from 30 in the list.\n- Our macro view: the FED will cut 25 bp in next meeting, CPI print was 2.9%.\n- We expect BTC to test 120k before end of month.',
    numbers: [
      {
        find: '3.81 trn',
        label: 'supported',
      },
      {
        find: '1.04%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '114 bn',
        label: 'contradicted',
        note: 'market.volume_24h 141B, digits swapped',
      },
      {
        find: '59.3%',
        label: 'supported',
      },
      {
        find: '0.4',
        label: 'supported-by-source',
        note: 'Decrypt summary; no fact',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '25',
        label: 'unsupported',
        note: 'forecast/macro',
      },
      {
        find: '2.9%',
        label: 'unsupported',
        note: 'macro, no fact',
      },
      {
        find: '120k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: 'Levels sheet – junior version, not checked\n- BTC: S 112 000 / R 118 000.\n- ETH: S 4 000 / R 3 800.\n- SOL swing high of 30 days is 232.9.\n- XRP support 2.50.\n- DOGE: S 0.20 / R 0.21; PEPE R 0.00001.\n- WIF: S 0.85 / R 0.90, price 0.8926, 24h low 0.778.',
    numbers: [
      {
        find: '112 000',
        label: 'contradicted',
        note: 'btc.support 110000',
      },
      {
        find: '118 000',
        label: 'contradicted',
        note: 'btc.resistance 115000',
      },
      {
        find: '4 000',
        label: 'contradicted',
        note: 'eth.support 3800; 4000 is resistance',
      },
      {
        find: '3 800',
        label: 'contradicted',
        note: 'eth.resistance 4000; support and resistance swapped',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '232.9',
        label: 'contradicted',
        note: 'sol.swing_high_30d 221.37; 232.9 is the price/24h high',
      },
      {
        find: '2.50',
        label: 'contradicted',
        note: 'xrp.support 2.7',
      },
      {
        find: '0.20',
        label: 'supported',
      },
      {
        find: '0.21',
        label: 'supported',
      },
      {
        find: '0.00001',
        label: 'supported',
      },
      {
        find: '0.85',
        label: 'supported',
      },
      {
        find: '0.90',
        label: 'supported',
      },
      {
        find: '0.8926',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '0.778',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flow desk comment – altcoins\n- SUI +6.2% at 3.58, volume 1.13x of 7d average. AVAX +4.7% close to resistance 25.\n- ADA +2.4% at 0.731; NEAR +3.1% at 2.716; DOT -0.4% at 3.914.\n- ARB -3.6% at 0.416, OP -4.1% at 0.698; both near the 30d swing low.\n- TAO -1.4% at 352.7; FET -2.9%; RENDER +0.6%; WLD -4.8%.\n- Client flows: we saw 65% of tickets on SOL and only 12% on ETH.',
    numbers: [
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '3.58',
        label: 'supported',
      },
      {
        find: '1.13',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '4.7%',
        label: 'supported',
      },
      {
        find: '25',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '0.731',
        label: 'contradicted',
        note: 'ada.price 0.7128',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '2.716',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '3.914',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '0.416',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '0.698',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '352.7',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'contradicted',
        note: 'fet.change_24h -0.9',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '-4.8%',
        label: 'contradicted',
        note: 'wld.change_24h -1.8',
      },
      {
        find: '65%',
        label: 'unsupported',
        note: 'internal flow data, no fact',
      },
      {
        find: '12%',
        label: 'unsupported',
        note: 'internal, no fact',
      },
    ],
  },
  {
    id: 'Z-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: "Flow desk comment – memes\n- WIF +14.6% at 0.893, it is above 30d high 0.854. Volume 2.98x normal.\n- DOGE +0.4% at 0.2047, funding 0.0094%. SHIB -0.86%, PEPE +1.13%.\n- Cointelegraph wrote WIF climbed nearly 15%.\n- Decrypt titled 'memecoins crash'; DOGE lost around 4% in the night after the flow desk of one exchange.\n- Memes sector cap 43.3 bn, change +218 mn USD.",
    numbers: [
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '0.893',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '0.854',
        label: 'supported',
      },
      {
        find: '2.98',
        label: 'contradicted',
        note: 'wif.volume_ratio_7d 1.87; 2.98 is SOL',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '0.2047',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '-0.86%',
        label: 'supported',
      },
      {
        find: '1.13%',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'supported',
        note: 'wif.change_24h 14.6 states it; also the Cointelegraph headline',
      },
      {
        find: '4%@3',
        label: 'contradicted',
        note: 'doge.change_24h +0.40',
      },
      {
        find: '43.3 bn',
        label: 'supported',
      },
      {
        find: '218',
        label: 'supported',
        note: 'sector.memes.market_cap_change_24h 218.4M',
      },
    ],
  },
  {
    id: 'Z-desk-note-13',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flow desk – quick numbers (machine translation)\n- SOL price 323 USD, +11%.\n- SOL market cap 127.6 bn, more than BNB 97.7 bn but less than XRP 162 bn.\n- SOL vol 7d 76.6%, 30d 41.6%; BTC 7d vol 31%.\n- ETH 30d vol 26.5%; XRP 7d vol 28.1%.\n- SOL cap grow will continue to 150 bn in our base case.',
    numbers: [
      {
        find: '323',
        label: 'contradicted',
        note: 'sol.price 232.86, digits swapped',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '127.6 bn',
        label: 'supported',
      },
      {
        find: '97.7 bn',
        label: 'supported',
      },
      {
        find: '162 bn',
        label: 'supported',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '76.6%',
        label: 'supported',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '41.6%',
        label: 'supported',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '31%',
        label: 'contradicted',
        note: 'btc.volatility_7d 13.3',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '26.5%',
        label: 'supported',
      },
      {
        find: '7d@3',
        label: 'ignored',
      },
      {
        find: '28.1%',
        label: 'supported',
      },
      {
        find: '150 bn',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-desk-note-14',
    voice: 'desk-note',
    style: 'daily',
    text: 'Headlines digest\n- CoinDesk: SOL ETF filing amended, fee 0.19%.\n- Cointelegraph: stress test with 8 300 TPS.\n- Decrypt: lending protocol exploit of 41 mn USD, deposits paused.\n- Bitcoin Magazine: miners moved 7 420 BTC to exchanges on the week.\n- Cointelegraph: SOL slides 6% on profit taking – our data do not show this.\n- Bitcoin Magazine: BTC breaks above 115 000 – not confirmed, high of day only 113 858.\n- Some analyst targets 300 for SOL by year end.',
    numbers: [
      {
        find: '0.19%',
        label: 'supported-by-source',
        note: 'CoinDesk headline',
      },
      {
        find: '8 300',
        label: 'supported-by-source',
        note: 'Cointelegraph headline',
      },
      {
        find: '41',
        label: 'supported-by-source',
        note: 'Decrypt headline',
      },
      {
        find: '7 420',
        label: 'supported-by-source',
        note: 'Bitcoin Magazine headline',
      },
      {
        find: '6%',
        label: 'contradicted',
        note: 'sol.change_24h +11.2; headline contradicted',
      },
      {
        find: '115 000',
        label: 'contradicted',
        note: 'btc.high_24h 113858',
      },
      {
        find: '113 858',
        label: 'supported',
      },
      {
        find: '300@2',
        label: 'unsupported',
        note: 'forecast; outlet not named in this bullet',
      },
    ],
  },
  {
    id: 'Z-desk-note-15',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short note – evening\n- Market cap up 1%, BTC dominance 59.3%, 17/30 green.\n- SOL +11%, WIF +15%, SUI +6%, AVAX +5%.\n- Losers: OP -4%, ARB -3.6%, IMX -3.3%, VIRTUAL -2.3%.\n- L2 losing 171 mn of cap in the day, AI cap change almost zero (+3 mn).',
    numbers: [
      {
        find: '1%@1',
        label: 'supported',
      },
      {
        find: '59.3%',
        label: 'supported',
      },
      {
        find: '17@1',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'supported',
        note: 'wif.change_24h 14.6',
      },
      {
        find: '6%@1',
        label: 'supported',
      },
      {
        find: '5%@2',
        label: 'supported',
        note: 'avax.change_24h 4.7',
      },
      {
        find: '-4%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '171 mn',
        label: 'supported',
      },
      {
        find: '3 mn',
        label: 'supported',
        note: 'sector.ai.market_cap_change_24h 3.07M',
      },
    ],
  },
  {
    id: 'Z-desk-note-16',
    voice: 'desk-note',
    style: 'daily',
    text: 'Risk note – positioning\n- SOL longs are paying 0.04% each 8h, this is about 4.4% per year.\n- SOL OI reached 5.9 bn USD, bigger than ETH OI 4.6 bn.\n- BTC OI 8.2 bn is 44% of total.\n- ETH funding 0.046%, BTC 0.0072%.\n- Liquidation of longs in SOL can reach 600 mn if price goes back to 210.\n- XRP funding negative, means shorts pay longs, -2.5% annualised.',
    numbers: [
      {
        find: '0.04%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '4.4%',
        label: 'contradicted',
        note: 'sol.funding_apr 43.8, 10x',
      },
      {
        find: '5.9 bn',
        label: 'contradicted',
        note: 'sol.open_interest 3.9B',
      },
      {
        find: '4.6 bn',
        label: 'supported',
      },
      {
        find: '8.2 bn',
        label: 'supported',
      },
      {
        find: '44%',
        label: 'unsupported',
        note: 'derived share of total OI, no fact',
      },
      {
        find: '0.046%',
        label: 'contradicted',
        note: 'eth.funding_rate 0.0046, 10x',
      },
      {
        find: '0.0072%',
        label: 'supported',
      },
      {
        find: '600 mn',
        label: 'unsupported',
        note: 'forecast/estimate, no fact',
      },
      {
        find: '210',
        label: 'unsupported',
        note: 'hypothetical level, no fact',
      },
      {
        find: '-2.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-desk-note-17',
    voice: 'desk-note',
    style: 'daily',
    text: 'Client call summary\n- BTC made only +0.3%, but the client thinks BTC is +3% today.\n- ETH low of day 3 700, high 3 921.\n- SOL low of day 208.9, high 245.\n- BNB +0.6% to 702; the high of day 740.\n- XRP 24h range 2.68 – 2.72.\n- Client asks for SOL target 280, we answer no view.',
    numbers: [
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '3%@2',
        label: 'contradicted',
        note: 'btc.change_24h 0.32, 10x',
      },
      {
        find: '3 700',
        label: 'contradicted',
        note: 'eth.low_24h 3841.98',
      },
      {
        find: '3 921',
        label: 'supported',
      },
      {
        find: '208.9',
        label: 'supported',
      },
      {
        find: '245',
        label: 'contradicted',
        note: 'sol.high_24h 232.91',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '702',
        label: 'supported',
      },
      {
        find: '740',
        label: 'contradicted',
        note: 'bnb.high_24h 704.33',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '2.68',
        label: 'supported',
      },
      {
        find: '2.72',
        label: 'supported',
      },
      {
        find: '280',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-desk-note-18',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector monitor – market caps\n- Layer 1 watchlist cap 3.17 trn USD, grew 20.9 bn in the day. By CoinGecko category 3.18 trn, +0.9%.\n- Layer 2 cap 7.3 bn (category 11.2 bn, -2.6%).\n- AI cap 13.9 bn (category 24.1 bn); DePIN 4.4 bn (category 10.2 bn).\n- Gaming 2.9 bn, category volume 5.6 bn.\n- AI category volume 9.2 bn, memes category volume 7.3 bn.\n- DePIN lost 70 mn of cap.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3.17 trn',
        label: 'supported',
      },
      {
        find: '20.9 bn',
        label: 'supported',
      },
      {
        find: '3.18 trn',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '7.3 bn@1',
        label: 'supported',
      },
      {
        find: '11.2 bn',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '13.9 bn',
        label: 'supported',
      },
      {
        find: '24.1 bn',
        label: 'supported',
      },
      {
        find: '4.4 bn',
        label: 'supported',
      },
      {
        find: '10.2 bn',
        label: 'supported',
      },
      {
        find: '2.9 bn',
        label: 'supported',
      },
      {
        find: '5.6 bn',
        label: 'contradicted',
        note: 'sector.gaming.category_volume_24h 0.56B, 10x',
      },
      {
        find: '9.2 bn',
        label: 'contradicted',
        note: 'sector.ai.category_volume_24h 2.9B',
      },
      {
        find: '7.3 bn@2',
        label: 'supported',
      },
      {
        find: '70 mn',
        label: 'contradicted',
        note: 'sector.depin.market_cap_change_24h -6.99M, 10x',
      },
    ],
  },
  {
    id: 'Z-desk-note-19',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly – second page\n- Layer 1 cap grew 41.9 bn on the week; Layer 2 lost 431 mn.\n- Gaming lost 159 mn, AI lost 405 mn.\n- Memes cap went up 220 mn this week.\n- DePIN -1.1%, best HNT +2.4%, worst FIL -2.8%.\n- Gaming best member GALA -3.2%, worst IMX -9.9%.\n- AI best NEAR +1.9%, worst TAO -5.8%.\n- Total OI +12%.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '41.9 bn',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '431 mn',
        label: 'supported',
      },
      {
        find: '159 mn',
        label: 'supported',
      },
      {
        find: '405 mn',
        label: 'supported',
      },
      {
        find: '220 mn',
        label: 'contradicted',
        note: 'weekly: sector.memes.market_cap_change_7d -220.6M, direction; +218M is 24h',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '-9.9%',
        label: 'contradicted',
        note: 'imx.change_7d -6.92; -9.99 is 30d',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'contradicted',
        note: 'wrong leader: sector.ai.worst_7d is WLD -6.96; tao.change_7d -5.84 itself right',
      },
      {
        find: '12%',
        label: 'contradicted',
        note: 'market.oi_change_7d 5.75',
      },
    ],
  },
  {
    id: 'Z-desk-note-20',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short note – morning, correction of levels\n- ADA price 0.82, still below resistance 0.72 (sorry, price is 0.7128).\n- SUI high of day 3.60, swing high 30d 3.83.\n- AVAX 30d swing low 21.6, swing high 24.7.\n- NEAR swing high 2.83, support 2.60.\n- HNT support 3.2, resistance 3.8.\n- IMX support 0.54, resistance 0.65.',
    numbers: [
      {
        find: '0.82',
        label: 'contradicted',
        note: 'ada.price 0.7128',
      },
      {
        find: '0.72',
        label: 'supported',
      },
      {
        find: '0.7128',
        label: 'supported',
      },
      {
        find: '3.60',
        label: 'supported',
        note: 'sui.high_24h 3.5985',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '3.83',
        label: 'contradicted',
        note: 'sui.swing_high_30d 3.6298',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '21.6',
        label: 'supported',
      },
      {
        find: '24.7',
        label: 'supported',
      },
      {
        find: '2.83',
        label: 'supported',
      },
      {
        find: '2.60',
        label: 'contradicted',
        note: 'near.support 2.7',
      },
      {
        find: '3.2',
        label: 'supported',
      },
      {
        find: '3.8@2',
        label: 'contradicted',
        note: 'hnt.resistance 3.4',
      },
      {
        find: '0.54',
        label: 'supported',
      },
      {
        find: '0.65',
        label: 'contradicted',
        note: 'imx.resistance 0.56',
      },
    ],
  },
  {
    id: 'Z-desk-note-21',
    voice: 'desk-note',
    style: 'daily',
    text: 'Overnight summary for Europe desk\n- During Asia the SOL made new high 232.91, it is +13.2% on the day.\n- BTC dominance fall to 57.9%, total cap +2.4%.\n- Total volume 141 bn, of which SOL 2.35 bn and BTC 3.1 bn.\n- ETH vs BTC: ETH underperform by 1.1 points.\n- ARB volume 0.90x of average, IMX 0.58x.\n- Memes: DOGE market cap 3.1 bn, SHIB 7.4 bn, PEPE 4.1 bn.\n- We think the memecoin season starts, next 2 weeks are key, target WIF 1.5.',
    numbers: [
      {
        find: '232.91',
        label: 'supported',
      },
      {
        find: '13.2%',
        label: 'contradicted',
        note: 'daily: sol.change_24h 11.2; 13.17 is 30d',
      },
      {
        find: '57.9%',
        label: 'contradicted',
        note: 'market.btc_dominance 59.28',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'market.cap_change_24h 1.04',
      },
      {
        find: '141 bn',
        label: 'supported',
      },
      {
        find: '2.35 bn',
        label: 'supported',
      },
      {
        find: '3.1 bn@1',
        label: 'contradicted',
        note: 'btc.volume_24h 2.31B',
      },
      {
        find: '1.1',
        label: 'unsupported',
        note: 'derived arithmetic -0.8 vs +0.32',
      },
      {
        find: '0.90',
        label: 'supported',
        note: 'arb.volume_ratio_7d 0.898',
      },
      {
        find: '0.58',
        label: 'contradicted',
        note: 'imx.volume_ratio_7d 0.85',
      },
      {
        find: '3.1 bn@2',
        label: 'contradicted',
        note: 'doge.market_cap 30.8B, 10x',
      },
      {
        find: '7.4 bn',
        label: 'supported',
      },
      {
        find: '4.1 bn',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '1.5',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-desk-note-22',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk chat, translated – not for distribution\n- SOL ETF fee is 0.29%, cheaper than BTC ETF of 0.25%.\n- The exploit on Solana lending was about 14 mn USD.\n- Stress test of Solana: 83 000 TPS.\n- BTC 30d change +14.6%, ETH 30d +1.7%.\n- XRP 30d change +3.6%.\n- ARB 30d -10.9%, worst of Layer 2 over the month.',
    numbers: [
      {
        find: '0.29%',
        label: 'unsupported',
        note: 'no fact; collected CoinDesk headline says 0.19, outlet not named - debatable vs contradicted',
      },
      {
        find: '0.25%',
        label: 'unsupported',
        note: 'off-topic fee, no fact or headline',
      },
      {
        find: '14@1',
        label: 'unsupported',
        note: 'no fact; Decrypt says 41 million, not named',
      },
      {
        find: '83 000',
        label: 'unsupported',
        note: 'Cointelegraph said 8,300; not attributed, 10x',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '14.6%',
        label: 'contradicted',
        note: 'btc.change_30d 4.62',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '30d@3',
        label: 'ignored',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'xrp.change_30d -3.59, direction',
      },
      {
        find: '30d@4',
        label: 'ignored',
      },
      {
        find: '-10.9%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
    ],
  },
];
