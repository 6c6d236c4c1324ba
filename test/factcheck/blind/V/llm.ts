import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'V-llm-01',
    voice: 'llm',
    style: 'daily',
    text: `## Market overview

The crypto market staged a sharp rebound. Total capitalization rose **6%** to roughly **$3.3 trillion**, and 26 of the 30 tracked assets finished higher. Bitcoin dominance slipped to about 61.2%.

## Bitcoin and Ether

- **BTC** trades at **$97,400**, up 5.8% on the day after touching a low near $89,600. It is still down 6.5% over 7 days.
- **ETH** gained 7.9% to $3,846, outpacing bitcoin by 2.1 points.
- Ether's support is seen at $3,400 and resistance at $3,600.

## Derivatives

- Total open interest climbed 9.1% to $14.7 billion.
- BTC funding is negative at -0.006% per 8h, meaning shorts pay longs.
- SOL funding flipped positive at 0.08% per 8h.
- ETH open interest jumped 16.5%, and BTC volume ran at 3.2 times its 7-day average.

**Summary:** a broad relief rally, with only 4 decliners on the list.`,
    numbers: [
      { find: 'rose **6%**', label: 'supported' },
      { find: '$3.3 trillion', label: 'supported' },
      { find: '26', label: 'supported' },
      { find: '30', label: 'supported' },
      { find: '61.2%', label: 'contradicted', note: 'fact market.btc_dominance 58.75' },
      { find: '$97,400', label: 'supported' },
      { find: '5.8%', label: 'supported' },
      { find: '$89,600', label: 'supported' },
      { find: 'down 6.5%', label: 'supported' },
      { find: '7 days', label: 'ignored' },
      { find: '7.9%', label: 'supported' },
      { find: '$3,846', label: 'contradicted', note: 'fact eth.price 3486.2 (digit swap)' },
      { find: '2.1 points', label: 'unsupported', note: 'derived arithmetic 7.9-5.8' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '9.1%', label: 'supported' },
      { find: '$14.7 billion', label: 'supported' },
      { find: '-0.006%', label: 'supported' },
      { find: '8h, meaning', label: 'ignored' },
      { find: '0.08%', label: 'contradicted', note: 'fact sol.funding_rate 0.008 (10x slip)' },
      { find: '8h@2', label: 'ignored' },
      { find: '16.5%', label: 'contradicted', note: 'that is SOL OI change; eth.oi_change_24h 9.2' },
      { find: '3.2 times', label: 'contradicted', note: 'fact btc.volume_ratio_7d 2.24' },
      { find: '7-day', label: 'ignored' },
      { find: '4 decliners', label: 'supported' },
    ],
  },
  {
    id: 'V-llm-02',
    voice: 'llm',
    style: 'daily',
    text: `## Sector snapshot

**DePIN** was the standout sector, rising **11.4%** as Render led with a **12.4%** gain. Every one of its 4 members advanced.

**AI tokens** climbed 8.8% in aggregate. Virtuals Protocol topped the group at +13.6%, while Worldcoin was the lone laggard, down 0.8%.

**Layer 2** names added 5.7%, led by Optimism (+9.8%). Immutable was the weakest rollup at +3.2%.

**Gaming** was the clear leader of the day, up 4.1% as a group.

**Memecoins** rose 1.3%; Dogecoin gained 6.4% while dogwifhat dropped 3.4%.

### Key takeaways
1. Risk appetite returned across most sectors.
2. Layer 1s gained 6.1%, with all 10 members higher.`,
    numbers: [
      { find: '11.4%', label: 'supported' },
      { find: '12.4%', label: 'supported' },
      { find: '4 members', label: 'supported' },
      { find: '8.8%', label: 'supported' },
      { find: '+13.6%', label: 'supported' },
      { find: '0.8%', label: 'supported' },
      { find: '5.7%', label: 'contradicted', note: 'fact sector.l2.change_24h 7.49' },
      { find: '+9.8%', label: 'supported' },
      { find: '+3.2%', label: 'contradicted', note: 'fact imx.change_24h 1.20' },
      { find: '4.1%', label: 'contradicted', note: 'fact sector.gaming.change_24h -0.09; gaming not the leader' },
      { find: '1.3%', label: 'contradicted', note: 'fact sector.memes.change_24h 3.26' },
      { find: '6.4%', label: 'contradicted', note: 'fact doge.change_24h 4.6' },
      { find: '3.4%', label: 'supported' },
      { find: '1. Risk', label: 'ignored' },
      { find: '2. Layer', label: 'ignored' },
      { find: '1s gained', label: 'ignored' },
      { find: 'Layer 2**', label: 'ignored' },
      { find: '6.1%', label: 'supported' },
      { find: '10 members', label: 'supported' },
    ],
  },
  {
    id: 'V-llm-03',
    voice: 'llm',
    style: 'weekly',
    text: `## Weekly recap

Despite the sharp bounce on the final day, the week was negative for most of the market.

- **Bitcoin** lost **6.5%** on the week and sits about 12% below where it was a month ago.
- **Ether** fell 9% and **Solana** dropped 13.8%, the worst of the Layer 1 group.
- **BNB** held up best among Layer 1s, down only 5.6%.
- Total open interest shrank 9.1% over the week, while BTC open interest dropped 21%.

### Sectors

| | |
|---|---|
Memecoins were the weakest sector, falling about 17%. Gaming lost 15.4%, AI 8.8%, and DePIN 9.1%. The Layer 2 basket shed 12.8%, with POL the most resilient at -10.8%.

**Bottom line:** the week ended with 0 Layer 1s in the green, and Bitcoin could retest $120,000 by year-end if momentum holds.`,
    numbers: [
      { find: '6.5%', label: 'supported' },
      { find: '12%', label: 'supported', note: 'btc.change_30d -12.1; "a month ago" = 30d' },
      { find: 'fell 9%', label: 'supported' },
      { find: '13.8%', label: 'supported' },
      { find: '1 group', label: 'ignored' },
      { find: '5.6%', label: 'supported' },
      { find: '1s,', label: 'ignored' },
      { find: 'shrank 9.1%', label: 'contradicted', note: 'weekly: market.oi_change_7d -12.85; 9.1 is the 24h rise' },
      { find: '21%', label: 'contradicted', note: 'fact btc.oi_change_7d -12.4' },
      { find: '17%', label: 'supported' },
      { find: '15.4%', label: 'supported' },
      { find: '8.8%', label: 'contradicted', note: 'weekly: 24h value; sector.ai.change_7d -13.0' },
      { find: 'DePIN 9.1%', label: 'contradicted', note: 'fact sector.depin.change_7d -12.1' },
      { find: '2 basket', label: 'ignored' },
      { find: '12.8%', label: 'supported' },
      { find: '-10.8%', label: 'supported' },
      { find: '0 Layer', label: 'supported', note: 'sector.l1.advancers_7d 0' },
      { find: '1s in', label: 'ignored' },
      { find: '$120,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'V-llm-04',
    voice: 'llm',
    style: 'daily',
    text: `## Altcoin movers

Here is how the major altcoins performed over the last 24 hours:

- **Solana (SOL):** up **9.5%** to **$178.42**, the best performer among the majors. Open interest rose 16.5% and funding is positive at about 0.008% per 8h.
- **XRP:** gained 6.2% to $2.62, sitting just above support at $2.60.
- **BNB:** added 3.1% to $812.60, the weakest of the Layer 1 group.
- **Cardano (ADA):** rose 8.7% to $0.68.
- **Avalanche (AVAX):** climbed 8.4% to $27.31.
- **NEAR:** jumped 10.2%, the top Layer 1 performer.
- **Sui:** advanced 9.1% to about $3.80.
- **Polkadot (DOT):** slipped 7.1% to $3.51.

**In short:** every Layer 1 rose, and NEAR outperformed BNB by roughly 7 percentage points.`,
    numbers: [
      { find: '24 hours', label: 'ignored' },
      { find: '9.5%', label: 'supported' },
      { find: '$178.42', label: 'supported' },
      { find: '16.5%', label: 'supported' },
      { find: '0.008%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '6.2%', label: 'contradicted', note: 'fact xrp.change_24h 4.2' },
      { find: '$2.62', label: 'supported' },
      { find: '$2.60', label: 'supported' },
      { find: '3.1%', label: 'supported' },
      { find: '$812.60', label: 'supported' },
      { find: 'Layer 1 group', label: 'ignored' },
      { find: '8.7%', label: 'contradicted', note: 'fact ada.change_24h 6.80' },
      { find: '$0.68', label: 'supported' },
      { find: '8.4%', label: 'supported' },
      { find: '$27.31', label: 'contradicted', note: 'fact avax.price 21.37 (27.31 is the 30d swing high)' },
      { find: '10.2%', label: 'supported' },
      { find: 'Layer 1 performer', label: 'ignored' },
      { find: '9.1%', label: 'supported' },
      { find: '$3.80', label: 'contradicted', note: 'fact sui.price 3.0846' },
      { find: '7.1%', label: 'contradicted', note: 'direction: dot.change_24h +7.10' },
      { find: '$3.51', label: 'supported' },
      { find: 'Layer 1 rose', label: 'ignored' },
      { find: '7 percentage', label: 'unsupported', note: 'derived arithmetic 10.2-3.1' },
    ],
  },
  {
    id: 'V-llm-05',
    voice: 'llm',
    style: 'daily',
    text: `## Derivatives deep dive

**Funding rates** remain mixed despite the rally:

- BTC: **-0.006%** per 8h (about -6.6% annualized), so shorts are paying longs.
- ETH: **-0.011%**, roughly -12% annualized.
- SOL: +0.008%, about 8.8% annualized.
- DOGE: +0.009%, so longs pay shorts.
- XRP: +0.02%.

**Open interest** across tracked perps rose 9.1% to $14.7B. Bitcoin accounts for about $7.6B of that, up 18%, while ether OI sits at $3.4B (+9.2%). DOGE open interest rose 16.4% to $700M, and XRP OI rose 6.1% to $1.25B.

Over 7 days, total OI is still down 12.9%, and SOL OI is down 15.1% on the week.

Per CoinDesk, short sellers lost $1.1 billion in liquidations.

**Summary:** shorts are crowded; a squeeze could push BTC toward $105,000.`,
    numbers: [
      { find: '-0.006%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-6.6%', label: 'supported' },
      { find: '-0.011%', label: 'supported' },
      { find: '-12%', label: 'supported' },
      { find: '+0.008%', label: 'supported' },
      { find: '8.8%', label: 'supported', note: 'sol.funding_apr 8.76' },
      { find: '+0.009%', label: 'supported' },
      { find: '+0.02%', label: 'contradicted', note: 'fact xrp.funding_rate 0.002 (10x)' },
      { find: '9.1%', label: 'supported' },
      { find: '$14.7B', label: 'supported' },
      { find: '$7.6B', label: 'supported' },
      { find: 'up 18%', label: 'contradicted', note: 'fact btc.oi_change_24h 8.0' },
      { find: '$3.4B', label: 'contradicted', note: 'fact eth.open_interest 4.3B' },
      { find: '+9.2%', label: 'supported' },
      { find: '16.4%', label: 'contradicted', note: 'fact doge.oi_change_24h 11.4' },
      { find: '$700M', label: 'supported' },
      { find: '6.1%', label: 'supported' },
      { find: '$1.25B', label: 'contradicted', note: 'SOL OI figure; xrp.open_interest 850M' },
      { find: '7 days', label: 'ignored' },
      { find: '12.9%', label: 'supported' },
      { find: '15.1%', label: 'contradicted', note: 'ETH figure; sol.oi_change_7d -9.8' },
      { find: '$1.1 billion', label: 'supported-by-source' },
      { find: '$105,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'V-llm-06',
    voice: 'llm',
    style: 'daily',
    text: `## Key levels to watch

**Bitcoin**
- Support: **$100,000**
- Resistance: **$95,000**
- 24h range: $89,567 – $97,538
- 30-day swing high: $117,388; swing low: $91,571

**Ether**
- Support: $3,400 / Resistance: $3,600
- 24h high: $3,497; low: $3,182
- 30-day swing low: $2,950

**Solana**
- Support $170, resistance $180; 24h high $178.78.

BTC is now roughly 2.6% below resistance, and realized volatility over 7 days is 53%, up from 28% on a 30-day basis.

**Takeaway:** BTC's market cap is back near $1.94 trillion, while ETH's stands at about $520 billion.`,
    numbers: [
      { find: '$100,000', label: 'contradicted', note: 'support/resistance swapped: btc.support 95000' },
      { find: '$95,000', label: 'contradicted', note: 'swapped: btc.resistance 100000' },
      { find: '24h range', label: 'ignored' },
      { find: '$89,567', label: 'supported' },
      { find: '$97,538', label: 'supported' },
      { find: '30-day swing high', label: 'ignored' },
      { find: '$117,388', label: 'supported' },
      { find: '$91,571', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '24h high:', label: 'ignored' },
      { find: '$3,497', label: 'supported' },
      { find: '$3,182', label: 'supported' },
      { find: '30-day swing low', label: 'ignored' },
      { find: '$2,950', label: 'contradicted', note: 'fact eth.swing_low_30d 3196.25' },
      { find: '$170', label: 'supported' },
      { find: '$180', label: 'supported' },
      { find: '24h high@2', label: 'ignored' },
      { find: '$178.78', label: 'supported' },
      { find: '2.6%', label: 'unsupported', note: 'distance to level' },
      { find: '7 days', label: 'ignored' },
      { find: '53%', label: 'contradicted', note: 'fact btc.volatility_7d 35.0' },
      { find: '28%', label: 'supported' },
      { find: '30-day basis', label: 'ignored' },
      { find: '$1.94 trillion', label: 'supported' },
      { find: '$520 billion', label: 'contradicted', note: 'fact eth.market_cap 420.8B' },
    ],
  },
  {
    id: 'V-llm-07',
    voice: 'llm',
    style: 'sector',
    text: `## Sector leaderboard

1. **DePIN** +11.4% (best: Render +12.4%, worst: IoTeX +9.9%)
2. **AI** +8.8% (best: Virtuals +13.6%, worst: Worldcoin -0.8%)
3. **Layer 2** +7.5% (best: Arbitrum +9.8%)
4. **Layer 1** +6.1% (best: Solana +9.5%)
5. **Memes** +3.3% (best: Dogecoin +4.6%)
6. **Gaming** +2.1% (best: Axie Infinity +0.5%)

The AI basket is now worth about $12.3 billion across its 7 tracked names, with 5 of 7 up. DePIN added roughly $367 million in market value, and the Layer 1 sector cap grew by about $95 billion.

**Summary:** DePIN led, gaming lagged.`,
    numbers: [
      { find: '1. **DePIN', label: 'ignored' },
      { find: '+11.4%', label: 'supported' },
      { find: '+12.4%', label: 'supported' },
      { find: '+9.9%', label: 'supported' },
      { find: '2. **AI', label: 'ignored' },
      { find: '+8.8%', label: 'supported' },
      { find: '+13.6%', label: 'supported' },
      { find: '-0.8%', label: 'supported' },
      { find: '3. **', label: 'ignored' },
      { find: 'Layer 2**', label: 'ignored' },
      { find: '+7.5%', label: 'supported' },
      { find: '+9.8%', label: 'contradicted', note: 'wrong leader: best L2 is OP at 9.8; ARB 8.6' },
      { find: '4. **', label: 'ignored' },
      { find: 'Layer 1**', label: 'ignored' },
      { find: '+6.1%', label: 'supported' },
      { find: '+9.5%', label: 'contradicted', note: 'wrong leader: best L1 is NEAR 10.2' },
      { find: '5. **Memes', label: 'ignored' },
      { find: '+3.3%', label: 'supported' },
      { find: '+4.6%', label: 'supported' },
      { find: '6. **Gaming', label: 'ignored' },
      { find: '+2.1%', label: 'contradicted', note: 'fact sector.gaming.change_24h -0.09' },
      { find: '+0.5%', label: 'contradicted', note: 'wrong leader: best gaming is IMX 1.2' },
      { find: '$12.3 billion', label: 'supported' },
      { find: '7 tracked', label: 'supported' },
      { find: '5 of', label: 'contradicted', note: 'fact sector.ai.advancers_24h 6' },
      { find: '7 up', label: 'supported' },
      { find: '$367 million', label: 'supported' },
      { find: 'Layer 1 sector', label: 'ignored' },
      { find: '$95 billion', label: 'contradicted', note: 'fact sector.l1.market_cap_change_24h 159B' },
    ],
  },
  {
    id: 'V-llm-08',
    voice: 'llm',
    style: 'daily',
    text: `## Headlines in brief

- **ETF flows:** spot bitcoin ETFs took in $620 million, according to CoinDesk, ending a 6-day run of outflows.
- **Exploit:** a DeFi lender lost $27 million to an oracle manipulation.
- **Unlocks:** The Block reports Optimism will release 31.3 million OP next week; Worldcoin has 48 million WLD scheduled too.
- **Treasuries:** Bitcoin Magazine says a treasury firm bought 3,400 BTC at roughly $91,800 on average.
- **Volume:** CryptoSlate notes BTC volume hit 2.2x its 7-day average.
- **Macro:** US CPI came in at 2.9%, and the 10-year yield fell to 4.1%.

**Summary:** total volume reached $320 billion and the market gained 6%.`,
    numbers: [
      { find: '$620 million', label: 'supported-by-source' },
      { find: '6-day', label: 'ignored' },
      { find: '$27 million', label: 'unsupported', note: 'headline figure not attributed to Decrypt' },
      { find: '31.3 million', label: 'supported-by-source' },
      { find: '48 million', label: 'unsupported', note: 'reddit figure, not attributed' },
      { find: '3,400 BTC', label: 'supported-by-source' },
      { find: '$91,800', label: 'supported-by-source' },
      { find: '2.2x', label: 'supported', note: 'btc.volume_ratio_7d 2.24' },
      { find: '7-day', label: 'ignored' },
      { find: '2.9%', label: 'unsupported', note: 'macro' },
      { find: '10-year', label: 'ignored' },
      { find: '4.1%', label: 'unsupported', note: 'macro' },
      { find: '$320 billion', label: 'contradicted', note: 'fact market.volume_24h 230B' },
      { find: 'gained 6%', label: 'supported' },
    ],
  },
];
