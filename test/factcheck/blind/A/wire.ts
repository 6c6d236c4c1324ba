import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-wire-01',
    voice: 'wire',
    style: 'daily',
    text: "NEW YORK, Dec 3 — Bitcoin rose to its highest level in a month on Thursday, climbing 3.8% to $112,486 as short sellers covered positions, according to CoinDesk. The world's largest cryptocurrency traded as high as $112,511 in the past 24 hours.\n\nEther, the second-largest token, gained 4.6% to $3,987, Cointelegraph reported, while the combined value of all cryptocurrencies rose 3.7% to about $3.6 trillion, citing CoinGecko data.",
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '$112,511',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$3.6 trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-wire-02',
    voice: 'wire',
    style: 'daily',
    text: 'LONDON, Dec 3 (Wire) — Bitcoin jumped 6% to a one-month high on Thursday, according to CoinDesk, extending a rally that has lifted it 11% over the past week.\n\nU.S. spot bitcoin exchange-traded funds drew $612 million in net inflows on Wednesday, their best day since October, CoinDesk reported, citing Farside Investors. More than half of the total went to a single issuer, the report said.\n\nShort positions worth more than $340 million were liquidated across exchanges in 24 hours, Decrypt reported, citing CoinGlass.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '6%',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%; 6% was its OI rise',
      },
      {
        find: 'one-month',
        label: 'ignored',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '$612 million',
        label: 'supported-by-source',
      },
      {
        find: 'More than half',
        label: 'supported-by-source',
      },
      {
        find: '$340 million',
        label: 'supported-by-source',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-wire-03',
    voice: 'wire',
    style: 'daily',
    text: 'SINGAPORE, Dec 3 — Artificial-intelligence tokens led a broad crypto rally on Thursday, with the sector up 9%, according to CoinDesk. Virtuals Protocol rose about 14% and FET nearly 12%, the report said.\n\nBittensor topped $370, CryptoSlate reported. Gaming tokens also rallied, with Gala up almost 10% and Axie Infinity close to 9%, according to Cointelegraph. Both remain lower than a month ago, down 11.7% and 11.5% respectively.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '9%@1',
        label: 'supported',
      },
      {
        find: '14%',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'supported',
      },
      {
        find: '$370',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'supported',
      },
      {
        find: '9%@2',
        label: 'supported',
      },
      {
        find: '11.7%',
        label: 'supported',
      },
      {
        find: '11.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-wire-04',
    voice: 'wire',
    style: 'daily',
    text: "Layer-2 tokens lagged, with Arbitrum and Optimism each losing about 2%, CoinDesk said. The two fell 2.4% and 1.9%, respectively, ahead of a scheduled ARB token unlock.\n\nAn Arbitrum DAO proposal would sell part of the treasury's ARB holdings for stablecoins, The Block reported. The token traded at $0.31, down 8.8% over 30 days.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'ignored',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'ARB fell 1.93% (pairing order: ARB first); 2.4% is OP',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'OP fell 2.41% (pairing order); 1.9% is ARB',
      },
      {
        find: '$0.31',
        label: 'supported',
      },
      {
        find: '8.8%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-wire-05',
    voice: 'wire',
    style: 'daily',
    text: "TOKYO, Dec 3 — Worldcoin's WLD rose 7.5% after the project said its Orb verification devices were available in Tokyo and Osaka, Decrypt reported. The token traded at $0.79.\n\nHelium added roughly 1%, trailing Filecoin and IoTeX, CoinDesk said. Filecoin rose 3.1% and IoTeX 5.8%. Helium is still 6.2% lower than a week ago.",
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: '$0.79',
        label: 'supported',
      },
      {
        find: '1%@1',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-wire-06',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin's share of the total crypto market stood at about 62%, CryptoSlate reported, citing CoinGecko. Total crypto market capitalisation climbed 3.7% to $3.62 trillion, CryptoSlate said.\n\nBitcoin Magazine said bitcoin traded near $112,500 early Thursday, with traders watching $115,000 as the next round-number resistance.",
    numbers: [
      {
        find: '62%',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '$112,500',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-wire-07',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin open interest on Binance rose to about $9.8 billion, The Block reported, a 6% gain, while funding rates stayed positive. Open interest in ether perpetuals grew by nearly 8% in a day, Cointelegraph said.\n\nSolana and dogecoin funding rates turned negative, according to Cointelegraph, meaning traders were paying to hold short positions. SOL funding was -0.0027% per eight hours, and DOGE's -0.0058%.",
    numbers: [
      {
        find: '$9.8 billion',
        label: 'supported',
      },
      {
        find: '6%',
        label: 'supported',
      },
      {
        find: '8%@1',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-wire-08',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin Soars 50% as Shorts Are Squeezed\n\nBitcoin soared 50% on Thursday, according to Decrypt, pushing past $112,000 as more than $340 million in shorts were liquidated.\n\nEther jumped 46%, Cointelegraph reported. Avalanche rose 16%, CryptoSlate said.',
    numbers: [
      {
        find: '50%@1',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%; Decrypt reported no such figure',
      },
      {
        find: '50%@2',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%; attribution does not override the fact',
      },
      {
        find: '$112,000',
        label: 'supported',
      },
      {
        find: '$340 million',
        label: 'supported-by-source',
      },
      {
        find: '46%',
        label: 'contradicted',
        note: 'ETH 24h change is +4.62%; Cointelegraph wrote 4.6%',
      },
      {
        find: '16%',
        label: 'contradicted',
        note: 'AVAX 24h change is +6.27%; CryptoSlate reported 6%',
      },
    ],
  },
  {
    id: 'A-wire-09',
    voice: 'wire',
    style: 'daily',
    text: "Spot bitcoin ETFs took in $712 million on Wednesday, CoinDesk reported. Separately, inflows into spot ether ETFs reached $180 million, according to people familiar with the data.\n\nReports said bitcoin miners sold 4,500 BTC last week. The network's hashrate set a record of 1.15 zettahashes per second, Bitcoin Magazine reported.",
    numbers: [
      {
        find: '$712 million',
        label: 'unsupported',
        note: 'misquoted source: CoinDesk and Bitcoin Magazine reported $612 million; no fact',
      },
      {
        find: '$180 million',
        label: 'unsupported',
        note: 'invented, not in any headline',
      },
      {
        find: '4,500',
        label: 'unsupported',
        note: 'no named outlet, no fact',
      },
      {
        find: '1.15',
        label: 'unsupported',
        note: 'Bitcoin Magazine reported a record but no figure; invented',
      },
    ],
  },
  {
    id: 'A-wire-10',
    voice: 'wire',
    style: 'daily',
    text: 'NEAR Protocol jumped 9% and Sui 7%, outpacing bitcoin and ether on the day, Decrypt reported. Avalanche rose 6% after subnet activity reached a monthly high, CryptoSlate said.\n\nDogecoin rose about 2%, CryptoSlate reported, while Shiba Inu edged lower. SHIB was down 5.2% on the day.',
    numbers: [
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: '7%',
        label: 'supported',
      },
      {
        find: '6%',
        label: 'supported',
      },
      {
        find: '2%@1',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'SHIB 24h change is -0.58%; -5.24% is its 7d change',
      },
    ],
  },
  {
    id: 'A-wire-11',
    voice: 'wire',
    style: 'daily',
    text: 'Market analysts said bitcoin could reach $130,000 by the end of the first quarter, while others warned of a pullback to $100,000. Bitcoin hit a record $126,000 in October of last year, according to CoinDesk data.\n\nThe token remains about 11% below that peak, the report said.',
    numbers: [
      {
        find: '$130,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: 'first quarter',
        label: 'ignored',
      },
      {
        find: '$100,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '11%',
        label: 'unsupported',
        note: 'derived: distance from a record, no fact',
      },
    ],
  },
  {
    id: 'A-wire-12',
    voice: 'wire',
    style: 'daily',
    text: 'Among larger tokens, XRP rose 2.2% to $2.48, BNB gained 1.9% to $1,012.60 and Cardano climbed 3.9% to $0.59, according to CoinGecko data. Solana advanced 5.4% to $171.36, while Polkadot rose 4.5% to $3.32.\n\nTwenty-seven of the 30 largest tokens tracked rose, The Block said, with only a handful lower on the day.',
    numbers: [
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '$1,012.60',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$0.59',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '4.5%',
        label: 'supported',
      },
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: 'Twenty-seven',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-wire-13',
    voice: 'wire',
    style: 'daily',
    text: '(Corrects paragraph 3 to show ether rose, not fell)\n\nBitcoin was up 3.84% at $112,486.30 as of 07:00 GMT. Ether fell 4.6% to $3,987.42.\n\nSolana rose 5.4%. Dogecoin fell 2.1% to 18.4 cents. XRP was down 2.16%.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '3.84%',
        label: 'supported',
      },
      {
        find: '$112,486.30',
        label: 'supported',
      },
      {
        find: '07:00',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'ETH rose 4.62% over 24h; direction flipped',
      },
      {
        find: '$3,987.42',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'DOGE rose 2.14% over 24h; direction flipped',
      },
      {
        find: '18.4 cents',
        label: 'supported',
      },
      {
        find: '2.16%',
        label: 'contradicted',
        note: 'XRP rose 2.16% over 24h; direction flipped',
      },
    ],
  },
  {
    id: 'A-wire-14',
    voice: 'wire',
    style: 'sector',
    text: "The AI sector added about $1.1 billion in market value over the past day, more than any other group, CryptoSlate said. On our watchlist the sector is worth $13.6 billion; CoinGecko's broader category is valued at $34.1 billion.\n\nLayer-1 tokens added $117 billion in value. Memecoins added $2.7 billion. Gaming tokens rose 6.5% by CoinGecko's category measure, and DePIN 8.1%.",
    numbers: [
      {
        find: '$1.1 billion',
        label: 'supported',
      },
      {
        find: '$13.6 billion',
        label: 'supported',
      },
      {
        find: '$34.1 billion',
        label: 'contradicted',
        note: 'AI category cap is $24.12 billion',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '$117 billion',
        label: 'supported',
      },
      {
        find: '$2.7 billion',
        label: 'contradicted',
        note: 'memes cap rose $0.66B over 24h; $2.74B is the 7d drop',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '8.1%',
        label: 'contradicted',
        note: 'DePIN category 24h change is +5.12%',
      },
    ],
  },
  {
    id: 'A-wire-15',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin volume rose to $3.4 billion, about 9% above its seven-day average. Ether volume reached $1.79 billion. Total crypto trading volume was $264 billion, CoinGecko data showed.\n\nMarket breadth: three decliners — Arbitrum, Optimism and Polygon.',
    numbers: [
      {
        find: '$3.4 billion',
        label: 'supported',
      },
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'ignored',
      },
      {
        find: '$1.79 billion',
        label: 'supported',
      },
      {
        find: '$264 billion',
        label: 'contradicted',
        note: 'total 24h volume is $164.2 billion',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'Polygon',
        label: 'contradicted',
        note: 'the third decliner is SHIB; POL rose 0.31%',
      },
    ],
  },
  {
    id: 'A-wire-16',
    voice: 'wire',
    style: 'daily',
    text: 'HONG KONG, Dec 3 — Bitcoin slid 3.8% in Asian trading on Thursday, according to Bitcoin Magazine, before recovering to $112,000. Ether fell to $3,700, the lowest in a week, CoinDesk said.\n\nThe total crypto market cap fell 3.7% to $3.48 trillion, according to CryptoSlate. Market watchers said the decline could extend to $3 trillion.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'contradicted',
        note: 'BTC rose 3.84% over 24h; direction flipped',
      },
      {
        find: '$112,000',
        label: 'supported',
      },
      {
        find: '$3,700',
        label: 'contradicted',
        note: 'ETH 24h low is $3,809; it traded at $3,987',
      },
      {
        find: '3.7%',
        label: 'contradicted',
        note: 'total market cap rose 3.71% over 24h; direction flipped',
      },
      {
        find: '$3.48 trillion',
        label: 'contradicted',
        note: 'total market cap is $3.618 trillion',
      },
      {
        find: '$3 trillion',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-wire-17',
    voice: 'wire',
    style: 'daily',
    text: "NEW YORK, Dec 3 (Wire) — Cryptocurrency funds are on track for $2.1 billion of weekly inflows, according to analysts, the most since March. Bitcoin ETFs alone drew $612 million on Wednesday, Bitcoin Magazine reported, citing Farside Investors.\n\nBlackRock's fund accounted for $398 million of that, the report said. Ether ETFs saw outflows of $45 million.",
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '$2.1 billion',
        label: 'unsupported',
        note: 'invented weekly flow figure, no headline',
      },
      {
        find: 'March',
        label: 'ignored',
      },
      {
        find: '$612 million',
        label: 'supported-by-source',
      },
      {
        find: '$398 million',
        label: 'unsupported',
        note: "not in any headline; CoinDesk says only 'more than half'",
      },
      {
        find: '$45 million',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
    ],
  },
  {
    id: 'A-wire-18',
    voice: 'wire',
    style: 'daily',
    text: "Gaming tokens posted their best session in weeks, Cointelegraph said, with Gala up 19% and Axie Infinity 9%. The Sandbox rose 7.6% and Immutable 2.6%.\n\nDePIN tokens rose 5.4%, led by Render's 9.5% gain. Filecoin, which The Block said gained 3%, reached $2.18. IoTeX traded at $0.0326.",
    numbers: [
      {
        find: '19%',
        label: 'contradicted',
        note: 'GALA 24h change is +9.81%; Cointelegraph said almost 10%',
      },
      {
        find: '9%@2',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '3%',
        label: 'supported',
      },
      {
        find: '$2.18',
        label: 'supported',
      },
      {
        find: '$0.0326',
        label: 'contradicted',
        note: 'IOTX price is $0.02261',
      },
    ],
  },
  {
    id: 'A-wire-19',
    voice: 'wire',
    style: 'daily',
    text: 'ZURICH, Dec 3 — Smart contract platforms joined the advance, Decrypt reported. NEAR Protocol rose 10.9% and Sui 7.1%, while Avalanche climbed 6.3% to $19.84, just below $20 resistance.\n\nCardano gained 8% and Polkadot 4.5%. BNB, the laggard among the 10 large platforms, rose 1.9% — its smallest gain since 2024, according to a trader at a Singapore fund, who sees it at $1,200 by spring.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '10.9%',
        label: 'contradicted',
        note: 'NEAR 24h change is +8.93%; 10.98% is its 7d change',
      },
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '$20',
        label: 'supported',
      },
      {
        find: '8%',
        label: 'contradicted',
        note: 'ADA 24h change is +3.92%; 7.98% is its 7d change',
      },
      {
        find: '4.5%',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '2024',
        label: 'ignored',
      },
      {
        find: '$1,200',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-wire-20',
    voice: 'wire',
    style: 'daily',
    text: "Open interest across major crypto perpetual futures rose 5.1% to $19.1 billion, derivatives data showed. Bitcoin open interest increased 16.2% and ether's 7.8%, while solana's fell 3.4% and dogecoin's 5.6%.\n\nBitcoin funding rose to an annualized 8.9%, ether's to 13.3%. XRP open interest fell 1.9% to $1.05 billion.",
    numbers: [
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '$19.1 billion',
        label: 'supported',
      },
      {
        find: '16.2%',
        label: 'contradicted',
        note: 'BTC OI 24h change is +6.2%',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '13.3%',
        label: 'contradicted',
        note: 'ETH annualized funding is 10.29%',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'XRP OI rose 1.9% over 24h; direction flipped',
      },
      {
        find: '$1.05 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-wire-21',
    voice: 'wire',
    style: 'daily',
    text: 'Memecoins trailed, CryptoSlate said, as Shiba Inu slipped and dogecoin funding flipped negative. The meme sector rose 1.8%, and two of its four members gained. Pepe climbed 3.4% and dogwifhat 14.8%.\n\nLayer-2 tokens fell 0.4% as a group, with three of four members lower. Immutable was the best of the group at 2.6%, and Polygon added 3.1%.',
    numbers: [
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'contradicted',
        note: '3 of 4 meme tokens rose over 24h',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '14.8%',
        label: 'contradicted',
        note: 'WIF 24h change is +4.83%',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'L2 had 2 decliners (ARB, OP)',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'POL 24h change is +0.31%',
      },
    ],
  },
];
