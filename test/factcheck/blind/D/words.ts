import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-words-01',
    voice: 'words',
    style: 'daily',
    text: 'Bitcoin put on three point eight per cent overnight to trade at about a hundred and twelve thousand dollars, and for the first time in a month it sits above the top of its thirty-day range. Ether did a little better, rising four point six per cent to just under four thousand dollars. Solana added roughly seven per cent.\n\nThe breadth was unusual: twenty-seven of the thirty tokens we follow closed higher, or nine in ten. Only five fell. Every one of the ten Layer 1 names rose, and all seven AI tokens did too. The Layer 2 group split down the middle, with half of its members up and half down.\n\nAI was the best sector by a distance, up about nine per cent. Virtuals gained eighteen per cent and FET almost twelve per cent. Gaming tokens rose about six per cent, with Gala up almost fifteen per cent. Memecoins rose four per cent, and two of the four meme tokens were higher.\n\nThe whole market is now worth about three point six trillion dollars, and bitcoin makes up roughly seventy per cent of that.',
    numbers: [
      {
        find: 'three point eight per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and twelve thousand',
        label: 'supported',
      },
      {
        find: 'thirty-day',
        label: 'ignored',
      },
      {
        find: 'four point six per cent',
        label: 'supported',
      },
      {
        find: 'four thousand',
        label: 'supported',
      },
      {
        find: 'seven per cent',
        label: 'contradicted',
        note: 'fact sol.change_24h 5.41',
      },
      {
        find: 'twenty-seven',
        label: 'supported',
      },
      {
        find: 'thirty@2',
        label: 'supported',
      },
      {
        find: 'nine in ten',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'contradicted',
        note: 'fact market.decliners_24h 3',
      },
      {
        find: 'ten@2',
        label: 'supported',
      },
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: 'seven@3',
        label: 'supported',
      },
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: 'half@1',
        label: 'supported',
      },
      {
        find: 'half@2',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'eighteen per cent',
        label: 'contradicted',
        note: 'fact virtual.change_24h 14.27',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
      {
        find: 'six per cent@2',
        label: 'supported',
      },
      {
        find: 'fifteen per cent',
        label: 'contradicted',
        note: 'fact gala.change_24h 9.81',
      },
      {
        find: 'four per cent',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 1.82',
      },
      {
        find: 'two',
        label: 'contradicted',
        note: 'fact sector.memes.advancers_24h 3',
      },
      {
        find: 'four@4',
        label: 'supported',
      },
      {
        find: 'three point six trillion',
        label: 'supported',
      },
      {
        find: 'seventy per cent',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
    ],
  },
  {
    id: 'D-words-02',
    voice: 'words',
    style: 'daily',
    text: "Open interest across the perpetual contracts we track has climbed five per cent in a day to about nineteen billion dollars. Bitcoin's share is nearly ten billion, after a nine per cent rise, and ether's is almost six billion, up close to eight per cent.\n\nFunding tells two stories. On bitcoin it annualizes to nearly nine per cent and on ether to about ten per cent, so longs pay. On Solana and Dogecoin it is negative, so shorts pay. Solana's open interest has dropped more than three per cent, Dogecoin's about five and a half per cent.\n\nOver the week, ether's open interest has grown by a quarter, bitcoin's by about a fifth, and total open interest by more than nine and a half per cent. XRP's open interest, by contrast, has doubled.\n\nBitcoin's spot volume ran about nine per cent above its weekly average, while ether's was roughly forty per cent above.",
    numbers: [
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'nineteen billion',
        label: 'supported',
      },
      {
        find: 'ten billion',
        label: 'supported',
      },
      {
        find: 'nine per cent@1',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h 6.2',
      },
      {
        find: 'six billion',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'ignored',
      },
      {
        find: 'nine per cent@2',
        label: 'supported',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'supported',
      },
      {
        find: 'five and a half per cent',
        label: 'supported',
      },
      {
        find: 'a quarter',
        label: 'contradicted',
        note: 'fact eth.oi_change_7d 14.2',
      },
      {
        find: 'a fifth',
        label: 'contradicted',
        note: 'fact btc.oi_change_7d 11.4',
      },
      {
        find: 'nine and a half per cent',
        label: 'supported',
      },
      {
        find: 'doubled',
        label: 'contradicted',
        note: 'fact xrp.oi_change_7d -2.7',
      },
      {
        find: 'nine per cent@3',
        label: 'supported',
      },
      {
        find: 'forty per cent',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 1.01 (about 1% above)',
      },
    ],
  },
  {
    id: 'D-words-03',
    voice: 'words',
    style: 'weekly',
    text: 'A strong week for bitcoin: up eleven per cent, against a bit more than four per cent for ether. Avalanche did best among the large caps, climbing nearly twenty per cent, while BNB managed only about one per cent. NEAR and Sui both gained around eleven per cent.\n\nImmutable rose thirteen per cent, topping both the gaming and Layer 2 tables. Layer 1 rose about nine per cent as a group, gaming more than eight per cent, and AI only about three and a half per cent.\n\nMemecoins lost about seven per cent, and not one of the four rose; Dogecoin fell about seven and a half per cent and dogwifhat only about half a per cent. DePIN fell about five per cent, with Filecoin down twenty-one per cent.\n\nOver the week the Layer 1 group added about two hundred and sixty billion dollars in value, while memes shed about two point seven billion.',
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
        find: 'twenty per cent',
        label: 'contradicted',
        note: 'fact avax.change_7d 15.64',
      },
      {
        find: 'one per cent@1',
        label: 'supported',
      },
      {
        find: 'eleven per cent@2',
        label: 'supported',
      },
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent',
        label: 'supported',
      },
      {
        find: 'three and a half per cent',
        label: 'supported',
      },
      {
        find: 'seven per cent',
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
        find: 'seven and a half per cent',
        label: 'supported',
      },
      {
        find: 'half a per cent',
        label: 'contradicted',
        note: 'fact wif.change_7d -1.83',
      },
      {
        find: 'five per cent',
        label: 'supported',
      },
      {
        find: 'twenty-one per cent',
        label: 'contradicted',
        note: 'fact fil.change_7d -11.51',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: 'two hundred and sixty billion',
        label: 'supported',
      },
      {
        find: 'two point seven billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-words-04',
    voice: 'words',
    style: 'daily',
    text: "Layer 2 had a day to forget. Optimism fell two point four per cent and Arbitrum about two per cent, while Polygon barely moved, up three-tenths of a per cent, and Immutable rose about five per cent. As a group the sector slipped four per cent, the only one of the six sectors to finish lower.\n\nShiba Inu was the lone meme coin in the red, down six-tenths of a per cent. Dogecoin rose about two per cent, Pepe more than three per cent, and dogwifhat four point eight per cent.\n\nDePIN tokens rose about five and a half per cent as a group. Render led with nine and a half per cent; Helium rose only about one per cent. IoTeX gained eight per cent and Filecoin about three per cent.\n\nAmong the gaming names, Axie Infinity gained nearly nine per cent and The Sandbox about seven and a half per cent. The gaming group's value rose by roughly a hundred and forty million dollars; the AI group's by about two point one billion; Layer 1 by roughly a hundred and seventy billion.\n\nOver the past month, though, every one of the seven AI tokens is lower, Virtuals by more than a fifth. The gaming sector is down about seventeen per cent on the month, and Gala has lost nearly twelve per cent.",
    numbers: [
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: 'two point four per cent',
        label: 'supported',
      },
      {
        find: 'two per cent@1',
        label: 'supported',
      },
      {
        find: 'three-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'five per cent',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: 'four per cent@2',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.44',
      },
      {
        find: 'six@1',
        label: 'ignored',
      },
      {
        find: 'six-tenths of a per cent',
        label: 'supported',
      },
      {
        find: 'two per cent@2',
        label: 'supported',
      },
      {
        find: 'three per cent@1',
        label: 'supported',
      },
      {
        find: 'four point eight per cent',
        label: 'supported',
      },
      {
        find: 'five and a half per cent',
        label: 'supported',
      },
      {
        find: 'nine and a half per cent',
        label: 'supported',
      },
      {
        find: 'one per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent@2',
        label: 'contradicted',
        note: 'fact iotx.change_24h 5.83',
      },
      {
        find: 'three per cent@2',
        label: 'supported',
      },
      {
        find: 'nine per cent',
        label: 'supported',
      },
      {
        find: 'seven and a half per cent',
        label: 'supported',
      },
      {
        find: 'a hundred and forty million',
        label: 'supported',
      },
      {
        find: 'two point one billion',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap_change_24h 1.15B',
      },
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: 'a hundred and seventy billion',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_24h 117.4B',
      },
      {
        find: 'seven@3',
        label: 'supported',
      },
      {
        find: 'a fifth',
        label: 'supported',
      },
      {
        find: 'seventeen per cent',
        label: 'contradicted',
        note: 'fact sector.gaming.change_30d -7.69',
      },
      {
        find: 'twelve per cent',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-words-05',
    voice: 'words',
    style: 'daily',
    text: "Bitcoin's support sits at a hundred and ten thousand dollars and resistance at a hundred and twenty thousand. It touched a low of about a hundred and four thousand in the past day and is now above its thirty-day swing high near a hundred and eleven thousand. Its swing low this month was around ninety thousand.\n\nEther's support is three thousand six hundred and its resistance is four thousand. Solana trades just above support at a hundred and seventy, with resistance at a hundred and eighty. XRP sits between two dollars forty and two dollars fifty.\n\nBitcoin's market value is about two and a quarter trillion dollars, ether's about four hundred and eighty billion, and Solana's roughly sixty-five billion. XRP is worth around a hundred and fifty billion, a touch more than BNB at about a hundred and forty billion. Dogecoin is worth about eighteen billion.\n\nTrading volume across crypto came to about a hundred and sixty-four billion dollars. Bitcoin volume was about three and a half billion, ether's nearly two billion.\n\nBitcoin's seven-day volatility runs at about thirty-four per cent annualized, ether's at roughly fifty per cent.",
    numbers: [
      {
        find: 'a hundred and ten thousand',
        label: 'supported',
      },
      {
        find: 'a hundred and twenty thousand',
        label: 'contradicted',
        note: 'fact btc.resistance 115000',
      },
      {
        find: 'a hundred and four thousand',
        label: 'contradicted',
        note: 'fact btc.low_24h 108050',
      },
      {
        find: 'thirty-day',
        label: 'ignored',
      },
      {
        find: 'a hundred and eleven thousand',
        label: 'supported',
      },
      {
        find: 'ninety thousand',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 97150',
      },
      {
        find: 'three thousand six hundred',
        label: 'contradicted',
        note: 'fact eth.support 3800',
      },
      {
        find: 'four thousand@2',
        label: 'supported',
      },
      {
        find: 'a hundred and seventy',
        label: 'supported',
      },
      {
        find: 'a hundred and eighty',
        label: 'supported',
      },
      {
        find: 'two dollars forty',
        label: 'supported',
      },
      {
        find: 'two dollars fifty',
        label: 'supported',
      },
      {
        find: 'two and a quarter trillion',
        label: 'supported',
      },
      {
        find: 'four hundred and eighty billion',
        label: 'supported',
      },
      {
        find: 'sixty-five billion',
        label: 'contradicted',
        note: 'fact sol.market_cap 94.57B',
      },
      {
        find: 'a hundred and fifty billion',
        label: 'supported',
      },
      {
        find: 'a hundred and forty billion',
        label: 'supported',
      },
      {
        find: 'eighteen billion',
        label: 'contradicted',
        note: 'fact doge.market_cap 27.8B',
      },
      {
        find: 'a hundred and sixty-four billion',
        label: 'supported',
      },
      {
        find: 'three and a half billion',
        label: 'supported',
      },
      {
        find: 'two billion',
        label: 'contradicted',
        note: 'fact eth.volume_24h 1.79B (more than 3% below 2B)',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: 'thirty-four per cent',
        label: 'supported',
      },
      {
        find: 'fifty per cent',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 71.97',
      },
    ],
  },
  {
    id: 'D-words-06',
    voice: 'words',
    style: 'sector',
    text: "Sector scorecard, told the old-fashioned way.\n\nArtificial intelligence: up nine point two per cent, all seven members higher, Virtuals on top at fourteen point three and The Graph at the bottom with six point four. The Graph's gain was less than half of Virtuals'.\n\nGaming: up six point one per cent. Gala led with almost ten, Immutable trailed with about two point six. Four of four rose.\n\nDePIN: up three point one per cent. Render best, Helium worst. Four of four rose.\n\nLayer one: up about four per cent. NEAR best at nearly nine, BNB worst at under two. Nine of ten rose.\n\nMemes: up one point eight per cent. Dogwifhat best, Shiba Inu worst and the only faller. Three up, one down.\n\nLayer two: down less than half a per cent. Immutable best with six per cent, Optimism worst. Two up, two down.\n\nAcross the board, twenty-five of thirty tokens rose. Over seven days the best sector was gaming at eight point four per cent, and the worst was memes at minus six point nine. Over thirty days only one sector, Layer one, is up, by nearly ten per cent; the other five are all down between six and eight per cent.",
    numbers: [
      {
        find: 'nine point two per cent',
        label: 'supported',
      },
      {
        find: 'seven@1',
        label: 'supported',
      },
      {
        find: 'fourteen point three',
        label: 'supported',
      },
      {
        find: 'six point four',
        label: 'supported',
      },
      {
        find: 'half@1',
        label: 'unsupported',
        note: 'derived comparison of two facts',
      },
      {
        find: 'six point one per cent',
        label: 'supported',
      },
      {
        find: 'ten@1',
        label: 'supported',
      },
      {
        find: 'two point six',
        label: 'supported',
      },
      {
        find: 'Four@1',
        label: 'supported',
      },
      {
        find: 'four@3',
        label: 'supported',
      },
      {
        find: 'three point one per cent',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h 5.41 (3.1 is FIL)',
      },
      {
        find: 'Four@2',
        label: 'supported',
      },
      {
        find: 'four@4',
        label: 'supported',
      },
      {
        find: 'Layer one@1',
        label: 'ignored',
      },
      {
        find: 'four per cent@1',
        label: 'supported',
      },
      {
        find: 'nine@2',
        label: 'supported',
      },
      {
        find: 'two@3',
        label: 'supported',
      },
      {
        find: 'Nine',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 10',
      },
      {
        find: 'ten@2',
        label: 'supported',
      },
      {
        find: 'one point eight per cent',
        label: 'supported',
      },
      {
        find: 'Three',
        label: 'supported',
      },
      {
        find: 'one@6',
        label: 'supported',
      },
      {
        find: 'Layer two',
        label: 'ignored',
      },
      {
        find: 'less than half a per cent',
        label: 'supported',
      },
      {
        find: 'six per cent',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: 'Two',
        label: 'supported',
      },
      {
        find: 'two@5',
        label: 'supported',
      },
      {
        find: 'twenty-five',
        label: 'contradicted',
        note: 'fact market.advancers_24h 27',
      },
      {
        find: 'thirty@1',
        label: 'supported',
      },
      {
        find: 'seven@2',
        label: 'ignored',
      },
      {
        find: 'eight point four per cent',
        label: 'contradicted',
        note: 'best 7d sector is Layer 1 (8.96); gaming 8.35 is second',
      },
      {
        find: 'six point nine',
        label: 'supported',
      },
      {
        find: 'thirty@2',
        label: 'ignored',
      },
      {
        find: 'one@7',
        label: 'supported',
      },
      {
        find: 'Layer one@2',
        label: 'ignored',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'five@2',
        label: 'supported',
      },
      {
        find: 'six@6',
        label: 'supported',
      },
      {
        find: 'eight per cent@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-words-07',
    voice: 'words',
    style: 'daily',
    text: "A few numbers worth remembering from the rally. Bitcoin is up roughly fifteen per cent over the month, which is more than any other Layer 1 token. Ether is up about ten per cent on the month, while Polkadot is down about eleven per cent and Cardano about eight per cent.\n\nDogecoin's funding rate has been negative, which costs shorts about six per cent a year, and Solana shorts pay about three per cent. On XRP, longs pay about eight per cent a year.\n\nTotal crypto market value rose by a tenth in a single day. Bitcoin's open interest is the largest at nearly ten billion dollars, about half of the total; ether's is roughly a third.\n\nAnalysts quoted in the trade press think bitcoin could reach a hundred and fifty thousand dollars next year, and some remember that it peaked near a hundred and twenty-six thousand last year.\n\nCoinDesk reported that spot bitcoin funds took in six hundred and twelve million dollars on Wednesday, and Decrypt said more than three hundred and forty million dollars of short positions were liquidated. Some reports put the inflows at nine hundred million.\n\nImmutable has gained about thirteen per cent over the week but is down about three and a half per cent over the month. Worldcoin has lost about a quarter of its value over the month. dogwifhat has lost almost nineteen per cent.",
    numbers: [
      {
        find: 'fifteen per cent',
        label: 'contradicted',
        note: 'fact btc.change_30d 11.46',
      },
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: 'ten per cent',
        label: 'supported',
      },
      {
        find: 'eleven per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent@1',
        label: 'contradicted',
        note: 'fact ada.change_30d -2.51',
      },
      {
        find: 'six per cent',
        label: 'supported',
      },
      {
        find: 'three per cent',
        label: 'supported',
      },
      {
        find: 'eight per cent@2',
        label: 'contradicted',
        note: 'fact xrp.funding_apr 3.94',
      },
      {
        find: 'a tenth',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 3.71',
      },
      {
        find: 'ten billion',
        label: 'supported',
      },
      {
        find: 'half@1',
        label: 'unsupported',
        note: 'derived share 9.84/19.11, no fact',
      },
      {
        find: 'a third',
        label: 'unsupported',
        note: 'derived share 5.91/19.11, no fact',
      },
      {
        find: 'a hundred and fifty thousand',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'a hundred and twenty-six thousand',
        label: 'unsupported',
        note: 'history, not in facts',
      },
      {
        find: 'six hundred and twelve million',
        label: 'supported-by-source',
      },
      {
        find: 'three hundred and forty million',
        label: 'supported-by-source',
      },
      {
        find: 'nine hundred million',
        label: 'unsupported',
        note: 'unattributed, contradicts headlines',
      },
      {
        find: 'thirteen per cent',
        label: 'supported',
      },
      {
        find: 'three and a half per cent',
        label: 'supported',
      },
      {
        find: 'a quarter',
        label: 'contradicted',
        note: 'fact wld.change_30d -14.02',
      },
      {
        find: 'almost nineteen per cent',
        label: 'supported',
      },
    ],
  },
];
