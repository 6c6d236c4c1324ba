import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-social-01',
    voice: 'social',
    style: 'daily',
    text: '$BTC 112k 🚀🚀 finally cleared the monthly high. +3.8% on the day, +14% on the week. next stop 115k resistance, then 130k 👀',
    numbers: [
      {
        find: '112k',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '+14%',
        label: 'contradicted',
        note: 'fact btc.change_7d 10.97',
      },
      {
        find: '115k',
        label: 'supported',
      },
      {
        find: '130k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-social-02',
    voice: 'social',
    style: 'daily',
    text: '$ETH +4.6% sitting at $3,987… 4k is RIGHT there. OI up 17.8% in a day, leverage is back lol',
    numbers: [
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '4k',
        label: 'supported',
      },
      {
        find: '17.8%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 7.8',
      },
    ],
  },
  {
    id: 'D-social-03',
    voice: 'social',
    style: 'daily',
    text: "AI coins absolutely sending it today 🤖 $VIRTUAL +14%, $FET +12%, $RENDER +9.5%, $TAO +11%. whole sector +9%. still down 7% on the month tho so don't get cocky",
    numbers: [
      {
        find: '+14%',
        label: 'supported',
      },
      {
        find: '+12%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+11%',
        label: 'contradicted',
        note: 'fact tao.change_24h 8.71',
      },
      {
        find: '+9%',
        label: 'supported',
      },
      {
        find: '7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-04',
    voice: 'social',
    style: 'daily',
    text: 'my L2 bags are the only red thing on my screen 💀 $ARB -1.9% $OP -4.4% while literally 27/30 of the watchlist is green',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'contradicted',
        note: 'fact op.change_24h -2.41',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-05',
    voice: 'social',
    style: 'daily',
    text: '$SOL +5.4% to $191 and funding is NEGATIVE (-0.0027%/8h). shorts paying longs to stay short into a pump 🤡 OI down 3.4% so some of them are already out',
    numbers: [
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '$191',
        label: 'contradicted',
        note: 'fact sol.price 171.36',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-06',
    voice: 'social',
    style: 'daily',
    text: 'gm. total mcap $3.62T +3.7%. btc dom 67%. vibes: bullish',
    numbers: [
      {
        find: '$3.62T',
        label: 'supported',
      },
      {
        find: '+3.7%',
        label: 'supported',
      },
      {
        find: '67%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
    ],
  },
  {
    id: 'D-social-07',
    voice: 'social',
    style: 'daily',
    text: "$DOGE funding flipped negative (-0.0058%) but price still +2%. 30d low was 16.2c, we're at 18.4c. 20c by the weekend or I riot",
    numbers: [
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '+2%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '16.2c',
        label: 'supported',
      },
      {
        find: '18.4c',
        label: 'supported',
      },
      {
        find: '20c',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-social-08',
    voice: 'social',
    style: 'daily',
    text: '$SHIB the only meme down today (-0.6%) 😭 $WIF +8.4% $PEPE +6.4% $DOGE +2.1%. memes overall +1.8% which is trash vs the market',
    numbers: [
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '+8.4%',
        label: 'contradicted',
        note: 'fact wif.change_24h 4.83',
      },
      {
        find: '+6.4%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 3.40',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-09',
    voice: 'social',
    style: 'daily',
    text: 'gaming szn?? $GALA +9.8% $AXS +8.9% $SAND +17.6% $IMX +2.6%. sector +9.1%. GameFi back from the dead 🎮',
    numbers: [
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '+17.6%',
        label: 'contradicted',
        note: 'fact sand.change_24h 7.64',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+9.1%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 6.12',
      },
    ],
  },
  {
    id: 'D-social-10',
    voice: 'social',
    style: 'daily',
    text: '$NEAR +8.9% best L1 today, $SUI +7.1%, $AVAX +3.6%. $BNB only +0.9% lmao',
    numbers: [
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact avax.change_24h 6.27',
      },
      {
        find: '+0.9%',
        label: 'contradicted',
        note: 'fact bnb.change_24h 1.88',
      },
    ],
  },
  {
    id: 'D-social-11',
    voice: 'social',
    style: 'daily',
    text: 'BTC OI $9.84B +6.2%, funding 0.0081%. not overheated yet imo. ETH funding 0.0094% a bit spicier. total OI $91B',
    numbers: [
      {
        find: '$9.84B',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'supported',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '$91B',
        label: 'contradicted',
        note: 'fact market.open_interest 19.11B',
      },
    ],
  },
  {
    id: 'D-social-12',
    voice: 'social',
    style: 'daily',
    text: 'ETF inflows $612M yesterday 🔥 biggest since october. wen 150k',
    numbers: [
      {
        find: '$612M',
        label: 'unsupported',
        note: 'headline figure without naming the outlet',
      },
      {
        find: '150k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-social-13',
    voice: 'social',
    style: 'daily',
    text: "per CoinDesk spot btc ETFs took in $612M wednesday. that's the fuel",
    numbers: [
      {
        find: '$612M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'D-social-14',
    voice: 'social',
    style: 'daily',
    text: 'shorts got wrecked: $340M+ liquidated per Decrypt / CoinGlass 🩸',
    numbers: [
      {
        find: '$340M+',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'D-social-15',
    voice: 'social',
    style: 'weekly',
    text: 'weekly recap 🧵\n1/ $BTC +11% on the week, $ETH only +4.3%\n2/ $AVAX +15.6%, best L1 of the week\n3/ $IMX +13.1%, best L2 AND best gaming token\n4/ memes -6.9%, all 4 red, $DOGE worst at -9.6%\n5/ DePIN -4.9%, $FIL -11.5% ouch\n6/ AI only +13.6% on the week despite today\n7/ total OI +9.6%, ETH OI +14.2%',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '3@2',
        label: 'ignored',
      },
      {
        find: '+13.1%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '4@2',
        label: 'ignored',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '-9.6%',
        label: 'contradicted',
        note: 'fact doge.change_7d -7.61',
      },
      {
        find: '5@2',
        label: 'ignored',
      },
      {
        find: '-4.9%',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '6@4',
        label: 'ignored',
      },
      {
        find: '+13.6%',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d 3.58',
      },
      {
        find: '7',
        label: 'ignored',
      },
      {
        find: '+9.6%',
        label: 'supported',
      },
      {
        find: '+14.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-16',
    voice: 'social',
    style: 'daily',
    text: '$TAO $372 👀 broke $370 per CryptoSlate. 24h high was $389, resistance $350',
    numbers: [
      {
        find: '$372',
        label: 'supported',
      },
      {
        find: '$370',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$389',
        label: 'supported',
      },
      {
        find: '$350',
        label: 'contradicted',
        note: 'fact tao.resistance 380',
      },
    ],
  },
  {
    id: 'D-social-17',
    voice: 'social',
    style: 'daily',
    text: '$XRP $2.48 +3.2%, stuck between 2.40 support and 2.50 resistance. boring but fine. 30d high $2.97',
    numbers: [
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
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
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$2.97',
        label: 'contradicted',
        note: 'fact xrp.swing_high_30d 2.6953',
      },
    ],
  },
  {
    id: 'D-social-18',
    voice: 'social',
    style: 'daily',
    text: '$ADA 58.7c +3.9%, 7d +18%. needs 60c (resistance) to flip',
    numbers: [
      {
        find: '58.7c',
        label: 'supported',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+18%',
        label: 'contradicted',
        note: 'fact ada.change_7d 7.98',
      },
      {
        find: '60c',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-19',
    voice: 'social',
    style: 'daily',
    text: '$WLD +5.7% on the orb rollout in japan, 79c. still -24% on the month though',
    numbers: [
      {
        find: '+5.7%',
        label: 'contradicted',
        note: 'fact wld.change_24h 7.52',
      },
      {
        find: '79c',
        label: 'supported',
      },
      {
        find: '-24%',
        label: 'contradicted',
        note: 'fact wld.change_30d -14.02',
      },
    ],
  },
  {
    id: 'D-social-20',
    voice: 'social',
    style: 'daily',
    text: 'ok who else noticed $POL did literally nothing: +0.3% today, +0.0% on the week. 13.8c. pain',
    numbers: [
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '+0.0%',
        label: 'supported',
      },
      {
        find: '13.8c',
        label: 'contradicted',
        note: 'fact pol.price 0.1834',
      },
    ],
  },
  {
    id: 'D-social-21',
    voice: 'social',
    style: 'daily',
    text: '$HNT +1.2% while DePIN pumps +5.4%. $IOTX +8.5% $FIL +1.3% $RENDER +9.5%. helium holders in shambles',
    numbers: [
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '+8.5%',
        label: 'contradicted',
        note: 'fact iotx.change_24h 5.83',
      },
      {
        find: '+1.3%',
        label: 'contradicted',
        note: 'fact fil.change_24h 3.10',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-22',
    voice: 'social',
    style: 'daily',
    text: 'funding check 🧮 BTC 8.9% APR, ETH 10.3% APR, XRP 8.4%, SOL -3%, DOGE -6.4%. longs paying on BTC/ETH, shorts paying on SOL/DOGE',
    numbers: [
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '10.3%',
        label: 'supported',
      },
      {
        find: '8.4%',
        label: 'contradicted',
        note: 'fact xrp.funding_apr 3.94',
      },
      {
        find: '-3%',
        label: 'supported',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-23',
    voice: 'social',
    style: 'daily',
    text: "$BTC 24h range 108k → 112.5k. broke the 30d swing high 111.3k like it wasn't there. support now 110k",
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '108k',
        label: 'supported',
      },
      {
        find: '112.5k',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '111.3k',
        label: 'supported',
      },
      {
        find: '110k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-24',
    voice: 'social',
    style: 'daily',
    text: '$VIRTUAL $1.34 up 14.3% but down 22% in a month 🙃 swing high was $2.80',
    numbers: [
      {
        find: '$1.34',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '$2.80',
        label: 'contradicted',
        note: 'fact virtual.swing_high_30d 1.805',
      },
    ],
  },
  {
    id: 'D-social-25',
    voice: 'social',
    style: 'daily',
    text: 'fun fact: 9 coins on my list went red today. everything else green',
    numbers: [
      {
        find: '9',
        label: 'contradicted',
        note: 'only 3 watchlist assets fell (ARB, OP, SHIB)',
      },
    ],
  },
  {
    id: 'D-social-26',
    voice: 'social',
    style: 'daily',
    text: '$GRT 7.2c +6.4%. 7d +1.3%, vol 109% annualized 🤯',
    numbers: [
      {
        find: '7.2c',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+1.3%',
        label: 'contradicted',
        note: 'fact grt.change_7d 10.29',
      },
      {
        find: '109%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-27',
    voice: 'social',
    style: 'daily',
    text: '$ETH vol over 7d is 72% vs 34% on BTC. ETH 2x more volatile, who knew',
    numbers: [
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '72%',
        label: 'supported',
      },
      {
        find: '34%',
        label: 'supported',
      },
      {
        find: '2x',
        label: 'unsupported',
        note: 'derived ratio, no fact',
      },
    ],
  },
  {
    id: 'D-social-28',
    voice: 'social',
    style: 'daily',
    text: 'L1 sector added $117B today. AI added $11B. memes $0.66B. L2 lost $250M lol',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '$117B',
        label: 'supported',
      },
      {
        find: '$11B',
        label: 'contradicted',
        note: '10x slip, fact sector.ai.market_cap_change_24h 1.15B',
      },
      {
        find: '$0.66B',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '$250M',
        label: 'contradicted',
        note: 'fact sector.l2.market_cap_change_24h -24.8M',
      },
    ],
  },
  {
    id: 'D-social-29',
    voice: 'social',
    style: 'daily',
    text: '$AVAX +6% (CryptoSlate) on subnet activity, now $19.84, resistance $20. +15.6% this week, +25.8% this month',
    numbers: [
      {
        find: '+6%',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '$20',
        label: 'supported',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '+25.8%',
        label: 'contradicted',
        note: 'fact avax.change_30d 5.82',
      },
    ],
  },
  {
    id: 'D-social-30',
    voice: 'social',
    style: 'daily',
    text: '$DOT $3.32 +4.5% but still -11% on the month. swing low $3.40. someone buy this thing',
    numbers: [
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'supported',
      },
      {
        find: '-11%',
        label: 'supported',
      },
      {
        find: '$3.40',
        label: 'contradicted',
        note: 'fact dot.swing_low_30d 3.04',
      },
    ],
  },
  {
    id: 'D-social-31',
    voice: 'social',
    style: 'daily',
    text: '$SUI $2.54 right under the $2.59 swing high, $2.60 resistance. +7.1% today',
    numbers: [
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '$2.59',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-32',
    voice: 'social',
    style: 'daily',
    text: '$OP 46c sitting right on support, resistance 52c. -2.4% today, +6.7% on the week, -3.9% on the month',
    numbers: [
      {
        find: '46c',
        label: 'supported',
      },
      {
        find: '52c',
        label: 'contradicted',
        note: 'fact op.resistance 0.48',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '+6.7%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-33',
    voice: 'social',
    style: 'daily',
    text: "$BTC ATH was $126k in october, we're only 11% away 👀",
    numbers: [
      {
        find: '$126k',
        label: 'unsupported',
        note: 'history, not in facts',
      },
      {
        find: '11%',
        label: 'unsupported',
        note: 'distance derived, history',
      },
    ],
  },
  {
    id: 'D-social-34',
    voice: 'social',
    style: 'daily',
    text: '$PEPE +3.4% meh. down 24.8% in a month',
    numbers: [
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '24.8%',
        label: 'contradicted',
        note: 'fact pepe.change_30d -14.76',
      },
    ],
  },
  {
    id: 'D-social-35',
    voice: 'social',
    style: 'daily',
    text: 'CT saying ETH flips $5k this month. cope or copium',
    numbers: [
      {
        find: '$5k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-social-36',
    voice: 'social',
    style: 'daily',
    text: '$SAND 22c +7.6%, gaming category cap $9.6B on coingecko',
    numbers: [
      {
        find: '22c',
        label: 'supported',
      },
      {
        find: '+7.6%',
        label: 'supported',
      },
      {
        find: '$9.6B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-37',
    voice: 'social',
    style: 'daily',
    text: '$HNT $3.01 holding support at $3.20, barely',
    numbers: [
      {
        find: '$3.01',
        label: 'supported',
      },
      {
        find: '$3.20',
        label: 'contradicted',
        note: 'fact hnt.support 3.0 (3.2 is resistance)',
      },
    ],
  },
  {
    id: 'D-social-38',
    voice: 'social',
    style: 'daily',
    text: "$FET 51c but 30d still +3.3%?? nah it's negative on the month fr",
    numbers: [
      {
        find: '51c',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '+3.3%',
        label: 'contradicted',
        note: 'fact fet.change_30d -3.32, sign',
      },
    ],
  },
  {
    id: 'D-social-39',
    voice: 'social',
    style: 'daily',
    text: 'BTC spot volume 1.9x the 7d avg. real buyers showing up',
    numbers: [
      {
        find: '1.9x',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.09',
      },
      {
        find: '7d',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'D-social-40',
    voice: 'social',
    style: 'daily',
    text: '$RENDER $2.92, 24h low $2.26, resistance $3',
    numbers: [
      {
        find: '$2.92',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$2.26',
        label: 'contradicted',
        note: 'fact render.low_24h 2.6172',
      },
      {
        find: '$3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-41',
    voice: 'social',
    style: 'daily',
    text: '$GALA 1.34c up almost 10% per Cointelegraph 🎮',
    numbers: [
      {
        find: '1.34c',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-social-42',
    voice: 'social',
    style: 'daily',
    text: '$AXS $1.61 but 30d -21.5%. still a bear market for gaming',
    numbers: [
      {
        find: '$1.61',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '-21.5%',
        label: 'contradicted',
        note: 'fact axs.change_30d -11.54',
      },
    ],
  },
];
