import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-daily-01',
    voice: 'daily',
    style: 'daily',
    text: 'Crypto Market Rallies: AI Tokens Jump 9% as Bitcoin Clears $112K — Dec. 3, 2026\n\nMarket snapshot\nThe crypto market extended its advance overnight, with total capitalization up 3.7% to $3.62 trillion. Bitcoin (BTC) traded at $112,486, up 3.8% on the day, after touching an intraday high of $112,511. Ether gained 4.6% to $3,987, while Solana rose 8.3%.\n\nBreadth was strong: 27 of the 30 tracked assets finished higher and only three declined. BTC dominance held near 62%, and spot volume across the market came to $164 billion.',
    numbers: [
      {
        find: '9%',
        label: 'supported',
      },
      {
        find: '$112K',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '2026',
        label: 'ignored',
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
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$112,511',
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
        find: '8.3%',
        label: 'contradicted',
        note: 'SOL 24h change is +5.41%; 8.29% is its 7d change',
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
        find: 'three',
        label: 'supported',
      },
      {
        find: '62%',
        label: 'supported',
      },
      {
        find: '$164 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-daily-02',
    voice: 'daily',
    style: 'daily',
    text: "Sector spotlight: AI tokens lead\nThe AI sector rose 9.2% over 24 hours, with Virtuals Protocol jumping 14.3% to $1.34. FET added 11.8% and Bittensor climbed 6.7% to $371.80. Even the sector's laggard, The Graph, gained 6.4%, so all seven AI names on the list ended green.\n\nGaming was the second-best group at 6.1%, led by Gala's 9.8% jump. DePIN followed with 5.4%, Render doing most of the work at +9.5%.",
    numbers: [
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '$1.34',
        label: 'supported',
      },
      {
        find: '11.8%',
        label: 'supported',
      },
      {
        find: '6.7%',
        label: 'contradicted',
        note: 'TAO 24h change is +8.71%',
      },
      {
        find: '$371.80',
        label: 'supported',
      },
      {
        find: '6.4%',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-daily-03',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin behavior and key levels to watch\nBitcoin's push above its 30-day swing high of $111,308 matters for short-term technicals. The day's low was $108,050, so the range was wide. Immediate support sits near $110,000, with resistance at $115,000, roughly $2,500 above the current price. Some desks see $125,000 before the end of January.\n\nSeven-day realized volatility rose to 34% annualized, above the 30-day reading of 29%. Volume in BTC was 9% above its 7-day average.",
    numbers: [
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '$111,308',
        label: 'supported',
      },
      {
        find: '$108,050',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$2,500',
        label: 'unsupported',
        note: 'derived: distance between price and resistance, no fact',
      },
      {
        find: '$125,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: 'Seven-day',
        label: 'ignored',
      },
      {
        find: '34%',
        label: 'supported',
      },
      {
        find: '30@3',
        label: 'ignored',
      },
      {
        find: '29%',
        label: 'supported',
      },
      {
        find: '9%@2',
        label: 'supported',
      },
      {
        find: '7',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-daily-04',
    voice: 'daily',
    style: 'daily',
    text: "Derivatives: leverage returns\nOpen interest across the tracked perpetuals climbed 5.1% to $21.4 billion. Bitcoin open interest rose 6.2% to $9.84 billion, and ether's jumped 14.2%. Funding on BTC perps stood at 0.0081% per 8 hours, or about 8.9% annualized.\n\nSolana funding was the outlier at -0.0027%, and Dogecoin's was +0.0058%. Shorts lost more than $340 million to liquidations, traders said.",
    numbers: [
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '$21.4 billion',
        label: 'contradicted',
        note: 'total open interest is $19.11 billion',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$9.84 billion',
        label: 'supported',
      },
      {
        find: '14.2%',
        label: 'contradicted',
        note: 'ETH OI 24h change is +7.8%; 14.2% is the 7d change',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '+0.0058%',
        label: 'contradicted',
        note: 'DOGE funding is -0.0058% per 8h; sign flipped',
      },
      {
        find: '$340 million',
        label: 'unsupported',
        note: 'liquidation figure with no named outlet',
      },
    ],
  },
  {
    id: 'A-daily-05',
    voice: 'daily',
    style: 'daily',
    text: 'Laggards\nLayer-2 tokens missed the move. The sector slipped 0.4% as Optimism fell 2.4% and Arbitrum lost 1.9%. Polygon eked out a 0.3% gain and Immutable added 5.2%.\n\nAmong memecoins, Shiba Inu was the only decliner, down 0.6%, while dogwifhat rose 4.8% and Pepe gained 3.4%. Dogecoin, the biggest meme token by value at $27.8 billion, added 7.6%.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'IMX 24h change is +2.60%',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$27.8 billion',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'contradicted',
        note: 'DOGE 24h change is +2.14%; -7.61% is its 7d change',
      },
    ],
  },
  {
    id: 'A-daily-06',
    voice: 'daily',
    style: 'daily',
    text: "Bottom line\nToday's move was broad: every asset on the watchlist but three rose. every layer-one platform on the list gained, with NEAR up 8.9%, Sui 10.7% and Avalanche 6.3%. BNB lagged at 1.9% and Cardano added 8% to $0.587. XRP rose 2.2% to $2.48, just under its $2.50 resistance.\n\nWatch the BTC record of $126,000 set earlier in the cycle and whether funding stays positive.",
    numbers: [
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'every layer-one platform on the list gained',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '10.7%',
        label: 'contradicted',
        note: 'SUI 24h change is +7.14%; 10.74% is its 7d change',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '8%',
        label: 'contradicted',
        note: 'ADA 24h change is +3.92%; 7.98% is its 7d change',
      },
      {
        find: '$0.587',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'A-daily-07',
    voice: 'daily',
    style: 'daily',
    text: 'Crypto Market Pushes Higher as Bitcoin Tops Monthly Range — Thursday\n\nSummary\nBitcoin rose 11% to $112,486 and Ether added 4.6%, while 23 of the 30 assets we track closed higher. The total market value rose to $3.6 trillion, a gain of 3.7%.\n\nSectors: AI +9.2%, gaming +6.1%, DePIN +4.9%, Layer 1 +3.9%, memes +1.8% and Layer 2 +0.4%.',
    numbers: [
      {
        find: '11%',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%; 11% is the 7d change',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '23',
        label: 'contradicted',
        note: '27 watchlist assets rose over 24h',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '$3.6 trillion',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+4.9%',
        label: 'contradicted',
        note: 'DePIN 24h is +5.41%; -4.93% is its 7d change',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '+0.4%',
        label: 'contradicted',
        note: 'L2 sector 24h change is -0.44%; sign flipped',
      },
    ],
  },
  {
    id: 'A-daily-08',
    voice: 'daily',
    style: 'daily',
    text: 'Market overview\nBitcoin changed hands at about $112,500 early on Thursday, up nearly 4%. Its market capitalization reached $2.25 trillion, or 62.1% of the total crypto market. Ether was near $3,990, within reach of the $4,000 resistance, and its 24-hour low was $3,710.\n\nSolana traded at $171.36 after a 5.4% rise, though funding there stayed negative. Avalanche reached $19.84; analysts expect it to test $25 within weeks.',
    numbers: [
      {
        find: '$112,500',
        label: 'supported',
      },
      {
        find: '4%@1',
        label: 'supported',
      },
      {
        find: '$2.25 trillion',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'supported',
      },
      {
        find: '$3,990',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$3,710',
        label: 'contradicted',
        note: 'ETH 24h low is $3,809.12',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '$25',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-daily-09',
    voice: 'daily',
    style: 'daily',
    text: 'What moved\n- Bitcoin: $112,486, +3.8%\n- Ether: $3,987, +4.6%\n- Solana: $171, +5.4%\n- XRP: $2.48, +3.2%\n- BNB: $1,013, +1.0%\n- Dogecoin: $0.184, +2.1%\n- Cardano: $0.61, +3.9%\n\nNEAR was the best Layer 1 with a 8.9% advance, and Bittensor was the best AI token, up 8.7%.',
    numbers: [
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '$171',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'contradicted',
        note: 'XRP 24h change is +2.16%',
      },
      {
        find: '$1,013',
        label: 'supported',
      },
      {
        find: '+1.0%',
        label: 'contradicted',
        note: 'BNB 24h change is +1.88%; 1.04% is its 7d change',
      },
      {
        find: '$0.184',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '$0.61',
        label: 'contradicted',
        note: 'ADA price is $0.5873',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '1@11',
        label: 'ignored',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'contradicted',
        note: 'TAO +8.71% is not the best AI token; VIRTUAL led at +14.27%',
      },
    ],
  },
  {
    id: 'A-daily-10',
    voice: 'daily',
    style: 'daily',
    text: 'Why this matters\nThe rally came with leverage. Total open interest rose 5% on the day and 9.6% on the week, while average funding across the majors was 0.0068%. ETH funding stood at 0.0094% per 8h (10.3% annualized), the highest of the big five.\n\nSpot bitcoin ETFs took in $612 million on Wednesday, according to Farside Investors data cited by CoinDesk. Reports said the network hashrate hit 1.1 zettahash.',
    numbers: [
      {
        find: '5%',
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
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '10.3%',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'ignored',
      },
      {
        find: '$612 million',
        label: 'supported-by-source',
      },
      {
        find: '1.1',
        label: 'unsupported',
        note: 'invented hashrate figure, no fact',
      },
    ],
  },
  {
    id: 'A-daily-11',
    voice: 'daily',
    style: 'daily',
    text: 'Memes trail\nThe meme sector rose only 1.8%, the weakest showing outside Layer 2. Its best member, dogwifhat, gained 4.8% to $0.529, and three of the four meme tokens rose. Pepe traded at $0.0000067, down 3.6%. Shiba Inu slipped 0.6% to $0.0000103.\n\nDOGE open interest fell 5.6% to $680 million as traders added shorts; its funding rate was -0.0058%.',
    numbers: [
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '$0.529',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '$0.0000067',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'PEPE rose +3.40% over 24h; -3.6% is its 7d change',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$0.0000103',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '$680 million',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-daily-12',
    voice: 'daily',
    style: 'daily',
    text: 'Key levels\n- BTC: support $110K, resistance $115K\n- ETH: support $3,700, resistance $4,000\n- SOL: support $170, resistance $190\n- XRP: support $2.40, resistance $2.50\n- BNB: support $1,000, resistance $1,050\n- NEAR: support $2.90, resistance $3.00\n- SUI: support $2.40, resistance $2.60',
    numbers: [
      {
        find: '$110K',
        label: 'supported',
      },
      {
        find: '$115K',
        label: 'supported',
      },
      {
        find: '$3,700',
        label: 'contradicted',
        note: 'ETH support is $3,800',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'supported',
      },
      {
        find: '$190',
        label: 'contradicted',
        note: 'SOL resistance is $180',
      },
      {
        find: '$2.40@1',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '$1,050',
        label: 'supported',
      },
      {
        find: '$2.90',
        label: 'supported',
      },
      {
        find: '$3.00',
        label: 'supported',
      },
      {
        find: '$2.40@2',
        label: 'contradicted',
        note: 'SUI support is $2.50',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-daily-13',
    voice: 'daily',
    style: 'daily',
    text: 'Crypto Market Snapshot: Bitcoin Stalls Below $110K\n\nBitcoin slipped 1.2% to $108,050 as sellers defended the $115,000 resistance. Ether fell 2.3% and Solana dropped 3.4%. The total market cap shrank to $3.4 trillion.\n\nOnly 12 of the 30 watchlist assets rose. Memes were the best sector at +4.8%. BTC dominance dropped to 58%.',
    numbers: [
      {
        find: '$110K',
        label: 'contradicted',
        note: 'BTC price is $112,486, above $110K',
      },
      {
        find: '1.2%',
        label: 'contradicted',
        note: 'BTC rose +3.84% over 24h',
      },
      {
        find: '$108,050',
        label: 'contradicted',
        note: '$108,050 is the 24h low; price is $112,486',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '2.3%',
        label: 'contradicted',
        note: 'ETH rose +4.62% over 24h',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'SOL rose 5.41%; -3.4% is SOL OI 24h change',
      },
      {
        find: '$3.4 trillion',
        label: 'contradicted',
        note: 'total market cap is $3.618 trillion',
      },
      {
        find: '12',
        label: 'contradicted',
        note: '27 of 30 assets rose',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'contradicted',
        note: 'memes sector rose 1.82%; 4.8% is WIF; AI led the day',
      },
      {
        find: '58%',
        label: 'contradicted',
        note: 'BTC dominance is 62.1%',
      },
    ],
  },
  {
    id: 'A-daily-14',
    voice: 'daily',
    style: 'daily',
    text: 'Daily wrap — derivatives and flows\nBitcoin open interest hit $12.4 billion, up 11.4%, while funding rose to 0.012%. Traders said liquidations topped $500 million, and ETF inflows reached $1.1 billion according to market participants.\n\nThe Block said BTC open interest rose 6% to about $9.8 billion. Analysts at one fund expect bitcoin to reach $150,000 by March, a move of about 33% from here.',
    numbers: [
      {
        find: '$12.4 billion',
        label: 'contradicted',
        note: 'BTC OI is $9.84 billion',
      },
      {
        find: '11.4%',
        label: 'contradicted',
        note: 'BTC OI 24h change is +6.2%; 11.4% is the 7d change',
      },
      {
        find: '0.012%',
        label: 'contradicted',
        note: 'BTC funding is 0.0081% per 8h',
      },
      {
        find: '$500 million',
        label: 'unsupported',
        note: 'invented figure; no outlet, no fact',
      },
      {
        find: '$1.1 billion',
        label: 'unsupported',
        note: 'invented; headlines report $612M',
      },
      {
        find: '6%',
        label: 'supported',
      },
      {
        find: '$9.8 billion',
        label: 'supported',
      },
      {
        find: '$150,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '33%',
        label: 'unsupported',
        note: 'derived arithmetic from a forecast',
      },
    ],
  },
  {
    id: 'A-daily-15',
    voice: 'daily',
    style: 'sector',
    text: 'Sector scoreboard\nAI led at 12.4%, ahead of gaming at 8.4%. DePIN added 5.4%, Layer 1 3.9% and memes 6.9%. The gap between AI and memes was 7.4 percentage points.\n\nGala was the best gaming token at 9.8%, and Axie Infinity rose 1.1%. The Sandbox gained 7.6% and Immutable was the laggard at 2.6%. All four gaming names rose. Helium was the best DePIN token, up 9.5%.',
    numbers: [
      {
        find: '12.4%',
        label: 'contradicted',
        note: 'AI sector 24h change is +9.20%',
      },
      {
        find: '8.4%',
        label: 'contradicted',
        note: 'gaming sector 24h is +6.12%; 8.35% is its 7d change',
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
        find: '6.9%',
        label: 'contradicted',
        note: 'memes sector 24h is +1.82%',
      },
      {
        find: '7.4',
        label: 'unsupported',
        note: 'derived: gap between two sectors',
      },
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'contradicted',
        note: 'AXS 24h change is +8.92%; 1.07% is its 7d change',
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
        find: 'four',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'contradicted',
        note: 'best DePIN token was RENDER (+9.46%); HNT rose 1.24%',
      },
    ],
  },
];
