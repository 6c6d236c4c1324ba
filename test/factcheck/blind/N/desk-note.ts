import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'N-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Morning note from Asia desk, 22 Oct.
- BTC keeps calm: trade at $110,912, only 0.8% lower on day. Range of 24h was $109,376 until $111,882.
- ETH is the big loser, price $3,410, it lose 6.2% in one day and 9.0% on the week. In the night it touched $3,324.
- Total market cap is now $3.73T, down 3.2%. BTC dominance is going up to 61.3%.
- Breadth very weak, only 11 from 30 names are in green, 21 in red.
- SOL lose 5.3% to $177.84, XRP lose 4.1% to $2.35.
- Levels for ETH: support $3,400, resistance $3,800. For BTC support $110,000 and resistance $115,000.
- ETF desk tells us spot ETH funds had about $412M outflow; we think ETH can go to $3,000 next week.`,
    numbers: [
      { find: '22 Oct', label: 'ignored' },
      { find: '$110,912', label: 'supported' },
      { find: '0.8%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$109,376', label: 'supported' },
      { find: '$111,882', label: 'supported' },
      { find: '$3,410', label: 'supported' },
      { find: '6.2%', label: 'supported' },
      { find: '9.0%', label: 'supported' },
      { find: '$3,324', label: 'supported' },
      { find: '$3.73T', label: 'supported' },
      { find: '3.2%', label: 'contradicted', note: 'fact market.cap_change_24h -2.2' },
      { find: '61.3%', label: 'contradicted', note: 'fact market.btc_dominance 59.3' },
      { find: '11 from', label: 'supported' },
      { find: '30 names', label: 'supported' },
      { find: '21 in', label: 'contradicted', note: 'fact market.decliners_24h 19' },
      { find: '5.3%', label: 'supported' },
      { find: '$177.84', label: 'contradicted', note: 'fact sol.price 171.84' },
      { find: '4.1%', label: 'contradicted', note: 'fact xrp.change_24h -3.0 (4.1 is DOT)' },
      { find: '$2.35', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,800', label: 'contradicted', note: 'fact eth.resistance 3600' },
      { find: '$110,000', label: 'supported' },
      { find: '$115,000', label: 'supported' },
      { find: '$412M', label: 'unsupported', note: 'CoinDesk headline figure, not attributed to the outlet' },
      { find: '$3,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'N-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives colour (funding is per 8h):
- ETH funding is negative, -0.0152% per 8h, this is about -21.6% annualized, so shorts pay to longs. OI on ETH grow 5.5% to $7.6B, on the week +4.8%.
- BTC funding still positive at 0.0068%, longs pay shorts, around 7.4% in year terms. BTC OI is $6.2B and it went up 0.6% on day.
- SOL funding 0.0031%, OI $2.2B, down 2.0%. XRP funding 0.0145%, OI up 1.5% to $1.15B.
- DOGE funding flipped negative at -0.0022%.
- Total open interest $18.45B, plus 2.4% on day and plus 3.7% on the week. Average funding OI-weighted is -0.0035%.
- The Block count liquidations of $640M, mostly ETH longs.`,
    numbers: [
      { find: '8h@1', label: 'ignored' },
      { find: '-0.0152%', label: 'supported' },
      { find: '8h@2', label: 'ignored' },
      { find: '-21.6%', label: 'contradicted', note: 'fact eth.funding_apr -16.6' },
      { find: '5.5%', label: 'supported' },
      { find: '$7.6B', label: 'supported' },
      { find: '+4.8%', label: 'contradicted', note: 'fact eth.oi_change_7d 8.4' },
      { find: '0.0068%', label: 'supported' },
      { find: '7.4%', label: 'supported' },
      { find: '$6.2B', label: 'supported' },
      { find: '0.6%', label: 'contradicted', note: 'direction: fact btc.oi_change_24h -0.6 (down)' },
      { find: '0.0031%', label: 'supported' },
      { find: '$2.2B', label: 'supported' },
      { find: '2.0%', label: 'contradicted', note: 'direction: fact sol.oi_change_24h +2.0 (up)' },
      { find: '0.0145%', label: 'contradicted', note: 'fact xrp.funding_rate 0.0045' },
      { find: '1.5%', label: 'supported' },
      { find: '$1.15B', label: 'supported' },
      { find: '-0.0022%', label: 'supported' },
      { find: '$18.45B', label: 'supported' },
      { find: '2.4%', label: 'supported' },
      { find: '3.7%', label: 'supported' },
      { find: '-0.0035%', label: 'supported' },
      { find: '$640M', label: 'supported-by-source', note: 'The Block headline, outlet named' },
    ],
  },
  {
    id: 'N-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector view, last 24h:
- Layer 2 is worst sector, -6.9%, all 4 members in red. OP is worst with -8.9%, ARB -8.6%, POL -7.8%, IMX is the "best" with -4.6%.
- AI sector is only strong group, +2.5%, 6 from 7 members up. TAO lead with +7.4% to $486.2, FET +5.0%, VIRTUAL +6.3%. Only NEAR is red, -3.6%.
- DePIN small up +0.9%, RENDER best with +2.5%, FIL worst -0.9%.
- Gaming -4.8%, memes -3.1%. In memes WIF is best with +1.1%, DOGE worst -1.5%.
- L1 sector -1.8%, only BNB is up (+0.4%), ETH worst -6.2%.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '-6.9%', label: 'supported' },
      { find: '4 members', label: 'supported' },
      { find: '-8.9%', label: 'supported' },
      { find: '-8.6%', label: 'supported' },
      { find: '-7.8%', label: 'contradicted', note: 'fact pol.change_24h -5.8' },
      { find: '-4.6%', label: 'supported' },
      { find: '+2.5%@1', label: 'supported' },
      { find: '6 from', label: 'supported' },
      { find: '7 members', label: 'supported' },
      { find: '+7.4%', label: 'supported' },
      { find: '$486.2', label: 'contradicted', note: 'fact tao.price 468.2' },
      { find: '+5.0%', label: 'supported' },
      { find: '+6.3%', label: 'contradicted', note: 'fact virtual.change_24h 3.6' },
      { find: '-3.6%', label: 'supported' },
      { find: '+0.9%', label: 'supported' },
      { find: '+2.5%@2', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '-4.8%', label: 'contradicted', note: 'fact sector.gaming.change_24h -2.8' },
      { find: '-3.1%', label: 'contradicted', note: 'fact sector.memes.change_24h -1.3' },
      { find: '+1.1%', label: 'supported' },
      { find: '-1.5%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-1.8%', label: 'supported' },
      { find: '+0.4%', label: 'supported' },
      { find: '-6.2%', label: 'supported' },
    ],
  },
  {
    id: 'N-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly wrap for clients (7 days):
- BTC +1.5% on week, ETH -9.0%. Gap is more than ten points, also CoinDesk is writing this.
- L2 was the worst, -14.0%, ARB -18.0% is worst member, POL best of the group with -11.9%.
- AI sector +5.7% on week, all 7 members up, TAO +19.5%, FET +10.2%.
- AVAX was worst L1 with -11.1%, DOT -10.1%, ADA -6.8%, SOL -3.5%.
- Memes -7.9%, gaming -12.9%, DePIN +1.7% with IOTX best +4.3%.
- Total OI is up 3.7% in week; ETH OI +5.5%.`,
    numbers: [
      { find: '7 days', label: 'ignored' },
      { find: '+1.5%', label: 'supported' },
      { find: '-9.0%', label: 'supported' },
      {
        find: 'more than ten',
        label: 'supported-by-source',
        note: 'CoinDesk summary: ETH lagged BTC by more than ten points over 7d (10.5 by facts); debatable, could be seen as derived',
      },
      { find: 'L2', label: 'ignored' },
      { find: '-14.0%', label: 'supported' },
      { find: '-18.0%', label: 'supported' },
      { find: '-11.9%', label: 'supported' },
      { find: '+5.7%', label: 'supported' },
      { find: '7 members', label: 'supported' },
      { find: '+19.5%', label: 'contradicted', note: 'fact tao.change_7d 15.9' },
      { find: '+10.2%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-11.1%', label: 'supported' },
      { find: '-10.1%', label: 'contradicted', note: 'fact dot.change_7d -8.1' },
      { find: '-6.8%', label: 'supported' },
      { find: '-3.5%', label: 'contradicted', note: 'fact sol.change_7d -6.5' },
      { find: '-7.9%', label: 'supported' },
      { find: '-12.9%', label: 'contradicted', note: 'fact sector.gaming.change_7d -8.9' },
      { find: '+1.7%', label: 'supported' },
      { find: '+4.3%', label: 'contradicted', note: 'wrong leader: +4.3 is HNT (sector.depin.best_7d); IOTX -2.6' },
      { find: '3.7%', label: 'supported' },
      { find: '+5.5%', label: 'contradicted', note: 'weekly: fact eth.oi_change_7d 8.4; 5.5 is the 24h value' },
    ],
  },
  {
    id: 'N-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `Note for the alt book:
- ADA at $0.6512, down 4.4%; AVAX at $18.16, down 7.9%; DOT $3.138 (-4.1%).
- SUI $2.58, -6.4%, NEAR $2.98, -3.6%. BNB is only L1 in plus, +2.4% to $948.6, near resistance at $950.
- ARB trade $0.3098 and OP $0.4617, both down more than 8% (OP -8.9%, ARB -6.8%).
- POL $0.1948, IMX $0.55.
- DOGE $0.1994, -2.5%, SHIB -1.3%, PEPE -0.4%, WIF +1.1%.
- Volume: ETH volume was 2.4x of 7-day average, BTC only 1.1x. ARB volume 3.3x.
- Our view: ETH can bounce to $3,700 when shorts cover; support of BTC is $108,000.`,
    numbers: [
      { find: '$0.6512', label: 'supported' },
      { find: '4.4%', label: 'supported' },
      { find: '$18.16', label: 'supported' },
      { find: '7.9%', label: 'contradicted', note: 'fact avax.change_24h -4.9' },
      { find: '$3.138', label: 'supported' },
      { find: '-4.1%', label: 'supported' },
      { find: '$2.58', label: 'supported' },
      { find: '-6.4%', label: 'contradicted', note: 'fact sui.change_24h -4.6' },
      { find: '$2.98', label: 'supported' },
      { find: '-3.6%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '+2.4%', label: 'contradicted', note: 'fact bnb.change_24h 0.4' },
      { find: '$948.6', label: 'supported' },
      { find: '$950', label: 'supported' },
      { find: '$0.3098', label: 'supported' },
      { find: '$0.4617', label: 'supported' },
      { find: 'more than 8%', label: 'supported', note: 'OP -8.9, ARB -8.6 both more than 8' },
      { find: '-8.9%', label: 'supported' },
      { find: '-6.8%', label: 'contradicted', note: 'fact arb.change_24h -8.6' },
      { find: '$0.1948', label: 'supported' },
      { find: '$0.55', label: 'supported' },
      { find: '$0.1994', label: 'supported' },
      { find: '-2.5%', label: 'contradicted', note: 'fact doge.change_24h -1.5' },
      { find: '-1.3%', label: 'supported' },
      { find: '-0.4%', label: 'contradicted', note: 'sign: fact pepe.change_24h +0.4' },
      { find: '+1.1%', label: 'supported' },
      { find: '2.4x', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '1.1x', label: 'supported' },
      { find: '3.3x', label: 'contradicted', note: 'fact arb.volume_ratio_7d 1.27' },
      { find: '$3,700', label: 'unsupported', note: 'forecast' },
      { find: '$108,000', label: 'contradicted', note: 'fact btc.support 110000' },
    ],
  },
  {
    id: 'N-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `- Quick one: BTC 24h high $113,804, low $109,376. ETH high $3,687, low $3,324. Realised vol of ETH on 7 days is near 76%, of BTC only 27.9%.
- BTC market cap $2.21T, ETH $411.6B, SOL $49.3B, XRP $141B.
- ETH 30-day swing low is $3,362.
- Staking exit queue is 1.2M ETH, Cointelegraph say. Exploit itself took $71M.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '$113,804', label: 'contradicted', note: 'that is btc.swing_high_30d; btc.high_24h 111,882' },
      { find: '$109,376', label: 'supported' },
      { find: '$3,687', label: 'supported' },
      { find: '$3,324', label: 'supported' },
      { find: '7 days', label: 'ignored' },
      { find: '76%', label: 'supported' },
      { find: '27.9%', label: 'contradicted', note: 'wrong window: btc.volatility_7d 12.5, 27.9 is 30d' },
      { find: '$2.21T', label: 'supported' },
      { find: '$411.6B', label: 'supported' },
      { find: '$49.3B', label: 'contradicted', note: 'fact sol.market_cap 94.3B' },
      { find: '$141B', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$3,362', label: 'supported' },
      { find: '1.2M', label: 'supported-by-source' },
      { find: '$71M', label: 'unsupported', note: 'Cointelegraph figure, not attributed in this sentence' },
    ],
  },
  {
    id: 'N-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Risk summary before EU open:
- Bitcoin Magazine headline say BTC tumbled 5%, but on our screens BTC is only -0.8% in 24h.
- ETH fall 6.2%; we expect it test $2,800, like the CoinDesk analyst say.
- Spot ETH ETF outflow $412M per CoinDesk.
- Only 11 coins from our 30 are up; in AI 5 from 7 members.
- Total volume $324B.
- ETH 24h low $3,224, high $3,687.
- SOL 24h low $171.31, high $181.74, support $170, resistance $190.
- XRP support $2.40, resistance $2.30; ADA support $0.64 resistance $0.66.
- TAO 24h range $432.75 – $474.61, support $480.
- BTC funding annualized 17.4%, ETH -16.6%.`,
    numbers: [
      {
        find: 'tumbled 5%',
        label: 'contradicted',
        note: 'Bitcoin Magazine figure contradicted by btc.change_24h -0.8',
      },
      { find: '-0.8%', label: 'supported' },
      { find: '24h@1', label: 'ignored' },
      { find: '6.2%', label: 'supported' },
      {
        find: '$2,800',
        label: 'supported-by-source',
        note: 'CoinDesk analyst forecast, outlet named; debatable (a forecast)',
      },
      { find: '$412M', label: 'supported-by-source' },
      { find: '11 coins', label: 'supported' },
      { find: '30 are', label: 'supported' },
      { find: '5 from', label: 'contradicted', note: 'fact sector.ai.advancers_24h 6' },
      { find: '7 members', label: 'supported' },
      { find: '$324B', label: 'contradicted', note: 'fact market.volume_24h 224B' },
      { find: '24h@2', label: 'ignored' },
      { find: '$3,224', label: 'contradicted', note: 'fact eth.low_24h 3324' },
      { find: '$3,687', label: 'supported' },
      { find: '24h@3', label: 'ignored' },
      { find: '$171.31', label: 'supported' },
      { find: '$181.74', label: 'supported' },
      { find: '$170', label: 'supported' },
      { find: '$190', label: 'contradicted', note: 'fact sol.resistance 180' },
      { find: '$2.40', label: 'contradicted', note: 'swapped: xrp.support 2.3' },
      { find: '$2.30', label: 'contradicted', note: 'swapped: xrp.resistance 2.4' },
      { find: '$0.64', label: 'supported' },
      { find: '$0.66', label: 'supported' },
      { find: '24h@4', label: 'ignored' },
      { find: '$432.75', label: 'supported' },
      { find: '$474.61', label: 'supported' },
      { find: '$480', label: 'contradicted', note: 'tao.support 460; 480 is resistance' },
      { find: '17.4%', label: 'contradicted', note: 'fact btc.funding_apr 7.4' },
      { find: '-16.6%', label: 'supported' },
    ],
  },
  {
    id: 'N-desk-note-08',
    voice: 'desk-note',
    style: 'sector',
    text: `Short add-on from the alt desk:
- DePIN basket +0.9% on day, RENDER +2.5%, IoTeX +1.3%, FIL -0.9%, HNT +3.8%.
- Memes: DOGE -1.5%, SHIB -3.3%, PEPE +0.4%, WIF +4.1%; 2 up and 2 down.
- Memes cap on our watchlist $40.4B, CoinGecko category $26B.
- Gaming: AXS -1.1%, SAND -1.6%, GALA -4.7%, all 4 down.
- Our target for DOGE is $0.25 this week.`,
    numbers: [
      { find: '+0.9%', label: 'supported' },
      { find: '+2.5%', label: 'supported' },
      { find: '+1.3%', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '+3.8%', label: 'contradicted', note: 'fact hnt.change_24h 0.8' },
      { find: '-1.5%', label: 'supported' },
      { find: '-3.3%', label: 'contradicted', note: 'fact shib.change_24h -1.3' },
      { find: '+0.4%', label: 'supported' },
      { find: '+4.1%', label: 'contradicted', note: 'fact wif.change_24h 1.1' },
      { find: '2 up', label: 'supported' },
      { find: '2 down', label: 'supported' },
      { find: '$40.4B', label: 'supported' },
      { find: '$26B', label: 'contradicted', note: 'fact sector.memes.category_cap 62B' },
      { find: '-1.1%', label: 'supported' },
      { find: '-1.6%', label: 'supported' },
      { find: '-4.7%', label: 'contradicted', note: 'fact gala.change_24h -1.7' },
      { find: '4 down', label: 'supported' },
      { find: '$0.25', label: 'unsupported', note: 'forecast' },
    ],
  },
];
