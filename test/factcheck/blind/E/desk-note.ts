import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-desk-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'Morning desk note, 5 December.\n- BTC is trading 107.8k, almost no move in last 24h (+0.18%). Range was 104.1k - 108.2k.\n- We see support at 105k and resistance on 112k.\n- ETH is weak, minus 2.6%, now 3,702. Funding gone negative (-0.0034%), so shorts are paying.\n- Memes are the only sector with real bid: +6.5%. WIF +11.2%, PEPE +7.5%.\n- DePIN worst, -4.8%. Filecoin lost 8.5%.',
    numbers: [
      {
        find: '5@1',
        label: 'ignored',
      },
      {
        find: '107.8k',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '+0.18%',
        label: 'supported',
      },
      {
        find: '104.1k',
        label: 'contradicted',
        note: 'fact btc.low_24h 106,150',
      },
      {
        find: '108.2k',
        label: 'supported',
      },
      {
        find: '105k',
        label: 'supported',
      },
      {
        find: '112k',
        label: 'contradicted',
        note: 'fact btc.resistance 110000',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '3,702',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '7.5%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 9.47',
      },
      {
        find: '-4.8%',
        label: 'supported',
      },
      {
        find: '8.5%',
        label: 'contradicted',
        note: 'fact fil.change_24h -5.83',
      },
    ],
  },
  {
    id: 'E-desk-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk flash:\n- Total market cap 3.49T, change on day -1.5%.\n- Breadth bad: only 13 from 30 names are up.\n- BTC dominance stays 63.8%.\n- Total OI is down 1.7% to 17bn, leverage is going out from the market.\n- DOGE is exception, OI +41.6%, funding 0.032% per 8h. Longs very crowded.',
    numbers: [
      {
        find: '3.49T',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -0.47',
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
        find: '63.8%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.79',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '17bn',
        label: 'supported',
      },
      {
        find: '41.6%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 14.6',
      },
      {
        find: '0.032%',
        label: 'supported',
      },
      {
        find: '8@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-desk-03',
    voice: 'desk-note',
    style: 'daily',
    text: 'Notes for the derivatives desk:\n- BTC funding 0.0046% per 8h, this is around 5% annualized, nothing extreme.\n- ETH funding -0.0034%, longs are paying to shorts.\n- ETH OI down 3.6% on day, 7.1% on week. Positions are closing.\n- SOL OI 1.38bn, change -4.9%. XRP OI 1.01bn, change +2.7%.\n- DOGE funding 0.0318%, annualized about 35%. This is crowded.\n- BTC OI 8.6bn, down 5.8% on day.',
    numbers: [
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '5%@1',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'contradicted',
        note: 'payer reversed: negative funding means shorts pay longs',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '1.38bn',
        label: 'supported',
      },
      {
        find: '-4.9%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -1.9',
      },
      {
        find: '1.01bn',
        label: 'supported',
      },
      {
        find: '+2.7%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 0.7',
      },
      {
        find: '0.0318%',
        label: 'supported',
      },
      {
        find: '35%',
        label: 'supported',
      },
      {
        find: '8.6bn',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'contradicted',
        note: '24h: 5.8 is 7d; btc.oi_change_24h -2.4',
      },
    ],
  },
  {
    id: 'E-desk-04',
    voice: 'desk-note',
    style: 'daily',
    text: 'Asia close, short comment.\n- BTC flat, 107,846. Nobody want to take risk before weekend end.\n- ETH/BTC continue lower, ETH -2.6% vs BTC +0.2%, gap more than 2.5 points.\n- SOL -1.4% at 153.8, support 160 is holding for now, next resistance 175.\n- XRP small green +0.8%, price 2.64.\n- BNB -0.6%, still below 1000 level which is resistance.',
    numbers: [
      {
        find: '107,846',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '2.5',
        label: 'unsupported',
        note: 'derived spread',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '153.8',
        label: 'contradicted',
        note: 'fact sol.price 163.84',
      },
      {
        find: '160',
        label: 'supported',
      },
      {
        find: '175',
        label: 'contradicted',
        note: 'fact sol.resistance 170',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '2.64',
        label: 'contradicted',
        note: 'fact xrp.price 2.4391',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '1000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-05',
    voice: 'desk-note',
    style: 'daily',
    text: 'Sector comment from the desk:\n- Memes: +6.5%, all 4 tokens green. Best WIF (+11.2%), weakest SHIB (+1.3%).\n- AI: flat, +0.2%. VIRTUAL +5.6% best, RENDER -4.2% worst. 3 up / 4 down.\n- L1: -0.3%, SUI best (+1.6%), ETH worst.\n- L2: -1.0%, only ARB positive (+0.4%).\n- Gaming: -1.6%, 2 up 2 down.\n- DePIN: -4.8%, nothing green.',
    numbers: [
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'fact shib.change_24h 3.12',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '-0.3%',
        label: 'supported',
      },
      {
        find: '1.6%@1',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '-1.0%',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'contradicted',
        note: 'wrong asset: POL is the only L2 gainer; arb.change_24h -1.84',
      },
      {
        find: '-1.6%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -0.63',
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
        find: '-4.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-06',
    voice: 'desk-note',
    style: 'daily',
    text: 'Sector comment (second version, please check):\n- Memes: +9.5%, best DOGE (+6.8%).\n- AI: +3.2%, best VIRTUAL.\n- L1: -0.3%, worst SOL (-1.4%).\n- L2: -2.4%.\n- DePIN: -4.8%, 3 of 4 down.',
    numbers: [
      {
        find: '9.5%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50 (9.47 is PEPE)',
      },
      {
        find: '6.8%',
        label: 'contradicted',
        note: 'wrong leader: WIF best 11.23',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 0.22',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0.3%',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'contradicted',
        note: 'wrong member: ETH worst L1 at -2.63',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98; 2.42 is OP',
      },
      {
        find: '-4.8%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'contradicted',
        note: 'fact sector.depin.decliners_24h 4',
      },
      {
        find: '4@4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-07',
    voice: 'desk-note',
    style: 'daily',
    text: 'Levels we watch today:\n- BTC: S 105,000 / R 110,000\n- ETH: S 3,600 / R 3,800\n- SOL: S 160 / R 170\n- XRP: S 2.40 / R 2.60\n- BNB: S 900 / R 1,000\n- DOGE: S 0.20 / R 0.23\n- ADA: S 0.58 / R 0.56\n- AVAX: S 18 / R 19',
    numbers: [
      {
        find: '105,000',
        label: 'supported',
      },
      {
        find: '110,000',
        label: 'supported',
      },
      {
        find: '3,600',
        label: 'supported',
      },
      {
        find: '3,800',
        label: 'supported',
      },
      {
        find: '160',
        label: 'supported',
      },
      {
        find: '170',
        label: 'supported',
      },
      {
        find: '2.40',
        label: 'supported',
      },
      {
        find: '2.60',
        label: 'contradicted',
        note: 'fact xrp.resistance 2.5',
      },
      {
        find: '900',
        label: 'contradicted',
        note: 'fact bnb.support 950',
      },
      {
        find: '1,000',
        label: 'supported',
      },
      {
        find: '0.20',
        label: 'supported',
      },
      {
        find: '0.23',
        label: 'contradicted',
        note: 'fact doge.resistance 0.21',
      },
      {
        find: '0.58',
        label: 'contradicted',
        note: 'fact ada.support 0.56; 0.58 is resistance',
      },
      {
        find: '0.56',
        label: 'contradicted',
        note: 'fact ada.resistance 0.58; swapped',
      },
      {
        find: '18',
        label: 'supported',
      },
      {
        find: '19',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Quick view on majors (change 24h):\n- BTC +0.2%\n- ETH -2.6%\n- SOL -1.4%\n- XRP +0.8%\n- BNB -0.6%\n- ADA -1.9%\n- AVAX -1.3%\n- DOT +1.1%\n- NEAR -2.2%\n- SUI +3.6%',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-1.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h -2.31',
      },
      {
        find: '+1.1%',
        label: 'contradicted',
        note: 'direction: dot.change_24h -1.14',
      },
      {
        find: '-2.2%',
        label: 'contradicted',
        note: 'fact near.change_24h -1.22',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'fact sui.change_24h 1.61',
      },
    ],
  },
  {
    id: 'E-desk-09',
    voice: 'desk-note',
    style: 'daily',
    text: 'Volume note:\n- BTC spot volume 1.87bn, this is 0.69 of 7-day average, so about 31% lower.\n- ETH volume 1.15bn, ratio 0.95.\n- DOGE volume ratio 1.39, PEPE 1.41: only memes have more volume than normal.\n- SOL volume 454m, XRP 529m.\n- Total market volume 160bn.',
    numbers: [
      {
        find: '1.87bn',
        label: 'supported',
      },
      {
        find: '0.69',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'ignored',
      },
      {
        find: '31%',
        label: 'supported',
      },
      {
        find: '1.15bn',
        label: 'supported',
      },
      {
        find: '0.95',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 0.75',
      },
      {
        find: '1.39',
        label: 'supported',
      },
      {
        find: '1.41',
        label: 'supported',
      },
      {
        find: '454m',
        label: 'supported',
      },
      {
        find: '529m',
        label: 'contradicted',
        note: 'fact xrp.volume_24h 329M',
      },
      {
        find: '160bn',
        label: 'contradicted',
        note: 'fact market.volume_24h 106.4B',
      },
    ],
  },
  {
    id: 'E-desk-10',
    voice: 'desk-note',
    style: 'daily',
    text: 'Risk comment:\n- BTC realised vol 7d is only 22%, 30d 27%. Market is sleeping.\n- ETH 7d vol 47%, SOL 40%.\n- PEPE 7d vol 108%, VIRTUAL 105%, TAO 140%.\n- We think BTC can drop to 100k if 105k is broken.',
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '27%',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'ignored',
      },
      {
        find: '47%',
        label: 'contradicted',
        note: '7d: 47 is 30d; eth.volatility_7d 34.1',
      },
      {
        find: '40%@1',
        label: 'contradicted',
        note: 'fact sol.volatility_7d 59.8',
      },
      {
        find: '7@5',
        label: 'ignored',
      },
      {
        find: '108%',
        label: 'supported',
      },
      {
        find: '105%',
        label: 'supported',
      },
      {
        find: '140%',
        label: 'contradicted',
        note: 'fact tao.volatility_7d 104.45',
      },
      {
        find: '100k',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '105k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-11',
    voice: 'desk-note',
    style: 'daily',
    text: 'Headlines (what clients are asking):\n- CoinDesk: BTC "idles near 108K", turnover about 30% below weekly average.\n- Bitcoin Magazine: spot ETF outflow 148 million USD on Friday.\n- Cointelegraph: DOGE OI jumps 15%, funding 0.03% per eight hours.\n- CryptoSlate: ether drops 2.6% to 3,700, but ETH 24h low was 3,578.\n- Some people say ETF outflow will continue next week with 500m.',
    numbers: [
      {
        find: '108K',
        label: 'supported',
      },
      {
        find: '30%',
        label: 'supported',
      },
      {
        find: '148',
        label: 'supported-by-source',
      },
      {
        find: '15%',
        label: 'supported',
      },
      {
        find: '0.03%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '3,700',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '3,578',
        label: 'contradicted',
        note: 'fact eth.low_24h 3678.04',
      },
      {
        find: '500m',
        label: 'unsupported',
        note: 'forecast, no source',
      },
    ],
  },
  {
    id: 'E-desk-12',
    voice: 'desk-note',
    style: 'daily',
    text: 'More headlines:\n- The Block writes total market cap edges down to 3.49 trillion, dip about half percent.\n- CoinDesk: "Ether slides 4%".\n- Decrypt: Dogwifhat surges 11%.\n- CryptoSlate: XRP up 0.8%.\n- Reddit user: DePIN bags down 15% this week.\n- Mining difficulty small cut, around 4% expected.',
    numbers: [
      {
        find: '3.49',
        label: 'supported',
      },
      {
        find: '4%@1',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63; headline contradicted',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'supported-by-source',
        note: 'r/CryptoCurrency post about own bags; debatable',
      },
      {
        find: '4%@2',
        label: 'unsupported',
        note: 'no figure in source',
      },
    ],
  },
  {
    id: 'E-desk-13',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk wrap:\n- BTC -2.1% on week, ETH -4.0%, SOL -5.4%, XRP +0.2%.\n- Best L1 in week: DOT (+3.2%). Worst: SOL.\n- Memes +2.9% only positive sector, DePIN -8.6% the worst.\n- Total OI down 4.6% in the week, ETH OI -7.1%, DOGE OI +22.3%.',
    numbers: [
      {
        find: '-2.1%',
        label: 'supported',
      },
      {
        find: '-4.0%',
        label: 'supported',
      },
      {
        find: '-5.4%',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '-7.1%',
        label: 'supported',
      },
      {
        find: '+22.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-14',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly wrap (draft):\n- BTC +2.1% week, ETH -2.6%.\n- Best L1 was SUI (+1.6%).\n- AI sector -3.4%, best FET +1.7%, worst WLD -9.9%.\n- Gaming -6.2%, SAND -10.0%.\n- L2 -0.9%, ARB +2.2%, OP -4.4%.',
    numbers: [
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'direction: btc.change_7d -2.13',
      },
      {
        find: '-2.6%',
        label: 'contradicted',
        note: 'weekly: 2.63 is 24h; eth.change_7d -3.98',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'weekly leader DOT +3.16',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '-9.9%',
        label: 'contradicted',
        note: 'fact wld.change_7d -7.88',
      },
      {
        find: '-6.2%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -4.16',
      },
      {
        find: '-10.0%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-15',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly: derivatives\n- BTC OI -5.8%, SOL OI -4.4%, XRP OI +1.2%.\n- ETH OI -3.6%.\n- Total OI -4.6%.\n- DOGE OI +14.6%.\n- Funding average 0.0063% per 8h, neutral.',
    numbers: [
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'direction: xrp.oi_change_7d -1.2',
      },
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'weekly: 3.6 is 24h; eth.oi_change_7d -7.1',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '+14.6%',
        label: 'contradicted',
        note: 'weekly: 14.6 is 24h; doge.oi_change_7d 22.3',
      },
      {
        find: '0.0063%',
        label: 'contradicted',
        note: 'fact market.funding_avg 0.0036',
      },
      {
        find: '8@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-desk-16',
    voice: 'desk-note',
    style: 'daily',
    text: 'Altcoins short list:\n- FIL 2.05 (-5.8%), close to support 2.0.\n- HNT 2.87 (-9.0%).\n- IOTX 0.0215 (-4.6%).\n- RENDER 2.76 (-4.2%), support 2.5.\n- TAO 378.6 (+3.4%), resistance 390.\n- VIRTUAL 1.41 (+5.6%), best in AI.\n- WLD 0.96 (-3.3%).\n- GRT 0.0898 (-2.1%).',
    numbers: [
      {
        find: '2.05',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '2.0@2',
        label: 'supported',
      },
      {
        find: '2.87',
        label: 'supported',
      },
      {
        find: '-9.0%',
        label: 'contradicted',
        note: '24h: 8.98 is 7d; hnt.change_24h -3.94',
      },
      {
        find: '0.0215',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '2.76',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '2.5',
        label: 'contradicted',
        note: 'fact render.support 2.7',
      },
      {
        find: '378.6',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '390',
        label: 'contradicted',
        note: 'fact tao.resistance 380',
      },
      {
        find: '1.41',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '0.96',
        label: 'contradicted',
        note: 'fact wld.price 0.7634',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '0.0898',
        label: 'contradicted',
        note: 'fact grt.price 0.06983',
      },
      {
        find: '-2.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-desk-17',
    voice: 'desk-note',
    style: 'daily',
    text: 'Memes detail:\n- DOGE 0.209 (+6.8%), OI 490m, high of day 0.2093.\n- SHIB +3.1%, PEPE +9.5%, WIF +11.2% to 0.613.\n- WIF resistance 0.62, support 0.55.\n- Sector cap now 41.7bn, plus 5.2bn in one day.\n- If DOGE break 0.21 we see 0.25 quickly.',
    numbers: [
      {
        find: '0.209@1',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '490m',
        label: 'contradicted',
        note: 'fact doge.open_interest 940M',
      },
      {
        find: '0.2093',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '0.613',
        label: 'supported',
      },
      {
        find: '0.62',
        label: 'supported',
      },
      {
        find: '0.55',
        label: 'contradicted',
        note: 'fact wif.support 0.6',
      },
      {
        find: '41.7bn',
        label: 'supported',
      },
      {
        find: '5.2bn',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap_change_24h 2.54B',
      },
      {
        find: '0.21',
        label: 'supported',
      },
      {
        find: '0.25',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-desk-18',
    voice: 'desk-note',
    style: 'daily',
    text: 'L2 and Gaming:\n- ARB 0.305 (-1.8%), OP 0.448 (-2.4%), POL 0.186 (+0.4%), IMX 0.506 (-0.9%).\n- AXS 1.64 (+1.1%), SAND 0.218 (-10.0%), GALA 0.0136 (+0.6%).\n- L2 market cap 5.5bn, gaming 4.2bn.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0.305',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '0.448',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '0.186',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '0.506',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '1.64',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '0.218',
        label: 'supported',
      },
      {
        find: '-10.0%',
        label: 'contradicted',
        note: '24h: 10.01 is 7d; sand.change_24h -2.31',
      },
      {
        find: '0.0136',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '5.5bn',
        label: 'supported',
      },
      {
        find: '4.2bn',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap 2.41B',
      },
    ],
  },
  {
    id: 'E-desk-19',
    voice: 'desk-note',
    style: 'daily',
    text: 'Client question: "why BTC not moving?" Our answer:\n- Volume is low, about 31% under weekly average.\n- Vol 7d only 22%, lowest level since summer, it was 45% in October.\n- Range 105k - 110k hold already many days; 30d high 114.9k, low 98.4k.\n- BTC market cap 2.15T, ETH 744bn.\n- We expect breakout in next 2 weeks, target 118k.',
    numbers: [
      {
        find: '31%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '45%',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '105k',
        label: 'supported',
      },
      {
        find: '110k',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '114.9k',
        label: 'supported',
      },
      {
        find: '98.4k',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 101,399',
      },
      {
        find: '2.15T',
        label: 'supported',
      },
      {
        find: '744bn',
        label: 'contradicted',
        note: 'fact eth.market_cap 446.9B',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '118k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-desk-20',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector flows, short:\n- Money go out from DePIN (-4.8%) and into memes (+6.5%).\n- DePIN market cap lost 183m today, memes gained 25bn.\n- AI category cap (CoinGecko) 24.4bn, +0.74%.\n- L1 category cap 3.1T, -0.41%; L2 category -3.62%.',
    numbers: [
      {
        find: '-4.8%',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '183m',
        label: 'supported',
      },
      {
        find: '25bn',
        label: 'contradicted',
        note: 'fact memes.market_cap_change_24h 2.54B (10x)',
      },
      {
        find: '24.4bn',
        label: 'supported',
      },
      {
        find: '0.74%',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '3.1T',
        label: 'supported',
      },
      {
        find: '-0.41%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-3.62%',
        label: 'contradicted',
        note: 'fact sector.l2.category_change_24h -1.62',
      },
    ],
  },
  {
    id: 'E-desk-21',
    voice: 'desk-note',
    style: 'daily',
    text: 'Correction to morning note (numbers were from old sheet):\n- BTC funding was 0.0146%, not what we wrote.\n- SOL support 150, resistance 170.\n- ETH OI 4.0bn.\n- DOGE vol ratio 2.4.\n- Memes sector +6.5%, DePIN -5.8%.',
    numbers: [
      {
        find: '0.0146%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.00463',
      },
      {
        find: '150',
        label: 'contradicted',
        note: 'fact sol.support 160',
      },
      {
        find: '170',
        label: 'supported',
      },
      {
        find: '4.0bn',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.02B',
      },
      {
        find: '2.4',
        label: 'contradicted',
        note: 'fact doge.volume_ratio_7d 1.39',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -4.84; 5.83 is FIL',
      },
    ],
  },
];
