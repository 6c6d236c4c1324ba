import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Y-sector-comma-01',
    voice: 'sector-comma',
    style: 'sector',
    text: "Sector recap, 27 August. Layer 1 was the only sector to close the day higher, up 1,62 %, and almost all of that came from bitcoin, which gained 6,10 % to 111.742 $. Four of ten members rose; the other 6 fell, with NEAR worst at -5,20 %. The sector's watchlist capitalisation rose by roughly 101 Mrd. $ to 3,05 Bio. $. Ether slipped 1,50 % and Solana 5,76 %, while BNB added 4,0 %.\n",
    numbers: [
      {
        find: '27',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '1,62 %',
        label: 'supported',
      },
      {
        find: '6,10 %',
        label: 'contradicted',
        note: "that is BTC's 7d; fact btc.change_24h 2.90",
      },
      {
        find: '111.742 $',
        label: 'supported',
      },
      {
        find: 'Four',
        label: 'supported',
      },
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: '6@3',
        label: 'supported',
      },
      {
        find: '-5,20 %',
        label: 'supported',
      },
      {
        find: '101 Mrd. $',
        label: 'contradicted',
        note: 'that is the 7d cap change; fact sector.l1.market_cap_change_24h 48.5B',
      },
      {
        find: '3,05 Bio. $',
        label: 'supported',
      },
      {
        find: '1,50 %',
        label: 'supported',
      },
      {
        find: '5,76 %',
        label: 'contradicted',
        note: "that is SOL's 7d; fact sol.change_24h -4.10",
      },
      {
        find: '4,0 %',
        label: 'contradicted',
        note: '10x slip; fact bnb.change_24h 0.40',
      },
    ],
  },
  {
    id: 'Y-sector-comma-02',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI was the weakest corner of the market by some margin. The seven watchlist tokens lost 6,02 % together, taking sector value down to 12,7 Mrd. $. Virtuals Protocol fell the most (-7,60 %), Fetch.ai shed 6,80 %, Bittensor 6,30 % to 313,60 $, Worldcoin 1,61 % and Render 9,50 %. The Graph lost 4,20 %, and NEAR, the "best" of the group, was down 5,20 %. No member rose, 0 of 7. On the week the sector is -6,6 %.\n',
    numbers: [
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '6,02 %',
        label: 'supported',
      },
      {
        find: '12,7 Mrd. $',
        label: 'supported',
      },
      {
        find: '-7,60 %',
        label: 'supported',
      },
      {
        find: '6,80 %',
        label: 'supported',
      },
      {
        find: '6,30 %',
        label: 'supported',
      },
      {
        find: '313,60 $',
        label: 'contradicted',
        note: 'fact tao.price 331.60',
      },
      {
        find: '1,61 %',
        label: 'contradicted',
        note: 'fact wld.change_24h -6.10',
      },
      {
        find: '9,50 %',
        label: 'contradicted',
        note: 'fact render.change_24h -5.90',
      },
      {
        find: '4,20 %',
        label: 'contradicted',
        note: "that is GRT's 7d; fact grt.change_24h -5.40",
      },
      {
        find: '5,20 %',
        label: 'supported',
      },
      {
        find: '0@9',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'supported',
      },
      {
        find: '-6,6 %',
        label: 'contradicted',
        note: 'that is the 30d change; fact sector.ai.change_7d -9.63',
      },
    ],
  },
  {
    id: 'Y-sector-comma-03',
    voice: 'sector-comma',
    style: 'sector',
    text: 'DePIN split evenly, 2 up and 2 down. Helium led with +2,60 % to 3,0952 $ and Filecoin added 1,20 %; IoTeX dropped 7,10 % and Render 5,90 %, the latter enough to pull the sector to +1,94 %. Over seven days everything in DePIN is red: best is Helium at -3,99 %, worst Render at -10,89 %, sector -6,68 %. On thirty days Helium stays positive with +3,09 %, and the sector should outperform into the unlock season by 5 %.\n',
    numbers: [
      {
        find: '2@1',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: '+2,60 %',
        label: 'supported',
      },
      {
        find: '3,0952 $',
        label: 'supported',
      },
      {
        find: '1,20 %',
        label: 'supported',
      },
      {
        find: '7,10 %',
        label: 'contradicted',
        note: 'fact iotx.change_24h -1.70',
      },
      {
        find: '5,90 %',
        label: 'supported',
      },
      {
        find: '+1,94 %',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -1.94, sign',
      },
      {
        find: '-3,99 %',
        label: 'contradicted',
        note: 'HNT 7d value right but DePIN best 7d member is FIL -2.72',
      },
      {
        find: '-10,89 %',
        label: 'supported',
      },
      {
        find: '-6,68 %',
        label: 'supported',
      },
      {
        find: '+3,09 %',
        label: 'supported',
      },
      {
        find: '5 %',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-sector-comma-04',
    voice: 'sector-comma',
    style: 'sector',
    text: "Memes: all four down. Dogecoin -3,70 % at 0,1739 $, Shiba Inu -3,27 %, Pepe -4,38 %, dogwifhat -2,90 %. Sector move -3,68 %, equal to roughly 14,7 Mrd. $ of value lost. Dogwifhat is the worst of the group on a week (-10,61 %) and a month (-13,17 %), but on the day it was the best. Pepe held up best over the week at -4,00 %. Dogecoin funding is negative (-0,004 %), so shorts pay longs. CoinGecko's meme category lists 94 Mrd. $ of capitalisation.\n",
    numbers: [
      {
        find: '-3,70 %',
        label: 'supported',
      },
      {
        find: '0,1739 $',
        label: 'contradicted',
        note: 'digits transposed; fact doge.price 0.1793',
      },
      {
        find: '-3,27 %',
        label: 'supported',
      },
      {
        find: '-4,38 %',
        label: 'supported',
      },
      {
        find: '-2,90 %',
        label: 'supported',
      },
      {
        find: '-3,68 %',
        label: 'supported',
      },
      {
        find: '14,7 Mrd. $',
        label: 'contradicted',
        note: '10x slip; fact sector.memes.market_cap_change_24h -1.47B',
      },
      {
        find: '-10,61 %',
        label: 'supported',
      },
      {
        find: '-13,17 %',
        label: 'supported',
      },
      {
        find: '-4,00 %',
        label: 'contradicted',
        note: 'best memes 7d member is SHIB -4.0; Pepe 7d is -8.85',
      },
      {
        find: '-0,004 %',
        label: 'supported',
      },
      {
        find: '94 Mrd. $',
        label: 'contradicted',
        note: 'fact sector.memes.category_cap 49B',
      },
    ],
  },
  {
    id: 'Y-sector-comma-05',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming lost 3,79 %. Axie Infinity was the most resilient (-3,10 %), The Sandbox lost 3,60 %, Immutable 3,90 % and Gala 2,40 %. Sector capitalisation: 2,62 Mrd. $, about 310 Mio. $ less than a day ago. Over seven days the sector is -7,68 %, over thirty -7,71 %, with The Sandbox the worst monthly performer at -6,93 %. CryptoSlate counted a 3,8 % fall.\n',
    numbers: [
      {
        find: '3,79 %',
        label: 'supported',
      },
      {
        find: '-3,10 %',
        label: 'supported',
      },
      {
        find: '3,60 %',
        label: 'supported',
      },
      {
        find: '3,90 %',
        label: 'supported',
      },
      {
        find: '2,40 %',
        label: 'contradicted',
        note: 'fact gala.change_24h -4.20',
      },
      {
        find: '2,62 Mrd. $',
        label: 'supported',
      },
      {
        find: '310 Mio. $',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap_change_24h -103M',
      },
      {
        find: '-7,68 %',
        label: 'supported',
      },
      {
        find: '-7,71 %',
        label: 'contradicted',
        note: 'fact sector.gaming.change_30d -5.71',
      },
      {
        find: '-6,93 %',
        label: 'supported',
      },
      {
        find: '3,8 %',
        label: 'supported',
        note: 'fact sector.gaming.change_24h -3.79 states it (CryptoSlate headline agrees)',
      },
    ],
  },
  {
    id: 'Y-sector-comma-06',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2: -1,98 % for the four rollup tokens. Optimism was the only gainer (+0,90 %, 0,6328 $), Arbitrum fell 2,70 %, Polygon 1,90 % and Immutable 8,28 %. Sector value 6,67 Mrd. $, down 135 Mio. $, its lowest since February when it touched 5,9 Mrd. $. On seven days none of the four is positive; Optimism is the least bad at +1,86 %.\n',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-1,98 %',
        label: 'supported',
      },
      {
        find: '+0,90 %',
        label: 'supported',
      },
      {
        find: '0,6328 $',
        label: 'supported',
      },
      {
        find: '2,70 %',
        label: 'supported',
      },
      {
        find: '1,90 %',
        label: 'supported',
      },
      {
        find: '8,28 %',
        label: 'contradicted',
        note: "that is IMX's 7d; fact imx.change_24h -3.90",
      },
      {
        find: '6,67 Mrd. $',
        label: 'supported',
      },
      {
        find: '135 Mio. $',
        label: 'supported',
      },
      {
        find: '5,9 Mrd. $',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '+1,86 %',
        label: 'contradicted',
        note: 'fact op.change_7d -1.86, sign',
      },
    ],
  },
  {
    id: 'Y-sector-comma-07',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Markt am Morgen, in English: total capitalisation 3,76 Bio. $ (+0,64 %), 24-hour turnover 134 Mrd. $. Bitcoin dominance 59,15 %, up from 55 %. Only 7 of 30 watchlist names rose, 23 fell. Bitcoin 111.742 $ (+2,90 %), ether 3.641,70 $ (-1,50 %), Solana 157,83 $ (-4,10 %), XRP 2,46 $ (+2,30 %), BNB 868,90 $ (+0,40 %). Dogecoin 0,1793 $ (-7,30 %).\n',
    numbers: [
      {
        find: '3,76 Bio. $',
        label: 'supported',
      },
      {
        find: '+0,64 %',
        label: 'supported',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '134 Mrd. $',
        label: 'supported',
      },
      {
        find: '59,15 %',
        label: 'supported',
      },
      {
        find: '55 %',
        label: 'unsupported',
        note: 'no fact for prior dominance; headlines say up more than a point',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '111.742 $',
        label: 'supported',
      },
      {
        find: '+2,90 %',
        label: 'supported',
      },
      {
        find: '3.641,70 $',
        label: 'supported',
      },
      {
        find: '-1,50 %',
        label: 'supported',
      },
      {
        find: '157,83 $',
        label: 'supported',
      },
      {
        find: '-4,10 %',
        label: 'supported',
      },
      {
        find: '2,46 $',
        label: 'supported',
      },
      {
        find: '+2,30 %',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30, sign',
      },
      {
        find: '868,90 $',
        label: 'contradicted',
        note: 'fact bnb.price 688.90',
      },
      {
        find: '+0,40 %',
        label: 'supported',
      },
      {
        find: '0,1793 $',
        label: 'supported',
      },
      {
        find: '-7,30 %',
        label: 'contradicted',
        note: 'fact doge.change_24h -3.70',
      },
    ],
  },
  {
    id: 'Y-sector-comma-08',
    voice: 'sector-comma',
    style: 'daily',
    text: "Derivatives. Bitcoin funding 0,017 % per eight hours, about 18,6 % a year; ether 0,06 %; XRP 0,003 %; Solana -0,008 %; Dogecoin +0,004 %. Total open interest 16,74 Mrd. $, up 5,21 %. Bitcoin's share: 9,1 Mrd. $ (+8,70 %); ether 4,8 Mrd. $ (-1,20 %); Solana 1,15 Mrd. $ (+3,60 %); XRP 1,0 Mrd. $ (+8,0 %); Dogecoin 690 Mio. $ (-13,0 %).\n",
    numbers: [
      {
        find: '0,017 %',
        label: 'supported',
      },
      {
        find: '18,6 %',
        label: 'supported',
      },
      {
        find: '0,06 %',
        label: 'contradicted',
        note: '10x slip; fact eth.funding_rate 0.006',
      },
      {
        find: '0,003 %',
        label: 'supported',
      },
      {
        find: '-0,008 %',
        label: 'supported',
      },
      {
        find: '+0,004 %',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.004, sign',
      },
      {
        find: '16,74 Mrd. $',
        label: 'supported',
      },
      {
        find: '5,21 %',
        label: 'supported',
      },
      {
        find: '9,1 Mrd. $',
        label: 'supported',
      },
      {
        find: '+8,70 %',
        label: 'supported',
      },
      {
        find: '4,8 Mrd. $',
        label: 'supported',
      },
      {
        find: '-1,20 %',
        label: 'contradicted',
        note: "that is ETH's 7d OI change; fact eth.oi_change_24h +3.1",
      },
      {
        find: '1,15 Mrd. $',
        label: 'supported',
      },
      {
        find: '+3,60 %',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -3.6, sign',
      },
      {
        find: '1,0 Mrd. $',
        label: 'supported',
      },
      {
        find: '+8,0 %',
        label: 'contradicted',
        note: '10x slip; fact xrp.oi_change_24h 0.8',
      },
      {
        find: '690 Mio. $',
        label: 'supported',
      },
      {
        find: '-13,0 %',
        label: 'contradicted',
        note: '10x slip; fact doge.oi_change_24h -1.3',
      },
    ],
  },
  {
    id: 'Y-sector-comma-09',
    voice: 'sector-comma',
    style: 'weekly',
    text: "Weekly sector table, in prose. Layer 1 +3,44 % (best member bitcoin +6,10 %, worst NEAR -10,32 %); Layer 2 -4,46 %; AI -6,02 %; DePIN -6,68 %; gaming -7,68 %; memes -3,68 %. In Layer 1 just 3 of 10 rose over the week. AI's worst member for the week, Virtuals, lost 13,49 %; the best, The Graph, 4,20 %. Gaming's best: Axie at -8,33 %, worst Gala at -6,26 %. Market-wide open interest grew 4,87 % over the week and bitcoin's 11,40 %. Next week we expect AI to bounce by 8 %.\n",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+3,44 %',
        label: 'supported',
      },
      {
        find: '+6,10 %',
        label: 'supported',
      },
      {
        find: '-10,32 %',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-4,46 %',
        label: 'supported',
      },
      {
        find: '-6,02 %',
        label: 'contradicted',
        note: "that is AI's 24h; fact sector.ai.change_7d -9.63",
      },
      {
        find: '-6,68 %',
        label: 'supported',
      },
      {
        find: '-7,68 %',
        label: 'supported',
      },
      {
        find: '-3,68 %',
        label: 'contradicted',
        note: 'that is the memes 24h; fact sector.memes.change_7d -6.11',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '3@4',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_7d 1',
      },
      {
        find: '10@3',
        label: 'supported',
      },
      {
        find: '13,49 %',
        label: 'supported',
      },
      {
        find: '4,20 %',
        label: 'supported',
      },
      {
        find: '-8,33 %',
        label: 'contradicted',
        note: 'best gaming 7d is GALA -6.26; AXS is the worst',
      },
      {
        find: '-6,26 %',
        label: 'contradicted',
        note: 'worst gaming 7d is AXS -8.33; best/worst swapped',
      },
      {
        find: '4,87 %',
        label: 'supported',
      },
      {
        find: '11,40 %',
        label: 'supported',
      },
      {
        find: '8 %@4',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-sector-comma-10',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Levels by sector. In Layer 1, bitcoin support 110.000 $ and resistance 115.000 $; ether 3.600 $ / 3.800 $; Solana 150 $ / 175 $; Cardano 0,64 $ / 0,66 $; Avalanche 22 $ / 21 $. In AI, Bittensor 320 $ / 354 $; Render 3,20 $ / 3,40 $; Fetch.ai 0,65 $ / 0,58 $. Render sits about 1,6 % under resistance.\n',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
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
        label: 'supported',
      },
      {
        find: '3.800 $',
        label: 'supported',
      },
      {
        find: '150 $',
        label: 'supported',
      },
      {
        find: '175 $',
        label: 'contradicted',
        note: 'that is the 30-day swing high (175.5); fact sol.resistance 160',
      },
      {
        find: '0,64 $',
        label: 'supported',
      },
      {
        find: '0,66 $',
        label: 'supported',
      },
      {
        find: '22 $',
        label: 'contradicted',
        note: 'support/resistance swapped; fact avax.support 21',
      },
      {
        find: '21 $',
        label: 'contradicted',
        note: 'fact avax.resistance 22',
      },
      {
        find: '320 $',
        label: 'supported',
      },
      {
        find: '354 $',
        label: 'contradicted',
        note: "that is TAO's 24h high (354.97); fact tao.resistance 340",
      },
      {
        find: '3,20 $',
        label: 'supported',
      },
      {
        find: '3,40 $',
        label: 'supported',
      },
      {
        find: '0,65 $',
        label: 'contradicted',
        note: 'fact fet.support 0.56',
      },
      {
        find: '0,58 $',
        label: 'supported',
      },
      {
        find: '1,6 %',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
    ],
  },
  {
    id: 'Y-sector-comma-11',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Headlines, with our comments. CoinDesk: bitcoin up 2,9 % to a 30-day high above 111.000 $ - confirmed. Decrypt: "XRP surges 8 %" - not in our data. CryptoSlate: AI tokens up 5 % - wrong, the sector fell. Bitcoin Magazine: spot ETFs took 386 Mio. $ of net inflows. The Block reports Sui will unlock 58,4 Mio. tokens next week. A treasury company bought 4.850 BTC. Cointelegraph cites an analyst\'s year-end target of 135.000 $.\n',
    numbers: [
      {
        find: '2,9 %',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '111.000 $',
        label: 'supported',
      },
      {
        find: '8 %',
        label: 'contradicted',
        note: 'Decrypt headline contradicted by fact xrp.change_24h -2.30',
      },
      {
        find: '5 %',
        label: 'contradicted',
        note: 'CryptoSlate headline contradicted by fact sector.ai.change_24h -6.02',
      },
      {
        find: '386 Mio. $',
        label: 'supported-by-source',
      },
      {
        find: '58,4 Mio.',
        label: 'supported-by-source',
      },
      {
        find: '4.850 BTC',
        label: 'unsupported',
        note: 'headline figure, outlet (CoinDesk) not named',
      },
      {
        find: '135.000 $',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'Y-sector-comma-12',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Quick comparison, watchlist cap vs. CoinGecko category cap: Layer 1 3,05 Bio. $ vs. 3,07 Bio. $; Layer 2 6,67 Mrd. $ vs. 1,09 Mrd. $; AI 12,7 Mrd. $ vs. 22,8 Mrd. $; DePIN 4,04 Mrd. $ vs. 9,4 Mrd. $; gaming 2,62 Mrd. $ vs. 7,4 Mrd. $; memes 38,4 Mrd. $ vs. 49 Mrd. $. The category changes for the day: Layer 1 +1,3 %, Layer 2 -2,2 %, AI -1,6 %, DePIN -1,6 %, gaming -3,5 %, memes -3,8 %.\n',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3,05 Bio. $',
        label: 'supported',
      },
      {
        find: '3,07 Bio. $',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '6,67 Mrd. $',
        label: 'supported',
      },
      {
        find: '1,09 Mrd. $',
        label: 'contradicted',
        note: '10x slip; fact sector.l2.category_cap 10.9B',
      },
      {
        find: '12,7 Mrd. $',
        label: 'supported',
      },
      {
        find: '22,8 Mrd. $',
        label: 'supported',
      },
      {
        find: '4,04 Mrd. $',
        label: 'supported',
      },
      {
        find: '9,4 Mrd. $',
        label: 'supported',
      },
      {
        find: '2,62 Mrd. $',
        label: 'supported',
      },
      {
        find: '7,4 Mrd. $',
        label: 'supported',
      },
      {
        find: '38,4 Mrd. $',
        label: 'supported',
      },
      {
        find: '49 Mrd. $',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '+1,3 %',
        label: 'supported',
      },
      {
        find: '2@7',
        label: 'ignored',
      },
      {
        find: '-2,2 %',
        label: 'supported',
      },
      {
        find: '-1,6 %@1',
        label: 'contradicted',
        note: "that is DePIN's category change; fact sector.ai.category_change_24h -6.1",
      },
      {
        find: '-1,6 %@2',
        label: 'supported',
      },
      {
        find: '-3,5 %',
        label: 'supported',
      },
      {
        find: '-3,8 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-sector-comma-13',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Bitcoin traded between 108.360 $ and 111.788 $ over the day, on volume of 4,23 Mrd. $, about 1,6 times its seven-day average. Realised volatility: 29,0 % over seven days, 18,0 % over thirty. The market cap of bitcoin is 2,23 Bio. $, some 60 % of Layer 1. It broke the 30-day high of 111.051,63 $; the 30-day low is 108.359,97 $. In 2024 the same breakout pattern led to a 25 % rally.\n',
    numbers: [
      {
        find: '108.360 $',
        label: 'supported',
      },
      {
        find: '111.788 $',
        label: 'supported',
      },
      {
        find: '4,23 Mrd. $',
        label: 'supported',
      },
      {
        find: '1,6@1',
        label: 'supported',
      },
      {
        find: '29,0 %',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 20.9',
      },
      {
        find: '18,0 %',
        label: 'supported',
      },
      {
        find: '2,23 Bio. $',
        label: 'supported',
      },
      {
        find: '60 %',
        label: 'unsupported',
        note: 'derived share of L1, no fact',
      },
      {
        find: '1@7',
        label: 'ignored',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '111.051,63 $',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '108.359,97 $',
        label: 'contradicted',
        note: 'that is the 24h low; fact btc.swing_low_30d 103,226.52',
      },
      {
        find: '2024',
        label: 'ignored',
      },
      {
        find: '25 %',
        label: 'unsupported',
        note: 'history',
      },
    ],
  },
  {
    id: 'Y-sector-comma-14',
    voice: 'sector-comma',
    style: 'sector',
    text: 'The small caps: IoTeX 0,02216 $ (-1,70 %), Gala 0,01463 $, The Graph 0,7918 $, Pepe 0,00000917 $, Shiba Inu 0,0001152 $. Among the mid-caps, Sui 3,0412 $ (-3,80 %), Avalanche 21,06 $ (-3,40 %), Polkadot 3,561 $ (+5,0 %), Cardano 0,6437 $ (-0,30 %).\n',
    numbers: [
      {
        find: '0,02216 $',
        label: 'supported',
      },
      {
        find: '-1,70 %',
        label: 'supported',
      },
      {
        find: '0,01463 $',
        label: 'supported',
      },
      {
        find: '0,7918 $',
        label: 'contradicted',
        note: '10x slip; fact grt.price 0.07918',
      },
      {
        find: '0,00000917 $',
        label: 'supported',
      },
      {
        find: '0,0001152 $',
        label: 'contradicted',
        note: '10x slip; fact shib.price 0.00001152',
      },
      {
        find: '3,0412 $',
        label: 'supported',
      },
      {
        find: '-3,80 %',
        label: 'supported',
      },
      {
        find: '21,06 $',
        label: 'supported',
      },
      {
        find: '-3,40 %',
        label: 'supported',
      },
      {
        find: '3,561 $',
        label: 'supported',
      },
      {
        find: '+5,0 %',
        label: 'contradicted',
        note: '10x slip; fact dot.change_24h 0.50',
      },
      {
        find: '0,6437 $',
        label: 'supported',
      },
      {
        find: '-0,30 %',
        label: 'contradicted',
        note: 'fact ada.change_24h +0.30, sign',
      },
    ],
  },
];
