import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'H-sector-comma-01',
    voice: 'sector-comma',
    style: 'sector',
    text:
      'Layer-one recap: the core L1s finished almost flat, +0,11 % as a group, with five members up and five down. ' +
      'Avalanche led with a gain of 1,24 % to 19,12 $, while NEAR Protocol was the laggard at -1,87 %. Bitcoin added ' +
      '0,31 % to 104.237 $ and Ether gave back 1,82 % to 3.618,40 $. Solana slipped 0,47 % to 176,24 $, Cardano gained ' +
      '1,36 % and Sui rose 0,39 %. The watchlist cap of the group grew by about 3,3 billion $ to roughly 2,94 trillion $, ' +
      'which leaves Bitcoin around 0,7 % under its 105.000 $ resistance.',
    numbers: [
      { find: 'L1', label: 'ignored', note: 'digit in sector name L1s' },
      { find: '+0,11 %', label: 'supported' },
      { find: 'five@1', label: 'supported' },
      { find: 'five@2', label: 'supported' },
      { find: '1,24 %', label: 'supported' },
      { find: '19,12 $', label: 'supported' },
      { find: '-1,87 %', label: 'supported' },
      { find: '0,31 %', label: 'supported' },
      { find: '104.237 $', label: 'supported' },
      { find: '1,82 %', label: 'contradicted', note: 'fact eth.change_24h -0.82' },
      { find: '3.618,40 $', label: 'supported' },
      { find: '0,47 %', label: 'supported' },
      { find: '176,24 $', label: 'contradicted', note: 'fact sol.price 167.24' },
      { find: '1,36 %', label: 'contradicted', note: 'direction: fact ada.change_24h -1.36' },
      { find: '0,39 %', label: 'contradicted', note: 'fact sui.change_24h 0.93' },
      { find: '3,3 billion $', label: 'supported' },
      { find: '2,94 trillion $', label: 'supported' },
      { find: '0,7 %', label: 'unsupported', note: 'distance to resistance, derived' },
      { find: '105.000 $', label: 'supported' },
    ],
  },
  {
    id: 'H-sector-comma-02',
    voice: 'sector-comma',
    style: 'sector',
    text:
      'Memecoins were the only corner of the market with real momentum. The meme sector rose 2,38 % on the day, all ' +
      'four members closing higher. Pepe led at +5,28 % to 0,00000718 $, dogwifhat added 0,80 %, Shiba Inu 3,36 % and ' +
      'Dogecoin, the weakest of the four, still gained 2,08 % to 0,2017 $. Sector cap for the watchlist names now stands ' +
      'at about 4,07 billion $, roughly 0,95 billion $ more than a day earlier. On the week the group is up 2,38 %, with ' +
      'Shiba Inu the best performer at 10,8 %.',
    numbers: [
      { find: '2,38 %@1', label: 'supported' },
      { find: 'four@1', label: 'supported', note: 'advancers 4 of 4 members' },
      { find: '+5,28 %', label: 'supported' },
      { find: '0,00000718 $', label: 'supported' },
      { find: '0,80 %', label: 'contradicted', note: 'fact wif.change_24h 3.86; 0.80 is the 7d figure' },
      { find: '3,36 %', label: 'contradicted', note: 'fact shib.change_24h 2.36' },
      { find: 'four@2', label: 'supported' },
      { find: '2,08 %', label: 'supported' },
      { find: '0,2017 $', label: 'supported' },
      { find: '4,07 billion $', label: 'contradicted', note: 'fact sector.memes.market_cap 40.75B (10x slip)' },
      { find: '0,95 billion $', label: 'supported' },
      { find: '2,38 %@2', label: 'contradicted', note: 'week: fact sector.memes.change_7d 6.78; 2.38 is 24h' },
      { find: '10,8 %', label: 'supported' },
    ],
  },
  {
    id: 'H-sector-comma-03',
    voice: 'sector-comma',
    style: 'sector',
    text:
      'AI tokens had the worst session of the six sectors, down 1,29 % as a basket. Only two of the seven names rose: ' +
      'Render, +1,12 % at 2,847 $, and Worldcoin, +0,87 %. Virtuals Protocol dropped 4,12 % to 1,4863 $, The Graph ' +
      'lost 3,2 % and Bittensor rose 1,72 % to 392,70 $. Fetch.ai ended 1,46 % lower at 0,6482 $. Near Protocol, ' +
      'also counted in the AI basket, fell 1,87 %. Over the week the sector is still up 0,09 %, helped by a 4,31 % ' +
      'gain in TAO, but on 30 days it is down 6,2 %. The group lost about 284 million $ of value today.',
    numbers: [
      { find: '1,29 %', label: 'supported' },
      { find: 'two', label: 'supported' },
      { find: 'seven', label: 'supported' },
      { find: '+1,12 %', label: 'supported' },
      { find: '2,847 $', label: 'supported' },
      { find: '+0,87 %', label: 'supported' },
      { find: '4,12 %', label: 'supported' },
      { find: '1,4863 $', label: 'supported' },
      { find: '3,2 %', label: 'contradicted', note: 'fact grt.change_24h -2.31' },
      { find: '1,72 %', label: 'contradicted', note: 'direction: fact tao.change_24h -1.72' },
      { find: '392,70 $', label: 'supported' },
      { find: '1,46 %', label: 'supported' },
      { find: '0,6482 $', label: 'contradicted', note: 'fact fet.price 0.5482' },
      { find: '1,87 %', label: 'supported' },
      { find: '0,09 %', label: 'supported' },
      { find: '4,31 %', label: 'supported' },
      { find: '30', label: 'ignored', note: 'window' },
      { find: '6,2 %', label: 'contradicted', note: 'fact sector.ai.change_30d -3.85' },
      { find: '284 million $', label: 'contradicted', note: 'fact sector.ai.market_cap_change_24h -184M' },
    ],
  },
  {
    id: 'H-sector-comma-04',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'DePIN edged higher, +0,65 %, carried by IoTeX, which jumped 3,12 % to 0,02289 $. Render added 1,12 % and ' +
      'Filecoin 2,6 % to 2,118 $, while Helium was the only decliner, -0,52 % at 2,936 $. Three of the four names ' +
      'were green. The basket is worth about 3,72 billion $ on our watchlist, against 11,42 billion $ for the wider ' +
      'CoinGecko category, which fell 0,66 %. Helium still sits 19 % below its 30-day swing high of 3,6161 $.',
    numbers: [
      { find: '+0,65 %', label: 'supported' },
      { find: '3,12 %', label: 'supported' },
      { find: '0,02289 $', label: 'supported' },
      { find: '1,12 %', label: 'supported' },
      { find: '2,6 %', label: 'contradicted', note: 'fact fil.change_24h 0.26 (10x)' },
      { find: '2,118 $', label: 'supported' },
      { find: '-0,52 %', label: 'supported' },
      { find: '2,936 $', label: 'supported' },
      { find: 'Three', label: 'supported' },
      { find: 'four', label: 'supported' },
      { find: '3,72 billion $', label: 'supported' },
      { find: '11,42 billion $', label: 'supported' },
      { find: '0,66 %', label: 'contradicted', note: 'direction: fact sector.depin.category_change_24h +0.66' },
      { find: '19 %', label: 'unsupported', note: 'distance to swing high, derived arithmetic' },
      { find: '30', label: 'ignored' },
      { find: '3,6161 $', label: 'supported' },
    ],
  },
  {
    id: 'H-sector-comma-05',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'Gaming tokens were mixed and the sector closed at +0,05 %, leaving it 7,8 % higher over the week. Gala was best with +0,60 % at 0,01448 $, The Sandbox worst at -0,62 %. Axie Infinity lost 1,41 % ' +
      'to 1,7826 $ and Immutable rose 2,1 %. Three of the four gaming names fell. Cap for the group: 2,59 billion $. ' +
      'On the month the sector is down 5,16 %, with every member in the red.',
    numbers: [
      { find: '+0,05 %', label: 'supported' },
      { find: '7,8 %', label: 'contradicted', note: 'fact sector.gaming.change_7d 1.78' },
      { find: '+0,60 %', label: 'supported' },
      { find: '0,01448 $', label: 'supported' },
      { find: '-0,62 %', label: 'supported' },
      { find: '1,41 %', label: 'contradicted', note: 'fact axs.change_24h -0.41' },
      { find: '1,7826 $', label: 'supported' },
      { find: '2,1 %', label: 'contradicted', note: 'fact imx.change_24h 0.21; 2.1 is the 7d figure (wrong window)' },
      { find: 'Three', label: 'contradicted', note: 'fact sector.gaming.decliners_24h 2' },
      { find: 'four', label: 'supported' },
      { find: '2,59 billion $', label: 'supported' },
      { find: '5,16 %', label: 'supported' },
    ],
  },
  {
    id: 'H-sector-comma-06',
    voice: 'sector-comma',
    style: 'sector',
    text:
      'Rollups drifted: the Layer 2 basket fell 0,41 %, with Optimism the best at +0,44 % to 0,4378 $ and Arbitrum ' +
      'the worst at -0,92 % to 0,3391 $. Polygon gained 0,63 % and Immutable rose 0,21 %. The four-member group is ' +
      'valued at 7,95 billion $. Over seven days all four are higher and the group is up 2,14 %, Optimism leading with ' +
      '4,10 %. Arbitrum will unlock 92,65 million tokens next week, worth around 31 million $, according to Cointelegraph.',
    numbers: [
      { find: 'Layer 2', label: 'ignored', note: 'digit in name Layer 2' },
      { find: '0,41 %', label: 'supported' },
      { find: '+0,44 %', label: 'supported' },
      { find: '0,4378 $', label: 'contradicted', note: 'fact op.price 0.4738' },
      { find: '-0,92 %', label: 'supported' },
      { find: '0,3391 $', label: 'supported' },
      { find: '0,63 %', label: 'contradicted', note: 'direction: fact pol.change_24h -0.63' },
      { find: '0,21 %', label: 'supported' },
      { find: 'four@1', label: 'supported', note: 'sector.l2.members 4' },
      { find: '7,95 billion $', label: 'contradicted', note: 'fact sector.l2.market_cap 5.95B' },
      { find: 'seven', label: 'ignored', note: 'window' },
      { find: 'four@2', label: 'supported' },
      { find: '2,14 %', label: 'supported' },
      { find: '4,10 %', label: 'supported' },
      { find: '92,65 million', label: 'supported-by-source' },
      { find: '31 million $', label: 'supported-by-source' },
    ],
  },
  {
    id: 'H-sector-comma-07',
    voice: 'sector-comma',
    style: 'weekly',
    text:
      'Sector scorecard for the week. Memes first again at +6,78 %, then the core L1s at +3,56 % and rollups at ' +
      '+1,14 %. DePIN gained 1,91 %, gaming 3,78 % and AI barely moved at +0,09 %. Nine of the ten Layer-one names ' +
      'rose; only NEAR, down 2,49 %, missed out. Avalanche was the best large network with +5,91 %, ahead of Cardano ' +
      'at 5,44 % and Solana at 6,26 %. Among memecoins Shiba Inu surged 10,82 % while dogwifhat managed only 0,80 %. ' +
      'The L1 basket added roughly 101 billion $ in value over the period, its best week since October, when it gained 9,5 %.',
    numbers: [
      { find: '+6,78 %', label: 'supported' },
      { find: 'L1@1', label: 'ignored' },
      { find: '+3,56 %', label: 'supported' },
      { find: '+1,14 %', label: 'contradicted', note: 'fact sector.l2.change_7d 2.14' },
      { find: '1,91 %', label: 'supported' },
      { find: '3,78 %', label: 'contradicted', note: 'fact sector.gaming.change_7d 1.78' },
      { find: '+0,09 %', label: 'supported' },
      { find: 'Nine', label: 'supported' },
      { find: 'ten', label: 'supported' },
      { find: '2,49 %', label: 'supported' },
      { find: '+5,91 %', label: 'supported' },
      { find: '5,44 %', label: 'supported' },
      { find: '6,26 %', label: 'contradicted', note: 'fact sol.change_7d 4.26' },
      { find: '10,82 %', label: 'supported' },
      { find: '0,80 %', label: 'supported' },
      { find: 'L1@2', label: 'ignored' },
      { find: '101 billion $', label: 'supported' },
      { find: '9,5 %', label: 'unsupported', note: 'history, no fact' },
    ],
  },
  {
    id: 'H-sector-comma-08',
    voice: 'sector-comma',
    style: 'weekly',
    text:
      'Weekly view on the majors. Bitcoin gained 3,69 % to 104.237 $, Ether 2,85 %, XRP 0,62 % and BNB 3,29 %. ' +
      'Solana rose 2,6 % and Dogecoin 2,08 %. In the AI corner Virtuals lost 4,41 %, the worst of the group, and ' +
      'IoTeX fell 3,98 % after a strong month. Layer 2 tokens climbed 4,1 % as a basket. Gaming was led by Gala at ' +
      '+3,20 %, while Axie Infinity dropped 1,13 %. Total open interest rose 6,46 % on the week, and Ether open ' +
      'interest rose 7,9 %.',
    numbers: [
      { find: '3,69 %', label: 'supported' },
      { find: '104.237 $', label: 'supported' },
      { find: '2,85 %', label: 'supported' },
      { find: '0,62 %', label: 'contradicted', note: 'weekly: fact xrp.change_7d 3.70; 0.62 is the 24h move' },
      { find: '3,29 %', label: 'supported' },
      { find: '2,6 %', label: 'contradicted', note: 'fact sol.change_7d 4.26' },
      { find: '2,08 %', label: 'contradicted', note: 'weekly: fact doge.change_7d 6.25; 2.08 is 24h' },
      { find: '4,41 %', label: 'supported' },
      { find: '3,98 %', label: 'supported' },
      { find: 'Layer 2', label: 'ignored', note: 'Layer 2 name' },
      { find: '4,1 %', label: 'contradicted', note: 'fact sector.l2.change_7d 2.14 (4.10 is OP, the best member)' },
      { find: '+3,20 %', label: 'supported' },
      { find: '1,13 %', label: 'supported' },
      { find: '6,46 %', label: 'supported' },
      { find: '7,9 %', label: 'supported' },
    ],
  },
  {
    id: 'H-sector-comma-09',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'Market wrap. Total crypto capitalisation slipped 0,21 % to 3,46 trillion $, while Bitcoin dominance firmed to ' +
      '60,1 %. Fourteen of the thirty watchlist coins rose. Volume across the market came to about 89,4 billion $. ' +
      'Among sectors the memecoins led with +2,38 %, DePIN was second with +0,65 %, and AI closed last with -1,29 %. ' +
      'Layer 1 was third, +0,11 %. Analysts quoted by Cointelegraph see room for Bitcoin to reach 120.000 $ before ' +
      'the end of January, and spot bitcoin ETFs took in 274 million $ on Tuesday.',
    numbers: [
      { find: '0,21 %', label: 'supported' },
      { find: '3,46 trillion $', label: 'supported' },
      { find: '60,1 %', label: 'supported' },
      { find: 'Fourteen', label: 'contradicted', note: 'fact market.advancers_24h 16 (14 fell)' },
      { find: 'thirty', label: 'supported' },
      { find: '89,4 billion $', label: 'contradicted', note: 'fact market.volume_24h 98.4B' },
      { find: '+2,38 %', label: 'supported' },
      { find: '+0,65 %', label: 'supported' },
      { find: '-1,29 %', label: 'supported' },
      { find: 'Layer 1', label: 'ignored', note: 'digit in Layer 1' },
      { find: '+0,11 %', label: 'supported' },
      {
        find: '120.000 $',
        label: 'supported-by-source',
        note: 'forecast, but attributed to Cointelegraph whose summary states it; debatable',
      },
      { find: '274 million $', label: 'unsupported', note: 'Bitcoin Magazine figure, not attributed to its outlet' },
    ],
  },
  {
    id: 'H-sector-comma-10',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'Derivatives corner. Funding on Bitcoin perpetuals stays at 0,0142 % per eight hours, about 15,5 % a year, so ' +
      'longs pay shorts. Ether funding is 0,0187 %, Solana 0,0163 % and XRP -0,0118 %. Dogecoin pays 0,0109 % every ' +
      'four hours, close to 23,9 % annualised. Open interest climbed 3,6 % to 17,55 billion $, with Bitcoin OI up ' +
      '6,2 % to 8,94 billion $ and Ether OI up 4,6 % to 5,27 billion $. XRP was the exception: its open interest ' +
      'rose 1,4 % to 1,07 billion $. Average funding weighted by OI is 0,0259 %.',
    numbers: [
      { find: '0,0142 %', label: 'supported' },
      { find: 'eight hours', label: 'ignored', note: 'funding interval' },
      { find: '15,5 %', label: 'supported' },
      { find: '0,0187 %', label: 'supported' },
      { find: '0,0163 %', label: 'supported' },
      { find: '-0,0118 %', label: 'contradicted', note: 'funding sign: fact xrp.funding_rate +0.0118' },
      { find: '0,0109 %', label: 'supported' },
      { find: 'four', label: 'ignored', note: 'funding interval' },
      { find: '23,9 %', label: 'supported' },
      { find: '3,6 %', label: 'supported' },
      { find: '17,55 billion $', label: 'supported' },
      { find: '6,2 %', label: 'contradicted', note: 'daily: fact btc.oi_change_24h 3.8; 6.2 is the 7d change' },
      { find: '8,94 billion $', label: 'supported' },
      { find: '4,6 %', label: 'supported' },
      { find: '5,27 billion $', label: 'supported' },
      { find: '1,4 %', label: 'contradicted', note: 'direction: fact xrp.oi_change_24h -1.4 (fell)' },
      { find: '1,07 billion $', label: 'supported' },
      { find: '0,0259 %', label: 'contradicted', note: 'fact market.funding_avg 0.0159' },
    ],
  },
  {
    id: 'H-sector-comma-11',
    voice: 'sector-comma',
    style: 'sector',
    text:
      'Smart contract platforms, levels. Bitcoin trades at 104.237 $ after a range of 102.843 $ to 104.557 $, ' +
      'support at 100.000 $ and resistance at 110.000 $. Ether sits just above support at 3.600 $ with resistance at ' +
      '3.800 $; its day range was 3.514 $ to 3.656 $. Solana holds between 160 $ and 170 $, BNB is at 1.004,70 $ ' +
      'just above the 1.000 $ floor, and XRP at 2,41 $ is testing support at 2,40 $. Cardano trades at 0,58 $, ' +
      'Polkadot at 3,54 $ and Avalanche at 21,12 $.',
    numbers: [
      { find: '104.237 $', label: 'supported' },
      { find: '102.843 $', label: 'supported' },
      { find: '104.557 $', label: 'supported' },
      { find: '100.000 $', label: 'supported' },
      { find: '110.000 $', label: 'contradicted', note: 'fact btc.resistance 105000' },
      { find: '3.600 $', label: 'supported' },
      { find: '3.800 $', label: 'supported' },
      { find: '3.514 $', label: 'contradicted', note: 'fact eth.low_24h 3614.09' },
      { find: '3.656 $', label: 'supported' },
      { find: '160 $', label: 'supported' },
      { find: '170 $', label: 'supported' },
      { find: '1.004,70 $', label: 'supported' },
      { find: '1.000 $', label: 'supported' },
      { find: '2,41 $', label: 'supported' },
      { find: '2,40 $', label: 'supported' },
      { find: '0,58 $', label: 'supported', note: 'ada.price 0.5762 rounds to 0.58' },
      { find: '3,54 $', label: 'contradicted', note: 'fact dot.price 3.241' },
      { find: '21,12 $', label: 'contradicted', note: 'fact avax.price 19.12' },
    ],
  },
  {
    id: 'H-sector-comma-12',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'Short note on the meme rally: according to CoinDesk, Pepe led memecoins with a 5 % gain, and CryptoSlate ' +
      'put the sector advance at 2,4 %. A Reddit thread claimed PEPE was up 12 %, which the data does not bear out: ' +
      'the frog coin rose 5,3 %. Dogecoin funding settles every four hours at 0,0109 %, and its open interest grew ' +
      '2,7 % to 610 million $. Memecoin volume in the CoinGecko category reached 5,7 billion $, and the category cap ' +
      'is 61,8 billion $, up 3,41 %.',
    numbers: [
      { find: '5 %', label: 'supported', note: 'pepe.change_24h 5.28 rounds to 5' },
      { find: '2,4 %', label: 'supported' },
      { find: '12 %', label: 'contradicted', note: 'fact pepe.change_24h 5.28' },
      { find: '5,3 %', label: 'supported' },
      { find: 'four', label: 'ignored' },
      { find: '0,0109 %', label: 'supported' },
      { find: '2,7 %', label: 'supported' },
      { find: '610 million $', label: 'contradicted', note: 'fact doge.open_interest 810M' },
      { find: '5,7 billion $', label: 'supported' },
      { find: '61,8 billion $', label: 'supported' },
      { find: '3,41 %', label: 'contradicted', note: 'fact sector.memes.category_change_24h 2.41' },
    ],
  },
  {
    id: 'H-sector-comma-13',
    voice: 'sector-comma',
    style: 'sector',
    text:
      'Layer-one volatility check. Bitcoin realised volatility over seven days is only 12,7 %, against 22,0 % for Ether ' +
      'and 40,6 % for Solana. Cardano is the most nervous large network at 62,6 %, NEAR close behind at 61,9 %. ' +
      'Bitcoin spot volume ran at 1,63 times its weekly average, about 1,65 billion $, and Ether volume was 0,97 ' +
      'billion $. BNB turned over 1,13 billion $. Sui remains the best layer-one on the month with +3,44 %, and it ' +
      'touched its 30-day high of 2,5947 $ today.',
    numbers: [
      { find: 'seven', label: 'ignored' },
      { find: '12,7 %', label: 'supported' },
      { find: '22,0 %', label: 'supported' },
      { find: '40,6 %', label: 'contradicted', note: 'seven-day: fact sol.volatility_7d 50.6; 40.6 is 30d' },
      { find: '62,6 %', label: 'supported' },
      { find: '61,9 %', label: 'supported' },
      { find: '1,63', label: 'contradicted', note: 'fact btc.volume_ratio_7d 0.63' },
      { find: '1,65 billion $', label: 'supported' },
      { find: '0,97', label: 'supported' },
      { find: '1,13 billion $', label: 'contradicted', note: 'fact bnb.volume_24h 112.6M (10x slip)' },
      { find: '+3,44 %', label: 'supported' },
      { find: '30', label: 'ignored' },
      { find: '2,5947 $', label: 'supported' },
    ],
  },
  {
    id: 'H-sector-comma-14',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'AI and DePIN, a closer look. Bittensor trades at 392,70 $, under resistance at 400 $ and above support at ' +
      '380 $, after touching 407,45 $. Its market value is about 3,81 billion $. Worldcoin at 0,8427 $ is up 0,87 %, ' +
      'while The Graph sits at 0,0863 $. Virtuals, at 1,49 $, trades just above support at 1,45 $. IoTeX, the best ' +
      'DePIN coin of the day, has a market cap of 2,16 billion $; Filecoin is valued at 1,49 billion $ and Helium at ' +
      '534 million $. Render Network says it added 12.000 GPUs in November, and analysts expect TAO to revisit 450 $ by Christmas.',
    numbers: [
      { find: '392,70 $', label: 'supported' },
      { find: '400 $', label: 'supported' },
      { find: '380 $', label: 'supported' },
      { find: '407,45 $', label: 'supported' },
      { find: '3,81 billion $', label: 'supported' },
      { find: '0,8427 $', label: 'supported' },
      { find: '0,87 %', label: 'supported' },
      { find: '0,0863 $', label: 'contradicted', note: 'fact grt.price 0.07628' },
      { find: '1,49 $', label: 'supported' },
      { find: '1,45 $', label: 'supported' },
      { find: '2,16 billion $', label: 'contradicted', note: 'fact iotx.market_cap 216.2M (10x slip)' },
      { find: '1,49 billion $', label: 'supported' },
      { find: '534 million $', label: 'supported' },
      { find: '450 $', label: 'unsupported', note: 'forecast' },
      {
        find: '12.000',
        label: 'unsupported',
        note: 'Decrypt headline figure, but the sentence attributes it to Render Network, not to Decrypt; debatable',
      },
    ],
  },
  {
    id: 'H-sector-comma-15',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'Who led and who lagged. Memecoins topped the table with +2,38 %, while rollups were the weakest group at ' +
      '-1,29 %. Layer-one names came second with +0,65 %. Gaming rose 0,05 %. Inside the AI basket Render was the ' +
      'worst performer at +1,12 %, and in DePIN Helium led with -0,52 %. Ether closed at 3.418,40 $ and Bitcoin at ' +
      '104.237 $. Market values: Solana 92,3 billion $, XRP 145,7 billion $, BNB 193,8 billion $, Dogecoin 30,5 ' +
      'billion $ and Cardano 2,1 billion $. Bitcoin itself is worth 2,08 trillion $, or 61,2 % of the market.',
    numbers: [
      { find: '+2,38 %', label: 'supported' },
      {
        find: '-1,29 %',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.41; -1.29 is AI, and AI not rollups was weakest',
      },
      {
        find: '+0,65 %',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h 0.11; +0.65 and second place belong to DePIN',
      },
      { find: '0,05 %', label: 'supported' },
      {
        find: '+1,12 %',
        label: 'contradicted',
        note: 'wrong rank: Render is the best AI member (sector.ai.best_24h), worst is VIRTUAL',
      },
      { find: '-0,52 %', label: 'contradicted', note: 'wrong leader: HNT is sector.depin.worst_24h, IOTX led' },
      { find: '3.418,40 $', label: 'contradicted', note: 'fact eth.price 3618.4' },
      { find: '104.237 $', label: 'supported' },
      { find: '92,3 billion $', label: 'supported' },
      { find: '145,7 billion $', label: 'supported' },
      { find: '193,8 billion $', label: 'contradicted', note: 'fact bnb.market_cap 139.8B' },
      { find: '30,5', label: 'supported' },
      { find: '2,1 billion $', label: 'contradicted', note: 'fact ada.market_cap 21.0B (10x)' },
      { find: '2,08 trillion $', label: 'supported' },
      { find: '61,2 %', label: 'contradicted', note: 'fact market.btc_dominance 60.15' },
    ],
  },
  {
    id: 'H-sector-comma-16',
    voice: 'sector-comma',
    style: 'weekly',
    text:
      'This week in derivatives. Ether open interest rose 4,6 %, Bitcoin gained 0,31 % and total open interest ' +
      "climbed 6,46 %. Dogecoin open interest was up 9,6 %, Solana's 4,4 % and XRP's 2,3 %. CoinDesk reported that " +
      "bitcoin open interest climbed 9 %. Bitcoin traded between 97.182 $ and 104.557 $ over the past month; Ether's " +
      "30-day low was 3.377 $. Solana's realised volatility reached 50,6 %, well above Bitcoin's 15,5 %. Next week " +
      'ETH could reach 4.000 $.',
    numbers: [
      { find: '4,6 %', label: 'contradicted', note: 'weekly: fact eth.oi_change_7d 7.9; 4.6 is the 24h change' },
      { find: '0,31 %', label: 'contradicted', note: 'weekly: fact btc.change_7d 3.69; 0.31 is 24h' },
      { find: '6,46 %', label: 'supported' },
      { find: '9,6 %', label: 'supported' },
      { find: '4,4 %', label: 'supported' },
      { find: '2,3 %', label: 'supported' },
      {
        find: '9 %',
        label: 'contradicted',
        note: 'CoinDesk headline, but fact btc.oi_change_7d 6.2 / 24h 3.8 contradicts it',
      },
      { find: '97.182 $', label: 'supported' },
      { find: '104.557 $', label: 'supported' },
      { find: '30', label: 'ignored' },
      { find: '3.377 $', label: 'supported' },
      { find: '50,6 %', label: 'supported' },
      {
        find: '15,5 %',
        label: 'contradicted',
        note: 'weekly: btc.volatility_7d 12.7; 15.5 is 30d vol (also equals funding APR); debatable',
      },
      { find: '4.000 $', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'H-sector-comma-17',
    voice: 'sector-comma',
    style: 'daily',
    text:
      'Polkadot fell 0,74 % to 3,241 $ and Near Protocol dropped 1,87 % to 2,842 $; both remain more than 5 % below ' +
      'where they traded a month ago. Sui, up 0,93 %, is the best layer-one over 30 days with +5,44 %, and Avalanche ' +
      'touched 19,215 $ intraday.',
    numbers: [
      { find: '0,74 %', label: 'supported' },
      { find: '3,241 $', label: 'supported' },
      { find: '1,87 %', label: 'supported' },
      { find: '2,842 $', label: 'supported' },
      { find: '5 %', label: 'supported', note: 'dot.change_30d -5.37, near.change_30d -6.33: both more than 5 below' },
      { find: '0,93 %', label: 'supported' },
      { find: '30', label: 'ignored' },
      { find: '+5,44 %', label: 'contradicted', note: 'fact sui.change_30d 3.44' },
      { find: '19,215 $', label: 'supported' },
    ],
  },
];
