import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Q-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Crypto Market Snapshot

**Summary:** A near-motionless Sunday. The total market cap held at **$3.86 trillion**, down just 0.03%, with 14 gainers against 15 decliners.

### Bitcoin and Ether
- **Bitcoin** traded at **$117,460**, down 0.05% over 24 hours and up 0.6% on the week. Its intraday range ran from $117,270 to $118,145.
- BTC sits between support at **$115,000** and resistance at **$120,000**.
- **Ether** rose 1.2% to **$4,307**.
- Bitcoin dominance held at **66.6%**.

### Majors
- **Solana** slipped 0.4% to $261.18.
- **XRP** gained 0.8% on the day.
- **BNB** was flat at $1,032 (+0.04%).
- **Cardano** led the L1 group with a 0.46% gain, while **Avalanche** was the weakest L1, down 0.62%.
- **Polkadot** finished unchanged at $3.84.

### Sectors
- **Layer 2** tokens were the standout, up 0.81%, with Arbitrum gaining 2.4%.
- **AI** tokens added 2.5%; Worldcoin dropped 3.0%, while Bittensor led the group with 2.2%.
- **Gaming** was the weakest sector at -0.93%, with all 4 members lower.
- **Memes** fell 1.65%, and **DePIN** eased 0.47%.

### Derivatives
- BTC funding is **0.0012%** per 8 hours, so longs pay shorts.
- ETH funding is **-0.0008%**, which means longs are paying shorts.
- Open interest across the big perps fell 0.3% to $172.5 billion.
- Bitcoin volume ran at about 0.55x its 7-day average, and realized volatility is near 9.5%.

### Headlines
- A research desk sees bitcoin at **$135,000** by year-end, according to Cointelegraph.
- Spot bitcoin ETFs logged $185 million of weekly outflows, CoinDesk reported.
- A cross-chain bridge lost $19 million in an exploit over the weekend.

**Bottom line:** range-bound, with BTC less than 2% from resistance.`,
    numbers: [
      { find: '$3.86 trillion', label: 'supported' },
      { find: '0.03%', label: 'supported' },
      { find: '14 gainers', label: 'supported' },
      { find: '15 decliners', label: 'supported' },
      { find: '$117,460', label: 'supported' },
      { find: '0.05%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: 'up 0.6%', label: 'supported' },
      { find: '$117,270', label: 'supported' },
      { find: '$118,145', label: 'supported' },
      { find: '$115,000', label: 'supported' },
      { find: '$120,000', label: 'supported' },
      { find: '1.2%', label: 'contradicted', note: 'fact eth.change_24h 0.12 (10x)' },
      { find: '$4,307', label: 'supported' },
      { find: '66.6%', label: 'contradicted', note: 'fact market.btc_dominance 60.6' },
      { find: '0.4%', label: 'supported', note: 'sol.change_24h -0.378' },
      { find: '$261.18', label: 'contradicted', note: 'fact sol.price 216.18' },
      { find: '0.8%', label: 'contradicted', note: 'fact xrp.change_24h -0.08 (10x and sign)' },
      { find: '$1,032', label: 'supported' },
      { find: '+0.04%', label: 'supported' },
      { find: 'L1@1', label: 'ignored' },
      { find: '0.46%', label: 'supported' },
      { find: 'L1@2', label: 'ignored' },
      { find: '0.62%', label: 'supported' },
      { find: '$3.84', label: 'contradicted', note: 'fact dot.price 3.482' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '0.81%', label: 'supported' },
      { find: '2.4%', label: 'supported' },
      { find: '2.5%', label: 'contradicted', note: 'fact sector.ai.change_24h 0.25 (10x)' },
      { find: '3.0%', label: 'supported' },
      { find: '2.2%', label: 'contradicted', note: 'AI best_24h is VIRTUAL 2.2; TAO rose 1.6 (wrong leader)' },
      { find: '-0.93%', label: 'supported' },
      { find: '4 members', label: 'supported' },
      { find: '1.65%', label: 'contradicted', note: 'memes change_24h -0.28; 1.65 is 7d' },
      { find: '0.47%', label: 'supported' },
      { find: '0.0012%', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      {
        find: '-0.0008%',
        label: 'contradicted',
        note: 'rate right but payer wrong: negative ETH funding means shorts pay longs',
      },
      { find: '0.3%', label: 'supported' },
      { find: '$172.5 billion', label: 'contradicted', note: 'fact market.open_interest 17.25B (10x)' },
      { find: '0.55x', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '9.5%', label: 'supported', note: 'btc.volatility_7d 9.51; window unstated' },
      { find: '$135,000', label: 'supported-by-source', note: 'Cointelegraph headline forecast, attributed' },
      { find: '$185 million', label: 'supported-by-source' },
      { find: '$19 million', label: 'unsupported', note: 'Decrypt headline figure, not attributed' },
      { find: 'than 2%', label: 'unsupported', note: 'distance to level' },
    ],
  },
  {
    id: 'Q-llm-02',
    voice: 'llm',
    style: 'sector',
    text: `## Sector Rotation Report

