import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'P-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk morning note — majors\n- BTC is holding well, +0.4% on the day at 121.3k, price stays over the 120k support.\n- Range of the session was 119.2k until 121.8k, so quite narrow.\n- ETH is weaker, -1.8%, trades now 4,180 and is again under the 4,200 resistance.\n- SOL is the weak one of majors with -3.9%, price 196.4, very near the 24h low of 196.2.\n- XRP -4.1%, BNB +1.1% (only big coin in green beside BTC).',
    numbers: [
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '121.3k',
        label: 'supported',
      },
      {
        find: '120k',
        label: 'supported',
      },
      {
        find: '119.2k',
        label: 'supported',
      },
      {
        find: '121.8k',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '4,180',
        label: 'supported',
      },
      {
        find: '4,200',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '196.4',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '196.2',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'contradicted',
        note: 'xrp.change_24h -1.40',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives (from our side)\n- BTC funding 0.0052% per 8h, shorts pay to longs, annualized it is around 7.5%.\n- ETH funding is 0.0019%, SOL funding is negative -0.0034%, so shorts are paying longs there.\n- Open interest total 18 bn USD, it went down 3.4% in 24h.\n- Only BTC OI is growing: +1.1% to 8 bn. ETH OI -6.5%, SOL OI -7.2%, XRP OI -5%.',
    numbers: [
      {
        find: '0.0052%',
        label: 'contradicted',
        note: 'payer wrong: positive funding, longs pay shorts; value right',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '7.5%',
        label: 'contradicted',
        note: 'btc.funding_apr 5.69',
      },
      {
        find: '0.0019%',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '18 bn USD',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '8 bn@2',
        label: 'supported',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '-7.2%',
        label: 'supported',
      },
      {
        find: '-5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: 'Market overall\n- Total cap 3.59 tn USD, this is -1.3% vs yesterday.\n- BTC dominance climbs to 61.2%.\n- Breadth is bad: 7 up, 23 down from 30 names we follow.\n- Spot volume 124 bn total, BTC volume only 0.89x of the 7-day average.',
    numbers: [
      {
        find: '3.59 tn USD',
        label: 'contradicted',
        note: 'market.total_cap 3.951T',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '61.2%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '124 bn',
        label: 'contradicted',
        note: 'market.volume_24h 214B',
      },
      {
        find: '0.89x',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: 'Sectors quick view\n- DePIN the only sector green, +1.4%, all 4 names up, FIL best with +2.1%.\n- Memes worst, -5.8%; WIF -8.1% is the weakest, DOGE -5.6% is the "best" of them.\n- AI -4.1%, VIRTUAL lost 9.2%. RENDER is the exception with +0.8%.\n- L2 group -3.2%, OP worst -3.6%.\n- Gaming -2.6%, all four members red.',
    numbers: [
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: 'Levels we watch\n- BTC: support 120,000, resistance 125,000. Swing high of 30 days is 125,084.\n- ETH: support 4,200, resistance 4,000.\n- SOL: support 190, resistance 200.\n- XRP: 2.40 support, 2.50 resistance.\n- BNB: 1,000 / 1,050.',
    numbers: [
      {
        find: '120,000',
        label: 'supported',
      },
      {
        find: '125,000',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '125,084',
        label: 'supported',
      },
      {
        find: '4,200',
        label: 'contradicted',
        note: 'swapped: eth.support 4000',
      },
      {
        find: '4,000',
        label: 'contradicted',
        note: 'swapped: eth.resistance 4200',
      },
      {
        find: '190',
        label: 'supported',
      },
      {
        find: '200@2',
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
        find: '1,000',
        label: 'supported',
      },
      {
        find: '1,050',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk note (translated)\n- BTC went down 3% in Asia hours, but we see it recovered — on 24h it is still positive.\n- ETH dropped 3.8% and is now at 4,180.\n- SOL -1.8% only, to 196.',
    numbers: [
      {
        find: '3%',
        label: 'contradicted',
        note: 'btc.change_24h +0.40',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'contradicted',
        note: 'eth.change_24h -1.80; 3.8 ~ sol',
      },
      {
        find: '4,180',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'contradicted',
        note: 'sol.change_24h -3.90; 1.8 is ETH',
      },
      {
        find: '196',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives – watch out\n- BTC funding is now negative, -0.0052%, shorts pay longs.\n- ETH OI rose 6.5%.\n- Total OI is 81 bn.\n- DOGE funding -0.0061%, DOGE OI -9% to 1.2 bn.',
    numbers: [
      {
        find: '-0.0052%',
        label: 'contradicted',
        note: 'sign wrong, btc.funding_rate +0.0052',
      },
      {
        find: '6.5%',
        label: 'contradicted',
        note: 'direction wrong, eth.oi_change_24h -6.50',
      },
      {
        find: '81 bn',
        label: 'contradicted',
        note: 'market.open_interest 18.0B, digits swapped',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '-9%',
        label: 'supported',
      },
      {
        find: '1.2 bn',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flows / news\n- ETF inflow 420 mn USD net, this is CoinDesk numbers, fifth day in row.\n- Liquidations of longs 310 mn as per The Block.\n- Oracle exploit on a DeFi lender, 38 mn drained (Decrypt).\n- Some treasury company bought 2,500 BTC, from Bitcoin Magazine.\n- We think BTC can go to 130k before month end.',
    numbers: [
      {
        find: '420 mn USD',
        label: 'supported-by-source',
      },
      {
        find: 'fifth',
        label: 'supported-by-source',
        note: 'CoinDesk summary; streak count',
      },
      {
        find: '310 mn',
        label: 'supported-by-source',
      },
      {
        find: '38 mn',
        label: 'supported-by-source',
      },
      {
        find: '2,500',
        label: 'supported-by-source',
      },
      {
        find: '130k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'P-desk-note-09',
    voice: 'desk-note',
    style: 'daily',
    text: 'Our view on altcoins\n- ADA -3.6% to 0.638, AVAX -4.2% to 19.74, DOT -3.9% to 3.18.\n- NEAR -2.3%, SUI +0.6% at 2.75.\n- AVAX is the worst from L1 group today.\n- In L1 only 3 of 10 are green.',
    numbers: [
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '0.638',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '19.74',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '3.18',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'contradicted',
        note: 'near.change_24h -3.20',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '2.75',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '3@6',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: 'Alts (second page)\n- ADA lost 6.3%, AVAX +4.2%.\n- SUI is down 0.6%.\n- DOT is trading at 3.71 now.\n- NEAR at 2.60 just over the 2.6 support.',
    numbers: [
      {
        find: '6.3%',
        label: 'contradicted',
        note: 'ada.change_24h -3.60',
      },
      {
        find: '+4.2%',
        label: 'contradicted',
        note: 'direction wrong, avax -4.20',
      },
      {
        find: '0.6%',
        label: 'contradicted',
        note: 'direction wrong, sui +0.60',
      },
      {
        find: '3.71',
        label: 'contradicted',
        note: 'dot.price 3.176',
      },
      {
        find: '2.60',
        label: 'supported',
      },
      {
        find: '2.6@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: 'AI names\n- FET -7.4% to 0.55, WLD -5.3%, GRT -5.1%, TAO -3.5% at 391.\n- VIRTUAL worst in sector, -9.2% at 1.35.\n- Sector market cap (CoinGecko) is 29.1 bn, day change -4.1%.\n- From 7 AI tokens only 1 is up.',
    numbers: [
      {
        find: '-7.4%',
        label: 'supported',
      },
      {
        find: '0.55',
        label: 'supported',
      },
      {
        find: '-5.3%',
        label: 'supported',
      },
      {
        find: '-5.1%',
        label: 'supported',
      },
      {
        find: '-3.5%',
        label: 'supported',
      },
      {
        find: '391',
        label: 'supported',
      },
      {
        find: '-9.2%',
        label: 'supported',
      },
      {
        find: '1.35',
        label: 'supported',
      },
      {
        find: '29.1 bn',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: 'AI names - corrections\n- FET fell 17.2% today.\n- RENDER is the worst one in AI with +0.8%.\n- AI cap is 2.91 bn.',
    numbers: [
      {
        find: '17.2%',
        label: 'contradicted',
        note: 'fet 24h -7.40; 17.2 is 7d',
      },
      {
        find: '0.8%',
        label: 'contradicted',
        note: 'wrong rank: render is best AI 24h',
      },
      {
        find: '2.91 bn',
        label: 'contradicted',
        note: '10x slip, sector.ai.category_cap 29.1B',
      },
    ],
  },
  {
    id: 'P-desk-note-13',
    voice: 'desk-note',
    style: 'daily',
    text: "Memes\n- DOGE at 0.2197, down 5.6%.\n- SHIB -5.9%, PEPE -6.8%, WIF -8.1% to 0.677.\n- Meme sector cap (CoinGecko) is 63 bn, -5.8%.\n- Decrypt writes that memecoins rally and DOGE leads comeback — we don't see this, sector is -5.8% on our data.\n- SHIB is the best meme today with -1.9%.",
    numbers: [
      {
        find: '0.2197',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'supported',
      },
      {
        find: '0.677',
        label: 'supported',
      },
      {
        find: '63 bn',
        label: 'supported',
      },
      {
        find: '-5.8%@1',
        label: 'supported',
      },
      {
        find: '-5.8%@2',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'contradicted',
        note: 'wrong leader and value: best memes 24h DOGE -5.60; shib -5.89',
      },
    ],
  },
  {
    id: 'P-desk-note-14',
    voice: 'desk-note',
    style: 'daily',
    text: 'L2 / Gaming\n- ARB -3.4% to 0.289, OP -3.6% at 0.442, POL -2.8% at 0.170, IMX -3.1%.\n- L2 watchlist cap 5.1 bn, lost about 167 mn today.\n- Gaming: AXS -2.2%, SAND -2.3%, GALA -2.4%, IMX is worst with -3.1%.\n- POL is the least bad L2 today.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '0.289',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '0.442',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '0.170',
        label: 'supported',
      },
      {
        find: '-3.1%@1',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '5.1 bn',
        label: 'supported',
      },
      {
        find: '167 mn',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-3.1%@2',
        label: 'supported',
      },
      {
        find: '2@10',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-desk-note-15',
    voice: 'desk-note',
    style: 'daily',
    text: 'L2 / Gaming - second desk\n- ARB fell 11.8% today.\n- Gaming cap 86 bn.\n- GALA at 0.125.\n- AXS +2.2%.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '11.8%',
        label: 'contradicted',
        note: 'arb 24h -3.40; 11.8 is 7d',
      },
      {
        find: '86 bn',
        label: 'contradicted',
        note: '10x slip, gaming category cap 8.6B',
      },
      {
        find: '0.125',
        label: 'contradicted',
        note: '10x slip, gala.price 0.01248',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'direction wrong, axs -2.20',
      },
    ],
  },
  {
    id: 'P-desk-note-16',
    voice: 'desk-note',
    style: 'daily',
    text: 'DePIN\n- FIL +2.1% at 1.96, HNT +1.6% at 2.72, IOTX +1.2% at 0.0195.\n- Sector (CoinGecko) 10.2 bn, +1.4%.\n- Watchlist DePIN cap 3.64 bn, added around 51 mn.\n- HNT is the leader of DePIN today with +1.6%.',
    numbers: [
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '1.96',
        label: 'supported',
      },
      {
        find: '1.6%@1',
        label: 'supported',
      },
      {
        find: '2.72',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '0.0195',
        label: 'supported',
      },
      {
        find: '10.2 bn',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '3.64 bn',
        label: 'supported',
      },
      {
        find: '51 mn',
        label: 'supported',
      },
      {
        find: '1.6%@2',
        label: 'contradicted',
        note: 'wrong leader: best depin 24h is FIL +2.10',
      },
    ],
  },
  {
    id: 'P-desk-note-17',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk summary\n- BTC -1.2% in the week, ETH -5.4%, SOL -7.2%, XRP -3.7%.\n- BNB nearly flat with -0.6%, SUI small plus 0.4%.\n- Total OI fell 7.3% in the week, SOL OI even 13.6%.\n- Memes -13.6%, SHIB worst -18.6%, PEPE best -11.8%.',
    numbers: [
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '-5.4%',
        label: 'supported',
      },
      {
        find: '-7.2%',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'supported',
      },
      {
        find: '13.6%@1',
        label: 'supported',
      },
      {
        find: '-13.6%',
        label: 'supported',
      },
      {
        find: '-18.6%',
        label: 'supported',
      },
      {
        find: '-11.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-18',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk summary (part 2)\n- L2 -10.6%, AI -9.9%, Gaming -9.3%, L1 -2.2%.\n- DePIN the only positive sector with +2.1%, IOTX +5.9%.\n- FET is the worst AI coin with -17.2%, RENDER best with +1.9%.\n- AVAX -8.2% is worst in L1.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-10.6%',
        label: 'supported',
      },
      {
        find: '-9.9%',
        label: 'supported',
      },
      {
        find: '-9.3%',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '5.9%',
        label: 'supported',
      },
      {
        find: '-17.2%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '-8.2%',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-desk-note-19',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk summary (errata draft)\n- BTC was +0.4% in the week.\n- ETH OI fell 6.5%.\n- L1 down 0.2% only.\n- DePIN all 4 up, but gaming only 2 down.',
    numbers: [
      {
        find: '0.4%',
        label: 'contradicted',
        note: 'weekly: btc 7d -1.20',
      },
      {
        find: '6.5%',
        label: 'contradicted',
        note: 'weekly: eth.oi_change_7d -9.80; 6.5 is 24h',
      },
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: '0.2%',
        label: 'contradicted',
        note: 'weekly: l1 7d -2.19',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'contradicted',
        note: 'gaming decliners_7d 4 of 4; advancers 0',
      },
    ],
  },
  {
    id: 'P-desk-note-20',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector note\n- L1 -0.2% (cap 3.37 tn), BNB best +1.1%, AVAX worst -4.2%.\n- L2 -3.2%, best POL -2.8%, worst OP -3.6%.\n- AI -4.1%, best RENDER +0.8%, worst VIRTUAL -9.2%.\n- DePIN +1.4%, best FIL +2.1%, worst RENDER +0.8%.\n- Gaming -2.6%, best AXS -2.2%, worst IMX -3.1%.\n- Memes -5.8%, best DOGE -5.6%, worst WIF -8.1%.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0.2%',
        label: 'supported',
      },
      {
        find: '3.37 tn',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '0.8%@1',
        label: 'supported',
      },
      {
        find: '-9.2%',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '0.8%@2',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-21',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector note - wrongs to check\n- L1 -3.2%] today.\n- Memes best PEPE -6.8%.\n- DePIN worst HNT +1.6%.\n- AI 2 of 7 up.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-3.2%',
        label: 'contradicted',
        note: 'l1 24h -0.18; 3.2 is L[2|i',
      },
      {
        find: '-6.8%',
        label: 'contradicted',
        note: 'wrong leader: best memes DOGE',
      },
      {
        find: '+1.6%',
        label: 'contradicted',
        note: 'wrong: worst depin 24h RENDER +0.80',
      },
      {
        find: '2@2',
        label: 'contradicted',
        note: 'ai advancers 1',
      },
      {
        find: '7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-22',
    voice: 'desk-note',
    style: 'daily',
    text: 'Volume and vol\n- BTC 7d realized vol 26.9%, SOL 51.2%, ETH 25.5%.\n- ETH volume 1.31 bn, ratio vs 7d avg 0.77.\n- SOL volume 752 mn, XRP 266 mn.\n- WLD vol is very high, 190% annualized.\n- FET volume is 1.6x of the average, one of few above.',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '26.9%',
        label: 'supported',
      },
      {
        find: '51.2%',
        label: 'supported',
      },
      {
        find: '25.5%',
        label: 'supported',
      },
      {
        find: '1.31 bn',
        label: 'supported',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '0.77',
        label: 'supported',
      },
      {
        find: '752 mn',
        label: 'contradicted',
        note: 'sol.volume_24h 572M; 752 is doge',
      },
      {
        find: '266 mn',
        label: 'supported',
      },
      {
        find: '190%',
        label: 'contradicted',
        note: 'wld.volatility_7d 109.0',
      },
      {
        find: '1.6x',
        label: 'contradicted',
        note: 'fet.volume_ratio_7d 1.16',
      },
    ],
  },
  {
    id: 'P-desk-note-23',
    voice: 'desk-note',
    style: 'daily',
    text: 'Volume and vol - corrections\n- BTC realized vol 7d is 62%.\n- BTC volume 24.6 bn.\n- ETH ratio 0.97.',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '62%',
        label: 'contradicted',
        note: 'btc.volatility_7d 26.9; 62 is sui/doge-ish',
      },
      {
        find: '24.6 bn',
        label: 'contradicted',
        note: '10x slip, btc.volume_24h 2.46B',
      },
      {
        find: '0.97',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 0.767',
      },
    ],
  },
  {
    id: 'P-desk-note-24',
    voice: 'desk-note',
    style: 'daily',
    text: 'Unconfirmed / other\n- SUI unlock of 64 mn tokens next week, people talk about this.\n- Some analyst sees 150k BTC at year end.\n- BTC all-time high was 126k in October.\n- ETH looks 3% below swing high — no, more.\n- US 10y yield around 4.2%.',
    numbers: [
      {
        find: '64 mn',
        label: 'unsupported',
        note: 'reddit post, not attributed',
      },
      {
        find: '150k',
        label: 'unsupported',
        note: 'forecast not attributed to Cointelegraph',
      },
      {
        find: '126k',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '3%',
        label: 'unsupported',
        note: 'distance to level',
      },
      {
        find: '10y',
        label: 'ignored',
      },
      {
        find: '4.2%',
        label: 'unsupported',
        note: 'macro',
      },
    ],
  },
  {
    id: 'P-desk-note-25',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short summary for the team\n- BTC 121,312, +0.4%; ETH 4,180, -1.8%; dominance 61.2%.\n- Cap 3.95T (-1.3%), volume 214bn.\n- 23 of 30 coins are red.\n- OI -3.4%, funding mostly small positive, average 0.0023%.',
    numbers: [
      {
        find: '121,312',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '4,180',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '61.2%',
        label: 'supported',
      },
      {
        find: '3.95T',
        label: 'supported',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '214bn',
        label: 'supported',
      },
      {
        find: '23@1',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '0.0023%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-26',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short summary (wrong draft)\n- BTC 112,312, dominance 66.2%.\n- Cap 4.95T, up 1.3%.\n- Only 17 coins green.',
    numbers: [
      {
        find: '112,312',
        label: 'contradicted',
        note: 'btc.price 121,312',
      },
      {
        find: '66.2%',
        label: 'contradicted',
        note: 'btc dominance 61.2',
      },
      {
        find: '4.95T',
        label: 'contradicted',
        note: 'market.total_cap 3.951T',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'direction wrong, cap change -1.3',
      },
      {
        find: '17',
        label: 'contradicted',
        note: 'advancers 7',
      },
    ],
  },
  {
    id: 'P-desk-note-27',
    voice: 'desk-note',
    style: 'daily',
    text: 'Bitcoin details\n- Market cap BTC 2.42 tn, ETH 505 bn, SOL 107 bn.\n- BTC swing low 30d 111,110, ETH swing low 3,894, ETH swing high 4,641.\n- BTC 30d change +6%, ETH +2.2%.\n- BTC 30d change -6.0% in a second source, we think wrong.',
    numbers: [
      {
        find: '2.42 tn',
        label: 'supported',
      },
      {
        find: '505 bn',
        label: 'supported',
      },
      {
        find: '107 bn',
        label: 'supported',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '111,110',
        label: 'supported',
      },
      {
        find: '3,894',
        label: 'supported',
      },
      {
        find: '4,641',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '6%',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '30d@3',
        label: 'ignored',
      },
      {
        find: '-6.0%',
        label: 'contradicted',
        note: 'direction wrong, btc.change_30d +6.05',
      },
    ],
  },
  {
    id: 'P-desk-note-28',
    voice: 'desk-note',
    style: 'daily',
    text: 'Risk desk, 2 more points\n- BNB resistance is 1,100, support 950.\n- SOL 30d swing low 186, this is very near.\n- XRP price 2.14.\n- ETH 24h high 4,295.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '1,100',
        label: 'contradicted',
        note: 'bnb.resistance 1050',
      },
      {
        find: '950',
        label: 'contradicted',
        note: 'bnb.support 1000',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '186',
        label: 'contradicted',
        note: 'sol.swing_low_30d 195.31',
      },
      {
        find: '2.14',
        label: 'contradicted',
        note: 'xrp.price 2.4126, digits swapped',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '4,295',
        label: 'contradicted',
        note: 'eth.high_24h 4259.73',
      },
    ],
  },
  {
    id: 'P-desk-note-29',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flows (uncertain numbers)\n- ETF inflow was $520 mn according to CoinDesk.\n- Liquidations $130 mn, The Block says.\n- Stablecoin supply grows 2% this week.\n- Funding on ETH is -0.0019%, shorts pay.\n- XRP funding 0.027%.',
    numbers: [
      {
        find: '$520 mn',
        label: 'contradicted',
        note: 'CoinDesk headline $420 million',
      },
      {
        find: '$130 mn',
        label: 'contradicted',
        note: 'The Block headline $310 million',
      },
      {
        find: '2%',
        label: 'unsupported',
        note: 'not in facts or headlines',
      },
      {
        find: '-0.0019%',
        label: 'contradicted',
        note: 'sign wrong, eth.funding_rate +0.0019',
      },
      {
        find: '0.027%',
        label: 'contradicted',
        note: '10x slip, xrp.funding_rate 0.0027',
      },
    ],
  },
  {
    id: 'P-desk-note-30',
    voice: 'desk-note',
    style: 'daily',
    text: 'Our targets (not facts)\n- BTC 128k next resistance after 125k.\n- ETH can retest 3,900 if 4,000 support breaks.\n- SOL to 180 is our base case.\n- DOGE squeeze possible to 0.25.',
    numbers: [
      {
        find: '128k',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '125k',
        label: 'supported',
      },
      {
        find: '3,900',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '4,000',
        label: 'supported',
      },
      {
        find: '180',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '0.25',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'P-desk-note-31',
    voice: 'desk-note',
    style: 'daily',
    text: 'Correction notes\n- BNB is +0.6% today, not more.\n- SUI +1.6% today.\n- IMX price 0.846.\n- TAO -5.3%.\n- WIF -12.5%.\n- OP vol 7d 57.6%.',
    numbers: [
      {
        find: '+0.6%',
        label: 'contradicted',
        note: 'bnb 24h +1.10; 0.6 near 7d -0.63 magnitude',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'sui 24h +0.60; 1.6 is hnt',
      },
      {
        find: '0.846',
        label: 'contradicted',
        note: 'imx.price 0.4486',
      },
      {
        find: '-5.3%',
        label: 'contradicted',
        note: 'tao 24h -3.50; 5.3 is wld',
      },
      {
        find: '-12.5%',
        label: 'contradicted',
        note: 'wif 24h -8.10; 12.5 is 7d',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '57.6%',
        label: 'contradicted',
        note: 'op.volatility_7d 77.6',
      },
    ],
  },
  {
    id: 'P-desk-note-32',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sector caps check\n- Memes (CoinGecko) 36 bn.\n- DePIN +2.4%.\n- L2 lost 1.67 bn.\n- Gaming cap change -60 mn, AI -592 mn.',
    numbers: [
      {
        find: '36 bn',
        label: 'contradicted',
        note: 'memes category cap 63B, digits swapped',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'depin 24h +1.41',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '1.67 bn',
        label: 'contradicted',
        note: '10x slip, l2 cap change -167M',
      },
      {
        find: '-60 mn',
        label: 'supported',
      },
      {
        find: '-592 mn',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-desk-note-33',
    voice: 'desk-note',
    style: 'daily',
    text: 'Quick check for morning call\n- HNT price 2.27.\n- GRT 0.78.\n- FIL worst in DePIN with +2.1%.\n- SAND -6.6%.\n- ARB resistance 0.31.\n- DOGE OI 2.1 bn.\n- Market funding average is 0.023%.\n- Advancers only 5 today.',
    numbers: [
      {
        find: '2.27',
        label: 'contradicted',
        note: 'hnt.price 2.7214',
      },
      {
        find: '0.78',
        label: 'contradicted',
        note: '10x slip, grt.price 0.07812',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'FIL is best depin, not worst',
      },
      {
        find: '-6.6%',
        label: 'contradicted',
        note: 'sand 24h -2.30; 6.6 is 7d',
      },
      {
        find: '0.31',
        label: 'contradicted',
        note: 'arb.resistance 0.29',
      },
      {
        find: '2.1 bn',
        label: 'contradicted',
        note: 'doge.open_interest 1.2B',
      },
      {
        find: '0.023%',
        label: 'contradicted',
        note: '10x slip, market.funding_avg 0.0023',
      },
      {
        find: '5',
        label: 'contradicted',
        note: 'market.advancers_24h 7',
      },
    ],
  },
];
