import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'N-words-01',
    voice: 'words',
    style: 'daily',
    text: "Ether had a miserable day. It fell six point two per cent to about three thousand four hundred and ten dollars, while bitcoin dipped less than one per cent to roughly one hundred and eleven thousand dollars. Only eleven of the thirty coins we follow rose; twenty-three fell. Bitcoin's share of the market edged up to just under sixty per cent, and the whole market shed two point two per cent, leaving it worth about three point seven trillion dollars. Ether volume was more than double its weekly norm. Ether open interest rose by about eight per cent and funding turned negative, which means shorts are paying longs. Solana lost about three per cent.",
    numbers: [
      {
        find: 'six point two per cent',
        label: 'supported',
      },
      {
        find: 'three thousand four hundred and ten dollars',
        label: 'supported',
      },
      {
        find: 'less than one per cent',
        label: 'supported',
        note: 'btc -0.80',
      },
      {
        find: 'one hundred and eleven thousand dollars',
        label: 'supported',
        note: 'btc.price 110912',
      },
      {
        find: 'eleven@2',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'twenty-three',
        label: 'contradicted',
        note: 'fact market.decliners_24h 19',
      },
      {
        find: 'sixty per cent',
        label: 'supported',
        note: 'just under: dominance 59.30',
      },
      {
        find: 'two point two per cent',
        label: 'supported',
      },
      {
        find: 'three point seven trillion dollars',
        label: 'supported',
      },
      {
        find: 'double',
        label: 'supported',
        note: 'more than double: eth.volume_ratio_7d 2.38',
      },
      {
        find: 'eight per cent',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 5.5 (8.4 is 7d)',
      },
      {
        find: 'three per cent',
        label: 'contradicted',
        note: 'fact sol.change_24h -5.30',
      },
    ],
  },
  {
    id: 'N-words-02',
    voice: 'words',
    style: 'daily',
    text: 'Solana slid more than five per cent to roughly one hundred and seventy-two dollars, holding just above its support at one hundred and seventy. XRP lost five per cent and now trades near two dollars thirty-five. Cardano dropped a bit more than four per cent, Avalanche nearly five per cent and Polkadot about seven per cent. Sui gave up nine point six per cent. BNB was the only large cap in the green, up four tenths of a per cent at about nine hundred and fifty dollars. NEAR fell roughly three and a half per cent.',
    numbers: [
      {
        find: 'five per cent@1',
        label: 'supported',
        note: 'more than: sol -5.30',
      },
      {
        find: 'one hundred and seventy-two dollars',
        label: 'supported',
      },
      {
        find: 'one hundred and seventy@2',
        label: 'supported',
        note: 'sol.support',
      },
      {
        find: 'five per cent@2',
        label: 'contradicted',
        note: 'fact xrp.change_24h -3.00',
      },
      {
        find: 'two dollars thirty-five',
        label: 'supported',
      },
      {
        find: 'four per cent',
        label: 'supported',
        note: 'ada -4.40, more than four',
      },
      {
        find: 'five per cent@3',
        label: 'supported',
        note: 'nearly: avax -4.90',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'fact dot.change_24h -4.10',
      },
      {
        find: 'nine point six per cent',
        label: 'contradicted',
        note: 'fact sui.change_24h -4.60',
      },
      {
        find: 'four tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'nine hundred and fifty dollars',
        label: 'supported',
        note: 'about: bnb 948.6',
      },
      {
        find: 'three and a half per cent',
        label: 'supported',
        note: 'roughly: near -3.60',
      },
    ],
  },
  {
    id: 'N-words-03',
    voice: 'words',
    style: 'sector',
    text: 'Sector round-up. AI was the strongest group, up about two and a half per cent, with five of its seven tokens higher. Bittensor led, climbing seven point four per cent, Fetch.ai added eight per cent and Virtuals about three and a half. DePIN rose about nine tenths of a per cent, with three of its four members up; Render, its best performer, gained two and a half per cent, while Filecoin fell about three per cent. Layer two was the weakest corner, down almost seven per cent, and none of its four tokens rose; Optimism was hit hardest at close to nine per cent. Gaming fell two point eight per cent, memecoins about one point three per cent, and the layer-one group lost a little under two per cent, with nine of its ten names lower.',
    numbers: [
      {
        find: 'two and a half per cent@1',
        label: 'supported',
        note: 'ai 2.47',
      },
      {
        find: 'five',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 6',
      },
      {
        find: 'seven@1',
        label: 'supported',
        note: 'members 7',
      },
      {
        find: 'seven point four per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent@1',
        label: 'contradicted',
        note: 'fact fet.change_24h 5.00',
      },
      {
        find: 'three and a half',
        label: 'supported',
        note: 'about: virtual 3.60, borderline hedge',
      },
      {
        find: 'nine tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'three@2',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: 'two and a half per cent@2',
        label: 'supported',
        note: 'render 2.50',
      },
      {
        find: 'three per cent@1',
        label: 'contradicted',
        note: 'fact fil.change_24h -0.90',
      },
      {
        find: 'Layer two',
        label: 'ignored',
        note: 'name',
      },
      {
        find: 'seven per cent',
        label: 'supported',
        note: 'almost: l2 -6.93',
      },
      {
        find: 'four@3',
        label: 'supported',
        note: 'l2 members, none rose',
      },
      {
        find: 'nine per cent',
        label: 'supported',
        note: 'close to: op -8.90',
      },
      {
        find: 'two point eight per cent',
        label: 'supported',
      },
      {
        find: 'one point three per cent',
        label: 'supported',
      },
      {
        find: 'layer-one',
        label: 'ignored',
        note: 'name',
      },
      {
        find: 'two per cent',
        label: 'supported',
        note: 'a little under: l1 -1.82',
      },
      {
        find: 'nine@3',
        label: 'supported',
      },
      {
        find: 'ten@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'N-words-04',
    voice: 'words',
    style: 'daily',
    text: "Derivatives. Funding on the ether perpetual dropped to minus zero point zero one five two per cent every eight hours, roughly minus seventeen per cent a year, so shorts are paying longs. Bitcoin funding stayed positive at zero point zero zero six eight per cent, about seven and a half per cent annualised. Ether open interest rose five and a half per cent to about nine point six billion dollars; bitcoin's rose about six tenths of a per cent to six point two billion. Across the market, open interest grew by roughly two point four per cent to twenty-eight and a half billion dollars. Solana funding was negative at zero point zero zero three one per cent.",
    numbers: [
      {
        find: 'minus zero point zero one five two per cent',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: 'minus seventeen per cent',
        label: 'supported',
        note: 'eth.funding_apr -16.64',
      },
      {
        find: 'zero point zero zero six eight per cent',
        label: 'supported',
      },
      {
        find: 'seven and a half per cent',
        label: 'supported',
        note: 'btc.funding_apr 7.45',
      },
      {
        find: 'five and a half per cent',
        label: 'supported',
      },
      {
        find: 'nine point six billion dollars',
        label: 'contradicted',
        note: 'fact eth.open_interest 7.6e9',
      },
      {
        find: 'six tenths of a per cent',
        label: 'contradicted',
        note: 'direction: fact btc.oi_change_24h -0.60',
      },
      {
        find: 'six point two billion',
        label: 'supported',
      },
      {
        find: 'two point four per cent',
        label: 'supported',
      },
      {
        find: 'twenty-eight and a half billion dollars',
        label: 'contradicted',
        note: 'fact market.open_interest 18.45e9',
      },
      {
        find: 'zero point zero zero three one per cent',
        label: 'contradicted',
        note: 'sign: fact sol.funding_rate +0.0031',
      },
    ],
  },
  {
    id: 'N-words-05',
    voice: 'words',
    style: 'daily',
    text: 'According to CoinDesk, spot ether funds bled four hundred and twelve million dollars in net outflows. Cointelegraph reported that the restaking exploit drained seventy-one million dollars and that the staking exit queue has grown to one point two million ether. The Block counted six hundred and forty million dollars of liquidations. Bitcoin Magazine headlined a five per cent bitcoin tumble, but over the day bitcoin lost less than one per cent. A Reddit thread noted that only eleven of thirty were green. An analyst told CoinDesk ether could revisit two thousand eight hundred dollars if support at three thousand four hundred fails. Ether funds have shed more than a billion dollars this month.',
    numbers: [
      {
        find: 'four hundred and twelve million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'seventy-one million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'one point two million',
        label: 'supported-by-source',
      },
      {
        find: 'six hundred and forty million dollars',
        label: 'supported-by-source',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'headline contradicted by fact btc.change_24h -0.80',
      },
      {
        find: 'less than one per cent',
        label: 'supported',
      },
      {
        find: 'eleven',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'two thousand eight hundred dollars',
        label: 'supported-by-source',
        note: 'debatable: attributed forecast',
      },
      {
        find: 'three thousand four hundred',
        label: 'supported',
        note: 'eth.support 3400',
      },
      {
        find: 'a billion dollars',
        label: 'unsupported',
        note: 'invented ETF total',
      },
    ],
  },
  {
    id: 'N-words-06',
    voice: 'words',
    style: 'weekly',
    text: 'Over the week, ether has lost nine per cent while bitcoin is up one and a half per cent. Layer-two tokens fell fourteen per cent, with Arbitrum down about eighteen per cent. The AI group gained more than five and a half per cent and Bittensor about sixteen per cent. Only five of the ten layer-one names are up on the week. Memecoins dropped roughly eight per cent; Shiba Inu held up best, down six point six, and Dogecoin was the worst, off eight per cent. Gaming lost about four per cent. Avalanche fell twenty-one per cent. Total open interest is up more than three and a half per cent.',
    numbers: [
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'one and a half per cent',
        label: 'supported',
      },
      {
        find: 'Layer-two',
        label: 'ignored',
        note: 'name',
      },
      {
        find: 'fourteen per cent',
        label: 'supported',
      },
      {
        find: 'eighteen per cent',
        label: 'supported',
      },
      {
        find: 'five and a half per cent',
        label: 'supported',
        note: 'ai 7d 5.71',
      },
      {
        find: 'sixteen per cent',
        label: 'supported',
        note: 'tao 7d 15.85',
      },
      {
        find: 'five@2',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_7d 3',
      },
      {
        find: 'ten@2',
        label: 'supported',
      },
      {
        find: 'layer-one',
        label: 'ignored',
        note: 'name',
      },
      {
        find: 'eight per cent@1',
        label: 'supported',
        note: 'memes 7d -7.86',
      },
      {
        find: 'six point six',
        label: 'supported',
      },
      {
        find: 'eight per cent@2',
        label: 'contradicted',
        note: 'wrong leader: worst 7d meme is WIF -9.11; DOGE -8.04 (debatable)',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -8.91',
      },
      {
        find: 'twenty-one per cent',
        label: 'contradicted',
        note: 'fact avax.change_7d -11.13',
      },
      {
        find: 'three and a half per cent',
        label: 'supported',
        note: 'market.oi_change_7d 3.69',
      },
    ],
  },
  {
    id: 'N-words-07',
    voice: 'words',
    style: 'daily',
    text: 'Tao up seven percent on a red day, ether down six, Render up twelve per cent. Eleven green out of thirty, and bitcoin dominance near sixty.',
    numbers: [
      {
        find: 'seven percent',
        label: 'supported',
      },
      {
        find: 'six@1',
        label: 'supported',
        note: 'eth -6.2',
      },
      {
        find: 'twelve per cent',
        label: 'contradicted',
        note: 'fact render.change_24h 2.50',
      },
      {
        find: 'Eleven',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: 'sixty',
        label: 'supported',
        note: 'near: 59.30',
      },
    ],
  },
  {
    id: 'N-words-08',
    voice: 'words',
    style: 'daily',
    text: 'Prices at the end of the window: bitcoin a shade under one hundred and eleven thousand dollars, ether about three thousand four hundred and ten, Solana around one hundred and ninety-two, BNB close to eight hundred and forty-nine, XRP roughly three dollars and thirty-five cents, and dogecoin about twenty cents. Bittensor trades near four hundred and sixty-eight dollars, already above its resistance of four hundred and eighty.',
    numbers: [
      {
        find: 'one hundred and eleven thousand dollars',
        label: 'supported',
      },
      {
        find: 'three thousand four hundred and ten',
        label: 'supported',
      },
      {
        find: 'one hundred and ninety-two',
        label: 'contradicted',
        note: 'fact sol.price 171.84 (192 is 30d high)',
      },
      {
        find: 'eight hundred and forty-nine',
        label: 'contradicted',
        note: 'fact bnb.price 948.6',
      },
      {
        find: 'three dollars and thirty-five cents',
        label: 'contradicted',
        note: 'fact xrp.price 2.3524',
      },
      {
        find: 'twenty cents',
        label: 'supported',
      },
      {
        find: 'four hundred and sixty-eight dollars',
        label: 'supported',
      },
      {
        find: 'four hundred and eighty',
        label: 'contradicted',
        note: 'level is right (tao.resistance 480) but price 468 is below it; debatable',
      },
    ],
  },
  {
    id: 'N-words-09',
    voice: 'words',
    style: 'sector',
    text: "Layer-two tokens had the worst day of any sector, losing close to seven per cent as traders dumped anything tied to Ethereum. Optimism sank almost nine per cent to about forty-six cents and Arbitrum about eight and a half per cent to forty-one cents; Polygon fell more than five and a half per cent and Immutable, the group's best, lost about four and a half. The four tokens are now worth roughly five point seven billion dollars together, down about nine hundred and thirty million on the day. Over thirty days Optimism is the worst, down roughly seventeen per cent. Decrypt said Arbitrum and Optimism sank nearly nine per cent.",
    numbers: [
      {
        find: 'Layer-two',
        label: 'ignored',
        note: 'name',
      },
      {
        find: 'seven per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent@1',
        label: 'supported',
        note: 'almost: op -8.90',
      },
      {
        find: 'forty-six cents',
        label: 'supported',
      },
      {
        find: 'eight and a half per cent',
        label: 'supported',
      },
      {
        find: 'forty-one cents',
        label: 'contradicted',
        note: 'fact arb.price 0.3098',
      },
      {
        find: 'five and a half per cent',
        label: 'supported',
        note: 'pol -5.80',
      },
      {
        find: 'four and a half',
        label: 'supported',
        note: 'imx -4.60',
      },
      {
        find: 'four tokens',
        label: 'supported',
      },
      {
        find: 'five point seven billion dollars',
        label: 'supported',
      },
      {
        find: 'nine hundred and thirty million',
        label: 'contradicted',
        note: 'wrong window: 7d; fact sector.l2.market_cap_change_24h -425.8e6',
      },
      {
        find: 'thirty days',
        label: 'ignored',
      },
      {
        find: 'seventeen per cent',
        label: 'supported',
      },
      {
        find: 'nine per cent@2',
        label: 'supported-by-source',
        note: 'Decrypt headline; facts ARB 8.6 OP 8.9, debatable',
      },
    ],
  },
  {
    id: 'N-words-10',
    voice: 'words',
    style: 'daily',
    text: "Trading was lopsided. Ether changed hands about five point eight billion dollars' worth, about two point four times its weekly average, while bitcoin's volume of about six point three billion was only a touch above normal. Solana's turnover ran at about three times its average, and BNB's fell to half its usual level. Total crypto turnover reached some two hundred and twenty-four billion dollars. Ether's seven-day realised volatility is near seventy-six per cent, six times bitcoin's twelve and a half. XRP's market value stands at about one hundred and forty-one billion.",
    numbers: [
      {
        find: 'five point eight billion dollars',
        label: 'supported',
      },
      {
        find: 'two point four times',
        label: 'supported',
      },
      {
        find: 'six point three billion',
        label: 'contradicted',
        note: 'fact btc.volume_24h 3.26e9',
      },
      {
        find: 'three times',
        label: 'contradicted',
        note: 'fact sol.volume_ratio_7d 1.24',
      },
      {
        find: 'half@1',
        label: 'contradicted',
        note: 'fact bnb.volume_ratio_7d 0.935',
      },
      {
        find: 'two hundred and twenty-four billion dollars',
        label: 'supported',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: 'seventy-six per cent',
        label: 'supported',
      },
      {
        find: 'six times',
        label: 'unsupported',
        note: 'derived ratio',
      },
      {
        find: 'twelve and a half',
        label: 'supported',
        note: 'btc.volatility_7d 12.54',
      },
      {
        find: 'one hundred and forty-one billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'N-words-11',
    voice: 'words',
    style: 'daily',
    text: "By market value, bitcoin is worth about two point two trillion dollars and ether roughly three hundred and twelve billion. XRP, at about one hundred and forty-one billion, sits ahead of BNB at one hundred and sixty-two billion and Solana at forty-nine billion. Dogecoin is worth about thirty billion, Cardano roughly fourteen billion. The AI group adds up to some sixteen and a half billion; CoinGecko's broader AI category is about thirty-four billion.",
    numbers: [
      {
        find: 'two point two trillion dollars',
        label: 'supported',
      },
      {
        find: 'three hundred and twelve billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 411.6e9',
      },
      {
        find: 'one hundred and forty-one billion',
        label: 'supported',
      },
      {
        find: 'one hundred and sixty-two billion',
        label: 'contradicted',
        note: 'fact bnb.market_cap 132.0e9',
      },
      {
        find: 'forty-nine billion',
        label: 'contradicted',
        note: 'fact sol.market_cap 94.3e9',
      },
      {
        find: 'thirty billion',
        label: 'supported',
      },
      {
        find: 'fourteen billion',
        label: 'contradicted',
        note: 'fact ada.market_cap 23.7e9',
      },
      {
        find: 'sixteen and a half billion',
        label: 'supported',
      },
      {
        find: 'thirty-four billion',
        label: 'supported',
        note: 'sector.ai.category_cap 34.2e9',
      },
    ],
  },
  {
    id: 'N-words-12',
    voice: 'words',
    style: 'weekly',
    text: "On a thirty-day view, bitcoin is up four per cent and BNB more than nine per cent, while Polkadot is off twenty-one per cent and the whole layer-two group almost thirteen per cent. Bittensor has gained about fourteen and a half per cent in that time, the AI sector's best. Every gaming token is down over the month, Axie the worst at roughly fifteen per cent.",
    numbers: [
      {
        find: 'thirty-day',
        label: 'ignored',
      },
      {
        find: 'four per cent',
        label: 'supported',
        note: 'btc 30d 4.00',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'fact bnb.change_30d 6.33',
      },
      {
        find: 'twenty-one per cent',
        label: 'contradicted',
        note: 'fact dot.change_30d -10.99',
      },
      {
        find: 'layer-two',
        label: 'ignored',
        note: 'name',
      },
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: 'fourteen and a half per cent',
        label: 'supported',
      },
      {
        find: 'fifteen per cent',
        label: 'supported',
        note: 'axs 30d -14.91',
      },
    ],
  },
  {
    id: 'N-words-13',
    voice: 'words',
    style: 'daily',
    text: "Ether's exploit-driven slide set the tone. The token fell more than six per cent to roughly three thousand four hundred dollars, having touched a low near three thousand one hundred and twenty-four. Bitcoin proved steadier, down less than one per cent at about one hundred and eleven thousand, and stayed above its support at one hundred and ten thousand dollars. Solana dropped about nine per cent. The broader market lost more than two per cent and is now worth about four point seven trillion dollars. Two sectors in six finished higher, AI and DePIN; layer-two tokens were the worst performers. Bitcoin funding remained positive at roughly seven and a half per cent a year, ether's open interest climbed by more than a twentieth, and ether volume was more than double the norm. Twenty-seven of thirty coins fell.",
    numbers: [
      {
        find: 'six per cent',
        label: 'supported',
        note: 'more than: -6.2',
      },
      {
        find: 'three thousand four hundred dollars',
        label: 'supported',
      },
      {
        find: 'three thousand one hundred and twenty-four',
        label: 'contradicted',
        note: 'fact eth.low_24h 3324.23',
      },
      {
        find: 'less than one per cent',
        label: 'supported',
      },
      {
        find: 'one hundred and eleven thousand',
        label: 'supported',
      },
      {
        find: 'one hundred and ten thousand dollars',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'contradicted',
        note: 'fact sol.change_24h -5.30',
      },
      {
        find: 'two per cent',
        label: 'supported',
        note: 'more than: -2.2',
      },
      {
        find: 'four point seven trillion dollars',
        label: 'contradicted',
        note: 'fact market.total_cap 3.73e12',
      },
      {
        find: 'Two',
        label: 'supported',
        note: 'advancing sectors AI and DePIN',
      },
      {
        find: 'six@2',
        label: 'supported',
      },
      {
        find: 'layer-two',
        label: 'ignored',
        note: 'name',
      },
      {
        find: 'seven and a half per cent',
        label: 'supported',
      },
      {
        find: 'a twentieth',
        label: 'supported',
        note: 'more than: eth oi +5.5',
      },
      {
        find: 'double',
        label: 'supported',
      },
      {
        find: 'Twenty-seven',
        label: 'contradicted',
        note: 'fact market.decliners_24h 19',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
    ],
  },
  {
    id: 'N-words-14',
    voice: 'words',
    style: 'daily',
    text: 'Dogecoin lost about one and a half per cent to roughly twenty cents, and its funding slipped below zero, to minus zero point zero zero two two per cent, while its open interest fell about one per cent. Pepe and dogwifhat were the two memecoins that rose; dogwifhat gained about four per cent. Shiba Inu fell about one point three per cent. Gaming was down across the board: Immutable lost about seven per cent, the Sandbox one point six and Gala one point seven, while Axie fell about three per cent. The Graph rose one point two per cent and Worldcoin one point nine. Helium added about eight tenths of a per cent; IoTeX gained five per cent. Some traders think ether could fall to two thousand five hundred dollars next.',
    numbers: [
      {
        find: 'one and a half per cent',
        label: 'supported',
      },
      {
        find: 'twenty cents',
        label: 'supported',
      },
      {
        find: 'minus zero point zero zero two two per cent',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'contradicted',
        note: 'direction: fact doge.oi_change_24h +1.2',
      },
      {
        find: 'two memecoins',
        label: 'supported',
        note: 'sector.memes.advancers_24h 2',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'fact wif.change_24h 1.10',
      },
      {
        find: 'one point three per cent',
        label: 'supported',
        note: 'shib -1.31',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'fact imx.change_24h -4.60',
      },
      {
        find: 'one point six',
        label: 'supported',
      },
      {
        find: 'one point seven',
        label: 'supported',
      },
      {
        find: 'three per cent@2',
        label: 'contradicted',
        note: 'fact axs.change_24h -1.10',
      },
      {
        find: 'one point two per cent',
        label: 'supported',
      },
      {
        find: 'one point nine',
        label: 'supported',
      },
      {
        find: 'eight tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'fact iotx.change_24h 1.30',
      },
      {
        find: 'two thousand five hundred dollars',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
