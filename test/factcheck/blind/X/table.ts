import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'X-table-01',
    voice: 'table',
    style: 'daily',
    text: 'Majors were mostly lower over the day; BNB and Cardano were the only names in the green.\n\n| Asset | Price | 24h % | 7d % | Market cap |\n|---|---|---|---|---|\n| BTC | $101,300 | -1.6% | -2.1% | $2.01T |\n| ETH | $3,486 | -1.1% | -2.5% | $460.7B |\n| SOL | $148.62 | -1.8% | -6.1% | $8.0B |\n| XRP | $2.87 | -0.4% | -2.6% | $130.0B |\n| BNB | $652.4 | -0.3% | -1.0% | $90.8B |\n| ADA | $0.5842 | +0.4% | +3.2% | $21.1B |\n| AVAX | $19.84 | -1.9% | -5.5% | $84B |\n| DOGE | $0.1682 | -2.2% | -2.2% | $25.3B |\n',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$101,300',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'contradicted',
        note: 'btc.change_24h -0.60',
      },
      {
        find: '-2.1%',
        label: 'supported',
      },
      {
        find: '$2.01T',
        label: 'supported',
      },
      {
        find: '$3,486',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '-2.5%',
        label: 'supported',
      },
      {
        find: '$460.7B',
        label: 'contradicted',
        note: 'eth.market_cap 420.7B',
      },
      {
        find: '$148.62',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'contradicted',
        note: 'sol.change_7d -1.58',
      },
      {
        find: '$8.0B',
        label: 'contradicted',
        note: '10x: sol.market_cap 80.0B',
      },
      {
        find: '$2.87',
        label: 'contradicted',
        note: 'xrp.price 2.1874',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '$130.0B',
        label: 'supported',
      },
      {
        find: '$652.4',
        label: 'supported',
      },
      {
        find: '-0.3%',
        label: 'contradicted',
        note: 'sign: bnb.change_24h +0.30 (also contradicts the prose)',
      },
      {
        find: '-1.0%',
        label: 'supported',
      },
      {
        find: '$90.8B',
        label: 'supported',
      },
      {
        find: '$0.5842',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'contradicted',
        note: 'sign: ada.change_7d -3.20',
      },
      {
        find: '$21.1B',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-5.5%',
        label: 'supported',
      },
      {
        find: '$84B',
        label: 'contradicted',
        note: '10x: avax.market_cap 8.45B',
      },
      {
        find: '$0.1682',
        label: 'supported',
      },
      {
        find: '-2.2%@1',
        label: 'supported',
      },
      {
        find: '-2.2%@2',
        label: 'contradicted',
        note: 'wrong window: doge.change_7d -8.22',
      },
      {
        find: '$25.3B',
        label: 'supported',
      },
    ],
  },
  {
    id: 'X-table-02',
    voice: 'table',
    style: 'daily',
    text: 'Perpetuals snapshot. Funding is per 8h; OI change is over the day.\n\n| Perp | Funding | Annualized | Open interest | OI change |\n|---|---|---|---|---|\n| BTC | -0.003% | -3.3% | $8.2B | -1.8% |\n| ETH | +0.008% | +87.6% | $7.4B | +1.2% |\n| SOL | -0.006% | -6.6% | $2.1B | -0.4% |\n| XRP | +0.001% | -1.1% | $980M | +0.9% |\n| DOGE | +0.012% | +13.1% | $710M | -2.1% |\n| All | +0.0008% | | $15.8B | +0.8% |\n\nShorts are paying longs on bitcoin and Solana, while dogecoin longs pay the most, at an annualized 13%.',
    numbers: [
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.003%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '$8.2B',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'contradicted',
        note: 'wrong window: btc.oi_change_7d -1.8; 24h +0.6',
      },
      {
        find: '+0.008%',
        label: 'supported',
      },
      {
        find: '+87.6%',
        label: 'contradicted',
        note: '10x: eth.funding_apr 8.76',
      },
      {
        find: '$7.4B',
        label: 'contradicted',
        note: 'eth.open_interest 4.7B',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '-0.006%',
        label: 'supported',
      },
      {
        find: '-6.6%',
        label: 'supported',
      },
      {
        find: '$2.1B',
        label: 'contradicted',
        note: 'sol.open_interest 1.2B',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '+0.001%',
        label: 'contradicted',
        note: 'sign: xrp.funding_rate -0.001',
      },
      {
        find: '-1.1%',
        label: 'supported',
      },
      {
        find: '$980M',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '+0.012%',
        label: 'supported',
      },
      {
        find: '+13.1%',
        label: 'supported',
      },
      {
        find: '$710M',
        label: 'supported',
      },
      {
        find: '-2.1%',
        label: 'contradicted',
        note: 'sign: doge.oi_change_24h +2.1',
      },
      {
        find: '+0.0008%',
        label: 'supported',
      },
      {
        find: '$15.8B',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '13%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'X-table-03',
    voice: 'table',
    style: 'sector',
    text: 'Sector board: DePIN was the only group up, CoinDesk put the surge at 14%.\n\n| Sector | 24h % | 7d % | Up | Down | Best | Worst |\n|---|---|---|---|---|---|---|\n| DePIN | +13.9% | +21.1% | 4 | 0 | HNT +22.0% | IOTX +9.0% |\n| Layer 1 | -0.7% | -2.1% | 3 | 6 | SUI +0.8% | NEAR -2.2% |\n| Layer 2 | -0.8% | -1.3% | 1 | 3 | POL +0.5% | ARB -1.4% |\n| AI | -0.7% | -3.1% | 1 | 6 | RENDER +10.0% | TAO -2.6% |\n| Gaming | -1.5% | -6.2% | 1 | 3 | AXS +0.6% | GALA -2.1% |\n| Memes | -2.4% | -7.9% | 1 | 3 | DOGE -2.2% | WIF -3.4% |\n',
    numbers: [
      {
        find: '14%',
        label: 'supported',
        note: 'fact sector.depin.change_24h 13.87 (also CoinDesk)',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+13.9%',
        label: 'supported',
      },
      {
        find: '+21.1%',
        label: 'contradicted',
        note: 'depin.change_7d 16.93; 21.1 is FIL',
      },
      {
        find: '4@3',
        label: 'supported',
      },
      {
        find: '0@1',
        label: 'supported',
      },
      {
        find: '+22.0%',
        label: 'supported',
      },
      {
        find: '+9.0%',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
        note: 'name Layer 1',
      },
      {
        find: '-0.7%@1',
        label: 'supported',
      },
      {
        find: '-2.1%@1',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '6@1',
        label: 'contradicted',
        note: 'l1 decliners 7',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: '-2.2%@1',
        label: 'supported',
      },
      {
        find: '2@8',
        label: 'ignored',
        note: 'name Layer 2',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '1@8',
        label: 'supported',
      },
      {
        find: '3@4',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'contradicted',
        note: 'worst L2 is OP -1.80, not ARB',
      },
      {
        find: '-0.7%@2',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '1@11',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '+10.0%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'contradicted',
        note: 'worst AI is FET -2.80; TAO -2.60',
      },
      {
        find: '-1.5%',
        label: 'supported',
      },
      {
        find: '-6.2%',
        label: 'contradicted',
        note: 'gaming 7d -2.52; -6.2 is GALA',
      },
      {
        find: '1@14',
        label: 'supported',
      },
      {
        find: '3@6',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'supported',
      },
      {
        find: '-2.1%@2',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-7.9%',
        label: 'supported',
      },
      {
        find: '1@16',
        label: 'contradicted',
        note: 'memes advancers 0',
      },
      {
        find: '3@7',
        label: 'contradicted',
        note: 'memes decliners 4',
      },
      {
        find: '-2.2%@2',
        label: 'supported',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'X-table-04',
    voice: 'table',
    style: 'daily',
    text: 'Key levels for the majors:\n\n| Asset | Support | Resistance | Day high | Day low | Month high | Month low |\n|---|---|---|---|---|---|---|\n| BTC | $105,000 | $100,000 | $102,312 | $100,726 | $106,328 | $95,609 |\n| ETH | $3,400 | $3,600 | $3,541.57 | $3,474.10 | $3,700 | $3,152 |\n| SOL | $145 | $150 | $155.96 | $148.06 | $155.96 | $142.68 |\n| XRP | $2.10 | $2.20 | $2.2193 | $1.97 | $2.3203 | $2.118 |\n| BNB | $640 | $660 | $695.73 | $609.14 | $666.79 | $632.31 |\n\nMonth high and low are the 30-day swing points. Bitcoin sits roughly 3.5% under resistance.',
    numbers: [
      {
        find: '$105,000',
        label: 'contradicted',
        note: 'support/resistance swapped: btc.support 100000',
      },
      {
        find: '$100,000',
        label: 'contradicted',
        note: 'swapped: btc.resistance 105000',
      },
      {
        find: '$102,312',
        label: 'supported',
      },
      {
        find: '$100,726',
        label: 'supported',
      },
      {
        find: '$106,328',
        label: 'supported',
      },
      {
        find: '$95,609',
        label: 'supported',
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
        find: '$3,541.57',
        label: 'supported',
      },
      {
        find: '$3,474.10',
        label: 'supported',
      },
      {
        find: '$3,700',
        label: 'supported',
      },
      {
        find: '$3,152',
        label: 'contradicted',
        note: 'eth.swing_low_30d 3352.43',
      },
      {
        find: '$145',
        label: 'supported',
      },
      {
        find: '$150',
        label: 'supported',
      },
      {
        find: '$155.96@1',
        label: 'contradicted',
        note: 'that is sol.swing_high_30d; 24h high 151.45',
      },
      {
        find: '$148.06',
        label: 'supported',
      },
      {
        find: '$155.96@2',
        label: 'supported',
      },
      {
        find: '$142.68',
        label: 'supported',
      },
      {
        find: '$2.10',
        label: 'supported',
      },
      {
        find: '$2.20',
        label: 'supported',
      },
      {
        find: '$2.2193',
        label: 'supported',
      },
      {
        find: '$1.97',
        label: 'contradicted',
        note: 'xrp.low_24h 2.1735',
      },
      {
        find: '$2.3203',
        label: 'supported',
      },
      {
        find: '$2.118',
        label: 'supported',
      },
      {
        find: '$640',
        label: 'supported',
      },
      {
        find: '$660',
        label: 'supported',
      },
      {
        find: '$695.73',
        label: 'contradicted',
        note: 'bnb.high_24h 655.73',
      },
      {
        find: '$609.14',
        label: 'contradicted',
        note: 'bnb.low_24h 649.14',
      },
      {
        find: '$666.79',
        label: 'supported',
      },
      {
        find: '$632.31',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '3.5%',
        label: 'unsupported',
        note: 'distance to level, derived (105000/101300)',
      },
    ],
  },
  {
    id: 'X-table-05',
    voice: 'table',
    style: 'weekly',
    text: 'DePIN, week in numbers. All four tokens gained; the basket rose 16.9% and added about $644 million in value.\n\n| Token | Change | Price | Volume vs 7d avg |\n|---|---|---|---|\n| HNT | +26.2% | $3.64 | 2.4x |\n| FIL | +21.1% | $4.28 | 2.2x |\n| RENDER | +1.4% | $3.58 | 1.9x |\n| IOTX | +9.4% | $0.0238 | 0.9x |\n\nDecrypt reported that Helium added more than 40,000 hotspots in June, and IoTeX plans to unlock 120 million tokens next week, CryptoSlate said.',
    numbers: [
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '16.9%',
        label: 'supported',
      },
      {
        find: '$644 million',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '+26.2%',
        label: 'supported',
      },
      {
        find: '$3.64',
        label: 'supported',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '+21.1%',
        label: 'supported',
      },
      {
        find: '$4.28',
        label: 'contradicted',
        note: 'fil.price 2.4836',
      },
      {
        find: '2.2x',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'contradicted',
        note: 'render.change_7d 11.43',
      },
      {
        find: '$3.58',
        label: 'supported',
      },
      {
        find: '1.9x',
        label: 'supported',
      },
      {
        find: '+9.4%',
        label: 'supported',
      },
      {
        find: '$0.0238',
        label: 'supported',
      },
      {
        find: '0.9x',
        label: 'contradicted',
        note: 'iotx.volume_ratio_7d 1.91',
      },
      {
        find: '40,000',
        label: 'supported-by-source',
      },
      {
        find: '120 million',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'X-table-06',
    voice: 'table',
    style: 'daily',
    text: 'Memes and gaming, day change:\n\n| Token | Price | Change |\n|---|---|---|\n| DOGE | $0.1682 | -8.2% |\n| SHIB | $0.00001106 | -2.7% |\n| PEPE | $0.00000884 | -0.3% |\n| WIF | $0.47 | -3.4% |\n| AXS | $2.186 | +0.6% |\n| SAND | $0.2386 | +1.9% |\n| GALA | $0.1418 | -2.1% |\n| IMX | $0.4872 | -1.6% |\n\nSeven of the eight fell; only Axie rose.',
    numbers: [
      {
        find: '$0.1682',
        label: 'supported',
      },
      {
        find: '-8.2%',
        label: 'contradicted',
        note: 'wrong window: doge.change_7d -8.22; 24h -2.20',
      },
      {
        find: '$0.00001106',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '$0.00000884',
        label: 'supported',
      },
      {
        find: '-0.3%',
        label: 'contradicted',
        note: 'pepe.change_24h -2.96',
      },
      {
        find: '$0.47',
        label: 'contradicted',
        note: 'wif.price 0.7412',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '$2.186',
        label: 'supported',
      },
      {
        find: '+0.6%',
        label: 'supported',
      },
      {
        find: '$0.2386',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'sign: sand.change_24h -1.90',
      },
      {
        find: '$0.1418',
        label: 'contradicted',
        note: '10x: gala.price 0.01418',
      },
      {
        find: '-2.1%',
        label: 'supported',
      },
      {
        find: '$0.4872',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'supported',
      },
      {
        find: 'Seven',
        label: 'supported',
        note: 'count among table rows: 7 of 8 down is true of facts',
      },
      {
        find: 'eight',
        label: 'supported',
      },
    ],
  },
  {
    id: 'X-table-07',
    voice: 'table',
    style: 'daily',
    text: 'AI tokens:\n\n| Token | Price | 24h | 7d |\n|---|---|---|---|\n| FET | $0.5426 | -2.8% | -6.5% |\n| RENDER | $3.58 | +10.0% | +11.4% |\n| TAO | $381.40 | -2.6% | -7.1% |\n| GRT | $0.0764 | -1.9% | -15.8% |\n| VIRTUAL | $0.9318 | -2.0% | -9.3% |\n| WLD | $0.8126 | +2.5% | -3.7% |\n| NEAR | $2.318 | -2.2% | -14.2% |\n\nRender was the only AI token up over the week, and the group lost about $395 million in value over seven days. The AI category as a whole is worth $22.1 billion, per CoinGecko.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$0.5426',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-6.5%',
        label: 'supported',
      },
      {
        find: '$3.58',
        label: 'supported',
      },
      {
        find: '+10.0%',
        label: 'supported',
      },
      {
        find: '+11.4%',
        label: 'supported',
      },
      {
        find: '$381.40',
        label: 'contradicted',
        note: 'tao.price 318.40',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '-7.1%',
        label: 'supported',
      },
      {
        find: '$0.0764',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'supported',
      },
      {
        find: '-15.8%',
        label: 'contradicted',
        note: 'grt.change_7d -5.84',
      },
      {
        find: '$0.9318',
        label: 'supported',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '-9.3%',
        label: 'contradicted',
        note: 'virtual.change_7d -2.84',
      },
      {
        find: '$0.8126',
        label: 'supported',
      },
      {
        find: '+2.5%',
        label: 'contradicted',
        note: 'sign: wld.change_24h -2.50',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '$2.318',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '-14.2%',
        label: 'contradicted',
        note: 'near.change_7d -4.20',
      },
      {
        find: '$395 million',
        label: 'supported',
      },
      {
        find: 'seven days',
        label: 'ignored',
      },
      {
        find: '$22.1 billion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'X-table-08',
    voice: 'table',
    style: 'daily',
    text: "Market overview\n\n| Metric | Value | Change |\n|---|---|---|\n| Total market cap | $3.47T | +0.5% |\n| BTC dominance | 56.1% | |\n| Total volume | $98B | |\n| Open interest | $15.8B | -1.2% |\n| Advancers | 9 | |\n| Decliners | 12 | |\n| Avg funding (OI-weighted) | +0.0008% | |\n| BTC volatility, 7d | 21.3% | |\n| BTC volatility, 30d | 17.5% | |\n| ETH volatility, 7d | 26.4% | |\n| DePIN category cap | $16.0B | +13.2% |\n| Meme category cap | $46B | -2.5% |\n| Smart-contract platforms category cap | $2.86T | -0.07% |\n| Gaming category cap | $7.2B | -4.1% |\n| AI category volume | $26B | |\n\nCategory figures are CoinGecko's.",
    numbers: [
      {
        find: '$3.47T',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'contradicted',
        note: 'sign: market.cap_change_24h -0.5',
      },
      {
        find: '56.1%',
        label: 'contradicted',
        note: 'btc_dominance 58.05',
      },
      {
        find: '$98B',
        label: 'supported',
      },
      {
        find: '$15.8B',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'contradicted',
        note: 'wrong window: oi_change_7d -1.22; 24h +0.79',
      },
      {
        find: '9@2',
        label: 'supported',
      },
      {
        find: '12',
        label: 'contradicted',
        note: 'decliners 21',
      },
      {
        find: '+0.0008%',
        label: 'supported',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '21.3%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '17.5%',
        label: 'contradicted',
        note: 'btc.volatility_30d 27.45',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '26.4%',
        label: 'contradicted',
        note: 'eth.volatility_7d 16.36',
      },
      {
        find: '$16.0B',
        label: 'contradicted',
        note: 'depin.category_cap 10.6B',
      },
      {
        find: '+13.2%',
        label: 'supported',
      },
      {
        find: '$46B',
        label: 'supported',
      },
      {
        find: '-2.5%',
        label: 'supported',
      },
      {
        find: '$2.86T',
        label: 'supported',
      },
      {
        find: '-0.07%',
        label: 'contradicted',
        note: '10x: l1.category_change_24h -0.7',
      },
      {
        find: '$7.2B',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'contradicted',
        note: 'gaming.category_change_24h -1.4',
      },
      {
        find: '$26B',
        label: 'contradicted',
        note: '10x: ai.category_volume_24h 2.6B',
      },
    ],
  },
  {
    id: 'X-table-09',
    voice: 'table',
    style: 'weekly',
    text: 'Majors over the week\n\n| Asset | Price change | OI change | Volume vs average |\n|---|---|---|---|\n| BTC | -2.1% | -1.8% | 0.82x |\n| ETH | -1.1% | +1.2% | 0.85x |\n| SOL | -1.6% | -0.4% | 0.81x |\n| XRP | +2.6% | +1.4% | 0.80x |\n| BNB | -1.0% | n/a | 0.38x |\n| SUI | +1.6% | n/a | 1.85x |\n| AVAX | -0.5% | n/a | 0.83x |\n\nOutlook: desks see bitcoin testing $110,000 and ether reclaiming $4,000 before month-end, though bitcoin remains well below its all-time high near $126,000. Spot bitcoin ETFs bled $212 million, and a bridge hack drained $38 million, Cointelegraph reported.',
    numbers: [
      {
        find: '-2.1%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '0.82x',
        label: 'supported',
      },
      {
        find: '-1.1%',
        label: 'contradicted',
        note: 'wrong window: eth.change_24h -1.10; 7d -2.49',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'wrong window: eth.oi_change_24h; 7d -0.9',
      },
      {
        find: '0.85x@1',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'contradicted',
        note: 'wrong window: sol.oi_change_24h; 7d -3.2',
      },
      {
        find: '0.81x',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'contradicted',
        note: 'sign: xrp.change_7d -2.63',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '0.80x',
        label: 'supported',
      },
      {
        find: '-1.0%',
        label: 'supported',
      },
      {
        find: '0.38x',
        label: 'contradicted',
        note: 'bnb.volume_ratio_7d 0.83',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '1.85x',
        label: 'contradicted',
        note: 'sui.volume_ratio_7d 0.85',
      },
      {
        find: '-0.5%',
        label: 'contradicted',
        note: 'avax.change_7d -5.52',
      },
      {
        find: '0.83x',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$4,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '$212 million',
        label: 'unsupported',
        note: 'Bitcoin Magazine figure, not attributed',
      },
      {
        find: '$38 million',
        label: 'supported-by-source',
      },
    ],
  },
];
