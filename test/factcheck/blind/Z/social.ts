import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Z-social-01',
    voice: 'social',
    style: 'daily',
    text: '$SOL +11.2% on the day while $BTC did basically nothing (+0.3%). upgrade pump is real 🚀',
    numbers: [
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-02',
    voice: 'social',
    style: 'daily',
    text: 'gm. $SOL at $233, new monthly high, funding 0.04% per 8h. longs paying up big time 🔥',
    numbers: [
      {
        find: '233',
        label: 'supported',
      },
      {
        find: '0.04%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Z-social-03',
    voice: 'social',
    style: 'daily',
    text: 'ETH bleeding again 🩸 -0.8% today and -1.9% on the week. sub $3,900 and nobody cares, all the flows went to SOL',
    numbers: [
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '3,900',
        label: 'supported',
        note: 'eth.price 3874.3 is under 3,900',
      },
    ],
  },
  {
    id: 'Z-social-04',
    voice: 'social',
    style: 'daily',
    text: '$WIF +14.6% 🐶🎩 Solana memes eating. sitting at $0.89, above the 30d high of $0.854',
    numbers: [
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '0.89',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '0.854',
        label: 'supported',
        note: 'wif.swing_high_30d 0.85425',
      },
    ],
  },
  {
    id: 'Z-social-05',
    voice: 'social',
    style: 'daily',
    text: 'BTC chop city. $113.4k, range $112.6k–$113.9k in the last 24h. wake me up when we break $115k 😴',
    numbers: [
      {
        find: '113.4k',
        label: 'supported',
      },
      {
        find: '112.6k',
        label: 'supported',
        note: 'btc.low_24h 112604',
      },
      {
        find: '113.9k',
        label: 'supported',
        note: 'btc.high_24h 113858',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '115k',
        label: 'supported',
        note: 'btc.resistance 115000',
      },
    ],
  },
  {
    id: 'Z-social-06',
    voice: 'social',
    style: 'daily',
    text: '$BTC broke out above $115k last night, bears done 🐂🐂',
    numbers: [
      {
        find: '115k',
        label: 'contradicted',
        note: 'btc.price 113384, 24h high 113858: no breakout above 115k',
      },
    ],
  },
  {
    id: 'Z-social-07',
    voice: 'social',
    style: 'daily',
    text: 'L2 bags getting cooked 😭 $OP -4.1%, $ARB -3.6%, only $POL green at +0.3%',
    numbers: [
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-08',
    voice: 'social',
    style: 'daily',
    text: "$ARB down 6% today, lowest it's been in forever. $0.416 and falling",
    numbers: [
      {
        find: '6%',
        label: 'contradicted',
        note: 'arb.change_24h -3.6',
      },
      {
        find: '0.416',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-09',
    voice: 'social',
    style: 'daily',
    text: 'SOL OI up 19% in a day, funding 43.8% annualized 🤯 this is either very bullish or a long squeeze waiting to happen',
    numbers: [
      {
        find: '19%',
        label: 'supported',
      },
      {
        find: '43.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-10',
    voice: 'social',
    style: 'daily',
    text: "wen $300 SOL? after this breakout I'm saying by christmas",
    numbers: [
      {
        find: '300',
        label: 'unsupported',
        note: 'forecast; Cointelegraph analyst target not attributed',
      },
    ],
  },
  {
    id: 'Z-social-11',
    voice: 'social',
    style: 'daily',
    text: "Cointelegraph says an analyst is targeting $300 SOL by year-end. I'll take it 🙏",
    numbers: [
      {
        find: '300',
        label: 'supported-by-source',
        note: 'Cointelegraph headline: analyst targets $300 SOL; forecast but attributed',
      },
    ],
  },
  {
    id: 'Z-social-12',
    voice: 'social',
    style: 'daily',
    text: '$XRP funding slightly negative (-0.002%) so shorts are paying longs here. price $2.71, +1.3%',
    numbers: [
      {
        find: '-0.002%',
        label: 'supported',
        note: 'xrp.funding_rate -0.0023',
      },
      {
        find: '2.71',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-13',
    voice: 'social',
    style: 'daily',
    text: '$XRP funding negative means longs are paying the shorts lol, 0.0023% every 8h',
    numbers: [
      {
        find: '0.0023%',
        label: 'contradicted',
        note: 'payer wrong: xrp.funding_rate -0.0023 is negative, so shorts pay longs; figure itself matches - debatable',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Z-social-14',
    voice: 'social',
    style: 'daily',
    text: 'market check 📊 17 of 30 on my watchlist green, 13 red. total cap $3.81T (+1%), btc dom 59.3%',
    numbers: [
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '3.81T',
        label: 'supported',
      },
      {
        find: '1%',
        label: 'supported',
      },
      {
        find: '59.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-15',
    voice: 'social',
    style: 'daily',
    text: 'btc dominance ripping to 61% while alts bleed. same old story',
    numbers: [
      {
        find: '61%',
        label: 'contradicted',
        note: 'market.btc_dominance 59.28',
      },
    ],
  },
  {
    id: 'Z-social-16',
    voice: 'social',
    style: 'daily',
    text: '$AVAX quietly +4.7% to $24.87 👀 and $SUI +6.2%. L1 szn?',
    numbers: [
      {
        find: '4.7%',
        label: 'supported',
      },
      {
        find: '24.87',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Z-social-17',
    voice: 'social',
    style: 'daily',
    text: '$SUI up 12% today and knocking on $3.60 🌊',
    numbers: [
      {
        find: '12%',
        label: 'contradicted',
        note: 'sui.change_24h 6.2',
      },
      {
        find: '3.60',
        label: 'supported',
        note: 'sui.resistance 3.6 and price 3.5827 near',
      },
    ],
  },
  {
    id: 'Z-social-18',
    voice: 'social',
    style: 'daily',
    text: 'DOGE +0.4%, SHIB -0.9%, PEPE +1.1%, WIF +14.6%. only one of these is actually doing something 😂',
    numbers: [
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-19',
    voice: 'social',
    style: 'daily',
    text: 'memes are dumping hard, $DOGE -5% and $SHIB -7% 💀',
    numbers: [
      {
        find: '-5%',
        label: 'contradicted',
        note: 'doge.change_24h +0.40',
      },
      {
        find: '-7%',
        label: 'contradicted',
        note: 'shib.change_24h -0.86; -6.7 is its 7d',
      },
    ],
  },
  {
    id: 'Z-social-20',
    voice: 'social',
    style: 'daily',
    text: 'Decrypt: btc dominance eased to 59.3%, down about 0.4 points as SOL takes the spotlight',
    numbers: [
      {
        find: '59.3%',
        label: 'supported',
      },
      {
        find: '0.4',
        label: 'supported-by-source',
        note: 'Decrypt summary: fell about 0.4 points; no dominance change fact',
      },
    ],
  },
  {
    id: 'Z-social-21',
    voice: 'social',
    style: 'daily',
    text: 'solana lending protocol got drained for $41M, per Decrypt. deposits paused. this space man 🤦',
    numbers: [
      {
        find: '41M',
        label: 'supported-by-source',
        note: 'Decrypt headline 41 million',
      },
    ],
  },
  {
    id: 'Z-social-22',
    voice: 'social',
    style: 'daily',
    text: 'another solana exploit, $41 million gone. rinse repeat',
    numbers: [
      {
        find: '41 million',
        label: 'unsupported',
        note: 'Decrypt figure not attributed',
      },
    ],
  },
  {
    id: 'Z-social-23',
    voice: 'social',
    style: 'daily',
    text: '$SOL volume ~3x its weekly avg. everyone and their mom rotating into solana today',
    numbers: [
      {
        find: '3x',
        label: 'supported',
        note: 'sol.volume_ratio_7d 2.98',
      },
    ],
  },
  {
    id: 'Z-social-24',
    voice: 'social',
    style: 'daily',
    text: '$ETH OI -0.7%, $BTC OI +0.2%, $SOL OI +19.2%. you can literally see where the leverage went',
    numbers: [
      {
        find: '-0.7%',
        label: 'supported',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '19.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-25',
    voice: 'social',
    style: 'daily',
    text: 'ETH shorts getting squeezed?? ETH OI up 4% today',
    numbers: [
      {
        find: '4%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -0.7; +3.9 is the total OI',
      },
    ],
  },
  {
    id: 'Z-social-26',
    voice: 'social',
    style: 'daily',
    text: '$TAO -1.4% to $353… AI tokens flat again, NEAR the only one moving at +3.1%',
    numbers: [
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '353',
        label: 'supported',
        note: 'tao.price 352.7',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-27',
    voice: 'social',
    style: 'daily',
    text: 'AI sector up 3.1% today thanks to NEAR. finally 🤖',
    numbers: [
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'sector.ai.change_24h 0.02; 3.1 is NEAR',
      },
    ],
  },
  {
    id: 'Z-social-28',
    voice: 'social',
    style: 'weekly',
    text: 'weekly recap 🧵 $SOL +17.3%, $WIF +25%, $BTC +1.4%, $ETH -1.9%. L2s ($ARB -7.6%) worst of the bunch again',
    numbers: [
      {
        find: '17.3%',
        label: 'supported',
      },
      {
        find: '25%',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-29',
    voice: 'social',
    style: 'weekly',
    text: 'this week: $ARB -3.6% and $OP -7.1%. rollups are so cooked',
    numbers: [
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'arb.change_7d -7.56; -3.6 is the 24h move',
      },
      {
        find: '-7.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-30',
    voice: 'social',
    style: 'weekly',
    text: '$AVAX +8.3% on the week, $SUI +7.5%. every L1 I hold is green except ETH -1.9%… and XRP -1.8% and DOT -0.5% 🙃',
    numbers: [
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-31',
    voice: 'social',
    style: 'weekly',
    text: 'seven of 10 L1s up this week. ETH the worst of them, SOL the best at +17.3%',
    numbers: [
      {
        find: '10',
        label: 'supported',
        note: 'sector.l1.members; with seven = sector.l1.advancers_7d',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '17.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-32',
    voice: 'social',
    style: 'daily',
    text: 'hot take: SOL to $250 by the weekend. resistance at $240, support $230. send it',
    numbers: [
      {
        find: '250',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '240',
        label: 'supported',
        note: 'sol.resistance',
      },
      {
        find: '230',
        label: 'supported',
        note: 'sol.support',
      },
    ],
  },
  {
    id: 'Z-social-33',
    voice: 'social',
    style: 'daily',
    text: '$SOL support $240, resistance $260 imo, chart attached 📈',
    numbers: [
      {
        find: '240',
        label: 'contradicted',
        note: 'sol.support is 230; 240 is resistance',
      },
      {
        find: '260',
        label: 'contradicted',
        note: 'sol.resistance 240',
      },
    ],
  },
  {
    id: 'Z-social-34',
    voice: 'social',
    style: 'daily',
    text: '$BTC sitting between support $110k and resistance $115k. boring but healthy',
    numbers: [
      {
        find: '110k',
        label: 'supported',
      },
      {
        find: '115k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-35',
    voice: 'social',
    style: 'daily',
    text: 'ok who else bought $SOL at $209 yesterday 🙋 the low of the day lmao. now +11%',
    numbers: [
      {
        find: '209',
        label: 'supported',
        note: 'sol.low_24h 208.94',
      },
      {
        find: '11%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-36',
    voice: 'social',
    style: 'daily',
    text: "$ETH at $3.87k. support $3.8k, resistance $4k. Ether sinking below $3,800 per CoinDesk? I don't see it on my chart",
    numbers: [
      {
        find: '3.87k',
        label: 'supported',
      },
      {
        find: '3.8k',
        label: 'supported',
      },
      {
        find: '4k',
        label: 'supported',
      },
      {
        find: '3,800',
        label: 'contradicted',
        note: 'CoinDesk headline claims it but eth.low_24h 3841.98',
      },
    ],
  },
  {
    id: 'Z-social-37',
    voice: 'social',
    style: 'daily',
    text: 'Cointelegraph saying SOL slid 6%?? my screen says +11 lol',
    numbers: [
      {
        find: '6%',
        label: 'contradicted',
        note: 'sol.change_24h +11.2; headline contradicted by fact',
      },
      {
        find: '11',
        label: 'supported',
        note: 'sol.change_24h 11.2',
      },
    ],
  },
  {
    id: 'Z-social-38',
    voice: 'social',
    style: 'daily',
    text: "Bitcoin Magazine reports miners moved 7,420 BTC to exchanges over the past week. bearish?? we'll see",
    numbers: [
      {
        find: '7,420',
        label: 'supported-by-source',
        note: 'Bitcoin Magazine headline',
      },
    ],
  },
  {
    id: 'Z-social-39',
    voice: 'social',
    style: 'daily',
    text: '$SOL ETF amended with a 0.19% fee according to CoinDesk. cheap 👌',
    numbers: [
      {
        find: '0.19%',
        label: 'supported-by-source',
        note: 'CoinDesk headline fee',
      },
    ],
  },
  {
    id: 'Z-social-40',
    voice: 'social',
    style: 'daily',
    text: 'solana stress test hit 8,300 TPS per Cointelegraph. and ETH still at 15 tps 💀',
    numbers: [
      {
        find: '8,300',
        label: 'supported-by-source',
        note: 'Cointelegraph headline',
      },
      {
        find: '15',
        label: 'unsupported',
        note: 'invented TPS figure',
      },
    ],
  },
  {
    id: 'Z-social-41',
    voice: 'social',
    style: 'daily',
    text: '$BNB +0.6% at $702, doing what BNB does. $ADA +2.4% though 👀',
    numbers: [
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '702',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-42',
    voice: 'social',
    style: 'daily',
    text: '$ADA +5.2%, cardano community going crazy in my replies',
    numbers: [
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'ada.change_24h 2.4',
      },
    ],
  },
  {
    id: 'Z-social-43',
    voice: 'social',
    style: 'daily',
    text: "$DOT -0.4% at $3.91. at least it's above $3.80 support",
    numbers: [
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '3.91',
        label: 'supported',
      },
      {
        find: '3.80',
        label: 'supported',
        note: 'dot.support 3.8',
      },
    ],
  },
  {
    id: 'Z-social-44',
    voice: 'social',
    style: 'daily',
    text: '$DOGE funding 0.0094% / 8h, ~10% APR. doge OI +6.1% today 🐕',
    numbers: [
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '10%',
        label: 'supported',
        note: 'doge.funding_apr 10.29',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-45',
    voice: 'social',
    style: 'daily',
    text: 'BTC funding 0.0072%, ETH 0.0046%, SOL 0.04%. SOL more than 5x btc funding, crowded trade alert 🚨',
    numbers: [
      {
        find: '0.0072%',
        label: 'supported',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '0.04%',
        label: 'supported',
      },
      {
        find: '5x',
        label: 'unsupported',
        note: 'derived ratio 0.04/0.0072 = 5.6; no fact states it',
      },
    ],
  },
  {
    id: 'Z-social-46',
    voice: 'social',
    style: 'daily',
    text: '$ETH funding 0.04%, everyone levered long ether?? not what I expected',
    numbers: [
      {
        find: '0.04%',
        label: 'contradicted',
        note: 'eth.funding_rate 0.0046; 0.04 is SOL',
      },
    ],
  },
  {
    id: 'Z-social-47',
    voice: 'social',
    style: 'daily',
    text: 'total OI up 3.9% to $18.6B today, most of it SOL',
    numbers: [
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '18.6B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-48',
    voice: 'social',
    style: 'daily',
    text: 'total OI $186B?? degens are back',
    numbers: [
      {
        find: '186B',
        label: 'contradicted',
        note: 'market.open_interest 18.6B, 10x slip',
      },
    ],
  },
  {
    id: 'Z-social-49',
    voice: 'social',
    style: 'daily',
    text: '$WIF volume 1.9x normal, $SOL 3x. follow the volume',
    numbers: [
      {
        find: '1.9x',
        label: 'supported',
        note: 'wif.volume_ratio_7d 1.87',
      },
      {
        find: '3x',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-50',
    voice: 'social',
    style: 'daily',
    text: "$OP at $0.698, pinned under resistance at $0.70. if $0.68 support goes it's over",
    numbers: [
      {
        find: '0.698',
        label: 'supported',
      },
      {
        find: '0.70',
        label: 'supported',
        note: 'op.resistance 0.7',
      },
      {
        find: '0.68',
        label: 'supported',
        note: 'op.support 0.68',
      },
    ],
  },
  {
    id: 'Z-social-51',
    voice: 'social',
    style: 'sector',
    text: 'gaming tokens -1.1% 🎮 IMX worst at -3.3%, AXS somehow green +1.4%',
    numbers: [
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-52',
    voice: 'social',
    style: 'sector',
    text: 'DePIN basically flat (-0.2%). HNT +1.9% best of the bunch, FIL -1.6%',
    numbers: [
      {
        find: '-0.2%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-53',
    voice: 'social',
    style: 'sector',
    text: 'DePIN leader today: $FIL +1.6% 🔋',
    numbers: [
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'fil.change_24h -1.6; HNT leads',
      },
    ],
  },
  {
    id: 'Z-social-54',
    voice: 'social',
    style: 'sector',
    text: 'gaming sector two up, 2 down. $SAND -0.6%, $GALA +0.5%',
    numbers: [
      {
        find: '2',
        label: 'supported',
        note: 'sector.gaming.decliners_24h 2; two = advancers',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '0.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-55',
    voice: 'social',
    style: 'sector',
    text: 'meme sector +0.5% today, 3 of 4 green. WIF carrying the whole thing',
    numbers: [
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '3',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-56',
    voice: 'social',
    style: 'daily',
    text: 'SOL mcap $128B, XRP $162B. flippening when? 😤',
    numbers: [
      {
        find: '128B',
        label: 'supported',
        note: 'sol.market_cap 127.56B',
      },
      {
        find: '162B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-57',
    voice: 'social',
    style: 'daily',
    text: 'SOL mcap at $150B, almost flipped XRP 👀',
    numbers: [
      {
        find: '150B',
        label: 'contradicted',
        note: 'sol.market_cap 127.6B',
      },
    ],
  },
  {
    id: 'Z-social-58',
    voice: 'social',
    style: 'daily',
    text: '$SOL realized vol 77% annualized on the 7-day, BTC 13%. different planets',
    numbers: [
      {
        find: '77%',
        label: 'supported',
        note: 'sol.volatility_7d 76.55',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '13%',
        label: 'supported',
        note: 'btc.volatility_7d 13.29',
      },
    ],
  },
  {
    id: 'Z-social-59',
    voice: 'social',
    style: 'daily',
    text: 'BTC at ATH vibes, last time we were at $126k everyone was euphoric',
    numbers: [
      {
        find: '126k',
        label: 'unsupported',
        note: 'history; no fact',
      },
    ],
  },
  {
    id: 'Z-social-60',
    voice: 'social',
    style: 'daily',
    text: '$NEAR +3.1% at $2.72, best AI coin today. $VIRTUAL the worst at -2.3% 🤖',
    numbers: [
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '2.72',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-61',
    voice: 'social',
    style: 'daily',
    text: '$WLD worst AI coin today -1.8% smh',
    numbers: [
      {
        find: '-1.8%',
        label: 'contradicted',
        note: 'wrong leader: sector.ai.worst_24h is VIRTUAL -2.3; wld.change_24h -1.8 itself matches - debatable',
      },
    ],
  },
  {
    id: 'Z-social-62',
    voice: 'social',
    style: 'daily',
    text: 'sol went from ~$210 to $233 in a day. r/CryptoCurrency was right, 11% while BTC flat',
    numbers: [
      {
        find: '210',
        label: 'supported',
        note: 'sol.low_24h 208.94, hedged',
      },
      {
        find: '233',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-63',
    voice: 'social',
    style: 'daily',
    text: 'reddit bro on r/CryptoCurrency calling $120K BTC by next friday 🤡 screenshot this',
    numbers: [
      {
        find: '120K',
        label: 'supported-by-source',
        note: 'r/CryptoCurrency post forecast 120K, attributed; debatable',
      },
    ],
  },
  {
    id: 'Z-social-64',
    voice: 'social',
    style: 'daily',
    text: '$BTC $120k next week, shorts finished 🚀🚀',
    numbers: [
      {
        find: '120k',
        label: 'unsupported',
        note: 'forecast, not attributed',
      },
    ],
  },
  {
    id: 'Z-social-65',
    voice: 'social',
    style: 'weekly',
    text: 'total OI up 5.8% this week, SOL OI +31.6% 📈 BTC OI +1.7%',
    numbers: [
      {
        find: '5.8%',
        label: 'supported',
        note: 'market.oi_change_7d 5.75',
      },
      {
        find: '31.6%',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-66',
    voice: 'social',
    style: 'weekly',
    text: 'SOL OI +19.2% this week, ETH OI -2.3%',
    numbers: [
      {
        find: '19.2%',
        label: 'contradicted',
        note: 'weekly style: sol.oi_change_7d 31.6; 19.2 is 24h',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-67',
    voice: 'social',
    style: 'daily',
    text: 'liquid staking unlock next week: 21.6M tokens per The Block. watch out',
    numbers: [
      {
        find: '21.6M',
        label: 'supported-by-source',
        note: 'The Block headline 21.6 million tokens',
      },
    ],
  },
  {
    id: 'Z-social-68',
    voice: 'social',
    style: 'daily',
    text: 'The Block says open interest up about 4% with SOL leading. ETH OI -0.7%',
    numbers: [
      {
        find: '4%',
        label: 'supported',
        note: 'market.oi_change_24h 3.89; fact supports it',
      },
      {
        find: '-0.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-69',
    voice: 'social',
    style: 'daily',
    text: '$IMX -3.3% to $0.55 😬 $SAND $0.27. gamefi is dead',
    numbers: [
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '0.55',
        label: 'supported',
      },
      {
        find: '0.27',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-70',
    voice: 'social',
    style: 'daily',
    text: '$PEPE at $0.0000099, +1.1%. frogs holding',
    numbers: [
      {
        find: '0.0000099',
        label: 'supported',
        note: 'pepe.price 0.00000986',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-71',
    voice: 'social',
    style: 'daily',
    text: '$SHIB $0.00001263, -0.86%. sell-off? nah just a nap 😴',
    numbers: [
      {
        find: '0.00001263',
        label: 'supported',
      },
      {
        find: '-0.86%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-72',
    voice: 'social',
    style: 'daily',
    text: "$SOL +21% today?? I'm not selling a single one until $500",
    numbers: [
      {
        find: '21%',
        label: 'contradicted',
        note: 'sol.change_24h 11.2',
      },
      {
        find: '500',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-social-73',
    voice: 'social',
    style: 'daily',
    text: 'everyone talking SOL but $LINK +9% and $TRX +3% flying under the radar 🕵️',
    numbers: [
      {
        find: '9%',
        label: 'unsupported',
        note: 'LINK not on watchlist',
      },
      {
        find: '3%',
        label: 'unsupported',
        note: 'TRX not on watchlist',
      },
    ],
  },
  {
    id: 'Z-social-74',
    voice: 'social',
    style: 'daily',
    text: '$BTC +1.4% today, slow grind up. $113,384 print',
    numbers: [
      {
        find: '1.4%',
        label: 'contradicted',
        note: 'btc.change_24h 0.32; 1.4 is the 7d change',
      },
      {
        find: '113,384',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-75',
    voice: 'social',
    style: 'daily',
    text: 'ETH funding 5% annualized vs SOL 48%. not even close',
    numbers: [
      {
        find: '5%',
        label: 'supported',
        note: 'eth.funding_apr 5.04',
      },
      {
        find: '48%',
        label: 'contradicted',
        note: 'sol.funding_apr 43.8',
      },
    ],
  },
  {
    id: 'Z-social-76',
    voice: 'social',
    style: 'daily',
    text: '$SOL open interest $39B lmao the degens are all here',
    numbers: [
      {
        find: '39B',
        label: 'contradicted',
        note: 'sol.open_interest 3.9B, 10x slip',
      },
    ],
  },
  {
    id: 'Z-social-77',
    voice: 'social',
    style: 'daily',
    text: '$XRP +3.6% and funding still negative. $2.80 next resistance',
    numbers: [
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'xrp.change_24h 1.3; 3.6 is its OI change',
      },
      {
        find: '2.80',
        label: 'supported',
        note: 'xrp.resistance 2.8',
      },
    ],
  },
  {
    id: 'Z-social-78',
    voice: 'social',
    style: 'daily',
    text: '$XRP support $2.80, broke it and now holding above 🙌',
    numbers: [
      {
        find: '2.80',
        label: 'contradicted',
        note: 'xrp.support 2.7; 2.8 is resistance',
      },
    ],
  },
  {
    id: 'Z-social-79',
    voice: 'social',
    style: 'daily',
    text: '$NEAR -3.1% today, AI coins getting dumped',
    numbers: [
      {
        find: '-3.1%',
        label: 'contradicted',
        note: 'near.change_24h +3.1, sign flipped',
      },
    ],
  },
  {
    id: 'Z-social-80',
    voice: 'social',
    style: 'daily',
    text: 'alt season index at 75 👀👀 and ETH/BTC at 0.034. we are so back',
    numbers: [
      {
        find: '75',
        label: 'unsupported',
        note: 'no such fact',
      },
      {
        find: '0.034',
        label: 'unsupported',
        note: 'derived ratio, no fact',
      },
    ],
  },
  {
    id: 'Z-social-81',
    voice: 'social',
    style: 'daily',
    text: '$WIF mcap ~$890M with a 62% realized vol. not for the faint hearted',
    numbers: [
      {
        find: '890M',
        label: 'supported',
        note: 'wif.market_cap 891.6M, hedged',
      },
      {
        find: '62%',
        label: 'supported',
        note: 'wif.volatility_7d 62.2',
      },
    ],
  },
  {
    id: 'Z-social-82',
    voice: 'social',
    style: 'daily',
    text: "$WIF now at $1.20?? who's selling lol",
    numbers: [
      {
        find: '1.20',
        label: 'contradicted',
        note: 'wif.price 0.8926',
      },
    ],
  },
  {
    id: 'Z-social-83',
    voice: 'social',
    style: 'daily',
    text: '$AVAX $24.87, pressing resistance at $25. support way down at $22, plenty of room',
    numbers: [
      {
        find: '24.87',
        label: 'supported',
      },
      {
        find: '25',
        label: 'supported',
        note: 'avax.resistance 25',
      },
      {
        find: '22',
        label: 'contradicted',
        note: 'avax.support 24',
      },
    ],
  },
  {
    id: 'Z-social-84',
    voice: 'social',
    style: 'daily',
    text: 'gaming down 4.5% today, IMX dragging everybody',
    numbers: [
      {
        find: '4.5%',
        label: 'contradicted',
        note: 'sector.gaming.change_24h -1.08',
      },
    ],
  },
  {
    id: 'Z-social-85',
    voice: 'social',
    style: 'sector',
    text: 'L2 sector cap $7.3B, down 2.3%. 3 of 4 red. $OP worst at -6%',
    numbers: [
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '7.3B',
        label: 'supported',
        note: 'sector.l2.market_cap 7.30B',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
      {
        find: '-6%',
        label: 'contradicted',
        note: 'op.change_24h -4.1',
      },
    ],
  },
  {
    id: 'Z-social-86',
    voice: 'social',
    style: 'daily',
    text: 'BTC dominance 59%, total cap $3.8T, total volume $141B. mid day',
    numbers: [
      {
        find: '59%',
        label: 'supported',
      },
      {
        find: '3.8T',
        label: 'supported',
      },
      {
        find: '141B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-87',
    voice: 'social',
    style: 'daily',
    text: '24h volume $14B... is anyone even trading',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '14B',
        label: 'contradicted',
        note: 'market.volume_24h 141B, 10x slip',
      },
    ],
  },
  {
    id: 'Z-social-88',
    voice: 'social',
    style: 'daily',
    text: '22 of 30 coins up today, broad rally fam 🟢',
    numbers: [
      {
        find: '22',
        label: 'contradicted',
        note: 'market.advancers_24h 17',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-89',
    voice: 'social',
    style: 'daily',
    text: '$SOL 30-day high was $221 and we just blew through it to $232.9. next stop $275',
    numbers: [
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '221',
        label: 'supported',
        note: 'sol.swing_high_30d 221.37',
      },
      {
        find: '232.9',
        label: 'supported',
      },
      {
        find: '275',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-social-90',
    voice: 'social',
    style: 'daily',
    text: "last cycle SOL topped at $260 and this time it's different 😤 (it isn't)",
    numbers: [
      {
        find: '260',
        label: 'unsupported',
        note: 'history',
      },
    ],
  },
  {
    id: 'Z-social-91',
    voice: 'social',
    style: 'weekly',
    text: 'weekly: memes -0.5%, AI -2.8%, gaming -5.3%, L2 -5.6%. only L1 up, +1.3%',
    numbers: [
      {
        find: '-0.5%',
        label: 'supported',
        note: 'sector.memes.change_7d -0.51',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-5.3%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-92',
    voice: 'social',
    style: 'weekly',
    text: 'this week AI coins -6.5% and $WLD -12% 📉',
    numbers: [
      {
        find: '-6.5%',
        label: 'contradicted',
        note: 'sector.ai.change_7d -2.84',
      },
      {
        find: '-12%',
        label: 'contradicted',
        note: 'wld.change_7d -6.96; -12 is 30d',
      },
    ],
  },
  {
    id: 'Z-social-93',
    voice: 'social',
    style: 'weekly',
    text: 'gaming 0 green coins this week. GALA the "best" at -3.2% lol, IMX -9.9%',
    numbers: [
      {
        find: '0',
        label: 'supported',
        note: 'sector.gaming.advancers_7d 0',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '-9.9%',
        label: 'contradicted',
        note: 'imx.change_7d -6.92; -9.99 is the 30d',
      },
    ],
  },
  {
    id: 'Z-social-94',
    voice: 'social',
    style: 'daily',
    text: '$ADA $0.71 support holding at $0.70, target $1 🎯',
    numbers: [
      {
        find: '0.71',
        label: 'supported',
      },
      {
        find: '0.70',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-social-95',
    voice: 'social',
    style: 'daily',
    text: "someone tell me why $DOT is at $4.50 and I'm still down bad",
    numbers: [
      {
        find: '4.50',
        label: 'contradicted',
        note: 'dot.price 3.914',
      },
    ],
  },
  {
    id: 'Z-social-96',
    voice: 'social',
    style: 'daily',
    text: "$BTC funding 0.072% per 8h?? that's spicy for a flat day",
    numbers: [
      {
        find: '0.072%',
        label: 'contradicted',
        note: 'btc.funding_rate 0.0072, 10x slip',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Z-social-97',
    voice: 'social',
    style: 'daily',
    text: 'SOL vol 3x avg, BTC vol 0.98x, ETH 1.4x ',
    numbers: [
      {
        find: '3x',
        label: 'supported',
      },
      {
        find: '0.98x',
        label: 'supported',
        note: 'btc.volume_ratio_7d 0.985',
      },
      {
        find: '1.4x',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 0.96',
      },
    ],
  },
  {
    id: 'Z-social-98',
    voice: 'social',
    style: 'daily',
    text: 'Solana up 11% on the day per CoinDesk, hit a 30-day high. and I sold at 190 🫠',
    numbers: [
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '190',
        label: 'unsupported',
        note: 'personal anecdote, no fact',
      },
    ],
  },
  {
    id: 'Z-social-99',
    voice: 'social',
    style: 'daily',
    text: '$HNT +1.9% best DePIN coin today, $IOTX -0.8%. $RENDER +2.6%',
    numbers: [
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'render.change_24h 0.60',
      },
    ],
  },
  {
    id: 'Z-social-100',
    voice: 'social',
    style: 'daily',
    text: '$GRT +0.4% at $0.086, $FET -0.9% at $0.63. $VIRTUAL $1.09',
    numbers: [
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '0.086',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '0.63',
        label: 'supported',
      },
      {
        find: '1.09',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-101',
    voice: 'social',
    style: 'daily',
    text: "ETH -0.8% today but ETH maxis will tell you it's up 12% on the month 🙄",
    numbers: [
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'unsupported',
        note: 'no window given matches; eth.change_30d 1.7, invented',
      },
    ],
  },
  {
    id: 'Z-social-102',
    voice: 'social',
    style: 'daily',
    text: '$SOL up 17.3% today, unreal candle',
    numbers: [
      {
        find: '17.3%',
        label: 'contradicted',
        note: 'daily post: sol.change_24h 11.2; 17.3 is the 7d',
      },
    ],
  },
  {
    id: 'Z-social-103',
    voice: 'social',
    style: 'daily',
    text: '$BTC 24h low $110k, wicked down and bounced straight back 📌',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '110k',
        label: 'contradicted',
        note: 'btc.low_24h 112604; 110k is support',
      },
    ],
  },
  {
    id: 'Z-social-104',
    voice: 'social',
    style: 'daily',
    text: 'L1s +0.7% as a group, 8 of 10 up. ETH + DOT the only reds',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '0.7%',
        label: 'supported',
        note: 'sector.l1.change_24h 0.66',
      },
      {
        find: '8',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
        note: 'sector.l1.members',
      },
    ],
  },
  {
    id: 'Z-social-105',
    voice: 'social',
    style: 'daily',
    text: 'the $41M hack is why SOL is ripping?? makes no sense. and ETH -8%',
    numbers: [
      {
        find: '41M',
        label: 'unsupported',
        note: 'Decrypt figure without its outlet',
      },
      {
        find: '-8%',
        label: 'contradicted',
        note: 'eth.change_24h -0.8, 10x slip',
      },
    ],
  },
  {
    id: 'Z-social-106',
    voice: 'social',
    style: 'daily',
    text: 'SOL ETF fee only 0.19%, staking included. approval in 2 weeks max, calling it now',
    numbers: [
      {
        find: '0.19%',
        label: 'unsupported',
        note: 'CoinDesk figure, no outlet named',
      },
      {
        find: '2',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-social-107',
    voice: 'social',
    style: 'daily',
    text: '$SOL flipping $BNB mcap long ago, now chasing XRP: SOL $127.6B vs BNB $9.8B',
    numbers: [
      {
        find: '127.6B',
        label: 'supported',
      },
      {
        find: '9.8B',
        label: 'contradicted',
        note: 'bnb.market_cap 97.7B, 10x slip',
      },
    ],
  },
  {
    id: 'Z-social-108',
    voice: 'social',
    style: 'daily',
    text: '$BNB -2.1% at $702.4, exchange coins catching no love today',
    numbers: [
      {
        find: '-2.1%',
        label: 'contradicted',
        note: 'bnb.change_24h +0.6',
      },
      {
        find: '702.4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-social-109',
    voice: 'social',
    style: 'weekly',
    text: '$DOGE OI up 4.8% on the week, $XRP OI +3.6%',
    numbers: [
      {
        find: '4.8%',
        label: 'supported',
        note: 'doge.oi_change_7d',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'weekly: xrp.oi_change_7d 0.9; 3.6 is 24h',
      },
    ],
  },
  {
    id: 'Z-social-110',
    voice: 'social',
    style: 'daily',
    text: "$SUI 30d high $3.63 and we're at $3.58. ATH at $5.35 lol",
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '3.63',
        label: 'supported',
        note: 'sui.swing_high_30d 3.6298',
      },
      {
        find: '3.58',
        label: 'supported',
      },
      {
        find: '5.35',
        label: 'unsupported',
        note: 'history',
      },
    ],
  },
  {
    id: 'Z-social-111',
    voice: 'social',
    style: 'daily',
    text: '$OP mcap $13B and people call it dead?? $IMX -0.33%',
    numbers: [
      {
        find: '13B',
        label: 'contradicted',
        note: 'op.market_cap 1.30B, 10x',
      },
      {
        find: '-0.33%',
        label: 'contradicted',
        note: 'imx.change_24h -3.3, 10x',
      },
    ],
  },
];
