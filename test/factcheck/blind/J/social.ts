import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'J-social-01',
    voice: 'social',
    style: 'daily',
    text: `gm. $BTC wicked to 88.9k overnight and it's back at 93.8k like nothing happened 🤡 -0.9% on the day
$ETH tapped 2,966 and bounced to 3,612 (-2.6%)
$SOL -3.7% at $141, sitting right on the 150 support
who else got liquidated at 3am 🙋`,
    numbers: [
      { find: '88.9k', label: 'supported' },
      { find: '93.8k', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '2,966', label: 'supported' },
      { find: '3,612', label: 'contradicted', note: 'fact eth.price 3,162' },
      { find: '-2.6%', label: 'supported' },
      { find: '-3.7%', label: 'supported' },
      { find: '$141', label: 'supported' },
      { find: '150', label: 'contradicted', note: 'fact sol.support 140' },
      { find: '3am', label: 'ignored' },
    ],
  },
  {
    id: 'J-social-02',
    voice: 'social',
    style: 'daily',
    text: `memecoins getting cooked 🔥
$DOGE -4.5% → $0.184
$WIF -6.1% worst of the bunch
$PEPE -9.4%
$SHIB "only" -2.8% 💀
meme sector -4.3% overall, 0 of 4 green. $DOGE funding -0.21% 😳`,
    numbers: [
      { find: '-4.5%', label: 'supported' },
      { find: '$0.184', label: 'contradicted', note: 'fact doge.price 0.1642' },
      { find: '-6.1%', label: 'supported' },
      { find: '-9.4%', label: 'contradicted', note: 'fact pepe.change_24h -5.40' },
      { find: '-2.8%', label: 'supported' },
      { find: '-4.3%', label: 'supported' },
      { find: '0 of', label: 'supported' },
      { find: '4 green', label: 'supported' },
      { find: '-0.21%', label: 'contradicted', note: 'fact doge.funding_rate -0.021 (10x)' },
    ],
  },
  {
    id: 'J-social-03',
    voice: 'social',
    style: 'daily',
    text: `gaming szn?? 🎮 $AXS +4.1% to $1.73 while everything bleeds. $SAND +7.9%, $GALA +1.2%, $IMX the only red one at -1.2%. GameFi the only sector up, +1.2% on the day. $AXS +9% on the week too 👀 next stop $3`,
    numbers: [
      { find: '+4.1%', label: 'supported' },
      { find: '$1.73', label: 'supported' },
      { find: '+7.9%', label: 'contradicted', note: 'fact sand.change_24h +1.90' },
      { find: '+1.2%@1', label: 'supported' },
      { find: '-1.2%', label: 'contradicted', note: 'fact imx.change_24h -0.12 (10x)' },
      { find: '+1.2%@2', label: 'supported' },
      { find: '+9%', label: 'supported' },
      { find: '$3', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-social-04',
    voice: 'social',
    style: 'daily',
    text: `funding negative everywhere 🩳🩳
BTC -0.0087%, ETH -0.0314%, SOL -0.0162%, DOGE -0.021%. shorts paying longs.
$XRP the only one still positive at +0.0021%
BTC funding annualized like -19.5% lmao
OI down 11% in a day, $14.4B left. squeeze incoming 🚀 20% pump loading`,
    numbers: [
      { find: '-0.0087%', label: 'supported' },
      { find: '-0.0314%', label: 'contradicted', note: 'fact eth.funding_rate -0.0134' },
      { find: '-0.0162%', label: 'supported' },
      { find: '-0.021%', label: 'supported' },
      { find: '+0.0021%', label: 'supported' },
      { find: '-19.5%', label: 'contradicted', note: 'fact btc.funding_apr -9.53' },
      { find: '11%', label: 'supported' },
      { find: '$14.4B', label: 'supported' },
      { find: '20%', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-social-05',
    voice: 'social',
    style: 'daily',
    text: `CryptoSlate: $1.14B liquidated, 87% of it longs, 310k+ traders rekt 💀
per The Block one whale lost $48M on a 25x ETH long
Bitcoin Magazine says 523M left the spot BTC ETFs on Wednesday
binance app was down 20 min right at the bottom, classic
heard BTC ETF outflows hit $800M this week btw
BTC literally printed 86.5k on some venues`,
    numbers: [
      { find: '$1.14B', label: 'supported-by-source' },
      { find: '87%', label: 'supported-by-source' },
      { find: '310k+', label: 'supported-by-source' },
      { find: '$48M', label: 'supported-by-source' },
      { find: '25x', label: 'supported-by-source' },
      { find: '523M', label: 'supported-by-source' },
      { find: '20 min', label: 'ignored' },
      { find: '$800M', label: 'unsupported', note: 'invented ETF figure' },
      { find: '86.5k', label: 'contradicted', note: 'unattributed; fact btc.low_24h 88,894' },
    ],
  },
  {
    id: 'J-social-06',
    voice: 'social',
    style: 'sector',
    text: `L1 check 🧵
$SUI worst L1 today -6.4% 😭 sitting at $2.61
$NEAR -8.1%, $ADA -4.8%, $AVAX -4.6%, $DOT -4.2%
$XRP +0.2% and $BNB +0.1% the only green L1s. 2 of 10 lol
$AVAX -24.7% on the week ngmi
$ADA at 55 cents, 30-day high was 76c`,
    numbers: [
      { find: 'L1 check', label: 'ignored' },
      { find: 'L1 today', label: 'ignored' },
      { find: '-6.4%', label: 'supported' },
      { find: '$2.61', label: 'contradicted', note: 'fact sui.price 2.106' },
      { find: '-8.1%', label: 'contradicted', note: 'fact near.change_24h -5.07' },
      { find: '-4.8%', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: '-4.2%', label: 'supported' },
      { find: '+0.2%', label: 'supported' },
      { find: '+0.1%', label: 'supported' },
      { find: 'L1s', label: 'ignored' },
      { find: '2 of', label: 'supported' },
      { find: '10 lol', label: 'supported' },
      { find: '-24.7%', label: 'contradicted', note: 'fact avax.change_7d -14.74' },
      { find: '55 cents', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '76c', label: 'supported' },
    ],
  },
  {
    id: 'J-social-07',
    voice: 'social',
    style: 'weekly',
    text: `week in review 📉
$BTC -5%, $ETH -2.6%, $SOL -11%, $DOGE -4.5%, $PEPE -15%, $WIF -16.7%, $FIL -29%
only $AXS green at +9% 🎮
total OI -14.7%
memes worst sector at -12.7%, L1 "best" at -5.4% lol
BTC realized vol 62% 📈 ETH vol 43.7%`,
    numbers: [
      { find: '-5%', label: 'supported' },
      { find: '-2.6%', label: 'contradicted', note: 'weekly: fact eth.change_7d -6.93; -2.6 is the 24h change' },
      { find: '-11%', label: 'supported' },
      { find: '-4.5%', label: 'contradicted', note: 'weekly: fact doge.change_7d -13.63; -4.5 is the 24h change' },
      { find: '-15%', label: 'supported' },
      { find: '-16.7%', label: 'supported' },
      { find: '-29%', label: 'contradicted', note: 'fact fil.change_7d -18.99' },
      { find: '+9%', label: 'supported' },
      { find: '-14.7%', label: 'supported' },
      { find: '-12.7%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-5.4%', label: 'supported' },
      { find: '62%', label: 'supported' },
      { find: '43.7%', label: 'contradicted', note: 'weekly: fact eth.volatility_7d 26.7; 43.7 is the 30d vol' },
    ],
  },
  {
    id: 'J-social-08',
    voice: 'social',
    style: 'sector',
    text: `AI coins bleeding ex $TAO 🤖
$TAO +1.1% at $377, $FET +4.8%, $RENDER -4.1%, $VIRTUAL -6.8% (worst), $WLD -9.4%, $GRT -3.9%
1 of 7 AI coins green. sector -3.3%, mcap ~$13.6B on my list
$TAO to $500 EOY 🙏`,
    numbers: [
      { find: '+1.1%', label: 'supported' },
      { find: '$377', label: 'supported' },
      { find: '+4.8%', label: 'contradicted', note: 'sign: fact fet.change_24h -4.79' },
      { find: '-4.1%', label: 'supported' },
      { find: '-6.8%', label: 'supported' },
      { find: '-9.4%', label: 'contradicted', note: 'fact wld.change_24h -4.41' },
      { find: '-3.9%', label: 'supported' },
      { find: '1 of', label: 'supported' },
      { find: '7 AI', label: 'supported' },
      { find: '-3.3%', label: 'supported' },
      { find: '~$13.6B', label: 'supported' },
      { find: '$500', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-social-09',
    voice: 'social',
    style: 'daily',
    text: `$BTC dominance 58.4% and climbing. total mcap $3.21T (-3.6%). alt season cancelled 😂`,
    numbers: [
      { find: '58.4%', label: 'supported' },
      { find: '$3.21T', label: 'supported' },
      { find: '-3.6%', label: 'contradicted', note: 'fact market.cap_change_24h -1.6' },
    ],
  },
  {
    id: 'J-social-10',
    voice: 'social',
    style: 'sector',
    text: `$FIL -11% 💀 DePIN -6.8%, worst sector today. $FIL volume 2.5x normal. $HNT held up best at -3.9%, $IOTX -15%`,
    numbers: [
      { find: '-11%', label: 'supported' },
      { find: '-6.8%', label: 'supported' },
      { find: '2.5x', label: 'supported' },
      { find: '-3.9%', label: 'supported' },
      { find: '-15%', label: 'contradicted', note: 'fact iotx.change_24h -5.20' },
    ],
  },
  {
    id: 'J-social-11',
    voice: 'social',
    style: 'daily',
    text: `$BTC 24h range 88.9k–94.8k, ~6k of chop. support 90k, resistance 95k. flip 95k and we go 110k 🚀`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '88.9k', label: 'supported' },
      { find: '94.8k', label: 'supported' },
      {
        find: '~6k',
        label: 'unsupported',
        note: 'derived range (high minus low); The Block headline says it but is not cited. Debatable',
      },
      { find: '90k', label: 'supported' },
      { find: '95k@1', label: 'supported' },
      { find: '95k@2', label: 'supported' },
      { find: '110k', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-social-12',
    voice: 'social',
    style: 'daily',
    text: `leverage got flushed 🧹 $ETH OI -13.2%, $SOL OI -5.3%, $DOGE OI -18.4%. $XRP OI only -4.2%`,
    numbers: [
      { find: '-13.2%', label: 'supported' },
      { find: '-5.3%', label: 'contradicted', note: 'fact sol.oi_change_24h -15.3' },
      { find: '-18.4%', label: 'supported' },
      { find: '-4.2%', label: 'supported' },
    ],
  },
  {
    id: 'J-social-13',
    voice: 'social',
    style: 'sector',
    text: `L2s not looking great: $OP -3.3%, $ARB -2.9%, $POL -8.2%, $IMX basically flat -1.1%. sector -2.6%, 0 green. $ARB worst L2 on the week at -13.8%`,
    numbers: [
      { find: 'L2s', label: 'ignored' },
      { find: '-3.3%', label: 'supported' },
      { find: '-2.9%', label: 'supported' },
      { find: '-8.2%', label: 'contradicted', note: 'fact pol.change_24h -3.20' },
      { find: '-1.1%', label: 'contradicted', note: 'fact imx.change_24h -0.12' },
      { find: '-2.6%', label: 'supported' },
      { find: '0 green', label: 'supported' },
      { find: 'L2 on', label: 'ignored' },
      { find: '-13.8%', label: 'supported' },
    ],
  },
  {
    id: 'J-social-14',
    voice: 'social',
    style: 'daily',
    text: `🧵 what happened overnight
- $BTC nuked from ~94.8k to 88.9k in a few hours, now 93.8k. -0.9% on the day but 5% down on the week
- volume 3.3x the weekly avg, $8.9B spot
- 7d realized vol 62% vs 48% on the 30d
- $ETH low 2,966, now 3,162. ETH ETFs bled 214M per CoinDesk
- total OI -11% to $41.4B
- 6 of 30 coins on my list green
- dominance 60.4%
- last time funding was this negative we pumped 10% in a week`,
    numbers: [
      { find: '~94.8k', label: 'supported' },
      { find: '88.9k', label: 'supported' },
      { find: '93.8k', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '5% down', label: 'supported' },
      { find: '3.3x', label: 'contradicted', note: 'fact btc.volume_ratio_7d 2.27' },
      { find: '$8.9B', label: 'supported' },
      { find: '7d realized', label: 'ignored' },
      { find: '62%', label: 'supported' },
      { find: '48%', label: 'contradicted', note: 'fact btc.volatility_30d 38.5' },
      { find: '30d', label: 'ignored' },
      { find: '2,966', label: 'supported' },
      { find: '3,162', label: 'supported' },
      { find: '214M', label: 'supported-by-source' },
      { find: '-11%', label: 'supported' },
      { find: '$41.4B', label: 'contradicted', note: 'fact market.open_interest 14.42B' },
      { find: '6 of', label: 'supported' },
      { find: '30 coins', label: 'supported' },
      { find: '60.4%', label: 'contradicted', note: 'fact market.btc_dominance 58.35' },
      { find: '10%', label: 'unsupported', note: 'history (reddit post, not attributed)' },
    ],
  },
  {
    id: 'J-social-15',
    voice: 'social',
    style: 'daily',
    text: `CryptoSlate headline says only 3 of the top 30 finished green. my watchlist has 6 of 30 up: XRP, BNB, TAO, AXS, SAND, GALA. 24 red.
reddit says XRP funding flipped negative too. nope, still +0.0021%`,
    numbers: [
      { find: '3 of', label: 'contradicted', note: 'CryptoSlate headline; fact market.advancers_24h 6' },
      { find: 'top 30', label: 'ignored' },
      { find: '6 of', label: 'supported' },
      { find: '30 up', label: 'supported' },
      { find: '24 red', label: 'supported' },
      { find: '+0.0021%', label: 'supported' },
    ],
  },
  {
    id: 'J-social-16',
    voice: 'social',
    style: 'weekly',
    text: `weekly sector ranking 🏆
🥇 L1 -5.4%
🥈 gaming -6.7% (thx $AXS +9%, 1 of 4 green)
then AI -11.3%, L2 -11.7%, DePIN -21.2%, memes -12.7% 🤡`,
    numbers: [
      { find: 'L1', label: 'ignored' },
      { find: '-5.4%', label: 'supported' },
      { find: '-6.7%', label: 'supported' },
      { find: '+9%', label: 'supported' },
      { find: '1 of', label: 'supported' },
      { find: '4 green', label: 'supported' },
      { find: '-11.3%', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-11.7%', label: 'supported' },
      { find: '-21.2%', label: 'contradicted', note: 'fact sector.depin.change_7d -12.19' },
      { find: '-12.7%', label: 'supported' },
    ],
  },
  {
    id: 'J-social-17',
    voice: 'social',
    style: 'daily',
    text: `$SOL OI down to $1.06B (-15%), price $141, 24h low $121. funding -0.0162% = -17.7% APR. 30-day high was $194 and we're -18.5% on the month 😩 $SOL to $100 next?`,
    numbers: [
      { find: '$1.06B', label: 'supported' },
      { find: '-15%', label: 'supported' },
      { find: '$141', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$121', label: 'contradicted', note: 'fact sol.low_24h 131.34' },
      { find: '-0.0162%', label: 'supported' },
      { find: '-17.7%', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$194', label: 'contradicted', note: 'fact sol.swing_high_30d 184.07' },
      { find: '-18.5%', label: 'supported' },
      { find: '$100', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-social-18',
    voice: 'social',
    style: 'daily',
    text: `$ETH under the 30-day low of $3,196 🥲 trading $3,162. support 3k, resistance 3.5k. funding -0.0134% (-41.7% annualized). OI $8.46B, -13.2%. The Block: some degen lost $48M on a 25x long`,
    numbers: [
      { find: '30-day', label: 'ignored' },
      { find: '$3,196', label: 'supported' },
      { find: '$3,162', label: 'supported' },
      { find: '3k', label: 'supported' },
      { find: '3.5k', label: 'contradicted', note: 'fact eth.resistance 3,200' },
      { find: '-0.0134%', label: 'supported' },
      { find: '-41.7%', label: 'contradicted', note: 'fact eth.funding_apr -14.67' },
      { find: '$8.46B', label: 'contradicted', note: 'fact eth.open_interest 4.86B' },
      { find: '-13.2%', label: 'supported' },
      { find: '$48M', label: 'supported-by-source' },
      { find: '25x', label: 'supported-by-source' },
    ],
  },
  {
    id: 'J-social-19',
    voice: 'social',
    style: 'daily',
    text: `Decrypt: BTC volume ran 2.3x its weekly avg and FIL 2.5x. wild day
Cointelegraph going with "BTC -6% to 88,900" 🤔 my chart says -0.9% and $93.8k`,
    numbers: [
      { find: '2.3x', label: 'supported' },
      { find: '2.5x', label: 'supported' },
      { find: '-6%', label: 'contradicted', note: 'Cointelegraph headline; fact btc.change_24h -0.91' },
      { find: '88,900', label: 'contradicted', note: 'Cointelegraph headline as current price; fact btc.price 93,846' },
      { find: '-0.9%', label: 'supported' },
      { find: '$93.8k', label: 'supported' },
    ],
  },
  {
    id: 'J-social-20',
    voice: 'social',
    style: 'sector',
    text: `memes mcap $33.3B on my tracker, lost $15B today. CoinGecko memes category -4.1% on $13.7B volume. $WIF worst -6.1%, $SHIB best -4.8%`,
    numbers: [
      { find: '$33.3B', label: 'supported' },
      { find: '$15B', label: 'contradicted', note: 'fact sector.memes.market_cap_change_24h -1.49B (10x)' },
      { find: '-4.1%', label: 'supported' },
      { find: '$13.7B', label: 'supported' },
      { find: '-6.1%', label: 'supported' },
      { find: '-4.8%', label: 'contradicted', note: 'fact shib.change_24h -2.83' },
    ],
  },
  {
    id: 'J-social-21',
    voice: 'social',
    style: 'daily',
    text: `$BNB +0.1% at $918 and $XRP +2.2% at $2.51, the only majors green. The Block had them as 2 of only 6 gainers in the top 30`,
    numbers: [
      { find: '+0.1%', label: 'supported' },
      { find: '$918', label: 'supported' },
      { find: '+2.2%', label: 'contradicted', note: 'fact xrp.change_24h +0.18' },
      { find: '$2.51', label: 'contradicted', note: 'fact xrp.price 2.1548' },
      {
        find: '2 of',
        label: 'supported',
        note: 'debatable: no count fact, but XRP and BNB are two of the six advancers',
      },
      { find: '6 gainers', label: 'supported' },
      { find: 'top 30', label: 'ignored' },
    ],
  },
  {
    id: 'J-social-22',
    voice: 'social',
    style: 'daily',
    text: `cope post: $BTC was 126k in October, we're 25% off ATH. ETF outflows $523M yesterday. and CPI tomorrow lol`,
    numbers: [
      { find: '126k', label: 'unsupported', note: 'history' },
      { find: '25%', label: 'unsupported', note: 'history/derived' },
      { find: '$523M', label: 'unsupported', note: 'Bitcoin Magazine figure, not attributed' },
    ],
  },
  {
    id: 'J-social-23',
    voice: 'social',
    style: 'daily',
    text: `$DOGE funding -0.021% (-23% APR), OI $740M and down 18% in a day. price $0.164 just above the 0.16 support. $DOGE back to 20c soon`,
    numbers: [
      { find: '-0.021%', label: 'supported' },
      { find: '-23%', label: 'supported' },
      { find: '$740M', label: 'contradicted', note: 'fact doge.open_interest 470M' },
      { find: '18%', label: 'supported' },
      { find: '$0.164', label: 'supported' },
      { find: '0.16 support', label: 'supported' },
      { find: '20c', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-social-24',
    voice: 'social',
    style: 'daily',
    text: `$AVAX $15.94, lost the 16 level, next support 15. 30d -32% 🥶
$DOT $2.78 -2.4%, $NEAR $3.81 -5.1%`,
    numbers: [
      { find: '$15.94', label: 'supported' },
      { find: 'the 16 level', label: 'supported', note: 'avax.resistance 16' },
      { find: 'support 15', label: 'supported' },
      { find: '30d', label: 'ignored' },
      { find: '-32%', label: 'contradicted', note: 'fact avax.change_30d -22.2' },
      { find: '$2.78', label: 'supported' },
      { find: '-2.4%', label: 'contradicted', note: 'fact dot.change_24h -4.18' },
      { find: '$3.81', label: 'contradicted', note: 'fact near.price 2.806' },
      { find: '-5.1%', label: 'supported' },
    ],
  },
  {
    id: 'J-social-25',
    voice: 'social',
    style: 'daily',
    text: `calling it now: $BTC 150k in 2027, $ETH 10k 👀`,
    numbers: [
      { find: '150k', label: 'unsupported', note: 'forecast' },
      { find: '2027', label: 'ignored' },
      { find: '10k', label: 'unsupported', note: 'forecast' },
    ],
  },
];
