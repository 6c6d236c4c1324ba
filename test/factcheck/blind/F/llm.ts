import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'F-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Crypto Market Brief — November 20, 2026

**Summary:** Risk appetite faded across digital assets, with the total market cap down **2.6%** to roughly **$3.29 trillion** and 28 of the 30 tracked assets in the red.

## Bitcoin and Ether
- **Bitcoin** is trading at **$103,812**, down **2.07%** over the past 24 hours, after touching a high of **$106,814** and a low of **$101,950**. It is now down **9.7%** over the past month.
- **Ether** underperformed, falling **3.08%** to **$3,412.57**, just above its **$3,400** support level.
- Bitcoin dominance sits at **62.9%**, suggesting capital is hiding in the largest asset.

## Majors
- **Solana** fell **3.6%** to **$152.41**, while **XRP** was the standout, rising **0.9%** to **$2.41**.
- **BNB** slipped **5.8%** and **Cardano** lost **6.8%**.

## Sectors
- **AI tokens** were the worst-performing sector, down **6.35%**.
- **Memecoins** were the second-worst sector, down **4.17%**.
- **Layer 1s** held up best at **-2.12%**.

## Derivatives and Flows
- Open interest fell **10.8%** to **$17.07 billion**.
- Funding remains positive at an average of **0.0054%** per 8 hours.
- Total 24-hour volume reached **$181.6 billion**, about **20%** above average.
- Spot bitcoin ETFs posted a fourth straight day of outflows.

**Bottom line:** The market is in a clear risk-off phase, with **$100,000** support the next level below bitcoin.`,
    numbers: [
      { find: 'November 20', label: 'ignored' },
      { find: '2026', label: 'ignored' },
      { find: '2.6%', label: 'supported' },
      { find: '$3.29 trillion', label: 'supported' },
      { find: '28 of', label: 'supported' },
      { find: '30 tracked', label: 'supported' },
      { find: '$103,812', label: 'supported' },
      { find: '2.07%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$106,814', label: 'supported' },
      { find: '$101,950', label: 'contradicted', note: 'btc.low_24h 103,195.35' },
      { find: '9.7%', label: 'supported', note: 'btc.change_30d -9.68' },
      { find: '3.08%', label: 'supported' },
      { find: '$3,412.57', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '62.9%', label: 'supported' },
      { find: '3.6%', label: 'supported' },
      { find: '$152.41', label: 'supported' },
      { find: '0.9%', label: 'supported' },
      { find: '$2.41', label: 'contradicted', note: 'xrp.price 2.31' },
      { find: '5.8%', label: 'contradicted', note: 'bnb.change_24h -1.61; -5.79 is 7d' },
      { find: '6.8%', label: 'contradicted', note: 'ada.change_24h -2.84; -6.84 is 7d' },
      { find: '6.35%', label: 'supported' },
      {
        find: '4.17%',
        label: 'contradicted',
        note: 'memes -4.17 is the second-BEST sector (L1 -2.12 best); wrong rank',
      },
      { find: 'Layer 1s', label: 'ignored' },
      { find: '-2.12%', label: 'supported' },
      { find: '10.8%', label: 'contradicted', note: 'market.oi_change_24h -4.17; -10.79 is 7d' },
      { find: '$17.07 billion', label: 'supported' },
      { find: '0.0054%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '24-hour', label: 'ignored' },
      { find: '$181.6 billion', label: 'contradicted', note: 'market.volume_24h 118.6B' },
      { find: '20%', label: 'unsupported', note: 'no fact for total volume vs average' },
      { find: 'fourth', label: 'unsupported', note: 'CoinDesk ETF headline not attributed' },
      { find: '$100,000', label: 'supported' },
    ],
  },
  {
    id: 'F-llm-02',
    voice: 'llm',
    style: 'sector',
    text: `## AI Tokens: Sector Deep Dive

**TL;DR:** The AI basket dropped **6.35%** in 24 hours, the steepest decline of any sector, and all **7** constituents finished lower.

