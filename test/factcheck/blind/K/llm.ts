import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'K-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview

The crypto market had a strong session, with total market capitalization rising **2.9%** to **$3.56 trillion**. Volume came in at **$283.2 billion**. The advance was broad-based: **26** of the **30** tracked assets finished higher.

## Bitcoin and Ethereum

- **Bitcoin (BTC):** $101,643, **down 0.21%** over 24 hours, in a range of $100,664 to $102,781. Dominance stands at **52.8%**, and BTC is up **3.1%** on the week.
- **Ethereum (ETH):** $3,947, **up 6.52%**. ETH broke above its 30-day swing high of $3,912 and is approaching resistance at $4,200. Open interest rose **9%** to **$6.2 billion**.

## Notable Movers

- **Optimism (OP)** led all assets at **+15.2%**
- **PEPE** gained **+18.3%**
- **Virtuals Protocol** added **+13.4%**
- **Arbitrum** jumped **+21.4%**
- **Bittensor (TAO)** slipped **-0.6%**
- **Helium (HNT)** fell **-3.6%**

## Sector Performance

- **Layer 2:** +11.4% (best)
- **Memes:** +9.0%
- **AI:** +6.9%
- **Gaming:** +7.0%
- **DePIN:** +6.4%
- **Layer 1:** +1.5% (weakest)

## Derivatives

Total open interest rose **6.9%** to **$18.9 billion**. Funding is positive across the board, meaning longs pay shorts. DOGE carries the richest rate at **0.045%** per 8 hours, roughly **49%** annualized, while BTC funding sits at **0.016%**. Some analysts believe ETH could reach **$5,000** next.

