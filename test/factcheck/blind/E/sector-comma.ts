import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-sector-01',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Sector recap. The meme sector was the clear winner of the day with a gain of 6,5 %, and all four tokens closed in the green. Dogwifhat led with +11,2 %, followed by Pepe with +9,5 % and Dogecoin with +8,6 %. Shiba Inu was the weakest member at +3,1 %. The sector capitalisation rose to 47,1 Mrd. $.\n\nAt the other end, DePIN lost 4,8 %. Filecoin fell 5,8 %, IoTeX 6,4 % and Helium 2,9 %. Render lost 4,2 %.',
    numbers: [
      {
        find: '6,5 %',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '+11,2 %',
        label: 'supported',
      },
      {
        find: '+9,5 %',
        label: 'supported',
      },
      {
        find: '+8,6 %',
        label: 'contradicted',
        note: 'fact doge.change_24h 6.84',
      },
      {
        find: '+3,1 %',
        label: 'supported',
      },
      {
        find: '47,1 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap 41.67B',
      },
      {
        find: '4,8 %',
        label: 'supported',
      },
      {
        find: '5,8 %',
        label: 'supported',
      },
      {
        find: '6,4 %',
        label: 'contradicted',
        note: 'fact iotx.change_24h -4.62',
      },
      {
        find: '2,9 %',
        label: 'contradicted',
        note: 'fact hnt.change_24h -3.94',
      },
      {
        find: '4,2 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-02',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 1: -0,3 % in 24 hours. Best performer Sui (+1,6 %), worst Ether (-2,6 %). Only 3 of 10 tokens rose. Bitcoin at 107.846 $ (+0,2 %), Solana at 136,84 $ (-1,4 %), XRP at 2,44 $ (+0,8 %).',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0,3 %',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '+1,6 %',
        label: 'supported',
      },
      {
        find: '-2,6 %',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '107.846 $',
        label: 'supported',
      },
      {
        find: '+0,2 %',
        label: 'supported',
      },
      {
        find: '136,84 $',
        label: 'contradicted',
        note: 'fact sol.price 163.84',
      },
      {
        find: '-1,4 %',
        label: 'supported',
      },
      {
        find: '2,44 $',
        label: 'supported',
      },
      {
        find: '+0,8 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-03',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2 recap: the four rollup tokens lost on average 0,98 %. Optimism was the weakest with -2,42 %, Arbitrum gave up 2,84 %, Immutable 0,93 %. POL was the only token with a plus, +0,41 %. Over seven days the sector lost 3,5 %.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0,98 %',
        label: 'supported',
      },
      {
        find: '-2,42 %',
        label: 'supported',
      },
      {
        find: '2,84 %',
        label: 'contradicted',
        note: 'fact arb.change_24h -1.84',
      },
      {
        find: '0,93 %',
        label: 'supported',
      },
      {
        find: '+0,41 %',
        label: 'supported',
      },
      {
        find: '3,5 %',
        label: 'contradicted',
        note: '7d: 3.54 is 30d; sector.l2.change_7d -0.93',
      },
    ],
  },
  {
    id: 'E-sector-04',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI tokens finished the day practically unchanged at +0,2 %. Virtuals Protocol was the best name with +5,6 %, Bittensor added 3,4 % to 378,60 $ and FET 1,7 %. On the minus side: Render -4,2 %, Worldcoin -3,3 %, The Graph -2,1 % and NEAR -1,2 %. So 3 up, 4 down.',
    numbers: [
      {
        find: '+0,2 %',
        label: 'supported',
      },
      {
        find: '+5,6 %',
        label: 'supported',
      },
      {
        find: '3,4 %',
        label: 'supported',
      },
      {
        find: '378,60 $',
        label: 'supported',
      },
      {
        find: '1,7 %',
        label: 'contradicted',
        note: '24h: 1.71 is 7d; fet.change_24h 3.21',
      },
      {
        find: '-4,2 %',
        label: 'supported',
      },
      {
        find: '-3,3 %',
        label: 'supported',
      },
      {
        find: '-2,1 %',
        label: 'supported',
      },
      {
        find: '-1,2 %',
        label: 'supported',
      },
      {
        find: '3@5',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-05',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming: the sector lost 0,6 %. Axie Infinity was best with +1,1 %, Gala +0,6 %; The Sandbox fell 2,3 % to 0,218 $ and Immutable 0,9 %. Sector capitalisation: approximately 4,2 Mrd. $.',
    numbers: [
      {
        find: '0,6 %@1',
        label: 'supported',
      },
      {
        find: '+1,1 %',
        label: 'supported',
      },
      {
        find: '+0,6 %',
        label: 'supported',
      },
      {
        find: '2,3 %',
        label: 'supported',
      },
      {
        find: '0,218 $',
        label: 'supported',
      },
      {
        find: '0,9 %',
        label: 'supported',
      },
      {
        find: '4,2 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap 2.41B',
      },
    ],
  },
  {
    id: 'E-sector-06',
    voice: 'sector-comma',
    style: 'sector',
    text: "The meme sector added 8,5 % in 24 hours. Dogecoin rose 6,8 % to 0,249 $, Pepe 9,5 %, WIF 11,2 %. Shiba Inu was the best meme token with +3,1 %. The sector's market cap increased by around 2,5 Mrd. $.",
    numbers: [
      {
        find: '8,5 %',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50',
      },
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '6,8 %',
        label: 'supported',
      },
      {
        find: '0,249 $',
        label: 'contradicted',
        note: 'fact doge.price 0.20874',
      },
      {
        find: '9,5 %',
        label: 'supported',
      },
      {
        find: '11,2 %',
        label: 'supported',
      },
      {
        find: '+3,1 %',
        label: 'contradicted',
        note: 'wrong rank: SHIB is worst meme member',
      },
      {
        find: '2,5 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-07',
    voice: 'sector-comma',
    style: 'sector',
    text: 'DePIN is the worst sector today with -4,8 %. All 4 members fell: FIL -5,83 %, IOTX -4,62 %, RENDER -4,18 %, HNT -2,94 %. Helium is therefore the best DePIN token. Filecoin trades at 2,05 $, just over support at 1,80 $; resistance is at 2,50 $.',
    numbers: [
      {
        find: '-4,8 %',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '-5,83 %',
        label: 'supported',
      },
      {
        find: '-4,62 %',
        label: 'supported',
      },
      {
        find: '-4,18 %',
        label: 'supported',
      },
      {
        find: '-2,94 %',
        label: 'contradicted',
        note: 'fact hnt.change_24h -3.94',
      },
      {
        find: '2,05 $',
        label: 'supported',
      },
      {
        find: '1,80 $',
        label: 'contradicted',
        note: 'fact fil.support 2',
      },
      {
        find: '2,50 $',
        label: 'contradicted',
        note: 'fact fil.resistance 2.1',
      },
    ],
  },
  {
    id: 'E-sector-08',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 1 on a daily basis: -0,3 %. Ether fell 2,6 % to 3.702 $, Avalanche 3,3 %, Cardano 1,9 %, Solana 1,4 %, NEAR 1,2 %, Polkadot 1,1 % and BNB 1,6 %. Positive were only Sui (+1,6 %), XRP (+0,8 %) and Bitcoin (+0,2 %).',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0,3 %',
        label: 'supported',
      },
      {
        find: '2,6 %',
        label: 'supported',
      },
      {
        find: '3.702 $',
        label: 'supported',
      },
      {
        find: '3,3 %',
        label: 'contradicted',
        note: 'fact avax.change_24h -2.31',
      },
      {
        find: '1,9 %',
        label: 'supported',
      },
      {
        find: '1,4 %',
        label: 'supported',
      },
      {
        find: '1,2 %',
        label: 'supported',
      },
      {
        find: '1,1 %',
        label: 'supported',
      },
      {
        find: '1,6 %@1',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.58',
      },
      {
        find: '+1,6 %',
        label: 'supported',
      },
      {
        find: '+0,8 %',
        label: 'supported',
      },
      {
        find: '+0,2 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-09',
    voice: 'sector-comma',
    style: 'sector',
    text: 'The AI sector rose 2,2 % on the day. Bittensor was the best AI token with +3,4 %; Virtuals gained 5,6 %. Render was the weakest with -4,2 %. The CoinGecko category for AI gained 0,74 % to 34,4 Mrd. $.',
    numbers: [
      {
        find: '2,2 %',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 0.22 (10x)',
      },
      {
        find: '+3,4 %',
        label: 'contradicted',
        note: 'wrong leader: VIRTUAL best at 5.62',
      },
      {
        find: '5,6 %',
        label: 'supported',
      },
      {
        find: '-4,2 %',
        label: 'supported',
      },
      {
        find: '0,74 %',
        label: 'supported',
      },
      {
        find: '34,4 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.ai.category_cap 24.37B',
      },
    ],
  },
  {
    id: 'E-sector-10',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2: -1,0 %. Arbitrum 0,305 $ (-1,8 %), Optimism 0,448 $ (-4,4 %), POL 0,186 $ (+0,4 %), Immutable 0,61 $ (-0,9 %). The Block wrote that layer-2 tokens lost 3 %.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-1,0 %',
        label: 'supported',
      },
      {
        find: '0,305 $',
        label: 'supported',
      },
      {
        find: '-1,8 %',
        label: 'supported',
      },
      {
        find: '0,448 $',
        label: 'supported',
      },
      {
        find: '-4,4 %',
        label: 'contradicted',
        note: '24h: 4.44 is 7d; op.change_24h -2.42',
      },
      {
        find: '0,186 $',
        label: 'supported',
      },
      {
        find: '+0,4 %',
        label: 'supported',
      },
      {
        find: '0,61 $',
        label: 'contradicted',
        note: 'fact imx.price 0.5061',
      },
      {
        find: '-0,9 %',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '3 %',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98; headline contradicted',
      },
    ],
  },
  {
    id: 'E-sector-11',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming tokens: -2,6 %. AXS +1,1 %, GALA +0,6 %, IMX -0,9 %, SAND -2,3 %. Thus 3 tokens up and 1 down.',
    numbers: [
      {
        find: '-2,6 %',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -0.63',
      },
      {
        find: '+1,1 %',
        label: 'supported',
      },
      {
        find: '+0,6 %',
        label: 'supported',
      },
      {
        find: '-0,9 %',
        label: 'supported',
      },
      {
        find: '-2,3 %',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'contradicted',
        note: 'fact sector.gaming.advancers_24h 2',
      },
      {
        find: '1@3',
        label: 'contradicted',
        note: 'fact sector.gaming.decliners_24h 2',
      },
    ],
  },
  {
    id: 'E-sector-12',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly sector overview. Memes: +2,9 %; best WIF with +12,7 %, weakest SHIB with +1,4 %. Layer 2: -0,9 %. Layer 1: -3,3 %. AI: -3,4 %. Gaming: -4,2 %. DePIN: -8,6 %, the weakest sector of the week.',
    numbers: [
      {
        find: '+2,9 %',
        label: 'supported',
      },
      {
        find: '+12,7 %',
        label: 'supported',
      },
      {
        find: '+1,4 %',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-0,9 %',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '-3,3 %',
        label: 'contradicted',
        note: 'fact sector.l1.change_7d -2.33',
      },
      {
        find: '-3,4 %',
        label: 'supported',
      },
      {
        find: '-4,2 %',
        label: 'supported',
      },
      {
        find: '-8,6 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-13',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Over seven days Layer 1 lost 2,3 %. Polkadot was the best with +3,2 %, Solana the weakest with -5,4 %. Only 3 of 10 tokens rose. The market value of the sector fell by about 27 Mrd. $. Ether lost 2,6 %, Bitcoin 2,1 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '2,3 %',
        label: 'supported',
      },
      {
        find: '+3,2 %',
        label: 'supported',
      },
      {
        find: '-5,4 %',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '27 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_7d -72.0B',
      },
      {
        find: '2,6 %',
        label: 'contradicted',
        note: 'weekly: 2.63 is 24h; eth.change_7d -3.98',
      },
      {
        find: '2,1 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-14',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'DePIN this week: -8,6 %. Filecoin -10,7 %, Helium -9,0 %, IoTeX -8,7 % and Render -4,5 %. Not a single token rose. The sector lost roughly 339 Mio. $ in market value.',
    numbers: [
      {
        find: '-8,6 %',
        label: 'supported',
      },
      {
        find: '-10,7 %',
        label: 'supported',
      },
      {
        find: '-9,0 %',
        label: 'supported',
      },
      {
        find: '-8,7 %',
        label: 'contradicted',
        note: 'fact iotx.change_7d -6.66',
      },
      {
        find: '-4,5 %',
        label: 'contradicted',
        note: 'fact render.change_7d -6.54',
      },
      {
        find: '339 Mio. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-15',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly AI: -3,4 %, with one gainer (FET, +1,7 %) and six losers. Worldcoin lost 7,9 %, Virtuals 5,2 %, Bittensor 4,5 %, The Graph 2,7 %, NEAR 2,3 %. Virtuals was the best AI token of the week with +5,6 %.',
    numbers: [
      {
        find: '-3,4 %',
        label: 'supported',
      },
      {
        find: '+1,7 %',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: '7,9 %',
        label: 'supported',
      },
      {
        find: '5,2 %',
        label: 'supported',
      },
      {
        find: '4,5 %',
        label: 'contradicted',
        note: 'fact tao.change_7d -2.53',
      },
      {
        find: '2,7 %',
        label: 'supported',
      },
      {
        find: '2,3 %',
        label: 'supported',
      },
      {
        find: '+5,6 %',
        label: 'contradicted',
        note: 'weekly leader is FET; 5.62 is VIRTUAL 24h',
      },
    ],
  },
  {
    id: 'E-sector-16',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Gaming, week: -4,2 %. The Sandbox fell 10,0 %, Immutable 6,0 %, Gala 1,3 %. Axie was the only gainer with +1,4 %. Over 30 days the sector is down 7,7 % and Axie even 23,2 %.',
    numbers: [
      {
        find: '-4,2 %',
        label: 'supported',
      },
      {
        find: '10,0 %',
        label: 'supported',
      },
      {
        find: '6,0 %',
        label: 'contradicted',
        note: 'fact imx.change_7d -3.97',
      },
      {
        find: '1,3 %',
        label: 'supported',
      },
      {
        find: '+1,4 %',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '7,7 %',
        label: 'supported',
      },
      {
        find: '23,2 %',
        label: 'contradicted',
        note: 'fact axs.change_30d -13.17',
      },
    ],
  },
  {
    id: 'E-sector-17',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Market in numbers: total capitalisation 3,49 Bio. $ (-0,47 %), Bitcoin dominance 61,8 %, 13 risers and 17 fallers among 30 tokens. Volume in 24 hours: 164,0 Mrd. $. Open interest 17,0 Mrd. $, -1,7 %.',
    numbers: [
      {
        find: '3,49 Bio. $',
        label: 'supported',
      },
      {
        find: '-0,47 %',
        label: 'supported',
      },
      {
        find: '61,8 %',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '17@1',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '164,0 Mrd. $',
        label: 'contradicted',
        note: 'fact market.volume_24h 106.4B',
      },
      {
        find: '17,0 Mrd. $',
        label: 'supported',
      },
      {
        find: '-1,7 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-18',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Market in numbers: total capitalisation 3,94 Bio. $, change +0,47 %. Bitcoin dominance 59,8 %. 17 tokens rose, 13 fell.',
    numbers: [
      {
        find: '3,94 Bio. $',
        label: 'contradicted',
        note: 'fact market.total_cap 3.487T',
      },
      {
        find: '+0,47 %',
        label: 'contradicted',
        note: 'direction: market.cap_change_24h -0.47',
      },
      {
        find: '59,8 %',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.79',
      },
      {
        find: '17',
        label: 'contradicted',
        note: 'fact market.advancers_24h 13',
      },
      {
        find: '13',
        label: 'contradicted',
        note: 'fact market.decliners_24h 17',
      },
    ],
  },
  {
    id: 'E-sector-19',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Derivatives per asset. BTC: funding 0,0046 % per 8 h, open interest 8,61 Mrd. $ (+2,4 %). ETH: funding -0,0034 %, open interest 5,02 Mrd. $ (-3,6 %). SOL: funding 0,0021 %, OI 3,18 Mrd. $. XRP: funding 0,0052 %, OI 1,01 Mrd. $ (+0,7 %). DOGE: funding 0,0318 %, OI 940 Mio. $ (+14,6 %).',
    numbers: [
      {
        find: '0,0046 %',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '8,61 Mrd. $',
        label: 'supported',
      },
      {
        find: '+2,4 %',
        label: 'contradicted',
        note: 'direction: btc.oi_change_24h -2.4',
      },
      {
        find: '-0,0034 %',
        label: 'supported',
      },
      {
        find: '5,02 Mrd. $',
        label: 'supported',
      },
      {
        find: '-3,6 %',
        label: 'supported',
      },
      {
        find: '0,0021 %',
        label: 'supported',
      },
      {
        find: '3,18 Mrd. $',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.38B',
      },
      {
        find: '0,0052 %',
        label: 'supported',
      },
      {
        find: '1,01 Mrd. $',
        label: 'supported',
      },
      {
        find: '+0,7 %',
        label: 'supported',
      },
      {
        find: '0,0318 %',
        label: 'supported',
      },
      {
        find: '940 Mio. $',
        label: 'supported',
      },
      {
        find: '+14,6 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-20',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Derivatives: ETH funding is positive with 0,0034 %, longs pay shorts. DOGE funding reached 0,0518 % per 8 hours, annualised around 57 %. BTC open interest fell 4,2 %, SOL open interest rose 1,9 %.',
    numbers: [
      {
        find: '0,0034 %',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.00342',
      },
      {
        find: '0,0518 %',
        label: 'contradicted',
        note: 'fact doge.funding_rate 0.0318',
      },
      {
        find: '8@2',
        label: 'ignored',
      },
      {
        find: '57 %',
        label: 'contradicted',
        note: 'fact doge.funding_apr 34.8',
      },
      {
        find: '4,2 %',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h -2.4',
      },
      {
        find: '1,9 %',
        label: 'contradicted',
        note: 'direction: sol.oi_change_24h -1.9',
      },
    ],
  },
  {
    id: 'E-sector-21',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Bitcoin stands at $ 107.846, practically unchanged (+0,18 %). The range of the day was $ 104.150 to $ 108.181. Support lies at $ 105.000, resistance at $ 110.000. In 30 days BTC gained 5,0 %, in seven days it lost 4,1 %.',
    numbers: [
      {
        find: '107.846',
        label: 'supported',
      },
      {
        find: '+0,18 %',
        label: 'supported',
      },
      {
        find: '104.150',
        label: 'contradicted',
        note: 'fact btc.low_24h 106149.89',
      },
      {
        find: '108.181',
        label: 'supported',
      },
      {
        find: '105.000',
        label: 'supported',
      },
      {
        find: '110.000',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '5,0 %',
        label: 'supported',
      },
      {
        find: '4,1 %',
        label: 'contradicted',
        note: 'fact btc.change_7d -2.13',
      },
    ],
  },
  {
    id: 'E-sector-22',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Ether fell 2,63 % to $ 3.702 and is now the weakest Layer-1 token. The 30-day low is $ 3.510, the high $ 4.443. Funding is negative, shorts pay longs. Open interest fell by 7,1 % in a day.',
    numbers: [
      {
        find: '2,63 %',
        label: 'supported',
      },
      {
        find: '3.702',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '3.510',
        label: 'supported',
      },
      {
        find: '4.443',
        label: 'contradicted',
        note: 'fact eth.swing_high_30d 4143.36',
      },
      {
        find: '7,1 %',
        label: 'contradicted',
        note: '24h: 7.1 is 7d; eth.oi_change_24h -3.6',
      },
    ],
  },
  {
    id: 'E-sector-23',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Memes vs. DePIN: the gap between best and worst sector was about 11,3 percentage points. Memes gained 6,5 %, DePIN lost 4,8 %. A reader on Reddit wrote his DePIN bags are 15 % down this week.',
    numbers: [
      {
        find: '11,3',
        label: 'unsupported',
        note: 'derived spread, no fact',
      },
      {
        find: '6,5 %',
        label: 'supported',
      },
      {
        find: '4,8 %',
        label: 'supported',
      },
      {
        find: '15 %',
        label: 'supported-by-source',
        note: 'r/CryptoCurrency post about own bags, not the sector; debatable',
      },
    ],
  },
  {
    id: 'E-sector-24',
    voice: 'sector-comma',
    style: 'sector',
    text: 'CoinGecko categories: Layer 1 3,10 Bio. $ (-0,41 %), Layer 2 15,5 Mrd. $ (-0,62 %), AI 24,4 Mrd. $ (+0,74 %), DePIN 11,2 Mrd. $ (-4,37 %), Gaming 9,5 Mrd. $ (-0,52 %), Memes 63,1 Mrd. $ (+5,94 %).',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3,10 Bio. $',
        label: 'supported',
      },
      {
        find: '-0,41 %',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '15,5 Mrd. $',
        label: 'supported',
      },
      {
        find: '-0,62 %',
        label: 'contradicted',
        note: 'fact sector.l2.category_change_24h -1.62',
      },
      {
        find: '24,4 Mrd. $',
        label: 'supported',
      },
      {
        find: '+0,74 %',
        label: 'supported',
      },
      {
        find: '11,2 Mrd. $',
        label: 'supported',
      },
      {
        find: '-4,37 %',
        label: 'supported',
      },
      {
        find: '9,5 Mrd. $',
        label: 'supported',
      },
      {
        find: '-0,52 %',
        label: 'supported',
      },
      {
        find: '63,1 Mrd. $',
        label: 'supported',
      },
      {
        find: '+5,94 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-25',
    voice: 'sector-comma',
    style: 'sector',
    text: 'CoinGecko categories: Memes volume 79 Mrd. $, AI volume 2,96 Mrd. $, Layer 1 volume 86,1 Mrd. $. DePIN category capitalisation 21,2 Mrd. $, Gaming category -2,52 %.',
    numbers: [
      {
        find: '79 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.memes.category_volume_24h 7.9B (10x)',
      },
      {
        find: '2,96 Mrd. $',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '86,1 Mrd. $',
        label: 'supported',
      },
      {
        find: '21,2 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.depin.category_cap 11.21B',
      },
      {
        find: '-2,52 %',
        label: 'contradicted',
        note: 'fact sector.gaming.category_change_24h -0.52',
      },
    ],
  },
  {
    id: 'E-sector-26',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Memes: Dogecoin 0,2087 $ (+6,84 %), Shiba Inu 0,0000109 $ (+3,12 %), Pepe 0,0000074 $ (+9,47 %), dogwifhat 0,6128 $ (+11,23 %). Market capitalisation of Dogecoin: 31,5 Mrd. $. Pepe: 1,3 Mrd. $. WIF: 6,1 Mrd. $.',
    numbers: [
      {
        find: '0,2087 $',
        label: 'supported',
      },
      {
        find: '+6,84 %',
        label: 'supported',
      },
      {
        find: '0,0000109 $',
        label: 'supported',
      },
      {
        find: '+3,12 %',
        label: 'supported',
      },
      {
        find: '0,0000074 $',
        label: 'supported',
      },
      {
        find: '+9,47 %',
        label: 'supported',
      },
      {
        find: '0,6128 $',
        label: 'supported',
      },
      {
        find: '+11,23 %',
        label: 'supported',
      },
      {
        find: '31,5 Mrd. $',
        label: 'supported',
      },
      {
        find: '1,3 Mrd. $',
        label: 'contradicted',
        note: 'fact pepe.market_cap 3.11B',
      },
      {
        find: '6,1 Mrd. $',
        label: 'contradicted',
        note: 'fact wif.market_cap 612M (10x)',
      },
    ],
  },
  {
    id: 'E-sector-27',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI in detail: FET 0,528 $ (+3,2 %), RENDER 2,76 $ (-4,2 %), TAO 378,6 $ (-3,4 %), GRT 0,0698 $ (-2,1 %), VIRTUAL 1,41 $ (+5,6 %), WLD 0,763 $ (-5,3 %), NEAR 2,78 $ (-1,2 %).',
    numbers: [
      {
        find: '0,528 $',
        label: 'supported',
      },
      {
        find: '+3,2 %',
        label: 'supported',
      },
      {
        find: '2,76 $',
        label: 'supported',
      },
      {
        find: '-4,2 %',
        label: 'supported',
      },
      {
        find: '378,6 $',
        label: 'supported',
      },
      {
        find: '-3,4 %',
        label: 'contradicted',
        note: 'direction: tao.change_24h +3.37',
      },
      {
        find: '0,0698 $',
        label: 'supported',
      },
      {
        find: '-2,1 %',
        label: 'supported',
      },
      {
        find: '1,41 $',
        label: 'supported',
      },
      {
        find: '+5,6 %',
        label: 'supported',
      },
      {
        find: '0,763 $',
        label: 'supported',
      },
      {
        find: '-5,3 %',
        label: 'contradicted',
        note: 'fact wld.change_24h -3.28',
      },
      {
        find: '2,78 $',
        label: 'supported',
      },
      {
        find: '-1,2 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-28',
    voice: 'sector-comma',
    style: 'sector',
    text: 'The Layer-1 sector lost 1,3 % today. Only one token was in the plus: Sui with +1,6 %. Cardano fell to 0,561 $, right at support of 0,56 $. Polkadot fell 3,1 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '1,3 %',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h -0.32',
      },
      {
        find: 'one',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 3',
      },
      {
        find: '+1,6 %',
        label: 'supported',
      },
      {
        find: '0,561 $',
        label: 'supported',
      },
      {
        find: '0,56 $',
        label: 'supported',
      },
      {
        find: '3,1 %',
        label: 'contradicted',
        note: 'fact dot.change_24h -1.14',
      },
    ],
  },
  {
    id: 'E-sector-29',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 1 over 30 days: +4,0 %. Best Sui with +6,5 %, weakest Solana with -4,7 %. 6 tokens rose, 4 fell. Bitcoin +5,0 %, Ether +2,9 %, Solana +0,5 %.',
    numbers: [
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '+4,0 %',
        label: 'supported',
      },
      {
        find: '+6,5 %',
        label: 'supported',
      },
      {
        find: '-4,7 %',
        label: 'contradicted',
        note: 'wrong asset: ADA is worst 30d; sol.change_30d -0.47',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '+5,0 %',
        label: 'supported',
      },
      {
        find: '+2,9 %',
        label: 'supported',
      },
      {
        find: '+0,5 %',
        label: 'contradicted',
        note: 'direction: sol.change_30d -0.47',
      },
    ],
  },
  {
    id: 'E-sector-30',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Meme sector over 30 days: +10,7 %. Pepe +15,4 %, Dogecoin +16,2 %, SHIB +1,2 %. WIF was the only loser with -8,2 %. CryptoSlate reported that the meme sector climbed 6 %.',
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '+10,7 %',
        label: 'supported',
      },
      {
        find: '+15,4 %',
        label: 'supported',
      },
      {
        find: '+16,2 %',
        label: 'contradicted',
        note: 'fact doge.change_30d 12.61',
      },
      {
        find: '+1,2 %',
        label: 'supported',
      },
      {
        find: '-8,2 %',
        label: 'contradicted',
        note: 'fact wif.change_30d -0.18',
      },
      {
        find: '6 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-31',
    voice: 'sector-comma',
    style: 'sector',
    text: 'CoinDesk reported that turnover ran about 30 % under the weekly average; BTC volume was 1,87 Mrd. $. Bitcoin Magazine reported ETF outflows of 148 Mio. $ on Friday. ETF outflows over the week totalled 620 Mio. $.',
    numbers: [
      {
        find: '30 %',
        label: 'supported',
      },
      {
        find: '1,87 Mrd. $',
        label: 'supported',
      },
      {
        find: '148 Mio. $',
        label: 'supported-by-source',
      },
      {
        find: '620 Mio. $',
        label: 'unsupported',
        note: 'invented, no source',
      },
    ],
  },
  {
    id: 'E-sector-32',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Week: Memes +2,9 %, the only positive sector; the capitalisation rose by 2,54 Mrd. $. DOGE +2,7 %, PEPE +6,5 %, WIF +12,7 %. DOGE open interest rose 22,3 % in the week, WIF funding reached 0,05 %.',
    numbers: [
      {
        find: '+2,9 %',
        label: 'supported',
      },
      {
        find: '2,54 Mrd. $',
        label: 'contradicted',
        note: 'weekly: 2.54B is 24h; memes.market_cap_change_7d 1.19B',
      },
      {
        find: '+2,7 %',
        label: 'supported',
      },
      {
        find: '+6,5 %',
        label: 'supported',
      },
      {
        find: '+12,7 %',
        label: 'supported',
      },
      {
        find: '22,3 %',
        label: 'supported',
      },
      {
        find: '0,05 %',
        label: 'unsupported',
        note: 'no WIF funding fact',
      },
    ],
  },
  {
    id: 'E-sector-33',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Layer 2, weekly: -0,9 %. Arbitrum best with +2,2 %, Optimism weakest with -4,4 %. POL +0,4 %, Immutable -4,0 %. Only 2 of 4 rose.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-0,9 %',
        label: 'supported',
      },
      {
        find: '+2,2 %',
        label: 'supported',
      },
      {
        find: '-4,4 %',
        label: 'supported',
      },
      {
        find: '+0,4 %',
        label: 'contradicted',
        note: 'weekly: 0.41 is 24h; pol.change_7d -0.45',
      },
      {
        find: '-4,0 %',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'contradicted',
        note: 'fact sector.l2.advancers_7d 1',
      },
      {
        find: '4@5',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-34',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Week in DePIN: the sector fell 4,8 %, Filecoin lost 10,7 % and is at the bottom. Helium -6,0 %. The Block: every DePIN token fell over the week.',
    numbers: [
      {
        find: '4,8 %',
        label: 'contradicted',
        note: 'weekly: 4.84 is 24h; depin.change_7d -8.60',
      },
      {
        find: '10,7 %',
        label: 'supported',
      },
      {
        find: '-6,0 %',
        label: 'contradicted',
        note: 'fact hnt.change_7d -8.98',
      },
    ],
  },
  {
    id: 'E-sector-35',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Short sector note: Memes +4,5 %, AI -0,2 %, Layer 1 -0,3 %, Gaming -0,6 %, Layer 2 -1,0 %, DePIN -6,8 %. The second-best sector was Layer 1 with -0,3 %.',
    numbers: [
      {
        find: '+4,5 %',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50',
      },
      {
        find: '-0,2 %',
        label: 'contradicted',
        note: 'direction: sector.ai.change_24h +0.22',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0,3 %@1',
        label: 'supported',
      },
      {
        find: '-0,6 %',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-1,0 %',
        label: 'supported',
      },
      {
        find: '-6,8 %',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -4.84',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '-0,3 %@2',
        label: 'contradicted',
        note: 'rank: AI +0.22 is second-best',
      },
    ],
  },
  {
    id: 'E-sector-36',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Expectations: analysts see Bitcoin at $ 125.000 by March and memes could gain another 20 %. The last time DOGE funding was at 0,03 %, the token fell 30 % within a week.',
    numbers: [
      {
        find: '125.000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '20 %',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '0,03 %',
        label: 'supported',
      },
      {
        find: '30 %',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'E-sector-37',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Solana market cap 90,5 Mrd. $, Sui 9,3 Mrd. $, Avalanche 8,0 Mrd. $, Polkadot 5,2 Mrd. $, NEAR 5,3 Mrd. $, Cardano 25,0 Mrd. $.',
    numbers: [
      {
        find: '90,5 Mrd. $',
        label: 'supported',
      },
      {
        find: '9,3 Mrd. $',
        label: 'supported',
      },
      {
        find: '8,0 Mrd. $',
        label: 'supported',
      },
      {
        find: '5,2 Mrd. $',
        label: 'supported',
      },
      {
        find: '5,3 Mrd. $',
        label: 'contradicted',
        note: 'fact near.market_cap 3.52B',
      },
      {
        find: '25,0 Mrd. $',
        label: 'contradicted',
        note: 'fact ada.market_cap 20.48B',
      },
    ],
  },
  {
    id: 'E-sector-38',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Corrected version follows later. Memes +5,5 %, best SHIB +11,2 %, DePIN -3,8 %, worst IOTX -5,8 %, AI +0,2 %, Gaming +0,6 %, Layer 2 -1,0 %.',
    numbers: [
      {
        find: '+5,5 %',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 6.50',
      },
      {
        find: '+11,2 %',
        label: 'contradicted',
        note: 'wrong member: WIF best at 11.23',
      },
      {
        find: '-3,8 %',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -4.84',
      },
      {
        find: '-5,8 %',
        label: 'contradicted',
        note: 'wrong member: FIL worst at -5.83',
      },
      {
        find: '+0,2 %',
        label: 'supported',
      },
      {
        find: '+0,6 %',
        label: 'contradicted',
        note: 'sign: gaming.change_24h -0.63',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-1,0 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-sector-39',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly Layer 1: Bitcoin -3,1 %, Ether -4,0 %, Solana -4,5 %, XRP +2,2 %, Polkadot +3,2 %, Avalanche -4,9 %, Cardano -5,2 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-3,1 %',
        label: 'contradicted',
        note: 'fact btc.change_7d -2.13',
      },
      {
        find: '-4,0 %',
        label: 'supported',
      },
      {
        find: '-4,5 %',
        label: 'contradicted',
        note: 'fact sol.change_7d -5.40',
      },
      {
        find: '+2,2 %',
        label: 'contradicted',
        note: 'fact xrp.change_7d 0.18',
      },
      {
        find: '+3,2 %',
        label: 'supported',
      },
      {
        find: '-4,9 %',
        label: 'supported',
      },
      {
        find: '-5,2 %',
        label: 'contradicted',
        note: 'fact ada.change_7d -3.19',
      },
    ],
  },
];
