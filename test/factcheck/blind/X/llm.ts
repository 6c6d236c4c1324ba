import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'X-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview

The crypto market drifted lower over the past 24 hours, with total capitalization slipping **0.5%** to **$3.47 trillion**. Breadth was weak: only **9 of 30** tracked assets advanced.

## Majors

- **Bitcoin (BTC):** trading at **$101,300**, down **0.6%**, holding above support at **$100,000**.
- **Ethereum (ETH):** at **$3,486**, down **1.1%**; resistance sits at **$3,600**.
- **Solana (SOL):** down **1.8%** to **$148.62**.
- **BNB:** one of the few gainers, up **0.3%** to **$652**.

**Summary:** A quiet, slightly risk-off session outside of DePIN.`,
    numbers: [
      { find: '24 hours', label: 'ignored' },
      { find: '0.5%', label: 'supported' },
      { find: '$3.47 trillion', label: 'supported' },
      { find: 'only **9', label: 'supported' },
      { find: '30** tracked', label: 'supported' },
      { find: '$101,300', label: 'supported' },
      { find: '0.6%', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '$3,486', label: 'supported' },
      { find: '1.1%', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '1.8%', label: 'supported' },
      { find: '$148.62', label: 'supported' },
      { find: '0.3%', label: 'supported' },
      { find: '$652', label: 'supported' },
    ],
  },
  {
    id: 'X-llm-02',
    voice: 'llm',
    style: 'daily',
    text: `## DePIN Steals the Show

The standout theme was **decentralized physical infrastructure**. The DePIN sector rallied **13.9%**, with **all 4** members higher:

- **Helium (HNT)** led with a **22%** surge to about **$3.64**
- **Filecoin (FIL)** gained **16%**
- **Render (RENDER)** rose **10%**, also the only AI token in the green
- **IoTeX (IOTX)** added **9%**

