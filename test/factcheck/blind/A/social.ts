import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-soc-01',
    voice: 'social',
    style: 'daily',
    text: '$BTC just ripped through the monthly high 🚀 112.4k and climbing, +3.8% on the day. Shorts getting cooked 🔥 next stop 120k',
    numbers: [
      {
        find: '112.4k',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '120k',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-soc-02',
    voice: 'social',
    style: 'daily',
    text: 'AI szn is back 🤖 $VIRTUAL +14% $FET +12% $RENDER +9% $TAO +15% \n\nwhole sector up 9% while my $ARB bag is down 2% 💀',
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
        find: '+9%',
        label: 'supported',
      },
      {
        find: '+15%',
        label: 'contradicted',
        note: 'TAO 24h change is +8.71%',
      },
      {
        find: '9%@2',
        label: 'supported',
      },
      {
        find: '2%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-03',
    voice: 'social',
    style: 'daily',
    text: 'gm. 27/30 green on my watchlist. only reds: $ARB $OP $SHIB. L2s really said no thanks 😂',
    numbers: [
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-soc-04',
    voice: 'social',
    style: 'daily',
    text: '$SOL funding NEGATIVE (-0.0027%) while price is +5.4% to $171. who is shorting this?? squeeze incoming, $200 by friday 📈',
    numbers: [
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '$171',
        label: 'supported',
      },
      {
        find: '$200',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-soc-05',
    voice: 'social',
    style: 'daily',
    text: '$ETH 3987 👀 4k resistance right there. OI +7.8% today. funding 0.0094%. send it',
    numbers: [
      {
        find: '3987',
        label: 'supported',
      },
      {
        find: '4k',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-06',
    voice: 'social',
    style: 'daily',
    text: '$DOGE +12% today lfg 🐕🐕 funding negative so shorts about to get wrecked. $1 doge this cycle, i said what i said',
    numbers: [
      {
        find: '+12%',
        label: 'contradicted',
        note: 'DOGE 24h change is +2.14%',
      },
      {
        find: '$1',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-soc-07',
    voice: 'social',
    style: 'daily',
    text: 'remember when $BTC was $15k? now $112,486. dominance 62%. alts still bleeding on the monthly tho, $WIF -19% in 30d 😭',
    numbers: [
      {
        find: '$15k',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '62%',
        label: 'supported',
      },
      {
        find: '-19%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-soc-08',
    voice: 'social',
    style: 'daily',
    text: 'Market cap back to $3.62T (+3.7%). volume $164B. BTC OI $9.8B (+6%). \n\nLiquidations: $340M in shorts per CoinGlass (via Decrypt). Not bad for a thursday',
    numbers: [
      {
        find: '$3.62T',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$164B',
        label: 'supported',
      },
      {
        find: '$9.8B',
        label: 'supported',
      },
      {
        find: '+6%',
        label: 'supported',
      },
      {
        find: '$340M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'A-soc-09',
    voice: 'social',
    style: 'daily',
    text: '🚨 BREAKING: $BTC spot ETFs $612M inflows yesterday (Farside). best day since october. number go up 📈',
    numbers: [
      {
        find: '$612M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'A-soc-10',
    voice: 'social',
    style: 'daily',
    text: '🚨 ETF inflows hit $1.2B yesterday per Farside!! biggest day EVER. Hashrate also ATH at 1.3 ZH 🤯',
    numbers: [
      {
        find: '$1.2B',
        label: 'unsupported',
        note: 'misquoted: headlines report $612M; no fact',
      },
      {
        find: '1.3 ZH',
        label: 'unsupported',
        note: 'invented, no fact',
      },
    ],
  },
  {
    id: 'A-soc-11',
    voice: 'social',
    style: 'daily',
    text: '$GALA +9.8% $AXS +8.9% $SAND +7.6% $IMX +2.6%. gaming waking up 🎮 still -30% on the month for $GALA though',
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
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '-30%',
        label: 'contradicted',
        note: 'GALA 30d change is -11.74%',
      },
    ],
  },
  {
    id: 'A-soc-12',
    voice: 'social',
    style: 'daily',
    text: '$NEAR +8.9% best L1 today, $SUI +7.1%, $AVAX +6.3%. $BNB only +1.9% lol. $ADA +3.9% at 58c',
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
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '58c',
        label: 'contradicted',
        note:
          'corrected (corpus D work): ADA $0.5873 rounds to 59c; a two-digit figure is checked by rounding, ' +
          'truncation only from four significant digits (docs Tolerances)',
      },
    ],
  },
  {
    id: 'A-soc-13',
    voice: 'social',
    style: 'daily',
    text: 'everything is pumping. literally every coin on the watchlist is green 🟢🟢🟢 $XRP +12% $DOT +14% $PEPE +13%',
    numbers: [
      {
        find: 'every coin on the watchlist is green',
        label: 'contradicted',
        note: '27 of 30 rose; ARB, OP and SHIB fell',
      },
      {
        find: '+12%',
        label: 'contradicted',
        note: 'XRP 24h change is +2.16%',
      },
      {
        find: '+14%',
        label: 'contradicted',
        note: 'DOT 24h change is +4.48%',
      },
      {
        find: '+13%',
        label: 'contradicted',
        note: 'PEPE 24h change is +3.40%',
      },
    ],
  },
  {
    id: 'A-soc-14',
    voice: 'social',
    style: 'daily',
    text: '$SHIB -5.2% today while everything else pumps?? burn rate disappointing again. $PEPE +3.4% $WIF +4.8% at least',
    numbers: [
      {
        find: '-5.2%',
        label: 'contradicted',
        note: 'SHIB 24h change is -0.58%; -5.24% is its 7d change',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-15',
    voice: 'social',
    style: 'daily',
    text: 'Quick levels 🧵\n1/ $BTC support 110k res 115k\n2/ $ETH support 3.8k res 4k\n3/ $SOL support 170 res 180\n4/ $XRP support 2.40 res 2.60\n5/ $DOGE support 0.18 res 0.20',
    numbers: [
      {
        find: '1/',
        label: 'ignored',
      },
      {
        find: '110k',
        label: 'supported',
      },
      {
        find: '115k',
        label: 'supported',
      },
      {
        find: '2/',
        label: 'ignored',
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
        find: '3/',
        label: 'ignored',
      },
      {
        find: '170',
        label: 'supported',
      },
      {
        find: '180',
        label: 'supported',
      },
      {
        find: '4/',
        label: 'ignored',
      },
      {
        find: '2.40',
        label: 'supported',
      },
      {
        find: '2.60',
        label: 'contradicted',
        note: 'XRP resistance is $2.50',
      },
      {
        find: '5/',
        label: 'ignored',
      },
      {
        find: '0.18',
        label: 'supported',
      },
      {
        find: '0.20',
        label: 'contradicted',
        note: 'DOGE resistance is $0.19',
      },
    ],
  },
  {
    id: 'A-soc-16',
    voice: 'social',
    style: 'daily',
    text: '$HNT only +1.2% 😴 while $RENDER +9.5% $IOTX +5.8% $FIL +13%. depin rotation skipping helium',
    numbers: [
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '+13%',
        label: 'contradicted',
        note: 'FIL 24h change is +3.10%',
      },
    ],
  },
  {
    id: 'A-soc-17',
    voice: 'social',
    style: 'daily',
    text: 'ppl saying $BTC dominance dropping to 55%. alt season confirmed?? $ETH/$BTC still weak tho',
    numbers: [
      {
        find: '55%',
        label: 'contradicted',
        note: 'BTC dominance is 62.1%',
      },
    ],
  },
  {
    id: 'A-soc-18',
    voice: 'social',
    style: 'daily',
    text: 'L2 szn cancelled ❌ $OP -2.4% $ARB -1.9% $POL +0.3%. arb unlock coming, dao wants to dump treasury. $ARB 0.31 support 0.30',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '0.31',
        label: 'supported',
      },
      {
        find: '0.30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-19',
    voice: 'social',
    style: 'daily',
    text: "$AVAX +6% on subnet activity, $19.84. break $20 and it's $30 easy",
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
        find: '$30',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-soc-20',
    voice: 'social',
    style: 'daily',
    text: "CT is saying $BTC up 11% today. bro that's the week, not the day 🙄 daily is 3.8%",
    numbers: [
      {
        find: '11%',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%; 11% is the 7d change',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-21',
    voice: 'social',
    style: 'daily',
    text: '$TAO above $370 ✅ ($371.8). $WLD +7.5% on the Japan orb news. $GRT +16% 🚀',
    numbers: [
      {
        find: '$370',
        label: 'supported',
      },
      {
        find: '$371.8',
        label: 'supported',
      },
      {
        find: '+7.5%',
        label: 'supported',
      },
      {
        find: '+16%',
        label: 'contradicted',
        note: 'GRT 24h change is +6.38%',
      },
    ],
  },
  {
    id: 'A-soc-22',
    voice: 'social',
    style: 'daily',
    text: 'broke $112K 🎉 ATH was $126K so still 11% off. in 2024 we were at $70K',
    numbers: [
      {
        find: '$112K',
        label: 'supported',
      },
      {
        find: '$126K',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '11%',
        label: 'unsupported',
        note: 'derived: distance to a historical level',
      },
      {
        find: '2024',
        label: 'ignored',
      },
      {
        find: '$70K',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'A-soc-23',
    voice: 'social',
    style: 'weekly',
    text: 'weekly recap 📊 $BTC +11% $ETH +4.3% $SOL +8.3% $AVAX +15.6% $DOGE -7.6% $FIL -11.5%. memes +6.9% this week lol no',
    numbers: [
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '+8.3%',
        label: 'supported',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '+6.9%',
        label: 'contradicted',
        note: 'memes 7d change is -6.86%; sign flipped',
      },
    ],
  },
  {
    id: 'A-soc-24',
    voice: 'social',
    style: 'weekly',
    text: 'this week: $IMX +13% best gaming coin, $AXS +8.9%, $WLD +7.5%, $NEAR +11%. L1 sector +9% 🏆',
    numbers: [
      {
        find: '+13%',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'contradicted',
        note: 'AXS 7d change is +1.07%; 8.92% is 24h',
      },
      {
        find: '+7.5%',
        label: 'contradicted',
        note: 'WLD 7d change is -3.14%; 7.52% is 24h',
      },
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '+9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-25',
    voice: 'social',
    style: 'daily',
    text: '$XRP 2.48 holding 2.40 support. funding 0.0036%. OI 1.05B up 1.9%. $XRP market cap $150B > $BNB $191B? no wait',
    numbers: [
      {
        find: '2.48',
        label: 'supported',
      },
      {
        find: '2.40',
        label: 'supported',
      },
      {
        find: '0.0036%',
        label: 'supported',
      },
      {
        find: '1.05B',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '$150B',
        label: 'supported',
      },
      {
        find: '$191B',
        label: 'contradicted',
        note: 'BNB market cap is $140.9B',
      },
    ],
  },
  {
    id: 'A-soc-26',
    voice: 'social',
    style: 'daily',
    text: 'ppl on here: "AI up 20% today". no. it\'s 9.2%. $VIRTUAL did 14.3% which is the best of any coin. relax',
    numbers: [
      {
        find: '20%',
        label: 'contradicted',
        note: 'AI sector 24h change is +9.20%',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-27',
    voice: 'social',
    style: 'daily',
    text: 'my $PEPE bag at 0.0000067 🐸 +3.4%. mcap $2.8B. need 10x',
    numbers: [
      {
        find: '0.0000067',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '$2.8B',
        label: 'supported',
      },
      {
        find: '10x',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-soc-28',
    voice: 'social',
    style: 'daily',
    text: '📉 $BTC dumped 4% overnight, sitting at $108k. bears back?? 🐻',
    numbers: [
      {
        find: '4%',
        label: 'contradicted',
        note: 'BTC rose 3.84% over 24h; direction flipped',
      },
      {
        find: '$108k',
        label: 'contradicted',
        note: 'BTC price is $112,486; $108,050 was the 24h low',
      },
    ],
  },
  {
    id: 'A-soc-29',
    voice: 'social',
    style: 'daily',
    text: 'Sources say $900M of longs liquidated today. also heard $ETH ETF outflows of $300M. crazy day',
    numbers: [
      {
        find: '$900M',
        label: 'unsupported',
        note: 'no named outlet, no fact',
      },
      {
        find: '$300M',
        label: 'unsupported',
        note: 'invented, no fact',
      },
    ],
  },
  {
    id: 'A-soc-30',
    voice: 'social',
    style: 'daily',
    text: '$ETH OI $9.8B is insane. funding 0.094% per 8h 🤯 longs overheated',
    numbers: [
      {
        find: '$9.8B',
        label: 'contradicted',
        note: 'ETH OI is $5.91B; $9.84B is BTC OI',
      },
      {
        find: '0.094%',
        label: 'contradicted',
        note: 'ETH funding is 0.0094% per 8h',
      },
      {
        find: '8h',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-soc-31',
    voice: 'social',
    style: 'daily',
    text: 'top 3 today: $VIRTUAL +14.3% $FET +11.8% $GALA +9.8%. bottom: $OP -2.4%. $SOL +15.4% honorable mention',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '+15.4%',
        label: 'contradicted',
        note: 'SOL 24h change is +5.41%',
      },
    ],
  },
  {
    id: 'A-soc-32',
    voice: 'social',
    style: 'sector',
    text: 'AI sector market cap $24.1B on CoinGecko, +8.9% today. memes $58.4B. L2 category only $1.58B 😬',
    numbers: [
      {
        find: '$24.1B',
        label: 'supported',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '$58.4B',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '$1.58B',
        label: 'contradicted',
        note: 'L2 category cap is $15.81B',
      },
    ],
  },
  {
    id: 'A-soc-33',
    voice: 'social',
    style: 'daily',
    text: '$SUI $2.54 +7.1% breaking $2.50. next $2.60. $NEAR $2.91 needs $3. $DOT $3.32 +4.5% but -11% on the month',
    numbers: [
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
      {
        find: '$2.91',
        label: 'supported',
      },
      {
        find: '$3@1',
        label: 'supported',
      },
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
    ],
  },
  {
    id: 'A-soc-34',
    voice: 'social',
    style: 'daily',
    text: '$WIF +4.8% best meme today. $DOGE +7.6%? nah. memes sector only +1.8% and 2 of 4 green',
    numbers: [
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '+7.6%',
        label: 'contradicted',
        note: 'DOGE 24h change is +2.14%',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '2',
        label: 'contradicted',
        note: '3 of 4 meme tokens rose',
      },
      {
        find: '4@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-35',
    voice: 'social',
    style: 'daily',
    text: 'market check: 3.71% up. BTC.D 62.1%. 30 coins tracked, 5 red. OI $19.1B +5%. avg funding 0.0068% 🧮',
    numbers: [
      {
        find: '3.71%',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '5@1',
        label: 'contradicted',
        note: '3 decliners over 24h',
      },
      {
        find: '$19.1B',
        label: 'supported',
      },
      {
        find: '+5%',
        label: 'supported',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-soc-36',
    voice: 'social',
    style: 'daily',
    text: '$BNB $1,012 +1.9% weakest L1 today. meanwhile $AVAX +16% and $ADA +3.9%. $BNB $1,100 soon tho',
    numbers: [
      {
        find: '$1,012',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '+16%',
        label: 'contradicted',
        note: 'AVAX 24h change is +6.27%; 15.6% is 7d',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '$1,100',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
];
