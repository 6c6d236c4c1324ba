import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'L-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview

The crypto market extended its slow grind lower on Thursday. **Total market capitalization slipped about 1.7% to roughly $3.39 trillion**, while 24-hour volume came in at around $164.8 billion. Bitcoin's dominance edged up to **58.4%**, suggesting altcoins bled harder than the leader.

## Bitcoin and Ethereum

- **Bitcoin (BTC)** is trading near **$99,240**, down **1.3%** over the past 24 hours and roughly **4%** lower on the week. It traded between about $99,080 and $101,230 during the session.
- **Ethereum (ETH)** underperformed, falling **2.1%** to about **$3,312**. ETH is now down nearly **9%** over seven days.
- BTC remains below the psychologically important **$100,000** level, which now acts as resistance, with support seen at **$90,000**.

## Altcoins

- **Solana (SOL)** lost **4.2%** to **$158.36** and is down **8.7%** for the week.
- **XRP** held up comparatively well, easing **1.1%** to **$2.52**.
- **BNB** was one of the few gainers, up **0.4%** at about **$831**.
- **Dogecoin (DOGE)** fell **2.9%** to **$0.217**.

## Sectors

DePIN was the standout, the **only sector in positive territory** with a gain of roughly **1.8%**, led by **IoTeX (+8.6%)**. At the other end, **Gaming tokens were the worst performers, down about 4.5%**, with all four members in the red. Meme coins lost about **5.9%**, and AI tokens slipped **3.9%**.

## Derivatives

Funding rates remain close to neutral. BTC funding sits at **0.0031% per 8 hours**, while ETH funding has turned slightly negative at **-0.0018%**. Total open interest across the tracked perpetuals is roughly **$17.6 billion**, up about **0.4%** on the day.

