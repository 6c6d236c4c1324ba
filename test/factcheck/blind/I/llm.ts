import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'I-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview — November 28, 2026

The crypto market was **mixed** over the past 24 hours. Total market capitalization rose **0.4%** to roughly **$3.40 trillion**, while 24-hour trading volume came in at **$18.73 billion**. Breadth was negative: **13** of the **30** tracked assets advanced and **17** declined.

## Bitcoin and Ether

- **Bitcoin (BTC)** slipped **1.9%** to **$96,419**, trading between **$96,115** and **$102,600**. Over the week it is down **3.2%**, and it is also down **3.3%** over 30 days.
- **Ether (ETH)** was the standout, climbing **4.2%** to **$3,549**, above its prior 30-day swing high of **$3,509**. ETH is up **4.8%** for the week and **10.2%** over the month.
- Bitcoin dominance stands at **59.0%**.

## Key Levels

- **BTC:** support **$95,000**, resistance **$100,000**
- **ETH:** support **$3,400**, resistance **$3,800**

**Summary:** A clear rotation from BTC into ETH, with ETH outperforming by roughly **6 percentage points**.`,
    numbers: [
      { find: '28', label: 'ignored' },
      { find: '2026', label: 'ignored' },
      { find: '24 hours', label: 'ignored' },
      { find: '0.4%', label: 'supported' },
      { find: '$3.40 trillion', label: 'supported' },
      { find: '24-hour', label: 'ignored' },
      { find: '$18.73 billion', label: 'contradicted', note: '10x slip: market.volume_24h 187.3e9' },
      { find: '13', label: 'supported' },
      { find: '**30**', label: 'supported', note: 'market.members 30' },
      { find: '17', label: 'supported' },
      { find: '1.9%', label: 'supported' },
      { find: '$96,419', label: 'supported' },
      { find: '$96,115', label: 'supported' },
      { find: '$102,600', label: 'contradicted', note: 'btc.high_24h 98381.2' },
      { find: '3.2%', label: 'supported' },
      { find: '3.3%', label: 'contradicted', note: 'direction: btc.change_30d +3.27' },
      { find: '30 days', label: 'ignored' },
      { find: '4.2%', label: 'supported' },
      { find: '$3,549', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$3,509', label: 'supported' },
      { find: '4.8%', label: 'supported' },
      { find: '10.2%', label: 'supported' },
      { find: '59.0%', label: 'contradicted', note: 'market.btc_dominance 56.68' },
      { find: '$95,000', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,800', label: 'contradicted', note: 'eth.resistance 3600' },
      { find: '6 percentage points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'I-llm-02',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives Snapshot

**Open interest** across the five tracked perpetual markets totals **$17.24 billion**, up **1.5%** in 24 hours and **0.7%** on the week.

### Funding rates (per 8 hours)
- **BTC:** **-0.0041%**, so shorts are paying longs (about **-4.5%** annualized)
- **ETH:** **+0.0215%**, the highest among majors, equal to roughly **2.35%** a year
- **SOL:** **+0.052%**
- **XRP:** **+0.0034%**
- **DOGE:** **+0.0068%**

### Open interest changes (24h)
- BTC OI fell **4.1%** to **$7.86 billion**
- ETH OI jumped **9.4%** to **$6.3 billion**
- SOL OI rose **3.4%** to **$13.8 billion**
- XRP OI rose **2.6%** to **$9.6 billion**
- DOGE OI fell **5.9%** to **$0.74 billion**

The OI-weighted average funding rate is **0.0063%**, slightly positive overall.

**Key takeaway:** Leverage is building in ETH while BTC positioning is being unwound, a setup that could send ETH to **$4,000** if shorts are squeezed.`,
    numbers: [
      { find: 'five', label: 'supported', note: 'five perps in the registry; no count fact, debatable' },
      { find: '$17.24 billion', label: 'supported' },
      { find: '1.5%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '0.7%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '-0.0041%', label: 'supported' },
      { find: '-4.5%', label: 'supported' },
      { find: '+0.0215%', label: 'supported' },
      { find: '2.35%', label: 'contradicted', note: '10x slip: eth.funding_apr 23.54' },
      { find: '+0.052%', label: 'contradicted', note: '10x slip: sol.funding_rate 0.0052' },
      { find: '+0.0034%', label: 'supported' },
      { find: '+0.0068%', label: 'contradicted', note: 'sign: doge.funding_rate -0.0068' },
      { find: '24h', label: 'ignored' },
      { find: '4.1%', label: 'supported' },
      { find: '$7.86 billion', label: 'supported' },
      { find: '9.4%', label: 'supported' },
      { find: '$6.3 billion', label: 'supported' },
      { find: '3.4%', label: 'supported' },
      { find: '$13.8 billion', label: 'contradicted', note: '10x slip: sol.open_interest 1.38e9' },
      { find: '2.6%', label: 'supported' },
      { find: '$9.6 billion', label: 'contradicted', note: '10x slip: xrp.open_interest 0.96e9' },
      { find: '5.9%', label: 'contradicted', note: 'doge.oi_change_24h -2.6; -5.9 is 7d' },
      { find: '$0.74 billion', label: 'supported' },
      { find: '0.0063%', label: 'supported' },
      { find: '$4,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'I-llm-03',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Performance (24h)

### AI
**+5.96%**, the best-performing sector. All **7** members rose, led by **Virtuals Protocol (VIRTUAL)** at **+11.2%**, while **The Graph (GRT)** lagged with **+2.6%**. The sector's combined market cap grew by **$865 million** to **$15.4 billion**; CoinGecko's broader AI category is worth **$38.3 billion**.

### DePIN
**+1.9%**. **Render** led (**+6.4%**), while **Filecoin (FIL)** was the weakest, falling **2.2%**.

### Layer 2
**+4.0%**, with **Arbitrum** up **1.2%** and **Polygon** down **0.7%**.

### Gaming
**-0.6%**. All four tokens declined; **Axie Infinity (AXS)** was weakest at **-0.9%**.

### Layer 1
**-0.9%**, with **five** gainers and **five** decliners.

### Memes
**-2.5%**, the worst sector. **Pepe** fell the most (**-3.1%**).

**Bottom line:** Capital rotated into AI and away from memecoins and large-cap smart contract platforms.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '+5.96%', label: 'supported' },
      { find: '**7**', label: 'supported' },
      { find: '+11.2%', label: 'supported' },
      { find: '+2.6%', label: 'supported' },
      { find: '$865 million', label: 'supported' },
      { find: '$15.4 billion', label: 'supported' },
      { find: '$38.3 billion', label: 'contradicted', note: 'sector.ai.category_cap 28.3e9' },
      { find: '+1.9%', label: 'supported' },
      { find: '+6.4%', label: 'supported' },
      { find: '2.2%', label: 'contradicted', note: 'weakest DePIN is HNT -2.23; FIL -1.52' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+4.0%', label: 'contradicted', note: 'sector.l2.change_24h 0.16' },
      { find: '**1.2%**', label: 'supported' },
      { find: '0.7%', label: 'supported' },
      { find: '-0.6%', label: 'supported' },
      { find: 'four', label: 'supported' },
      { find: '-0.9%@1', label: 'contradicted', note: 'weakest gaming member is GALA -0.91; AXS -0.63' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '-0.9%@2', label: 'supported' },
      { find: 'five@1', label: 'contradicted', note: 'sector.l1.advancers_24h 4' },
      { find: 'five@2', label: 'contradicted', note: 'sector.l1.decliners_24h 6' },
      { find: '-2.5%', label: 'supported' },
      { find: '-3.1%', label: 'supported' },
    ],
  },
  {
    id: 'I-llm-04',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Crypto Recap

### Highlights
- **ETH** gained **4.8%** this week, while **BTC** lost **3.2%**.
- **AI tokens** were the top sector, up **9.6%**, with **FET** leading at **+14.5%** and **TAO** up **14.4%**. All seven AI names finished higher.
- **NEAR Protocol** added **12.7%**, the best Layer 1 performance. **BNB** shed **16.0%**, **XRP** **2.6%** and **Cardano** **8.9%**.
- **Memecoins** dropped **8.2%**; **Dogecoin** was the worst at **-9.3%**.
- **Layer 2** tokens fell **5.0%**, with **Optimism** down **9.2%**.
- **Gaming** lost **5.3%**: **SAND** held up best at **-4.1%**, **GALA** was worst at **-6.7%**.

### Derivatives
- ETH open interest rose **14.6%** over the week; BTC OI fell **4.1%**.
- Bitcoin's realized volatility over the period was just **19.7%** annualized.

### Summary
> ETH and AI tokens led, memecoins and L2s lagged; AI outpaced BTC by nearly **13 points**. Total open interest was roughly flat (**+0.7%**).`,
    numbers: [
      { find: '4.8%', label: 'supported' },
      { find: '3.2%', label: 'supported' },
      { find: '9.6%', label: 'supported' },
      { find: '+14.5%', label: 'supported' },
      { find: '14.4%', label: 'contradicted', note: 'tao.change_7d 10.85; 14.4 is 30d' },
      { find: 'seven', label: 'supported' },
      { find: '12.7%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '16.0%', label: 'contradicted', note: 'bnb.change_7d -5.98' },
      { find: '2.6%', label: 'supported' },
      { find: '8.9%', label: 'contradicted', note: 'ada.change_7d -3.90; -8.9 is 30d' },
      { find: '8.2%', label: 'supported' },
      { find: '-9.3%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '5.0%', label: 'supported' },
      { find: '9.2%', label: 'contradicted', note: 'OP 7d +0.31; -9.2 is ARB' },
      { find: '5.3%', label: 'supported' },
      { find: '-4.1%', label: 'supported' },
      { find: '-6.7%', label: 'supported' },
      { find: '14.6%', label: 'supported' },
      { find: '4.1%@2', label: 'contradicted', note: 'btc.oi_change_7d -6.8; 4.1 is 24h' },
      { find: '19.7%', label: 'supported' },
      { find: 'L2s', label: 'ignored' },
      { find: '13 points', label: 'unsupported', note: 'derived arithmetic' },
      { find: '+0.7%', label: 'supported' },
    ],
  },
  {
    id: 'I-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `## Outlook

**Bitcoin** is consolidating below the psychological **$100,000** level after reaching an all-time high of **$126,000** in October. Analysts suggest a break below **$95,000** support could open the door to **$90,000**, while a reclaim of **$100,000** may target **$105,000**.

**Ether**'s breakout above **$3,500** is backed by **$412 million** in spot ETF inflows, the largest since August. Options markets are pricing a move toward **$4,200** by mid-December, according to Cointelegraph.

### Risks to watch
- **Spot Bitcoin ETF outflows** of **$186 million** over three days
- Over **$238 million** in liquidations, roughly **72%** of them longs
- An upcoming **Sui** token unlock of **44 million SUI** (~**$106 million**)

**Summary:** Momentum favors ETH in the near term, with BTC range-bound between **$95,000** and **$100,000**.`,
    numbers: [
      { find: '$100,000@1', label: 'supported', note: 'btc.resistance' },
      { find: '$126,000', label: 'unsupported', note: 'history' },
      { find: '$95,000@1', label: 'supported' },
      { find: '$90,000', label: 'unsupported', note: 'forecast; CryptoSlate not named' },
      { find: '$100,000@2', label: 'supported' },
      { find: '$105,000', label: 'unsupported', note: 'forecast' },
      { find: '$3,500', label: 'supported', note: 'eth.swing_high_30d 3508.65 as round breakout level; debatable' },
      { find: '$412 million', label: 'unsupported', note: 'CoinDesk not named' },
      { find: '$4,200', label: 'supported-by-source', note: 'Cointelegraph named; a forecast, debatable' },
      {
        find: '$186 million',
        label: 'unsupported',
        note: 'Bitcoin Magazine not named; headline is one day of a three-day streak',
      },
      { find: '$238 million', label: 'unsupported', note: 'outlet not named' },
      { find: '72%', label: 'unsupported', note: 'outlet not named' },
      { find: '44 million', label: 'unsupported', note: 'outlet not named' },
      { find: '$106 million', label: 'unsupported', note: 'outlet not named' },
      { find: '$95,000@2', label: 'supported' },
      { find: '$100,000@3', label: 'supported' },
    ],
  },
  {
    id: 'I-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## Large-Cap Altcoins

Most large caps outside Ether finished lower:

- **Solana (SOL):** **$158.37**, **+0.64%**, one of the few gainers, holding above **$150** support
- **XRP:** **$2.29**, **-2.9%**, the weakest Layer 1 on the day
- **BNB:** **$968.40**, **-2.1%**, after touching a low of **$898.53**
- **Cardano (ADA):** **$0.61**, **-8.9%**
- **Avalanche (AVAX):** **$17.86**, **-5.3%**
- **Polkadot (DOT):** **$3.60**, **-1.4%**
- **Sui (SUI):** **$2.24**, **+1.3%**
- **NEAR:** **$3.12**, **+4.1%**

Notably, **NEAR** nearly matched ETH's gain, while **XRP** and **BNB** lagged as capital rotated elsewhere.

**Summary:** **4** of **10** Layer 1 tokens rose.`,
    numbers: [
      { find: '$158.37', label: 'supported' },
      { find: '+0.64%', label: 'supported' },
      { find: '$150', label: 'supported' },
      { find: '$2.29', label: 'supported' },
      { find: '-2.9%', label: 'supported' },
      { find: 'Layer 1@1', label: 'ignored' },
      { find: '$968.40', label: 'supported' },
      { find: '-2.1%', label: 'supported' },
      { find: '$898.53', label: 'contradicted', note: 'bnb.low_24h 948.53' },
      { find: '$0.61', label: 'supported' },
      { find: '-8.9%', label: 'contradicted', note: 'ada.change_24h -2.08; -8.9 is 30d' },
      { find: '$17.86', label: 'supported' },
      { find: '-5.3%', label: 'contradicted', note: 'avax.change_24h -0.94; -5.3 is 7d' },
      { find: '$3.60', label: 'contradicted', note: 'dot.price 3.057' },
      { find: '-1.4%', label: 'supported' },
      { find: '$2.24', label: 'contradicted', note: 'sui.price 2.4185' },
      { find: '+1.3%', label: 'supported' },
      { find: '$3.12', label: 'supported' },
      { find: '+4.1%', label: 'supported' },
      { find: '**4**', label: 'supported' },
      { find: '**10**', label: 'supported' },
      { find: 'Layer 1@2', label: 'ignored' },
    ],
  },
  {
    id: 'I-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## What's Moving the Market

- **CoinDesk** reports that spot Ether ETFs pulled in **$412 million** on Friday, the most since August.
- According to **Bitcoin Magazine**, spot Bitcoin ETFs shed **$186 million** as outflows stretched to a third day.
- **CoinGlass** data cited by **The Block** show liquidations topped **$238 million**, with about **72%** of them longs.
- **Decrypt** notes that Bittensor (TAO) rallied **7%** to about **$442**.
- **CryptoSlate** says FET climbed **8.6%** to **$0.62**, extending its weekly gain to **24.5%**.
- **Cointelegraph** reports that **17** of the top **30** cryptocurrencies fell, while **CryptoSlate** counts only **8** risers. Cointelegraph also says AI tokens surged **14%**.
- Per **The Block**, DOGE funding flipped negative at about **-0.0068%** per eight hours, and **Decrypt** says ether spot volume ran **1.6 times** its weekly average.
- **Bitcoin Magazine** puts bitcoin dominance at about **59%**.

**Takeaway:** News flow remains ETH- and AI-positive.`,
    numbers: [
      { find: '$412 million', label: 'supported-by-source' },
      { find: '$186 million', label: 'supported-by-source' },
      { find: '$238 million', label: 'supported-by-source' },
      { find: '72%', label: 'supported-by-source' },
      { find: '7%', label: 'supported', note: 'tao.change_24h 7.18' },
      { find: '$442', label: 'contradicted', note: 'tao.price 421.8; Decrypt said $422' },
      { find: '8.6%', label: 'supported' },
      { find: '$0.62', label: 'supported' },
      { find: '24.5%', label: 'contradicted', note: 'fet.change_7d 14.5' },
      { find: '17', label: 'supported' },
      { find: '30', label: 'ignored', note: 'top 30 read as a rank; debatable (market.members 30)' },
      { find: '**8**', label: 'contradicted', note: 'attributed to CryptoSlate, but market.advancers_24h 13' },
      { find: '14%', label: 'contradicted', note: 'attributed, but sector.ai.change_24h 5.96' },
      { find: '-0.0068%', label: 'supported' },
      { find: '1.6 times', label: 'supported' },
      { find: '59%', label: 'contradicted', note: 'attributed, but market.btc_dominance 56.68' },
    ],
  },
  {
    id: 'I-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `**Yes, ETH is clearly outperforming BTC today.**

- ETH: **+4.18%** (24h), price **$3,548.92**
- BTC: **-1.87%** (24h), price **$96,418.60**
- ETH's 24h high was **$3,557.50**; its low **$3,199.04**
- ETH spot volume is **1.58x** its 7-day average vs **1.49x** for BTC
- ETH open interest rose **9.4%** to **$6.3 billion**, while BTC OI dropped **14.6%**

ETH funding (**0.0215%** per 8h) is also far richer than BTC's (**-0.0041%**), showing long demand concentrated in ether.

**In short:** ETH leads by about **6 points** on the day.`,
    numbers: [
      { find: '+4.18%', label: 'supported' },
      { find: '24h@1', label: 'ignored' },
      { find: '$3,548.92', label: 'supported' },
      { find: '-1.87%', label: 'supported' },
      { find: '24h@2', label: 'ignored' },
      { find: '$96,418.60', label: 'supported' },
      { find: '24h@3', label: 'ignored' },
      { find: '$3,557.50', label: 'supported' },
      { find: '$3,199.04', label: 'contradicted', note: 'eth.low_24h 3399.04' },
      { find: '1.58x', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '1.49x', label: 'supported' },
      { find: '9.4%', label: 'supported' },
      { find: '$6.3 billion', label: 'supported' },
      { find: '14.6%', label: 'contradicted', note: 'btc.oi_change_24h -4.1; 14.6 is ETH 7d' },
      { find: '0.0215%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-0.0041%', label: 'supported' },
      { find: '6 points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'I-llm-09',
    voice: 'llm',
    style: 'sector',
    text: `## DePIN and Gaming: A Tale of Two Sectors

### DePIN
The DePIN basket rose **1.9%** over 24 hours, bringing its watchlist market cap to **$37.3 billion**. **Render (RENDER)** was the standout at **+6.4%** to **$3.61** (**+8.2%** on the week). **IoTeX (IOTX)** also rose **1.9%**. On the downside, **Filecoin (FIL)** slipped **1.5%** and **Helium (HNT)** fell **2.2%**, taking its 30-day loss to **8.3%**.

### Gaming
Gaming tokens declined **0.6%**, with all **4** members in the red:
- **The Sandbox (SAND):** **-0.4%** (best)
- **Axie Infinity (AXS):** **-1.6%**
- **Immutable (IMX):** **-0.5%**
- **Gala (GALA):** **-0.9%** (worst)

CoinGecko's gaming category stands at **$9.27 billion**, up **0.64%**.

**Summary:** DePIN outperformed Gaming by **2.5 percentage points**.`,
    numbers: [
      { find: '1.9%@1', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$37.3 billion', label: 'contradicted', note: '10x slip: sector.depin.market_cap 3.73e9' },
      { find: '+6.4%', label: 'supported' },
      { find: '$3.61', label: 'contradicted', note: 'render.price 3.164' },
      { find: '+8.2%', label: 'supported' },
      { find: '1.9%@2', label: 'supported', note: 'iotx.change_24h 1.86' },
      { find: '1.5%', label: 'supported' },
      { find: '2.2%', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '8.3%', label: 'contradicted', note: 'hnt.change_30d +0.28; -8.3 is 7d' },
      { find: '0.6%', label: 'supported' },
      { find: '**4**', label: 'supported' },
      { find: '-0.4%', label: 'supported' },
      { find: '-1.6%', label: 'contradicted', note: 'axs.change_24h -0.63' },
      { find: '-0.5%', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '$9.27 billion', label: 'supported' },
      { find: '0.64%', label: 'contradicted', note: 'direction: sector.gaming.category_change_24h -0.64' },
      { find: '2.5 percentage points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'I-llm-10',
    voice: 'llm',
    style: 'daily',
    text: `## Memecoins Under Pressure

Meme tokens fell **2.5%** on the day, with none of the **four** tracked names gaining ground.

- **Dogecoin (DOGE)** dropped **2.6%** to **$0.1637**. Funding turned negative at **-0.0068%**, meaning longs are paying shorts, and open interest fell **2.6%** to **$740 million**.
- **Pepe (PEPE)** was the worst performer, down **3.1%**, and has lost **14%** over the past month.
- **Shiba Inu (SHIB)** held up best, losing **2.0%**, though it is down **21%** over 30 days.
- **dogwifhat (WIF)** fell **2.3%** to **$0.75**.

Over the past week, memecoins are down **8.2%**, and Pepe alone has lost **9.3%**.

**Summary:** Risk appetite has clearly moved away from memes and toward AI.`,
    numbers: [
      { find: '2.5%', label: 'supported' },
      { find: 'four', label: 'supported' },
      { find: '2.6%@1', label: 'supported' },
      { find: '$0.1637', label: 'contradicted', note: 'doge.price 0.1873' },
      {
        find: '-0.0068%',
        label: 'contradicted',
        note: 'payer wrong: negative funding means shorts pay longs; value itself right, debatable',
      },
      { find: '2.6%@2', label: 'supported' },
      { find: '$740 million', label: 'supported' },
      { find: '3.1%', label: 'supported' },
      { find: '14%', label: 'supported', note: 'pepe.change_30d -13.98' },
      { find: '2.0%', label: 'supported' },
      { find: '21%', label: 'contradicted', note: 'shib.change_30d -11.1' },
      { find: '30 days', label: 'ignored' },
      { find: '2.3%', label: 'supported' },
      { find: '$0.75', label: 'contradicted', note: 'wif.price 0.5716' },
      { find: '8.2%', label: 'supported' },
      { find: '9.3%', label: 'contradicted', note: 'pepe.change_7d -8.56; -9.3 is DOGE' },
    ],
  },
  {
    id: 'I-llm-11',
    voice: 'llm',
    style: 'daily',
    text: `## Where Could Bitcoin Go Next?

Bitcoin is trading around **$96,400**, about **4%** below the **$100,000** resistance. Historically, December has delivered average returns of roughly **9%**, and on-chain data suggest long-term holders control over **70%** of supply. If the **$95,000** support fails, the **30-day** swing low near **$84,900** is the next reference; a more bearish scenario points to **$85,000**.

**Summary:** Expect choppy trade between **$95K** and **$100K**, with a bias toward **$105K** if ETF flows turn positive.`,
    numbers: [
      { find: '$96,400', label: 'supported' },
      { find: '4%', label: 'unsupported', note: 'distance to level' },
      { find: '$100,000', label: 'supported' },
      { find: '9%', label: 'unsupported', note: 'history / seasonality' },
      { find: '70%', label: 'unsupported', note: 'on-chain claim, no fact' },
      { find: '$95,000', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$84,900', label: 'contradicted', note: 'btc.swing_low_30d 89892.83' },
      { find: '$85,000', label: 'unsupported', note: 'forecast' },
      { find: '$95K', label: 'supported' },
      { find: '$100K', label: 'supported' },
      { find: '$105K', label: 'unsupported', note: 'forecast' },
    ],
  },
];
