import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-sc-01',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Sektorbericht: Der KI-Sektor (AI) führte mit einem Plus von 9,20 %, alle sieben Werte stiegen. Gaming folgte mit 6,12 %, DePIN mit 5,41 %. Layer 1 legte 3,86 % zu, Memes 1,82 %. Layer 2 verlor 0,44 %.',
    numbers: [
      {
        find: '9,20 %',
        label: 'supported',
      },
      {
        find: 'sieben',
        label: 'supported',
      },
      {
        find: '6,12 %',
        label: 'supported',
      },
      {
        find: '5,41 %',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '3,86 %',
        label: 'supported',
      },
      {
        find: '1,82 %',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '0,44 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-02',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI sector: +9,2 %. Best member Virtuals Protocol +14,27 %, worst The Graph +6,38 %. Sector market cap 13,64 Mrd. $, a gain of 1,15 Mrd. $ in one day. Over 30 days the sector is still down 17,1 %.',
    numbers: [
      {
        find: '9,2 %',
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
        find: '13,64 Mrd. $',
        label: 'supported',
      },
      {
        find: '1,15 Mrd. $',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '17,1 %',
        label: 'contradicted',
        note: 'AI 30d -7.12%',
      },
    ],
  },
  {
    id: 'C-sc-03',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 1: the sector rose 3,86 %, with 10 advancers and 0 decliners. NEAR led with 8,93 %, BNB trailed with 1,04 %. Sector capitalisation: 3.162,1 Mrd. $.',
    numbers: [
      {
        find: 'Layer 1',
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
        find: '1,04 %',
        label: 'contradicted',
        note: 'BNB 24h +1.88%; 1.04% is 7d',
      },
      {
        find: '3.162,1 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-04',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2 was the only sector to end lower, down 0,44 %. Optimism lost 2,41 % and Arbitrum 1,93 %; Immutable (+2,60 %) and Polygon (+0,31 %) rose. Sector market cap: 5,61 Mrd. $.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '0,44 %',
        label: 'supported',
      },
      {
        find: '2,41 %',
        label: 'supported',
      },
      {
        find: '1,93 %',
        label: 'supported',
      },
      {
        find: '+2,60 %',
        label: 'supported',
      },
      {
        find: '+0,31 %',
        label: 'supported',
      },
      {
        find: '5,61 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-05',
    voice: 'sector-comma',
    style: 'sector',
    text: 'DePIN gained 5,41 %. Render led at +9,46 %, Helium lagged at +1,24 %. IoTeX rose 5,83 % and Filecoin 3,10 %. Market cap of the group: 3,81 Mrd. $.',
    numbers: [
      {
        find: '5,41 %',
        label: 'supported',
      },
      {
        find: '+9,46 %',
        label: 'supported',
      },
      {
        find: '+1,24 %',
        label: 'supported',
      },
      {
        find: '5,83 %',
        label: 'supported',
      },
      {
        find: '3,10 %',
        label: 'supported',
      },
      {
        find: '3,81 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-06',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming: +6,12 %, 4 of 4 up. Gala +9,81 %, Axie +8,92 %, Sandbox +7,64 %, Immutable +2,60 %. Market cap 2,44 Mrd. $, up 140,6 Mio. $.',
    numbers: [
      {
        find: '+6,12 %',
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
        find: '+9,81 %',
        label: 'supported',
      },
      {
        find: '+8,92 %',
        label: 'supported',
      },
      {
        find: '+7,64 %',
        label: 'supported',
      },
      {
        find: '+2,60 %',
        label: 'supported',
      },
      {
        find: '2,44 Mrd. $',
        label: 'supported',
      },
      {
        find: '140,6 Mio. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-07',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Memes: +1,82 %. Dogwifhat +4,83 %, Pepe +3,40 %, Dogecoin +2,14 %, Shiba Inu −0,58 %. Sector cap 37,2 Mrd. $.',
    numbers: [
      {
        find: '+1,82 %',
        label: 'supported',
      },
      {
        find: '+4,83 %',
        label: 'supported',
      },
      {
        find: '+3,40 %',
        label: 'supported',
      },
      {
        find: '+2,14 %',
        label: 'supported',
      },
      {
        find: '−0,58 %',
        label: 'supported',
      },
      {
        find: '37,2 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-08',
    voice: 'sector-comma',
    style: 'sector',
    text: "Récapitulatif sectoriel : l'IA a progressé de 12,4 %, devant le gaming à 8,35 %. Le DePIN a reculé de 4,93 %. Les memes ont gagné 6,86 %.",
    numbers: [
      {
        find: '12,4 %',
        label: 'contradicted',
        note: 'AI 24h +9.2%',
      },
      {
        find: '8,35 %',
        label: 'contradicted',
        note: 'gaming 24h +6.12%; 8.35% is 7d',
      },
      {
        find: '4,93 %',
        label: 'contradicted',
        note: 'DePIN 24h +5.41%; -4.93% is 7d',
      },
      {
        find: '6,86 %',
        label: 'contradicted',
        note: 'memes 24h +1.82%',
      },
    ],
  },
  {
    id: 'C-sc-09',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Best sector: Gaming, +6,12 %. Worst sector: Memes, +1,82 %.',
    numbers: [
      {
        find: '+6,12 %',
        label: 'contradicted',
        note: 'gaming second; AI +9.2% best',
      },
      {
        find: '+1,82 %',
        label: 'contradicted',
        note: 'worst was L2 -0.44%; memes 1.82% not worst',
      },
    ],
  },
  {
    id: 'C-sc-10',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 1: +3,86 %. Layer 2: +0,44 %. AI: +9,20 %. DePIN: +5,41 %. Gaming: +6,12 %. Memes: −1,82 %.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+3,86 %',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+0,44 %',
        label: 'contradicted',
        note: 'L2 24h -0.44%; sign flipped',
      },
      {
        find: '+9,20 %',
        label: 'supported',
      },
      {
        find: '+5,41 %',
        label: 'supported',
      },
      {
        find: '+6,12 %',
        label: 'supported',
      },
      {
        find: '−1,82 %',
        label: 'contradicted',
        note: 'memes 24h +1.82%; sign flipped',
      },
    ],
  },
  {
    id: 'C-sc-11',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Resumen por sectores: la capa 1 subió un 3,9 %, con diez de diez tokens al alza. La capa 2 cayó un 2,4 %, con dos subidas y dos caídas. El sector de IA ganó un 9,2 % y el de gaming un 6,1 %.',
    numbers: [
      {
        find: 'capa 1',
        label: 'ignored',
      },
      {
        find: '3,9 %',
        label: 'supported',
      },
      {
        find: 'diez@1',
        label: 'supported',
      },
      {
        find: 'diez@2',
        label: 'supported',
      },
      {
        find: 'capa 2',
        label: 'ignored',
      },
      {
        find: '2,4 %',
        label: 'contradicted',
        note: 'L2 -0.44%; -2.4% is OP',
      },
      {
        find: 'dos@1',
        label: 'supported',
      },
      {
        find: 'dos@2',
        label: 'supported',
      },
      {
        find: '9,2 %',
        label: 'supported',
      },
      {
        find: '6,1 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-12',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI: 7 advancers, 0 decliners. DePIN: 4/0. Gaming: 4/0. Memes: 2/2. Layer 2: 2/2. Layer 1: 10/0.',
    numbers: [
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '0@1',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '0@2',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '0@3',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'contradicted',
        note: 'memes 3 up',
      },
      {
        find: '2@2',
        label: 'contradicted',
        note: 'memes 1 down',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '2@4',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '0@5',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-13',
    voice: 'sector-comma',
    style: 'sector',
    text: "The Layer 1 sector's market cap rose by 117,4 Mrd. $ to 3.162 Mrd. $. The AI sector added 1,15 Mrd. $. DePIN added 195,6 Mio. $, Gaming 140,6 Mio. $, Memes 664,3 Mio. $. Layer 2 lost 24,8 Mio. $.",
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '117,4 Mrd. $',
        label: 'supported',
      },
      {
        find: '3.162 Mrd. $',
        label: 'supported',
      },
      {
        find: '1,15 Mrd. $',
        label: 'supported',
      },
      {
        find: '195,6 Mio. $',
        label: 'supported',
      },
      {
        find: '140,6 Mio. $',
        label: 'supported',
      },
      {
        find: '664,3 Mio. $',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '24,8 Mio. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-14',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Within AI: Virtuals +14,27 %, FET +11,84 %, Render +9,46 %, NEAR +8,93 %, Bittensor +8,71 %, Worldcoin +7,52 %, The Graph +16,38 %.',
    numbers: [
      {
        find: '+14,27 %',
        label: 'supported',
      },
      {
        find: '+11,84 %',
        label: 'supported',
      },
      {
        find: '+9,46 %',
        label: 'supported',
      },
      {
        find: '+8,93 %',
        label: 'supported',
      },
      {
        find: '+8,71 %',
        label: 'supported',
      },
      {
        find: '+7,52 %',
        label: 'supported',
      },
      {
        find: '+16,38 %',
        label: 'contradicted',
        note: 'GRT 24h +6.38%',
      },
    ],
  },
  {
    id: 'C-sc-15',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'L1 closes: BTC 112.486,30 $, ETH 3.987,42 $, SOL 171,36 $, XRP 2,4817 $, BNB 1.012,60 $, ADA 0,5873 $, AVAX 19,84 $, DOT 3,318 $, NEAR 2,906 $, SUI 2,5412 $.',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '112.486,30 $',
        label: 'supported',
      },
      {
        find: '3.987,42 $',
        label: 'supported',
      },
      {
        find: '171,36 $',
        label: 'supported',
      },
      {
        find: '2,4817 $',
        label: 'supported',
      },
      {
        find: '1.012,60 $',
        label: 'supported',
      },
      {
        find: '0,5873 $',
        label: 'supported',
      },
      {
        find: '19,84 $',
        label: 'supported',
      },
      {
        find: '3,318 $',
        label: 'supported',
      },
      {
        find: '2,906 $',
        label: 'supported',
      },
      {
        find: '2,5412 $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-16',
    voice: 'sector-comma',
    style: 'sector',
    text: 'L1 daily: BTC +3,84 %, ETH +4,62 %, SOL +5,41 %, XRP +2,16 %, BNB +1,88 %, ADA +7,98 %, AVAX +6,27 %, DOT +4,48 %, NEAR +10,98 %, SUI +7,14 %.',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+3,84 %',
        label: 'supported',
      },
      {
        find: '+4,62 %',
        label: 'supported',
      },
      {
        find: '+5,41 %',
        label: 'supported',
      },
      {
        find: '+2,16 %',
        label: 'supported',
      },
      {
        find: '+1,88 %',
        label: 'supported',
      },
      {
        find: '+7,98 %',
        label: 'contradicted',
        note: 'ADA 24h +3.92%; 7.98% is 7d',
      },
      {
        find: '+6,27 %',
        label: 'supported',
      },
      {
        find: '+4,48 %',
        label: 'supported',
      },
      {
        find: '+10,98 %',
        label: 'contradicted',
        note: 'NEAR 24h +8.93%; 10.98% is 7d',
      },
      {
        find: '+7,14 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-17',
    voice: 'sector-comma',
    style: 'sector',
    text: "Meme tokens were the day's weakest sector, +1,82 %, and Shiba Inu fell 5,24 %. Pepe traded at 0,0000067 $.",
    numbers: [
      {
        find: '+1,82 %',
        label: 'contradicted',
        note: 'weakest was L2 -0.44%',
      },
      {
        find: '5,24 %',
        label: 'contradicted',
        note: 'SHIB 24h -0.58%; -5.24% is 7d',
      },
      {
        find: '0,0000067 $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-18',
    voice: 'sector-comma',
    style: 'sector',
    text: "DePIN: IoTeX was the best performer at +5,83 %, Filecoin added 3,10 %. Helium rose 1,24 %. The group's cap rose by 95,6 Mio. $.",
    numbers: [
      {
        find: '+5,83 %',
        label: 'contradicted',
        note: 'RENDER +9.46% best in DePIN',
      },
      {
        find: '3,10 %',
        label: 'supported',
      },
      {
        find: '1,24 %',
        label: 'supported',
      },
      {
        find: '95,6 Mio. $',
        label: 'contradicted',
        note: 'DePIN cap change 24h $195.6M',
      },
    ],
  },
  {
    id: 'C-sc-19',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Settore gaming: Gala +9,81 %, Axie Infinity +8,92 %, The Sandbox +17,64 %, Immutable −2,60 %. Il settore ha guadagnato il 6,1 %.',
    numbers: [
      {
        find: '+9,81 %',
        label: 'supported',
      },
      {
        find: '+8,92 %',
        label: 'supported',
      },
      {
        find: '+17,64 %',
        label: 'contradicted',
        note: 'SAND 24h +7.64%',
      },
      {
        find: '−2,60 %',
        label: 'contradicted',
        note: 'IMX +2.60%; sign flipped',
      },
      {
        find: '6,1 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-20',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Sector market caps (CoinGecko category): Layer 1 3.214 Mrd. $, AI 24,12 Mrd. $, Memes 58,4 Mrd. $, Layer 2 15,81 Mrd. $, DePIN 11,93 Mrd. $, Gaming 9,61 Mrd. $.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '3.214 Mrd. $',
        label: 'supported',
      },
      {
        find: '24,12 Mrd. $',
        label: 'supported',
      },
      {
        find: '58,4 Mrd. $',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '15,81 Mrd. $',
        label: 'supported',
      },
      {
        find: '11,93 Mrd. $',
        label: 'supported',
      },
      {
        find: '9,61 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-21',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2 in detail: Polygon 0,1834 $, Immutable 0,5208 $, Arbitrum 0,3124 $, Optimism 0,5617 $. Unnamed sources expect Layer 2 to drop a further 5 %.',
    numbers: [
      {
        find: 'Layer 2@1',
        label: 'ignored',
      },
      {
        find: '0,1834 $',
        label: 'supported',
      },
      {
        find: '0,5208 $',
        label: 'supported',
      },
      {
        find: '0,3124 $',
        label: 'supported',
      },
      {
        find: '0,5617 $',
        label: 'contradicted',
        note: 'OP $0.4617',
      },
      {
        find: 'Layer 2@2',
        label: 'ignored',
      },
      {
        find: '5 %',
        label: 'unsupported',
        note: 'forecast, no named source',
      },
    ],
  },
  {
    id: 'C-sc-22',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI sector analysts expect another 20 % rise by year end. The sector has fallen 7,12 % over 30 days; the worst over the month was Virtuals at −22,45 %.',
    numbers: [
      {
        find: '20 %',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '7,12 %',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '−22,45 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-23',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Sektoren im Überblick: KI +3,58 %, Gaming +8,35 %, Layer 1 +8,96 %, DePIN −4,93 %, Memes −6,86 %, Layer 2 +5,44 %.',
    numbers: [
      {
        find: '+3,58 %',
        label: 'contradicted',
        note: 'AI 24h +9.2%; 3.58% is 7d',
      },
      {
        find: '+8,35 %',
        label: 'contradicted',
        note: 'gaming 24h +6.12%; 8.35% is 7d',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+8,96 %',
        label: 'contradicted',
        note: 'L1 24h +3.86%; 8.96% is 7d',
      },
      {
        find: '−4,93 %',
        label: 'contradicted',
        note: 'DePIN 24h +5.41%; -4.93% is 7d',
      },
      {
        find: '−6,86 %',
        label: 'contradicted',
        note: 'memes 24h +1.82%; -6.86% is 7d',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+5,44 %',
        label: 'contradicted',
        note: 'L2 24h -0.44%; 5.44% is 7d',
      },
    ],
  },
  {
    id: 'C-sc-24',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Marktkapitalisierung der Sektoren: KI 31,6 Mrd. $, Gaming 4,2 Mrd. $, DePIN 3,81 Mrd. $, Memes 73,2 Mrd. $, Layer 2 6,51 Mrd. $.',
    numbers: [
      {
        find: '31,6 Mrd. $',
        label: 'contradicted',
        note: 'AI cap $13.64B',
      },
      {
        find: '4,2 Mrd. $',
        label: 'contradicted',
        note: 'gaming cap $2.44B',
      },
      {
        find: '3,81 Mrd. $',
        label: 'supported',
      },
      {
        find: '73,2 Mrd. $',
        label: 'contradicted',
        note: 'memes cap $37.2B',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '6,51 Mrd. $',
        label: 'contradicted',
        note: 'L2 cap $5.61B',
      },
    ],
  },
  {
    id: 'C-sc-25',
    voice: 'sector-comma',
    style: 'sector',
    text: "Le meilleur secteur du jour : les memes, à +1,82 %. Le plus faible : l'IA, à +9,20 %. Le DePIN compte 3 hausses et 1 baisse.",
    numbers: [
      {
        find: '+1,82 %',
        label: 'contradicted',
        note: 'best sector AI +9.2%',
      },
      {
        find: '+9,20 %',
        label: 'contradicted',
        note: 'AI was strongest, not weakest',
      },
      {
        find: '3',
        label: 'contradicted',
        note: 'DePIN 4 up',
      },
      {
        find: '1@2',
        label: 'contradicted',
        note: 'DePIN 0 down',
      },
    ],
  },
  {
    id: 'C-sc-26',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming: Gala war der schwächste Wert mit +9,81 %, Immutable der stärkste mit +2,60 %. Der Sektor dürfte bis Jahresende 25 % zulegen.',
    numbers: [
      {
        find: '+9,81 %',
        label: 'contradicted',
        note: 'GALA was best in gaming; IMX worst',
      },
      {
        find: '+2,60 %',
        label: 'contradicted',
        note: 'IMX was worst in gaming',
      },
      {
        find: '25 %',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-sc-27',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 1: BTC +11,46 %, ETH +10,22 %, SOL +3,57 %, XRP −1,61 %, DOT −11,13 %. Capitalisation du secteur : 2.902 Mrd. $. Meilleur membre : AVAX +15,64 %. Plus faible : DOT +4,48 %.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+11,46 %',
        label: 'contradicted',
        note: 'BTC 24h +3.84%; 11.46% is 30d',
      },
      {
        find: '+10,22 %',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; 10.22% is 30d',
      },
      {
        find: '+3,57 %',
        label: 'contradicted',
        note: 'SOL 24h +5.41%; 3.57% is 30d',
      },
      {
        find: '−1,61 %',
        label: 'contradicted',
        note: 'XRP 24h +2.16%; -1.61% is 30d',
      },
      {
        find: '−11,13 %',
        label: 'contradicted',
        note: 'DOT 24h +4.48%; -11.13% is 30d',
      },
      {
        find: '2.902 Mrd. $',
        label: 'contradicted',
        note: 'L1 cap $3,162B; 2,902B was 7d ago',
      },
      {
        find: '+15,64 %',
        label: 'contradicted',
        note: 'best 24h NEAR; AVAX 24h +6.27%',
      },
      {
        find: '+4,48 %',
        label: 'contradicted',
        note: 'worst was BNB +1.88%',
      },
    ],
  },
  {
    id: 'C-sc-28',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Wochenbilanz der Sektoren: Layer 1 +8,96 % (10 von 10 im Plus), Gaming +8,35 %, Layer 2 +5,44 %, KI +3,58 %, DePIN −4,93 %, Memes −6,86 %. Bester Wert der Woche in Layer 1: Avalanche mit +15,64 %; schwächster: BNB mit +1,04 %.',
    numbers: [
      {
        find: 'Layer 1@1',
        label: 'ignored',
      },
      {
        find: '+8,96 %',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: '+8,35 %',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+5,44 %',
        label: 'supported',
      },
      {
        find: '+3,58 %',
        label: 'supported',
      },
      {
        find: '−4,93 %',
        label: 'supported',
      },
      {
        find: '−6,86 %',
        label: 'supported',
      },
      {
        find: 'Layer 1@2',
        label: 'ignored',
      },
      {
        find: '+15,64 %',
        label: 'supported',
      },
      {
        find: '+1,04 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-29',
    voice: 'sector-comma',
    style: 'weekly',
    text: "Bilan hebdomadaire : l'IA gagne 9,20 %, avec 7 hausses. Le gaming progresse de 8,35 %, mené par Immutable (+13,15 %). Les memes reculent de 6,86 % ; le pire est Dogecoin (−7,61 %). Le DePIN recule de 4,93 %, avec 2 hausses et 2 baisses ; Filecoin chute de 3,10 %.",
    numbers: [
      {
        find: '9,20 %',
        label: 'contradicted',
        note: 'AI 7d +3.58%; 9.2% is 24h',
      },
      {
        find: '7@1',
        label: 'contradicted',
        note: 'AI 7d 6 up',
      },
      {
        find: '8,35 %',
        label: 'supported',
      },
      {
        find: '+13,15 %',
        label: 'supported',
      },
      {
        find: '6,86 %',
        label: 'supported',
      },
      {
        find: '−7,61 %',
        label: 'supported',
      },
      {
        find: '4,93 %',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'supported',
      },
      {
        find: '3,10 %',
        label: 'contradicted',
        note: 'FIL 7d -11.51%; +3.1% is 24h',
      },
    ],
  },
  {
    id: 'C-sc-30',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Settimana dei settori: Layer 2 +5,44 % con Immutable +13,15 % e Polygon +0,02 %; Arbitrum +6,95 %, Optimism +6,65 %. Memes −6,86 %: Shiba Inu −5,24 %, Pepe −3,60 %, dogwifhat +4,83 %.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+5,44 %',
        label: 'supported',
      },
      {
        find: '+13,15 %',
        label: 'supported',
      },
      {
        find: '+0,02 %',
        label: 'supported',
      },
      {
        find: '+6,95 %',
        label: 'supported',
      },
      {
        find: '+6,65 %',
        label: 'supported',
      },
      {
        find: '−6,86 %',
        label: 'supported',
      },
      {
        find: '−5,24 %',
        label: 'supported',
      },
      {
        find: '−3,60 %',
        label: 'supported',
      },
      {
        find: '+4,83 %',
        label: 'contradicted',
        note: 'WIF 7d -1.83%; 4.83% is 24h',
      },
    ],
  },
  {
    id: 'C-sc-31',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Capitalización semanal: la capa 1 sumó 259,9 Mrd. $; los memes perdieron 2,74 Mrd. $; el DePIN perdió 197,6 Mio. $; el gaming ganó 187,9 Mio. $; la IA ganó 4,71 Mrd. $.',
    numbers: [
      {
        find: 'capa 1',
        label: 'ignored',
      },
      {
        find: '259,9 Mrd. $',
        label: 'supported',
      },
      {
        find: '2,74 Mrd. $',
        label: 'supported',
      },
      {
        find: '197,6 Mio. $',
        label: 'supported',
      },
      {
        find: '187,9 Mio. $',
        label: 'supported',
      },
      {
        find: '4,71 Mrd. $',
        label: 'contradicted',
        note: 'AI cap change 7d $471.5M; decimal slip',
      },
    ],
  },
  {
    id: 'C-sc-32',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Wochenbilanz DePIN: −4,93 %; IoTeX +2,97 %, Render +2,19 %, Helium +6,21 %, Filecoin −1,15 %. KI: +3,58 %, bester Wert NEAR +1,98 %.',
    numbers: [
      {
        find: '−4,93 %',
        label: 'supported',
      },
      {
        find: '+2,97 %',
        label: 'supported',
      },
      {
        find: '+2,19 %',
        label: 'supported',
      },
      {
        find: '+6,21 %',
        label: 'contradicted',
        note: 'HNT 7d -6.21%; sign flipped',
      },
      {
        find: '−1,15 %',
        label: 'contradicted',
        note: 'FIL 7d -11.51%; decimal slip',
      },
      {
        find: '+3,58 %',
        label: 'supported',
      },
      {
        find: '+1,98 %',
        label: 'contradicted',
        note: 'NEAR 7d +10.98%',
      },
    ],
  },
  {
    id: 'C-sc-33',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Gaming-Woche: Sektor +8,35 %, 4 von 4 im Plus. Sandbox +7,34 %, Gala +9,81 %, Axie +8,92 %.',
    numbers: [
      {
        find: '+8,35 %',
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
        find: '+7,34 %',
        label: 'supported',
      },
      {
        find: '+9,81 %',
        label: 'contradicted',
        note: 'GALA 7d +5.07%; 9.81% is 24h',
      },
      {
        find: '+8,92 %',
        label: 'contradicted',
        note: 'AXS 7d +1.07%; 8.92% is 24h',
      },
    ],
  },
  {
    id: 'C-sc-34',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Laut CoinDesk flossen am Mittwoch 612 Mio. $ in US-Spot-Bitcoin-ETFs (Daten: Farside Investors). Der KI-Sektor stieg um 9,2 %.',
    numbers: [
      {
        find: '612 Mio. $',
        label: 'supported-by-source',
      },
      {
        find: '9,2 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-sc-35',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Memes: Pepe +13,40 %, Dogecoin +2,14 %. Layer 2: Arbitrum +1,93 %.',
    numbers: [
      {
        find: '+13,40 %',
        label: 'contradicted',
        note: 'PEPE 24h +3.40%',
      },
      {
        find: '+2,14 %',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+1,93 %',
        label: 'contradicted',
        note: 'ARB 24h -1.93%; sign flipped',
      },
    ],
  },
];
