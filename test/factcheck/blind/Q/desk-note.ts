import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'Q-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk note, morning Asia. Market is very calm, please see below.
- BTC stays around $117,460, change on 24h is -0.05%, so practically nothing. Range of day was $117,270 until $119,145.
- ETH is making -0.12% to $4,307. Still inside the box $4,200 / $4,400.
- SOL loses 3.8% at $216.18, XRP is -0.8% at $2.52.
- Total market cap stays $3.86T (-0.03%), BTC dominance 66.0%.
- Breadth: 14 up, 15 down, 1 flat (DOT 0.00%).
- Volume total is $5.8B only, very thin for weekend.
Our view: nothing to do until the range is broken.`,
    numbers: [
      { find: '$117,460', label: 'supported', note: 'btc.price' },
      { find: '24h', label: 'ignored' },
      { find: '-0.05%', label: 'supported', note: 'btc.change_24h' },
      { find: '$117,270', label: 'supported', note: 'btc.low_24h 117269.86' },
      { find: '$119,145', label: 'contradicted', note: 'btc.high_24h 118144.54' },
      { find: '-0.12%', label: 'contradicted', note: 'eth.change_24h +0.12 sign flip' },
      { find: '$4,307', label: 'supported', note: 'eth.price 4306.58' },
      { find: '$4,200', label: 'supported', note: 'eth.support' },
      { find: '$4,400', label: 'supported', note: 'eth.resistance' },
      { find: '3.8%', label: 'contradicted', note: 'sol.change_24h -0.378, 10x' },
      { find: '$216.18', label: 'supported', note: 'sol.price' },
      { find: '-0.8%', label: 'contradicted', note: 'xrp.change_24h -0.08, 10x' },
      { find: '$2.52', label: 'supported', note: 'xrp.price 2.5183' },
      { find: '$3.86T', label: 'supported', note: 'total_cap' },
      { find: '-0.03%', label: 'supported', note: 'cap_change_24h' },
      { find: '66.0%', label: 'contradicted', note: 'btc_dominance 60.6' },
      { find: '14 up', label: 'supported', note: 'advancers' },
      { find: '15 down', label: 'supported', note: 'decliners' },
      {
        find: '1 flat',
        label: 'supported',
        note: '30-14-15=1, dot 0; derived but stated in CoinDesk/Reddit; debatable',
      },
      { find: '0.00%', label: 'supported', note: 'dot.change_24h 0' },
      { find: '$5.8B', label: 'contradicted', note: 'market.volume_24h 58.2B, 10x' },
    ],
  },
  {
    id: 'Q-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives update from desk:
- BTC funding +0.0012% per 8h (annualised ~1.3%), shorts pay to longs, small.
- ETH funding turn negative -0.0008%, shorts are paying the longs.
- SOL funding also negative at -0.005%.
- DOGE funding -0.0014%, most negative of our perps.
- XRP funding negative -0.0003%.
- OI: BTC $8.3B (-0.6%), ETH $5.6B (+0.2%), SOL $1.5B (-11%), XRP $950M (-0.8%), DOGE $900M (-0.6%).
- Total OI of five perps $17.25B, down 0.31% on day and -5.1% on week.
- Average funding weighted by OI is around 0.0002%.
Comment: positioning is light, no squeeze risk in our opinion.`,
    numbers: [
      {
        find: '+0.0012%',
        label: 'contradicted',
        note: 'rate right but payer wrong: positive funding, longs pay shorts; debatable',
      },
      { find: '8h', label: 'ignored' },
      { find: '~1.3%', label: 'supported', note: 'btc.funding_apr 1.314' },
      { find: '-0.0008%', label: 'supported', note: 'eth.funding_rate' },
      { find: '-0.005%', label: 'contradicted', note: 'sol.funding_rate -0.0005, 10x' },
      { find: '-0.0014%', label: 'supported', note: 'doge.funding_rate, most negative yes' },
      { find: '-0.0003%', label: 'contradicted', note: 'xrp.funding_rate +0.0003, sign' },
      { find: '$8.3B', label: 'supported', note: 'btc OI' },
      { find: '(-0.6%), ETH', label: 'supported', note: 'btc.oi_change_24h' },
      { find: '$5.6B', label: 'supported', note: 'eth OI' },
      { find: '+0.2%', label: 'supported', note: 'eth.oi_change_24h' },
      { find: '$1.5B', label: 'supported', note: 'sol OI' },
      { find: '-11%', label: 'contradicted', note: 'sol.oi_change_24h -1.1, 10x' },
      { find: '$950M', label: 'supported', note: 'xrp OI' },
      { find: '-0.8%', label: 'contradicted', note: 'xrp.oi_change_24h +0.8 sign flip' },
      { find: '$900M', label: 'supported', note: 'doge OI' },
      { find: '(-0.6%).', label: 'supported', note: 'doge.oi_change_24h -0.6' },
      { find: 'five', label: 'supported', note: '5 perps in registry; count' },
      { find: '$17.25B', label: 'supported', note: 'market.open_interest' },
      { find: '0.31%', label: 'supported', note: 'oi_change_24h -0.309' },
      { find: '-5.1%', label: 'contradicted', note: 'market.oi_change_7d -0.51, 10x' },
      { find: '0.0002%', label: 'supported', note: 'funding_avg 0.000218' },
    ],
  },
  {
    id: 'Q-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: `Sectors, last 24h:
- L2 is best with +0.81%, ARB lead +2.4%, OP +7.0%, POL +0.06%, IMX is worst -0.5%. 3 from 4 are up.
- AI +0.25%, best VIRTUAL +2.2%, TAO +6.1%, worst WLD -3.0%. 6 of 7 up.
- L1 flat at -0.03%, best ADA +0.46%, worst SOL -0.38%.
- DePIN -0.47%, only HNT up (+0.5%), IOTX worst -1.4%.
- Memes -0.28%, PEPE +0.63% is best, WIF -0.9% worst, DOGE -4.5%.
- Gaming is weakest, -0.93%, all 4 members red, GALA -1.6%, SAND +1.1%, AXS -0.6%.
L2 sector cap (our watchlist) is $5.6B, gaming only $2.4B.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: 'L2 is', label: 'ignored', note: 'digit in name' },
      { find: '+0.81%', label: 'supported', note: 'l2.change_24h 0.805' },
      { find: '+2.4%', label: 'supported', note: 'arb' },
      { find: '+7.0%', label: 'contradicted', note: 'op 0.70, 10x' },
      { find: '+0.06%', label: 'supported', note: 'pol 0.0595' },
      { find: '-0.5%', label: 'supported', note: 'imx -0.50' },
      { find: '3 from 4', label: 'supported', note: 'l2 advancers 3/4' },
      { find: '+0.25%', label: 'supported', note: 'ai 0.247' },
      { find: '+2.2%', label: 'supported', note: 'virtual' },
      { find: '+6.1%', label: 'contradicted', note: 'tao.change_24h 1.60' },
      { find: '-3.0%', label: 'supported', note: 'wld -3.04' },
      { find: '6 of 7', label: 'contradicted', note: 'ai advancers 5 of 7' },
      { find: 'L1 flat', label: 'ignored', note: 'name' },
      { find: '-0.03%', label: 'supported', note: 'l1.change_24h -0.030' },
      { find: '+0.46%', label: 'supported', note: 'ada best l1' },
      { find: '-0.38%', label: 'contradicted', note: 'value is sol, but worst l1 is AVAX -0.62: wrong leader' },
      { find: '-0.47%', label: 'supported', note: 'depin' },
      { find: '+0.5%', label: 'supported', note: 'hnt 0.50' },
      { find: '-1.4%', label: 'supported', note: 'iotx' },
      { find: '-0.28%', label: 'supported', note: 'memes -0.277' },
      { find: '+0.63%', label: 'supported', note: 'pepe' },
      { find: '-0.9%', label: 'supported', note: 'wif' },
      { find: '-4.5%', label: 'contradicted', note: 'doge -0.45, 10x' },
      { find: '-0.93%', label: 'supported', note: 'gaming' },
      { find: 'all 4', label: 'supported', note: 'gaming decliners 4' },
      { find: '-1.6%', label: 'supported', note: 'gala' },
      { find: '+1.1%', label: 'contradicted', note: 'sand -1.10, sign flip (and all 4 red)' },
      { find: '-0.6%', label: 'supported', note: 'axs -0.599' },
      { find: 'L2 sector', label: 'ignored', note: 'name' },
      { find: '$5.6B', label: 'supported', note: 'l2.market_cap 5.59B' },
      { find: '$2.4B', label: 'supported', note: 'gaming.market_cap 2.42B' },
    ],
  },
  {
    id: 'Q-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly wrap from trading desk (translated).
- BTC on the week +6.0%, ETH +1.4%, SOL -2.4%, XRP +0.84%, BNB +2.8%.
- Best L1 of week is AVAX with +3.3%, worst is ADA -2.8%.
- L2 group +1.8%, ARB again the leader (+4.8%), POL the only loser -0.43%.
- AI sector +8.0%, TAO is best with +3.4%, WLD worst -4.3%.
- DePIN -1.5%, best member is HNT.
- Memes -1.65%, DOGE is worst with -1.9%, PEPE best +11%.
- Gaming -1.5%, GALA -3.3%, IMX only one green +0.95%.
- BTC realised vol 7d only 9.5%, ETH 21%.
- BTC OI -1.2% on week, ETH OI +0.9%, SOL OI -23%.`,
    numbers: [
      { find: '+6.0%', label: 'contradicted', note: 'btc.change_7d 0.60, 10x' },
      { find: '+1.4%', label: 'supported', note: 'eth.change_7d' },
      { find: '-2.4%', label: 'supported', note: 'sol.change_7d' },
      { find: '+0.84%', label: 'supported', note: 'xrp.change_7d' },
      { find: '+2.8%', label: 'contradicted', note: 'bnb.change_7d 0.28, 10x' },
      { find: 'L1 of', label: 'ignored', note: 'name' },
      { find: '+3.3%', label: 'contradicted', note: 'value of SUI (best l1 7d) put on AVAX (-1.24): wrong asset' },
      { find: '-2.8%', label: 'supported', note: 'ada worst l1 7d -2.77' },
      { find: 'L2 group', label: 'ignored', note: 'name' },
      { find: '+1.8%', label: 'supported', note: 'l2.change_7d' },
      { find: '+4.8%', label: 'supported', note: 'arb best 7d' },
      { find: '-0.43%', label: 'supported', note: 'pol worst/only decliner 7d' },
      { find: '+8.0%', label: 'contradicted', note: 'ai.change_7d 0.80' },
      { find: '+3.4%', label: 'supported', note: 'tao 3.448 -> 3.4 ok within half digit' },
      { find: '-4.3%', label: 'supported', note: 'wld.change_7d -4.28' },
      {
        find: 'DePIN -1.5%',
        label: 'supported',
        note: 'depin.change_7d -1.475 (rounds 1.5); HNT named best but fact best_7d is RENDER - leader claim wrong, no number',
      },
      { find: '-1.65%', label: 'supported', note: 'memes.change_7d -1.653' },
      { find: '-1.9%', label: 'supported', note: 'doge worst memes 7d -1.94' },
      { find: '+11%', label: 'contradicted', note: 'pepe.change_7d 1.06, 10x' },
      { find: '-1.5%@2', label: 'supported', note: 'gaming.change_7d -1.52' },
      { find: '-3.3%', label: 'supported', note: 'gala 7d -3.31' },
      { find: '+0.95%', label: 'supported', note: 'imx 7d 0.952, only gaming advancer' },
      { find: '7d', label: 'ignored' },
      { find: '9.5%', label: 'supported', note: 'btc.volatility_7d' },
      { find: '21%', label: 'contradicted', note: 'eth.volatility_7d 12.2' },
      { find: '-1.2%', label: 'supported', note: 'btc.oi_change_7d' },
      { find: '+0.9%', label: 'supported', note: 'eth.oi_change_7d' },
      { find: '-23%', label: 'contradicted', note: 'sol.oi_change_7d -2.3, 10x' },
    ],
  },
  {
    id: 'Q-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `Quick levels for the book:
- BTC: support $115,000, resistance $120,000. 30d swing high $120,694, swing low $114,920. Price is now $118,900.
- ETH: support $4,400, resistance $4,200 (see chart). 30d high $4,337.
- SOL: support $210, resistance $220, last $226.
- XRP: $2.50 support / $2.60 resistance.
- BNB: support $1,000, resistance $1,150.
- AVAX: support $12, resist $22.
- DOGE: support $0.25, resistance $0.26.
- TAO: support $420 / resistance $440, price $413.7.
- BTC is 2.1% below resistance, target $125,000 for October.`,
    numbers: [
      { find: '$115,000', label: 'supported', note: 'btc.support' },
      { find: '$120,000', label: 'supported', note: 'btc.resistance' },
      { find: '30d swing', label: 'ignored' },
      { find: '$120,694', label: 'supported', note: 'btc swing_high_30d' },
      { find: '$114,920', label: 'supported', note: 'btc swing_low_30d' },
      { find: '$118,900', label: 'contradicted', note: 'btc.price 117460' },
      { find: '$4,400', label: 'contradicted', note: 'support/resistance swapped: eth.support 4200' },
      { find: '$4,200', label: 'contradicted', note: 'swapped: eth.resistance 4400' },
      { find: '30d high', label: 'ignored' },
      { find: '$4,337', label: 'supported', note: 'eth swing_high_30d 4336.71' },
      { find: '$210', label: 'supported', note: 'sol.support' },
      { find: '$220', label: 'supported', note: 'sol.resistance' },
      { find: '$226', label: 'contradicted', note: 'sol.price 216.18' },
      { find: '$2.50', label: 'supported', note: 'xrp.support' },
      { find: '$2.60', label: 'supported', note: 'xrp.resistance' },
      { find: '$1,000', label: 'supported', note: 'bnb.support' },
      { find: '$1,150', label: 'contradicted', note: 'bnb.resistance 1050' },
      { find: '$12,', label: 'contradicted', note: 'avax.support 21' },
      { find: '$22.', label: 'supported', note: 'avax.resistance' },
      { find: '$0.25', label: 'supported', note: 'doge.support' },
      { find: '$0.26', label: 'supported', note: 'doge.resistance' },
      { find: '$420', label: 'supported', note: 'tao.support' },
      { find: '$440', label: 'supported', note: 'tao.resistance' },
      { find: '$413.7', label: 'contradicted', note: 'tao.price 431.7' },
      { find: '2.1%', label: 'unsupported', note: 'distance to level' },
      { find: '$125,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'Q-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `Flow and news, collected by desk:
- CoinDesk write spot BTC ETF had $185 million net outflow on the week.
- Some reports say bridge exploit was $19 million.
- The Block: ARB unlock of 92.65 million tokens next week.
- Bitcoin Magazine report a miner sold 1,200 BTC in September.
- BTC volume only 0.55x of 7-day average, ETH 0.35x.
- Market total volume $58.2B, BTC own volume $10.4B.
- BTC market cap $2.34T, ETH $250B, SOL $18.1B.
- Cointelegraph says altcoins crashed 10%, but our data show 14 of 30 up; we not trust this.`,
    numbers: [
      { find: '$185 million', label: 'supported-by-source', note: 'CoinDesk ETF headline' },
      { find: '$19 million', label: 'unsupported', note: 'headline figure but not attributed (reports say)' },
      { find: '92.65 million', label: 'supported-by-source', note: 'The Block ARB unlock' },
      { find: '1,200', label: 'supported-by-source', note: 'Bitcoin Magazine miner' },
      { find: '0.55x', label: 'supported', note: 'btc.volume_ratio_7d 0.554' },
      { find: '7-day', label: 'ignored' },
      { find: '0.35x', label: 'contradicted', note: 'eth.volume_ratio_7d 0.53' },
      { find: '$58.2B', label: 'supported', note: 'market.volume_24h' },
      { find: '$10.4B', label: 'contradicted', note: 'btc.volume_24h 1.04B, 10x' },
      { find: '$2.34T', label: 'supported', note: 'btc.market_cap' },
      { find: '$250B', label: 'contradicted', note: 'eth.market_cap 519.7B' },
      { find: '$18.1B', label: 'contradicted', note: 'sol.market_cap 118.1B' },
      {
        find: '10%',
        label: 'contradicted',
        note: 'Cointelegraph headline attributed, but facts contradict (no sector moved >1%); debatable vs supported-by-source',
      },
      { find: '14 of 30', label: 'supported', note: 'advancers' },
    ],
  },
  {
    id: 'Q-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Short remark for clients:
- Today the biggest loser in top 30 is WLD with -3.0%, biggest winner is ARB +2.4%? No, we have DOGE +8% from Decrypt headline, not confirmed in our data.
- BTC 7d vol 9.5%, 30d vol 19.3%.
- SOL 30d -4.4%, BTC 30d -2.0%, ETH 30d +9.0%.
- Sector caps (CoinGecko): AI $27.1B, memes $46B, DePIN $10.9B, Layer-1 $3.25T.
- BNB best L1 on 30 days with +6.3%.
- Gaming on 30d is -11.3%, WIF -14.5% worst of memes on month.
- Memes cap lost $140M on day.`,
    numbers: [
      { find: 'top 30', label: 'ignored', note: 'rank' },
      { find: '-3.0%', label: 'supported', note: 'wld worst 24h' },
      { find: '+2.4%', label: 'supported', note: 'arb, best 24h of all? arb 2.40 > virtual 2.20: yes' },
      { find: '+8%', label: 'contradicted', note: 'Decrypt headline attributed but doge.change_24h -0.45' },
      { find: '7d vol', label: 'ignored' },
      { find: '9.5%', label: 'supported', note: 'btc.volatility_7d' },
      { find: '30d vol', label: 'ignored' },
      { find: '19.3%', label: 'contradicted', note: 'btc.volatility_30d 11.26' },
      { find: 'SOL 30d', label: 'ignored' },
      { find: '-4.4%', label: 'supported', note: 'sol.change_30d -4.37' },
      { find: 'BTC 30d', label: 'ignored' },
      { find: '-2.0%', label: 'supported', note: 'btc.change_30d -2.02' },
      { find: 'ETH 30d', label: 'ignored' },
      { find: '+9.0%', label: 'contradicted', note: 'eth.change_30d 2.90' },
      { find: '$27.1B', label: 'supported', note: 'ai.category_cap' },
      { find: '$46B', label: 'contradicted', note: 'memes.category_cap 64B' },
      { find: '$10.9B', label: 'supported', note: 'depin.category_cap' },
      { find: 'Layer-1', label: 'ignored', note: 'name' },
      { find: '$3.25T', label: 'supported', note: 'l1.category_cap' },
      { find: 'L1 on', label: 'ignored', note: 'name' },
      { find: '30 days', label: 'ignored' },
      { find: '+6.3%', label: 'supported', note: 'bnb best l1 30d 6.26' },
      { find: 'Gaming on 30d', label: 'ignored' },
      { find: '-11.3%', label: 'supported', note: 'gaming.change_30d' },
      { find: '-14.5%', label: 'supported', note: 'wif worst memes 30d' },
      { find: '$140M', label: 'supported', note: 'memes.market_cap_change_24h -140.6M' },
    ],
  },
];
