import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-ed-01',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin  rose 3.8 % to $ 112,486 on Thursday , its highest in a month. Ether added 4,6% to $3 897 and Solana gained 8.3 per cent.\n\nThe total market value rose 3.7pc to $3.62 trillon, with 27 of 30 assets higher.',
    numbers: [
      {
        find: '3.8 %',
        label: 'supported',
      },
      {
        find: '$ 112,486',
        label: 'supported',
      },
      {
        find: '4,6%',
        label: 'supported',
      },
      {
        find: '$3 897',
        label: 'contradicted',
        note: 'ETH price is $3,987.42 (digits transposed)',
      },
      {
        find: '8.3 per cent',
        label: 'contradicted',
        note: 'SOL 24h change is +5.41%; 8.29% is 7d',
      },
      {
        find: '3.7pc',
        label: 'supported',
      },
      {
        find: '$3.62 trillon',
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
    ],
  },
  {
    id: 'A-ed-02',
    voice: 'edited',
    style: 'daily',
    text: "Bitcoin (BTC) traded at 112 486 dollars, up 3.84 %; its 24 h high was $112 511 and low $108 050. Ether's low was $3 890 and its high $3 998.\n\nThe market cap stood at $3 618 billion, up 3.71 %.",
    numbers: [
      {
        find: '112 486',
        label: 'supported',
      },
      {
        find: '3.84 %',
        label: 'supported',
      },
      {
        find: '24 h',
        label: 'ignored',
      },
      {
        find: '$112 511',
        label: 'supported',
      },
      {
        find: '$108 050',
        label: 'supported',
      },
      {
        find: '$3 890',
        label: 'contradicted',
        note: 'ETH 24h low is $3,809.12',
      },
      {
        find: '$3 998',
        label: 'supported',
      },
      {
        find: '$3 618 billion',
        label: 'supported',
      },
      {
        find: '3.71 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-ed-03',
    voice: 'edited',
    style: 'daily',
    text: 'Laggards: HNT−6.9%, ARB−1.9%, OP−2.4%, SHIB−0.6%, POL−3.1%.\n\nLeaders: VIRTUAL+14.3%, FET+11.8%, GALA+9.8%, RENDER+9.5%, NEAR+19.9%.',
    numbers: [
      {
        find: '−6.9%',
        label: 'contradicted',
        note: 'HNT rose +1.24% over 24h',
      },
      {
        find: '−1.9%',
        label: 'supported',
      },
      {
        find: '−2.4%',
        label: 'supported',
      },
      {
        find: '−0.6%',
        label: 'supported',
      },
      {
        find: '−3.1%',
        label: 'contradicted',
        note: 'POL rose +0.31% over 24h',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+19.9%',
        label: 'contradicted',
        note: 'NEAR 24h change is +8.93%',
      },
    ],
  },
  {
    id: 'A-ed-04',
    voice: 'edited',
    style: 'daily',
    text: 'The Layer 2 sector fell −0.44% as Optimism dropped −2.41 %. Memes rose 1.82% and Shiba Inu slipped −0,58%. Polygon moved −0.31%.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '−0.44%',
        label: 'supported',
      },
      {
        find: '−2.41 %',
        label: 'supported',
      },
      {
        find: '1.82%',
        label: 'supported',
      },
      {
        find: '−0,58%',
        label: 'supported',
      },
      {
        find: '−0.31%',
        label: 'contradicted',
        note: 'POL rose +0.31%; sign flipped',
      },
    ],
  },
  {
    id: 'A-ed-05',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin rose ３．８４％ to ＄１１２，４８６. Ether gained ４．３３％. The AI sector jumped ９．２％ while memes added ６．９％.',
    numbers: [
      {
        find: '３．８４％',
        label: 'supported',
      },
      {
        find: '＄１１２，４８６',
        label: 'supported',
      },
      {
        find: '４．３３％',
        label: 'contradicted',
        note: 'ETH 24h change is +4.62%; 4.33% is 7d',
      },
      {
        find: '９．２％',
        label: 'supported',
      },
      {
        find: '６．９％',
        label: 'contradicted',
        note: 'memes sector 24h change is +1.82%',
      },
    ],
  },
  {
    id: 'A-ed-06',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin is up 𝟑.𝟖% at $𝟏𝟏𝟐,𝟒𝟖𝟔. Solana rose 𝟓.𝟒% and XRP 𝟐𝟐%.',
    numbers: [
      {
        find: '𝟑.𝟖%',
        label: 'supported',
      },
      {
        find: '$𝟏𝟏𝟐,𝟒𝟖𝟔',
        label: 'supported',
      },
      {
        find: '𝟓.𝟒%',
        label: 'supported',
      },
      {
        find: '𝟐𝟐%',
        label: 'contradicted',
        note: 'XRP 24h change is +2.16%',
      },
    ],
  },
  {
    id: 'A-ed-07',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin climbed &#51;&#46;&#56;% to $&#49;&#49;&#50;,&#52;&#56;&#54;. Dogecoin rose &#53;&#48;% and Ether &#x34;&#x2e;&#x36;%.',
    numbers: [
      {
        find: '&#51;&#46;&#56;%',
        label: 'supported',
      },
      {
        find: '$&#49;&#49;&#50;,&#52;&#56;&#54;',
        label: 'supported',
      },
      {
        find: '&#53;&#48;%',
        label: 'contradicted',
        note: 'DOGE 24h change is +2.14%',
      },
      {
        find: '&#x34;&#x2e;&#x36;%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-ed-08',
    voice: 'edited',
    style: 'daily',
    text: "In exponent terms, BTC trades at $1.12e5, ETH at $3.99e3, and SHIB at $1.03e-4. PEPE sits at $6.7e-6. Bitcoin's day gain: 5e1%. Total cap: 3.618e12 USD.",
    numbers: [
      {
        find: '$1.12e5',
        label: 'supported',
      },
      {
        find: '$3.99e3',
        label: 'supported',
      },
      {
        find: '$1.03e-4',
        label: 'contradicted',
        note: 'SHIB price is $1.03e-5',
      },
      {
        find: '$6.7e-6',
        label: 'supported',
      },
      {
        find: '5e1%',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%, not 50%',
      },
      {
        find: '3.618e12',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-ed-09',
    voice: 'edited',
    style: 'daily',
    text: 'Arabic desk figure: Bitcoin rose ٣٫٨٪ while Ether gained ٤٫٦٪. Total market cap up ٩٫٧٪.',
    numbers: [
      {
        find: '٣٫٨٪',
        label: 'supported',
      },
      {
        find: '٤٫٦٪',
        label: 'supported',
      },
      {
        find: '٩٫٧٪',
        label: 'contradicted',
        note: 'total market cap 24h change is +3.71%',
      },
    ],
  },
  {
    id: 'A-ed-10',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin rose 3.84% to $112,486, Ether 4.62% to $3,987.42 and Solana 5.41 % to $ 171.36. XRP rose12.16%to $2.4817. BNB rose 1.88 % to $1 012.60. Cardano rose 3.29% to $0.5873.',
    numbers: [
      {
        find: '3.84%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.62%',
        label: 'supported',
      },
      {
        find: '$3,987.42',
        label: 'supported',
      },
      {
        find: '5.41 %',
        label: 'supported',
      },
      {
        find: '$ 171.36',
        label: 'supported',
      },
      {
        find: '12.16%',
        label: 'contradicted',
        note: 'XRP 24h change is +2.16%',
      },
      {
        find: '$2.4817',
        label: 'supported',
      },
      {
        find: '1.88 %',
        label: 'supported',
      },
      {
        find: '$1 012.60',
        label: 'supported',
      },
      {
        find: '3.29%',
        label: 'contradicted',
        note: 'ADA 24h change is +3.92% (digits transposed)',
      },
      {
        find: '$0.5873',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-ed-11',
    voice: 'edited',
    style: 'daily',
    text: 'Open intrest rose 5.08% to $19.11bn. BTC OI: $9.84 bn (+ 6.2%). ETH OI: $9.51bn (+7.8 %). SOL OI: $1.63bn (+3.4%). Funding on BTC: 0,0081%; on ETH: 0.0094 %; on SOL: minus 0.0027%; on DOGE: -0,0058 %; on XRP: 0.036%.',
    numbers: [
      {
        find: '5.08%',
        label: 'supported',
      },
      {
        find: '$19.11bn',
        label: 'supported',
      },
      {
        find: '$9.84 bn',
        label: 'supported',
      },
      {
        find: '+ 6.2%',
        label: 'supported',
      },
      {
        find: '$9.51bn',
        label: 'contradicted',
        note: 'ETH OI is $5.91B',
      },
      {
        find: '+7.8 %',
        label: 'supported',
      },
      {
        find: '$1.63bn',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'contradicted',
        note: 'SOL OI fell 3.4% over 24h; sign flipped',
      },
      {
        find: '0,0081%',
        label: 'supported',
      },
      {
        find: '0.0094 %',
        label: 'supported',
      },
      {
        find: 'minus 0.0027%',
        label: 'supported',
      },
      {
        find: '-0,0058 %',
        label: 'supported',
      },
      {
        find: '0.036%',
        label: 'contradicted',
        note: 'XRP funding is 0.0036% per 8h',
      },
    ],
  },
  {
    id: 'A-ed-12',
    voice: 'edited',
    style: 'sector',
    text: 'AI tokens jumped 9.2%; gaming 6.1%; DePIN 5.4%; Layer 1 3.9%; memes 1.8%; Layer 2 −0.4%. The best sector, AI, added $1.15 bn; Layer 1 added $171.4bn.\n\nUpdate: gaming has since extended gains to 16.1%.',
    numbers: [
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '6.1%@1',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '−0.4%',
        label: 'supported',
      },
      {
        find: '$1.15 bn',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '$171.4bn',
        label: 'contradicted',
        note: 'L1 cap rose $117.4bn over 24h',
      },
      {
        find: '16.1%',
        label: 'contradicted',
        note: 'gaming sector 24h change is +6.12%',
      },
    ],
  },
  {
    id: 'A-ed-13',
    voice: 'edited',
    style: 'daily',
    text: "Biticoin's dominace was 62.1 %. Trading volumen: $1642 bn. Twenty‑seven of thirty tokens rose (27/30); 3 fell.\n\nBTC' s 7-day volatility: 33.9 %; 30-day: 92.0%.",
    numbers: [
      {
        find: '62.1 %',
        label: 'supported',
      },
      {
        find: '$1642 bn',
        label: 'contradicted',
        note: 'total 24h volume is $164.2 bn',
      },
      {
        find: 'Twenty‑seven',
        label: 'supported',
      },
      {
        find: 'thirty',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '33.9 %',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '92.0%',
        label: 'contradicted',
        note: 'BTC 30d realized volatility is 29.0%',
      },
    ],
  },
  {
    id: 'A-ed-14',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin rose 3.8% to $112,486 (from $108,330 a day earlier) and has now gained $4,436 since yesterday. Its 30-day high was $111, 308 and low $97, 150.',
    numbers: [
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '$108,330',
        label: 'unsupported',
        note: 'derived: implied prior price, no fact',
      },
      {
        find: '$4,436',
        label: 'unsupported',
        note: 'derived: dollar change, no fact',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111, 308',
        label: 'supported',
      },
      {
        find: '$97, 150',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-ed-15',
    voice: 'edited',
    style: 'daily',
    text: 'Price table (as filed):\nBTC  112.486,30 USD   +3,84%\nETH  3.987,42 USD   +4,62%\nSOL  171,36 USD     +5,41%\nAVAX 19,84 USD      +15,64%\nDOT  3,318 USD      +4,48%\nNEAR 2,906 USD      +8,93%\nSUI  2,5412 USD     +10,74%\nBNB  1.012,60 USD   +1,88%',
    numbers: [
      {
        find: '112.486,30',
        label: 'supported',
      },
      {
        find: '+3,84%',
        label: 'supported',
      },
      {
        find: '3.987,42',
        label: 'supported',
      },
      {
        find: '+4,62%',
        label: 'supported',
      },
      {
        find: '171,36',
        label: 'supported',
      },
      {
        find: '+5,41%',
        label: 'supported',
      },
      {
        find: '19,84',
        label: 'supported',
      },
      {
        find: '+15,64%',
        label: 'contradicted',
        note: 'AVAX 24h change is +6.27%; 15.64% is 7d',
      },
      {
        find: '3,318',
        label: 'supported',
      },
      {
        find: '+4,48%',
        label: 'supported',
      },
      {
        find: '2,906',
        label: 'supported',
      },
      {
        find: '+8,93%',
        label: 'supported',
      },
      {
        find: '2,5412',
        label: 'supported',
      },
      {
        find: '+10,74%',
        label: 'contradicted',
        note: 'SUI 24h change is +7.14%; 10.74% is 7d',
      },
      {
        find: '1.012,60',
        label: 'supported',
      },
      {
        find: '+1,88%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-ed-16',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin fell 3.8% to $112,486. Ether declined 4.6%. The AI sector slid 9.2 %. Layer 2 rose 0.44%.',
    numbers: [
      {
        find: '3.8%',
        label: 'contradicted',
        note: 'BTC rose 3.84% over 24h; direction word wrong',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'ETH rose 4.62%; direction flipped',
      },
      {
        find: '9.2 %',
        label: 'contradicted',
        note: 'AI sector rose 9.20%; direction flipped',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '0.44%',
        label: 'contradicted',
        note: 'L2 fell 0.44% over 24h; direction flipped',
      },
    ],
  },
  {
    id: 'A-ed-17',
    voice: 'edited',
    style: 'daily',
    text: 'Gala rose 9.81 % to $0.01342, Axie 8.92% to $16.138. The Sandbox rose 76.4% to $0.2214. Immutable rose 2.60%.\n\nTotal gaming market value: $2.44 bn, up $0.14 bn. Gaming fell 7.69% on the day, the desk wrote.',
    numbers: [
      {
        find: '9.81 %',
        label: 'supported',
      },
      {
        find: '$0.01342',
        label: 'supported',
      },
      {
        find: '8.92%',
        label: 'supported',
      },
      {
        find: '$16.138',
        label: 'contradicted',
        note: 'AXS price is $1.6138; decimal slip',
      },
      {
        find: '76.4%',
        label: 'contradicted',
        note: 'SAND 24h change is +7.64%; decimal slip',
      },
      {
        find: '$0.2214',
        label: 'supported',
      },
      {
        find: '2.60%',
        label: 'supported',
      },
      {
        find: '$2.44 bn',
        label: 'supported',
      },
      {
        find: '$0.14 bn',
        label: 'supported',
      },
      {
        find: '7.69%',
        label: 'contradicted',
        note: 'gaming sector rose 6.12% over 24h; -7.69% is its 30d change',
      },
    ],
  },
  {
    id: 'A-ed-18',
    voice: 'edited',
    style: 'daily',
    text: 'ETFs drew $ 612 million on Wednesday, CoinDesk reported. Liquidations reached $ 340 million, Decrypt said citing CoinGlass. Analysts predicted $ 1 billion of inflows next week. A record of $ 1.38 billion was set in 2024.\n\nReports said the ARB unlock is worth $ 2.1 billion.',
    numbers: [
      {
        find: '$ 612 million',
        label: 'supported-by-source',
      },
      {
        find: '$ 340 million',
        label: 'supported-by-source',
      },
      {
        find: '$ 1 billion',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '$ 1.38 billion',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '2024',
        label: 'ignored',
      },
      {
        find: '$ 2.1 billion',
        label: 'unsupported',
        note: 'no named outlet; no fact',
      },
    ],
  },
  {
    id: 'A-ed-19',
    voice: 'edited',
    style: 'daily',
    text: 'DOGE: $0,18412 (+2,14 %), OI $ 680 m (−5,6 %), funding −0,0058 % (−6,35 % APR). SHIB $0.0000130. PEPE +34.0%. WIF $0.5286 (+48.3%).',
    numbers: [
      {
        find: '$0,18412',
        label: 'supported',
      },
      {
        find: '+2,14 %',
        label: 'supported',
      },
      {
        find: '$ 680 m',
        label: 'supported',
      },
      {
        find: '−5,6 %',
        label: 'supported',
      },
      {
        find: '−0,0058 %',
        label: 'supported',
      },
      {
        find: '−6,35 % APR',
        label: 'supported',
      },
      {
        find: '$0.0000130',
        label: 'contradicted',
        note: 'SHIB price is $0.0000103 (digits transposed)',
      },
      {
        find: '+34.0%',
        label: 'contradicted',
        note: 'PEPE 24h change is +3.40%; decimal slip',
      },
      {
        find: '$0.5286',
        label: 'supported',
      },
      {
        find: '+48.3%',
        label: 'contradicted',
        note: 'WIF 24h change is +4.83%; decimal slip',
      },
    ],
  },
  {
    id: 'A-ed-20',
    voice: 'edited',
    style: 'daily',
    text: 'Sector caps: L 1 $3,162 bn, memes $3.72 bn, AI $136.4 bn, DePIN $3.81 bn, gaming $24.4 bn, L 2 $5.61 bn.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '$3,162 bn',
        label: 'supported',
      },
      {
        find: '$3.72 bn',
        label: 'contradicted',
        note: 'memes watchlist cap is $37.2 bn; decimal slip',
      },
      {
        find: '$136.4 bn',
        label: 'contradicted',
        note: 'AI watchlist cap is $13.64 bn; decimal slip',
      },
      {
        find: '$3.81 bn',
        label: 'supported',
      },
      {
        find: '$24.4 bn',
        label: 'contradicted',
        note: 'gaming cap is $2.44 bn; decimal slip',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '$5.61 bn',
        label: 'supported',
      },
    ],
  },
];
