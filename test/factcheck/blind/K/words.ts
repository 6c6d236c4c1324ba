import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'K-words-01',
    voice: 'words',
    style: 'daily',
    text: 'It was an altcoin day. Twenty-six of the thirty coins we follow finished higher, and only four slipped. Bitcoin was among them, though it barely moved: down about a fifth of a per cent, at just under a hundred and two thousand dollars. Ether did the work instead, rising six and a half per cent to roughly three thousand nine hundred and fifty dollars. The whole market is now worth roughly three and a half trillion dollars, up almost five per cent on the day.',
    numbers: [
      {
        find: 'Twenty-six',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'a fifth of a per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and two thousand dollars',
        label: 'supported',
      },
      {
        find: 'six and a half per cent',
        label: 'supported',
      },
      {
        find: 'three thousand nine hundred and fifty dollars',
        label: 'supported',
      },
      {
        find: 'three and a half trillion dollars',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 2.9',
      },
    ],
  },
  {
    id: 'K-words-02',
    voice: 'words',
    style: 'daily',
    text: "Rollup tokens were the story of the session. The rollup group rose about eleven per cent, with all four members in the green, and Optimism led with a gain of fifteen per cent. Arbitrum added about twelve per cent and Polygon close to twelve as well. Immutable was the laggard, up three per cent. Cointelegraph put Optimism's jump at twenty-one per cent, which our data does not show. Optimism volume ran at more than twice its seven-day average, the heaviest turnover on the list.",
    numbers: [
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'fifteen per cent',
        label: 'supported',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
      {
        find: 'to twelve as',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'fact imx.change_24h 6.14',
      },
      {
        find: 'twenty-one per cent',
        label: 'contradicted',
        note: 'fact op.change_24h 15.23; attributed headline figure contradicted',
      },
      {
        find: 'more than twice',
        label: 'supported',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'K-words-03',
    voice: 'words',
    style: 'daily',
    text: 'Memecoins rallied about nine per cent as a group, and each of the four names rose. PEPE was the best of them with roughly fourteen per cent; dogwifhat added nearly twelve per cent, Dogecoin about nine, and Shiba Inu brought up the rear with three per cent. According to The Block, Dogecoin open interest doubled in a day; our numbers show a rise of more than a fifth. Dogecoin funding, at forty-five thousandths of a per cent every eight hours, is the richest on the board.',
    numbers: [
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'four names',
        label: 'supported',
      },
      {
        find: 'fourteen per cent',
        label: 'supported',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
      {
        find: 'nine,',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'fact shib.change_24h 6.12',
      },
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 22.0; attributed headline claim contradicted',
      },
      {
        find: 'a fifth',
        label: 'supported',
      },
      {
        find: 'forty-five thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'K-words-04',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's derivatives picture is calm. Funding sits at six thousandths of a per cent per eight hours, or about six and a half per cent a year, and open interest slipped about one per cent to roughly six point two billion dollars. Ether's open interest, by contrast, grew nine per cent to six point two billion, and its funding annualizes at about thirty-six per cent. Across the largest perpetuals, open interest rose about seven per cent to nearly nineteen billion dollars; in the last week it is up some twenty per cent.",
    numbers: [
      {
        find: 'six thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: 'six and a half per cent',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'six point two billion dollars',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'six point two billion,',
        label: 'contradicted',
        note: 'fact eth.open_interest 7.6B; 6.2B is btc',
      },
      {
        find: 'thirty-six per cent',
        label: 'contradicted',
        note: 'fact eth.funding_apr 26.28',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'nineteen billion dollars',
        label: 'supported',
      },
      {
        find: 'twenty per cent',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 12.3',
      },
    ],
  },
  {
    id: 'K-words-05',
    voice: 'words',
    style: 'weekly',
    text: 'Over the week, memecoins gained nearly fifteen per cent and PEPE more than a fifth. The rollup group added almost twelve per cent, AI tokens about seven and a half, and the large smart-contract platforms under three per cent. Bitcoin rose about one per cent, ether six and a half per cent and Solana eleven. NEAR was the best of the big platforms with sixteen per cent. Worldcoin managed only one per cent for the week despite a ten per cent jump on the final day. Dogecoin open interest is up more than thirty per cent this week.',
    numbers: [
      {
        find: 'fifteen per cent',
        label: 'supported',
      },
      {
        find: 'a fifth',
        label: 'supported',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
      {
        find: 'seven and a half',
        label: 'supported',
      },
      {
        find: 'under three per cent',
        label: 'supported',
      },
      {
        find: 'one per cent,',
        label: 'supported',
      },
      {
        find: 'six and a half per cent',
        label: 'contradicted',
        note: 'fact eth.change_7d 7.98; 6.52 is 24h',
      },
      {
        find: 'eleven',
        label: 'supported',
      },
      {
        find: 'sixteen per cent',
        label: 'supported',
      },
      {
        find: 'one per cent for',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'supported',
        note: "wld.change_24h 10.18; window set by 'on the final day' (debatable in a weekly)",
      },
      {
        find: 'thirty per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-words-06',
    voice: 'words',
    style: 'daily',
    text: 'The big platforms lagged. The sector rose only one and a half per cent, and nine of its ten members went up. Solana was the best, up more than nine per cent to about a hundred and seventy-six dollars; BNB was the worst, down less than half a per cent. Sui gained nearly nine per cent, Cardano and Avalanche about seven each, and Polkadot three per cent. XRP rose some four per cent and is back above its support at two dollars and forty cents.',
    numbers: [
      {
        find: 'one and a half per cent',
        label: 'supported',
      },
      {
        find: 'and nine of',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 8',
      },
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: 'nine per cent to',
        label: 'supported',
      },
      {
        find: 'a hundred and seventy-six dollars',
        label: 'supported',
      },
      {
        find: 'less than half a per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent,',
        label: 'supported',
      },
      {
        find: 'seven each,',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'fact dot.change_24h 5.33',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'two dollars and forty cents',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-words-07',
    voice: 'words',
    style: 'daily',
    text: 'Artificial-intelligence tokens climbed almost seven per cent. Six of the seven rose, the exception being Bittensor, which lost more than half a per cent. Virtuals led with more than thirteen per cent, Fetch.ai added eleven, and Worldcoin ten. Cointelegraph said the group jumped twelve per cent with Bittensor in the lead, which our data does not support. The sector is worth about seventeen billion dollars on our list, about a third of the memecoin group.',
    numbers: [
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'Six',
        label: 'supported',
      },
      {
        find: 'the seven rose',
        label: 'supported',
      },
      {
        find: 'more than half a per cent',
        label: 'supported',
      },
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: 'eleven',
        label: 'supported',
      },
      {
        find: 'ten.',
        label: 'supported',
      },
      {
        find: 'twelve per cent',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 6.85',
      },
      {
        find: 'seventeen billion dollars',
        label: 'supported',
      },
      {
        find: 'a third',
        label: 'unsupported',
        note: 'derived ratio of sector caps 17.0/44.2; no fact',
      },
    ],
  },
  {
    id: 'K-words-08',
    voice: 'words',
    style: 'daily',
    text: 'DePIN rose about four and a half per cent. Three of its four members went up; Helium slipped less than one per cent and Render gained more than eight per cent. Filecoin managed one point six. Gaming tokens did slightly better at about five per cent, with all four higher and Immutable in front at six. Gala was the worst of the gaming names but still rose some seven per cent.',
    numbers: [
      {
        find: 'four and a half per cent',
        label: 'supported',
      },
      {
        find: 'Three',
        label: 'supported',
      },
      {
        find: 'its four members',
        label: 'supported',
      },
      {
        find: 'less than one per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'one point six',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'all four higher',
        label: 'supported',
      },
      {
        find: 'at six. Gala',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'fact gala.change_24h 3.38',
      },
    ],
  },
  {
    id: 'K-words-09',
    voice: 'words',
    style: 'daily',
    text: "Volumes tell the same story. Bitcoin traded about nine-tenths of its seven-day average, while ether ran nearly one point eight times its norm and Dogecoin almost twice. Total trading reached about two hundred and thirty-eight billion dollars. Decrypt reported that Optimism ran about two point one times its weekly norm. Ether's seven-day realized volatility is around seventy-five per cent, roughly five times bitcoin's fifteen.",
    numbers: [
      {
        find: 'nine-tenths',
        label: 'supported',
      },
      {
        find: 'its seven-day average',
        label: 'ignored',
      },
      {
        find: 'one point eight times',
        label: 'supported',
      },
      {
        find: 'twice',
        label: 'supported',
      },
      {
        find: 'two hundred and thirty-eight billion dollars',
        label: 'supported',
      },
      {
        find: 'two point one times',
        label: 'supported',
        note: 'fact op.volume_ratio_7d 2.14 states it too',
      },
      {
        find: "Ether's seven-day realized",
        label: 'ignored',
      },
      {
        find: 'seventy-five per cent',
        label: 'supported',
      },
      {
        find: 'five times',
        label: 'unsupported',
        note: 'derived ratio 75/15, no fact',
      },
      {
        find: 'fifteen',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-words-10',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin spent the day between roughly a hundred thousand seven hundred and a hundred and two thousand eight hundred dollars. Support sits at a hundred thousand and resistance at a hundred and ten thousand. Its thirty-day swing high is near a hundred and four thousand seven hundred. Ether broke its thirty-day high of about three thousand nine hundred and now faces resistance at four thousand, with support at three thousand five hundred.',
    numbers: [
      {
        find: 'a hundred thousand seven hundred',
        label: 'supported',
      },
      {
        find: 'a hundred and two thousand eight hundred dollars',
        label: 'supported',
      },
      {
        find: 'at a hundred thousand and',
        label: 'supported',
      },
      {
        find: 'a hundred and ten thousand',
        label: 'contradicted',
        note: 'fact btc.resistance 105000',
      },
      {
        find: 'Its thirty-day swing',
        label: 'ignored',
      },
      {
        find: 'a hundred and four thousand seven hundred',
        label: 'supported',
      },
      {
        find: 'its thirty-day high',
        label: 'ignored',
      },
      {
        find: 'three thousand nine hundred',
        label: 'supported',
      },
      {
        find: 'four thousand,',
        label: 'supported',
      },
      {
        find: 'three thousand five hundred',
        label: 'contradicted',
        note: 'fact eth.support 3800',
      },
    ],
  },
  {
    id: 'K-words-11',
    voice: 'words',
    style: 'daily',
    text: 'Headlines worth noting. CoinDesk reported that spot ether funds drew four hundred and eighteen million dollars on Wednesday, while Bitcoin Magazine said bitcoin funds took in three hundred and twelve million. CryptoSlate counted six hundred and forty million dollars of short liquidations, and The Block said altcoin fund filings have reached fourteen. CryptoSlate also wrote that twenty-eight of the top thirty climbed. Analysts expect ether to reach five thousand dollars by March.',
    numbers: [
      {
        find: 'four hundred and eighteen million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'three hundred and twelve million',
        label: 'supported-by-source',
      },
      {
        find: 'six hundred and forty million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'fourteen',
        label: 'supported-by-source',
      },
      {
        find: 'twenty-eight',
        label: 'contradicted',
        note: 'fact market.advancers_24h 26',
      },
      {
        find: 'thirty',
        label: 'ignored',
      },
      {
        find: 'five thousand dollars',
        label: 'unsupported',
        note: 'forecast, unattributed',
      },
    ],
  },
  {
    id: 'K-words-12',
    voice: 'words',
    style: 'sector',
    text: "Memes, sector detail. Dogecoin is the giant of the group at about thirty-three billion dollars in market value, three quarters of the sector's forty-four billion. Its price is about twenty-two cents, right at resistance of twenty-two cents, with support at nineteen. Dogecoin volume has been almost twice its average, PEPE's too. Sector value rose by about three point seven billion in the day. Shiba Inu is worth around seven billion, PEPE more than three billion, dogwifhat roughly six and a half billion.",
    numbers: [
      {
        find: 'thirty-three billion dollars',
        label: 'supported',
      },
      {
        find: 'three quarters',
        label: 'unsupported',
        note: 'derived share 33.1/44.2; no fact',
      },
      {
        find: 'forty-four billion',
        label: 'supported',
      },
      {
        find: 'about twenty-two cents, right',
        label: 'supported',
      },
      {
        find: 'of twenty-two cents, with',
        label: 'supported',
      },
      {
        find: 'nineteen',
        label: 'contradicted',
        note: 'fact doge.support 0.21',
      },
      {
        find: 'twice',
        label: 'supported',
      },
      {
        find: 'three point seven billion',
        label: 'supported',
      },
      {
        find: 'seven billion,',
        label: 'supported',
      },
      {
        find: 'more than three billion',
        label: 'supported',
      },
      {
        find: 'six and a half billion',
        label: 'contradicted',
        note: 'fact wif.market_cap 646M; 10x slip',
      },
    ],
  },
  {
    id: 'K-words-13',
    voice: 'words',
    style: 'weekly',
    text: "A week of rotation. Solana rose about eleven per cent and its open interest nearly a fifth. Ether's open interest grew about nine per cent and the total across the majors about twelve. Bitcoin's open interest rose less than two per cent. Dogecoin gained more than fifteen per cent, the best of the majors. The rollup tokens all rose, with Polygon the weakest at about four per cent. Gaming gained about five per cent, DePIN about nine.",
    numbers: [
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'a fifth',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'fact eth.oi_change_7d 16.4; 9 is 24h',
      },
      {
        find: 'twelve',
        label: 'supported',
      },
      {
        find: 'less than two per cent',
        label: 'supported',
      },
      {
        find: 'fifteen per cent',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'fact pol.change_7d 8.96',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'nine.',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d 4.72',
      },
    ],
  },
  {
    id: 'K-words-14',
    voice: 'words',
    style: 'daily',
    text: "A short line on leverage: funding is positive on every big perpetual, so shorts are collecting from longs. Solana pays about three hundredths of a per cent per eight hours, which is roughly a third a year, and Dogecoin's annualized rate is nearly fifty per cent. Ether's rate is four times bitcoin's. XRP open interest rose almost twelve per cent to about two point one billion.",
    numbers: [
      {
        find: 'three hundredths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: 'a third',
        label: 'supported',
        note: 'sol.funding_apr 33.9',
      },
      {
        find: 'fifty per cent',
        label: 'supported',
      },
      {
        find: 'four times',
        label: 'unsupported',
        note: 'derived ratio eth/btc funding 0.024/0.006; no fact',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
      {
        find: 'two point one billion',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.2B',
      },
    ],
  },
  {
    id: 'K-words-15',
    voice: 'words',
    style: 'daily',
    text: "Market note. Bitcoin's share of the market is about fifty-seven per cent; Bitcoin Magazine said it climbed above fifty-eight. Bitcoin fell two per cent overnight, while ether gained nine per cent. Solana's market value is close to a hundred billion dollars, XRP's about a hundred and forty-seven billion, and BNB's around a hundred and thirty-two billion. Cardano is worth some sixty-two billion. Ether last traded this high in twenty twenty-one.",
    numbers: [
      {
        find: 'fifty-seven per cent',
        label: 'supported',
      },
      {
        find: 'fifty-eight',
        label: 'contradicted',
        note: 'fact market.btc_dominance 57.0',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'fact btc.change_24h -0.21',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'fact eth.change_24h 6.52; 9 is its oi change',
      },
      {
        find: 'a hundred billion dollars',
        label: 'supported',
      },
      {
        find: 'a hundred and forty-seven billion',
        label: 'supported',
      },
      {
        find: 'a hundred and thirty-two billion',
        label: 'supported',
      },
      {
        find: 'sixty-two billion',
        label: 'contradicted',
        note: 'fact ada.market_cap 26.0B',
      },
      {
        find: 'twenty twenty-one',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'K-words-16',
    voice: 'words',
    style: 'sector',
    text: 'Rollups in depth. The rollup basket on our list is worth about six point three billion dollars, having added roughly six hundred and fifty million in a day; the wider category is about seventeen billion. Optimism trades at about fifty-four cents, right at resistance, with support at fifty-two cents. Arbitrum is at forty-five cents; Polygon at twenty-one cents, right at resistance; Immutable at fifty-eight cents. Over thirty days the sector is up just under one per cent, but three of its four members are lower. The Optimism Foundation will airdrop forty-five million OP tokens, Decrypt reported.',
    numbers: [
      {
        find: 'six point three billion dollars',
        label: 'supported',
      },
      {
        find: 'six hundred and fifty million',
        label: 'supported',
      },
      {
        find: 'seventeen billion',
        label: 'supported',
      },
      {
        find: 'fifty-four cents',
        label: 'supported',
      },
      {
        find: 'fifty-two cents',
        label: 'supported',
      },
      {
        find: 'forty-five cents',
        label: 'contradicted',
        note: 'fact arb.price 0.3518',
      },
      {
        find: 'twenty-one cents',
        label: 'supported',
      },
      {
        find: 'fifty-eight cents',
        label: 'supported',
      },
      {
        find: 'thirty days',
        label: 'ignored',
      },
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'but three of',
        label: 'contradicted',
        note: 'fact sector.l2.decliners_30d 2',
      },
      {
        find: 'its four members',
        label: 'supported',
      },
      {
        find: 'forty-five million',
        label: 'supported-by-source',
        note: 'Decrypt named in the same sentence',
      },
    ],
  },
  {
    id: 'K-words-17',
    voice: 'words',
    style: 'daily',
    text: "The day, briefly: ether up six and a half per cent, bitcoin flat. Ether's open interest rose nine per cent while bitcoin's fell ten per cent. Memes and rollups led, with gains of nine and eleven per cent respectively; the large platforms managed three per cent.",
    numbers: [
      {
        find: 'six and a half per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h -1.0; 10x slip',
      },
      {
        find: 'of nine and',
        label: 'supported',
      },
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h 1.46',
      },
    ],
  },
  {
    id: 'K-words-18',
    voice: 'words',
    style: 'weekly',
    text: 'Small caps, this week. Virtuals gained about fifteen per cent, Immutable eleven, Axie sixteen, Render about seven. The Sandbox rose one per cent and Gala even less, under one per cent. Helium added about two per cent and IoTeX some three. Filecoin rose eight per cent and Fetch.ai fourteen. The Graph, at about nine cents, gained seven and a half per cent. Bittensor rose just one and a half per cent.',
    numbers: [
      {
        find: 'fifteen per cent',
        label: 'supported',
      },
      {
        find: 'eleven',
        label: 'supported',
      },
      {
        find: 'sixteen',
        label: 'contradicted',
        note: 'fact axs.change_7d 6.12',
      },
      {
        find: 'seven.',
        label: 'supported',
      },
      {
        find: 'one per cent and',
        label: 'supported',
      },
      {
        find: 'under one per cent',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'contradicted',
        note: 'fact fil.change_7d 3.44',
      },
      {
        find: 'fourteen',
        label: 'contradicted',
        note: 'fact fet.change_7d 8.42',
      },
      {
        find: 'nine cents',
        label: 'supported',
      },
      {
        find: 'seven and a half per cent',
        label: 'supported',
      },
      {
        find: 'one and a half per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-words-19',
    voice: 'words',
    style: 'daily',
    text: "Looking ahead. Some traders think bitcoin could slip back to ninety-five thousand dollars before it tests resistance at a hundred and five thousand. Solana needs another two per cent to reach its resistance at a hundred and eighty. PEPE has risen three hundred and forty per cent this year, and bitcoin's record of a hundred and twenty-six thousand is still far away. CoinDesk said ether funds have now taken in money for three straight days, and Bitcoin Magazine that bitcoin funds did so for five sessions in a row.",
    numbers: [
      {
        find: 'ninety-five thousand dollars',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'a hundred and five thousand',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: 'a hundred and eighty',
        label: 'supported',
      },
      {
        find: 'three hundred and forty per cent',
        label: 'unsupported',
        note: 'reddit figure, unattributed',
      },
      {
        find: 'a hundred and twenty-six thousand',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: 'for three straight',
        label: 'supported-by-source',
      },
      {
        find: 'for five sessions',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'K-words-20',
    voice: 'words',
    style: 'daily',
    text: 'Some numbers that circulated this morning, for the record. Ether gained about twelve per cent on the day, while its open interest rose twenty-two per cent. Solana changed hands around a hundred and sixty dollars. BNB rose four tenths of a per cent. Bittensor fell six per cent. Funding across the big perpetuals averages two hundredths of a per cent, and XRP pays about one hundredth of a per cent every eight hours. Total volume reached about a hundred and thirty-eight billion dollars.',
    numbers: [
      {
        find: 'twelve per cent',
        label: 'contradicted',
        note: 'fact eth.change_24h 6.52',
      },
      {
        find: 'twenty-two per cent',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 9.0; 22 is doge',
      },
      {
        find: 'a hundred and sixty dollars',
        label: 'contradicted',
        note: 'fact sol.price 176.42; 158 is the 24h low',
      },
      {
        find: 'four tenths of a per cent',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.42; direction',
      },
      {
        find: 'six per cent',
        label: 'contradicted',
        note: 'fact tao.change_24h -0.62; 10x slip',
      },
      {
        find: 'two hundredths of a per cent',
        label: 'supported',
      },
      {
        find: 'one hundredth of a per cent',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: 'a hundred and thirty-eight billion dollars',
        label: 'contradicted',
        note: 'fact market.volume_24h 238.2B',
      },
    ],
  },
  {
    id: 'K-words-21',
    voice: 'words',
    style: 'weekly',
    text: "Seven days in summary. Memecoins rose about nine per cent; Dogecoin fifteen and a half, PEPE twenty-one and a half, dogwifhat eleven. In AI, NEAR rose sixteen and Worldcoin ten. All ten large platforms rose, BNB the least, up less than one per cent. Gaming's worst, Gala, gained under one per cent while Immutable led with eleven. Total open interest climbed seven per cent.",
    numbers: [
      {
        find: 'Seven days',
        label: 'ignored',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d 14.86; 9 is 24h',
      },
      {
        find: 'fifteen and a half',
        label: 'supported',
      },
      {
        find: 'twenty-one and a half',
        label: 'supported',
      },
      {
        find: 'dogwifhat eleven. In',
        label: 'contradicted',
        note: 'fact wif.change_7d 8.18; 11.83 is 24h',
      },
      {
        find: 'sixteen',
        label: 'supported',
      },
      {
        find: 'ten.',
        label: 'contradicted',
        note: 'fact wld.change_7d 1.15; 10.18 is 24h',
      },
      {
        find: 'All ten',
        label: 'supported',
      },
      {
        find: 'less than one per cent',
        label: 'supported',
      },
      {
        find: 'under one per cent',
        label: 'supported',
      },
      {
        find: 'with eleven. Total',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 12.3; 6.94 is 24h',
      },
    ],
  },
  {
    id: 'K-words-22',
    voice: 'words',
    style: 'daily',
    text: 'Quick take: two coins on our list fell, bitcoin and BNB among them, and the rest rose. The best sector rose by a fifth, the worst by one and a half per cent. Ether is within one per cent of its four thousand dollar resistance.',
    numbers: [
      {
        find: 'two',
        label: 'contradicted',
        note: 'fact market.decliners_24h 4',
      },
      {
        find: 'a fifth',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h 11.39',
      },
      {
        find: 'one and a half per cent',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: 'four thousand dollar',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-words-23',
    voice: 'words',
    style: 'sector',
    text: 'DePIN detail. Render trades near three dollars and sixty cents, right at resistance, after gaining eighteen per cent. Filecoin is around two dollars and twenty cents, Helium about two dollars, IoTeX about two cents. The group is worth about four billion dollars on our list; three of its four members rose. Over thirty days DePIN lost five per cent.',
    numbers: [
      {
        find: 'three dollars and sixty cents',
        label: 'supported',
      },
      {
        find: 'eighteen per cent',
        label: 'contradicted',
        note: 'fact render.change_24h 8.61',
      },
      {
        find: 'two dollars and twenty cents',
        label: 'supported',
      },
      {
        find: 'two dollars,',
        label: 'contradicted',
        note: 'fact hnt.price 2.934',
      },
      {
        find: 'two cents',
        label: 'supported',
      },
      {
        find: 'four billion dollars',
        label: 'supported',
      },
      {
        find: 'list; three of',
        label: 'supported',
      },
      {
        find: 'its four members',
        label: 'supported',
      },
      {
        find: 'thirty days',
        label: 'ignored',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'fact sector.depin.change_30d -0.14; -4.75 is hnt',
      },
    ],
  },
];
