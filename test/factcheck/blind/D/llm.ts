import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-llm-01',
    voice: 'llm',
    style: 'daily',
    text: "## Crypto Market Brief\n\n**Bitcoin** pushed decisively higher over the past 24 hours, gaining **3.8%** to trade around **$112,486**. This move carried BTC above its 30-day swing high of $111,308, a level that had capped price action for weeks. **Ethereum** outperformed slightly, rising **5.6%** to $3,987.\n\n### Key Levels\n- **BTC support:** $110,000\n- **BTC resistance:** $112,000\n- **ETH support:** $3,800\n- **ETH resistance:** $4,000\n\n### Market Breadth\nThe rally was remarkably broad. **27 out of 30** tracked assets posted gains, while only **three** declined. Total market capitalization rose 3.7% to approximately **$3.62 trillion**, and Bitcoin dominance stands at 64.2%.\n\n### Sector Performance\n- **AI:** +9.2% — the day's strongest sector, led by Virtuals Protocol (+14.3%)\n- **Gaming:** +6.1% — GALA topped the group at +9.8%\n- **DePIN:** +4.5% — Render led, Helium lagged at +2.2%\n- **Layer 1:** +3.9% — all ten members advanced\n- **Memes:** +3.8% — SHIB was the lone decliner\n- **Layer 2:** -0.4% — the only sector in negative territory\n\n### Derivatives\nOpen interest across tracked perpetuals climbed 9.6% to **$19.1 billion**. BTC funding remains modestly positive at 0.0018% per 8 hours, while **SOL** and **DOGE** funding rates have turned negative, indicating that **longs are paying shorts** on those contracts. SOL funding is -0.0027%.\n\nIt's worth noting that Bitcoin's open interest rose 11.4%, suggesting fresh leverage entered the market. If this continues, a move toward $120,000 is plausible.\n\n**Summary:** A broad-based rally with AI leading and Layer 2 lagging; BTC is up 3.8% and 25 of 30 assets gained.",
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '3.8%@1',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,308',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'fact eth.change_24h 4.62',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$112,000',
        label: 'contradicted',
        note: 'fact btc.resistance 115000',
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
        find: '27@1',
        label: 'supported',
      },
      {
        find: '30@3',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '64.2%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h 5.41',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'fact hnt.change_24h 1.24',
      },
      {
        find: '1@12',
        label: 'ignored',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: 'ten',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 1.82',
      },
      {
        find: '2@10',
        label: 'ignored',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '9.6%',
        label: 'contradicted',
        note: '7d value; fact market.oi_change_24h 5.08',
      },
      {
        find: '$19.1 billion',
        label: 'supported',
      },
      {
        find: '0.0018%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.00812',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'contradicted',
        note: '7d value; fact btc.oi_change_24h 6.2',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2@13',
        label: 'ignored',
      },
      {
        find: '3.8%@3',
        label: 'supported',
      },
      {
        find: '25',
        label: 'contradicted',
        note: 'fact market.advancers_24h 27',
      },
      {
        find: '30@4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-llm-02',
    voice: 'llm',
    style: 'daily',
    text: "## Layer 1 Deep Dive\n\n### Overview\nThe **Layer 1** sector gained **3.86%** over the past day, with all **10** members finishing higher. The watchlist Layer 1 basket is now worth about **$3.16 trillion**, having added roughly **$171 billion** in a single session.\n\n### Leaders and Laggards\n1. **NEAR Protocol** — +8.9% to $2.906 (sector leader)\n2. **Sui** — +7.1% to $2.74\n3. **Avalanche** — +8.3% to $19.84\n4. **Solana** — +5.4% to $161.36\n5. **Ethereum** — +4.6%\n\nAt the bottom of the table, **BNB** managed only +1.9%, while **XRP** rose +3.2%. Cardano gained 4.9% and Polkadot 4.5%.\n\n> Note: The list numbers above are rankings, not returns.\n\n### Weekly Context\nOver the past 7 days, Layer 1 is up **8.96%**. **Avalanche** has been the standout with a **15.6%** weekly gain, while BNB trailed at just 3.0%. Over 30 days, the sector is up 12.8%, with BTC leading at +11.5% and **Polkadot** the worst at -8.1%.\n\n### Volatility\n- BTC 7-day realized volatility: **34%** (annualized)\n- ETH 7-day: **72%**\n- NEAR 7-day: **68%**\n- SUI 7-day: **73%**\n\n### Key Takeaways\n- NEAR's 8.9% gain also lifted the **AI** sector, where it is a member.\n- The CoinGecko Layer 1 category rose 3.6% with $172 billion in volume.\n- Historically, December has returned an average of 9% for BTC.\n\n**Bottom line:** Layer 1 breadth was perfect (10/10), but BNB and XRP lagged.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '3.86%',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '$3.16 trillion',
        label: 'supported',
      },
      {
        find: '$171 billion',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_24h 117.4B',
      },
      {
        find: '1@8',
        label: 'ignored',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '$2.906',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '$2.74',
        label: 'contradicted',
        note: 'fact sui.price 2.5412',
      },
      {
        find: '3@3',
        label: 'ignored',
      },
      {
        find: '+8.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h 6.27',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'ignored',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '$161.36',
        label: 'contradicted',
        note: 'fact sol.price 171.36',
      },
      {
        find: '5@2',
        label: 'ignored',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '4.9%',
        label: 'contradicted',
        note: 'fact ada.change_24h 3.92',
      },
      {
        find: '4.5%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '1@14',
        label: 'ignored',
      },
      {
        find: '8.96%',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '3.0%',
        label: 'contradicted',
        note: 'fact bnb.change_7d 1.04',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '12.8%',
        label: 'contradicted',
        note: 'fact sector.l1.change_30d 9.76',
      },
      {
        find: '+11.5%',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'contradicted',
        note: 'fact dot.change_30d -11.13',
      },
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '34%',
        label: 'supported',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '72%',
        label: 'supported',
      },
      {
        find: '7-day@3',
        label: 'ignored',
      },
      {
        find: '68%',
        label: 'contradicted',
        note: 'fact near.volatility_7d 86.4',
      },
      {
        find: '7-day@4',
        label: 'ignored',
      },
      {
        find: '73%',
        label: 'supported',
      },
      {
        find: '8.9%@2',
        label: 'supported',
      },
      {
        find: '1@20',
        label: 'ignored',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$172 billion',
        label: 'contradicted',
        note: 'fact sector.l1.category_volume_24h 127.4B',
      },
      {
        find: '9%@5',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '1@22',
        label: 'ignored',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: '10@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-llm-03',
    voice: 'llm',
    style: 'daily',
    text: "## AI Tokens Lead the Rebound\n\n### What Happened\nAI-linked tokens delivered the **strongest sector performance** of the day, with the watchlist AI basket rising **9.2%**. Every one of the **7** constituents closed in the green — a notable contrast to the previous month, during which the sector fell **4.1%**.\n\n### Top Performers\n- **Virtuals Protocol (VIRTUAL):** +14.3% to $1.34\n- **Fetch.ai / ASI (FET):** +11.8% to $0.61\n- **Render (RENDER):** +9.5%\n- **Bittensor (TAO):** +8.7%, trading near $372\n- **NEAR Protocol:** +6.9%\n- **Worldcoin (WLD):** +9.5%\n- **The Graph (GRT):** +6.4% — the weakest member, yet still a solid gain\n\n### Why It Matters\nAccording to **CoinDesk**, AI tokens jumped 9% as traders rotated back into high-beta names, with Virtuals up about 14%. **CryptoSlate** noted that Bittensor topped $370. Meanwhile, **Decrypt** reported that Worldcoin's Orb devices are now available in Tokyo and Osaka.\n\nThe AI sector's market capitalization across these names climbed by roughly **$1.5 billion** to about **$13.6 billion**. The broader CoinGecko AI category sits at **$24.1 billion**, up 8.9%.\n\n### Caveats\n- **Weekly:** the sector is up only 3.6% over 7 days, and WLD is down 3.1% on the week.\n- **Monthly:** VIRTUAL remains down **12.5%** over 30 days, and none of the seven AI names is higher over the month.\n- **Volatility:** TAO's 7-day realized volatility is an extreme **163%**, versus 92% for FET.\n- TAO's 24-hour high was $398; support sits at $360.\n\n### Outlook\nShould momentum persist, VIRTUAL could retest $1.80, near its 30-day swing high of $1.805.\n\n**TL;DR:** AI +9.2% on the day, all 7 up, but still negative on the month.",
    numbers: [
      {
        find: '9.2%@1',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'fact sector.ai.change_30d -7.12',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '$1.34',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '$0.61',
        label: 'contradicted',
        note: 'fact fet.price 0.5127',
      },
      {
        find: '+9.5%@1',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '$372',
        label: 'supported',
      },
      {
        find: '+6.9%',
        label: 'contradicted',
        note: 'fact near.change_24h 8.93',
      },
      {
        find: '+9.5%@2',
        label: 'contradicted',
        note: 'fact wld.change_24h 7.52',
      },
      {
        find: '+6.4%',
        label: 'supported',
      },
      {
        find: '9%@2',
        label: 'supported',
      },
      {
        find: '14%',
        label: 'supported',
      },
      {
        find: '$370',
        label: 'supported',
      },
      {
        find: '$1.5 billion',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap_change_24h 1.15B',
      },
      {
        find: '$13.6 billion',
        label: 'supported',
      },
      {
        find: '$24.1 billion',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '12.5%',
        label: 'contradicted',
        note: 'fact virtual.change_30d -22.45',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '163%',
        label: 'supported',
      },
      {
        find: '92%',
        label: 'contradicted',
        note: 'fact fet.volatility_7d 71.6',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$398',
        label: 'contradicted',
        note: 'fact tao.high_24h 389.23',
      },
      {
        find: '$360',
        label: 'supported',
      },
      {
        find: '$1.80@1',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$1.805',
        label: 'supported',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '7@7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-llm-04',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot\n\n### Funding Rates (per 8h)\n- **BTC:** 0.0081% (≈ 9.8% annualized)\n- **ETH:** 0.0094% (≈ 12.3% annualized)\n- **XRP:** 0.0036% (≈ 2.9% annualized)\n- **SOL:** +0.0027%\n- **DOGE:** -0.0058% (≈ -6.4% annualized)\n\n**Interpretation:** Positive funding on BTC and ETH means longs are paying shorts. On **DOGE**, the negative rate means **shorts are paying longs** — a sign that traders are positioning against the bounce, as Cointelegraph observed.\n\n### Open Interest\n- BTC: **$9.84B** (+6.2%)\n- ETH: **$5.91B** (+8.7%)\n- SOL: **$1.63B** (-3.4%)\n- XRP: **$1.05B** (-1.9%)\n- DOGE: **$0.68B** (-9.3%)\n\nTotal open interest: **$19.1B**, up **5.1%** on the day and **6.9%** on the week.\n\n### Liquidations\n**Decrypt**, citing CoinGlass, reported more than **$340 million** in short liquidations. Total long liquidations were around $90 million.\n\n### Key Observations\n1. **ETH** saw the largest OI increase among majors (+7.8%), and over seven days its OI is up 14.2%.\n2. **SOL** OI fell 3.4% even as price rose 7.4%, which suggests short covering.\n3. The OI-weighted average funding rate is **0.0068%** — positive but far from overheated.\n4. The Block reported Binance BTC open interest of about $9.8 billion.\n\n**Summary:** Leverage is rebuilding in BTC and ETH, while SOL and DOGE show short positioning; BTC OI is up 11.4% for the week.',
    numbers: [
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 8.89',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '12.3%',
        label: 'contradicted',
        note: 'fact eth.funding_apr 10.29',
      },
      {
        find: '0.0036%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'contradicted',
        note: 'fact xrp.funding_apr 3.94',
      },
      {
        find: '+0.0027%',
        label: 'contradicted',
        note: 'fact sol.funding_rate -0.0027, sign',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '$9.84B',
        label: 'supported',
      },
      {
        find: '+6.2%',
        label: 'supported',
      },
      {
        find: '$5.91B',
        label: 'supported',
      },
      {
        find: '+8.7%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 7.8',
      },
      {
        find: '$1.63B',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '$1.05B',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h +1.9, sign',
      },
      {
        find: '$0.68B',
        label: 'supported',
      },
      {
        find: '-9.3%',
        label: 'contradicted',
        note: '7d value; fact doge.oi_change_24h -5.6',
      },
      {
        find: '$19.1B',
        label: 'supported',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 9.62',
      },
      {
        find: '$340 million',
        label: 'supported-by-source',
      },
      {
        find: '$90 million',
        label: 'unsupported',
        note: 'invented, no source',
      },
      {
        find: '1@10',
        label: 'ignored',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'ignored',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '3.4%@2',
        label: 'supported',
      },
      {
        find: '7.4%',
        label: 'contradicted',
        note: 'fact sol.change_24h 5.41',
      },
      {
        find: '3@8',
        label: 'ignored',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '4@9',
        label: 'ignored',
      },
      {
        find: '$9.8 billion',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-llm-05',
    voice: 'llm',
    style: 'daily',
    text: "## Quick Take: Memes, Layer 2 and the Laggards\n\nWhile most of the market rallied, a handful of segments **underperformed**:\n\n### Memecoins\n- The meme sector rose just **1.8%**, well below the market's 3.7%.\n- **Dogecoin** gained 3.1% to $0.184, but its funding rate flipped negative to -0.0058%.\n- **Shiba Inu** slipped 2.6%, making it one of only **three** decliners on the watchlist.\n- **dogwifhat (WIF)** was the group's best performer at +4.8%; **PEPE** rose 6.4%.\n- Over the past week, memes are down **6.9%**, and WIF has lost 28.9% over 30 days.\n\n### Layer 2\n- The Layer 2 basket fell **2.4%**, the only sector in the red.\n- **Optimism (OP)** led declines at -2.4%, trading at $0.46.\n- **Arbitrum (ARB)** lost 1.9%; a scheduled token unlock worth $92 million is weighing on sentiment.\n- **Immutable (IMX)** bucked the trend with a 2.6% gain, and **Polygon (POL)** edged up 1.3%.\n- Weekly, however, all four L2 tokens are higher, and the sector is up 8.4%.\n\n### DePIN\n- **Helium (HNT)** added only 1.2%, trailing Filecoin (+3.1%) and IoTeX (+5.8%), as CoinDesk noted.\n- DePIN is still down 4.9% on the week, with FIL off 21.5%.\n\n**Summary:** Even on a day when 27 of 30 assets rose, memes and Layer 2 lagged, and the market's total open interest of $29.1 billion shows leverage concentrated in BTC and ETH.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '3.1%@1',
        label: 'contradicted',
        note: 'fact doge.change_24h 2.14',
      },
      {
        find: '$0.184',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '2.6%@1',
        label: 'contradicted',
        note: 'fact shib.change_24h -0.58',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '6.4%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 3.40',
      },
      {
        find: '6.9%',
        label: 'supported',
      },
      {
        find: '28.9%',
        label: 'contradicted',
        note: 'fact wif.change_30d -18.88',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '2.4%@1',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.44 (2.4 is OP)',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '$0.46',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '$92 million',
        label: 'unsupported',
        note: 'not in facts or headlines',
      },
      {
        find: '2.6%@2',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'fact pol.change_24h 0.31',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '2@10',
        label: 'ignored',
      },
      {
        find: '8.4%',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d 5.44',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '+5.8%',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: '21.5%',
        label: 'contradicted',
        note: 'fact fil.change_7d -11.51',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '2@14',
        label: 'ignored',
      },
      {
        find: '$29.1 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 19.11B',
      },
    ],
  },
];
