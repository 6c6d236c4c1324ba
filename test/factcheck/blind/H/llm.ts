import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'H-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Market Overview\n\nThe crypto market was **little changed** over the past day, with total capitalization easing 0.21% to **$3.46 trillion**. Bitcoin dominance edged up to **60.1%** as 14 of the 30 tracked assets advanced.\n\n## Bitcoin and Ether\n\n- **BTC** rose 0.3% to **$104,237**, printing a fresh 30-day high of $104,557. Resistance sits at $105,000, with support at $100,000.\n- **ETH** fell 0.8% to **$3,618**, holding just above support at $3,500.\n\n## Sectors\n\n- **Memecoins** led with a 2.4% gain; **PEPE** jumped 7.3%.\n- **AI tokens** were the weakest, down 2.3%, dragged by **VIRTUAL** (-4.1%).\n\n## Derivatives\n\nFunding stayed positive: BTC at 0.0142% per 8h and ETH at 0.0187%. Aggregate open interest climbed 3.6% to $17.6B.\n\n**Summary:** A quiet, low-volume grind higher for bitcoin, which could break **$110,000** if momentum holds.',
    numbers: [
      {
        find: '0.21%',
        label: 'supported',
      },
      {
        find: '$3.46 trillion',
        label: 'supported',
      },
      {
        find: '60.1%',
        label: 'supported',
      },
      {
        find: '14@1',
        label: 'contradicted',
        note: 'fact market.advancers_24h 16',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$104,237',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '$104,557',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$3,618',
        label: 'supported',
      },
      {
        find: '$3,500',
        label: 'contradicted',
        note: 'fact eth.support 3600',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '7.3%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 5.28',
      },
      {
        find: '2.3%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h -1.29',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '0.0142%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.0187%',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$17.6B',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'H-llm-02',
    voice: 'llm',
    style: 'sector',
    text: '## Sector Performance Breakdown\n\nHere is how the six tracked sectors performed over the last day:\n\n1. **Memes (+2.38%)**: the clear leader. All four members rose, led by PEPE at +5.28%; DOGE was the laggard at +2.08%.\n2. **DePIN (+0.65%)**: IoTeX carried the group with +3.12%, while Helium slipped 0.52%.\n3. **Layer 1 (+0.11%)**: an even split, five up and five down. SUI was best at +0.93%, NEAR worst at -1.87%.\n4. **Gaming (+0.50%)**: GALA led with +0.60%.\n5. **Layer 2 (-0.41%)**: OP was the only gainer at +0.44%.\n6. **AI (-1.29%)**: VIRTUAL fell 4.12%, and only three of the seven tokens rose.\n\n**Bottom line:** memecoins outperformed the weakest sector by about 3.7 percentage points.',
    numbers: [
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+2.38%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '+5.28%',
        label: 'supported',
      },
      {
        find: '+2.08%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '+0.65%',
        label: 'supported',
      },
      {
        find: '+3.12%',
        label: 'supported',
      },
      {
        find: '0.52%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+0.11%',
        label: 'supported',
      },
      {
        find: 'five@1',
        label: 'supported',
      },
      {
        find: 'five@2',
        label: 'supported',
      },
      {
        find: '+0.93%',
        label: 'contradicted',
        note: 'wrong leader: sector.l1.best_24h is AVAX +1.24',
      },
      {
        find: '-1.87%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'ignored',
      },
      {
        find: '+0.50%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 0.05 (10x)',
      },
      {
        find: '+0.60%',
        label: 'supported',
      },
      {
        find: '5@5',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-0.41%',
        label: 'supported',
      },
      {
        find: '+0.44%',
        label: 'contradicted',
        note: 'fact sector.l2.advancers_24h 2 (OP and IMX); the figure is right but "only gainer" is wrong',
      },
      {
        find: '6@3',
        label: 'ignored',
      },
      {
        find: '-1.29%',
        label: 'supported',
      },
      {
        find: '4.12%',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 2',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '3.7 percentage points',
        label: 'unsupported',
        note: 'derived spread between sectors',
      },
    ],
  },
  {
    id: 'H-llm-03',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Recap\n\n**Bitcoin** gained **3.7%** over the week to **$104,237**, while **Ether** added **0.8%**.\n\n### Highlights\n\n- **Shiba Inu** was the standout, rallying 10.8%.\n- **Avalanche** topped the layer-one group with 5.9%, ahead of **Cardano** (5.4%).\n- **NEAR** was the only layer-one in the red, down 2.5%.\n- **Virtuals Protocol** lost 4.4%, the worst showing among AI tokens.\n- **IoTeX** dropped 3.1%.\n\n### Derivatives\n\nTotal open interest rose **6.5%**, with ETH open interest up 4.6% and DOGE open interest up 2.7%. BTC open interest gained 6.2%.\n\n### Sectors\n\nMemecoins (+6.8%) beat every other group; AI was flat at +0.1%. The layer-one basket rose 5.6%.\n\n**Summary:** A broad, steady week with the rally led by memes rather than majors.',
    numbers: [
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$104,237',
        label: 'supported',
      },
      {
        find: '0.8%@1',
        label: 'contradicted',
        note: 'weekly: fact eth.change_7d 2.85 (0.8 is the 24h move, and it was down)',
      },
      {
        find: '10.8%',
        label: 'supported',
      },
      {
        find: '5.9%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'supported',
      },
      {
        find: '4.4%',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'weekly: fact iotx.change_7d -3.98; +3.12 is its 24h gain',
      },
      {
        find: '6.5%',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'weekly: fact eth.oi_change_7d 7.9; 4.6 is 24h',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: 'weekly: fact doge.oi_change_7d 9.6; 2.7 is 24h',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '+0.1%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'fact sector.l1.change_7d 3.56',
      },
    ],
  },
  {
    id: 'H-llm-04',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Deep Dive\n\n### Funding rates\n\n- **BTC:** 0.0142% every eight hours, roughly **15.5% annualized**.\n- **ETH:** 0.0187%, the richest of the large contracts, about 20.5% a year.\n- **SOL:** 0.0163% (17.8% annualized).\n- **XRP:** 0.0118% — here **shorts are paying longs**, a sign of bearish positioning.\n- **DOGE:** 0.0109% per 4 hours, or close to 24% a year.\n\n### Open interest\n\nOpen interest across the five perps rose 3.6% to **$17.55 billion**. Bitcoin accounts for $9.84 billion of that (up 3.8%), ether $5.27 billion (up 4.6%), and solana $1.46 billion (up 1.3%). XRP open interest **fell** 1.4% to $1.7 billion.\n\n**Summary:** leverage is building while spot volume is thin, with the OI-weighted average funding rate at 0.0195%.',
    numbers: [
      {
        find: '0.0142%',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '15.5%',
        label: 'supported',
      },
      {
        find: '0.0187%',
        label: 'supported',
      },
      {
        find: '20.5%',
        label: 'supported',
      },
      {
        find: '0.0163%',
        label: 'supported',
      },
      {
        find: '17.8%',
        label: 'supported',
      },
      {
        find: '0.0118%',
        label: 'contradicted',
        note: 'payer wrong: positive funding means longs pay shorts; figure itself matches xrp.funding_rate; debatable',
      },
      {
        find: '0.0109%',
        label: 'supported',
      },
      {
        find: '4 hours',
        label: 'ignored',
      },
      {
        find: '24%',
        label: 'supported',
      },
      {
        find: 'five',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$17.55 billion',
        label: 'supported',
      },
      {
        find: '$9.84 billion',
        label: 'contradicted',
        note: 'fact btc.open_interest 8.94B',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$5.27 billion',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$1.46 billion',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h 3.1',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$1.7 billion',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.07B',
      },
      {
        find: '0.0195%',
        label: 'contradicted',
        note: 'fact market.funding_avg 0.0159',
      },
    ],
  },
  {
    id: 'H-llm-05',
    voice: 'llm',
    style: 'daily',
    text: '## Altcoin Spotlight\n\n**Solana (SOL)** slipped 0.5% to **$167.24**, trading inside its $160–$170 support/resistance band. The session range was $164.99 to $168.08.\n\n**XRP** added 0.6% to $2.41, sitting right on support at $2.40; resistance is $2.60.\n\n**BNB** rose 0.2% to **$1,004.70** and briefly reached $1,021.29, a 30-day high.\n\n**Cardano (ADA)** gained 1.4% to $0.576.\n\n**Avalanche (AVAX)** was the strongest large-cap network, up 1.2% to $21.9.\n\n**Polkadot (DOT)** fell 0.7% to $3.24, but remains well above its 30-day low of $2.16.\n\n**Sui** rose 0.9% to $2.56 and is now the best layer-one over 30 days, up 3.4%.\n\n> **Key takeaway:** AVAX led, NEAR (-1.9%) lagged, and SOL has room to run toward $200.',
    numbers: [
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '$167.24',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'supported',
      },
      {
        find: '$164.99',
        label: 'supported',
      },
      {
        find: '$168.08',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$2.41',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.60',
        label: 'contradicted',
        note: 'fact xrp.resistance 2.5',
      },
      {
        find: '0.2%',
        label: 'supported',
      },
      {
        find: '$1,004.70',
        label: 'supported',
      },
      {
        find: '$1,021.29',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '1.4%',
        label: 'contradicted',
        note: 'sign: fact ada.change_24h -1.36',
      },
      {
        find: '$0.576',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '$21.9',
        label: 'contradicted',
        note: 'fact avax.price 19.12',
      },
      {
        find: '0.7%',
        label: 'supported',
      },
      {
        find: '$3.24',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '$2.16',
        label: 'contradicted',
        note: 'fact dot.swing_low_30d 3.1632',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '$2.56',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '$200',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'H-llm-06',
    voice: 'llm',
    style: 'daily',
    text: '## What the Headlines Say\n\n- **CoinDesk** reported bitcoin rising about 0.3% to roughly $104,200, with spot volume well below its seven-day average.\n- According to **CoinShares**, via CoinDesk, crypto funds drew $318 million in weekly inflows.\n- **Cointelegraph** wrote that Bitcoin broke $110K.\n- **The Block** said total market cap rose 1.5% to $3.52 trillion.\n- **Decrypt** reported Solana up 2% at $171.\n- **Bitcoin Magazine** noted spot bitcoin ETFs added $274 million for a third straight day.\n- Liquidations reached $96 million in a calm session.\n- **CryptoSlate** cited analysts who see ether at $4,500 by year-end.\n- Render said it added 12,000 GPUs last month.\n\n**Summary:** several headline figures do not match the on-chain and exchange data.',
    numbers: [
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '$104,200',
        label: 'supported',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: '$318 million',
        label: 'supported-by-source',
      },
      {
        find: '$110K',
        label: 'contradicted',
        note: 'fact btc.price 104236.8 contradicts the headline',
      },
      {
        find: '1.5%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -0.21',
      },
      {
        find: '$3.52 trillion',
        label: 'contradicted',
        note: 'fact market.total_cap 3.462T',
      },
      {
        find: '2%',
        label: 'contradicted',
        note: 'fact sol.change_24h -0.47',
      },
      {
        find: '$171',
        label: 'contradicted',
        note: 'fact sol.price 167.24',
      },
      {
        find: '$274 million',
        label: 'supported-by-source',
      },
      {
        find: 'third',
        label: 'supported-by-source',
      },
      {
        find: '$96 million',
        label: 'unsupported',
        note: 'The Block figure, not attributed',
      },
      {
        find: '$4,500',
        label: 'supported-by-source',
        note: 'forecast, but attributed to CryptoSlate whose headline states it; debatable',
      },
      {
        find: '12,000',
        label: 'unsupported',
        note: 'Decrypt figure attributed to Render, not the outlet; debatable',
      },
    ],
  },
  {
    id: 'H-llm-07',
    voice: 'llm',
    style: 'daily',
    text: "## Volatility and Volume\n\n**Realized volatility (7-day, annualized)**\n\n- BTC: **12.7%**, the calmest of the majors\n- ETH: **22.0%**\n- SOL: **15.6%**\n- PEPE: **121.9%**, the most volatile name on the watchlist\n- IOTX: **131.2%**\n\n**Volume**\n\nBitcoin traded **$1.65 billion** on spot, only **0.63x** its weekly average. Ether turned over $966 million (0.65x), and Dogecoin $483 million at 0.27x. Across the market, volume reached **$98.4 billion**.\n\nBitcoin's 30-day volatility of 25.5% shows the market has calmed markedly.\n\n**Summary:** the quietest tape in weeks, with every major trading below its 7-day average.",
    numbers: [
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '12.7%',
        label: 'supported',
      },
      {
        find: '22.0%',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'contradicted',
        note: 'fact sol.volatility_7d 50.6',
      },
      {
        find: '121.9%',
        label: 'supported',
      },
      {
        find: '131.2%',
        label: 'contradicted',
        note: 'fact iotx.volatility_7d 113.2',
      },
      {
        find: '$1.65 billion',
        label: 'supported',
      },
      {
        find: '0.63x',
        label: 'supported',
      },
      {
        find: '$966 million',
        label: 'supported',
      },
      {
        find: '0.65x',
        label: 'supported',
      },
      {
        find: '$483 million',
        label: 'supported',
      },
      {
        find: '0.27x',
        label: 'contradicted',
        note: 'fact doge.volume_ratio_7d 0.72',
      },
      {
        find: '$98.4 billion',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '25.5%',
        label: 'contradicted',
        note: 'fact btc.volatility_30d 15.5',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'H-llm-08',
    voice: 'llm',
    style: 'daily',
    text: '## Key Takeaways\n\n- **Bitcoin** is up 0.31% at **$104,237**, about 0.7% shy of $105,000 resistance.\n- **Ether** rose 0.82% to **$3,618**.\n- **Breadth:** 16 gainers versus 14 decliners.\n- **Best performer:** PEPE, +5.3%.\n- **Worst performer:** VIRTUAL, -4.1%.\n- **Bitcoin market cap:** $2.08 trillion.\n- **Ether market cap:** $468 billion.\n- **Total volume:** $98 billion.\n- **Memecoin sector cap:** $407 billion.\n\n**Summary:** Bitcoin is grinding upward while altcoins stall.',
    numbers: [
      {
        find: '0.31%',
        label: 'supported',
      },
      {
        find: '$104,237',
        label: 'supported',
      },
      {
        find: '0.7%',
        label: 'unsupported',
        note: 'distance to resistance, derived',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '0.82%',
        label: 'contradicted',
        note: 'sign: fact eth.change_24h -0.82',
      },
      {
        find: '$3,618',
        label: 'supported',
      },
      {
        find: '16',
        label: 'supported',
      },
      {
        find: '14',
        label: 'supported',
      },
      {
        find: '+5.3%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '$2.08 trillion',
        label: 'supported',
      },
      {
        find: '$468 billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 436.8B',
      },
      {
        find: '$98 billion',
        label: 'supported',
      },
      {
        find: '$407 billion',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap 40.7B (10x)',
      },
    ],
  },
  {
    id: 'H-llm-09',
    voice: 'llm',
    style: 'sector',
    text: "## DePIN and Gaming Update\n\n### DePIN\n\nThe **DePIN** basket rose **0.65%**, with three of four names higher.\n\n- **IoTeX (IOTX):** +3.1% to $0.0229, the best in the group\n- **Render (RENDER):** +1.1% to $2.58\n- **Filecoin (FIL):** +0.3% to $2.12\n- **Helium (HNT):** -0.5% to $3.94\n\nThe group's watchlist value is **$3.72 billion**, up about $240 million on the day.\n\n### Gaming\n\n**Gaming** tokens ended **+0.05%**.\n\n- **Gala (GALA):** +0.6%, best in the group\n- **Immutable (IMX):** +0.2%\n- **Axie Infinity (AXS):** -4.1%\n- **The Sandbox (SAND):** +0.6%, the weakest\n\nOver 30 days, none of the four gaming tokens is positive, and the basket is down 5.2%.\n\n**Summary:** infrastructure tokens edged up while gaming went nowhere; DePIN could reclaim **$4 billion** in value soon.",
    numbers: [
      {
        find: '0.65%',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: 'four@1',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '$0.0229',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '$2.58',
        label: 'contradicted',
        note: 'fact render.price 2.847',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '$2.12',
        label: 'supported',
      },
      {
        find: '-0.5%',
        label: 'supported',
      },
      {
        find: '$3.94',
        label: 'contradicted',
        note: 'fact hnt.price 2.936',
      },
      {
        find: '$3.72 billion',
        label: 'supported',
      },
      {
        find: '$240 million',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap_change_24h 24.0M (10x)',
      },
      {
        find: '+0.05%',
        label: 'supported',
      },
      {
        find: '+0.6%@1',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'contradicted',
        note: 'fact axs.change_24h -0.41 (10x)',
      },
      {
        find: '+0.6%@2',
        label: 'contradicted',
        note: 'sign: fact sand.change_24h -0.62',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: 'four@2',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '$4 billion',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'H-llm-10',
    voice: 'llm',
    style: 'daily',
    text: '## Morning Brief\n\nMarkets opened the day **mixed**. Bitcoin and XRP gained 0.3% and 0.6% respectively, while ether and solana lost 0.8% and 1.5%.\n\n### Large caps\n\n- **BNB** sits at **$1,005**, just above the $1,000 mark.\n- **Dogecoin** climbed 2.1% to about 20 cents, pushing its market value to $30.5 billion.\n- **Cardano** fell 1.4%, the biggest loss among the ten largest networks besides NEAR (-1.9%).\n\n### Memes\n\nMeme tokens rose **2.4%** as a group. Dogwifhat gained about 3.9%, and Shiba Inu rose 4.4%.\n\n### Outlook\n\nWith funding positive across the board and open interest up 6.5% in a day, the setup looks crowded.\n\n**Summary:** Bitcoin dominance of 60% shows majors holding up better than most alts.',
    numbers: [
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'contradicted',
        note: 'fact sol.change_24h -0.47',
      },
      {
        find: '$1,005',
        label: 'supported',
      },
      {
        find: '$1,000',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '20 cents',
        label: 'supported',
      },
      {
        find: '$30.5 billion',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: 'ten',
        label: 'ignored',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '4.4%',
        label: 'contradicted',
        note: 'fact shib.change_24h 2.36',
      },
      {
        find: '6.5%',
        label: 'contradicted',
        note: 'daily: fact market.oi_change_24h 3.6; 6.46 is 7d',
      },
      {
        find: '60%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'H-llm-11',
    voice: 'llm',
    style: 'weekly',
    text: '## This Week in AI Tokens\n\n**Headline numbers**\n\n- Sector change: **+0.09%**\n- Best: **TAO**, +4.3%\n- Worst: **VIRTUAL**, -4.4%\n- Gainers / decliners: 3 / 4\n\n**Individual moves**\n\n- **Render** added 3.7%.\n- **FET** slipped 0.6%.\n- **Worldcoin** gained 2.6%.\n- **The Graph** was roughly flat, up 0.3%.\n- **NEAR**, which also sits in the AI basket, fell 6.3%.\n\n**Context:** Bittensor still trades below $400 resistance at $392.70, with support at $350. Over the month it is the only AI token in the green, up 1.4%.\n\n**Summary:** a flat week for AI with dispersion: TAO up, VIRTUAL down by roughly a tenth.',
    numbers: [
      {
        find: '+0.09%',
        label: 'supported',
      },
      {
        find: '+4.3%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'sign: fact wld.change_7d -2.64',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'contradicted',
        note: 'weekly: fact near.change_7d -2.49; 6.33 is 30d',
      },
      {
        find: '$400',
        label: 'supported',
      },
      {
        find: '$392.70',
        label: 'supported',
      },
      {
        find: '$350',
        label: 'contradicted',
        note: 'fact tao.support 380',
      },
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: 'a tenth',
        label: 'contradicted',
        note: 'fact virtual.change_7d -4.41, not about 10%',
      },
    ],
  },
  {
    id: 'H-llm-12',
    voice: 'llm',
    style: 'weekly',
    text: "**TL;DR for the week**\n\n- BTC +3.7%, ETH +2.9%, SOL +0.5%, XRP +3.7%\n- Memes +6.8%, AI +0.1%, Layer 2 -0.4%\n- Shiba Inu best at +10.8%; dogwifhat the weakest meme at +8.0%\n- ETH open interest +7.9%, BTC open interest +3.8%\n- Total market cap: $3.46T, likely to top $4T by January\n- Bitcoin's all-time high of $126K remains out of reach\n\n**Summary:** memes and majors up, AI flat.",
    numbers: [
      {
        find: '+3.7%@1',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'contradicted',
        note: 'weekly: fact sol.change_7d 4.26',
      },
      {
        find: '+3.7%@2',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '+0.1%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '-0.4%',
        label: 'contradicted',
        note: 'weekly: fact sector.l2.change_7d +2.14; -0.41 is the 24h move',
      },
      {
        find: '+10.8%',
        label: 'supported',
      },
      {
        find: '+8.0%',
        label: 'contradicted',
        note: 'fact wif.change_7d 0.80 (10x)',
      },
      {
        find: '+7.9%',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'contradicted',
        note: 'weekly: fact btc.oi_change_7d 6.2; 3.8 is 24h',
      },
      {
        find: '$3.46T',
        label: 'supported',
      },
      {
        find: '$4T',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$126K',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
];
