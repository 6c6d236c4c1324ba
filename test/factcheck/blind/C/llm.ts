import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Market Overview\n\nThe crypto market staged a **broad rally** over the past 24 hours. Total market capitalization rose **3.7%** to **$3.62 trillion**, and **27 out of 30** tracked assets posted gains.\n\n- **Bitcoin (BTC):** $112,486, up 3.84%\n- **Ethereum (ETH):** $3,987.42, up 4.62%\n- **Solana (SOL):** $171.36, up 5.41%',
    numbers: [
      {
        find: '24 hours',
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
        find: '27',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '3.84%',
        label: 'supported',
      },
      {
        find: '$3,987.42',
        label: 'supported',
      },
      {
        find: '4.62%',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '5.41%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-02',
    voice: 'llm',
    style: 'daily',
    text: '## Key Takeaways\n\n1. **AI tokens led the market**, rising **9.2%** as a sector.\n2. **Layer 2 lagged**, slipping **0.44%**.\n3. **Bitcoin broke above its 30-day high** of **$111,308**.\n4. **Funding turned negative** on SOL (**-0.0027%**) and DOGE (**-0.0058%**).',
    numbers: [
      {
        find: '1.',
        label: 'ignored',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '2.',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '0.44%',
        label: 'supported',
      },
      {
        find: '3.',
        label: 'ignored',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,308',
        label: 'supported',
      },
      {
        find: '4.',
        label: 'ignored',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-03',
    voice: 'llm',
    style: 'sector',
    text: "## Bitcoin Analysis\n\nBitcoin is currently trading at **$112,486**, representing a gain of **3.84%** over the past day. The 24-hour range spanned from **$108,050** to **$112,512**.\n\n**Key levels to watch:**\n- **Support:** $110,000\n- **Resistance:** $115,000\n- **Next target:** $118,000\n\nIt's worth noting that bitcoin has gained **10.97%** over the past week and **11.46%** over the past month.",
    numbers: [
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '3.84%',
        label: 'supported',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$108,050',
        label: 'supported',
      },
      {
        find: '$112,512',
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
        find: '$118,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '10.97%',
        label: 'supported',
      },
      {
        find: '11.46%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-04',
    voice: 'llm',
    style: 'sector',
    text: "## Sector Performance\n\nHere's how each sector performed today:\n\n- **AI:** +9.20% (7/7 advancing)\n- **Gaming:** +6.12%\n- **DePIN:** +5.41%\n- **Layer 1:** +3.86%\n- **Memes:** +1.82%\n- **Layer 2:** -0.44%\n\n**AI** was the clear winner, while **Layer 2** was the **only sector in negative territory**.",
    numbers: [
      {
        find: '9.20%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '6.12%',
        label: 'supported',
      },
      {
        find: '5.41%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '3.86%',
        label: 'supported',
      },
      {
        find: '1.82%',
        label: 'supported',
      },
      {
        find: 'Layer 2@1',
        label: 'ignored',
      },
      {
        find: '0.44%',
        label: 'supported',
      },
      {
        find: 'Layer 2@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-llm-05',
    voice: 'llm',
    style: 'daily',
    text: '## Top Gainers and Losers\n\n**Top Gainers:**\n- Virtuals Protocol (VIRTUAL): +14.27%\n- FET: +11.84%\n- Gala (GALA): +9.81%\n\n**Top Losers:**\n- Optimism (OP): -2.41%\n- Arbitrum (ARB): -1.93%\n- Shiba Inu (SHIB): -0.58%',
    numbers: [
      {
        find: '14.27%',
        label: 'supported',
      },
      {
        find: '11.84%',
        label: 'supported',
      },
      {
        find: '9.81%',
        label: 'supported',
      },
      {
        find: '2.41%',
        label: 'supported',
      },
      {
        find: '1.93%',
        label: 'supported',
      },
      {
        find: '0.58%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-06',
    voice: 'llm',
    style: 'daily',
    text: "## Derivatives Snapshot\n\n**Open interest** across tracked perpetuals rose **7.8%** to **$19.1B**. Bitcoin's funding rate sits at **0.0081%** per 8 hours (**8.9%** annualized), indicating moderately bullish positioning.\n\nInterestingly, **Solana's open interest fell 3.4%** despite a price gain, while **Dogecoin's OI dropped 9.3%**.",
    numbers: [
      {
        find: '7.8%',
        label: 'contradicted',
        note: 'total OI 24h +5.1%; 7.8% is ETH',
      },
      {
        find: '$19.1B',
        label: 'supported',
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
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '9.3%',
        label: 'contradicted',
        note: 'DOGE OI 24h -5.6%; -9.3% is 7d',
      },
    ],
  },
  {
    id: 'C-llm-07',
    voice: 'llm',
    style: 'sector',
    text: '## Ethereum\n\nEthereum climbed **4.62%** to **$3,987.42**, approaching the psychologically important **$4,000** resistance level. Key points:\n\n- **24h high:** $3,997.92\n- **Support:** $3,800\n- **Market cap:** $481.3B\n- **Funding (annualized):** 12.3%\n\n> Ethereum could break **$4,200** if momentum continues.',
    numbers: [
      {
        find: '4.62%',
        label: 'supported',
      },
      {
        find: '$3,987.42',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$3,997.92',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '$481.3B',
        label: 'supported',
      },
      {
        find: '12.3%',
        label: 'contradicted',
        note: 'ETH funding APR 10.3%',
      },
      {
        find: '$4,200',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-llm-08',
    voice: 'llm',
    style: 'sector',
    text: '## Memecoins\n\nThe meme sector was **the best-performing sector** today, up **1.82%**. **Dogwifhat (WIF)** led with **+4.83%**, while **Shiba Inu** was the only decliner at **-0.58%**. Notably, **3 of 4** meme tokens advanced.',
    numbers: [
      {
        find: '1.82%',
        label: 'contradicted',
        note: 'Memes 1.82% ranked 5th of 6; AI best',
      },
      {
        find: '+4.83%',
        label: 'supported',
      },
      {
        find: '-0.58%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-09',
    voice: 'llm',
    style: 'daily',
    text: '## Market Breadth\n\nMarket breadth was **exceptionally strong**: **90%** of tracked assets advanced, with only **3** decliners. Bitcoin dominance stands at **62.1%**, and total 24h volume reached **$184.2 billion**.',
    numbers: [
      {
        find: '90%',
        label: 'supported',
      },
      {
        find: '3',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$184.2 billion',
        label: 'contradicted',
        note: 'total volume $164.2B',
      },
    ],
  },
  {
    id: 'C-llm-10',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Recap\n\nOver the past week, the crypto market showed **significant strength**:\n\n- **Bitcoin:** +10.97%\n- **Ethereum:** +4.33%\n- **Solana:** +5.41%\n- **Avalanche:** +15.64% *(best L1)*\n- **Dogecoin:** -7.61%\n\n### Sector Moves (7d)\n- **Layer 1:** +8.96% — **best sector this week**\n- **Memes:** -6.86% — **worst sector**\n- **DePIN:** +4.93%',
    numbers: [
      {
        find: '10.97%',
        label: 'supported',
      },
      {
        find: '4.33%',
        label: 'supported',
      },
      {
        find: '5.41%',
        label: 'contradicted',
        note: 'SOL 7d +8.29%; 5.41% is 24h',
      },
      {
        find: '15.64%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '7.61%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '8.96%',
        label: 'supported',
      },
      {
        find: '6.86%',
        label: 'supported',
      },
      {
        find: '4.93%',
        label: 'contradicted',
        note: 'DePIN 7d -4.93%; sign flipped',
      },
    ],
  },
  {
    id: 'C-llm-11',
    voice: 'llm',
    style: 'daily',
    text: '## Layer 1 Deep Dive\n\n**All 10 Layer 1 tokens** finished higher. The sector gained **3.86%**, led by **NEAR (+8.93%)** and **Sui (+7.14%)**. **BNB** was the laggard at **+1.88%**.\n\n- **Avalanche:** $19.84 (+6.27%)\n- **Cardano:** $0.5873 (+3.92%)\n- **Polkadot:** $3.318 (+4.48%)\n- **XRP:** $2.4817 (+3.16%)',
    numbers: [
      {
        find: 'Layer 1@1',
        label: 'ignored',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: 'Layer 1@2',
        label: 'ignored',
      },
      {
        find: '3.86%',
        label: 'supported',
      },
      {
        find: '8.93%',
        label: 'supported',
      },
      {
        find: '7.14%',
        label: 'supported',
      },
      {
        find: '1.88%',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '6.27%',
        label: 'supported',
      },
      {
        find: '$0.5873',
        label: 'supported',
      },
      {
        find: '3.92%',
        label: 'supported',
      },
      {
        find: '$3.318',
        label: 'supported',
      },
      {
        find: '4.48%',
        label: 'supported',
      },
      {
        find: '$2.4817',
        label: 'supported',
      },
      {
        find: '3.16%',
        label: 'contradicted',
        note: 'XRP 24h +2.16%',
      },
    ],
  },
  {
    id: 'C-llm-12',
    voice: 'llm',
    style: 'sector',
    text: '## Outlook\n\nLooking ahead, **bitcoin may test $120,000** within the next two weeks if ETF inflows persist. Analysts estimate that roughly **$2 billion** in additional inflows could be needed. Historically, December rallies have averaged **8%**.',
    numbers: [
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'two weeks',
        label: 'ignored',
      },
      {
        find: '$2 billion',
        label: 'unsupported',
        note: 'invented/forecast',
      },
      {
        find: '8%',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'C-llm-13',
    voice: 'llm',
    style: 'sector',
    text: '## DePIN\n\n**DePIN** rose **5.41%**, with **all four** members in the green:\n\n| | |\n|---|---|\n| **Render** | +9.46% |\n| **IoTeX** | +5.83% |\n| **Filecoin** | +3.10% |\n| **Helium** | +1.24% |\n\n**Helium** lagged its peers, consistent with reports that it is still **down 6.2%** on the week.',
    numbers: [
      {
        find: '5.41%',
        label: 'supported',
      },
      {
        find: 'all four',
        label: 'supported',
      },
      {
        find: '9.46%',
        label: 'supported',
      },
      {
        find: '5.83%',
        label: 'supported',
      },
      {
        find: '3.10%',
        label: 'supported',
      },
      {
        find: '1.24%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-14',
    voice: 'llm',
    style: 'sector',
    text: '## AI Sector Spotlight\n\nThe **AI sector** surged **9.2%**, adding **$1.15 billion** in market value. **Virtuals Protocol** (+14.3%) and **FET** (+11.8%) led the charge, while **The Graph** (+6.4%) was the weakest member.\n\n- **Bittensor (TAO):** $371.80, +8.71%\n- **Render:** $2.918, +9.46%\n- **Worldcoin:** $0.7916, +17.5%\n- **NEAR:** $2.906, +8.93%',
    numbers: [
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '$1.15 billion',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '11.8%',
        label: 'supported',
      },
      {
        find: '6.4%',
        label: 'supported',
      },
      {
        find: '$371.80',
        label: 'supported',
      },
      {
        find: '8.71%',
        label: 'supported',
      },
      {
        find: '$2.918',
        label: 'supported',
      },
      {
        find: '9.46%',
        label: 'supported',
      },
      {
        find: '$0.7916',
        label: 'supported',
      },
      {
        find: '17.5%',
        label: 'contradicted',
        note: 'WLD 24h +7.5%',
      },
      {
        find: '$2.906',
        label: 'supported',
      },
      {
        find: '8.93%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-15',
    voice: 'llm',
    style: 'sector',
    text: "## Gaming\n\n**Gaming tokens** gained **6.12%**, with **Gala** up **9.81%**, **Axie Infinity** up **8.92%**, and **The Sandbox** up **7.64%**. **Immutable** was the **best performer in gaming** at **+2.60%**.\n\nDespite today's bounce, gaming remains **down 7.69%** over 30 days.",
    numbers: [
      {
        find: '6.12%',
        label: 'supported',
      },
      {
        find: '9.81%',
        label: 'supported',
      },
      {
        find: '8.92%',
        label: 'supported',
      },
      {
        find: '7.64%',
        label: 'supported',
      },
      {
        find: '2.60%',
        label: 'contradicted',
        note: "IMX +2.6% was gaming's worst; GALA best",
      },
      {
        find: '7.69%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'C-llm-16',
    voice: 'llm',
    style: 'daily',
    text: '## Risk Factors\n\n- **Volatility:** BTC 7-day realized volatility is **33.9%**, ETH **72.0%**, TAO **162.8%**.\n- **Leverage:** Total OI is **$19.1B**, up **9.6%** on the week.\n- **Liquidations:** Approximately **$1.2 billion** in positions were liquidated.\n- **Concentration:** BTC dominance of **66%** leaves altcoins vulnerable.',
    numbers: [
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '33.9%',
        label: 'supported',
      },
      {
        find: '72.0%',
        label: 'supported',
      },
      {
        find: '162.8%',
        label: 'supported',
      },
      {
        find: '$19.1B',
        label: 'supported',
      },
      {
        find: '9.6%',
        label: 'supported',
      },
      {
        find: '$1.2 billion',
        label: 'unsupported',
        note: 'invented: no fact; headline was $340M',
      },
      {
        find: '66%',
        label: 'contradicted',
        note: 'dominance 62.1%',
      },
    ],
  },
  {
    id: 'C-llm-17',
    voice: 'llm',
    style: 'daily',
    text: '## Summary Table of Majors\n\n**Bitcoin** $112.5K · **Ether** $3.99K · **XRP** $2.48 · **BNB** $1,012.60 · **Solana** $171.4\n\n**Daily change:** BTC +3.8%, ETH +4.6%, XRP +2.2%, BNB +1.0%, SOL +5.4%.',
    numbers: [
      {
        find: '$112.5K',
        label: 'supported',
      },
      {
        find: '$3.99K',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '$1,012.60',
        label: 'supported',
      },
      {
        find: '$171.4',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '1.0%',
        label: 'contradicted',
        note: 'BNB 24h +1.88%; 1.04% is 7d',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-18',
    voice: 'llm',
    style: 'sector',
    text: "## Layer 2\n\n**Layer 2** was the **only sector to decline**, losing **0.44%**. **Optimism** (-2.41%) and **Arbitrum** (-1.93%) dragged the group lower, while **Immutable** (+2.60%) and **Polygon** (+0.31%) edged up. The sector's market cap is **$5.61 billion**.",
    numbers: [
      {
        find: 'Layer 2@1',
        label: 'ignored',
      },
      {
        find: 'Layer 2@2',
        label: 'ignored',
      },
      {
        find: '0.44%',
        label: 'supported',
      },
      {
        find: '2.41%',
        label: 'supported',
      },
      {
        find: '1.93%',
        label: 'supported',
      },
      {
        find: '2.60%',
        label: 'supported',
      },
      {
        find: '0.31%',
        label: 'supported',
      },
      {
        find: '$5.61 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-19',
    voice: 'llm',
    style: 'sector',
    text: '## Where the Market Stands\n\nBitcoin is trading at **$114,486**, up **3.84%**. Ethereum has surged **14.6%** to **$3,987**. Notably, **every major asset is in the green**.\n\n- **Solana:** $171.36 (+15.4%)\n- **XRP:** $2.48 (+21.6%)',
    numbers: [
      {
        find: '$114,486',
        label: 'contradicted',
        note: 'BTC $112,486.30',
      },
      {
        find: '3.84%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: 'every major asset is in the green',
        label: 'contradicted',
        note: 'OP, ARB, SHIB fell',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '15.4%',
        label: 'contradicted',
        note: 'SOL 24h +5.41%',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '21.6%',
        label: 'contradicted',
        note: 'XRP 24h +2.16%; decimal slip',
      },
    ],
  },
  {
    id: 'C-llm-20',
    voice: 'llm',
    style: 'sector',
    text: '## Sector Rankings\n\n1. **Gaming** — +6.12%\n2. **AI** — +9.20%\n3. **DePIN** — +5.41%\n4. **Memes** — +3.86%\n5. **Layer 1** — +1.82%\n6. **Layer 2** — -0.44%',
    numbers: [
      {
        find: '1.@1',
        label: 'ignored',
      },
      {
        find: '6.12%',
        label: 'contradicted',
        note: 'gaming ranked 2nd; AI first',
      },
      {
        find: '2.',
        label: 'ignored',
      },
      {
        find: '9.20%',
        label: 'contradicted',
        note: 'AI was first; listed as second',
      },
      {
        find: '3.@1',
        label: 'ignored',
      },
      {
        find: '5.41%',
        label: 'supported',
      },
      {
        find: '4.',
        label: 'ignored',
      },
      {
        find: '3.86%',
        label: 'contradicted',
        note: 'memes 24h +1.82%; 3.86% is L1',
      },
      {
        find: '5.@2',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '1.82%',
        label: 'contradicted',
        note: 'L1 24h +3.86%; swapped with memes',
      },
      {
        find: '6.@2',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '0.44%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-21',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Deep Dive\n\n- **BTC funding:** 0.0812% per 8h\n- **ETH OI:** $9.84B\n- **SOL OI change:** +2.1%\n- **DOGE funding:** **positive** at 0.0058%\n- **Total liquidations:** $780M',
    numbers: [
      {
        find: '0.0812%',
        label: 'contradicted',
        note: 'BTC funding 0.00812%; off by 10x',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$9.84B',
        label: 'contradicted',
        note: 'ETH OI $5.91B; 9.84B is BTC',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'SOL OI 24h -3.4%; +2.1% is 7d',
      },
      {
        find: '0.0058%',
        label: 'contradicted',
        note: 'DOGE funding -0.0058%; sign flipped',
      },
      {
        find: '$780M',
        label: 'unsupported',
        note: 'invented, no source',
      },
    ],
  },
  {
    id: 'C-llm-22',
    voice: 'llm',
    style: 'weekly',
    text: '## This Week in Crypto\n\nOver the past **7 days**:\n\n- **Bitcoin** gained **3.84%**\n- **Ethereum** rose **10.22%**\n- **Filecoin** jumped **3.10%**\n- **Dogecoin** fell **7.61%**\n- **Layer 1** was the **best sector** at **+8.96%**\n- **Memes** were the **worst sector** at **-6.86%**\n- **AI** gained **9.20%**',
    numbers: [
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '3.84%',
        label: 'contradicted',
        note: 'BTC 7d +10.97%; 3.84% is 24h',
      },
      {
        find: '10.22%',
        label: 'contradicted',
        note: 'ETH 7d +4.33%; 10.22% is 30d',
      },
      {
        find: '3.10%',
        label: 'contradicted',
        note: 'FIL 7d -11.51%; 3.1% is 24h',
      },
      {
        find: '7.61%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '8.96%',
        label: 'supported',
      },
      {
        find: '-6.86%',
        label: 'supported',
      },
      {
        find: '9.20%',
        label: 'contradicted',
        note: 'AI 7d +3.58%; 9.2% is 24h',
      },
    ],
  },
  {
    id: 'C-llm-23',
    voice: 'llm',
    style: 'daily',
    text: "## Looking Back\n\n**Bitcoin's all-time high** was **$126,200**, set in **October**. Since then, the asset fell as much as **23%** before recovering. Today's price of **$112,486** is about **11%** below that peak.",
    numbers: [
      {
        find: '$126,200',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '23%',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'unsupported',
        note: 'derived: distance from history',
      },
    ],
  },
  {
    id: 'C-llm-24',
    voice: 'llm',
    style: 'sector',
    text: '## AI Sector Members\n\n- **VIRTUAL:** +4.27%\n- **FET:** +1.84%\n- **TAO:** +0.42%\n- **GRT:** +10.29%\n- **WLD:** -3.14%\n- **RENDER:** +9.46%\n- **NEAR:** +8.93%',
    numbers: [
      {
        find: '4.27%',
        label: 'contradicted',
        note: 'VIRTUAL 24h +14.27%',
      },
      {
        find: '1.84%',
        label: 'contradicted',
        note: 'FET 24h +11.84%',
      },
      {
        find: '0.42%',
        label: 'contradicted',
        note: 'TAO 24h +8.71%; 0.42% is 7d',
      },
      {
        find: '10.29%',
        label: 'contradicted',
        note: 'GRT 24h +6.38%; 10.29% is 7d',
      },
      {
        find: '3.14%',
        label: 'contradicted',
        note: 'WLD 24h +7.52%; -3.14% is 7d',
      },
      {
        find: '9.46%',
        label: 'supported',
      },
      {
        find: '8.93%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-25',
    voice: 'llm',
    style: 'daily',
    text: '## FAQ\n\n**Q: Did Bitcoin beat its 30-day high?**\nA: Yes — the 30-day swing high was **$115,000**.\n\n**Q: What is BTC dominance?**\nA: **52.1%**.\n\n**Q: How much did the total market gain?**\nA: **$310 billion**, or **8.7%**.',
    numbers: [
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$115,000',
        label: 'contradicted',
        note: 'swing high $111,307.58; 115,000 is resistance',
      },
      {
        find: '52.1%',
        label: 'contradicted',
        note: 'dominance 62.1%',
      },
      {
        find: '$310 billion',
        label: 'unsupported',
        note: 'derived: no USD change fact for total cap',
      },
      {
        find: '8.7%',
        label: 'contradicted',
        note: 'total cap 24h +3.71%',
      },
    ],
  },
  {
    id: 'C-llm-26',
    voice: 'llm',
    style: 'daily',
    text: '## Quick Stats\n\n- **Advancers:** 29\n- **Decliners:** 1\n- **BTC 24h volume:** $34.4B\n- **ETH 7d volatility:** 27.0%\n- **SOL market cap:** $49.6B\n- **TAO resistance:** $400\n- **AI sector best:** **FET** at +11.84%\n- **L1 worst:** **XRP** at +2.16%\n- **DePIN 24h:** +9.46%\n- **Gaming 24h:** +9.81%',
    numbers: [
      {
        find: '29',
        label: 'contradicted',
        note: '27 advancers',
      },
      {
        find: '1@1',
        label: 'contradicted',
        note: '3 decliners',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '$34.4B',
        label: 'contradicted',
        note: 'BTC volume $3.44B; decimal slip',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '27.0%',
        label: 'contradicted',
        note: 'ETH 7d vol 72.0%; digits swapped',
      },
      {
        find: '$49.6B',
        label: 'contradicted',
        note: 'SOL cap $94.6B',
      },
      {
        find: '$400',
        label: 'contradicted',
        note: 'TAO resistance $380',
      },
      {
        find: '11.84%',
        label: 'contradicted',
        note: 'AI best was VIRTUAL +14.27%',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '2.16%',
        label: 'contradicted',
        note: 'L1 worst was BNB +1.88%',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '9.46%',
        label: 'contradicted',
        note: 'DePIN 24h +5.41%; 9.46% is RENDER',
      },
      {
        find: '24h@3',
        label: 'ignored',
      },
      {
        find: '9.81%',
        label: 'contradicted',
        note: 'gaming 24h +6.12%; 9.81% is GALA',
      },
    ],
  },
  {
    id: 'C-llm-27',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Sector Scorecard\n\n- **Layer 1:** +8.96% (**best sector**)\n- **Gaming:** +8.35%\n- **Layer 2:** +5.44%, with **all four** members up\n- **AI:** +3.58%, **6** up and **1** down\n- **DePIN:** -4.93%\n- **Memes:** -6.86% (**worst sector**)\n\n**Top weekly performer:** Avalanche at +15.64%. **Worst:** Filecoin at -11.51%. **Worldcoin** gained **7.52%**.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '8.96%',
        label: 'supported',
      },
      {
        find: '8.35%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '5.44%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '3.58%',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'supported',
      },
      {
        find: '4.93%',
        label: 'supported',
      },
      {
        find: '6.86%',
        label: 'supported',
      },
      {
        find: '15.64%',
        label: 'supported',
      },
      {
        find: '11.51%',
        label: 'supported',
      },
      {
        find: '7.52%',
        label: 'contradicted',
        note: 'WLD 7d -3.14%; 7.52% is 24h',
      },
    ],
  },
  {
    id: 'C-llm-28',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Highlights\n\n- **Bitcoin** rose **10.97%** to **$112,486**\n- **Immutable** (+13.15%) led both **Gaming** and **Layer 2**\n- **The Graph** gained **10.29%**\n- **Polygon** was essentially flat at **+0.02%**\n- **Arbitrum** fell **1.93%**\n- **Optimism** fell **2.41%**',
    numbers: [
      {
        find: '10.97%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '13.15%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '10.29%',
        label: 'supported',
      },
      {
        find: '0.02%',
        label: 'supported',
      },
      {
        find: '1.93%',
        label: 'contradicted',
        note: 'ARB 7d +6.95%; -1.93% is 24h',
      },
      {
        find: '2.41%',
        label: 'contradicted',
        note: 'OP 7d +6.65%; -2.41% is 24h',
      },
    ],
  },
  {
    id: 'C-llm-29',
    voice: 'llm',
    style: 'weekly',
    text: '## Memes This Week\n\n**Memecoins** had a **rough week**, falling **6.86%**, with **all 4** tokens lower:\n\n- **DOGE:** -7.61% (**worst**)\n- **SHIB:** -5.24%\n- **PEPE:** -3.60%\n- **WIF:** +1.83% (**best**)',
    numbers: [
      {
        find: '6.86%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '7.61%',
        label: 'supported',
      },
      {
        find: '5.24%',
        label: 'supported',
      },
      {
        find: '3.60%',
        label: 'supported',
      },
      {
        find: '1.83%',
        label: 'contradicted',
        note: 'WIF 7d -1.83%; sign flipped',
      },
    ],
  },
  {
    id: 'C-llm-30',
    voice: 'llm',
    style: 'weekly',
    text: "## The Week's Winners\n\n**Top 3 (7d):**\n1. **Avalanche** — +15.64%\n2. **Immutable** — +13.15%\n3. **Virtuals Protocol** — +14.27%\n\n**Bottom 3 (7d):**\n1. **Filecoin** — -11.51%\n2. **Dogecoin** — -7.61%\n3. **Helium** — -1.24%",
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '1.@1',
        label: 'ignored',
      },
      {
        find: '15.64%',
        label: 'supported',
      },
      {
        find: '2.@1',
        label: 'ignored',
      },
      {
        find: '13.15%',
        label: 'supported',
      },
      {
        find: '3.@2',
        label: 'ignored',
      },
      {
        find: '14.27%',
        label: 'contradicted',
        note: 'VIRTUAL 7d +3.02%; 14.27% is 24h; #3 was NEAR +10.98%',
      },
      {
        find: '3@4',
        label: 'ignored',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '1.@2',
        label: 'ignored',
      },
      {
        find: '11.51%',
        label: 'supported',
      },
      {
        find: '2.@2',
        label: 'ignored',
      },
      {
        find: '7.61%',
        label: 'supported',
      },
      {
        find: '3.@3',
        label: 'ignored',
      },
      {
        find: '1.24%',
        label: 'contradicted',
        note: 'HNT 7d -6.21%; 1.24% is 24h (and positive)',
      },
    ],
  },
  {
    id: 'C-llm-31',
    voice: 'llm',
    style: 'weekly',
    text: '## Derivatives — Week\n\n- **Total OI:** +9.62%\n- **BTC OI:** +11.40%\n- **ETH OI:** +14.20%\n- **SOL OI:** -3.40%\n- **XRP OI:** -2.70%\n- **DOGE OI:** -5.60%',
    numbers: [
      {
        find: '9.62%',
        label: 'supported',
      },
      {
        find: '11.40%',
        label: 'supported',
      },
      {
        find: '14.20%',
        label: 'supported',
      },
      {
        find: '3.40%',
        label: 'contradicted',
        note: 'SOL OI 7d +2.1%; -3.4% is 24h',
      },
      {
        find: '2.70%',
        label: 'supported',
      },
      {
        find: '5.60%',
        label: 'contradicted',
        note: 'DOGE OI 7d -9.3%; -5.6% is 24h',
      },
    ],
  },
  {
    id: 'C-llm-32',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Takeaways\n\n1. **Bitcoin outperformed Ether**, gaining **10.97%** vs **4.33%**.\n2. **Gaming** was the **best sector** at **+8.35%**.\n3. **AI** rose **13.58%**.\n4. **DePIN** had **3** advancers and **1** decliner.\n5. Analysts see **BTC at $130K** by quarter-end.',
    numbers: [
      {
        find: '1.',
        label: 'ignored',
      },
      {
        find: '10.97%',
        label: 'supported',
      },
      {
        find: '4.33%',
        label: 'supported',
      },
      {
        find: '2.',
        label: 'ignored',
      },
      {
        find: '8.35%',
        label: 'contradicted',
        note: 'best sector 7d was L1 +8.96%; gaming second',
      },
      {
        find: '3.@1',
        label: 'ignored',
      },
      {
        find: '13.58%',
        label: 'contradicted',
        note: 'AI 7d +3.58%',
      },
      {
        find: '4.@2',
        label: 'ignored',
      },
      {
        find: '3@6',
        label: 'contradicted',
        note: 'DePIN 7d 2 up',
      },
      {
        find: '1@4',
        label: 'contradicted',
        note: 'DePIN 7d 2 down',
      },
      {
        find: '5.',
        label: 'ignored',
      },
      {
        find: '$130K',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'C-llm-33',
    voice: 'llm',
    style: 'weekly',
    text: '## Week at a Glance\n\n> "Altcoins finally joined in," one trader told us, noting **Sui\'s 10.74%** weekly gain.\n\n- **Cardano:** +17.98%\n- **Polkadot:** +4.48%\n- **XRP:** +3.29%',
    numbers: [
      {
        find: '10.74%',
        label: 'supported',
      },
      {
        find: '17.98%',
        label: 'contradicted',
        note: 'ADA 7d +7.98%',
      },
      {
        find: '4.48%',
        label: 'contradicted',
        note: 'DOT 7d +5.75%; 4.48% is 24h',
      },
      {
        find: '3.29%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-llm-34',
    voice: 'llm',
    style: 'daily',
    text: '## Flows\n\n- **Spot BTC ETFs:** **$612M** net inflows on Wednesday, according to **Farside Investors** data cited by **CoinDesk**\n- **Short liquidations:** more than **$340M**, according to **CoinGlass** (via **Decrypt**)\n- **Long liquidations:** **$95M**\n- **Stablecoin supply:** +1.2%',
    numbers: [
      {
        find: '$612M',
        label: 'supported-by-source',
      },
      {
        find: '$340M',
        label: 'supported-by-source',
      },
      {
        find: '$95M',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
      {
        find: '1.2%',
        label: 'unsupported',
        note: 'invented, no fact',
      },
    ],
  },
];
