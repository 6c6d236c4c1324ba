import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'R-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview

**Bitcoin broke down while altcoins held firm.** BTC fell **4.5%** to about **$102,460**, its weakest showing among the 30 tracked assets, after trading as high as **$108,041** earlier in the session. The total crypto market cap slipped **2.2%** to roughly **$3.35 trillion**.

## Key Levels

- **Support:** $100,000
- **Resistance:** $105,000
- **24h low:** $102,443

## Summary

Bitcoin is the story today: a **4.5 percent** drop that dragged the whole market, while only **11** of 30 assets managed gains.`,
    numbers: [
      { find: '**4.5%**', label: 'supported' },
      { find: '$102,460', label: 'supported' },
      { find: '30 tracked', label: 'supported', note: 'market.members 30' },
      { find: '$108,041', label: 'supported' },
      { find: '2.2%', label: 'supported' },
      { find: '$3.35 trillion', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '$105,000', label: 'supported' },
      { find: '24h low', label: 'ignored' },
      { find: '$102,443', label: 'supported' },
      { find: '4.5 percent', label: 'supported' },
      { find: '**11**', label: 'supported' },
      { find: 'of 30', label: 'supported' },
    ],
  },
  {
    id: 'R-llm-02',
    voice: 'llm',
    style: 'daily',
    text: `## Ethereum and Solana

**Ether** was nearly flat, slipping **0.4%** to **$3,528.64**, while **Solana** rose **1.2%** to **$171.42**. ETH remains well above its **$3,400** support, with resistance at **$3,800**. SOL is sitting just above support at **$170**, with resistance at **$180**.

- ETH 7-day change: **+2.3%**
- SOL 7-day change: **+6.9%**
- ETH market cap: **$426 billion**
- SOL market cap: **$9.5 billion**

