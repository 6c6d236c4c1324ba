import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'T-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk note — morning, Asia hand-over\n\n- BTC is lower by 0.6% at 111,949 USD, range of session was 111,456 until 118,353. Still it stays inside the box 110,000 / 115,000.\n- ETH make the strong move: +4.8% to 4,721 USD, new 30-day high. Week performance is +9%, month is +21%.\n- Dominance of BTC is going down to 58.5%, total market capitalisation plus 1.7% to 3.18 trillion USD.\n- Breadth is negative: 16 tokens down, 14 up, from 30 in watchlist.\n- We keep the view that ETH can go to 5,200 USD until end of month.',
    numbers: [
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '111,949',
        label: 'supported',
      },
      {
        find: '111,456',
        label: 'supported',
      },
      {
        find: '118,353',
        label: 'contradicted',
        note: 'fact btc.high_24h 113352.77',
      },
      {
        find: '110,000',
        label: 'supported',
      },
      {
        find: '115,000',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '4,721',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '+9%',
        label: 'supported',
      },
      {
        find: '+21%',
        label: 'contradicted',
        note: 'fact eth.change_30d 12.03',
      },
      {
        find: '58.5%',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 0.7',
      },
      {
        find: '3.18 trillion',
        label: 'contradicted',
        note: 'fact market.total_cap 3.81T',
      },
      {
        find: '16',
        label: 'supported',
      },
      {
        find: '14',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '5,200',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'T-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives — points for the desk\n\n1. Funding of ETH perpetual is 0.018% for each 8 hours, this is around 19.7% on the year. Longs are paying to shorts.\n2. BTC funding is negative, -0.004%, so here the longs are paying the shorts.\n3. Open interest ETH grows +9% to 6.4 bn USD; on 7 days it is +16.2%.\n4. Open interest BTC is falling 2% to 8.8 bn, on the week -6.4%.\n5. DOGE funding -0.008%, open interest minus 3% to 890 mn USD.\n6. Total OI of the market 16.8 bn USD, change on 24 hours +8.1%. Average funding weighted by OI: 0.04%.',
    numbers: [
      {
        find: '1.',
        label: 'ignored',
      },
      {
        find: '0.018%',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '19.7%',
        label: 'supported',
      },
      {
        find: '2.',
        label: 'ignored',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '3.',
        label: 'ignored',
      },
      {
        find: '+9%',
        label: 'supported',
      },
      {
        find: '6.4 bn',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '+16.2%',
        label: 'supported',
      },
      {
        find: '4.',
        label: 'ignored',
      },
      {
        find: '2%@2',
        label: 'supported',
      },
      {
        find: '8.8 bn',
        label: 'supported',
      },
      {
        find: '-6.4%',
        label: 'contradicted',
        note: 'wrong asset: btc.oi_change_7d -4.6; -6.4 is DOGE',
      },
      {
        find: '5.',
        label: 'ignored',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '3%',
        label: 'supported',
      },
      {
        find: '890 mn',
        label: 'contradicted',
        note: 'fact doge.open_interest 980M',
      },
      {
        find: '6.@4',
        label: 'ignored',
      },
      {
        find: '16.8 bn',
        label: 'contradicted',
        note: 'fact market.open_interest 18.64B',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '+8.1%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h 1.85',
      },
      {
        find: '0.04%',
        label: 'contradicted',
        note: '10x: market.funding_avg 0.0040',
      },
    ],
  },
  {
    id: 'T-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sectors, short overview (24h)\n\n- Layer 2 is the best sector with +8.5%. All 4 members are green. OP is leader with +12.5%, ARB +15.0%, POL +6.6% and IMX is last with +4.0%.\n- Gaming +2.9%, 2 from 4 members up. Best is IMX (+4.0%), weak is GALA with -0.7%.\n- Layer 1 +0.7%, five up and five down. Best ETH, worst DOT (-1.1%).\n- DePIN +0.3%. FIL is best (+2.4%), RENDER worst (-2.6%).\n- AI -1.2%, only TAO is positive (+0.8%). VIRTUAL lose -5.1%.\n- Memes is the last sector, -2.4%, all 4 are red. PEPE -4.6% is the worst from the 30 tokens.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+8.5%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '+12.5%',
        label: 'supported',
      },
      {
        find: '+15.0%',
        label: 'contradicted',
        note: 'fact arb.change_24h 10.5; 15 is 7d',
      },
      {
        find: '+6.6%',
        label: 'supported',
      },
      {
        find: '+4.0%@1',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 1.98',
      },
      {
        find: '2@5',
        label: 'contradicted',
        note: 'fact sector.gaming.advancers_24h 3',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '+4.0%@2',
        label: 'supported',
      },
      {
        find: '-0.7%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: 'five@1',
        label: 'supported',
      },
      {
        find: 'five@2',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'contradicted',
        note: 'direction: depin 24h -0.32',
      },
      {
        find: '+2.4%',
        label: 'contradicted',
        note: 'wrong leader: depin best HNT +2.4; FIL +1.6',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '-5.1%',
        label: 'contradicted',
        note: 'fact virtual.change_24h -3.1',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '4@8',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'T-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: 'Levels to watch — please note\n\n- BTC: support 115,000, resistance 110,000. Swing low of 30 days 110,866, swing high 120,661.\n- ETH: support 4,600, resistance 4,800. Price is above the 30-day swing high 4,645.\n- SOL: support 200, resistance 210, price 216.80. Low of the day 199.80, high 207.10.\n- XRP: support 2.80, resistance 2.90, price 2.38.\n- BNB: support 850, resistance 900, price 886.\n- DOGE: support 0.21, resistance 0.22, price 0.2411, it lose -2.2%.',
    numbers: [
      {
        find: '115,000',
        label: 'contradicted',
        note: 'swapped: btc.support 110000',
      },
      {
        find: '110,000',
        label: 'contradicted',
        note: 'swapped: btc.resistance 115000',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '110,866',
        label: 'supported',
      },
      {
        find: '120,661',
        label: 'supported',
      },
      {
        find: '4,600',
        label: 'supported',
      },
      {
        find: '4,800',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '4,645',
        label: 'supported',
      },
      {
        find: '200',
        label: 'supported',
      },
      {
        find: '210',
        label: 'supported',
      },
      {
        find: '216.80',
        label: 'contradicted',
        note: 'fact sol.price 206.8',
      },
      {
        find: '199.80',
        label: 'supported',
      },
      {
        find: '207.10',
        label: 'supported',
      },
      {
        find: '2.80',
        label: 'supported',
      },
      {
        find: '2.90',
        label: 'supported',
      },
      {
        find: '2.38',
        label: 'contradicted',
        note: 'fact xrp.price 2.834',
      },
      {
        find: '850',
        label: 'supported',
      },
      {
        find: '900',
        label: 'supported',
      },
      {
        find: '886',
        label: 'contradicted',
        note: 'fact bnb.price 868.4',
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
        find: '0.2411',
        label: 'contradicted',
        note: 'fact doge.price 0.2114',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'T-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flows and headlines (from our reading)\n\n- CoinDesk write that spot ether ETFs have inflow of $285 million, best day in six weeks.\n- Per The Block, Optimism unlock 24.2 million OP next week. Careful for the OP rally.\n- Cointelegraph say Optimism plunges 10% — this is not our data, we see OP +12.5%.\n- Decrypt: lending protocol on rollup is drained for $18 million.\n- On Reddit somebody see 42,000 ETH going to Coinbase.\n- Miner sold 2,300 BTC to pay credit line.\n- CryptoSlate report memecoins rally 5%, but in our screen the memes are -2.4%.',
    numbers: [
      {
        find: '$285 million',
        label: 'supported-by-source',
      },
      {
        find: 'six',
        label: 'supported-by-source',
      },
      {
        find: '24.2 million',
        label: 'supported-by-source',
      },
      {
        find: '10%',
        label: 'contradicted',
        note: 'headline contradicted by fact op.change_24h +12.5',
      },
      {
        find: '+12.5%',
        label: 'supported',
      },
      {
        find: '$18 million',
        label: 'supported-by-source',
      },
      {
        find: '42,000',
        label: 'unsupported',
        note: 'Reddit is the outlet but "somebody on Reddit" — debatable; r/CryptoCurrency named loosely',
      },
      {
        find: '2,300',
        label: 'unsupported',
        note: 'no outlet named',
      },
      {
        find: '5%@2',
        label: 'contradicted',
        note: 'attributed but fact sector.memes.change_24h -2.4',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'T-desk-note-06',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly review for the desk (7 days)\n\n- ETH +9.0%, BTC -3.0%, SOL +6.3%, XRP -3.4%, BNB +4.6%.\n- ADA -3.9%, AVAX -2.2%, DOT -9.6%, NEAR -2.3%, SUI +0.1%.\n- Best of the week in L2 is ARB with +14.9%, weakest POL with +3.4%.\n- AI sector -1.2%, TAO is best +6.1%, VIRTUAL worst -12.1%.\n- DePIN -1.7%, HNT best +18.2%, FET worst -7.8%.\n- Memes -5.7%, SHIB is best with -1.9%, PEPE worst -7.4%.\n- Gaming +2.0%, AXS +5.8% best.',
    numbers: [
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '+9.0%',
        label: 'supported',
      },
      {
        find: '-3.0%',
        label: 'contradicted',
        note: 'wrong window: btc 30d -3.0; 7d -1.5',
      },
      {
        find: '+6.3%',
        label: 'contradicted',
        note: 'fact sol.change_7d 4.27',
      },
      {
        find: '-3.4%',
        label: 'contradicted',
        note: 'direction: xrp.change_7d +3.4',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'contradicted',
        note: 'fact avax.change_7d +0.18',
      },
      {
        find: '-9.6%',
        label: 'contradicted',
        note: 'wrong window: dot 30d -9.6; 7d -4.5',
      },
      {
        find: '-2.3%',
        label: 'contradicted',
        note: 'direction: near.change_7d +2.3',
      },
      {
        find: '+0.1%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+14.9%',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'contradicted',
        note: 'wrong window: ai 24h -1.23; 7d -1.98',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '-12.1%',
        label: 'supported',
      },
      {
        find: '-1.7%',
        label: 'supported',
      },
      {
        find: '+18.2%',
        label: 'contradicted',
        note: 'fact hnt.change_7d 8.2',
      },
      {
        find: '-7.8%',
        label: 'contradicted',
        note: 'wrong member: depin worst 7d IOTX -7.84; FET -7.1 and not DePIN',
      },
      {
        find: '-5.7%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-7.4%',
        label: 'supported',
      },
      {
        find: '+2.0%',
        label: 'supported',
      },
      {
        find: '+5.8%',
        label: 'contradicted',
        note: 'wrong leader: gaming best 7d is IMX 5.78; AXS 3.7',
      },
    ],
  },
  {
    id: 'T-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: 'Note from the Frankfurt desk, before open\n\n• In the night BTC is losing 0.6%, but ETH makes 4.8% and is now near to 4,720 USD. Ratio of ETH volume to the 7-day mean is 1.9, for BTC only 0.8 — so the selling in BTC is with small volume.\n• Volatility 7-day realised: BTC 13.9%, ETH 29.9%, SOL 22.2%.\n• OP and ARB with volume more than 3 times the week average (3.5 and 3.4).\n• SOL +3.4% with funding -0.001%, OI +1%; XRP +2.6%, funding +0.005%, OI +5%.\n• Market cap of L2 basket is 7.97 bn USD, +624 mn in one day; the CoinGecko L2 category is 18.4 bn, +8.1%.\n• AI basket is 31.6 bn USD, it lost 170 mn. Memes basket 44.1 bn, lost 1.9 bn.\n• Gaming category from CoinGecko: 9.9 bn, +1.9%. DePIN category 10.9 bn, -2.4%.\n• Our target for BTC end of the year stays 135,000; ETH 6,000.',
    numbers: [
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '4,720',
        label: 'supported',
      },
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '1.9@1',
        label: 'supported',
      },
      {
        find: '0.8',
        label: 'supported',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '13.9%',
        label: 'supported',
      },
      {
        find: '29.9%',
        label: 'contradicted',
        note: 'wrong window: eth.volatility_30d 29.9; 7d is 21.0',
      },
      {
        find: '22.2%',
        label: 'supported',
      },
      {
        find: '3 times',
        label: 'supported',
        note: 'more than 3x: both 3.4-3.5',
      },
      {
        find: '3.5',
        label: 'supported',
      },
      {
        find: '3.4@1',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '-0.001%',
        label: 'supported',
      },
      {
        find: '+1%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+0.005%',
        label: 'supported',
      },
      {
        find: '+5%',
        label: 'contradicted',
        note: '10x: xrp.oi_change_24h 0.5',
      },
      {
        find: 'L2@1',
        label: 'ignored',
      },
      {
        find: '7.97 bn',
        label: 'supported',
      },
      {
        find: '+624 mn',
        label: 'supported',
      },
      {
        find: 'L2@2',
        label: 'ignored',
      },
      {
        find: '18.4 bn',
        label: 'supported',
      },
      {
        find: '+8.1%',
        label: 'supported',
      },
      {
        find: '31.6 bn',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap 13.6B',
      },
      {
        find: '170 mn',
        label: 'supported',
      },
      {
        find: '44.1 bn',
        label: 'supported',
      },
      {
        find: '1.9 bn',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap_change_24h -1.09B',
      },
      {
        find: '9.9 bn',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '10.9 bn',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'fact depin category_change_24h -0.24 (10x)',
      },
      {
        find: '135,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '6,000',
        label: 'unsupported',
        note: 'forecast, not attributed',
      },
    ],
  },
  {
    id: 'T-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short update 11:00\n\n- Layer 1 group +1.7% on the day; 5 of 10 up. L1 basket market cap 3.26 trillion USD, which is +23 bn.\n- BTC OI 8.8 bn, ETH OI 6.4 bn, SOL OI 2.5 bn, XRP OI 9.6 bn, DOGE OI 0.98 bn.\n- BTC funding annual -4.38%, ETH +19.71%, DOGE -8.76%, XRP +5.48%, SOL -10.95%.\n- Advancers in watchlist 41, decliners 16.',
    numbers: [
      {
        find: '11:00',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+1.7%',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h 0.71',
      },
      {
        find: '5@1',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '3.26 trillion',
        label: 'supported',
      },
      {
        find: '+23 bn',
        label: 'supported',
      },
      {
        find: '8.8 bn',
        label: 'supported',
      },
      {
        find: '6.4 bn',
        label: 'supported',
      },
      {
        find: '2.5 bn',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.5B',
      },
      {
        find: '9.6 bn',
        label: 'contradicted',
        note: '10x: xrp.open_interest 0.96B',
      },
      {
        find: '0.98 bn',
        label: 'supported',
      },
      {
        find: '-4.38%',
        label: 'supported',
      },
      {
        find: '+19.71%',
        label: 'supported',
      },
      {
        find: '-8.76%',
        label: 'supported',
      },
      {
        find: '+5.48%',
        label: 'supported',
      },
      {
        find: '-10.95%',
        label: 'contradicted',
        note: '10x: sol.funding_apr -1.095',
      },
      {
        find: '41',
        label: 'contradicted',
        note: 'fact market.advancers_24h 14',
      },
      {
        find: '16',
        label: 'supported',
      },
    ],
  },
];
