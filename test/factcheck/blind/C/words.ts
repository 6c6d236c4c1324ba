import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-words-01',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin rose three point eight per cent to a little over one hundred and twelve thousand dollars, while ether climbed four point six per cent to just under four thousand dollars. Twenty-seven of the thirty tracked tokens rose.',
    numbers: [
      {
        find: 'three point eight per cent',
        label: 'supported',
      },
      {
        find: 'one hundred and twelve thousand dollars',
        label: 'supported',
      },
      {
        find: 'four point six per cent',
        label: 'supported',
      },
      {
        find: 'four thousand dollars',
        label: 'supported',
      },
      {
        find: 'Twenty-seven',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-02',
    voice: 'words',
    style: 'daily',
    text: 'Only three tokens fell: Optimism, down about two and a half per cent, Arbitrum, down nearly two per cent, and Shiba Inu, down half a per cent.',
    numbers: [
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'two and a half per cent',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'half a per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-03',
    voice: 'words',
    style: 'sector',
    text: 'The AI sector gained more than nine per cent, with all seven of its members higher. Virtuals Protocol jumped some fourteen per cent; FET rose almost twelve per cent.',
    numbers: [
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'seven',
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
    ],
  },
  {
    id: 'C-words-04',
    voice: 'words',
    style: 'sector',
    text: "Bitcoin funding was a little over eight thousandths of a per cent per eight hours. Solana funding was minus twenty-seven ten-thousandths of a per cent, and dogecoin's was minus fifty-eight ten-thousandths.",
    numbers: [
      {
        find: 'eight thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'minus twenty-seven ten-thousandths of a per cent',
        label: 'supported',
      },
      {
        find: 'minus fifty-eight ten-thousandths',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-05',
    voice: 'words',
    style: 'daily',
    text: 'Total market capitalisation rose by nearly four per cent to about three point six trillion dollars. Bitcoin accounts for more than three-fifths of it.',
    numbers: [
      {
        find: 'nearly four per cent',
        label: 'supported',
      },
      {
        find: 'three point six trillion dollars',
        label: 'supported',
      },
      {
        find: 'three-fifths',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-06',
    voice: 'words',
    style: 'sector',
    text: 'Every one of the ten Layer 1 tokens rose. Layer 2 tokens split evenly, two up and two down. In memecoins, three rose and one fell.',
    numbers: [
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: 'two@1',
        label: 'supported',
      },
      {
        find: 'two@2',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'one@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-07',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin rose five per cent, ether rose seven per cent, and solana nearly doubled.',
    numbers: [
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'BTC 24h +3.84%',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'ETH 24h +4.62%',
      },
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'SOL 24h +5.4%',
      },
    ],
  },
  {
    id: 'C-words-08',
    voice: 'words',
    style: 'sector',
    text: 'Nearly half of the thirty tracked tokens rose on the day, and twenty of the thirty ended higher.',
    numbers: [
      {
        find: 'half',
        label: 'contradicted',
        note: '27 of 30 rose, 90%',
      },
      {
        find: 'twenty',
        label: 'contradicted',
        note: '27 of 30 rose',
      },
      {
        find: 'thirty@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-09',
    voice: 'words',
    style: 'daily',
    text: 'Total open interest increased by about five per cent, to roughly nineteen billion dollars. Bitcoin open interest is close to ten billion dollars, up six per cent.',
    numbers: [
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'nineteen billion dollars',
        label: 'supported',
      },
      {
        find: 'ten billion dollars',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-10',
    voice: 'words',
    style: 'daily',
    text: "Dogecoin rose about two per cent and its open interest fell by almost six per cent. Solana's open interest fell by about a third.",
    numbers: [
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
      {
        find: 'a third',
        label: 'contradicted',
        note: 'SOL OI 24h -3.4%, not a third',
      },
    ],
  },
  {
    id: 'C-words-11',
    voice: 'words',
    style: 'sector',
    text: 'Gala rose almost ten per cent, Axie Infinity nearly nine, The Sandbox over seven and a half. Gaming as a whole rose some six per cent.',
    numbers: [
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'nine',
        label: 'supported',
      },
      {
        find: 'seven and a half',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-12',
    voice: 'words',
    style: 'sector',
    text: "Bitcoin's volume was about one point one times its seven-day average. Ether's was right at one times the average. Shiba Inu's was twice its average.",
    numbers: [
      {
        find: 'one point one times',
        label: 'supported',
      },
      {
        find: 'one times@2',
        label: 'supported',
      },
      {
        find: 'twice',
        label: 'contradicted',
        note: 'SHIB volume ratio 0.97',
      },
    ],
  },
  {
    id: 'C-words-13',
    voice: 'words',
    style: 'daily',
    text: 'Bittensor rose almost nine per cent to about three hundred and seventy dollars. It trades some twenty per cent below where it was a month ago.',
    numbers: [
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'three hundred and seventy dollars',
        label: 'supported',
      },
      {
        find: 'twenty per cent',
        label: 'contradicted',
        note: 'TAO 30d change -5.02%',
      },
    ],
  },
  {
    id: 'C-words-14',
    voice: 'words',
    style: 'daily',
    text: 'Market volume came to about one hundred and sixty-four billion dollars. Bitcoin dominance was a touch above sixty-two per cent.',
    numbers: [
      {
        find: 'one hundred and sixty-four billion dollars',
        label: 'supported',
      },
      {
        find: 'sixty-two per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-15',
    voice: 'words',
    style: 'sector',
    text: 'Layer 2 was the one sector in the red, down less than half a per cent. Memes gained under two per cent. The AI sector added more than a billion dollars in value.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: 'half a per cent',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'a billion dollars',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-16',
    voice: 'words',
    style: 'weekly',
    text: 'Over the week bitcoin rose about eleven per cent, ether about four per cent, solana about eight per cent. Avalanche was up almost sixteen per cent, and Filecoin lost more than eleven per cent.',
    numbers: [
      {
        find: 'eleven per cent@1',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'sixteen per cent',
        label: 'supported',
      },
      {
        find: 'eleven per cent@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-17',
    voice: 'words',
    style: 'weekly',
    text: 'This week the Layer 1 sector gained nine per cent, all ten members higher. Memes fell about seven per cent, with all four lower. AI rose nine per cent, and DePIN gained five per cent.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: 'nine per cent@1',
        label: 'supported',
      },
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'nine per cent@2',
        label: 'contradicted',
        note: 'AI 7d +3.6%; 9% is 24h',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'DePIN 7d -4.9%; sign flipped',
      },
    ],
  },
  {
    id: 'C-words-18',
    voice: 'words',
    style: 'sector',
    text: 'Bitcoin will reach a hundred and fifty thousand by March, one fund manager said. It had peaked at one hundred and twenty-six thousand in October.',
    numbers: [
      {
        find: 'a hundred and fifty thousand',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'one hundred and twenty-six thousand',
        label: 'unsupported',
        note: 'history',
      },
    ],
  },
  {
    id: 'C-words-19',
    voice: 'words',
    style: 'daily',
    text: 'Around a quarter of the watchlist fell on the day. Sui rose seven per cent, NEAR almost nine.',
    numbers: [
      {
        find: 'a quarter',
        label: 'contradicted',
        note: '3 of 30 fell, 10%',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'nine',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-20',
    voice: 'words',
    style: 'daily',
    text: 'Spot bitcoin funds took in six hundred and twelve million dollars on Wednesday, according to Farside Investors data reported by CoinDesk. More than three hundred and forty million dollars of shorts were liquidated, according to CoinGlass, Decrypt reported.',
    numbers: [
      {
        find: 'six hundred and twelve million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'three hundred and forty million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'C-words-21',
    voice: 'words',
    style: 'sector',
    text: 'Ether open interest grew by nearly eight per cent to almost six billion dollars. Ether funding annualised to just over ten per cent.',
    numbers: [
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'six billion dollars',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-22',
    voice: 'words',
    style: 'daily',
    text: 'Dogwifhat rose almost five per cent and Pepe more than three; dogecoin rose just over two. Shiba Inu, by contrast, rose one per cent.',
    numbers: [
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'contradicted',
        note: 'SHIB 24h -0.58%; fell',
      },
    ],
  },
  {
    id: 'C-words-23',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's realised volatility over a week was about a third, annualised. Bittensor's was about one hundred and sixty-three per cent.",
    numbers: [
      {
        find: 'a third',
        label: 'supported',
      },
      {
        find: 'one hundred and sixty-three per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-24',
    voice: 'words',
    style: 'sector',
    text: 'Render rose some nine and a half per cent, the best in DePIN; IoTeX about six; Filecoin three; Helium about one. The group was up over five per cent.',
    numbers: [
      {
        find: 'nine and a half per cent',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-25',
    voice: 'words',
    style: 'sector',
    text: 'Worldcoin gained seven and a half per cent but is down about fourteen per cent on the month. Virtuals is down more than a fifth on the month.',
    numbers: [
      {
        find: 'seven and a half per cent',
        label: 'supported',
      },
      {
        find: 'fourteen per cent',
        label: 'supported',
      },
      {
        find: 'a fifth',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-26',
    voice: 'words',
    style: 'daily',
    text: 'XRP rose about two per cent. BNB rose nearly two per cent. Cardano rose almost four per cent. Polkadot rose four and a half. Avalanche rose just over six.',
    numbers: [
      {
        find: 'two per cent@1',
        label: 'supported',
      },
      {
        find: 'two per cent@2',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'four and a half',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-27',
    voice: 'words',
    style: 'daily',
    text: 'Polygon rose three per cent. Immutable rose more than thirteen per cent. Optimism lost four per cent.',
    numbers: [
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'POL 24h +0.31%',
      },
      {
        find: 'thirteen per cent',
        label: 'contradicted',
        note: 'IMX 24h +2.6%; 13.1% is 7d',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'OP 24h -2.41%',
      },
    ],
  },
  {
    id: 'C-words-28',
    voice: 'words',
    style: 'sector',
    text: "Bitcoin's open interest has doubled this week, and its funding rate tripled to three hundredths of a per cent.",
    numbers: [
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'BTC OI 7d +11.4%',
      },
      {
        find: 'three hundredths of a per cent',
        label: 'contradicted',
        note: 'BTC funding 0.00812%',
      },
    ],
  },
  {
    id: 'C-words-29',
    voice: 'words',
    style: 'sector',
    text: 'Of the six sectors, five rose. The best, AI, gained nine; the second-best, gaming, six. The worst, Layer 2, lost four tenths of a per cent.',
    numbers: [
      {
        find: 'five',
        label: 'supported',
      },
      {
        find: 'nine',
        label: 'supported',
      },
      {
        find: 'six@2',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: 'four tenths of a per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-30',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin is now a few hundred dollars off its intraday high, and about two and a half thousand below resistance.',
    numbers: [
      {
        find: 'a few hundred dollars',
        label: 'unsupported',
        note: 'derived: distance to 24h high',
      },
      {
        find: 'two and a half thousand',
        label: 'unsupported',
        note: 'derived: distance to resistance',
      },
    ],
  },
  {
    id: 'C-words-31',
    voice: 'words',
    style: 'sector',
    text: 'Gaming was the best sector, up six per cent. DePIN came in second with five and a half.',
    numbers: [
      {
        find: 'six per cent',
        label: 'contradicted',
        note: 'AI +9.2% was best; gaming +6.1% second',
      },
      {
        find: 'five and a half',
        label: 'contradicted',
        note: 'DePIN 24h +5.41% ranked third; gaming second',
      },
    ],
  },
  {
    id: 'C-words-32',
    voice: 'words',
    style: 'daily',
    text: 'The Graph rose some six per cent, Worldcoin eight, NEAR nine. Virtuals rose a tenth.',
    numbers: [
      {
        find: 'six per cent',
        label: 'supported',
      },
      {
        find: 'eight',
        label: 'supported',
      },
      {
        find: 'nine',
        label: 'supported',
      },
      {
        find: 'a tenth',
        label: 'contradicted',
        note: 'VIRTUAL 24h +14.3%',
      },
    ],
  },
  {
    id: 'C-words-33',
    voice: 'words',
    style: 'sector',
    text: 'Bitcoin gained eleven per cent on the day, and ether rose ten per cent. Solana rose two per cent.',
    numbers: [
      {
        find: 'eleven per cent',
        label: 'contradicted',
        note: 'BTC 24h +3.84%; 11% is 7d',
      },
      {
        find: 'ten per cent',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; 10.2% is 30d',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'SOL 24h +5.41%',
      },
    ],
  },
  {
    id: 'C-words-34',
    voice: 'words',
    style: 'daily',
    text: 'Twenty-nine of the thirty tokens rose, and just one fell. All six sectors rose.',
    numbers: [
      {
        find: 'Twenty-nine',
        label: 'contradicted',
        note: '27 of 30 rose',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'contradicted',
        note: '3 fell',
      },
      {
        find: 'six',
        label: 'contradicted',
        note: '5 of 6 sectors rose; L2 fell',
      },
    ],
  },
  {
    id: 'C-words-35',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's funding rate annualised to about eighteen per cent, double ether's ten. Solana's annualised funding was about minus three per cent.",
    numbers: [
      {
        find: 'eighteen per cent',
        label: 'contradicted',
        note: 'BTC funding APR 8.9%',
      },
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: 'minus three per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-36',
    voice: 'words',
    style: 'sector',
    text: 'The total market value reached about four trillion dollars. Trading volume was some two hundred billion.',
    numbers: [
      {
        find: 'four trillion dollars',
        label: 'contradicted',
        note: 'total cap $3.618T',
      },
      {
        find: 'two hundred billion',
        label: 'contradicted',
        note: 'total volume $164.2B',
      },
    ],
  },
  {
    id: 'C-words-37',
    voice: 'words',
    style: 'daily',
    text: "Virtuals rose about fourteen per cent, or one and a half times the AI sector's gain of nine.",
    numbers: [
      {
        find: 'fourteen per cent',
        label: 'supported',
      },
      {
        find: 'one and a half times',
        label: 'unsupported',
        note: 'derived: ratio between two facts',
      },
      {
        find: 'nine',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-38',
    voice: 'words',
    style: 'daily',
    text: 'Layer 2 fell two per cent. Optimism fell more than five per cent. Arbitrum fell about one per cent.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'L2 24h -0.44%',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'OP 24h -2.41%',
      },
      {
        find: 'one per cent',
        label: 'contradicted',
        note: 'ARB 24h -1.93%',
      },
    ],
  },
  {
    id: 'C-words-39',
    voice: 'words',
    style: 'sector',
    text: 'A spokesman expects ether at five thousand dollars next quarter. Ether traded at three thousand a year ago, traders recalled.',
    numbers: [
      {
        find: 'five thousand dollars',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'three thousand',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'C-words-40',
    voice: 'words',
    style: 'daily',
    text: "Dogecoin's funding was plus fifty-eight ten-thousandths of a per cent. Solana's open interest rose by three per cent.",
    numbers: [
      {
        find: 'plus fifty-eight ten-thousandths of a per cent',
        label: 'contradicted',
        note: 'DOGE funding -0.0058%; sign flipped',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'SOL OI 24h -3.4%; sign flipped',
      },
    ],
  },
  {
    id: 'C-words-41',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's open interest is up about six per cent, to almost ten billion dollars. Ether's is up some fourteen per cent on the day.",
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
        find: 'fourteen per cent',
        label: 'contradicted',
        note: 'ETH OI 24h +7.8%; 14.2% is 7d',
      },
    ],
  },
  {
    id: 'C-words-42',
    voice: 'words',
    style: 'sector',
    text: 'The Sandbox rose seventeen per cent. Axie rose just one per cent. Gala rose about ten.',
    numbers: [
      {
        find: 'seventeen per cent',
        label: 'contradicted',
        note: 'SAND 24h +7.64%',
      },
      {
        find: 'one per cent',
        label: 'contradicted',
        note: 'AXS 24h +8.92%; 1.07% is 7d',
      },
      {
        find: 'ten',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-43',
    voice: 'words',
    style: 'daily',
    text: "Ether's open interest rose by almost eight per cent. Ether's funding was nine ten-thousandths of a per cent, and Solana's price rose a fifth.",
    numbers: [
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'nine ten-thousandths of a per cent',
        label: 'contradicted',
        note: 'ETH funding 0.0094% = 94 ten-thousandths',
      },
      {
        find: 'a fifth',
        label: 'contradicted',
        note: 'SOL 24h +5.41%',
      },
    ],
  },
  {
    id: 'C-words-44',
    voice: 'words',
    style: 'daily',
    text: "Q: How many sectors rose? A: Five of six. Q: How many tokens fell? A: Seven. Q: Best sector? A: Memes, up about two per cent. Q: Bitcoin's move? A: Up close to four per cent.",
    numbers: [
      {
        find: 'Five',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: 'Seven',
        label: 'contradicted',
        note: '3 fell',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'memes ranked 5th; AI best at 9.2%',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-45',
    voice: 'words',
    style: 'sector',
    text: "Polygon barely moved, up about a third of a per cent, and Pepe's price is under a thousandth of a cent.",
    numbers: [
      {
        find: 'a third of a per cent',
        label: 'supported',
      },
      {
        find: 'a thousandth of a cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-46',
    voice: 'words',
    style: 'weekly',
    text: 'Over seven days, Avalanche gained almost sixteen per cent, Immutable about thirteen, and NEAR about eleven. Filecoin lost more than a tenth of its value, and dogecoin more than seven per cent. Bittensor rose by about nine per cent.',
    numbers: [
      {
        find: 'sixteen per cent',
        label: 'supported',
      },
      {
        find: 'thirteen',
        label: 'supported',
      },
      {
        find: 'eleven',
        label: 'supported',
      },
      {
        find: 'a tenth',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'TAO 7d +0.42%; 8.7% is 24h',
      },
    ],
  },
  {
    id: 'C-words-47',
    voice: 'words',
    style: 'weekly',
    text: 'Memecoins lost nearly seven per cent this week, all four of them lower. Layer 1 tokens gained about nine, and every one of the ten rose.',
    numbers: [
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: 'nine',
        label: 'supported',
      },
      {
        find: 'ten',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-words-48',
    voice: 'words',
    style: 'weekly',
    text: "Bitcoin's open interest rose about eleven per cent over the week, ether's some fourteen. Dogecoin's fell by nearly a tenth. Total open interest rose by about a fifth.",
    numbers: [
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'fourteen',
        label: 'supported',
      },
      {
        find: 'a tenth',
        label: 'supported',
      },
      {
        find: 'a fifth',
        label: 'contradicted',
        note: 'total OI 7d +9.6%',
      },
    ],
  },
  {
    id: 'C-words-49',
    voice: 'words',
    style: 'weekly',
    text: 'Ether rose about four per cent this week, bitcoin about eleven. Solana gained roughly eight. XRP rose just over three, and BNB about one. Cardano rose eighteen per cent.',
    numbers: [
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'eleven',
        label: 'supported',
      },
      {
        find: 'eight@1',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: 'eighteen per cent',
        label: 'contradicted',
        note: 'ADA 7d +7.98%',
      },
    ],
  },
  {
    id: 'C-words-50',
    voice: 'words',
    style: 'weekly',
    text: 'Polygon was flat over the week, up about two hundredths of a per cent. Optimism rose nearly seven per cent and Arbitrum about seven. Immutable rose three per cent.',
    numbers: [
      {
        find: 'two hundredths of a per cent',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'seven@2',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'IMX 7d +13.15%',
      },
    ],
  },
];
