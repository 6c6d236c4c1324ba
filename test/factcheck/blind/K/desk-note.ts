import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'K-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'DESK NOTE — morning, Thursday\n- Bitcoin is flat-ish: -0.2% in the day, price 101,640 USD. The range was tight, low 100,660 and high 102,780.\n- Ether is the strong one, +6.5% and now 3,947. It has made the break over the 30-days high (3,912).\n- Alts in general very bid: 24 from 30 coins of our list closed green.\n- Total market cap is 3.56T, plus 9.2%. BTC dominance going down to 52%.\n- We think BTC will come back to 105k before end of month.',
    numbers: [
      {
        find: '-0.2%',
        label: 'supported',
      },
      {
        find: '101,640',
        label: 'supported',
      },
      {
        find: '100,660',
        label: 'supported',
      },
      {
        find: '102,780',
        label: 'supported',
      },
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '3,947',
        label: 'supported',
      },
      {
        find: '30-',
        label: 'ignored',
      },
      {
        find: '3,912',
        label: 'supported',
      },
      {
        find: '24',
        label: 'contradicted',
        note: 'fact market.advancers_24h 26',
      },
      {
        find: '30 coins',
        label: 'supported',
      },
      {
        find: '3.56T',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 2.9',
      },
      {
        find: '52%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 57.0',
      },
      {
        find: '105k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'K-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives desk, short update:\n- Funding all positive, so longs are paying to shorts. Highest is DOGE with 0.045% each 8h.\n- SOL funding 0.013%, ETH 0.024%, XRP 0.011%, BTC only 0.006%.\n- In annual terms BTC is around 6.6%, ETH around 36%, DOGE near 49%.\n- Total OI 18.9bn USD, it grew 6.9% in the day and 21.3% in the week.\n- BTC OI is the only one going down: -1% to 6.2bn.\n- DOGE OI jump 22% to 1.6bn; ETH OI up 9% to 9.6bn; SOL OI up 21% to 2.3bn.',
    numbers: [
      {
        find: '0.045%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.013%',
        label: 'contradicted',
        note: 'fact sol.funding_rate 0.031; digits swapped',
      },
      {
        find: '0.024%',
        label: 'supported',
      },
      {
        find: '0.011%',
        label: 'supported',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '6.6%',
        label: 'supported',
      },
      {
        find: '36%',
        label: 'contradicted',
        note: 'fact eth.funding_apr 26.28',
      },
      {
        find: '49%',
        label: 'supported',
      },
      {
        find: '18.9bn',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'supported',
      },
      {
        find: '21.3%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 12.3',
      },
      {
        find: '-1%',
        label: 'supported',
      },
      {
        find: '6.2bn',
        label: 'supported',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '1.6bn',
        label: 'supported',
      },
      {
        find: 'up 9% to',
        label: 'supported',
      },
      {
        find: '9.6bn',
        label: 'contradicted',
        note: 'fact eth.open_interest 7.6B',
      },
      {
        find: '21%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h 12.0',
      },
      {
        find: '2.3bn',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector view L2 (rollups):\n- Sector is the best of the day, +11.4%. All 4 members are positive.\n- OP leading with +15.2%, price 0.539. It is touching resistance 0.54, support is at 0.52.\n- ARB +21.4% to 0.352; POL +11.6% to 0.260; IMX is last with +9.1%.\n- Volume of OP is 2.1x the 7-days average, biggest of the whole list.\n- Cap of the sector tokens: 6.33bn USD. CoinGecko category shows 172bn.\n- Decrypt is writing that Optimism Foundation will make airdrop of 45 million OP.',
    numbers: [
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '4 members',
        label: 'supported',
      },
      {
        find: '+15.2%',
        label: 'supported',
      },
      {
        find: '0.539',
        label: 'supported',
      },
      {
        find: '0.54',
        label: 'supported',
      },
      {
        find: '0.52',
        label: 'supported',
      },
      {
        find: '+21.4%',
        label: 'contradicted',
        note: 'fact arb.change_24h 12.41',
      },
      {
        find: '0.352',
        label: 'supported',
      },
      {
        find: '+11.6%',
        label: 'supported',
      },
      {
        find: '0.260',
        label: 'contradicted',
        note: 'fact pol.price 0.2063',
      },
      {
        find: '+9.1%',
        label: 'contradicted',
        note: 'fact imx.change_24h 6.14',
      },
      {
        find: '2.1',
        label: 'supported',
      },
      {
        find: '7-',
        label: 'ignored',
      },
      {
        find: '6.33bn',
        label: 'supported',
      },
      {
        find: '172bn',
        label: 'contradicted',
        note: 'fact sector.l2.category_cap 17.2B; 10x slip',
      },
      {
        find: '45 million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'K-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: 'Majors, quick table in words:\n- SOL: 176.4, +9.4%, high of day 178.8, low 168.1.\n- XRP: 2.43, +4.2%. Still under resistance 2.50.\n- BNB: 948, +0.4%. Resistance 950 not broken.\n- ADA: 0.712, +1.7%. AVAX: 19.87, +7.4%. DOT: 3.41, +3.5%.\n- SUI 2.74 (+8.9%), NEAR 3.38 (+4.8%).',
    numbers: [
      {
        find: '176.4',
        label: 'supported',
      },
      {
        find: '+9.4%',
        label: 'supported',
      },
      {
        find: '178.8',
        label: 'supported',
      },
      {
        find: '168.1',
        label: 'contradicted',
        note: 'fact sol.low_24h 158.06',
      },
      {
        find: '2.43',
        label: 'supported',
      },
      {
        find: '+4.2%',
        label: 'supported',
      },
      {
        find: '2.50',
        label: 'supported',
      },
      {
        find: '948',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.42; direction',
      },
      {
        find: '950',
        label: 'supported',
      },
      {
        find: '0.712',
        label: 'supported',
      },
      {
        find: '+1.7%',
        label: 'contradicted',
        note: 'fact ada.change_24h 7.06',
      },
      {
        find: '19.87',
        label: 'supported',
      },
      {
        find: '+7.4%',
        label: 'supported',
      },
      {
        find: '3.41',
        label: 'supported',
      },
      {
        find: '+3.5%',
        label: 'contradicted',
        note: 'fact dot.change_24h 5.33',
      },
      {
        find: '2.74',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '3.38',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'contradicted',
        note: 'fact near.change_24h 8.36',
      },
    ],
  },
  {
    id: 'K-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: 'Memes desk:\n- Sector up 9%, all 4 coins are green.\n- PEPE is best with +14.3%. WIF second, +11.8%. DOGE +9.1% at 0.2194. SHIB is weak one with +6.1%.\n- DOGE volume is almost 2x of 7-day average, PEPE also 1.57x.\n- Sector cap 44.2bn USD, it add 5.7bn in the day.\n- According to The Block, DOGE open interest swelled to about 1.6bn USD.\n- Cointelegraph say DOGE funding climbs to 0.045%; we see memes +12% on our screen.',
    numbers: [
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: '4 coins',
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
        find: '+9.1%',
        label: 'supported',
      },
      {
        find: '0.2194',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '2x',
        label: 'supported',
      },
      {
        find: '7-',
        label: 'ignored',
      },
      {
        find: '1.57x',
        label: 'contradicted',
        note: 'fact pepe.volume_ratio_7d 1.97',
      },
      {
        find: '44.2bn',
        label: 'supported',
      },
      {
        find: '5.7bn',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap_change_24h 3.66B; 5.72B is 7d',
      },
      {
        find: '1.6bn',
        label: 'supported',
        note: 'fact doge.open_interest 1.6B (also The Block)',
      },
      {
        find: '0.045%',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 9.03',
      },
    ],
  },
  {
    id: 'K-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: 'AI basket comment:\n- AI sector +6.9%. 6 up and 1 down (TAO, -0.6%).\n- VIRTUAL is leader: +13.4% to 1.89. FET +8.1%, WLD +10.2%, RENDER +8.6%, GRT +8.1%.\n- TAO price 442.6, just over support 440; resistance 480.\n- Cointelegraph headline says AI tokens jump 12% with Bittensor in lead — this is not matching, TAO is the worst one.\n- Sector cap 27.0bn, category of CoinGecko 33.1bn (+6.8%).',
    numbers: [
      {
        find: '+6.9%',
        label: 'supported',
      },
      {
        find: '6 up',
        label: 'supported',
      },
      {
        find: '1 down',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '+13.4%',
        label: 'supported',
      },
      {
        find: '1.89',
        label: 'supported',
      },
      {
        find: '+8.1%,',
        label: 'contradicted',
        note: 'fact fet.change_24h 11.24; 8.14 is grt',
      },
      {
        find: '+10.2%',
        label: 'supported',
      },
      {
        find: '+8.6%',
        label: 'supported',
      },
      {
        find: '+8.1%.',
        label: 'supported',
      },
      {
        find: '442.6',
        label: 'supported',
      },
      {
        find: '440',
        label: 'supported',
      },
      {
        find: '480',
        label: 'contradicted',
        note: 'fact tao.resistance 460',
      },
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 6.85',
      },
      {
        find: '27.0bn',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap 17.03B',
      },
      {
        find: '33.1bn',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-desk-note-07',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk recap (all numbers are for the week):\n- BTC +1.0%, ETH +8.0%, SOL +9.4%, XRP +7.2%, BNB -0.4%.\n- Best sector is memes +14.9%, then L2 +11.6%. Worst is L1 with +2.9%.\n- In L1 all 10 coins went up; best NEAR +16.0%, worst BNB.\n- AI +7.5%, but WLD is only +1.1%.\n- Gaming +5.4%, DePIN +7.4%.\n- PEPE +14.3% on week, DOGE +9.1%.\n- Total OI up 12.3%, DOGE OI +13.5%, ETH OI +16.4%.',
    numbers: [
      {
        find: '+1.0%',
        label: 'supported',
      },
      {
        find: '+8.0%',
        label: 'supported',
      },
      {
        find: '+9.4%',
        label: 'contradicted',
        note: 'fact sol.change_7d 11.35; 9.38 is 24h',
      },
      {
        find: '+7.2%',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'contradicted',
        note: 'fact bnb.change_7d +0.80; -0.42 is 24h',
      },
      {
        find: '+14.9%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+11.6%',
        label: 'supported',
      },
      {
        find: 'is L1 with',
        label: 'ignored',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: 'In L1 all',
        label: 'ignored',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '+16.0%',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '+7.4%',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d 4.72',
      },
      {
        find: '+14.3%',
        label: 'contradicted',
        note: 'fact pepe.change_7d 21.55; 14.29 is 24h',
      },
      {
        find: '+9.1%',
        label: 'contradicted',
        note: 'fact doge.change_7d 15.55; 9.12 is 24h',
      },
      {
        find: '12.3%',
        label: 'supported',
      },
      {
        find: '+13.5%',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d 31.5',
      },
      {
        find: '+16.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Levels we watch today:\n- BTC support 100k, resistance 105k. Swing high of 30 days is 104.7k, swing low 91.8k.\n- ETH support 3,800, resistance 4,000. Price is only 1.3% below.\n- SOL support 180, resistance 170.\n- DOGE: support 0.21, resistance 0.22.\n- ADA: between 0.70 and 0.72.\n- NEAR: 3.2 support, 3.4 resistance.',
    numbers: [
      {
        find: '100k',
        label: 'supported',
      },
      {
        find: '105k',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '104.7k',
        label: 'supported',
      },
      {
        find: '91.8k',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 96836',
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
        find: '1.3%',
        label: 'unsupported',
        note: 'distance to level not stated',
      },
      {
        find: '180',
        label: 'contradicted',
        note: 'fact sol.support 170; 180 is resistance',
      },
      {
        find: '170',
        label: 'contradicted',
        note: 'fact sol.resistance 180; swapped',
      },
      {
        find: '0.21',
        label: 'supported',
      },
      {
        find: '0.22',
        label: 'supported',
      },
      {
        find: '0.70',
        label: 'supported',
      },
      {
        find: '0.72',
        label: 'supported',
      },
      {
        find: '3.2',
        label: 'supported',
      },
      {
        find: '3.4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-desk-note-09',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flows and news (we quote the sources):\n- Bitcoin Magazine: spot BTC ETF take 312m USD on Wednesday, another day of inflow.\n- CoinDesk: ETH ETFs 418m USD, biggest since August.\n- CryptoSlate: liquidations of shorts 640m, and 81% of all liquidations were bears.\n- The Block: 14 altcoin ETF filings now.\n- Some people say ETF flows this week total 1.5bn.\n- CryptoSlate say L1 tokens lag with 1.5% gain.',
    numbers: [
      {
        find: '312m',
        label: 'supported-by-source',
      },
      {
        find: '418m',
        label: 'supported-by-source',
      },
      {
        find: '640m',
        label: 'supported-by-source',
      },
      {
        find: '81%',
        label: 'supported-by-source',
      },
      {
        find: '14',
        label: 'supported-by-source',
      },
      {
        find: '1.5bn',
        label: 'unsupported',
        note: 'unattributed, no source',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '1.5%',
        label: 'supported',
        note: 'fact sector.l1.change_24h 1.46 also states it',
      },
    ],
  },
  {
    id: 'K-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: 'Volatility note:\n- BTC realized vol 7d is 15%, 30d 28% — very calm.\n- ETH 7d vol 75%, higher than 30d (58%).\n- SOL 7d vol 98%; NEAR 108%; GRT 72%; WLD 111%.\n- DOGE 7d vol only 13%, strange low.\n- In our view BTC vol goes to 40% until year end.',
    numbers: [
      {
        find: 'vol 7d is',
        label: 'ignored',
      },
      {
        find: '15%',
        label: 'supported',
      },
      {
        find: ', 30d',
        label: 'ignored',
      },
      {
        find: '28%',
        label: 'contradicted',
        note: 'fact btc.volatility_30d 18.3',
      },
      {
        find: 'ETH 7d vol',
        label: 'ignored',
      },
      {
        find: '75%',
        label: 'supported',
      },
      {
        find: 'than 30d (',
        label: 'ignored',
      },
      {
        find: '58%',
        label: 'supported',
      },
      {
        find: 'SOL 7d vol',
        label: 'ignored',
      },
      {
        find: '98%',
        label: 'supported',
      },
      {
        find: '108%',
        label: 'supported',
      },
      {
        find: '72%',
        label: 'contradicted',
        note: 'fact grt.volatility_7d 111.6',
      },
      {
        find: '111%',
        label: 'supported',
      },
      {
        find: 'DOGE 7d vol',
        label: 'ignored',
      },
      {
        find: '13%',
        label: 'contradicted',
        note: 'fact doge.volatility_7d 31.1',
      },
      {
        find: '40%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'K-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: 'DePIN + gaming, short:\n- DePIN +4.4%. RENDER best (+8.6%), HNT worst (-0.9%). FIL +1.6%, IOTX +6.4%.\n- Gaming +5.0%, all 4 up. IMX best +6.1%, GALA worst +3.4%, SAND +4.4%, AXS +5.3%.\n- HNT price 2.93, resistance 3.3. FIL price 2.41.\n- AXS in 30 days -10.3%, worst of gaming.\n- Gaming category cap 10.7bn, DePIN category 16.2bn.',
    numbers: [
      {
        find: '+4.4%.',
        label: 'supported',
      },
      {
        find: '+8.6%',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'contradicted',
        note: 'fact iotx.change_24h 4.63',
      },
      {
        find: '+5.0%',
        label: 'supported',
      },
      {
        find: '4 up.',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '+4.4%,',
        label: 'supported',
      },
      {
        find: '+5.3%',
        label: 'supported',
      },
      {
        find: '2.93',
        label: 'supported',
      },
      {
        find: '3.3',
        label: 'contradicted',
        note: 'fact hnt.resistance 3.0',
      },
      {
        find: '2.41',
        label: 'contradicted',
        note: 'fact fil.price 2.214',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '-10.3%',
        label: 'supported',
      },
      {
        find: '10.7bn',
        label: 'supported',
      },
      {
        find: '16.2bn',
        label: 'contradicted',
        note: 'fact sector.depin.category_cap 11.62B',
      },
    ],
  },
  {
    id: 'K-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: 'ETH focus:\n- Price 3,947, day change +6.5%, week +8.0%, month +25%.\n- Day high 3,977, low 3,503.\n- OI 7.6bn (+9%), funding 0.024% per 8 hours.\n- Volume 2.8bn USD, it is 1.8 times average.\n- Market cap 476bn.\n- Decrypt wrote ETH hits 4,100, we do not see this print on Binance.\n- Target of our desk: 4,400.',
    numbers: [
      {
        find: '3,947',
        label: 'supported',
      },
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '+8.0%',
        label: 'supported',
      },
      {
        find: '+25%',
        label: 'contradicted',
        note: 'fact eth.change_30d 15.03',
      },
      {
        find: '3,977',
        label: 'supported',
      },
      {
        find: '3,503',
        label: 'contradicted',
        note: 'fact eth.low_24h 3702.99',
      },
      {
        find: '7.6bn',
        label: 'supported',
      },
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: '0.024%',
        label: 'supported',
      },
      {
        find: 'per 8 hours.',
        label: 'ignored',
      },
      {
        find: '2.8bn',
        label: 'contradicted',
        note: 'fact eth.volume_24h 4.04B; 2.8B is btc',
      },
      {
        find: '1.8',
        label: 'supported',
      },
      {
        find: '476bn',
        label: 'supported',
      },
      {
        find: '4,100',
        label: 'contradicted',
        note: 'fact eth.high_24h 3977.07',
      },
      {
        find: '4,400',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'K-desk-note-13',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short flash:\n- OP +15%, PEPE +14%, VIRTUAL +13%, ARB +12%: the top gainers.\n- Losers only 4: HNT -0.9%, TAO -6.0%, BNB -0.4%, BTC -0.2%.\n- WLD up 10%, price 1.06.\n- Market volume 138bn USD in 24 hours.',
    numbers: [
      {
        find: '+15%',
        label: 'supported',
      },
      {
        find: '+14%',
        label: 'supported',
      },
      {
        find: '+13%',
        label: 'supported',
      },
      {
        find: '+12%',
        label: 'supported',
      },
      {
        find: '4:',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '-6.0%',
        label: 'contradicted',
        note: 'fact tao.change_24h -0.62',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '-0.2%',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'supported',
      },
      {
        find: '1.06',
        label: 'supported',
      },
      {
        find: '138bn',
        label: 'contradicted',
        note: 'fact market.volume_24h 238.2B; 138B is the l1 category volume',
      },
      {
        find: '24',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'K-desk-note-14',
    voice: 'desk-note',
    style: 'sector',
    text: 'L1 sector note:\n- Sector +1.5% in day, 8 up, 2 down.\n- Cap 2.94T USD, change +42bn.\n- Best SOL +9.4%, worst BNB -0.4%.\n- In 30 days sector +5.6%, best ETH +15%, worst XRP -4.6%; 7 up and 3 down.\n- CoinGecko category for L1: 2.96T, +1.6%.\n- Cardano best in L1 for the week with +10.6%.',
    numbers: [
      {
        find: 'L1 sector',
        label: 'ignored',
      },
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '8',
        label: 'supported',
      },
      {
        find: '2 down.',
        label: 'supported',
      },
      {
        find: '2.94T',
        label: 'supported',
      },
      {
        find: '+42bn',
        label: 'supported',
      },
      {
        find: '+9.4%',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '+5.6%',
        label: 'supported',
      },
      {
        find: '+15%',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '7',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_30d 6',
      },
      {
        find: '3 down.',
        label: 'contradicted',
        note: 'fact sector.l1.decliners_30d 4',
      },
      {
        find: 'L1:',
        label: 'ignored',
      },
      {
        find: '2.96T',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: 'in L1 for',
        label: 'ignored',
      },
      {
        find: '+10.6%',
        label: 'contradicted',
        note: 'fact sector.l1.best_7d NEAR 16.04',
      },
    ],
  },
  {
    id: 'K-desk-note-15',
    voice: 'desk-note',
    style: 'daily',
    text: 'Morning call from Asia desk:\n- Night was quiet for BTC, move only 0.2% down, but BTC OI fall 10%.\n- ETH shorts squeezed, price up 6.5%, OI +9%.\n- SOL +9.4% with OI +12% and funding 0.031% (annualized 34%).\n- XRP OI +11.8% to 2.1bn — it is 4 times more than last month.\n- Average funding of market 0.02%.\n- Reddit people talk about SOL funding 0.08%, this is not right.',
    numbers: [
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h -1.0; 10x slip',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '+9%',
        label: 'supported',
      },
      {
        find: '+9.4%',
        label: 'supported',
      },
      {
        find: '+12%',
        label: 'supported',
      },
      {
        find: '0.031%',
        label: 'supported',
      },
      {
        find: '34%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '2.1bn',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.2B',
      },
      {
        find: '4 times',
        label: 'unsupported',
        note: 'invented multiple',
      },
      {
        find: '0.02%',
        label: 'supported',
      },
      {
        find: '0.08%',
        label: 'contradicted',
        note: 'fact sol.funding_rate 0.031',
      },
    ],
  },
  {
    id: 'K-desk-note-16',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly, alt desk (7 days):\n- L2 sector +11.6%; OP +14.3% best, POL +9.0% worst; ARB +8.5%; IMX +11.0%.\n- AI +7.5%; NEAR best +16.0%; VIRTUAL +15.3%; TAO +11.1%.\n- Memes +14.9%; SHIB +6.1%; WIF +8.2%.\n- Sector AI cap added 1.19bn.\n- Gaming best IMX, worst SAND +1.0%.\n- DePIN worst HNT +1.9%, best RENDER +6.9%.',
    numbers: [
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+11.6%',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+9.0%',
        label: 'supported',
      },
      {
        find: '+8.5%',
        label: 'contradicted',
        note: 'fact arb.change_7d 13.5',
      },
      {
        find: '+11.0%',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+16.0%',
        label: 'supported',
      },
      {
        find: '+15.3%',
        label: 'supported',
      },
      {
        find: '+11.1%',
        label: 'contradicted',
        note: 'fact tao.change_7d 1.53; 11.09 is 30d',
      },
      {
        find: '+14.9%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'contradicted',
        note: 'fact shib.change_7d 9.67; 6.12 is 24h',
      },
      {
        find: '+8.2%',
        label: 'supported',
      },
      {
        find: '1.19bn',
        label: 'supported',
      },
      {
        find: '+1.0%',
        label: 'contradicted',
        note: 'fact sector.gaming.worst_7d GALA 0.69; sand 0.98 not the worst',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '+6.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-desk-note-17',
    voice: 'desk-note',
    style: 'daily',
    text: 'Risk note from the desk (translated):\n- Market is overheated in alts: average funding 0.2% and OI of top perps +6.9%.\n- On DOGE the shorts are paying the longs, rate 0.045% for each 8 hours.\n- Last time funding was so hot, in March 2024, BTC dropped 25% in 2 weeks.\n- ETH shorts liquidated for 300m USD.\n- Our stop for SOL longs is 165.\n- BTC volume only 0.9 of weekly average; ETH 1.2.\n- BTC dominance fall 2% this week.',
    numbers: [
      {
        find: '0.2%',
        label: 'contradicted',
        note: 'fact market.funding_avg 0.0199; 10x slip',
      },
      {
        find: '+6.9%',
        label: 'supported',
      },
      {
        find: '0.045%',
        label: 'contradicted',
        note: 'value right but payer wrong: positive funding, longs pay shorts (debatable)',
      },
      {
        find: '8',
        label: 'ignored',
      },
      {
        find: '2024',
        label: 'ignored',
      },
      {
        find: '25%',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '2 weeks.',
        label: 'ignored',
      },
      {
        find: '300m',
        label: 'unsupported',
        note: 'no source states an eth liquidation figure',
      },
      {
        find: '165',
        label: 'unsupported',
        note: 'desk level, not a fact',
      },
      {
        find: '0.9',
        label: 'supported',
      },
      {
        find: '1.2',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 1.79',
      },
      {
        find: 'fall 2% this',
        label: 'unsupported',
        note: 'no dominance change fact',
      },
    ],
  },
  {
    id: 'K-desk-note-18',
    voice: 'desk-note',
    style: 'daily',
    text: 'Altcoin leaders by desk:\n- Top gainer of the list: OP +15.2%. Second: ARB +12.4%.\n- Third is VIRTUAL +13.4%.\n- Worst of list: HNT -0.9%.\n- BNB cap 131.9bn, XRP cap 147bn, so XRP stays above BNB.\n- SOL cap 79.4bn.\n- DOGE cap 33.1bn; SHIB 17.2bn.\n- Outside our list: LINK +9%, TRX +2%.',
    numbers: [
      {
        find: '+15.2%',
        label: 'supported',
      },
      {
        find: '+12.4%',
        label: 'contradicted',
        note: 'value right for arb but rank wrong: second is PEPE 14.29, arb is fourth',
      },
      {
        find: '+13.4%',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '131.9bn',
        label: 'supported',
      },
      {
        find: '147bn',
        label: 'supported',
      },
      {
        find: '79.4bn',
        label: 'contradicted',
        note: 'fact sol.market_cap 97.4B',
      },
      {
        find: '33.1bn',
        label: 'supported',
      },
      {
        find: '17.2bn',
        label: 'contradicted',
        note: 'fact shib.market_cap 7.15B',
      },
      {
        find: '+9%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
      {
        find: '+2%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
    ],
  },
  {
    id: 'K-desk-note-19',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Week numbers for clients:\n- BTC +1.0%, but BTC OI -1.0%.\n- ETH +16.4%.\n- NEAR +16.0%, SUI +12.8%, ADA +10.6%, AVAX +6.3%, DOT +6.4%.\n- DOGE +15.5%, PEPE +21.6%.\n- FET +8.4%, RENDER +6.9%, GRT +7.5%, WLD +10.2%.\n- L1 sector cap added 81.6bn.\n- OP on the week +21%.',
    numbers: [
      {
        find: '+1.0%',
        label: 'supported',
      },
      {
        find: '-1.0%',
        label: 'contradicted',
        note: 'fact btc.oi_change_7d +1.8; -1.0 is 24h',
      },
      {
        find: '+16.4%',
        label: 'contradicted',
        note: 'fact eth.change_7d 7.98; 16.4 is eth oi 7d',
      },
      {
        find: '+16.0%',
        label: 'supported',
      },
      {
        find: '+12.8%',
        label: 'supported',
      },
      {
        find: '+10.6%',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'supported',
      },
      {
        find: '+15.5%',
        label: 'supported',
      },
      {
        find: '+21.6%',
        label: 'supported',
      },
      {
        find: '+8.4%',
        label: 'supported',
      },
      {
        find: '+6.9%',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+10.2%',
        label: 'contradicted',
        note: 'fact wld.change_7d 1.15; 10.18 is 24h',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '81.6bn',
        label: 'supported',
      },
      {
        find: '+21%',
        label: 'contradicted',
        note: 'fact op.change_7d 14.26',
      },
    ],
  },
  {
    id: 'K-desk-note-20',
    voice: 'desk-note',
    style: 'daily',
    text: 'Quick numbers for sales team:\n- BTC 101.6k, ETH 3.95k, SOL 186, XRP 2.43, DOGE 0.29.\n- Market cap 3.56T. BTC cap 2.03T. ETH cap 576bn.\n- Total volume 238bn, BTC dominance 57%.\n- Alts up: 26; down: 6. Funding average 0.02%.\n- ETH/BTC ratio 0.0388.',
    numbers: [
      {
        find: '101.6k',
        label: 'supported',
      },
      {
        find: '3.95k',
        label: 'supported',
      },
      {
        find: '186',
        label: 'contradicted',
        note: 'fact sol.price 176.42',
      },
      {
        find: '2.43',
        label: 'supported',
      },
      {
        find: '0.29',
        label: 'contradicted',
        note: 'fact doge.price 0.2194',
      },
      {
        find: '3.56T',
        label: 'supported',
      },
      {
        find: '2.03T',
        label: 'supported',
      },
      {
        find: '576bn',
        label: 'contradicted',
        note: 'fact eth.market_cap 476B',
      },
      {
        find: '238bn',
        label: 'supported',
      },
      {
        find: '57%',
        label: 'supported',
      },
      {
        find: '26',
        label: 'supported',
      },
      {
        find: '6.',
        label: 'contradicted',
        note: 'fact market.decliners_24h 4',
      },
      {
        find: '0.02%',
        label: 'supported',
      },
      {
        find: '0.0388',
        label: 'unsupported',
        note: 'no fact for the eth/btc ratio; derived',
      },
    ],
  },
];
