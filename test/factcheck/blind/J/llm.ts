import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'J-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Daily Crypto Brief

**Bitcoin (BTC)** trades at **$93,846**, down **0.9%** on the day after an overnight flush took it as low as **$88,894**. The 24h high was **$96,850**. Over the week BTC is down **7.1%**, and the 30-day loss is **9.2%**.

**Ethereum (ETH)** dropped **2.6%** to **$3,162**, briefly trading below **$3,000** (24h low **$2,966**). It now sits under its 30-day swing low of **$3,916**.

### Key levels
- BTC: support **$90,000**, resistance **$95,000**
- ETH: support **$3,000**, resistance **$3,500**
- SOL: support **$145**, resistance **$140**

**Bottom line:** BTC held up far better than ETH, losing less than 1% against ETH's 2.6%. A push through resistance could open a run toward **$100,000**.`,
    numbers: [
      { find: '$93,846', label: 'supported' },
      { find: '0.9%', label: 'supported' },
      { find: '$88,894', label: 'supported' },
      { find: '24h@1', label: 'ignored' },
      { find: '$96,850', label: 'contradicted', note: 'fact btc.high_24h 94,845.74' },
      { find: '7.1%', label: 'contradicted', note: 'fact btc.change_7d -4.98' },
      { find: '30-day@1', label: 'ignored' },
      { find: '9.2%', label: 'supported' },
      { find: '2.6%@1', label: 'supported' },
      { find: '$3,162', label: 'supported' },
      { find: '$3,000@1', label: 'supported', note: 'eth.low_24h 2,966 is below 3,000' },
      { find: '24h@2', label: 'ignored' },
      { find: '$2,966', label: 'supported' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$3,916', label: 'contradicted', note: 'fact eth.swing_low_30d 3,196 (3,915 is the swing high)' },
      { find: '$90,000', label: 'supported' },
      { find: '$95,000', label: 'supported' },
      { find: '$3,000@2', label: 'supported' },
      { find: '$3,500', label: 'contradicted', note: 'fact eth.resistance 3,200' },
      { find: '$145', label: 'contradicted', note: 'support/resistance swapped: fact sol.support 140' },
      { find: '$140', label: 'contradicted', note: 'support/resistance swapped: fact sol.resistance 145' },
      { find: 'less than 1%', label: 'supported' },
      { find: '2.6%@2', label: 'supported' },
      { find: '$100,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-llm-02',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives: Leverage Washed Out

Funding turned negative across most of the majors:

- **BTC** funding: **-0.0087%** per 8h (about **-19.5%** annualized)
- **ETH** funding: **-0.0134%** per 8h
- **SOL** funding: **-0.0162%**, deeper than BTC and ETH
- **DOGE** funding: **-0.021%** per 8h, roughly **-2.3%** annualized
- **XRP** funding: **-0.0021%**, so shorts pay longs here too

Total open interest fell **11%** in 24 hours to **$14.4 billion**, and over seven days it is down **14.7%**. ETH open interest dropped **13.2%** to **$8.46B**, while BTC's fell **19.1%** to **$7.12B**. DOGE saw the steepest drop at **18.4%**.

**Takeaway:** shorts are paying longs on every major perp except XRP. The last time funding was this negative, BTC rallied **12%** in two weeks.`,
    numbers: [
      { find: '-0.0087%', label: 'supported' },
      { find: '8h@1', label: 'ignored' },
      { find: '-19.5%', label: 'contradicted', note: 'fact btc.funding_apr -9.53' },
      { find: '-0.0134%', label: 'supported' },
      { find: '8h@2', label: 'ignored' },
      { find: '-0.0162%', label: 'supported' },
      { find: '-0.021%', label: 'supported' },
      { find: '8h@3', label: 'ignored' },
      { find: '-2.3%', label: 'contradicted', note: '10x slip: fact doge.funding_apr -23.0' },
      { find: '-0.0021%', label: 'contradicted', note: 'sign flip: fact xrp.funding_rate +0.0021' },
      { find: '11%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$14.4 billion', label: 'supported' },
      { find: 'seven days', label: 'ignored' },
      { find: '14.7%', label: 'supported' },
      { find: '13.2%', label: 'supported' },
      { find: '$8.46B', label: 'contradicted', note: 'fact eth.open_interest 4.86B' },
      { find: '19.1%', label: 'contradicted', note: 'fact btc.oi_change_24h -9.1' },
      { find: '$7.12B', label: 'supported' },
      { find: '18.4%', label: 'supported' },
      { find: '12%', label: 'unsupported', note: 'history' },
      { find: 'two weeks', label: 'ignored' },
    ],
  },
  {
    id: 'J-llm-03',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Scorecard

**Gaming** was the only sector in the green, up **1.2%**, led by **Axie Infinity (+4.1%)**. The Sandbox added **2.9%** and Gala **1.2%**, while Immutable slipped **1.0%**. The group's market cap grew by about **$26 million**.

**DePIN** was the worst sector, sliding **6.8%**. Filecoin dropped **10.9%** to **$1.73**, and Helium lost **3.9%**, the best showing in the group. DePIN's market cap shed about **$420 million**.

**Memes** fell **3.4%**: dogwifhat sank **6.1%**, Pepe **8.4%**, Dogecoin **4.5%**, and Shiba Inu held up best at **-2.8%**.

**AI tokens** declined **3.3%**, with Bittensor the lone gainer at **+1.1%** and Worldcoin the laggard at **-6.8%**. CoinGecko puts the AI category at **$25.1 billion**.

**Layer 1s** lost **2.2%** and **Layer 2s** **2.6%**.

**Summary:** only gaming finished higher, and it has now outperformed the broad market by **2.8 points**.`,
    numbers: [
      { find: '1.2%@1', label: 'supported' },
      { find: '+4.1%', label: 'supported' },
      { find: '2.9%', label: 'contradicted', note: 'fact sand.change_24h +1.90' },
      { find: '1.2%@2', label: 'supported' },
      { find: '1.0%', label: 'contradicted', note: 'fact imx.change_24h -0.12' },
      { find: '$26 million', label: 'supported' },
      { find: '6.8%@1', label: 'supported' },
      { find: '10.9%', label: 'supported' },
      { find: '$1.73', label: 'supported' },
      { find: '3.9%', label: 'supported' },
      { find: '$420 million', label: 'contradicted', note: 'fact sector.depin.market_cap_change_24h -240.6M' },
      { find: '3.4%', label: 'contradicted', note: 'fact sector.memes.change_24h -4.29' },
      { find: '6.1%', label: 'supported' },
      { find: '8.4%', label: 'contradicted', note: 'fact pepe.change_24h -5.40' },
      { find: '4.5%', label: 'supported' },
      { find: '-2.8%', label: 'supported' },
      { find: '3.3%', label: 'supported' },
      { find: '+1.1%', label: 'supported' },
      { find: '6.8%@2', label: 'contradicted', note: 'wrong asset: laggard is VIRTUAL -6.83; wld.change_24h -4.41' },
      { find: '$25.1 billion', label: 'supported' },
      { find: 'Layer 1s', label: 'ignored' },
      { find: '2.2%', label: 'contradicted', note: 'fact sector.l1.change_24h -1.22' },
      { find: 'Layer 2s', label: 'ignored' },
      { find: '2.6%', label: 'supported' },
      { find: '2.8 points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
  {
    id: 'J-llm-04',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Wrap

It was a rough week. **Bitcoin** lost **5.0%**, **Ether** **9.6%**, and **Solana** **18.5%**. **BNB** was the most resilient major at **-3.0%**, while **Avalanche** was the weakest Layer 1, down **14.7%**.

### Sectors
- **Layer 1**: **-5.4%**, two gainers among its **10** members
- **Layer 2**: **-11.7%**, with OP worst at **-13.8%**
- **AI**: **-11.3%**, RENDER the best at **-8.3%**
- **DePIN**: **-21.2%**
- **Gaming**: **-6.7%**, although AXS rallied **4.1%**
- **Memes**: **-12.7%**, the worst sector of the week

### Derivatives
Open interest shrank **14.7%** over the week, with SOL down **15.3%**, ETH **17.8%** and DOGE **24.3%**. Spot bitcoin ETFs bled **$523 million** on Wednesday.

**Summary:** BTC down 5.0% on the week; altcoins took the heavier hits.`,
    numbers: [
      { find: '5.0%@1', label: 'supported' },
      { find: '9.6%', label: 'contradicted', note: 'fact eth.change_7d -6.93' },
      { find: '18.5%', label: 'contradicted', note: 'wrong window: 30d value; fact sol.change_7d -11.16' },
      { find: '-3.0%', label: 'supported' },
      { find: 'Layer 1@1', label: 'ignored' },
      { find: '14.7%@1', label: 'supported' },
      { find: 'Layer 1@2', label: 'ignored' },
      { find: '-5.4%', label: 'supported' },
      { find: 'two', label: 'contradicted', note: 'fact sector.l1.advancers_7d 0' },
      { find: '10', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '-11.7%', label: 'supported' },
      { find: '-13.8%', label: 'contradicted', note: 'wrong asset: worst is ARB -13.78; op.change_7d -10.94' },
      { find: '-11.3%', label: 'supported' },
      { find: '-8.3%', label: 'supported' },
      { find: '-21.2%', label: 'contradicted', note: 'fact sector.depin.change_7d -12.19' },
      { find: '-6.7%', label: 'supported' },
      { find: '4.1%', label: 'contradicted', note: 'wrong window: 24h value; fact axs.change_7d +9.04' },
      { find: '-12.7%', label: 'supported' },
      { find: '14.7%@2', label: 'supported' },
      { find: '15.3%', label: 'contradicted', note: 'wrong window: 24h value; fact sol.oi_change_7d -21.6' },
      { find: '17.8%', label: 'supported' },
      { find: '24.3%', label: 'supported' },
      { find: '$523 million', label: 'unsupported', note: 'Bitcoin Magazine headline figure, not attributed' },
      { find: '5.0%@2', label: 'supported' },
    ],
  },
  {
    id: 'J-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `## Market Overview

The total crypto market cap slipped **1.6%** to **$3.21 trillion**, while BTC dominance edged up to **48.4%**. 24-hour volume came in at **$217 billion**, and roughly **$52 billion** of value was wiped off the board.

**Breadth was poor:** only **6** of the **30** watchlist assets rose, with **24** declining.

**Winners**
- **AXS** +4.1%
- **SAND** +1.9%
- **TAO** +1.1%

**Losers**
- **FIL** -10.9%
- **VIRTUAL** -6.8%
- **PEPE** -8.1%

**Summary:** a broad risk-off day with bitcoin outperforming, down just 0.9% against ETH's 4.6% drop.`,
    numbers: [
      { find: '1.6%', label: 'supported' },
      { find: '$3.21 trillion', label: 'supported' },
      { find: '48.4%', label: 'contradicted', note: 'fact market.btc_dominance 58.35' },
      { find: '24-hour', label: 'ignored' },
      { find: '$217 billion', label: 'contradicted', note: 'fact market.volume_24h 271.4B' },
      {
        find: '$52 billion',
        label: 'unsupported',
        note: 'derived arithmetic; no USD cap-change fact for the total market',
      },
      { find: 'only **6**', label: 'supported' },
      { find: '**30**', label: 'supported' },
      { find: '24@2', label: 'supported' },
      { find: '+4.1%', label: 'supported' },
      { find: '+1.9%', label: 'supported' },
      { find: '+1.1%', label: 'supported' },
      { find: '-10.9%', label: 'supported' },
      { find: '-6.8%', label: 'supported' },
      { find: '-8.1%', label: 'contradicted', note: 'fact pepe.change_24h -5.40' },
      { find: '0.9%@2', label: 'supported' },
      { find: '4.6%', label: 'contradicted', note: 'fact eth.change_24h -2.63' },
    ],
  },
  {
    id: 'J-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## What the Headlines Say

- **Liquidations:** CryptoSlate reports **$1.14 billion** in liquidations, **87%** of them longs, citing CoinGlass.
- **ETFs:** spot bitcoin ETFs posted **$523 million** of net outflows, according to Bitcoin Magazine; ether funds lost **$214 million**, per CoinDesk.
- **Whale pain:** The Block says a **25x** ETH long lost **$48 million** on Hyperliquid.
- **Exchange trouble:** a derivatives venue froze withdrawals for **47 minutes**, CryptoSlate said.
- **Outlook:** Cointelegraph quotes analysts who see BTC back at **$105,000** by the end of December.
- **Open interest:** The Block says OI on the top perps collapsed **25%** in a day.

**Summary:** more than **310,000** traders were liquidated, the largest wipeout in months.`,
    numbers: [
      { find: '$1.14 billion', label: 'supported-by-source' },
      { find: '87%', label: 'supported-by-source' },
      { find: '$523 million', label: 'supported-by-source' },
      { find: '$214 million', label: 'supported-by-source' },
      { find: '25x', label: 'supported-by-source' },
      { find: '$48 million', label: 'supported-by-source' },
      { find: '47 minutes', label: 'ignored', note: 'duration' },
      {
        find: '$105,000',
        label: 'supported-by-source',
        note: 'debatable: a forecast, but attributed to the Cointelegraph headline that states it',
      },
      { find: '25%', label: 'contradicted', note: 'The Block headline, but fact market.oi_change_24h -11.04' },
      { find: '310,000', label: 'unsupported', note: 'CryptoSlate summary figure, not attributed in this sentence' },
    ],
  },
  {
    id: 'J-llm-07',
    voice: 'llm',
    style: 'daily',
    text: `## Bitcoin Deep Dive

**Price action:** BTC bounced to **$93,846** after tagging **$88,894**, a rebound of roughly **5.6%** off the low. The overnight wick took out the 30-day swing low at **$92,039**.

**Volume:** spot volume hit **$8.9 billion**, about **3.2x** the 7-day average.

**Volatility:** 7-day realized volatility jumped to **62%**, versus **38%** over 30 days.

**Market cap:** roughly **$1.87 trillion**, or **58.4%** of the total crypto market. That is still about **10%** below the 30-day high.

**Positioning:**
- Open interest: **$4.9 billion**, down **9.1%** on the day
- Funding: **+0.0087%** per 8h, so longs pay shorts

**Summary:** oversold, but the **$90,000** support held.`,
    numbers: [
      { find: '$93,846', label: 'supported' },
      { find: '$88,894', label: 'supported' },
      { find: '5.6%', label: 'unsupported', note: 'derived arithmetic (93,846 / 88,894)' },
      { find: '30-day@1', label: 'ignored' },
      { find: '$92,039', label: 'supported' },
      { find: '$8.9 billion', label: 'supported' },
      { find: '3.2x', label: 'contradicted', note: 'fact btc.volume_ratio_7d 2.27' },
      { find: '7-day@1', label: 'ignored' },
      { find: '7-day@2', label: 'ignored' },
      { find: '62%', label: 'supported' },
      { find: '38%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '$1.87 trillion', label: 'supported' },
      { find: '58.4%', label: 'supported' },
      { find: '10%', label: 'unsupported', note: 'distance to a level' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$4.9 billion', label: 'contradicted', note: 'wrong asset: ETH OI; fact btc.open_interest 7.12B' },
      { find: '9.1%', label: 'supported' },
      { find: '+0.0087%', label: 'contradicted', note: 'sign flip: fact btc.funding_rate -0.0087 (shorts pay longs)' },
      { find: '8h', label: 'ignored' },
      { find: '$90,000', label: 'supported' },
    ],
  },
  {
    id: 'J-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `## Majors Roundup

**Solana** fell **3.7%** to **$114.26**, testing support at **$140**; its 24h low was **$131.34**.
**XRP** bucked the trend with a gain of **0.18%** to **$2.15**, holding above **$2.10** support and eyeing a retest of **$2.40**.
**BNB** rose **0.1%** to **$917.60** and printed a 24h high of **$969.27**.
**Cardano** lost **8.4%** to **$0.5528**, **Avalanche** **4.6%** to **$19.54**, and **Polkadot** **4.2%** to **$2.78**.
**Near** was the weakest Layer 1, down **6.4%**.

- **Best L1:** XRP (+0.2%)
- **Worst L1:** SUI (-6.4%)

**Summary:** only **2** of **10** Layer 1 tokens finished higher.`,
    numbers: [
      { find: '3.7%', label: 'supported' },
      { find: '$114.26', label: 'contradicted', note: 'digit swap: fact sol.price 141.26' },
      { find: '$140', label: 'supported' },
      { find: '24h@1', label: 'ignored' },
      { find: '$131.34', label: 'supported' },
      { find: '0.18%', label: 'supported' },
      { find: '$2.15', label: 'supported' },
      { find: '$2.10', label: 'supported' },
      { find: '$2.40', label: 'unsupported', note: 'forecast' },
      { find: '0.1%', label: 'supported' },
      { find: '$917.60', label: 'supported' },
      { find: '24h@2', label: 'ignored' },
      { find: '$969.27', label: 'contradicted', note: 'fact bnb.high_24h 919.27' },
      { find: '8.4%', label: 'contradicted', note: 'fact ada.change_24h -4.80' },
      { find: '$0.5528', label: 'supported' },
      { find: '4.6%', label: 'supported' },
      { find: '$19.54', label: 'contradicted', note: 'fact avax.price 15.94' },
      { find: '4.2%', label: 'supported' },
      { find: '$2.78', label: 'supported' },
      { find: 'Layer 1@1', label: 'ignored' },
      { find: '6.4%@1', label: 'contradicted', note: 'wrong asset: weakest L1 is SUI -6.40; near.change_24h -5.07' },
      { find: 'L1@1', label: 'ignored' },
      { find: '+0.2%', label: 'supported' },
      { find: 'L1@2', label: 'ignored' },
      { find: '6.4%@2', label: 'supported' },
      { find: 'only **2**', label: 'supported' },
      { find: '10@2', label: 'supported', note: 'first 10 is inside $2.10' },
      { find: 'Layer 1@2', label: 'ignored' },
    ],
  },
  {
    id: 'J-llm-09',
    voice: 'llm',
    style: 'sector',
    text: `## AI & DePIN Focus

**AI tokens** fell **3.3%**, trimming the sector's watchlist market cap to **$13.6 billion**; CoinGecko's wider AI category stands at **$52.1 billion**.

- **Bittensor (TAO):** **+11.2%** to **$377.40**, right at its 24h high and near **$380** resistance
- **Fetch.ai (FET):** **-4.8%** to **$0.534**
- **Render:** **-4.1%** to **$2.85**
- **The Graph (GRT):** **-6.9%**
- **Worldcoin:** **-4.4%** to **$0.91**
- **Virtuals:** **-6.8%**, the worst in AI

**DePIN** dropped **6.8%**, its market cap falling to **$3.3 billion**. Filecoin slid **19.0%** on volume **2.5x** its weekly average; IoTeX fell **5.2%** and Helium **9.3%**.

**Summary:** one gainer in AI, none in DePIN. AI tokens are still up **40%** year to date.`,
    numbers: [
      { find: '3.3%', label: 'supported' },
      { find: '$13.6 billion', label: 'supported' },
      { find: '$52.1 billion', label: 'contradicted', note: 'fact sector.ai.category_cap 25.1B' },
      { find: '+11.2%', label: 'contradicted', note: '10x slip: fact tao.change_24h +1.12' },
      { find: '$377.40', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$380', label: 'supported' },
      { find: '-4.8%', label: 'supported' },
      { find: '$0.534', label: 'supported' },
      { find: '-4.1%', label: 'supported' },
      { find: '$2.85', label: 'supported' },
      { find: '-6.9%', label: 'contradicted', note: 'fact grt.change_24h -3.87' },
      { find: '-4.4%', label: 'supported' },
      { find: '$0.91', label: 'contradicted', note: 'fact wld.price 0.8127' },
      { find: '6.8%@1', label: 'supported' },
      { find: '6.8%@2', label: 'supported' },
      { find: '$3.3 billion', label: 'supported' },
      { find: '19.0%', label: 'contradicted', note: 'wrong window: 7d value; fact fil.change_24h -10.94' },
      { find: '2.5x', label: 'supported' },
      { find: '5.2%', label: 'supported' },
      { find: '9.3%', label: 'contradicted', note: 'fact hnt.change_24h -3.90' },
      { find: 'one gainer', label: 'supported' },
      { find: '40%', label: 'unsupported', note: 'history' },
    ],
  },
  {
    id: 'J-llm-10',
    voice: 'llm',
    style: 'weekly',
    text: `## Memecoins This Week

**Meme coins** lost **12.7%** over the week. **WIF** was the worst at **-16.7%**, **PEPE** dropped **25%**, **DOGE** **4.5%**, and **SHIB** held up best at **-2.8%**. Over 30 days WIF is down **25.6%**.

DOGE now trades at **$0.164**, down from **$0.19** a week ago. Its open interest is down **18.4%** and funding sits at **-0.021%** per 8h, or about **-23%** annualized.

**Summary:** memes were the weakest sector this week.`,
    numbers: [
      { find: '12.7%', label: 'supported' },
      { find: '-16.7%', label: 'supported' },
      { find: '25%', label: 'contradicted', note: 'fact pepe.change_7d -15.0' },
      { find: '4.5%', label: 'contradicted', note: 'wrong window: 24h value; fact doge.change_7d -13.63' },
      { find: '-2.8%', label: 'contradicted', note: 'wrong window: 24h value; fact shib.change_7d -7.15' },
      { find: '30 days', label: 'ignored' },
      { find: '25.6%', label: 'supported' },
      { find: '$0.164', label: 'supported' },
      { find: '$0.19', label: 'unsupported', note: 'derived past price, no fact' },
      { find: '18.4%', label: 'contradicted', note: 'wrong window: 24h value; fact doge.oi_change_7d -24.3' },
      { find: '-0.021%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-23%', label: 'supported' },
    ],
  },
  {
    id: 'J-llm-11',
    voice: 'llm',
    style: 'daily',
    text: `## Rollups and Gaming

**Layer 2s** slipped **2.6%**. Optimism was the worst at **-3.3%**, Arbitrum fell **13.8%** to **$0.279**, and Polygon dropped **3.2%** to **$0.186**. Immutable was nearly flat at **-0.1%**, the best L2.

**Gaming** bucked the trend, rising **2.1%**:
- **AXS** climbed **4.1%** to **$1.73**, on **3.3x** normal volume
- **SAND** gained **1.9%** to **$0.205**
- **GALA** rose **1.2%**

**Summary:** **3** of **4** gaming tokens rose, versus none of the **4** Layer 2s. AXS has now doubled since its September low.`,
    numbers: [
      { find: 'Layer 2s@1', label: 'ignored' },
      { find: '2.6%', label: 'supported' },
      { find: '-3.3%', label: 'supported' },
      { find: '13.8%', label: 'contradicted', note: 'wrong window: 7d value; fact arb.change_24h -2.94' },
      { find: '$0.279', label: 'supported' },
      { find: '3.2%', label: 'supported' },
      { find: '$0.186', label: 'contradicted', note: 'fact pol.price 0.1677' },
      { find: '-0.1%', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '2.1%', label: 'contradicted', note: 'fact sector.gaming.change_24h +1.16' },
      { find: '4.1%', label: 'supported' },
      { find: '$1.73', label: 'supported' },
      { find: '3.3x', label: 'contradicted', note: 'fact axs.volume_ratio_7d 2.27' },
      { find: '1.9%', label: 'supported' },
      { find: '$0.205', label: 'supported' },
      { find: '1.2%', label: 'supported' },
      { find: '**3**', label: 'supported' },
      { find: '**4**@1', label: 'supported' },
      { find: '**4**@2', label: 'supported' },
      { find: 'Layer 2s@2', label: 'ignored' },
      { find: 'doubled', label: 'unsupported', note: 'history' },
    ],
  },
];
