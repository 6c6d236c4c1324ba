import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-words-01',
    voice: 'words',
    style: 'daily',
    text: "The crypto market rose by almost three per cent over the past day, to roughly three point three trillion dollars. Twenty-four of the thirty coins we follow went up and six went down, so about four in five finished green. Bitcoin's share of the market slipped to just under sixty per cent.\n\nBitcoin rose one and a half per cent to about ninety-eight thousand seven hundred dollars. It is still down five and a half per cent on the week and more than twelve per cent on the month. Ether did better, gaining about nine per cent to around three thousand five hundred dollars.\n\nSolana climbed nearly eight per cent and XRP added almost four per cent. BNB, the only large cap to fall, lost two per cent.\n\nGaming was the strongest sector, up more than fifteen per cent, with all four of its tokens higher. Meme coins fell about eight per cent, the only sector in the red. Total trading volume came to nearly two hundred and fifty billion dollars.",
    numbers: [
      {
        find: 'three per cent',
        label: 'supported',
      },
      {
        find: 'three point three trillion dollars',
        label: 'supported',
      },
      {
        find: 'Twenty-four',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'six@1',
        label: 'supported',
      },
      {
        find: 'four in five',
        label: 'supported',
      },
      {
        find: 'sixty per cent',
        label: 'supported',
      },
      {
        find: 'one and a half per cent',
        label: 'supported',
      },
      {
        find: 'ninety-eight thousand seven hundred dollars',
        label: 'supported',
      },
      {
        find: 'five and a half per cent',
        label: 'supported',
      },
      {
        find: 'twelve per cent',
        label: 'contradicted',
        note: 'btc.change_30d -7.70',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'eth.change_24h 6.31',
      },
      {
        find: 'three thousand five hundred dollars',
        label: 'supported',
      },
      {
        find: 'eight per cent@1',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'bnb.change_24h -0.43',
      },
      {
        find: 'fifteen per cent',
        label: 'supported',
      },
      {
        find: 'four@4',
        label: 'supported',
      },
      {
        find: 'eight per cent@2',
        label: 'contradicted',
        note: 'sector.memes.change_24h -3.32; -8.86 is the 7d',
      },
      {
        find: 'two hundred and fifty billion dollars',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-words-02',
    voice: 'words',
    style: 'daily',
    text: "Open interest across the big perpetual markets fell by nine point seven per cent in a day, to about fifteen billion dollars. Bitcoin open interest dropped roughly ten per cent to just under eight billion dollars, and ether's fell by twelve and a half per cent. Ether's open interest now stands at forty-four billion dollars. XRP was the odd market out: its open interest grew by two per cent.\n\nFunding stayed negative on four of the five big perps. Ether's rate was roughly minus zero point zero one one per cent every eight hours, or about minus twelve per cent a year. Bitcoin's was minus zero point zero zero six per cent, which works out to about minus six point seven per cent annualised. Solana's annualised rate was about minus nineteen per cent. On XRP the rate was a positive zero point zero zero four per cent, so shorts were paying longs there.\n\nDogecoin open interest shrank six point four per cent to five hundred and sixty million dollars, and Solana's fell eleven point nine per cent. According to CoinDesk, more than three-quarters of the positions wiped out were shorts, with liquidations topping four hundred and twelve million dollars.",
    numbers: [
      {
        find: 'nine point seven per cent',
        label: 'supported',
      },
      {
        find: 'fifteen billion dollars',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'eight billion dollars',
        label: 'supported',
      },
      {
        find: 'twelve and a half per cent',
        label: 'supported',
        note: "eth.oi_change_24h -12.6; debatable precision of 'and a half'",
      },
      {
        find: 'forty-four billion dollars',
        label: 'contradicted',
        note: 'eth.open_interest 4.41B; 10x',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
        note: 'BTC, ETH, SOL, DOGE funding facts negative; count derived, debatable',
      },
      {
        find: 'five@1',
        label: 'supported',
      },
      {
        find: 'zero point zero one one per cent',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
      {
        find: 'zero point zero zero six per cent',
        label: 'supported',
      },
      {
        find: 'six point seven per cent',
        label: 'supported',
      },
      {
        find: 'nineteen per cent',
        label: 'contradicted',
        note: 'sol.funding_apr -9.57',
      },
      {
        find: 'zero point zero zero four per cent',
        label: 'contradicted',
        note: 'payer wrong: positive funding means longs pay shorts (value itself right)',
      },
      {
        find: 'six point four per cent',
        label: 'supported',
      },
      {
        find: 'five hundred and sixty million dollars',
        label: 'supported',
      },
      {
        find: 'eleven point nine per cent',
        label: 'contradicted',
        note: 'sol.oi_change_24h -8.3; -11.9 is the 7d',
      },
      {
        find: 'three-quarters',
        label: 'supported-by-source',
      },
      {
        find: 'four hundred and twelve million dollars',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'G-words-03',
    voice: 'words',
    style: 'sector',
    text: "Gaming tokens ran away with the day. The group rose by fifteen point seven per cent, led by Gala at nearly nineteen per cent. Axie Infinity gained almost eighteen per cent, The Sandbox sixteen per cent, and Immutable, the laggard of the four, a little over twelve and a half per cent. Gala's volume was about three times its weekly average.\n\nRollup tokens were next, up nearly ten per cent. Optimism gained eleven per cent, Arbitrum nine point seven per cent and Polygon about fourteen per cent.\n\nAI tokens rose by more than five per cent. Virtuals was the top AI name with thirteen per cent, and Bittensor the only decliner, down less than one per cent. Fetch.ai rose seventeen per cent. Six of the seven rose.\n\nDePIN gained four per cent. Filecoin led the group with almost eleven per cent, while Helium slipped one per cent.\n\nSmart contract platforms, with nine of ten members up, rose two and a half per cent. Meme coins were the worst, down three point three per cent; Dogecoin fell ten per cent and dogwifhat, the only meme up, gained about nine per cent.",
    numbers: [
      {
        find: 'fifteen point seven per cent',
        label: 'supported',
      },
      {
        find: 'nineteen per cent',
        label: 'supported',
      },
      {
        find: 'eighteen per cent',
        label: 'supported',
      },
      {
        find: 'sixteen per cent',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: 'twelve and a half per cent',
        label: 'supported',
      },
      {
        find: 'three times',
        label: 'supported',
      },
      {
        find: 'ten per cent@1',
        label: 'supported',
      },
      {
        find: 'eleven per cent@1',
        label: 'supported',
      },
      {
        find: 'nine point seven per cent',
        label: 'supported',
      },
      {
        find: 'fourteen per cent',
        label: 'contradicted',
        note: 'pol.change_24h 8.16',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: 'one per cent@1',
        label: 'supported',
      },
      {
        find: 'seventeen per cent',
        label: 'contradicted',
        note: 'fet.change_24h 7.42',
      },
      {
        find: 'Six',
        label: 'supported',
      },
      {
        find: 'seven@4',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'eleven per cent@2',
        label: 'contradicted',
        note: 'wrong leader: best_24h is IOTX 10.82; FIL rose 4.61',
      },
      {
        find: 'one per cent@2',
        label: 'supported',
      },
      {
        find: 'nine@3',
        label: 'supported',
      },
      {
        find: 'ten@3',
        label: 'supported',
      },
      {
        find: 'two and a half per cent',
        label: 'supported',
      },
      {
        find: 'three point three per cent',
        label: 'supported',
      },
      {
        find: 'ten per cent@2',
        label: 'contradicted',
        note: 'doge.change_24h -3.41; -10.08 is the 7d',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'wif.change_24h 1.87',
      },
    ],
  },
  {
    id: 'G-words-04',
    voice: 'words',
    style: 'weekly',
    text: "A split week. Bitcoin lost five and a half per cent over the seven days, and ether six-tenths of a per cent. Solana lost nine per cent and XRP five per cent. Smart contract platforms fell four and a half per cent, with all ten of them lower.\n\nThe rollups went the other way, rising six point seven per cent; Arbitrum gained nearly nine per cent and Optimism more than nine per cent. Gaming rose five per cent, with Axie Infinity up twelve per cent. Only two sectors rose.\n\nMemes fell nearly nine per cent. Dogecoin fell three per cent and Pepe lost about a fifth of its value. AI tokens fell more than three per cent, and Worldcoin, far from being the exception, fell six per cent. DePIN dropped eight per cent.\n\nTotal open interest fell about fourteen per cent on the week, and ether's by seventeen and a half per cent. Bitcoin's realised volatility came in at thirty-nine per cent. Analysts expect bitcoin to end the year near a hundred and ten thousand dollars, and the last time the market lost this much in a week, in the spring, it fell by a quarter.",
    numbers: [
      {
        find: 'five and a half per cent',
        label: 'supported',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: 'six-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent@1',
        label: 'contradicted',
        note: 'weekly: sol.change_7d -2.72; -9.03 is the 30d',
      },
      {
        find: 'five per cent@1',
        label: 'supported',
      },
      {
        find: 'four and a half per cent',
        label: 'supported',
      },
      {
        find: 'ten@2',
        label: 'supported',
      },
      {
        find: 'six point seven per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent@2',
        label: 'supported',
      },
      {
        find: 'nine per cent@3',
        label: 'supported',
      },
      {
        find: 'five per cent@2',
        label: 'supported',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'supported',
        note: 'count of sectors up on the week, derived from sector 7d facts; debatable',
      },
      {
        find: 'nine per cent@4',
        label: 'supported',
      },
      {
        find: 'three per cent@1',
        label: 'contradicted',
        note: 'weekly: doge.change_7d -10.08; -3.41 is 24h',
      },
      {
        find: 'a fifth',
        label: 'contradicted',
        note: 'pepe.change_7d -10.17',
      },
      {
        find: 'three per cent@2',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'contradicted',
        note: 'wld.change_7d +6.28, direction wrong',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'fourteen per cent',
        label: 'supported',
      },
      {
        find: 'seventeen and a half per cent',
        label: 'supported',
      },
      {
        find: 'thirty-nine per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and ten thousand',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'a quarter',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'G-words-05',
    voice: 'words',
    style: 'daily',
    text: "Outside the top two, Avalanche jumped more than nine per cent to about nineteen and a half dollars, just shy of resistance at twenty dollars. Cardano climbed eight and a half per cent to around sixty cents, and its volume ran at four times its weekly average. Polkadot gained seventeen per cent, NEAR almost eight per cent and Sui just over ten per cent, to around two dollars sixty.\n\nXRP, up eight per cent, trades near two dollars thirty-five, between support at two dollars thirty and resistance at two forty. BNB dipped less than half a per cent to about nine hundred and sixty-eight dollars. Solana is now worth about a hundred and forty billion dollars, and Sui's monthly high is three dollars.",
    numbers: [
      {
        find: 'top two',
        label: 'ignored',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'nineteen and a half dollars',
        label: 'supported',
      },
      {
        find: 'twenty dollars',
        label: 'supported',
      },
      {
        find: 'eight and a half per cent',
        label: 'supported',
      },
      {
        find: 'sixty cents',
        label: 'supported',
      },
      {
        find: 'four times',
        label: 'contradicted',
        note: 'ada.volume_ratio_7d 2.36',
      },
      {
        find: 'seventeen per cent',
        label: 'contradicted',
        note: 'dot.change_24h 7.13',
      },
      {
        find: 'eight per cent@1',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'two dollars sixty',
        label: 'supported',
      },
      {
        find: 'eight per cent@2',
        label: 'contradicted',
        note: 'xrp.change_24h 3.92',
      },
      {
        find: 'two dollars thirty-five',
        label: 'supported',
      },
      {
        find: 'two dollars thirty@2',
        label: 'supported',
      },
      {
        find: 'two forty',
        label: 'supported',
      },
      {
        find: 'half a per cent',
        label: 'supported',
      },
      {
        find: 'nine hundred and sixty-eight dollars',
        label: 'supported',
      },
      {
        find: 'a hundred and forty billion dollars',
        label: 'contradicted',
        note: "sol.market_cap 87.8B; 142B is XRP's",
      },
      {
        find: 'three dollars',
        label: 'contradicted',
        note: 'sui.swing_high_30d 2.85',
      },
    ],
  },
  {
    id: 'G-words-06',
    voice: 'words',
    style: 'daily',
    text: "According to Bitcoin Magazine, U.S. spot bitcoin funds took in two hundred and thirty-six million dollars, their first inflow in four sessions. The Block said the Ronin network handled two point three million transactions as Axie activity spiked, and Decrypt reported that forty new games are coming to Immutable's zkEVM. Cointelegraph wrote that Gala soared nineteen per cent.\n\nNot every headline figure holds up. CryptoSlate said gaming tokens jumped twenty-two per cent, and CoinDesk had ether up nine per cent. A Reddit poster claimed twenty-seven of the top thirty were green. Liquidations of more than four hundred million dollars hit shorts, reports said, and some expect ETF inflows to reach a billion dollars next week.",
    numbers: [
      {
        find: 'two hundred and thirty-six million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'four@1',
        label: 'supported-by-source',
      },
      {
        find: 'two point three million',
        label: 'supported-by-source',
      },
      {
        find: 'forty',
        label: 'supported-by-source',
      },
      {
        find: 'nineteen per cent',
        label: 'supported',
      },
      {
        find: 'twenty-two per cent',
        label: 'contradicted',
        note: 'sector.gaming.change_24h 15.65',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'eth.change_24h 6.31',
      },
      {
        find: 'twenty-seven',
        label: 'contradicted',
        note: 'market.advancers_24h 24',
      },
      {
        find: 'thirty@2',
        label: 'ignored',
      },
      {
        find: 'four hundred million dollars',
        label: 'unsupported',
        note: 'headline figure not attributed to its outlet',
      },
      {
        find: 'a billion dollars',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-words-07',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's range over the day ran from about ninety-six thousand seven hundred and fifty to just under ninety-nine thousand. Spot volume was eight and a half billion dollars, more than twice the weekly average. The thirty-day low is roughly ninety-six thousand and the high roughly a hundred and eleven thousand; support sits at ninety-five thousand and resistance at a hundred thousand. Bitcoin is worth about two trillion dollars, and its realised volatility over the past week was around twenty-seven per cent. It sits about eleven per cent below its monthly high.\n\nEther touched three thousand five hundred and thirty-three at the top of its range and bottomed at three thousand two hundred and sixty-seven. Resistance is at three thousand four hundred, and the monthly low is about three thousand one hundred and fifty. Ether's volume was four point seven billion dollars, roughly ten times its normal level.",
    numbers: [
      {
        find: 'ninety-six thousand seven hundred and fifty',
        label: 'supported',
      },
      {
        find: 'ninety-nine thousand',
        label: 'supported',
      },
      {
        find: 'eight and a half billion dollars',
        label: 'supported',
      },
      {
        find: 'twice',
        label: 'supported',
      },
      {
        find: 'thirty-day',
        label: 'ignored',
      },
      {
        find: 'ninety-six thousand@2',
        label: 'supported',
      },
      {
        find: 'a hundred and eleven thousand',
        label: 'supported',
      },
      {
        find: 'ninety-five thousand',
        label: 'supported',
      },
      {
        find: 'a hundred thousand',
        label: 'supported',
      },
      {
        find: 'two trillion dollars',
        label: 'supported',
      },
      {
        find: 'twenty-seven per cent',
        label: 'contradicted',
        note: 'btc.volatility_7d 38.6; 27 is the 30d',
      },
      {
        find: 'eleven per cent',
        label: 'unsupported',
        note: 'distance to the 30-day high, derived',
      },
      {
        find: 'three thousand five hundred and thirty-three',
        label: 'supported',
      },
      {
        find: 'three thousand two hundred and sixty-seven',
        label: 'supported',
      },
      {
        find: 'three thousand four hundred',
        label: 'contradicted',
        note: 'eth.resistance 3600; 3400 is support',
      },
      {
        find: 'three thousand one hundred and fifty',
        label: 'supported',
      },
      {
        find: 'four point seven billion dollars',
        label: 'supported',
      },
      {
        find: 'ten times',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 2.39',
      },
    ],
  },
  {
    id: 'G-words-08',
    voice: 'words',
    style: 'sector',
    text: "Where the money went, in market-cap terms. The gaming group's value rose by about three hundred and seventy-eight million dollars to two point eight billion. The AI group added about seven hundred and thirty-six million, the rollups over half a billion, and the smart contract platforms around seventy billion dollars. Memes lost three point eight billion. On CoinGecko's broader category, rollups are worth sixteen point nine billion and DePIN eleven point six billion. Over the month, gaming's market cap doubled.",
    numbers: [
      {
        find: 'three hundred and seventy-eight million dollars',
        label: 'supported',
      },
      {
        find: 'two point eight billion',
        label: 'supported',
      },
      {
        find: 'seven hundred and thirty-six million',
        label: 'supported',
      },
      {
        find: 'half a billion',
        label: 'supported',
        note: 'sector.l2.market_cap_change_24h 549M',
      },
      {
        find: 'seventy billion dollars',
        label: 'supported',
      },
      {
        find: 'three point eight billion',
        label: 'contradicted',
        note: '24h memes cap change -1.33B; -3.76B is the 7d',
      },
      {
        find: 'sixteen point nine billion',
        label: 'supported',
      },
      {
        find: 'eleven point six billion',
        label: 'supported',
      },
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'sector.gaming 30d change -0.53',
      },
    ],
  },
  {
    id: 'G-words-09',
    voice: 'words',
    style: 'daily',
    text: 'By the numbers: roughly a fifth of the watchlist fell, six coins in all. Nine in ten smart contract platforms rose, and three-quarters of DePIN names. In AI, all but one rose, while roughly two-thirds of the rollups rose. Half of the meme coins rose. Ether rose about four times as much as bitcoin did.',
    numbers: [
      {
        find: 'a fifth',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: 'Nine in ten',
        label: 'supported',
      },
      {
        find: 'three-quarters',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: 'two-thirds',
        label: 'contradicted',
        note: 'sector.l2.advancers_24h 4 of 4',
      },
      {
        find: 'Half',
        label: 'contradicted',
        note: 'sector.memes.advancers_24h 1 of 4',
      },
      {
        find: 'four times',
        label: 'unsupported',
        note: 'derived ratio 6.31/1.52, no fact',
      },
    ],
  },
  {
    id: 'G-words-10',
    voice: 'words',
    style: 'daily',
    text: "Memes and DePIN. Dogecoin lost three and a half per cent to about nineteen cents. Shiba Inu fell two per cent, Pepe five point eight per cent, and dogwifhat rose two per cent. Dogecoin's volume was one point four times its weekly average, Pepe's nearly three times, and Shiba Inu's volume doubled. Dogecoin funding sits at minus zero point zero zero two five per cent, and its open interest fell twelve point eight per cent. The four memes together are worth about thirty-nine billion dollars.\n\nIoTeX rose nearly eleven per cent to about two point four cents, and Filecoin gained four point six per cent. Helium fell eleven per cent and now trades around three dollars sixty. Over the month, DePIN tokens are down twelve per cent.",
    numbers: [
      {
        find: 'three and a half per cent',
        label: 'supported',
      },
      {
        find: 'nineteen cents',
        label: 'supported',
      },
      {
        find: 'two per cent@1',
        label: 'supported',
      },
      {
        find: 'five point eight per cent',
        label: 'supported',
      },
      {
        find: 'two per cent@2',
        label: 'supported',
      },
      {
        find: 'one point four times',
        label: 'supported',
      },
      {
        find: 'nearly three times',
        label: 'contradicted',
        note: 'pepe.volume_ratio_7d 1.38',
      },
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'shib.volume_ratio_7d 1.25',
      },
      {
        find: 'zero point zero zero two five per cent',
        label: 'supported',
      },
      {
        find: 'twelve point eight per cent',
        label: 'contradicted',
        note: 'doge.oi_change_24h -6.4; -12.8 is the 7d',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'thirty-nine billion dollars',
        label: 'supported',
      },
      {
        find: 'eleven per cent@1',
        label: 'supported',
      },
      {
        find: 'two point four cents',
        label: 'supported',
      },
      {
        find: 'four point six per cent',
        label: 'supported',
      },
      {
        find: 'eleven per cent@2',
        label: 'contradicted',
        note: 'hnt.change_24h -1.18; -10.93 is the 7d',
      },
      {
        find: 'three dollars sixty',
        label: 'contradicted',
        note: 'hnt.price 2.794; 3.66 is the 30-day high',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-words-11',
    voice: 'words',
    style: 'daily',
    text: "Desk chatter. Bitcoin is up three per cent on the day and its dominance has climbed to sixty-two per cent. Its twenty-four-hour high was a hundred and one thousand, and its thirty-day volatility is twenty-seven per cent. Bitcoin open interest is roughly seven point nine billion.\n\nEther's funding is the most negative of the majors at minus twelve per cent annualised, and ether trades three and a half per cent below resistance. Its market cap is about four hundred and twenty billion dollars, and its thirty-day high is three thousand eight hundred.\n\nSolana's open interest is twelve billion dollars; the coin sits just below resistance at a hundred and sixty after a day low of a hundred and forty-seven. XRP's open interest rose twelve per cent. The average funding rate is minus seven thousandths of a per cent.",
    numbers: [
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'btc.change_24h 1.52; 2.94 is the market-cap change',
      },
      {
        find: 'sixty-two per cent',
        label: 'contradicted',
        note: 'market.btc_dominance 59.45, and it fell',
      },
      {
        find: 'twenty-four-hour',
        label: 'ignored',
      },
      {
        find: 'a hundred and one thousand',
        label: 'contradicted',
        note: 'btc.high_24h 98,999.59',
      },
      {
        find: 'thirty-day@1',
        label: 'ignored',
      },
      {
        find: 'twenty-seven per cent',
        label: 'supported',
      },
      {
        find: 'seven point nine billion',
        label: 'supported',
      },
      {
        find: 'twelve per cent@1',
        label: 'supported',
      },
      {
        find: 'three and a half per cent',
        label: 'unsupported',
        note: 'distance to resistance, derived',
      },
      {
        find: 'four hundred and twenty billion dollars',
        label: 'supported',
      },
      {
        find: 'thirty-day@2',
        label: 'ignored',
      },
      {
        find: 'three thousand eight hundred',
        label: 'supported',
      },
      {
        find: 'twelve billion dollars',
        label: 'contradicted',
        note: 'sol.open_interest 1.21B; 10x',
      },
      {
        find: 'a hundred and sixty',
        label: 'supported',
      },
      {
        find: 'a hundred and forty-seven',
        label: 'supported',
      },
      {
        find: 'twelve per cent@2',
        label: 'contradicted',
        note: 'xrp.oi_change_24h +2.1',
      },
      {
        find: 'seven thousandths of a per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-words-12',
    voice: 'words',
    style: 'weekly',
    text: 'AI and DePIN over the week. Render was the worst AI token, down eight point seven per cent. Bittensor lost five per cent, FET three per cent, The Graph seven per cent and Virtuals three per cent. Worldcoin rose six per cent and NEAR fell four per cent. Just one of the seven AI tokens rose, and the sector as a whole fell ten per cent.\n\nAll four DePIN tokens fell: IoTeX dropped eleven per cent, Filecoin six per cent and Helium sixteen per cent. The sector lost eight per cent. Ether, for comparison, fell six per cent.',
    numbers: [
      {
        find: 'eight point seven per cent',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'three per cent@1',
        label: 'supported',
      },
      {
        find: 'seven per cent@2',
        label: 'contradicted',
        note: 'grt.change_7d -5.17',
      },
      {
        find: 'three per cent@2',
        label: 'supported',
      },
      {
        find: 'six per cent@1',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: 'seven@3',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'contradicted',
        note: 'weekly: sector.ai.change_7d -3.35; -10.36 is the 30d',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'six per cent@2',
        label: 'supported',
      },
      {
        find: 'sixteen per cent',
        label: 'contradicted',
        note: 'weekly: hnt.change_7d -10.93; -16.92 is the 30d',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'six per cent@3',
        label: 'contradicted',
        note: 'weekly: eth.change_7d -0.60',
      },
    ],
  },
  {
    id: 'G-words-13',
    voice: 'words',
    style: 'daily',
    text: "In short: the total market cap is now three point one trillion and bitcoin's share is fifty-nine and a half per cent. Cointelegraph noted the market's gain was nearly twice bitcoin's. The Block reported open interest down fifteen per cent, and Cointelegraph said ether's open interest fell twelve point six per cent. Gaming tokens were up sixteen per cent on the day, and bitcoin volume ran at five times its average.",
    numbers: [
      {
        find: 'three point one trillion',
        label: 'contradicted',
        note: 'market.total_cap 3.318T',
      },
      {
        find: 'fifty-nine and a half per cent',
        label: 'supported',
      },
      {
        find: 'twice',
        label: 'supported-by-source',
      },
      {
        find: 'fifteen per cent',
        label: 'contradicted',
        note: 'market.oi_change_24h -9.68; debatable, the 7d change is -14.3',
      },
      {
        find: 'twelve point six per cent',
        label: 'supported',
      },
      {
        find: 'sixteen per cent',
        label: 'supported',
      },
      {
        find: 'five times',
        label: 'contradicted',
        note: 'btc.volume_ratio_7d 2.37',
      },
    ],
  },
];