Volume confirmed the move: HNT traded at roughly **2.4x** its 7-day average and FIL at **2.2x**.`,
    numbers: [
      { find: '13.9%', label: 'supported' },
      { find: 'all 4', label: 'supported' },
      { find: '22%', label: 'supported' },
      { find: '$3.64', label: 'supported' },
      { find: '16%', label: 'supported' },
      { find: '10%', label: 'supported' },
      { find: 'added **9%', label: 'supported', note: 'iotx 8.998' },
      { find: '2.4x', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '2.2x', label: 'supported' },
    ],
  },
  {
    id: 'X-llm-03',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives

- **Funding:** BTC funding turned slightly negative at **-0.003%** per 8h, while ETH stayed positive at **0.008%**. DOGE funding was the richest at **0.021%**.
- **Open interest:** total OI rose **0.8%** to **$15.8B**. BTC OI stands at **$8.2B** (+**0.6%**), ETH at **$4.7B** (+**1.2%**).
- SOL OI grew **3.2%** on the day.

**Takeaway:** positioning is cautious, with shorts paying longs on BTC.`,
    numbers: [
      { find: '-0.003%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '0.008%', label: 'supported' },
      { find: '0.021%', label: 'contradicted', note: 'doge.funding_rate 0.012' },
      { find: '0.8%', label: 'supported' },
      { find: '$15.8B', label: 'supported' },
      { find: '$8.2B', label: 'supported' },
      { find: '0.6%', label: 'supported' },
      { find: '$4.7B', label: 'supported' },
      { find: '1.2%', label: 'supported' },
      { find: '3.2%', label: 'contradicted', note: 'sol.oi_change_24h -0.4; -3.2 is the 7d value, sign flipped too' },
    ],
  },
  {
    id: 'X-llm-04',
    voice: 'llm',
    style: 'daily',
    text: `## Sector Scorecard

| | |
|---|---|
Sector moves over 24h:

1. **DePIN:** +13.9%
2. **Layer 1:** -0.7%
3. **AI:** -0.72%
4. **Layer 2:** -2.8%
5. **Gaming:** -1.5%
6. **Memes:** -2.4%, worst of the day, with **WIF** down **3.4%**

The AI basket had just **1 of 7** names up, and Layer 1 saw **3 out of 10** advance.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '1. ', label: 'ignored', note: 'list number' },
      { find: '+13.9%', label: 'supported' },
      { find: '2. ', label: 'ignored' },
      { find: '-0.7%', label: 'supported', note: 'l1 -0.67' },
      { find: '3. ', label: 'ignored' },
      { find: '-0.72%', label: 'supported', note: 'ai -0.72' },
      { find: '4. ', label: 'ignored' },
      { find: '-2.8%', label: 'contradicted', note: 'l2 -0.83; -2.8 is fet' },
      { find: '5. ', label: 'ignored' },
      { find: '-1.5%', label: 'supported' },
      { find: '6. ', label: 'ignored' },
      { find: '-2.4%', label: 'supported' },
      { find: '3.4%', label: 'supported' },
      { find: 'just **1', label: 'supported' },
      { find: '7** names', label: 'supported' },
      { find: 'Layer 1@2', label: 'ignored' },
      { find: '3 out', label: 'supported' },
      { find: '10** advance', label: 'supported' },
      { find: 'Layer 1:', label: 'ignored' },
      { find: 'Layer 2:', label: 'ignored' },
    ],
  },
  {
    id: 'X-llm-05',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Wrap

**Bitcoin** finished the week down **2.1%**, and **Ether** fell **4.9%**. The standout was again DePIN, up **16.9%**, with **HNT** climbing **26%**.

- Memecoins lost **7.9%**, led lower by **WIF** (-**9.3%**)
- Layer 2s were the best non-DePIN sector, down only **1.3%**
- **TAO** was the weakest AI token at -**7.1%**
- Total open interest fell **1.2%**

**Bottom line:** one sector carried the whole week.`,
    numbers: [
      { find: '2.1%', label: 'supported' },
      { find: '4.9%', label: 'contradicted', note: 'eth.change_7d -2.49' },
      { find: '16.9%', label: 'supported' },
      { find: '26%', label: 'supported' },
      { find: '7.9%', label: 'supported' },
      { find: '9.3%', label: 'supported' },
      { find: 'Layer 2s', label: 'ignored' },
      {
        find: '1.3%',
        label: 'supported',
        note: 'l2 7d -1.35; best non-DePIN sector 7d: l2 -1.35 vs l1 -2.14, ai -3.1 -> correct',
      },
      { find: '7.1%', label: 'supported' },
      { find: '1.2%', label: 'supported' },
    ],
  },
  {
    id: 'X-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## Key Levels to Watch

- **BTC:** support **$100,000**, resistance **$105,000**; the 24h range ran from **$100,726** to **$102,312**.
- **ETH:** support **$3,400**, resistance **$3,600**. A break higher could open a run to **$4,000**.
- **SOL:** support **$150**, resistance **$145**.
- **XRP:** holding **$2.10** support, with resistance at **$2.20**.

BTC currently sits about **1.3%** above its support.`,
    numbers: [
      { find: '$100,000', label: 'supported' },
      { find: '$105,000', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$100,726', label: 'supported' },
      { find: '$102,312', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '$4,000', label: 'unsupported', note: 'forecast' },
      { find: '$150', label: 'contradicted', note: 'sol support 145 / resistance 150 swapped' },
      { find: '$145', label: 'contradicted', note: 'swapped' },
      { find: '$2.10', label: 'supported' },
      { find: '$2.20', label: 'supported' },
      { find: '1.3%', label: 'unsupported', note: 'distance to level, derived' },
    ],
  },
  {
    id: 'X-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## Headlines

- **CoinDesk** reports Helium's mobile network topped **500,000** subscribers.
- **Decrypt** notes the Helium network passed **1.2 million** hotspots.
- Ether ETFs drew **$95 million** in net inflows, per **The Block**.
- Spot bitcoin ETFs saw **$212 million** in outflows.
- A cross-chain bridge was drained of **$38 million**, according to **Cointelegraph**.
- **CryptoSlate** says IoTeX will unlock **120 million** IOTX next week.`,
    numbers: [
      { find: '500,000', label: 'supported-by-source' },
      { find: '1.2 million', label: 'supported-by-source' },
      { find: '$95 million', label: 'supported-by-source' },
      { find: '$212 million', label: 'unsupported', note: 'not attributed' },
      { find: '$38 million', label: 'supported-by-source' },
      { find: '120 million', label: 'supported-by-source' },
    ],
  },
  {
    id: 'X-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `**Quick take:** BTC dominance sits at **58.1%**. Trading volume across crypto reached **$98B**, while BTC's own volume was about **0.8x** its weekly average. ETH annualized funding is roughly **8.8%**, and SOL's is **-6.6%**.

**Summary:** range-bound majors, hot DePIN.`,
    numbers: [
      { find: '58.1%', label: 'supported' },
      { find: '$98B', label: 'supported' },
      { find: '0.8x', label: 'supported' },
      { find: '8.8%', label: 'supported' },
      { find: '-6.6%', label: 'supported' },
    ],
  },
  {
    id: 'X-llm-09',
    voice: 'llm',
    style: 'daily',
    text: `## What Moved

**Winners:** HNT (+**22.0%**), FIL (+**16.0%**), RENDER (+**10.0%**), IOTX (+**9.0%**), SUI (+**0.8%**).

**Losers:** WIF (-**3.4%**), PEPE (-**3.0%**), FET (-**2.8%**), SHIB (-**1.7%**), TAO (-**2.6%**).

- **DOGE** slipped **2.2%** to **$0.1682**
- **AVAX** fell **5.5%** to **$19.84**
- **NEAR** dropped **2.20%**, the worst Layer 1 name`,
    numbers: [
      { find: '22.0%', label: 'supported' },
      { find: '16.0%', label: 'supported' },
      { find: '10.0%', label: 'supported' },
      { find: '9.0%', label: 'supported' },
      { find: '0.8%', label: 'supported' },
      { find: '3.4%', label: 'supported' },
      { find: '3.0%', label: 'supported' },
      { find: '2.8%', label: 'supported' },
      { find: '1.7%', label: 'contradicted', note: 'shib -2.73' },
      { find: '2.6%', label: 'supported' },
      { find: '2.2%', label: 'supported' },
      { find: '$0.1682', label: 'supported' },
      { find: '5.5%', label: 'contradicted', note: 'avax 24h -1.90; 5.5 is 7d (wrong window)' },
      { find: '$19.84', label: 'supported' },
      { find: '2.20%', label: 'supported' },
      { find: 'Layer 1 name', label: 'ignored' },
    ],
  },
  {
    id: 'X-llm-10',
    voice: 'llm',
    style: 'daily',
    text: `## Market Snapshot

The total market cap **rose 0.5%** to **$3.47T**, and BTC dominance climbed to **61.2%**. Breadth was poor, with **24** of the watchlist's coins in the red.

- **BTC** fell **2.1%** on the day to **$101,300**
- **ETH** is down **11%** at **$3,486**
- **XRP** dropped **2.6%** to **$2.19**
- **ADA** slid **0.4%** to **$0.584**

**Summary:** sellers in control of the majors.`,
    numbers: [
      { find: '0.5%', label: 'contradicted', note: 'market.cap_change_24h -0.5, direction flip' },
      { find: '$3.47T', label: 'supported' },
      { find: '61.2%', label: 'contradicted', note: 'dominance 58.05' },
      { find: '24', label: 'contradicted', note: 'decliners 21' },
      { find: '2.1%', label: 'contradicted', note: 'btc 24h -0.6; -2.1 is 7d' },
      { find: '$101,300', label: 'supported' },
      { find: '11%', label: 'contradicted', note: 'eth -1.1, 10x slip' },
      { find: '$3,486', label: 'supported' },
      { find: '2.6%', label: 'contradicted', note: 'xrp 24h -0.40; 2.6 is 7d' },
      { find: '$2.19', label: 'supported' },
      { find: '0.4%', label: 'contradicted', note: 'ada +0.40, direction flip' },
      { find: '$0.584', label: 'supported' },
    ],
  },
  {
    id: 'X-llm-11',
    voice: 'llm',
    style: 'daily',
    text: `## Funding & Positioning

- **SOL** funding is **positive** at **0.006%** per 8h, so longs are paying shorts
- **XRP** funding is at **-0.001%**
- **DOGE** funding of **0.012%** annualizes to about **13.1%**
- **BTC** OI fell **1.8%** on the day

Traders appear to be **bracing for a move to $110,000** in BTC.`,
    numbers: [
      { find: '0.006%', label: 'contradicted', note: 'sol funding -0.006 (shorts pay longs)' },
      { find: '8h', label: 'ignored' },
      { find: '-0.001%', label: 'supported' },
      { find: '0.012%', label: 'supported' },
      { find: '13.1%', label: 'supported' },
      { find: '1.8%', label: 'contradicted', note: 'btc oi 24h +0.6; -1.8 is 7d' },
      { find: '$110,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'X-llm-12',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Spotlight: AI & Memes

**AI tokens** lost **0.7%** overall. **RENDER** was the best performer at **+10%**, while **TAO** was the worst, down **2.6%**. The sector's market cap now stands at about **$12.2B**.

**Memecoins** fell **2.4%**. **PEPE** was the best of the four at **-1.2%**, and the group shed roughly **$890M** in value.

- **WLD** -**2.5%**
- **VIRTUAL** -**4.0%**
- **GRT** -**1.9%**`,
    numbers: [
      { find: '0.7%', label: 'supported' },
      { find: '+10%', label: 'supported' },
      { find: '2.6%', label: 'contradicted', note: 'worst AI 24h is FET -2.80, not TAO -2.60 (wrong leader)' },
      { find: '$12.2B', label: 'supported', note: 'ai watchlist cap 12.25B' },
      { find: '2.4%', label: 'supported' },
      { find: 'four', label: 'supported' },
      { find: '-1.2%', label: 'contradicted', note: 'best meme 24h DOGE -2.20; pepe -2.96' },
      { find: '$890M', label: 'supported' },
      { find: '2.5%', label: 'supported' },
      { find: '4.0%', label: 'contradicted', note: 'virtual -2.00' },
      { find: '1.9%', label: 'supported' },
    ],
  },
  {
    id: 'X-llm-13',
    voice: 'llm',
    style: 'weekly',
    text: `## This Week in Crypto

- **SOL** fell **1.6%**, while **SUI** gained **1.6%**
- **DOGE** tumbled **18%**
- **FIL** rose **21%** and **IOTX** **9.4%**
- **RENDER** is up **11.4%**
- **OP** was the weakest Layer 2, down **3.6%**

**Summary:** DePIN up, memes down, the rest flat.`,
    numbers: [
      { find: 'fell **1.6%', label: 'supported', note: 'sol 7d -1.58' },
      { find: 'gained **1.6%', label: 'supported', note: 'sui 7d 1.59' },
      { find: '18%', label: 'contradicted', note: 'doge 7d -8.2' },
      { find: '21%', label: 'supported' },
      { find: '9.4%', label: 'supported' },
      { find: '11.4%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '3.6%', label: 'contradicted', note: 'op 7d -6.57' },
    ],
  },
  {
    id: 'X-llm-14',
    voice: 'llm',
    style: 'daily',
    text: `## Volatility Check

**HNT** 7-day realized volatility hit **114%**, and **FIL**'s reached **89%**. By contrast, **BTC** seven-day vol is a sleepy **12%**, and **ETH**'s is **16%**. Volume on **DOGE** ran at **0.75x** its weekly norm, as CryptoSlate noted.`,
    numbers: [
      { find: '7-day', label: 'ignored' },
      { find: '114%', label: 'supported' },
      { find: '89%', label: 'supported' },
      { find: 'seven-day', label: 'ignored' },
      { find: '12%', label: 'contradicted', note: 'btc vol 7d 21.3' },
      { find: '16%', label: 'supported' },
      { find: '0.75x', label: 'supported' },
    ],
  },
  {
    id: 'X-llm-15',
    voice: 'llm',
    style: 'daily',
    text: `## TL;DR

- **HNT** rallied **42%**, the best day in the watchlist
- **FIL** rose **6%** and now trades near **$3.48**
- **IOTX** was the top DePIN gainer at **+9%**
- The DePIN sector cap reached **$14.4B**
- **RENDER** volume was **19x** its 7-day average

**Summary:** DePIN ran hot while everything else cooled.`,
    numbers: [
      { find: '42%', label: 'contradicted', note: 'hnt 22' },
      { find: '6%', label: 'contradicted', note: 'fil 16' },
      { find: '$3.48', label: 'contradicted', note: 'fil price 2.48' },
      { find: '+9%', label: 'contradicted', note: 'iotx is the worst DePIN member (HNT top); value right, rank wrong' },
      { find: '$14.4B', label: 'contradicted', note: 'depin watchlist cap 4.44B (category 10.6B)' },
      { find: '19x', label: 'contradicted', note: 'render 1.945, 10x slip' },
      { find: '7-day', label: 'ignored' },
    ],
  },
  {
    id: 'X-llm-16',
    voice: 'llm',
    style: 'daily',
    text: `## Majors at a Glance

**Bitcoin** is changing hands at **$103,100**, and **Ether** around **$3,490**. **BNB** slipped **1.0%** on the day, while **Solana** lost **0.4%**. **XRP** trades at **$2.87**.

**Dogecoin** funding is **negative**, at **-0.012%**, and ETH open interest sits at **$7.4 billion**.

**Summary:** majors soft, but nothing dramatic.`,
    numbers: [
      { find: '$103,100', label: 'contradicted', note: 'btc 101,300' },
      { find: '$3,490', label: 'supported', note: 'around 3486' },
      { find: '1.0%', label: 'contradicted', note: 'bnb +0.30 (24h); -0.98 is 7d' },
      { find: '0.4%', label: 'contradicted', note: 'sol -1.80; -0.4 is sol oi' },
      { find: '$2.87', label: 'contradicted', note: 'xrp 2.19; 2.876 is SUI' },
      { find: '-0.012%', label: 'contradicted', note: 'doge funding +0.012' },
      { find: '$7.4 billion', label: 'contradicted', note: 'eth oi 4.7B' },
    ],
  },
  {
    id: 'X-llm-17',
    voice: 'llm',
    style: 'weekly',
    text: `## Week in Review

- **ETH** lost **1.1%** for the week
- **AVAX** was the worst Layer 1 at **-5.5%**
- The Layer 1 basket dropped **6.1%**
- **IMX** was the best gaming token, up **0.3%**
- **FET** fell **6.5%**, **GRT** **5.8%**
- Bitcoin is down about **2.1%** on the week, per CoinDesk, which also cites a **$180,000** year-end target`,
    numbers: [
      { find: '1.1%', label: 'contradicted', note: 'eth 7d -2.49; 1.1 is 24h' },
      { find: 'Layer 1 at', label: 'ignored' },
      { find: '-5.5%', label: 'supported' },
      { find: 'Layer 1 basket', label: 'ignored' },
      { find: '6.1%', label: 'contradicted', note: 'l1 7d -2.14' },
      { find: '0.3%', label: 'supported' },
      { find: '6.5%', label: 'supported' },
      { find: '5.8%', label: 'supported' },
      { find: '2.1%', label: 'supported' },
      { find: '$180,000', label: 'supported-by-source' },
    ],
  },
  {
    id: 'X-llm-18',
    voice: 'llm',
    style: 'daily',
    text: `## Breadth & Flows

- **21 of 30** assets fell, and **Memes** saw **2 of 4** names rise
- The **Gaming** sector lost **4.9%**, with **GALA** down the most
- **Layer 1** market cap shrank by about **$18.7B**
- **CoinDesk** says DePIN surged **14%**
- Sector leader **SUI** gained **8%**

**Summary:** narrow, DePIN-only upside.`,
    numbers: [
      { find: '21', label: 'supported' },
      { find: '30', label: 'supported' },
      { find: 'saw **2', label: 'contradicted', note: 'memes advancers 0' },
      { find: '4** names', label: 'supported' },
      { find: '4.9%', label: 'contradicted', note: 'gaming -1.49' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '$18.7B', label: 'supported' },
      { find: '14%', label: 'supported', note: 'depin 13.87 fact also states it' },
      { find: '8%', label: 'contradicted', note: 'sui +0.80, 10x' },
    ],
  },
  {
    id: 'X-llm-19',
    voice: 'llm',
    style: 'daily',
    text: `## Risk Notes

- **BTC** 24h low was **$99,725**, briefly below support
- **ETH** 24h high reached **$3,641**
- **SOL** 30-day swing high is **$155.96**
- **NEAR** fell **0.2%**
- **OP** dropped **7.8%**, the worst Layer 2

**Summary:** tight ranges on the majors.`,
    numbers: [
      { find: '24h low', label: 'ignored' },
      { find: '$99,725', label: 'contradicted', note: 'btc low 100,725' },
      { find: '24h high', label: 'ignored' },
      { find: '$3,641', label: 'contradicted', note: 'eth high 3541.57' },
      { find: '30-day', label: 'ignored' },
      { find: '$155.96', label: 'supported' },
      { find: '0.2%', label: 'contradicted', note: 'near -2.20, 10x' },
      { find: '7.8%', label: 'contradicted', note: 'op 24h -1.80' },
      { find: 'Layer 2', label: 'ignored' },
    ],
  },
  {
    id: 'X-llm-20',
    voice: 'llm',
    style: 'sector',
    text: `**Layer 2 recap:** the group fell **0.8%**. **ARB** was the worst performer at **-1.4%**, while **POL** rose **5%**. Combined L2 market cap is about **$62B**.`,
    numbers: [
      { find: '0.8%', label: 'supported' },
      { find: '-1.4%', label: 'contradicted', note: 'arb -1.40 correct value but worst L2 is OP -1.80 (wrong rank)' },
      { find: '5%', label: 'contradicted', note: 'pol +0.50, 10x' },
      { find: 'L2', label: 'ignored' },
      { find: 'Layer 2 recap', label: 'ignored' },
      { find: '$62B', label: 'contradicted', note: 'l2 watchlist cap 6.2B, 10x' },
    ],
  },
  {
    id: 'X-llm-21',
    voice: 'llm',
    style: 'weekly',
    text: `## Seven-Day Movers

- **WIF** was the best memecoin, down only **5.2%**
- **IOTX** led DePIN with **+26%**
- **BNB** gained **2.8%**
- **XRP** open interest rose **1.4%**`,
    numbers: [
      { find: '5.2%', label: 'contradicted', note: 'best meme 7d is PEPE -5.15; WIF is worst -9.29 (wrong leader)' },
      { find: '+26%', label: 'contradicted', note: 'HNT led at +26.2; IOTX 7d +9.4 (wrong asset)' },
      { find: '2.8%', label: 'contradicted', note: 'bnb 7d -0.98; 2.8 is 30d' },
      { find: '1.4%', label: 'supported', note: 'xrp oi 7d +1.4' },
    ],
  },
];
