import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'L-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Morning note 05.11 — crypto desk
- BTC trade at $99,239, again below 100k. Day change -1.3%, the session range was 99.1k to 101.2k.
- On the week BTC is down 6%, so the grind is continuing (30 days: -6.0%).
- ETH is more weak: -3.4% on day, price 3,312. Day low 3,306.
- SOL -2.4% at 158.4, just under resistance of 170.
- Total market cap 3.93T, -1.7% on day; BTC dominance go to 61.2%.
- Breadth bad: only 5 up and 21 down from 30 names we follow.`,
    numbers: [
      { find: '05.11', label: 'ignored', note: 'date' },
      { find: '$99,239', label: 'supported' },
      { find: '100k', label: 'supported', note: 'debatable: price below the 100,000 level (btc.resistance 100000)' },
      { find: '-1.3%', label: 'supported' },
      { find: '99.1k', label: 'supported' },
      { find: '101.2k', label: 'supported' },
      { find: 'down 6%', label: 'contradicted', note: 'fact btc.change_7d -4.0; 6 is the 30d figure' },
      { find: '30 days', label: 'ignored' },
      { find: '-6.0%', label: 'supported' },
      { find: '-3.4%', label: 'contradicted', note: 'fact eth.change_24h -2.1' },
      { find: '3,312', label: 'supported' },
      { find: '3,306', label: 'supported' },
      { find: '-2.4%', label: 'supported' },
      { find: '158.4', label: 'supported' },
      { find: '170', label: 'contradicted', note: 'fact sol.resistance 160' },
      { find: '3.93T', label: 'contradicted', note: 'fact market.total_cap 3.39T' },
      { find: '-1.7%', label: 'supported' },
      { find: '61.2%', label: 'contradicted', note: 'fact market.btc_dominance 58.4' },
      { find: 'only 5', label: 'contradicted', note: 'fact market.advancers_24h 9' },
      { find: '21 down', label: 'supported' },
      { find: '30 names', label: 'supported' },
    ],
  },
  {
    id: 'L-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives (Binance perps)
- Funding BTC +0.0031% per 8h, annualized around 3.4%. Longs pay shorts, but very little.
- ETH funding turned negative, -0.0018%, so shorts pay longs. Annual this is about -2.0%.
- SOL funding highest of majors at 0.0052% (7.5% annual).
- XRP is -0.0009%, DOGE -0.0024%.
- OI: BTC 6.0B (+3.1%), ETH 7.1B (+0.3%), SOL 2.1B (+6%). Total OI about 17.6B, +4% on day.
- XRP OI up 2.4%, DOGE OI -0.8%.
- Average funding weighted by OI only 0.011%.`,
    numbers: [
      { find: '+0.0031%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '3.4%', label: 'supported' },
      { find: '-0.0018%', label: 'supported' },
      { find: '-2.0%', label: 'supported', note: 'eth.funding_apr -1.97, hedged about' },
      { find: '0.0052%', label: 'supported' },
      { find: '7.5%', label: 'contradicted', note: 'fact sol.funding_apr 5.69' },
      { find: '-0.0009%', label: 'supported' },
      { find: '-0.0024%', label: 'contradicted', note: 'fact doge.funding_rate +0.0024 (sign)' },
      { find: '6.0B', label: 'supported' },
      { find: '+3.1%', label: 'contradicted', note: 'fact btc.oi_change_24h 1.8; 3.1 is the 7d figure' },
      { find: '7.1B', label: 'supported' },
      { find: '+0.3%', label: 'supported' },
      { find: '2.1B', label: 'supported' },
      { find: '+6%', label: 'contradicted', note: 'fact sol.oi_change_24h -3.5 (Cointelegraph headline says +6%)' },
      { find: '17.6B', label: 'supported' },
      { find: '+4%', label: 'contradicted', note: 'fact market.oi_change_24h 0.38 (10x)' },
      { find: 'up 2.4%', label: 'supported' },
      { find: '-0.8%', label: 'supported' },
      { find: '0.011%', label: 'contradicted', note: 'fact market.funding_avg 0.00107 (10x slip)' },
    ],
  },
  {
    id: 'L-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: `Sectors, 24h:
- DePIN is only sector in green, +1.8%. All 4 members up, IOTX lead with +6.1%, HNT +2.4%, FIL +3.2%, RENDER +1.6%.
- Gaming worst sector, -4.5%. GALA -5.1% is the weakest, AXS -4.8%, SAND and IMX both around -4.2%.
- Memes -2.9%: PEPE -3.8%, WIF -3.4%, DOGE -2.9%, SHIB -2.6% best of the group.
- AI -1.9%, 3 up and 4 down. RENDER best (+1.6%), VIRTUAL worst -4.6%.
- L1 -1.4%, BNB only +0.4% and SUI +0.2% positive; NEAR worst with -2.6%.
- L2 -1.6%, OP +1.7% best, ARB -4.2% worst.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '+1.8%', label: 'supported' },
      { find: 'All 4', label: 'supported' },
      { find: '+6.1%', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
      { find: '+3.2%', label: 'contradicted', note: 'fact fil.change_24h 1.2' },
      { find: '+1.6%@1', label: 'supported' },
      { find: '-4.5%', label: 'supported' },
      { find: '-5.1%', label: 'supported' },
      { find: '-4.8%', label: 'supported' },
      { find: '-4.2%@1', label: 'supported' },
      { find: '-2.9%@1', label: 'supported' },
      { find: '-3.8%', label: 'supported' },
      { find: '-3.4%', label: 'supported' },
      { find: '-2.9%@2', label: 'supported' },
      { find: '-2.6%@1', label: 'supported' },
      { find: '-1.9%', label: 'supported' },
      { find: '3 up', label: 'contradicted', note: 'fact sector.ai.advancers_24h 2' },
      { find: '4 down', label: 'contradicted', note: 'fact sector.ai.decliners_24h 5' },
      { find: '+1.6%@2', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-1.4%', label: 'supported' },
      { find: '+0.4%', label: 'supported' },
      { find: '+0.2%', label: 'supported' },
      { find: '-2.6%@2', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-1.6%', label: 'contradicted', note: 'fact sector.l2.change_24h -0.57' },
      { find: '+1.7%', label: 'supported' },
      { find: '-4.2%@2', label: 'contradicted', note: 'L2 worst is IMX -4.2; ARB -0.9' },
    ],
  },
  {
    id: 'L-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly view (desk, for clients)
- BTC -4.0% in the week, ETH -5.8%, SOL much worse with -8.7%.
- XRP lose 2.7%, BNB best of large caps only -1.4%.
- All 10 L1 names are down on 7 days, ADA worst one at -10.2%.
- Gaming -11.3% on week, SAND -16.3% is the worst of gaming. Memes -12.5%, WIF -15.5%.
- Only DePIN has green names: IOTX +8.6% and HNT +1.8%.
- Total OI +1.1% on the week, SOL OI -6.8%.
- Our view: BTC can test 95,000 support, and if it break, 90k is possible.`,
    numbers: [
      { find: '-4.0%', label: 'supported' },
      { find: '-5.8%', label: 'contradicted', note: 'fact eth.change_7d -3.8' },
      { find: '-8.7%', label: 'supported' },
      { find: '2.7%', label: 'supported' },
      { find: '-1.4%', label: 'supported' },
      { find: 'All 10', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '7 days', label: 'ignored' },
      { find: '-10.2%', label: 'contradicted', note: 'L1 worst 7d is DOT -10.2; ADA -6.8' },
      { find: '-11.3%', label: 'supported' },
      { find: '-16.3%', label: 'supported' },
      { find: '-12.5%', label: 'contradicted', note: 'fact sector.memes.change_7d -8.5' },
      { find: '-15.5%', label: 'supported' },
      { find: '+8.6%', label: 'supported' },
      { find: '+1.8%', label: 'supported' },
      { find: '+1.1%', label: 'contradicted', note: 'fact market.oi_change_7d -1.1 (sign)' },
      { find: '-6.8%', label: 'supported' },
      { find: '95,000', label: 'supported' },
      { find: '90k', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'L-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `BTC technical, desk:
- Support 95k, resistance 100k. Price 99.2k so it sits just under resistance.
- 30-day swing high is 117,438, swing low 98,990 — price is very near the low.
- Volatility 7d annualized 23.3%, on 30d 20.3%.
- Spot volume 27.4B, this is 0.96x of 7-day average, so a bit lighter.
- Market cap of BTC 2.98T.`,
    numbers: [
      { find: '95k', label: 'supported' },
      { find: '100k', label: 'supported' },
      { find: '99.2k', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '117,438', label: 'contradicted', note: 'fact btc.swing_high_30d 107,438' },
      { find: '98,990', label: 'supported' },
      { find: '7d', label: 'ignored' },
      { find: '23.3%', label: 'contradicted', note: 'fact btc.volatility_7d 20.3; 23.3 is 30d' },
      { find: '30d', label: 'ignored' },
      { find: '20.3%', label: 'contradicted', note: 'fact btc.volatility_30d 23.3; 20.3 is 7d' },
      { find: '27.4B', label: 'contradicted', note: 'fact btc.volume_24h 2.74B (10x)' },
      { find: '0.96x', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '2.98T', label: 'contradicted', note: 'fact btc.market_cap 1.98T' },
    ],
  },
  {
    id: 'L-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `ETH / alts short:
- ETH range today 3,306 – 3,422, now 3,312 near the low. Support 3,400 hold until now, resistance 3,200.
- ETH 30-day swing high 3,809, it is -12.2% on 30 days.
- ETH vol 7d 35.3%. Spot volume 1.43B, below average (0.93x).
- XRP 2.219, -3.1%. Between support 2.20 and resistance 2.30.
- BNB +0.4% to 931, only L1 with SUI in positive.
- ADA 0.622, AVAX 19.14, DOT 3.03, NEAR 3.92.`,
    numbers: [
      { find: '3,306', label: 'supported' },
      { find: '3,422', label: 'supported' },
      { find: '3,312', label: 'supported' },
      { find: '3,400', label: 'contradicted', note: 'fact eth.support 3200; 3400 is resistance' },
      { find: '3,200', label: 'contradicted', note: 'fact eth.resistance 3400; 3200 is support' },
      { find: '30-day', label: 'ignored' },
      { find: '3,809', label: 'supported' },
      { find: '-12.2%', label: 'contradicted', note: 'fact eth.change_30d -7.2' },
      { find: '30 days', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '35.3%', label: 'supported' },
      { find: '1.43B', label: 'supported' },
      { find: '0.93x', label: 'supported' },
      { find: '2.219', label: 'supported' },
      { find: '-3.1%', label: 'contradicted', note: 'fact xrp.change_24h -1.1' },
      { find: '2.20', label: 'supported' },
      { find: '2.30', label: 'supported' },
      { find: '+0.4%', label: 'supported' },
      { find: '931', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '0.622', label: 'supported' },
      { find: '19.14', label: 'contradicted', note: 'fact avax.price 17.14' },
      { find: '3.03', label: 'supported' },
      { find: '3.92', label: 'contradicted', note: 'fact near.price 2.918' },
    ],
  },
  {
    id: 'L-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Headlines we watch:
- The Block: spot BTC ETFs have $412 million net outflow, third day in a row.
- The Block report also exchange hack, $58 million taken from hot wallet.
- Cointelegraph write about DeFi lending exploit of $72 million.
- Decrypt: one miner sell 1,200 BTC for data center.
- On r/CryptoCurrency a post say a whale open $50M short on BTC.
- CoinDesk analyst see BTC 85,000 to year end if 95,000 break.
- Cointelegraph: BTC dominance slip to 56%.
- CryptoSlate: only 5 of top 30 coins closed higher.`,
    numbers: [
      { find: '$412 million', label: 'unsupported', note: 'ETF figure is from CoinDesk, attributed to The Block' },
      { find: '$58 million', label: 'supported-by-source' },
      { find: '$72 million', label: 'unsupported', note: 'Cointelegraph headline says $27 million' },
      { find: '1,200', label: 'supported-by-source' },
      { find: '$50M', label: 'supported-by-source' },
      { find: '85,000', label: 'supported-by-source', note: 'analyst forecast, attributed to CoinDesk' },
      { find: '95,000', label: 'supported', note: 'btc.support 95000' },
      { find: '56%', label: 'contradicted', note: 'fact market.btc_dominance 58.4 contradicts the headline' },
      { find: 'only 5', label: 'contradicted', note: 'fact market.advancers_24h 9 contradicts CryptoSlate' },
      { find: 'top 30', label: 'ignored', note: 'debatable: rank-style group' },
    ],
  },
  {
    id: 'L-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `- IOTX +6% while market is red, DePIN the only sector up (+1.8%).
- Gaming again worst, -7.5%, all four names more than 4% down.
- Only 12 from 30 coins up in 24h.`,
    numbers: [
      { find: '+6%', label: 'supported' },
      { find: '+1.8%', label: 'supported' },
      { find: '-7.5%', label: 'contradicted', note: 'fact sector.gaming.change_24h -4.5' },
      { find: 'more than 4%', label: 'supported', note: 'gaming members -4.2 to -5.1' },
      { find: 'Only 12', label: 'contradicted', note: 'fact market.advancers_24h 9' },
      { find: '30 coins', label: 'supported' },
      { find: '24h', label: 'ignored' },
    ],
  },
  {
    id: 'L-desk-note-09',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector AI (sector view):
- AI basket -1.9%, market cap of basket 14.95B (CoinGecko category 29.4B, -2.0%). The basket lose about 290M in value.
- TAO +3.0% at 418.3, RENDER +1.6% at 3.214, they are only 2 green.
- FET -3.8%, WLD -1.4%, GRT -3.2%, VIRTUAL -4.6%.
- NEAR -6.2% also count here.
- On the week all 7 AI coins red, GRT worst -10.5%.`,
    numbers: [
      { find: '-1.9%', label: 'supported' },
      { find: '14.95B', label: 'supported' },
      { find: '29.4B', label: 'supported' },
      { find: '-2.0%', label: 'supported' },
      { find: '290M', label: 'supported' },
      { find: '+3.0%', label: 'contradicted', note: 'fact tao.change_24h 0.3' },
      { find: '418.3', label: 'supported' },
      { find: '+1.6%@1', label: 'supported' },
      { find: '3.214', label: 'supported' },
      { find: '2 green', label: 'supported' },
      { find: '-3.8%', label: 'supported' },
      { find: '-1.4%', label: 'contradicted', note: 'fact wld.change_24h -4.1' },
      { find: '-3.2%', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: '-6.2%', label: 'contradicted', note: 'fact near.change_24h -2.6' },
      { find: 'all 7', label: 'supported' },
      { find: '-10.5%', label: 'contradicted', note: 'AI worst 7d is FET -10.5; GRT -9.7' },
    ],
  },
  {
    id: 'L-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: `Note 2: ETH funding -0.0018% so longs pay shorts. SOL OI down 3.5% but price only -2.4%. DOGE at 0.187, -2.9%, OI 13B.`,
    numbers: [
      { find: 'Note 2', label: 'ignored', note: 'list number' },
      {
        find: '-0.0018%',
        label: 'contradicted',
        note: 'debatable: value right but negative funding means shorts pay longs',
      },
      { find: '3.5%', label: 'supported' },
      { find: '-2.4%', label: 'supported' },
      { find: '0.187', label: 'supported' },
      { find: '-2.9%', label: 'supported' },
      { find: '13B', label: 'contradicted', note: 'fact doge.open_interest 1.3B' },
    ],
  },
];
