import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-words-01',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin rose three point eight per cent on Thursday to a little over a hundred and twelve thousand dollars, its highest level in a month. Ether gained four point six per cent, and twenty-seven of the thirty tokens we follow finished the day higher.\n\nOnly three fell: Arbitrum, Optimism and Shiba Inu.',
    numbers: [
      {
        find: 'three point eight per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and twelve thousand dollars',
        label: 'supported',
      },
      {
        find: 'four point six per cent',
        label: 'supported',
      },
      {
        find: 'twenty-seven',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'three@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-02',
    voice: 'words',
    style: 'sector',
    text: "The artificial-intelligence group climbed nine per cent, with Virtuals Protocol up fourteen per cent and FET up almost twelve. That is roughly five times the meme sector's gain of just under two per cent.\n\nGaming tokens rose six per cent, DePIN five and a half and layer-one platforms close to four.",
    numbers: [
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'fourteen per cent',
        label: 'supported',
      },
      {
        find: 'twelve',
        label: 'supported',
      },
      {
        find: 'five times',
        label: 'unsupported',
        note: 'derived: ratio of two sector changes',
      },
      {
        find: 'just under two per cent',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
      {
        find: 'five and a half',
        label: 'supported',
      },
      {
        find: 'layer-one',
        label: 'ignored',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-03',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin jumped eleven per cent on the day, and ether's price doubled. Solana added eight per cent.\n\nEvery token on the watchlist rose.",
    numbers: [
      {
        find: 'eleven per cent',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%; eleven per cent is its 7d change',
      },
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'ETH rose 4.62% over 24h, not 100%',
      },
      {
        find: 'eight per cent',
        label: 'contradicted',
        note: 'SOL 24h change is +5.41%; 8.29% is 7d',
      },
      {
        find: 'Every token on the watchlist rose',
        label: 'contradicted',
        note: '27 of 30 rose; 3 fell',
      },
    ],
  },
  {
    id: 'A-words-04',
    voice: 'words',
    style: 'daily',
    text: 'More than two-thirds of the thirty assets rose. In the AI group, all seven finished higher; in layer one, all ten. Among memecoins, three of the four gained, and among layer-two tokens only half did.\n\nDePIN: three of four higher. Gaming: all four.',
    numbers: [
      {
        find: 'two-thirds',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'all seven',
        label: 'supported',
      },
      {
        find: 'layer one',
        label: 'ignored',
      },
      {
        find: 'all ten',
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
        find: 'layer-two',
        label: 'ignored',
      },
      {
        find: 'half',
        label: 'supported',
      },
      {
        find: 'three@2',
        label: 'contradicted',
        note: 'all 4 DePIN members rose over 24h',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'all four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-05',
    voice: 'words',
    style: 'daily',
    text: 'Open interest in bitcoin futures rose six per cent to nearly ten billion dollars. In ether it rose almost eight per cent; in solana it fell more than three; in dogecoin it fell more than five.\n\nTotal open interest across the five perpetual markets grew by about a twentieth, to nineteen billion dollars.',
    numbers: [
      {
        find: 'six per cent',
        label: 'supported',
      },
      {
        find: 'ten billion dollars',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'more than three',
        label: 'supported',
      },
      {
        find: 'more than five',
        label: 'supported',
      },
      {
        find: 'five@2',
        label: 'ignored',
      },
      {
        find: 'a twentieth',
        label: 'supported',
      },
      {
        find: 'nineteen billion dollars',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-06',
    voice: 'words',
    style: 'daily',
    text: 'Ether open interest doubled overnight, and bitcoin funding tripled to eight-thousandths of a per cent every eight hours. Solana funding stayed below zero, at minus twenty-seven ten-thousandths of a per cent.',
    numbers: [
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'ETH OI rose 7.8% over 24h',
      },
      {
        find: 'tripled',
        label: 'unsupported',
        note: 'no fact on a prior funding level; derived claim',
      },
      {
        find: 'eight-thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: 'below zero',
        label: 'supported',
      },
      {
        find: 'minus twenty-seven ten-thousandths',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-07',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's share of the market is now just over sixty-two per cent, or more than three-fifths. The whole market is worth three point six trillion dollars, up three point seven per cent, and trading volume reached a hundred and sixty-four billion.\n\nBitcoin alone is worth about two and a quarter trillion.",
    numbers: [
      {
        find: 'just over sixty-two per cent',
        label: 'supported',
      },
      {
        find: 'more than three-fifths',
        label: 'supported',
      },
      {
        find: 'three point six trillion dollars',
        label: 'supported',
      },
      {
        find: 'three point seven per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and sixty-four billion',
        label: 'supported',
      },
      {
        find: 'two and a quarter trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-08',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's share of the market fell to half of the total. The whole market is worth four trillion dollars, up seven per cent, and a quarter of the tokens fell.",
    numbers: [
      {
        find: 'half',
        label: 'contradicted',
        note: 'BTC dominance is 62.1%',
      },
      {
        find: 'four trillion dollars',
        label: 'contradicted',
        note: 'total market cap is $3.618 trillion',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'total market cap 24h change is +3.71%',
      },
      {
        find: 'a quarter',
        label: 'contradicted',
        note: '3 of 30 (10%) fell, not a quarter',
      },
    ],
  },
  {
    id: 'A-words-09',
    voice: 'words',
    style: 'daily',
    text: 'Layer-two tokens lost less than half a per cent on the day. Optimism dropped two point four per cent and Arbitrum nearly two. Polygon rose three per cent and Immutable added two and a half.\n\nOver the past month the group is down six and a half per cent, and none of its four members is up over that span.',
    numbers: [
      {
        find: 'Layer-two',
        label: 'ignored',
      },
      {
        find: 'less than half a per cent',
        label: 'supported',
      },
      {
        find: 'two point four per cent',
        label: 'supported',
      },
      {
        find: 'nearly two',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'POL 24h change is +0.31%',
      },
      {
        find: 'two and a half',
        label: 'supported',
      },
      {
        find: 'six and a half per cent',
        label: 'supported',
      },
      {
        find: 'none of its four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-10',
    voice: 'words',
    style: 'daily',
    text: 'Dogecoin rose two per cent to about eighteen cents. Shiba Inu slipped more than half a per cent. Pepe rose three per cent and dogwifhat nearly five. The meme group is worth some thirty-seven billion dollars.\n\nDogecoin fell seven per cent, one trader said, mixing up the week with the day.',
    numbers: [
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'eighteen cents',
        label: 'supported',
      },
      {
        find: 'more than half a per cent',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'supported',
      },
      {
        find: 'thirty-seven billion dollars',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'DOGE rose 2.14% over 24h; -7.61% is its 7d change',
      },
    ],
  },
  {
    id: 'A-words-11',
    voice: 'words',
    style: 'weekly',
    text: 'Over the week bitcoin gained eleven per cent, ether four and solana eight. Avalanche was the standout at nearly sixteen per cent, while dogecoin lost seven and a half and Filecoin eleven and a half.\n\nThe layer-one group rose nine per cent, gaming eight, layer two five and AI about three and a half. DePIN fell five and memes almost seven.',
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
        find: 'eight@1',
        label: 'supported',
      },
      {
        find: 'sixteen per cent',
        label: 'supported',
      },
      {
        find: 'seven and a half',
        label: 'supported',
      },
      {
        find: 'eleven and a half',
        label: 'supported',
      },
      {
        find: 'layer-one',
        label: 'ignored',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'eight@2',
        label: 'supported',
      },
      {
        find: 'layer two',
        label: 'ignored',
      },
      {
        find: 'five@1',
        label: 'supported',
      },
      {
        find: 'three and a half',
        label: 'supported',
      },
      {
        find: 'five@2',
        label: 'supported',
      },
      {
        find: 'seven@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-12',
    voice: 'words',
    style: 'weekly',
    text: 'This week the AI group rose nine per cent, and all seven of its members gained. Memes rose two per cent. Gaming was the best sector with eight per cent, and Bitcoin rose four per cent.\n\nLayer-two tokens fell over the week.',
    numbers: [
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'AI 7d change is +3.58%; 9.2% is 24h',
      },
      {
        find: 'all seven',
        label: 'contradicted',
        note: 'AI 7d: 6 up, 1 down (WLD)',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'memes 7d change is -6.86%',
      },
      {
        find: 'eight per cent',
        label: 'contradicted',
        note: 'L1 (+8.96%) was the best sector over 7d; gaming rose 8.35%',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'BTC 7d change is +10.97%; 3.84% is 24h',
      },
      {
        find: 'Layer-two',
        label: 'ignored',
      },
      {
        find: 'fell',
        label: 'contradicted',
        note: 'L2 rose 5.44% over 7d',
      },
    ],
  },
  {
    id: 'A-words-13',
    voice: 'words',
    style: 'daily',
    text: "Analysts expect bitcoin to reach one hundred and fifty thousand dollars by March, or a third above today's level. Bitcoin last peaked at a hundred and twenty-six thousand in October.\n\nInflows to the spot funds were six hundred and twelve million dollars on Wednesday, according to Farside Investors data reported by CoinDesk, while more than three hundred and forty million in shorts were liquidated, Decrypt reported, citing CoinGlass.",
    numbers: [
      {
        find: 'one hundred and fifty thousand dollars',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: 'a third',
        label: 'unsupported',
        note: 'derived from a forecast',
      },
      {
        find: 'a hundred and twenty-six thousand',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: 'six hundred and twelve million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'more than three hundred and forty million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'A-words-14',
    voice: 'words',
    style: 'daily',
    text: 'Rumours said a billion dollars of shorts had been liquidated — the figure, one billion, appeared in no report. The hashrate reached one point two zettahashes, and miners sold five thousand coins, traders said.',
    numbers: [
      {
        find: 'a billion dollars',
        label: 'unsupported',
        note: 'no named outlet, no fact',
      },
      {
        find: 'one billion',
        label: 'unsupported',
        note: 'no named outlet, no fact',
      },
      {
        find: 'one point two zettahashes',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: 'five thousand',
        label: 'unsupported',
        note: 'invented, no fact',
      },
    ],
  },
  {
    id: 'A-words-15',
    voice: 'words',
    style: 'daily',
    text: 'Ether stood at three thousand nine hundred and eighty-seven dollars, thirteen dollars short of the four-thousand-dollar resistance. Its support is at three thousand eight hundred.\n\nSolana traded at a hundred and seventy-one dollars, just above support at a hundred and seventy and below resistance at one hundred and ninety.',
    numbers: [
      {
        find: 'three thousand nine hundred and eighty-seven dollars',
        label: 'supported',
      },
      {
        find: 'thirteen dollars',
        label: 'unsupported',
        note: 'derived: distance to resistance',
      },
      {
        find: 'four-thousand-dollar',
        label: 'supported',
      },
      {
        find: 'three thousand eight hundred',
        label: 'supported',
      },
      {
        find: 'a hundred and seventy-one dollars',
        label: 'supported',
      },
      {
        find: 'a hundred and seventy@2',
        label: 'supported',
      },
      {
        find: 'one hundred and ninety',
        label: 'contradicted',
        note: 'SOL resistance is $180',
      },
    ],
  },
  {
    id: 'A-words-16',
    voice: 'words',
    style: 'daily',
    text: 'Bittensor rose nearly nine per cent to three hundred and seventy-two dollars. Render gained nine and a half, Worldcoin seven and a half and the Graph six. NEAR added nine per cent, the best of the ten large platforms; BNB, at under two per cent, was the weakest.\n\nCardano rose eight per cent. Polkadot fell four and a half per cent.',
    numbers: [
      {
        find: 'nearly nine per cent',
        label: 'supported',
      },
      {
        find: 'three hundred and seventy-two dollars',
        label: 'supported',
      },
      {
        find: 'nine and a half',
        label: 'supported',
      },
      {
        find: 'seven and a half',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: 'nine per cent@2',
        label: 'supported',
      },
      {
        find: 'ten@2',
        label: 'supported',
      },
      {
        find: 'under two per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'contradicted',
        note: 'ADA 24h change is +3.92%; 7.98% is 7d',
      },
      {
        find: 'four and a half per cent',
        label: 'contradicted',
        note: 'DOT rose 4.48% over 24h; direction flipped',
      },
    ],
  },
  {
    id: 'A-words-17',
    voice: 'words',
    style: 'daily',
    text: 'Gala rose almost ten per cent, Axie Infinity nearly nine and the Sandbox seven and a half. Helium managed only about one per cent, while Filecoin rose three and IoTeX nearly six.\n\nHelium was the best DePIN token, up nine and a half per cent.',
    numbers: [
      {
        find: 'almost ten per cent',
        label: 'supported',
      },
      {
        find: 'nearly nine',
        label: 'supported',
      },
      {
        find: 'seven and a half',
        label: 'supported',
      },
      {
        find: 'about one per cent',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: 'nine and a half per cent',
        label: 'contradicted',
        note: 'best DePIN token was RENDER (+9.46%); HNT rose 1.24%',
      },
    ],
  },
  {
    id: 'A-words-18',
    voice: 'words',
    style: 'daily',
    text: "Funding for dogecoin perpetuals was minus fifty-eight ten-thousandths of a per cent, or about minus six per cent a year. XRP funding was thirty-six ten-thousandths of a per cent, about four per cent annualised. Ether funding came to ten per cent a year, bitcoin's to twenty per cent.",
    numbers: [
      {
        find: 'minus fifty-eight ten-thousandths',
        label: 'supported',
      },
      {
        find: 'minus six per cent',
        label: 'supported',
      },
      {
        find: 'thirty-six ten-thousandths',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'twenty per cent',
        label: 'contradicted',
        note: 'BTC annualized funding is 8.89%',
      },
    ],
  },
  {
    id: 'A-words-19',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin slipped two per cent on Thursday to a hundred and eight thousand dollars. Ether lost five per cent, solana three and XRP one.\n\nOnly a dozen of the thirty tokens we track rose, and every sector fell.',
    numbers: [
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'BTC rose 3.84% over 24h',
      },
      {
        find: 'a hundred and eight thousand dollars',
        label: 'contradicted',
        note: 'BTC price is $112,486; $108,050 was the 24h low',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'ETH rose 4.62% over 24h',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'SOL rose 5.41% over 24h',
      },
      {
        find: 'one',
        label: 'contradicted',
        note: 'XRP rose 2.16% over 24h',
      },
      {
        find: 'Only a dozen',
        label: 'contradicted',
        note: '27 of 30 rose',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'every sector fell',
        label: 'contradicted',
        note: 'five of six sectors rose; only L2 fell',
      },
    ],
  },
  {
    id: 'A-words-20',
    voice: 'words',
    style: 'daily',
    text: "The meme group was the day's best performer with a two per cent gain. Shiba Inu led it, up half a per cent. Pepe fell three and a half.\n\nThe AI group rose eighteen per cent, with Virtuals up forty per cent and Bittensor twenty.",
    numbers: [
      {
        find: 'a two per cent',
        label: 'contradicted',
        note: 'AI (+9.2%) was the best sector; memes rose 1.82%',
      },
      {
        find: 'half a per cent',
        label: 'contradicted',
        note: 'SHIB fell 0.58%; WIF led memes',
      },
      {
        find: 'three and a half',
        label: 'contradicted',
        note: 'PEPE rose 3.40% over 24h; -3.60% is 7d',
      },
      {
        find: 'eighteen per cent',
        label: 'contradicted',
        note: 'AI sector 24h change is +9.20%',
      },
      {
        find: 'forty per cent',
        label: 'contradicted',
        note: 'VIRTUAL 24h change is +14.27%',
      },
      {
        find: 'twenty',
        label: 'contradicted',
        note: 'TAO 24h change is +8.71%',
      },
    ],
  },
  {
    id: 'A-words-21',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin open interest rose by a quarter to twelve billion dollars. Solana open interest rose three and a half per cent. Dogecoin open interest fell by half.\n\nBitcoin funding was negative, while ether funding was positive at just under one hundredth of a per cent.',
    numbers: [
      {
        find: 'a quarter',
        label: 'contradicted',
        note: 'BTC OI rose 6.2% over 24h',
      },
      {
        find: 'twelve billion dollars',
        label: 'contradicted',
        note: 'BTC OI is $9.84 billion',
      },
      {
        find: 'three and a half per cent',
        label: 'contradicted',
        note: 'SOL OI fell 3.4% over 24h; direction flipped',
      },
      {
        find: 'half@2',
        label: 'contradicted',
        note: 'DOGE OI fell 5.6%, not 50%',
      },
      {
        find: 'negative',
        label: 'contradicted',
        note: 'BTC funding is +0.0081% per 8h',
      },
      {
        find: 'positive',
        label: 'supported',
      },
      {
        find: 'just under one hundredth of a per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-22',
    voice: 'words',
    style: 'weekly',
    text: "Over the seven days bitcoin added nearly four per cent, ether almost five and Avalanche six. Filecoin rose three.\n\nMemes were the week's worst sector, down almost seven per cent, and DePIN fell five. Two of the six sectors lost ground.",
    numbers: [
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: 'nearly four per cent',
        label: 'contradicted',
        note: 'BTC 7d change is +10.97%; 3.84% is 24h',
      },
      {
        find: 'almost five',
        label: 'contradicted',
        note: 'ETH 7d change is +4.33%; 4.62% is 24h',
      },
      {
        find: 'six@1',
        label: 'contradicted',
        note: 'AVAX 7d change is +15.64%; 6.27% is 24h',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'FIL 7d change is -11.51%; 3.10% is 24h',
      },
      {
        find: 'almost seven per cent',
        label: 'supported',
      },
      {
        find: 'five@2',
        label: 'supported',
      },
      {
        find: 'Two',
        label: 'supported',
      },
      {
        find: 'six@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-words-23',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's daily range ran from about a hundred and eight thousand to a hundred and twelve and a half thousand. Its thirty-day swing high, about a hundred and eleven thousand three hundred, was cleared; its thirty-day low was near ninety-seven thousand. Seven-day volatility was about a third annualised.\n\nVolume was nine per cent above the weekly average, and double the level of a week ago, one desk claimed.",
    numbers: [
      {
        find: 'a hundred and eight thousand',
        label: 'supported',
      },
      {
        find: 'a hundred and twelve and a half thousand',
        label: 'supported',
      },
      {
        find: 'thirty-day@1',
        label: 'ignored',
      },
      {
        find: 'a hundred and eleven thousand three hundred',
        label: 'supported',
      },
      {
        find: 'thirty-day@2',
        label: 'ignored',
      },
      {
        find: 'ninety-seven thousand',
        label: 'supported',
      },
      {
        find: 'Seven-day',
        label: 'ignored',
      },
      {
        find: 'a third',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'double',
        label: 'contradicted',
        note: 'BTC volume ratio is 1.09x, not 2x',
      },
    ],
  },
];