**TL;DR:** Layer-2 tokens led a flat market with a **+0.8%** move; gaming lagged at **-0.9%**.

### Layer 2
The rollup basket gained 0.81% and is now worth about **$5.6 billion** across its watchlist members. Three names rose:
- **Arbitrum (ARB):** +2.4% to $0.3201, the best performer in the group
- **Optimism (OP):** +0.7% to $0.4192
- **Polygon (POL):** +0.6% to $0.1849
- **Immutable (IMX):** -0.5% to $0.4897

### AI
AI tokens rose **0.25%**, with 5 advancers and 2 decliners.
- **Virtuals** topped the group at **+2.2%**, and **Bittensor** added 1.6% to $431.70.
- **Worldcoin** was the biggest loser, down **3.04%** to $1.0264.
- **Fetch.ai** gained 0.6%, **The Graph** 0.3% and **Render** rose 1.3%.

### DePIN
- The sector fell **0.47%**, with only **Helium** higher (+0.5%).
- **IoTeX** was the laggard, down 1.4%, and **Filecoin** lost 1.1% to $1.89.

### Gaming
- Every member declined; **Gala** was worst at **-1.6%**, **The Sandbox** fell 1.1% and **Axie Infinity** dropped 6.0%.
- The group's watchlist cap is about **$2.4 billion**.

### Memes
- Memecoins lost 0.28%. **Pepe** was the best of the four at +0.63%, while **Dogecoin** jumped 8%, per Decrypt.
- **dogwifhat** slid 0.9% and **Shiba Inu** gained 0.15%.

