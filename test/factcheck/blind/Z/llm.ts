import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Z-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview — September 10, 2026

Crypto markets edged higher over the past 24 hours, with **total market capitalization near $3.81 trillion**, up about 1% on the day. Bitcoin dominance eased to **61.3%**, and **19 of the 30** tracked assets finished in the green.

## Bitcoin and Ether

- **Bitcoin (BTC)** is trading near **$113,400**, up a modest **0.3%** on the day and **3.4%** over the past week. The 24-hour range ran from $112,604 to $113,858.
- **Ether (ETH)** underperformed, falling **2.8%** to roughly **$3,874**. It holds above support at **$3,800** but remains below resistance at **$4,000**.

## Solana Steals the Show

**SOL surged 11.2%** to around **$232.90** as its network upgrade went live. The last time it traded this high was in January, when it topped $260. Volume ran at nearly **3x** its 7-day average, while open interest jumped **31%**. Funding sits at a hot **0.04% per 8 hours**, roughly **44% annualized**.

## Summary

Bitcoin consolidates, Solana leads, and Layer 2 tokens lag, with the L2 sector down about 4.3%.`,
    numbers: [
      { find: 'September 10', label: 'ignored' },
      { find: '2026', label: 'ignored' },
      { find: '24 hours', label: 'ignored' },
      { find: '$3.81 trillion', label: 'supported' },
      { find: 'about 1%', label: 'supported' },
      { find: '61.3%', label: 'contradicted', note: 'fact market.btc_dominance 59.28' },
      { find: '19 of', label: 'contradicted', note: 'fact market.advancers_24h 17' },
      { find: 'the 30', label: 'supported' },
      { find: '$113,400', label: 'supported' },
      { find: '0.3%', label: 'supported' },
      { find: '3.4%', label: 'contradicted', note: 'fact btc.change_7d 1.40' },
      { find: '24-hour', label: 'ignored' },
      { find: '$112,604', label: 'supported' },
      { find: '$113,858', label: 'supported' },
      { find: '2.8%', label: 'contradicted', note: 'fact eth.change_24h -0.80' },
      { find: '$3,874', label: 'supported' },
      { find: '$3,800', label: 'supported' },
      { find: '$4,000', label: 'supported' },
      { find: '11.2%', label: 'supported' },
      { find: '$232.90', label: 'supported', note: 'hedged "around"; sol.price 232.86' },
      { find: '$260', label: 'unsupported', note: 'history, no fact' },
      { find: '3x', label: 'supported', note: 'nearly 3x; sol.volume_ratio_7d 2.98' },
      { find: '7-day', label: 'ignored' },
      { find: '31%', label: 'contradicted', note: 'wrong window: sol.oi_change_24h 19.2 (31.6 is 7d)' },
      { find: '0.04%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '44%', label: 'supported', note: 'sol.funding_apr 43.8' },
      { find: 'Layer 2', label: 'ignored' },
      { find: 'L2', label: 'ignored' },
      { find: '4.3%', label: 'contradicted', note: 'fact sector.l2.change_24h -2.29' },
    ],
  },
  {
    id: 'Z-llm-02',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives Snapshot

**Open interest** across the majors climbed **3.9%** in 24 hours to roughly **$18.6 billion**, led by Solana.

- **SOL**: funding at **0.04%** per 8h, so longs are paying shorts. Open interest stands near **$3.9 billion**.
- **BTC**: funding a mild **0.0072%**, about **7.9%** annualized; OI of **$8.2 billion**, up **1.7%** on the day.
- **ETH**: funding **0.0046%**; OI down **0.7%** to **$6.4 billion**.
- **XRP**: funding turned slightly negative at **-0.0023%**, meaning shorts are paying longs.
- **DOGE**: OI up **4.8%** to about **$800 million**.

The OI-weighted average funding rate is **0.13%** per 8 hours, hardly euphoric outside of Solana.

**Bottom line:** leverage is concentrating in SOL, where open interest is up **45%** over the week.`,
    numbers: [
      { find: '3.9%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$18.6 billion', label: 'supported' },
      { find: '0.04%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '$3.9 billion', label: 'supported' },
      { find: '0.0072%', label: 'supported' },
      { find: '7.9%', label: 'supported' },
      { find: '$8.2 billion', label: 'supported' },
      { find: '1.7%', label: 'contradicted', note: 'wrong window: btc.oi_change_24h 0.2 (1.7 is 7d)' },
      { find: '0.0046%', label: 'supported' },
      { find: '0.7%', label: 'supported' },
      { find: '$6.4 billion', label: 'contradicted', note: 'fact eth.open_interest 4.6B' },
      { find: '-0.0023%', label: 'supported' },
      { find: '4.8%', label: 'contradicted', note: 'wrong window: doge.oi_change_24h 6.1 (4.8 is 7d)' },
      { find: '$800 million', label: 'supported' },
      { find: '0.13%', label: 'contradicted', note: 'fact market.funding_avg 0.013 (10x)' },
      { find: '8 hours', label: 'ignored' },
      { find: '45%', label: 'contradicted', note: 'fact sol.oi_change_7d 31.6' },
    ],
  },
  {
    id: 'Z-llm-03',
    voice: 'llm',
    style: 'daily',
    text: `## Daily Crypto Brief

**Key takeaways:**
1. Solana rallied **11%** after its upgrade went live, though it remains well below the all-time high of **$295** it set earlier this cycle.
2. Bitcoin was flat, trading near **$113,000**.
3. Ether dropped below **$3,800**, according to CoinDesk.

### Majors

BNB added **0.6%** to **$702**, Cardano gained **2.4%**, and Avalanche climbed **4.7%** to **$24.87**. Polkadot was the weak spot among the majors, down **3.4%**.

### Outlook

Analysts see Solana pushing toward **$260** in the coming weeks if funding cools. Bitcoin needs to reclaim **$115,000** to target **$120,000**. With spot ETF inflows of **$540 million** this week, institutional demand remains a tailwind.

**Summary:** a Solana-driven session with Bitcoin treading water.`,
    numbers: [
      { find: '1. Solana', label: 'ignored' },
      { find: '11%', label: 'supported' },
      { find: '$295', label: 'unsupported', note: 'history, no fact' },
      { find: '2. Bitcoin', label: 'ignored' },
      { find: '$113,000', label: 'supported' },
      { find: '3. Ether', label: 'ignored' },
      {
        find: '$3,800',
        label: 'contradicted',
        note: 'CoinDesk headline, but eth.price 3874.3 and eth.low_24h 3841.98 are above it',
      },
      { find: '0.6%', label: 'supported' },
      { find: '$702', label: 'supported' },
      { find: '2.4%', label: 'supported' },
      { find: '4.7%', label: 'supported' },
      { find: '$24.87', label: 'supported' },
      { find: '3.4%', label: 'contradicted', note: 'fact dot.change_24h -0.40' },
      { find: '$260', label: 'unsupported', note: 'forecast' },
      {
        find: '$115,000',
        label: 'supported',
        note: 'btc.resistance 115000; debatable (level named as a target to reclaim)',
      },
      { find: '$120,000', label: 'unsupported', note: 'forecast' },
      { find: '$540 million', label: 'unsupported', note: 'ETF flows, no fact or headline' },
    ],
  },
  {
    id: 'Z-llm-04',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Rotation Report

**Layer 1** was the best-performing sector, up **0.66%** over 24 hours with **8 of 10** members advancing. Solana was the top performer at **+11.2%**, while Ether was the laggard at **-0.8%**.

**Memes** came second, gaining **0.5%**. **dogwifhat (WIF)** rocketed **14.6%**, but **Shiba Inu** slid **2.9%**. Three of four meme tokens rose.

**AI tokens** were essentially flat (**+0.02%**). NEAR led with a **3.1%** gain, and Bittensor was the worst at **-2.3%**.

**DePIN** dipped **0.16%**: Helium rose **4.9%** while Filecoin lost **1.6%**.

**Gaming** fell **2.1%**, with Immutable down **3.3%** and Axie up **2.8%**.

**Layer 2** was the worst sector, down about 2.3%. Optimism dropped **4.1%**, Arbitrum **5.6%**, and only Polygon managed a gain, of **0.3%**.

**Summary:** money rotated into Solana and its ecosystem, away from rollups.`,
    numbers: [
      { find: 'Layer 1', label: 'ignored' },
      { find: '0.66%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '**8 of', label: 'supported' },
      { find: '10** members', label: 'supported' },
      { find: '+11.2%', label: 'supported' },
      { find: '-0.8%', label: 'supported' },
      { find: '0.5%', label: 'supported' },
      { find: '14.6%', label: 'supported' },
      { find: '2.9%', label: 'contradicted', note: 'fact shib.change_24h -0.86' },
      { find: 'Three of', label: 'supported' },
      { find: 'four meme', label: 'supported' },
      { find: '+0.02%', label: 'supported' },
      { find: '3.1%', label: 'supported' },
      {
        find: '-2.3%',
        label: 'contradicted',
        note: 'wrong leader: worst AI member is VIRTUAL -2.30; tao.change_24h -1.40',
      },
      { find: '0.16%', label: 'supported' },
      { find: '4.9%', label: 'contradicted', note: 'fact hnt.change_24h 1.90' },
      { find: '1.6%', label: 'supported' },
      { find: '2.1%', label: 'contradicted', note: 'fact sector.gaming.change_24h -1.08' },
      { find: '3.3%', label: 'supported' },
      { find: '2.8%', label: 'contradicted', note: 'fact axs.change_24h 1.40' },
      { find: 'Layer 2', label: 'ignored' },
      { find: 'about 2.3%', label: 'supported' },
      { find: '4.1%', label: 'supported' },
      { find: '5.6%', label: 'contradicted', note: 'fact arb.change_24h -3.60' },
      { find: '0.3%', label: 'supported' },
    ],
  },
  {
    id: 'Z-llm-05',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Crypto Recap

This week belonged to **Solana**. SOL gained **17.3%** over seven days, while **Bitcoin** added a modest **4.6%** and **Ether** lost **1.9%**.

### Highlights
- **dogwifhat** ran **25%** higher, the standout among meme coins.
- **Avalanche** rose **12.3%** and **Sui** **7.5%**.
- **Arbitrum** and **Optimism** fell **7.6%** and **7.1%**, respectively.
- **Worldcoin** dropped **4%**, the weakest in the AI basket.

### Sectors
Layer 1 was the only sector in positive territory, up **1.3%**. Layer 2 fell **5.6%**, Gaming **5.3%**, and AI **4.8%**. Memes were close to flat at **-0.5%**, with **3 of 4** members up.

### Derivatives
Total open interest grew **5.8%** and Solana's OI jumped **19.2%**, while Ether's shrank **2.3%**.

**Summary:** a lopsided week — Solana up double digits, rollups down sharply.`,
    numbers: [
      { find: '17.3%', label: 'supported' },
      { find: '4.6%', label: 'contradicted', note: 'wrong window: btc.change_7d 1.40 (4.62 is 30d)' },
      { find: '1.9%', label: 'supported' },
      { find: '25%', label: 'supported' },
      { find: '12.3%', label: 'contradicted', note: 'fact avax.change_7d 8.28' },
      { find: '7.5%', label: 'supported' },
      { find: '7.6%', label: 'supported' },
      { find: '7.1%', label: 'supported' },
      { find: '4%', label: 'contradicted', note: 'fact wld.change_7d -6.96' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '1.3%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '5.6%', label: 'supported' },
      { find: '5.3%', label: 'supported' },
      { find: '4.8%', label: 'contradicted', note: 'fact sector.ai.change_7d -2.84' },
      { find: '-0.5%', label: 'supported' },
      { find: '**3 of', label: 'supported' },
      { find: '4** members', label: 'supported' },
      { find: '5.8%', label: 'supported' },
      { find: '19.2%', label: 'contradicted', note: 'weekly text; sol.oi_change_7d 31.6 (19.2 is 24h)' },
      { find: 'shrank **2.3%', label: 'supported' },
    ],
  },
  {
    id: 'Z-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `**TL;DR:** BTC **+0.3%** at **$113.4K**, ETH **-0.8%**, SOL **+11%** on upgrade day, XRP **+3.1%**. **17** gainers vs **13** decliners on our watchlist.`,
    numbers: [
      { find: '+0.3%', label: 'supported' },
      { find: '$113.4K', label: 'supported' },
      { find: '-0.8%', label: 'supported' },
      { find: '+11%', label: 'supported' },
      { find: '+3.1%', label: 'contradicted', note: 'fact xrp.change_24h 1.30 (3.1 is NEAR)' },
      { find: '**17**', label: 'supported' },
      { find: '**13**', label: 'supported' },
    ],
  },
  {
    id: 'Z-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## News Roundup

- **CoinDesk** reports that an asset manager amended its spot Solana ETF filing, setting a fee of **0.19%**.
- A Solana lending protocol lost **$41 million** to a bridge exploit, **Decrypt** reported.
- According to **Cointelegraph**, Solana's network handled **8,300** transactions per second in a mainnet stress test lasting six hours.
- **The Block** says a Solana liquid staking project will unlock **21.6 million** tokens next week.
- Miners sent **7,420 BTC** to exchanges over the past week, per **Bitcoin Magazine**.
- Cointelegraph also reported that Solana slid **6%** as traders took profits.
- Bitcoin Magazine said BTC broke out above **$115,000**.
- Decrypt noted that Bitcoin dominance eased to **59.3%**.
- Reports said one fund now targets **$300** for SOL.

**Takeaway:** headlines were mixed, but price data shows SOL up **11.2%** and BTC little changed at **$113,384**.`,
    numbers: [
      { find: '0.19%', label: 'supported-by-source' },
      { find: '$41 million', label: 'supported-by-source' },
      { find: '8,300', label: 'supported-by-source' },
      { find: '21.6 million', label: 'supported-by-source' },
      { find: '7,420 BTC', label: 'supported-by-source' },
      { find: '6%', label: 'contradicted', note: 'Cointelegraph headline, but sol.change_24h +11.2' },
      {
        find: '$115,000',
        label: 'contradicted',
        note: 'Bitcoin Magazine headline, but btc.price 113384 and btc.high_24h 113858 are below',
      },
      { find: '59.3%', label: 'supported' },
      { find: '$300', label: 'unsupported', note: 'forecast, not attributed to the named outlet' },
      { find: '11.2%', label: 'supported' },
      { find: '$113,384', label: 'supported' },
    ],
  },
  {
    id: 'Z-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `## Key Levels

**Bitcoin** sits inside its **$110,000–$115,000** range, with support at $110,000 and resistance at $115,000. The 30-day swing high is **$115,983** and the swing low **$98,248**.

**Ether** trades between support at **$3,800** and resistance at **$4,200**; its 30-day high of **$3,996** caps rallies.

**Solana** broke above its 30-day swing high of **$221.37** and now eyes resistance at **$250**, with support at **$230**. It is trading roughly **1%** above that support.

**XRP** is hovering just above support at **$2.70**, with resistance at **$2.90**.

**Summary:** BTC is range-bound, SOL is in breakout mode, and ETH remains below its 30-day high by about **3%**.`,
    numbers: [
      { find: '$110,000@1', label: 'supported' },
      { find: '$115,000@1', label: 'supported' },
      { find: '$110,000@2', label: 'supported' },
      { find: '$115,000@2', label: 'supported' },
      { find: '30-day@1', label: 'ignored' },
      { find: '$115,983', label: 'supported' },
      { find: '$98,248', label: 'contradicted', note: 'fact btc.swing_low_30d 108248' },
      { find: '$3,800', label: 'supported' },
      { find: '$4,200', label: 'contradicted', note: 'fact eth.resistance 4000' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$3,996', label: 'supported' },
      { find: '30-day@3', label: 'ignored' },
      { find: '$221.37', label: 'supported' },
      { find: '$250', label: 'contradicted', note: 'fact sol.resistance 240' },
      { find: '$230', label: 'supported' },
      { find: '1%', label: 'unsupported', note: 'distance to a level, derived' },
      { find: '$2.70', label: 'supported' },
      { find: '$2.90', label: 'contradicted', note: 'fact xrp.resistance 2.8' },
      { find: '30-day@4', label: 'ignored' },
      { find: '3%', label: 'unsupported', note: 'distance to a level, derived' },
    ],
  },
  {
    id: 'Z-llm-09',
    voice: 'llm',
    style: 'sector',
    text: `## Layer 2 Check-In

Rollups had a rough session. The **L2** basket lost **2.3%**, shedding about **$171 million** in market value to roughly **$7.3 billion**. Only **2 of 4** names rose. **OP** was the worst at **-3.6%**, and **ARB** now trades at **$0.4162**, below its 30-day low of **$0.417**.

CryptoSlate reported that Arbitrum and Optimism led rollup tokens higher, but the data says otherwise.`,
    numbers: [
      { find: 'Layer 2', label: 'ignored' },
      { find: 'L2', label: 'ignored' },
      { find: '2.3%', label: 'supported' },
      { find: '$171 million', label: 'supported' },
      { find: '$7.3 billion', label: 'supported' },
      { find: '**2 of', label: 'contradicted', note: 'fact sector.l2.advancers_24h 1' },
      { find: '4** names', label: 'supported' },
      { find: '-3.6%', label: 'contradicted', note: 'OP is the worst but op.change_24h -4.10; -3.6 is ARB' },
      { find: '$0.4162', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$0.417', label: 'supported', note: 'arb.swing_low_30d 0.41685' },
    ],
  },
  {
    id: 'Z-llm-10',
    voice: 'llm',
    style: 'daily',
    text: `## Altcoin Movers

**Sui** jumped **9.2%** to **$3.58**, while **Avalanche** rose **4.7%**. **Cardano** added **2.4%** and now trades at **$0.71**.

On the downside, **Immutable** fell **6.9%** and **Worldcoin** slipped **2.8%**. **Bittensor** dropped **1.4%** to **$352.70** but is still up **12%** over 30 days.

**Pepe** climbed **1.1%** and **Dogecoin** rose **4%**.

**Summary:** alts were mixed, with **20** of the 30 watchlist coins higher.`,
    numbers: [
      { find: '9.2%', label: 'contradicted', note: 'fact sui.change_24h 6.20' },
      { find: '$3.58', label: 'supported' },
      { find: '4.7%', label: 'supported' },
      { find: '2.4%', label: 'supported' },
      { find: '$0.71', label: 'supported' },
      { find: '6.9%', label: 'contradicted', note: 'wrong window: imx.change_24h -3.30 (-6.92 is 7d)' },
      { find: '2.8%', label: 'contradicted', note: 'fact wld.change_24h -1.80' },
      { find: '1.4%', label: 'supported' },
      { find: '$352.70', label: 'supported' },
      { find: '12%', label: 'contradicted', note: 'fact tao.change_30d 2.22' },
      { find: '30 days', label: 'ignored' },
      { find: '1.1%', label: 'supported' },
      { find: 'rose **4%', label: 'contradicted', note: 'fact doge.change_24h 0.40' },
      { find: '**20**', label: 'contradicted', note: 'fact market.advancers_24h 17' },
      { find: '30 watchlist', label: 'supported' },
    ],
  },
  {
    id: 'Z-llm-11',
    voice: 'llm',
    style: 'weekly',
    text: `**This week in one line:** SOL **+17%**, WIF **+25%**, BTC **+1.4%**, ETH **+1.9%**, ARB **-7.6%**, OP **-3.1%**.`,
    numbers: [
      { find: '+17%', label: 'supported' },
      { find: '+25%', label: 'supported' },
      { find: '+1.4%', label: 'supported' },
      { find: '+1.9%', label: 'contradicted', note: 'direction: eth.change_7d -1.90' },
      { find: '-7.6%', label: 'supported' },
      { find: '-3.1%', label: 'contradicted', note: 'fact op.change_7d -7.12' },
    ],
  },
  {
    id: 'Z-llm-12',
    voice: 'llm',
    style: 'daily',
    text: `## Volume and Volatility

Spot activity concentrated in a few names. Total crypto volume over 24 hours reached **$241 billion**. Solana's **$2.35 billion** in volume actually edged past Bitcoin's **$23.1 billion**, with SOL trading at roughly **three times** its weekly average. Bitcoin's volume was about **0.99x** its 7-day norm and Ether's about **1.6x**.

**dogwifhat** volume ran at **1.9x** its 7-day average.

### Realized volatility
- **SOL**: **76.6%** annualized over 7 days, versus **51.6%** over 30 days.
- **BTC**: just **13.3%** over 7 days.
- **ETH**: **26.5%** over 7 days.

**Summary:** volatility and volume both point to Solana as the day's epicenter.`,
    numbers: [
      { find: '24 hours', label: 'ignored' },
      { find: '$241 billion', label: 'contradicted', note: 'fact market.volume_24h 141B' },
      { find: '$2.35 billion', label: 'supported' },
      { find: '$23.1 billion', label: 'contradicted', note: 'fact btc.volume_24h 2.31B (10x slip)' },
      { find: 'three times', label: 'supported' },
      { find: '0.99x', label: 'supported' },
      { find: '7-day@1', label: 'ignored' },
      { find: '1.6x', label: 'contradicted', note: 'fact eth.volume_ratio_7d 0.96' },
      { find: '1.9x', label: 'supported' },
      { find: '7-day@2', label: 'ignored' },
      { find: '76.6%', label: 'supported' },
      { find: '7 days@1', label: 'ignored' },
      { find: '51.6%', label: 'contradicted', note: 'fact sol.volatility_30d 41.59' },
      { find: '30 days', label: 'ignored' },
      { find: '13.3%', label: 'supported' },
      { find: '7 days@2', label: 'ignored' },
      { find: '26.5%', label: 'contradicted', note: 'wrong window: eth.volatility_7d 15.16 (26.5 is 30d)' },
      { find: '7 days@3', label: 'ignored' },
    ],
  },
  {
    id: 'Z-llm-13',
    voice: 'llm',
    style: 'daily',
    text: `## Who's Paying Whom?

**SOL** perpetual funding hit **0.04%** every eight hours — about **43.8%** a year — so longs are paying shorts. **XRP** funding is negative at **-0.0023%**, so longs are collecting from shorts. **DOGE** funding stands at **0.0094%**, or around **10.3%** annualized, and **BTC** at **0.072%**.

**Bottom line:** only XRP has negative funding, and Solana's rate is roughly **10 times** Bitcoin's.`,
    numbers: [
      { find: '0.04%', label: 'supported' },
      { find: '43.8%', label: 'supported' },
      { find: '-0.0023%', label: 'supported' },
      { find: '0.0094%', label: 'supported' },
      { find: '10.3%', label: 'supported' },
      { find: '0.072%', label: 'contradicted', note: 'fact btc.funding_rate 0.0072 (10x slip)' },
      { find: '10 times', label: 'unsupported', note: 'derived ratio, no fact (and 0.04/0.0072 is about 5.6)' },
    ],
  },
  {
    id: 'Z-llm-14',
    voice: 'llm',
    style: 'daily',
    text: `## Market Caps

- **Bitcoin**: **$2.26 trillion**
- **Ethereum**: **$468 billion**
- **XRP**: **$162 billion**
- **Solana**: **$127.6 billion**
- **BNB**: **$197.7 billion**
- **Dogecoin**: **$3.08 billion**
- **Cardano**: **$35.9 billion**

Taken together, the Layer 1 basket is worth about **$3.17 trillion**, up roughly **$20.9 billion** on the day. The wider market added **1%**, taking total capitalization to **$3.81 trillion**, and Bitcoin's share stands at **62.3%**.

**Summary:** Solana's market cap now exceeds **$150 billion**.`,
    numbers: [
      { find: '$2.26 trillion', label: 'supported' },
      { find: '$468 billion', label: 'supported' },
      { find: '$162 billion', label: 'supported' },
      { find: '$127.6 billion', label: 'supported' },
      { find: '$197.7 billion', label: 'contradicted', note: 'fact bnb.market_cap 97.7B' },
      { find: '$3.08 billion', label: 'contradicted', note: 'fact doge.market_cap 30.78B (10x slip)' },
      { find: '$35.9 billion', label: 'contradicted', note: 'fact ada.market_cap 25.87B' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '$3.17 trillion', label: 'supported' },
      { find: '$20.9 billion', label: 'supported' },
      { find: '1%', label: 'supported' },
      { find: '$3.81 trillion', label: 'supported' },
      { find: '62.3%', label: 'contradicted', note: 'fact market.btc_dominance 59.28' },
      { find: '$150 billion', label: 'contradicted', note: 'fact sol.market_cap 127.56B' },
    ],
  },
  {
    id: 'Z-llm-15',
    voice: 'llm',
    style: 'daily',
    text: `## What moved crypto today?

Solana led the market after its network upgrade, climbing about **14%** to roughly **$233**, a fresh 30-day high. Bitcoin rose **0.3%** and is now less than **2%** from its record of **$124,000** set in August. Ethereum is down **0.8%**, and analysts expect a bounce toward **$4,500** by October. Meanwhile, the Fear & Greed Index sits at **71**, and the 10-year Treasury yield at **4.1%** weighs on risk assets.

**Summary:** SOL outperformed BTC by nearly **11 points**.`,
    numbers: [
      { find: '14%', label: 'contradicted', note: 'fact sol.change_24h 11.2' },
      { find: '$233', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '0.3%', label: 'supported' },
      { find: '2%', label: 'unsupported', note: 'distance to a record, derived' },
      { find: '$124,000', label: 'unsupported', note: 'history' },
      { find: '0.8%', label: 'supported' },
      { find: '$4,500', label: 'unsupported', note: 'forecast' },
      { find: '71', label: 'unsupported', note: 'sentiment index, no fact' },
      { find: '10-year', label: 'ignored' },
      { find: '4.1%', label: 'unsupported', note: 'macro figure' },
      { find: '11 points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'Z-llm-16',
    voice: 'llm',
    style: 'weekly',
    text: `## Week in Review: Sectors

Over the past seven days:

- **Layer 1**: +**1.3%**, with **8** of **10** members higher; Solana was best at **+17.3%**.
- **Memes**: **-0.5%**; WIF gained **14.6%** while Shiba Inu lost **6.7%**.
- **DePIN**: **-1.1%**; Helium was the best performer at **+2.4%**.
- **AI**: **-2.8%**; only **3** of **7** tokens rose, and Worldcoin was the laggard at **-7%**.
- **Gaming**: **-5.3%**, with all **4** members down; Immutable was the worst at **-6.9%**.
- **Layer 2**: **-2.3%**; Arbitrum fared worst at **-7.6%**.

**Summary:** Layer 1 was the only sector up on the week.`,
    numbers: [
      { find: 'Layer 1@1', label: 'ignored' },
      { find: '1.3%', label: 'supported' },
      { find: '**8**', label: 'contradicted', note: 'wrong window: sector.l1.advancers_7d 7 (8 is 24h)' },
      { find: '**10**', label: 'supported' },
      { find: '+17.3%', label: 'supported' },
      { find: '-0.5%', label: 'supported' },
      { find: '14.6%', label: 'contradicted', note: 'weekly text; wif.change_7d 25.1 (14.6 is 24h)' },
      { find: '6.7%', label: 'supported' },
      { find: '-1.1%', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
      { find: '-2.8%', label: 'supported' },
      { find: '**3**', label: 'contradicted', note: 'wrong window: sector.ai.advancers_7d 2 (3 is 24h)' },
      { find: '**7**', label: 'supported' },
      { find: '-7%', label: 'supported' },
      { find: '-5.3%', label: 'supported' },
      { find: '**4**', label: 'supported' },
      { find: '-6.9%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '-2.3%', label: 'contradicted', note: 'weekly text; sector.l2.change_7d -5.58 (-2.29 is 24h)' },
      { find: '-7.6%', label: 'supported' },
      { find: 'Layer 1@2', label: 'ignored' },
    ],
  },
  {
    id: 'Z-llm-17',
    voice: 'llm',
    style: 'daily',
    text: `**Quick take:** Bitcoin **$113,384** (**+0.3%**), Ether **$3,874** (**-0.8%**), Solana **$232.86** (**+11.2%**), XRP **$2.27** (**+1.3%**), BNB **$702** (**+6%**).`,
    numbers: [
      { find: '$113,384', label: 'supported' },
      { find: '+0.3%', label: 'supported' },
      { find: '$3,874', label: 'supported' },
      { find: '-0.8%', label: 'supported' },
      { find: '$232.86', label: 'supported' },
      { find: '+11.2%', label: 'supported' },
      { find: '$2.27', label: 'contradicted', note: 'fact xrp.price 2.7134' },
      { find: '+1.3%', label: 'supported' },
      { find: '$702', label: 'supported' },
      { find: '+6%', label: 'contradicted', note: 'fact bnb.change_24h 0.60 (10x)' },
    ],
  },
  {
    id: 'Z-llm-18',
    voice: 'llm',
    style: 'daily',
    text: `## Memecoin Mania?

Meme coins were mixed. **WIF** rallied **14.6%** to **$0.89**, breaking above its 30-day high, and its volume ran at almost **1.9 times** the weekly average. **DOGE** rose **0.4%** to **$0.2047**, while **SHIB** fell **0.86%**. **PEPE** gained **11.3%**.

The sector as a whole rose **2.5%**, with its market cap at about **$43.3 billion**. Decrypt's claim that memecoins crashed doesn't hold up.

Some traders think WIF could reach **$1.50** before the end of the month, which would be a gain of over **60%**.

**Summary:** WIF carried the meme sector, up roughly **25%** over the week.`,
    numbers: [
      { find: '14.6%', label: 'supported' },
      { find: '$0.89', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '1.9 times', label: 'supported', note: 'almost 1.9; wif.volume_ratio_7d 1.868' },
      { find: '0.4%', label: 'supported' },
      { find: '$0.2047', label: 'supported' },
      { find: '0.86%', label: 'supported' },
      { find: '11.3%', label: 'contradicted', note: 'fact pepe.change_24h 1.13 (10x)' },
      { find: '2.5%', label: 'contradicted', note: 'fact sector.memes.change_24h 0.51 (category 1.4)' },
      { find: '$43.3 billion', label: 'supported' },
      { find: '$1.50', label: 'unsupported', note: 'forecast' },
      { find: '60%', label: 'unsupported', note: 'derived from a forecast' },
      { find: '25%', label: 'supported' },
    ],
  },
];
