import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'N-llm-01',
    voice: 'llm',
    style: 'daily',
    text: "## Market Overview\n\nThe crypto market pulled back over the past 24 hours, with total capitalization falling **2.2%** to **$3.73 trillion**. Ether was the clear laggard after a restaking exploit, while Bitcoin proved resilient.\n\n## Key Movers\n\n- **Bitcoin (BTC):** $110,912, down 0.8%; 24h range $109,376–$114,882\n- **Ethereum (ETH):** $3,410, down 6.2%; touched $3,124 at the lows\n- **Solana (SOL):** $171.84, down 3.5%\n- **BNB:** $948.60, up 0.4%, the only Layer 1 gainer\n- **XRP:** $2.35, down 8.0%\n\n## Market Breadth\n\nJust 15 of 30 tracked assets advanced. BTC dominance rose to **59.3%**, and Bitcoin's 30-day gain now stands at 12%.\n\n**Summary:** A risk-off session driven by ETH-specific stress, with BTC holding its ground.",
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '$3.73 trillion',
        label: 'supported',
      },
      {
        find: '$110,912',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$109,376',
        label: 'supported',
      },
      {
        find: '$114,882',
        label: 'contradicted',
        note: 'fact btc.high_24h 111881.73',
      },
      {
        find: '$3,410',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$3,124',
        label: 'contradicted',
        note: 'fact eth.low_24h 3324.23',
      },
      {
        find: '$171.84',
        label: 'supported',
      },
      {
        find: '3.5%',
        label: 'contradicted',
        note: 'fact sol.change_24h -5.30',
      },
      {
        find: '$948.60',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '$2.35',
        label: 'supported',
      },
      {
        find: '8.0%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -3.00',
      },
      {
        find: '15',
        label: 'contradicted',
        note: 'fact market.advancers_24h 11',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '59.3%',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact btc.change_30d 4.00',
      },
    ],
  },
  {
    id: 'N-llm-02',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot\n\nPositioning diverged sharply between the two majors.\n\n**Funding rates (per 8h):**\n- BTC: **+0.0068%** (≈7.4% annualized), longs pay shorts\n- ETH: **-0.0152%** (≈-16.6% annualized), longs pay shorts\n- SOL: +0.0031%\n- XRP: +0.0145%\n- DOGE: -0.0022%\n\n**Open interest:**\n- ETH OI rose **5.5%** to **$5.6B**, suggesting fresh shorts\n- BTC OI rose **0.6%** to **$6.2B**\n- SOL OI +2.0% to $3.2B; XRP OI +4.5% to $1.15B\n- Aggregate OI: **$18.45B**, up 2.4% over 24h and 3.7% over 7 days\n\n**Summary:** Negative ETH funding alongside rising OI points to a crowded short, and a squeeze toward $3,800 looks plausible.',
    numbers: [
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '+0.0068%',
        label: 'supported',
      },
      {
        find: '7.4%',
        label: 'supported',
      },
      {
        find: '-0.0152%',
        label: 'contradicted',
        note: 'payer wrong: negative funding means shorts pay longs (value itself right); debatable',
      },
      {
        find: '-16.6%',
        label: 'supported',
      },
      {
        find: '+0.0031%',
        label: 'supported',
      },
      {
        find: '+0.0145%',
        label: 'contradicted',
        note: 'fact xrp.funding_rate 0.0045',
      },
      {
        find: '-0.0022%',
        label: 'supported',
      },
      {
        find: '5.5%',
        label: 'supported',
      },
      {
        find: '$5.6B',
        label: 'contradicted',
        note: 'fact eth.open_interest 7.6e9',
      },
      {
        find: '0.6%',
        label: 'contradicted',
        note: 'direction: fact btc.oi_change_24h -0.60',
      },
      {
        find: '$6.2B',
        label: 'supported',
      },
      {
        find: '+2.0%',
        label: 'supported',
      },
      {
        find: '$3.2B',
        label: 'contradicted',
        note: 'fact sol.open_interest 2.2e9',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 1.50',
      },
      {
        find: '$1.15B',
        label: 'supported',
      },
      {
        find: '$18.45B',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '$3,800',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'N-llm-03',
    voice: 'llm',
    style: 'sector',
    text: "## Sector Performance (24h)\n\n- **AI:** +2.5%, the best-performing sector; 6 of its 7 members green, led by **TAO (+7.4%)**\n- **DePIN:** +0.9%; Render +2.5%, IoTeX +3.1%, Helium -0.8%, Filecoin -0.9%\n- **Memes:** -3.1%; WIF (+1.1%) and PEPE (+0.4%) rose, DOGE (-1.5%) was weakest\n- **Layer 1:** -4.8%; 9 of 10 down, ETH worst at -6.2%\n- **Gaming:** -2.8%; all 4 down, IMX -4.6%\n- **Layer 2:** -6.9%, the worst sector; OP -8.9%, ARB -12.6%\n\n### Takeaways\n- AI outperformed Layer 2 by **9.4 percentage points**\n- The AI sector's market cap rose to **$16.5B**\n- Rotation into AI may continue, with TAO eyeing **$500**\n\n**Bottom line:** Capital rotated out of Ethereum-linked names into AI.",
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+2.5%@1',
        label: 'supported',
        note: 'ai 2.47',
      },
      {
        find: '6@1',
        label: 'supported',
        note: 'sector.ai.advancers_24h',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '+7.4%',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '+2.5%@2',
        label: 'supported',
        note: 'render',
      },
      {
        find: '+3.1%',
        label: 'contradicted',
        note: 'fact iotx.change_24h 1.30',
      },
      {
        find: '-0.8%',
        label: 'contradicted',
        note: 'direction: fact hnt.change_24h +0.80',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h -1.29',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '-4.8%',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h -1.82',
      },
      {
        find: '9@3',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: 'all 4',
        label: 'supported',
        note: 'gaming decliners',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: 'Layer 2@1',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '-8.9%',
        label: 'supported',
      },
      {
        find: '-12.6%',
        label: 'contradicted',
        note: 'fact arb.change_24h -8.60',
      },
      {
        find: 'Layer 2@2',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '9.4',
        label: 'unsupported',
        note: 'derived gap',
      },
      {
        find: '$16.5B',
        label: 'supported',
      },
      {
        find: '$500',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'N-llm-04',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Review\n\nOver the past week, the gap between Bitcoin and Ether widened dramatically.\n\n**Weekly performance:**\n- BTC: **+1.5%**\n- ETH: **-9.0%**\n- SOL: -6.5%\n- XRP: -4.3%\n- BNB: +2.1%\n- AVAX: **-11.1%** (worst Layer 1)\n- NEAR: -3.6%\n\n**Sectors this week:**\n- AI: +5.7% (all 7 members up)\n- DePIN: +4.7%\n- Layer 1: -0.7%\n- Memes: -2.9%\n- Gaming: -5.9%\n- Layer 2: -14.0%, shedding about $931M of market value\n\nETH open interest grew 8.4% on the week even as price fell, and total OI rose 3.7%.\n\n**Summary:** ETH underperformed BTC by 10.5 points this week.',
    numbers: [
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '-9.0%',
        label: 'supported',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '-4.3%',
        label: 'contradicted',
        note: 'fact xrp.change_7d -1.29',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: 'fact bnb.change_7d 0.09',
      },
      {
        find: '-11.1%',
        label: 'supported',
      },
      {
        find: 'Layer 1@1',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'wrong window: 24h value; fact near.change_7d +0.38',
      },
      {
        find: '+5.7%',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
        note: 'sector.ai.advancers_7d',
      },
      {
        find: '+4.7%',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d 1.66',
      },
      {
        find: 'Layer 1@2',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '-0.7%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d -7.86',
      },
      {
        find: '-5.9%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -8.91',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '-14.0%',
        label: 'supported',
      },
      {
        find: '$931M',
        label: 'supported',
        note: 'sector.l2.market_cap_change_7d',
      },
      {
        find: '8.4%',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '10.5',
        label: 'unsupported',
        note: 'derived gap',
      },
    ],
  },
  {
    id: 'N-llm-05',
    voice: 'llm',
    style: 'daily',
    text: '## What happened to Ethereum?\n\n**Short answer:** a restaking exploit triggered a sharp sell-off.\n\n- **The exploit:** Cointelegraph reported that a restaking protocol was drained of **$71 million**.\n- **Price impact:** ETH fell 6.2% to $3,410, after sliding from a 24h high of $3,867 to a low of $3,324.\n- **Flows:** CoinDesk reported **$412 million** in net outflows from spot ether ETFs, the largest in three months.\n- **Staking:** the exit queue swelled to **1.2 million ETH** (Cointelegraph).\n- **Liquidations:** roughly **$460 million** in positions were wiped out, per The Block.\n- **Volume:** ETH turnover ran at 2.4x its 7-day average.\n\n## What about Bitcoin?\n\nBTC held near $101,900, down only 0.8%. Bitcoin Magazine reported funding at 0.0086%, meaning longs still pay shorts.\n\n## Outlook\n\nKey support sits at $3,400; a break could open a path to $2,800, according to an analyst quoted by CoinDesk. Resistance is at $3,600.\n\n**TL;DR:** ETH -6.2%, BTC -0.8%, market -4.2%.',
    numbers: [
      {
        find: '$71 million',
        label: 'supported-by-source',
      },
      {
        find: '6.2%@1',
        label: 'supported',
      },
      {
        find: '$3,410',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$3,867',
        label: 'contradicted',
        note: 'fact eth.high_24h 3687.48',
      },
      {
        find: '$3,324',
        label: 'supported',
      },
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: 'three months',
        label: 'ignored',
        note: 'duration',
      },
      {
        find: '1.2 million',
        label: 'supported-by-source',
      },
      {
        find: '$460 million',
        label: 'contradicted',
        note: 'The Block says $640 million; debatable (no fact)',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '$101,900',
        label: 'contradicted',
        note: 'fact btc.price 110912.4',
      },
      {
        find: '0.8%@1',
        label: 'supported',
      },
      {
        find: '0.0086%',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.0068',
      },
      {
        find: '$3,400',
        label: 'supported',
      },
      {
        find: '$2,800',
        label: 'supported-by-source',
        note: 'attributed analyst forecast, debatable',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -2.2',
      },
    ],
  },
  {
    id: 'N-llm-06',
    voice: 'llm',
    style: 'daily',
    text: '## Altcoin Watch\n\n### Layer 1s\n- **Cardano (ADA):** $0.8512, -4.4%\n- **Avalanche (AVAX):** $18.16, -4.9%, just above $18 support\n- **Polkadot (DOT):** $3.138, -8.1%\n- **Sui (SUI):** $2.58, +4.6%\n- **NEAR:** $3.98, -3.6%\n\n### Layer 2s\n- **Arbitrum (ARB):** $0.3098, -8.6%, now below its $0.30 support\n- **Optimism (OP):** $0.4617, -8.9%\n- **Polygon (POL):** $0.2948, -5.8%\n- **Immutable (IMX):** $0.5503, -4.6%\n\n### AI & DePIN\n- **Bittensor (TAO):** $648.20, +7.4%\n- **Fetch.ai (FET):** $0.7214, +15.0%\n- **Render (RENDER):** $3.59, +2.5%\n- **Filecoin (FIL):** $2.19, -0.9%\n\n**Takeaway:** Ethereum-linked L2s bore the brunt while AI names outperformed.',
    numbers: [
      {
        find: 'Layer 1s',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '$0.8512',
        label: 'contradicted',
        note: 'fact ada.price 0.6512',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '$18.16',
        label: 'supported',
      },
      {
        find: '-4.9%',
        label: 'supported',
      },
      {
        find: '$18 ',
        label: 'supported',
        note: 'avax.support',
      },
      {
        find: '$3.138',
        label: 'supported',
      },
      {
        find: '-8.1%',
        label: 'contradicted',
        note: 'wrong window: 7d; fact dot.change_24h -4.10',
      },
      {
        find: '$2.58',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'contradicted',
        note: 'direction: fact sui.change_24h -4.60',
      },
      {
        find: '$3.98',
        label: 'contradicted',
        note: 'fact near.price 2.984',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: 'Layer 2s',
        label: 'ignored',
        note: 'name',
      },
      {
        find: '$0.3098',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'supported',
      },
      {
        find: '$0.30@2',
        label: 'contradicted',
        note: 'level right (arb.support 0.30) but price 0.3098 is above it; debatable',
      },
      {
        find: '$0.4617',
        label: 'supported',
      },
      {
        find: '-8.9%',
        label: 'supported',
      },
      {
        find: '$0.2948',
        label: 'contradicted',
        note: 'fact pol.price 0.1948',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '$0.5503',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '$648.20',
        label: 'contradicted',
        note: 'fact tao.price 468.2',
      },
      {
        find: '+7.4%',
        label: 'supported',
      },
      {
        find: '$0.7214',
        label: 'supported',
      },
      {
        find: '+15.0%',
        label: 'contradicted',
        note: 'fact fet.change_24h 5.00',
      },
      {
        find: '$3.59',
        label: 'supported',
      },
      {
        find: '+2.5%',
        label: 'supported',
      },
      {
        find: '$2.19',
        label: 'supported',
      },
      {
        find: '-0.9%',
        label: 'supported',
      },
      {
        find: 'L2s',
        label: 'ignored',
        note: 'name',
      },
    ],
  },
  {
    id: 'N-llm-07',
    voice: 'llm',
    style: 'daily',
    text: "## Daily Crypto Brief\n\n**Bitcoin** traded at **$110,912**, down **0.8%**, with 24h volume of **$3.26 billion**. It remains **2.5% below** its $113,804 30-day high.\n\n**Ethereum** fell **6.2%** to **$3,410**; its market cap now stands at **$211.6 billion**. ETH dominance fell to 11%.\n\n**Market stats:**\n- Total market cap: **$3.73T** (-2.2%)\n- 24h volume: **$124B**\n- BTC dominance: **57.3%**\n- Breadth: **11 advancers**, **19 decliners**\n- Average funding: **+0.0035%**\n\n**Notable:** TAO jumped **7.4%** and is the #1 AI token by market cap at **$4.46B**. WIF was the best memecoin (+1.1%). DePIN's worst member, FIL, lost 0.9%. SOL OI rose 12%.\n\n**Summary:** ETH-specific weakness, AI resilient, BTC steady near $111K.",
    numbers: [
      {
        find: '$110,912',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '$3.26 billion',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: '$113,804',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$3,410',
        label: 'supported',
      },
      {
        find: '$211.6 billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 411.6e9',
      },
      {
        find: '11%',
        label: 'unsupported',
        note: 'ETH dominance: no fact',
      },
      {
        find: '$3.73T',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$124B',
        label: 'contradicted',
        note: 'fact market.volume_24h 224e9',
      },
      {
        find: '57.3%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.30',
      },
      {
        find: '11 advancers',
        label: 'supported',
      },
      {
        find: '19 decliners',
        label: 'supported',
      },
      {
        find: '+0.0035%',
        label: 'contradicted',
        note: 'sign: fact market.funding_avg -0.0035',
      },
      {
        find: '7.4%',
        label: 'supported',
      },
      {
        find: '#1',
        label: 'ignored',
        note: 'rank',
      },
      {
        find: '$4.46B',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h 2.0',
      },
      {
        find: '$111K',
        label: 'supported',
      },
    ],
  },
  {
    id: 'N-llm-08',
    voice: 'llm',
    style: 'sector',
    text: '## DePIN & Gaming Check-in\n\n- **DePIN** (+0.9%): 3 of 4 members up. Render led (+4.5%), IoTeX +1.3%, Helium +0.8%. Sector cap **$4.1B**.\n- **Gaming** (-2.8%): 0 of 4 up. AXS held up best (-1.1%); SAND -6.6%, GALA -1.7%, IMX -4.6%.\n\n**Summary:** DePIN ranked 3rd of the six sectors, while Gaming lost about $76M in value.',
    numbers: [
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'fact render.change_24h 2.50',
      },
      {
        find: '+1.3%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '$4.1B',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '0@3',
        label: 'supported',
        note: 'gaming advancers',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '-6.6%',
        label: 'contradicted',
        note: 'fact sand.change_24h -1.60',
      },
      {
        find: '-1.7%',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '3rd',
        label: 'contradicted',
        note: 'rank wrong: DePIN (+0.94) is 2nd after AI',
      },
      {
        find: 'six',
        label: 'supported',
        note: 'six sectors',
      },
      {
        find: '$76M',
        label: 'supported',
      },
    ],
  },
];
