import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Z-words-01',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin spent the day going nowhere in particular. It added three-tenths of a per cent and sat just under a hundred and fourteen thousand dollars, never straying far from the middle of its range. Ether had a worse time of it, losing eight-tenths of a per cent to finish a little below three thousand nine hundred dollars. The real action was in Solana, which climbed just over eleven per cent to roughly two hundred and thirty-three dollars, its best level in a month. Traders piled in: volume ran at about five times the usual weekly pace and open interest rose nineteen per cent. Funding followed, with longs paying about four hundredths of a per cent every eight hours, close to thirty per cent a year. Dogwifhat did even better than Solana, up nearly fifteen per cent. At the other end, Optimism lost about six per cent and Arbitrum fell more than three per cent. Breadth was unremarkable: seventeen of the thirty coins on our list finished higher, and bitcoin's share of the market slipped to about fifty-nine per cent.",
    numbers: [
      {
        find: 'three-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and fourteen thousand dollars',
        label: 'supported',
      },
      {
        find: 'eight-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'three thousand nine hundred dollars',
        label: 'supported',
      },
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'two hundred and thirty-three dollars',
        label: 'supported',
      },
      {
        find: 'five times',
        label: 'contradicted',
        note: 'fact sol.volume_ratio_7d 2.98',
      },
      {
        find: 'nineteen per cent',
        label: 'supported',
      },
      {
        find: 'four hundredths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight@2',
        label: 'ignored',
      },
      {
        find: 'thirty per cent',
        label: 'contradicted',
        note: 'fact sol.funding_apr 43.8',
      },
      {
        find: 'fifteen per cent',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'contradicted',
        note: 'fact op.change_24h -4.10',
      },
      {
        find: 'three per cent',
        label: 'supported',
      },
      {
        find: 'seventeen',
        label: 'supported',
      },
      {
        find: 'thirty@3',
        label: 'supported',
      },
      {
        find: 'fifty-nine per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-words-02',
    voice: 'words',
    style: 'daily',
    text: 'Solana up eleven per cent, ether down two per cent, bitcoin basically unchanged. Dogwifhat up twenty-five per cent.',
    numbers: [
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: '7d value on a daily claim, fact eth.change_24h -0.80',
      },
      {
        find: 'twenty-five per cent',
        label: 'contradicted',
        note: '7d value, fact wif.change_24h 14.6',
      },
    ],
  },
  {
    id: 'Z-words-03',
    voice: 'words',
    style: 'sector',
    text: "Layer-one tokens topped the sector table, gaining about two-thirds of a per cent as a group. Eight of the ten members rose, with Solana's eleven per cent jump at the top and ether's slide of eight-tenths of a per cent at the bottom. Memecoins came second, up about half a per cent, with three of the four higher. The AI group ended roughly flat, three of its seven tokens up; NEAR was the best of them at more than three per cent. Gaming fell by more than one per cent, and the layer-two group was the worst, down more than two per cent, with only one of its four tokens, Polygon, in the green. DePIN split evenly, two up and two down.",
    numbers: [
      {
        find: 'two-thirds of a per cent',
        label: 'supported',
      },
      {
        find: 'Eight',
        label: 'supported',
      },
      {
        find: 'ten@1',
        label: 'supported',
      },
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'eight-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'half a per cent',
        label: 'supported',
      },
      {
        find: 'three@1',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: 'three@2',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'layer-two',
        label: 'ignored',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'one@3',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'two@4',
        label: 'supported',
      },
      {
        find: 'two@5',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-words-04',
    voice: 'words',
    style: 'daily',
    text: "Open interest across the market climbed nearly four per cent to about eighteen point six billion dollars. Bitcoin's fell two-tenths of a per cent, while ether's dipped seven-tenths of a per cent. Solana's, at roughly three point nine billion dollars, jumped twenty-nine per cent. Funding is where it gets interesting: Solana longs pay four hundredths of a per cent every eight hours, while bitcoin's rate is seven thousandths of a per cent and ether's about five hundredths of a per cent. In XRP it is shorts who pay, two thousandths of a per cent. Dogecoin's open interest rose about six per cent to eight hundred million dollars. Over the week, total open interest is up ten per cent.",
    numbers: [
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'eighteen point six billion dollars',
        label: 'supported',
      },
      {
        find: 'two-tenths of a per cent',
        label: 'contradicted',
        note: 'direction, fact btc.oi_change_24h +0.20',
      },
      {
        find: 'seven-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'three point nine billion dollars',
        label: 'supported',
      },
      {
        find: 'twenty-nine per cent',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h 19.2',
      },
      {
        find: 'four hundredths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight@2',
        label: 'ignored',
      },
      {
        find: 'seven thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'five hundredths of a per cent',
        label: 'contradicted',
        note: '10x slip, fact eth.funding_rate 0.0046',
      },
      {
        find: 'two thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
      {
        find: 'eight hundred million dollars',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 5.75',
      },
    ],
  },
  {
    id: 'Z-words-05',
    voice: 'words',
    style: 'weekly',
    text: "Over the week bitcoin gained one point four per cent and ether lost two per cent. Solana rose seventeen per cent, and dogwifhat put on a quarter. Layer one was the only sector in the green, up one point three per cent, while layer-two and gaming tokens both fell more than five per cent. All four layer-two tokens lost ground. AI dropped three per cent, with Worldcoin down seven per cent. Shiba Inu lost two per cent, XRP rose four per cent, and bitcoin's open interest fell seventeen per cent. Total open interest grew by more than five per cent.",
    numbers: [
      {
        find: 'one point four per cent',
        label: 'supported',
      },
      {
        find: 'two per cent@1',
        label: 'supported',
      },
      {
        find: 'seventeen per cent@1',
        label: 'supported',
      },
      {
        find: 'a quarter',
        label: 'supported',
      },
      {
        find: 'one point three per cent',
        label: 'supported',
      },
      {
        find: 'layer-two@1',
        label: 'ignored',
      },
      {
        find: 'five per cent@1',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'layer-two@2',
        label: 'ignored',
      },
      {
        find: 'three per cent@2',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'two per cent@2',
        label: 'contradicted',
        note: 'fact shib.change_7d -6.72',
      },
      {
        find: 'four per cent@2',
        label: 'contradicted',
        note: 'sign and value, fact xrp.change_7d -1.76',
      },
      {
        find: 'seventeen per cent@2',
        label: 'contradicted',
        note: '10x slip and sign, fact btc.oi_change_7d +1.70',
      },
      {
        find: 'five per cent@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-words-06',
    voice: 'words',
    style: 'daily',
    text: "The whole crypto market is worth about three point eight trillion dollars, up one per cent on the day. Bitcoin makes up about fifty-nine per cent of it. Daily trading volume came to some one hundred and forty-one billion dollars. Thirteen coins on our watchlist fell and seventeen rose. Bitcoin's market value is roughly two point three trillion dollars; ether's is closer to four hundred and seventy billion. Total market value rose by four per cent, some said.",
    numbers: [
      {
        find: 'three point eight trillion dollars',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'fifty-nine per cent',
        label: 'supported',
      },
      {
        find: 'one hundred and forty-one billion dollars',
        label: 'supported',
      },
      {
        find: 'Thirteen',
        label: 'supported',
      },
      {
        find: 'seventeen',
        label: 'supported',
      },
      {
        find: 'two point three trillion dollars',
        label: 'supported',
      },
      {
        find: 'four hundred and seventy billion',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 1.04',
      },
    ],
  },
  {
    id: 'Z-words-07',
    voice: 'words',
    style: 'daily',
    text: 'Among the other large coins, XRP gained one point three per cent to about two dollars and seventy-one cents, and BNB added six-tenths of a per cent, hovering around seven hundred dollars. Cardano rose four point two per cent, Avalanche four point seven per cent and Sui more than six per cent. NEAR climbed thirteen per cent. Polkadot was the odd one out, shedding four-tenths of a per cent. Avalanche now trades at about twenty-five dollars, close to its resistance of twenty-five dollars.',
    numbers: [
      {
        find: 'one point three per cent',
        label: 'supported',
      },
      {
        find: 'two dollars and seventy-one cents',
        label: 'supported',
      },
      {
        find: 'six-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'seven hundred dollars',
        label: 'supported',
      },
      {
        find: 'four point two per cent',
        label: 'contradicted',
        note: 'digit swap, fact ada.change_24h 2.40',
      },
      {
        find: 'four point seven per cent',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
      {
        find: 'thirteen per cent',
        label: 'contradicted',
        note: 'fact near.change_24h 3.10',
      },
      {
        find: 'four-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'twenty-five dollars@1',
        label: 'supported',
      },
      {
        find: 'twenty-five dollars@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-words-08',
    voice: 'words',
    style: 'daily',
    text: "Levels. Bitcoin's support is at one hundred and ten thousand dollars and resistance at one hundred and fifteen thousand. Solana has support at two hundred and thirty dollars and a ceiling at two hundred and forty. Ether's resistance is four thousand dollars, with support at three thousand five hundred. XRP's floor is two dollars and ninety cents. Bitcoin's thirty-day swing high is close to one hundred and sixteen thousand dollars, and its swing low near one hundred and eight thousand. Bitcoin could reach one hundred and twenty-five thousand dollars by October.",
    numbers: [
      {
        find: 'one hundred and ten thousand dollars',
        label: 'supported',
      },
      {
        find: 'one hundred and fifteen thousand',
        label: 'supported',
      },
      {
        find: 'two hundred and thirty dollars',
        label: 'supported',
      },
      {
        find: 'two hundred and forty',
        label: 'supported',
      },
      {
        find: 'four thousand dollars',
        label: 'supported',
      },
      {
        find: 'three thousand five hundred',
        label: 'contradicted',
        note: 'fact eth.support 3,800',
      },
      {
        find: 'two dollars and ninety cents',
        label: 'contradicted',
        note: 'fact xrp.support 2.70',
      },
      {
        find: 'thirty@2',
        label: 'ignored',
      },
      {
        find: 'one hundred and sixteen thousand dollars',
        label: 'supported',
      },
      {
        find: 'one hundred and eight thousand',
        label: 'supported',
      },
      {
        find: 'one hundred and twenty-five thousand dollars',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-words-09',
    voice: 'words',
    style: 'daily',
    text: 'What the outlets said. CoinDesk reported that an asset manager set a fee of zero point one nine per cent on its spot Solana fund. Decrypt said a Solana lending protocol lost forty-one million dollars to a bridge exploit. According to The Block, a liquid staking project will unlock twenty-one point six million tokens next week. Cointelegraph said the network handled eight thousand three hundred transactions a second for six hours in a stress test. Bitcoin Magazine said miners sent seven thousand four hundred and twenty bitcoin to exchanges in a week. Cointelegraph also said Solana slid six per cent. Decrypt said bitcoin dominance slipped about four-tenths of a point.',
    numbers: [
      {
        find: 'zero point one nine per cent',
        label: 'supported-by-source',
      },
      {
        find: 'forty-one million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'twenty-one point six million',
        label: 'supported-by-source',
      },
      {
        find: 'eight thousand three hundred',
        label: 'supported-by-source',
      },
      {
        find: 'six@2',
        label: 'supported-by-source',
      },
      {
        find: 'seven thousand four hundred and twenty',
        label: 'supported-by-source',
      },
      {
        find: 'six per cent',
        label: 'contradicted',
        note: 'fact sol.change_24h +11.2 contradicts the headline',
      },
      {
        find: 'four-tenths',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'Z-words-10',
    voice: 'words',
    style: 'daily',
    text: 'Unattributed chatter: a Solana lending protocol lost forty-one million dollars, miners moved over seven thousand bitcoin, and spot bitcoin funds took in half a billion dollars.',
    numbers: [
      {
        find: 'forty-one million dollars',
        label: 'unsupported',
        note: 'headline figure, outlet not named',
      },
      {
        find: 'seven thousand',
        label: 'unsupported',
        note: 'headline figure, outlet not named',
      },
      {
        find: 'half a billion dollars',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
    ],
  },
  {
    id: 'Z-words-11',
    voice: 'words',
    style: 'daily',
    text: "Memecoins were mixed. Dogecoin edged up four-tenths of a per cent to about twenty cents, Shiba Inu slipped nine per cent and Pepe gained one per cent. Dogwifhat stole the show, up fourteen point six per cent at close to ninety cents; its volume ran at four times its weekly average. The meme basket as a whole is worth about forty-three billion dollars. Dogecoin's open interest grew sixty-one per cent.",
    numbers: [
      {
        find: 'four-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'twenty cents',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: '10x slip, fact shib.change_24h -0.86',
      },
      {
        find: 'one per cent@1',
        label: 'supported',
      },
      {
        find: 'fourteen point six per cent',
        label: 'supported',
      },
      {
        find: 'ninety cents',
        label: 'supported',
      },
      {
        find: 'four times',
        label: 'contradicted',
        note: 'fact wif.volume_ratio_7d 1.87',
      },
      {
        find: 'forty-three billion dollars',
        label: 'supported',
      },
      {
        find: 'sixty-one per cent',
        label: 'contradicted',
        note: '10x slip, fact doge.oi_change_24h 6.1',
      },
    ],
  },
  {
    id: 'Z-words-12',
    voice: 'words',
    style: 'weekly',
    text: 'A quiet week for bitcoin, up one point four per cent; a loud one for Solana, up thirty-one point six per cent. Ether trailed, down two per cent.',
    numbers: [
      {
        find: 'one point four per cent',
        label: 'supported',
      },
      {
        find: 'thirty-one point six per cent',
        label: 'contradicted',
        note: 'OI value used as price change, fact sol.change_7d 17.3',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-words-13',
    voice: 'words',
    style: 'sector',
    text: "AI tokens finished flat, with three risers against four fallers. NEAR led at three point one per cent; Bittensor fell one point four per cent to around three hundred and fifty-three dollars; Virtuals was the worst at minus two point three per cent. Render added six per cent and Worldcoin dropped eight point one per cent. The sector's watchlist value is close to fourteen billion dollars. Fetch.ai gained nine-tenths of a per cent.",
    numbers: [
      {
        find: 'three@1',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: 'three point one per cent',
        label: 'supported',
      },
      {
        find: 'one point four per cent',
        label: 'supported',
      },
      {
        find: 'three hundred and fifty-three dollars',
        label: 'supported',
      },
      {
        find: 'two point three per cent',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'contradicted',
        note: '10x slip, fact render.change_24h 0.60',
      },
      {
        find: 'eight point one per cent',
        label: 'contradicted',
        note: 'fact wld.change_24h -1.80',
      },
      {
        find: 'fourteen billion dollars',
        label: 'supported',
      },
      {
        find: 'nine-tenths of a per cent',
        label: 'contradicted',
        note: 'direction, fact fet.change_24h -0.90',
      },
    ],
  },
  {
    id: 'Z-words-14',
    voice: 'words',
    style: 'sector',
    text: 'DePIN was split down the middle: two up, two down. Helium gained one point nine per cent while Filecoin gained one point six per cent. In gaming, Axie rose one point four per cent, Gala five per cent, Sandbox fell six-tenths of a per cent and Immutable dropped three point three per cent, the worst of the group. Axie was the best gaming token, and The Sandbox the weakest at six per cent.',
    numbers: [
      {
        find: 'two@1',
        label: 'supported',
      },
      {
        find: 'two@2',
        label: 'supported',
      },
      {
        find: 'one point nine per cent',
        label: 'supported',
      },
      {
        find: 'one point six per cent',
        label: 'contradicted',
        note: 'direction, fact fil.change_24h -1.60',
      },
      {
        find: 'one point four per cent',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: '10x slip, fact gala.change_24h 0.50',
      },
      {
        find: 'six-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'three point three per cent',
        label: 'supported',
      },
      {
        find: 'six per cent@2',
        label: 'contradicted',
        note: 'wrong leader and 10x: fact sector.gaming.worst_24h IMX -3.30, sand -0.60',
      },
    ],
  },
  {
    id: 'Z-words-15',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's realized volatility over the last week runs at about thirteen per cent annualized, against roughly sixteen per cent over thirty days. Solana's weekly figure is closer to seventy-seven per cent. Ether's thirty-day volatility is about fifteen per cent. Bitcoin's volume ran at about ninety-nine per cent of its weekly norm.",
    numbers: [
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: 'sixteen per cent',
        label: 'supported',
      },
      {
        find: 'thirty@1',
        label: 'ignored',
      },
      {
        find: 'seventy-seven per cent',
        label: 'supported',
      },
      {
        find: 'thirty@2',
        label: 'ignored',
      },
      {
        find: 'fifteen per cent',
        label: 'contradicted',
        note: '7d value on a 30d claim, fact eth.volatility_30d 26.5',
      },
      {
        find: 'ninety-nine per cent',
        label: 'supported',
        note: 'ratio 0.985 read as a percentage of the weekly norm',
      },
    ],
  },
  {
    id: 'Z-words-16',
    voice: 'words',
    style: 'daily',
    text: "Solana's market value is now around one hundred and twenty-eight billion dollars, still well behind XRP at about one hundred and sixty-two billion. BNB sits near nine billion, and Dogecoin around thirty-one billion. Cardano is worth some fifty-two billion dollars.",
    numbers: [
      {
        find: 'one hundred and twenty-eight billion dollars',
        label: 'supported',
      },
      {
        find: 'one hundred and sixty-two billion',
        label: 'supported',
      },
      {
        find: 'nine billion',
        label: 'contradicted',
        note: '10x slip, fact bnb.market_cap 97.7B',
      },
      {
        find: 'thirty-one billion',
        label: 'supported',
      },
      {
        find: 'fifty-two billion dollars',
        label: 'contradicted',
        note: 'fact ada.market_cap 25.9B',
      },
    ],
  },
  {
    id: 'Z-words-17',
    voice: 'words',
    style: 'daily',
    text: "Ether's thirty-day swing low is three thousand seven hundred and seventy-two dollars. Its high for the day was about three thousand nine hundred and twenty-one, and the low about three thousand eight hundred and forty-two. Ether has fallen in five of the last six sessions.",
    numbers: [
      {
        find: 'thirty',
        label: 'ignored',
      },
      {
        find: 'three thousand seven hundred and seventy-two dollars',
        label: 'supported',
      },
      {
        find: 'three thousand nine hundred and twenty-one',
        label: 'supported',
      },
      {
        find: 'three thousand eight hundred and forty-two',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'unsupported',
        note: 'invented streak',
      },
      {
        find: 'six',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Z-words-18',
    voice: 'words',
    style: 'daily',
    text: 'Layer-two tokens slid again. The group lost two point three per cent, Optimism four point one per cent and Arbitrum three point six per cent, while Polygon inched up three-tenths of a per cent. Immutable fell one point three per cent. Over the week, Arbitrum is down about seven and a half per cent. The sector lost about one point seven billion dollars in value on the day.',
    numbers: [
      {
        find: 'two point three per cent',
        label: 'supported',
      },
      {
        find: 'four point one per cent',
        label: 'supported',
      },
      {
        find: 'three point six per cent',
        label: 'supported',
      },
      {
        find: 'three-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'one point three per cent',
        label: 'contradicted',
        note: 'fact imx.change_24h -3.30',
      },
      {
        find: 'seven and a half per cent',
        label: 'supported',
      },
      {
        find: 'one point seven billion dollars',
        label: 'contradicted',
        note: '10x slip, fact sector.l2.market_cap_change_24h -171M',
      },
    ],
  },
  {
    id: 'Z-words-19',
    voice: 'words',
    style: 'daily',
    text: "Morning note. Bitcoin rose three per cent overnight to about a hundred and thirteen thousand dollars. Ether is down eight-tenths of a per cent. Solana is up eleven per cent and has now gained thirteen per cent over thirty days. Sui has climbed sixteen per cent. Layer one was up seven per cent, and nine of its ten tokens rose. Bitcoin's dominance is about sixty-two per cent. Analysts expect Solana to hit three hundred dollars by December. Back in 2021, Solana peaked near two hundred and sixty dollars.",
    numbers: [
      {
        find: 'three per cent',
        label: 'contradicted',
        note: '10x slip, fact btc.change_24h 0.32',
      },
      {
        find: 'a hundred and thirteen thousand dollars',
        label: 'supported',
      },
      {
        find: 'eight-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'ignored',
      },
      {
        find: 'sixteen per cent',
        label: 'contradicted',
        note: 'fact sui.change_24h 6.20',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: '10x slip, fact sector.l1.change_24h 0.66',
      },
      {
        find: 'nine',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 8',
      },
      {
        find: 'ten@2',
        label: 'supported',
      },
      {
        find: 'sixty-two per cent',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.28',
      },
      {
        find: 'three hundred dollars',
        label: 'unsupported',
        note: 'forecast, no outlet named',
      },
      {
        find: '2021',
        label: 'ignored',
      },
      {
        find: 'two hundred and sixty dollars',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'Z-words-20',
    voice: 'words',
    style: 'weekly',
    text: 'The week in numbers. Bitcoin up one point four per cent, ether down one point nine per cent, Solana up seventeen point three per cent, XRP down one point eight per cent, BNB up one point four per cent, Cardano up three per cent, Avalanche up eight per cent, Sui up seven and a half per cent, Polkadot down five per cent, NEAR down one point nine per cent. In layer-two, Optimism lost seven per cent, Arbitrum seventeen per cent, Immutable seven per cent and Polygon gained two point three per cent. Avalanche was the best layer-one of the week at eight per cent.',
    numbers: [
      {
        find: 'one point four per cent@1',
        label: 'supported',
      },
      {
        find: 'one point nine per cent@1',
        label: 'supported',
      },
      {
        find: 'seventeen point three per cent',
        label: 'supported',
      },
      {
        find: 'one point eight per cent',
        label: 'supported',
      },
      {
        find: 'one point four per cent@2',
        label: 'supported',
      },
      {
        find: 'three per cent@2',
        label: 'supported',
      },
      {
        find: 'eight per cent@2',
        label: 'supported',
      },
      {
        find: 'seven and a half per cent',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'fact dot.change_7d -0.49',
      },
      {
        find: 'one point nine per cent@2',
        label: 'contradicted',
        note: 'sign flip, fact near.change_7d +1.85',
      },
      {
        find: 'layer-two',
        label: 'ignored',
      },
      {
        find: 'seven per cent@1',
        label: 'supported',
      },
      {
        find: 'seventeen per cent',
        label: 'contradicted',
        note: 'fact arb.change_7d -7.56',
      },
      {
        find: 'seven per cent@2',
        label: 'supported',
      },
      {
        find: 'two point three per cent',
        label: 'contradicted',
        note: 'sign flip, fact pol.change_7d -2.33',
      },
      {
        find: 'eight per cent@3',
        label: 'contradicted',
        note: 'wrong leader: fact sector.l1.best_7d is SOL 17.3 (avax 8.28 itself is right)',
      },
    ],
  },
  {
    id: 'Z-words-21',
    voice: 'words',
    style: 'daily',
    text: "Funding check. XRP funding is positive at two thousandths of a per cent, with longs paying shorts. Bitcoin's annualized funding is about eight per cent, Solana's about four per cent, and Dogecoin's about ten per cent. Ether's open interest is about four point six billion dollars and XRP's about one point one billion; Solana's is worth thirty-nine billion.",
    numbers: [
      {
        find: 'two thousandths of a per cent',
        label: 'contradicted',
        note: 'sign: fact xrp.funding_rate -0.0023 (shorts pay)',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: '10x slip, fact sol.funding_apr 43.8',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'four point six billion dollars',
        label: 'supported',
      },
      {
        find: 'one point one billion',
        label: 'supported',
      },
      {
        find: 'thirty-nine billion',
        label: 'contradicted',
        note: '10x slip, fact sol.open_interest 3.9B',
      },
    ],
  },
  {
    id: 'Z-words-22',
    voice: 'words',
    style: 'daily',
    text: 'Seventeen up, thirteen down; total value three point eight one trillion dollars; volume a hundred and forty-one billion.',
    numbers: [
      {
        find: 'Seventeen',
        label: 'supported',
      },
      {
        find: 'thirteen',
        label: 'supported',
      },
      {
        find: 'three point eight one trillion dollars',
        label: 'supported',
      },
      {
        find: 'a hundred and forty-one billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-words-23',
    voice: 'words',
    style: 'sector',
    text: 'Breadth by sector: in layer one, six of the ten rose; in AI, five of seven; in memes, three of four; in gaming, two of four.',
    numbers: [
      {
        find: 'six',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 8',
      },
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 3',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-words-24',
    voice: 'words',
    style: 'daily',
    text: 'Ether has underperformed bitcoin by more than one percentage point today, and Solana has outpaced bitcoin by almost eleven points. Solana is about four per cent below its resistance.',
    numbers: [
      {
        find: 'one percentage point',
        label: 'unsupported',
        note: 'derived arithmetic, no fact',
      },
      {
        find: 'eleven points',
        label: 'unsupported',
        note: 'derived arithmetic, no fact',
      },
      {
        find: 'four per cent',
        label: 'unsupported',
        note: 'distance to resistance, no fact',
      },
    ],
  },
  {
    id: 'Z-words-25',
    voice: 'words',
    style: 'daily',
    text: "Dogecoin funding runs at nine thousandths of a per cent per eight hours, and the coin trades at thirty cents. Pepe's market value is about forty-one billion dollars; Shiba Inu is worth about seven and a half billion. Pepe bulls say it could double by year-end. Dogwifhat's thirty-day swing high was eighty-five cents, and it now trades above it; its seven-day realized volatility is about sixty-two per cent. Bitcoin's seven-day volatility is about thirty per cent, and Solana's thirty-day volatility sits at seventy-six per cent.",
    numbers: [
      {
        find: 'nine thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight@1',
        label: 'ignored',
      },
      {
        find: 'thirty cents',
        label: 'contradicted',
        note: 'fact doge.price 0.2047',
      },
      {
        find: 'forty-one billion dollars',
        label: 'contradicted',
        note: '10x slip, fact pepe.market_cap 4.15B',
      },
      {
        find: 'seven and a half billion',
        label: 'supported',
      },
      {
        find: 'double',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'thirty@2',
        label: 'ignored',
      },
      {
        find: 'eighty-five cents',
        label: 'supported',
      },
      {
        find: 'seven@2',
        label: 'ignored',
      },
      {
        find: 'sixty-two per cent',
        label: 'supported',
      },
      {
        find: 'seven@3',
        label: 'ignored',
      },
      {
        find: 'thirty per cent',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 13.3',
      },
      {
        find: 'thirty@4',
        label: 'ignored',
      },
      {
        find: 'seventy-six per cent',
        label: 'contradicted',
        note: '7d value on a 30d claim, fact sol.volatility_30d 41.6',
      },
    ],
  },
];
