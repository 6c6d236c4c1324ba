import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk morning note, 6 Dec (07:00 UTC)\n\n- BTC trade at 98,735 USD, it is plus 1.5% on the day. Top of the day was almost 99,000, bottom 95,922. Still below resistance of 100,000; support we keep at 97,500.\n- ETH much more strong, +6.3% to 3,486. Day range 3,267 – 3,533. So ETH beat BTC by 4.8 points.\n- Market cap total is $3.32tn, up 4.9%. BTC dominance go down to 61.5%.\n- Funding stay negative: BTC -0.0061% per 8h, ETH -0.011%. So shorts still pay the longs.\n- Open interest in total drop 9.7% to $15.1bn. BTC OI is $7.86bn, minus 12.6% on day.\n- XRP only major with OI growing, +2.1%, and funding positive 0.0039% — longs pay shorts there.\n- SOL +7.8% to $185.9, sit just under resistance $160.\n- Our view: squeeze can bring BTC to $106,000 in this week.',
    numbers: [
      {
        find: '6 Dec',
        label: 'ignored',
      },
      {
        find: '07:00',
        label: 'ignored',
      },
      {
        find: '98,735',
        label: 'supported',
      },
      {
        find: '1.5%@1',
        label: 'supported',
      },
      {
        find: '99,000',
        label: 'supported',
      },
      {
        find: '95,922',
        label: 'contradicted',
        note: 'btc.low_24h 96,750; 95,922 is the 30d swing low',
      },
      {
        find: '100,000',
        label: 'supported',
      },
      {
        find: '97,500',
        label: 'contradicted',
        note: 'btc.support 95,000',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '3,486',
        label: 'supported',
      },
      {
        find: '3,267',
        label: 'supported',
      },
      {
        find: '3,533',
        label: 'supported',
      },
      {
        find: '4.8 points',
        label: 'unsupported',
        note: 'derived arithmetic, no fact states the gap',
      },
      {
        find: '$3.32tn',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'contradicted',
        note: 'market.cap_change_24h 2.94',
      },
      {
        find: '61.5%',
        label: 'contradicted',
        note: 'market.btc_dominance 59.45',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.011%',
        label: 'supported',
      },
      {
        find: '9.7%',
        label: 'supported',
      },
      {
        find: '$15.1bn',
        label: 'supported',
      },
      {
        find: '$7.86bn',
        label: 'supported',
      },
      {
        find: '12.6%',
        label: 'contradicted',
        note: 'btc.oi_change_24h -9.8; -12.6 is ETH',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '0.0039%',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '$185.9',
        label: 'contradicted',
        note: 'sol.price 158.92',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '$106,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk colour — alts (translated)\n• Breadth is good: 24 of 30 coins on our list are green, 6 are red.\n• Leader GALA +18.9% at $0.0159, behind it AXS +17.8% and SAND +19.6%. AXS and GALA trade about 3x of the weekly average volume.\n• IMX is weakest in gaming but still +12.6%. Gaming basket in total +22%.\n• Rollups: OP +11.3%, ARB +9.7%, POL +2.8%, so sector near +9.9%.\n• AI +5.6%; VIRTUAL is best with +13.4%, TAO the only loser at -2.8%.\n• DePIN +4.3%, IOTX lead with +10.8%, HNT lose 1.2%.\n• Memes the only red sector: PEPE -5.8%, DOGE -3.4%, SHIB -2.2%. WIF is only positive meme, +4.9%.\n• Total market volume $146.7bn.\n• Between the big smart-contract coins SUI best with +10.2%; worst is ADA with -0.4%.\n• GALA is still 45% under its high of the spring.',
    numbers: [
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '6@1',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'supported',
      },
      {
        find: '$0.0159',
        label: 'supported',
      },
      {
        find: '+17.8%',
        label: 'supported',
      },
      {
        find: '+19.6%',
        label: 'contradicted',
        note: 'sand.change_24h 16.42',
      },
      {
        find: '3x',
        label: 'supported',
      },
      {
        find: '+12.6%',
        label: 'supported',
      },
      {
        find: '+22%',
        label: 'contradicted',
        note: 'sector.gaming.change_24h 15.65; 22% is the CryptoSlate headline, unattributed and contradicted',
      },
      {
        find: '+11.3%',
        label: 'supported',
      },
      {
        find: '+9.7%',
        label: 'supported',
      },
      {
        find: '+2.8%',
        label: 'contradicted',
        note: 'pol.change_24h 8.16',
      },
      {
        find: '+9.9%',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'supported',
      },
      {
        find: '+13.4%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'contradicted',
        note: 'tao.change_24h -0.82',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+10.8%',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '+4.9%',
        label: 'contradicted',
        note: 'wif.change_24h 1.87',
      },
      {
        find: '$146.7bn',
        label: 'contradicted',
        note: 'market.volume_24h 246.7bn',
      },
      {
        find: '+10.2%',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'contradicted',
        note: 'worst large-cap platform is BNB -0.43; ADA +8.62',
      },
      {
        find: '45%',
        label: 'unsupported',
        note: 'history: distance from an unstated high',
      },
    ],
  },
  {
    id: 'G-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives — short note for the desk\n1) Funding. OI-weighted average is -0.007% per 8h. Most negative ETH -0.0112%, annualized around -12.3%. SOL -0.0087%, BTC -0.011%, DOGE -0.0025%. XRP alone is positive, +0.0039%, so there longs pay to the shorts.\n2) Open interest. Total $15.08bn, minus 9.68% on the day and 14.3% over 7 days. ETH OI $4.41bn, down 17.5% in 24h. SOL OI $1.21bn, -11.9%. DOGE $5.6bn, -6.4%. XRP OI $1.04bn, up 2.1%.\n3) Liquidations: CoinDesk write that over $412 million got liquidated, about 78% of it shorts.\n4) ETH funding -0.011% mean the longs pay to the shorts, careful.\n5) BTC annualized funding about -6.7%; for SOL it is -19.1%.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0.007%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.0112%',
        label: 'supported',
      },
      {
        find: '-12.3%',
        label: 'supported',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '-0.011%@1',
        label: 'contradicted',
        note: 'btc.funding_rate -0.00612; -0.011 is ETH',
      },
      {
        find: '-0.0025%',
        label: 'supported',
      },
      {
        find: '+0.0039%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '$15.08bn',
        label: 'supported',
      },
      {
        find: '9.68%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '$4.41bn',
        label: 'supported',
      },
      {
        find: '17.5%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -12.6; 17.5 is the 7d change',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$1.21bn',
        label: 'supported',
      },
      {
        find: '-11.9%',
        label: 'contradicted',
        note: 'sol.oi_change_24h -8.3; -11.9 is 7d',
      },
      {
        find: '$5.6bn',
        label: 'contradicted',
        note: 'doge.open_interest 560m; 10x slip',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '$1.04bn',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '3@4',
        label: 'ignored',
      },
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: '78%',
        label: 'supported-by-source',
      },
      {
        find: '4@8',
        label: 'ignored',
      },
      {
        find: '-0.011%@2',
        label: 'contradicted',
        note: 'who pays: negative funding means shorts pay longs, text says longs pay (value itself matches eth.funding_rate)',
      },
      {
        find: '5@5',
        label: 'ignored',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
      {
        find: '-19.1%',
        label: 'contradicted',
        note: 'sol.funding_apr -9.57',
      },
    ],
  },
  {
    id: 'G-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly wrap from desk (week to 6 December)\n- BTC lose 5.5% on week, ETH nearly flat at +0.6%, SOL -2.7%, XRP -5.3%, BNB -7.4%.\n- Smart-contract platforms: 10 of 10 down, sector -4.6%. Least bad is SUI, only -0.4%. This is third losing week in a row for the basket.\n- Best sector of the week is rollups with +6.7%, then gaming +5.3%. Bottom: memes -8.9% and DePIN -8.2%.\n- Gaming best is AXS +12.3%, weakest IMX +2.0%. GALA +18.9% for the week.\n- In AI, only WLD is green on week (+6.3%). RENDER worst, -13.3%.\n- Memes: PEPE -10.2%, DOGE -12.8%, WIF -9.5%.\n- Total OI down 14.3%, BTC OI -9.8%.\n- Realized vol: BTC 38.6%, ETH 42.3% annualized.\n- BTC volume run 2.4x the weekly average.\n- Plan for next week: resistance $100,000, support $95,000. Upside target $112,000.',
    numbers: [
      {
        find: '6 December',
        label: 'ignored',
      },
      {
        find: '5.5%',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'contradicted',
        note: 'sign: eth.change_7d -0.60',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-5.3%',
        label: 'supported',
      },
      {
        find: '-7.4%',
        label: 'contradicted',
        note: 'bnb.change_7d -4.41',
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
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: 'third',
        label: 'unsupported',
        note: 'history: streak of weekly losses not in facts',
      },
      {
        find: '+6.7%',
        label: 'supported',
      },
      {
        find: '+5.3%',
        label: 'supported',
      },
      {
        find: '-8.9%',
        label: 'supported',
      },
      {
        find: '-8.2%',
        label: 'supported',
      },
      {
        find: '+12.3%',
        label: 'supported',
      },
      {
        find: '+2.0%',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'contradicted',
        note: 'gala.change_7d 7.48; 18.9 is 24h',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '-13.3%',
        label: 'contradicted',
        note: 'render.change_7d -8.67; -13.3 is 30d',
      },
      {
        find: '-10.2%',
        label: 'supported',
      },
      {
        find: '-12.8%',
        label: 'contradicted',
        note: 'doge.change_7d -10.08; -12.8 is DOGE OI 7d',
      },
      {
        find: '-9.5%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '-9.8%',
        label: 'contradicted',
        note: 'btc.oi_change_7d -14.2; -9.8 is 24h',
      },
      {
        find: '38.6%',
        label: 'supported',
      },
      {
        find: '42.3%',
        label: 'contradicted',
        note: 'eth.volatility_7d 59.79; 42.3 is the 30d figure',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
      {
        find: '$112,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-desk-note-05',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector note: AI and DePIN (translated from desk chat)\n• AI basket of 7 names up 5.6%, 6 rising and 1 falling. Market cap of our AI names $13.9bn, plus $736m in 24 hours.\n• CoinGecko AI category is bigger, $25.6bn, up 5.2%.\n• VIRTUAL top, +13.4% to $1.53; WLD +6.3%; FET +7.4% at $0.65; RENDER +5.1%; GRT +9.2%; NEAR +7.9%.\n• TAO fell 0.8% to $366, sitting above support $380.\n• FET vol is only 16% annualized on 7 days, lowest in the AI list.\n• DePIN +4.3%, IOTX lead +10.8% to $0.0273, FIL +6.4%, RENDER is in both baskets. HNT only red, -1.2%.\n• DePIN cap (our 4 names) $11.6bn.\n• If NVIDIA numbers are good, AI tokens can run another 20%.',
    numbers: [
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'supported',
      },
      {
        find: '$13.9bn',
        label: 'supported',
      },
      {
        find: '$736m',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$25.6bn',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '+13.4%',
        label: 'supported',
      },
      {
        find: '$1.53',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'contradicted',
        note: 'wld.change_24h 9.07; 6.3 is 7d',
      },
      {
        find: '+7.4%',
        label: 'supported',
      },
      {
        find: '$0.65',
        label: 'contradicted',
        note: 'fet.price 0.5614; 0.65 is about the 30d swing high',
      },
      {
        find: '+5.1%',
        label: 'supported',
      },
      {
        find: '+9.2%',
        label: 'contradicted',
        note: 'grt.change_24h 6.24',
      },
      {
        find: '+7.9%',
        label: 'supported',
      },
      {
        find: '0.8%@1',
        label: 'supported',
      },
      {
        find: '$366',
        label: 'supported',
      },
      {
        find: '$380',
        label: 'contradicted',
        note: 'tao.support 360; 380 is resistance',
      },
      {
        find: '16%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+10.8%',
        label: 'supported',
      },
      {
        find: '$0.0273',
        label: 'contradicted',
        note: 'iotx.price 0.02374',
      },
      {
        find: '+6.4%',
        label: 'contradicted',
        note: 'fil.change_24h 4.61',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '4@6',
        label: 'supported',
      },
      {
        find: '$11.6bn',
        label: 'contradicted',
        note: 'sector.depin.market_cap 3.74bn for watchlist members; 11.64bn is the CoinGecko category cap',
      },
      {
        find: '20%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: 'Quick BTC levels for today:\n• spot 98.7k, up 1.5%\n• 24h high 99.0k / low 97.8k\n• resistance 100k, support 97k\n• 30d swing high 111.5k, swing low 95.9k\n• week -5.5%, month -5.5%\n• realized vol 38.6% (7d) against 27% (30d)\n• BTC cap $1.97tn, dominance 59.5%\n• volume $8.5bn, this is 2.4x the 7-day average\n• ETH funding, for compare, -0.0061%\n• from swing high BTC is down 11.4%\n• desk sees 60% chance of a breakout today.',
    numbers: [
      {
        find: '98.7k',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '99.0k',
        label: 'supported',
      },
      {
        find: '97.8k',
        label: 'contradicted',
        note: 'btc.low_24h 96,750',
      },
      {
        find: '100k',
        label: 'supported',
      },
      {
        find: '97k',
        label: 'contradicted',
        note: 'btc.support 95,000',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '111.5k',
        label: 'supported',
      },
      {
        find: '95.9k',
        label: 'supported',
      },
      {
        find: '-5.5%@1',
        label: 'supported',
      },
      {
        find: '-5.5%@2',
        label: 'contradicted',
        note: 'btc.change_30d -7.70; -5.5 is 7d',
      },
      {
        find: '38.6%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '27%',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '$1.97tn',
        label: 'supported',
      },
      {
        find: '59.5%',
        label: 'supported',
      },
      {
        find: '$8.5bn',
        label: 'supported',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '-0.0061%',
        label: 'contradicted',
        note: 'eth.funding_rate -0.01124; -0.0061 is BTC',
      },
      {
        find: '11.4%',
        label: 'unsupported',
        note: 'derived distance to a level, no fact',
      },
      {
        find: '60%',
        label: 'unsupported',
        note: 'invented probability',
      },
    ],
  },
  {
    id: 'G-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk news digest (translated)\n- CoinDesk: liquidations over $412m, around 78% of them shorts.\n- Bitcoin Magazine say spot BTC ETFs got $236m inflows and the outflow streak is broken. Farside data show week total $1.1bn.\n- The Block: Ronin chain did 2.3 million transactions.\n- Decrypt: Immutable zkEVM add 40 new games.\n- Cointelegraph count 24 rising from 30 tracked, same as our data.\n- On Reddit people say 27 of 30 are green — our data say no.\n- CryptoSlate headline: gaming +22%; our number is 15.7%.\n- CoinDesk on ETH: "jumps 9%", we measure 6.3%.\n- The Block: OI on major perps -15%.\n- Cointelegraph: total cap $3.32 trillion, +2.9%.\n- Bitcoin Magazine: BTC bounce to $98,700 from monthly low near $95,900.\n- Cointelegraph: BTC about 8% below month ago.\n- Decrypt: BTC spot volume $8.5bn on Binance.\n- The Block: XRP longs pay about 0.04% per 8h.\n- PEPE -5.8% on the day, memes sit out.',
    numbers: [
      {
        find: '$412m',
        label: 'supported-by-source',
      },
      {
        find: '78%',
        label: 'supported-by-source',
      },
      {
        find: '$236m',
        label: 'supported-by-source',
      },
      {
        find: '$1.1bn',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
      {
        find: '2.3 million',
        label: 'supported-by-source',
      },
      {
        find: '40',
        label: 'supported-by-source',
      },
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '27',
        label: 'contradicted',
        note: 'market.advancers_24h 24',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '+22%',
        label: 'contradicted',
        note: 'sector.gaming.change_24h 15.65 contradicts the CryptoSlate figure',
      },
      {
        find: '15.7%',
        label: 'supported',
      },
      {
        find: '9%@1',
        label: 'contradicted',
        note: 'eth.change_24h 6.31 contradicts the CoinDesk headline',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '-15%',
        label: 'contradicted',
        note: 'market.oi_change_24h -9.68 contradicts The Block headline',
      },
      {
        find: '$3.32 trillion',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '$98,700',
        label: 'supported',
      },
      {
        find: '$95,900',
        label: 'supported',
      },
      {
        find: '8%@2',
        label: 'supported',
      },
      {
        find: '$8.5bn',
        label: 'supported',
      },
      {
        find: '0.04%',
        label: 'contradicted',
        note: 'xrp.funding_rate 0.0039 (headline says 0.004%); 10x slip',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk flash 06:45 UTC: alts squeeze continue. ADA +8.6% to $0.594, AVAX +9.4% at $19.46, DOT +9.1%, NEAR +3.7%. BNB the only big coin in red, -0.4%, price $986. XRP +3.9% at $2.35, under resistance $2.30. AVAX volume 1.6x weekly average. DOGE drop 3.4% to $0.193, funding still negative. ADA high of day $0.6025. AVAX can go to $25 next.',
    numbers: [
      {
        find: '06:45',
        label: 'ignored',
      },
      {
        find: '+8.6%',
        label: 'supported',
      },
      {
        find: '$0.594',
        label: 'supported',
      },
      {
        find: '+9.4%',
        label: 'supported',
      },
      {
        find: '$19.46',
        label: 'supported',
      },
      {
        find: '+9.1%',
        label: 'contradicted',
        note: 'dot.change_24h 7.13',
      },
      {
        find: '+3.7%',
        label: 'contradicted',
        note: 'near.change_24h 7.91',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '$986',
        label: 'contradicted',
        note: 'bnb.price 968.1',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '$2.35',
        label: 'supported',
      },
      {
        find: '$2.30',
        label: 'contradicted',
        note: 'xrp.resistance 2.40; 2.30 is support',
      },
      {
        find: '1.6x',
        label: 'contradicted',
        note: 'avax.volume_ratio_7d 2.56',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$0.193',
        label: 'supported',
      },
      {
        find: '$0.6025',
        label: 'supported',
      },
      {
        find: '$25',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-desk-note-09',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector note — rollups and gaming\n- Rollup basket (ARB, OP, POL, IMX): 4 of 4 up, sector +9.9%, cap $6.08bn (plus $549m).\n- IMX best in rollups, +12.6%; POL weakest +6.4%.\n- OP $0.496, resistance $0.50; ARB $0.332, support $0.34. ARB is 2.4% under its resistance.\n- Week: OP +11.3%, ARB +9.7%, POL +6.4%.\n- Gaming cap $2.79bn, up $738m; CoinGecko gaming category +14.9%.\n- SAND near resistance $0.26, price $0.2597.\n- GALA volume 3.0x weekly average.\n- AXS over 30d still +7.8%.',
    numbers: [
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '+9.9%',
        label: 'supported',
      },
      {
        find: '$6.08bn',
        label: 'supported',
      },
      {
        find: '$549m',
        label: 'supported',
      },
      {
        find: '+12.6%',
        label: 'supported',
      },
      {
        find: '+6.4%@1',
        label: 'contradicted',
        note: 'pol.change_24h 8.16; 6.4 is 7d',
      },
      {
        find: '$0.496',
        label: 'supported',
      },
      {
        find: '$0.50',
        label: 'supported',
      },
      {
        find: '$0.332',
        label: 'supported',
      },
      {
        find: '$0.34',
        label: 'contradicted',
        note: 'arb.support 0.32; 0.34 is resistance',
      },
      {
        find: '2.4%',
        label: 'unsupported',
        note: 'distance to level, no fact',
      },
      {
        find: '+11.3%',
        label: 'contradicted',
        note: 'op.change_7d 9.24; 11.3 is 24h',
      },
      {
        find: '+9.7%',
        label: 'contradicted',
        note: 'arb.change_7d 8.80; 9.7 is 24h',
      },
      {
        find: '+6.4%@2',
        label: 'supported',
      },
      {
        find: '$2.79bn',
        label: 'supported',
      },
      {
        find: '$738m',
        label: 'contradicted',
        note: 'sector.gaming.market_cap_change_24h 378m',
      },
      {
        find: '+14.9%',
        label: 'supported',
      },
      {
        find: '$0.26',
        label: 'supported',
      },
      {
        find: '$0.2597',
        label: 'supported',
      },
      {
        find: '3.0x',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '+7.8%',
        label: 'contradicted',
        note: 'sign: axs.change_30d -7.79',
      },
    ],
  },
  {
    id: 'G-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: 'Note for clients — majors (translated)\n- BTC: $98,735, day +1.5%; market cap $1.97tn. BTC volume $84.7bn.\n- ETH: $3,486; volume $4.75bn, 2.4x to average. ETH/BTC ratio rise to 0.0353.\n- SOL: market cap $87.8bn, volatility 7d 65%. SOL realize 30d change -2.7%.\n- XRP: cap $142bn, swing high 30d $3.03, low $2.18.\n- BNB: cap $134.7bn, 30d swing high $1,175.\n- ADA 7d volatility 109.7%, highest from the majors.\n- DOGE OI $560m and funding annual +2.8%.\n- Total crypto volume $246.7bn; average funding +0.007%.\n- Clients ask about a Fed cut of 25bp — desk has no view.',
    numbers: [
      {
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '$1.97tn',
        label: 'supported',
      },
      {
        find: '$84.7bn',
        label: 'contradicted',
        note: 'btc.volume_24h 8.47bn; 10x slip',
      },
      {
        find: '$3,486',
        label: 'supported',
      },
      {
        find: '$4.75bn',
        label: 'supported',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '0.0353',
        label: 'unsupported',
        note: 'no fact for the ETH/BTC ratio',
      },
      {
        find: '$87.8bn',
        label: 'supported',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '65%',
        label: 'supported',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '-2.7%',
        label: 'contradicted',
        note: 'sol.change_30d -9.03; -2.7 is 7d',
      },
      {
        find: '$142bn',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '$3.03',
        label: 'supported',
      },
      {
        find: '$2.18',
        label: 'supported',
      },
      {
        find: '$134.7bn',
        label: 'supported',
      },
      {
        find: '30d@3',
        label: 'ignored',
      },
      {
        find: '$1,175',
        label: 'contradicted',
        note: 'bnb.swing_high_30d 1,074.88',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '109.7%',
        label: 'supported',
      },
      {
        find: '$560m',
        label: 'supported',
      },
      {
        find: '+2.8%',
        label: 'contradicted',
        note: 'sign: doge.funding_apr -2.77',
      },
      {
        find: '$246.7bn',
        label: 'supported',
      },
      {
        find: '+0.007%',
        label: 'contradicted',
        note: 'sign: market.funding_avg -0.0070',
      },
      {
        find: '25bp',
        label: 'unsupported',
        note: 'macro figure, not in facts or headlines',
      },
    ],
  },
];