### Performance
- **Virtuals Protocol (VIRTUAL):** -8.84%, the weakest performer, trading at $1.04, just above its $1.00 support.
- **Fetch.ai / ASI (FET):** -7.42% to $0.486.
- **Render (RENDER):** -6.93% to $2.36.
- **Worldcoin (WLD):** -9.21% to $0.682.
- **Bittensor (TAO):** -5.94% to $412.50. Its 30-day swing high was $455.99.
- **NEAR Protocol (NEAR):** -3.81% to $2.41.
- **The Graph (GRT):** -5.62%, the relative outperformer at $0.0612.

### Context
- Sector market cap (watchlist): **$11.2 billion**, down about **$1.45 billion** on the day.
- Over 7 days the basket is down **11.4%**; over 30 days, **29.9%**.
- **NEAR** was the best AI name over the week at **-7.07%**, while **Render** was the worst at **-14.9%**.
- **FET** is the worst performer over the past month, down **36.3%**, and Render now trades about **36%** below its 30-day high.
- CoinGecko's AI category is valued at **$20.46 billion**, with **$2.31 billion** of 24-hour volume.
- According to CoinDesk, AI tokens slid 6% as traders dumped high-beta bets. Worldcoin also expanded its Orbs to three new countries.

**Key takeaway:** Analysts at one fund expect a further **15%** drawdown before the sector stabilizes.`,
    numbers: [
      { find: '6.35%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '**7**', label: 'supported' },
      { find: '-8.84%', label: 'supported' },
      { find: '$1.04', label: 'supported' },
      { find: '$1.00', label: 'supported' },
      { find: '-7.42%', label: 'supported' },
      { find: '$0.486', label: 'contradicted', note: 'fet.price 0.3861' },
      { find: '-6.93%', label: 'supported' },
      { find: '$2.36', label: 'supported' },
      { find: '-9.21%', label: 'contradicted', note: 'wld.change_24h -6.21' },
      { find: '$0.682', label: 'supported' },
      { find: '-5.94%', label: 'supported' },
      { find: '$412.50', label: 'contradicted', note: 'tao.price 312.5' },
      { find: '30-day@1', label: 'ignored' },
      { find: '$455.99', label: 'supported' },
      { find: '-3.81%', label: 'contradicted', note: 'near.change_24h -5.81' },
      { find: '$2.41', label: 'supported' },
      { find: '-5.62%', label: 'supported' },
      { find: '$0.0612', label: 'supported' },
      { find: '$11.2 billion', label: 'supported' },
      { find: '$1.45 billion', label: 'contradicted', note: 'sector.ai.market_cap_change_24h -759M; -1.45B is 7d' },
      { find: '7 days', label: 'ignored' },
      { find: '11.4%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '29.9%', label: 'supported' },
      { find: '-7.07%', label: 'supported' },
      { find: '-14.9%', label: 'contradicted', note: 'render.change_7d -18.91' },
      { find: '36.3%', label: 'supported' },
      { find: 'about **36%**', label: 'unsupported', note: 'distance to 30d high, derived' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$20.46 billion', label: 'supported' },
      { find: '$2.31 billion', label: 'supported' },
      { find: '24-hour', label: 'ignored' },
      { find: 'slid 6%', label: 'supported', note: 'sector.ai.change_24h -6.35' },
      { find: 'three', label: 'unsupported', note: 'Decrypt figure; sentence attributes only CoinDesk: debatable' },
      { find: '15%', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'F-llm-03',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Crypto Recap

**Summary:** A broad sell-off: bitcoin lost **4.95%** on the week and ether **10.6%**; every tracked sector closed lower.

## Key Movers
- **Worst sector:** Layer 2, down **17.5%**, led lower by Arbitrum (**-18.4%**). The rollup basket lost **$1.1 billion** of market value.
- **Best sector:** Layer 1, down **6.0%**, with XRP (**-2.1%**) the most resilient and BNB at **-5.8%**.
- **Memecoins** fell **15.8%**; Pepe (**-18.5%**) was the weakest, and Dogecoin's **17.1%** slide came as its funding turned negative.
- **Gaming** dropped **4.2%** and **DePIN** **12.26%**.
- **AI** lost **6.4%**, with Render (**-18.9%**) the worst; Bittensor fell **30.0%**.
- **Solana** fell **12%**, back below **$155**, as Decrypt put it.

## Derivatives
- Total open interest declined **10.8%** to **$19.1 billion**.
- BTC OI fell **3.8%**, ETH OI **12.3%**, SOL OI **13.1%**.
- Funding cooled but stayed positive on bitcoin at **0.0062%**.
- CoinDesk reported **$420 million** of spot ETF outflows on Thursday.
- Bitcoin's 7-day volatility climbed to **45%**.

## What to Watch
- Bitcoin sits near **$103,800**, below its 30-day swing low of **$104,565**.
- A break of **$100,000** support could open a move toward **$95,000**.

**Bottom line:** Deleveraging dominated the week.`,
    numbers: [
      { find: '4.95%', label: 'supported' },
      { find: '10.6%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '17.5%', label: 'supported' },
      { find: '-18.4%', label: 'supported' },
      { find: '$1.1 billion', label: 'supported', note: 'sector.l2.market_cap_change_7d -1.097B' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '6.0%', label: 'supported' },
      { find: '-2.1%', label: 'supported' },
      { find: '-5.8%', label: 'supported' },
      { find: '15.8%', label: 'supported' },
      { find: '-18.5%', label: 'contradicted', note: 'weakest meme 7d is WIF -18.49; pepe.change_7d -17.57' },
      { find: '17.1%', label: 'supported' },
      { find: '4.2%', label: 'contradicted', note: 'sector.gaming.change_7d -14.76; -4.23 is 24h' },
      { find: '12.26%', label: 'supported' },
      { find: '6.4%', label: 'contradicted', note: 'sector.ai.change_7d -11.44; -6.35 is 24h' },
      { find: '-18.9%', label: 'supported' },
      { find: '30.0%', label: 'contradicted', note: 'tao.change_7d -12.78; -30.0 is 30d' },
      { find: '12%', label: 'supported', note: 'sol.change_7d -12.05' },
      { find: '$155', label: 'supported', note: 'sol.price 152.41 below 155' },
      { find: '10.8%', label: 'supported' },
      { find: '$19.1 billion', label: 'contradicted', note: 'market.open_interest 17.07B' },
      { find: '3.8%', label: 'contradicted', note: 'btc.oi_change_7d -9.6; -3.8 is 24h' },
      { find: '12.3%', label: 'supported' },
      { find: '13.1%', label: 'supported' },
      { find: '0.0062%', label: 'supported' },
      { find: '$420 million', label: 'supported-by-source', note: 'CoinDesk ETF summary' },
      { find: '7-day', label: 'ignored' },
      { find: '45%', label: 'contradicted', note: 'btc.volatility_7d 30.5' },
      { find: '$103,800', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$104,565', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '$95,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'F-llm-04',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives Snapshot

**Summary:** Leverage continues to unwind: aggregate open interest is **$17.07B**, down **4.17%** in 24 hours and **10.8%** over the week.

### Open Interest
- **BTC:** $89.2B (**-3.8%**); down **9.6%** over 7 days
- **ETH:** $5.14B (**-8.6%**); down **12.3%** on the week
- **SOL:** $1.42B (**-13.1%**)
- **XRP:** $980M (**-1.9%**)
- **DOGE:** $1.61B (**-7.1%**)

### Funding (per 8h)
- BTC **0.0062%** (~**6.8%** annualized)
- ETH **0.0051%** (~**5.6%** annualized)
- SOL **0.0038%** (~**1.4%** annualized)
- XRP **0.0074%** (~**8.1%**), the highest among majors
- DOGE **-0.0041%**, meaning longs are paying shorts
- OI-weighted average: **0.0054%**

About **$250 million** of longs were liquidated, and BTC's annualized funding compares with roughly **10%** a month ago.

**Takeaway:** Positive but modest funding on majors suggests longs are closing rather than shorts piling in.`,
    numbers: [
      { find: '$17.07B', label: 'supported' },
      { find: '4.17%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '10.8%', label: 'supported' },
      { find: '$89.2B', label: 'contradicted', note: 'btc.open_interest 8.92B, 10x slip' },
      { find: '-3.8%', label: 'supported' },
      { find: '9.6%', label: 'supported' },
      { find: '7 days', label: 'ignored' },
      { find: '$5.14B', label: 'supported' },
      { find: '-8.6%', label: 'contradicted', note: 'eth.oi_change_24h -4.6' },
      { find: '12.3%', label: 'supported' },
      { find: '$1.42B', label: 'supported' },
      { find: '-13.1%', label: 'contradicted', note: 'sol.oi_change_24h -5.2; -13.1 is 7d' },
      { find: '$980M', label: 'supported' },
      { find: '-1.9%', label: 'supported' },
      { find: '$1.61B', label: 'contradicted', note: 'doge.open_interest 610M' },
      { find: '-7.1%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '**0.0062%**', label: 'supported' },
      { find: '6.8%', label: 'supported' },
      { find: '**0.0051%**', label: 'supported' },
      { find: '5.6%', label: 'supported' },
      { find: '**0.0038%**', label: 'supported' },
      { find: '1.4%', label: 'contradicted', note: 'sol.funding_apr 4.16' },
      { find: '**0.0074%**', label: 'supported' },
      { find: '8.1%', label: 'supported' },
      {
        find: '-0.0041%',
        label: 'contradicted',
        note: 'value right but payer wrong: negative funding means shorts pay longs (debatable label)',
      },
      { find: '**0.0054%**', label: 'supported' },
      { find: '$250 million', label: 'unsupported', note: 'liquidations: no fact' },
      { find: '10%', label: 'unsupported', note: 'history' },
    ],
  },
  {
    id: 'F-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `## Memecoins Under Pressure

The meme sector fell **4.17%** over the past day, with all four tracked tokens lower.

- **dogwifhat (WIF):** **-6.33%**, the worst performer, now at **$0.530**. It has lost **41.4%** in 30 days.
- **Pepe (PEPE):** **-8.43%**, trading at **$0.0000061**
- **Dogecoin (DOGE):** **-4.12%** to **$0.168**, just above its **$0.16** support; funding flipped negative (**-0.0041%**) and open interest fell **15.8%** to **$610 million** on volume of **$5.6 billion**
- **Shiba Inu (SHIB):** **-3.64%**, the best of the group, below resistance at **$0.0000100**

Sector cap: **$34.1 billion**, down about **$1.49 billion** on the day. CoinGecko's broader meme category sits at **$52.1 billion** after a **4.47%** decline. Memes now make up roughly **1%** of the total market.

**In short:** memes are tracking AI lower, as CryptoSlate noted, and DOGE could bounce to **$0.20** if shorts get squeezed.`,
    numbers: [
      { find: '4.17%', label: 'supported' },
      { find: 'four', label: 'supported' },
      { find: '-6.33%', label: 'supported' },
      { find: '$0.530', label: 'contradicted', note: 'wif.price 0.4302' },
      { find: '41.4%', label: 'contradicted', note: 'wif.change_30d -31.42' },
      { find: '30 days', label: 'ignored' },
      { find: '-8.43%', label: 'contradicted', note: 'pepe.change_24h -5.43' },
      { find: '$0.0000061', label: 'supported' },
      { find: '-4.12%', label: 'supported' },
      { find: '$0.168', label: 'supported' },
      { find: '**$0.16**', label: 'supported' },
      { find: '-0.0041%', label: 'supported' },
      { find: '15.8%', label: 'contradicted', note: 'doge.oi_change_24h -7.1; -15.8 is 7d' },
      { find: '$610 million', label: 'supported' },
      { find: '$5.6 billion', label: 'contradicted', note: 'doge.volume_24h 560M, 10x' },
      { find: '-3.64%', label: 'supported' },
      { find: '$0.0000100', label: 'supported' },
      { find: '$34.1 billion', label: 'supported' },
      { find: '$1.49 billion', label: 'supported' },
      { find: '$52.1 billion', label: 'supported' },
      { find: '4.47%', label: 'supported' },
      { find: 'roughly **1%**', label: 'unsupported', note: 'derived share of total cap' },
      { find: '$0.20', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'F-llm-06',
    voice: 'llm',
    style: 'sector',
    text: `## Layer Two Sector Update

**Summary:** Rollup tokens extended their slide, with the L2 basket down **4.31%** over 24 hours and **17.5%** over the week.

**Constituents (24h):**
- **OP:** -4.91% (worst), at $0.418, with support at $0.42
- **ARB:** -4.63%, at $0.298, just below its $0.30 resistance
- **IMX:** -1.12%
- **POL:** -3.82% (best); its 30-day swing low is $0.1696

Watchlist sector cap stands at **$5.16 billion** after a **$1.1 billion** drop today, versus **$13.84 billion** for CoinGecko's broader category, which fell **4.38%**.

- **Arbitrum** has lost **27.3%** over 30 days, and its 7-day realized volatility is **95.8%**; POL's is **62%**.
- **IMX** was the worst rollup token over the week at **-17.9%**.
- Per CoinDesk, falling rollup fee income is weighing on the trade, and a Reddit thread notes ARB and OP are down double digits this week: ARB **18.4%**, OP **4.9%**. Starknet is off **22%**.

**Bottom line:** No rollup token gained on the day.`,
    numbers: [
      { find: 'L2', label: 'ignored' },
      { find: '4.31%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '17.5%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '-4.91%', label: 'supported' },
      { find: '$0.418', label: 'supported' },
      { find: '$0.42', label: 'contradicted', note: 'op.support 0.40; 0.42 is resistance' },
      { find: '-4.63%', label: 'supported' },
      { find: '$0.298', label: 'supported' },
      { find: '$0.30', label: 'supported' },
      { find: '-1.12%', label: 'contradicted', note: 'imx.change_24h -4.12' },
      { find: '-3.82%', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$0.1696', label: 'supported' },
      { find: '$5.16 billion', label: 'supported' },
      { find: '$1.1 billion', label: 'contradicted', note: 'sector.l2.market_cap_change_24h -232M; -1.1B is 7d' },
      { find: '$13.84 billion', label: 'supported' },
      { find: '4.38%', label: 'supported' },
      { find: '27.3%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '7-day', label: 'ignored' },
      { find: '95.8%', label: 'supported' },
      { find: '62%', label: 'contradicted', note: 'pol.volatility_7d 92.3' },
      { find: '-17.9%', label: 'contradicted', note: 'worst L2 7d is ARB -18.35; IMX -17.89 is not worst' },
      { find: '18.4%', label: 'supported' },
      { find: '4.9%', label: 'contradicted', note: 'op.change_7d -17.09; -4.91 is 24h' },
      { find: '22%', label: 'unsupported', note: 'off-watchlist token' },
    ],
  },
  {
    id: 'F-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## Why is crypto down today?

Crypto is lower because of broad deleveraging and weak risk appetite:

1. **Bitcoin fell 2.1%** to about **$103,800**, breaking below **$104,000**.
2. **Altcoins fell harder**: ETH **-3.1%**, SOL **-8.6%**, AVAX **-5.9%**, SUI **-4.4%**.
3. **Open interest dropped 4.2%** as traders closed longs, and bitcoin dominance climbed to **66%**.
4. **ETF outflows**: CoinDesk reports **$420 million** of net outflows on Thursday.

Sentiment is weak, with the Fear & Greed Index at **22**.

**Summary:** Only **4** of **30** tracked assets rose; XRP (+0.9%) and Helium (+2.4%) were among the exceptions.`,
    numbers: [
      { find: '1. **', label: 'ignored' },
      { find: '2.1%', label: 'supported' },
      { find: '$103,800', label: 'supported' },
      { find: '$104,000', label: 'supported', note: 'btc.price 103,812 below 104,000' },
      { find: '2. **', label: 'ignored' },
      { find: '-3.1%', label: 'supported' },
      { find: '-8.6%', label: 'contradicted', note: 'sol.change_24h -3.62' },
      { find: '-5.9%', label: 'contradicted', note: 'avax.change_24h -3.93' },
      { find: '-4.4%', label: 'supported' },
      { find: '3. **', label: 'ignored' },
      { find: '4.2%', label: 'supported' },
      { find: '66%', label: 'contradicted', note: 'market.btc_dominance 62.90' },
      { find: '4. **', label: 'ignored' },
      { find: '$420 million', label: 'supported-by-source', note: 'CoinDesk ETF summary' },
      { find: '**22**', label: 'unsupported', note: 'invented index' },
      { find: '**4**', label: 'contradicted', note: 'market.advancers_24h 2' },
      { find: '**30**', label: 'supported' },
      { find: '+0.9%', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
    ],
  },
  {
    id: 'F-llm-08',
    voice: 'llm',
    style: 'sector',
    text: `## DePIN & Gaming: Sector Check

### DePIN
- Sector change (24h): **-4.29%**; watchlist cap **$3.28B**; down **12.3%** over 7 days.
- **Helium (HNT)** was the only gainer, up **2.38%** to **$2.884** (24h high **$2.8873**), after CoinDesk reported a carrier offload deal. It now faces resistance at **$3.10**. The deal reportedly adds **2 million** subscribers.
- **Render** was the worst at **-6.93%** and is down **16.9%** over 30 days; **Filecoin** fell **4.31%** to **$1.91** and **IoTeX** **13.8%**.
- Advancers vs decliners: **1** up, **3** down.

### Gaming
- Sector change (24h): **-6.23%**; all four tokens lower; watchlist cap **$2.07B**, CoinGecko category **$83.4B**.
- **Gala** was the weakest (**-4.61%**), **The Sandbox** the strongest (**-3.93%**); SAND is also the best over the week at **-9.5%**, and Gala has lost **13.2%** this week.
- **Axie Infinity** fell 4.42% to $1.631; **Immutable** held up best at -4.12%.
- Per Decrypt, AXS, SAND and GALA trade near one-month lows.

**Summary:** Both sectors underperformed bitcoin (-2.07%) but beat AI (-6.35%).`,
    numbers: [
      { find: '24h)@1', label: 'ignored' },
      { find: '-4.29%', label: 'supported' },
      { find: '$3.28B', label: 'supported' },
      { find: '12.3%', label: 'supported' },
      { find: '7 days', label: 'ignored' },
      { find: '2.38%', label: 'supported' },
      { find: '$2.884', label: 'supported' },
      { find: '24h high', label: 'ignored' },
      { find: '$2.8873', label: 'supported' },
      { find: '$3.10', label: 'contradicted', note: 'hnt.resistance 2.9' },
      { find: '2 million', label: 'unsupported', note: 'not in headline or facts' },
      { find: '-6.93%', label: 'supported' },
      { find: '16.9%', label: 'contradicted', note: 'render.change_30d -26.92' },
      { find: '30 days', label: 'ignored' },
      { find: '4.31%', label: 'supported' },
      { find: '$1.91', label: 'supported' },
      { find: '13.8%', label: 'contradicted', note: 'iotx.change_24h -3.74; -13.83 is 7d' },
      { find: '**1**', label: 'supported' },
      { find: '**3**', label: 'supported' },
      { find: '24h)@2', label: 'ignored' },
      { find: '-6.23%', label: 'contradicted', note: 'sector.gaming.change_24h -4.23' },
      { find: 'four', label: 'supported' },
      { find: '$2.07B', label: 'supported' },
      { find: '$83.4B', label: 'contradicted', note: 'sector.gaming.category_cap 8.34B, 10x' },
      { find: '-4.61%', label: 'supported' },
      { find: '-3.93%', label: 'supported' },
      { find: '-9.5%', label: 'supported' },
      { find: '13.2%', label: 'supported' },
      { find: '4.42%', label: 'supported' },
      { find: '$1.631', label: 'contradicted', note: 'axs.price 1.361' },
      { find: '-4.12%', label: 'contradicted', note: 'best gaming 24h is SAND -3.93; imx -4.12 not best' },
      { find: 'one-month', label: 'ignored' },
      { find: '-2.07%', label: 'supported' },
      { find: '-6.35%', label: 'supported' },
    ],
  },
  {
    id: 'F-llm-09',
    voice: 'llm',
    style: 'weekly',
    text: `## Majors: Week in Review

**Summary:** Every major lost ground this week; XRP held up best.

- **BTC:** -4.95% to $103,812; OI -9.6%
- **ETH:** -10.6% to $3,412; OI -12.3%
- **SOL:** -12% to $152.41; OI -5.2%
- **XRP:** -2.1% to $2.31; OI -1.9%
- **BNB:** -5.8% to $1,048
- **DOGE:** -4.1% to $0.168; OI -15.8%
- **ADA:** -2.8%; **AVAX:** -8.4%; **DOT:** -14.4%; **SUI:** -19.8%

Bitcoin's 7-day realized volatility stands at **30.5%**, while SOL's is **52.6%**. ETH's 30-day volatility is **46.7%**, and BTC remains well below its 30-day swing high of **$118,683**.

**Takeaway:** ETH fell more than twice as much as bitcoin over the week.`,
    numbers: [
      { find: '-4.95%', label: 'supported' },
      { find: '$103,812', label: 'supported' },
      { find: '-9.6%', label: 'supported' },
      { find: '-10.6%', label: 'supported' },
      { find: '$3,412', label: 'supported' },
      { find: '-12.3%', label: 'supported' },
      { find: '-12%', label: 'supported' },
      { find: '$152.41', label: 'supported' },
      { find: '-5.2%', label: 'contradicted', note: 'sol.oi_change_7d -13.1; -5.2 is 24h' },
      { find: '-2.1%', label: 'supported' },
      { find: '$2.31', label: 'supported' },
      { find: '-1.9%', label: 'contradicted', note: 'xrp.oi_change_7d -6.4; -1.9 is 24h' },
      { find: '-5.8%', label: 'supported' },
      { find: '$1,048', label: 'contradicted', note: 'bnb.price 948.3; 1048 is the 30d swing high' },
      { find: '-4.1%', label: 'contradicted', note: 'doge.change_7d -17.06; -4.12 is 24h' },
      { find: '$0.168', label: 'supported' },
      { find: '-15.8%', label: 'supported' },
      { find: '-2.8%', label: 'contradicted', note: 'ada.change_7d -6.84; -2.84 is 24h' },
      { find: '-8.4%', label: 'supported' },
      { find: '-14.4%', label: 'supported' },
      { find: '-19.8%', label: 'contradicted', note: 'sui.change_7d -12.45; -19.78 is 30d' },
      { find: '7-day', label: 'ignored' },
      { find: '30.5%', label: 'supported' },
      { find: '52.6%', label: 'contradicted', note: 'sol.volatility_7d 27.9; 52.6 is 30d' },
      { find: '30-day@1', label: 'ignored' },
      { find: '46.7%', label: 'supported' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$118,683', label: 'contradicted', note: 'btc.swing_high_30d 115,683' },
      { find: 'twice', label: 'unsupported', note: 'derived ratio (10.6 vs 4.95); debatable' },
    ],
  },
];
