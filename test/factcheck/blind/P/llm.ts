import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'P-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Market Overview\n\nThe crypto market softened over the past 24 hours, with total capitalization slipping **1.3%** to roughly **$3.95 trillion**. Breadth was poor: only **7 of 30** tracked assets advanced, while 23 declined.\n\n- **Bitcoin dominance** rose to 61.2%, as BTC held up better than the rest.\n- **Total volume** came in near $214 billion.\n- **Open interest** fell 3.4% to about $18 billion.\n\n**Summary:** a risk-off day where Bitcoin held firm and altcoins bled.',
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '$3.95 trillion',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
        note: 'market.members 30',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '61.2%',
        label: 'supported',
      },
      {
        find: '$214 billion',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$18 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-llm-02',
    voice: 'llm',
    style: 'daily',
    text: '## Bitcoin\n\n**BTC** is trading at **$121,312**, up 0.4% on the day. The 24-hour range ran from $119,210 to $121,815, keeping price between support at $120,000 and resistance at $125,000.\n\nKey metrics:\n- **Market cap:** $2.42 trillion\n- **Funding:** 0.0052% per 8 hours (longs paying shorts), about 5.7% annualized\n- **Open interest:** $8.0 billion, up 1.1%\n- **Volume vs 7-day average:** 0.89x\n\nOver 30 days BTC is still up about 6%, though it is down 1.2% over the week.',
    numbers: [
      {
        find: '$121,312',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$119,210',
        label: 'supported',
      },
      {
        find: '$121,815',
        label: 'supported',
      },
      {
        find: '$120,000',
        label: 'supported',
      },
      {
        find: '$125,000',
        label: 'supported',
      },
      {
        find: '$2.42 trillion',
        label: 'supported',
      },
      {
        find: '0.0052%',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '5.7%',
        label: 'supported',
      },
      {
        find: '$8.0 billion',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '0.89x',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '6%',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-llm-03',
    voice: 'llm',
    style: 'daily',
    text: '## Ethereum\n\n**ETH** fell **3.4%** to **$4,180**, slipping back below the $4,200 resistance. The session high was $4,260 and the low $4,122.\n\n- Open interest dropped 6.5% to roughly $6 billion\n- Funding stayed positive at 0.0019% per 8h\n- Weekly performance: down 5.4%\n\nSupport sits at $3,800; a break there could open a move toward $3,500.\n\n**Summary:** Ether underperformed Bitcoin by about 2.2 percentage points.',
    numbers: [
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'fact eth.change_24h -1.8',
      },
      {
        find: '$4,180',
        label: 'supported',
      },
      {
        find: '$4,200',
        label: 'supported',
      },
      {
        find: '$4,260',
        label: 'supported',
      },
      {
        find: '$4,122',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '$6 billion',
        label: 'supported',
      },
      {
        find: '0.0019%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'contradicted',
        note: 'fact eth.support 4000',
      },
      {
        find: '$3,500',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2.2 percentage points',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
    ],
  },
  {
    id: 'P-llm-04',
    voice: 'llm',
    style: 'daily',
    text: "## Solana and Other Majors\n\n**Solana** was among the weaker majors, down **3.9%** at $196.42. It traded as high as $204.54 before sliding to the day's low of $196.19, just above $190 support.\n\n\nOther large caps:\n- **XRP:** $2.41, down 1.4%\n- **BNB:** $1,038.60, up 1.1% — the best performer among the majors\n- **Cardano (ADA):** $0.64, down 5.2%\n- **Avalanche (AVAX):** $19.74, down 4.2%\n- **Polkadot (DOT):** $3.18, down 1.9%\n\n**Summary:** only BNB, BTC and SUI posted gains among the 10 Layer 1 names.",
    numbers: [
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$196.42',
        label: 'supported',
      },
      {
        find: '$204.54',
        label: 'supported',
      },
      {
        find: '$196.19',
        label: 'supported',
      },
      {
        find: '$190',
        label: 'supported',
      },
      {
        find: '$2.41',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$1,038.60',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '$0.64',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'fact ada.change_24h -3.6',
      },
      {
        find: '$19.74',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
      {
        find: '$3.18',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'fact dot.change_24h -3.9',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '1@14',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-llm-05',
    voice: 'llm',
    style: 'daily',
    text: '## Sector Performance\n\n**DePIN** was the standout, rising **1.4%** as every one of its 4 members gained. **Filecoin** led with 2.1%.\n\n**Memes** were the worst sector, falling **5.8%**:\n- Dogwifhat (WIF): -8.1%\n- Pepe: -6.8%\n- Dogecoin: -5.6%\n- Shiba Inu: -3.9%\n\n**AI tokens** lost 4.1%, led lower by Virtuals at -9.2%. **Layer 2** fell 3.2% and **Gaming** 2.6%.\n\n**Summary:** DePIN was the only sector in the green; Layer 1 was nearly flat at -0.2%.',
    numbers: [
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'supported',
      },
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'contradicted',
        note: 'fact shib.change_24h -5.9',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '-9.2%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '-0.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-llm-06',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot\n\n**Funding** across the board was mixed:\n- **BTC:** +0.0052% per 8h — longs pay shorts\n- **ETH:** +0.0019%\n- **SOL:** -0.0034% — shorts pay longs\n- **XRP:** +0.0027%\n- **DOGE:** +0.0061%\n\n**Open interest** moves were led by Dogecoin at -9%, followed by Solana at -7.2% and XRP at -5%. Bitcoin was the exception, with OI climbing 4.1%.\n\nThe OI-weighted average funding rate stood at 0.0023%.\n\n**Summary:** leverage is being flushed from altcoins while Bitcoin positioning holds.',
    numbers: [
      {
        find: '+0.0052%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '+0.0019%',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '+0.0027%',
        label: 'supported',
      },
      {
        find: '+0.0061%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.0061: sign',
      },
      {
        find: '-9%',
        label: 'supported',
      },
      {
        find: '-7.2%',
        label: 'supported',
      },
      {
        find: '-5%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h +1.1',
      },
      {
        find: '0.0023%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-llm-07',
    voice: 'llm',
    style: 'daily',
    text: '## Headlines\n\n- **ETF flows:** CoinDesk reported $420 million of net inflows into U.S. spot bitcoin funds.\n- **Liquidations:** long liquidations reached $310 million, according to The Block.\n- **Exploit:** a DeFi lender lost $38 million in an oracle attack.\n- **Treasury buying:** Bitcoin Magazine reported a corporate purchase of 2,500 BTC.\n- **Forecast:** one analyst sees bitcoin at $150,000 by year-end, per Cointelegraph.\n\n**Summary:** institutional demand remains a bright spot despite the altcoin sell-off.',
    numbers: [
      {
        find: '$420 million',
        label: 'supported-by-source',
        note: 'CoinDesk headline',
      },
      {
        find: '$310 million',
        label: 'supported-by-source',
        note: 'The Block headline',
      },
      {
        find: '$38 million',
        label: 'unsupported',
        note: 'Decrypt headline, but not attributed here',
      },
      {
        find: '2,500',
        label: 'supported-by-source',
        note: 'Bitcoin Magazine headline',
      },
      {
        find: '$150,000',
        label: 'supported-by-source',
        note: 'Cointelegraph headline; forecast but attributed - debatable',
      },
    ],
  },
  {
    id: 'P-llm-08',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Review\n\nThis week was difficult for most of the market.\n\n**Majors:**\n- **Bitcoin:** down 1.2%\n- **Ethereum:** down 5.4%\n- **Solana:** down 7.2%\n- **XRP:** down 3.7%\n- **BNB:** down 0.6%\n\n**Sectors:**\n- Memes: -13.6%, the worst sector\n- Layer 2: -10.6%\n- AI: -9.9%\n- Gaming: -4.3%\n- DePIN: +2.1%, the only gainer\n\nTotal open interest shrank 7.3% over the period, and SOL open interest 13.6%.\n\n**Summary:** only 1 of 10 Layer 1 names gained on the week — Sui, up 2.4%.',
    numbers: [
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '0.6%@1',
        label: 'supported',
      },
      {
        find: '-13.6%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-10.6%',
        label: 'supported',
      },
      {
        find: '-9.9%',
        label: 'supported',
      },
      {
        find: '-4.3%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -9.3',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'supported',
      },
      {
        find: '13.6%@2',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'supported',
        note: 'L1 member count, sector.l1.members 10',
      },
      {
        find: '1@8',
        label: 'ignored',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'fact sui.change_7d +0.39',
      },
    ],
  },
  {
    id: 'P-llm-09',
    voice: 'llm',
    style: 'weekly',
    text: '## AI Tokens: Week in Review\n\nThe **AI sector** dropped 9.9% this week, with 6 of its 7 members lower.\n\n**Biggest losers:**\n1. Fetch.ai (FET): -17.2%\n2. Worldcoin (WLD): -15.6%\n3. Virtuals (VIRTUAL): -9.2%\n\n**Only gainer:** Render, up 1.9%.\n\nBittensor (TAO) fell 10.2% and The Graph (GRT) 12%.\n\n**Summary:** the sector lost about $1.5 billion in market value over the week.',
    numbers: [
      {
        find: '9.9%',
        label: 'supported',
      },
      {
        find: '6@1',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '1.@1',
        label: 'ignored',
      },
      {
        find: '-17.2%',
        label: 'supported',
      },
      {
        find: '2.',
        label: 'ignored',
      },
      {
        find: '-15.6%',
        label: 'supported',
      },
      {
        find: '3.',
        label: 'ignored',
      },
      {
        find: '-9.2%',
        label: 'contradicted',
        note: 'weekly style: virtual.change_7d -12.1; -9.2 is 24h',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '10.2%',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'supported',
      },
      {
        find: '$1.5 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-llm-10',
    voice: 'llm',
    style: 'sector',
    text: "## Layer 2 Focus\n\nLayer 2 tokens fell **3.2%** over the past day, with all 4 members in the red.\n\n- **Optimism (OP)** was the worst performer at -3.6%, trading at $0.44\n- **Arbitrum (ARB)** lost 3.4% to $0.289\n- **Immutable (IMX)** dropped 3.1%\n- **Polygon (POL)** held up best, down 1.8%\n\nThe sector's combined market cap on the watchlist is about $5.1 billion, while CoinGecko's broader category sits near $13.8 billion.\n\n**Summary:** rollup tokens remain under pressure, with ARB down nearly 16% over 30 days.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '$0.44',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$0.289',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'fact pol.change_24h -2.8',
      },
      {
        find: '$5.1 billion',
        label: 'supported',
      },
      {
        find: '$13.8 billion',
        label: 'supported',
      },
      {
        find: '16%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'P-llm-11',
    voice: 'llm',
    style: 'sector',
    text: '## Memecoin Breakdown\n\nMeme tokens were the **worst-performing sector**, falling 5.8%. The watchlist memes are worth about $44.2 billion after losing roughly $2.7 billion in a day.\n\n- **DOGE**: $0.2197, -5.6%, funding -0.0061%\n- **SHIB**: -5.9%\n- **PEPE**: -6.8%\n- **WIF**: $0.677, -8.1%\n\nDogecoin open interest dropped 19% to about $1.2 billion.\n\n**Summary:** all 4 meme coins declined; Dogecoin was the relative leader, Decrypt notes, despite falling about 5.6%.',
    numbers: [
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '$44.2 billion',
        label: 'supported',
      },
      {
        find: '$2.7 billion',
        label: 'supported',
      },
      {
        find: '$0.2197',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '$0.677',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'supported',
      },
      {
        find: '19%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -9.0',
      },
      {
        find: '$1.2 billion',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '5.6%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-llm-12',
    voice: 'llm',
    style: 'daily',
    text: "## Key Levels to Watch\n\n\n- **BTC:** support $120K, resistance $125K\n- **ETH:** support $4,000, resistance $4,200\n- **SOL:** support $200, resistance $210\n- **XRP:** support $2.40, resistance $2.50\n- **BNB:** support $1,000, resistance $1,050\n\nBTC's 30-day swing high is $125,084 and the swing low $104,500.\n\n**Summary:** Bitcoin is roughly 3% below resistance.",
    numbers: [
      {
        find: '$120K',
        label: 'supported',
      },
      {
        find: '$125K',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '$4,200',
        label: 'supported',
      },
      {
        find: '$200',
        label: 'contradicted',
        note: '200 is SOL resistance; support is 190',
      },
      {
        find: '$210',
        label: 'contradicted',
        note: 'fact sol.resistance 200',
      },
      {
        find: '$2.40',
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
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$125,084',
        label: 'supported',
      },
      {
        find: '$104,500',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 111,110',
      },
      {
        find: '3%',
        label: 'unsupported',
        note: 'derived distance to resistance',
      },
    ],
  },
  {
    id: 'P-llm-13',
    voice: 'llm',
    style: 'daily',
    text: '## Volatility and Volume\n\n- **BTC** 7-day realized volatility: **26.9%**, versus 28.3% over 30 days\n- **ETH** 7-day volatility: 25.5%\n- **SOL**: 51.2%\n- **WLD** was the most volatile at 109%, ahead of PEPE at 106%\n\nVolumes were subdued. Bitcoin traded at 0.89 times its 7-day average and Ether at 0.94. Only a handful of names, including FET at 1.16x and VIRTUAL at 1.18x, saw above-average activity.\n\n**Summary:** a quiet, low-volume drift lower, with total volume of $241 billion.',
    numbers: [
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '26.9%',
        label: 'supported',
      },
      {
        find: '28.3%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '25.5%',
        label: 'supported',
      },
      {
        find: '51.2%',
        label: 'supported',
      },
      {
        find: '109%',
        label: 'supported',
      },
      {
        find: '106%',
        label: 'supported',
      },
      {
        find: '0.89',
        label: 'supported',
      },
      {
        find: '7-day@3',
        label: 'ignored',
      },
      {
        find: '0.94',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 0.77; 0.94 is SOL',
      },
      {
        find: '1.16x',
        label: 'supported',
      },
      {
        find: '1.18x',
        label: 'supported',
      },
      {
        find: '$241 billion',
        label: 'contradicted',
        note: 'fact market.volume_24h 214B (digits transposed)',
      },
    ],
  },
  {
    id: 'P-llm-14',
    voice: 'llm',
    style: 'daily',
    text: "## What's Next?\n\nAnalysts expect Bitcoin could test $130,000 if ETF inflows continue. Inflation data due next week, with CPI forecast at 2.9%, may drive direction.\n\n- The 10-year Treasury yield near 4.2% remains a headwind.\n- Bitcoin's all-time high of $126,000 is within reach.\n- Sui faces a token unlock of 64 million tokens.\n\n**Summary:** cautious optimism for BTC, caution for altcoins.",
    numbers: [
      {
        find: '$130,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2.9%',
        label: 'unsupported',
        note: 'macro',
      },
      {
        find: '10-year',
        label: 'ignored',
      },
      {
        find: '4.2%',
        label: 'unsupported',
        note: 'macro',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '64 million',
        label: 'unsupported',
        note: 'r/CryptoCurrency post not attributed',
      },
    ],
  },
  {
    id: 'P-llm-15',
    voice: 'llm',
    style: 'daily',
    text: '## Daily Brief\n\n**Bitcoin** climbed **2.1%** to $121,300, while **Ethereum** lost 1.8% and **Solana** 7.2%.\n\n- Total market cap: $3.59 trillion\n- BTC dominance: 52.1%\n- Advancers: 7; decliners: 21\n\n**Summary:** a mixed session with Bitcoin leading.',
    numbers: [
      {
        find: '2.1%@1',
        label: 'contradicted',
        note: 'fact btc.change_24h +0.4',
      },
      {
        find: '$121,300',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'contradicted',
        note: 'sol.change_24h -3.9; 7.2 is its 7d change / OI drop',
      },
      {
        find: '$3.59 trillion',
        label: 'contradicted',
        note: 'fact market.total_cap 3.951T (digits swapped)',
      },
      {
        find: '52.1%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.2',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '21@2',
        label: 'contradicted',
        note: 'fact market.decliners_24h 23',
      },
    ],
  },
  {
    id: 'P-llm-16',
    voice: 'llm',
    style: 'daily',
    text: '## Altcoin Watch\n\n- **Sui (SUI)** gained 6% to $2.75\n- **NEAR** slipped 3.2% to $2.60\n- **Avalanche** was the worst Layer 1, falling 4.2%\n- **Cardano** lost 8.3% to $0.74\n- **Polkadot** held $3 support at $3.18\n\nChainlink rose 3.5% and Toncoin 1.2%.\n\n**Summary:** Layer 1 breadth was weak, with 5 of 10 names higher.',
    numbers: [
      {
        find: '6%',
        label: 'contradicted',
        note: 'fact sui.change_24h +0.6; 10x slip',
      },
      {
        find: '$2.75',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
      {
        find: '8.3%',
        label: 'contradicted',
        note: 'ada.change_24h -3.6; 8.3 is 30d',
      },
      {
        find: '$0.74',
        label: 'contradicted',
        note: 'fact ada.price 0.6384',
      },
      {
        find: '$3@1',
        label: 'supported',
      },
      {
        find: '$3.18',
        label: 'supported',
      },
      {
        find: '3.5%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
      {
        find: '1.2%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '5@3',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 3',
      },
      {
        find: '10',
        label: 'supported',
        note: 'L1 member count, sector.l1.members 10',
      },
    ],
  },
  {
    id: 'P-llm-17',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Deep Dive\n\n**Bitcoin funding** turned **negative**, with shorts paying longs 0.0052% per 8 hours, Cointelegraph said.\n\n- **ETH open interest:** $6 billion, down 9.8%\n- **SOL open interest:** $1.8 billion, down 7.2%\n- **XRP open interest:** $10 billion\n- **Total OI:** $18 billion, up 3.4%\n\nAnnualized, BTC funding equals about 11%.\n\n**Summary:** derivatives traders are leaning bearish, but positioning in BTC keeps growing (+1.1% OI).',
    numbers: [
      {
        find: '0.0052%',
        label: 'contradicted',
        note: 'fact btc.funding_rate +0.0052: longs pay shorts',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '$6 billion',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -6.5; -9.8 is 7d',
      },
      {
        find: '$1.8 billion',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'supported',
      },
      {
        find: '$10 billion',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.0B; 10x slip',
      },
      {
        find: '$18 billion',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h -3.4: direction',
      },
      {
        find: '11%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 5.7',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-llm-18',
    voice: 'llm',
    style: 'weekly',
    text: "## Week Ahead and Behind\n\n**Over the week**, Bitcoin gained 0.4% and Ether slipped 1.8%.\n\n- Memes: worst at -13.6%, with **Pepe** the weakest member at -18.6%\n- Gaming: all 4 members down; Gala worst at -11.1%\n- DePIN: up 2.1%; Filecoin led at +2.2%\n\nNext week, analysts see Ether reclaiming $4,500.\n\n**Summary:** the market's total open interest fell 3.4% on the week.",
    numbers: [
      {
        find: '0.4%',
        label: 'contradicted',
        note: 'weekly style: btc.change_7d -1.2; 0.4 is 24h',
      },
      {
        find: '1.8%',
        label: 'contradicted',
        note: 'weekly: eth.change_7d -5.4; 1.8 is 24h',
      },
      {
        find: '-13.6%',
        label: 'supported',
      },
      {
        find: '-18.6%',
        label: 'contradicted',
        note: 'worst 7d meme is SHIB -18.6; PEPE was best at -11.8',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '-11.1%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'best 7d DePIN member is IOTX +5.9; FIL +2.2 value right but leader wrong',
      },
      {
        find: '$4,500',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'weekly: market.oi_change_7d -7.3; -3.4 is 24h',
      },
    ],
  },
  {
    id: 'P-llm-19',
    voice: 'llm',
    style: 'daily',
    text: "## Quick Take\n\n- **BTC:** $121.3K (+0.4%)\n- **ETH:** $4.18K (-1.8%)\n- **SOL:** $169 (-3.9%)\n- **BNB:** $1,039 (-1.1%)\n- **DOGE:** $0.22 (-5.6%)\n\n**Bottom line:** BTC volume is running at 1.3x its weekly average, CoinDesk's bitcoin-slip headline of 3% notwithstanding.",
    numbers: [
      {
        find: '$121.3K',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '$4.18K',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '$169',
        label: 'contradicted',
        note: 'fact sol.price 196.42',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '$1,039',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'contradicted',
        note: 'fact bnb.change_24h +1.1: direction',
      },
      {
        find: '$0.22',
        label: 'supported',
      },
      {
        find: '-5.6%',
        label: 'supported',
      },
      {
        find: '1.3x',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 0.89',
      },
      {
        find: '3%',
        label: 'contradicted',
        note: 'CoinDesk headline; contradicted by btc.change_24h +0.4',
      },
    ],
  },
  {
    id: 'P-llm-20',
    voice: 'llm',
    style: 'daily',
    text: '## Market Pulse\n\n**Headline numbers:**\n- Total market cap fell 2.9%\n- Total volume: $142 billion\n- Open interest: $16 billion\n\n**Movers:**\n- **Virtuals** plunged 12.1%\n- **Fetch.ai** dropped 5.3%\n- **Worldcoin** fell 7.4%\n- **Helium** rose 2.1%\n- **Render** gained 0.8%\n- **Bittensor** held at $419\n\n**Sectors:** AI was the worst sector at -4.1%; Gaming lost 6.2%.\n\n**Summary:** 18 tokens fell and Bitcoin could reach $140,000 by spring, while the Fed is expected to cut by 25 basis points.',
    numbers: [
      {
        find: '2.9%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -1.3',
      },
      {
        find: '$142 billion',
        label: 'contradicted',
        note: 'market.volume_24h 214B; 142B is the L1 category volume',
      },
      {
        find: '$16 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 18B',
      },
      {
        find: '12.1%',
        label: 'contradicted',
        note: 'virtual.change_24h -9.2; 12.1 is 7d',
      },
      {
        find: '5.3%',
        label: 'contradicted',
        note: 'fet.change_24h -7.4; 5.3 is WLD',
      },
      {
        find: '7.4%',
        label: 'contradicted',
        note: 'wld.change_24h -5.3; 7.4 is FET',
      },
      {
        find: '2.1%@2',
        label: 'contradicted',
        note: 'hnt.change_24h +1.6; 2.1 is FIL',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$419',
        label: 'contradicted',
        note: 'fact tao.price 391.2',
      },
      {
        find: '-4.1%',
        label: 'contradicted',
        note: 'worst sector 24h is Memes -5.8; AI -4.1 is second-worst',
      },
      {
        find: '6.2%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h -2.6',
      },
      {
        find: '18',
        label: 'contradicted',
        note: 'fact market.decliners_24h 23',
      },
      {
        find: '$140,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '25',
        label: 'unsupported',
        note: 'macro',
      },
    ],
  },
];
