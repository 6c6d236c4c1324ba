import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'U-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk note, morning session

- BTC is making strong drop, -7.5% on the day, price now 104,300 USD. Intraday low was at 101,096, high at 113,525.
- Support level for BTC we see at 100,000, resistance at 105,000. Price is just under resistance.
- ETH is weaker than BTC: -9.5%, trading 3,650. Day range 3,608 - 4,263.
- Total market capitalization falls -8.5%, is now around 3.47 T USD. BTC dominance is going up to 57.9%.
- Only one coin from 30 of our list is in plus (TAO, +1.2%), others 29 in minus.`,
    numbers: [
      { find: 'one coin', label: 'supported' },
      { find: '-7.5%', label: 'supported' },
      { find: '104,300', label: 'supported' },
      { find: '101,096', label: 'contradicted', note: 'btc.low_24h 103,096' },
      { find: '113,525', label: 'supported' },
      { find: '100,000', label: 'supported' },
      { find: '105,000', label: 'supported' },
      { find: '-9.5%', label: 'supported' },
      { find: '3,650', label: 'supported' },
      { find: '3,608', label: 'supported' },
      { find: '4,263', label: 'contradicted', note: 'eth.high_24h 4062.91' },
      { find: '-8.5%', label: 'supported' },
      { find: '3.47 T', label: 'supported' },
      { find: '57.9%', label: 'contradicted', note: 'market.btc_dominance 59.85' },
      { find: 'from 30', label: 'supported' },
      { find: '+1.2%', label: 'supported' },
      { find: '29', label: 'supported' },
    ],
  },
  {
    id: 'U-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives desk - positioning update

- Funding is negative on all perps we follow. DOGE most negative with -0.060% per eight hours, this is -65.7% per year.
- SOL funding -0.045%, ETH -0.030%, BTC -0.021% (annual approx. -23%). XRP is least negative at -0.12%.
- Because funding is negative, shorts are paying to longs, approx. 0.3% per day for DOGE.
- Open interest total fell by 20.3%, now 14.3 bn USD. On week the OI is down 17.6%.
- BTC OI 7.2 bn (-18%), ETH OI 6.4 bn (-22%), SOL OI 1.05 bn (-35%), XRP 0.79 bn (+15%), DOGE 0.64 bn (-13%).
- Average funding weighted by OI: approx. -0.027%.`,
    numbers: [
      { find: 'eight hours', label: 'ignored' },
      { find: '-0.060%', label: 'supported' },
      { find: '-65.7%', label: 'supported' },
      { find: '-0.045%', label: 'supported' },
      { find: '-0.030%', label: 'supported' },
      { find: '-0.021%', label: 'supported' },
      { find: '-23%', label: 'supported' },
      { find: '-0.12%', label: 'contradicted', note: 'xrp.funding_rate -0.012: 10x slip' },
      { find: '20.3%', label: 'supported' },
      { find: '14.3 bn', label: 'supported' },
      { find: '17.6%', label: 'contradicted', note: 'market.oi_change_7d -27.6' },
      { find: '7.2 bn', label: 'supported' },
      { find: '-18%', label: 'supported' },
      { find: '6.4 bn', label: 'contradicted', note: 'eth.open_interest 4.6B' },
      { find: '-22%', label: 'supported' },
      { find: '1.05 bn', label: 'supported' },
      { find: '-35%', label: 'contradicted', note: 'sol.oi_change_24h -25' },
      { find: '0.79 bn', label: 'supported' },
      { find: '+15%', label: 'contradicted', note: 'xrp.oi_change_24h -15: sign' },
      { find: '0.64 bn', label: 'supported' },
      { find: '-13%', label: 'contradicted', note: 'doge.oi_change_24h -30' },
      { find: '-0.027%', label: 'supported' },
      { find: '0.3% per day', label: 'unsupported', note: 'derived arithmetic (3 x 0.06 = 0.18 anyway); no fact' },
    ],
  },
  {
    id: 'U-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector overview (for clients)

- Memes is the worst sector, -15.2%. WIF is worst member with -18.1%, SHIB the best one with -14.2%. PEPE -26.8%, DOGE -15.1%.
- Gaming -13.0%: GALA lowest (-13.9%), IMX is best (-12.4%), SAND -13.4%, AXS -8.2%.
- Layer-2 group -12.1%, the OP is worst with -13.2%, ARB -12.5%, POL is best with -9.1%.
- DePIN -10.2%: HNT worst (-11.2%), IOTX best (-9.4%), FIL -10.3%, RENDER -10.2%.
- AI sector -8.7%, only sector with one member in plus: TAO +1.2%. VIRTUAL worst -15.4%.
- L1 sector is the most resilient with -4.1%, BNB best (-7.2%), SUI worst (-12.6%).`,
    numbers: [
      { find: 'one member', label: 'supported', note: 'sector.ai.advancers_24h 1' },
      { find: '-15.2%', label: 'supported' },
      { find: '-18.1%', label: 'supported' },
      { find: '-14.2%', label: 'supported' },
      { find: '-26.8%', label: 'contradicted', note: 'pepe.change_24h -16.8' },
      { find: '-15.1%', label: 'supported' },
      { find: '-13.0%', label: 'supported' },
      { find: '-13.9%', label: 'supported' },
      { find: '-12.4%', label: 'supported' },
      { find: '-13.4%', label: 'supported' },
      { find: '-8.2%', label: 'contradicted', note: 'axs.change_24h -12.8' },
      { find: 'Layer-2', label: 'ignored' },
      { find: '-12.1%', label: 'supported' },
      { find: '-13.2%', label: 'supported' },
      { find: '-12.5%', label: 'supported' },
      { find: '-9.1%', label: 'contradicted', note: 'pol.change_24h -11.1 (9.1 is XRP)' },
      { find: '-10.2%@1', label: 'supported' },
      { find: '-11.2%', label: 'contradicted', note: 'worst DePIN is IOTX -11.2; HNT named' },
      { find: '-9.4%', label: 'contradicted', note: 'best DePIN is HNT -9.4; IOTX named' },
      { find: '-10.3%', label: 'supported' },
      { find: '-10.2%@2', label: 'supported' },
      { find: '-8.7%', label: 'supported' },
      { find: '+1.2%', label: 'supported' },
      { find: '-15.4%', label: 'supported' },
      { find: 'L1', label: 'ignored' },
      { find: '-4.1%', label: 'contradicted', note: 'sector.l1.change_24h -8.05' },
      { find: '-7.2%', label: 'supported' },
      { find: '-12.6%', label: 'supported' },
    ],
  },
  {
    id: 'U-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly desk summary

- BTC on the week -11%, ETH -9.5%, SOL -14.2%, XRP -11.8%. BNB is holding best of large caps with -8.2%.
- ADA is worst from L1 on week, -19.9%.
- Sectors on week: Memes -21.1%, L2 -19.0%, Gaming -18.8%, AI -25.2%, DePIN -14.7%, L1 -11.5%.
- In AI the TAO is best again but also in minus, -4.9%; VIRTUAL is worst, -24.8%.
- In L2 the IMX is best (-17.0%), ARB worst (-21.0%).
- OI of ETH on week: -19.8%. OI of DOGE on week: -38.5%.
- Memes sector lost approx. 9.4 bn USD of cap, AI sector approx. 20 bn USD.`,
    numbers: [
      { find: '-11%', label: 'supported' },
      { find: '-9.5%', label: 'contradicted', note: 'weekly: eth.change_7d -13.4; 9.5 is 24h' },
      { find: '-14.2%', label: 'supported' },
      { find: '-11.8%', label: 'supported' },
      { find: '-8.2%', label: 'supported' },
      { find: 'L1@1', label: 'ignored' },
      { find: '-19.9%', label: 'contradicted', note: 'ada.change_7d -16.9' },
      { find: '-21.1%', label: 'supported' },
      { find: 'L2@1', label: 'ignored' },
      { find: '-19.0%', label: 'supported' },
      { find: '-18.8%', label: 'supported' },
      { find: '-25.2%', label: 'contradicted', note: 'sector.ai.change_7d -15.2' },
      { find: '-14.7%', label: 'supported' },
      { find: 'L1@2', label: 'ignored' },
      { find: '-11.5%', label: 'supported' },
      { find: '-4.9%', label: 'supported' },
      { find: '-24.8%', label: 'supported' },
      { find: 'L2@2', label: 'ignored' },
      { find: '-17.0%', label: 'supported' },
      { find: '-21.0%', label: 'supported' },
      { find: '-19.8%', label: 'contradicted', note: 'eth.oi_change_7d -29.8' },
      { find: '-38.5%', label: 'supported' },
      { find: '9.4 bn', label: 'supported' },
      { find: '20 bn', label: 'contradicted', note: 'sector.ai.market_cap_change_7d -2.04B: 10x' },
    ],
  },
  {
    id: 'U-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: `Levels for trading today

- SOL: price 158.26, support 150, resistance 160. Day low 147.88.
- XRP: price 2.4182, support 2.5, resistance 2.4.
- BNB: 871.3, support 750, resistance 800.
- ADA: 0.6217, support 0.52, resistance 0.64.
- AVAX: 19.84, support 19, resistance 20.
- DOT: 3.246, support 3.2, resistance 3.6.
- SUI: 2.7614, support 2.7, resistance 3.2.
- NEAR: 2.086, support 2.0, resistance 2.6.
- We think BTC can go to 95,000 if 100k is broken.`,
    numbers: [
      { find: '158.26', label: 'supported' },
      { find: 'support 150', label: 'supported' },
      { find: 'resistance 160', label: 'supported' },
      { find: '147.88', label: 'contradicted', note: 'sol.low_24h 157.88' },
      { find: '2.4182', label: 'supported' },
      { find: 'support 2.5', label: 'contradicted', note: 'xrp.support 2.4 / resistance 2.5 swapped' },
      { find: 'resistance 2.4', label: 'contradicted', note: 'xrp.resistance 2.5 swapped' },
      { find: '871.3', label: 'contradicted', note: 'bnb.price 781.3' },
      { find: 'support 750', label: 'supported' },
      { find: 'resistance 800', label: 'supported' },
      { find: '0.6217', label: 'supported' },
      { find: 'support 0.52', label: 'contradicted', note: 'ada.support 0.62' },
      { find: 'resistance 0.64', label: 'supported' },
      { find: '19.84', label: 'supported' },
      { find: 'support 19,', label: 'supported' },
      { find: 'resistance 20', label: 'supported' },
      { find: '3.246', label: 'supported' },
      { find: 'support 3.2', label: 'supported' },
      { find: 'resistance 3.6', label: 'contradicted', note: 'dot.resistance 3.4' },
      { find: '2.7614', label: 'supported' },
      { find: 'support 2.7', label: 'supported' },
      { find: 'resistance 3.2', label: 'contradicted', note: 'sui.resistance 2.8' },
      { find: '2.086', label: 'supported' },
      { find: 'support 2.0', label: 'supported' },
      { find: 'resistance 2.6', label: 'contradicted', note: 'near.resistance 2.1' },
      { find: '95,000', label: 'unsupported', note: 'forecast' },
      { find: '100k', label: 'supported', note: 'btc.support 100000 (conditional but level stated)' },
    ],
  },
  {
    id: 'U-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `Flow and news, short

- According to CoinDesk the liquidations were more than 1.9 bn USD in one day, mostly longs.
- CoinDesk also writes spot BTC ETF had net outflow of 740 mn USD, biggest in two months.
- Decrypt: DeFi lending protocol lost 41 mn USD in oracle attack.
- Miner sold 1,850 BTC (Bitcoin Magazine).
- Whale moved 12,000 BTC to exchange, not confirmed.
- The Block reports ETH OI is -22% and XRP OI -15%.
- Volume: BTC volume is 3.8x of 7-day average, WIF 3.9x, ETH 4.7x, SOL 1.8x.
- Total volume in market 430 bn USD, BTC alone 14.7 bn. Last time volume was like this was in March 2020 crash, when BTC fell 50%.`,
    numbers: [
      { find: 'one day', label: 'ignored' },
      {
        find: 'two months',
        label: 'ignored',
        note: 'debatable: duration, but part of the cited CoinDesk claim (most in two months)',
      },
      {
        find: '1.9 bn',
        label: 'supported-by-source',
        note: 'debatable: "more than 1.9" vs headline "top $1.9 billion"',
      },
      { find: '740 mn', label: 'supported-by-source' },
      { find: '41 mn', label: 'supported-by-source' },
      { find: '1,850 BTC', label: 'supported-by-source' },
      { find: '12,000 BTC', label: 'unsupported', note: 'reddit headline, not attributed' },
      { find: '-22%', label: 'supported' },
      { find: '-15%', label: 'supported' },
      { find: '3.8x', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '3.9x', label: 'supported' },
      { find: '4.7x', label: 'contradicted', note: 'eth.volume_ratio_7d 3.70' },
      { find: '1.8x', label: 'contradicted', note: 'sol.volume_ratio_7d 3.84' },
      { find: '430 bn', label: 'supported' },
      { find: '14.7 bn', label: 'supported' },
      { find: '2020', label: 'ignored' },
      { find: '50%', label: 'unsupported', note: 'history' },
    ],
  },
  {
    id: 'U-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Altcoins, quick

- SOL -11.2%, XRP -7.1%, ADA -10.4%, AVAX -16.6%, DOT -10.8%, NEAR -11.4%, SUI -12.6%.
- FET -11.3%, RENDER -10.2%, GRT -10.6%, WLD +13.1%.
- DOGE is not holding, -25.1%, price 0.1702. SHIB 0.00000998, -14.2%.
- PEPE fell 6.8%, WIF -18.1% to 0.6418.
- ARB 0.3512, OP 0.6847, POL 0.1986, IMX 0.4912.
- Only TAO is up, +3.2% to 318.4.`,
    numbers: [
      { find: '-11.2%', label: 'supported' },
      { find: '-7.1%', label: 'contradicted', note: 'xrp.change_24h -9.1' },
      { find: '-10.4%', label: 'supported' },
      { find: '-16.6%', label: 'contradicted', note: 'avax.change_24h -11.6' },
      { find: '-10.8%', label: 'supported' },
      { find: '-11.4%', label: 'supported' },
      { find: '-12.6%', label: 'supported' },
      { find: '-11.3%', label: 'supported' },
      { find: '-10.2%', label: 'supported' },
      { find: '-10.6%', label: 'supported' },
      { find: '+13.1%', label: 'contradicted', note: 'wld.change_24h -13.1: sign' },
      { find: '-25.1%', label: 'contradicted', note: 'doge.change_24h -15.1' },
      { find: '0.1702', label: 'supported' },
      { find: '0.00000998', label: 'supported' },
      { find: '-14.2%', label: 'supported' },
      { find: '6.8%', label: 'contradicted', note: 'pepe.change_24h -16.8' },
      { find: '-18.1%', label: 'supported' },
      { find: '0.6418', label: 'supported' },
      { find: '0.3512', label: 'supported' },
      { find: '0.6847', label: 'contradicted', note: 'op.price 0.5847' },
      { find: '0.1986', label: 'supported' },
      { find: '0.4912', label: 'supported' },
      { find: '+3.2%', label: 'contradicted', note: 'tao.change_24h +1.2' },
      { find: '318.4', label: 'supported' },
    ],
  },
  {
    id: 'U-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `Morning remarks from Asia desk

- Market cap of all crypto now 3.74 T USD, drop of 8.5% on day.
- BTC market cap is 2.08 T, ETH 0.44 T, XRP 144 bn, BNB 109 bn, SOL 68 bn.
- 30-day change of BTC is -14.2%, of ETH -24.9%.
- BTC 30-day volatility 29.3%, 7-day only 16.8%.
- Funding of ETH annualized is -32.9%, of SOL -39.3%.
- Layer 1 sector lost 255 bn USD of cap on day, L2 lost 0.84 bn USD.
- Our view: BTC will see 90,000 before 115,000.
- In gaming 3 from 4 coins fell.`,
    numbers: [
      { find: '3.74 T', label: 'contradicted', note: 'market.total_cap 3.47T (digits swapped)' },
      { find: '8.5%', label: 'supported' },
      { find: '2.08 T', label: 'supported' },
      { find: '0.44 T', label: 'supported' },
      { find: '144 bn', label: 'supported' },
      { find: '109 bn', label: 'supported' },
      { find: '68 bn', label: 'contradicted', note: 'sol.market_cap 86.1B' },
      { find: '30-day@1', label: 'ignored' },
      { find: '-14.2%', label: 'supported' },
      { find: '-24.9%', label: 'contradicted', note: 'eth.change_30d -15.0' },
      { find: '30-day@2', label: 'ignored' },
      { find: '29.3%', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '16.8%', label: 'supported' },
      { find: '-32.9%', label: 'supported' },
      { find: '-39.3%', label: 'contradicted', note: 'sol.funding_apr -49.3' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '255 bn', label: 'supported' },
      { find: 'L2', label: 'ignored' },
      { find: '0.84 bn', label: 'supported' },
      { find: '90,000', label: 'unsupported', note: 'forecast' },
      { find: '115,000', label: 'unsupported', note: 'forecast' },
      { find: 'gaming 3', label: 'contradicted', note: 'sector.gaming.decliners_24h 4' },
      { find: '4 coins', label: 'supported' },
    ],
  },
];
