import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Daily Crypto Market Brief — December 6, 2026\n\n**Overview:** The crypto market extended its rebound over the past 24 hours, with total capitalization rising 2.9% to roughly $3.32 trillion. Breadth was strong: 24 of the 30 tracked assets finished higher.\n\n### Bitcoin and Ethereum\n- **Bitcoin (BTC)** gained 1.5% to trade near $98,735, after touching an intraday high of $99,000. It remains below key resistance at $100,000, while support sits at $95,000.\n- **Ethereum (ETH)** outperformed, climbing 6.3% to $3,846. ETH is now within 3% of its $3,600 resistance.\n- **BTC dominance** slipped to 57.5% as capital rotated into altcoins.\n\n### Sector Performance\n- **Gaming** led all sectors with a 15.7% gain, powered by **GALA** (+18.9%) and **AXS** (+17.8%).\n- **Layer 2** tokens rose 9.9%, with every member in the green.\n- **AI** tokens added 8.6%, with six of seven members higher.\n- **DePIN** gained 6.3%, while **Layer 1** rose 2.5%.\n- **Memes** were the only sector in the red, falling 5.8%.\n\n### Derivatives\n- Funding remained **negative** on BTC (-0.0061%), ETH (-0.0112%) and SOL (-0.0174%), meaning shorts are paying longs.\n- Total open interest fell 9.7% to $15.1 billion, consistent with short covering.\n- **XRP** was the exception, with open interest up 12.6% and funding at +0.0039%.\n\n### Outlook\nIf momentum holds, BTC could retest $105,000 this week.\n\n**Bottom line:** Shorts got squeezed — gaming led with +15.7% while memes lagged at -3.3%.',
    numbers: [
      {
        find: '6@1',
        label: 'ignored',
      },
      {
        find: '2026',
        label: 'ignored',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$3.32 trillion',
        label: 'supported',
      },
      {
        find: '24@2',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '$99,000',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
      {
        find: '6.3%@1',
        label: 'supported',
      },
      {
        find: '$3,846',
        label: 'contradicted',
        note: 'eth.price 3,486; digits transposed',
      },
      {
        find: '3%@2',
        label: 'unsupported',
        note: 'distance to a level, derived',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '57.5%',
        label: 'contradicted',
        note: 'market.btc_dominance 59.45',
      },
      {
        find: '15.7%@1',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'supported',
      },
      {
        find: '+17.8%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '9.9%',
        label: 'supported',
      },
      {
        find: '8.6%',
        label: 'contradicted',
        note: 'sector.ai.change_24h 5.60',
      },
      {
        find: 'six',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '6.3%@2',
        label: 'contradicted',
        note: 'sector.depin.change_24h 4.32; 6.3 is ETH',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '2.5%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'contradicted',
        note: 'sector.memes.change_24h -3.32; -5.8 is PEPE',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '-0.0112%',
        label: 'supported',
      },
      {
        find: '-0.0174%',
        label: 'contradicted',
        note: 'sol.funding_rate -0.00874',
      },
      {
        find: '9.7%',
        label: 'supported',
      },
      {
        find: '$15.1 billion',
        label: 'supported',
      },
      {
        find: '12.6%',
        label: 'contradicted',
        note: 'xrp.oi_change_24h 2.1',
      },
      {
        find: '+0.0039%',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '+15.7%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-llm-02',
    voice: 'llm',
    style: 'weekly',
    text: "## Weekly Crypto Recap\n\n**TL;DR:** A late-week short squeeze lifted altcoins, but most majors still closed the week lower.\n\n### Key Numbers\n- **BTC:** -5.5% on the week, at $98,735\n- **ETH:** -0.6%, trading near $3,490\n- **SOL:** -9.0%\n- **XRP:** +3.9%\n- **BNB:** -8.9%\n- **DOGE:** -15.1%\n\n### Sector Winners and Losers\n1. **Layer 2** — best performer, up 6.7%, with all four members higher\n2. **Gaming** — up 5.3%, led by **AXS** (+17.8%)\n3. **AI** — down 3.4%; **WLD** (+9.1%) was the lone gainer\n4. **Layer 1** — down 4.6%, with all 10 of its members lower\n5. **DePIN** — down 11.4%\n6. **Memes** — the worst sector, down 8.9%\n\n### Derivatives\n- Aggregate open interest dropped 14.3% over the week to $15.08 billion.\n- ETH open interest fell the most among the majors, -17.5%.\n- BTC's realized volatility rose to 48.6% annualized.\n\n### What to Watch\n- The $100K resistance for BTC\n- ETH's $3,600 support\n- A possible ETH push toward $4,000\n\n**Summary:** Rollups (+6.7%) and gaming (+5.3%) were the only green sectors this week.",
    numbers: [
      {
        find: '-5.5%',
        label: 'supported',
      },
      {
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '$3,490',
        label: 'supported',
      },
      {
        find: '-9.0%',
        label: 'contradicted',
        note: 'sol.change_7d -2.72; -9.0 is 30d',
      },
      {
        find: '+3.9%',
        label: 'contradicted',
        note: 'xrp.change_7d -5.26; 3.9 is 24h',
      },
      {
        find: '-8.9%',
        label: 'contradicted',
        note: 'bnb.change_7d -4.41; -8.9 is 30d',
      },
      {
        find: '-15.1%',
        label: 'contradicted',
        note: 'doge.change_7d -10.08',
      },
      {
        find: '1@3',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '6.7%@1',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '5.3%@1',
        label: 'supported',
      },
      {
        find: '+17.8%',
        label: 'contradicted',
        note: 'axs.change_7d 12.25; 17.8 is 24h',
      },
      {
        find: '3@5',
        label: 'ignored',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '+9.1%',
        label: 'contradicted',
        note: 'wld.change_7d 6.28; 9.1 is 24h',
      },
      {
        find: '4@3',
        label: 'ignored',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '5@6',
        label: 'ignored',
      },
      {
        find: '11.4%',
        label: 'contradicted',
        note: 'sector.depin.change_7d -8.18; -11.4 is IOTX',
      },
      {
        find: '6@4',
        label: 'ignored',
      },
      {
        find: '8.9%@2',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '$15.08 billion',
        label: 'supported',
      },
      {
        find: '-17.5%',
        label: 'supported',
      },
      {
        find: '48.6%',
        label: 'contradicted',
        note: 'btc.volatility_7d 38.65',
      },
      {
        find: '$100K',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'contradicted',
        note: 'eth.support 3,400; 3,600 is resistance',
      },
      {
        find: '$4,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '6.7%@2',
        label: 'supported',
      },
      {
        find: '5.3%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-llm-03',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot: The Squeeze in Numbers\n\nThe past day was defined by forced short covering. Here is what the data shows.\n\n**Funding rates (per 8 hours)**\n- BTC: **-0.0061%** (about -6.7% annualized)\n- ETH: **-0.0112%** (about -12.3% annualized)\n- SOL: **-0.0087%** (about -8.7% annualized)\n- DOGE: **-0.0025%** (about -0.28% annualized)\n- XRP: **+0.0039%** — the only positive rate, so XRP longs are paying shorts\n\nThe open-interest-weighted average sits at -0.0070%. Annualized, XRP funding comes to about +14.3%.\n\n**Open interest**\n- Total: $15.08B, down 9.7% in 24h\n- BTC: $7.86B (-12.6%)\n- ETH: $4.41B (-9.8%)\n- SOL: $1.21B (-8.3%)\n- XRP: $1.04B (+2.1%)\n- DOGE: $5.6B (-6.4%)\n\n**Liquidations**\nAccording to CoinDesk, liquidations topped $412 million, with roughly 78% of the positions wiped out being shorts.\n\n**Key takeaway:** Negative funding alongside falling OI suggests shorts are closing but not yet capitulating. Similar setups have historically preceded rallies of 10% to 15%.',
    numbers: [
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
      {
        find: '-0.0112%',
        label: 'supported',
      },
      {
        find: '-12.3%',
        label: 'supported',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '-8.7%',
        label: 'contradicted',
        note: 'sol.funding_apr -9.57',
      },
      {
        find: '-0.0025%',
        label: 'supported',
      },
      {
        find: '-0.28%',
        label: 'contradicted',
        note: 'doge.funding_apr -2.77; 10x slip',
      },
      {
        find: '+0.0039%',
        label: 'supported',
      },
      {
        find: '-0.0070%',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'contradicted',
        note: 'xrp.funding_apr 4.28',
      },
      {
        find: '$15.08B',
        label: 'supported',
      },
      {
        find: '9.7%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$7.86B',
        label: 'supported',
      },
      {
        find: '-12.6%',
        label: 'contradicted',
        note: 'btc.oi_change_24h -9.8; -12.6 is ETH',
      },
      {
        find: '$4.41B',
        label: 'supported',
      },
      {
        find: '-9.8%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -12.6; swapped with BTC',
      },
      {
        find: '$1.21B',
        label: 'supported',
      },
      {
        find: '-8.3%',
        label: 'supported',
      },
      {
        find: '$1.04B',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '$5.6B',
        label: 'contradicted',
        note: 'doge.open_interest 0.56B; 10x slip',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: '78%',
        label: 'supported-by-source',
      },
      {
        find: '10%',
        label: 'unsupported',
        note: 'history/forecast, no fact',
      },
      {
        find: '15%',
        label: 'unsupported',
        note: 'history/forecast, no fact',
      },
    ],
  },
  {
    id: 'G-llm-04',
    voice: 'llm',
    style: 'sector',
    text: "## AI Sector Spotlight\n\n**Performance:** The AI basket gained **5.6%**, lifting its combined watchlist market cap to about $13.9 billion — an increase of $1.7 billion. CoinGecko's broader AI category is worth $25.6 billion after a 5.2% rise.\n\n**Leaders**\n- **Virtuals Protocol (VIRTUAL):** +13.4% to $1.53, on volume 1.7x its weekly average\n- **Worldcoin (WLD):** +9.1% to $0.816\n- **NEAR Protocol:** +7.9% to $3.53\n- **Fetch.ai (FET):** +12.4% to $0.561\n\n**Laggards**\n- **Bittensor (TAO):** the only decliner, down 0.8% to $366; its 30-day loss of 14.2% is the worst in the group\n- **Render (RENDER):** up a modest 5.1%\n- **The Graph (GRT):** up 6.2% but still 25% below its summer level\n\n**Weekly context:** Despite the bounce, 6 of 7 AI tokens are still down over 7 days; the sector is off 3.4% for the week and 10.4% over 30 days.\n\n**Bottom line:** AI tokens joined the rally but trailed gaming by about 10 points. Some analysts expect the basket to reclaim $30 billion.",
    numbers: [
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '$13.9 billion',
        label: 'supported',
      },
      {
        find: '$1.7 billion',
        label: 'contradicted',
        note: 'sector.ai.market_cap_change_24h 736m',
      },
      {
        find: '$25.6 billion',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '13.4%',
        label: 'supported',
      },
      {
        find: '$1.53',
        label: 'supported',
      },
      {
        find: '1.7x',
        label: 'contradicted',
        note: 'virtual.volume_ratio_7d 2.75',
      },
      {
        find: '9.1%',
        label: 'supported',
      },
      {
        find: '$0.816',
        label: 'supported',
      },
      {
        find: '7.9%',
        label: 'supported',
      },
      {
        find: '$3.53',
        label: 'contradicted',
        note: 'near.price 2.874; 3.53 is the 30d swing high',
      },
      {
        find: '12.4%',
        label: 'contradicted',
        note: 'fet.change_24h 7.42',
      },
      {
        find: '$0.561',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$366',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '25%',
        label: 'unsupported',
        note: 'history: distance from an unstated summer level',
      },
      {
        find: '6@8',
        label: 'supported',
      },
      {
        find: '7@4',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '3.4%@2',
        label: 'supported',
      },
      {
        find: '10.4%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '10 points',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
      {
        find: '$30 billion',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-llm-05',
    voice: 'llm',
    style: 'daily',
    text: "## Market Pulse: Altcoins Take the Lead\n\n**Market breadth:** 24 gainers vs 6 losers across the 30-asset watchlist.\n\n**Top performers (24h)**\n1. GALA — **+18.9%**\n2. AXS — **+17.8%**\n3. SAND — **+16.4%**\n4. OP — **+13.4%**\n5. IMX — **+12.6%**\n\n**Worst performers**\n- PEPE: -5.8%\n- DOGE: -3.4%\n- SHIB: -4.2%\n- HNT: -1.2%\n\n**Large caps**\n- **SOL** rose 7.8% to $158.92, touching $169 at the high.\n- **XRP** added 3.9% to $2.53; **BNB** slipped 0.4% to $896.\n- **ADA** jumped 8.6%, **AVAX** 9.4% and **SUI** 12.0%.\n- **DOT** gained 17.1% to $3.30.\n\n**Volume:** Trading was elevated across the board — BTC at 2.4x and ETH at 3.4x their 7-day averages. Total crypto volume reached $246.7 billion.\n\n> **Summary:** An alt-led squeeze. GALA is now up 40% from its November low, and BTC's 1.5% gain trailed nearly every large cap.",
    numbers: [
      {
        find: '24@1',
        label: 'supported',
      },
      {
        find: '6@1',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '18.9%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '17.8%',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'ignored',
      },
      {
        find: '16.4%',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'ignored',
      },
      {
        find: '13.4%',
        label: 'contradicted',
        note: 'op.change_24h 11.34; 13.4 is VIRTUAL',
      },
      {
        find: '5@1',
        label: 'ignored',
      },
      {
        find: '12.6%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'shib.change_24h -2.16',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '7.8%@2',
        label: 'supported',
      },
      {
        find: '$158.92',
        label: 'supported',
      },
      {
        find: '$169',
        label: 'contradicted',
        note: 'sol.high_24h 158.99',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$2.53',
        label: 'contradicted',
        note: 'xrp.price 2.3516',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '$896',
        label: 'contradicted',
        note: 'bnb.price 968.1',
      },
      {
        find: '8.6%',
        label: 'supported',
      },
      {
        find: '9.4%',
        label: 'supported',
      },
      {
        find: '12.0%',
        label: 'contradicted',
        note: 'sui.change_24h 10.24',
      },
      {
        find: '17.1%',
        label: 'contradicted',
        note: 'dot.change_24h 7.13',
      },
      {
        find: '$3.30',
        label: 'supported',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '3.4x',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 2.39',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '$246.7 billion',
        label: 'supported',
      },
      {
        find: '40%',
        label: 'unsupported',
        note: 'history: no fact states a gain from a November low',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-llm-06',
    voice: 'llm',
    style: 'daily',
    text: "## Bitcoin and Ether: Levels to Watch\n\n**Bitcoin (BTC) — $98,735**\n- 24h range: $96,750 – $99,000\n- Support: $95,000; resistance: $100,000\n- 30-day range: $95,922 to $121,455\n- Realized volatility: 38.6% (7d) vs 37.0% (30d)\n- Market cap: $1.79 trillion; dominance 59.5%\n- BTC is down 7.7% over 30 days and 5.5% over seven days.\n\n**Ether (ETH) — $3,486**\n- 24h range: $3,267 – $3,633\n- Support $3,400; resistance $3,600\n- 30-day swing high $3,809, swing low $3,267\n- Market cap $240.9 billion\n- Volume: $4.75 billion, 2.4x the weekly norm\n\n**Key insight:** ETH's 6.3% gain outpaced BTC's 1.5% by more than four times. A daily close above $100K could open a path to $108,000.",
    numbers: [
      {
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '$96,750',
        label: 'supported',
      },
      {
        find: '$99,000',
        label: 'supported',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$95,922',
        label: 'supported',
      },
      {
        find: '$121,455',
        label: 'contradicted',
        note: 'btc.swing_high_30d 111,455',
      },
      {
        find: '38.6%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '37.0%',
        label: 'contradicted',
        note: 'btc.volatility_30d 27.02',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$1.79 trillion',
        label: 'contradicted',
        note: 'btc.market_cap 1.97T',
      },
      {
        find: '59.5%',
        label: 'supported',
      },
      {
        find: '7.7%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '5.5%',
        label: 'supported',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: '$3,486',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$3,267@1',
        label: 'supported',
      },
      {
        find: '$3,633',
        label: 'contradicted',
        note: 'eth.high_24h 3,533',
      },
      {
        find: '$3,400',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$3,809',
        label: 'supported',
      },
      {
        find: '$3,267@2',
        label: 'contradicted',
        note: 'eth.swing_low_30d 3,154; 3,267 is the 24h low',
      },
      {
        find: '$240.9 billion',
        label: 'contradicted',
        note: 'eth.market_cap 420.9B',
      },
      {
        find: '$4.75 billion',
        label: 'supported',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'unsupported',
        note: 'derived ratio, no fact',
      },
      {
        find: '$100K',
        label: 'supported',
      },
      {
        find: '$108,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-llm-07',
    voice: 'llm',
    style: 'daily',
    text: '**Quick take:** Shorts paid, then got squeezed. BTC +1.5%, ETH +6.3%, SOL +7.8%. **Gaming** (+15.7%) was the best sector and **memes** (-3.3%) the worst. Total OI -9.7%, SOL OI +8.3%. XRP funding printed -0.0039%. Expect BTC at $120K by year-end, with ETH reaching $5,000.',
    numbers: [
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '+15.7%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '-9.7%',
        label: 'supported',
      },
      {
        find: '+8.3%',
        label: 'contradicted',
        note: 'sign: sol.oi_change_24h -8.3',
      },
      {
        find: '-0.0039%',
        label: 'contradicted',
        note: 'sign: xrp.funding_rate +0.00391',
      },
      {
        find: '$120K',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$5,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-llm-08',
    voice: 'llm',
    style: 'daily',
    text: '## Headline Roundup\n\nHere\'s how the major outlets covered the squeeze:\n\n- **CoinDesk** reported that liquidations topped $412 million and said combined open interest fell to about $15.1 billion.\n- **Cointelegraph** noted that 24 of the top 30 cryptocurrencies rose and that total market cap climbed about 2.9%.\n- **Bitcoin Magazine** said spot bitcoin ETFs took in $236 million, snapping an outflow streak.\n- **The Block** reported that XRP perpetuals charged longs about 0.004% per eight hours.\n- **Cointelegraph** said BTC was still down more than 5% from a week ago.\n- **The Block** put bitcoin open interest at $8.76 billion.\n- **Cointelegraph** reported total market cap at $2.32 trillion.\n- **Decrypt** wrote that Immutable\'s zkEVM mainnet is adding 40 new games.\n- **CryptoSlate** headlined a 22% jump in gaming tokens.\n- Spot ETF inflows for the week reached $1.2 billion.\n- The Ronin network processed 2.3 million transactions.\n- **CoinDesk** also ran "Ether Jumps 9%".\n\n**Summary:** Coverage focused on shorts — **about 78% of liquidations**, per CoinDesk, came from short positions.',
    numbers: [
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: '$15.1 billion',
        label: 'supported',
      },
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$236 million',
        label: 'supported-by-source',
      },
      {
        find: '0.004%',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '5%',
        label: 'supported',
      },
      {
        find: '$8.76 billion',
        label: 'contradicted',
        note: 'btc.open_interest 7.86B (The Block summary also says 7.86B)',
      },
      {
        find: '$2.32 trillion',
        label: 'contradicted',
        note: 'market.total_cap 3.32T (Cointelegraph itself says 3.32T)',
      },
      {
        find: '40',
        label: 'supported-by-source',
      },
      {
        find: '22%',
        label: 'contradicted',
        note: 'sector.gaming.change_24h 15.65 contradicts CryptoSlate',
      },
      {
        find: '$1.2 billion',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
      {
        find: '2.3 million',
        label: 'unsupported',
        note: 'headline figure not attributed to The Block',
      },
      {
        find: '9%@2',
        label: 'contradicted',
        note: 'eth.change_24h 6.31 contradicts the CoinDesk headline',
      },
      {
        find: '78%',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'G-llm-09',
    voice: 'llm',
    style: 'daily',
    text: "## Memecoins Sit Out the Squeeze\n\nWhile most of the market rallied, the **meme sector** fell 3.3% over the past day, shedding roughly $1.3 billion in market value to $59.2 billion across the four tracked tokens.\n\n**By token**\n- **Dogecoin (DOGE):** down 3.4% to $0.193; it is now 10.1% lower on the week. Funding sits at -0.0025% and open interest fell 16.4% to $560 million.\n- **Pepe (PEPE):** the sector's worst performer, down 5.8% on the day and 10.2% over 30 days.\n- **Shiba Inu (SHIB):** down 2.2%, but the best of the group over the week at -1.8%.\n- **dogwifhat (WIF):** the lone gainer, up 11.9% to $0.584.\n\n**Why it matters:** Rotation out of memes has been persistent — the sector has lost 18.9% over seven days. DOGE volume ran at only 1.4x its weekly average, well below the 3x seen in gaming names like GALA.\n- DOGE realized volatility: 52.5% annualized over 7d\n- DOGE market cap: $291 billion\n- Key support: $0.19; a break could send DOGE to $0.15\n- PEPE is sitting on its 30-day low of $0.0000066\n\n**Bottom line:** Memes were, as CoinDesk put it, the lone sector of six in the red.",
    numbers: [
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '$1.3 billion',
        label: 'supported',
      },
      {
        find: '$59.2 billion',
        label: 'contradicted',
        note: 'sector.memes.market_cap 38.7B for the tracked tokens; 59.2B is the CoinGecko category',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$0.193',
        label: 'supported',
      },
      {
        find: '10.1%',
        label: 'supported',
      },
      {
        find: '-0.0025%',
        label: 'supported',
      },
      {
        find: '16.4%',
        label: 'contradicted',
        note: 'doge.oi_change_24h -6.4',
      },
      {
        find: '$560 million',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '10.2%',
        label: 'contradicted',
        note: 'pepe.change_30d -16.26; -10.2 is 7d',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '11.9%',
        label: 'contradicted',
        note: 'wif.change_24h 1.87',
      },
      {
        find: '$0.584',
        label: 'supported',
      },
      {
        find: '18.9%',
        label: 'contradicted',
        note: 'sector.memes.change_7d -8.86',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: '1.4x',
        label: 'supported',
      },
      {
        find: '3x',
        label: 'supported',
      },
      {
        find: '52.5%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$291 billion',
        label: 'contradicted',
        note: 'doge.market_cap 29.1B; 10x slip',
      },
      {
        find: '$0.19@2',
        label: 'supported',
      },
      {
        find: '$0.15',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$0.0000066',
        label: 'supported',
      },
      {
        find: 'six',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'G-llm-10',
    voice: 'llm',
    style: 'daily',
    text: "**TL;DR** — BTC +1.5% to $98.7K; ETH +6.3%; alts led and gaming ran +15.7%. Funding is negative everywhere except XRP. Total market cap: $3.32T. Volume: $264.7B. Next stop for BTC: $110K. ETH's 200-day moving average near $3,300 remains the line in the sand.",
    numbers: [
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '$98.7K',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '+15.7%',
        label: 'supported',
      },
      {
        find: '$3.32T',
        label: 'supported',
      },
      {
        find: '$264.7B',
        label: 'contradicted',
        note: 'market.volume_24h 246.7B; digits transposed',
      },
      {
        find: '$110K',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '200-day',
        label: 'ignored',
      },
      {
        find: '$3,300',
        label: 'unsupported',
        note: 'no fact for moving averages',
      },
    ],
  },
];
