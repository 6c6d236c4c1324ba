import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'J-table-01',
    voice: 'table',
    style: 'daily',
    text: `## Majors after the overnight flush

| Asset | Price | 24h % | 7d % | Market cap |
|---|---|---|---|---|
| BTC | $93,846 | -0.91% | -4.98% | $1.87T |
| ETH | $3,162 | -2.63% | -9.63% | $381.7B |
| SOL | $141.26 | -7.34% | -11.16% | $87.1B |
| XRP | $2.155 | -0.18% | -4.02% | $103.4B |
| BNB | $971.60 | +0.11% | -2.96% | $127.6B |
| ADA | $0.5528 | -4.80% | -3.46% | $20.2B |
| AVAX | $15.94 | -4.62% | -14.74% | $68.6B |
| DOT | $2.178 | -1.48% | -10.06% | $4.56B |

Only XRP and BNB closed the day in the green. Bitcoin's share of the market stands at 58.4%.`,
    numbers: [
      { find: '24h %', label: 'ignored' },
      { find: '7d %', label: 'ignored' },
      { find: '$93,846', label: 'supported' },
      { find: '-0.91%', label: 'supported' },
      { find: '-4.98%', label: 'supported' },
      { find: '$1.87T', label: 'supported' },
      { find: '$3,162', label: 'supported' },
      { find: '-2.63%', label: 'supported' },
      { find: '-9.63%', label: 'contradicted', note: 'fact eth.change_7d -6.93' },
      { find: '$381.7B', label: 'supported' },
      { find: '$141.26', label: 'supported' },
      { find: '-7.34%', label: 'contradicted', note: 'fact sol.change_24h -3.74' },
      { find: '-11.16%', label: 'supported' },
      { find: '$87.1B', label: 'contradicted', note: 'fact sol.market_cap 78.1B (digits swapped)' },
      { find: '$2.155', label: 'supported' },
      { find: '-0.18%', label: 'contradicted', note: 'sign: fact xrp.change_24h +0.18 (and prose says XRP was green)' },
      { find: '-4.02%', label: 'supported' },
      { find: '$103.4B', label: 'contradicted', note: 'fact xrp.market_cap 130.4B (digits swapped)' },
      { find: '$971.60', label: 'contradicted', note: 'fact bnb.price 917.6' },
      { find: '+0.11%', label: 'supported' },
      { find: '-2.96%', label: 'supported' },
      { find: '$127.6B', label: 'supported' },
      { find: '$0.5528', label: 'supported' },
      { find: '-4.80%', label: 'supported' },
      { find: '-3.46%', label: 'contradicted', note: 'fact ada.change_7d -13.46' },
      { find: '$20.2B', label: 'supported' },
      { find: '$15.94', label: 'supported' },
      { find: '-4.62%', label: 'supported' },
      { find: '-14.74%', label: 'supported' },
      { find: '$68.6B', label: 'contradicted', note: 'fact avax.market_cap 6.86B (10x)' },
      { find: '$2.178', label: 'contradicted', note: 'fact dot.price 2.781' },
      { find: '-1.48%', label: 'contradicted', note: 'fact dot.change_24h -4.18' },
      { find: '-10.06%', label: 'supported' },
      { find: '$4.56B', label: 'supported' },
      { find: '58.4%', label: 'supported' },
    ],
  },
  {
    id: 'J-table-02',
    voice: 'table',
    style: 'daily',
    text: `### Perpetuals board (Binance)

| Perp | Funding / 8h | Annualized | Open interest | OI 24h | OI 7d |
|---|---|---|---|---|---|
| BTC | -0.0087% | -9.53% | $7.12B | -9.1% | -11.4% |
| ETH | -0.0134% | -4.67% | $4.86B | -13.2% | -17.8% |
| SOL | -0.0162% | -17.74% | $1.60B | -15.3% | -21.6% |
| XRP | -0.0021% | +2.30% | $0.91B | -4.2% | -17.9% |
| DOGE | -0.021% | -23.0% | $0.47B | -8.4% | -24.3% |
| All five | -0.0106% (OI-weighted) | – | $14.42B | -11.0% | -24.7% |

Funding is negative on every contract but XRP, so shorts are paying longs. CoinDesk put the one-day open-interest drop at about 11%, and Cointelegraph had Solana's positions down 15%.`,
    numbers: [
      { find: '8h', label: 'ignored' },
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '-0.0087%', label: 'supported' },
      { find: '-9.53%', label: 'supported' },
      { find: '$7.12B', label: 'supported' },
      { find: '-9.1%', label: 'supported' },
      { find: '-11.4%', label: 'supported' },
      { find: '-0.0134%', label: 'supported' },
      { find: '-4.67%', label: 'contradicted', note: 'fact eth.funding_apr -14.67' },
      { find: '$4.86B', label: 'supported' },
      { find: '-13.2%', label: 'supported' },
      { find: '-17.8%', label: 'supported' },
      { find: '-0.0162%', label: 'supported' },
      { find: '-17.74%', label: 'supported' },
      { find: '$1.60B', label: 'contradicted', note: 'fact sol.open_interest 1.06B' },
      { find: '-15.3%', label: 'supported' },
      { find: '-21.6%', label: 'supported' },
      { find: '-0.0021%', label: 'contradicted', note: 'sign: fact xrp.funding_rate +0.0021' },
      { find: '+2.30%', label: 'supported' },
      { find: '$0.91B', label: 'supported' },
      { find: '-4.2%', label: 'supported' },
      { find: '-17.9%', label: 'contradicted', note: 'fact xrp.oi_change_7d -7.9' },
      { find: '-0.021%', label: 'supported' },
      { find: '-23.0%', label: 'supported' },
      { find: '$0.47B', label: 'supported' },
      { find: '-8.4%', label: 'contradicted', note: 'fact doge.oi_change_24h -18.4' },
      { find: '-24.3%', label: 'supported' },
      { find: '-0.0106%', label: 'supported' },
      { find: '$14.42B', label: 'supported' },
      { find: '-11.0%', label: 'supported' },
      { find: '-24.7%', label: 'contradicted', note: 'fact market.oi_change_7d -14.72' },
      { find: '11%', label: 'supported' },
      { find: '15%', label: 'supported', note: 'fact sol.oi_change_24h -15.3 (also the Cointelegraph headline)' },
    ],
  },
  {
    id: 'J-table-03',
    voice: 'table',
    style: 'sector',
    text: `Sector scoreboard for the day:

| Sector | 24h | 7d | Cap (watchlist) | Best | Worst | Up / down |
|---|---|---|---|---|---|---|
| Gaming | +1.16% | -16.70% | $22.6B | AXS +4.08% | IMX -0.12% | 3↑ 1↓ |
| L1 | -1.22% | -5.45% | $2.36T | XRP +0.18% | SUI -6.40% | 4↑ 8↓ |
| L2 | -2.58% | -11.67% | $5.03B | IMX -0.12% | OP -3.31% | 0↑ 4↓ |
| AI | -3.30% | -11.35% | $13.64B | RENDER +1.12% | VIRTUAL -6.83% | 1↑ 6↓ |
| Memes | -2.29% | -12.75% | $33.33B | SHIB -2.83% | PEPE -6.14% | 0↑ 4↓ |
| DePIN | -6.76% | -21.19% | $3.32B | HNT -3.90% | FIL -10.94% | 0↑ 4↓ |

Gaming was the only sector in positive territory; DePIN was the weakest.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '+1.16%', label: 'supported' },
      { find: '-16.70%', label: 'contradicted', note: 'fact sector.gaming.change_7d -6.70' },
      { find: '$22.6B', label: 'contradicted', note: 'fact sector.gaming.market_cap 2.26B (10x)' },
      { find: '+4.08%', label: 'supported' },
      { find: '-0.12%@1', label: 'supported' },
      { find: '3↑', label: 'supported' },
      { find: '1↓', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-1.22%', label: 'supported' },
      { find: '-5.45%', label: 'supported' },
      { find: '$2.36T', label: 'contradicted', note: 'fact sector.l1.market_cap 2.63T (digits swapped)' },
      { find: '+0.18%', label: 'supported' },
      { find: '-6.40%', label: 'supported' },
      { find: '4↑', label: 'contradicted', note: 'fact sector.l1.advancers_24h 2' },
      { find: '8↓', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '-2.58%', label: 'supported' },
      { find: '-11.67%', label: 'supported' },
      { find: '$5.03B', label: 'supported' },
      { find: '-0.12%@2', label: 'supported' },
      { find: '-3.31%', label: 'supported' },
      { find: '0↑@1', label: 'supported' },
      { find: '4↓@1', label: 'supported' },
      { find: '-3.30%', label: 'supported' },
      { find: '-11.35%', label: 'supported' },
      { find: '$13.64B', label: 'supported' },
      { find: '+1.12%', label: 'contradicted', note: 'wrong leader: best AI member is TAO +1.12; RENDER -4.10' },
      { find: '-6.83%', label: 'supported' },
      { find: '1↑', label: 'supported' },
      { find: '6↓', label: 'supported' },
      { find: '-2.29%', label: 'contradicted', note: 'fact sector.memes.change_24h -4.29' },
      { find: '-12.75%', label: 'supported' },
      { find: '$33.33B', label: 'supported' },
      { find: '-2.83%', label: 'supported' },
      { find: '-6.14%', label: 'contradicted', note: 'wrong leader: worst meme is WIF -6.14; PEPE -5.40' },
      { find: '0↑@2', label: 'supported' },
      { find: '4↓@2', label: 'supported' },
      { find: '-6.76%', label: 'supported' },
      { find: '-21.19%', label: 'contradicted', note: 'fact sector.depin.change_7d -12.19' },
      { find: '$3.32B', label: 'supported' },
      { find: '-3.90%', label: 'supported' },
      { find: '-10.94%', label: 'supported' },
      { find: '0↑@3', label: 'supported' },
      { find: '4↓@3', label: 'supported' },
    ],
  },
  {
    id: 'J-table-04',
    voice: 'table',
    style: 'weekly',
    text: `**Biggest movers of the week**

| Token | Price | Change | 30d |
|---|---|---|---|
| AXS | $1.73 | +4.1% | -4.3% |
| FIL | $1.73 | -19.0% | -24.9% |
| VIRTUAL | $1.827 | -17.1% | -23.1% |
| WIF | $0.498 | -6.1% | -25.6% |
| FET | $0.534 | -15.2% | -32.2% |
| PEPE | $0.00000561 | -15.0% | -24.4% |
| HNT | $2.46 | -3.9% | -21.9% |
| BNB | $917.6 | -6.0% | -6.7% |

AXS was the only watchlist token up on the week; FIL fell the most.`,
    numbers: [
      { find: '30d |', label: 'ignored' },
      { find: '$1.73@1', label: 'supported' },
      { find: '+4.1%', label: 'contradicted', note: 'weekly: fact axs.change_7d +9.04; +4.1 is the 24h change' },
      { find: '-4.3%', label: 'supported' },
      { find: '$1.73@2', label: 'supported' },
      { find: '-19.0%', label: 'supported' },
      { find: '-24.9%', label: 'supported' },
      { find: '$1.827', label: 'contradicted', note: 'fact virtual.price 1.2874' },
      { find: '-17.1%', label: 'supported' },
      { find: '-23.1%', label: 'supported' },
      { find: '$0.498', label: 'supported' },
      { find: '-6.1%', label: 'contradicted', note: 'weekly: fact wif.change_7d -16.69; -6.1 is the 24h change' },
      { find: '-25.6%', label: 'supported' },
      { find: '$0.534', label: 'supported' },
      { find: '-15.2%', label: 'supported' },
      { find: '-32.2%', label: 'contradicted', note: 'fact fet.change_30d -23.24' },
      { find: '$0.00000561', label: 'supported' },
      { find: '-15.0%', label: 'supported' },
      { find: '-24.4%', label: 'supported' },
      { find: '$2.46', label: 'supported' },
      { find: '-3.9%', label: 'contradicted', note: 'weekly: fact hnt.change_7d -2.71; -3.9 is the 24h change' },
      { find: '-21.9%', label: 'supported' },
      { find: '$917.6', label: 'supported' },
      { find: '-6.0%', label: 'contradicted', note: 'weekly: fact bnb.change_7d -2.96' },
      { find: '-6.7%', label: 'supported' },
    ],
  },
  {
    id: 'J-table-05',
    voice: 'table',
    style: 'daily',
    text: `Key levels

| Asset | Price | Support | Resistance | 24h high | 24h low | 30d high | 30d low |
|---|---|---|---|---|---|---|---|
| BTC | $93,846 | $95,000 | $90,000 | $94,846 | $88,894 | $114,673 | $92,039 |
| ETH | $3,162 | $3,000 | $3,200 | $3,721 | $2,966 | $4,915 | $3,196 |
| SOL | $141.26 | $150 | $145 | $158.11 | $131.34 | $184.07 | $129.89 |
| XRP | $2.155 | $2.10 | $2.50 | $2.167 | $1.894 | $2.716 | $2.075 |
| BNB | $917.6 | $900 | $950 | $919.27 | $835.76 | $1,164.90 | $871.75 |
| DOGE | $0.1642 | $0.13 | $0.17 | $0.1935 | $0.1500 | $0.2077 | $0.1618 |

Bitcoin sits about 1.2% under resistance. A clean break of $88,894 would open the way to $85,000.`,
    numbers: [
      { find: '24h high', label: 'ignored' },
      { find: '24h low', label: 'ignored' },
      { find: '30d high', label: 'ignored' },
      { find: '30d low', label: 'ignored' },
      { find: '$93,846', label: 'supported' },
      { find: '$95,000', label: 'contradicted', note: 'swapped: btc.support 90,000, resistance 95,000' },
      { find: '$90,000', label: 'contradicted', note: 'swapped: 90,000 is support' },
      { find: '$94,846', label: 'supported' },
      { find: '$88,894@1', label: 'supported' },
      { find: '$114,673', label: 'contradicted', note: 'fact btc.swing_high_30d 104,673' },
      { find: '$92,039', label: 'supported' },
      { find: '$3,162', label: 'supported' },
      { find: '$3,000', label: 'supported' },
      { find: '$3,200', label: 'supported' },
      { find: '$3,721', label: 'contradicted', note: 'fact eth.high_24h 3,271' },
      { find: '$2,966', label: 'supported' },
      { find: '$4,915', label: 'contradicted', note: 'fact eth.swing_high_30d 3,915' },
      { find: '$3,196', label: 'supported' },
      { find: '$141.26', label: 'supported' },
      { find: '$150', label: 'contradicted', note: 'fact sol.support 140' },
      { find: '$145', label: 'supported' },
      { find: '$158.11', label: 'contradicted', note: 'fact sol.high_24h 148.11' },
      { find: '$131.34', label: 'supported' },
      { find: '$184.07', label: 'supported' },
      { find: '$129.89', label: 'contradicted', note: 'fact sol.swing_low_30d 139.89' },
      { find: '$2.155', label: 'supported' },
      { find: '$2.10', label: 'supported' },
      { find: '$2.50', label: 'contradicted', note: 'fact xrp.resistance 2.2' },
      { find: '$2.167', label: 'supported' },
      { find: '$1.894', label: 'contradicted', note: 'fact xrp.low_24h 1.984' },
      { find: '$2.716', label: 'supported' },
      { find: '$2.075', label: 'supported' },
      { find: '$917.6', label: 'supported' },
      { find: '$900', label: 'supported' },
      { find: '$950', label: 'supported' },
      { find: '$919.27', label: 'supported' },
      { find: '$835.76', label: 'contradicted', note: 'fact bnb.low_24h 853.76' },
      { find: '$1,164.90', label: 'contradicted', note: 'fact bnb.swing_high_30d 1,064.9' },
      { find: '$871.75', label: 'supported' },
      { find: '$0.1642', label: 'supported' },
      { find: '$0.13', label: 'contradicted', note: 'fact doge.support 0.16' },
      { find: '$0.17', label: 'supported' },
      { find: '$0.1935', label: 'contradicted', note: 'fact doge.high_24h 0.1735' },
      { find: '$0.1500', label: 'supported' },
      { find: '$0.2077', label: 'supported' },
      { find: '$0.1618', label: 'supported' },
      { find: '1.2%', label: 'unsupported', note: 'distance to resistance, derived' },
      { find: '$88,894@2', label: 'supported', note: 'the 24h low as a level' },
      { find: '$85,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-table-06',
    voice: 'table',
    style: 'daily',
    text: `| Metric | Value |
|---|---|
| Total market cap | $3.21T |
| 24h change | -1.6% |
| BTC dominance | 56.4% |
| 24h volume | $217.4B |
| Breadth | 3 up, 24 down |
| Avg funding (8h, OI-weighted) | -0.0106% |
| Total OI | $14.42B |
| OI 24h | -11.0% |
| BTC 7d realized vol | 26.7% |
| BTC 30d realized vol | 38.5% |
| BTC volume vs 7d avg | 2.27x |
| Liquidations (CryptoSlate) | $1.14B |
| Spot BTC ETF net flow, Wednesday | -$523M |
| Spot ETH ETF net flow (per CoinDesk) | -$214M |

A squeeze could take BTC back to $100K by Christmas if funding stays negative.`,
    numbers: [
      { find: '$3.21T', label: 'supported' },
      { find: '24h change', label: 'ignored' },
      { find: '-1.6%', label: 'supported' },
      { find: '56.4%', label: 'contradicted', note: 'fact market.btc_dominance 58.35' },
      { find: '24h volume', label: 'ignored' },
      { find: '$217.4B', label: 'contradicted', note: 'fact market.volume_24h 271.4B' },
      {
        find: '3 up',
        label: 'contradicted',
        note: 'fact market.advancers_24h 6 (3 is the unattributed CryptoSlate headline)',
      },
      { find: '24 down', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-0.0106%', label: 'supported' },
      { find: '$14.42B', label: 'supported' },
      { find: 'OI 24h', label: 'ignored' },
      { find: '-11.0%', label: 'supported' },
      { find: 'BTC 7d', label: 'ignored' },
      { find: '26.7%', label: 'contradicted', note: 'fact btc.volatility_7d 62.1; 26.7 is ETH 7d vol' },
      { find: '30d', label: 'ignored' },
      { find: '38.5%', label: 'supported' },
      { find: '7d avg', label: 'ignored' },
      { find: '2.27x', label: 'supported' },
      { find: '$1.14B', label: 'supported-by-source' },
      { find: '-$523M', label: 'unsupported', note: 'Bitcoin Magazine figure, row names no outlet' },
      { find: '-$214M', label: 'supported-by-source' },
      { find: '$100K', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-table-07',
    voice: 'table',
    style: 'daily',
    text: `Volume check:

| Asset | 24h volume | vs 7d avg |
|---|---|---|
| BTC | $8.87B | 2.27x |
| ETH | $4.54B | 2.39x |
| DOGE | $2.27B | 3.41x |
| SOL | $2.17B | 1.45x |
| XRP | $11.7B | 2.02x |
| PEPE | $99.4M | 2.38x |
| FIL | $159M | 1.52x |
| HNT | $265M | 2.17x |

Decrypt said Filecoin's volume ran about 2.5 times its weekly average, the most of the top 30.`,
    numbers: [
      { find: '24h', label: 'ignored' },
      { find: '7d', label: 'ignored' },
      { find: '$8.87B', label: 'supported' },
      { find: '2.27x', label: 'supported' },
      { find: '$4.54B', label: 'contradicted', note: 'fact eth.volume_24h 5.44B' },
      { find: '2.39x', label: 'supported' },
      { find: '$2.27B', label: 'supported' },
      { find: '3.41x', label: 'contradicted', note: 'fact doge.volume_ratio_7d 2.41' },
      { find: '$2.17B', label: 'supported' },
      { find: '1.45x', label: 'contradicted', note: 'fact sol.volume_ratio_7d 2.45' },
      { find: '$11.7B', label: 'contradicted', note: 'fact xrp.volume_24h 1.17B (10x)' },
      { find: '2.02x', label: 'supported' },
      { find: '$99.4M', label: 'contradicted', note: 'fact pepe.volume_24h 994M (10x)' },
      { find: '2.38x', label: 'supported' },
      { find: '$159M', label: 'supported' },
      { find: '1.52x', label: 'contradicted', note: 'fact fil.volume_ratio_7d 2.52' },
      { find: '$265M', label: 'contradicted', note: 'fact hnt.volume_24h 26.5M (10x)' },
      { find: '2.17x', label: 'supported' },
      { find: '2.5 times', label: 'supported' },
      { find: 'top 30', label: 'ignored' },
    ],
  },
  {
    id: 'J-table-08',
    voice: 'table',
    style: 'daily',
    text: `Our desk's year-end map (estimates, not data):

| Asset | Spot | Target | Upside |
|---|---|---|---|
| BTC | $93,846 | $105,000 | +11.9% |
| ETH | $3,162 | $3,600 | +13.8% |
| SOL | $141.26 | $170 | +20.3% |

Cointelegraph cited two trading desks that see bitcoin back at $105,000 by the end of December.`,
    numbers: [
      { find: '$93,846', label: 'supported' },
      { find: '$105,000@1', label: 'unsupported', note: 'forecast (desk target)' },
      { find: '+11.9%', label: 'unsupported', note: 'derived upside' },
      { find: '$3,162', label: 'supported' },
      { find: '$3,600', label: 'unsupported', note: 'forecast' },
      { find: '+13.8%', label: 'unsupported', note: 'derived upside' },
      { find: '$141.26', label: 'supported' },
      { find: '$170', label: 'unsupported', note: 'forecast' },
      { find: '+20.3%', label: 'unsupported', note: 'derived upside' },
      {
        find: '$105,000@2',
        label: 'supported-by-source',
        note: 'debatable: forecast, but attributed to the Cointelegraph headline that states it',
      },
    ],
  },
];
