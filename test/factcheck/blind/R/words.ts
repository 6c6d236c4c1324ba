import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'R-words-01',
    voice: 'words',
    style: 'daily',
    text: `Bitcoin had its worst day in weeks, falling four and a half per cent to a little over one hundred and two thousand dollars, the weakest showing among the thirty coins we follow. Only eleven of those thirty rose; nineteen fell. The whole market lost about two point two per cent of its value and is now worth about three point three five trillion dollars. Bitcoin's share of that slipped to roughly sixty-one per cent.

Ether barely moved, down less than half a per cent at around three thousand five hundred and thirty dollars, while Solana gained a little more than one per cent to trade at about one hundred and seventy-one dollars.

Bitcoin's trading volume ran at about two point eight times its weekly average, and open interest on its perpetual shrank by about twelve per cent.`,
    numbers: [
      { find: 'four and a half per cent', label: 'supported' },
      { find: 'one hundred and two thousand dollars', label: 'supported', note: 'a little over: 102,460' },
      { find: 'thirty coins', label: 'supported' },
      { find: 'eleven', label: 'supported' },
      { find: 'those thirty', label: 'supported' },
      { find: 'nineteen', label: 'supported' },
      { find: 'two point two per cent', label: 'supported' },
      { find: 'three point three five trillion dollars', label: 'supported' },
      { find: 'sixty-one per cent', label: 'supported' },
      { find: 'half a per cent', label: 'supported', note: 'less than half: -0.40' },
      { find: 'three thousand five hundred and thirty dollars', label: 'supported' },
      { find: 'than one per cent', label: 'supported', note: 'more than one: 1.20' },
      { find: 'one hundred and seventy-one dollars', label: 'supported' },
      { find: 'two point eight times', label: 'supported' },
      { find: 'twelve per cent', label: 'supported' },
    ],
  },
  {
    id: 'R-words-02',
    voice: 'words',
    style: 'sector',
    text: `Gaming tokens were the story of the day: the sector rose about three point two per cent and every one of its four members finished higher. The Sandbox did best, up six point two per cent, Gala climbed nearly nine per cent and Axie Infinity two point nine. Immutable was the laggard with a gain of about one point two per cent.

AI was the second-best group, up roughly one per cent, with three of its seven tokens higher. Worldcoin led, up more than four per cent; Render fell the most, by about three point six per cent. Bittensor rose two point seven per cent.

Memes went nowhere, and only one of the four rose. Layer-two tokens were split two and two. DePIN lost two point six per cent, with not a single riser. The layer-one group was the worst sector, down about three point four per cent, with eight of ten members lower.`,
    numbers: [
      { find: 'three point two per cent', label: 'supported' },
      { find: 'four members', label: 'supported' },
      { find: 'six point two per cent', label: 'supported' },
      { find: 'nine per cent', label: 'contradicted', note: 'gala.change_24h 3.80' },
      { find: 'two point nine', label: 'supported' },
      { find: 'one point two per cent', label: 'supported' },
      { find: 'roughly one per cent', label: 'supported' },
      { find: 'three of', label: 'supported' },
      { find: 'seven tokens', label: 'supported' },
      { find: 'more than four per cent', label: 'supported', note: 'wld 4.40' },
      { find: 'three point six per cent', label: 'supported' },
      { find: 'two point seven per cent', label: 'supported' },
      { find: 'one of the four', label: 'supported' },
      { find: 'two and two', label: 'supported' },
      { find: 'two point six per cent', label: 'supported' },
      { find: 'three point four per cent', label: 'supported' },
      { find: 'eight of ten', label: 'supported' },
    ],
  },
  {
    id: 'R-words-03',
    voice: 'words',
    style: 'daily',
    text: `Bitcoin dropped nearly seven per cent on the day and now sits at roughly ninety-five thousand dollars, right on top of its support. Its funding rate turned positive, so longs were paying shorts. Open interest on the bitcoin perpetual was cut by about a quarter, while ether's fell by four per cent.

Ether itself lost eight per cent, as Cointelegraph reported, and Solana doubled its gains from the day before. XRP slid about five per cent. Fewer than half of the thirty assets we track rose — eleven, to be exact — but the market as a whole lost about a fifth of its value. Bitcoin's dominance climbed to sixty-four per cent.

Some traders now expect a fall to ninety thousand, and one wallet that had slept since twenty nineteen moved three thousand coins to an exchange.`,
    numbers: [
      { find: 'seven per cent', label: 'contradicted', note: 'wrong window: btc.change_24h -4.5 (7.0 is 7d)' },
      { find: 'ninety-five thousand dollars', label: 'contradicted', note: 'btc.price 102,460; support is 100k' },
      { find: 'a quarter', label: 'contradicted', note: 'btc.oi_change_24h -12' },
      { find: 'by four per cent', label: 'contradicted', note: 'direction: eth.oi_change_24h +4.0' },
      {
        find: 'eight per cent',
        label: 'contradicted',
        note: 'eth.change_24h -0.40 contradicts Cointelegraph headline',
      },
      { find: 'doubled', label: 'unsupported', note: 'no fact on prior-day gains' },
      { find: 'five per cent', label: 'contradicted', note: 'xrp.change_24h -1.30' },
      { find: 'half', label: 'supported', note: 'fewer than half: 11 of 30' },
      { find: 'thirty assets', label: 'supported' },
      { find: 'eleven', label: 'supported' },
      { find: 'a fifth', label: 'contradicted', note: 'market.cap_change_24h -2.2' },
      { find: 'sixty-four per cent', label: 'contradicted', note: 'market.btc_dominance 61.0, and it fell' },
      { find: 'ninety thousand', label: 'unsupported', note: 'forecast' },
      { find: 'twenty nineteen', label: 'ignored', note: 'year' },
      { find: 'three thousand coins', label: 'unsupported', note: 'reddit headline figure, unattributed' },
    ],
  },
  {
    id: 'R-words-04',
    voice: 'words',
    style: 'daily',
    text: `In the derivatives market, bitcoin funding sank to minus fifteen thousandths of a per cent every eight hours, which means shorts are paying longs — roughly sixteen per cent a year. Ether funding stayed positive at six thousandths of a per cent, about six and a half per cent annualized. XRP funding was negative too, and Dogecoin's positive, at about five per cent a year.

Total open interest fell six per cent to a little over seventeen billion dollars. Bitcoin accounted for nine and a half billion of it after a twelve per cent drop. Ether open interest grew four per cent to four point six billion; Solana's rose two per cent to one and a half billion, and XRP's fell three per cent. Dogecoin's open interest was three quarters of a billion dollars, up one and a half per cent.

Over the week total open interest has fallen by almost a third.`,
    numbers: [
      { find: 'fifteen thousandths of a per cent', label: 'supported' },
      { find: 'eight hours', label: 'ignored' },
      { find: 'sixteen per cent', label: 'supported', note: 'btc.funding_apr -16.4, roughly' },
      { find: 'six thousandths of a per cent', label: 'supported' },
      { find: 'six and a half per cent', label: 'supported', note: 'eth.funding_apr 6.57' },
      { find: 'five per cent a year', label: 'supported', note: 'doge.funding_apr 5.15' },
      { find: 'six per cent to', label: 'supported' },
      { find: 'seventeen billion dollars', label: 'supported', note: 'a little over: 17.2B, 1.2% above' },
      { find: 'nine and a half billion', label: 'supported' },
      { find: 'twelve per cent', label: 'supported' },
      { find: 'four per cent', label: 'supported' },
      { find: 'four point six billion', label: 'supported' },
      { find: 'two per cent', label: 'supported' },
      { find: 'one and a half billion', label: 'supported' },
      { find: 'three per cent', label: 'supported' },
      { find: 'three quarters of a billion dollars', label: 'supported' },
      { find: 'one and a half per cent', label: 'supported' },
      { find: 'a third', label: 'contradicted', note: 'market.oi_change_7d -7.9' },
    ],
  },
  {
    id: 'R-words-05',
    voice: 'words',
    style: 'weekly',
    text: `This week bitcoin lost seven per cent, ether gained a bit more than two per cent and Solana nearly three. Over thirty days bitcoin is down about nine per cent.

AI tokens were the week's winners with a gain of around fifteen per cent, six of seven of them up; Worldcoin rose eleven per cent. Gaming added about five per cent, with all four up and Axie the best at close to eight. The layer-one group fell about four point eight per cent, eight of its ten members lower. DePIN lost four and a half per cent and none of its four tokens rose. Memes gained about one point six per cent even as dogwifhat shed twice as much as Pepe.

Bitcoin open interest fell by nearly sixteen per cent. Bitcoin's weekly volatility reached fifty-three per cent, almost double its thirty-day reading.`,
    numbers: [
      { find: 'seven per cent', label: 'supported' },
      {
        find: 'two per cent',
        label: 'supported',
        note: 'a bit more than two: eth.change_7d 2.30; debatable (more than: <=1.5x ok)',
      },
      { find: 'nearly three', label: 'supported', note: 'sol.change_7d 2.94' },
      { find: 'thirty days', label: 'ignored' },
      { find: 'nine per cent', label: 'supported', note: 'btc.change_30d -9.03' },
      { find: 'fifteen per cent', label: 'contradicted', note: 'sector.ai.change_7d 4.41' },
      { find: 'six of seven', label: 'supported' },
      { find: 'eleven per cent', label: 'supported' },
      { find: 'about five per cent', label: 'supported', note: 'sector.gaming.change_7d 5.15' },
      { find: 'all four', label: 'supported' },
      { find: 'close to eight', label: 'supported', note: 'axs 7.82' },
      { find: 'four point eight per cent', label: 'supported', note: 'l1 -4.84' },
      { find: 'eight of its ten', label: 'contradicted', note: 'sector.l1.decliners_7d 3' },
      { find: 'four and a half per cent', label: 'supported', note: 'depin 7d -4.46' },
      { find: 'its four', label: 'supported' },
      { find: 'one point six per cent', label: 'supported', note: 'memes 7d 1.57' },
      { find: 'twice as much', label: 'unsupported', note: 'derived ratio (5.53 vs 4.92 is not twice either)' },
      { find: 'sixteen per cent', label: 'supported', note: 'btc.oi_change_7d -15.8' },
      { find: 'fifty-three per cent', label: 'supported' },
      { find: 'double', label: 'unsupported', note: 'derived ratio 52.8/29.1 = 1.8' },
      { find: 'thirty-day', label: 'ignored' },
    ],
  },
  {
    id: 'R-words-06',
    voice: 'words',
    style: 'daily',
    text: `Among the large caps, BNB gave up two per cent to about nine hundred and forty-nine dollars, sitting right at resistance. XRP eased to about two dollars and thirty-one cents. Cardano lost about eight tenths of a per cent, Avalanche fell by around a tenth, and Polkadot gained about one point nine per cent, the best of the layer-one coins. Sui rose half a per cent.

Dogecoin was the only meme coin to rise, and it is now at roughly twenty-one cents, while Pepe dropped more than two per cent. Shiba Inu shed about nine tenths of a per cent. Dogwifhat trades near seventy-one cents.

Worldcoin's token now costs a little over one dollar and thirteen cents; Render is at about three dollars and thirty-nine cents, and Bittensor at four hundred and sixty-four dollars. Gala crossed one and a half cents.`,
    numbers: [
      { find: 'two per cent to', label: 'supported' },
      { find: 'nine hundred and forty-nine dollars', label: 'supported' },
      { find: 'two dollars and thirty-one cents', label: 'supported' },
      { find: 'eight tenths of a per cent', label: 'supported' },
      { find: 'a tenth', label: 'contradicted', note: 'avax.change_24h -1.10' },
      { find: 'one point nine per cent', label: 'supported' },
      { find: 'half a per cent', label: 'contradicted', note: 'direction: sui.change_24h -0.50' },
      { find: 'twenty-one cents', label: 'contradicted', note: 'doge.price 0.2061 (21 cents is resistance)' },
      { find: 'more than two per cent', label: 'supported', note: 'pepe -2.34' },
      { find: 'nine tenths of a per cent', label: 'supported' },
      { find: 'seventy-one cents', label: 'contradicted', note: 'wif.price 0.6128' },
      { find: 'one dollar and thirteen cents', label: 'supported', note: 'a little over: 1.1376' },
      { find: 'three dollars and thirty-nine cents', label: 'supported' },
      {
        find: 'four hundred and sixty-four dollars',
        label: 'contradicted',
        note: 'tao.price 446.2 (460 is resistance)',
      },
      { find: 'one and a half cents', label: 'contradicted', note: 'gala.price 0.01462, below 1.5 cents' },
    ],
  },
  {
    id: 'R-words-07',
    voice: 'words',
    style: 'daily',
    text: `Levels to watch: bitcoin has support at one hundred thousand dollars and resistance at one hundred and five thousand. Its low for the day was about one hundred and two thousand four hundred, and the high just over one hundred and eight thousand. Over the past month it topped out near one hundred and nineteen thousand and bottomed around ninety-eight thousand.

Ether's support is at three thousand four hundred dollars and resistance at three thousand two hundred; its thirty-day high was about three thousand seven hundred. Solana faces resistance at one hundred and eighty and support at one hundred and fifty. XRP support is two dollars and thirty cents.

Bitcoin's market value is a little over two trillion dollars, ether's about four hundred and twenty-six billion, and Solana's roughly ninety-five billion. Total daily volume was around two hundred and sixteen billion dollars — bitcoin's own volume was about a twentieth of that.`,
    numbers: [
      { find: 'one hundred thousand dollars', label: 'supported' },
      { find: 'one hundred and five thousand', label: 'supported' },
      { find: 'one hundred and two thousand four hundred', label: 'supported' },
      { find: 'one hundred and eight thousand', label: 'supported' },
      { find: 'one hundred and nineteen thousand', label: 'supported' },
      { find: 'ninety-eight thousand', label: 'contradicted', note: 'btc.swing_low_30d 105,726' },
      { find: 'three thousand four hundred dollars', label: 'supported' },
      { find: 'three thousand two hundred', label: 'contradicted', note: 'eth.resistance 3600' },
      { find: 'thirty-day', label: 'ignored' },
      { find: 'three thousand seven hundred', label: 'supported' },
      { find: 'one hundred and eighty', label: 'supported' },
      { find: 'one hundred and fifty', label: 'contradicted', note: 'sol.support 170' },
      { find: 'two dollars and thirty cents', label: 'supported' },
      { find: 'two trillion dollars', label: 'supported', note: 'a little over: 2.045T' },
      { find: 'four hundred and twenty-six billion', label: 'supported' },
      { find: 'ninety-five billion', label: 'supported' },
      { find: 'two hundred and sixteen billion dollars', label: 'supported' },
      { find: 'a twentieth', label: 'unsupported', note: 'derived share 10.87B/216B; debatable' },
    ],
  },
  {
    id: 'R-words-08',
    voice: 'words',
    style: 'daily',
    text: `A quick scorecard: gaming up three per cent, AI up one, memes flat, layer-two down two tenths of a per cent, DePIN down four and a half, layer-one down about three and a half. Gaming's market value is close to two point seven billion dollars, AI's around sixteen billion and memes' about forty-two billion.

Render was the weakest AI name for the second day running, and Arbitrum, down two point six per cent, was the weakest layer-two. Polygon gained three per cent. Immutable was the best gaming token, up one point two per cent. Helium lost two point two per cent. Filecoin rose about one point eight per cent.

According to The Block, bitcoin volume ran at about two point eight times its weekly average. Bitcoin Magazine said a public miner sold two thousand one hundred bitcoin. Decrypt put the DeFi exploit at seventy-two million dollars. CryptoSlate said the seven-day volatility measure hit fifty-three per cent.`,
    numbers: [
      { find: 'up three per cent', label: 'supported', note: 'gaming 3.19' },
      { find: 'AI up one', label: 'supported', note: 'ai 0.99' },
      { find: 'two tenths of a per cent', label: 'supported', note: 'l2 -0.23' },
      { find: 'four and a half', label: 'contradicted', note: 'sector.depin.change_24h -2.62 (4.46 is 7d)' },
      { find: 'three and a half', label: 'supported', note: 'l1 -3.40' },
      { find: 'two point seven billion dollars', label: 'supported' },
      { find: 'sixteen billion', label: 'supported' },
      { find: 'forty-two billion', label: 'supported' },
      { find: 'second day', label: 'unsupported', note: 'history claim' },
      { find: 'two point six per cent', label: 'supported' },
      { find: 'gained three per cent', label: 'contradicted', note: 'pol.change_24h 1.50' },
      {
        find: 'one point two per cent',
        label: 'contradicted',
        note: 'wrong leader: gaming best is sand; imx is worst',
      },
      { find: 'two point two per cent', label: 'supported' },
      { find: 'one point eight per cent', label: 'contradicted', note: 'direction: fil.change_24h -1.80' },
      { find: 'two point eight times', label: 'supported' },
      { find: 'two thousand one hundred bitcoin', label: 'supported-by-source' },
      {
        find: 'seventy-two million dollars',
        label: 'unsupported',
        note: 'misquotes Decrypt ($27 million); debatable: contradicted by source',
      },
      { find: 'seven-day', label: 'ignored' },
      { find: 'fifty-three per cent', label: 'supported' },
    ],
  },
  {
    id: 'R-words-09',
    voice: 'words',
    style: 'daily',
    text: `Reader question: how bad was it? Bitcoin fell about four and a half per cent, yes, but the market overall lost only a tenth of that. Twenty-seven of the thirty tokens we follow ended in the red. Ether dropped by around a third of what bitcoin lost, Solana slid one per cent, and BNB lost nearly five per cent.

Funding on XRP was about four thousandths of a per cent, positive. Solana's open interest fell two per cent. Bitcoin volume was roughly ten times its weekly norm, and its thirty-day volatility reached about fifty-three per cent. Ether's market cap is about four trillion dollars.

Bitcoin sits about two per cent above its support — the same distance it was from a record in October. Layer-one tokens lost almost three and a half per cent, and all ten of them fell.`,
    numbers: [
      { find: 'four and a half per cent', label: 'supported' },
      { find: 'a tenth', label: 'contradicted', note: 'market.cap_change_24h -2.2 is about half of 4.5' },
      { find: 'Twenty-seven', label: 'contradicted', note: 'market.decliners_24h 19' },
      { find: 'the thirty', label: 'supported' },
      {
        find: 'a third',
        label: 'unsupported',
        note: 'derived ratio; eth -0.4 is under a tenth of btc; arguably contradicted',
      },
      { find: 'one per cent', label: 'contradicted', note: 'direction: sol.change_24h +1.20' },
      { find: 'five per cent', label: 'contradicted', note: 'bnb.change_24h -2.0' },
      { find: 'four thousandths of a per cent', label: 'contradicted', note: 'sign: xrp.funding_rate -0.0038' },
      { find: 'two per cent.', label: 'contradicted', note: 'direction: sol.oi_change_24h +2.0' },
      { find: 'ten times', label: 'contradicted', note: 'btc.volume_ratio_7d 2.84' },
      { find: 'thirty-day', label: 'ignored' },
      {
        find: 'fifty-three per cent',
        label: 'contradicted',
        note: 'wrong window: btc.volatility_30d 29.1 (52.8 is 7d)',
      },
      { find: 'four trillion dollars', label: 'contradicted', note: '10x: eth.market_cap 426B' },
      { find: 'two per cent above', label: 'unsupported', note: 'distance to level' },
      { find: 'almost three and a half per cent', label: 'supported', note: 'l1 -3.40' },
      { find: 'all ten', label: 'contradicted', note: 'sector.l1.decliners_24h 8' },
    ],
  },
  {
    id: 'R-words-10',
    voice: 'words',
    style: 'daily',
    text: `One line on the majors: bitcoin down four and a half per cent, ether down four tenths, Solana up one point two, XRP down four point one, BNB down two, Dogecoin up six per cent, and Polkadot up one point nine. Only two of the ten layer-one coins rose, and total open interest dropped sixteen per cent.`,
    numbers: [
      { find: 'four and a half per cent', label: 'supported' },
      { find: 'four tenths', label: 'supported' },
      { find: 'one point two', label: 'supported' },
      { find: 'four point one', label: 'contradicted', note: 'xrp.change_24h -1.30' },
      { find: 'down two', label: 'supported' },
      { find: 'six per cent', label: 'contradicted', note: '10x: doge.change_24h 0.60' },
      { find: 'one point nine', label: 'supported' },
      { find: 'two of', label: 'supported' },
      { find: 'the ten', label: 'supported' },
      { find: 'sixteen per cent', label: 'contradicted', note: 'market.oi_change_24h -6.0 (15.8 is btc 7d)' },
    ],
  },
];
