import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-social-01',
    voice: 'social',
    style: 'daily',
    text: '$BTC 112.5k 🚀 up 3.8% on the day, monthly high cleared. $ETH knocking on 4k door (+4.6%). shorts getting cooked 🔥',
    numbers: [
      {
        find: '112.5k',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '4k',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-02',
    voice: 'social',
    style: 'sector',
    text: 'AI szn is back 🤖 $VIRTUAL +14% $FET +12% $TAO +8.7% $RENDER +9.5%. whole sector +9.2%. told you',
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
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-03',
    voice: 'social',
    style: 'daily',
    text: 'my L2 bags are the only red on my screen lol. $ARB -1.9% $OP -2.4% while literally everything else is up. at least $IMX did +2.6%',
    numbers: [
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-04',
    voice: 'social',
    style: 'sector',
    text: '$SOL funding negative (-0.0027%) with price up 5.4%?? who is shorting this. squeeze incoming, $200 next 👀',
    numbers: [
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$200',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-social-05',
    voice: 'social',
    style: 'daily',
    text: 'BTC $112,486. ETH $3,987. SOL $171. XRP $2.48. DOGE $0.184. green everywhere 💚 30/30 coins up today',
    numbers: [
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '$171',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '$0.184',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'contradicted',
        note: '27 of 30 rose',
      },
      {
        find: '30@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-06',
    voice: 'social',
    style: 'daily',
    text: '$DOGE up 12% today and funding still negative lmao 🐕 shorts paying -0.0058% every 8h to stay in',
    numbers: [
      {
        find: '12%',
        label: 'contradicted',
        note: 'DOGE 24h +2.1%',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-social-07',
    voice: 'social',
    style: 'sector',
    text: 'gm. $NEAR +8.9% $SUI +7.1% $AVAX +6.3% L1s cooking. $BNB only +1.9% 😴',
    numbers: [
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: 'L1s',
        label: 'ignored',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-08',
    voice: 'social',
    style: 'daily',
    text: 'BTC OI $9.84B (+6.2%). ETH OI $5.91B (+7.8%). leverage is BACK. funding 0.008% btc, 0.009% eth. careful out there',
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
        find: '$5.91B',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '0.008%',
        label: 'supported',
      },
      {
        find: '0.009%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-09',
    voice: 'social',
    style: 'sector',
    text: '$GALA +9.8% $AXS +8.9% $SAND +7.6% gaming is so back 🎮 still -30% on the month tho',
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
        find: '+7.6%',
        label: 'supported',
      },
      {
        find: '-30%',
        label: 'contradicted',
        note: 'gaming sector 30d -7.7%',
      },
    ],
  },
  {
    id: 'C-social-10',
    voice: 'social',
    style: 'daily',
    text: '$SHIB the only meme in the red (-0.6%) 🤡 $WIF +4.8% $PEPE +3.4% $DOGE +2.1%',
    numbers: [
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-11',
    voice: 'social',
    style: 'sector',
    text: "ATH was $126k. we're at 112k. 12% to go. easy 😤 150k by march",
    numbers: [
      {
        find: '$126k',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '112k',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'unsupported',
        note: 'derived distance to history',
      },
      {
        find: '150k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-social-12',
    voice: 'social',
    style: 'daily',
    text: 'total mcap $3.62T 📈 +3.7%. btc dom 62%. alt season? not with dom at 62 lol',
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
        find: '62%',
        label: 'supported',
      },
      {
        find: '62@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-13',
    voice: 'social',
    style: 'daily',
    text: 'ETF inflows $612M yesterday per @FarsideUK via CoinDesk 🏦 best day since oct',
    numbers: [
      {
        find: '$612M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'C-social-14',
    voice: 'social',
    style: 'sector',
    text: "$340M of shorts liquidated per CoinGlass (Decrypt) 💀 and we're only at $112.5k",
    numbers: [
      {
        find: '$340M',
        label: 'supported-by-source',
      },
      {
        find: '$112.5k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-15',
    voice: 'social',
    style: 'daily',
    text: '$FIL +3.1% on the day but -11.5% on the week. $HNT +1.2%, -6.2% on the week. DePIN recovering?? $5 HNT EOY',
    numbers: [
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'supported',
      },
      {
        find: '$5',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-social-16',
    voice: 'social',
    style: 'daily',
    text: '$WLD +7.5% Orbs in Tokyo now 🇯🇵 price $0.79, still -14% 30d',
    numbers: [
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '$0.79',
        label: 'supported',
      },
      {
        find: '-14%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-social-17',
    voice: 'social',
    style: 'sector',
    text: 'POL doing nothing as usual +0.3% 🥱 at $0.183',
    numbers: [
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '$0.183',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-18',
    voice: 'social',
    style: 'daily',
    text: '$ETH just printed $4,150 on binance 🚀🚀 $5k next',
    numbers: [
      {
        find: '$4,150',
        label: 'contradicted',
        note: 'ETH 24h high $3,997.92',
      },
      {
        find: '$5k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-social-19',
    voice: 'social',
    style: 'daily',
    text: 'btc up 5.8% today and my portfolio still down. classic',
    numbers: [
      {
        find: '5.8%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%',
      },
    ],
  },
  {
    id: 'C-social-20',
    voice: 'social',
    style: 'sector',
    text: '$TAO $371.8 🧠 range today $341–$389. resistance $380, support $360',
    numbers: [
      {
        find: '$371.8',
        label: 'supported',
      },
      {
        find: '$341',
        label: 'supported',
      },
      {
        find: '$389',
        label: 'supported',
      },
      {
        find: '$380',
        label: 'supported',
      },
      {
        find: '$360',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-21',
    voice: 'social',
    style: 'daily',
    text: '$XRP +2.2% 💤 while $ADA did +3.9%. who would have thought',
    numbers: [
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-22',
    voice: 'social',
    style: 'sector',
    text: 'thread 🧵 1/3\nAI coins led today, all 7 green. worst one still +6.4% ($GRT). best +14.3% ($VIRTUAL)',
    numbers: [
      {
        find: '1/3',
        label: 'ignored',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-23',
    voice: 'social',
    style: 'sector',
    text: 'memes led the whole market today 🐸🐸 +1.8%',
    numbers: [
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'memes 5th of 6 sectors; AI led',
      },
    ],
  },
  {
    id: 'C-social-24',
    voice: 'social',
    style: 'daily',
    text: '$AVAX +15.6% today 🔺 subnets going wild. $19.84',
    numbers: [
      {
        find: '+15.6%',
        label: 'contradicted',
        note: 'AVAX 24h +6.3%; 15.6% is 7d',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-25',
    voice: 'social',
    style: 'sector',
    text: '$PEPE 0.0000067 +3.4% 🐸 | $SHIB 0.0000103 -0.58% | $WIF 0.53 +4.8%',
    numbers: [
      {
        find: '0.0000067',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '0.0000103',
        label: 'supported',
      },
      {
        find: '0.58%',
        label: 'supported',
      },
      {
        find: '0.53',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-26',
    voice: 'social',
    style: 'daily',
    text: "3 coins red out of 30: $OP $ARB $SHIB. that's it. everyone else pumping",
    numbers: [
      {
        find: '3@1',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-27',
    voice: 'social',
    style: 'daily',
    text: 'why is everyone saying AI pumped 20%?? sector did like 9',
    numbers: [
      {
        find: '20%',
        label: 'contradicted',
        note: 'AI sector 24h +9.2%',
      },
      {
        find: '9',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-28',
    voice: 'social',
    style: 'sector',
    text: '$ETH over $4k finally 🎉',
    numbers: [
      {
        find: '$4k',
        label: 'contradicted',
        note: 'ETH $3,987 below $4k; high $3,998',
      },
    ],
  },
  {
    id: 'C-social-29',
    voice: 'social',
    style: 'daily',
    text: 'imagine shorting $SOL into 5% green day. OI down 3.4% tho so shorts closing?',
    numbers: [
      {
        find: '5%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-30',
    voice: 'social',
    style: 'weekly',
    text: '$BNB $1,012. $1,050 resistance. $1,000 support. boring but fine',
    numbers: [
      {
        find: '$1,012',
        label: 'supported',
      },
      {
        find: '$1,050',
        label: 'supported',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-31',
    voice: 'social',
    style: 'daily',
    text: 'heard $2B of ETF inflow coming tomorrow 👀 not financial advice',
    numbers: [
      {
        find: '$2B',
        label: 'unsupported',
        note: '"heard", no source, no fact',
      },
    ],
  },
  {
    id: 'C-social-32',
    voice: 'social',
    style: 'sector',
    text: '$IOTX +5.8% $RENDER +9.5% $HNT +12% depin gang',
    numbers: [
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+12%',
        label: 'contradicted',
        note: 'HNT 24h +1.2%',
      },
    ],
  },
  {
    id: 'C-social-33',
    voice: 'social',
    style: 'sector',
    text: 'gaming best sector today (+6.1%)',
    numbers: [
      {
        find: '+6.1%',
        label: 'contradicted',
        note: 'AI +9.2% was best; gaming second',
      },
    ],
  },
  {
    id: 'C-social-34',
    voice: 'social',
    style: 'daily',
    text: '$GRT +6.4% at $0.072. $VIRTUAL $1.34 🤖',
    numbers: [
      {
        find: '+6.4%',
        label: 'supported',
      },
      {
        find: '$0.072',
        label: 'supported',
      },
      {
        find: '$1.34',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-35',
    voice: 'social',
    style: 'daily',
    text: '$BTC +6.2% today lfg 🚀 $ETH +7.8% $SOL +3.4%',
    numbers: [
      {
        find: '+6.2%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%; 6.2% is OI change',
      },
      {
        find: '+7.8%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; 7.8% is OI change',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'SOL 24h +5.41%',
      },
    ],
  },
  {
    id: 'C-social-36',
    voice: 'social',
    style: 'sector',
    text: 'breaking: $BTC hits $115k 🔥🔥 next stop $130k',
    numbers: [
      {
        find: '$115k',
        label: 'contradicted',
        note: 'BTC 24h high $112,511.5',
      },
      {
        find: '$130k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-social-37',
    voice: 'social',
    style: 'daily',
    text: '$ARB +1.9% $OP +2.4% L2s finally waking up 🫡',
    numbers: [
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'ARB 24h -1.93%; sign flipped',
      },
      {
        find: '+2.4%',
        label: 'contradicted',
        note: 'OP 24h -2.41%; sign flipped',
      },
      {
        find: 'L2s',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-social-38',
    voice: 'social',
    style: 'daily',
    text: 'AI bags: $FET +21.8% $TAO +18.7% $WLD +7.5% $GRT +16.4%',
    numbers: [
      {
        find: '+21.8%',
        label: 'contradicted',
        note: 'FET 24h +11.84%',
      },
      {
        find: '+18.7%',
        label: 'contradicted',
        note: 'TAO 24h +8.71%',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+16.4%',
        label: 'contradicted',
        note: 'GRT 24h +6.38%',
      },
    ],
  },
  {
    id: 'C-social-39',
    voice: 'social',
    style: 'sector',
    text: '🚨 $1.5B liquidated today, 90% shorts 🚨',
    numbers: [
      {
        find: '$1.5B',
        label: 'unsupported',
        note: 'invented liquidations, no source',
      },
      {
        find: '90%',
        label: 'unsupported',
        note: 'invented',
      },
    ],
  },
  {
    id: 'C-social-40',
    voice: 'social',
    style: 'daily',
    text: '$XRP $2.68 🚀 +12%. $BNB $1,120',
    numbers: [
      {
        find: '$2.68',
        label: 'contradicted',
        note: 'XRP $2.4817',
      },
      {
        find: '+12%',
        label: 'contradicted',
        note: 'XRP 24h +2.16%',
      },
      {
        find: '$1,120',
        label: 'contradicted',
        note: 'BNB $1,012.60',
      },
    ],
  },
  {
    id: 'C-social-41',
    voice: 'social',
    style: 'daily',
    text: 'btc dom 55% 👀 altseason confirmed. total cap $4.1T',
    numbers: [
      {
        find: '55%',
        label: 'contradicted',
        note: 'dominance 62.1%',
      },
      {
        find: '$4.1T',
        label: 'contradicted',
        note: 'total cap $3.618T',
      },
    ],
  },
  {
    id: 'C-social-42',
    voice: 'social',
    style: 'sector',
    text: '$HNT -1.2% on a green day 💀 $IOTX +15.8%',
    numbers: [
      {
        find: '-1.2%',
        label: 'contradicted',
        note: 'HNT 24h +1.24%; sign flipped',
      },
      {
        find: '+15.8%',
        label: 'contradicted',
        note: 'IOTX 24h +5.83%',
      },
    ],
  },
  {
    id: 'C-social-43',
    voice: 'social',
    style: 'daily',
    text: 'funding on $ETH 0.094% per 8h 😳 overheated',
    numbers: [
      {
        find: '0.094%',
        label: 'contradicted',
        note: 'ETH funding 0.0094%; off by 10x',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-social-44',
    voice: 'social',
    style: 'daily',
    text: '$SUI $2.54 +17.1% $NEAR $2.91 +8.9% $AVAX $21.84',
    numbers: [
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '+17.1%',
        label: 'contradicted',
        note: 'SUI 24h +7.14%',
      },
      {
        find: '$2.91',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '$21.84',
        label: 'contradicted',
        note: 'AVAX $19.84',
      },
    ],
  },
  {
    id: 'C-social-45',
    voice: 'social',
    style: 'sector',
    text: 'my alt portfolio +40% today while BTC did 3.8%. AI bags 🤖',
    numbers: [
      {
        find: '+40%',
        label: 'unsupported',
        note: 'personal, no fact',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-46',
    voice: 'social',
    style: 'daily',
    text: 'whale just bought 4,000 BTC 🐳 at $112.4k',
    numbers: [
      {
        find: '4,000',
        label: 'unsupported',
        note: 'invented, no source',
      },
      {
        find: '$112.4k',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-47',
    voice: 'social',
    style: 'daily',
    text: '$DOGE OI $680M down 15.6% 🐕 shorts bailing',
    numbers: [
      {
        find: '$680M',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'contradicted',
        note: 'DOGE OI 24h -5.6%',
      },
    ],
  },
  {
    id: 'C-social-48',
    voice: 'social',
    style: 'sector',
    text: '$GALA +29.8% 🎮 $SAND $0.22',
    numbers: [
      {
        find: '+29.8%',
        label: 'contradicted',
        note: 'GALA 24h +9.81%',
      },
      {
        find: '$0.22',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-49',
    voice: 'social',
    style: 'daily',
    text: '$ADA +3.9% $DOT +14.5% $BNB +1.9% boomer coins waking up',
    numbers: [
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '+14.5%',
        label: 'contradicted',
        note: 'DOT 24h +4.48%',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-50',
    voice: 'social',
    style: 'daily',
    text: '$TAO vol 62% annualized lol. $BTC vol 34%',
    numbers: [
      {
        find: '62%',
        label: 'contradicted',
        note: 'TAO 7d vol 162.8%',
      },
      {
        find: '34%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-51',
    voice: 'social',
    style: 'sector',
    text: 'Q: is $SOL funding still negative? A: yes, -0.0027%/8h. OI -3.4%. price +5.4%. Q: target? A: $220 🫡',
    numbers: [
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '$220',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-social-52',
    voice: 'social',
    style: 'daily',
    text: '📊 daily: 27🟢 3🔴. best $VIRTUAL +14.3%. worst $OP -2.4%. $BTC dom 64.1%',
    numbers: [
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '64.1%',
        label: 'contradicted',
        note: 'dominance 62.1%',
      },
    ],
  },
  {
    id: 'C-social-53',
    voice: 'social',
    style: 'weekly',
    text: 'weekly 📅 $BTC +11% $AVAX +15.6% $IMX +13.1% $FIL -11.5% $DOGE -7.6% memes -6.9% 🪦 $VIRTUAL +14%',
    numbers: [
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '+13.1%',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '+14%',
        label: 'contradicted',
        note: 'VIRTUAL 7d +3.0%; 14% is 24h',
      },
    ],
  },
  {
    id: 'C-social-54',
    voice: 'social',
    style: 'weekly',
    text: 'weekly L1 check ✅ $AVAX +15.6% $NEAR +11% $SUI +10.7% $ADA +8% $SOL +8.3% $BNB +1%',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '+10.7%',
        label: 'supported',
      },
      {
        find: '+8%',
        label: 'supported',
      },
      {
        find: '+8.3%',
        label: 'supported',
      },
      {
        find: '+1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-55',
    voice: 'social',
    style: 'weekly',
    text: '$ETH OI +14.2% on the week but price only +4.3% 🤔 $BTC OI +11.4%, price +11%. $DOGE OI +9.3%',
    numbers: [
      {
        find: '+14.2%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '+9.3%',
        label: 'contradicted',
        note: 'DOGE OI 7d -9.3%; sign flipped',
      },
    ],
  },
  {
    id: 'C-social-56',
    voice: 'social',
    style: 'weekly',
    text: 'weekly 🧠 AI +3.6%, DePIN -4.9%, L2 +5.4%, gaming +8.4%. L1 best +9%. memes worst -16.9%',
    numbers: [
      {
        find: '+3.6%',
        label: 'supported',
      },
      {
        find: '-4.9%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '+8.4%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+9%',
        label: 'supported',
      },
      {
        find: '-16.9%',
        label: 'contradicted',
        note: 'memes 7d -6.86%',
      },
    ],
  },
  {
    id: 'C-social-57',
    voice: 'social',
    style: 'weekly',
    text: 'this week: $SAND +7.3% $GALA +5.1% $AXS +1.1% $PEPE -3.6% $SHIB -5.2% $TAO +0.4% $VIRTUAL +3%',
    numbers: [
      {
        find: '+7.3%',
        label: 'supported',
      },
      {
        find: '+5.1%',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '+3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-social-58',
    voice: 'social',
    style: 'weekly',
    text: '"buy the rumor" they said 🙃 $FIL -11.5% on the week, $HNT -6.2%, $IOTX +13%',
    numbers: [
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'supported',
      },
      {
        find: '+13%',
        label: 'contradicted',
        note: 'IOTX 7d +2.97%',
      },
    ],
  },
];
