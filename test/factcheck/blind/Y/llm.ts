import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Y-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Crypto Market Overview\n\nBitcoin decoupled from the rest of the market over the past 24 hours, rising **2.9%** to **$111,742** while most altcoins declined.\n\n### Key Highlights\n- **Bitcoin (BTC):** Up 2.9%, breaking above its 30-day swing high of $111,052. The 24-hour range spanned $105,360 to $111,788.\n- **Ethereum (ETH):** Down 1.5% to $3,641.70, holding above the $3,600 support level.\n- **Solana (SOL):** Fell 4.1% to $175.83, with funding turning negative at -0.008% per 8 hours.\n- **XRP:** Declined 3.2% to $2.46.\n\n### Market Breadth\nOnly **7 of 30** tracked assets posted gains, and BTC dominance climbed to **59.1%**. The total market cap stood at **$3.76 trillion**, up a modest 1.64%.\n\n**Summary:** A bitcoin-only rally, with dominance rising and altcoins left behind.',
    numbers: [
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '2.9%@1',
        label: 'supported',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '2.9%@2',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,052',
        label: 'supported',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$105,360',
        label: 'contradicted',
        note: 'fact btc.low_24h 108,360',
      },
      {
        find: '$111,788',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '$3,641.70',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '$175.83',
        label: 'contradicted',
        note: 'fact sol.price 157.83',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30',
      },
      {
        find: '$2.46',
        label: 'supported',
      },
      {
        find: '7@5',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '$3.76 trillion',
        label: 'supported',
      },
      {
        find: '1.64%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 0.64',
      },
    ],
  },
  {
    id: 'Y-llm-02',
    voice: 'llm',
    style: 'daily',
    text: '## Daily Market Brief\n\n### Bitcoin Leads, Altcoins Lag\nBitcoin gained **3.4%** over the day to trade near **$111,700**, its strongest level in a month. Trading volume surged to roughly **2.6x** its 7-day average, pointing to real spot demand.\n\n### Major Altcoins\n- **ETH:** -1.5% at $3,642\n- **SOL:** -4.1% at $185\n- **XRP:** -3.2% at $2.46\n- **BNB:** +4.0% at $688.90\n- **ADA:** -0.3% at $0.644\n- **AVAX:** -3.4% at $21.60\n\n### Sector Performance\n1. **Layer 1:** +1.6% (best sector)\n2. **DePIN:** -1.9%\n3. **Layer 2:** -2.0%\n4. **Memes:** -3.7%\n5. **Gaming:** -3.8%\n6. **AI:** -6.0% (worst sector)\n\n**Bottom line:** Capital is concentrating in bitcoin, while risk appetite for altcoins remains weak.',
    numbers: [
      {
        find: '3.4%@1',
        label: 'contradicted',
        note: 'fact btc.change_24h 2.90',
      },
      {
        find: '$111,700',
        label: 'supported',
      },
      {
        find: '2.6x',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.62',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '$3,642',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '$185',
        label: 'contradicted',
        note: 'fact sol.price 157.83',
      },
      {
        find: '-3.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30; transposed',
      },
      {
        find: '$2.46',
        label: 'supported',
      },
      {
        find: '+4.0%',
        label: 'contradicted',
        note: 'fact bnb.change_24h 0.40; 10x slip',
      },
      {
        find: '$688.90',
        label: 'supported',
      },
      {
        find: '-0.3%',
        label: 'contradicted',
        note: 'fact ada.change_24h +0.30; sign flipped',
      },
      {
        find: '$0.644',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '$21.60',
        label: 'contradicted',
        note: 'fact avax.price 21.06; transposed',
      },
      {
        find: '1@8',
        label: 'ignored',
      },
      {
        find: '1@9',
        label: 'ignored',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '3@6',
        label: 'ignored',
      },
      {
        find: '2@7',
        label: 'ignored',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '4@9',
        label: 'ignored',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '5@3',
        label: 'ignored',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '6@8',
        label: 'ignored',
      },
      {
        find: '-6.0%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-03',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot\n\nLeverage is building, but almost entirely in bitcoin.\n\n- **Total open interest:** **$16.7B**, up **5.2%** in 24h and **4.9%** over 7 days.\n- **BTC open interest:** $9.1B, up 8.7% on the day and 11.4% on the week.\n- **ETH open interest:** $4.8B, up 1.3%.\n- **SOL open interest:** $1.15B, **down** 3.6%.\n- **XRP open interest:** $1.9B, up 0.8%.\n- **DOGE open interest:** $690M, down 1.3%.\n\n### Funding Rates (per 8h)\n| Asset | Funding | Annualized |\n|---|---|---|\n| BTC | 0.017% | 18.6% |\n| ETH | 0.006% | 6.6% |\n| XRP | 0.03% | 3.3% |\n| SOL | -0.008% | -8.8% |\n| DOGE | -0.004% | -14.4% |\n\n**Takeaway:** BTC longs are paying a premium of roughly 18.6% a year, while shorts in SOL and DOGE are the ones paying.',
    numbers: [
      {
        find: '$16.7B',
        label: 'supported',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '$9.1B',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '$4.8B',
        label: 'supported',
      },
      {
        find: '1.3%@1',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 3.1',
      },
      {
        find: '$1.15B',
        label: 'supported',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$1.9B',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.0B',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$690M',
        label: 'supported',
      },
      {
        find: '1.3%@2',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '18.6%@1',
        label: 'supported',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '6.6%',
        label: 'supported',
      },
      {
        find: '0.03%',
        label: 'contradicted',
        note: 'fact xrp.funding_rate 0.003; 10x slip',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '-8.8%',
        label: 'supported',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '-14.4%',
        label: 'contradicted',
        note: 'fact doge.funding_apr -4.38',
      },
      {
        find: '18.6%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-04',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives: Key Takeaways\n\n- **Bitcoin funding** rose to **0.017%**, equivalent to about **28.6%** annualized.\n- **Solana funding** is **positive** at 0.008%, suggesting long demand is returning.\n- **Open interest** climbed 5.2% overall, led by a **18.7%** jump in BTC OI.\n- **Ether OI** slipped 3.1% as traders de-risked.\n- The **OI-weighted average funding** rate sits at roughly **0.01%**.\n\n**In short:** leverage is leaning long on bitcoin and short on select alts.',
    numbers: [
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '28.6%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 18.6',
      },
      {
        find: '0.008%',
        label: 'contradicted',
        note: 'fact sol.funding_rate -0.008; sign wrong',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '18.7%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h 8.7',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h +3.1; direction wrong',
      },
      {
        find: '0.01%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-05',
    voice: 'llm',
    style: 'sector',
    text: "## Sector Breakdown: AI Tokens\n\nThe **AI sector** was the day's weakest performer, dropping **6.0%** with **all 7 members** in the red.\n\n### Performance by Token\n- **Virtuals Protocol (VIRTUAL):** -7.6% to $0.968 (worst performer)\n- **Fetch.ai (FET):** -8.6% to $0.573\n- **Bittensor (TAO):** -6.3% to $331.60\n- **Worldcoin (WLD):** -6.1% to $0.483\n- **Render (RENDER):** -5.9% to $3.95\n- **The Graph (GRT):** -5.4% to $0.0792\n- **NEAR Protocol (NEAR):** -5.2% to $2.49 (best performer)\n\nThe sector's watchlist market cap fell by about **$814 million** to **$12.7 billion**. Over 7 days, the sector is down **9.6%**.\n\n**Note:** CoinDesk reported the AI tokens dropped about 6%, consistent with the data.",
    numbers: [
      {
        find: '6.0%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '$0.968',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'contradicted',
        note: 'fact fet.change_24h -6.80',
      },
      {
        find: '$0.573',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '$331.60',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
      {
        find: '$0.483',
        label: 'contradicted',
        note: 'fact wld.price 0.8433',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '$3.95',
        label: 'contradicted',
        note: 'fact render.price 3.3471',
      },
      {
        find: '-5.4%',
        label: 'supported',
      },
      {
        find: '$0.0792',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '$2.49',
        label: 'supported',
      },
      {
        find: '$814 million',
        label: 'supported',
      },
      {
        find: '$12.7 billion',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '9.6%',
        label: 'supported',
      },
      {
        find: '6%@4',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-06',
    voice: 'llm',
    style: 'sector',
    text: '## Sector Breakdown: AI Tokens Rebound\n\nAI tokens **outperformed** the broader market today.\n\n- The sector **rose 5%**, per a CryptoSlate headline.\n- **Bittensor (TAO)** led with a **6.3%** gain to $331.60.\n- **Render** climbed to $3.56.\n- **The Graph** was the weakest at -7.6%.\n\nDespite the bounce, the sector remains down **9.6%** for the week.\n\n**Summary:** a short-lived relief rally in AI names.',
    numbers: [
      {
        find: '5%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h -6.02; direction and value wrong',
      },
      {
        find: '6.3%',
        label: 'contradicted',
        note: 'fact tao.change_24h -6.30; sign flipped',
      },
      {
        find: '$331.60',
        label: 'supported',
      },
      {
        find: '$3.56',
        label: 'contradicted',
        note: 'fact render.price 3.3471; 3.56 is the 24h high',
      },
      {
        find: '-7.6%',
        label: 'contradicted',
        note: "fact grt.change_24h -5.40; -7.6 is VIRTUAL's, the actual worst",
      },
      {
        find: '9.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-07',
    voice: 'llm',
    style: 'sector',
    text: '## Memecoins and Gaming\n\n### Memecoins\nThe meme sector fell **3.7%**, with all **4** tracked tokens lower:\n- **PEPE:** -4.4% (worst)\n- **DOGE:** -3.7% to $0.1793\n- **SHIB:** -3.3%\n- **WIF:** -2.9% (best)\n\nSector market cap: **$38.4B**, down roughly **$2.5B**.\n\n### Gaming\nGaming tokens slid **3.8%**:\n- **GALA:** -4.2% (worst)\n- **IMX:** -3.9%\n- **SAND:** -2.6%\n- **AXS:** -3.1% (best)\n\n**Takeaway:** No relief for speculative sectors while bitcoin absorbs flows.',
    numbers: [
      {
        find: '3.7%@1',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '$0.1793',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
      {
        find: '$38.4B',
        label: 'supported',
      },
      {
        find: '$2.5B',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap_change_24h -1.47B; 2.5B is the 7d change',
      },
      {
        find: '3.8%',
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
        find: '-2.6%',
        label: 'contradicted',
        note: 'fact sand.change_24h -3.60',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-08',
    voice: 'llm',
    style: 'sector',
    text: "## Memecoins and Gaming\n\n### Memecoins\n- The meme sector lost **4.7%** on the day.\n- **DOGE** was the **best performer** at -3.7%.\n- **PEPE** dropped 4.4%, while **WIF** fell 2.9%.\n- Sector market cap: approximately **$49 billion** on the watchlist.\n\n### Gaming\n- Gaming fell 3.8%, with **3 of 4** tokens lower.\n- **The Sandbox** was the weakest at -3.6%.\n- Gaming's watchlist cap is about $2.6 billion.\n\n**Bottom line:** speculative corners stayed under pressure.",
    numbers: [
      {
        find: '4.7%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h -3.68',
      },
      {
        find: '-3.7%',
        label: 'contradicted',
        note: 'sector.memes.best_24h is WIF -2.90',
      },
      {
        find: '4.4%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$49 billion',
        label: 'contradicted',
        note: 'debatable; watchlist memes cap 38.4B, 49B is the CoinGecko category cap',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'contradicted',
        note: 'fact sector.gaming.decliners_24h 4',
      },
      {
        find: '4@5',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'contradicted',
        note: 'sector.gaming.worst_24h is GALA -4.20',
      },
      {
        find: '$2.6 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-09',
    voice: 'llm',
    style: 'daily',
    text: '## Layer One and Layer Two Update\n\n### Layer One\nThe layer-one sector rose **1.6%**, but only **4 of 10** members advanced. Bitcoin was the top performer at **+2.9%**, while **NEAR** was the weakest at **-5.2%**.\n\n- **SUI:** -3.8% to $3.04, just above $3.00 support\n- **DOT:** +0.5% to $3.65\n- **AVAX:** -4.3% to $21.06\n- **BNB:** +0.4% to $688.90\n\n### Layer Two\nThe rollup group slipped **2.0%**. **Optimism** was the sole gainer at **+0.9%**, while **Immutable** led losses at **-3.9%**.\n\n- **ARB:** -2.7% to $0.382\n- **POL:** -1.9% to $0.272\n- **OP:** $0.683\n\n**Summary:** L1 strength is a bitcoin story; L2s remain soft.',
    numbers: [
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '$3.04',
        label: 'supported',
      },
      {
        find: '$3.00',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '$3.65',
        label: 'contradicted',
        note: 'fact dot.price 3.561',
      },
      {
        find: '-4.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h -3.40',
      },
      {
        find: '$21.06',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '$688.90',
        label: 'supported',
      },
      {
        find: '2.0%',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '$0.382',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '$0.272',
        label: 'contradicted',
        note: 'fact pol.price 0.2271',
      },
      {
        find: '$0.683',
        label: 'contradicted',
        note: 'fact op.price 0.6328',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '2@9',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-llm-10',
    voice: 'llm',
    style: 'daily',
    text: '## Layer One and Layer Two Update\n\n- **Layer 1** gained **1.6%**, with **6 of 10** members advancing.\n- **NEAR** was the best layer-one token at **+5.2%**.\n- **Sui** fell 3.8% and trades below its $3.00 support.\n- **Rollups** fell 2.0%; **Arbitrum** was the only gainer at +0.9%.\n- **Immutable** has lost 8.3% over the week, the worst in the group.\n\n**Key point:** breadth inside L1 is weaker than the headline number suggests.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 4',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'contradicted',
        note: 'fact near.change_24h -5.20; NEAR was the worst, sign flipped',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$3.00',
        label: 'contradicted',
        note: 'debatable; fact sui.support 3.0 but SUI at 3.04 is above it',
      },
      {
        find: '2.0%',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'contradicted',
        note: 'sector.l2.best_24h is OP +0.90; ARB fell 2.70',
      },
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-llm-11',
    voice: 'llm',
    style: 'daily',
    text: '## Key Levels to Watch\n\n| Asset | Price | Support | Resistance |\n|---|---|---|---|\n| BTC | $111,742 | $110,000 | $115,000 |\n| ETH | $3,641.70 | $3,600 | $3,800 |\n| SOL | $157.83 | $150 | $160 |\n| XRP | $2.64 | $2.40 | $2.50 |\n| BNB | $688.90 | $650 | $700 |\n\n- **BTC** is trading about **1.6%** above support.\n- A break of **$115,000** could open the way to **$120,000**.\n- **ETH** remains below its 30-day high of $3,906.\n\n**Summary:** bitcoin holds the breakout; altcoins sit close to support.',
    numbers: [
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000@1',
        label: 'supported',
      },
      {
        find: '$3,641.70',
        label: 'supported',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'supported',
      },
      {
        find: '$157.83',
        label: 'supported',
      },
      {
        find: '$150',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '$2.64',
        label: 'contradicted',
        note: 'fact xrp.price 2.4618',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '$688.90',
        label: 'supported',
      },
      {
        find: '$650',
        label: 'contradicted',
        note: 'fact bnb.support 680',
      },
      {
        find: '$700',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'unsupported',
        note: 'derived distance to support',
      },
      {
        find: '$115,000@2',
        label: 'supported',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$3,906',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-12',
    voice: 'llm',
    style: 'daily',
    text: '## Key Levels to Watch\n\n- **Bitcoin:** support at **$115,000**, resistance at **$120,000**.\n- **Ethereum:** support at **$3,600**, resistance at **$3,900**.\n- **Solana:** trading at $157.83, support at **$150**, resistance at **$165**.\n- **XRP:** support at **$2.40**, resistance at **$2.50**.\n- **Dogecoin:** trading at $0.179 against resistance at **$0.18**.\n\n**Summary:** most majors sit closer to support than resistance.',
    numbers: [
      {
        find: '$115,000',
        label: 'contradicted',
        note: 'fact btc.support 110,000; 115,000 is resistance',
      },
      {
        find: '$120,000',
        label: 'contradicted',
        note: 'fact btc.resistance 115,000',
      },
      {
        find: '$3,600',
        label: 'supported',
      },
      {
        find: '$3,900',
        label: 'contradicted',
        note: 'fact eth.resistance 3800',
      },
      {
        find: '$157.83',
        label: 'supported',
      },
      {
        find: '$150',
        label: 'supported',
      },
      {
        find: '$165',
        label: 'contradicted',
        note: 'fact sol.resistance 160',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '$2.50',
        label: 'supported',
      },
      {
        find: '$0.179',
        label: 'supported',
      },
      {
        find: '$0.18',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-13',
    voice: 'llm',
    style: 'daily',
    text: '## Market Summary\n\n**Overall Market:**\n- Total crypto market cap: **$3.76 trillion** (+0.6%)\n- 24h volume: **$134 billion**\n- Bitcoin dominance: **59.1%**\n- Advancers / decliners: **7 / 23**\n\n**Bitcoin:**\n- Price: **$111,742**\n- 24h change: **+2.9%**\n- 7d change: **+6.1%**\n- 30d change: **+6.2%**\n- Market cap: **$2.23 trillion**\n- Realized volatility (7d): **30.9%**\n\n**Ethereum:**\n- Price: **$3,641.70**\n- 24h change: **-1.5%**\n- 7d change: **-5.2%**\n- Market cap: **$439.7 billion**\n\n**Summary:** Bitcoin strength, altcoin weakness.',
    numbers: [
      {
        find: '$3.76 trillion',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '$134 billion',
        label: 'supported',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '23@1',
        label: 'supported',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '+6.2%',
        label: 'contradicted',
        note: 'fact btc.change_30d 4.21',
      },
      {
        find: '$2.23 trillion',
        label: 'supported',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '30.9%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 20.9',
      },
      {
        find: '$3,641.70',
        label: 'supported',
      },
      {
        find: '24h@3',
        label: 'ignored',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '7d@3',
        label: 'ignored',
      },
      {
        find: '-5.2%',
        label: 'contradicted',
        note: 'fact eth.change_7d -2.52',
      },
      {
        find: '$439.7 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-14',
    voice: 'llm',
    style: 'daily',
    text: '## Market Summary\n\n**Overall Market:**\n- Total crypto market cap: **$3.26 trillion**\n- Daily volume: **$134 billion**\n- Bitcoin dominance: **57.1%**\n- Advancers: **12** of 30\n\n**Bitcoin:**\n- Price: **$111,742**\n- 7d change: **+2.9%**\n- 30d volatility: **18.0%**\n- Market cap: **$2.23 trillion**\n\n**Ethereum:**\n- 30d change: **+1.8%**\n- 24h volume: **$3.2 billion**\n\n**Summary:** a narrow, bitcoin-led market.',
    numbers: [
      {
        find: '$3.26 trillion',
        label: 'contradicted',
        note: 'fact market.total_cap 3.762T',
      },
      {
        find: '$134 billion',
        label: 'supported',
      },
      {
        find: '57.1%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.1',
      },
      {
        find: '12',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+2.9%',
        label: 'contradicted',
        note: 'fact btc.change_7d 6.10; 2.9 is the 24h change',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '18.0%',
        label: 'supported',
      },
      {
        find: '$2.23 trillion',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$3.2 billion',
        label: 'contradicted',
        note: 'fact eth.volume_24h 1.32B',
      },
    ],
  },
  {
    id: 'Y-llm-15',
    voice: 'llm',
    style: 'daily',
    text: '## News Highlights\n\n- **Corporate treasuries:** A listed firm added **4,850** BTC, its biggest purchase this year, according to **CoinDesk**.\n- **ETF flows:** Spot bitcoin ETFs saw **$386 million** in net inflows, as reported by **Bitcoin Magazine**.\n- **Security:** A DeFi lender was drained of **$27 million** in an oracle exploit, per **Decrypt**.\n- **Token unlocks:** **The Block** reports that Sui will unlock **58.4 million** tokens next week.\n- **Price targets:** An analyst cited by **Cointelegraph** sees bitcoin reaching **$135,000** by year-end.\n\n**Summary:** institutional demand remains a tailwind.',
    numbers: [
      {
        find: '4,850',
        label: 'supported-by-source',
      },
      {
        find: '$386 million',
        label: 'supported-by-source',
      },
      {
        find: '$27 million',
        label: 'supported-by-source',
      },
      {
        find: '58.4 million',
        label: 'supported-by-source',
      },
      {
        find: '$135,000',
        label: 'supported-by-source',
        note: 'forecast stated in a Cointelegraph headline and attributed; debatable',
      },
    ],
  },
  {
    id: 'Y-llm-16',
    voice: 'llm',
    style: 'daily',
    text: '## News Highlights\n\n- Spot bitcoin ETFs recorded **$683 million** in net inflows, Bitcoin Magazine reported.\n- A corporate treasury added **4,850** BTC.\n- XRP **surged 8%** on renewed ETF optimism, according to Decrypt.\n- Bitcoin open interest jumped **8.7%**, per Cointelegraph.\n- A DeFi exploit cost a lending protocol **$27 million**.\n\n**Summary:** the news flow was mostly constructive.',
    numbers: [
      {
        find: '$683 million',
        label: 'contradicted',
        note: 'Bitcoin Magazine headline says 386 million',
      },
      {
        find: '4,850',
        label: 'unsupported',
        note: 'headline figure, outlet not named',
      },
      {
        find: '8%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30',
      },
      {
        find: '8.7%',
        label: 'supported',
      },
      {
        find: '$27 million',
        label: 'unsupported',
        note: 'headline figure, outlet not named',
      },
    ],
  },
  {
    id: 'Y-llm-17',
    voice: 'llm',
    style: 'weekly',
    text: '## Weekly Market Recap\n\n### Overview\nBitcoin outperformed this week, gaining **6.1%**, while most altcoins slid.\n\n### Major Assets\n- **BTC:** +6.1%\n- **ETH:** -2.5%\n- **SOL:** -5.8%\n- **XRP:** -4.5%\n- **ADA:** -4.6%\n- **AVAX:** -4.0%\n- **NEAR:** -10.3%\n\n### Sectors\n- **Layer 1:** +3.4%, with only 3 of 10 members higher\n- **Layer 2:** -4.5%, 0 of 4 higher\n- **AI:** -9.6%, the worst sector\n- **Gaming:** -5.7%\n- **DePIN:** -6.7%\n- **Memes:** -6.1%\n\n### Derivatives\nTotal open interest rose 4.9% over the week; BTC OI is up 8.7%.\n\n**Summary:** a one-asset market.',
    numbers: [
      {
        find: '6.1%@1',
        label: 'supported',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '-2.5%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-4.5%@1',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '-4.0%',
        label: 'contradicted',
        note: 'fact avax.change_7d -7.02',
      },
      {
        find: '-10.3%',
        label: 'supported',
      },
      {
        find: '1@4',
        label: 'ignored',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_7d 1',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '-4.5%@2',
        label: 'supported',
      },
      {
        find: '0@4',
        label: 'supported',
      },
      {
        find: '4@6',
        label: 'supported',
      },
      {
        find: '-9.6%',
        label: 'supported',
      },
      {
        find: '-5.7%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -7.68; -5.7 is the 30d change',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'contradicted',
        note: 'fact btc.oi_change_7d 11.4; 8.7 is the 24h change',
      },
    ],
  },
  {
    id: 'Y-llm-18',
    voice: 'llm',
    style: 'weekly',
    text: "## Weekly Market Recap\n\n- **Bitcoin** climbed 6.1% over the week and now trades near $111,700.\n- **Ether** rose 2.5%.\n- **Solana** dropped 4.1%.\n- **Virtuals** lost 7.6%, the week's worst performer.\n- **AI** was the weakest sector, down 9.6%.\n- **Memes** fell 6.1%, led lower by **WIF** at -10.6%.\n- **Gaming** dropped 7.7%; **Gala** was its best performer at -6.3%.\n- **Layer 1** gained 1.6%.\n\n**Summary:** Bitcoin's week, nobody else's.",
    numbers: [
      {
        find: '6.1%@1',
        label: 'supported',
      },
      {
        find: '$111,700',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'contradicted',
        note: 'fact eth.change_7d -2.52; direction wrong',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'fact sol.change_7d -5.76; -4.1 is the 24h change',
      },
      {
        find: '7.6%',
        label: 'contradicted',
        note: 'fact virtual.change_7d -13.49; -7.6 is the 24h change',
      },
      {
        find: '9.6%',
        label: 'supported',
      },
      {
        find: '6.1%@2',
        label: 'supported',
      },
      {
        find: '-10.6%',
        label: 'supported',
      },
      {
        find: '7.7%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '1@8',
        label: 'ignored',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'fact sector.l1.change_7d 3.44; 1.6 is the 24h change',
      },
    ],
  },
  {
    id: 'Y-llm-19',
    voice: 'llm',
    style: 'daily',
    text: "## What to Watch\n\n1. **Bitcoin's breakout:** BTC holds above its former 30-day high near $111,050. Volatility remains modest at 12.9% annualized over 7 days.\n2. **Funding extremes:** BTC funding at 0.017% per 8h is elevated; a flush could take price back toward $108,000.\n3. **Altcoin capitulation:** with 23 of 30 assets down, a relief bounce of 10% in alts is possible.\n4. **Sui unlock:** **58.4 million** SUI tokens unlock next week, according to The Block.\n5. **ETF flows:** a fifth day of inflows could push the weekly total past **$1.5 billion**.\n\n**Summary:** watch leverage and flows.",
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,050',
        label: 'supported',
      },
      {
        find: '12.9%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 20.9',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$108,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '3@2',
        label: 'ignored',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '4@1',
        label: 'ignored',
      },
      {
        find: '58.4 million',
        label: 'supported-by-source',
      },
      {
        find: '5@3',
        label: 'ignored',
      },
      {
        find: '$1.5 billion',
        label: 'unsupported',
        note: 'forecast/invented',
      },
    ],
  },
  {
    id: 'Y-llm-20',
    voice: 'llm',
    style: 'daily',
    text: "## DePIN Spotlight\n\nThe **DePIN** sector was **split**, with **2** gainers and **2** decliners, ending the day **-1.9%**.\n\n- **Helium (HNT):** **+2.6%** to $3.10, the sector's best\n- **Filecoin (FIL):** +1.2% to $2.82\n- **IoTeX (IOTX):** -1.7% to $0.0222\n- **Render (RENDER):** -5.9%, the sector's worst\n\nOver 7 days, DePIN is down 2.7%. Decrypt reported HNT rising about 2.6% and Filecoin about 1.2%.\n\n**Summary:** DePIN held up better than most alt sectors.",
    numbers: [
      {
        find: '2@1',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '$3.10',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '$2.82',
        label: 'contradicted',
        note: 'fact fil.price 2.2187',
      },
      {
        find: '-1.7%',
        label: 'supported',
      },
      {
        find: '$0.0222',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: "fact sector.depin.change_7d -6.68; -2.7 is FIL's weekly move",
      },
      {
        find: '2.6%@2',
        label: 'supported',
      },
      {
        find: '1.2%@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-21',
    voice: 'llm',
    style: 'daily',
    text: "## DePIN Spotlight\n\n- **DePIN** fell 1.9% on the day.\n- **Filecoin** led the sector with a **2.6%** gain.\n- **IoTeX** rose 1.7%.\n- **Render** fell 9.5%.\n- The sector's watchlist cap is about **$4.0 billion**; the CoinGecko DePIN category stands near **$9.4 billion**.\n- DePIN has shed $289 million over 24 hours.\n\n**Summary:** mixed.",
    numbers: [
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'sector.depin.best_24h is HNT +2.60; FIL rose 1.20',
      },
      {
        find: '1.7%',
        label: 'contradicted',
        note: 'fact iotx.change_24h -1.70; direction wrong',
      },
      {
        find: '9.5%',
        label: 'contradicted',
        note: 'fact render.change_24h -5.90',
      },
      {
        find: '$4.0 billion',
        label: 'supported',
      },
      {
        find: '$9.4 billion',
        label: 'supported',
      },
      {
        find: '$289 million',
        label: 'contradicted',
        note: 'fact sector.depin.market_cap_change_24h -79.8M; 289M is the 7d change',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'Y-llm-22',
    voice: 'llm',
    style: 'daily',
    text: '## TL;DR\n\n- BTC **+2.9%**, now **$121.7K**\n- ETH **-5.1%**\n- 17 of 30 coins higher\n- Memes -3.7%; AI -0.6%\n- Funding: BTC **0.017%**, SOL **0.008%**\n\n**One-line summary:** bitcoin strength, narrow breadth.',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '$121.7K',
        label: 'contradicted',
        note: 'fact btc.price 111,742',
      },
      {
        find: '-5.1%',
        label: 'contradicted',
        note: 'fact eth.change_24h -1.50',
      },
      {
        find: '17@1',
        label: 'contradicted',
        note: 'fact market.advancers_24h 7',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h -6.02; 10x slip',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '0.008%',
        label: 'contradicted',
        note: 'fact sol.funding_rate -0.008; sign dropped',
      },
    ],
  },
  {
    id: 'Y-llm-23',
    voice: 'llm',
    style: 'daily',
    text: '## Volume and Volatility\n\n- **BTC volume:** about **$4.2 billion**, roughly **1.6x** its 7-day average\n- **ETH volume:** $1.3 billion, about **0.87x** its average\n- **SOL volume:** $945 million, at 0.80x\n- **Total market volume:** $134 billion\n\n**Volatility (7d, annualized):**\n- BTC: 20.9%\n- ETH: 27.9%\n- SOL: 27.1%\n- SUI: 41.1%\n- RENDER: 62.0%\n\n**Summary:** volume concentrated in bitcoin.',
    numbers: [
      {
        find: '$4.2 billion',
        label: 'supported',
      },
      {
        find: '1.6x',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '$1.3 billion',
        label: 'supported',
      },
      {
        find: '0.87x',
        label: 'supported',
      },
      {
        find: '$945 million',
        label: 'contradicted',
        note: 'fact sol.volume_24h 445M',
      },
      {
        find: '0.80x',
        label: 'supported',
      },
      {
        find: '$134 billion',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '20.9%',
        label: 'supported',
      },
      {
        find: '27.9%',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 17.9',
      },
      {
        find: '27.1%',
        label: 'supported',
      },
      {
        find: '41.1%',
        label: 'contradicted',
        note: 'fact sui.volatility_7d 14.1; digits transposed',
      },
      {
        find: '62.0%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-24',
    voice: 'llm',
    style: 'daily',
    text: "## Bitcoin Outlook\n\nBitcoin's rally to **$111,742** marks a daily gain of **2.9%**. Historically, September has averaged a **-4.5%** return for BTC, so seasonality is a headwind. Should the **$115,000** resistance give way, analysts see room toward **$125,000**, still short of the prior all-time high of **$124,000**.\n\n**Key stats:**\n- Dominance: 59.1%\n- Funding: 0.017% per 8h\n- Hashrate: 1.1 ZH/s\n\n**Summary:** momentum favors bitcoin, but leverage is rising.",
    numbers: [
      {
        find: '$111,742',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '-4.5%',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '$125,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$124,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '59.1%',
        label: 'supported',
      },
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '1.1',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'Y-llm-25',
    voice: 'llm',
    style: 'daily',
    text: '## Ethereum Deep Dive\n\n- **Price:** $3,641.70 (-1.5%)\n- **Staking ratio:** 28%\n- **Gas:** 2.1 gwei\n- **ETH/BTC:** 0.0326\n- **ETH ETF flows:** -$42 million\n- **30d range:** $3,514 to $3,906\n- **Volatility (30d):** 24.6%\n\n**Summary:** ether remains range-bound while bitcoin breaks out.',
    numbers: [
      {
        find: '$3,641.70',
        label: 'supported',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '28%',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '2.1',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '0.0326',
        label: 'unsupported',
        note: 'derived ratio, no fact',
      },
      {
        find: '-$42 million',
        label: 'unsupported',
        note: 'no fact, no headline',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '$3,514',
        label: 'supported',
      },
      {
        find: '$3,906',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '24.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-llm-26',
    voice: 'llm',
    style: 'daily',
    text: "## Altcoin Rotation?\n\nDespite CoinDesk's headline about an altcoin rally, the data shows **23 of 30** tokens fell. Solana dropped **4.1%** and XRP **2.3%**. Relative to bitcoin, SOL underperformed by roughly **7.0** percentage points, and its open interest fell 6.8% on the day.\n\n**Summary:** there was no rotation out of bitcoin today.",
    numbers: [
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '7.0',
        label: 'unsupported',
        note: 'derived spread',
      },
      {
        find: '6.8%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -3.6; -6.8 is the 7d change',
      },
    ],
  },
  {
    id: 'Y-llm-27',
    voice: 'llm',
    style: 'daily',
    text: '## Quick Numbers\n\n- BTC 24h high: $112,788\n- ETH 24h low: $3,525\n- SOL 30d low: $154.79\n- XRP 24h high: $2.54\n- DOGE market cap: $17.0B\n- SHIB market cap: $6.8B\n- PEPE market cap: $8.9B\n- AVAX market cap: $9.0B\n- TAO market cap: $3.1B\n- WIF market cap: $0.77B\n\n**Summary:** bitcoin dwarfs the rest of the watchlist.',
    numbers: [
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '$112,788',
        label: 'contradicted',
        note: 'fact btc.high_24h 111,788',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '$3,525',
        label: 'contradicted',
        note: 'fact eth.low_24h 3,625.16',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$154.79',
        label: 'supported',
      },
      {
        find: '24h@3',
        label: 'ignored',
      },
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '$17.0B',
        label: 'contradicted',
        note: 'fact doge.market_cap 26.95B',
      },
      {
        find: '$6.8B',
        label: 'supported',
      },
      {
        find: '$8.9B',
        label: 'contradicted',
        note: 'fact pepe.market_cap 3.86B',
      },
      {
        find: '$9.0B',
        label: 'supported',
      },
      {
        find: '$3.1B',
        label: 'supported',
      },
      {
        find: '$0.77B',
        label: 'supported',
      },
    ],
  },
];
