import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-sector-comma-01',
    voice: 'sector-comma',
    style: 'sector',
    text: "Sector recap, Thursday morning\n\nThe AI basket was the clear winner of the session, gaining 9,2 % in 24 hours. All seven members closed higher. Virtuals Protocol led with 14,3 % to 1,84 $, followed by FET at 11,8 % (0,51 $) and Render at 7,5 %. Bittensor added 8,7 % to 317,80 $, and NEAR gained 6,9 %. The laggard was The Graph, still up 6,4 %. The AI group's watchlist capitalisation is now 13,6 Mrd. $, up roughly 1,1 Mrd. $ on the day.\n\nGaming came second with 6,1 %. GALA rose 9,8 %, AXS 11,9 % and SAND 5,6 %, while Immutable managed only 2,6 %. The sector is worth about 3,4 Mrd. $ across our four names.\n\nDePIN rose 5,4 %, with Render on top and Helium at the bottom with 1,2 %. Filecoin gained 3,1 % to 2,18 $, IoTeX 8,8 %. Over seven days, however, DePIN is still down 4,9 % and Filecoin has lost 15,5 %.\n\nLayer 1 rose 3,9 %, all ten members up; NEAR was best, BNB worst at 1,9 %. Bitcoin itself gained 3,84 % to 112.486 $, ether 4,62 % to 3.987 $.\n\nMemes rose a modest 1,8 %: WIF 4,8 %, PEPE 5,4 %, DOGE 2,1 %, with SHIB losing 1,6 %.\n\nLayer 2 was the only sector to fall, down 0,4 %. OP dropped 2,4 % and ARB 3,9 %; IMX gained 2,6 % and POL 1,3 %. We expect the sector to recover 5 % once the ARB unlock is absorbed.",
    numbers: [
      {
        find: '9,2 %',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: 'seven@1',
        label: 'supported',
      },
      {
        find: '14,3 %',
        label: 'supported',
      },
      {
        find: '1,84 $',
        label: 'contradicted',
        note: 'fact virtual.price 1.338',
      },
      {
        find: '11,8 %',
        label: 'supported',
      },
      {
        find: '0,51 $',
        label: 'supported',
      },
      {
        find: '7,5 %',
        label: 'contradicted',
        note: 'fact render.change_24h 9.46',
      },
      {
        find: '8,7 %',
        label: 'supported',
      },
      {
        find: '317,80 $',
        label: 'contradicted',
        note: 'fact tao.price 371.8',
      },
      {
        find: '6,9 %',
        label: 'contradicted',
        note: 'fact near.change_24h 8.93',
      },
      {
        find: '6,4 %',
        label: 'supported',
      },
      {
        find: '13,6 Mrd. $',
        label: 'supported',
      },
      {
        find: '1,1 Mrd. $',
        label: 'supported',
      },
      {
        find: '6,1 %',
        label: 'supported',
      },
      {
        find: '9,8 %',
        label: 'supported',
      },
      {
        find: '11,9 %',
        label: 'contradicted',
        note: 'fact axs.change_24h 8.92',
      },
      {
        find: '5,6 %',
        label: 'contradicted',
        note: 'fact sand.change_24h 7.64',
      },
      {
        find: '2,6 %@1',
        label: 'supported',
      },
      {
        find: '3,4 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap 2.44B',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '5,4 %@1',
        label: 'supported',
      },
      {
        find: '1,2 %',
        label: 'supported',
      },
      {
        find: '3,1 %',
        label: 'supported',
      },
      {
        find: '2,18 $',
        label: 'supported',
      },
      {
        find: '8,8 %',
        label: 'contradicted',
        note: 'fact iotx.change_24h 5.83',
      },
      {
        find: 'seven@2',
        label: 'ignored',
      },
      {
        find: '4,9 %',
        label: 'supported',
      },
      {
        find: '15,5 %',
        label: 'contradicted',
        note: 'fact fil.change_7d -11.51',
      },
      {
        find: '1@17',
        label: 'ignored',
      },
      {
        find: '3,9 %@1',
        label: 'supported',
      },
      {
        find: 'ten@2',
        label: 'supported',
      },
      {
        find: '1,9 %@2',
        label: 'supported',
      },
      {
        find: '3,84 %',
        label: 'supported',
      },
      {
        find: '112.486 $',
        label: 'supported',
      },
      {
        find: '4,62 %',
        label: 'supported',
      },
      {
        find: '3.987 $',
        label: 'supported',
      },
      {
        find: '1,8 %@2',
        label: 'supported',
      },
      {
        find: '4,8 %',
        label: 'supported',
      },
      {
        find: '5,4 %@2',
        label: 'contradicted',
        note: 'fact pepe.change_24h 3.40',
      },
      {
        find: '2,1 %',
        label: 'supported',
      },
      {
        find: '1,6 %',
        label: 'contradicted',
        note: 'fact shib.change_24h -0.58',
      },
      {
        find: '2@9',
        label: 'ignored',
      },
      {
        find: '0,4 %',
        label: 'supported',
      },
      {
        find: '2,4 %',
        label: 'supported',
      },
      {
        find: '3,9 %@2',
        label: 'contradicted',
        note: 'fact arb.change_24h -1.93',
      },
      {
        find: '2,6 %@2',
        label: 'supported',
      },
      {
        find: '1,3 %',
        label: 'contradicted',
        note: 'fact pol.change_24h 0.31',
      },
      {
        find: '5 %@3',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-sector-comma-02',
    voice: 'sector-comma',
    style: 'sector',
    text: "Layer 2 and DePIN: the laggards\n\nWhile the wider market rose 3,7 %, the Layer 2 tokens slipped 0,4 %. Optimism was the worst of the group at -2,4 % (price 0,4617 $), Arbitrum lost 1,9 % to 0,3412 $, and Polygon was almost flat at +0,3 %. Immutable was the best of the four with +4,6 %. According to CoinDesk, ARB and OP each lost about 2 %.\n\nThe weekly view is kinder: Layer 2 is up 5,4 % over 7 days, with IMX up 13,1 % and ARB 9,0 %. POL gained only 0,02 %, the weakest member. Over 30 days the sector is down 8,5 % and every member is negative; ARB has lost 8,8 %, the most.\n\nThe sector capitalisation for our four L2 names stands at 5,61 Mrd. $, versus 15,8 Mrd. $ for the broader CoinGecko category, which fell 1,7 %.\n\nDePIN is the mirror image: up 5,4 % on the day but down 4,9 % on the week and 11,7 % over 30 days. Helium is up 1,2 % today at 3,61 $, but down 6,2 % over a week. IoTeX is the only member up over both windows, 5,8 % on the day and 3,0 % over 7 days. Filecoin's support is at 2,20 $, resistance at 2,10 $. The DePIN group gained about 196 Mio. $ in value on the day.\n\nOutlook: we see Layer 2 unlock pressure lasting another two weeks and OP dropping to 0,40 $.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3,7 %',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '0,4 %',
        label: 'supported',
      },
      {
        find: '-2,4 %',
        label: 'supported',
      },
      {
        find: '0,4617 $',
        label: 'supported',
      },
      {
        find: '1,9 %',
        label: 'supported',
      },
      {
        find: '0,3412 $',
        label: 'contradicted',
        note: 'fact arb.price 0.3124',
      },
      {
        find: '+0,3 %',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: '+4,6 %',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: '2 %@1',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '5,4 %@1',
        label: 'supported',
      },
      {
        find: '7 days@1',
        label: 'ignored',
      },
      {
        find: '13,1 %',
        label: 'supported',
      },
      {
        find: '9,0 %',
        label: 'contradicted',
        note: 'fact arb.change_7d 6.95',
      },
      {
        find: '0,02 %',
        label: 'supported',
      },
      {
        find: '30 days@1',
        label: 'ignored',
      },
      {
        find: '8,5 %',
        label: 'contradicted',
        note: 'fact sector.l2.change_30d -6.55',
      },
      {
        find: '8,8 %',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: '2@8',
        label: 'ignored',
      },
      {
        find: '5,61 Mrd. $',
        label: 'supported',
      },
      {
        find: '15,8 Mrd. $',
        label: 'supported',
      },
      {
        find: '1,7 %@1',
        label: 'contradicted',
        note: 'fact sector.l2.category_change_24h -0.74',
      },
      {
        find: '5,4 %@2',
        label: 'supported',
      },
      {
        find: '4,9 %',
        label: 'supported',
      },
      {
        find: '11,7 %',
        label: 'contradicted',
        note: 'fact sector.depin.change_30d -7.74',
      },
      {
        find: '30 days@2',
        label: 'ignored',
      },
      {
        find: '1,2 %',
        label: 'supported',
      },
      {
        find: '3,61 $',
        label: 'contradicted',
        note: 'fact hnt.price 3.012',
      },
      {
        find: '6,2 %',
        label: 'supported',
      },
      {
        find: '5,8 %',
        label: 'supported',
      },
      {
        find: '3,0 %',
        label: 'supported',
      },
      {
        find: '7 days@2',
        label: 'ignored',
      },
      {
        find: '2,20 $',
        label: 'contradicted',
        note: 'support/resistance swapped; fact fil.support 2.1',
      },
      {
        find: '2,10 $',
        label: 'contradicted',
        note: 'swapped; fact fil.resistance 2.2',
      },
      {
        find: '196 Mio. $',
        label: 'supported',
      },
      {
        find: '2@14',
        label: 'ignored',
      },
      {
        find: 'two weeks',
        label: 'ignored',
      },
      {
        find: '0,40 $',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-sector-comma-03',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly sector table in prose\n\nBest sector over 7 days was Layer 1 with +8,96 %, followed by Gaming at +8,35 % and Layer 2 at +5,44 %. AI gained +5,58 %. DePIN (-4,93 %) and Memes (-2,86 %) were the weakest.\n\nInside Layer 1, Avalanche was best with 15,6 % and BNB worst with 1,0 %. In Gaming, Immutable led with 13,1 % and Axie trailed with 3,1 %. In AI, NEAR led (11,0 %) and Worldcoin was the only decliner at -3,1 %. In Memes every token fell; WIF lost least (-1,8 %) and Dogecoin the most (-7,6 %).\n\nBitcoin rose 11,0 % in the week, ether 6,3 %, Solana 5,3 %, XRP 3,3 %. Total open interest is up 9,6 % on the week, with ETH OI up 7,8 % and DOGE OI down 3,9 %.\n\nIn value terms the Layer 1 group gained about 360 Mrd. $ during the week, gaming 188 Mio. $, AI 471 Mio. $. Memes lost about 2,7 Mrd. $ and DePIN 98 Mio. $.\n\nAdvancers: all 10 Layer 1 names, all 4 gaming names, 6 of 7 AI names and 3 of 4 DePIN names rose over the week. No meme token rose.',
    numbers: [
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+8,96 %',
        label: 'supported',
      },
      {
        find: '+8,35 %',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '+5,44 %',
        label: 'supported',
      },
      {
        find: '+5,58 %',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d 3.58',
      },
      {
        find: '-4,93 %',
        label: 'supported',
      },
      {
        find: '-2,86 %',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d -6.86',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '15,6 %',
        label: 'supported',
      },
      {
        find: '1,0 %@1',
        label: 'supported',
      },
      {
        find: '13,1 %',
        label: 'supported',
      },
      {
        find: '3,1 %@2',
        label: 'contradicted',
        note: 'fact axs.change_7d 1.07',
      },
      {
        find: '11,0 %@1',
        label: 'supported',
      },
      {
        find: '-3,1 %',
        label: 'supported',
      },
      {
        find: '-1,8 %',
        label: 'supported',
      },
      {
        find: '-7,6 %',
        label: 'supported',
      },
      {
        find: '11,0 %@2',
        label: 'supported',
      },
      {
        find: '6,3 %',
        label: 'contradicted',
        note: 'fact eth.change_7d 4.33',
      },
      {
        find: '5,3 %',
        label: 'contradicted',
        note: 'fact sol.change_7d 8.29',
      },
      {
        find: '3,3 %',
        label: 'supported',
      },
      {
        find: '9,6 %',
        label: 'supported',
      },
      {
        find: '7,8 %',
        label: 'contradicted',
        note: '24h value; fact eth.oi_change_7d 14.2',
      },
      {
        find: '3,9 %',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d -9.3',
      },
      {
        find: '1@14',
        label: 'ignored',
      },
      {
        find: '360 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_7d 259.9B',
      },
      {
        find: '188 Mio. $',
        label: 'supported',
      },
      {
        find: '471 Mio. $',
        label: 'supported',
      },
      {
        find: '2,7 Mrd. $',
        label: 'supported',
      },
      {
        find: '98 Mio. $',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap_change_7d -197.6M',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '1@18',
        label: 'ignored',
      },
      {
        find: '4@5',
        label: 'supported',
      },
      {
        find: '6@8',
        label: 'supported',
      },
      {
        find: '7@6',
        label: 'supported',
      },
      {
        find: '3@12',
        label: 'contradicted',
        note: 'fact sector.depin.advancers_7d 2',
      },
      {
        find: '4@6',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-sector-comma-04',
    voice: 'sector-comma',
    style: 'sector',
    text: "Majors and funding, comma edition\n\nBTC 112.486 $ (+3,8 %), ETH 3.987 $ (+4,6 %), SOL 171,36 $ (+5,4 %), XRP 2,48 $ (+1,2 %), BNB 1.012,60 $ (+1,9 %), ADA 0,587 $ (+3,9 %), AVAX 18,84 $ (+6,3 %), DOT 3,318 $ (+6,5 %).\n\nBitcoin's range over the day ran from 108.050 $ to about 112.500 $, and ether's from 3.809 $ to 3.998 $. Solana's 24h low was 152,14 $.\n\nFunding per 8 hours: BTC 0,0081 %, ETH 0,0094 %, XRP 0,0063 %, SOL -0,0027 %, DOGE -0,0058 %. Annualised this is 8,9 % for bitcoin and 12,3 % for ether; on Solana shorts pay about 3,0 % a year. The open-interest-weighted average is 0,0068 %.\n\nOpen interest: BTC 9,84 Mrd. $ (+6,2 %), ETH 5,91 Mrd. $ (+14,2 %), SOL 1,63 Mrd. $ (+3,4 %), XRP 1,50 Mrd. $ (+1,9 %), DOGE 0,86 Mrd. $ (-5,6 %). Total: 21,1 Mrd. $.\n\nMarket capitalisation of all crypto: 3,62 Bio. $, dominance of bitcoin 64,1 %. Volume 164 Mrd. $.\n\nLevels: BTC support 110.000 $, resistance 115.000 $; ETH support 3.600 $, resistance 4.000 $; SOL support 160 $, resistance 180 $; XRP support 2,40 $, resistance 2,50 $.",
    numbers: [
      {
        find: '112.486 $',
        label: 'supported',
      },
      {
        find: '+3,8 %',
        label: 'supported',
      },
      {
        find: '3.987 $',
        label: 'supported',
      },
      {
        find: '+4,6 %',
        label: 'supported',
      },
      {
        find: '171,36 $',
        label: 'supported',
      },
      {
        find: '+5,4 %',
        label: 'supported',
      },
      {
        find: '2,48 $',
        label: 'supported',
      },
      {
        find: '+1,2 %',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '1.012,60 $',
        label: 'supported',
      },
      {
        find: '+1,9 %@1',
        label: 'supported',
      },
      {
        find: '0,587 $',
        label: 'supported',
      },
      {
        find: '+3,9 %',
        label: 'supported',
      },
      {
        find: '18,84 $',
        label: 'contradicted',
        note: 'fact avax.price 19.84',
      },
      {
        find: '+6,3 %',
        label: 'supported',
      },
      {
        find: '3,318 $',
        label: 'supported',
      },
      {
        find: '+6,5 %',
        label: 'contradicted',
        note: 'fact dot.change_24h 4.48',
      },
      {
        find: '108.050 $',
        label: 'supported',
      },
      {
        find: '112.500 $',
        label: 'supported',
      },
      {
        find: '3.809 $',
        label: 'supported',
      },
      {
        find: '3.998 $',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '152,14 $',
        label: 'contradicted',
        note: 'fact sol.low_24h 162.14',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '0,0081 %',
        label: 'supported',
      },
      {
        find: '0,0094 %',
        label: 'supported',
      },
      {
        find: '0,0063 %',
        label: 'contradicted',
        note: 'fact xrp.funding_rate 0.0036',
      },
      {
        find: '-0,0027 %',
        label: 'supported',
      },
      {
        find: '-0,0058 %',
        label: 'supported',
      },
      {
        find: '8,9 %',
        label: 'supported',
      },
      {
        find: '12,3 %',
        label: 'contradicted',
        note: 'fact eth.funding_apr 10.29',
      },
      {
        find: '3,0 %',
        label: 'supported',
      },
      {
        find: '0,0068 %',
        label: 'supported',
      },
      {
        find: '9,84 Mrd. $',
        label: 'supported',
      },
      {
        find: '+6,2 %',
        label: 'supported',
      },
      {
        find: '5,91 Mrd. $',
        label: 'supported',
      },
      {
        find: '+14,2 %',
        label: 'contradicted',
        note: '7d value; fact eth.oi_change_24h 7.8',
      },
      {
        find: '1,63 Mrd. $',
        label: 'supported',
      },
      {
        find: '+3,4 %',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -3.4, sign',
      },
      {
        find: '1,50 Mrd. $',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.05B',
      },
      {
        find: '+1,9 %@2',
        label: 'supported',
      },
      {
        find: '0,86 Mrd. $',
        label: 'contradicted',
        note: 'fact doge.open_interest 0.68B',
      },
      {
        find: '-5,6 %',
        label: 'supported',
      },
      {
        find: '21,1 Mrd. $',
        label: 'contradicted',
        note: 'fact market.open_interest 19.11B',
      },
      {
        find: '3,62 Bio. $',
        label: 'supported',
      },
      {
        find: '64,1 %',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
      {
        find: '164 Mrd. $',
        label: 'supported',
      },
      {
        find: '110.000 $',
        label: 'supported',
      },
      {
        find: '115.000 $',
        label: 'supported',
      },
      {
        find: '3.600 $',
        label: 'contradicted',
        note: 'fact eth.support 3800',
      },
      {
        find: '4.000 $',
        label: 'supported',
      },
      {
        find: '160 $',
        label: 'contradicted',
        note: 'fact sol.support 170',
      },
      {
        find: '180 $',
        label: 'supported',
      },
      {
        find: '2,40 $',
        label: 'supported',
      },
      {
        find: '2,50 $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-sector-comma-05',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Memes: green day, red week\n\nThe meme sector rose 1,8 % over the last 24 hours, much less than the market. Three of four tokens were up. dogwifhat was the best with 4,83 % to 0,5286 $, Pepe rose 3,4 %, Dogecoin 2,1 % to 0,1481 $. Shiba Inu fell 1,58 % to 0,0000103 $.\n\nDogecoin funding is negative at -0,0058 % per 8h, about -6,4 % annualised, so the shorts pay the longs. DOGE open interest fell 9,3 % to 680 Mio. $. As CryptoSlate wrote, Dogecoin rose about 2 % but traders kept adding shorts.\n\nOver 7 days the sector is down 6,9 %, and over 30 days down 9,9 %. WIF lost 18,9 % in the month, the worst of the group, and Dogecoin only 5,0 %, the best.\n\nCapitalisation of the four names: 37,2 Mrd. $; the CoinGecko meme category is 84,5 Mrd. $ and rose 1,6 %, with volume of 7,5 Mrd. $.\n\nDogecoin trades between support at 0,18 $ and resistance at 0,19 $; its 30-day swing high is 0,2138 $, the swing low 0,1721 $. Pepe is at 0,0000067 $, market cap 2,8 Mrd. $. Shiba Inu market cap 8,1 Mrd. $.\n\nHistory note: DOGE traded above 0,70 $ in 2021.',
    numbers: [
      {
        find: '1,8 %',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: 'Three',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: '4,83 %',
        label: 'supported',
      },
      {
        find: '0,5286 $',
        label: 'supported',
      },
      {
        find: '3,4 %',
        label: 'supported',
      },
      {
        find: '2,1 %',
        label: 'supported',
      },
      {
        find: '0,1481 $',
        label: 'contradicted',
        note: 'fact doge.price 0.18412',
      },
      {
        find: '1,58 %',
        label: 'contradicted',
        note: 'fact shib.change_24h -0.58',
      },
      {
        find: '0,0000103 $',
        label: 'supported',
      },
      {
        find: '-0,0058 %',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-6,4 %',
        label: 'supported',
      },
      {
        find: '9,3 %',
        label: 'contradicted',
        note: '7d value; fact doge.oi_change_24h -5.6',
      },
      {
        find: '680 Mio. $',
        label: 'supported',
      },
      {
        find: '2 %',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '6,9 %',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '9,9 %',
        label: 'contradicted',
        note: 'fact sector.memes.change_30d -6.89',
      },
      {
        find: '18,9 %',
        label: 'supported',
      },
      {
        find: '5,0 %',
        label: 'supported',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: '37,2 Mrd. $',
        label: 'supported',
      },
      {
        find: '84,5 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.memes.category_cap 58.4B',
      },
      {
        find: '1,6 %',
        label: 'supported',
      },
      {
        find: '7,5 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.memes.category_volume_24h 5.7B',
      },
      {
        find: '0,18 $',
        label: 'supported',
      },
      {
        find: '0,19 $',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '0,2138 $',
        label: 'supported',
      },
      {
        find: '0,1721 $',
        label: 'contradicted',
        note: 'fact doge.swing_low_30d 0.1621',
      },
      {
        find: '0,0000067 $',
        label: 'supported',
      },
      {
        find: '2,8 Mrd. $',
        label: 'supported',
      },
      {
        find: '8,1 Mrd. $',
        label: 'contradicted',
        note: 'fact shib.market_cap 6.07B',
      },
      {
        find: '0,70 $',
        label: 'unsupported',
        note: 'history, not in facts',
      },
      {
        find: '2021',
        label: 'ignored',
      },
    ],
  },
];
