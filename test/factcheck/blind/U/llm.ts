import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'U-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview
Crypto had a rough session. **Bitcoin** fell **7.5%** to **$104,300**, while **Ethereum** dropped **5.9%** to about **$3,650**. Total market cap is down **8.5%** to roughly **$3.47 trillion**, and BTC dominance climbed to **59.9%**.

## Key Levels
- BTC support: **$100,000**; resistance: **$105,000**
- ETH support sits at **$3,800**, with resistance at **$3,600**
- BTC range over the day: **$103,096** to **$118,525**

## Breadth
Only **1** of **30** tracked assets rose: **Bittensor (TAO)**, up **1.2%**.

**Summary:** a broad capitulation with **29** decliners and funding negative across the board.`,
    numbers: [
      { find: '7.5%', label: 'supported' },
      { find: '$104,300', label: 'supported' },
      { find: '5.9%', label: 'contradicted', note: 'eth.change_24h -9.5' },
      { find: '$3,650', label: 'supported' },
      { find: '8.5%', label: 'supported' },
      { find: '$3.47 trillion', label: 'supported' },
      { find: '59.9%', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '$105,000', label: 'supported' },
      { find: '$3,800', label: 'contradicted', note: 'eth.resistance 3800, support 3600: swapped' },
      { find: '$3,600', label: 'contradicted', note: 'eth.support 3600, not resistance: swapped' },
      { find: '$103,096', label: 'supported' },
      { find: '$118,525', label: 'contradicted', note: 'btc.high_24h 113,524.56' },
      { find: '**1**', label: 'supported' },
      { find: '**30**', label: 'supported' },
      { find: '1.2%', label: 'supported' },
      { find: '**29**', label: 'supported' },
    ],
  },
  {
    id: 'U-llm-02',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Scorecard
The **meme sector** was the worst performer, down **15.2%**, with **dogwifhat** the weakest member at **-18.1%**. **Gaming** lost **13%** and **Layer 2** tokens slid **21.1%**; **Optimism** was the worst rollup at **-13.2%**.
- **AI** fell **8.7%**, though **TAO** gained **1.2%**
- **DePIN** dropped **10.2%**, with **Helium** the best member at **-9.4%**
- **Layer 1** lost **6.1%**, with **BNB** holding up best at **-7.2%**
- **Polygon** was the weakest L2, off **11.1%**

**Bottom line:** all **4** meme tokens fell and the AI sector shed about **$2.1 billion** in market value.`,
    numbers: [
      { find: '15.2%', label: 'supported' },
      { find: '-18.1%', label: 'supported' },
      { find: '13%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '21.1%', label: 'contradicted', note: 'sector.l2.change_24h -12.1' },
      { find: '-13.2%', label: 'supported' },
      { find: '8.7%', label: 'supported' },
      { find: '1.2%', label: 'supported' },
      { find: '10.2%', label: 'supported' },
      { find: '-9.4%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '6.1%', label: 'contradicted', note: 'sector.l1.change_24h -8.05' },
      { find: '-7.2%', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      {
        find: '11.1%',
        label: 'contradicted',
        note: 'POL is the best L2 (sector.l2.best_24h), not the weakest; OP is worst',
      },
      { find: '**4**', label: 'supported' },
      { find: '$2.1 billion', label: 'contradicted', note: 'sector.ai.market_cap_change_24h -1.08B (2.04B is 7d)' },
    ],
  },
  {
    id: 'U-llm-03',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives
Leverage got flushed. **Total open interest** fell **20.3%** to about **$14.3 billion**.

**By asset:**
- **BTC** OI: **$7.2B**, down **18%**
- **ETH** OI: **$4.6B**, down **22%**
- **SOL** OI: down **35%**
- **DOGE** OI: down **30%**, the sharpest drop among the majors

**Funding** is negative everywhere. DOGE sits at **-0.060%** per 8h (about **-65.7%** annualized), SOL at **-0.045%**, ETH at **-0.030%** and BTC at **+0.021%**. That means longs are paying shorts.

**Summary:** OI-weighted funding averages roughly **-0.027%**, a sign shorts are crowded.`,
    numbers: [
      { find: '20.3%', label: 'supported' },
      { find: '$14.3 billion', label: 'supported' },
      { find: '$7.2B', label: 'supported' },
      { find: '18%', label: 'supported' },
      { find: '$4.6B', label: 'supported' },
      { find: '22%', label: 'supported' },
      { find: '35%', label: 'contradicted', note: 'sol.oi_change_24h -25' },
      { find: '**30%**', label: 'supported' },
      { find: '-0.060%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-65.7%', label: 'supported' },
      { find: '-0.045%', label: 'supported' },
      { find: '-0.030%', label: 'supported' },
      { find: '+0.021%', label: 'contradicted', note: 'btc.funding_rate -0.021: sign wrong' },
      { find: '-0.027%', label: 'supported' },
    ],
  },
  {
    id: 'U-llm-04',
    voice: 'llm',
    style: 'weekly',
    text: `## Week in Review
It was a brutal week. **Bitcoin** lost **11%** and **Ether** **13.4%**. **Solana** fell **14.2%**, **XRP** **16.8%** and **Cardano** roughly **17%**, making ADA the worst large cap.

### Sectors
- **Memes**: **-12.1%**
- **Layer 2**: **-19%**, with **Arbitrum** worst at **-21%**
- **Gaming**: **-18.8%**
- **AI**: **-9.2%**, with **Bittensor** the best at **+4.9%**
- **DePIN**: **-14.7%**

Open interest across the tracked perps dropped about **27.6%**, the most since March.

**Takeaway:** every one of the **10** L1 names fell on the week.`,
    numbers: [
      { find: '11%', label: 'supported' },
      { find: '13.4%', label: 'supported' },
      { find: '14.2%', label: 'supported' },
      { find: '16.8%', label: 'contradicted', note: 'xrp.change_7d -11.78' },
      { find: '17%', label: 'supported' },
      { find: '-12.1%', label: 'contradicted', note: 'sector.memes.change_7d -21.05 (digits swapped; L2 24h value)' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '-19%', label: 'supported' },
      { find: '-21%', label: 'supported' },
      { find: '-18.8%', label: 'supported' },
      { find: '-9.2%', label: 'contradicted', note: 'sector.ai.change_7d -15.23' },
      { find: '+4.9%', label: 'contradicted', note: 'tao.change_7d -4.85: sign' },
      { find: '-14.7%', label: 'supported' },
      { find: '27.6%', label: 'supported' },
      { find: '**10**', label: 'supported' },
      { find: 'L1', label: 'ignored' },
    ],
  },
  {
    id: 'U-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `## What the Headlines Say
- **CoinDesk** reported liquidations topped **$1.9 billion** in a day.
- Spot bitcoin ETFs saw **$740 million** of net outflows, according to CoinDesk.
- A DeFi lending protocol was drained of **$41 million**, Decrypt reported.
- Arbitrum will unlock **92.6 million** ARB next week.
- Bitcoin Magazine says a public miner sold **1,850 BTC**.
- Per **CryptoSlate**, funding has turned positive as traders bet on a bounce, while **Cointelegraph** says dogecoin climbed **3%**.

## Outlook
An analyst quoted by Cointelegraph sees BTC possibly dropping to **$85,000**. If support at **$100,000** fails, a move toward **$95,000** looks plausible.

**Summary:** liquidations, outflows and a hack piled onto a **7.5%** bitcoin drop.`,
    numbers: [
      { find: '$1.9 billion', label: 'supported-by-source' },
      { find: '$740 million', label: 'supported-by-source' },
      { find: '$41 million', label: 'supported-by-source' },
      { find: '92.6 million', label: 'unsupported', note: 'The Block headline, not attributed' },
      { find: '1,850 BTC', label: 'supported-by-source' },
      { find: '3%', label: 'contradicted', note: 'doge.change_24h -15.1 contradicts the Cointelegraph headline' },
      {
        find: '$85,000',
        label: 'supported-by-source',
        note: 'debatable: forecast figure, but attributed to the Cointelegraph analyst headline',
      },
      { find: '$100,000', label: 'supported' },
      { find: '$95,000', label: 'unsupported', note: 'forecast' },
      { find: '7.5%', label: 'supported' },
    ],
  },
  {
    id: 'U-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## Large Caps at a Glance
**Solana** slid **11.2%** to **$158.26**, sitting just above support at **$150**. **XRP** lost **9.1%** to **$2.62**. **BNB** was the most resilient large cap at **-7.2%**, trading near **$781**. **Cardano** fell **10.4%** to **$0.62**, while **Avalanche** dropped **8.6%** to **$19.84**.

- **Dogecoin**: **$0.270**, **-15.1%**
- **Sui**: **$2.76**, **-12.6%**, the weakest Layer 1
- **Polkadot**: **$3.25**, **+10.8%**
- **NEAR**: **$2.09**, **-1.4%**

**Summary:** not a single smart contract platform posted a gain, and BNB's market cap held near **$109 billion**.`,
    numbers: [
      { find: '11.2%', label: 'supported' },
      { find: '$158.26', label: 'supported' },
      { find: '$150', label: 'supported' },
      { find: '9.1%', label: 'supported' },
      { find: '$2.62', label: 'contradicted', note: 'xrp.price 2.4182' },
      { find: '-7.2%', label: 'supported' },
      { find: '$781', label: 'supported' },
      { find: '10.4%', label: 'supported' },
      { find: '$0.62', label: 'supported' },
      { find: '8.6%', label: 'contradicted', note: 'avax.change_24h -11.6' },
      { find: '$19.84', label: 'supported' },
      { find: '$0.270', label: 'contradicted', note: 'doge.price 0.1702' },
      { find: '-15.1%', label: 'supported' },
      { find: '$2.76', label: 'supported' },
      { find: '-12.6%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '$3.25', label: 'supported' },
      { find: '+10.8%', label: 'contradicted', note: 'dot.change_24h -10.8: sign' },
      { find: '$2.09', label: 'supported' },
      { find: '-1.4%', label: 'contradicted', note: 'near.change_24h -11.4' },
      { find: '$109 billion', label: 'supported' },
    ],
  },
  {
    id: 'U-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## Volume and Volatility
Activity exploded. Bitcoin traded about **$14.7 billion**, roughly **3.8x** its weekly average, and ether about **$8.9 billion**, or **2.1x** normal. Dogwifhat's volume ran near **3.9x** its weekly mean.

- Total crypto volume: **$43 billion**
- BTC 7-day realized vol: **16.8%**
- ETH 30-day realized vol: **38%**

**Key point:** Bitcoin is now **14.2%** lower than a month ago, and it set a monthly low under **$105,000** today.`,
    numbers: [
      { find: '$14.7 billion', label: 'supported' },
      { find: '3.8x', label: 'supported' },
      { find: '$8.9 billion', label: 'supported' },
      { find: '2.1x', label: 'contradicted', note: 'eth.volume_ratio_7d 3.70' },
      { find: '3.9x', label: 'supported' },
      { find: '$43 billion', label: 'contradicted', note: 'market.volume_24h 430B: 10x' },
      { find: '7-day', label: 'ignored' },
      { find: '16.8%', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '38%', label: 'contradicted', note: 'eth.volatility_30d 27.99' },
      { find: '14.2%', label: 'supported', note: 'btc.change_30d -14.2' },
      {
        find: '$105,000',
        label: 'supported',
        note: 'debatable: price 104,300 is under 105k; 30d low claim per Bitcoin Magazine headline (swing_low_30d fact 110,150 predates)',
      },
    ],
  },
  {
    id: 'U-llm-08',
    voice: 'llm',
    style: 'sector',
    text: `## AI Tokens
The **AI sector** fell **8.7%**, trimming its watchlist cap to about **$11.4 billion**. **Bittensor** bucked the trend with a **1.2%** gain to **$381.40**, while **Virtuals Protocol** dropped **15.4%** and **Worldcoin** **13.1%**.

- **FET**: **$0.513**, **-17.3%**
- **Render**: **$2.75**, **-10.2%**
- **The Graph**: **$0.0701**, **-6.6%**
- **NEAR**: **-11.4%**

Only **2** of the **7** AI names finished higher.

**Summary:** TAO was the sector's only green name and its resistance sits at **$320**.`,
    numbers: [
      { find: '8.7%', label: 'supported' },
      { find: '$11.4 billion', label: 'supported' },
      { find: '1.2%', label: 'supported' },
      { find: '$381.40', label: 'contradicted', note: 'tao.price 318.4' },
      { find: '15.4%', label: 'supported' },
      { find: '13.1%', label: 'supported' },
      { find: '$0.513', label: 'supported' },
      { find: '-17.3%', label: 'contradicted', note: 'fet.change_24h -11.3' },
      { find: '$2.75', label: 'supported' },
      { find: '-10.2%', label: 'supported' },
      { find: '$0.0701', label: 'supported' },
      { find: '-6.6%', label: 'contradicted', note: 'grt.change_24h -10.6' },
      { find: '-11.4%', label: 'supported' },
      { find: '**2**', label: 'contradicted', note: 'sector.ai.advancers_24h 1' },
      { find: '**7**', label: 'supported' },
      { find: '$320', label: 'supported' },
    ],
  },
  {
    id: 'U-llm-09',
    voice: 'llm',
    style: 'daily',
    text: `**TL;DR:** BTC **-7.5%**, ETH **-9.5%**, SOL **-11.2%**, total cap **-8.5%**, dominance **61.2%**. Funding negative, OI down **20%**. Expect BTC to retest **$100K** and possibly reach **$120K** by year-end.`,
    numbers: [
      { find: '-7.5%', label: 'supported' },
      { find: '-9.5%', label: 'supported' },
      { find: '-11.2%', label: 'supported' },
      { find: '-8.5%', label: 'supported' },
      { find: '61.2%', label: 'contradicted', note: 'market.btc_dominance 59.85' },
      { find: '20%', label: 'supported' },
      { find: '$100K', label: 'unsupported', note: 'forecast (retest)' },
      { find: '$120K', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'U-llm-10',
    voice: 'llm',
    style: 'sector',
    text: `## Rollups and Gaming
**Layer 2** tokens lost **12.1%**. **Optimism** led the losses at **-13.2%** to **$0.585**, **Arbitrum** fell **12.5%** to **$0.451**, **Immutable** **12.4%** and **Polygon** **11.1%** to **$0.199**. The four-name group is now worth about **$6.1 billion**.

**Gaming** dropped **13%**, with **Gala** the worst at **-13.9%** and **Immutable** the best at **-12.4%**. **The Sandbox** slid **13.4%** and **Axie Infinity** **10.8%**.

**Summary:** all **4** gaming tokens fell; the sector cap lost about **$36 million**.`,
    numbers: [
      { find: 'four-name', label: 'supported', note: 'sector.l2.members 4' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '12.1%', label: 'supported' },
      { find: '-13.2%', label: 'supported' },
      { find: '$0.585', label: 'supported' },
      { find: '12.5%', label: 'supported' },
      { find: '$0.451', label: 'contradicted', note: 'arb.price 0.3512' },
      { find: '**12.4%**', label: 'supported' },
      { find: '11.1%', label: 'supported' },
      { find: '$0.199', label: 'supported' },
      { find: '$6.1 billion', label: 'supported' },
      { find: '13%', label: 'supported' },
      { find: '-13.9%', label: 'supported' },
      { find: '-12.4%', label: 'supported' },
      { find: '13.4%', label: 'supported' },
      { find: '10.8%', label: 'contradicted', note: 'axs.change_24h -12.8' },
      { find: '**4**', label: 'supported' },
      { find: '$36 million', label: 'contradicted', note: 'sector.gaming.market_cap_change_24h -360M: 10x slip' },
    ],
  },
  {
    id: 'U-llm-11',
    voice: 'llm',
    style: 'daily',
    text: `## Risk Check
- **BTC** funding: **-0.21%** per 8h, about **-23%** annualized
- **ETH** funding, annualized: **-49.3%**
- **XRP** open interest fell **15%** to **$790 million**
- **SOL** open interest: **$1.05 billion**
- **DOGE** open interest dropped **38.5%** over the day
- Total open interest change this week: **-12%**

**Summary:** ETH open interest is down **29.8%** on the week, roughly **$900 million** of ether longs were liquidated, and BTC now sits well below its all-time high of **$126,000**.`,
    numbers: [
      { find: '-0.21%', label: 'contradicted', note: 'btc.funding_rate -0.021: 10x slip' },
      { find: '8h', label: 'ignored' },
      { find: '-23%', label: 'supported' },
      { find: '-49.3%', label: 'contradicted', note: 'eth.funding_apr -32.85; -49.3 is SOL' },
      { find: '15%', label: 'supported' },
      { find: '$790 million', label: 'supported' },
      { find: '$1.05 billion', label: 'supported' },
      { find: '38.5%', label: 'contradicted', note: 'doge.oi_change_24h -30; 38.5 is the 7d change' },
      { find: '-12%', label: 'contradicted', note: 'market.oi_change_7d -27.6' },
      { find: '29.8%', label: 'supported' },
      { find: '$900 million', label: 'unsupported', note: 'invented liquidation split' },
      { find: '$126,000', label: 'unsupported', note: 'history' },
    ],
  },
  {
    id: 'U-llm-12',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Snapshot
**Bitcoin** fell **7.5%**, **Ethereum** **13.4%** and **BNB** **8.2%**, the best large cap. **Dogecoin** lost **20.8%**. **Virtuals** was the worst AI token, down **24.8%**. **Helium** dropped **9.4%**, while **Filecoin** was the best DePIN token at **-12.1%**. **The Sandbox** fell **31%**.

- Layer-one sector cap lost about **$377 billion**
- The meme sector lost **$9.4 billion**
- Spot ether ETFs took in **$200 million**`,
    numbers: [
      { find: 'Layer-one', label: 'ignored', note: 'word inside a sector name' },
      { find: '7.5%', label: 'contradicted', note: 'weekly: btc.change_7d -11.0; 7.5 is 24h' },
      { find: '13.4%', label: 'supported' },
      { find: '8.2%', label: 'supported' },
      { find: '20.8%', label: 'supported' },
      { find: '24.8%', label: 'supported' },
      { find: '9.4%', label: 'contradicted', note: 'hnt.change_7d -18.66; 9.4 is 24h' },
      { find: '-12.1%', label: 'supported' },
      { find: '31%', label: 'contradicted', note: 'sand.change_7d -21.1' },
      { find: '$377 billion', label: 'supported' },
      { find: '$9.4 billion', label: 'supported' },
      { find: '$200 million', label: 'unsupported', note: 'ETF flows not in facts/headlines' },
    ],
  },
  {
    id: 'U-llm-13',
    voice: 'llm',
    style: 'daily',
    text: `**Quick take:** Ether fell to **$3,450** after a session that ranged from **$3,608** to **$4,063**. Solana broke support at **$160**, while XRP clings to support at **$2.40**. Bitcoin's market cap stands at **$2.08 trillion** and Ether's at **$540 billion**.

**Summary:** **28** of **30** coins fell; the lone gainer, TAO, rose **12%**.`,
    numbers: [
      { find: '$3,450', label: 'contradicted', note: 'eth.price 3650.4' },
      { find: '$3,608', label: 'supported' },
      { find: '$4,063', label: 'supported' },
      { find: '$160', label: 'contradicted', note: 'sol.support 150; 160 is resistance' },
      { find: '$2.40', label: 'supported' },
      { find: '$2.08 trillion', label: 'supported' },
      { find: '$540 billion', label: 'contradicted', note: 'eth.market_cap 440.6B' },
      { find: '**28**', label: 'contradicted', note: 'market.decliners_24h 29' },
      { find: '**30**', label: 'supported' },
      { find: '12%', label: 'contradicted', note: 'tao.change_24h 1.2: 10x slip' },
    ],
  },
];
