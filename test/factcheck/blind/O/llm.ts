import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'O-llm-01',
    voice: 'llm',
    style: 'daily',
    text: '## Crypto Market Update: Bitcoin Breaks Out\n\n**Bitcoin** pushed to a new high overnight and now trades around **$131,800**, up **5.4%** over the past 24 hours. Its intraday range ran from $124,931 to $132,429, and the move took it clear of the prior 30-day swing high near $129,000.\n\n**Ethereum** lagged slightly, gaining 3.1% to roughly $4,620, while **Solana** outperformed with a 12.8% jump to $226.\n\n### Key Levels\n- **BTC support:** $130,000\n- **BTC resistance:** $140,000\n- **ETH support:** $4,800, resistance $4,600\n\n**Summary:** a broad rally, with 26 of 30 watchlist assets higher and total market cap up 4.6% to about $4.37 trillion.',
    numbers: [
      {
        find: '$131,800',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$124,931',
        label: 'supported',
      },
      {
        find: '$132,429',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$129,000',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '$4,620',
        label: 'supported',
      },
      {
        find: '12.8%',
        label: 'contradicted',
        note: 'fact sol.change_24h 7.80',
      },
      {
        find: '$226',
        label: 'supported',
      },
      {
        find: '$130,000',
        label: 'supported',
      },
      {
        find: '$140,000',
        label: 'contradicted',
        note: 'fact btc.resistance 135000',
      },
      {
        find: '$4,800',
        label: 'contradicted',
        note: 'support/resistance swapped; eth.support 4600',
      },
      {
        find: '$4,600',
        label: 'contradicted',
        note: 'swapped; eth.resistance 4800',
      },
      {
        find: '26@2',
        label: 'supported',
      },
      {
        find: '30@3',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$4.37 trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'O-llm-02',
    voice: 'llm',
    style: 'daily',
    text: '## Derivatives Snapshot\n\nLeverage is building quickly:\n\n- **Total open interest** stands at roughly **$22.1 billion**, up 11% on the day.\n- **BTC funding** is running at 0.0215% per 8h, which annualizes to about 23.5% — longs are paying shorts.\n- **ETH funding** sits at 0.0182%, or roughly 29.9% annualized.\n- **DOGE** has the hottest perp: funding of 0.0338% and open interest up 22% in a day.\n- **XRP** funding is the coolest at 0.0071%, while **BNB** funding is 0.012%.\n\nOver the week, aggregate open interest has climbed about 18%, while BTC OI alone is up 9.6% in 24h. Traders should note that shorts are paying longs on **SOL**, where funding has turned to -0.0264%.\n\n**Bottom line:** positioning is crowded, and a flush toward $125,000 would not be surprising.',
    numbers: [
      {
        find: '$22.1 billion',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '0.0215%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '23.5%',
        label: 'supported',
      },
      {
        find: '0.0182%',
        label: 'supported',
      },
      {
        find: '29.9%',
        label: 'contradicted',
        note: 'fact eth.funding_apr 19.93',
      },
      {
        find: '0.0338%',
        label: 'supported',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '0.0071%',
        label: 'supported',
      },
      {
        find: '0.012%',
        label: 'unsupported',
        note: 'no BNB perp/funding fact',
      },
      {
        find: '18%',
        label: 'supported',
      },
      {
        find: '9.6%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '-0.0264%',
        label: 'contradicted',
        note: 'fact sol.funding_rate +0.0264, longs pay',
      },
      {
        find: '$125,000',
        label: 'unsupported',
        note: 'forecast level, no fact',
      },
    ],
  },
  {
    id: 'O-llm-03',
    voice: 'llm',
    style: 'sector',
    text: '## Sector Performance\n\n**Memecoins** were the clear winners, rising **9.5%** as every one of the 4 members gained. **PEPE** led with a 14.3% surge, while **DOGE** was the laggard of the group at 8.5%.\n\n**Layer 1s** added 4.8%; **Solana** was the best performer at 7.8% and **XRP** the only decliner, down 0.6%.\n\n**AI tokens** rose 3.7%, led by **Bittensor** at 5.6%.\n\n**Gaming** gained 3.2% and **Layer 2s** just 1.1%.\n\n**DePIN** was the only sector in the red, slipping 0.8%; **Filecoin** fell 2.6% and **Helium** 4.2%.\n\n**Summary:** risk appetite is concentrated at the speculative end of the market.',
    numbers: [
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '8.5%',
        label: 'contradicted',
        note: 'laggard is SHIB 8.51; DOGE 9.20',
      },
      {
        find: 'Layer 1s',
        label: 'ignored',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'best AI 24h is NEAR 5.6; TAO 3.2',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 2.17',
      },
      {
        find: 'Layer 2s',
        label: 'ignored',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'contradicted',
        note: 'fact hnt.change_24h -2.20',
      },
    ],
  },
  {
    id: 'O-llm-04',
    voice: 'llm',
    style: 'daily',
    text: '## What Happened Today\n\n**Bitcoin** rose 5.4% to around **$131,805**, its dominance edging up to **60.1%**. Trading volume in BTC hit about $7.3 billion, nearly three times 7-day average.\n\nThe broader market was firmer but trailed BTC: total capitalization rose 4.6% and 24h volume came to roughly $386 billion.\n\nNotable movers:\n- **DOGE** +9.2% to $0.2584\n- **WIF** +21.1%\n- **AVAX** +8.3%\n- **ADA** +5.2% to $0.74\n\nAmong the few losers, **XRP** slipped 0.6% to $2.62, and **Filecoin** rose 2.6%.\n\n**Summary:** a bitcoin-led melt-up with leverage and volume both elevated.',
    numbers: [
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$131,805',
        label: 'supported',
      },
      {
        find: '60.1%',
        label: 'supported',
      },
      {
        find: '$7.3 billion',
        label: 'supported',
      },
      {
        find: 'three times',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.97',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$386 billion',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '$0.2584',
        label: 'supported',
      },
      {
        find: '21.1%',
        label: 'contradicted',
        note: 'fact wif.change_24h 12.10',
      },
      {
        find: '8.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h 6.30',
      },
      {
        find: '5.2%',
        label: 'supported',
      },
      {
        find: '$0.74',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$2.62',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'direction wrong; fil.change_24h -2.60',
      },
    ],
  },
  {
    id: 'O-llm-05',
    voice: 'llm',
    style: 'weekly',
    text: "## Weekly Recap\n\nThis week **Bitcoin** gained about **9%**, while **Ether** added 3.1% and **Solana** 9.3%.\n\n### Sectors over the week\n- **Memes:** +9.5%, led by **PEPE** at 25.9%\n- **Layer 1:** +8.2%; **Avalanche** was the top L1 at 11.2%\n- **AI:** +7.2%, with **TAO** up 14.2%\n- **Gaming:** +5.4%, though **Axie** dropped 3.4%\n- **Layer 2:** +4.6%\n- **DePIN:** -0.8%\n\n**Open interest** has grown roughly 18% on the week, and BTC's realized volatility over the week was a calm 37%.\n\n**Summary:** every sector finished the week higher, with memes up nearly twice as much as layer 1s.",
    numbers: [
      {
        find: '9%@1',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: '24h value, fact eth.change_7d 6.50',
      },
      {
        find: '9.3%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'contradicted',
        note: '24h value; fact sector.memes.change_7d 15.58',
      },
      {
        find: '25.9%',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '8.2%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '11.2%',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'supported',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d 3.41',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d 1.55',
      },
      {
        find: '-0.8%',
        label: 'contradicted',
        note: '24h value; fact sector.depin.change_7d +1.18',
      },
      {
        find: '18%',
        label: 'supported',
      },
      {
        find: '37%',
        label: 'contradicted',
        note: '30d value; fact btc.volatility_7d 24.4',
      },
      {
        find: 'twice',
        label: 'unsupported',
        note: 'ratio memes 15.6 vs L1 8.2 is 1.9x, derived arithmetic',
      },
      {
        find: 'layer 1s',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'O-llm-06',
    voice: 'llm',
    style: 'daily',
    text: '## Flows and Headlines\n\n- **ETF demand:** CoinDesk reported that U.S. spot bitcoin ETFs drew **$1.1 billion** in a single day.\n- **Exchange outflows:** Cointelegraph said about 42,000 BTC left exchanges in 24 hours.\n- **Liquidations:** short liquidations topped $780 million, mostly BTC and DOGE shorts.\n- **Miners:** hashprice rose 6%.\n- **Corporate buying:** according to Bitcoin Magazine, a treasury fund bought 5,000 BTC into the breakout.\n- **Outlook:** one analyst cited by CryptoSlate sees BTC at $150,000 by year-end, though a move to $160,000 is also being discussed.\n\n**Summary:** spot and on-chain demand look strong heading into the Q4 stretch.',
    numbers: [
      {
        find: '$1.1 billion',
        label: 'supported-by-source',
      },
      {
        find: '42,000',
        label: 'supported-by-source',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$780 million',
        label: 'unsupported',
        note: 'headline figure but not attributed to The Block',
      },
      {
        find: '6%',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '5,000',
        label: 'supported-by-source',
      },
      {
        find: '$150,000',
        label: 'supported-by-source',
        note: 'attributed headline forecast',
      },
      {
        find: '$160,000',
        label: 'unsupported',
        note: 'invented forecast',
      },
      {
        find: 'Q4',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'O-llm-07',
    voice: 'llm',
    style: 'daily',
    text: "## Quick Take\n\nBTC is now about 2.4% below resistance.\n\n**BTC** $131.8K (+5.4%) | **ETH** $4,620 (+3.1%) | **SOL** $226.4 (+7.8%) | **BNB** $1,064 (+1.4%) | **XRP** $2.62 (-0.6%)\n\n**Breadth:** 26 up, 4 down.\n\nBitcoin's market cap is about **$2.63 trillion**, and ether's roughly **$658 billion**. Solana's cap stands near $124 billion, below XRP at $175 billion.",
    numbers: [
      {
        find: '2.4%',
        label: 'unsupported',
        note: 'distance to resistance, derived',
      },
      {
        find: '$131.8K',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '$4,620',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'supported',
      },
      {
        find: '$226.4',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '$1,064',
        label: 'supported',
      },
      {
        find: '1.4%',
        label: 'contradicted',
        note: 'fact bnb.change_24h 4.10',
      },
      {
        find: '$2.62',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '26@2',
        label: 'supported',
      },
      {
        find: '4@7',
        label: 'supported',
      },
      {
        find: '$2.63 trillion',
        label: 'supported',
      },
      {
        find: '$658 billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 557.7B',
      },
      {
        find: '$124 billion',
        label: 'supported',
      },
      {
        find: '$175 billion',
        label: 'contradicted',
        note: 'fact xrp.market_cap 157.15B',
      },
    ],
  },
  {
    id: 'O-llm-08',
    voice: 'llm',
    style: 'sector',
    text: '## Layer 1 Deep Dive\n\nThe **layer-1** group (10 tokens on our list) rose 4.8% on the day, with 8 of them higher. Total L1 capitalization is around **$3.67 trillion** after adding about $168 billion.\n\n- **Best:** SOL, +7.8%\n- **Runner-up:** AVAX, +6.8%\n- **Worst:** XRP, -0.6%\n- **Cardano** +2.5%, **Polkadot** +4.9%, **NEAR** +5.6%\n\nOver 30 days, the sector is up about 12.9%, with **Polkadot** the only member down (-2.2%). **Avalanche** has gained 18.1% in that span.\n\n**Summary:** broad L1 participation, though **SOL** funding at 0.0264% every eight hours suggests leverage is doing some of the work.',
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: 'layer-1',
        label: 'ignored',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '4.8%',
        label: 'supported',
      },
      {
        find: '8@2',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 9',
      },
      {
        find: 'L1@1',
        label: 'ignored',
      },
      {
        find: '$3.67 trillion',
        label: 'supported',
      },
      {
        find: '$168 billion',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'contradicted',
        note: 'second-best L1 is SUI 6.80; AVAX 6.30',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'contradicted',
        note: 'fact ada.change_24h 5.20',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '12.9%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '18.1%',
        label: 'contradicted',
        note: 'fact avax.change_30d 8.12',
      },
      {
        find: 'L1@2',
        label: 'ignored',
      },
      {
        find: '0.0264%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'O-llm-09',
    voice: 'llm',
    style: 'daily',
    text: "## Volatility and Volume\n\n**Realized volatility** (7-day, annualized) is subdued for BTC at 24.4% but much higher for the alts: ETH 40.3%, SOL 64.4%, and WIF a striking 121%.\n\n**Volume** surged across the board:\n- BTC traded 1.97x its 7-day average\n- SOL 2.3x\n- PEPE about 3.2x\n- WIF 1.4x\n- DOGE 1.8x\n\nETH 24h volume was approximately **$4.7 billion**, and SOL's was near $20 billion. DOGE turnover reached $3.26 billion, outpacing Solana by about $1.3 billion.\n\n**Summary:** volume confirms the breakout, but alt volatility is elevated.",
    numbers: [
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '24.4%',
        label: 'supported',
      },
      {
        find: '40.3%',
        label: 'supported',
      },
      {
        find: '64.4%',
        label: 'contradicted',
        note: 'AVAX value; fact sol.volatility_7d 48.3',
      },
      {
        find: '121%',
        label: 'supported',
      },
      {
        find: '1.97x',
        label: 'supported',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '2.3x',
        label: 'supported',
      },
      {
        find: '3.2x',
        label: 'supported',
      },
      {
        find: '1.4x',
        label: 'contradicted',
        note: 'fact wif.volume_ratio_7d 2.66',
      },
      {
        find: '1.8x',
        label: 'contradicted',
        note: 'fact doge.volume_ratio_7d 2.81',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$4.7 billion',
        label: 'supported',
      },
      {
        find: '$20 billion',
        label: 'contradicted',
        note: '10x slip; fact sol.volume_24h 1.97B',
      },
      {
        find: '$3.26 billion',
        label: 'supported',
      },
      {
        find: '$1.3 billion',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
    ],
  },
  {
    id: 'O-llm-10',
    voice: 'llm',
    style: 'daily',
    text: "## Market Overview\n\nThe total crypto market cap climbed **4.6%** to **$4.37T**, about $500 billion more than a month ago. BTC dominance rose to 61.5%.\n\n**Key stats:**\n- Advancers: 26 of 30\n- Avg. funding: 0.021% per 8h\n- Open interest: $22.1B (+11% in 24h, +18.2% in 7d)\n\nCointelegraph's report that BTC funding had turned negative does not match the data: BTC funding is a positive 0.0215%. Reddit posters claiming only 10 coins were up in the top 30 were also wrong.\n\n**Summary:** the melt-up is broad, levered and led by bitcoin, which is up 19.6% over 30 days.",
    numbers: [
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$4.37T',
        label: 'supported',
      },
      {
        find: '$500 billion',
        label: 'unsupported',
        note: 'no fact states the cap change in dollars; derived',
      },
      {
        find: '61.5%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 60.10',
      },
      {
        find: '26',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '0.021%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '$22.1B',
        label: 'supported',
      },
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+18.2%',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '0.0215%',
        label: 'supported',
      },
      {
        find: '10',
        label: 'contradicted',
        note: 'fact market.advancers_24h 26',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '19.6%',
        label: 'contradicted',
        note: 'SOL value; fact btc.change_30d 13.92',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'O-llm-11',
    voice: 'llm',
    style: 'daily',
    text: '## Altcoin Watch\n\nAltcoins broadly trailed bitcoin, with the median gain around 3%.\n\n- **SUI** hit $3.10, up 6.8%, close to its $3.20 resistance.\n- **NEAR** rose 5.6% to $3.32, and it could reach $4 by month-end.\n- **Arbitrum** added only 0.8%, trading at $0.83.\n- **Optimism** gained 4.1% to $0.56.\n- **Polygon** edged up 0.9% but is down 2.6% over the week.\n- **Render** rose 1.3% to $4.12, its best level since June at $4.60.\n- **Bittensor** trades at $512.6, up 3.2%.\n- **Worldcoin** climbed 2.9% to $1.41.\n\n**Summary:** roughly 70% of gains came from large caps; large caps led; L2s and infrastructure trailed.',
    numbers: [
      {
        find: '3%@1',
        label: 'unsupported',
        note: 'no median fact',
      },
      {
        find: '$3.10',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '$3.20',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '$3.32',
        label: 'supported',
      },
      {
        find: '$4@1',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$0.83',
        label: 'contradicted',
        note: 'digits swapped; fact arb.price 0.3806',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'fact op.change_24h 1.40',
      },
      {
        find: '$0.56',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '1.3%',
        label: 'supported',
      },
      {
        find: '$4.12',
        label: 'supported',
      },
      {
        find: 'June',
        label: 'ignored',
      },
      {
        find: '$4.60',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '$512.6',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$1.41',
        label: 'contradicted',
        note: 'fact wld.price 1.2146',
      },
      {
        find: '70%',
        label: 'unsupported',
        note: 'no fact; invented share',
      },
      {
        find: 'L2s',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'O-llm-12',
    voice: 'llm',
    style: 'daily',
    text: '## Morning Briefing\n\n**Bitcoin** extended its run, climbing 7% overnight, while **memecoins** surged about 19% as a group.\n\n- **ETH open interest** fell 11.5% to $7.2 billion.\n- **SOL** is the best layer 1 over 30 days, up 29.6%.\n- **DOGE** funding printed 0.338% per eight hours.\n- **XRP** could reclaim $3 this week.\n\n**Summary:** BTC sits near $131,800, after breaking through its 30-day swing high near $129,000 on the way up.',
    numbers: [
      {
        find: '7%',
        label: 'contradicted',
        note: 'fact btc.change_24h 5.40',
      },
      {
        find: '19%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 9.51',
      },
      {
        find: '11.5%',
        label: 'contradicted',
        note: 'direction wrong; eth.oi_change_24h +11.5',
      },
      {
        find: '$7.2 billion',
        label: 'supported',
      },
      {
        find: 'layer 1',
        label: 'ignored',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '29.6%',
        label: 'contradicted',
        note: 'fact sol.change_30d 19.60',
      },
      {
        find: '0.338%',
        label: 'contradicted',
        note: '10x slip; doge.funding_rate 0.0338',
      },
      {
        find: '$3',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$131,800',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$129,000',
        label: 'supported',
      },
    ],
  },
];
