import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-sc-01',
    voice: 'sector-comma',
    style: 'sector',
    text: "Sector recap — 3 December 2026\n\nAI tokens led the session with a gain of 9,2 %. All seven members advanced; Virtuals Protocol rose 14,27 % and the weakest member, The Graph, still added 6,38 %. The sector's market value grew to 24,12 bn USD, an increase of 1.148,8 mn USD over the day.\n\nGaming came second with 6,12 %, Gala the best at 9,81 %. DePIN rose 5,41 %, with Render up 9,46 % and Helium up only 1,24 %.",
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '2026',
        label: 'ignored',
      },
      {
        find: '9,2 %',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '14,27 %',
        label: 'supported',
      },
      {
        find: '6,38 %',
        label: 'supported',
      },
      {
        find: '24,12',
        label: 'contradicted',
        note: 'AI watchlist market cap is 13.64 bn USD; 24.12 bn is the CoinGecko category cap, not the watchlist sum',
      },
      {
        find: '1.148,8',
        label: 'supported',
      },
      {
        find: '6,12 %',
        label: 'supported',
      },
      {
        find: '9,81 %',
        label: 'supported',
      },
      {
        find: '5,41 %',
        label: 'supported',
      },
      {
        find: '9,46 %',
        label: 'supported',
      },
      {
        find: '1,24 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-sc-02',
    voice: 'sector-comma',
    style: 'sector',
    text: "Layer 1 platforms rose 3,86 %, with 10 advancers and 0 decliners. NEAR was best at 8,93 %, a move that should carry it to 3,50 USD,, BNB weakest at 1,88 %. The sector's market capitalisation reached 3.162 bn USD after adding 117,4 bn USD.\n\nMemes gained 1,82 %; 3 up, 1 down. Layer 2 was the only sector in the red at −0,44 %, with OP the worst member at −2,41 %.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3,86 %',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '8,93 %',
        label: 'supported',
      },
      {
        find: '3,50',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '1,88 %',
        label: 'supported',
      },
      {
        find: '3.162',
        label: 'supported',
      },
      {
        find: '117,4',
        label: 'supported',
      },
      {
        find: '1,82 %',
        label: 'supported',
      },
      {
        find: '3@5',
        label: 'supported',
      },
      {
        find: '1@8',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '−0,44 %',
        label: 'supported',
      },
      {
        find: '−2,41 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-sc-03',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Sektor-Übersicht (English edition)\n\nThe AI sector advanced 3,58 % and the gaming sector 8,35 %. DePIN fell 4,93 % while memes were down 6,86 %.\n\nLayer 1 rose 3,86 % and Layer 2 5,44 %.',
    numbers: [
      {
        find: '3,58 %',
        label: 'contradicted',
        note: 'AI 24h change is +9.20%; 3.58% is the 7d change',
      },
      {
        find: '8,35 %',
        label: 'contradicted',
        note: 'gaming 24h is +6.12%; 8.35% is the 7d change',
      },
      {
        find: '4,93 %',
        label: 'contradicted',
        note: 'DePIN rose 5.41% over 24h; -4.93% is the 7d change',
      },
      {
        find: '6,86 %',
        label: 'contradicted',
        note: 'memes rose 1.82% over 24h; -6.86% is the 7d change',
      },
      {
        find: '1',
        label: 'ignored',
      },
      {
        find: '3,86 %',
        label: 'supported',
      },
      {
        find: '2',
        label: 'ignored',
      },
      {
        find: '5,44 %',
        label: 'contradicted',
        note: 'L2 24h is -0.44%; 5.44% is the 7d change',
      },
    ],
  },
  {
    id: 'A-sc-04',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI: +9,20 % · best VIRTUAL +14,3 % · worst GRT +6,4 % · 7/0\nGaming: +6,12 % · best GALA +9,8 % · worst IMX +2,6 % · 4/0\nDePIN: +5,41 % · best RENDER +9,5 % · worst FIL +3,1 % · 4/0\nLayer 1: +3,86 % · best NEAR +8,9 % · worst BNB +1,9 % · 10/0\nMemes: +1,82 % · best PEPE +3,4 % · worst SHIB −0,58 % · 3/1\nLayer 2: −0,44 % · best IMX +2,6 % · worst OP −2,41 % · 3/1',
    numbers: [
      {
        find: '+9,20 %',
        label: 'supported',
      },
      {
        find: '+14,3 %',
        label: 'supported',
      },
      {
        find: '+6,4 %',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '+6,12 %',
        label: 'supported',
      },
      {
        find: '+9,8 %',
        label: 'supported',
      },
      {
        find: '+2,6 %@1',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '0@3',
        label: 'supported',
      },
      {
        find: '+5,41 %',
        label: 'supported',
      },
      {
        find: '+9,5 %',
        label: 'supported',
      },
      {
        find: '+3,1 %',
        label: 'contradicted',
        note: 'worst DePIN member was HNT at +1.24%; FIL rose 3.10%',
      },
      {
        find: '4@5',
        label: 'supported',
      },
      {
        find: '0@4',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '+3,86 %',
        label: 'supported',
      },
      {
        find: '+8,9 %',
        label: 'supported',
      },
      {
        find: '+1,9 %',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '0@6',
        label: 'supported',
      },
      {
        find: '+1,82 %',
        label: 'supported',
      },
      {
        find: '+3,4 %',
        label: 'contradicted',
        note: 'best meme member was WIF (+4.83%); PEPE rose 3.40%',
      },
      {
        find: '−0,58 %',
        label: 'supported',
      },
      {
        find: '3@5',
        label: 'supported',
      },
      {
        find: '1@9',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '−0,44 %',
        label: 'supported',
      },
      {
        find: '+2,6 %@2',
        label: 'supported',
      },
      {
        find: '−2,41 %',
        label: 'supported',
      },
      {
        find: '3@6',
        label: 'contradicted',
        note: 'L2 had 2 advancers and 2 decliners',
      },
      {
        find: '1@11',
        label: 'contradicted',
        note: 'L2 had 2 decliners',
      },
    ],
  },
  {
    id: 'A-sc-05',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Market context: total capitalisation 3,62 trillion USD (+3,71 %), BTC dominance 62,1 %, 27 of 30 assets up.\n\nBitcoin closed the window at 112.486 USD (+3,84 %); Ether at 3.987,42 USD (+4,33 %); Solana at 117,36 USD (+5,41 %). BNB reached 1.102,6 USD.',
    numbers: [
      {
        find: '3,62',
        label: 'supported',
      },
      {
        find: '+3,71 %',
        label: 'supported',
      },
      {
        find: '62,1 %',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '112.486',
        label: 'supported',
      },
      {
        find: '+3,84 %',
        label: 'supported',
      },
      {
        find: '3.987,42',
        label: 'supported',
      },
      {
        find: '+4,33 %',
        label: 'contradicted',
        note: 'ETH 24h change is +4.62%; 4.33% is its 7d change',
      },
      {
        find: '117,36',
        label: 'contradicted',
        note: 'SOL price is 171.36 USD',
      },
      {
        find: '+5,41 %',
        label: 'supported',
      },
      {
        find: '1.102,6',
        label: 'contradicted',
        note: 'BNB price is 1,012.60 USD',
      },
    ],
  },
  {
    id: 'A-sc-06',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Focus on AI\nAmong AI names, FET rose 18,84 % to 0,5127 USD and WLD 7,52 % to 0,7916 USD. Render gained 9,46 % and Bittensor 8,71 % to 317,8 USD. NEAR, which sits in both AI and Layer 1, rose 10,98 %.\n\nThe AI sector market cap measured by CoinGecko was 24,12 bn USD, up 8,86 %. CoinDesk headlined that AI tokens jumped 9 %; Decrypt wrote that Virtuals soared 24 %.',
    numbers: [
      {
        find: '18,84 %',
        label: 'contradicted',
        note: 'FET 24h change is +11.84%',
      },
      {
        find: '0,5127',
        label: 'supported',
      },
      {
        find: '7,52 %',
        label: 'supported',
      },
      {
        find: '0,7916',
        label: 'supported',
      },
      {
        find: '9,46 %',
        label: 'supported',
      },
      {
        find: '8,71 %',
        label: 'supported',
      },
      {
        find: '317,8',
        label: 'contradicted',
        note: 'TAO price is 371.8 USD',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '10,98 %',
        label: 'contradicted',
        note: 'NEAR 24h change is +8.93%; 10.98% is its 7d change',
      },
      {
        find: '24,12',
        label: 'supported',
      },
      {
        find: '8,86 %',
        label: 'supported',
      },
      {
        find: '9 %',
        label: 'supported',
      },
      {
        find: '24 %',
        label: 'contradicted',
        note: 'VIRTUAL 24h change is +14.27%; Decrypt said 14%',
      },
    ],
  },
  {
    id: 'A-sc-07',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming and DePIN\nGala added 9,81 % (a new 52-week high of 0,031 USD is far off) to 0,01342 USD, Axie 1,07 % to 1,6138 USD and Sandbox 7,64 % to 0,2214 USD. Immutable lagged with 2,60 %. Gaming sector market value: 2,44 bn USD.\n\nFilecoin rose 3,10 % to 2,184 USD, IoTeX 2,97 % and Helium 6,21 %. DePIN market value climbed by 195,6 mn USD to 3,81 bn USD.',
    numbers: [
      {
        find: '9,81 %',
        label: 'supported',
      },
      {
        find: '52',
        label: 'ignored',
      },
      {
        find: '0,031',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '0,01342',
        label: 'supported',
      },
      {
        find: '1,07 %',
        label: 'contradicted',
        note: 'AXS 24h change is +8.92%; 1.07% is its 7d change',
      },
      {
        find: '1,6138',
        label: 'supported',
      },
      {
        find: '7,64 %',
        label: 'supported',
      },
      {
        find: '0,2214',
        label: 'supported',
      },
      {
        find: '2,60 %',
        label: 'supported',
      },
      {
        find: '2,44',
        label: 'supported',
      },
      {
        find: '3,10 %',
        label: 'supported',
      },
      {
        find: '2,184',
        label: 'supported',
      },
      {
        find: '2,97 %',
        label: 'contradicted',
        note: 'IOTX 24h change is +5.83%; 2.97% is its 7d change',
      },
      {
        find: '6,21 %',
        label: 'contradicted',
        note: 'HNT 24h change is +1.24%; -6.21% is its 7d change',
      },
      {
        find: '195,6',
        label: 'supported',
      },
      {
        find: '3,81',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-sc-08',
    voice: 'sector-comma',
    style: 'sector',
    text: "Memes and L2\nDogecoin: 0,18412 USD, +7,61 %. Shiba Inu: +0,58 %. Pepe: +3,40 %. dogwifhat: +4,83 %. The meme sector is worth 37,2 bn USD on our list, 58,4 bn USD by CoinGecko's category count, which rose 1,63 %.\n\nArbitrum lost 11,93 % to 0,3124 USD and Optimism 2,41 % to 0,4617 USD, while Polygon rose 3,12 %. The L2 category cap fell 0,74 % to 15,81 bn USD.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0,18412',
        label: 'supported',
      },
      {
        find: '+7,61 %',
        label: 'contradicted',
        note: 'DOGE 24h change is +2.14%; -7.61% is its 7d change',
      },
      {
        find: '+0,58 %',
        label: 'contradicted',
        note: 'SHIB fell 0.58% over 24h; sign flipped',
      },
      {
        find: '+3,40 %',
        label: 'supported',
      },
      {
        find: '+4,83 %',
        label: 'supported',
      },
      {
        find: '37,2',
        label: 'supported',
      },
      {
        find: '58,4',
        label: 'supported',
      },
      {
        find: '1,63 %',
        label: 'supported',
      },
      {
        find: '11,93 %',
        label: 'contradicted',
        note: 'ARB 24h change is -1.93%',
      },
      {
        find: '0,3124',
        label: 'supported',
      },
      {
        find: '2,41 %',
        label: 'supported',
      },
      {
        find: '0,4617',
        label: 'supported',
      },
      {
        find: '3,12 %',
        label: 'contradicted',
        note: 'POL 24h change is +0.31%',
      },
      {
        find: '2@7',
        label: 'ignored',
      },
      {
        find: '0,74 %',
        label: 'supported',
      },
      {
        find: '15,81',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-sc-09',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Leaders and laggards\nBest sector: gaming at 6,12 %. Worst sector: memes at 1,82 %. Best single token: VIRTUAL with 14,27 %. Worst single token: OP at −2,41 %.\n\nOver the month the picture is the reverse: AI is down 7,12 % in 30 days, memes 6,89 %, and only Layer 1 is positive at +9,76 %. Analysts at a Zurich bank expect AI to add another 20 % in December.',
    numbers: [
      {
        find: '6,12 %',
        label: 'contradicted',
        note: 'gaming +6.12% was second; AI (+9.20%) was the best sector',
      },
      {
        find: '1,82 %',
        label: 'contradicted',
        note: 'memes was not the worst; L2 (-0.44%) was the worst sector',
      },
      {
        find: '14,27 %',
        label: 'supported',
      },
      {
        find: '−2,41 %',
        label: 'supported',
      },
      {
        find: '7,12 %',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '6,89 %',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '+9,76 %',
        label: 'supported',
      },
      {
        find: '20 %',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-sc-10',
    voice: 'sector-comma',
    style: 'sector',
    text: "Layer 1 details: Avalanche +6,27 % to 19,84 USD; Polkadot −11,13 % to 3,318 USD; Cardano +3,92 % to 0,5873 USD; Sui +7,14 % to 2,8412 USD; XRP +3,29 % to 2,4817 USD; NEAR +8,93 % to 2,906 USD; Polkadot's market cap 5,42 bn USD.\n\nAvalanche was also the best performer of the sector, with 15,64 %. The difference between NEAR and BNB was 7,05 points.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+6,27 %',
        label: 'supported',
      },
      {
        find: '19,84',
        label: 'supported',
      },
      {
        find: '−11,13 %',
        label: 'contradicted',
        note: 'DOT rose 4.48% over 24h; -11.13% is its 30d change',
      },
      {
        find: '3,318',
        label: 'supported',
      },
      {
        find: '+3,92 %',
        label: 'supported',
      },
      {
        find: '0,5873',
        label: 'supported',
      },
      {
        find: '+7,14 %',
        label: 'supported',
      },
      {
        find: '2,8412',
        label: 'contradicted',
        note: 'SUI price is 2.5412 USD',
      },
      {
        find: '+3,29 %',
        label: 'contradicted',
        note: 'XRP 24h change is +2.16%; 3.29% is 7d',
      },
      {
        find: '2,4817',
        label: 'supported',
      },
      {
        find: '+8,93 %',
        label: 'supported',
      },
      {
        find: '2,906',
        label: 'supported',
      },
      {
        find: '5,42',
        label: 'supported',
      },
      {
        find: '15,64 %',
        label: 'contradicted',
        note: "AVAX was not the best L1 over 24h (NEAR +8.93%); 15.64% is AVAX's 7d change",
      },
      {
        find: '7,05',
        label: 'unsupported',
        note: 'derived: gap between two members',
      },
    ],
  },
  {
    id: 'A-sc-11',
    voice: 'sector-comma',
    style: 'sector',
    text: "Sector-Bericht, kurz\nLayer 1: +8,96 %, market cap 3.214 bn USD.\nAI: +9,2 %, but CoinGecko's AI category volume of 37,4 bn USD was thin.\nGaming: +9,81 %.\nDePIN: +5,12 % by CoinGecko category, +6,41 % on our list.\nMemes: −1,82 %.\nLayer 2: −0,74 % by category.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+8,96 %',
        label: 'contradicted',
        note: 'L1 24h change is +3.86%; 8.96% is the 7d change',
      },
      {
        find: '3.214',
        label: 'contradicted',
        note: 'L1 watchlist cap is 3,162 bn USD; 3,214 bn is the CoinGecko category cap',
      },
      {
        find: '+9,2 %',
        label: 'supported',
      },
      {
        find: '37,4',
        label: 'contradicted',
        note: 'AI category 24h volume is 3.74 bn USD',
      },
      {
        find: '+9,81 %',
        label: 'contradicted',
        note: 'gaming sector 24h is +6.12%; 9.81% is GALA alone',
      },
      {
        find: '+5,12 %',
        label: 'supported',
      },
      {
        find: '+6,41 %',
        label: 'contradicted',
        note: 'DePIN watchlist 24h change is +5.41%',
      },
      {
        find: '−1,82 %',
        label: 'contradicted',
        note: 'memes sector rose 1.82%; sign flipped',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '−0,74 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-sc-12',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Breadth: 29 of 30 tokens rose, only ARB was negative. In AI, 6 of 7 gained. In DePIN two of the four names fell.\n\nHelium, which Coindesk said added roughly 1 %, in fact rose 1,24 %; Filecoin, which The Block said gained 3 %, rose 3,10 %. Avalanche rose 16 % according to CryptoSlate, which actually wrote 6 %.',
    numbers: [
      {
        find: '29',
        label: 'contradicted',
        note: '27 of 30 watchlist assets rose',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '6@1',
        label: 'contradicted',
        note: 'all 7 AI members rose over 24h',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'contradicted',
        note: 'all 4 DePIN members rose over 24h',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '1 %',
        label: 'supported',
      },
      {
        find: '1,24 %',
        label: 'supported',
      },
      {
        find: '3 %',
        label: 'supported',
      },
      {
        find: '3,10 %',
        label: 'supported',
      },
      {
        find: '16 %',
        label: 'contradicted',
        note: 'AVAX 24h change is +6.27%',
      },
      {
        find: '6 %@2',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'A-sc-13',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Sector market values (watchlist sums)\nLayer 1 3.162,1 bn USD, memes 27,8 bn USD, AI 13,6 bn USD, DePIN 3,81 bn USD, gaming 2,44 bn USD, Layer 2 15,6 bn USD.\nChanges on the day: AI +1,15 bn, gaming +0,41 bn, memes −0,66 bn, L1 +117 bn.\nThe memes-to-AI ratio is now 2,7 to one. Previous cycle record for AI: 38 bn USD in January.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3.162,1',
        label: 'supported',
      },
      {
        find: '27,8',
        label: 'contradicted',
        note: 'memes watchlist cap is 37.2 bn USD; 27.8 bn is DOGE alone',
      },
      {
        find: '13,6',
        label: 'supported',
      },
      {
        find: '3,81',
        label: 'supported',
      },
      {
        find: '2,44',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '15,6',
        label: 'contradicted',
        note: 'L2 watchlist cap is 5.61 bn USD',
      },
      {
        find: '+1,15',
        label: 'supported',
      },
      {
        find: '+0,41',
        label: 'contradicted',
        note: 'gaming cap change over 24h is +0.14 bn USD',
      },
      {
        find: '−0,66',
        label: 'contradicted',
        note: 'memes cap rose 0.66 bn over 24h; sign flipped',
      },
      {
        find: '1@10',
        label: 'ignored',
      },
      {
        find: '+117',
        label: 'supported',
      },
      {
        find: '2,7',
        label: 'unsupported',
        note: 'derived ratio, no fact',
      },
      {
        find: 'one',
        label: 'ignored',
      },
      {
        find: '38',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
];
