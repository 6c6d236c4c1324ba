import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Y-social-01',
    voice: 'social',
    style: 'daily',
    text: '$BTC 112k and climbing 🚀 +2.9% on the day while my alts bleed. classic decoupling',
    numbers: [
      {
        find: '112k',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-02',
    voice: 'social',
    style: 'daily',
    text: 'BTC +2.9%, ETH -1.5%, SOL -4.1%. bitcoin said bye bye to everyone else 👋',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-03',
    voice: 'social',
    style: 'daily',
    text: 'only 7 out of 30 coins green today lmao. dominance 59% and counting',
    numbers: [
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '59%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-04',
    voice: 'social',
    style: 'daily',
    text: '$SOL funding negative at -0.008% and OI down 3.6%... shorts getting comfy 🐻',
    numbers: [
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-05',
    voice: 'social',
    style: 'daily',
    text: '$ETH back under $3.6k 😬 -1.5% on the day, this chart is pain',
    numbers: [
      {
        find: '$3.6k',
        label: 'contradicted',
        note: 'fact eth.price 3641.7; still above 3,600',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-06',
    voice: 'social',
    style: 'daily',
    text: "$XRP +8% on ETF hopes?? my screen says red. who's right",
    numbers: [
      {
        find: '+8%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30; Decrypt headline contradicted',
      },
    ],
  },
  {
    id: 'Y-social-07',
    voice: 'social',
    style: 'daily',
    text: 'AI coins absolutely nuked today 💀 sector -6%, $VIRTUAL -7.6%, $FET -6.8%, $TAO -6.3%. not one green candle',
    numbers: [
      {
        find: '-6%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-08',
    voice: 'social',
    style: 'daily',
    text: 'bitcoin dominance 62.1% 👀 alts cooked',
    numbers: [
      {
        find: '62.1%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.1',
      },
    ],
  },
  {
    id: 'Y-social-09',
    voice: 'social',
    style: 'daily',
    text: "$BTC OI +8.7% in 24h, funding 0.017%. longs piling in, someone's getting liquidated this week",
    numbers: [
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-10',
    voice: 'social',
    style: 'daily',
    text: "gm. $BTC 111.7k, new monthly high. total mcap flat at $3.76T tho. so it's literally just bitcoin eating everything",
    numbers: [
      {
        find: '111.7k',
        label: 'supported',
      },
      {
        find: '$3.76T',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-11',
    voice: 'social',
    style: 'daily',
    text: '$DOGE -3.7% $SHIB -5.3% $PEPE -4.4% $WIF -2.9%. meme season is NOT here fam 🥲',
    numbers: [
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '-5.3%',
        label: 'contradicted',
        note: 'fact shib.change_24h -3.27',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-12',
    voice: 'social',
    style: 'daily',
    text: '$PEPE down 9.4% today, worst meme by a mile',
    numbers: [
      {
        find: '9.4%',
        label: 'contradicted',
        note: 'fact pepe.change_24h -4.38',
      },
    ],
  },
  {
    id: 'Y-social-13',
    voice: 'social',
    style: 'daily',
    text: '$WIF the "best" meme today at -2.9% lol. still -16.0% on the week tho',
    numbers: [
      {
        find: '-2.9%',
        label: 'supported',
      },
      {
        find: '-16.0%',
        label: 'contradicted',
        note: 'fact wif.change_7d -10.61',
      },
    ],
  },
  {
    id: 'Y-social-14',
    voice: 'social',
    style: 'weekly',
    text: 'weekly scorecard 📊 $BTC +6.1% | $ETH -2.5% | $SOL -5.8% | $XRP -2.3% | $BNB +0.3%',
    numbers: [
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '-2.5%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'contradicted',
        note: 'fact xrp.change_7d -4.49; -2.3 is the 24h move',
      },
      {
        find: '+0.3%',
        label: 'contradicted',
        note: 'fact bnb.change_7d -0.31; sign flipped',
      },
    ],
  },
  {
    id: 'Y-social-15',
    voice: 'social',
    style: 'daily',
    text: "$BTC +2.9% today and +6.1% on the week. resistance at 115k, support 110k. we're in between, chill",
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '115k',
        label: 'supported',
      },
      {
        find: '110k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-16',
    voice: 'social',
    style: 'daily',
    text: 'broke $111k swing high 🔥 next stop $120k',
    numbers: [
      {
        find: '$111k',
        label: 'supported',
      },
      {
        find: '$120k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-social-17',
    voice: 'social',
    style: 'daily',
    text: '$BTC to $135k by December, calling it now 🫡',
    numbers: [
      {
        find: '$135k',
        label: 'unsupported',
        note: 'forecast not attributed',
      },
    ],
  },
  {
    id: 'Y-social-18',
    voice: 'social',
    style: 'daily',
    text: 'Cointelegraph has some analyst calling $135,000 by year end. bit much imo',
    numbers: [
      {
        find: '$135,000',
        label: 'supported-by-source',
        note: 'forecast attributed to Cointelegraph headline; debatable',
      },
    ],
  },
  {
    id: 'Y-social-19',
    voice: 'social',
    style: 'daily',
    text: "$SOL $147 lol. support at $150, if that goes I'm out",
    numbers: [
      {
        find: '$147',
        label: 'contradicted',
        note: 'fact sol.price 157.83',
      },
      {
        find: '$150',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-20',
    voice: 'social',
    style: 'daily',
    text: '$SOL sitting at $157.8 right under $170 resistance. funding -0.008%. shorts paying longs to stay short 🤷',
    numbers: [
      {
        find: '$157.8',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'contradicted',
        note: 'fact sol.resistance 160',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-21',
    voice: 'social',
    style: 'daily',
    text: '$SOL funding -0.008% → longs paying shorts, bearish af 🐻',
    numbers: [
      {
        find: '-0.008%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-22',
    voice: 'social',
    style: 'daily',
    text: '$ETH funding 0.006%, $XRP 0.003%, $DOGE -0.004%, $SOL -0.008%, $BTC 0.017%. only bitcoin has real heat',
    numbers: [
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '0.003%',
        label: 'supported',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-23',
    voice: 'social',
    style: 'daily',
    text: '$DOGE funding +0.004% and OI +1.3%. doge army still long 🐕',
    numbers: [
      {
        find: '+0.004%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.004; sign flipped',
      },
      {
        find: '+1.3%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -1.3; direction flipped',
      },
    ],
  },
  {
    id: 'Y-social-24',
    voice: 'social',
    style: 'daily',
    text: '$NEAR -5.2% today, -20.3% this week. ouch',
    numbers: [
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '-20.3%',
        label: 'contradicted',
        note: 'fact near.change_7d -10.32',
      },
    ],
  },
  {
    id: 'Y-social-25',
    voice: 'social',
    style: 'daily',
    text: '$HNT green 🟢 +2.6%. $FIL +2.1%. DePIN the only thing not bleeding besides btc',
    numbers: [
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'fact fil.change_24h 1.20',
      },
    ],
  },
  {
    id: 'Y-social-26',
    voice: 'social',
    style: 'sector',
    text: 'DePIN -1.9% overall but $HNT +2.6% carried. $RENDER -5.9% dragging it down',
    numbers: [
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-27',
    voice: 'social',
    style: 'sector',
    text: 'DePIN actually up 1.9% today thanks to $HNT 💪',
    numbers: [
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -1.94; sign flipped',
      },
    ],
  },
  {
    id: 'Y-social-28',
    voice: 'social',
    style: 'daily',
    text: 'gaming tokens down 3.8%. $GALA -4.2% $SAND -6.3% $AXS -3.1% $IMX -3.9%. GameFi still dead',
    numbers: [
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'contradicted',
        note: 'fact sand.change_24h -3.60',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-29',
    voice: 'social',
    style: 'daily',
    text: '$GALA $0.0146, $SAND $0.274, $AXS $2.25. all red 🩸',
    numbers: [
      {
        find: '$0.0146',
        label: 'supported',
      },
      {
        find: '$0.274',
        label: 'contradicted',
        note: 'fact sand.price 0.2467',
      },
      {
        find: '$2.25',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-30',
    voice: 'social',
    style: 'daily',
    text: '$AXS worst gaming token today at -3.1%',
    numbers: [
      {
        find: '-3.1%',
        label: 'contradicted',
        note: 'sector.gaming.worst_24h is GALA -4.20; AXS was the best of the four',
      },
    ],
  },
  {
    id: 'Y-social-31',
    voice: 'social',
    style: 'daily',
    text: '$TAO $313 now. was $378 at the monthly high. pain',
    numbers: [
      {
        find: '$313',
        label: 'contradicted',
        note: 'fact tao.price 331.6',
      },
      {
        find: '$378',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-32',
    voice: 'social',
    style: 'daily',
    text: '$TAO $331.6, -6.3%. support $300 next',
    numbers: [
      {
        find: '$331.6',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '$300',
        label: 'contradicted',
        note: 'fact tao.support 320',
      },
    ],
  },
  {
    id: 'Y-social-33',
    voice: 'social',
    style: 'daily',
    text: '$FET lost 6.8%, $RENDER 5.9%, $WLD 9.1%, $GRT 5.4%. $NEAR was the "best" AI coin at -5.2% 😂',
    numbers: [
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '5.9%',
        label: 'supported',
      },
      {
        find: '9.1%',
        label: 'contradicted',
        note: 'fact wld.change_24h -6.10',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-34',
    voice: 'social',
    style: 'daily',
    text: "AI sector -6% today and -9.6% on the week. $VIRTUAL -13.5% in 7d. I'm not touching it",
    numbers: [
      {
        find: '-6%',
        label: 'supported',
      },
      {
        find: '-9.6%',
        label: 'supported',
      },
      {
        find: '-13.5%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-social-35',
    voice: 'social',
    style: 'daily',
    text: 'CryptoSlate: "AI tokens buck the market with a 5% rally". bro what market are you looking at',
    numbers: [
      {
        find: '5%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h -6.02; headline contradicted by data',
      },
    ],
  },
  {
    id: 'Y-social-36',
    voice: 'social',
    style: 'daily',
    text: '$BTC vol 1.6x the weekly avg. real buying',
    numbers: [
      {
        find: '1.6x',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-37',
    voice: 'social',
    style: 'daily',
    text: '$BTC volume $4.2B vs $ETH $3.1B. not even close',
    numbers: [
      {
        find: '$4.2B',
        label: 'supported',
      },
      {
        find: '$3.1B',
        label: 'contradicted',
        note: 'fact eth.volume_24h 1.32B',
      },
    ],
  },
  {
    id: 'Y-social-38',
    voice: 'social',
    style: 'daily',
    text: '$BTC spot volume $14.2B, biggest day in months 🤯',
    numbers: [
      {
        find: '$14.2B',
        label: 'contradicted',
        note: 'fact btc.volume_24h 4.23B',
      },
    ],
  },
  {
    id: 'Y-social-39',
    voice: 'social',
    style: 'daily',
    text: 'total crypto volume $134B in 24h. mcap +6%. btc dom 59.1%. yeah',
    numbers: [
      {
        find: '$134B',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+6%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 0.64; 10x slip',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-40',
    voice: 'social',
    style: 'daily',
    text: 'total OI $16.7B, +5.2%. BTC OI $9.1B. ETH OI $2.8B. leverage back',
    numbers: [
      {
        find: '$16.7B',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'supported',
      },
      {
        find: '$9.1B',
        label: 'supported',
      },
      {
        find: '$2.8B',
        label: 'contradicted',
        note: 'fact eth.open_interest 4.8B',
      },
    ],
  },
  {
    id: 'Y-social-41',
    voice: 'social',
    style: 'daily',
    text: 'OI up 15% across the board in 24h. degenerates are back 🎰',
    numbers: [
      {
        find: '15%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h 5.2',
      },
      {
        find: '24h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-social-42',
    voice: 'social',
    style: 'daily',
    text: '$BTC ETFs pulled $386M yesterday per Bitcoin Magazine 🏦',
    numbers: [
      {
        find: '$386M',
        label: 'supported-by-source',
        note: 'attributed below to Bitcoin Magazine',
      },
    ],
  },
  {
    id: 'Y-social-43',
    voice: 'social',
    style: 'daily',
    text: 'ETFs bought $386M of btc yesterday, 4th day in a row. bullish',
    numbers: [
      {
        find: '$386M',
        label: 'unsupported',
        note: 'unattributed headline figure',
      },
      {
        find: '4th',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-social-44',
    voice: 'social',
    style: 'daily',
    text: 'some treasury company just bought 4,850 BTC per CoinDesk. their biggest buy this year 🐋',
    numbers: [
      {
        find: '4,850',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'Y-social-45',
    voice: 'social',
    style: 'daily',
    text: 'another defi lender drained for $27M via oracle exploit (Decrypt). when does it end',
    numbers: [
      {
        find: '$27M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'Y-social-46',
    voice: 'social',
    style: 'daily',
    text: 'defi exploit of $72M today, Decrypt reporting. oracle stuff again',
    numbers: [
      {
        find: '$72M',
        label: 'contradicted',
        note: 'Decrypt headline says 27 million',
      },
    ],
  },
  {
    id: 'Y-social-47',
    voice: 'social',
    style: 'daily',
    text: '$SUI unlock of 58.4M tokens next week per The Block. $SUI already -3.8% today 🫠',
    numbers: [
      {
        find: '58.4M',
        label: 'supported-by-source',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-48',
    voice: 'social',
    style: 'daily',
    text: "$SUI $3.40, support $3.00. if $3 breaks it's over",
    numbers: [
      {
        find: '$3.40',
        label: 'contradicted',
        note: 'fact sui.price 3.0412',
      },
      {
        find: '$3.00',
        label: 'supported',
      },
      {
        find: '$3@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-49',
    voice: 'social',
    style: 'daily',
    text: '$SUI -8.3% today ahead of the unlock',
    numbers: [
      {
        find: '-8.3%',
        label: 'contradicted',
        note: 'fact sui.change_24h -3.80',
      },
    ],
  },
  {
    id: 'Y-social-50',
    voice: 'social',
    style: 'daily',
    text: '$XRP $2.46 -2.3%. support $2.40, resistance $2.60',
    numbers: [
      {
        find: '$2.46',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'contradicted',
        note: 'fact xrp.resistance 2.5',
      },
    ],
  },
  {
    id: 'Y-social-51',
    voice: 'social',
    style: 'daily',
    text: '$XRP market cap $147B > $BNB $69B > $SOL $85B. ranking unchanged',
    numbers: [
      {
        find: '$147B',
        label: 'supported',
      },
      {
        find: '$69B',
        label: 'contradicted',
        note: 'fact bnb.market_cap 95.9B',
      },
      {
        find: '$85B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-52',
    voice: 'social',
    style: 'daily',
    text: '$BNB +0.4% to $698. boring but green ✅',
    numbers: [
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '$698',
        label: 'contradicted',
        note: 'fact bnb.price 688.9',
      },
    ],
  },
  {
    id: 'Y-social-53',
    voice: 'social',
    style: 'daily',
    text: '$ADA +0.3% and $DOT +0.5% somehow green today. cardano holders eating 🍽️',
    numbers: [
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-54',
    voice: 'social',
    style: 'daily',
    text: "$ADA $0.64, -6.4% on the week tho, don't celebrate",
    numbers: [
      {
        find: '$0.64',
        label: 'supported',
      },
      {
        find: '-6.4%',
        label: 'contradicted',
        note: 'fact ada.change_7d -4.61',
      },
    ],
  },
  {
    id: 'Y-social-55',
    voice: 'social',
    style: 'daily',
    text: '$DOT pushing $3.60 resistance at $3.56. +5% today',
    numbers: [
      {
        find: '$3.60',
        label: 'supported',
      },
      {
        find: '$3.56',
        label: 'supported',
      },
      {
        find: '+5%',
        label: 'contradicted',
        note: 'fact dot.change_24h 0.50; 10x slip',
      },
    ],
  },
  {
    id: 'Y-social-56',
    voice: 'social',
    style: 'daily',
    text: '$AVAX $21.06 sitting right on $21 support. -3.4% today, -7% on the week',
    numbers: [
      {
        find: '$21.06',
        label: 'supported',
      },
      {
        find: '$21@2',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-57',
    voice: 'social',
    style: 'daily',
    text: '$AVAX bounced +3.4% 👀',
    numbers: [
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'fact avax.change_24h -3.40; sign flipped',
      },
    ],
  },
  {
    id: 'Y-social-58',
    voice: 'social',
    style: 'daily',
    text: '$OP +0.9% the only green L2 lol. $ARB -2.7%, $POL -1.9%, $IMX -3.9%',
    numbers: [
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-59',
    voice: 'social',
    style: 'daily',
    text: '$ARB $0.38 barely holding $0.38 support. -2.7% on the week',
    numbers: [
      {
        find: '$0.38@1',
        label: 'supported',
      },
      {
        find: '$0.38@2',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'contradicted',
        note: 'fact arb.change_7d -6.63; -2.7 is the 24h move',
      },
    ],
  },
  {
    id: 'Y-social-60',
    voice: 'social',
    style: 'daily',
    text: '$POL $0.227. -5.9% over 30d. polygon holders in shambles',
    numbers: [
      {
        find: '$0.227',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-social-61',
    voice: 'social',
    style: 'daily',
    text: '$IMX $0.51 dead. -3.9% this week, worst L2',
    numbers: [
      {
        find: '$0.51',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'contradicted',
        note: 'fact imx.change_7d -8.28; -3.9 is the 24h move',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-social-62',
    voice: 'social',
    style: 'daily',
    text: '$IMX $0.61 and falling',
    numbers: [
      {
        find: '$0.61',
        label: 'contradicted',
        note: 'fact imx.price 0.5146',
      },
    ],
  },
  {
    id: 'Y-social-63',
    voice: 'social',
    style: 'daily',
    text: 'BTC dominance up over 1 point in a day while total mcap flat. chart is wild',
    numbers: [
      {
        find: '1',
        label: 'unsupported',
        note: 'no dominance-change fact; CoinDesk says more than a point but not cited',
      },
    ],
  },
  {
    id: 'Y-social-64',
    voice: 'social',
    style: 'daily',
    text: "per CoinDesk only 7 of 30 large tokens rose. that's the whole market in one stat",
    numbers: [
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-65',
    voice: 'social',
    style: 'daily',
    text: '23 red, 7 green. and I hold the 23 😭',
    numbers: [
      {
        find: '23@1',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '23@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-66',
    voice: 'social',
    style: 'daily',
    text: '21 coins red today, 9 green. rough',
    numbers: [
      {
        find: '21',
        label: 'contradicted',
        note: 'fact market.decliners_24h 23',
      },
      {
        find: '9',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
    ],
  },
  {
    id: 'Y-social-67',
    voice: 'social',
    style: 'daily',
    text: '$ETH -1.5% to $3,642. range today $3,625-$3,702. support $3,600, very close',
    numbers: [
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '$3,642',
        label: 'supported',
      },
      {
        find: '$3,625',
        label: 'supported',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-68',
    voice: 'social',
    style: 'daily',
    text: '$ETH resistance $3,600 rejected again 😤',
    numbers: [
      {
        find: '$3,600',
        label: 'contradicted',
        note: 'fact eth.resistance 3800; 3600 is support',
      },
    ],
  },
  {
    id: 'Y-social-69',
    voice: 'social',
    style: 'daily',
    text: '$ETH -8.5% on the week while $BTC +6.1%. flippening never',
    numbers: [
      {
        find: '-8.5%',
        label: 'contradicted',
        note: 'fact eth.change_7d -2.52',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-70',
    voice: 'social',
    style: 'daily',
    text: '$ETH OI up 13.1% but price down 1.5%. shorts loading?',
    numbers: [
      {
        find: '13.1%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 3.1',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-71',
    voice: 'social',
    style: 'daily',
    text: '$BTC funding annualized 18.6% 😳 longs paying a LOT',
    numbers: [
      {
        find: '18.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-72',
    voice: 'social',
    style: 'daily',
    text: '$BTC funding 0.017% per 8h = ~1.9% a year, nothing crazy',
    numbers: [
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 18.6; 10x slip',
      },
    ],
  },
  {
    id: 'Y-social-73',
    voice: 'social',
    style: 'daily',
    text: '$BTC 24h range $108.4k - $111.8k. clean breakout',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$108.4k',
        label: 'supported',
      },
      {
        find: '$111.8k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-74',
    voice: 'social',
    style: 'daily',
    text: '$BTC 24h low $104.4k -> high $111.8k. massive wick',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$104.4k',
        label: 'contradicted',
        note: 'fact btc.low_24h 108,360',
      },
      {
        find: '$111.8k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-75',
    voice: 'social',
    style: 'daily',
    text: "$BTC up 4.2% over 30 days but +2.9% just today. most of the month's move in one candle",
    numbers: [
      {
        find: '4.2%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-76',
    voice: 'social',
    style: 'daily',
    text: '$BTC +29% today wtf 🚀🚀',
    numbers: [
      {
        find: '+29%',
        label: 'contradicted',
        note: 'fact btc.change_24h 2.90; 10x slip',
      },
    ],
  },
  {
    id: 'Y-social-77',
    voice: 'social',
    style: 'daily',
    text: '$BTC $111,742. ath was $126k. 13% to go 🙏',
    numbers: [
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '$126k',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '13%',
        label: 'unsupported',
        note: 'derived distance',
      },
    ],
  },
  {
    id: 'Y-social-78',
    voice: 'social',
    style: 'daily',
    text: '$BTC mcap $2.23T. $ETH $440B. ratio is insane',
    numbers: [
      {
        find: '$2.23T',
        label: 'supported',
      },
      {
        find: '$440B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-79',
    voice: 'social',
    style: 'daily',
    text: '$ETH mcap $4.4T lmao no',
    numbers: [
      {
        find: '$4.4T',
        label: 'contradicted',
        note: 'fact eth.market_cap 439.7B; 10x slip',
      },
    ],
  },
  {
    id: 'Y-social-80',
    voice: 'social',
    style: 'daily',
    text: '$SHIB 0.00001152 🐕 -3.3%',
    numbers: [
      {
        find: '0.00001152',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-81',
    voice: 'social',
    style: 'daily',
    text: "$PEPE 0.00000917, support at 0.000009. one more dip and it's gone",
    numbers: [
      {
        find: '0.00000917',
        label: 'supported',
      },
      {
        find: '0.000009@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-82',
    voice: 'social',
    style: 'daily',
    text: '$DOGE $0.18 resistance rejected, now $0.179. -3.7% 🐕‍🦺',
    numbers: [
      {
        find: '$0.18',
        label: 'supported',
      },
      {
        find: '$0.179',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-83',
    voice: 'social',
    style: 'daily',
    text: '$DOGE OI $960M, -1.3%. funding -0.004%. nobody wants to be long doge rn',
    numbers: [
      {
        find: '$960M',
        label: 'contradicted',
        note: 'fact doge.open_interest 690M',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-84',
    voice: 'social',
    style: 'daily',
    text: 'memes -3.7%, gaming -3.8%, AI -6%, L2 -2%, DePIN -1.9%, L1 +1.6%. only btc sector green',
    numbers: [
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-6%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-2%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-85',
    voice: 'social',
    style: 'daily',
    text: "L1 sector +1.6% but remove btc and it's red. 4 of 10 up",
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '4',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-86',
    voice: 'social',
    style: 'daily',
    text: 'L1 sector best sector at +4.6%',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+4.6%',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h 1.62',
      },
    ],
  },
  {
    id: 'Y-social-87',
    voice: 'social',
    style: 'daily',
    text: 'memes sector mcap dropped $1.5B today. $DOGE alone is a $72B coin',
    numbers: [
      {
        find: '$1.5B',
        label: 'supported',
      },
      {
        find: '$72B',
        label: 'contradicted',
        note: 'fact doge.market_cap 26.95B',
      },
    ],
  },
  {
    id: 'Y-social-88',
    voice: 'social',
    style: 'daily',
    text: '$RENDER $3.35, under $3.40 resistance. -10.9% week 📉',
    numbers: [
      {
        find: '$3.35',
        label: 'supported',
      },
      {
        find: '$3.40',
        label: 'supported',
      },
      {
        find: '-10.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-89',
    voice: 'social',
    style: 'daily',
    text: '$WLD $0.84. -6.1%. cope',
    numbers: [
      {
        find: '$0.84',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-90',
    voice: 'social',
    style: 'daily',
    text: '$GRT down only -4.2% today, best AI coin 🤓',
    numbers: [
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'fact grt.change_24h -5.40; -4.2 is the 7d change',
      },
    ],
  },
  {
    id: 'Y-social-91',
    voice: 'social',
    style: 'daily',
    text: '$FIL $2.22, +1.2%. $IOTX -1.7%. $HNT $3.10',
    numbers: [
      {
        find: '$2.22',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '-1.7%',
        label: 'supported',
      },
      {
        find: '$3.10',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-92',
    voice: 'social',
    style: 'daily',
    text: '$HNT +12.6% today, DePIN szn?? 🛰️',
    numbers: [
      {
        find: '+12.6%',
        label: 'contradicted',
        note: 'fact hnt.change_24h 2.60',
      },
    ],
  },
  {
    id: 'Y-social-93',
    voice: 'social',
    style: 'weekly',
    text: 'this week: AI -9.6%, memes -6.1%, gaming -7.7%, DePIN -3.3%, L2 -4.5%, L1 +3.4%',
    numbers: [
      {
        find: '-9.6%',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d -6.68; -3.3 is the 30d change',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-4.5%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-94',
    voice: 'social',
    style: 'weekly',
    text: 'this week L2s down 8.5%, zero green names',
    numbers: [
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '8.5%',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d -4.46',
      },
    ],
  },
  {
    id: 'Y-social-95',
    voice: 'social',
    style: 'weekly',
    text: '$VIRTUAL -13.5% this week. $RENDER -10.9%. $TAO -10.5%. AI narrative dead?',
    numbers: [
      {
        find: '-13.5%',
        label: 'supported',
      },
      {
        find: '-10.9%',
        label: 'supported',
      },
      {
        find: '-10.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-96',
    voice: 'social',
    style: 'weekly',
    text: '$SOL OI -6.8% this week, price -5.8%. $BTC OI +8.7%. money rotating INTO btc not out',
    numbers: [
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'contradicted',
        note: 'fact btc.oi_change_7d 11.4; 8.7 is the 24h change',
      },
    ],
  },
  {
    id: 'Y-social-97',
    voice: 'social',
    style: 'weekly',
    text: "$XRP OI +2.1% on the week even with price -4.5%. somebody's accumulating",
    numbers: [
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '-4.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-98',
    voice: 'social',
    style: 'daily',
    text: '"altcoins rally as traders rotate out of bitcoin" - CoinDesk headline. meanwhile 23 alts red 💀',
    numbers: [
      {
        find: '23',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-99',
    voice: 'social',
    style: 'daily',
    text: '$BTC cleared $110k and the old monthly high at $111,050. Bitcoin Magazine said +6% on the week',
    numbers: [
      {
        find: '$110k',
        label: 'supported',
      },
      {
        find: '$111,050',
        label: 'supported',
      },
      {
        find: '+6%',
        label: 'supported',
        note: 'fact btc.change_7d 6.10; also in the Bitcoin Magazine summary',
      },
    ],
  },
  {
    id: 'Y-social-100',
    voice: 'social',
    style: 'daily',
    text: 'Bitcoin Magazine says btc stuck under $110,000 🤔 my chart says $111.7k',
    numbers: [
      {
        find: '$110,000',
        label: 'contradicted',
        note: "fact btc.price 111,742; headline's claim contradicted by data",
      },
      {
        find: '$111.7k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-101',
    voice: 'social',
    style: 'daily',
    text: 'my bags: $SOL -4.1%, $AVAX -3.4%, $NEAR -5.2%, $ARB -2.7%. portfolio -15% today',
    numbers: [
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-15%',
        label: 'unsupported',
        note: 'personal figure, no fact',
      },
    ],
  },
  {
    id: 'Y-social-102',
    voice: 'social',
    style: 'daily',
    text: 'sol/btc ratio down 7% today 🤡',
    numbers: [
      {
        find: '7%',
        label: 'unsupported',
        note: 'derived ratio, no fact',
      },
    ],
  },
  {
    id: 'Y-social-103',
    voice: 'social',
    style: 'daily',
    text: '$BTC +3.9% and dom at 55%. whatever, still bullish',
    numbers: [
      {
        find: '+3.9%',
        label: 'contradicted',
        note: 'fact btc.change_24h 2.90',
      },
      {
        find: '55%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.1',
      },
    ],
  },
  {
    id: 'Y-social-104',
    voice: 'social',
    style: 'daily',
    text: '$ETH $3,642. wake me up when it reclaims the $3,906 monthly high 😴',
    numbers: [
      {
        find: '$3,642',
        label: 'supported',
      },
      {
        find: '$3,906',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-105',
    voice: 'social',
    style: 'daily',
    text: 'next $SOL target $140. then $120. not financial advice',
    numbers: [
      {
        find: '$140',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$120',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-social-106',
    voice: 'social',
    style: 'daily',
    text: '$LINK +4% today, only alt pumping in my feed',
    numbers: [
      {
        find: '+4%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
    ],
  },
  {
    id: 'Y-social-107',
    voice: 'social',
    style: 'daily',
    text: 'gas at 3 gwei, network dead quiet while btc rips',
    numbers: [
      {
        find: '3',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'Y-social-108',
    voice: 'social',
    style: 'daily',
    text: '$FET $0.75? more like $0.57 now 😂 the $0.56 support is next',
    numbers: [
      {
        find: '$0.75',
        label: 'contradicted',
        note: 'fact fet.price 0.5734',
      },
      {
        find: '$0.57',
        label: 'supported',
      },
      {
        find: '$0.56',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-109',
    voice: 'social',
    style: 'daily',
    text: 'entire AI sector mcap is $1.27B now?? smaller than one memecoin lol',
    numbers: [
      {
        find: '$1.27B',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap 12.7B; 10x slip',
      },
    ],
  },
  {
    id: 'Y-social-110',
    voice: 'social',
    style: 'daily',
    text: '$PEPE -4.4%, worst meme of the day. $WIF best at -2.9%. still all red',
    numbers: [
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-111',
    voice: 'social',
    style: 'daily',
    text: '$BTC hashrate 900 EH/s and price $111.7k. fundamentals + price action 🤝',
    numbers: [
      {
        find: '900',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '$111.7k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-social-112',
    voice: 'social',
    style: 'daily',
    text: '$VIRTUAL $0.97, hanging on to $0.95 support. -17.6% today 💀',
    numbers: [
      {
        find: '$0.97',
        label: 'supported',
      },
      {
        find: '$0.95',
        label: 'supported',
      },
      {
        find: '-17.6%',
        label: 'contradicted',
        note: 'fact virtual.change_24h -7.60',
      },
    ],
  },
];