**Summary:** two sectors up, four down.`,
    numbers: [
      { find: 'Layer-2', label: 'ignored' },
      { find: '+0.8%', label: 'supported' },
      { find: '-0.9%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '0.81%', label: 'supported' },
      { find: '$5.6 billion', label: 'supported' },
      { find: 'Three', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
      { find: '$0.3201', label: 'supported' },
      { find: '+0.7%', label: 'supported' },
      { find: '$0.4192', label: 'contradicted', note: 'fact op.price 0.4912' },
      { find: '+0.6%', label: 'contradicted', note: 'fact pol.change_24h 0.06 (10x)' },
      { find: '$0.1849', label: 'supported' },
      { find: '-0.5%', label: 'supported' },
      { find: '$0.4897', label: 'supported' },
      { find: '0.25%', label: 'supported' },
      { find: '5 advancers', label: 'supported' },
      { find: '2 decliners', label: 'supported' },
      { find: '+2.2%', label: 'supported' },
      { find: 'added 1.6%', label: 'supported' },
      { find: '$431.70', label: 'supported' },
      { find: '3.04%', label: 'supported' },
      { find: '$1.0264', label: 'supported' },
      { find: 'gained 0.6%', label: 'supported' },
      { find: '0.3%', label: 'supported' },
      { find: '1.3%', label: 'contradicted', note: 'fact render.change_24h -0.13 (10x and sign)' },
      { find: '0.47%', label: 'supported' },
      { find: '+0.5%', label: 'supported' },
      { find: '1.4%', label: 'supported' },
      { find: '1.1%@1', label: 'supported' },
      { find: '$1.89', label: 'supported' },
      { find: '-1.6%', label: 'supported' },
      { find: '1.1%@2', label: 'supported' },
      { find: '6.0%', label: 'contradicted', note: 'fact axs.change_24h -0.60 (10x)' },
      { find: '$2.4 billion', label: 'supported' },
      { find: '0.28%', label: 'supported' },
      { find: '+0.63%', label: 'supported' },
      { find: 'jumped 8%', label: 'contradicted', note: 'Decrypt headline says 8% but fact doge.change_24h -0.45' },
      { find: 'slid 0.9%', label: 'supported' },
      { find: '0.15%', label: 'supported' },
      { find: 'of the four', label: 'supported' },
      { find: 'two sectors', label: 'supported' },
      { find: 'four down', label: 'supported' },
    ],
  },
  {
    id: 'Q-llm-03',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly Crypto Wrap

**Key takeaway:** Bitcoin gained 0.6% this week to $117,460, Ether rose 1.4% and Solana fell 4.4%.

### Winners
- **Arbitrum** was the top gainer on the watchlist at **+4.8%**.
- **Bittensor** rose 3.4%, **Sui** gained 5.3% and **Virtuals** added 2.65%.
- **Pepe** was the best memecoin, up 1.1%.

### Losers
- **Filecoin** fell **5.1%**, the worst DePIN name.
- **Worldcoin** lost 3.0%, **Gala** dropped 3.3% and **Cardano**, the weakest L1, slid 2.8%.
- **Dogecoin** was the weakest meme, down 1.9%.

### Sectors
- Layer 2 rose 1.8% and AI tokens gained 0.8%.
- Layer 1 climbed 5.8%, with 6 of the 10 smart contract platforms higher.
- DePIN shed 1.5%, gaming was down 2.5% and memes were down 1.7%.

### Derivatives
- Total open interest fell 0.3% over the week; BTC OI slid 1.2% while ETH OI rose 0.9%.
- XRP open interest jumped 15%.
- Bitcoin's 7-day realized volatility came in at 12.2%.

### Context
- BTC is still 2.0% below its 30-day swing high, and well above the 30-day low of $114,920.
- Bitcoin set a record of $126,000 in October.
- Spot ETFs saw $185 million of outflows.
- Arbitrum will unlock 92.65 million ARB next week, The Block reported.

**Summary:** a sleepy week, with dominance parked at 60.6%.`,
    numbers: [
      { find: '0.6%@1', label: 'supported' },
      { find: '$117,460', label: 'supported' },
      { find: '1.4%', label: 'supported' },
      { find: '4.4%', label: 'contradicted', note: 'sol.change_7d -2.41; -4.37 is 30d (wrong window)' },
      { find: '+4.8%', label: 'supported', note: 'ARB best 7d across watchlist' },
      { find: '3.4%', label: 'supported' },
      { find: '5.3%', label: 'contradicted', note: 'fact sui.change_7d 3.32' },
      { find: '2.65%', label: 'supported' },
      { find: '1.1%', label: 'supported' },
      { find: '5.1%', label: 'supported' },
      { find: '3.0%', label: 'contradicted', note: 'wld.change_7d -4.28; 3.0 is 24h' },
      { find: '3.3%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '2.8%', label: 'supported' },
      { find: '1.9%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '1.8%', label: 'supported' },
      { find: '0.8%', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '5.8%', label: 'contradicted', note: 'fact sector.l1.change_7d 0.58 (10x)' },
      { find: '6 of', label: 'supported' },
      { find: '10 smart', label: 'supported' },
      { find: '1.5%', label: 'supported' },
      { find: '2.5%', label: 'contradicted', note: 'fact sector.gaming.change_7d -1.52' },
      { find: '1.7%', label: 'supported' },
      { find: '0.3%', label: 'contradicted', note: 'market.oi_change_7d -0.51; 0.31 is 24h' },
      { find: '1.2%', label: 'supported' },
      { find: '0.9%', label: 'supported' },
      { find: '15%', label: 'contradicted', note: 'fact xrp.oi_change_7d 1.5 (10x)' },
      { find: '7-day', label: 'ignored' },
      { find: '12.2%', label: 'contradicted', note: 'btc.volatility_7d 9.5; 12.2 is ETH' },
      { find: '2.0%', label: 'unsupported', note: 'distance to level' },
      { find: '30-day@1', label: 'ignored' },
      { find: '30-day@2', label: 'ignored' },
      { find: '$114,920', label: 'supported' },
      { find: '$126,000', label: 'unsupported', note: 'history' },
      { find: '$185 million', label: 'unsupported', note: 'CoinDesk figure not attributed' },
      { find: '92.65 million', label: 'supported-by-source' },
      { find: '60.6%', label: 'supported' },
    ],
  },
  {
    id: 'Q-llm-04',
    voice: 'llm',
    style: 'daily',
    text: `## Funding Check

- **BTC:** 0.0012% per 8h (1.31% annualized), longs paying shorts
- **ETH:** -0.0008%, shorts paying longs
- **SOL:** -0.0005%
- **XRP:** 0.003%
- **DOGE:** +0.0014%

The OI-weighted average sits at roughly 0.0002%. Bitcoin open interest is **$8.3 billion**, DOGE **$0.9 billion** and SOL **$15 billion**.

**Bottom line:** funding is essentially zero everywhere; Polkadot, for what it's worth, fell 0.3% and TAO touched $450 intraday.`,
    numbers: [
      { find: '0.0012%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '1.31%', label: 'supported' },
      { find: '-0.0008%', label: 'supported' },
      { find: '-0.0005%', label: 'supported' },
      { find: '0.003%', label: 'contradicted', note: 'fact xrp.funding_rate 0.0003 (10x)' },
      { find: '+0.0014%', label: 'contradicted', note: 'fact doge.funding_rate -0.0014 (sign)' },
      { find: '0.0002%', label: 'supported' },
      { find: '$8.3 billion', label: 'supported' },
      { find: '$0.9 billion', label: 'supported' },
      { find: '$15 billion', label: 'contradicted', note: 'fact sol.open_interest 1.5B (10x)' },
      { find: '0.3%', label: 'contradicted', note: 'fact dot.change_24h 0' },
      { find: '$450', label: 'contradicted', note: 'fact tao.high_24h 432.28' },
    ],
  },
  {
    id: 'Q-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `## Quick Take

**Bitcoin** is up **1.5%** today at **$117,460**, and Ether trades at **$4,037**.

- **Leaders:** Arbitrum (+2.4%), Virtuals (+2.2%), Bittensor (+1.6%)
- **Laggards:** Worldcoin (-3.0%), Gala (-1.6%), IoTeX (-4.1%)
- **Breadth:** 15 up, 14 down
- **Funding:** BTC longs pay 0.012% per 8h
- **Watch:** SOL likely retakes $230 this week

**In short:** flat, with the total market cap at $3.9T.`,
    numbers: [
      { find: '1.5%', label: 'contradicted', note: 'fact btc.change_24h -0.05' },
      { find: '$117,460', label: 'supported' },
      { find: '$4,037', label: 'contradicted', note: 'fact eth.price 4306.58' },
      { find: '+2.4%', label: 'supported' },
      { find: '+2.2%', label: 'supported' },
      { find: '+1.6%', label: 'supported' },
      { find: '-3.0%', label: 'supported' },
      { find: '-1.6%', label: 'supported' },
      { find: '-4.1%', label: 'contradicted', note: 'fact iotx.change_24h -1.40' },
      { find: '15 up', label: 'contradicted', note: 'market.advancers_24h 14 (swapped)' },
      { find: '14 down', label: 'contradicted', note: 'market.decliners_24h 15 (swapped)' },
      { find: '0.012%', label: 'contradicted', note: 'fact btc.funding_rate 0.0012 (10x)' },
      { find: '8h', label: 'ignored' },
      { find: '$230', label: 'unsupported', note: 'forecast' },
      { find: '$3.9T', label: 'supported' },
    ],
  },
  {
    id: 'Q-llm-06',
    voice: 'llm',
    style: 'sector',
    text: `## DePIN in Brief

- **Sector:** -0.47% (1 up, 3 down)
- **Best:** Helium **+0.50%**
- **Worst:** Filecoin **-1.10%**
- **Watchlist cap:** $3.61B, down $17.0M on the day

**Summary:** DePIN underperformed AI by 0.7 points.`,
    numbers: [
      { find: '-0.47%', label: 'supported' },
      { find: '1 up', label: 'supported' },
      { find: '3 down', label: 'supported' },
      { find: '+0.50%', label: 'supported' },
      {
        find: '-1.10%',
        label: 'contradicted',
        note: 'depin worst_24h is IOTX -1.40; FIL -1.10 is not the worst (wrong leader)',
      },
      { find: '$3.61B', label: 'supported' },
      { find: '$17.0M', label: 'supported' },
      { find: '0.7 points', label: 'unsupported', note: 'derived arithmetic' },
    ],
  },
];
