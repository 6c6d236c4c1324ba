import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-social-01',
    voice: 'social',
    style: 'daily',
    text: '$BTC moved 0.2% today 😴 wake me up when we leave the 105k-110k box',
    numbers: [
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '105k',
        label: 'supported',
      },
      {
        find: '110k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-02',
    voice: 'social',
    style: 'daily',
    text: '$WIF +11% $PEPE +9% $DOGE +7% 🐸🐶 memes carrying the whole market rn',
    numbers: [
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: '7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-03',
    voice: 'social',
    style: 'daily',
    text: 'ETH down 2.6% on the day while BTC is flat. ETH/BTC chart is pain 📉',
    numbers: [
      {
        find: '2.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-04',
    voice: 'social',
    style: 'daily',
    text: "$DOGE funding at 0.03% per 8h 👀 that's like 35% a year to hold a long. OI +15% in a day. this ends badly",
    numbers: [
      {
        find: '0.03%',
        label: 'supported',
      },
      {
        find: '8',
        label: 'ignored',
      },
      {
        find: '35%',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-05',
    voice: 'social',
    style: 'daily',
    text: '$DOGE funding 0.3% per 8h lmao longs are cooked',
    numbers: [
      {
        find: '0.3%',
        label: 'contradicted',
        note: 'fact doge.funding_rate 0.0318 (10x)',
      },
      {
        find: '8',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-social-06',
    voice: 'social',
    style: 'daily',
    text: 'imagine holding DePIN this week 💀 $FIL -10.7% $HNT -9% $IOTX -6.7%',
    numbers: [
      {
        find: '-10.7%',
        label: 'supported',
      },
      {
        find: '-9%',
        label: 'supported',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-07',
    voice: 'social',
    style: 'daily',
    text: '$FIL dumped 15% today, DePIN is dead 🪦',
    numbers: [
      {
        find: '15%',
        label: 'contradicted',
        note: 'fact fil.change_24h -5.83',
      },
    ],
  },
  {
    id: 'E-social-08',
    voice: 'social',
    style: 'daily',
    text: 'gm. BTC 107.8k, ETH 3.7k, SOL 164. nothing happening. touch grass',
    numbers: [
      {
        find: '107.8k',
        label: 'supported',
      },
      {
        find: '3.7k',
        label: 'supported',
      },
      {
        find: '164',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-09',
    voice: 'social',
    style: 'daily',
    text: 'gm. BTC 117.8k, ETH 3.9k, SOL 146. we are so back',
    numbers: [
      {
        find: '117.8k',
        label: 'contradicted',
        note: 'fact btc.price 107,846',
      },
      {
        find: '3.9k',
        label: 'contradicted',
        note: 'fact eth.price 3702',
      },
      {
        find: '146',
        label: 'contradicted',
        note: 'fact sol.price 163.84',
      },
    ],
  },
  {
    id: 'E-social-10',
    voice: 'social',
    style: 'daily',
    text: '$SUI +1.6% after the validator upgrade, one of the only L1s in the green 🟢',
    numbers: [
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-social-11',
    voice: 'social',
    style: 'daily',
    text: '$SUI +16% after the upgrade. told you 🚀',
    numbers: [
      {
        find: '16%',
        label: 'contradicted',
        note: 'fact sui.change_24h 1.61 (10x)',
      },
    ],
  },
  {
    id: 'E-social-12',
    voice: 'social',
    style: 'daily',
    text: 'only 13 of the top 30 green today. 17 red. chop city',
    numbers: [
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '17',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-13',
    voice: 'social',
    style: 'daily',
    text: '20 out of 30 coins green today, bull market confirmed 🐂',
    numbers: [
      {
        find: '20',
        label: 'contradicted',
        note: 'fact market.advancers_24h 13',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-14',
    voice: 'social',
    style: 'daily',
    text: 'ETH funding negative (-0.0034%), shorts paying longs. squeeze loading? 🤔',
    numbers: [
      {
        find: '-0.0034%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-15',
    voice: 'social',
    style: 'daily',
    text: 'ETH funding negative, longs paying shorts 0.0034% every 8h. brutal',
    numbers: [
      {
        find: '0.0034%',
        label: 'contradicted',
        note: 'payer reversed: negative funding = shorts pay longs',
      },
      {
        find: '8',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-social-16',
    voice: 'social',
    style: 'daily',
    text: '$PEPE +9.5% 🐸 $SHIB +3% lagging as usual',
    numbers: [
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-17',
    voice: 'social',
    style: 'daily',
    text: '$PEPE +25% today no big deal 🐸🐸🐸',
    numbers: [
      {
        find: '25%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 9.47',
      },
    ],
  },
  {
    id: 'E-social-18',
    voice: 'social',
    style: 'daily',
    text: 'bitcoin dominance 62%. alt season cancelled again',
    numbers: [
      {
        find: '62%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-19',
    voice: 'social',
    style: 'daily',
    text: 'bitcoin dominance 52%, alt season is HERE',
    numbers: [
      {
        find: '52%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.8',
      },
    ],
  },
  {
    id: 'E-social-20',
    voice: 'social',
    style: 'daily',
    text: '$XRP +0.8% sitting right on 2.44. need 2.50 to flip',
    numbers: [
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '2.44',
        label: 'supported',
      },
      {
        find: '2.50',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-21',
    voice: 'social',
    style: 'daily',
    text: '$XRP +8% 🚀 3 next',
    numbers: [
      {
        find: '8%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 0.82',
      },
      {
        find: '3',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-social-22',
    voice: 'social',
    style: 'daily',
    text: '$TAO +3.4% and $VIRTUAL +5.6% while $RENDER -4%. AI coins split down the middle',
    numbers: [
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '4%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-23',
    voice: 'social',
    style: 'daily',
    text: '$VIRTUAL the best AI coin today at +5.6%, $TAO +3.4%, $FET +3.2%',
    numbers: [
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-24',
    voice: 'social',
    style: 'daily',
    text: '$TAO best AI coin today +3.4% 🧠',
    numbers: [
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'wrong leader: VIRTUAL best AI at 5.62',
      },
    ],
  },
  {
    id: 'E-social-25',
    voice: 'social',
    style: 'daily',
    text: 'L2s bleeding again. $OP -2.4% $ARB -1.8%. only $POL green (+0.4%)',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-26',
    voice: 'social',
    style: 'daily',
    text: 'L2s down 3% today, $ARB -5%. rollups are so over',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '3%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98',
      },
      {
        find: '5%',
        label: 'contradicted',
        note: 'fact arb.change_24h -1.84',
      },
    ],
  },
  {
    id: 'E-social-27',
    voice: 'social',
    style: 'daily',
    text: 'BTC volume is like 30% under the weekly avg. nobody home 🦗',
    numbers: [
      {
        find: '30%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-28',
    voice: 'social',
    style: 'daily',
    text: 'BTC OI down 2.4%, ETH OI down 3.6%, DOGE OI up 14.6%. everyone rotating into the dog 🐕',
    numbers: [
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-29',
    voice: 'social',
    style: 'daily',
    text: 'BTC OI down 12%, leverage is getting flushed hard',
    numbers: [
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h -2.4',
      },
    ],
  },
  {
    id: 'E-social-30',
    voice: 'social',
    style: 'daily',
    text: '$DOGE 0.209. resistance 0.21. break it and we go',
    numbers: [
      {
        find: '0.209',
        label: 'supported',
      },
      {
        find: '0.21',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-31',
    voice: 'social',
    style: 'daily',
    text: '$DOGE 0.209, next stop 0.30 🚀🚀',
    numbers: [
      {
        find: '0.209',
        label: 'supported',
      },
      {
        find: '0.30',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-social-32',
    voice: 'social',
    style: 'daily',
    text: 'memes +6.5% today, DePIN -4.8%. rotation is real',
    numbers: [
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-33',
    voice: 'social',
    style: 'daily',
    text: 'memes +16.5% today, DePIN -14.8% 😂',
    numbers: [
      {
        find: '16.5%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50',
      },
      {
        find: '14.8%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -4.84',
      },
    ],
  },
  {
    id: 'E-social-34',
    voice: 'social',
    style: 'daily',
    text: 'ETF outflows $148M on friday per Bitcoin Magazine. second day in a row',
    numbers: [
      {
        find: '$148M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'E-social-35',
    voice: 'social',
    style: 'daily',
    text: '$SOL -1.4% at $164, holding $160 support for now',
    numbers: [
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$164',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-36',
    voice: 'social',
    style: 'daily',
    text: '$SOL -5.4% today 😭 $150 support next',
    numbers: [
      {
        find: '5.4%',
        label: 'contradicted',
        note: '24h: 5.4 is 7d; sol.change_24h -1.42',
      },
      {
        find: '$150',
        label: 'contradicted',
        note: 'fact sol.support 160',
      },
    ],
  },
  {
    id: 'E-social-37',
    voice: 'social',
    style: 'daily',
    text: '$AVAX -2.3% $ADA -1.9% $DOT -1.1%. L1s asleep',
    numbers: [
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-social-38',
    voice: 'social',
    style: 'daily',
    text: "ETH -2.6% and it's the worst L1 today. SUI the best at +1.6%",
    numbers: [
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-39',
    voice: 'social',
    style: 'daily',
    text: 'market cap $3.49T, basically flat (-0.5%). another nothing day',
    numbers: [
      {
        find: '$3.49T',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-40',
    voice: 'social',
    style: 'daily',
    text: 'total mcap $4.49T 🤑',
    numbers: [
      {
        find: '$4.49T',
        label: 'contradicted',
        note: 'fact market.total_cap 3.487T',
      },
    ],
  },
  {
    id: 'E-social-41',
    voice: 'social',
    style: 'weekly',
    text: 'week recap: $BTC -2% $ETH -4% $SOL -5% $WIF +13%. memes only winners',
    numbers: [
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: '4%',
        label: 'supported',
      },
      {
        find: '5%',
        label: 'supported',
      },
      {
        find: '13%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-42',
    voice: 'social',
    style: 'weekly',
    text: 'week recap: $BTC +2% $ETH -2.6% $DOGE +22%',
    numbers: [
      {
        find: '2%@1',
        label: 'contradicted',
        note: 'direction: btc.change_7d -2.13',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'weekly: 2.63 is 24h; eth.change_7d -3.98',
      },
      {
        find: '22%',
        label: 'contradicted',
        note: 'weekly: 22.3 is OI; doge.change_7d 2.74',
      },
    ],
  },
  {
    id: 'E-social-43',
    voice: 'social',
    style: 'weekly',
    text: 'DePIN this week -8.6%. $SAND -10% too. pain',
    numbers: [
      {
        find: '8.6%',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-44',
    voice: 'social',
    style: 'weekly',
    text: '$DOT +3.2% on the week, best L1. nobody talking about it',
    numbers: [
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '1',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-social-45',
    voice: 'social',
    style: 'weekly',
    text: '$DOT +13% this week, polkadot summer?? 🌞',
    numbers: [
      {
        find: '13%',
        label: 'contradicted',
        note: 'fact dot.change_7d 3.16',
      },
    ],
  },
  {
    id: 'E-social-46',
    voice: 'social',
    style: 'weekly',
    text: '$DOGE OI +22% this week and funding at 0.03%. crowded af',
    numbers: [
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '0.03%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-47',
    voice: 'social',
    style: 'daily',
    text: '$WIF 0.61 pushing into 0.62 resistance. flip it 🐶🧢',
    numbers: [
      {
        find: '0.61',
        label: 'supported',
      },
      {
        find: '0.62',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-48',
    voice: 'social',
    style: 'daily',
    text: '$WIF 0.71 ATH incoming 🐶🧢',
    numbers: [
      {
        find: '0.71',
        label: 'contradicted',
        note: 'fact wif.price 0.6128',
      },
    ],
  },
  {
    id: 'E-social-49',
    voice: 'social',
    style: 'daily',
    text: '$HNT -3.9% was somehow the BEST DePIN coin today lol',
    numbers: [
      {
        find: '3.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-50',
    voice: 'social',
    style: 'daily',
    text: '$HNT best DePIN today at -1.9%',
    numbers: [
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'fact hnt.change_24h -3.94',
      },
    ],
  },
  {
    id: 'E-social-51',
    voice: 'social',
    style: 'daily',
    text: '$SAND -2.3%, worst gaming coin. $AXS +1.1% best',
    numbers: [
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-52',
    voice: 'social',
    style: 'daily',
    text: '$GALA worst gaming coin today -2.3%',
    numbers: [
      {
        find: '2.3%',
        label: 'contradicted',
        note: 'wrong member: SAND worst gaming; gala +0.64',
      },
    ],
  },
  {
    id: 'E-social-53',
    voice: 'social',
    style: 'daily',
    text: 'BTC 7d vol 22%. lowest vol in ages 😴',
    numbers: [
      {
        find: '7',
        label: 'ignored',
      },
      {
        find: '22%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-54',
    voice: 'social',
    style: 'daily',
    text: 'BTC vol at 12%, never seen it this dead',
    numbers: [
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 22.0',
      },
    ],
  },
  {
    id: 'E-social-55',
    voice: 'social',
    style: 'daily',
    text: '$BNB 996. cant break 1k 😤',
    numbers: [
      {
        find: '996',
        label: 'supported',
      },
      {
        find: '1k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-56',
    voice: 'social',
    style: 'daily',
    text: '$BNB 1.1k new highs 🟡',
    numbers: [
      {
        find: '1.1k',
        label: 'contradicted',
        note: 'fact bnb.price 996.4',
      },
    ],
  },
  {
    id: 'E-social-57',
    voice: 'social',
    style: 'daily',
    text: '🧵 daily recap thread\n1/ BTC $107,846 (+0.18%). range 106.1k-108.2k. zzz\n2/ ETH $3,702 (-2.6%), funding flipped negative, OI -3.6%\n3/ memes +6.5%: WIF +11.2%, PEPE +9.5%, DOGE +6.8%, SHIB +3.1%\n4/ DePIN -4.8%, all 4 coins red\n5/ breadth: 13 up / 17 down\n6/ DOGE OI +14.6%, funding 0.032%. careful out there',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '0.18%',
        label: 'supported',
      },
      {
        find: '106.1k',
        label: 'supported',
      },
      {
        find: '108.2k',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'ignored',
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
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'ignored',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '5@3',
        label: 'ignored',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '6@7',
        label: 'ignored',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '0.032%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-58',
    voice: 'social',
    style: 'daily',
    text: '🧵 recap (typed this half asleep)\n1/ BTC $108,846 (+1.8%)\n2/ ETH -4.6%, OI -3.6%\n3/ memes +6.5%, best was PEPE +9.5%\n4/ AI +0.2%, L1 -0.3%, L2 -1%, gaming -0.6%\n5/ DePIN -4.8%, FIL worst -5.8%',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '$108,846',
        label: 'contradicted',
        note: 'fact btc.price 107,846',
      },
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'fact btc.change_24h 0.18 (10x)',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'ignored',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'contradicted',
        note: 'wrong leader: WIF best meme 11.23',
      },
      {
        find: '4@3',
        label: 'ignored',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '1%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '5@3',
        label: 'ignored',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-59',
    voice: 'social',
    style: 'daily',
    text: 'derivs check ✅\nBTC funding 0.0046% / ETH -0.0034% / SOL 0.0021% / XRP 0.0052% / DOGE 0.0318%\ntotal OI $17B, -1.7% on the day',
    numbers: [
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '0.0021%',
        label: 'supported',
      },
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '0.0318%',
        label: 'supported',
      },
      {
        find: '$17B',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-60',
    voice: 'social',
    style: 'daily',
    text: 'derivs check (bad data day?)\nBTC funding 0.046% / XRP -0.0052%\ntotal OI $27B, -1.7%',
    numbers: [
      {
        find: '0.046%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.00463 (10x)',
      },
      {
        find: '-0.0052%',
        label: 'contradicted',
        note: 'sign: xrp.funding_rate +0.00517',
      },
      {
        find: '$27B',
        label: 'contradicted',
        note: 'fact market.open_interest 16.96B',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-61',
    voice: 'social',
    style: 'daily',
    text: '$ETH 3702. support 3600, resistance 3800. chopping in between like everything else',
    numbers: [
      {
        find: '3702',
        label: 'supported',
      },
      {
        find: '3600',
        label: 'supported',
      },
      {
        find: '3800',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-62',
    voice: 'social',
    style: 'daily',
    text: '$ETH support 3400, if that breaks 3000 🐻',
    numbers: [
      {
        find: '3400',
        label: 'contradicted',
        note: 'fact eth.support 3600',
      },
      {
        find: '3000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-social-63',
    voice: 'social',
    style: 'weekly',
    text: 'weekly movers 👇\n🟢 $WIF +12.7%\n🟢 $PEPE +6.5%\n🟢 $DOT +3.2%\n🔴 $FIL -10.7%\n🔴 $SAND -10.0%\n🔴 $HNT -9.0%\n🔴 $WLD -7.9%',
    numbers: [
      {
        find: '12.7%',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '10.7%',
        label: 'supported',
      },
      {
        find: '10.0%',
        label: 'supported',
      },
      {
        find: '9.0%',
        label: 'supported',
      },
      {
        find: '7.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-64',
    voice: 'social',
    style: 'weekly',
    text: 'weekly movers (from memory lol)\n🟢 $WIF +11.2%\n🟢 $SUI +6.5%\n🔴 $FIL -10.7%\n🔴 $RENDER -4.2%\n🔴 $IOTX -6.7%',
    numbers: [
      {
        find: '11.2%',
        label: 'contradicted',
        note: 'weekly: 11.23 is 24h; wif.change_7d 12.72',
      },
      {
        find: '6.5%',
        label: 'contradicted',
        note: 'weekly: 6.49 is 30d; sui.change_7d 1.61',
      },
      {
        find: '10.7%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'contradicted',
        note: 'weekly: 4.18 is 24h; render.change_7d -6.54',
      },
      {
        find: '6.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-65',
    voice: 'social',
    style: 'daily',
    text: 'Bitcoin Magazine says ETF outflows were $148M. CoinDesk says volume is ~30% below avg. both tell me the same thing: nobody cares rn',
    numbers: [
      {
        find: '$148M',
        label: 'supported-by-source',
      },
      {
        find: '30%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-66',
    voice: 'social',
    style: 'daily',
    text: 'heard ETF outflows were like $400M friday 😬',
    numbers: [
      {
        find: '$400M',
        label: 'unsupported',
        note: 'invented; Bitcoin Magazine says 148M',
      },
    ],
  },
  {
    id: 'E-social-67',
    voice: 'social',
    style: 'daily',
    text: '$TAO 378 knocking on 380 resistance again',
    numbers: [
      {
        find: '378',
        label: 'supported',
      },
      {
        find: '380',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-68',
    voice: 'social',
    style: 'daily',
    text: '$TAO 478 🧠🚀',
    numbers: [
      {
        find: '478',
        label: 'contradicted',
        note: 'fact tao.price 378.6',
      },
    ],
  },
  {
    id: 'E-social-69',
    voice: 'social',
    style: 'daily',
    text: '$AXS +1.1%, $GALA +0.6% = the only gaming coins in the green. 2 of 4',
    numbers: [
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '2',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-70',
    voice: 'social',
    style: 'daily',
    text: 'gaming: 3 of 4 green today 🎮',
    numbers: [
      {
        find: '3',
        label: 'contradicted',
        note: 'fact gaming.advancers_24h 2',
      },
      {
        find: '4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-71',
    voice: 'social',
    style: 'daily',
    text: '$OP -4.4% today. ngmi',
    numbers: [
      {
        find: '4.4%',
        label: 'contradicted',
        note: '24h: 4.44 is 7d; op.change_24h -2.42',
      },
    ],
  },
  {
    id: 'E-social-72',
    voice: 'social',
    style: 'daily',
    text: '$RENDER -8% 🫠',
    numbers: [
      {
        find: '8%',
        label: 'contradicted',
        note: 'fact render.change_24h -4.18',
      },
    ],
  },
  {
    id: 'E-social-73',
    voice: 'social',
    style: 'daily',
    text: '$IMX -3%, gaming is cooked',
    numbers: [
      {
        find: '3%',
        label: 'contradicted',
        note: 'fact imx.change_24h -0.93',
      },
    ],
  },
  {
    id: 'E-social-74',
    voice: 'social',
    style: 'daily',
    text: '$FET +8% AI szn',
    numbers: [
      {
        find: '8%',
        label: 'contradicted',
        note: 'fact fet.change_24h 3.21',
      },
    ],
  },
  {
    id: 'E-social-75',
    voice: 'social',
    style: 'daily',
    text: '$SHIB +1%. the memecoin that refuses to pump',
    numbers: [
      {
        find: '1%',
        label: 'contradicted',
        note: 'fact shib.change_24h 3.12',
      },
    ],
  },
  {
    id: 'E-social-76',
    voice: 'social',
    style: 'daily',
    text: '$ADA 0.66 and still boring',
    numbers: [
      {
        find: '0.66',
        label: 'contradicted',
        note: 'fact ada.price 0.5614',
      },
    ],
  },
  {
    id: 'E-social-77',
    voice: 'social',
    style: 'daily',
    text: '$NEAR -1.2% at $2.78. sub $3 forever',
    numbers: [
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '$2.78',
        label: 'supported',
      },
      {
        find: '$3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-78',
    voice: 'social',
    style: 'daily',
    text: '$AVAX $21 🔺',
    numbers: [
      {
        find: '$21',
        label: 'contradicted',
        note: 'fact avax.price 18.73',
      },
    ],
  },
  {
    id: 'E-social-79',
    voice: 'social',
    style: 'daily',
    text: '$WLD -3.3% today, -17% on the week. worldcoin is rough',
    numbers: [
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '17%',
        label: 'contradicted',
        note: 'fact wld.change_7d -7.88',
      },
    ],
  },
  {
    id: 'E-social-80',
    voice: 'social',
    style: 'daily',
    text: '$GRT $0.07. The Graph -5% lol',
    numbers: [
      {
        find: '$0.07',
        label: 'supported',
      },
      {
        find: '5%',
        label: 'contradicted',
        note: 'fact grt.change_24h -2.07',
      },
    ],
  },
  {
    id: 'E-social-81',
    voice: 'social',
    style: 'daily',
    text: 'BTC 30d high $124K. feels like forever ago',
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$124K',
        label: 'contradicted',
        note: 'fact btc.swing_high_30d 114,934',
      },
    ],
  },
  {
    id: 'E-social-82',
    voice: 'social',
    style: 'daily',
    text: '$XRP OI up 0.7%, barely. XRP funding 0.005%',
    numbers: [
      {
        find: '0.7%',
        label: 'supported',
      },
      {
        find: '0.005%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-83',
    voice: 'social',
    style: 'daily',
    text: '$BTC OI $8.6B, $ETH OI $7B',
    numbers: [
      {
        find: '$8.6B',
        label: 'supported',
      },
      {
        find: '$7B',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.02B',
      },
    ],
  },
  {
    id: 'E-social-84',
    voice: 'social',
    style: 'daily',
    text: "BTC 24h vol $3.9B 🔥 (jk it's dead)",
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$3.9B',
        label: 'contradicted',
        note: 'fact btc.volume_24h 1.87B',
      },
    ],
  },
  {
    id: 'E-social-85',
    voice: 'social',
    style: 'daily',
    text: '$ETH -2.6% but funding negative, shorts paying. squeeze szn soon?? target 4k',
    numbers: [
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '4k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-social-86',
    voice: 'social',
    style: 'daily',
    text: '$SOL OI $1.8B and climbing 📈',
    numbers: [
      {
        find: '$1.8B',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.38B',
      },
    ],
  },
  {
    id: 'E-social-87',
    voice: 'social',
    style: 'daily',
    text: "BTC funding 0.0046%, that's like 15% a year lol",
    numbers: [
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 5.07',
      },
    ],
  },
  {
    id: 'E-social-88',
    voice: 'social',
    style: 'daily',
    text: '$PEPE volume $493M today. memes are the only thing trading',
    numbers: [
      {
        find: '$493M',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-social-89',
    voice: 'social',
    style: 'daily',
    text: '$DOGE OI $9.4B insane leverage',
    numbers: [
      {
        find: '$9.4B',
        label: 'contradicted',
        note: 'fact doge.open_interest 0.94B (10x)',
      },
    ],
  },
  {
    id: 'E-social-90',
    voice: 'social',
    style: 'weekly',
    text: '$SAND -20% this week. gaming is so dead',
    numbers: [
      {
        find: '20%',
        label: 'contradicted',
        note: 'fact sand.change_7d -10.01',
      },
    ],
  },
  {
    id: 'E-social-91',
    voice: 'social',
    style: 'weekly',
    text: '$ARB +2.2% this week, only green L2. cope',
    numbers: [
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'E-social-92',
    voice: 'social',
    style: 'daily',
    text: '$XRP $2.94 lets gooo',
    numbers: [
      {
        find: '$2.94',
        label: 'contradicted',
        note: 'fact xrp.price 2.4391',
      },
    ],
  },
  {
    id: 'E-social-93',
    voice: 'social',
    style: 'daily',
    text: '$AXS +11% gaming is back 🎮',
    numbers: [
      {
        find: '11%',
        label: 'contradicted',
        note: 'fact axs.change_24h 1.07',
      },
    ],
  },
  {
    id: 'E-social-94',
    voice: 'social',
    style: 'daily',
    text: '$OP $0.64, $1 by EOY',
    numbers: [
      {
        find: '$0.64',
        label: 'contradicted',
        note: 'fact op.price 0.4483',
      },
      {
        find: '$1',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
