import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-wire-01',
    voice: 'wire',
    style: 'daily',
    text: "NEW YORK, Dec 3 (Reuters-style) - Bitcoin rose 3.8% on Thursday to $112,486, clearing its highest level in a month, as short sellers covered positions, according to CoinDesk. The world's largest cryptocurrency touched $112,512 before easing slightly.\n\nEther gained 4.6% to $3,987, according to Cointelegraph, and open interest in ether perpetual futures grew by nearly 8% in a day.",
    numbers: [
      {
        find: 'Dec 3',
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
        find: '$112,512',
        label: 'supported',
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
        find: '8%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-02',
    voice: 'wire',
    style: 'daily',
    text: 'LONDON - U.S. spot bitcoin exchange-traded funds drew $612 million in net inflows on Wednesday, their best day since October, according to data compiled by Farside Investors and reported by CoinDesk. The largest issuer accounted for more than half of the total, CoinDesk said.',
    numbers: [
      {
        find: '$612 million',
        label: 'supported-by-source',
      },
      {
        find: 'half',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'C-wire-03',
    voice: 'wire',
    style: 'sector',
    text: 'More than $340 million in short positions were liquidated across exchanges in 24 hours, according to CoinGlass data cited by Decrypt. Bitcoin pushed through the top of its November range, trading at $112,486, up 3.84%.',
    numbers: [
      {
        find: '$340 million',
        label: 'supported-by-source',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '3.84%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-04',
    voice: 'wire',
    style: 'sector',
    text: "SINGAPORE - Artificial intelligence tokens jumped 9%, CoinDesk reported, with Virtuals Protocol up about 14% and FET up nearly 12% in the past day. The sector's seven tracked tokens all rose.\n\nBittensor topped $370, according to CryptoSlate, trading at $371.80.",
    numbers: [
      {
        find: '9%',
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
        find: 'seven',
        label: 'supported',
      },
      {
        find: '$370',
        label: 'supported',
      },
      {
        find: '$371.80',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-05',
    voice: 'wire',
    style: 'sector',
    text: 'Arbitrum and Optimism each lost about 2% while most of the market rose, according to CoinDesk, ahead of a scheduled ARB unlock. Layer-2 tokens as a group fell 0.4%. Arbitrum ended at $0.3124 and Optimism at $0.4617.',
    numbers: [
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: 'Layer-2',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '$0.3124',
        label: 'supported',
      },
      {
        find: '$0.4617',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-06',
    voice: 'wire',
    style: 'daily',
    text: 'The total crypto market capitalization climbed 3.7% to $3.62 trillion, CryptoSlate reported, citing CoinGecko. Bitcoin accounts for about 62% of the total.',
    numbers: [
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '62%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-07',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin soared 15% on Thursday, according to Decrypt, as shorts were squeezed. Ether jumped 9%, according to Cointelegraph.',
    numbers: [
      {
        find: '15%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%; attribution does not override',
      },
      {
        find: '9%',
        label: 'contradicted',
        note: 'ETH 24h +4.6%',
      },
    ],
  },
  {
    id: 'C-wire-08',
    voice: 'wire',
    style: 'sector',
    text: 'Open interest in bitcoin perpetual futures on Binance rose to about $9.8 billion, according to The Block, while funding rates stayed positive at 0.0081% every eight hours. The Block said open interest climbed 6%.',
    numbers: [
      {
        find: '$9.8 billion',
        label: 'supported',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-09',
    voice: 'wire',
    style: 'daily',
    text: 'AI tokens rose 19%, according to CoinDesk, with Virtuals Protocol up about 41%. FET gained nearly 12%.',
    numbers: [
      {
        find: '19%',
        label: 'contradicted',
        note: 'AI sector 24h +9.2%; CoinDesk said 9%',
      },
      {
        find: '41%',
        label: 'contradicted',
        note: 'VIRTUAL 24h +14.3%',
      },
      {
        find: '12%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-10',
    voice: 'wire',
    style: 'daily',
    text: 'NEAR jumped 9% and Sui 7%, Decrypt reported, as smart contract platforms joined the advance. NEAR traded at $2.91 and Sui at $2.54. Avalanche rose 6% after subnet activity hit a monthly high, according to CryptoSlate.',
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
        find: '$2.91',
        label: 'supported',
      },
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-11',
    voice: 'wire',
    style: 'sector',
    text: 'Gaming tokens posted their best session in weeks, with Gala up almost 10% and Axie Infinity close to 9%, according to Cointelegraph. The Sandbox rose 7.6%. Gaming tokens remain 7.7% lower than a month ago.',
    numbers: [
      {
        find: '10%',
        label: 'supported',
      },
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'supported',
      },
      {
        find: '7.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-12',
    voice: 'wire',
    style: 'sector',
    text: 'Dogecoin rose about 2% but perpetual traders kept adding shorts, CryptoSlate said. DOGE funding stood at -0.0058% per eight hours. Shiba Inu edged lower, down 0.6%.',
    numbers: [
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-13',
    voice: 'wire',
    style: 'daily',
    text: "Filecoin gained 3% as paid storage on the network set a monthly high, according to The Block. Filecoin's storage deal volume rose 40%, the report said. Helium added roughly 1% on the day, according to CoinDesk.",
    numbers: [
      {
        find: '3%',
        label: 'supported',
      },
      {
        find: '40%',
        label: 'unsupported',
        note: 'invented: no fact or headline figure',
      },
      {
        find: '1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-14',
    voice: 'wire',
    style: 'daily',
    text: 'Spot bitcoin funds took in $812 million on Wednesday, according to Bitcoin Magazine, citing Farside Investors. Market participants said inflows could top $1 billion on Thursday.',
    numbers: [
      {
        find: '$812 million',
        label: 'unsupported',
        note: 'misquote: headline says $612M; no fact',
      },
      {
        find: '$1 billion',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-wire-15',
    voice: 'wire',
    style: 'sector',
    text: 'Bitcoin traded near $112,500 early Thursday, according to Bitcoin Magazine, with traders watching $115,000 as the next resistance. The cryptocurrency has gained 11% over the past seven days.',
    numbers: [
      {
        find: '$112,500',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-wire-16',
    voice: 'wire',
    style: 'daily',
    text: 'TOKYO - Worldcoin gained 7.5% after the project said its verification devices are now available in Tokyo and Osaka, Decrypt reported. WLD traded at $0.79. Worldcoin said it had shipped 10,000 Orbs to Japan.',
    numbers: [
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: '$0.79',
        label: 'supported',
      },
      {
        find: '10,000',
        label: 'unsupported',
        note: 'invented: no fact or headline',
      },
    ],
  },
  {
    id: 'C-wire-17',
    voice: 'wire',
    style: 'daily',
    text: "Sources familiar with the matter said a large fund bought 5,000 bitcoin this week. Bitcoin's 24-hour volume was $3.4 billion. Total crypto volume reached $164.2 billion.",
    numbers: [
      {
        find: '5,000',
        label: 'unsupported',
        note: 'invented, unnamed source',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$3.4 billion',
        label: 'supported',
      },
      {
        find: '$164.2 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-18',
    voice: 'wire',
    style: 'sector',
    text: "Bitcoin's hashrate set a new record, according to Bitcoin Magazine, at 1.2 zettahashes per second. The network's seven-day average rose about 4%.",
    numbers: [
      {
        find: '1.2',
        label: 'unsupported',
        note: 'invented: headline gives no figure',
      },
      {
        find: '4%',
        label: 'unsupported',
        note: 'invented: no hashrate fact',
      },
    ],
  },
  {
    id: 'C-wire-19',
    voice: 'wire',
    style: 'daily',
    text: 'Solana and Dogecoin funding turned negative even as prices rose, according to Cointelegraph. Solana was up about 5%, Reddit users noted, while SOL funding sat at -0.0027%. Dogecoin gained 2.1%.',
    numbers: [
      {
        find: '5%',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-20',
    voice: 'wire',
    style: 'daily',
    text: 'The combined value of all cryptocurrencies rose 4.7% in 24 hours, according to Cointelegraph, to $3.6 trillion. Bitcoin climbed above $112,000 for the first time in a month.',
    numbers: [
      {
        find: '4.7%',
        label: 'contradicted',
        note: 'market cap 24h +3.71%; Cointelegraph said 3.7%',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$3.6 trillion',
        label: 'supported',
      },
      {
        find: '$112,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-21',
    voice: 'wire',
    style: 'sector',
    text: 'Only a handful of large tokens were lower on the day, The Block reported. By Reuters-style count, three of 30 major tokens fell. Ether was up 4.6% and Solana 5.4%.',
    numbers: [
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-22',
    voice: 'wire',
    style: 'daily',
    text: "Helium added roughly 1% on the day and is still lower than a week ago, CoinDesk reported; HNT's weekly loss is 6.2%. HNT traded at $3.01. Analysts see HNT at $4 by the end of the quarter.",
    numbers: [
      {
        find: '1%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$3.01',
        label: 'supported',
      },
      {
        find: '$4',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-wire-23',
    voice: 'wire',
    style: 'sector',
    text: 'Layer-1 tokens gained 3.9% on the day, led by NEAR, which rose 8.9%. BNB was the weakest L1 with a gain of 1.9%. Polkadot climbed 4.5% to $3.32.',
    numbers: [
      {
        find: 'Layer-1',
        label: 'ignored',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '1.9%',
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
    ],
  },
  {
    id: 'C-wire-24',
    voice: 'wire',
    style: 'daily',
    text: "Bitcoin's dominance reached 64%, according to CryptoSlate. Ether's market value was $481.3 billion. The total market value of cryptocurrencies was $3.8 trillion.",
    numbers: [
      {
        find: '64%',
        label: 'contradicted',
        note: 'dominance 62.1%',
      },
      {
        find: '$481.3 billion',
        label: 'supported',
      },
      {
        find: '$3.8 trillion',
        label: 'contradicted',
        note: 'total cap $3.618T',
      },
    ],
  },
  {
    id: 'C-wire-25',
    voice: 'wire',
    style: 'sector',
    text: 'Virtuals Protocol soared 14%, according to Decrypt, as AI agent tokens led the crypto rebound. Bittensor, among the top performers, rose 7.1%. Render added 9.5%.',
    numbers: [
      {
        find: '14%',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'contradicted',
        note: 'TAO 24h +8.7%; 7.1% is SUI',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-26',
    voice: 'wire',
    style: 'weekly',
    text: 'WEEKLY WRAP - Bitcoin gained 11% over the week, ending at $112,486, while ether added 4.3%. Solana rose 8.3%, and Avalanche was the best-performing large token with a 15.6% weekly gain, market data showed.\n\nDogecoin lost 2.1% for the week and Filecoin slid 11.5%. Memecoins fell 6.9% as a group.',
    numbers: [
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'DOGE 7d -7.6%; +2.1% is 24h, and sign wrong',
      },
      {
        find: '11.5%',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-27',
    voice: 'wire',
    style: 'weekly',
    text: "Layer-1 tokens rose 9% over seven days, ahead of gaming's 8.4%, according to market data. AI tokens gained 9.2% on the week, and DePIN fell 4.9%. Layer-2 tokens gained 5.4%, with all four higher.",
    numbers: [
      {
        find: 'Layer-1',
        label: 'ignored',
      },
      {
        find: '9%@1',
        label: 'supported',
      },
      {
        find: '8.4%',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'contradicted',
        note: 'AI 7d +3.6%; 9.2% is 24h',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: 'Layer-2',
        label: 'ignored',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-28',
    voice: 'wire',
    style: 'daily',
    text: 'FRANKFURT - Polkadot jumped 11.1% on Thursday, according to CoinDesk. Cardano rose 3.9%. Open interest in XRP futures rose 2.7%, The Block said.',
    numbers: [
      {
        find: '11.1%',
        label: 'contradicted',
        note: 'DOT 24h +4.5%; -11.1% is its 30d change',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: 'XRP OI 24h +1.9%; 7d -2.7%',
      },
    ],
  },
  {
    id: 'C-wire-29',
    voice: 'wire',
    style: 'daily',
    text: 'Gala rose 19.8%, Cointelegraph reported. Axie Infinity gained 8.9%, trading at $1.61. The Sandbox fell 7.6%.',
    numbers: [
      {
        find: '19.8%',
        label: 'contradicted',
        note: 'GALA 24h +9.8%; Cointelegraph said almost 10%',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '$1.61',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'contradicted',
        note: 'SAND rose 7.6%',
      },
    ],
  },
  {
    id: 'C-wire-30',
    voice: 'wire',
    style: 'sector',
    text: 'Total open interest rose 5.1% to $19.1 billion, according to analytics firms, and is up 9.6% on the week. Average funding was positive at 0.0068%. Ether open interest stood at $6.9 billion.',
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
        find: '9.6%',
        label: 'supported',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '$6.9 billion',
        label: 'contradicted',
        note: 'ETH OI $5.91B',
      },
    ],
  },
  {
    id: 'C-wire-31',
    voice: 'wire',
    style: 'daily',
    text: 'ZURICH - Ether rose 8%, Cointelegraph reported, climbing back toward $4,000. Open interest in ether perpetual futures grew by nearly 18%, the outlet said.',
    numbers: [
      {
        find: '8%@1',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; 8% was OI growth',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '18%',
        label: 'contradicted',
        note: 'ETH OI 24h +7.8%; Cointelegraph said nearly 8%',
      },
    ],
  },
  {
    id: 'C-wire-32',
    voice: 'wire',
    style: 'daily',
    text: 'Arbitrum and Optimism each lost about 12%, according to CoinDesk. Helium added roughly 11%, the same outlet said.',
    numbers: [
      {
        find: '12%',
        label: 'contradicted',
        note: 'ARB -1.93%, OP -2.41%; CoinDesk said about 2%',
      },
      {
        find: '11%',
        label: 'contradicted',
        note: 'HNT 24h +1.24%',
      },
    ],
  },
  {
    id: 'C-wire-33',
    voice: 'wire',
    style: 'sector',
    text: 'U.S. spot bitcoin ETFs recorded net outflows of $612 million on Wednesday, according to Farside Investors. Bitcoin fell 3.8%.',
    numbers: [
      {
        find: '$612 million',
        label: 'unsupported',
        note: 'headline says inflows, not outflows; no fact',
      },
      {
        find: '3.8%',
        label: 'contradicted',
        note: 'BTC rose 3.84%',
      },
    ],
  },
  {
    id: 'C-wire-34',
    voice: 'wire',
    style: 'daily',
    text: 'NEAR jumped 19%, Decrypt reported, and Sui gained 17%. Avalanche rose 16%, according to CryptoSlate.',
    numbers: [
      {
        find: '19%',
        label: 'contradicted',
        note: 'NEAR 24h +8.93%; Decrypt said 9%',
      },
      {
        find: '17%',
        label: 'contradicted',
        note: 'SUI 24h +7.14%',
      },
      {
        find: '16%',
        label: 'contradicted',
        note: 'AVAX 24h +6.27%; CryptoSlate said 6%',
      },
    ],
  },
  {
    id: 'C-wire-35',
    voice: 'wire',
    style: 'daily',
    text: 'Market participants expect the Federal Reserve decision to lift bitcoin by another 10%. Bitcoin has risen 40% so far this year, analysts said.',
    numbers: [
      {
        find: '10%',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '40%',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'C-wire-36',
    voice: 'wire',
    style: 'sector',
    text: "SEOUL - Trading volume on Korean exchanges jumped 35%, local media said. Bitcoin's global 24-hour volume was $3.44 billion, about 9% above its seven-day average.",
    numbers: [
      {
        find: '35%',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$3.44 billion',
        label: 'supported',
      },
      {
        find: '9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-37',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin Magazine said bitcoin traded near $121,500 early Thursday, with traders watching $115,000.',
    numbers: [
      {
        find: '$121,500',
        label: 'contradicted',
        note: 'BTC $112,486; Bitcoin Magazine said $112,500',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-38',
    voice: 'wire',
    style: 'daily',
    text: 'Bitcoin open interest climbed 16%, The Block reported, to about $9.8 billion.',
    numbers: [
      {
        find: '16%',
        label: 'contradicted',
        note: 'BTC OI 24h +6.2%; The Block said 6%',
      },
      {
        find: '$9.8 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-39',
    voice: 'wire',
    style: 'sector',
    text: "HONG KONG - Polygon was little changed, rising 0.3% to $0.1834, while Immutable gained 2.6%. Dogecoin's market value stood at $27.8 billion, and Shiba Inu's at $6.1 billion.",
    numbers: [
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$0.1834',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '$27.8 billion',
        label: 'supported',
      },
      {
        find: '$6.1 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-40',
    voice: 'wire',
    style: 'daily',
    text: 'Q&A with a desk analyst:\nQ: How broad was the rally? A: Twenty-seven of 30 tokens rose; only Arbitrum, Optimism and Shiba Inu fell.\nQ: Was bitcoin the leader? A: No. Virtuals led with 14.3%; bitcoin rose 3.8%.\nQ: Funding? A: Average 0.0068% per eight hours; negative on Solana and Dogecoin.\nQ: Where next? A: We see $125,000 by the spring.',
    numbers: [
      {
        find: 'Twenty-seven',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '$125,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-wire-41',
    voice: 'wire',
    style: 'daily',
    text: 'PARIS - Cardano rose 13.9% and Polkadot 14.5%, market data showed. XRP traded at $2.84. BNB gained 8.8%.',
    numbers: [
      {
        find: '13.9%',
        label: 'contradicted',
        note: 'ADA 24h +3.92%',
      },
      {
        find: '14.5%',
        label: 'contradicted',
        note: 'DOT 24h +4.48%',
      },
      {
        find: '$2.84',
        label: 'contradicted',
        note: 'XRP $2.4817',
      },
      {
        find: '8.8%',
        label: 'contradicted',
        note: 'BNB 24h +1.88%',
      },
    ],
  },
  {
    id: 'C-wire-42',
    voice: 'wire',
    style: 'sector',
    text: 'HEADLINES\nBitcoin tops $112K as shorts squeeze; ether gains 4.6%\nAI tokens jump 9%; Virtuals up 14%\nLayer-2 lags: ARB, OP down about 2%\nDogecoin, Solana funding flips negative\nTotal crypto market cap climbs to $3.6 trillion',
    numbers: [
      {
        find: '$112K',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: '14%',
        label: 'supported',
      },
      {
        find: 'Layer-2',
        label: 'ignored',
      },
      {
        find: '2%',
        label: 'supported',
      },
      {
        find: '$3.6 trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-43',
    voice: 'wire',
    style: 'daily',
    text: 'Dogecoin and Shiba Inu rose 2.1% and 0.6%, respectively. Helium and Filecoin gained 3.1% and 1.2%.',
    numbers: [
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'contradicted',
        note: 'SHIB 24h -0.58%; fell, order pairing',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'order pairing: HNT +1.24%, 3.1% is FIL',
      },
      {
        find: '1.2%',
        label: 'contradicted',
        note: 'order pairing: FIL +3.1%, 1.2% is HNT',
      },
    ],
  },
  {
    id: 'C-wire-44',
    voice: 'wire',
    style: 'weekly',
    text: "WEEKLY - Gaming tokens rose 8.4% over the week, led by Immutable's 13.1% gain, while DePIN tokens fell 4.9% as Filecoin slid 11.5%. Memecoins lost 6.9%; dogecoin fell 7.6%. AI tokens rose 9%, according to CoinDesk.",
    numbers: [
      {
        find: '8.4%',
        label: 'supported',
      },
      {
        find: '13.1%',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: '11.5%',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'supported',
      },
      {
        find: '9%@3',
        label: 'contradicted',
        note: "AI 7d +3.58%; CoinDesk's 9% was a one-day move",
      },
    ],
  },
  {
    id: 'C-wire-45',
    voice: 'wire',
    style: 'weekly',
    text: 'WEEKLY - Avalanche rose 15.6% over the week, the biggest gain among large-cap tokens, market data showed. Sui added 10.7% and NEAR 11%.',
    numbers: [
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '10.7%',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-46',
    voice: 'wire',
    style: 'weekly',
    text: 'Filecoin fell 11.5% over seven days, and Helium lost 6.2%; IoTeX, the best DePIN token of the week, rose 3%. DePIN as a whole fell 14.9%.',
    numbers: [
      {
        find: '11.5%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '3%',
        label: 'supported',
      },
      {
        find: '14.9%',
        label: 'contradicted',
        note: 'DePIN 7d -4.93%',
      },
    ],
  },
  {
    id: 'C-wire-47',
    voice: 'wire',
    style: 'weekly',
    text: "Ether's weekly rise of 4.3% lagged bitcoin's 11%. Ether open interest rose 14.2% over the same period, and bitcoin OI 6.2%.",
    numbers: [
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'contradicted',
        note: 'BTC OI 7d +11.4%; 6.2% is 24h',
      },
    ],
  },
  {
    id: 'C-wire-48',
    voice: 'wire',
    style: 'weekly',
    text: 'WEEKLY - Memecoins fell 6.9% over the week, with dogecoin down 7.6% and dogwifhat the most resilient at -1.8%. Shiba Inu lost 5.2% and Pepe 3.6%.',
    numbers: [
      {
        find: '6.9%',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-wire-49',
    voice: 'wire',
    style: 'weekly',
    text: 'WEEKLY - Sui and NEAR rose 10.7% and 11% over seven days. Polkadot climbed 5.8%. BNB rose 1.9%.',
    numbers: [
      {
        find: '10.7%',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'BNB 7d +1.04%; 1.88% is 24h',
      },
    ],
  },
  {
    id: 'C-wire-50',
    voice: 'wire',
    style: 'weekly',
    text: '"This was a short squeeze, plain and simple," a Singapore-based trader said, pointing to bitcoin\'s 11% weekly gain and a 11.4% rise in bitcoin open interest. "Ether is the laggard at 4%," he added. He expects bitcoin to reach $140,000 in 2027.',
    numbers: [
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '4%@2',
        label: 'supported',
      },
      {
        find: '$140,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2027',
        label: 'ignored',
      },
    ],
  },
];
