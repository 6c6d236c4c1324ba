import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'S-words-01',
    voice: 'words',
    style: 'daily',
    text:
      'Memecoins ran the show. The meme sector climbed about fourteen and a half per cent, and all four of its members finished higher. PEPE led, up roughly a third, with dogwifhat up about twenty-seven per cent and dogecoin up some thirteen per cent. Bitcoin barely moved, adding three tenths of one per cent to sit near one hundred and fifteen thousand eight hundred dollars, while ether rose about one point one per cent. Across the watchlist, twenty-one of thirty tokens rose and nine fell.',
    numbers: [
      { find: 'fourteen and a half per cent', label: 'supported' },
      { find: 'all four', label: 'supported' },
      { find: 'a third', label: 'supported', note: 'pepe.change_24h 34.06; roughly a third ~33.3, within hedge' },
      { find: 'twenty-seven per cent', label: 'supported' },
      { find: 'thirteen per cent', label: 'supported' },
      { find: 'three tenths of one per cent', label: 'supported' },
      { find: 'one hundred and fifteen thousand eight hundred dollars', label: 'supported' },
      { find: 'one point one per cent', label: 'supported' },
      { find: 'twenty-one of thirty', label: 'supported' },
      { find: 'nine', label: 'supported' },
    ],
  },
  {
    id: 'S-words-02',
    voice: 'words',
    style: 'daily',
    text:
      'Gaming was the weak spot: the sector lost about one point eight per cent and none of its four tokens gained. Axie Infinity fell almost four per cent, the worst of the group, and The Sandbox dropped about six per cent.',
    numbers: [
      { find: 'one point eight per cent', label: 'supported' },
      { find: 'four tokens', label: 'supported' },
      { find: 'four per cent', label: 'supported', note: 'axs -3.90' },
      { find: 'six per cent', label: 'contradicted', note: 'sand.change_24h -2.80' },
    ],
  },
  {
    id: 'S-words-03',
    voice: 'words',
    style: 'daily',
    text:
      'In derivatives, dogecoin open interest jumped by more than a third in a day, and funding on DOGE perpetuals reached about five hundredths of a per cent every eight hours. Bitcoin funding was a mild nine thousandths of a per cent, and XRP funding dipped slightly below zero. Total open interest rose by about three per cent to roughly nineteen billion dollars.',
    numbers: [
      { find: 'a third', label: 'supported', note: 'doge.oi_change_24h 38; more than 33.3, <1.5x' },
      { find: 'five hundredths of a per cent', label: 'supported', note: 'doge funding 0.052 ~0.05' },
      { find: 'eight hours', label: 'ignored' },
      { find: 'nine thousandths of a per cent', label: 'supported' },
      { find: 'three per cent', label: 'supported', note: 'market.oi_change_24h 3.26; about 3 at whole-digit precision' },
      { find: 'nineteen billion dollars', label: 'supported', note: 'market OI 19.25B, roughly 19B' },
    ],
  },
  {
    id: 'S-words-04',
    voice: 'words',
    style: 'daily',
    text:
      'Ether traded at about four thousand four hundred and eighty dollars, a little below resistance at four thousand six hundred. Solana added roughly one point six per cent to two hundred and twenty-four dollars, while XRP slipped two tenths of a per cent. Cardano was flat at best, and Polkadot lost about nine tenths of a per cent. Bitcoin dominance held at fifty-nine and a half per cent.',
    numbers: [
      { find: 'four thousand four hundred and eighty dollars', label: 'supported' },
      { find: 'four thousand six hundred', label: 'supported', note: 'eth.resistance 4600' },
      { find: 'one point six per cent', label: 'supported' },
      { find: 'two hundred and twenty-four dollars', label: 'supported' },
      { find: 'two tenths of a per cent', label: 'supported' },
      { find: 'nine tenths of a per cent', label: 'supported' },
      { find: 'fifty-nine and a half per cent', label: 'supported' },
    ],
  },
  {
    id: 'S-words-05',
    voice: 'words',
    style: 'weekly',
    text:
      'Over the week the meme basket gained about a fifth, with PEPE up more than forty per cent and dogwifhat up close to thirty. Bitcoin managed only one and a half per cent, and ether rose about three per cent. Sui was the best of the layer-one group with a gain of nearly nine and a half per cent, while Cardano lost about five per cent, the worst. Dogecoin open interest climbed roughly sixty per cent.',
    numbers: [
      { find: 'a fifth', label: 'supported', note: 'memes 7d 20.5' },
      { find: 'forty per cent', label: 'supported', note: 'pepe 7d 41.8' },
      { find: 'thirty', label: 'supported', note: 'wif 7d 29.7' },
      { find: 'one and a half per cent', label: 'supported' },
      { find: 'three per cent', label: 'contradicted', note: 'eth.change_7d 0.71' },
      { find: 'nine and a half per cent', label: 'supported', note: 'sui 7d 9.47' },
      { find: 'five per cent', label: 'supported', note: 'ada 7d -5.15' },
      { find: 'sixty per cent', label: 'supported', note: 'doge oi 7d 61.5' },
    ],
  },
  {
    id: 'S-words-06',
    voice: 'words',
    style: 'daily',
    text:
      'AI tokens rose about one point six per cent, with six of seven in the green. Virtuals Protocol led at roughly four per cent and Render was the lone loser. Fetch.ai gained around two and a half per cent and Bittensor nearly nine per cent.',
    numbers: [
      { find: 'one point six per cent', label: 'supported' },
      { find: 'six of seven', label: 'supported' },
      { find: 'four per cent', label: 'supported', note: 'virtual 4.20' },
      { find: 'two and a half per cent', label: 'supported', note: 'fet 2.40 within 4%' },
      { find: 'nine per cent', label: 'contradicted', note: 'tao.change_24h 2.20' },
    ],
  },
  {
    id: 'S-words-07',
    voice: 'words',
    style: 'daily',
    text:
      'Bitcoin rose about three per cent on the day, and its volume ran at roughly twice the seven-day average. The total market value edged up one per cent to about three point nine trillion dollars. Layer-two tokens lost half a per cent, and DePIN rose by a similar amount.',
    numbers: [
      { find: 'three per cent', label: 'contradicted', note: 'btc.change_24h 0.30, 10x slip' },
      { find: 'twice', label: 'contradicted', note: 'btc.volume_ratio_7d 0.92' },
      { find: 'seven-day', label: 'ignored' },
      { find: 'one per cent', label: 'supported' },
      { find: 'three point nine trillion dollars', label: 'supported', note: '3.876T' },
      { find: 'half a per cent', label: 'contradicted', note: 'l2 +0.41, not a loss' },
    ],
  },
  {
    id: 'S-words-08',
    voice: 'words',
    style: 'sector',
    text:
      'Layer one: eight of ten members rose, up a bit under half a per cent as a group. NEAR was the best with a gain of about two per cent; Polkadot was the worst, down about nine tenths of a per cent. Avalanche climbed around five per cent, and BNB held above one thousand dollars. Analysts see Solana at three hundred dollars by Christmas.',
    numbers: [
      { find: 'eight of ten', label: 'supported' },
      { find: 'half a per cent', label: 'supported', note: 'l1 0.47, a bit under half' },
      { find: 'two per cent', label: 'supported' },
      { find: 'nine tenths of a per cent', label: 'supported' },
      { find: 'five per cent', label: 'contradicted', note: 'avax.change_24h 1.20; 5.2 is 7d' },
      { find: 'one thousand dollars', label: 'supported', note: 'bnb 1004.6' },
      { find: 'three hundred dollars', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'S-words-09',
    voice: 'words',
    style: 'daily',
    text:
      'Ether funding was about one hundredth of a per cent per eight hours, or roughly twelve per cent a year. Dogecoin funding, annualized, came to more than fifty per cent. Open interest on ether rose about two per cent, while XRP open interest fell about five per cent.',
    numbers: [
      { find: 'one hundredth of a per cent', label: 'supported', note: 'eth funding 0.011 ~0.01, debatable' },
      { find: 'eight hours', label: 'ignored' },
      { find: 'twelve per cent', label: 'supported' },
      { find: 'fifty per cent', label: 'supported', note: 'doge apr 56.94' },
      { find: 'two per cent', label: 'supported' },
      { find: 'five per cent', label: 'contradicted', note: 'xrp.oi_change_24h -1.0' },
    ],
  },
  {
    id: 'S-words-10',
    voice: 'words',
    style: 'daily',
    text:
      'Memecoin turnover was frantic: dogecoin volume ran at about five times its weekly average and shiba inu near ten times. The meme sector is now worth about fifty-nine billion dollars on our watchlist. Bitcoin sits roughly four thousand dollars below its resistance.',
    numbers: [
      { find: 'five times', label: 'supported' },
      { find: 'ten times', label: 'contradicted', note: 'shib.volume_ratio_7d 4.70' },
      { find: 'fifty-nine billion dollars', label: 'supported' },
      { find: 'four thousand dollars', label: 'unsupported', note: 'distance to level, derived' },
    ],
  },
  {
    id: 'S-words-11',
    voice: 'words',
    style: 'daily',
    text:
      'Shiba inu was the laggard of the meme group yet still rose about nine and a half per cent. Its price is near sixteen millionths of a dollar. Gala lost about two per cent and Immutable slipped by less than half a per cent.',
    numbers: [
      { find: 'nine and a half per cent', label: 'supported' },
      { find: 'sixteen millionths of a dollar', label: 'supported', note: 'shib 0.0000162' },
      { find: 'two per cent', label: 'supported', note: 'gala -1.90' },
      { find: 'half a per cent', label: 'supported', note: 'imx -0.40' },
    ],
  },  {
    id: 'S-words-12',
    voice: 'words',
    style: 'daily',
    text:
      'Bitcoin slipped about a third of a per cent on the day, and it is now down roughly eight per cent over the past month. Its thirty-day swing high sits near one hundred and twenty-one thousand dollars, and support is seen at one hundred and fifteen thousand. Bitcoin Magazine reported that the coin is up about one and a half per cent on the week.',
    numbers: [
      { find: 'a third of a per cent', label: 'contradicted', note: 'btc.change_24h +0.30, direction wrong' },
      { find: 'eight per cent', label: 'contradicted', note: 'btc.change_30d -1.01' },
      { find: 'thirty-day', label: 'ignored' },
      { find: 'one hundred and twenty-one thousand dollars', label: 'supported', note: 'btc.swing_high_30d 120966' },
      { find: 'one hundred and fifteen thousand', label: 'supported' },
      { find: 'one and a half per cent', label: 'supported', note: 'btc.change_7d 1.50 (fact and Bitcoin Magazine)' },
    ],
  },
  {
    id: 'S-words-13',
    voice: 'words',
    style: 'daily',
    text:
      'The memecoin surge was broad but not evenly spread. Dogwifhat gained about thirty-four per cent to lead the sector, ahead of PEPE. Shiba inu rose by about a tenth, and dogecoin added nearly a fifth.',
    numbers: [
      { find: 'thirty-four per cent', label: 'contradicted', note: 'wif 27.0; 34 is pepe; leader wrong (pepe best)' },
      { find: 'a tenth', label: 'supported', note: 'shib 9.53 ~ a tenth' },
      { find: 'a fifth', label: 'contradicted', note: 'doge.change_24h 13.0; a fifth is 7d' },
    ],
  },
  {
    id: 'S-words-14',
    voice: 'words',
    style: 'daily',
    text:
      'Only nine of the thirty tokens we track fell, but two of the six sectors ended lower. Layer one gained about half a per cent, AI about one point six, and DePIN slipped about two thirds of a per cent. Gaming was the second-worst sector.',
    numbers: [
      { find: 'nine of the thirty', label: 'supported' },
      { find: 'two of the six', label: 'supported', note: 'depin and gaming down; debatable count from sector facts' },
      { find: 'half a per cent', label: 'supported', note: 'l1 0.47' },
      { find: 'one point six', label: 'supported' },
      { find: 'two thirds of a per cent', label: 'supported', note: 'depin -0.66' },
      { find: 'second-worst', label: 'contradicted', note: 'gaming -1.81 is worst sector' },
    ],
  },
  {
    id: 'S-words-15',
    voice: 'words',
    style: 'weekly',
    text:
      'This week the AI basket rose about one and a half per cent, led by Virtuals, which gained about thirteen per cent. Worldcoin was the worst, losing roughly five per cent. Gaming lost about seven per cent as a group, and layer two was flat, up a tenth of a per cent. Total open interest grew about six per cent.',
    numbers: [
      { find: 'one and a half per cent', label: 'supported', note: 'ai 7d 1.56' },
      { find: 'thirteen per cent', label: 'supported', note: 'virtual 7d 13.45' },
      { find: 'five per cent', label: 'supported', note: 'wld 7d -5.04' },
      { find: 'seven per cent', label: 'contradicted', note: 'gaming 7d -1.66; -7.3 is AXS' },
      { find: 'a tenth of a per cent', label: 'supported', note: 'l2 7d 0.13' },
      { find: 'six per cent', label: 'supported', note: 'market.oi_change_7d 5.70' },
    ],
  },
  {
    id: 'S-words-16',
    voice: 'words',
    style: 'daily',
    text:
      'Futures positioning tilted bullish. XRP funding turned slightly negative, so shorts paid longs there, while dogecoin longs paid about a twentieth of a per cent every eight hours. Bitcoin open interest rose about ten per cent to some nine billion dollars, and ether open interest reached about six billion.',
    numbers: [
      { find: 'a twentieth of a per cent', label: 'supported', note: 'doge funding 0.052 ~ 0.05' },
      { find: 'eight hours', label: 'ignored' },
      { find: 'ten per cent', label: 'contradicted', note: 'btc.oi_change_24h 1.0, 10x slip' },
      { find: 'nine billion dollars', label: 'supported', note: 'btc OI 9.1B' },
      { find: 'six billion', label: 'supported' },
    ],
  },
  {
    id: 'S-words-17',
    voice: 'words',
    style: 'daily',
    text:
      'Solana is worth about one hundred and twenty-two billion dollars. It trades a whisker above support at two hundred and twenty dollars and below resistance at two hundred and forty. Near Protocol rose about two per cent; Sui gained about ten per cent.',
    numbers: [
      { find: 'one hundred and twenty-two billion dollars', label: 'supported' },
      { find: 'two hundred and twenty dollars', label: 'supported' },
      { find: 'two hundred and forty', label: 'contradicted', note: 'sol.resistance 230' },
      { find: 'two per cent', label: 'supported', note: 'near 2.10' },
      { find: 'ten per cent', label: 'contradicted', note: 'sui.change_24h 1.60; 9.47 is 7d' },
    ],
  },
  {
    id: 'S-words-18',
    voice: 'words',
    style: 'daily',
    text:
      'According to CoinDesk, spot bitcoin funds took in four hundred and ten million dollars, the most since July. A cross-chain bridge lost forty-one million dollars in an exploit, Decrypt said. Reports said Worldcoin will unlock about thirty-nine million tokens next week. A fund manager thinks bitcoin could reach one hundred and fifty thousand dollars by year-end.',
    numbers: [
      { find: 'four hundred and ten million dollars', label: 'supported-by-source', note: 'CoinDesk headline' },
      { find: 'forty-one million dollars', label: 'supported-by-source', note: 'Decrypt headline' },
      { find: 'thirty-nine million', label: 'unsupported', note: 'unattributed (The Block 38.6M)' },
      { find: 'one hundred and fifty thousand dollars', label: 'unsupported', note: 'forecast, unattributed' },
    ],
  },
  {
    id: 'S-words-19',
    voice: 'words',
    style: 'daily',
    text:
      'Total crypto trading volume came to about one hundred and fifty-eight billion dollars, while the market cap rose about four per cent. Avalanche traded near twenty-five dollars, Cardano near eighty-four cents and Polkadot just above four dollars. Arbitrum rose about nine tenths of a per cent to forty-one cents.',
    numbers: [
      { find: 'one hundred and fifty-eight billion dollars', label: 'supported' },
      { find: 'four per cent', label: 'contradicted', note: 'market.cap_change_24h 1' },
      { find: 'twenty-five dollars', label: 'supported', note: 'avax 24.87' },
      { find: 'eighty-four cents', label: 'supported' },
      { find: 'four dollars', label: 'supported', note: 'dot 4.018' },
      { find: 'nine tenths of a per cent', label: 'supported' },
      { find: 'forty-one cents', label: 'supported', note: 'arb 0.4127' },
    ],
  },
  {
    id: 'S-words-20',
    voice: 'words',
    style: 'daily',
    text:
      'Ether realized volatility over the week ran at about thirty-five per cent annualized, while PEPE was above one hundred per cent. Bitcoin’s was the calmer of the majors at about forty per cent. Ether dominance is not tracked, but bitcoin’s share slipped to about sixty-two per cent.',
    numbers: [
      { find: 'thirty-five per cent', label: 'supported' },
      { find: 'one hundred per cent', label: 'supported', note: 'pepe vol 109' },
      { find: 'forty per cent', label: 'contradicted', note: 'btc.volatility_7d 22.9' },
      { find: 'sixty-two per cent', label: 'contradicted', note: 'btc_dominance 59.5' },
    ],
  },
  {
    id: 'S-words-21',
    voice: 'words',
    style: 'daily',
    text:
      'Quick take on the majors. BNB rose seven tenths of a per cent and held above its thousand-dollar support. XRP fell about two per cent to just under three dollars. Cardano gained about five per cent. Avalanche added a little over one per cent, and NEAR was the best layer-one token.',
    numbers: [
      { find: 'seven tenths of a per cent', label: 'supported' },
      { find: 'thousand-dollar', label: 'supported', note: 'bnb.support 1000' },
      { find: 'two per cent', label: 'contradicted', note: 'xrp.change_24h -0.20, 10x slip' },
      { find: 'three dollars', label: 'supported', note: 'xrp 2.95 just under 3' },
      { find: 'five per cent', label: 'contradicted', note: 'ada.change_24h +0.30; 7d is -5.1' },
      { find: 'one per cent', label: 'supported', note: 'avax 1.20; a little over 1 -> 20% above; debatable' },
    ],
  },
  {
    id: 'S-words-22',
    voice: 'words',
    style: 'daily',
    text:
      'Dogecoin rose about thirteen per cent to roughly twenty-eight cents, above its resistance of twenty-nine cents. Its funding rate of about five hundredths of a per cent works out to more than fifty-five per cent a year. Open interest in dogecoin futures is now about one and a half billion dollars, up nearly two fifths in a day.',
    numbers: [
      { find: 'thirteen per cent', label: 'supported' },
      { find: 'twenty-eight cents', label: 'supported' },
      { find: 'twenty-nine cents', label: 'contradicted', note: 'price 0.2816 is below resistance 0.29; claim it is above is wrong' },
      { find: 'five hundredths of a per cent', label: 'supported' },
      { find: 'fifty-five per cent', label: 'supported', note: 'doge apr 56.94' },
      { find: 'one and a half billion dollars', label: 'supported', note: 'doge OI 1.45B' },
      { find: 'two fifths', label: 'supported', note: 'doge oi 38 ~ nearly 40' },
    ],
  },
  {
    id: 'S-words-23',
    voice: 'words',
    style: 'sector',
    text:
      'DePIN: three of four members fell, and the sector lost about two thirds of a per cent. Helium was the only gainer, up about eight tenths of a per cent, while IoTeX fell about twelve per cent and Filecoin about nine tenths of a per cent. Render dropped about three per cent.',
    numbers: [
      { find: 'three of four', label: 'supported' },
      { find: 'two thirds of a per cent', label: 'supported' },
      { find: 'eight tenths of a per cent', label: 'supported' },
      { find: 'twelve per cent', label: 'contradicted', note: 'iotx.change_24h -1.20; -11.6 is 30d' },
      { find: 'nine tenths of a per cent', label: 'supported', note: 'fil -0.90' },
      { find: 'three per cent', label: 'contradicted', note: 'render.change_24h -0.80' },
    ],
  },
  {
    id: 'S-words-24',
    voice: 'words',
    style: 'sector',
    text:
      'Layer two: three of four rose and the group gained about four tenths of a per cent. Arbitrum led with roughly nine tenths, Optimism added half a per cent and Polygon three tenths, while Immutable lost four per cent. The group is worth about seven billion dollars on our list.',
    numbers: [
      { find: 'three of four', label: 'supported' },
      { find: 'four tenths of a per cent', label: 'supported' },
      { find: 'nine tenths', label: 'supported' },
      { find: 'half a per cent', label: 'supported' },
      { find: 'three tenths', label: 'supported' },
      { find: 'four per cent', label: 'contradicted', note: 'imx.change_24h -0.40, 10x slip' },
      { find: 'seven billion dollars', label: 'supported', note: 'l2 cap 7.09B' },
    ],
  },
  {
    id: 'S-words-25',
    voice: 'words',
    style: 'daily',
    text:
      'Ether outperformed bitcoin by about eight tenths of a point. It rose to an intraday high of about four thousand five hundred and twenty-seven dollars and a low near four thousand four hundred and twenty-five. Ether open interest rose about twenty per cent, and ether funding was twice bitcoin’s.',
    numbers: [
      { find: 'eight tenths of a point', label: 'unsupported', note: 'derived arithmetic' },
      { find: 'four thousand five hundred and twenty-seven dollars', label: 'supported' },
      { find: 'four thousand four hundred and twenty-five', label: 'supported' },
      { find: 'twenty per cent', label: 'contradicted', note: 'eth.oi_change_24h 2.0, 10x slip' },
      { find: 'twice', label: 'unsupported', note: 'derived ratio 0.011/0.009; also wrong' },
    ],
  },
  {
    id: 'S-words-26',
    voice: 'words',
    style: 'weekly',
    text:
      'Weekly wrap: dogecoin is up about a fifth, shiba inu about eleven per cent, and dogwifhat more than doubled. Solana added about one per cent, BNB about two, and XRP fell two per cent. Eight of ten layer-one tokens were higher on the week.',
    numbers: [
      { find: 'a fifth', label: 'supported', note: 'doge 7d 19.9' },
      { find: 'eleven per cent', label: 'supported', note: 'shib 7d 11.4' },
      { find: 'doubled', label: 'contradicted', note: 'wif 7d 29.7' },
      { find: 'one per cent', label: 'supported', note: 'sol 7d 1.14' },
      { find: 'BNB about two', label: 'supported', note: 'bnb 7d 2.03' },
      { find: 'two per cent', label: 'contradicted', note: 'xrp 7d +2.09, direction wrong' },
      { find: 'Eight of ten', label: 'supported' },
    ],
  },
  {
    id: 'S-words-27',
    voice: 'words',
    style: 'daily',
    text:
      'For all the noise, the broad market only rose about one per cent, taking the total to nearly three point nine trillion dollars. Twenty-five of the thirty tokens on our list gained, and the meme sector rose about twenty per cent. Bitcoin funding, annualized, was about nineteen per cent, and the average funding rate across the market was about twelve thousandths of a per cent.',
    numbers: [
      { find: 'one per cent', label: 'supported' },
      { find: 'three point nine trillion dollars', label: 'supported' },
      { find: 'Twenty-five of the thirty', label: 'contradicted', note: 'advancers 21' },
      { find: 'twenty per cent', label: 'contradicted', note: 'memes 24h 14.5; 20.5 is 7d' },
      { find: 'nineteen per cent', label: 'contradicted', note: 'btc.funding_apr 9.86' },
      { find: 'twelve thousandths of a per cent', label: 'supported', note: 'market.funding_avg 0.0121' },
    ],
  },
  {
    id: 'S-words-28',
    voice: 'words',
    style: 'daily',
    text:
      'PEPE, up about a third, now trades around fifteen millionths of a dollar, and its weekly volatility is above one hundred per cent. The token has risen tenfold since the spring. Dogecoin volume ran at about half its weekly norm, and gaming tokens lost about three per cent as a group.',
    numbers: [
      { find: 'a third', label: 'supported' },
      { find: 'fifteen millionths of a dollar', label: 'supported', note: 'pepe 0.0000148' },
      { find: 'one hundred per cent', label: 'supported', note: 'pepe vol7d 109' },
      { find: 'tenfold', label: 'unsupported', note: 'history' },
      { find: 'half', label: 'contradicted', note: 'doge.volume_ratio_7d 5.04' },
      { find: 'three per cent', label: 'contradicted', note: 'gaming -1.81' },
    ],
  },
];
