import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'M-social-01',
    voice: 'social',
    style: 'daily',
    text: '$BTC went 104k → 112k → 108k in one day and closed +0.3% 🤡 both sides got wrecked',
    numbers: [
      {
        find: '104k',
        label: 'supported',
      },
      {
        find: '112k',
        label: 'supported',
      },
      {
        find: '108k',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-02',
    voice: 'social',
    style: 'daily',
    text: '$ETH +4.6% to $3,905 while btc does nothing. ETH/BTC finally waking up 👀',
    numbers: [
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '$3,905',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-03',
    voice: 'social',
    style: 'daily',
    text: '$ARB +8% today, $OP +4.5%, $POL +5%. L2 szn?? whole sector +3.8% 🚀',
    numbers: [
      {
        find: '+8%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'supported',
      },
      {
        find: '+5%',
        label: 'contradicted',
        note: 'pol.change_24h 2.50',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-04',
    voice: 'social',
    style: 'daily',
    text: 'memes getting cooked 💀 $DOGE -3.9% $WIF -3.8% $PEPE -2.8% $SHIB -1.9%. all 4 red',
    numbers: [
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-05',
    voice: 'social',
    style: 'daily',
    text: 'funding on $BTC is -0.0041% rn, shorts paying longs. squeeze fuel 🔥',
    numbers: [
      {
        find: '-0.0041%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-06',
    voice: 'social',
    style: 'daily',
    text: '$SOL funding -0.0087% and price still $198. shorts gonna get rekt above $190 👀',
    numbers: [
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '$198',
        label: 'contradicted',
        note: 'sol.price 188.42',
      },
      {
        find: '$190',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-07',
    voice: 'social',
    style: 'daily',
    text: '$ETH funding positive 0.0063%, the only major where longs pay. OI down 4.8% tho',
    numbers: [
      {
        find: '0.0063%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -7.5; 4.8 is BTC',
      },
    ],
  },
  {
    id: 'M-social-08',
    voice: 'social',
    style: 'daily',
    text: '19 green / 11 red on my 30 coin watchlist. not bad for a wick day',
    numbers: [
      {
        find: '19',
        label: 'contradicted',
        note: 'market.advancers_24h 17',
      },
      {
        find: '11',
        label: 'contradicted',
        note: 'market.decliners_24h 13',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-09',
    voice: 'social',
    style: 'daily',
    text: 'btc dominance 57.6%... alt season loading?? 🤔',
    numbers: [
      {
        find: '57.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-10',
    voice: 'social',
    style: 'daily',
    text: '$XRP -2% again. sitting right on $2.40 support. if that breaks $2.00 next 😬',
    numbers: [
      {
        find: '-2%',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.00',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'M-social-11',
    voice: 'social',
    style: 'daily',
    text: "total mcap $3.76T +0.9%. volume $261B. we're so back (not really)",
    numbers: [
      {
        find: '$3.76T',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '$261B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-12',
    voice: 'social',
    style: 'daily',
    text: '$DOGE OI down 8.4%, funding -0.0105%. degen longs got flushed 🧹',
    numbers: [
      {
        find: '8.4%',
        label: 'supported',
      },
      {
        find: '-0.0105%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-13',
    voice: 'social',
    style: 'daily',
    text: '$VIRTUAL +3.2% leading AI coins, $TAO +6.1%, $FET +1.4%. $RENDER only red one at -0.6%',
    numbers: [
      {
        find: '+3.2%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'contradicted',
        note: 'tao.change_24h 1.60',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-14',
    voice: 'social',
    style: 'daily',
    text: '$AXS -2.4% $GALA -2.2% $SAND +1.8% gaming still dead lol',
    numbers: [
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'sand.change_24h -1.80; sign',
      },
    ],
  },
  {
    id: 'M-social-15',
    voice: 'social',
    style: 'daily',
    text: 'liquidations $1.1B yesterday lmao. leverage is a drug',
    numbers: [
      {
        find: '$1.1B',
        label: 'unsupported',
        note: 'headline figure (The Block) not attributed',
      },
    ],
  },
  {
    id: 'M-social-16',
    voice: 'social',
    style: 'daily',
    text: 'per The Block, liqs topped $1.1 billion on the whipsaw. wild',
    numbers: [
      {
        find: '$1.1 billion',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'M-social-17',
    voice: 'social',
    style: 'daily',
    text: '$BTC high $111,921, low $104,130. 7.5% range on a coin worth $2T 🤯',
    numbers: [
      {
        find: '$111,921',
        label: 'supported',
      },
      {
        find: '$104,130',
        label: 'supported',
      },
      {
        find: '7.5%',
        label: 'unsupported',
        note: 'derived intraday range; no fact',
      },
      {
        find: '$2T',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-18',
    voice: 'social',
    style: 'daily',
    text: '$ETH touched 4k overnight and got slapped back to 3.9k. resistance at 4000 is real',
    numbers: [
      {
        find: '4k',
        label: 'supported',
      },
      {
        find: '3.9k',
        label: 'supported',
      },
      {
        find: '4000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-19',
    voice: 'social',
    style: 'daily',
    text: '$SUI +2.1% at $2.74, $NEAR +1.8%, $AVAX +3.9%. quiet green day for alt L1s ✅',
    numbers: [
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '$2.74',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '+3.9%',
        label: 'contradicted',
        note: 'avax.change_24h 1.10; 3.86 is 7d',
      },
      {
        find: 'L1s',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'M-social-20',
    voice: 'social',
    style: 'weekly',
    text: 'this week: $ARB +15% 🚀 $OP +11% $ETH +6.6% $SOL +4.3% $BTC +0.3%. $PEPE -10.5% 💀',
    numbers: [
      {
        find: '+15%',
        label: 'supported',
      },
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '+6.6%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'contradicted',
        note: 'btc.change_7d 2.2; 0.3 is 24h',
      },
      {
        find: '-10.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-21',
    voice: 'social',
    style: 'daily',
    text: 'CoinDesk says spot btc ETFs pulled in $538M. buy the dip crowd stepping in',
    numbers: [
      {
        find: '$538M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'M-social-22',
    voice: 'social',
    style: 'daily',
    text: 'analyst on CoinDesk calling $130k by year end if $112k breaks. sure buddy',
    numbers: [
      {
        find: '$130k',
        label: 'supported-by-source',
      },
      {
        find: '$112k',
        label: 'contradicted',
        note: "btc.resistance 110,000 contradicts the CoinDesk headline's $112,000 resistance; debatable since the sentence attributes it",
      },
    ],
  },
  {
    id: 'M-social-23',
    voice: 'social',
    style: 'daily',
    text: 'whale dumped 4,500 BTC on exchange right before the wick. insider?? 🐋',
    numbers: [
      {
        find: '4,500',
        label: 'unsupported',
        note: 'Decrypt headline figure not attributed',
      },
    ],
  },
  {
    id: 'M-social-24',
    voice: 'social',
    style: 'daily',
    text: 'bitcoin vol ratio 1.6x its weekly avg, $ETH 3x. everyone was trading this mess',
    numbers: [
      {
        find: '1.6x',
        label: 'supported',
      },
      {
        find: '3x',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 2.03',
      },
    ],
  },
  {
    id: 'M-social-25',
    voice: 'social',
    style: 'daily',
    text: "$BNB +0.5% at $963, still can't get over $1,000 🥱",
    numbers: [
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '$963',
        label: 'supported',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-26',
    voice: 'social',
    style: 'daily',
    text: '$PEPE -2.8%, price 0.00000718. was 0.0000098 a month ago at the high 😭 down 18.6% in 30d',
    numbers: [
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '0.00000718',
        label: 'supported',
      },
      {
        find: '0.0000098',
        label: 'supported',
      },
      {
        find: '18.6%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'M-social-27',
    voice: 'social',
    style: 'daily',
    text: 'ngl $WIF at $0.61 looks like a gift. $1 by xmas 🐶',
    numbers: [
      {
        find: '$0.61',
        label: 'supported',
      },
      {
        find: '$1',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'M-social-28',
    voice: 'social',
    style: 'daily',
    text: '$DOGE +3.9% today, dog still got it 🐕 $0.25 next',
    numbers: [
      {
        find: '+3.9%',
        label: 'contradicted',
        note: 'doge.change_24h -3.90; sign',
      },
      {
        find: '$0.25',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'M-social-29',
    voice: 'social',
    style: 'daily',
    text: '$ARB at $0.345, new 30d high. mcap only $1.9B 🤑 10x from here',
    numbers: [
      {
        find: '$0.345',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$1.9B',
        label: 'supported',
      },
      {
        find: '10x',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'M-social-30',
    voice: 'social',
    style: 'daily',
    text: 'L1s +0.9%, L2s +3.8%, AI +1.3%, DePIN +0.8%, gaming -1.6%, memes -3.5%. rotation is real',
    numbers: [
      {
        find: 'L1s',
        label: 'ignored',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: 'L2s',
        label: 'ignored',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'contradicted',
        note: 'sector.depin.change_24h -0.82; sign',
      },
      {
        find: '-1.6%',
        label: 'supported',
      },
      {
        find: '-3.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-31',
    voice: 'social',
    style: 'daily',
    text: 'open interest +5% overnight, everyone longing the bounce again 🤦',
    numbers: [
      {
        find: '+5%',
        label: 'contradicted',
        note: 'market.oi_change_24h -6.1; direction',
      },
    ],
  },
  {
    id: 'M-social-32',
    voice: 'social',
    style: 'daily',
    text: 'total OI down to $18.6B, -6.1% in a day. leverage flushed 🚿',
    numbers: [
      {
        find: '$18.6B',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-33',
    voice: 'social',
    style: 'daily',
    text: '$BTC OI $3.6B, $ETH OI $7.4B. ETH perps bigger than btc now?? wild',
    numbers: [
      {
        find: '$3.6B',
        label: 'contradicted',
        note: 'btc.open_interest 6.3B',
      },
      {
        find: '$7.4B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-34',
    voice: 'social',
    style: 'daily',
    text: '$SOL 24h range $176 to $196. that wick at $166 was brutal',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$176',
        label: 'supported',
      },
      {
        find: '$196',
        label: 'supported',
      },
      {
        find: '$166',
        label: 'contradicted',
        note: 'sol.low_24h 176.47',
      },
    ],
  },
  {
    id: 'M-social-35',
    voice: 'social',
    style: 'daily',
    text: '$XRP funding +0.0012% longs paying. mcap $146B',
    numbers: [
      {
        find: '+0.0012%',
        label: 'contradicted',
        note: 'xrp.funding_rate -0.0012; sign',
      },
      {
        find: '$146B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-36',
    voice: 'social',
    style: 'daily',
    text: 'btc funding annualized -4.5%, sol -9.5%, doge -1.5%. everyone short 🐻',
    numbers: [
      {
        find: '-4.5%',
        label: 'supported',
      },
      {
        find: '-9.5%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'contradicted',
        note: 'doge.funding_apr -11.50',
      },
    ],
  },
  {
    id: 'M-social-37',
    voice: 'social',
    style: 'daily',
    text: '$ETH 24h low $3,550 → high $4,009. a $459 candle lmao',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$3,550',
        label: 'supported',
      },
      {
        find: '$4,009',
        label: 'supported',
      },
      {
        find: '$459',
        label: 'unsupported',
        note: 'derived range',
      },
    ],
  },
  {
    id: 'M-social-38',
    voice: 'social',
    style: 'daily',
    text: '$BTC +3% on the day and ppl call it boring 😂',
    numbers: [
      {
        find: '+3%',
        label: 'contradicted',
        note: 'btc.change_24h 0.30; 10x',
      },
    ],
  },
  {
    id: 'M-social-39',
    voice: 'social',
    style: 'daily',
    text: 'bitcoin dominance 62%, alts still dead 🪦',
    numbers: [
      {
        find: '62%',
        label: 'contradicted',
        note: 'market.btc_dominance 57.6',
      },
    ],
  },
  {
    id: 'M-social-40',
    voice: 'social',
    style: 'daily',
    text: '$IMX -0.8% somehow the BEST gaming token today lmao. $AXS worst at -4.2%',
    numbers: [
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'axs.change_24h -2.40',
      },
    ],
  },
  {
    id: 'M-social-41',
    voice: 'social',
    style: 'weekly',
    text: 'weekly: memes -4%, gaming -5.5%, L2 +5.8%. $SAND -8.6%, $IMX -7.3%, $IOTX -3.3%',
    numbers: [
      {
        find: '-4%',
        label: 'supported',
      },
      {
        find: '-5.5%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '-7.3%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'contradicted',
        note: 'iotx.change_7d -6.34',
      },
    ],
  },
  {
    id: 'M-social-42',
    voice: 'social',
    style: 'daily',
    text: '$HNT +0.4% only green DePIN coin, $FIL -1.5% $IOTX -0.5%. $RENDER +7.5% carrying tho',
    numbers: [
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'contradicted',
        note: 'render.change_24h -0.60; 7.5 is 7d',
      },
    ],
  },
  {
    id: 'M-social-43',
    voice: 'social',
    style: 'daily',
    text: 'CPI 3.1% tomorrow, 50bp cut priced?? btc gonna rip to 120k',
    numbers: [
      {
        find: '3.1%',
        label: 'unsupported',
        note: 'macro, no fact',
      },
      {
        find: '50bp',
        label: 'unsupported',
        note: 'macro forecast',
      },
      {
        find: '120k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'M-social-44',
    voice: 'social',
    style: 'daily',
    text: '$LINK +4% $LTC +2% ignoring the chaos',
    numbers: [
      {
        find: '+4%',
        label: 'unsupported',
        note: 'off-watchlist',
      },
      {
        find: '+2%',
        label: 'unsupported',
        note: 'off-watchlist',
      },
    ],
  },
  {
    id: 'M-social-45',
    voice: 'social',
    style: 'daily',
    text: "$BTC 30d high was $119k, low $101k. we're chopping in the middle at 108k",
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$119k',
        label: 'supported',
      },
      {
        find: '$101k',
        label: 'supported',
      },
      {
        find: '108k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-46',
    voice: 'social',
    style: 'daily',
    text: 'bitcoin -1.5% on the month, eth -3.2%, sol -7.8%, ada -20%. pain',
    numbers: [
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '-7.8%',
        label: 'supported',
      },
      {
        find: '-20%',
        label: 'contradicted',
        note: 'ada.change_30d -10.15',
      },
    ],
  },
  {
    id: 'M-social-47',
    voice: 'social',
    style: 'daily',
    text: 'Cointelegraph: eth +4.6% to $3,905. CryptoSlate: eth -5%. pick one 🙃',
    numbers: [
      {
        find: '+4.6%',
        label: 'supported',
        note: 'eth.change_24h 4.60 (also Cointelegraph headline)',
      },
      {
        find: '$3,905',
        label: 'supported',
        note: 'eth.price (also Cointelegraph headline)',
      },
      {
        find: '-5%',
        label: 'contradicted',
        note: 'eth.change_24h +4.6',
      },
    ],
  },
  {
    id: 'M-social-48',
    voice: 'social',
    style: 'daily',
    text: '$TAO $437.9, only AI coin green on the month +6.6% 🧠 $FET -13.6%',
    numbers: [
      {
        find: '$437.9',
        label: 'supported',
      },
      {
        find: '+6.6%',
        label: 'supported',
      },
      {
        find: '-13.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-49',
    voice: 'social',
    style: 'daily',
    text: '$GRT +0.8% at $0.0915, $WLD +4% at $0.998',
    numbers: [
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '$0.0915',
        label: 'supported',
      },
      {
        find: '+4%',
        label: 'contradicted',
        note: 'wld.change_24h 0.40; 10x',
      },
      {
        find: '$0.998',
        label: 'supported',
      },
    ],
  },
  {
    id: 'M-social-50',
    voice: 'social',
    style: 'daily',
    text: '$OP mcap under $1B, $POL $2.2B, $ARB $3.9B',
    numbers: [
      {
        find: '$1B',
        label: 'supported',
      },
      {
        find: '$2.2B',
        label: 'supported',
      },
      {
        find: '$3.9B',
        label: 'contradicted',
        note: 'arb.market_cap 1.94B',
      },
    ],
  },
  {
    id: 'M-social-51',
    voice: 'social',
    style: 'daily',
    text: 'bridge hack for $34M today smh. 3rd one this month',
    numbers: [
      {
        find: '$34M',
        label: 'unsupported',
        note: 'Cointelegraph figure, unattributed',
      },
      {
        find: '3rd',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'M-social-52',
    voice: 'social',
    style: 'daily',
    text: '$BTC volatility 7d 29% vs 30d 48%. calm before the storm?',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '29%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '48%',
        label: 'contradicted',
        note: 'btc.volatility_30d 38.0',
      },
    ],
  },
  {
    id: 'M-social-53',
    voice: 'social',
    style: 'daily',
    text: 'gm. $BTC 108k, $ETH 3.9k, $SOL 188, $XRP 2.43, $DOGE 0.20. $BNB 1,062 ☕',
    numbers: [
      {
        find: '108k',
        label: 'supported',
      },
      {
        find: '3.9k',
        label: 'supported',
      },
      {
        find: '188',
        label: 'supported',
      },
      {
        find: '2.43',
        label: 'supported',
      },
      {
        find: '0.20',
        label: 'supported',
      },
      {
        find: '1,062',
        label: 'contradicted',
        note: 'bnb.price 962.7',
      },
    ],
  },
  {
    id: 'M-social-54',
    voice: 'social',
    style: 'daily',
    text: '$AVAX $19.27, $DOT $3.32, $ADA $0.68. $DOT +0.7% lol at least something',
    numbers: [
      {
        find: '$19.27',
        label: 'supported',
      },
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: '$0.68',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'contradicted',
        note: 'dot.change_24h -0.70; sign',
      },
    ],
  },
  {
    id: 'M-social-55',
    voice: 'social',
    style: 'daily',
    text: '$SUI mcap $10B, $TAO $4.2B, $NEAR $6B',
    numbers: [
      {
        find: '$10B',
        label: 'supported',
      },
      {
        find: '$4.2B',
        label: 'supported',
      },
      {
        find: '$6B',
        label: 'contradicted',
        note: 'near.market_cap 3.96B',
      },
    ],
  },
];
