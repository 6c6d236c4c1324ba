import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'S-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview

The crypto market edged higher over the past 24 hours, with total capitalization rising **1%** to roughly **$3.88 trillion**. Breadth was positive: **21 of 30** watchlist assets advanced while **9** declined. Bitcoin dominance eased to **59.5%**.

## Bitcoin and Ether

- **BTC** traded at **$115,820**, up a modest **0.3%**, holding above support at **$115,000** with resistance at **$120,000**.
- **ETH** gained **1.1%** to **$4,480**, outpacing bitcoin.
- BTC's 24h range was **$114,389** to **$115,932**.

## Memecoins Steal the Show

The meme sector surged **14.5%**, led by **PEPE (+34.1%)** and **WIF (+27.0%)**. DOGE rose **13.0%** and SHIB **9.5%**.

**Summary:** A quiet day for majors, a wild one for memes.`,
    numbers: [
      { find: '24 hours', label: 'ignored' },
      { find: '**1%**', label: 'supported' },
      { find: '$3.88 trillion', label: 'supported' },
      { find: '21 of 30', label: 'supported' },
      { find: '**9**', label: 'supported' },
      { find: '59.5%', label: 'supported' },
      { find: '$115,820', label: 'supported' },
      { find: '0.3%', label: 'supported' },
      { find: '$115,000', label: 'supported' },
      { find: '$120,000', label: 'supported' },
      { find: '1.1%', label: 'supported' },
      { find: '$4,480', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$114,389', label: 'supported' },
      { find: '$115,932', label: 'supported' },
      { find: '14.5%', label: 'supported' },
      { find: '+34.1%', label: 'supported' },
      { find: '+27.0%', label: 'supported' },
      { find: '13.0%', label: 'supported' },
      { find: '**9.5%**', label: 'supported' },
    ],
  },
  {
    id: 'S-llm-02',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives Snapshot

Leverage is building, especially in memecoins:

1. **Total open interest** climbed **3.3%** to about **$19.2B**.
2. **DOGE open interest** jumped **58%**, with funding at **0.052%** per 8h (about **57%** annualized).
3. **BTC funding** sat at **0.09%**, while **ETH funding** was **0.011%**.
4. **XRP funding** turned positive at **0.002%**, meaning longs paid shorts.

**Key takeaway:** The average OI-weighted funding rate of **0.012%** suggests leverage is still moderate outside of memes.`,
    numbers: [
      { find: '1. **Total', label: 'ignored', note: 'list number' },
      { find: '3.3%', label: 'supported' },
      { find: '$19.2B', label: 'supported' },
      { find: '2. **DOGE', label: 'ignored', note: 'list number' },
      { find: '58%', label: 'contradicted', note: 'doge.oi_change_24h 38' },
      { find: '0.052%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '**57%**', label: 'supported' },
      { find: '3. **BTC', label: 'ignored', note: 'list number' },
      { find: '0.09%', label: 'contradicted', note: 'btc.funding_rate 0.009, 10x slip' },
      { find: '0.011%', label: 'supported' },
      { find: '4. **XRP', label: 'ignored', note: 'list number' },
      { find: '0.002%', label: 'contradicted', note: 'xrp.funding_rate -0.002; sign wrong, shorts paid longs' },
      { find: '0.012%', label: 'supported' },
    ],
  },
  {
    id: 'S-llm-03',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Performance (24h)

Sector returns diverged sharply:

- **Memes:** **+14.5%** — all **4** members higher
- **AI:** **+1.6%** — **6 of 7** up, led by **Virtuals (+4.2%)**
- **Layer 1:** **+0.5%** — **NEAR** the best at **+2.1%**
- **Layer 2:** **+0.4%** — **ARB** led at **+0.9%**
- **DePIN:** **-0.7%** — **IOTX** weakest at **-1.2%**
- **Gaming:** **-1.8%** — **AXS** down **3.9%**

Gaming was the **second-best** performer on the week, but the day belonged to memes.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '+14.5%', label: 'supported' },
      { find: '**4**', label: 'supported' },
      { find: '+1.6%', label: 'supported' },
      { find: '6 of 7', label: 'supported' },
      { find: '+4.2%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+0.5%', label: 'supported' },
      { find: '+2.1%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+0.4%', label: 'supported' },
      { find: '+0.9%', label: 'supported' },
      { find: '-0.7%', label: 'supported' },
      { find: '-1.2%', label: 'supported' },
      { find: '-1.8%', label: 'supported' },
      { find: '3.9%', label: 'supported' },
      { find: 'second-best', label: 'contradicted', note: 'gaming 7d -1.66 is worst sector on week' },
    ],
  },
  {
    id: 'S-llm-04',
    voice: 'llm',
    style: 'daily',
    text: `## What Moved Today

**Bitcoin** rallied **3.0%** to reclaim **$115,800**, while **Ethereum** slipped **1.1%** to **$4,480**. **Solana** was the standout among majors, climbing **1.6%** to **$224.16**, and **XRP** fell **0.2%** to **$2.95**.

### Altcoin Highlights
- **SUI** rose **9.5%**, the best layer-1 performer of the day.
- **AVAX** gained **1.2%** to **$24.87**.
- **DOT** was the weakest L1, down **0.9%** to **$4.02**.
- **ADA** rose **3.0%** to **$0.84**.

**Bottom line:** Majors were mixed while speculative money chased memes.`,
    numbers: [
      { find: 'rallied **3.0%**', label: 'contradicted', note: 'btc.change_24h 0.30, 10x slip' },
      { find: '$115,800', label: 'supported' },
      { find: '1.1%', label: 'contradicted', note: 'eth.change_24h +1.10, direction wrong' },
      { find: '$4,480', label: 'supported' },
      { find: '1.6%', label: 'supported' },
      { find: '$224.16', label: 'supported' },
      { find: '0.2%', label: 'supported' },
      { find: '$2.95', label: 'supported' },
      { find: '9.5%', label: 'contradicted', note: 'sui.change_24h 1.60; 9.47 is 7d; best L1 24h is NEAR' },
      { find: 'layer-1', label: 'ignored' },
      { find: '1.2%', label: 'supported' },
      { find: '$24.87', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '0.9%', label: 'supported' },
      { find: '$4.02', label: 'supported' },
      { find: '3.0%@2', label: 'contradicted', note: 'ada.change_24h 0.30, 10x slip' },
      { find: '$0.84', label: 'supported' },
    ],
  },
  {
    id: 'S-llm-05',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Recap

Over the past **7 days**, the market told two stories.

**Winners**
- **PEPE:** **+41.8%**
- **WIF:** **+29.7%**
- **DOGE:** **+19.9%**
- **VIRTUAL:** **+13.5%**

**Laggards**
- **AXS:** **-7.3%**
- **SAND:** **-5.3%**
- **ADA:** **-9.1%**

Bitcoin added **1.5%** on the week while ether rose **4.3%**. The memes sector gained **20.5%**, roughly **$10.1 billion** of added value, and total open interest grew **5.7%**.

**Summary:** Memes ran; gaming and older L1s bled.`,
    numbers: [
      { find: '7 days', label: 'ignored' },
      { find: '+41.8%', label: 'supported' },
      { find: '+29.7%', label: 'supported' },
      { find: '+19.9%', label: 'supported' },
      { find: '+13.5%', label: 'supported' },
      { find: '-7.3%', label: 'supported' },
      { find: '-5.3%', label: 'supported' },
      { find: '-9.1%', label: 'contradicted', note: 'ada.change_7d -5.15; -8.6 is 30d' },
      { find: '1.5%', label: 'supported' },
      { find: '4.3%', label: 'contradicted', note: 'eth.change_7d 0.71; 4.3 is eth OI 7d' },
      { find: '20.5%', label: 'supported' },
      { find: '$10.1 billion', label: 'supported', note: 'memes market_cap_change_7d 10.08B' },
      { find: '5.7%', label: 'supported' },
      { find: 'L1s', label: 'ignored' },
    ],
  },
  {
    id: 'S-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## Headlines in Focus

- **ETF flows:** According to CoinDesk, spot bitcoin ETFs took in **$410 million**, the most since July.
- **Security:** A cross-chain bridge lost **$41 million** to a private-key exploit.
- **Unlocks:** The Block reports Worldcoin will release **38.6 million** WLD tokens next week.
- **Miners:** A public miner sold **1,450 BTC** to fund a hosting expansion, Bitcoin Magazine said.
- **Forecast:** One fund manager sees BTC at **$150,000** by year-end, per Cointelegraph.

Meanwhile, Bitcoin Magazine noted BTC is up **8%** this week, and the CPI print came in at **2.9%**.`,
    numbers: [
      { find: '$410 million', label: 'supported-by-source' },
      { find: '$41 million', label: 'unsupported', note: 'Decrypt headline but not attributed' },
      { find: '38.6 million', label: 'supported-by-source' },
      { find: '1,450 BTC', label: 'supported-by-source' },
      {
        find: '$150,000',
        label: 'supported-by-source',
        note: 'forecast attributed to Cointelegraph headline; debatable (forecast)',
      },
      { find: '8%', label: 'contradicted', note: 'btc.change_7d 1.5 contradicts Bitcoin Magazine headline' },
      { find: '2.9%', label: 'unsupported', note: 'macro, invented' },
    ],
  },
  {
    id: 'S-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## Key Levels to Watch

**Bitcoin (BTC)**
- Support: **$120,000**
- Resistance: **$115,000**
- 30-day swing high: **$120,966**; swing low: **$108,188**

**Ethereum (ETH)**
- Support: **$4,400**
- Resistance: **$4,800**
- ETH printed a fresh 30-day high at **$4,527** today.

**Solana (SOL)**
- Support: **$220**, resistance: **$230**
- 24h low: **$207**

*Note:* BTC is trading roughly **3.5%** below resistance, and a breakout could target **$130,000**.`,
    numbers: [
      { find: '$120,000', label: 'contradicted', note: 'support/resistance swapped: btc.support 115000' },
      { find: '$115,000', label: 'contradicted', note: 'swapped: btc.resistance 120000' },
      { find: '30-day swing high', label: 'ignored' },
      { find: '$120,966', label: 'supported' },
      { find: '$108,188', label: 'supported' },
      { find: '$4,400', label: 'supported' },
      { find: '$4,800', label: 'contradicted', note: 'eth.resistance 4600' },
      { find: '30-day high', label: 'ignored' },
      { find: '$4,527', label: 'supported', note: 'eth.swing_high_30d = high_24h 4526.72' },
      { find: '$220', label: 'supported' },
      { find: '$230', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$207', label: 'contradicted', note: 'sol.low_24h 217.12' },
      { find: '3.5%', label: 'unsupported', note: 'distance to level, derived' },
      { find: '$130,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'S-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `## Memecoin Mania: A Closer Look

The meme trade dominated flows. Here's the breakdown:

- **PEPE** jumped **34%** to about **$0.0000148**, its best day in months.
- **DOGE** climbed **13%** and now trades near **$0.28**, with volume at **5x** its weekly average.
- **SHIB** lagged its peers but still gained **19.5%**.
- **WIF** rose **27%** to **$1.04**.

The sector's combined market cap now stands at **$59.2 billion**, up **$7.5 billion** in a day. Notably, **3 of 4** memecoins finished green.

**In short:** Retail is back, and it brought leverage.`,
    numbers: [
      { find: '34%', label: 'supported' },
      { find: '$0.0000148', label: 'supported' },
      { find: '13%', label: 'supported' },
      { find: '$0.28', label: 'supported' },
      { find: '5x', label: 'supported' },
      { find: '19.5%', label: 'contradicted', note: 'shib.change_24h 9.53' },
      { find: '27%', label: 'supported' },
      { find: '$1.04', label: 'supported' },
      { find: '$59.2 billion', label: 'supported' },
      { find: '$7.5 billion', label: 'supported' },
      { find: '3 of 4', label: 'contradicted', note: 'memes advancers 4 of 4' },
    ],
  },
  {
    id: 'S-llm-09',
    voice: 'llm',
    style: 'sector',
    text: `## AI Sector Deep Dive

The **AI sector** advanced **2.6%** over the session, with **5 of 7** tokens in positive territory.

**Top performers:**
- **VIRTUAL:** +4.2%
- **FET:** +2.4%
- **TAO:** +2.2%

**Underperformer:**
- **RENDER:** -0.8% (the only decliner)

The watchlist AI basket is worth roughly **$168B**, while the broader CoinGecko AI category sits at **$29.4B**, up **1.4%**. Over **30 days**, the sector is still down **3.3%**, with TAO the lone gainer at **+8.4%**.`,
    numbers: [
      { find: '2.6%', label: 'contradicted', note: 'sector.ai.change_24h 1.60' },
      { find: '5 of 7', label: 'contradicted', note: 'ai advancers 6' },
      { find: '+4.2%', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
      { find: '+2.2%', label: 'supported' },
      { find: '-0.8%', label: 'supported' },
      { find: '$168B', label: 'contradicted', note: 'sector.ai.market_cap 16.8B, 10x slip' },
      { find: '$29.4B', label: 'supported' },
      { find: '1.4%', label: 'supported', note: 'category_change_24h 1.42' },
      { find: '30 days', label: 'ignored' },
      { find: '3.3%', label: 'supported', note: 'ai 30d -3.30' },
      { find: '+8.4%', label: 'supported' },
    ],
  },
  {
    id: 'S-llm-10',
    voice: 'llm',
    style: 'daily',
    text: `## Volume and Volatility

- Total crypto volume reached **$258 billion** in the last 24 hours.
- BTC volume ran at **0.92x** its 7-day average, while ETH was at **1.10x**.
- **DOGE** turnover hit **2.5x** its weekly norm; **PEPE** reached **5.2x**.
- BTC's 7-day realized volatility is **22.9%** annualized, versus **53.1%** for ETH and **109%** for PEPE.
- SOL's 7-day volatility of **65.9%** stands out among majors.

**Takeaway:** Volume is concentrated in memes; majors are calm.`,
    numbers: [
      { find: '$258 billion', label: 'contradicted', note: 'market.volume_24h 158B' },
      { find: '24 hours', label: 'ignored' },
      { find: '0.92x', label: 'supported' },
      { find: '7-day average', label: 'ignored' },
      { find: '1.10x', label: 'supported' },
      { find: '2.5x', label: 'contradicted', note: 'doge.volume_ratio_7d 5.04' },
      { find: '5.2x', label: 'supported' },
      { find: '7-day realized', label: 'ignored' },
      { find: '22.9%', label: 'supported' },
      { find: '53.1%', label: 'contradicted', note: 'eth.volatility_7d 35.1' },
      { find: '109%', label: 'supported' },
      { find: '7-day volatility', label: 'ignored' },
      { find: '65.9%', label: 'contradicted', note: 'sol.volatility_7d 45.9' },
    ],
  },
  {
    id: 'S-llm-11',
    voice: 'llm',
    style: 'daily',
    text: `## Open Interest by Asset

- **BTC OI:** **$9.1B**, up **1.0%**
- **ETH OI:** **$6.1B**, down **2.0%**
- **SOL OI:** **$1.6B**, up **0.5%**
- **XRP OI:** **$1.0B**, up **1.0%**
- **DOGE OI:** **$14.5B**, up **38%**

**Note:** DOGE open interest has risen **61.5%** over the week, per our data.`,
    numbers: [
      { find: '$9.1B', label: 'supported' },
      { find: '1.0%@1', label: 'supported' },
      { find: '$6.1B', label: 'supported' },
      { find: '2.0%', label: 'contradicted', note: 'eth.oi_change_24h +2.0, direction wrong' },
      { find: '$1.6B', label: 'supported' },
      { find: '0.5%', label: 'supported' },
      { find: '$1.0B', label: 'supported' },
      { find: '1.0%@2', label: 'contradicted', note: 'xrp.oi_change_24h -1.0, direction wrong' },
      { find: '$14.5B', label: 'contradicted', note: 'doge.open_interest 1.45B, 10x slip' },
      { find: '38%', label: 'supported' },
      { find: '61.5%', label: 'supported' },
    ],
  },
  {
    id: 'S-llm-12',
    voice: 'llm',
    style: 'daily',
    text: `## TL;DR

- Market cap **+1%** to **$3.9T**
- BTC **+0.3%**, ETH **+1.1%**, SOL **+6.1%**
- Memes **+14.5%**, Gaming **+1.8%**
- **21** up, **9** down
- BNB **+2.0%** at **$1,005**

**One-liner:** Memes up double digits, everything else drifted.`,
    numbers: [
      { find: '+1%', label: 'supported' },
      { find: '$3.9T', label: 'supported' },
      { find: '+0.3%', label: 'supported' },
      { find: '+1.1%', label: 'supported' },
      { find: '+6.1%', label: 'contradicted', note: 'sol.change_24h 1.60' },
      { find: '+14.5%', label: 'supported' },
      { find: '+1.8%', label: 'contradicted', note: 'gaming -1.81, sign' },
      { find: '**21**', label: 'supported' },
      { find: '**9**', label: 'supported' },
      { find: '+2.0%', label: 'contradicted', note: 'bnb.change_24h 0.70; 2.03 is 7d' },
      { find: '$1,005', label: 'supported' },
    ],
  },
  {
    id: 'S-llm-13',
    voice: 'llm',
    style: 'daily',
    text: `## Layer-2 and DePIN Check-In

**Layer 2** tokens were mixed:
- **ARB** led with a **+3.5%** gain to **$0.41**
- **OP** added **0.5%** to **$0.68**
- **POL** rose **0.3%** to **$0.22**
- **IMX** fell **0.4%** — the only decliner

**DePIN** was weaker, down **0.7%** overall. **HNT** rose **0.8%** to **$3.98**, the lone gainer, while **FIL** fell **0.9%** and **IOTX** dropped **11.6%**.

**Summary:** L2s held up better than DePIN, which saw **2 of 4** members decline.`,
    numbers: [
      { find: 'Layer-2', label: 'ignored' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+3.5%', label: 'contradicted', note: 'arb.change_24h 0.90; 3.53 is 7d' },
      { find: '$0.41', label: 'supported' },
      { find: '0.5%', label: 'supported' },
      { find: '$0.68', label: 'supported' },
      { find: '0.3%', label: 'supported' },
      { find: '$0.22', label: 'supported' },
      { find: '0.4%', label: 'supported' },
      { find: '0.7%', label: 'supported' },
      { find: '0.8%', label: 'supported' },
      { find: '$3.98', label: 'contradicted', note: 'hnt.price 2.98' },
      { find: '0.9%', label: 'supported' },
      { find: '11.6%', label: 'contradicted', note: 'iotx.change_24h -1.20; -11.6 is 30d' },
      { find: 'L2s', label: 'ignored' },
      { find: '2 of 4', label: 'contradicted', note: 'depin decliners 3' },
    ],
  },
  {
    id: 'S-llm-14',
    voice: 'llm',
    style: 'daily',
    text: `## Market Pulse

**Bitcoin** is consolidating near **$118,500** after a **2.5%** gain, with dominance slipping to **61.2%**. **Ether** outperformed, adding **1.1%**, while **XRP** was the weakest major at **-2.0%**.

### Funding
- BTC: **0.009%** per 8h (~**9.9%** APR)
- ETH: **0.011%** (~**21%** APR)
- DOGE: **0.52%** per 8h

### Breadth
**19 of 30** assets closed higher. Gaming and DePIN were the sectors in the red.

**Summary:** A risk-on tape, but the leverage is concentrated.`,
    numbers: [
      { find: '$118,500', label: 'contradicted', note: 'btc.price 115820' },
      { find: '2.5%', label: 'contradicted', note: 'btc.change_24h 0.30' },
      { find: '61.2%', label: 'contradicted', note: 'btc_dominance 59.5' },
      { find: '1.1%', label: 'supported' },
      { find: '-2.0%', label: 'contradicted', note: 'xrp.change_24h -0.20, 10x slip' },
      { find: '0.009%', label: 'supported' },
      { find: '8h@1', label: 'ignored' },
      { find: '9.9%', label: 'supported' },
      { find: '0.011%', label: 'supported' },
      { find: '21%', label: 'contradicted', note: 'eth.funding_apr 12.0' },
      { find: '0.52%', label: 'contradicted', note: 'doge funding 0.052, 10x slip' },
      { find: '8h@2', label: 'ignored' },
      { find: '19 of 30', label: 'contradicted', note: 'advancers 21' },
    ],
  },
  {
    id: 'S-llm-15',
    voice: 'llm',
    style: 'weekly',
    text: `## Week in Review: Sectors

Here is how each sector fared this week:

- **Memes:** **+20.5%** — every member higher, **PEPE** best at **+41.8%**
- **AI:** **+4.6%** — **VIRTUAL** led with **+13.5%**, **WLD** worst at **-5.0%**
- **Layer 1:** **+1.4%** — **ADA** was the top performer at **+9.5%**
- **Layer 2:** **+0.1%** — **OP** the laggard at **-3.0%**
- **DePIN:** **+2.3%** — **HNT** led at **+3.6%**
- **Gaming:** **-1.7%** — only **2 of 4** members fell

**Summary:** Memes beat every other sector by a wide margin.`,
    numbers: [
      { find: '+20.5%', label: 'supported' },
      { find: '+41.8%', label: 'supported' },
      { find: '+4.6%', label: 'contradicted', note: 'sector.ai.change_7d 1.56' },
      { find: '+13.5%', label: 'supported' },
      { find: '-5.0%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+1.4%', label: 'supported' },
      { find: '+9.5%', label: 'contradicted', note: 'wrong leader: l1 best_7d is SUI 9.47; ADA was worst -5.1' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '+0.1%', label: 'supported' },
      { find: '-3.0%', label: 'supported' },
      { find: '+2.3%', label: 'contradicted', note: 'sector.depin.change_7d -0.34' },
      { find: '+3.6%', label: 'supported' },
      { find: '-1.7%', label: 'supported' },
      { find: '2 of 4', label: 'contradicted', note: 'gaming decliners_7d 3' },
    ],
  },
  {
    id: 'S-llm-16',
    voice: 'llm',
    style: 'daily',
    text: `## Quick Stats

**Total market cap:** **$3.88T** (**+1.0%**)
**BTC market cap:** **$2.31T**
**ETH market cap:** **$640B**
**Total open interest:** **$19.25B** (**+5.7%** on the day)
**Total 24h volume:** **$158B**
**BTC dominance:** **59.5%**
**XRP:** **$2.95**, market cap **$17.7B**
**SOL market cap:** **$122B**

**Bottom line:** The top of the market is steady.`,
    numbers: [
      { find: '$3.88T', label: 'supported' },
      { find: '+1.0%', label: 'supported' },
      { find: '$2.31T', label: 'supported' },
      { find: '$640B', label: 'contradicted', note: 'eth.market_cap 540.6B' },
      { find: '$19.25B', label: 'supported' },
      { find: '+5.7%', label: 'contradicted', note: 'market.oi_change_24h 3.26; 5.7 is 7d' },
      { find: '24h', label: 'ignored' },
      { find: '$158B', label: 'supported' },
      { find: '59.5%', label: 'supported' },
      { find: '$2.95', label: 'supported' },
      { find: '$17.7B', label: 'contradicted', note: 'xrp.market_cap 176.8B, 10x slip' },
      { find: '$122B', label: 'supported' },
    ],
  },
  {
    id: 'S-llm-17',
    voice: 'llm',
    style: 'daily',
    text: `## Risk Check

- **Gaming** extended its slide, with **AXS** down **7.3%** and **SAND** off **5.3%** on the day.
- **GALA** lost **1.9%**.
- **IMX** was the best gaming token, rising **2.3%**.
- Total market volume of **$158B** was about **20%** above the weekly average.

**Summary:** Gaming remains the weakest corner of the market, down **10.9%** on the day.`,
    numbers: [
      { find: '7.3%', label: 'contradicted', note: 'axs.change_24h -3.90; -7.33 is 7d' },
      { find: '5.3%', label: 'contradicted', note: 'sand.change_24h -2.80; -5.25 is 7d' },
      { find: '1.9%', label: 'supported' },
      { find: '2.3%', label: 'contradicted', note: 'imx.change_24h -0.40; 2.32 is 7d; imx is best but fell' },
      { find: '$158B', label: 'supported' },
      { find: '20%', label: 'unsupported', note: 'no market volume ratio fact' },
      { find: '10.9%', label: 'contradicted', note: 'gaming 24h -1.81; -10.87 is 30d' },
    ],
  },
  {
    id: 'S-llm-18',
    voice: 'llm',
    style: 'daily',
    text: `## Majors at a Glance

**BTC** **$115,820** (**+0.3%**) · **ETH** **$4,480** (**+1.1%**) · **SOL** **$242** (**+1.6%**) · **BNB** **$1,005** (**-0.7%**) · **XRP** **$2.95** (**+2.1%**) · **NEAR** **$3.05** (**+2.1%**)

**Summary:** NEAR and SOL led the majors, but no major gained more than **1%**.`,
    numbers: [
      { find: '$115,820', label: 'supported' },
      { find: '+0.3%', label: 'supported' },
      { find: '$4,480', label: 'supported' },
      { find: '+1.1%', label: 'supported' },
      { find: '$242', label: 'contradicted', note: 'sol.price 224.16' },
      { find: '+1.6%', label: 'supported' },
      { find: '$1,005', label: 'supported' },
      { find: '-0.7%', label: 'contradicted', note: 'bnb.change_24h +0.70, sign' },
      { find: '$2.95', label: 'supported' },
      { find: '+2.1%@1', label: 'contradicted', note: 'xrp.change_24h -0.20; 2.09 is 7d' },
      { find: '$3.05', label: 'supported' },
      { find: '+2.1%@2', label: 'supported', note: 'near 2.10' },
      { find: '**1%**', label: 'contradicted', note: 'near +2.1, sol +1.6 both above 1%' },
    ],
  },
];
