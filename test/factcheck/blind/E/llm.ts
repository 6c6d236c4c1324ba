import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Market Overview\n\nThe crypto market spent the day in a holding pattern. Total market capitalization stands at **$3.49 trillion**, down a modest **0.47%** over the past 24 hours. Bitcoin dominance remains elevated at **68.1%**.\n\n## Bitcoin and Ethereum\n\n- **Bitcoin (BTC):** $107,846, up 0.18% — essentially flat. The 24-hour range was tight, between $106,150 and $109,181.\n- **Ethereum (ETH):** $3,702, down 2.63%, and the weakest of the large caps.\n\n## Key Takeaways\n\n- Memecoins were the standout, rising **6.5%** as a group.\n- DePIN tokens fell **7.8%**, the worst sector.\n\n**Summary:** A flat day for bitcoin, with memes leading and DePIN lagging.',
    numbers: [
      {
        find: '$3.49 trillion',
        label: 'supported',
      },
      {
        find: '0.47%',
        label: 'supported',
      },
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '68.1%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.79',
      },
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '0.18%',
        label: 'supported',
      },
      {
        find: '24@2',
        label: 'ignored',
      },
      {
        find: '$106,150',
        label: 'supported',
      },
      {
        find: '$109,181',
        label: 'contradicted',
        note: 'fact btc.high_24h 108,181',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '2.63%',
        label: 'supported',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -4.84',
      },
    ],
  },
  {
    id: 'E-llm-02',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot\n\nLeverage continued to come out of the market:\n\n- **Total open interest:** $16.96 billion, down 4.73%\n- **BTC funding:** 0.0046% per 8 hours (roughly 5.1% annualized)\n- **ETH funding:** **+0.0034%**, a sign that longs remain in control\n- **DOGE open interest:** up **14.6%**, with funding at 0.0138%\n\n**Bottom line:** Positioning is cautious everywhere except Dogecoin.',
    numbers: [
      {
        find: '$16.96 billion',
        label: 'supported',
      },
      {
        find: '4.73%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h -1.73',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '8@1',
        label: 'ignored',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '+0.0034%',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.00342',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '0.0138%',
        label: 'contradicted',
        note: 'fact doge.funding_rate 0.0318',
      },
    ],
  },
  {
    id: 'E-llm-03',
    voice: 'llm',
    style: 'daily',
    text: '## Sector Performance (24h)\n\nLet me break down how each sector performed:\n\n1. **Memes** — up **6.5%**, led by dogwifhat (**+11.2%**)\n2. **AI** — up **0.2%**, with Virtuals Protocol on top (**+5.6%**)\n3. **Layer 1** — down **1.3%**\n4. **Gaming** — down **0.6%**\n5. **Layer 2** — down **1.0%**\n6. **DePIN** — down **4.8%**, with all four tokens in the red\n\n**In summary:** Only two of the six sectors finished higher.',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h -0.32',
      },
      {
        find: '4@2',
        label: 'ignored',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '5@3',
        label: 'ignored',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '1.0%',
        label: 'supported',
      },
      {
        find: '6@4',
        label: 'ignored',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-llm-04',
    voice: 'llm',
    style: 'daily',
    text: "## What Moved Today\n\n**Winners:**\n- **dogwifhat (WIF):** +11.2% to $0.613\n- **Pepe (PEPE):** +9.5%\n- **Dogecoin (DOGE):** +6.8% to $0.219\n- **Virtuals Protocol (VIRTUAL):** +7.6%\n\n**Losers:**\n- **Filecoin (FIL):** -5.8%\n- **IoTeX (IOTX):** -4.6%\n- **Render (RENDER):** -4.2%\n- **Helium (HNT):** -1.9%\n\nIt's worth noting that **19** of the 30 tracked assets declined.",
    numbers: [
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '$0.613',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '$0.219',
        label: 'contradicted',
        note: 'fact doge.price 0.20874',
      },
      {
        find: '+7.6%',
        label: 'contradicted',
        note: 'fact virtual.change_24h 5.62',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'contradicted',
        note: 'fact hnt.change_24h -3.94',
      },
      {
        find: '19@2',
        label: 'contradicted',
        note: 'fact market.decliners_24h 17',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-llm-05',
    voice: 'llm',
    style: 'daily',
    text: '## Bitcoin Technical Picture\n\nBitcoin is consolidating in a well-defined range:\n\n- **Support:** $100,000\n- **Resistance:** $110,000\n- **30-day high:** $114,934\n- **30-day low:** $104,399\n\nRealized volatility has compressed to **22.0%** on a 7-day basis, versus **37.3%** over 30 days. Historically, such compression has preceded moves of **10%** or more.\n\n**Key takeaway:** A breakout above $110,000 could open the way to **$120,000**.',
    numbers: [
      {
        find: '$100,000',
        label: 'contradicted',
        note: 'fact btc.support 105000',
      },
      {
        find: '$110,000@1',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '$114,934',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '$104,399',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 101,399',
      },
      {
        find: '22.0%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '37.3%',
        label: 'contradicted',
        note: 'fact btc.volatility_30d 27.3',
      },
      {
        find: '30@3',
        label: 'ignored',
      },
      {
        find: '10%',
        label: 'unsupported',
        note: 'history/forecast, no fact',
      },
      {
        find: '$110,000@2',
        label: 'supported',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'E-llm-06',
    voice: 'llm',
    style: 'daily',
    text: '## Ethereum Under Pressure\n\nEther dropped **2.6%** to **$3,702**, underperforming bitcoin for another session. Several factors are worth highlighting:\n\n- **Funding turned negative** at -0.0034% per 8 hours, meaning shorts are paying longs.\n- **Open interest fell 3.6%** to about $5.9 billion.\n- **Volume** came in at $1.15 billion, roughly 57% of its 7-day average.\n- The **30-day low** of $3,510 is the next level below support at **$3,700**.\n\n**Summary:** ETH remains the weak link among the majors, down **6.0%** on the week.',
    numbers: [
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '-0.0034%',
        label: 'supported',
      },
      {
        find: '8',
        label: 'ignored',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$5.9 billion',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.02B',
      },
      {
        find: '$1.15 billion',
        label: 'supported',
      },
      {
        find: '57%',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 0.75',
      },
      {
        find: '7@3',
        label: 'ignored',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$3,510',
        label: 'supported',
      },
      {
        find: '$3,700',
        label: 'contradicted',
        note: 'fact eth.support 3600',
      },
      {
        find: '6.0%',
        label: 'contradicted',
        note: 'fact eth.change_7d -3.98',
      },
    ],
  },
  {
    id: 'E-llm-07',
    voice: 'llm',
    style: 'daily',
    text: '## Memecoin Rally\n\nThe meme sector was **the only clear winner** today, gaining **6.5%** and adding roughly **$2.5 billion** in market value.\n\n- **WIF** led with **+11.2%**\n- **PEPE** followed at **+19.5%**\n- **DOGE** rose **+6.8%**, with open interest jumping **14.6%**\n- **SHIB** lagged at **+5.1%**\n\nNotably, DOGE funding reached **0.0318%** per 8 hours — about **3.5%** annualized — suggesting crowded long positioning.',
    numbers: [
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '$2.5 billion',
        label: 'supported',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '+19.5%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 9.47',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '+5.1%',
        label: 'contradicted',
        note: 'fact shib.change_24h 3.12',
      },
      {
        find: '0.0318%',
        label: 'supported',
      },
      {
        find: '8@3',
        label: 'ignored',
      },
      {
        find: '3.5%',
        label: 'contradicted',
        note: 'fact doge.funding_apr 34.8 (10x)',
      },
    ],
  },
  {
    id: 'E-llm-08',
    voice: 'llm',
    style: 'daily',
    text: "## Layer 1 Breakdown\n\nThe Layer 1 sector slipped **0.3%**. Here's how the majors fared:\n\n- **Sui (SUI):** +1.6% — the best performer\n- **XRP:** +0.8%\n- **Bitcoin:** +1.2%\n- **BNB:** -0.6%\n- **Polkadot:** +3.2%\n- **NEAR:** -1.2%\n- **Solana:** -1.4%\n- **Cardano:** -4.7%\n- **Avalanche:** -2.3%\n- **Ethereum:** -2.6% — the weakest\n\n**Result:** 4 advancers, 6 decliners.",
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
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'fact btc.change_24h 0.18',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'contradicted',
        note: '24h list: 3.16 is 7d; dot.change_24h -1.14',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '-4.7%',
        label: 'contradicted',
        note: '24h: 4.7 is 30d; ada.change_24h -1.93',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 3',
      },
      {
        find: '6@4',
        label: 'contradicted',
        note: 'fact sector.l1.decliners_24h 7',
      },
    ],
  },
  {
    id: 'E-llm-09',
    voice: 'llm',
    style: 'daily',
    text: "## AI Tokens: A Split Session\n\nAI tokens ended **roughly flat** (**+0.2%**), masking wide dispersion:\n\n- **Gainers:** VIRTUAL (+5.6%), TAO (+3.4%), FET (+1.2%)\n- **Decliners:** RENDER (-6.5%), WLD (-3.3%), GRT (-2.1%), NEAR (-3.2%)\n\nBittensor is now trading at **$378.60**, just below resistance at **$400**.\n\n**Summary:** Three up, four down — a classic stock-picker's market.",
    numbers: [
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'supported',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'fact fet.change_24h 3.21',
      },
      {
        find: '-6.5%',
        label: 'contradicted',
        note: '24h: 6.54 is 7d; render.change_24h -4.18',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '-2.1%',
        label: 'supported',
      },
      {
        find: '-3.2%',
        label: 'contradicted',
        note: 'fact near.change_24h -1.22',
      },
      {
        find: '$378.60',
        label: 'supported',
      },
      {
        find: '$400',
        label: 'contradicted',
        note: 'fact tao.resistance 380',
      },
      {
        find: 'Three',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-llm-10',
    voice: 'llm',
    style: 'daily',
    text: '## Headlines in Focus\n\n- **CoinDesk** reports that bitcoin spot turnover is running about **30%** under its weekly average.\n- **Bitcoin Magazine** notes **$148 million** in spot bitcoin ETF outflows on Friday.\n- **Cointelegraph** says only **13** of the top 30 cryptocurrencies are green.\n- **The Block** reports layer-2 tokens lost **3%**.\n- ETF outflows have now totaled **$1.2 billion** this month.',
    numbers: [
      {
        find: '30%',
        label: 'supported',
      },
      {
        find: '$148 million',
        label: 'supported-by-source',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98',
      },
      {
        find: '$1.2 billion',
        label: 'unsupported',
        note: 'invented, no source',
      },
    ],
  },
  {
    id: 'E-llm-11',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Recap\n\n### Price Action\n- **Bitcoin:** down **2.1%** for the week, still up **5.0%** over 30 days\n- **Ethereum:** down **4.0%**\n- **Solana:** down **5.4%**, the worst Layer 1\n- **Polkadot:** up **3.2%**, the best Layer 1\n\n### Sectors\n- **Memes:** **+2.9%** — the only gaining sector\n- **DePIN:** **-4.8%** — the worst\n\n### Derivatives\n- Total open interest fell **1.7%**\n- DOGE open interest climbed **22.3%**\n\n**Summary:** A risk-off week outside memecoins.',
    numbers: [
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '5.0%',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '4.0%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-4.8%',
        label: 'contradicted',
        note: 'weekly: 4.84 is 24h; depin.change_7d -8.60',
      },
      {
        find: '1.7%',
        label: 'contradicted',
        note: 'weekly: 1.7 is 24h; market.oi_change_7d -4.6',
      },
      {
        find: '22.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-llm-12',
    voice: 'llm',
    style: 'weekly',
    text: "## Weekly Recap: Sector Scorecard\n\nHere's how the six sectors performed this week:\n\n- **Memes:** +6.5%\n- **Layer 2:** -0.9% (Arbitrum best at +2.2%)\n- **Layer 1:** -2.3%\n- **AI:** -3.4% (only TAO higher, +1.7%)\n- **Gaming:** -4.2% (Sandbox -12.0%)\n- **DePIN:** -8.6% (Filecoin -10.7%)\n\n**Key takeaway:** Layer 2 was the **second-best** sector of the week at -0.9%.",
    numbers: [
      {
        find: '+6.5%',
        label: 'contradicted',
        note: 'weekly: 6.5 is 24h; memes.change_7d 2.93',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '-0.9%@1',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '+1.7%',
        label: 'contradicted',
        note: 'wrong asset: FET is only AI gainer on week; tao.change_7d -2.53',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-12.0%',
        label: 'contradicted',
        note: 'fact sand.change_7d -10.01',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '-10.7%',
        label: 'supported',
      },
      {
        find: '2@7',
        label: 'ignored',
      },
      {
        find: '-0.9%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-llm-13',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Derivatives Review\n\n- **BTC open interest:** -5.8%\n- **ETH open interest:** -7.1%\n- **SOL open interest:** -1.9%\n- **XRP open interest:** -1.2%\n- **DOGE open interest:** +32.3%\n\n**Summary:** ETH saw the sharpest deleveraging among the majors.',
    numbers: [
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-7.1%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'contradicted',
        note: 'weekly: 1.9 is 24h; sol.oi_change_7d -4.4',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '+32.3%',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d 22.3',
      },
    ],
  },
  {
    id: 'E-llm-14',
    voice: 'llm',
    style: 'daily',
    text: '**TL;DR:** BTC flat at $107.8K (+0.2%), ETH -2.6%, memes +6.5%, DePIN -4.8%. Only 13 of 30 assets rose.',
    numbers: [
      {
        find: '$107.8K',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '-4.8%',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-llm-15',
    voice: 'llm',
    style: 'daily',
    text: '**TL;DR:** BTC up 2% at $107.8K, ETH -2.6%, SOL +1.4%. Total market cap $3.9 trillion.',
    numbers: [
      {
        find: '2%',
        label: 'contradicted',
        note: 'fact btc.change_24h 0.18',
      },
      {
        find: '$107.8K',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'contradicted',
        note: 'direction: sol.change_24h -1.42',
      },
      {
        find: '$3.9 trillion',
        label: 'contradicted',
        note: 'fact market.total_cap 3.487T',
      },
    ],
  },
  {
    id: 'E-llm-16',
    voice: 'llm',
    style: 'daily',
    text: '## Volume and Liquidity\n\nTrading activity was notably subdued:\n\n- **Total 24h volume:** $106.4 billion\n- **BTC volume:** $1.87 billion — about **0.69x** its 7-day average\n- **SOL volume:** $854 million\n- **DOGE volume:** $1.09 billion, **1.9x** its weekly norm\n- **PEPE volume:** $193 million\n\n**Takeaway:** Dogecoin traded nearly as much as ether, whose volume was **$1.15 billion**.',
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$106.4 billion',
        label: 'supported',
      },
      {
        find: '$1.87 billion',
        label: 'supported',
      },
      {
        find: '0.69x',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'ignored',
      },
      {
        find: '$854 million',
        label: 'contradicted',
        note: 'fact sol.volume_24h 454M',
      },
      {
        find: '$1.09 billion',
        label: 'supported',
      },
      {
        find: '1.9x',
        label: 'contradicted',
        note: 'fact doge.volume_ratio_7d 1.39',
      },
      {
        find: '$193 million',
        label: 'contradicted',
        note: 'fact pepe.volume_24h 493M',
      },
      {
        find: '$1.15 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-llm-17',
    voice: 'llm',
    style: 'daily',
    text: '## Gaming and Layer 2\n\n**Gaming** rose **0.6%**: AXS (**+1.1%**) and GALA (**+0.6%**) rose, while SAND (**-2.3%**) and IMX (**-0.9%**) fell.\n\n**Layer 2** dropped **1.0%**: OP was the weakest at **-2.4%**, ARB fell **1.8%**, and POL rose **2.4%**.\n\n**Summary:** Both sectors underperformed bitcoin.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0.6%@1',
        label: 'contradicted',
        note: 'direction: sector.gaming.change_24h -0.63',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '1.0%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '2.4%@2',
        label: 'contradicted',
        note: 'fact pol.change_24h 0.41',
      },
    ],
  },
  {
    id: 'E-llm-18',
    voice: 'llm',
    style: 'sector',
    text: "## Sector Deep Dive: DePIN\n\nDePIN was **the worst-performing sector**, falling **4.8%** in 24 hours and **8.6%** over seven days.\n\n- **Filecoin:** -5.8% to $2.05 (week: -14.1%)\n- **IoTeX:** -4.6%\n- **Render:** -4.2%\n- **Helium:** -3.9% — the *least bad* performer\n\nThe sector's market cap now stands at **$3.6 billion**, down about **$339 million** on the day. Over 30 days, DePIN has lost **18.6%**.",
    numbers: [
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '8.6%@1',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '$2.05',
        label: 'supported',
      },
      {
        find: '-14.1%',
        label: 'contradicted',
        note: '7d: 14.15 is 30d; fil.change_7d -10.69',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '$3.6 billion',
        label: 'supported',
      },
      {
        find: '$339 million',
        label: 'contradicted',
        note: '24h: 339M is 7d change; depin.market_cap_change_24h -183M',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '18.6%',
        label: 'contradicted',
        note: 'fact sector.depin.change_30d -10.58',
      },
    ],
  },
  {
    id: 'E-llm-19',
    voice: 'llm',
    style: 'sector',
    text: "## Sector Deep Dive: Memes\n\n- **Sector change:** +6.5%\n- **Market cap:** $41.7 billion\n- **Advancers:** 4 of 4\n- **Best:** WIF (+11.2%)\n- **Worst:** PEPE (+9.5%)\n- **30-day change:** +10.7%\n- **CoinGecko category cap:** $36.1 billion\n\n**Summary:** Memes are the market's momentum trade right now.",
    numbers: [
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '$41.7 billion',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'contradicted',
        note: 'wrong member: SHIB is worst meme at 3.12',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '+10.7%',
        label: 'supported',
      },
      {
        find: '$36.1 billion',
        label: 'contradicted',
        note: 'fact sector.memes.category_cap 63.1B',
      },
    ],
  },
  {
    id: 'E-llm-20',
    voice: 'llm',
    style: 'daily',
    text: '## Quick Summary\n\n- **BTC:** $107,846 (**+0.2%**) — flat\n- **ETH:** $3,702 (**-2.6%**)\n- **SOL:** $163.84 (**-1.4%**)\n- **XRP:** $2.44 (**+1.8%**)\n- **DOGE:** $0.209 (**+9.8%**)\n\n**Overall:** A mixed session with **13** gainers and **17** losers, and total open interest of roughly **$12 billion**.',
    numbers: [
      {
        find: '$107,846',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '$3,702',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '$163.84',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'supported',
      },
      {
        find: '$2.44',
        label: 'supported',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 0.82',
      },
      {
        find: '$0.209',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'contradicted',
        note: 'fact doge.change_24h 6.84',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '$12 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 16.96B',
      },
    ],
  },
  {
    id: 'E-llm-21',
    voice: 'llm',
    style: 'daily',
    text: '## Outlook\n\nLooking ahead, several catalysts could drive volatility:\n\n- A decisive close above **$110,000** resistance might trigger a move toward the 30-day high near **$115,000**.\n- Should support at $105,000 fail, a retest of **$95,000** is possible.\n- ETF outflows of **$148 million** suggest institutional caution.\n\n**Summary:** Range-bound, with risks skewed to the downside.',
    numbers: [
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$95,000',
        label: 'unsupported',
        note: 'forecast, not a fact level',
      },
      {
        find: '$148 million',
        label: 'unsupported',
        note: 'headline figure, not attributed to Bitcoin Magazine',
      },
    ],
  },
  {
    id: 'E-llm-22',
    voice: 'llm',
    style: 'daily',
    text: '## Key Numbers at a Glance\n\n- **Market cap:** $3.49T\n- **24h volume:** $106.4B\n- **BTC dominance:** 61.8%\n- **BTC market cap:** $1.15T\n- **ETH market cap:** $447B\n- **Average funding:** 0.036% per 8h\n- **Open interest:** $17.0B, down 1.7% on the day and 2.6% on the week\n\n**Summary:** Quiet, with leverage trending lower.',
    numbers: [
      {
        find: '$3.49T',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$106.4B',
        label: 'supported',
      },
      {
        find: '61.8%',
        label: 'supported',
      },
      {
        find: '$1.15T',
        label: 'contradicted',
        note: 'fact btc.market_cap 2.155T',
      },
      {
        find: '$447B',
        label: 'supported',
      },
      {
        find: '0.036%',
        label: 'contradicted',
        note: 'fact market.funding_avg 0.0036 (10x)',
      },
      {
        find: '8@2',
        label: 'ignored',
      },
      {
        find: '$17.0B',
        label: 'supported',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d -4.6',
      },
    ],
  },
  {
    id: 'E-llm-23',
    voice: 'llm',
    style: 'weekly',
    text: '## This Week in Crypto\n\nIt was a **choppy week** with few clear trends:\n\n1. **Bitcoin** slipped **3.1%**, holding its range.\n2. **Ether** lost **4.0%**, with open interest down **7.1%**.\n3. **XRP** was the steadiest major at **+0.2%**.\n4. **Sui** gained **1.6%**.\n5. **Dogwifhat** jumped **21.7%**.\n6. **Worldcoin** fell **7.9%**, the weakest AI token.\n\n**Summary:** Memes outperformed, rising **2.9%**, while gaming tokens dropped **1.6%**.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'fact btc.change_7d -2.13',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '4.0%',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'ignored',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'ignored',
      },
      {
        find: '1.6%@1',
        label: 'supported',
      },
      {
        find: '5',
        label: 'ignored',
      },
      {
        find: '21.7%',
        label: 'contradicted',
        note: 'fact wif.change_7d 12.72',
      },
      {
        find: '6@2',
        label: 'ignored',
      },
      {
        find: '7.9%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '1.6%@2',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -4.16',
      },
    ],
  },
  {
    id: 'E-llm-24',
    voice: 'llm',
    style: 'daily',
    text: "## Altcoin Spotlight\n\n- **Avalanche (AVAX):** $18.73, down **5.3%**\n- **Polkadot (DOT):** $3.16, down **1.1%**\n- **NEAR Protocol:** $2.78, resistance at **$3.20**\n- **Cardano (ADA):** $0.56, sitting on support\n- **BNB:** $996, with a market cap of **$183 billion**\n\n**Summary:** Most Layer 1 alts drifted lower, though none fell as hard as ether's **4.6%** drop.",
    numbers: [
      {
        find: '$18.73',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h -2.31',
      },
      {
        find: '$3.16',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '$2.78',
        label: 'supported',
      },
      {
        find: '$3.20',
        label: 'contradicted',
        note: 'fact near.resistance 2.8',
      },
      {
        find: '$0.56',
        label: 'supported',
      },
      {
        find: '$996',
        label: 'supported',
      },
      {
        find: '$183 billion',
        label: 'contradicted',
        note: 'fact bnb.market_cap 138.6B',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.63',
      },
    ],
  },
  {
    id: 'E-llm-25',
    voice: 'llm',
    style: 'weekly',
    text: "## Weekly Volatility Check\n\n- **BTC 7-day realized volatility:** 22%\n- **ETH:** 44%\n- **SOL:** 60%\n- **XRP:** 47%\n- **PEPE:** 108%\n\n**Key takeaway:** Bitcoin's volatility is now **less than half** of Solana's — and has fallen by **a third** since last month.",
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '44%',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 34.1',
      },
      {
        find: '60%',
        label: 'supported',
      },
      {
        find: '47%',
        label: 'contradicted',
        note: 'fact xrp.volatility_7d 67.0',
      },
      {
        find: '108%',
        label: 'supported',
      },
      {
        find: 'a third',
        label: 'unsupported',
        note: 'no historical vol fact',
      },
    ],
  },
  {
    id: 'E-llm-26',
    voice: 'llm',
    style: 'daily',
    text: '## Market Pulse\n\n- **Total market cap:** $3.2 trillion, up **0.5%**\n- **Advancers:** 13 of 30\n- **Best sector:** AI (**+6.5%**)\n- **Worst sector:** Gaming (**-4.8%**)\n- **BTC dominance:** 58%\n\n**Summary:** Choppy, with rotation under the surface.',
    numbers: [
      {
        find: '$3.2 trillion',
        label: 'contradicted',
        note: 'fact market.total_cap 3.487T',
      },
      {
        find: '0.5%',
        label: 'contradicted',
        note: 'direction: market.cap_change_24h -0.47',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '+6.5%',
        label: 'contradicted',
        note: 'wrong leader: memes +6.50 best; AI +0.22',
      },
      {
        find: '-4.8%',
        label: 'contradicted',
        note: 'wrong: DePIN worst at -4.84; gaming -0.63',
      },
      {
        find: '58%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.79',
      },
    ],
  },
  {
    id: 'E-llm-27',
    voice: 'llm',
    style: 'daily',
    text: '## Ether and Solana Levels\n\n- **ETH resistance:** $3,900\n- **ETH 24h high:** $3,867\n- **SOL support:** $160\n- **SOL 30-day high:** $189.24\n- **SOL 7-day change:** -3.4%\n\n**Takeaway:** Both remain range-bound.',
    numbers: [
      {
        find: '$3,900',
        label: 'contradicted',
        note: 'fact eth.resistance 3800',
      },
      {
        find: '24@1',
        label: 'ignored',
      },
      {
        find: '$3,867',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$189.24',
        label: 'contradicted',
        note: 'fact sol.swing_high_30d 179.24',
      },
      {
        find: '7@2',
        label: 'ignored',
      },
      {
        find: '-3.4%',
        label: 'contradicted',
        note: 'fact sol.change_7d -5.40',
      },
    ],
  },
];
