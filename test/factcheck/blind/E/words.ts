import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-words-01',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin barely moved on Saturday, gaining less than a fifth of a per cent to sit just below one hundred and eight thousand dollars. Ether had a worse day, shedding two point six per cent.',
    numbers: [
      {
        find: 'a fifth of a per cent',
        label: 'supported',
      },
      {
        find: 'one hundred and eight thousand dollars',
        label: 'supported',
      },
      {
        find: 'two point six per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-02',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin jumped nearly two per cent on Saturday, to about one hundred and eight thousand dollars. Ether fell four per cent.',
    numbers: [
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'fact btc.change_24h 0.18',
      },
      {
        find: 'one hundred and eight thousand dollars',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63',
      },
    ],
  },
  {
    id: 'E-words-03',
    voice: 'words',
    style: 'daily',
    text: 'Only thirteen of the thirty coins we follow rose over the day; the other seventeen fell. That is fewer than half.',
    numbers: [
      {
        find: 'thirteen',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'seventeen',
        label: 'supported',
      },
      {
        find: 'half',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-04',
    voice: 'words',
    style: 'daily',
    text: 'More than two-thirds of the coins we follow rose over the day, with twenty of thirty in the green.',
    numbers: [
      {
        find: 'two-thirds',
        label: 'contradicted',
        note: 'fact 13 of 30 = 43%',
      },
      {
        find: 'twenty',
        label: 'contradicted',
        note: 'fact market.advancers_24h 13',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-05',
    voice: 'words',
    style: 'daily',
    text: 'The meme sector gained six and a half per cent, and all four of its tokens rose. Dogwifhat led with a gain of roughly eleven per cent; Pepe added more than nine per cent and Dogecoin almost seven per cent.',
    numbers: [
      {
        find: 'six and a half per cent',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-06',
    voice: 'words',
    style: 'daily',
    text: 'The meme sector gained nearly ten per cent, with Dogwifhat up twenty per cent and three of the four tokens higher.',
    numbers: [
      {
        find: 'ten per cent',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50',
      },
      {
        find: 'twenty per cent',
        label: 'contradicted',
        note: 'fact wif.change_24h 11.23',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'fact memes.advancers_24h 4',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-07',
    voice: 'words',
    style: 'daily',
    text: 'Decentralised infrastructure tokens lost four point eight per cent; not one of the four rose. Filecoin fell almost six per cent, the worst of the group.',
    numbers: [
      {
        find: 'four point eight per cent',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-08',
    voice: 'words',
    style: 'daily',
    text: 'DePIN tokens lost nine per cent on the day. Helium was the worst of the four, down four per cent.',
    numbers: [
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: '24h: 8.6 is 7d; depin.change_24h -4.84',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'wrong rank: HNT is best DePIN; FIL worst',
      },
    ],
  },
  {
    id: 'E-words-09',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's share of the total market was almost sixty-two per cent, and the whole market was worth about three and a half trillion dollars, down roughly half a per cent on the day.",
    numbers: [
      {
        find: 'sixty-two per cent',
        label: 'supported',
      },
      {
        find: 'three and a half trillion dollars',
        label: 'supported',
      },
      {
        find: 'half a per cent',
        label: 'supported',
        note: "0.47; debatable precision of 'half'",
      },
    ],
  },
  {
    id: 'E-words-10',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's share of the market rose to seventy per cent, while the total market was worth four trillion dollars.",
    numbers: [
      {
        find: 'seventy per cent',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.79',
      },
      {
        find: 'four trillion dollars',
        label: 'contradicted',
        note: 'fact market.total_cap 3.487T',
      },
    ],
  },
  {
    id: 'E-words-11',
    voice: 'words',
    style: 'daily',
    text: 'Funding on ether perpetuals fell below zero: shorts were paying longs. On Dogecoin, longs paid about three hundredths of a per cent every eight hours, roughly thirty-five per cent a year.',
    numbers: [
      {
        find: 'zero',
        label: 'supported',
      },
      {
        find: 'three hundredths of a per cent',
        label: 'supported',
      },
      {
        find: 'eight',
        label: 'ignored',
      },
      {
        find: 'thirty-five per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-12',
    voice: 'words',
    style: 'daily',
    text: 'On Dogecoin perpetuals, longs paid three tenths of a per cent every eight hours, more than a hundred per cent a year.',
    numbers: [
      {
        find: 'three tenths of a per cent',
        label: 'contradicted',
        note: 'fact doge.funding_rate 0.0318 (10x)',
      },
      {
        find: 'eight',
        label: 'ignored',
      },
      {
        find: 'a hundred per cent',
        label: 'contradicted',
        note: 'fact doge.funding_apr 34.8',
      },
    ],
  },
  {
    id: 'E-words-13',
    voice: 'words',
    style: 'daily',
    text: "Dogecoin open interest rose nearly fifteen per cent, while bitcoin's fell by two point four per cent and ether's by more than three and a half per cent.",
    numbers: [
      {
        find: 'fifteen per cent',
        label: 'supported',
      },
      {
        find: 'two point four per cent',
        label: 'supported',
      },
      {
        find: 'three and a half per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-14',
    voice: 'words',
    style: 'daily',
    text: "Dogecoin open interest doubled in a day, while bitcoin's fell by a tenth.",
    numbers: [
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 14.6',
      },
      {
        find: 'a tenth',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h -2.4',
      },
    ],
  },
  {
    id: 'E-words-15',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin traded at roughly seven-tenths of its usual weekly volume, or about thirty per cent below average, CoinDesk noted.',
    numbers: [
      {
        find: 'seven-tenths',
        label: 'supported',
      },
      {
        find: 'thirty per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-16',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin traded at about half its usual volume.',
    numbers: [
      {
        find: 'half',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 0.69',
      },
    ],
  },
  {
    id: 'E-words-17',
    voice: 'words',
    style: 'daily',
    text: 'Three of the seven AI tokens rose and four fell, leaving the group roughly flat, up less than a quarter of a per cent. Virtuals led with a gain of more than five per cent.',
    numbers: [
      {
        find: 'Three',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'a quarter of a per cent',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-18',
    voice: 'words',
    style: 'daily',
    text: 'Five of the seven AI tokens rose, with Bittensor leading at about six per cent.',
    numbers: [
      {
        find: 'Five',
        label: 'contradicted',
        note: 'fact ai.advancers_24h 3',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'contradicted',
        note: 'fact tao.change_24h 3.37; VIRTUAL led',
      },
    ],
  },
  {
    id: 'E-words-19',
    voice: 'words',
    style: 'daily',
    text: 'Of the ten Layer-one tokens, only three rose: Sui, up more than one and a half per cent, XRP, up less than one per cent, and bitcoin.',
    numbers: [
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: 'one@1',
        label: 'ignored',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'one and a half per cent',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-20',
    voice: 'words',
    style: 'daily',
    text: 'Of the ten Layer-one tokens, six rose, and Solana fell five per cent.',
    numbers: [
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'ignored',
      },
      {
        find: 'six',
        label: 'contradicted',
        note: 'fact l1.advancers_24h 3',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: '24h: 5.4 is 7d; sol.change_24h -1.42',
      },
    ],
  },
  {
    id: 'E-words-21',
    voice: 'words',
    style: 'daily',
    text: "Layer-two tokens fell about one per cent. Polygon's POL was the only one of the four to rise, adding less than half a per cent.",
    numbers: [
      {
        find: 'two',
        label: 'ignored',
      },
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'half a per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-22',
    voice: 'words',
    style: 'daily',
    text: 'Layer-two tokens fell three per cent, as The Block put it, with two of four higher.',
    numbers: [
      {
        find: 'two@1',
        label: 'ignored',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98; The Block figure',
      },
      {
        find: 'two@2',
        label: 'contradicted',
        note: 'fact l2.advancers_24h 1',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-23',
    voice: 'words',
    style: 'daily',
    text: 'Spot bitcoin funds lost a hundred and forty-eight million dollars to redemptions on Friday, Bitcoin Magazine reported.',
    numbers: [
      {
        find: 'a hundred and forty-eight million dollars',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'E-words-24',
    voice: 'words',
    style: 'daily',
    text: 'Spot bitcoin funds lost a hundred and forty-eight million dollars on Friday, the third straight day of outflows.',
    numbers: [
      {
        find: 'a hundred and forty-eight million dollars',
        label: 'unsupported',
        note: 'not attributed',
      },
      {
        find: 'third',
        label: 'unsupported',
        note: 'source says second session',
      },
    ],
  },
  {
    id: 'E-words-25',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin sits between support at a hundred and five thousand dollars and resistance at a hundred and ten thousand. Over the month it is up about five per cent.',
    numbers: [
      {
        find: 'a hundred and five thousand dollars',
        label: 'supported',
      },
      {
        find: 'a hundred and ten thousand',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-26',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin sits between support at a hundred thousand dollars and resistance at a hundred and twenty thousand. Over the month it is up about ten per cent.',
    numbers: [
      {
        find: 'a hundred thousand dollars',
        label: 'contradicted',
        note: 'fact btc.support 105000',
      },
      {
        find: 'a hundred and twenty thousand',
        label: 'contradicted',
        note: 'fact btc.resistance 110000',
      },
      {
        find: 'ten per cent',
        label: 'contradicted',
        note: 'fact btc.change_30d 5.03',
      },
    ],
  },
  {
    id: 'E-words-27',
    voice: 'words',
    style: 'weekly',
    text: 'Over the week bitcoin lost about two per cent, ether about four per cent and Solana more than five per cent. Memes rose nearly three per cent, the only sector to gain.',
    numbers: [
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-28',
    voice: 'words',
    style: 'weekly',
    text: 'Over the week bitcoin rose about two per cent, and DePIN tokens lost about a fifth of their value.',
    numbers: [
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'direction: btc.change_7d -2.13',
      },
      {
        find: 'a fifth',
        label: 'contradicted',
        note: 'fact depin.change_7d -8.60',
      },
    ],
  },
  {
    id: 'E-words-29',
    voice: 'words',
    style: 'weekly',
    text: 'DePIN tokens lost more than eight and a half per cent over the week, and not one of the four rose. Filecoin fell more than ten per cent.',
    numbers: [
      {
        find: 'eight and a half per cent',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-30',
    voice: 'words',
    style: 'weekly',
    text: 'In the AI group, just one of the seven tokens rose over the week: FET, up less than two per cent. Worldcoin lost nearly eight per cent.',
    numbers: [
      {
        find: 'one',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-31',
    voice: 'words',
    style: 'weekly',
    text: 'In the AI group, three tokens rose over the week, and Worldcoin lost twelve per cent.',
    numbers: [
      {
        find: 'three',
        label: 'contradicted',
        note: 'weekly: 3 is 24h count; ai.advancers_7d 1',
      },
      {
        find: 'twelve per cent',
        label: 'contradicted',
        note: 'fact wld.change_7d -7.88',
      },
    ],
  },
  {
    id: 'E-words-32',
    voice: 'words',
    style: 'weekly',
    text: "Dogecoin open interest rose by more than a fifth over the week, while ether's shrank by about seven per cent.",
    numbers: [
      {
        find: 'a fifth',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-33',
    voice: 'words',
    style: 'weekly',
    text: 'Dogecoin open interest rose by half over the week, and total open interest fell about ten per cent.',
    numbers: [
      {
        find: 'half',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d 22.3',
      },
      {
        find: 'ten per cent',
        label: 'contradicted',
        note: 'fact market.oi_change_7d -4.6',
      },
    ],
  },
  {
    id: 'E-words-34',
    voice: 'words',
    style: 'sector',
    text: 'Gaming tokens split evenly, two up and two down, with the sector off more than half a per cent. The Sandbox fell more than two per cent.',
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
        find: 'half a per cent',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-35',
    voice: 'words',
    style: 'sector',
    text: 'Gaming tokens fell about four per cent, with three of four lower.',
    numbers: [
      {
        find: 'four per cent',
        label: 'contradicted',
        note: '24h: 4.16 is 7d; gaming.change_24h -0.63',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'fact gaming.decliners_24h 2',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-36',
    voice: 'words',
    style: 'daily',
    text: 'Ether slid to about three thousand seven hundred dollars, a little above support at three thousand six hundred. It has now fallen for three days running.',
    numbers: [
      {
        find: 'three thousand seven hundred dollars',
        label: 'supported',
      },
      {
        find: 'three thousand six hundred',
        label: 'supported',
      },
      {
        find: 'three@3',
        label: 'unsupported',
        note: 'streak; CryptoSlate says ETH underperformed BTC for a third day, not that it fell; unattributed',
      },
    ],
  },
  {
    id: 'E-words-37',
    voice: 'words',
    style: 'daily',
    text: 'Ether slid to about three thousand two hundred dollars, below support at three thousand five hundred.',
    numbers: [
      {
        find: 'three thousand two hundred dollars',
        label: 'contradicted',
        note: 'fact eth.price 3702',
      },
      {
        find: 'three thousand five hundred',
        label: 'contradicted',
        note: 'fact eth.support 3600',
      },
    ],
  },
  {
    id: 'E-words-38',
    voice: 'words',
    style: 'daily',
    text: 'Solana fell more than one per cent to roughly a hundred and sixty-four dollars, still above support at a hundred and sixty.',
    numbers: [
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and sixty-four dollars',
        label: 'supported',
      },
      {
        find: 'a hundred and sixty@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-39',
    voice: 'words',
    style: 'daily',
    text: 'Solana fell to a hundred and forty dollars, and its open interest dropped by a quarter.',
    numbers: [
      {
        find: 'a hundred and forty dollars',
        label: 'contradicted',
        note: 'fact sol.price 163.84',
      },
      {
        find: 'a quarter',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -1.9',
      },
    ],
  },
  {
    id: 'E-words-40',
    voice: 'words',
    style: 'daily',
    text: 'Total open interest across the big perpetual markets was about seventeen billion dollars, less than two per cent lower than a day earlier.',
    numbers: [
      {
        find: 'seventeen billion dollars',
        label: 'supported',
      },
      {
        find: 'two per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-41',
    voice: 'words',
    style: 'daily',
    text: 'Total open interest was about twenty-seven billion dollars, up two per cent on the day.',
    numbers: [
      {
        find: 'twenty-seven billion dollars',
        label: 'contradicted',
        note: 'fact market.open_interest 16.96B',
      },
      {
        find: 'two per cent',
        label: 'contradicted',
        note: 'direction: market.oi_change_24h -1.73',
      },
    ],
  },
  {
    id: 'E-words-42',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's seven-day realised volatility is about twenty-two per cent annualised, well below ether's thirty-four.",
    numbers: [
      {
        find: 'twenty-two per cent',
        label: 'supported',
      },
      {
        find: 'thirty-four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-43',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's seven-day volatility is about forty per cent, higher than ether's thirty-four.",
    numbers: [
      {
        find: 'forty per cent',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 22.0',
      },
      {
        find: 'thirty-four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-44',
    voice: 'words',
    style: 'daily',
    text: 'Pepe and Dogecoin traded roughly one point four times their usual volume; bitcoin, ether and Solana all traded well under theirs.',
    numbers: [
      {
        find: 'one point four times',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-45',
    voice: 'words',
    style: 'daily',
    text: 'Pepe traded three times its usual volume.',
    numbers: [
      {
        find: 'three times',
        label: 'contradicted',
        note: 'fact pepe.volume_ratio_7d 1.41',
      },
    ],
  },
  {
    id: 'E-words-46',
    voice: 'words',
    style: 'daily',
    text: 'The meme sector added about two and a half billion dollars in value, to nearly forty-two billion.',
    numbers: [
      {
        find: 'two and a half billion dollars',
        label: 'supported',
      },
      {
        find: 'forty-two billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-47',
    voice: 'words',
    style: 'daily',
    text: 'The meme sector added about twenty-five billion dollars in value.',
    numbers: [
      {
        find: 'twenty-five billion dollars',
        label: 'contradicted',
        note: 'fact memes.market_cap_change_24h 2.54B (10x)',
      },
    ],
  },
  {
    id: 'E-words-48',
    voice: 'words',
    style: 'daily',
    text: 'Analysts reckon bitcoin could reach a hundred and twenty thousand dollars by spring, a gain of more than ten per cent.',
    numbers: [
      {
        find: 'a hundred and twenty thousand dollars',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'ten per cent',
        label: 'unsupported',
        note: 'derived from forecast',
      },
    ],
  },
  {
    id: 'E-words-49',
    voice: 'words',
    style: 'daily',
    text: 'Cointelegraph noted that bitcoin is down about two per cent on the week and up about five on the month.',
    numbers: [
      {
        find: 'two per cent',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-50',
    voice: 'words',
    style: 'weekly',
    text: 'Over the past week Polkadot rose about three per cent, the best of the Layer-one names, while Sandbox lost about ten per cent.',
    numbers: [
      {
        find: 'three per cent',
        label: 'supported',
      },
      {
        find: 'one',
        label: 'ignored',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-51',
    voice: 'words',
    style: 'weekly',
    text: 'Over the past week Polkadot fell about three per cent, and Sandbox lost a fifth of its value.',
    numbers: [
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'direction: dot.change_7d +3.16',
      },
      {
        find: 'a fifth',
        label: 'contradicted',
        note: 'fact sand.change_7d -10.01',
      },
    ],
  },
  {
    id: 'E-words-52',
    voice: 'words',
    style: 'weekly',
    text: 'Dogwifhat gained almost thirteen per cent over the week; Shiba Inu managed less than one and a half.',
    numbers: [
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: 'one and a half',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-53',
    voice: 'words',
    style: 'weekly',
    text: 'Dogwifhat gained twenty-five per cent over the week.',
    numbers: [
      {
        find: 'twenty-five per cent',
        label: 'contradicted',
        note: 'fact wif.change_7d 12.72',
      },
    ],
  },
  {
    id: 'E-words-54',
    voice: 'words',
    style: 'daily',
    text: 'XRP edged up less than one per cent to about two dollars and forty-four cents, a whisker under resistance at two and a half dollars. BNB slipped to just under a thousand dollars.',
    numbers: [
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'two dollars and forty-four cents',
        label: 'supported',
      },
      {
        find: 'two and a half dollars',
        label: 'supported',
      },
      {
        find: 'a thousand dollars',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-55',
    voice: 'words',
    style: 'daily',
    text: 'XRP climbed eight per cent to about two dollars and sixty cents, and BNB broke above eleven hundred dollars.',
    numbers: [
      {
        find: 'eight per cent',
        label: 'contradicted',
        note: 'fact xrp.change_24h 0.82',
      },
      {
        find: 'two dollars and sixty cents',
        label: 'contradicted',
        note: 'fact xrp.price 2.4391',
      },
      {
        find: 'eleven hundred dollars',
        label: 'contradicted',
        note: 'fact bnb.price 996.4',
      },
    ],
  },
  {
    id: 'E-words-56',
    voice: 'words',
    style: 'weekly',
    text: 'This week, four meme tokens rose and none fell; in gaming only one of four gained, and in Layer two also just one.',
    numbers: [
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: 'none',
        label: 'supported',
      },
      {
        find: 'one@2',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'ignored',
      },
      {
        find: 'one@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-words-57',
    voice: 'words',
    style: 'weekly',
    text: 'This week, Layer one tokens lost about seven per cent and gaming tokens gained four per cent.',
    numbers: [
      {
        find: 'one',
        label: 'ignored',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'fact sector.l1.change_7d -2.33',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'direction: gaming.change_7d -4.16',
      },
    ],
  },
];
