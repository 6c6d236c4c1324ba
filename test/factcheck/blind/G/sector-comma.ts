import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-sector-comma-01',
    voice: 'sector-comma',
    style: 'sector',
    text: "Sector recap, 6 December 2026: gaming takes the crown\n\nGaming tokens left the rest of the market behind. The four-token basket gained 15,7 % on the day and is now worth 2,79 bn $, and every member closed in the green. GALA was the best performer with +18,9 % to 0,01587 $, followed by AXS at +17,8 % and SAND at +21,4 %. Even the laggard IMX added 12,6 %.\n\nTurnover was unusually heavy: AXS traded about 3,0x its seven-day average volume and SAND roughly 4,1x. Over the week the sector is up 8,9 %, with AXS the best member at +12,3 %; on a 30-day view the basket is still down 0,5 %.\n\nCoinGecko's wider gaming category rose 14,9 % to 109 bn $. CryptoSlate put the jump at 22 %, while Decrypt reported that Immutable's zkEVM mainnet is adding 40 new games. According to The Block, the Ronin network processed 2,3 million transactions as Axie activity picked up. AXS now sits just under its 2,00 $ resistance; some traders expect GALA to reach 0,025 $ before the year is out. Axie's all-time high of 165 $ from 2021 is a distant memory.",
    numbers: [
      {
        find: '6@1',
        label: 'ignored',
      },
      {
        find: '2026',
        label: 'ignored',
      },
      {
        find: '15,7 %',
        label: 'supported',
      },
      {
        find: '2,79 bn $',
        label: 'supported',
      },
      {
        find: '+18,9 %',
        label: 'supported',
      },
      {
        find: '0,01587 $',
        label: 'supported',
      },
      {
        find: '+17,8 %',
        label: 'supported',
      },
      {
        find: '+21,4 %',
        label: 'contradicted',
        note: 'fact sand.change_24h 16.42',
      },
      {
        find: '12,6 %',
        label: 'supported',
      },
      {
        find: '3,0x',
        label: 'supported',
      },
      {
        find: '4,1x',
        label: 'contradicted',
        note: 'fact sand.volume_ratio_7d 2.85',
      },
      {
        find: '8,9 %@2',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d 5.28',
      },
      {
        find: '+12,3 %',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '0,5 %',
        label: 'supported',
      },
      {
        find: '14,9 %',
        label: 'supported',
      },
      {
        find: '109 bn $',
        label: 'contradicted',
        note: '10x slip: sector.gaming.category_cap 10.87B',
      },
      {
        find: '22 %',
        label: 'contradicted',
        note: 'headline figure, fact sector.gaming.change_24h 15.65',
      },
      {
        find: '40',
        label: 'supported-by-source',
      },
      {
        find: '2,3 million',
        label: 'supported-by-source',
      },
      {
        find: '2,00 $',
        label: 'supported',
        note: 'axs.resistance 2',
      },
      {
        find: '0,025 $',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '165 $',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '2021',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'G-sector-comma-02',
    voice: 'sector-comma',
    style: 'sector',
    text: "Layer 2: rollups bounce as one\n\nThe rollup basket (ARB, OP, POL, IMX) rose 9,9 % over the session and all 4 members finished higher. IMX led with +12,6 %, POL was the weakest at +8,2 %. OP climbed 11,3 % to 0,496 $, right below resistance at 0,50 $, and ARB gained 9,7 % to 0,3318 $. POL changes hands at 0,2517 $.\n\nThe sector is valued at 6,08 bn $ after adding 549 mn $ in a day. On seven days the L2 group is up 9,9 %, OP is the best member with +9,2 % and ARB follows at +8,8 %; IMX was the weakest over the week, still up 6,0 %. Over 30 days POL is down 9,6 %.\n\nARB volume came in at 4,6 times its weekly average. CoinGecko's rollup category grew only 3,7 %. Cointelegraph wrote that Optimism and Arbitrum rallied 11 % and 10 %. Support for ARB is at 0,34 $, for OP at 0,48 $. Analysts see OP at 0,60 $ in January. Arbitrum's next unlock releases 92 mn ARB.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '9,9 %@1',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
        note: 'sector.l2.advancers_24h 4',
      },
      {
        find: '+12,6 %',
        label: 'supported',
      },
      {
        find: '+8,2 %',
        label: 'supported',
      },
      {
        find: '11,3 %',
        label: 'supported',
      },
      {
        find: '0,496 $',
        label: 'supported',
      },
      {
        find: '0,50 $',
        label: 'supported',
      },
      {
        find: '9,7 %',
        label: 'supported',
      },
      {
        find: '0,3318 $',
        label: 'supported',
      },
      {
        find: '0,2517 $',
        label: 'contradicted',
        note: 'fact pol.price 0.2017',
      },
      {
        find: '6,08 bn $',
        label: 'supported',
      },
      {
        find: '549 mn $',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '9,9 %@2',
        label: 'contradicted',
        note: 'wrong window: 9.94 is 24h; sector.l2.change_7d 6.72',
      },
      {
        find: '+9,2 %',
        label: 'supported',
      },
      {
        find: '+8,8 %',
        label: 'supported',
      },
      {
        find: '6,0 %',
        label: 'contradicted',
        note: 'fact imx.change_7d 2.03',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '9,6 %',
        label: 'supported',
      },
      {
        find: '4,6 times',
        label: 'contradicted',
        note: 'fact arb.volume_ratio_7d 2.62',
      },
      {
        find: '3,7 %',
        label: 'contradicted',
        note: 'fact sector.l2.category_change_24h 9.37',
      },
      {
        find: '11 %',
        label: 'supported',
      },
      {
        find: '10 %',
        label: 'supported',
      },
      {
        find: '0,34 $',
        label: 'contradicted',
        note: '0.34 is arb.resistance; support 0.32',
      },
      {
        find: '0,48 $',
        label: 'supported',
      },
      {
        find: '0,60 $',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '92 mn',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'G-sector-comma-03',
    voice: 'sector-comma',
    style: 'daily',
    text: "AI tokens: six up, one down\n\nThe AI basket added 5,6 % and 6 of its 7 members rose. Virtuals was the standout with +13,4 % to 1,5287 $, while Bittensor was the only decliner, off 0,8 % at 366,2 $. NEAR gained 7,9 %, FET 7,4 %, WLD 4,1 %, RENDER 5,1 % and GRT 6,2 % to 0,0842 $.\n\nSector capitalisation stands at 13,88 bn $, up 736 mn $ on the day. Over the week the group is still down 3,4 %: WLD was the only gainer with +6,3 % and RENDER the worst at -8,7 %. The 30-day loss is 4,1 %.\n\nFET led the group with 11,2 %. CoinGecko's AI category is worth 25,6 bn $ after a rise of 5,2 %, on volume of 9,8 bn $. TAO has support at 380 $. Decrypt wrote that Virtuals gained 13 %. A move in TAO back to 450 $ is the bulls' target, and FET could double to 1,12 $.",
    numbers: [
      {
        find: '5,6 %',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '+13,4 %',
        label: 'supported',
      },
      {
        find: '1,5287 $',
        label: 'supported',
      },
      {
        find: '0,8 %',
        label: 'supported',
      },
      {
        find: '366,2 $',
        label: 'supported',
      },
      {
        find: '7,9 %',
        label: 'supported',
      },
      {
        find: '7,4 %',
        label: 'supported',
      },
      {
        find: '4,1 %@1',
        label: 'contradicted',
        note: 'fact wld.change_24h 9.07',
      },
      {
        find: '5,1 %',
        label: 'supported',
      },
      {
        find: '6,2 %',
        label: 'supported',
      },
      {
        find: '0,0842 $',
        label: 'contradicted',
        note: 'fact grt.price 0.07416',
      },
      {
        find: '13,88 bn $',
        label: 'supported',
      },
      {
        find: '736 mn $',
        label: 'supported',
      },
      {
        find: '3,4 %@2',
        label: 'supported',
      },
      {
        find: '+6,3 %',
        label: 'supported',
      },
      {
        find: '-8,7 %',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '4,1 %@2',
        label: 'contradicted',
        note: 'fact sector.ai.change_30d -10.36',
      },
      {
        find: '11,2 %',
        label: 'contradicted',
        note: 'leader is VIRTUAL; fet.change_24h 7.42',
      },
      {
        find: '25,6 bn $',
        label: 'supported',
      },
      {
        find: '5,2 %',
        label: 'supported',
      },
      {
        find: '9,8 bn $',
        label: 'contradicted',
        note: 'fact sector.ai.category_volume_24h 6.84',
      },
      {
        find: '380 $',
        label: 'contradicted',
        note: '380 is tao.resistance; support 360',
      },
      {
        find: '13 %',
        label: 'supported',
      },
      {
        find: '450 $',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '1,12 $',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-sector-comma-04',
    voice: 'sector-comma',
    style: 'daily',
    text: 'DePIN and memes: the two ends of the table\n\nDecentralised infrastructure rose 4,3 %, with 3 members up and 1 down. IoTeX led with +10,8 % to 0,02374 $, Filecoin added 4,6 % to 2,136 $, and Helium slipped 1,2 % to 2,94 $. The group is worth 5,74 bn $, 155 mn $ more than a day ago. On the week it remains down 8,2 %, FIL best at -6,2 % and IOTX worst at -11,4 %. CryptoSlate said the group gained about 4 %.\n\nMemecoins were the only sector in the red, down 3,3 %. PEPE lost 5,8 %, DOGE 6,4 % and SHIB 2,2 %; WIF was the sole gainer at +1,9 %. The basket gave back 1,33 bn $ of value. Over seven days memes are down 8,9 %; SHIB was the best meme of the week at +1,8 %. PEPE trades at 0,0000068 $ and WIF lost 16,8 % over 30 days. Helium counts more than 400.000 hotspots.',
    numbers: [
      {
        find: '4,3 %',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'supported',
      },
      {
        find: '+10,8 %',
        label: 'supported',
      },
      {
        find: '0,02374 $',
        label: 'supported',
      },
      {
        find: '4,6 %',
        label: 'supported',
      },
      {
        find: '2,136 $',
        label: 'supported',
      },
      {
        find: '1,2 %',
        label: 'supported',
      },
      {
        find: '2,94 $',
        label: 'contradicted',
        note: 'fact hnt.price 2.794',
      },
      {
        find: '5,74 bn $',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap 3.74B',
      },
      {
        find: '155 mn $',
        label: 'supported',
      },
      {
        find: '8,2 %',
        label: 'supported',
      },
      {
        find: '-6,2 %',
        label: 'supported',
      },
      {
        find: '-11,4 %',
        label: 'supported',
      },
      {
        find: '4 %@2',
        label: 'supported',
        note: 'fact 4.32, hedged about 4',
      },
      {
        find: '3,3 %',
        label: 'supported',
      },
      {
        find: '5,8 %',
        label: 'supported',
      },
      {
        find: '6,4 %',
        label: 'contradicted',
        note: 'fact doge.change_24h -3.41; 6.4 is doge.oi_change_24h',
      },
      {
        find: '2,2 %',
        label: 'supported',
      },
      {
        find: '+1,9 %',
        label: 'supported',
      },
      {
        find: '1,33 bn $',
        label: 'supported',
      },
      {
        find: '8,9 %',
        label: 'supported',
      },
      {
        find: '+1,8 %',
        label: 'contradicted',
        note: 'sign: shib.change_7d -1.79',
      },
      {
        find: '0,0000068 $',
        label: 'supported',
      },
      {
        find: '16,8 %',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '400.000',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'G-sector-comma-05',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Layer 1: nine of ten higher\n\nThe Layer-1 basket gained 2,5 % with 9 of 10 members up; BNB was the only loser at -0,4 %. SUI led with +10,2 % to 2,617 $.\n\nBitcoin trades at 98.735 $ (+1,5 %), Ether at 3.486 $ (+6,3 %), Solana at 158,92 $ (+4,8 %) and XRP at 2,35 $ (+3,9 %). Cardano gained 8,6 % to 0,65 $, Avalanche 9,4 % to 21,46 $, Polkadot 1,7 % and NEAR 12,9 %.\n\nSector capitalisation: 2,81 trillion $, 69,6 bn $ more than yesterday. BTC dominance is at 62,4 %. Over 7 days the basket is down 4,6 %, with BTC the weakest at -5,5 %. XRP touched a high of 2,3886 $, SOL a low of 141,15 $. BNB has support at 1.000 $, well under the 30-day high of 1.074,88 $. ETH trades about 3 % under resistance. BTC remains far below its 30-day high of 111.455 $.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '2,5 %',
        label: 'supported',
      },
      {
        find: '9@1',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '-0,4 %',
        label: 'supported',
      },
      {
        find: '+10,2 %',
        label: 'supported',
      },
      {
        find: '2,617 $',
        label: 'supported',
      },
      {
        find: '98.735 $',
        label: 'supported',
      },
      {
        find: '+1,5 %',
        label: 'supported',
      },
      {
        find: '3.486 $',
        label: 'supported',
      },
      {
        find: '+6,3 %',
        label: 'supported',
      },
      {
        find: '158,92 $',
        label: 'supported',
      },
      {
        find: '+4,8 %',
        label: 'contradicted',
        note: 'fact sol.change_24h 7.84',
      },
      {
        find: '2,35 $',
        label: 'supported',
      },
      {
        find: '+3,9 %',
        label: 'supported',
      },
      {
        find: '8,6 %',
        label: 'supported',
      },
      {
        find: '0,65 $',
        label: 'contradicted',
        note: 'fact ada.price 0.5937',
      },
      {
        find: '9,4 %',
        label: 'supported',
      },
      {
        find: '21,46 $',
        label: 'contradicted',
        note: 'fact avax.price 19.46',
      },
      {
        find: '1,7 %',
        label: 'contradicted',
        note: 'fact dot.change_24h 7.13',
      },
      {
        find: '12,9 %',
        label: 'contradicted',
        note: 'fact near.change_24h 7.91',
      },
      {
        find: '2,81 trillion $',
        label: 'supported',
      },
      {
        find: '69,6 bn $',
        label: 'supported',
      },
      {
        find: '62,4 %',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.45',
      },
      {
        find: '7@4',
        label: 'ignored',
      },
      {
        find: '4,6 %',
        label: 'supported',
      },
      {
        find: '-5,5 %',
        label: 'supported',
      },
      {
        find: '2,3886 $',
        label: 'supported',
      },
      {
        find: '141,15 $',
        label: 'contradicted',
        note: 'fact sol.low_24h 147.15',
      },
      {
        find: '1.000 $',
        label: 'contradicted',
        note: '1000 is bnb.resistance; support 950',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '1.074,88 $',
        label: 'supported',
      },
      {
        find: '3 %@2',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '111.455 $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-sector-comma-06',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly sector table\n\nLayer 2 led the weekly table with +6,7 %, ahead of gaming at +5,3 %. AI lost 3,4 %, Layer 1 4,6 %, DePIN 8,2 % and memes 8,9 %.\n\nIn the rollups ARB gained 8,8 % and OP 9,2 %. Gaming added 15,7 % this week, with AXS at +12,3 % and GALA at +11,5 %. Among the large caps BTC lost 1,5 %, ETH was nearly flat at -0,6 % and XRP rose 5,3 %. SOL gave up 9,0 %.\n\nDOGE fell 10,1 %, PEPE 10,2 %, HNT 5,9 % and IOTX 11,4 %. WLD gained 6,3 % while RENDER lost 3,7 %. All 10 Layer-1 names are lower. Memes shed 3,76 bn $ of value and the L1 basket 136 bn $. Total open interest is down 14,3 %. Historically December has returned an average 9 % for BTC.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+6,7 %',
        label: 'supported',
      },
      {
        find: '+5,3 %',
        label: 'supported',
      },
      {
        find: '3,4 %',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '4,6 %',
        label: 'supported',
      },
      {
        find: '8,2 %',
        label: 'supported',
      },
      {
        find: '8,9 %',
        label: 'supported',
      },
      {
        find: '8,8 %',
        label: 'supported',
      },
      {
        find: '9,2 %',
        label: 'supported',
      },
      {
        find: '15,7 %',
        label: 'contradicted',
        note: 'wrong window: 15.65 is 24h; sector.gaming.change_7d 5.28',
      },
      {
        find: '+12,3 %',
        label: 'supported',
      },
      {
        find: '+11,5 %',
        label: 'contradicted',
        note: 'fact gala.change_7d 7.48',
      },
      {
        find: '1,5 %@2',
        label: 'contradicted',
        note: 'btc.change_7d -5.54; 1.52 is 24h and positive',
      },
      {
        find: '-0,6 %',
        label: 'supported',
      },
      {
        find: '5,3 %@2',
        label: 'contradicted',
        note: 'sign: xrp.change_7d -5.26',
      },
      {
        find: '9,0 %',
        label: 'contradicted',
        note: 'wrong window: 9.03 is 30d; 7d -2.72',
      },
      {
        find: '10,1 %',
        label: 'supported',
      },
      {
        find: '10,2 %',
        label: 'supported',
      },
      {
        find: '5,9 %',
        label: 'contradicted',
        note: 'fact hnt.change_7d -10.93',
      },
      {
        find: '11,4 %',
        label: 'supported',
      },
      {
        find: '6,3 %',
        label: 'supported',
      },
      {
        find: '3,7 %',
        label: 'contradicted',
        note: 'fact render.change_7d -8.67',
      },
      {
        find: '10@3',
        label: 'supported',
      },
      {
        find: '1@13',
        label: 'ignored',
      },
      {
        find: '3,76 bn $',
        label: 'supported',
      },
      {
        find: '1@14',
        label: 'ignored',
      },
      {
        find: '136 bn $',
        label: 'supported',
      },
      {
        find: '14,3 %',
        label: 'supported',
      },
      {
        find: '9 %@3',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'G-sector-comma-07',
    voice: 'sector-comma',
    style: 'daily',
    text: "Derivatives: shorts still paying\n\nFunding on BTC perpetuals stood at -0,0061 % per 8h, ETH at -0,0112 %, SOL at -0,0087 % and DOGE at -0,0025 %. XRP is the exception at +0,0039 %, so there longs pay shorts. Annualised, ETH funding comes to -12,3 % and BTC to -6,7 %; DOGE's annualised rate is -9,6 %. The OI-weighted average is -0,0170 %.\n\nTotal open interest: 15,08 bn $, down 9,7 % on the day. BTC OI is 7,86 bn $ (-9,8 %), ETH 3,41 bn $ (-12,6 %), SOL 1,21 bn $ (-12,6 %), DOGE 5,6 bn $. XRP was the only one where OI grew, by 2,1 %.\n\nCoinDesk reported liquidations above 412 mn $, with about 78 % of them shorts. The Block wrote that open interest fell 15 %. Funding could flip positive above 105.000 $ on BTC. The ETF complex took in 1,1 bn $ of net inflows this week.",
    numbers: [
      {
        find: '-0,0061 %',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '-0,0112 %',
        label: 'supported',
      },
      {
        find: '-0,0087 %',
        label: 'supported',
      },
      {
        find: '-0,0025 %',
        label: 'supported',
      },
      {
        find: '+0,0039 %',
        label: 'supported',
      },
      {
        find: '-12,3 %',
        label: 'supported',
      },
      {
        find: '-6,7 %',
        label: 'supported',
      },
      {
        find: '-9,6 %',
        label: 'contradicted',
        note: '9.57 is sol.funding_apr; doge -2.77',
      },
      {
        find: '-0,0170 %',
        label: 'contradicted',
        note: 'fact market.funding_avg -0.0070',
      },
      {
        find: '15,08 bn $',
        label: 'supported',
      },
      {
        find: '9,7 %',
        label: 'supported',
      },
      {
        find: '7,86 bn $',
        label: 'supported',
      },
      {
        find: '-9,8 %',
        label: 'supported',
      },
      {
        find: '3,41 bn $',
        label: 'contradicted',
        note: 'fact eth.open_interest 4.41B',
      },
      {
        find: '-12,6 %@1',
        label: 'supported',
      },
      {
        find: '1,21 bn $',
        label: 'supported',
      },
      {
        find: '-12,6 %@2',
        label: 'contradicted',
        note: 'sol.oi_change_24h -8.3 (ETH figure)',
      },
      {
        find: '5,6 bn $',
        label: 'contradicted',
        note: '10x slip: doge.open_interest 0.56B',
      },
      {
        find: '2,1 %',
        label: 'supported',
      },
      {
        find: '412 mn $',
        label: 'supported-by-source',
      },
      {
        find: '78 %',
        label: 'supported-by-source',
      },
      {
        find: '15 %',
        label: 'contradicted',
        note: 'daily window: market.oi_change_24h -9.68',
      },
      {
        find: '105.000 $',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '1,1 bn $',
        label: 'unsupported',
        note: 'no fact or headline',
      },
    ],
  },
  {
    id: 'G-sector-comma-08',
    voice: 'sector-comma',
    style: 'daily',
    text: "Market overview\n\nThe total crypto market is worth 3,32 trillion $ after a 2,9 % gain, on daily volume of 246,7 bn $. Bitcoin's share is 59,5 %. Of the 30 tracked assets, 27 rose and 3 fell.\n\nBitcoin rose 1,5 % to 98.735 $ and its market value is 1,97 trillion $. The day's range was 96.750 $ to 99.000 $. Spot turnover reached 8,47 bn $, about 2,4x the weekly average. Seven-day realised volatility climbed to 38,6 % versus 27,0 % over 30 days. Support is at 95.000 $, resistance at 100.000 $.\n\nEther rose 6,3 % to 3.486 $, its market cap is 420,9 bn $. ETH volume was 7,75 bn $. Ether volatility is 42,3 % on seven days. Bitcoin Magazine reported 236 mn $ of inflows into US spot funds. Market cap in US dollars was up 3,9 % according to CoinGecko. Year-end BTC at 120.000 $ is still in play for the bulls after US CPI came in at 2,7 %.",
    numbers: [
      {
        find: '3,32 trillion $',
        label: 'supported',
      },
      {
        find: '2,9 %',
        label: 'supported',
      },
      {
        find: '246,7 bn $',
        label: 'supported',
      },
      {
        find: '59,5 %',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '27@1',
        label: 'contradicted',
        note: 'fact market.advancers_24h 24',
      },
      {
        find: '3@4',
        label: 'contradicted',
        note: 'fact market.decliners_24h 6',
      },
      {
        find: '1,5 %',
        label: 'supported',
      },
      {
        find: '98.735 $',
        label: 'supported',
      },
      {
        find: '1,97 trillion $',
        label: 'supported',
      },
      {
        find: '96.750 $',
        label: 'supported',
      },
      {
        find: '99.000 $',
        label: 'supported',
      },
      {
        find: '8,47 bn $',
        label: 'supported',
      },
      {
        find: '2,4x',
        label: 'supported',
      },
      {
        find: '38,6 %',
        label: 'supported',
      },
      {
        find: '27,0 %',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '95.000 $',
        label: 'supported',
      },
      {
        find: '100.000 $',
        label: 'supported',
      },
      {
        find: '6,3 %',
        label: 'supported',
      },
      {
        find: '3.486 $',
        label: 'supported',
      },
      {
        find: '420,9 bn $',
        label: 'supported',
      },
      {
        find: '7,75 bn $',
        label: 'contradicted',
        note: 'fact eth.volume_24h 4.75B',
      },
      {
        find: '42,3 %',
        label: 'contradicted',
        note: '42.35 is eth.volatility_30d; 7d 59.79',
      },
      {
        find: '236 mn $',
        label: 'supported-by-source',
      },
      {
        find: '3,9 %',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 2.94',
      },
      {
        find: '120.000 $',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2,7 %',
        label: 'unsupported',
        note: 'macro, no fact',
      },
    ],
  },
  {
    id: 'G-sector-comma-09',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Top and flop\n\nBest: GALA +18,9 %, AXS +17,8 %, SAND +16,4 %, VIRTUAL +13,4 %, IMX +12,6 %, OP +15,3 %. Worst: PEPE -5,8 %, DOGE -3,4 %, SHIB -2,2 %, HNT -1,2 %, TAO -0,8 %, BNB -1,4 %.\n\nVolume versus the seven-day average: GALA 3,0x, AXS 3,0x, IMX 2,8x, VIRTUAL 2,7x, OP 2,7x, ARB 2,6x, BTC 1,4x, TAO 1,5x. DOGE volume came in at 987 mn $, PEPE at 470 mn $ and SHIB at 1,2 bn $. SUI volume was 834 mn $. AVAX traded 2,6x its average and ADA 3,4x.',
    numbers: [
      {
        find: '+18,9 %',
        label: 'supported',
      },
      {
        find: '+17,8 %',
        label: 'supported',
      },
      {
        find: '+16,4 %',
        label: 'supported',
      },
      {
        find: '+13,4 %',
        label: 'supported',
      },
      {
        find: '+12,6 %',
        label: 'supported',
      },
      {
        find: '+15,3 %',
        label: 'contradicted',
        note: 'fact op.change_24h 11.34',
      },
      {
        find: '-5,8 %',
        label: 'supported',
      },
      {
        find: '-3,4 %',
        label: 'supported',
      },
      {
        find: '-2,2 %',
        label: 'supported',
      },
      {
        find: '-1,2 %',
        label: 'supported',
      },
      {
        find: '-0,8 %',
        label: 'supported',
      },
      {
        find: '-1,4 %',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.43',
      },
      {
        find: '3,0x@1',
        label: 'supported',
      },
      {
        find: '3,0x@2',
        label: 'supported',
      },
      {
        find: '2,8x',
        label: 'supported',
      },
      {
        find: '2,7x@1',
        label: 'supported',
      },
      {
        find: '2,7x@2',
        label: 'supported',
      },
      {
        find: '2,6x@1',
        label: 'supported',
      },
      {
        find: '1,4x',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 2.37',
      },
      {
        find: '1,5x',
        label: 'supported',
      },
      {
        find: '987 mn $',
        label: 'supported',
      },
      {
        find: '470 mn $',
        label: 'supported',
      },
      {
        find: '1,2 bn $',
        label: 'contradicted',
        note: 'fact shib.volume_24h 120M (10x slip)',
      },
      {
        find: '834 mn $',
        label: 'contradicted',
        note: 'fact sui.volume_24h 634M',
      },
      {
        find: '2,6x@2',
        label: 'supported',
      },
      {
        find: '3,4x',
        label: 'contradicted',
        note: 'fact ada.volume_ratio_7d 2.36',
      },
    ],
  },
  {
    id: 'G-sector-comma-10',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming and memes, side by side\n\nGaming: +15,7 %, 4 of 4 up. Memes: -3,3 %, 1 of 4 up. Gap: 19 points.\n\nGaming cap 2,79 bn $, meme cap 38,7 bn $. Over the day gaming added 578 mn $, the meme basket lost 2,3 bn $. GALA (+18,9 %) against PEPE (-5,8 %). On 30 days GALA is the best gaming token with +3,7 %, AXS the worst with -7,8 %; in memes SHIB is the best at -7,2 % and WIF the worst at -16,8 %. Gaming is down 5,3 % over the month. Memes volume per CoinGecko: 9,6 bn $, gaming 2,38 bn $. Memes could lose another 10 % if DOGE breaks 0,19 $.',
    numbers: [
      {
        find: '+15,7 %',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '-3,3 %',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '19 points',
        label: 'unsupported',
        note: 'derived arithmetic, no fact',
      },
      {
        find: '2,79 bn $',
        label: 'supported',
      },
      {
        find: '38,7 bn $',
        label: 'supported',
      },
      {
        find: '578 mn $',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap_change_24h 378M',
      },
      {
        find: '2,3 bn $',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap_change_24h -1.33B',
      },
      {
        find: '+18,9 %',
        label: 'supported',
      },
      {
        find: '-5,8 %',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '+3,7 %',
        label: 'supported',
      },
      {
        find: '-7,8 %',
        label: 'supported',
      },
      {
        find: '-7,2 %',
        label: 'supported',
      },
      {
        find: '-16,8 %',
        label: 'supported',
      },
      {
        find: '5,3 %',
        label: 'contradicted',
        note: 'sign and window: gaming 30d -0.53, 7d +5.28',
      },
      {
        find: '9,6 bn $',
        label: 'supported',
      },
      {
        find: '2,38 bn $',
        label: 'supported',
      },
      {
        find: '10 %',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '0,19 $',
        label: 'supported',
        note: 'doge.support 0.19',
      },
    ],
  },
  {
    id: 'G-sector-comma-11',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Short note on the majors. ETH funding stayed negative at -0,011 %, yet ETH open interest rose 12,6 %. SOL trades at 168,92 $, well above its 160 $ resistance. XRP open interest grew 2,1 %; its funding is -0,0039 %. BNB gained 0,4 %. BTC OI fell 19,8 % to 7,86 bn $.',
    numbers: [
      {
        find: '-0,011 %',
        label: 'supported',
      },
      {
        find: '12,6 %',
        label: 'contradicted',
        note: 'sign: eth.oi_change_24h -12.6',
      },
      {
        find: '168,92 $',
        label: 'contradicted',
        note: 'fact sol.price 158.92',
      },
      {
        find: '160 $',
        label: 'supported',
        note: 'sol.resistance 160',
      },
      {
        find: '2,1 %',
        label: 'supported',
      },
      {
        find: '-0,0039 %',
        label: 'contradicted',
        note: 'sign: xrp.funding_rate +0.0039',
      },
      {
        find: '0,4 %',
        label: 'contradicted',
        note: 'direction: bnb.change_24h -0.43',
      },
      {
        find: '19,8 %',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h -9.8',
      },
      {
        find: '7,86 bn $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-sector-comma-12',
    voice: 'sector-comma',
    style: 'sector',
    text: "Sector snapshot. L2 +9,9 %, gaming +15,7 %, AI +5,6 %, DePIN +4,3 %, L1 +2,5 %, memes +3,3 %. The best AI coin was WLD at +9,1 %. DePIN's leader IOTX is up 10,8 %, its laggard HNT up 1,2 %. Gaming volume reached 23,8 bn $.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+9,9 %',
        label: 'supported',
      },
      {
        find: '+15,7 %',
        label: 'supported',
      },
      {
        find: '+5,6 %',
        label: 'supported',
      },
      {
        find: '+4,3 %',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '+2,5 %',
        label: 'supported',
      },
      {
        find: '+3,3 %',
        label: 'contradicted',
        note: 'sign: sector.memes.change_24h -3.32',
      },
      {
        find: '+9,1 %',
        label: 'contradicted',
        note: 'leader wrong: best is VIRTUAL 13.41; wld 9.07 itself right',
      },
      {
        find: '10,8 %',
        label: 'supported',
      },
      {
        find: '1,2 %',
        label: 'contradicted',
        note: 'direction: hnt.change_24h -1.18',
      },
      {
        find: '23,8 bn $',
        label: 'contradicted',
        note: '10x slip: sector.gaming.category_volume_24h 2.38B',
      },
    ],
  },
];
