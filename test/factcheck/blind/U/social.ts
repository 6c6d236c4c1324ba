import type { BlindCase } from '../types.ts';

type N = BlindCase['numbers'][number];
const S = (find: string, note?: string): N =>
  note ? { find, label: 'supported', note } : { find, label: 'supported' };
const C = (find: string, note: string): N => ({ find, label: 'contradicted', note });
const U = (find: string, note: string): N => ({ find, label: 'unsupported', note });
const B = (find: string, note?: string): N =>
  note ? { find, label: 'supported-by-source', note } : { find, label: 'supported-by-source' };
const I = (find: string): N => ({ find, label: 'ignored' });

let n = 0;
const post = (text: string, numbers: N[], style: BlindCase['style'] = 'daily'): BlindCase => ({
  id: `U-social-${String(++n).padStart(2, '0')}`,
  voice: 'social',
  style,
  text,
  numbers,
});

export const cases: BlindCase[] = [
  post('$BTC -7.5% to 104.3k 😬 low was 103.1k, high 118.5k. pain.', [
    S('-7.5%'),
    S('104.3k'),
    S('103.1k'),
    C('118.5k', 'fact btc.high_24h 113524.56'),
  ]),
  post('$ETH down 9.5% at $3,650. support 3600 holding for now, resistance 3800 🙏 OI -12% in a day', [
    S('9.5%'),
    S('$3,650'),
    S('3600'),
    S('3800'),
    C('-12%', 'fact eth.oi_change_24h -22'),
  ]),
  post(
    '$SOL -11.2% 🩸 sitting at $158, 7d -24%. funding -0.045% per 8h lol shorts paying through the nose. OI down 25%',
    [S('-11.2%'), S('$158'), I('7d'), C('-24%', 'fact sol.change_7d -14.2'), S('-0.045%'), I('8h'), S('25%')],
  ),
  post("only one coin green out of 30 today and it's $TAO +12% 🤖 everything else red. 29 down.", [
    S('30'),
    C('+12%', 'fact tao.change_24h +1.2 (10x)'),
    S('29'),
  ]),
  post('memes got wrecked: $WIF -28%, $PEPE -17%, $DOGE -15%, $SHIB -4%. sector -15% 💀', [
    C('-28%', 'fact wif.change_24h -18.1'),
    S('-17%'),
    S('$DOGE -15%'),
    C('-4%', 'fact shib.change_24h -14.2'),
    S('sector -15%'),
  ]),
  post("$DOGE funding -0.06% per 8h, that's like -66% annualized 🤯 shorts crowded af. squeeze to 0.25 incoming", [
    S('-0.06%'),
    I('8h'),
    S('-66%'),
    U('0.25', 'forecast'),
  ]),
  post('BTC dominance 52.9% 👀 alts bleeding way harder. total mcap $3.47T -8.5%', [
    C('52.9%', 'fact market.btc_dominance 59.85'),
    S('$3.47T'),
    S('-8.5%'),
  ]),
  post('$XRP -9.1% @ $2.42, right on the $2.40 support. break that and $2.00 next', [
    S('-9.1%'),
    S('$2.42'),
    S('$2.40'),
    U('$2.00', 'forecast'),
  ]),
  post('L2s: $OP -13.2%, $ARB -21.0%, $POL -11.1%, $IMX -12.4%. whole L2 basket -12%', [
    I('L2s'),
    S('-13.2%'),
    C('-21.0%', 'fact arb.change_24h -12.5; 21.0 is the 7d value'),
    S('-11.1%'),
    S('-12.4%'),
    I('L2 basket'),
    S('-12%'),
  ]),
  post('gaming tokens -13% w/ $GALA -13.9% worst, $SAND -13.4%, $AXS -8.2% 🎮', [
    S('-13%'),
    S('-13.9%'),
    S('-13.4%'),
    C('-8.2%', 'fact axs.change_24h -12.8'),
  ]),
  post('ETF outflows $740M yesterday per CoinDesk, liquidations $1.9B 🔥', [
    B('$740M'),
    B('$1.9B', 'CoinDesk headline; attribution carries over in the same sentence'),
  ]),
  post('whale sent 12k BTC to an exchange 👀 bearish?', [U('12k', 'Reddit post figure, not attributed')]),
  post('bought more $BTC at 104k. 30 day low. funding -0.021%, OI -8%. see you at 150k 🚀', [
    S('104k'),
    I('30 day'),
    S('-0.021%'),
    C('-8%', 'fact btc.oi_change_24h -18'),
    U('150k', 'forecast'),
  ]),
  post('$AVAX -11.6% to $19.84, $ADA -10.4% to $0.26, $DOT -10.8%, $NEAR -14.1%, $SUI -12.6% worst L1 😵', [
    S('-11.6%'),
    S('$19.84'),
    S('-10.4%'),
    C('$0.26', 'fact ada.price 0.6217'),
    S('-10.8%'),
    C('-14.1%', 'fact near.change_24h -11.4'),
    S('-12.6%'),
    I('L1'),
  ]),
  post(
    'week recap 📉 $BTC -11%, $ETH -9%, $SOL -14%, $DOGE -21%, $TAO -5% (best of the AI bunch lol)',
    [S('-11%'), C('-9%', 'fact eth.change_7d -13.4'), S('-14%'), S('-21%'), S('-5%')],
    'weekly',
  ),
  post('OI flush: total OI -20% to $41.3B. ETH OI -22%, SOL -25%, DOGE -30%, XRP -15% 🧹', [
    S('-20%'),
    C('$41.3B', 'fact market.open_interest 14.28B'),
    S('-22%'),
    S('-25%'),
    S('-30%'),
    S('-15%'),
  ]),
  post('volume is insane, BTC 3.8x its 7d avg, WIF 5.9x, SOL 3.8x. total 24h vol $430B', [
    S('BTC 3.8x'),
    I('7d'),
    C('5.9x', 'fact wif.volume_ratio_7d 3.93'),
    S('SOL 3.8x'),
    I('24h'),
    S('$430B'),
  ]),
  post('$BNB the "safe" one at -7.2% lmao, $781. support 700', [
    S('-7.2%'),
    S('$781'),
    C('700', 'fact bnb.support 750'),
  ]),
  post('someone explain why $TAO is green while $VIRTUAL is -15.4% and $WLD -31.1%. AI index -8.7%', [
    S('-15.4%'),
    C('-31.1%', 'fact wld.change_24h -13.1'),
    S('-8.7%'),
  ]),
  post('ETH 30d -15%, BTC 30d -24%, SOL 30d -22% 📉 rough month', [
    I('ETH 30d'),
    S('-15%'),
    I('BTC 30d'),
    C('-24%', 'fact btc.change_30d -14.2'),
    I('SOL 30d'),
    S('-22%'),
  ]),
  post('The Block: $ARB unlock of 92.6M tokens next week. not the time for that 😅', [B('92.6M')]),
  post("bear case per Cointelegraph: BTC to $85k. I'll take the other side. BTC vol 7d only 16.8%? feels like 80", [
    B('$85k', 'debatable: forecast, but attributed to the Cointelegraph headline'),
    I('7d'),
    S('16.8%'),
    U('80', 'invented'),
  ]),
  post('gm. $ETH lowest 3,608 overnight, high 4,360. now 3,650. funding -0.03% ➡️ shorts paying longs', [
    S('3,608'),
    C('4,360', 'fact eth.high_24h 4062.91'),
    S('3,650'),
    S('-0.03%'),
  ]),
  post('DePIN -10% today, $HNT held best -19.4%, $IOTX -11.2%, $FIL -10.3% 📡', [
    S('-10%'),
    C('-19.4%', 'fact hnt.change_24h -9.4'),
    S('-11.2%'),
    S('-10.3%'),
  ]),
  post('BTC 24h volume $14.7B, ETH $89B, DOGE $3.2B, SOL $3.2B 🤝', [
    I('24h'),
    S('$14.7B'),
    C('$89B', 'fact eth.volume_24h 8.86B (10x)'),
    S('DOGE $3.2B'),
    S('SOL $3.2B'),
  ]),
  post('$XRP OI -15%, funding -0.012%, annualized -31%', [
    S('-15%'),
    S('-0.012%'),
    C('-31%', 'fact xrp.funding_apr -13.1'),
  ]),
  post('ngl memes -15% and still up 400% on the year 😂', [S('-15%'), U('400%', 'history, no fact')]),
  post(
    '🧵 what happened today:\n1/ $BTC -7.5%, now 104.3k after a 113.5k high\n2/ $ETH -12.5%, 30d low near 3,650\n3/ total OI -20%, funding negative on every major perp\n4/ $DOGE funding -0.6% (!!)\n5/ only $TAO green, +1.2%\n6/ memes worst sector -15%, L1s "best" at -8%\n7/ liquidations $1.9B per CoinDesk',
    [
      I('1/'),
      S('-7.5%'),
      S('104.3k'),
      S('113.5k'),
      I('2/'),
      C('-12.5%', 'fact eth.change_24h -9.5'),
      I('30d'),
      S('3,650'),
      I('3/'),
      S('-20%'),
      I('4/'),
      C('-0.6%', 'fact doge.funding_rate -0.06 (10x)'),
      I('5/'),
      S('+1.2%'),
      I('6/'),
      S('-15%'),
      I('L1s'),
      S('-8%'),
      I('7/'),
      B('$1.9B'),
    ],
  ),
  post(
    'ppl saying BTC bottom is in at 103k. funding -0.021% = ~-23%/yr, shorts paying. OI -18% to $72B. 7d OI -24.6%. next stop 95k. capitulation 🫡',
    [
      S('103k'),
      S('-0.021%'),
      S('~-23%'),
      S('-18%'),
      C('$72B', 'fact btc.open_interest 7.2B (10x)'),
      I('7d'),
      S('-24.6%'),
      U('95k', 'forecast'),
    ],
  ),
  post('$SUI -12.6%, $AVAX -11.6%, $NEAR -4.1%, $ADA -10.4%, $DOT -18.0%. all the alt L1s between -10% and -13%', [
    S('-12.6%'),
    S('-11.6%'),
    C('-4.1%', 'fact near.change_24h -11.4'),
    S('-10.4%'),
    C('-18.0%', 'fact dot.change_24h -10.8'),
    I('L1s'),
    S('-10%', 'range endpoint; debatable'),
    S('-13%', 'range endpoint; debatable'),
  ]),
  post('ether OI down 22% per The Block, XRP OI down 25% 🧹', [S('22%'), C('25%', 'fact xrp.oi_change_24h -15')]),
  post('$PEPE -16.8% at 0.0000742 🐸', [S('-16.8%'), C('0.0000742', 'fact pepe.price 0.00000742 (10x)')]),
  post('Bitcoin Magazine: miner dumped 1,850 BTC 😬', [B('1,850')]),
  post(
    '7 days of pain: total OI -27.6%, $ETH OI -29.8%, $SOL OI -23.4%, $DOGE OI -38.5%',
    [I('7 days'), S('-27.6%'), S('-29.8%'), C('-23.4%', 'fact sol.oi_change_7d -33.4'), S('-38.5%')],
    'weekly',
  ),
  post('AI tokens -8.7% but $TAO +1.2% to $381 🧠 mcap ~$3B', [
    S('-8.7%'),
    S('+1.2%'),
    C('$381', 'fact tao.price 318.4'),
    S('~$3B'),
  ]),
  post('total mcap down $320B today 📉', [U('$320B', 'derived from cap and % change, no fact')]),
  post('BTC 30d vol 29.3%, ETH 30d vol 28%, SOL 30d vol 75% 📊', [
    I('BTC 30d'),
    S('29.3%'),
    I('ETH 30d'),
    S('28%'),
    I('SOL 30d'),
    C('75%', 'fact sol.volatility_30d 54.6'),
  ]),
  post(
    'wait what, $SOL funding +0.045% and $ETH +0.03%? longs paying again. $XRP +0.012% too. ETH OI up 22% 🤔 and $BTC 7d vol 61%',
    [
      C('+0.045%', 'fact sol.funding_rate -0.045: sign flipped'),
      C('+0.03%', 'fact eth.funding_rate -0.03: sign flipped'),
      C('+0.012%', 'fact xrp.funding_rate -0.012: sign flipped'),
      C('22%', 'fact eth.oi_change_24h -22: direction flipped'),
      I('7d'),
      C('61%', 'fact btc.volatility_7d 16.8'),
    ],
  ),
  post('$WIF volume 3.9x its avg, $PEPE 3.6x, $DOGE 7.6x 🔥', [
    S('3.9x'),
    S('3.6x'),
    C('7.6x', 'fact doge.volume_ratio_7d 3.76'),
  ]),
];
