import type { BlindCase } from '../types.ts';

type N = BlindCase['numbers'][number];
const S = (find: string, note?: string): N => (note ? { find, label: 'supported', note } : { find, label: 'supported' });
const C = (find: string, note: string): N => ({ find, label: 'contradicted', note });
const U = (find: string, note: string): N => ({ find, label: 'unsupported', note });
const B = (find: string, note?: string): N => (note ? { find, label: 'supported-by-source', note } : { find, label: 'supported-by-source' });
const I = (find: string): N => ({ find, label: 'ignored' });

let n = 0;
const ed = (style: BlindCase['style'], text: string, numbers: N[]): BlindCase => ({
  id: `U-edited-${String(++n).padStart(2, '0')}`,
  voice: 'edited',
  style,
  text,
  numbers,
});

export const cases: BlindCase[] = [
  ed('daily', 'Bitcoin fell 7. 5% over the the last 24 hours to $104\u2009300, its lowest level in 30 days, after an intraday high of $131,525 . Ether underperformed, dropping 5.9 % to $3,650, while sol slid 11.2% to $158.26 and xrp lost 9.1% to $4.22. Bnb was the most resilient of the majors at -7.2 %, trading at $718.30.', [
    S('7. 5%'), I('24 hours'), S('$104\u2009300'), I('30 days'), C('$131,525', 'fact btc.high_24h 113524.56'),
    C('5.9 %', 'fact eth.change_24h -9.5'), S('$3,650'), S('11.2%'), S('$158.26'), S('9.1%'), C('$4.22', 'fact xrp.price 2.4182'),
    S('-7.2 %'), C('$718.30', 'fact bnb.price 781.3'),
  ]),
  ed('daily', 'Derivatives. Open interest across the market fell 20. 3% to $14.28 billion; Btc OI dropped 18 % to $2.7 billion and eTH OI 32% to $4.6 billion. Funding is negative on all all the major perps - BTC -0.021 % per 8 h, ETH -0.03%, SOL +0.045%, XRP -0.12% and DOGE -0.060 % - which means shorts are paying longs. Annualised, bitcoin\'s rate is about -23 % and dogecoin\'s about -6.6%. The OI-weighted average funding is -0.027%.', [
    S('20. 3%'), S('$14.28 billion'), S('18 %'), C('$2.7 billion', 'fact btc.open_interest 7.2B'), C('32%', 'fact eth.oi_change_24h -22'),
    S('$4.6 billion'), S('-0.021 %'), I('8 h'), S('-0.03%'), C('+0.045%', 'fact sol.funding_rate -0.045: sign flipped'),
    C('-0.12%', 'fact xrp.funding_rate -0.012 (10x)'), S('-0.060 %'), S('-23 %'), C('-6.6%', 'fact doge.funding_apr -65.7 (10x)'), S('-0.027%'),
  ]),
  ed('sector', 'Sector moves : Memecoins were the worst sector, down 15.2 %, led lower by dogwifhat (-18.1%) and pepe (-26. 8%). Gaming tokens lost 31%, with GALA the worst-performing at -13.9% and imx the best at -12.4 %. Rollup tokens (ARB, OP, POL and IMX) fell 12.1% as a group; POL was the the weakest at -13.2%. DePIN dropped 10.2 %, AI 18.7%, and the smart contract platforms 8.1%, the best best showing of the day. Bittensor was the lone gainer, up 1.2 %.', [
    S('15.2 %'), S('-18.1%'), C('-26. 8%', 'fact pepe.change_24h -16.8'), C('31%', 'fact sector.gaming.change_24h -13.05'),
    S('-13.9%'), S('-12.4 %'), S('12.1%'), C('-13.2%', 'weakest L2 is op -13.2; pol.change_24h -11.1'), S('10.2 %'),
    C('18.7%', 'fact sector.ai.change_24h -8.7'), S('platforms 8.1%'), S('1.2 %'),
  ]),
  ed('daily', 'The total crypto market cap fell 5.8% to $3.47 trillion , while bitcoin dominance rose to 59. 9%. Only 19 of the 30 assets on our watch list declined. BTC\'s support is at $100,000 and resistance at $105\u2009000; ETH support $3,600, resistance $3, 800; Sol support $160 , resistance $150. Xrp has support at $2.40 and resistance at $2.50. BNB\'s levels are $750 and $800. The 30-day swing high for bitcoin is $127,335, the swing-low $110,150.', [
    C('5.8%', 'fact market.cap_change_24h -8.5'), S('$3.47 trillion'), S('59. 9%'), C('19 of', 'fact market.decliners_24h 29'), S('30 assets'),
    S('$100,000'), S('$105\u2009000'), S('$3,600'), S('$3, 800'), C('$160', 'swapped: sol.support 150'), C('$150', 'swapped: sol.resistance 160'),
    S('$2.40'), S('$2.50'), S('$750'), S('$800'), I('30-day'), S('$127,335'), S('$110,150'),
  ]),
  ed('weekly', 'Week in review. Over the week Btc lost 11 %, eth 13.4%, SOL 11.2 % and xrp 18.1%. Memes fell 21.1%, the the worst of the six sectors, and L2s 19%. Gaming dropped 18. 8%, AI 15.2 %, DePIN 24.7% and the L1 group 11.5 %. Dogecoin is down 20.8 % for the week and Tao is up 4.9%, the best of the AI names. Total open interest is 27.6 % lower, and bitcoin OI is down 24.6%.', [
    S('11 %'), S('13.4%'), C('11.2 %', 'fact sol.change_7d -14.2; 11.2 is the 24h value'), C('18.1%', 'fact xrp.change_7d -11.8'), S('21.1%'), I('L2s'), S('19%'),
    S('18. 8%'), S('15.2 %'), C('24.7%', 'fact sector.depin.change_7d -14.7'), I('L1'), S('11.5 %'), S('20.8 %'),
    C('4.9%', 'fact tao.change_7d -4.85: direction flipped'), S('27.6 %'), S('24.6%'),
  ]),
  ed('daily', 'According to CoinDesk , US spot bitcoin ETFs recorded $740 million in net outflows, the largest in two months, and liquidations topped $1.9 billion. Decrypt reported a DeFi protocol lost $41 million to an oracle attack. The Block says 92.6 million ARB tokens unlock next week. A Cointelegraph headline claims dogecoin climbed 3%, but DOGE is actually down 15.1 % on the day. Bitcoin Magazine reported that a public miner sold 1, 850 BTC. Some traders think bitcoin could drop to $85,000, others expect $120,000 by year-end.', [
    B('$740 million'), B('$1.9 billion'), B('$41 million'), B('92.6 million'),
    C('3%', 'Cointelegraph figure contradicted by doge.change_24h -15.1; debatable since the text disputes it'), S('15.1 %'), B('1, 850'),
    U('$85,000', 'unattributed forecast'), U('$120,000', 'forecast'),
  ]),
  ed('daily', 'Alt-coins: ada -10.4% at $0.6217, Avax -11. 6% at $17.84, DOT -10.8% to $3.246, near -11.4% to $2.860 and sui -12.6 % to $2.7614, the worst L1. Arb fell 21.0%, op 13.2 %, pol 11.1% and Imx 12.4%. Fet lost 11.3 %, render 10.2%, grt 6.1%, Virtual 15.4% and wld 13.1 %. Fil fell 10.3%, hnt 19.4% and iotx 11.2%. Axs -12.8%, sand -13.4% and gala -13.9%. Doge -15.1%, shib -4.2%, pepe -16.8% and wif -18.1 %.', [
    S('-10.4%'), S('$0.6217'), S('-11. 6%'), C('$17.84', 'fact avax.price 19.84'), S('-10.8%'), S('$3.246'), S('-11.4%'),
    C('$2.860', 'fact near.price 2.086'), S('-12.6 %'), S('$2.7614'), I('L1'), C('21.0%', 'fact arb.change_24h -12.5; 21.0 is the 7d value'),
    S('13.2 %'), S('11.1%'), S('12.4%'), S('11.3 %'), S('10.2%'), C('6.1%', 'fact grt.change_24h -10.6'), S('15.4%'), S('13.1 %'),
    S('10.3%'), C('19.4%', 'fact hnt.change_24h -9.4'), S('iotx 11.2%'), S('-12.8%'), S('-13.4%'), S('-13.9%'), S('-15.1%'),
    C('-4.2%', 'fact shib.change_24h -14.2'), S('-16.8%'), S('-18.1 %'),
  ]),
  ed('daily', 'Volume : spot trading in bitcoin hit $14.7 billion, about 3.8 times its 7-day average, and ether\'s volume of $8.86 billion ran 7.3x normal. Total 24h volume was $43 billion. Realised volatility (seven-day, annualised) is 16.8% for BTC, 17.1 % for ETH and 49.4% for SOL; dogecoin\'s stands at 109%. Decrypt said dogwifhat\'s volume was about 3.9 times its weekly average.', [
    S('$14.7 billion'), S('3.8 times'), I('7-day'), S('$8.86 billion'), C('7.3x', 'fact eth.volume_ratio_7d 3.70'), I('24h'),
    C('$43 billion', 'fact market.volume_24h 430B (10x)'), S('16.8%'), S('17.1 %'), C('49.4%', 'fact sol.volatility_7d 69.4'), S('109%'),
    S('3.9 times', 'fact wif.volume_ratio_7d 3.93; also the Decrypt summary'),
  ]),
  ed('daily', 'Funding check - BTC perps at -0.021 % per 8 hours means longs are paying shorts, and ETH\'s -0.030% is similar. Sol\'s annualised rate is roughly -49 %, Xrp\'s -13% and Doge\'s -0.06% per period is the most negative.', [
    C('-0.021 %', 'payer wrong: negative funding means shorts pay longs; debatable whether this belongs on the number'),
    I('8 hours'), S('-0.030%'), S('-49 %'), S('-13%'), S('-0.06%'),
  ]),
  ed('daily', 'Market caps: Bitcoin $2.08 trillion, Ether $440.6 billion, XRP $114.4 billion, BNB $108.7 billion, Solana $86.1 billion , Dogecoin $52.6 billion and Cardano $22.6 billion. The meme sector lost about $6.3 billion in value over the day and the L2 sector is worth roughly $6.1 billion.', [
    S('$2.08 trillion'), S('$440.6 billion'), C('$114.4 billion', 'fact xrp.market_cap 144.4B'), S('$108.7 billion'), S('$86.1 billion'),
    C('$52.6 billion', 'fact doge.market_cap 25.6B'), S('$22.6 billion'), S('$6.3 billion'), I('L2'),
    S('$6.1 billion', 'sector.l2.market_cap 6.08B; debatable: category_cap is 11.2B'),
  ]),
  ed('daily', 'eth\'s 24h range ran from $3,607.97 to $4,620.91; btc\'s from $103,096 to $113,525 . Sol traded between $157.88 and $198.58, and doge between $0.1697 and $0.2006. Xrp\'s 24 hour low of $2.4174 sits right on support.', [
    I('24h'), S('$3,607.97'), C('$4,620.91', 'fact eth.high_24h 4062.91'), S('$103,096'), S('$113,525'), S('$157.88'),
    C('$198.58', 'fact sol.high_24h 178.58'), S('$0.1697'), S('$0.2006'), I('24 hour'), S('$2.4174'),
  ]),
  ed('weekly', 'Seven-day changes in the AI basket: Fet -18.2%, render -10.2 %, tao +4.9%, grt -11.3%, virtual -24.8%, wld -32.8% and near -16.6 %. The sector as a whole lost 15.2%.', [
    S('-18.2%'), C('-10.2 %', 'fact render.change_7d -15.4; 10.2 is the 24h value'), C('+4.9%', 'fact tao.change_7d -4.85: sign flipped'),
    S('-11.3%'), S('-24.8%'), C('-32.8%', 'fact wld.change_7d -23.8'), S('-16.6 %'), S('15.2%'),
  ]),
  ed('daily', "Bitcoin's 30 day volatility is 29. 3 %, ether's 38.0%.", [
    I('30 day'), S('29. 3 %'), C('38.0%', 'fact eth.volatility_30d 28.0'),
  ]),
];