**Summary:** A quiet but persistently bearish session — 21 of 30 tracked assets fell, and BTC sits just below $100K.`,
    numbers: [
      { find: '1.7%', label: 'supported' },
      { find: '$3.39 trillion', label: 'supported' },
      { find: '24-hour', label: 'ignored' },
      { find: '$164.8 billion', label: 'contradicted', note: 'fact market.volume_24h 146.8B' },
      { find: '58.4%', label: 'supported' },
      { find: '$99,240', label: 'supported' },
      { find: '1.3%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: 'roughly **4%', label: 'supported' },
      { find: '$99,080', label: 'supported' },
      { find: '$101,230', label: 'supported' },
      { find: '2.1%', label: 'supported' },
      { find: '$3,312', label: 'supported' },
      { find: 'nearly **9%', label: 'contradicted', note: 'fact eth.change_7d -3.8' },
      { find: '$100,000', label: 'supported', note: 'btc.resistance 100000' },
      { find: '$90,000', label: 'contradicted', note: 'fact btc.support 95000' },
      { find: '4.2%', label: 'contradicted', note: 'fact sol.change_24h -2.4' },
      { find: '$158.36', label: 'supported' },
      { find: '8.7%', label: 'supported' },
      { find: '1.1%', label: 'supported' },
      { find: '$2.52', label: 'contradicted', note: 'fact xrp.price 2.2187' },
      { find: '0.4%@1', label: 'supported' },
      { find: '$831', label: 'contradicted', note: 'fact bnb.price 931.4' },
      { find: '2.9%', label: 'supported' },
      { find: '$0.217', label: 'contradicted', note: 'fact doge.price 0.1872 (0.217 is the 30d swing high)' },
      { find: '1.8%', label: 'supported' },
      { find: '+8.6%', label: 'contradicted', note: 'fact iotx.change_24h 6.1; 8.6 is 7d' },
      { find: '4.5%', label: 'supported' },
      { find: '5.9%', label: 'contradicted', note: 'fact sector.memes.change_24h -2.9' },
      { find: '3.9%', label: 'contradicted', note: 'fact sector.ai.change_24h -1.9' },
      { find: '0.0031%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '-0.0018%', label: 'supported' },
      { find: '$17.6 billion', label: 'supported' },
      { find: '0.4%@2', label: 'supported' },
      { find: '21 of', label: 'supported' },
      { find: '30 tracked', label: 'supported' },
      { find: '$100K', label: 'supported', note: 'price below the 100,000 level' },
    ],
  },
  {
    id: 'L-llm-02',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Rotation Check

**Best sector:** DePIN, +1.79% (all 4 of 4 members higher)
**Worst sector:** Gaming, -4.48%

### Winners
- **IoTeX (IOTX)** jumped **6.1%** — the top performer on the entire watchlist.
- **Helium (HNT)** added **4.2%**, while **Render** rose **1.6%** and **Filecoin** gained **2.1%**.
- **Optimism (OP)** climbed **7.1%**, making Layer 2 the second-best sector despite a **0.6%** sector decline.

### Losers
- **Gala (GALA)** dropped **5.1%**, the steepest loss in Gaming.
- **Virtuals Protocol** slid **6.4%**, the weakest AI name.
- **Pepe** fell **3.8%**, the worst of the memes.

### Layer 1
The L1 basket fell **1.4%**, with only **2** of its **10** members advancing — BNB (+0.4%) and Sui (+0.2%). AVAX was the laggard at **-2.6%**. The group's market value shrank by roughly **$385 billion**.

**Bottom line:** Rotation into DePIN was the lone bright spot; every other sector closed lower.`,
    numbers: [
      { find: '+1.79%', label: 'supported' },
      { find: 'all 4', label: 'supported' },
      { find: 'of 4', label: 'supported' },
      { find: '-4.48%', label: 'supported' },
      { find: '6.1%', label: 'supported' },
      { find: '4.2%', label: 'contradicted', note: 'fact hnt.change_24h 2.4' },
      { find: '1.6%', label: 'supported' },
      { find: '2.1%', label: 'contradicted', note: 'fact fil.change_24h 1.2' },
      { find: '7.1%', label: 'contradicted', note: 'fact op.change_24h 1.7' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '0.6%', label: 'supported' },
      { find: '5.1%', label: 'supported' },
      { find: '6.4%', label: 'contradicted', note: 'fact virtual.change_24h -4.6' },
      { find: '3.8%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: 'L1', label: 'ignored' },
      { find: '1.4%', label: 'supported' },
      { find: '**2**', label: 'supported' },
      { find: '**10**', label: 'supported' },
      { find: '+0.4%', label: 'supported' },
      { find: '+0.2%', label: 'supported' },
      { find: '-2.6%', label: 'contradicted', note: 'L1 worst is NEAR -2.6; AVAX -2.2' },
      { find: '$385 billion', label: 'contradicted', note: 'fact sector.l1.market_cap_change_24h -38.5B (10x)' },
    ],
  },
  {
    id: 'L-llm-03',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives Snapshot

Perpetual futures markets show **little conviction** in either direction.

- **Funding:** BTC **+0.0031%** per 8h (about **34%** annualized); SOL **+0.052%**; DOGE **+0.0024%**; ETH **-0.0018%** and XRP **-0.0009%**, meaning shorts are paying longs on those two contracts.
- **Open interest:** Aggregate OI stands near **$17.6B**, essentially flat (**+0.4%**) over 24 hours but down about **11%** over seven days.
- **BTC OI** rose **1.8%** to around **$4.0B**, while **SOL OI** dropped **3.5%** to **$2.1B** — the biggest decline among the majors.
- **ETH OI** is the largest at about **$9.1B**.
- **XRP OI** grew **1.2%** to **$1.1B**.

**Takeaway:** With average funding around **0.001%**, leverage is balanced, so a sharp squeeze looks unlikely unless BTC reclaims **$100K**.`,
    numbers: [
      { find: '+0.0031%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '34%', label: 'contradicted', note: 'fact btc.funding_apr 3.39 (10x)' },
      { find: '+0.052%', label: 'contradicted', note: 'fact sol.funding_rate 0.0052 (10x)' },
      { find: '+0.0024%', label: 'supported' },
      { find: '-0.0018%', label: 'supported' },
      { find: '-0.0009%', label: 'supported' },
      { find: '$17.6B', label: 'supported' },
      { find: '+0.4%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '11%', label: 'contradicted', note: 'fact market.oi_change_7d -1.1 (10x)' },
      { find: '1.8%', label: 'supported' },
      { find: '$4.0B', label: 'contradicted', note: 'fact btc.open_interest 6.0B' },
      { find: '3.5%', label: 'supported' },
      { find: '$2.1B', label: 'supported' },
      { find: '$9.1B', label: 'contradicted', note: 'fact eth.open_interest 7.1B' },
      { find: '1.2%', label: 'contradicted', note: 'fact xrp.oi_change_24h 2.4; 1.2 is 7d' },
      { find: '$1.1B', label: 'supported' },
      { find: '0.001%', label: 'supported', note: 'market.funding_avg 0.00107 at written precision' },
      { find: '$100K', label: 'supported', note: 'btc.resistance 100000' },
    ],
  },
  {
    id: 'L-llm-04',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Recap: A Slow Bleed

**The week in one line:** every major except a few DePIN names finished lower.

### Majors (7-day)
- **BTC:** -4.0%, now at **$99,239**
- **ETH:** -3.8%
- **SOL:** -8.7%
- **XRP:** -7.2%
- **BNB:** -1.4% (the most resilient large cap)
- **ADA:** -3.8%, **AVAX:** -8.1%, **DOGE:** -9.5%

### Sectors
Gaming was the weakest group, falling **11.3%**, with The Sandbox down **16.3%**. Memes shed **8.5%** as dogwifhat tumbled **15.5%**. The AI basket lost **7.4%**, Layer 2s **2.6%**, and Layer 1s **4.0%**. DePIN held up best at **-2.5%**, helped by IoTeX's **8.6%** advance.

### Looking ahead
Analysts are watching the **$95,000** support. A break could open the door to **$85,000**, while a recovery above **$107,438** — the 30-day high — would flip the trend. Bitcoin ETFs saw **$412 million** in net outflows on the latest day.`,
    numbers: [
      { find: '7-day', label: 'ignored' },
      { find: '-4.0%', label: 'supported' },
      { find: '$99,239', label: 'supported' },
      { find: '-3.8%@1', label: 'supported' },
      { find: '-8.7%', label: 'supported' },
      { find: '-7.2%', label: 'contradicted', note: 'fact xrp.change_7d -2.7' },
      { find: '-1.4%', label: 'supported' },
      { find: '-3.8%@2', label: 'contradicted', note: 'fact ada.change_7d -6.8 (-3.8 is ETH)' },
      { find: '-8.1%', label: 'supported' },
      { find: '-9.5%', label: 'contradicted', note: 'fact doge.change_7d -6.5 (-9.9 is 30d)' },
      { find: '11.3%', label: 'supported' },
      { find: '16.3%', label: 'supported' },
      { find: '8.5%', label: 'supported' },
      { find: '15.5%', label: 'supported' },
      { find: '7.4%', label: 'supported' },
      { find: 'Layer 2s', label: 'ignored' },
      { find: '2.6%', label: 'contradicted', note: 'fact sector.l2.change_7d -6.2' },
      { find: 'Layer 1s', label: 'ignored' },
      { find: '**4.0%**', label: 'supported' },
      { find: '-2.5%', label: 'supported' },
      { find: '8.6%', label: 'supported' },
      { find: '$95,000', label: 'supported' },
      { find: '$85,000', label: 'unsupported', note: 'forecast, CoinDesk analyst not named' },
      { find: '$107,438', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$412 million', label: 'unsupported', note: 'CoinDesk figure, not attributed' },
    ],
  },
  {
    id: 'L-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `**Quick answer:** Bitcoin is currently around **$99,200**, down about **1.3%** in the last 24 hours. It hit a 24h high of roughly **$101,200** and a low near **$99,100**. Compared with its 30-day swing high of **$107,438**, it is trading about **7.6%** lower. Its market cap is roughly **$2.4 trillion**, and trading volume is about **$2.7 billion**, roughly **4%** below the 7-day average. Realized volatility over 7 days is **35.3%** annualized.

*Note: prices move quickly; always check a live source.*`,
    numbers: [
      { find: '$99,200', label: 'supported' },
      { find: '1.3%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '$101,200', label: 'supported' },
      { find: '$99,100', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$107,438', label: 'supported' },
      { find: '7.6%', label: 'unsupported', note: 'derived distance to swing high' },
      { find: '$2.4 trillion', label: 'contradicted', note: 'fact btc.market_cap 1.98T' },
      { find: '$2.7 billion', label: 'supported' },
      { find: 'roughly **4%', label: 'supported', note: 'debatable: btc.volume_ratio_7d 0.957 = 4.3% below' },
      { find: '7-day', label: 'ignored' },
      { find: '7 days', label: 'ignored' },
      { find: '35.3%', label: 'contradicted', note: 'fact btc.volatility_7d 20.3 (35.3 is ETH)' },
    ],
  },
  {
    id: 'L-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## Altcoin Watch

Most large-cap altcoins followed Bitcoin lower:

- **Cardano (ADA)** — $0.6217, -9.1%
- **Avalanche (AVAX)** — $17.14, -2.2%
- **Polkadot (DOT)** — $3.026, -7.1%
- **NEAR** — $2.198, -2.6%
- **Sui (SUI)** — $2.467, +0.2%

Among smaller caps, **Worldcoin** (-1.4%) and **The Graph** (-3.2%) were notably weak, while **Bittensor (TAO)** managed a small **0.3%** gain to **$418.30**.

**Summary:** 2 of the five L1 alts above rose; the rest fell, with NEAR the weakest.`,
    numbers: [
      { find: '$0.6217', label: 'supported' },
      { find: '-9.1%', label: 'contradicted', note: 'fact ada.change_24h -1.9' },
      { find: '$17.14', label: 'supported' },
      { find: '-2.2%', label: 'supported' },
      { find: '$3.026', label: 'supported' },
      { find: '-7.1%', label: 'contradicted', note: 'fact dot.change_24h -1.7' },
      { find: '$2.198', label: 'contradicted', note: 'fact near.price 2.918' },
      { find: '-2.6%', label: 'supported' },
      { find: '$2.467', label: 'supported' },
      { find: '+0.2%', label: 'supported' },
      { find: '-1.4%', label: 'contradicted', note: 'fact wld.change_24h -4.1' },
      { find: '-3.2%', label: 'supported' },
      { find: '0.3%', label: 'supported' },
      { find: '$418.30', label: 'supported' },
      { find: '2 of', label: 'contradicted', note: 'only SUI of the five listed rose' },
      { find: 'L1', label: 'ignored' },
    ],
  },
  {
    id: 'L-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## News Flow

- **CoinDesk** reports that spot bitcoin ETFs recorded **$412 million** in net outflows, the third consecutive day of redemptions.
- According to **Cointelegraph**, a DeFi lending protocol was drained of **$27 million** in an oracle exploit.
- **The Block** reports a **$58 million** hot-wallet hack at a crypto exchange.
- **Decrypt** notes that a bitcoin miner sold **2,100 BTC** to fund a new data center.
- **CryptoSlate** says total crypto market cap fell **1.7%** to **$3.39 trillion**.
- **Bitcoin Magazine** puts BTC dominance at about **58.4%**.
- **Cointelegraph** also reported Solana open interest climbing **6%**, while **The Block** says SOL positions shrank **3.5%**.
- **CoinDesk** notes bitcoin is down about **8%** over the past week.
- **Decrypt** writes that memecoins dropped **3%**.`,
    numbers: [
      { find: '$412 million', label: 'supported-by-source' },
      { find: '$27 million', label: 'supported-by-source' },
      { find: '$58 million', label: 'supported-by-source' },
      { find: '2,100', label: 'unsupported', note: 'Decrypt says 1,200 BTC' },
      { find: '1.7%', label: 'supported' },
      { find: '$3.39 trillion', label: 'supported' },
      { find: '58.4%', label: 'supported' },
      { find: 'climbing **6%', label: 'contradicted', note: 'fact sol.oi_change_24h -3.5 contradicts Cointelegraph' },
      { find: '3.5%', label: 'supported' },
      { find: 'about **8%', label: 'contradicted', note: 'fact btc.change_7d -4.0 (CoinDesk says about 4%)' },
      { find: 'dropped **3%', label: 'supported', note: 'sector.memes.change_24h -2.9' },
    ],
  },
  {
    id: 'L-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `**TL;DR:** BTC -1.3% at ~$99.2K, ETH -2.1% at ~$3.3K, SOL -4.2%. 9 of 30 watchlist assets rose; DePIN (+8.1%) led, Gaming (-4.5%) lagged. Funding flat, OI $7.6B. Dominance 54.8%.`,
    numbers: [
      { find: '-1.3%', label: 'supported' },
      { find: '$99.2K', label: 'supported' },
      { find: '-2.1%', label: 'supported' },
      { find: '$3.3K', label: 'supported' },
      { find: '-4.2%', label: 'contradicted', note: 'fact sol.change_24h -2.4' },
      { find: '9 of', label: 'supported' },
      { find: '30 watchlist', label: 'supported' },
      { find: '+8.1%', label: 'contradicted', note: 'fact sector.depin.change_24h 1.8' },
      { find: '-4.5%', label: 'supported' },
      { find: '$7.6B', label: 'contradicted', note: 'fact market.open_interest 17.6B' },
      { find: '54.8%', label: 'contradicted', note: 'fact market.btc_dominance 58.4' },
    ],
  },
  {
    id: 'L-llm-09',
    voice: 'llm',
    style: 'daily',
    text: `## Outlook

**Key levels for ETH:** support at **$3,200**, resistance at **$3,400**. A close above resistance could target **$3,600**, last seen before the recent slide. ETH's 30-day drawdown stands at **-17.2%**, and spot volume of **$14.3 billion** ran at roughly **0.93x** its weekly average.

**SOL:** trading at **$158**, sitting below its **$160** resistance; the 30-day swing low of **$159.20** has already been broken. SOL's 24h range was **$157.63** to **$162.98**.

**In summary:** expect choppy trade, with Bitcoin likely to retest **$95,000** within days.`,
    numbers: [
      { find: '$3,200', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'unsupported', note: 'forecast target' },
      { find: '30-day@1', label: 'ignored' },
      { find: '-17.2%', label: 'contradicted', note: 'fact eth.change_30d -7.2' },
      { find: '$14.3 billion', label: 'contradicted', note: 'fact eth.volume_24h 1.43B (10x)' },
      { find: '0.93x', label: 'supported' },
      { find: '$158', label: 'supported' },
      { find: '$160', label: 'supported' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$159.20', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$157.63', label: 'supported' },
      { find: '$162.98', label: 'supported' },
      { find: '$95,000', label: 'unsupported', note: 'debatable: forecast of a retest; 95,000 is btc.support' },
    ],
  },
];
