import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'P-social-01',
    voice: 'social',
    style: 'daily',
    text: '$BTC +0.4% on the day while alts get wrecked 🩸 only 7 of the top 30 green',
    numbers: [
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-social-02',
    voice: 'social',
    style: 'daily',
    text: 'ETH -1.8%, SOL -3.9%, AVAX -4.2%... BNB somehow +1.1% lol',
    numbers: [
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-03',
    voice: 'social',
    style: 'daily',
    text: 'btc sitting at 121k, support 120k resistance 125k. chop city 🥱',
    numbers: [
      {
        find: '121k',
        label: 'supported',
      },
      {
        find: '120k',
        label: 'supported',
      },
      {
        find: '125k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-04',
    voice: 'social',
    style: 'daily',
    text: 'memes sector -5.8% today, $WIF worst at -8.1% 💀 $DOGE -5.6%',
    numbers: [
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
    ],
  },
  {
    id: 'P-social-05',
    voice: 'social',
    style: 'daily',
    text: '$PEPE down 12% today, pain',
    numbers: [
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact pepe.change_24h -6.78; 12 is near its 7d/30d, not 24h',
      },
    ],
  },
  {
    id: 'P-social-06',
    voice: 'social',
    style: 'daily',
    text: '$SOL OI dumped 7.2% in 24h. funding -0.0034% so shorts paying longs now',
    numbers: [
      {
        find: '7.2%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-07',
    voice: 'social',
    style: 'daily',
    text: 'BTC funding 0.0052% per 8h, longs pay shorts, nothing crazy. ~5.7% annualized',
    numbers: [
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '5.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-08',
    voice: 'social',
    style: 'daily',
    text: 'BTC funding flipped negative 🐻 shorts paying 0.0052%',
    numbers: [
      {
        find: '0.0052%',
        label: 'contradicted',
        note: 'fact btc.funding_rate +0.0052: longs pay shorts, sign/payer wrong',
      },
    ],
  },
  {
    id: 'P-social-09',
    voice: 'social',
    style: 'daily',
    text: 'DePIN the only green sector lmao +1.4%. $FIL +2.1% $HNT +1.6% $IOTX +1.2%',
    numbers: [
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-10',
    voice: 'social',
    style: 'daily',
    text: '$VIRTUAL -9.2% and $FET -7.4%, AI coins getting nuked. sector -4.1%',
    numbers: [
      {
        find: '-9.2%',
        label: 'supported',
      },
      {
        find: '-7.4%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-11',
    voice: 'social',
    style: 'daily',
    text: '$RENDER only AI name in green +0.8% 👀',
    numbers: [
      {
        find: '+0.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-12',
    voice: 'social',
    style: 'daily',
    text: '$TAO holding $391?? support 380 below. if that goes we see 300',
    numbers: [
      {
        find: '$391',
        label: 'supported',
      },
      {
        find: '380',
        label: 'supported',
      },
      {
        find: '300',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'P-social-13',
    voice: 'social',
    style: 'daily',
    text: 'eth $4,180 and stuck under 4200 resistance. 4k is the line',
    numbers: [
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '4200',
        label: 'supported',
      },
      {
        find: '4k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-14',
    voice: 'social',
    style: 'daily',
    text: '$ETH down 5.4% today ngl',
    numbers: [
      {
        find: '5.4%',
        label: 'contradicted',
        note: 'fact eth.change_24h -1.8; 5.4 is the 7d change, wrong window in daily style',
      },
    ],
  },
  {
    id: 'P-social-15',
    voice: 'social',
    style: 'daily',
    text: 'total cap $3.95T, -1.3% on the day. btc dom 61.2% 📈',
    numbers: [
      {
        find: '$3.95T',
        label: 'supported',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '61.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-16',
    voice: 'social',
    style: 'daily',
    text: 'btc dominance 58% and climbing, alt season cancelled',
    numbers: [
      {
        find: '58%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.2',
      },
    ],
  },
  {
    id: 'P-social-17',
    voice: 'social',
    style: 'daily',
    text: '23 of 30 red. brutal. and 3 green ones lmao',
    numbers: [
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
        note: 'market.members 30',
      },
      {
        find: '3@3',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7; 30-23=7 green',
      },
    ],
  },
  {
    id: 'P-social-18',
    voice: 'social',
    style: 'daily',
    text: '$SUI +0.6% today, one of like 7 coins in green. unlock of 64 million tokens next week tho',
    numbers: [
      {
        find: '+0.6%',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '64 million',
        label: 'unsupported',
        note: 'headline is r/CryptoCurrency post, not attributed here',
      },
    ],
  },
  {
    id: 'P-social-19',
    voice: 'social',
    style: 'daily',
    text: 'r/CryptoCurrency ppl talking about SUI unlock of 64 million tokens 😬',
    numbers: [
      {
        find: '64 million',
        label: 'supported-by-source',
        note: 'r/CryptoCurrency headline, attributed; debatable whether reddit counts as outlet',
      },
    ],
  },
  {
    id: 'P-social-20',
    voice: 'social',
    style: 'daily',
    text: '$ARB -3.4% $OP -3.6% $POL -2.8%. L2s down bad, -3.2% as a sector',
    numbers: [
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-21',
    voice: 'social',
    style: 'daily',
    text: 'L2 sector -10.6% today?? rollups are cooked',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '-10.6%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -3.17; -10.6 is the 7d',
      },
    ],
  },
  {
    id: 'P-social-22',
    voice: 'social',
    style: 'daily',
    text: '$ARB down 12% on the week, 16% on the month 📉',
    numbers: [
      {
        find: '12%',
        label: 'supported',
      },
      {
        find: '16%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-23',
    voice: 'social',
    style: 'daily',
    text: '$XRP 2.41, barely above 2.40 support. -1.4%',
    numbers: [
      {
        find: '2.41',
        label: 'supported',
      },
      {
        find: '2.40',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-24',
    voice: 'social',
    style: 'daily',
    text: '$XRP ripping +1.4% today 🚀',
    numbers: [
      {
        find: '+1.4%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -1.40: direction wrong',
      },
    ],
  },
  {
    id: 'P-social-25',
    voice: 'social',
    style: 'daily',
    text: '$ADA 0.64 -3.6%. cardano holders not ok',
    numbers: [
      {
        find: '0.64',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-26',
    voice: 'social',
    style: 'daily',
    text: '$DOT at $3.18, -3.9%. polkadot 30d -8.2%',
    numbers: [
      {
        find: '$3.18',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '-8.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-27',
    voice: 'social',
    style: 'daily',
    text: '$AVAX lost $20, now 19.74 📉 worst L1 today at -4.2%',
    numbers: [
      {
        find: '$20',
        label: 'supported',
      },
      {
        find: '19.74',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-28',
    voice: 'social',
    style: 'daily',
    text: '$NEAR 2.60, -3.2%. touching 2.6 support',
    numbers: [
      {
        find: '2.60',
        label: 'supported',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '2.6@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-29',
    voice: 'social',
    style: 'daily',
    text: '$BNB $1,039 +1.1%, best L1 today 💛 resistance 1050',
    numbers: [
      {
        find: '$1,039',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '1050',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-30',
    voice: 'social',
    style: 'daily',
    text: '$BNB +4.8% today, binance coin carrying',
    numbers: [
      {
        find: '+4.8%',
        label: 'contradicted',
        note: 'fact bnb.change_24h 1.10; 4.8 is the 30d',
      },
    ],
  },
  {
    id: 'P-social-31',
    voice: 'social',
    style: 'daily',
    text: 'liquidations $310M of longs overnight 🔥',
    numbers: [
      {
        find: '$310M',
        label: 'unsupported',
        note: 'The Block headline, not attributed',
      },
    ],
  },
  {
    id: 'P-social-32',
    voice: 'social',
    style: 'daily',
    text: 'The Block says $310 million in long liqs, mostly sol and doge',
    numbers: [
      {
        find: '$310 million',
        label: 'supported-by-source',
        note: 'The Block headline',
      },
    ],
  },
  {
    id: 'P-social-33',
    voice: 'social',
    style: 'daily',
    text: 'spot btc etfs +$420M inflows per CoinDesk, 5th day in a row. bullish',
    numbers: [
      {
        find: '$420M',
        label: 'supported-by-source',
        note: 'CoinDesk headline',
      },
      {
        find: '5th',
        label: 'ignored',
        note: 'debatable: ordinal day count from CoinDesk summary, treated as duration',
      },
    ],
  },
  {
    id: 'P-social-34',
    voice: 'social',
    style: 'daily',
    text: 'etf inflows $420 million again and price does nothing',
    numbers: [
      {
        find: '$420 million',
        label: 'unsupported',
        note: 'CoinDesk headline not attributed',
      },
    ],
  },
  {
    id: 'P-social-35',
    voice: 'social',
    style: 'daily',
    text: 'some treasury co bought 2,500 BTC (Bitcoin Magazine)',
    numbers: [
      {
        find: '2,500',
        label: 'supported-by-source',
        note: 'Bitcoin Magazine headline',
      },
    ],
  },
  {
    id: 'P-social-36',
    voice: 'social',
    style: 'daily',
    text: 'Cointelegraph analyst says btc $150k by year end. cope or hope',
    numbers: [
      {
        find: '$150k',
        label: 'supported-by-source',
        note: 'Cointelegraph headline; a forecast but attributed - debatable',
      },
    ],
  },
  {
    id: 'P-social-37',
    voice: 'social',
    style: 'daily',
    text: 'btc 150k by dec, screenshot this',
    numbers: [
      {
        find: '150k',
        label: 'unsupported',
        note: 'forecast, no attribution',
      },
    ],
  },
  {
    id: 'P-social-38',
    voice: 'social',
    style: 'daily',
    text: "CoinDesk saying btc slipped 3%?? it's green on my screen",
    numbers: [
      {
        find: '3%',
        label: 'contradicted',
        note: 'CoinDesk headline but fact btc.change_24h +0.4 contradicts',
      },
    ],
  },
  {
    id: 'P-social-39',
    voice: 'social',
    style: 'daily',
    text: 'defi lender drained for $38M, Decrypt reporting oracle exploit. again.',
    numbers: [
      {
        find: '$38M',
        label: 'supported-by-source',
        note: 'Decrypt headline',
      },
    ],
  },
  {
    id: 'P-social-40',
    voice: 'social',
    style: 'daily',
    text: "btc ath was 126k and we're 4% off it",
    numbers: [
      {
        find: '126k',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '4%',
        label: 'unsupported',
        note: 'derived distance',
      },
    ],
  },
  {
    id: 'P-social-41',
    voice: 'social',
    style: 'daily',
    text: '$SHIB -5.9% and -18.6% on the week 😭',
    numbers: [
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '-18.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-42',
    voice: 'social',
    style: 'daily',
    text: '$WIF 0.677, support 0.66. 7d -12.5%',
    numbers: [
      {
        find: '0.677',
        label: 'supported',
      },
      {
        find: '0.66',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '-12.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-43',
    voice: 'social',
    style: 'daily',
    text: '$DOGE 0.22, funding -0.0061% per 8h. OI down 9%',
    numbers: [
      {
        find: '0.22',
        label: 'supported',
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
        find: '9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-44',
    voice: 'social',
    style: 'daily',
    text: '$DOGE OI +9% as apes pile in',
    numbers: [
      {
        find: '+9%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -9.0: direction',
      },
    ],
  },
  {
    id: 'P-social-45',
    voice: 'social',
    style: 'daily',
    text: 'total OI $18B, down 3.4% 24h and 7.3% on the week. deleveraging',
    numbers: [
      {
        find: '$18B',
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
        find: '7.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-46',
    voice: 'social',
    style: 'daily',
    text: 'BTC OI actually up 1.1% to $8B while ETH OI -6.5% to $6B',
    numbers: [
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '$8B',
        label: 'supported',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '$6B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-47',
    voice: 'social',
    style: 'daily',
    text: 'ETH OI -1.1% only, pretty calm',
    numbers: [
      {
        find: '-1.1%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h -6.5; 1.1 is BTC OI',
      },
    ],
  },
  {
    id: 'P-social-48',
    voice: 'social',
    style: 'daily',
    text: 'btc 24h range 119.2k - 121.8k. snooze',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '119.2k',
        label: 'supported',
      },
      {
        find: '121.8k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-49',
    voice: 'social',
    style: 'daily',
    text: 'btc low today 117k and bounced 💪',
    numbers: [
      {
        find: '117k',
        label: 'contradicted',
        note: 'fact btc.low_24h 119,210',
      },
    ],
  },
  {
    id: 'P-social-50',
    voice: 'social',
    style: 'daily',
    text: 'sol 24h high 204.5, low 196.2, price 196.4. closing at lows 😬',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '204.5',
        label: 'supported',
      },
      {
        find: '196.2',
        label: 'supported',
      },
      {
        find: '196.4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-51',
    voice: 'social',
    style: 'daily',
    text: '$SOL $210 holding strong',
    numbers: [
      {
        find: '$210',
        label: 'contradicted',
        note: 'fact sol.price 196.42',
      },
    ],
  },
  {
    id: 'P-social-52',
    voice: 'social',
    style: 'daily',
    text: 'volume $214B total, btc vol only 0.89x its 7d avg. nobody here',
    numbers: [
      {
        find: '$214B',
        label: 'supported',
      },
      {
        find: '0.89x',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-social-53',
    voice: 'social',
    style: 'daily',
    text: 'btc 30d vol ~28%, 7d ~27%. dead calm for btc',
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '28%',
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
    ],
  },
  {
    id: 'P-social-54',
    voice: 'social',
    style: 'daily',
    text: '$OP 7d realized vol like 78% lol vs btc 42%',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '78%',
        label: 'supported',
      },
      {
        find: '42%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 26.9; 42 is xrp/avax-ish',
      },
    ],
  },
  {
    id: 'P-social-55',
    voice: 'social',
    style: 'weekly',
    text: 'week recap: $BTC -1.2%, $ETH -5.4%, $SOL -7.2%, memes -13.6% 🫠',
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
        find: '-13.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-56',
    voice: 'social',
    style: 'weekly',
    text: 'this week $SUI only L1 up, +0.4%. 9 of 10 L1s red',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '9',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
        note: 'L1 member count, sector.l1.members 10',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-social-57',
    voice: 'social',
    style: 'weekly',
    text: 'weekly: AI sector -9.9%, $FET worst -17.2%, $RENDER best +1.9%',
    numbers: [
      {
        find: '-9.9%',
        label: 'supported',
      },
      {
        find: '-17.2%',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-58',
    voice: 'social',
    style: 'weekly',
    text: '$WLD -15.6% this week, $GRT -12%, $VIRTUAL -21.8%',
    numbers: [
      {
        find: '-15.6%',
        label: 'supported',
      },
      {
        find: '-12%',
        label: 'supported',
      },
      {
        find: '-21.8%',
        label: 'contradicted',
        note: 'fact virtual.change_7d -12.1; -21.8 is 30d',
      },
    ],
  },
  {
    id: 'P-social-59',
    voice: 'social',
    style: 'weekly',
    text: 'weekly: DePIN +2.1%, $IOTX led at +5.9% 🟢 all 4 green',
    numbers: [
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '+5.9%',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-60',
    voice: 'social',
    style: 'weekly',
    text: 'gaming tokens -9.3% this week, $GALA -11.1%, $SAND best at -3.1%',
    numbers: [
      {
        find: '-9.3%',
        label: 'supported',
      },
      {
        find: '-11.1%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'contradicted',
        note: 'fact sand.change_7d -6.6 (best 7d member)',
      },
    ],
  },
  {
    id: 'P-social-61',
    voice: 'social',
    style: 'weekly',
    text: 'week: total OI -7.3%, SOL OI -13.6%, ETH OI -2.4%',
    numbers: [
      {
        find: '-7.3%',
        label: 'supported',
      },
      {
        find: '-13.6%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'fact eth.oi_change_7d -9.8; -2.4 is BTC',
      },
    ],
  },
  {
    id: 'P-social-62',
    voice: 'social',
    style: 'weekly',
    text: '$SHIB worst meme this week -18.6%. $PEPE "best" at -11.8% lol',
    numbers: [
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
    id: 'P-social-63',
    voice: 'social',
    style: 'weekly',
    text: 'L2s this week: $OP -11.9%, $ARB -11.8%, $POL -9.4%, $IMX -4.9%',
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '-11.9%',
        label: 'supported',
      },
      {
        find: '-11.8%',
        label: 'supported',
      },
      {
        find: '-9.4%',
        label: 'supported',
      },
      {
        find: '-4.9%',
        label: 'contradicted',
        note: 'fact imx.change_7d -9.85',
      },
    ],
  },
  {
    id: 'P-social-64',
    voice: 'social',
    style: 'sector',
    text: 'memecoin sector mcap $44B on my watchlist, -5.8%. $DOGE best of a bad bunch -5.6%',
    numbers: [
      {
        find: '$44B',
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
    ],
  },
  {
    id: 'P-social-65',
    voice: 'social',
    style: 'sector',
    text: 'AI tokens: 1 up 6 down. $VIRTUAL worst -9.2%. sector cap ~$13.8B',
    numbers: [
      {
        find: '1@1',
        label: 'supported',
      },
      {
        find: '6',
        label: 'supported',
      },
      {
        find: '-9.2%',
        label: 'supported',
      },
      {
        find: '$13.8B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-66',
    voice: 'social',
    style: 'sector',
    text: 'L1s: 3 green out of 10, sector -0.2%. worst $AVAX -4.2%',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
        note: 'L1 member count, sector.l1.members 10',
      },
      {
        find: '-0.2%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-67',
    voice: 'social',
    style: 'sector',
    text: 'gaming -2.6%, $IMX worst -3.1%, $AXS best -2.2%. all 4 red',
    numbers: [
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-68',
    voice: 'social',
    style: 'sector',
    text: 'DePIN best sector +1.4%, memes worst -5.8%. AI second worst -4.1%',
    numbers: [
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-69',
    voice: 'social',
    style: 'sector',
    text: 'L2 best performer $POL -2.8% lol, worst $ARB -3.4%',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'contradicted',
        note: 'fact sector.l2.worst_24h is OP -3.60, not ARB',
      },
    ],
  },
  {
    id: 'P-social-70',
    voice: 'social',
    style: 'sector',
    text: 'memes worst $PEPE at -6.8%',
    numbers: [
      {
        find: '-6.8%',
        label: 'contradicted',
        note: 'fact sector.memes.worst_24h is WIF -8.1; PEPE -6.78 but not worst',
      },
    ],
  },
  {
    id: 'P-social-71',
    voice: 'social',
    style: 'daily',
    text: '$BTC mcap $2.42T, $ETH $505B, $SOL $107B 📊',
    numbers: [
      {
        find: '$2.42T',
        label: 'supported',
      },
      {
        find: '$505B',
        label: 'supported',
      },
      {
        find: '$107B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-72',
    voice: 'social',
    style: 'daily',
    text: '$XRP mcap $145B basically tied with $BNB $144B',
    numbers: [
      {
        find: '$145B',
        label: 'supported',
      },
      {
        find: '$144B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-73',
    voice: 'social',
    style: 'daily',
    text: '$ETH 30d swing high 4640, low 3894. mid range',
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '4640',
        label: 'supported',
      },
      {
        find: '3894',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-74',
    voice: 'social',
    style: 'daily',
    text: "btc 30d low 111.1k, high 125.1k, we're up 6% on the month",
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '111.1k',
        label: 'supported',
      },
      {
        find: '125.1k',
        label: 'supported',
      },
      {
        find: '6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-75',
    voice: 'social',
    style: 'daily',
    text: 'btc +10% on the month, calm before the storm',
    numbers: [
      {
        find: '+10%',
        label: 'contradicted',
        note: 'fact btc.change_30d 6.05',
      },
    ],
  },
  {
    id: 'P-social-76',
    voice: 'social',
    style: 'daily',
    text: 'eth annualized funding ~2.1%, sol -3.7%. longs tired',
    numbers: [
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-77',
    voice: 'social',
    style: 'daily',
    text: 'DOGE funding +0.0061%, degen longs paying',
    numbers: [
      {
        find: '+0.0061%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.0061: sign',
      },
    ],
  },
  {
    id: 'P-social-78',
    voice: 'social',
    style: 'daily',
    text: '$FET at 0.55, 54c support next. 30d -22% 💀',
    numbers: [
      {
        find: '0.55',
        label: 'supported',
      },
      {
        find: '54c',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '-22%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-79',
    voice: 'social',
    style: 'daily',
    text: 'avg funding across OI 0.0023%. market is flat-ish',
    numbers: [
      {
        find: '0.0023%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-80',
    voice: 'social',
    style: 'daily',
    text: 'alts rebounding today? -1.3% total cap says no. 23 coins red',
    numbers: [
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '23',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-81',
    voice: 'social',
    style: 'daily',
    text: 'memes +5.8% overnight, dog coins back 🐕',
    numbers: [
      {
        find: '+5.8%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h -5.78: direction',
      },
    ],
  },
  {
    id: 'P-social-82',
    voice: 'social',
    style: 'daily',
    text: '$POL 0.17, -2.8%. 30d -11.7%',
    numbers: [
      {
        find: '0.17',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '-11.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-83',
    voice: 'social',
    style: 'daily',
    text: 'gm. $BTC 121,312. $ETH 4,180. $SOL 196. $XRP 2.41. $BNB 1,039. all I need to know',
    numbers: [
      {
        find: '121,312',
        label: 'supported',
      },
      {
        find: '4,180',
        label: 'supported',
      },
      {
        find: '196',
        label: 'supported',
      },
      {
        find: '2.41',
        label: 'supported',
      },
      {
        find: '1,039',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-84',
    voice: 'social',
    style: 'daily',
    text: '$HNT 2.72 and $FIL 1.96 holding up. DePIN szn? FIL +12%',
    numbers: [
      {
        find: '2.72',
        label: 'supported',
      },
      {
        find: '1.96',
        label: 'supported',
      },
      {
        find: '+12%',
        label: 'contradicted',
        note: 'fact fil.change_24h +2.1; 10x-ish slip',
      },
    ],
  },
  {
    id: 'P-social-85',
    voice: 'social',
    style: 'daily',
    text: '$GRT -5.1%, $WLD -5.3%. eth $4,400 feels far away',
    numbers: [
      {
        find: '-5.1%',
        label: 'supported',
      },
      {
        find: '-5.3%',
        label: 'supported',
      },
      {
        find: '$4,400',
        label: 'contradicted',
        note: 'fact eth.price 4180',
      },
    ],
  },
  {
    id: 'P-social-86',
    voice: 'social',
    style: 'daily',
    text: '$IMX 0.449 -3.1%. immutable just sitting on 0.44',
    numbers: [
      {
        find: '0.449',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '0.44@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-87',
    voice: 'social',
    style: 'daily',
    text: 'total crypto vol $2.1B today, dead',
    numbers: [
      {
        find: '$2.1B',
        label: 'contradicted',
        note: 'fact market.volume_24h 214B; 100x slip',
      },
    ],
  },
  {
    id: 'P-social-88',
    voice: 'social',
    style: 'daily',
    text: '$AXS 1.61, $SAND 0.221, $GALA 0.0125. gamefi graveyard',
    numbers: [
      {
        find: '1.61',
        label: 'supported',
      },
      {
        find: '0.221',
        label: 'supported',
      },
      {
        find: '0.0125',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-social-89',
    voice: 'social',
    style: 'daily',
    text: '$ETH to 5k by friday, trust me bro',
    numbers: [
      {
        find: '5k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'P-social-90',
    voice: 'social',
    style: 'daily',
    text: '$SOL -9% today, rip solana',
    numbers: [
      {
        find: '-9%',
        label: 'contradicted',
        note: 'fact sol.change_24h -3.9',
      },
    ],
  },
  {
    id: 'P-social-91',
    voice: 'social',
    style: 'daily',
    text: '$AVAX $24 and still bleeding',
    numbers: [
      {
        find: '$24',
        label: 'contradicted',
        note: 'fact avax.price 19.74',
      },
    ],
  },
  {
    id: 'P-social-92',
    voice: 'social',
    style: 'daily',
    text: '$LINK +6% while everything dumps, chainlink chads',
    numbers: [
      {
        find: '+6%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
    ],
  },
  {
    id: 'P-social-93',
    voice: 'social',
    style: 'daily',
    text: '$TON -4% as well, nothing safe',
    numbers: [
      {
        find: '-4%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
    ],
  },
  {
    id: 'P-social-94',
    voice: 'social',
    style: 'daily',
    text: '$ADA +3.6% on the day, cardano finally',
    numbers: [
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact ada.change_24h -3.6: direction',
      },
    ],
  },
  {
    id: 'P-social-95',
    voice: 'social',
    style: 'daily',
    text: '$DOT 0.318 lmao polkadot who',
    numbers: [
      {
        find: '0.318',
        label: 'contradicted',
        note: 'fact dot.price 3.176; 10x slip',
      },
    ],
  },
  {
    id: 'P-social-96',
    voice: 'social',
    style: 'daily',
    text: '$NEAR best L1 today at -3.2%',
    numbers: [
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: '-3.2%',
        label: 'contradicted',
        note: 'best L1 24h is BNB +1.1; NEAR -3.2 value right but leader claim wrong',
      },
    ],
  },
  {
    id: 'P-social-97',
    voice: 'social',
    style: 'daily',
    text: 'btc support 125k, resistance 130k',
    numbers: [
      {
        find: '125k',
        label: 'contradicted',
        note: '125k is resistance; support is 120k',
      },
      {
        find: '130k',
        label: 'contradicted',
        note: 'fact btc.resistance 125k',
      },
    ],
  },
  {
    id: 'P-social-98',
    voice: 'social',
    style: 'daily',
    text: '$ETH support 4200 holding for now',
    numbers: [
      {
        find: '4200',
        label: 'contradicted',
        note: '4200 is resistance; eth.support 4000',
      },
    ],
  },
  {
    id: 'P-social-99',
    voice: 'social',
    style: 'daily',
    text: '$XRP 2.8 🚀 next stop 3',
    numbers: [
      {
        find: '2.8',
        label: 'contradicted',
        note: 'fact xrp.price 2.41',
      },
      {
        find: '3',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'P-social-100',
    voice: 'social',
    style: 'daily',
    text: '$BTC +3% pump while alts bleed',
    numbers: [
      {
        find: '+3%',
        label: 'contradicted',
        note: 'fact btc.change_24h +0.4',
      },
    ],
  },
  {
    id: 'P-social-101',
    voice: 'social',
    style: 'daily',
    text: '$DOGE to $1 when? down 8.1% today',
    numbers: [
      {
        find: '$1',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '8.1%',
        label: 'contradicted',
        note: 'fact doge.change_24h -5.6; 8.1 is WIF',
      },
    ],
  },
  {
    id: 'P-social-102',
    voice: 'social',
    style: 'daily',
    text: '$WIF -5.6%, could be worse',
    numbers: [
      {
        find: '-5.6%',
        label: 'contradicted',
        note: 'fact wif.change_24h -8.1; -5.6 is DOGE',
      },
    ],
  },
  {
    id: 'P-social-103',
    voice: 'social',
    style: 'daily',
    text: 'only 12 coins green in the top 30',
    numbers: [
      {
        find: '12',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
      {
        find: '30',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-social-104',
    voice: 'social',
    style: 'daily',
    text: 'last cycle btc did 69k top, this time 200k',
    numbers: [
      {
        find: '69k',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '200k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'P-social-105',
    voice: 'social',
    style: 'daily',
    text: "FTX collapse was 2022, we're still here",
    numbers: [
      {
        find: '2022',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-social-106',
    voice: 'social',
    style: 'daily',
    text: 'total OI $28B and rising +3.4%',
    numbers: [
      {
        find: '$28B',
        label: 'contradicted',
        note: 'fact market.open_interest 18B',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h -3.4: direction',
      },
    ],
  },
  {
    id: 'P-social-107',
    voice: 'social',
    style: 'daily',
    text: '$SOL funding +0.0034%, longs paying',
    numbers: [
      {
        find: '+0.0034%',
        label: 'contradicted',
        note: 'fact sol.funding_rate -0.0034: sign',
      },
    ],
  },
  {
    id: 'P-social-108',
    voice: 'social',
    style: 'daily',
    text: 'ETH funding 0.0052% per 8h',
    numbers: [
      {
        find: '0.0052%',
        label: 'contradicted',
        note: '0.0052 is BTC; eth.funding_rate 0.0019',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-social-109',
    voice: 'social',
    style: 'daily',
    text: 'btc dom 61.2% means alts go -20% more before bottom',
    numbers: [
      {
        find: '61.2%',
        label: 'supported',
      },
      {
        find: '-20%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'P-social-110',
    voice: 'social',
    style: 'daily',
    text: '$FET -17% in a day, AI bubble popped',
    numbers: [
      {
        find: '-17%',
        label: 'contradicted',
        note: 'fact fet.change_24h -7.4; -17.2 is 7d',
      },
    ],
  },
  {
    id: 'P-social-111',
    voice: 'social',
    style: 'daily',
    text: '$RENDER -0.8%, even render red',
    numbers: [
      {
        find: '-0.8%',
        label: 'contradicted',
        note: 'fact render.change_24h +0.8: direction',
      },
    ],
  },
  {
    id: 'P-social-112',
    voice: 'social',
    style: 'daily',
    text: 'eth/btc ratio 0.0345 lowest in months',
    numbers: [
      {
        find: '0.0345',
        label: 'unsupported',
        note: 'derived arithmetic, no fact',
      },
    ],
  },
  {
    id: 'P-social-113',
    voice: 'social',
    style: 'daily',
    text: '$SUI outperformed $ETH by 2.4 pts today',
    numbers: [
      {
        find: '2.4',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
    ],
  },
  {
    id: 'P-social-114',
    voice: 'social',
    style: 'daily',
    text: 'memes lost $2.7B in mcap today. $SHIB -9%',
    numbers: [
      {
        find: '$2.7B',
        label: 'supported',
      },
      {
        find: '-9%',
        label: 'contradicted',
        note: 'fact shib.change_24h -5.9',
      },
    ],
  },
  {
    id: 'P-social-115',
    voice: 'social',
    style: 'daily',
    text: 'btc ETF inflows $1.2B this week lol',
    numbers: [
      {
        find: '$1.2B',
        label: 'unsupported',
        note: 'invented; CoinDesk headline says 420M',
      },
    ],
  },
  {
    id: 'P-social-116',
    voice: 'social',
    style: 'daily',
    text: 'Decrypt: defi exploit $83M drained',
    numbers: [
      {
        find: '$83M',
        label: 'contradicted',
        note: 'Decrypt headline says $38M; wrong figure for source (debatable: could be unsupported)',
      },
    ],
  },
  {
    id: 'P-social-117',
    voice: 'social',
    style: 'daily',
    text: '$OP 0.55 🔴 and $ARB 0.38',
    numbers: [
      {
        find: '0.55',
        label: 'contradicted',
        note: 'fact op.price 0.4417; 0.55 is the 30d swing high',
      },
      {
        find: '0.38',
        label: 'contradicted',
        note: 'fact arb.price 0.289; 0.386 is swing high',
      },
    ],
  },
  {
    id: 'P-social-118',
    voice: 'social',
    style: 'daily',
    text: 'BTC vol today $24.6B spot',
    numbers: [
      {
        find: '$24.6B',
        label: 'contradicted',
        note: 'fact btc.volume_24h 2.46B; 10x slip',
      },
    ],
  },
  {
    id: 'P-social-119',
    voice: 'social',
    style: 'daily',
    text: 'btc 7d realized vol 45% lol not calm at all',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '45%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 26.9',
      },
    ],
  },
  {
    id: 'P-social-120',
    voice: 'social',
    style: 'daily',
    text: '$TAO $450 ngmi',
    numbers: [
      {
        find: '$450',
        label: 'contradicted',
        note: 'fact tao.price 391.2',
      },
    ],
  },
  {
    id: 'P-social-121',
    voice: 'social',
    style: 'daily',
    text: '$PEPE 0.0000081 and +6.8%, frogs up',
    numbers: [
      {
        find: '0.0000081',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'contradicted',
        note: 'fact pepe.change_24h -6.8: direction',
      },
    ],
  },
  {
    id: 'P-social-122',
    voice: 'social',
    style: 'daily',
    text: '$GALA -7%, gamefi dead',
    numbers: [
      {
        find: '-7%',
        label: 'contradicted',
        note: 'fact gala.change_24h -2.4',
      },
    ],
  },
  {
    id: 'P-social-123',
    voice: 'social',
    style: 'weekly',
    text: '$BNB +1.1% this week, steady',
    numbers: [
      {
        find: '+1.1%',
        label: 'contradicted',
        note: 'weekly style: bnb.change_7d -0.6; 1.1 is 24h',
      },
    ],
  },
  {
    id: 'P-social-124',
    voice: 'social',
    style: 'weekly',
    text: 'this week memes only -6%',
    numbers: [
      {
        find: '-6%',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d -13.6; 5.8 is 24h',
      },
    ],
  },
  {
    id: 'P-social-125',
    voice: 'social',
    style: 'weekly',
    text: '$BTC +0.4% over the week, flat',
    numbers: [
      {
        find: '+0.4%',
        label: 'contradicted',
        note: 'weekly style: btc.change_7d -1.2',
      },
    ],
  },
  {
    id: 'P-social-126',
    voice: 'social',
    style: 'weekly',
    text: 'DePIN week: $HNT led +5.9%',
    numbers: [
      {
        find: '+5.9%',
        label: 'contradicted',
        note: 'best 7d member IOTX +5.9; HNT +0.6',
      },
    ],
  },
  {
    id: 'P-social-127',
    voice: 'social',
    style: 'weekly',
    text: 'week over week ETH OI -9.8%, BTC OI -7.1%',
    numbers: [
      {
        find: '-9.8%',
        label: 'supported',
      },
      {
        find: '-7.1%',
        label: 'contradicted',
        note: 'fact btc.oi_change_7d -2.4; -7.1 is XRP',
      },
    ],
  },
  {
    id: 'P-social-128',
    voice: 'social',
    style: 'sector',
    text: 'AI coins 2 green of 7 today',
    numbers: [
      {
        find: '2',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 1',
      },
      {
        find: '7',
        label: 'supported',
      },
    ],
  },
];