**Bottom line:** ETH outperformed BTC by about **4.1 percentage points** on the day.`,
    numbers: [
      { find: '0.4%', label: 'supported' },
      { find: '$3,528.64', label: 'supported' },
      { find: '1.2%', label: 'supported' },
      { find: '$171.42', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,800', label: 'contradicted', note: 'fact eth.resistance 3600' },
      { find: '$170', label: 'supported' },
      { find: '$180', label: 'supported' },
      { find: '7-day@1', label: 'ignored' },
      { find: '+2.3%', label: 'supported' },
      { find: '7-day@2', label: 'ignored' },
      { find: '+6.9%', label: 'contradicted', note: 'fact sol.change_7d 2.94' },
      { find: '$426 billion', label: 'supported' },
      { find: '$9.5 billion', label: 'contradicted', note: '10x slip: sol.market_cap 94.56B' },
      { find: '4.1 percentage points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'R-llm-03',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives

**Funding flipped negative on Bitcoin.** The BTC perpetual funding rate sits at **-0.015%** per 8h, meaning shorts are paying longs — about **-16.4%** annualized. Ether funding stayed positive at **0.006%**, and XRP funding was **-0.0038%**.

- **BTC open interest:** ~**$9.5B**, down **12%** over 24 hours
- **ETH open interest:** ~**$4.6B**, down **4%**
- **Total open interest:** **$17.2B**, off **6%** on the day and about **8%** over the week
- **DOGE funding:** **+0.0047%**

**Takeaway:** Longs were flushed in bitcoin, but leverage actually built up in ether.`,
    numbers: [
      { find: '-0.015%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-16.4%', label: 'supported' },
      { find: '0.006%', label: 'supported' },
      { find: '-0.0038%', label: 'supported' },
      { find: '$9.5B', label: 'supported' },
      { find: '12%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$4.6B', label: 'supported' },
      { find: '**4%**', label: 'contradicted', note: 'direction: eth.oi_change_24h +4.0' },
      { find: '$17.2B', label: 'supported' },
      { find: '**6%**', label: 'supported' },
      { find: '**8%**', label: 'supported', note: 'market.oi_change_7d -7.95, about' },
      { find: '+0.0047%', label: 'supported' },
    ],
  },
  {
    id: 'R-llm-04',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Performance

1. **Gaming** led the market, up **3.2%**, with all **4** members green.
2. **AI** was second-best at **+1.0%**, led by Worldcoin (**+4.4%**).
3. **Memes** were essentially flat at **+0.1%**.
4. **Layer 2** dipped **0.2%**.
5. **DePIN** fell **2.6%**, with **0** of 4 members rising.
6. **Layer 1** was the weakest sector, down **3.4%**, dragged by bitcoin.

**Summary:** Gaming tokens outperformed Layer 1 by more than **6** points.`,
    numbers: [
      { find: '1. ', label: 'ignored', note: 'list number' },
      { find: '3.2%', label: 'supported' },
      { find: '**4**', label: 'supported' },
      { find: '2. ', label: 'ignored' },
      { find: '+1.0%', label: 'supported' },
      { find: '+4.4%', label: 'supported' },
      { find: '3. ', label: 'ignored' },
      { find: '+0.1%', label: 'supported' },
      { find: '4. ', label: 'ignored' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '0.2%', label: 'supported' },
      { find: '5. ', label: 'ignored' },
      { find: '2.6%', label: 'supported' },
      { find: '**0**', label: 'supported' },
      { find: 'of 4', label: 'supported' },
      { find: '6. ', label: 'ignored' },
      { find: 'Layer 1@1', label: 'ignored' },
      { find: 'Layer 1@2', label: 'ignored' },
      { find: '3.4%', label: 'supported' },
      { find: '**6**', label: 'unsupported', note: 'derived arithmetic (6.6 points)' },
    ],
  },
  {
    id: 'R-llm-05',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Recap

**Bitcoin had a rough week**, falling **4.5%** and closing near **$102,460**. Ether fared better, gaining **2.3%**, and Solana added **2.9%**.

### Sector Highlights

- **AI tokens:** up **4.4%**, with Worldcoin leading at **+11.1%**
- **Gaming:** up **5.1%**, with The Sandbox the best performer at **+6.2%**
- **Layer 1:** down **9.0%**
- **Memes:** up **1.6%**, though dogwifhat slid **5.5%**

### Derivatives

Bitcoin open interest dropped **15.8%**, while ether OI rose **6.2%**. Total open interest is down about **18%**.

**Summary:** A bitcoin-specific sell-off, with **6** of 7 AI tokens higher on the week.`,
    numbers: [
      { find: '**4.5%**', label: 'contradicted', note: 'wrong window: weekly style, btc.change_7d -7.0 (4.5 is 24h)' },
      { find: '$102,460', label: 'supported' },
      { find: '**2.3%**', label: 'supported' },
      { find: '**2.9%**', label: 'supported' },
      { find: '**4.4%**', label: 'supported' },
      { find: '+11.1%', label: 'supported' },
      { find: '**5.1%**', label: 'supported' },
      { find: '+6.2%', label: 'contradicted', note: 'wrong leader: sector.gaming.best_7d is axs 7.82 (sand 6.23 7d)' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '**9.0%**', label: 'contradicted', note: 'sector.l1.change_7d -4.84' },
      { find: '**1.6%**', label: 'supported' },
      { find: '**5.5%**', label: 'supported' },
      { find: '**15.8%**', label: 'supported' },
      { find: '**6.2%**', label: 'supported' },
      { find: '**18%**', label: 'contradicted', note: 'market.oi_change_7d -7.95' },
      { find: '**6**', label: 'supported' },
      { find: 'of 7', label: 'supported' },
    ],
  },
  {
    id: 'R-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## Volume and Volatility

- **Bitcoin volume** ran at roughly **2.8x** its 7-day average
- **Ether volume** was about **1.9x** its average
- **Solana volume** was around **1.53x**
- **BTC 7-day realized volatility:** **52.8%**, versus **29.1%** over 30 days
- **ETH 7-day realized volatility:** **63%**

**Bitcoin dominance** fell to **61.0%**, and total 24h volume reached **$216 billion**.

**Note:** Bitcoin hit a 30-day swing high of **$128,900** last month, so the drawdown is now well over **20%**.`,
    numbers: [
      { find: '2.8x', label: 'supported' },
      { find: '7-day average', label: 'ignored' },
      { find: '1.9x', label: 'contradicted', note: 'eth.volume_ratio_7d 1.09' },
      { find: '1.53x', label: 'contradicted', note: 'sol.volume_ratio_7d 1.35' },
      { find: 'BTC 7-day', label: 'ignored' },
      { find: '52.8%', label: 'supported' },
      { find: '29.1%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: 'ETH 7-day', label: 'ignored' },
      { find: '**63%**', label: 'contradicted', note: 'eth.volatility_7d 36.6' },
      { find: '61.0%', label: 'supported' },
      { find: '24h volume', label: 'ignored' },
      { find: '$216 billion', label: 'supported' },
      { find: '30-day swing', label: 'ignored' },
      { find: '$128,900', label: 'contradicted', note: 'btc.swing_high_30d 118,939' },
      { find: '20%', label: 'unsupported', note: 'derived distance' },
    ],
  },
  {
    id: 'R-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## Altcoin Movers

**Top gainers:**
- **SAND:** +6.2% to $0.2637
- **WLD:** +4.4% to $1.14
- **GALA:** +3.8%
- **AXS:** +9.2%
- **TAO:** +5.7% to $446

**Top losers:**
- **RENDER:** -3.6% to $3.39
- **ARB:** -2.6%
- **PEPE:** -2.3%
- **BNB:** -4.0% to $949
- **HNT:** -5.2%

**Summary:** Gaming dominated the upside; Polkadot rose **1.9%** and was the best Layer 1, while XRP dropped **3.1%**.`,
    numbers: [
      { find: '+6.2%', label: 'supported' },
      { find: '$0.2637', label: 'supported' },
      { find: '+4.4%', label: 'supported' },
      { find: '$1.14', label: 'supported' },
      { find: '+3.8%', label: 'supported' },
      { find: '+9.2%', label: 'contradicted', note: 'axs.change_24h 2.90' },
      { find: '+5.7%', label: 'contradicted', note: 'tao.change_24h 2.70' },
      { find: '$446', label: 'supported' },
      { find: '-3.6%', label: 'supported' },
      { find: '$3.39', label: 'supported' },
      { find: '-2.6%', label: 'supported' },
      { find: '-2.3%', label: 'supported' },
      { find: '-4.0%', label: 'contradicted', note: 'bnb.change_24h -2.0' },
      { find: '$949', label: 'supported' },
      { find: '-5.2%', label: 'contradicted', note: 'hnt.change_24h -2.20' },
      { find: '1.9%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '3.1%@1', label: 'contradicted', note: 'xrp.change_24h -1.30 (3.2 is 7d)' },
    ],
  },
  {
    id: 'R-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `## Headlines

- **ETF flows:** CoinDesk reported **$640 million** of outflows from U.S. spot bitcoin ETFs, the largest day since August.
- **Exploit:** A DeFi lending protocol lost **$27 million** in an oracle exploit, according to Decrypt.
- **Token unlock:** Optimism will release **31.34 million** OP next week, The Block reported.
- **Miner sales:** A public miner sold **2,100 BTC** into the slide.
- **Forecast:** Analysts quoted by Cointelegraph see bitcoin sliding to **$92,000**.
- **Ether:** Cointelegraph said ether crashed **8%**.

**Summary:** Risk-off headlines, but bitcoin could recover to **$110,000** if dip buyers return.`,
    numbers: [
      { find: '$640 million', label: 'supported-by-source' },
      { find: '$27 million', label: 'supported-by-source' },
      { find: '31.34 million', label: 'supported-by-source' },
      { find: '2,100 BTC', label: 'unsupported', note: 'headline figure not attributed to Bitcoin Magazine' },
      {
        find: '$92,000',
        label: 'supported-by-source',
        note: 'debatable: forecast but attributed to Cointelegraph headline',
      },
      { find: '8%', label: 'contradicted', note: 'eth.change_24h -0.40 contradicts headline' },
      { find: '$110,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'R-llm-09',
    voice: 'llm',
    style: 'daily',
    text: `**TL;DR:** BTC **-4.5%** at **$102.5K**, ETH **-0.4%**, SOL **+1.2%**. **11** assets up, **19** down. Funding on BTC is **+0.015%**, so longs pay shorts. Market cap **$3.35T**, dominance **64%**.`,
    numbers: [
      { find: '-4.5%', label: 'supported' },
      { find: '$102.5K', label: 'supported' },
      { find: '-0.4%', label: 'supported' },
      { find: '+1.2%', label: 'supported' },
      { find: '**11**', label: 'supported' },
      { find: '**19**', label: 'supported' },
      { find: '+0.015%', label: 'contradicted', note: 'sign: btc.funding_rate -0.015' },
      { find: '$3.35T', label: 'supported' },
      { find: '64%', label: 'contradicted', note: 'market.btc_dominance 61.0' },
    ],
  },
  {
    id: 'R-llm-10',
    voice: 'llm',
    style: 'daily',
    text: `## Market Snapshot

Here's a quick rundown of today's crypto market:

**Bitcoin (BTC)** dropped **6.2%** to **$102,460**, breaking below the **$105,000** level that had acted as support. The 24h low came in at **$98,400**.

**Ethereum (ETH)** rose **2.3%** to about **$3,530**.

**XRP** slipped **1.3%** to **$2.31**, and **BNB** fell **2%** to **$948.70**.

**Cardano (ADA)** lost **0.8%**, **Avalanche (AVAX)** gave up **1.1%** to **$18.27**, and **Sui** rose **0.5%**.

### Key Takeaways

- **Market breadth:** **19** of 30 assets rose
- **Best Layer 1:** Solana, up **1.2%**
- **Worst meme coin:** dogwifhat, down **1.6%**
- **Total market cap:** **$3.35 trillion**, down **2.2%**`,
    numbers: [
      { find: '6.2%', label: 'contradicted', note: 'btc.change_24h -4.5' },
      { find: '$102,460', label: 'supported' },
      {
        find: '$105,000',
        label: 'supported',
        note: 'debatable: btc.resistance 105k; sentence says it had acted as support (history)',
      },
      { find: '24h low', label: 'ignored' },
      { find: '$98,400', label: 'contradicted', note: 'btc.low_24h 102,443' },
      { find: '2.3%', label: 'contradicted', note: 'wrong window: eth.change_24h -0.4 (2.3 is 7d)' },
      { find: '$3,530', label: 'supported' },
      { find: '1.3%', label: 'supported' },
      { find: '$2.31', label: 'supported' },
      { find: '**2%**', label: 'supported' },
      { find: '$948.70', label: 'supported' },
      { find: '0.8%', label: 'supported' },
      { find: '1.1%', label: 'supported' },
      { find: '$18.27', label: 'supported' },
      { find: '0.5%', label: 'contradicted', note: 'direction: sui.change_24h -0.50' },
      { find: '**19**', label: 'contradicted', note: '19 fell; market.advancers_24h 11' },
      { find: 'of 30', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '1.2%', label: 'contradicted', note: 'wrong leader: sector.l1.best_24h dot 1.90' },
      { find: '1.6%', label: 'contradicted', note: 'wrong member: sector.memes.worst_24h pepe -2.34' },
      { find: '$3.35 trillion', label: 'supported' },
      { find: '2.2%', label: 'supported' },
    ],
  },
  {
    id: 'R-llm-11',
    voice: 'llm',
    style: 'sector',
    text: `## AI Sector Deep Dive

The **AI sector** rose **1.0%** on the day to a combined market cap of **$16.2 billion**, with **5** of 7 members advancing.

**Leaders:**
1. **Worldcoin (WLD):** **+4.4%**
2. **Bittensor (TAO):** **+2.7%**
3. **Virtuals (VIRTUAL):** **+2.6%**

**Laggards:**
- **Render:** **-3.6%**, the worst in the group
- **Fetch.ai (FET):** **-7.0%**
- **The Graph (GRT):** **+0.4%**
- **NEAR:** **-0.3%**

Over the week, the sector gained **9.4%**.

**Summary:** AI continues to attract capital even as BTC slips; analysts expect TAO to retest **$500** soon.`,
    numbers: [
      { find: '1.0%', label: 'supported' },
      { find: '$16.2 billion', label: 'supported' },
      { find: '**5**', label: 'contradicted', note: 'sector.ai.advancers_24h 3' },
      { find: 'of 7', label: 'supported' },
      { find: '1. ', label: 'ignored' },
      { find: '+4.4%', label: 'supported' },
      { find: '2. ', label: 'ignored' },
      { find: '+2.7%', label: 'supported' },
      { find: '3. ', label: 'ignored' },
      { find: '+2.6%', label: 'supported' },
      { find: '-3.6%', label: 'supported' },
      { find: '-7.0%', label: 'contradicted', note: '10x slip: fet.change_24h -0.70' },
      { find: '+0.4%', label: 'contradicted', note: 'direction: grt.change_24h -0.40' },
      { find: '-0.3%', label: 'supported' },
      { find: '9.4%', label: 'contradicted', note: 'sector.ai.change_7d 4.41' },
      { find: '$500', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'R-llm-12',
    voice: 'llm',
    style: 'daily',
    text: `## Quick Hits

- **Solana** funding is **0.0021%** per 8h — about **2.3%** annualized.
- **Solana** open interest rose **2%** to **$1.5B**.
- **XRP** open interest fell **9%** to **$580M**.
- **DOGE** open interest climbed **1.5%** to **$750M**; funding annualizes to **12%**.
- **ETH** annualized funding: **6.6%**.
- **Average funding** across the majors is **+0.0065%**.

**In short:** bitcoin shorts are in control, paying **0.15%** every eight hours.`,
    numbers: [
      { find: '0.0021%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '2.3%', label: 'supported' },
      { find: '**2%**', label: 'supported' },
      { find: '$1.5B', label: 'supported' },
      { find: '**9%**', label: 'contradicted', note: 'xrp.oi_change_24h -3.0' },
      { find: '$580M', label: 'contradicted', note: 'xrp.open_interest 850M' },
      { find: '1.5%', label: 'supported' },
      { find: '$750M', label: 'supported' },
      { find: '**12%**', label: 'contradicted', note: 'doge.funding_apr 5.15' },
      { find: '6.6%', label: 'supported' },
      { find: '+0.0065%', label: 'contradicted', note: 'sign: market.funding_avg -0.0065' },
      { find: '0.15%', label: 'contradicted', note: '10x: btc.funding_rate -0.015; debatable wording shorts paying' },
    ],
  },
  {
    id: 'R-llm-13',
    voice: 'llm',
    style: 'daily',
    text: `## Outlook

**Why did bitcoin fall?** BTC slid **8.5%** from its intraday peak, and open interest dropped **21%** as leveraged longs were washed out. The drop erased roughly **$95 billion** of bitcoin's market value.

**Key numbers to watch:**
- **Next support:** **$97,000**
- **Resistance:** **$108,000**
- **Bitcoin market cap:** **$2.4 trillion**
- **Ether market cap:** **$4.26 trillion**
- **Previous all-time high:** **$126,000**

**Rotation watch:** Gaming tokens rose **1.2%** and AI tokens **3.1%**. DePIN was the best sector, with **3** of 4 members up.

**CPI** prints at **3.1%** next week, and ETF outflows could top **$1 billion**.

**Summary:** Expect volatility to stay elevated, with the **7-day** measure at **29%**.`,
    numbers: [
      { find: '8.5%', label: 'unsupported', note: 'derived: high 108,041 to price 102,460 is -5.2%; no fact' },
      { find: '21%', label: 'contradicted', note: 'btc.oi_change_24h -12' },
      { find: '$95 billion', label: 'unsupported', note: 'derived cap change, no btc cap-change fact' },
      { find: '$97,000', label: 'contradicted', note: 'btc.support 100,000' },
      { find: '$108,000', label: 'contradicted', note: 'btc.resistance 105,000 (108k is 24h high)' },
      { find: '$2.4 trillion', label: 'contradicted', note: 'btc.market_cap 2.04T' },
      { find: '$4.26 trillion', label: 'contradicted', note: '10x: eth.market_cap 425.9B' },
      { find: '$126,000', label: 'unsupported', note: 'history' },
      { find: '1.2%', label: 'contradicted', note: 'sector.gaming.change_24h 3.19 (1.2 is imx)' },
      { find: '3.1%@1', label: 'contradicted', note: 'sector.ai.change_24h 0.99' },
      { find: '**3**', label: 'contradicted', note: 'sector.depin.advancers_24h 0; also not best sector' },
      { find: 'of 4', label: 'supported' },
      { find: '3.1%@2', label: 'unsupported', note: 'macro' },
      { find: '$1 billion', label: 'unsupported', note: 'forecast' },
      { find: '7-day', label: 'ignored' },
      { find: '29%', label: 'contradicted', note: 'btc.volatility_7d 52.8 (29 is 30d)' },
    ],
  },
];