**Summary:** An altcoin-led rally of 2.9%, with Bitcoin flat near **$101,600** and Layer 2 out in front at 11.4%.`,
    numbers: [
      { find: '2.9%@1', label: 'supported' },
      { find: '$3.56 trillion', label: 'supported' },
      { find: '$283.2 billion', label: 'contradicted', note: 'market.volume_24h 238.2B' },
      { find: '26', label: 'supported' },
      { find: '**30**', label: 'supported' },
      { find: '$101,643', label: 'supported' },
      { find: 'down 0.21%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$100,664', label: 'supported' },
      { find: '$102,781', label: 'supported' },
      { find: '52.8%', label: 'contradicted', note: 'market.btc_dominance 57.0' },
      { find: '3.1%', label: 'contradicted', note: 'btc.change_7d 1.02' },
      { find: '$3,947', label: 'supported' },
      { find: 'up 6.52%', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$3,912', label: 'supported' },
      { find: '$4,200', label: 'contradicted', note: 'eth.resistance 4000' },
      { find: '**9%**', label: 'supported' },
      { find: '$6.2 billion', label: 'contradicted', note: 'wrong asset: eth.open_interest 7.6B; 6.2B is BTC' },
      { find: '+15.2%', label: 'supported' },
      { find: '+18.3%', label: 'contradicted', note: 'pepe.change_24h 14.29' },
      { find: '+13.4%', label: 'supported' },
      { find: '+21.4%', label: 'contradicted', note: 'arb.change_24h 12.41' },
      { find: '-0.6%', label: 'supported' },
      { find: '-3.6%', label: 'contradicted', note: 'hnt.change_24h -0.86' },
      { find: 'Layer 2@1', label: 'ignored' },
      { find: '+11.4%', label: 'supported' },
      { find: '+9.0%', label: 'supported' },
      { find: '+6.9%', label: 'supported' },
      { find: '+7.0%', label: 'contradicted', note: 'sector.gaming.change_24h 4.98' },
      { find: '+6.4%', label: 'contradicted', note: 'sector.depin.change_24h 4.44' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '+1.5%', label: 'supported' },
      { find: '**6.9%**', label: 'supported' },
      { find: '$18.9 billion', label: 'supported' },
      { find: '0.045%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '49%', label: 'supported' },
      { find: '0.016%', label: 'contradicted', note: 'btc.funding_rate 0.006' },
      { find: '$5,000', label: 'unsupported', note: 'forecast, not attributed to Cointelegraph' },
      { find: '2.9%@2', label: 'supported' },
      { find: '$101,600', label: 'supported' },
      { find: 'Layer 2@2', label: 'ignored' },
      { find: '11.4%@2', label: 'supported' },
    ],
  },
  {
    id: 'K-llm-02',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Crypto Recap

It was a week of rotation rather than a broad bitcoin move. Here are the key takeaways:

### Majors
- **Bitcoin** gained just **1.0%** to close near **$101,643**, while BTC open interest rose **1.8%**.
- **Ethereum** advanced **8.0%**, and ETH open interest expanded **16.4%**.
- **Solana** climbed **11.3%**; SOL open interest grew **9.7%**.
- **XRP** added **12.3%**, and **Cardano** rose **7.1%**.
- **BNB** was the weakest Layer 1 member at **+0.8%**, though all **10** members of the group finished higher.
- Bitcoin dominance edged up to **61.3%**.

### Sectors
1. **Memes** were the top sector at **+14.9%**, led by **PEPE (+21.6%)** and **Dogecoin (+15.5%)**; dogwifhat lagged at **+8.2%**.
2. **Layer 2** followed with **+11.6%**, with **Optimism** up **19.3%**.
3. **AI** rose **7.5%**; **NEAR** was its best performer at **16.0%** and **Worldcoin** its weakest at **1.1%**.
4. **Gaming** gained **5.4%**, led by **Sandbox** at **11.0%**.
5. **DePIN** added **4.7%**, with **Filecoin** best at **6.9%** and **Helium** worst at **1.9%**.
6. **Layer 1** trailed at **2.9%**.

### Market Caps and Leverage
- The meme basket added about **$5.7 billion** in value and Layer 2 about **$957 million**, while the AI group gained **$2.3 billion**.
- Total open interest rose **12.3%**; DOGE open interest grew **22.0%**.
- The total crypto market cap rose **2.9%** on the week.

**Bottom line:** memes (+14.9%) and layer-2s (+11.6%) carried the week while bitcoin barely moved.`,
    numbers: [
      { find: '**1.0%**', label: 'supported' },
      { find: '$101,643', label: 'supported' },
      { find: '1.8%', label: 'supported' },
      { find: '8.0%', label: 'supported' },
      { find: '16.4%', label: 'supported' },
      { find: '11.3%', label: 'supported' },
      { find: '**9.7%**', label: 'contradicted', note: 'sol.oi_change_7d 19.7' },
      { find: 'added **12.3%**', label: 'contradicted', note: 'xrp.change_7d 7.17; 12.3 is XRP OI 7d' },
      { find: '7.1%', label: 'contradicted', note: 'wrong window: ada.change_24h 7.06; 7d is 10.62' },
      { find: 'Layer 1@1', label: 'ignored' },
      { find: '+0.8%', label: 'supported' },
      { find: '**10**', label: 'supported' },
      { find: '61.3%', label: 'contradicted', note: 'market.btc_dominance 57.0' },
      { find: '1. ', label: 'ignored' },
      { find: '**+14.9%**', label: 'supported' },
      { find: '+21.6%', label: 'supported' },
      { find: '+15.5%', label: 'supported' },
      { find: '+8.2%', label: 'supported' },
      { find: '2. ', label: 'ignored' },
      { find: 'Layer 2@1', label: 'ignored' },
      { find: 'Layer 2@2', label: 'ignored' },
      { find: 'layer-2s', label: 'ignored' },
      { find: '**+11.6%**', label: 'supported' },
      { find: '19.3%', label: 'contradicted', note: 'op.change_7d 14.26' },
      { find: '3. ', label: 'ignored' },
      { find: '7.5%', label: 'supported' },
      { find: '16.0%', label: 'supported' },
      { find: '**1.1%**', label: 'supported' },
      { find: '4. ', label: 'ignored' },
      { find: '5.4%', label: 'supported' },
      { find: '11.0%', label: 'contradicted', note: 'wrong leader: gaming best_7d is IMX 11.0; sand.change_7d 0.98' },
      { find: '5. ', label: 'ignored' },
      { find: '4.7%', label: 'supported' },
      { find: '6.9%', label: 'contradicted', note: 'wrong leader: depin.best_7d is RENDER 6.91; fil.change_7d 3.44' },
      { find: '**1.9%**', label: 'supported' },
      { find: '6. ', label: 'ignored' },
      { find: 'Layer 1@2', label: 'ignored' },
      { find: 'at **2.9%**', label: 'supported' },
      { find: '$5.7 billion', label: 'supported' },
      { find: '$957 million', label: 'contradicted', note: 'sector.l2.market_cap_change_7d 657M' },
      { find: '$2.3 billion', label: 'contradicted', note: 'sector.ai.market_cap_change_7d 1.19B' },
      { find: 'rose **12.3%**', label: 'supported' },
      { find: '22.0%', label: 'contradicted', note: 'wrong window: doge.oi_change_24h 22; 7d 31.5' },
      {
        find: 'rose **2.9%** on',
        label: 'contradicted',
        note: 'debatable (could be unsupported): market.cap_change_24h 2.9 is the 24h figure, no 7d figure',
      },
      { find: '(+14.9%)', label: 'supported' },
      { find: '(+11.6%)', label: 'supported' },
    ],
  },
  {
    id: 'K-llm-03',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives Deep Dive

### Open Interest
- **Total OI:** $18.9 billion, up **6.9%** in 24 hours
- **ETH:** $7.6 billion (**+9.0%**)
- **BTC:** $6.2 billion (**+1.0%**)
- **SOL:** $2.3 billion (**+12.0%**)
- **DOGE:** $1.6 billion (**+31.5%**)
- **XRP:** $2.1 billion (**+11.8%**)

### Funding Rates (per 8h)
- **BTC:** 0.006% (about 6.6% annualized)
- **ETH:** 0.024% (about 62% annualized)
- **SOL:** 0.013%
- **XRP:** 0.011% (roughly 21.0% annualized)
- **DOGE:** 0.045%
- **OI-weighted average:** 0.020%

With funding positive on every contract, longs are paying shorts, most heavily on DOGE.

### What the Headlines Say
- **Cointelegraph** noted that SOL open interest rose **12%** to about **$2.3 billion**.
- **The Block** put combined open interest at roughly **$18.9 billion**.
- **CryptoSlate** reported **$640 million** in short liquidations, with **81%** of all liquidations hitting bears.
- A popular r/CryptoCurrency thread claims Solana funding hit **0.08%**.
- Across the market, liquidations topped **$1.2 billion**.

**Takeaway:** leverage is concentrated in ETH, whose open interest now sits **$1.4 billion** above bitcoin's.`,
    numbers: [
      { find: '$18.9 billion@1', label: 'supported' },
      { find: '6.9%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$7.6 billion', label: 'supported' },
      { find: '+9.0%', label: 'supported' },
      { find: '$6.2 billion', label: 'supported' },
      { find: '+1.0%', label: 'contradicted', note: 'direction: btc.oi_change_24h -1.0' },
      { find: '$2.3 billion@1', label: 'supported' },
      { find: '+12.0%', label: 'supported' },
      { find: '$1.6 billion', label: 'supported' },
      { find: '+31.5%', label: 'contradicted', note: 'wrong window: doge.oi_change_7d 31.5; 24h is 22' },
      { find: '$2.1 billion', label: 'contradicted', note: 'xrp.open_interest 1.2B' },
      { find: '+11.8%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '0.006%', label: 'supported' },
      { find: '6.6%', label: 'supported' },
      { find: '0.024%', label: 'supported' },
      { find: '62%', label: 'contradicted', note: 'eth.funding_apr 26.3' },
      { find: '0.013%', label: 'contradicted', note: 'sol.funding_rate 0.031' },
      { find: '0.011%', label: 'supported' },
      { find: '21.0%', label: 'contradicted', note: 'xrp.funding_apr 12.0' },
      { find: '0.045%', label: 'supported' },
      { find: '0.020%', label: 'supported' },
      { find: '**12%**', label: 'supported' },
      { find: '**$2.3 billion**', label: 'supported' },
      { find: '**$18.9 billion**', label: 'supported' },
      { find: '$640 million', label: 'supported-by-source' },
      { find: '81%', label: 'supported-by-source' },
      { find: '0.08%', label: 'contradicted', note: 'reddit claim; sol.funding_rate 0.031' },
      { find: '$1.2 billion', label: 'unsupported', note: 'invented liquidation total' },
      { find: '$1.4 billion', label: 'unsupported', note: 'derived difference 7.6-6.2' },
    ],
  },
  {
    id: 'K-llm-04',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Spotlight: AI, DePIN and Gaming

**AI tokens** rose **6.9%** on the day, with **6** of **7** members in the green. The leaders:

- **Virtuals (VIRTUAL):** +13.4% to $1.89
- **Fetch.ai (FET):** +11.2% to $0.817
- **Worldcoin (WLD):** +10.2% to $1.16
- **The Graph (GRT):** +5.1%
- **NEAR Protocol:** +8.4%
- **Render (RENDER):** +6.1%
- **Bittensor (TAO):** +1.5% to $442.60

The group's watchlist market cap is about **$17.0 billion**, up roughly **$1.1 billion**, or **$33.1 billion** using CoinGecko's broader category. Cointelegraph's headline put the AI jump at **12%**, and Virtuals is now up **35%** over 30 days.

**DePIN** gained **4.4%**. Render led at **8.6%**, IoTeX added **6.4%**, Filecoin **1.6%**, and Helium **slipped 0.9%**, so three of four members rose. The sector is worth about **$4.2 billion**.

**Gaming** was up **5.0%**, with all **four** members higher. Immutable led at **6.1%** and Gala was the laggard at **4.4%**. Axie Infinity trades at **$2.61** and The Sandbox at **$0.26**. Over 30 days, gaming is still down **3.7%**, with Axie off **10.3%**.

**Summary:** AI (+6.9%) outpaced gaming (+5.0%) and DePIN (+4.4%), but Layer 2, up **15.2%**, remained the best sector of the day.`,
    numbers: [
      { find: '**6.9%**', label: 'supported' },
      { find: '**6**', label: 'supported' },
      { find: '**7**', label: 'supported' },
      { find: '+13.4%', label: 'supported' },
      { find: '$1.89', label: 'supported' },
      { find: '+11.2%', label: 'supported' },
      { find: '$0.817', label: 'contradicted', note: 'fet.price 0.7138' },
      { find: '+10.2%', label: 'supported' },
      { find: '$1.16', label: 'contradicted', note: 'wld.price 1.0583' },
      { find: '+5.1%', label: 'contradicted', note: 'grt.change_24h 8.14' },
      { find: '+8.4%', label: 'supported' },
      { find: '+6.1%', label: 'contradicted', note: 'render.change_24h 8.61' },
      { find: '+1.5%', label: 'contradicted', note: 'tao.change_24h -0.62 (1.5 is 7d)' },
      { find: '$442.60', label: 'supported' },
      { find: '$17.0 billion', label: 'supported' },
      { find: '$1.1 billion', label: 'supported' },
      { find: '$33.1 billion', label: 'supported' },
      { find: '**12%**', label: 'contradicted', note: 'Cointelegraph headline figure; sector.ai.change_24h 6.85' },
      { find: '35%', label: 'contradicted', note: 'virtual.change_30d 15.68' },
      { find: '30 days@1', label: 'ignored' },
      { find: 'gained **4.4%**', label: 'supported' },
      { find: '8.6%', label: 'supported' },
      { find: '6.4%', label: 'contradicted', note: 'iotx.change_24h 4.63' },
      { find: '1.6%', label: 'supported' },
      { find: '0.9%', label: 'supported' },
      { find: 'three of four', label: 'supported' },
      { find: '$4.2 billion', label: 'supported' },
      { find: '**5.0%**', label: 'supported' },
      { find: '**four**', label: 'supported' },
      { find: '**6.1%**', label: 'supported' },
      { find: 'laggard at **4.4%**', label: 'contradicted', note: 'gala.change_24h 3.38 (4.44 is SAND)' },
      { find: '$2.61', label: 'contradicted', note: 'axs.price 2.0146' },
      { find: '$0.26', label: 'supported' },
      { find: '30 days@2', label: 'ignored' },
      { find: '3.7%', label: 'supported' },
      { find: '10.3%', label: 'supported' },
      { find: '(+6.9%)', label: 'supported' },
      { find: '(+5.0%)', label: 'supported' },
      { find: '(+4.4%)', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '15.2%', label: 'contradicted', note: 'sector.l2.change_24h 11.39; 15.2 is OP' },
    ],
  },
  {
    id: 'K-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `**Short answer:** Bitcoin is essentially flat (**-0.2%**) while the rest of the market rallies.

## Why BTC is lagging

1. **Rotation into alts.** 26 of 30 tracked assets rose; BTC and BNB were among only **three** decliners.
2. **Leverage is elsewhere.** BTC open interest fell **1%** while ETH's rose **19%** and DOGE's **22%**. BTC funding is **0.006%** (~**6.6%** a year) versus **0.24%** on ETH.
3. **Thin volume.** BTC spot volume was **0.9x** its 7-day average, about **$28 billion**, versus **2.1x** for Optimism.
4. **A tight range.** Price held what The Block called a **$2,100** range, between **$100,664** and **$102,781**.

## Key Levels
- **Support:** $100,000
- **Resistance:** $105,000
- **30-day swing high:** $110,200
- **30-day swing low:** $96,836

## Context
- BTC is still up **8.5%** over 30 days, with 7-day realized volatility at just **15.1%** versus **75.1%** for ether.
- Market cap: **$2.03 trillion**; dominance: **57%**.
- Bitcoin Magazine reported **$312 million** of spot ETF inflows on Wednesday; CoinDesk said ether funds drew **$481 million**.
- Some traders expect a retest of **$95,000** first.`,
    numbers: [
      { find: '-0.2%', label: 'supported' },
      { find: '1. ', label: 'ignored' },
      { find: '26', label: 'supported' },
      { find: '30 tracked', label: 'supported' },
      { find: '**three**', label: 'contradicted', note: 'market.decliners_24h 4' },
      { find: '2. ', label: 'ignored' },
      { find: '**1%**', label: 'supported' },
      { find: '19%', label: 'contradicted', note: 'eth.oi_change_24h 9.0' },
      { find: '22%', label: 'supported' },
      { find: '0.006%', label: 'supported' },
      { find: '6.6%', label: 'supported' },
      { find: '0.24%', label: 'contradicted', note: '10x: eth.funding_rate 0.024' },
      { find: '3. ', label: 'ignored' },
      { find: '0.9x', label: 'supported' },
      { find: '7-day@1', label: 'ignored' },
      { find: '$28 billion', label: 'contradicted', note: '10x: btc.volume_24h 2.80B' },
      { find: '2.1x', label: 'supported' },
      { find: '4. ', label: 'ignored' },
      { find: '$2,100', label: 'supported-by-source', note: 'The Block headline; range 100664-102781 derived' },
      { find: '$100,664', label: 'supported' },
      { find: '$102,781', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '$105,000', label: 'supported' },
      { find: '30-day@1', label: 'ignored' },
      { find: '$110,200', label: 'contradicted', note: 'btc.swing_high_30d 104740' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$96,836', label: 'supported' },
      { find: '8.5%', label: 'contradicted', note: 'btc.change_30d 4.49' },
      { find: '30 days', label: 'ignored' },
      { find: '7-day@2', label: 'ignored' },
      { find: '15.1%', label: 'supported' },
      { find: '75.1%', label: 'supported' },
      { find: '$2.03 trillion', label: 'supported' },
      { find: '57%', label: 'supported' },
      { find: '$312 million', label: 'supported-by-source' },
      { find: '$481 million', label: 'unsupported', note: 'debatable: CoinDesk said $418M; misquoted, no fact' },
      { find: '$95,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'K-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `Here's a quick rundown of today's top movers:

- **OP:** $0.539, +15.2%
- **PEPE:** +14.3%
- **ARB:** $0.352, +12.4%
- **WIF:** $0.647, +18.2%
- **POL:** $0.260, +11.6%
- **FET:** $0.174, +11.2%
- **WLD:** $1.06, +1.1%
- **DOGE:** $0.291, +9.1%
- **SUI:** $2.74, +12.8%
- **AVAX:** $19.87, +4.7%
- **LINK:** $18.40, +6.2%

**Losers:** BTC (-0.2%), BNB (-0.4%), TAO (-0.6%) and HNT (-0.9%), the only **five** decliners on the list.`,
    numbers: [
      { find: '$0.539', label: 'supported' },
      { find: '+15.2%', label: 'supported' },
      { find: '+14.3%', label: 'supported' },
      { find: '$0.352', label: 'supported' },
      { find: '+12.4%', label: 'supported' },
      { find: '$0.647', label: 'supported' },
      { find: '+18.2%', label: 'contradicted', note: 'wif.change_24h 11.83' },
      { find: '$0.260', label: 'contradicted', note: 'pol.price 0.2063' },
      { find: '+11.6%', label: 'supported' },
      { find: '$0.174', label: 'contradicted', note: 'fet.price 0.7138' },
      { find: '+11.2%', label: 'supported' },
      { find: '$1.06', label: 'supported' },
      { find: '+1.1%', label: 'contradicted', note: 'wrong window: wld.change_7d 1.15; 24h 10.18' },
      { find: '$0.291', label: 'contradicted', note: 'doge.price 0.2194' },
      { find: '+9.1%', label: 'supported' },
      { find: '$2.74', label: 'supported' },
      { find: '+12.8%', label: 'contradicted', note: 'wrong window: sui.change_7d 12.8; 24h 8.92' },
      { find: '$19.87', label: 'supported' },
      { find: '+4.7%', label: 'contradicted', note: 'avax.change_24h 7.41' },
      { find: '$18.40', label: 'unsupported', note: 'off-watchlist LINK' },
      { find: '+6.2%', label: 'unsupported', note: 'off-watchlist LINK' },
      { find: '-0.2%', label: 'supported' },
      { find: '-0.4%', label: 'supported' },
      { find: '-0.6%', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: '**five**', label: 'contradicted', note: 'market.decliners_24h 4' },
    ],
  },
];
