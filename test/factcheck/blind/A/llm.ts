import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'A-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Crypto Market Brief — December 3, 2026\n\n### Market Overview\nThe crypto market is having a strong day. Total market capitalization rose **3.71%** to **$3.62T**, and **27 out of 30** tracked assets are in the green. Bitcoin dominance stands at **62.1%**.\n\n### Key Movers\n- **Bitcoin (BTC):** $112,486.30 (**+3.84%**)\n- **Ethereum (ETH):** $3,987.42 (**+4.62%**)\n- **Solana (SOL):** $171.36 (**+8.29%**)\n- **XRP:** $2.1817 (**+2.16%**)\n- **Dogecoin (DOGE):** $0.1841 (**-7.61%**)',
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
        find: '3.71%',
        label: 'supported',
      },
      {
        find: '$3.62T',
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
        find: '62.1%',
        label: 'supported',
      },
      {
        find: '$112,486.30',
        label: 'supported',
      },
      {
        find: '+3.84%',
        label: 'supported',
      },
      {
        find: '$3,987.42',
        label: 'supported',
      },
      {
        find: '+4.62%',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '+8.29%',
        label: 'contradicted',
        note: 'SOL 24h change is +5.41%; 8.29% is its 7d change',
      },
      {
        find: '$2.1817',
        label: 'contradicted',
        note: 'XRP price is $2.4817',
      },
      {
        find: '+2.16%',
        label: 'supported',
      },
      {
        find: '$0.1841',
        label: 'supported',
      },
      {
        find: '-7.61%',
        label: 'contradicted',
        note: 'DOGE rose +2.14% over 24h; -7.61% is its 7d change',
      },
    ],
  },
  {
    id: 'A-llm-02',
    voice: 'llm',
    style: 'sector',
    text: '## Sector Performance\n\n1. **AI** — the clear leader at **+9.20%**, with all 7 constituents higher.\n2. **Gaming** — **+6.12%**, led by GALA.\n3. **DePIN** — **+5.41%**.\n4. **Layer 1** — **+8.96%**.\n5. **Memes** — **+1.82%**.\n6. **Layer 2** — **-0.44%**, the only sector in negative territory.\n\n> **Note:** Layer 2 is down 6.55% over 30 days Only Layer 1 is up over that span, at 9.76%.',
    numbers: [
      {
        find: '1.@1',
        label: 'ignored',
      },
      {
        find: '+9.20%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '2.',
        label: 'ignored',
      },
      {
        find: '+6.12%',
        label: 'supported',
      },
      {
        find: '3.',
        label: 'ignored',
      },
      {
        find: '+5.41%',
        label: 'supported',
      },
      {
        find: '4.',
        label: 'ignored',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '+8.96%',
        label: 'contradicted',
        note: 'L1 24h change is +3.86%; 8.96% is its 7d change',
      },
      {
        find: '5.@2',
        label: 'ignored',
      },
      {
        find: '+1.82%',
        label: 'supported',
      },
      {
        find: '6.@2',
        label: 'ignored',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '-0.44%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '6.55%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '9.76%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-llm-03',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot\n\nLeverage is building alongside price:\n\n- **Total open interest:** $19.11B (**+5.08%** in 24h)\n- **BTC funding rate:** 0.0081% per 8h (≈ 8.89% annualized)\n- **ETH funding rate:** 0.0194% per 8h\n- **SOL funding rate:** -0.0027% — shorts are paying longs\n- **DOGE funding rate:** -0.0085%\n- **XRP funding rate:** 0.036%\n\n**Takeaway:** Negative funding on SOL and DOGE while prices rise could set up a short squeeze. If it plays out, SOL could reach **$200**.',
    numbers: [
      {
        find: '$19.11B',
        label: 'supported',
      },
      {
        find: '+5.08%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '8h@1',
        label: 'ignored',
      },
      {
        find: '8.89%',
        label: 'supported',
      },
      {
        find: '0.0194%',
        label: 'contradicted',
        note: 'ETH funding is 0.0094% per 8h',
      },
      {
        find: '8h@2',
        label: 'ignored',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '-0.0085%',
        label: 'contradicted',
        note: 'DOGE funding is -0.0058% per 8h',
      },
      {
        find: '0.036%',
        label: 'contradicted',
        note: 'XRP funding is 0.0036% per 8h',
      },
      {
        find: '$200',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
    ],
  },
  {
    id: 'A-llm-04',
    voice: 'llm',
    style: 'daily',
    text: '## Technical Levels\n\n| Asset | Support | Resistance |\n|---|---|---|\n| BTC | $110,000 | $115,000 |\n| ETH | $3,800 | $4,000 |\n| SOL | $170 | $180 |\n\nBitcoin is currently about **2.2%** below resistance. A daily close above $115,000 would open the way toward the all-time high of **$126,200**.',
    numbers: [
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000@1',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'supported',
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
        find: '$180',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'unsupported',
        note: 'derived: distance to resistance',
      },
      {
        find: '$115,000@2',
        label: 'supported',
      },
      {
        find: '$126,200',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'A-llm-05',
    voice: 'llm',
    style: 'daily',
    text: '## Top Gainers (24h)\n\n1. **Virtuals Protocol (VIRTUAL):** +14.27%\n2. **Artificial Superintelligence Alliance (FET):** +11.84%\n3. **Gala (GALA):** +9.81%\n4. **Render (RENDER):** +9.46%\n5. **NEAR Protocol (NEAR):** +8.93%\n\n## Top Losers (24h)\n\n1. **Optimism (OP):** -2.41%\n2. **Arbitrum (ARB):** -1.93%\n3. **Shiba Inu (SHIB):** -0.58%\n4. **Polygon (POL):** -0.31%',
    numbers: [
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '1.@1',
        label: 'ignored',
      },
      {
        find: '+14.27%',
        label: 'supported',
      },
      {
        find: '2.@1',
        label: 'ignored',
      },
      {
        find: '+11.84%',
        label: 'supported',
      },
      {
        find: '3.@1',
        label: 'ignored',
      },
      {
        find: '+9.81%',
        label: 'supported',
      },
      {
        find: '4.@2',
        label: 'ignored',
      },
      {
        find: '+9.46%',
        label: 'supported',
      },
      {
        find: '5.',
        label: 'ignored',
      },
      {
        find: '+8.93%',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '1.@3',
        label: 'ignored',
      },
      {
        find: '-2.41%',
        label: 'supported',
      },
      {
        find: '2.@3',
        label: 'ignored',
      },
      {
        find: '-1.93%',
        label: 'supported',
      },
      {
        find: '3.@2',
        label: 'ignored',
      },
      {
        find: '-0.58%',
        label: 'supported',
      },
      {
        find: '4.@3',
        label: 'ignored',
      },
      {
        find: '-0.31%',
        label: 'contradicted',
        note: 'POL rose +0.31% over 24h; only 3 assets fell',
      },
    ],
  },
  {
    id: 'A-llm-06',
    voice: 'llm',
    style: 'daily',
    text: '## Top Gainers (24h)\n\n- **Bittensor (TAO)** leads with **+14.27%**\n- **Gala (GALA)** follows at **+9.81%**\n- **Axie Infinity (AXS)** at **+8.92%**\n- **The Sandbox (SAND)** at **+11.64%**\n\n**Key insight:** Gaming tokens have outperformed Layer 1 by roughly **2.3 percentage points**, a sign that speculative appetite is returning.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+14.27%',
        label: 'contradicted',
        note: 'TAO 24h is +8.71%; 14.27% is VIRTUAL, the top gainer',
      },
      {
        find: '+9.81%',
        label: 'supported',
      },
      {
        find: '+8.92%',
        label: 'supported',
      },
      {
        find: '+11.64%',
        label: 'contradicted',
        note: 'SAND 24h change is +7.64%',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '2.3 percentage points',
        label: 'unsupported',
        note: 'derived: gap between two sectors',
      },
    ],
  },
  {
    id: 'A-llm-07',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Performance Summary\n\nOver the past week, the market showed notable dispersion across sectors:\n\n- **Layer 1** led with a **8.96%** gain, powered by **Avalanche** (**+15.64%**).\n- **Gaming** rose **8.35%**, with **Immutable** up **2.60%**.\n- **Layer 2** slipped **0.44%**.\n- **AI** gained **9.20%**.\n- **DePIN** fell **4.93%**, dragged by **Filecoin** (**-11.51%**).\n- **Memes** dropped **6.86%**; **Shiba Inu** was the worst at **-5.24%**.\n\n**Bitcoin** gained **10.97%** on the week and **Ethereum** **10.22%**.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '8.96%',
        label: 'supported',
      },
      {
        find: '+15.64%',
        label: 'supported',
      },
      {
        find: '8.35%',
        label: 'supported',
      },
      {
        find: '2.60%',
        label: 'contradicted',
        note: 'IMX 7d change is +13.15%; 2.60% is its 24h change',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '0.44%',
        label: 'contradicted',
        note: 'L2 7d change is +5.44%; -0.44% is its 24h change',
      },
      {
        find: '9.20%',
        label: 'contradicted',
        note: 'AI 7d change is +3.58%; 9.20% is its 24h change',
      },
      {
        find: '4.93%',
        label: 'supported',
      },
      {
        find: '-11.51%',
        label: 'supported',
      },
      {
        find: '6.86%',
        label: 'supported',
      },
      {
        find: '-5.24%',
        label: 'contradicted',
        note: 'worst meme over 7d is DOGE (-7.61%); SHIB 7d is -5.24%',
      },
      {
        find: '10.97%',
        label: 'supported',
      },
      {
        find: '10.22%',
        label: 'contradicted',
        note: 'ETH 7d change is +4.33%; 10.22% is its 30d change',
      },
    ],
  },
  {
    id: 'A-llm-08',
    voice: 'llm',
    style: 'weekly',
    text: '## This Week in Numbers\n\n- **BTC open interest:** up **11.4%** to **$9.84 billion**\n- **ETH open interest:** up **7.8%**\n- **SOL open interest:** down **3.4%**\n- **XRP open interest:** down **2.7%**\n- **DOGE open interest:** down **5.6%**\n- **Total open interest:** up **19.1%**\n\n**Interpretation:** Open interest grew faster than price for ETH, which rose only **4.33%** this week.',
    numbers: [
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '$9.84 billion',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'contradicted',
        note: 'ETH OI 7d change is +14.2%; 7.8% is its 24h change',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'SOL OI 7d change is +2.1%; -3.4% is its 24h change',
      },
      {
        find: '2.7%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'DOGE OI 7d change is -9.3%; -5.6% is the 24h change',
      },
      {
        find: '19.1%',
        label: 'contradicted',
        note: 'total OI 7d change is +9.62%; $19.1B is the OI level',
      },
      {
        find: '4.33%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'A-llm-09',
    voice: 'llm',
    style: 'daily',
    text: "## Summary\n\n**What happened:** Bitcoin climbed **3.84%** to **$112,486**, breaking above its **30-day high** of **$113,308**. The rally was broad-based, with **every sector except the rollup tokens** posting gains.\n\n**What to watch:**\n- Whether BTC can hold above the **$110,000** support\n- ETH's approach to the **$4,000** resistance (currently $3,987)\n- Negative funding on **SOL** (-0.0027%) and **DOGE** (-0.0058%)\n\n**Bottom line:** Momentum favors the bulls, but with BTC's 7-day volatility at **45.1%**, traders should manage risk carefully.",
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
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '$113,308',
        label: 'contradicted',
        note: 'BTC 30-day swing high is $111,307.58',
      },
      {
        find: 'every sector except the rollup tokens',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'ignored',
      },
      {
        find: '45.1%',
        label: 'contradicted',
        note: "BTC 7d realized volatility is 33.9%; 45.1% is SOL's",
      },
    ],
  },
  {
    id: 'A-llm-10',
    voice: 'llm',
    style: 'daily',
    text: '## Layer 1 Breakdown\n\nAll **10** Layer 1 assets rose today:\n\n| Token | Price | 24h |\n|---|---|---|\n| NEAR | $2.609 | +8.93% |\n| SUI | $2.5412 | +7.14% |\n| AVAX | $19.84 | +6.27% |\n| SOL | $171.36 | +5.41% |\n| ETH | $3,987.42 | +4.62% |\n| DOT | $3.318 | +5.75% |\n| ADA | $0.7873 | +3.92% |\n| BTC | $112,486 | +3.84% |\n| XRP | $2.4817 | +2.16% |\n| BNB | $1,012.60 | +1.88% |\n\n**Best performer:** NEAR. **Worst performer:** XRP.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$2.609',
        label: 'contradicted',
        note: 'NEAR price is $2.906 (digits transposed)',
      },
      {
        find: '+8.93%',
        label: 'supported',
      },
      {
        find: '$2.5412',
        label: 'supported',
      },
      {
        find: '+7.14%',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '+6.27%',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '+5.41%',
        label: 'supported',
      },
      {
        find: '$3,987.42',
        label: 'supported',
      },
      {
        find: '+4.62%',
        label: 'supported',
      },
      {
        find: '$3.318',
        label: 'supported',
      },
      {
        find: '+5.75%',
        label: 'contradicted',
        note: 'DOT 24h change is +4.48%; 5.75% is its 7d change',
      },
      {
        find: '$0.7873',
        label: 'contradicted',
        note: 'ADA price is $0.5873',
      },
      {
        find: '+3.92%',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '+3.84%',
        label: 'supported',
      },
      {
        find: '$2.4817',
        label: 'supported',
      },
      {
        find: '+2.16%',
        label: 'supported',
      },
      {
        find: '$1,012.60',
        label: 'supported',
      },
      {
        find: '+1.88%',
        label: 'supported',
      },
      {
        find: 'XRP@2',
        label: 'contradicted',
        note: 'worst L1 over 24h is BNB (+1.88%)',
      },
    ],
  },
  {
    id: 'A-llm-11',
    voice: 'llm',
    style: 'daily',
    text: "## Notable News\n\n- **ETF Flows:** U.S. spot Bitcoin ETFs recorded **$612 million** in net inflows on Wednesday, per Farside Investors data reported by CoinDesk.\n- **Liquidations:** Over **$340 million** in short positions were liquidated, according to CoinGlass data cited by Decrypt.\n- **Hashrate:** Bitcoin's hashrate reached a record **1.2 ZH/s**, according to Bitcoin Magazine.\n- **Filecoin:** FIL gained **3%** as storage deals hit a record, per The Block.\n- **ETF Flows (cont.):** The largest issuer accounted for **$410 million** of the total, CoinDesk said.\n\n*This summary is for informational purposes only and does not constitute financial advice.*",
    numbers: [
      {
        find: '$612 million',
        label: 'supported-by-source',
      },
      {
        find: '$340 million',
        label: 'supported-by-source',
      },
      {
        find: '1.2 ZH/s',
        label: 'unsupported',
        note: 'no fact and no headline states a hashrate figure',
      },
      {
        find: '3%',
        label: 'supported',
      },
      {
        find: '$410 million',
        label: 'unsupported',
        note: 'not in the headlines; summary says only more than half',
      },
    ],
  },
  {
    id: 'A-llm-12',
    voice: 'llm',
    style: 'daily',
    text: '## Memecoins\n\nMemecoins lagged the broader market, gaining just **1.82%** as a group. **dogwifhat (WIF)** was the best performer at **+4.83%**, while **Shiba Inu (SHIB)** was the only meme token in the red (**-0.58%**).\n\n- **DOGE:** $0.18412, market cap **$27.8B**\n- **SHIB:** $0.0000103, market cap **$60.7B**\n- **PEPE:** $0.0000067, market cap **$5.28B**\n- **WIF:** $0.5286, market cap **$528M**\n\nDespite the bounce, memecoins are still down **18.88%** over 30 days.',
    numbers: [
      {
        find: '1.82%',
        label: 'supported',
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
        find: '$0.18412',
        label: 'supported',
      },
      {
        find: '$27.8B',
        label: 'supported',
      },
      {
        find: '$0.0000103',
        label: 'supported',
      },
      {
        find: '$60.7B',
        label: 'contradicted',
        note: 'SHIB market cap is $6.07B',
      },
      {
        find: '$0.0000067',
        label: 'supported',
      },
      {
        find: '$5.28B',
        label: 'contradicted',
        note: 'PEPE market cap is $2.82B',
      },
      {
        find: '$0.5286',
        label: 'supported',
      },
      {
        find: '$528M',
        label: 'supported',
      },
      {
        find: '18.88%',
        label: 'contradicted',
        note: 'memes sector 30d change is -6.89%; -18.88% is WIF alone',
      },
      {
        find: '30',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'A-llm-13',
    voice: 'llm',
    style: 'daily',
    text: '## Quick Answer: How Did Crypto Do Today?\n\n**Short version:** up, broadly. Here are the numbers you asked for:\n\n- **Bitcoin** is trading around **$118,400**, up about **6%** in the last 24 hours.\n- **Ethereum** is near **$3,990** after a **4.6%** gain.\n- The **total market cap** is roughly **$3.2 trillion**.\n- **Bitcoin dominance** is about **58%**.\n- **All 30** assets on the watchlist are up.\n- The **best sector** is **Gaming** (**+6.12%**).\n- **Solana funding** is **positive** at around **0.0027%**.\n\n**Looking ahead:** Many analysts expect Bitcoin to hit **$150,000** in 2027, and Ethereum to reclaim its 2021 peak of **$4,878**.\n\n*Note: I may not have real-time data; please verify on CoinGecko.*',
    numbers: [
      {
        find: '$118,400',
        label: 'contradicted',
        note: 'BTC price is $112,486',
      },
      {
        find: '6%@1',
        label: 'contradicted',
        note: 'BTC 24h change is +3.84%',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$3,990',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$3.2 trillion',
        label: 'contradicted',
        note: 'total market cap is $3.618 trillion',
      },
      {
        find: '58%',
        label: 'contradicted',
        note: 'BTC dominance is 62.1%',
      },
      {
        find: 'All 30',
        label: 'contradicted',
        note: '27 of 30 watchlist assets rose; 3 fell',
      },
      {
        find: '+6.12%',
        label: 'contradicted',
        note: 'gaming was second; AI (+9.20%) was the best sector',
      },
      {
        find: 'positive',
        label: 'contradicted',
        note: 'SOL funding is -0.0027% per 8h, negative',
      },
      {
        find: '0.0027%',
        label: 'contradicted',
        note: 'SOL funding is -0.0027%; sign flipped',
      },
      {
        find: '$150,000',
        label: 'unsupported',
        note: 'forecast, no fact',
      },
      {
        find: '2027',
        label: 'ignored',
      },
      {
        find: '2021',
        label: 'ignored',
      },
      {
        find: '$4,878',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'A-llm-14',
    voice: 'llm',
    style: 'daily',
    text: "## AI Sector Deep Dive\n\nThe **AI sector** gained **9.20%** today, adding **$1.15B** in market value. However:\n\n- It is still **down 7.12%** over the past 30 days.\n- **Virtuals Protocol** is **down 22.45%** over the month, the sector's worst.\n- **Worldcoin** rose **7.52%** today but fell **14.02%** this week.\n- **Bittensor** now trades above **$370** (CryptoSlate).\n- **The Graph** was the sector's best performer (**+6.38%**).\n- **FET** has a market cap of **$3.6B**.\n- **Render** sits at **$2.918**, right above support at **$2.50**.",
    numbers: [
      {
        find: '9.20%',
        label: 'supported',
      },
      {
        find: '$1.15B',
        label: 'supported',
      },
      {
        find: '7.12%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '22.45%',
        label: 'supported',
      },
      {
        find: '7.52%',
        label: 'supported',
      },
      {
        find: '14.02%',
        label: 'contradicted',
        note: 'WLD 7d change is -3.14%; -14.02% is its 30d change',
      },
      {
        find: '$370',
        label: 'supported',
      },
      {
        find: '+6.38%',
        label: 'contradicted',
        note: "GRT (+6.38%) was the sector's worst 24h member; VIRTUAL was best",
      },
      {
        find: '$3.6B',
        label: 'contradicted',
        note: 'FET market cap is $1.35B; $3.6B is TAO',
      },
      {
        find: '$2.918',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'contradicted',
        note: 'RENDER support is $2.90',
      },
    ],
  },
];
