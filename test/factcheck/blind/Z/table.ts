import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Z-table-01',
    voice: 'table',
    style: 'daily',
    text: '**Majors at a glance**\n\n| Asset | Price | 24h | 7d | Market cap |\n|---|---|---|---|---|\n| BTC | $113,384 | +1.40% | +1.40% | $2.26T |\n| ETH | $3,474.30 | -0.80% | -9.10% | $467.7B |\n| SOL | $232.86 | +11.20% | +17.30% | $217.6B |\n| XRP | $2.7134 | +1.30% | +1.76% | $162.1B |\n| BNB | $740.40 | +0.60% | +13.5% | $97.7B |\n| ADA | $0.7128 | +4.20% | +3.02% | $2.59B |\n| AVAX | $42.87 | +4.70% | +0.88% | $10.6B |\n| SUI | $3.5827 | +6.20% | +7.46% | $1.30B |\n\nTotal market cap is $3.81T (+1.04% on the day) and BTC dominance is 59.28%. SOL was the best performer in the table; ETH the only decliner.',
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
        find: '$113,384',
        label: 'supported',
      },
      {
        find: '+1.40%@1',
        label: 'contradicted',
        note: '7d value in the 24h column, fact btc.change_24h 0.32',
      },
      {
        find: '+1.40%@2',
        label: 'supported',
      },
      {
        find: '$2.26T',
        label: 'supported',
      },
      {
        find: '$3,474.30',
        label: 'contradicted',
        note: 'fact eth.price 3,874.3',
      },
      {
        find: '-0.80%',
        label: 'supported',
      },
      {
        find: '-9.10%',
        label: 'contradicted',
        note: 'fact eth.change_7d -1.90',
      },
      {
        find: '$467.7B',
        label: 'supported',
      },
      {
        find: '$232.86',
        label: 'supported',
      },
      {
        find: '+11.20%',
        label: 'supported',
      },
      {
        find: '+17.30%',
        label: 'supported',
      },
      {
        find: '$217.6B',
        label: 'contradicted',
        note: 'fact sol.market_cap 127.6B',
      },
      {
        find: '$2.7134',
        label: 'supported',
      },
      {
        find: '+1.30%',
        label: 'supported',
      },
      {
        find: '+1.76%',
        label: 'contradicted',
        note: 'sign flip, fact xrp.change_7d -1.76',
      },
      {
        find: '$162.1B',
        label: 'supported',
      },
      {
        find: '$740.40',
        label: 'contradicted',
        note: 'fact bnb.price 702.4',
      },
      {
        find: '+0.60%',
        label: 'supported',
      },
      {
        find: '+13.5%',
        label: 'contradicted',
        note: '10x slip, fact bnb.change_7d 1.35',
      },
      {
        find: '$97.7B',
        label: 'supported',
      },
      {
        find: '$0.7128',
        label: 'supported',
      },
      {
        find: '+4.20%',
        label: 'contradicted',
        note: 'digit swap, fact ada.change_24h 2.40',
      },
      {
        find: '+3.02%',
        label: 'supported',
      },
      {
        find: '$2.59B',
        label: 'contradicted',
        note: '10x slip, fact ada.market_cap 25.9B',
      },
      {
        find: '$42.87',
        label: 'contradicted',
        note: 'digit swap, fact avax.price 24.87',
      },
      {
        find: '+4.70%',
        label: 'supported',
      },
      {
        find: '+0.88%',
        label: 'contradicted',
        note: '30d value in the 7d column, fact avax.change_7d 8.28',
      },
      {
        find: '$10.6B',
        label: 'supported',
      },
      {
        find: '$3.5827',
        label: 'supported',
      },
      {
        find: '+6.20%',
        label: 'supported',
      },
      {
        find: '+7.46%',
        label: 'supported',
      },
      {
        find: '$1.30B',
        label: 'contradicted',
        note: '10x slip, fact sui.market_cap 12.95B',
      },
      {
        find: '$3.81T',
        label: 'supported',
      },
      {
        find: '+1.04%',
        label: 'supported',
      },
      {
        find: '59.28%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-table-02',
    voice: 'table',
    style: 'sector',
    text: 'Sector scoreboard (watchlist members, cap-weighted).\n\n| Sector | 24h | 7d | Up | Down | Best member | Worst member |\n|---|---|---|---|---|---|---|\n| Layer 1 | +0.66% | +1.34% | 9 | 2 | SOL +11.20% | ETH -0.80% |\n| Layer 2 | -3.29% | -5.58% | 1 | 3 | POL +0.30% | OP -4.10% |\n| AI | +0.02% | +2.84% | 3 | 4 | FET +3.10% | VIRTUAL -2.30% |\n| DePIN | -0.16% | -1.12% | 2 | 2 | HNT +9.10% | IOTX -1.60% |\n| Gaming | -1.08% | -2.25% | 2 | 2 | AXS +1.40% | IMX -3.30% |\n| Memes | +0.51% | +0.51% | 3 | 1 | WIF +14.60% | SHIB -0.86% |\n\nLayer 1 was the best sector on the day and Layer 2 the worst, down more than 2%.',
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
        find: 'Layer 1@1',
        label: 'ignored',
      },
      {
        find: '+0.66%',
        label: 'supported',
      },
      {
        find: '+1.34%',
        label: 'supported',
      },
      {
        find: '9@1',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_24h 8',
      },
      {
        find: '2@2',
        label: 'supported',
      },
      {
        find: '+11.20%',
        label: 'supported',
      },
      {
        find: '-0.80%',
        label: 'supported',
      },
      {
        find: 'Layer 2@1',
        label: 'ignored',
      },
      {
        find: '-3.29%',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -2.29',
      },
      {
        find: '-5.58%',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'supported',
      },
      {
        find: '3@3',
        label: 'supported',
      },
      {
        find: '+0.30%',
        label: 'supported',
      },
      {
        find: '-4.10%',
        label: 'supported',
      },
      {
        find: '+0.02%',
        label: 'supported',
      },
      {
        find: '+2.84%',
        label: 'contradicted',
        note: 'sign flip, fact sector.ai.change_7d -2.84',
      },
      {
        find: '3@5',
        label: 'supported',
      },
      {
        find: '4@5',
        label: 'supported',
      },
      {
        find: '+3.10%',
        label: 'contradicted',
        note: 'wrong leader: fact sector.ai.best_24h NEAR 3.10; fet -0.90',
      },
      {
        find: '-2.30%',
        label: 'supported',
      },
      {
        find: '-0.16%',
        label: 'supported',
      },
      {
        find: '-1.12%',
        label: 'supported',
      },
      {
        find: '2@10',
        label: 'supported',
      },
      {
        find: '2@11',
        label: 'supported',
      },
      {
        find: '+9.10%',
        label: 'contradicted',
        note: 'fact hnt.change_24h 1.90',
      },
      {
        find: '-1.60%',
        label: 'contradicted',
        note: 'wrong asset: fact sector.depin.worst_24h FIL -1.60; iotx -0.80',
      },
      {
        find: '-1.08%',
        label: 'supported',
      },
      {
        find: '-2.25%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d -5.25',
      },
      {
        find: '2@14',
        label: 'supported',
      },
      {
        find: '2@15',
        label: 'supported',
      },
      {
        find: '+1.40%',
        label: 'supported',
      },
      {
        find: '-3.30%',
        label: 'supported',
      },
      {
        find: '+0.51%@1',
        label: 'supported',
      },
      {
        find: '+0.51%@2',
        label: 'contradicted',
        note: 'sign flip, fact sector.memes.change_7d -0.51',
      },
      {
        find: '3@10',
        label: 'supported',
      },
      {
        find: '1@17',
        label: 'supported',
      },
      {
        find: '+14.60%',
        label: 'supported',
      },
      {
        find: '-0.86%',
        label: 'supported',
      },
      {
        find: 'Layer 1@2',
        label: 'ignored',
      },
      {
        find: 'Layer 2@2',
        label: 'ignored',
      },
      {
        find: '2%@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-table-03',
    voice: 'table',
    style: 'daily',
    text: "Derivatives board\n\n| Perp | Funding (8h) | Annualized | Open interest | OI 24h | OI 7d |\n|---|---|---|---|---|---|\n| BTC | 0.0072% | 7.88% | $8.20B | +0.20% | -1.70% |\n| ETH | 0.0046% | 50.37% | $4.60B | +0.70% | -2.30% |\n| SOL | 0.0400% | 43.80% | $39.0B | +19.20% | +31.60% |\n| XRP | +0.0023% | -2.52% | $11.0B | +3.60% | +0.90% |\n| DOGE | 0.0094% | 1.03% | $0.80B | +16.10% | +4.80% |\n\nTotal open interest: $18.6B, +3.89% on the day and +5.75% on the week. The OI-weighted average funding is 0.0130% per 8h, and the highest rate on the board is ETH's 0.0046%.",
    numbers: [
      {
        find: '8h@1',
        label: 'ignored',
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
        find: '0.0072%',
        label: 'supported',
      },
      {
        find: '7.88%',
        label: 'supported',
      },
      {
        find: '$8.20B',
        label: 'supported',
      },
      {
        find: '+0.20%',
        label: 'supported',
      },
      {
        find: '-1.70%',
        label: 'contradicted',
        note: 'sign flip, fact btc.oi_change_7d +1.70',
      },
      {
        find: '0.0046%@1',
        label: 'supported',
      },
      {
        find: '50.37%',
        label: 'contradicted',
        note: '10x slip, fact eth.funding_apr 5.04',
      },
      {
        find: '$4.60B',
        label: 'supported',
      },
      {
        find: '+0.70%',
        label: 'contradicted',
        note: 'sign flip, fact eth.oi_change_24h -0.70',
      },
      {
        find: '-2.30%',
        label: 'supported',
      },
      {
        find: '0.0400%',
        label: 'supported',
      },
      {
        find: '43.80%',
        label: 'supported',
      },
      {
        find: '$39.0B',
        label: 'contradicted',
        note: '10x slip, fact sol.open_interest 3.9B',
      },
      {
        find: '+19.20%',
        label: 'supported',
      },
      {
        find: '+31.60%',
        label: 'supported',
      },
      {
        find: '+0.0023%',
        label: 'contradicted',
        note: 'sign flip, fact xrp.funding_rate -0.0023',
      },
      {
        find: '-2.52%',
        label: 'supported',
      },
      {
        find: '$11.0B',
        label: 'contradicted',
        note: '10x slip, fact xrp.open_interest 1.1B',
      },
      {
        find: '+3.60%',
        label: 'supported',
      },
      {
        find: '+0.90%',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '1.03%',
        label: 'contradicted',
        note: '10x slip, fact doge.funding_apr 10.29',
      },
      {
        find: '$0.80B',
        label: 'supported',
      },
      {
        find: '+16.10%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 6.1',
      },
      {
        find: '+4.80%',
        label: 'supported',
      },
      {
        find: '$18.6B',
        label: 'supported',
      },
      {
        find: '+3.89%',
        label: 'supported',
      },
      {
        find: '+5.75%',
        label: 'supported',
      },
      {
        find: '0.0130%',
        label: 'supported',
      },
      {
        find: '8h@2',
        label: 'ignored',
      },
      {
        find: '0.0046%@2',
        label: 'contradicted',
        note: 'wrong leader: highest funding is SOL 0.04; eth value itself right',
      },
    ],
  },
  {
    id: 'Z-table-04',
    voice: 'table',
    style: 'daily',
    text: 'Key levels\n\n| Asset | Support | Resistance | 30d high | 30d low | 24h high | 24h low |\n|---|---|---|---|---|---|---|\n| BTC | 100,000 | 115,000 | 125,983 | 108,248 | 113,858 | 112,604 |\n| ETH | 3,600 | 4,000 | 3,996 | 3,772 | 4,921 | 3,642 |\n| SOL | 240 | 230 | 221.37 | 159.87 | 252.91 | 208.94 |\n| XRP | 2.70 | 2.80 | 2.97 | 2.36 | 2.92 | 2.68 |\n\nSOL trades above its 30-day high; BTC is still below resistance. A break over $115,000 resistance could open $125,000.',
    numbers: [
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '100,000',
        label: 'contradicted',
        note: 'fact btc.support 110,000',
      },
      {
        find: '115,000@1',
        label: 'supported',
      },
      {
        find: '125,983',
        label: 'contradicted',
        note: 'fact btc.swing_high_30d 115,983',
      },
      {
        find: '108,248',
        label: 'supported',
      },
      {
        find: '113,858',
        label: 'supported',
      },
      {
        find: '112,604',
        label: 'supported',
      },
      {
        find: '3,600',
        label: 'contradicted',
        note: 'fact eth.support 3,800',
      },
      {
        find: '4,000',
        label: 'supported',
      },
      {
        find: '3,996',
        label: 'supported',
      },
      {
        find: '3,772',
        label: 'supported',
      },
      {
        find: '4,921',
        label: 'contradicted',
        note: 'fact eth.high_24h 3,921.05',
      },
      {
        find: '3,642',
        label: 'contradicted',
        note: 'fact eth.low_24h 3,841.98',
      },
      {
        find: '240',
        label: 'contradicted',
        note: 'support and resistance swapped, fact sol.support 230',
      },
      {
        find: '230',
        label: 'contradicted',
        note: 'swapped, fact sol.resistance 240',
      },
      {
        find: '221.37',
        label: 'supported',
      },
      {
        find: '159.87',
        label: 'contradicted',
        note: 'digit swap, fact sol.swing_low_30d 195.87',
      },
      {
        find: '252.91',
        label: 'contradicted',
        note: 'fact sol.high_24h 232.91',
      },
      {
        find: '208.94',
        label: 'supported',
      },
      {
        find: '2.70',
        label: 'supported',
      },
      {
        find: '2.80',
        label: 'supported',
      },
      {
        find: '2.97',
        label: 'supported',
      },
      {
        find: '2.36',
        label: 'contradicted',
        note: 'fact xrp.swing_low_30d 2.63',
      },
      {
        find: '2.92',
        label: 'contradicted',
        note: 'fact xrp.high_24h 2.7248',
      },
      {
        find: '2.68',
        label: 'supported',
      },
      {
        find: '30@4',
        label: 'ignored',
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
    ],
  },
  {
    id: 'Z-table-05',
    voice: 'table',
    style: 'sector',
    text: "AI tokens, cap-weighted sector flat on the day.\n\n| Token | Price | 24h | 7d | 30d |\n|---|---|---|---|---|\n| FET | $0.6317 | +0.90% | -3.09% | -4.39% |\n| RENDER | $36.84 | +0.60% | -0.83% | +3.03% |\n| TAO | $325.70 | -1.40% | -5.84% | -2.22% |\n| GRT | $0.0863 | +0.40% | +3.50% | -8.47% |\n| VIRTUAL | $1.087 | -6.55% | -6.55% | -8.78% |\n| WLD | $0.9147 | -1.80% | -6.96% | -21.00% |\n| NEAR | $2.716 | +1.85% | +1.85% | -2.65% |\n\nNEAR was the only AI token up more than 1% on the day. The sector lost 2.84% on the week and 4.03% over 30 days; CoinGecko's wider AI category is worth $24.1B, up 2.0%.",
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
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$0.6317',
        label: 'supported',
      },
      {
        find: '+0.90%',
        label: 'contradicted',
        note: 'sign flip, fact fet.change_24h -0.90',
      },
      {
        find: '-3.09%',
        label: 'supported',
      },
      {
        find: '-4.39%',
        label: 'supported',
      },
      {
        find: '$36.84',
        label: 'contradicted',
        note: '10x slip, fact render.price 3.6842',
      },
      {
        find: '+0.60%',
        label: 'supported',
      },
      {
        find: '-0.83%',
        label: 'supported',
      },
      {
        find: '+3.03%',
        label: 'contradicted',
        note: 'sign flip, fact render.change_30d -3.03',
      },
      {
        find: '$325.70',
        label: 'contradicted',
        note: 'fact tao.price 352.7',
      },
      {
        find: '-1.40%',
        label: 'supported',
      },
      {
        find: '-5.84%',
        label: 'supported',
      },
      {
        find: '-2.22%',
        label: 'contradicted',
        note: 'sign flip, fact tao.change_30d +2.22',
      },
      {
        find: '$0.0863',
        label: 'supported',
      },
      {
        find: '+0.40%',
        label: 'supported',
      },
      {
        find: '+3.50%',
        label: 'contradicted',
        note: '10x slip, fact grt.change_7d 0.35',
      },
      {
        find: '-8.47%',
        label: 'supported',
      },
      {
        find: '$1.087',
        label: 'supported',
      },
      {
        find: '-6.55%@1',
        label: 'contradicted',
        note: '7d value in the 24h column, fact virtual.change_24h -2.30',
      },
      {
        find: '-6.55%@2',
        label: 'supported',
      },
      {
        find: '-8.78%',
        label: 'supported',
      },
      {
        find: '$0.9147',
        label: 'supported',
      },
      {
        find: '-1.80%',
        label: 'supported',
      },
      {
        find: '-6.96%',
        label: 'supported',
      },
      {
        find: '-21.00%',
        label: 'contradicted',
        note: 'fact wld.change_30d -12.0',
      },
      {
        find: '$2.716',
        label: 'supported',
      },
      {
        find: '+1.85%@1',
        label: 'contradicted',
        note: '7d value in the 24h column, fact near.change_24h 3.10',
      },
      {
        find: '+1.85%@2',
        label: 'supported',
      },
      {
        find: '-2.65%',
        label: 'supported',
      },
      {
        find: '1%',
        label: 'supported',
      },
      {
        find: '2.84%',
        label: 'supported',
      },
      {
        find: '4.03%',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '$24.1B',
        label: 'supported',
      },
      {
        find: '2.0%',
        label: 'contradicted',
        note: '10x slip, fact sector.ai.category_change_24h 0.2',
      },
    ],
  },
  {
    id: 'Z-table-06',
    voice: 'table',
    style: 'daily',
    text: 'Memes and gaming: price, volume and volume against the weekly average.\n\n| Token | Price | 24h | Volume | vs 7d avg |\n|---|---|---|---|---|\n| DOGE | $0.2047 | +0.40% | $55.6M | 1.07x |\n| SHIB | $0.00001263 | +0.86% | $56.1M | 0.95x |\n| PEPE | $0.0000986 | +1.13% | $216.6M | 1.02x |\n| WIF | $0.8926 | +14.60% | $68.4M | 3.87x |\n| AXS | $2.519 | -1.40% | $12.7M | 1.04x |\n| SAND | $0.2371 | -0.60% | $16.0M | 1.02x |\n| GALA | $0.01618 | +0.50% | $13.8M | 1.95x |\n| IMX | $0.5538 | -6.92% | $12.0M | 0.85x |\n\nWIF volume ran at nearly 1.9x its weekly average. The meme basket is worth $43.3B and the gaming basket $2.87B; CoinGecko puts the meme category at $56B with $7.3B of daily volume, and gaming volume at $5.6B.',
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
        find: '$0.2047',
        label: 'supported',
      },
      {
        find: '+0.40%',
        label: 'supported',
      },
      {
        find: '$55.6M',
        label: 'contradicted',
        note: '10x slip, fact doge.volume_24h 555.6M',
      },
      {
        find: '1.07x',
        label: 'supported',
      },
      {
        find: '$0.00001263',
        label: 'supported',
      },
      {
        find: '+0.86%',
        label: 'contradicted',
        note: 'sign flip, fact shib.change_24h -0.86',
      },
      {
        find: '$56.1M',
        label: 'supported',
      },
      {
        find: '0.95x',
        label: 'supported',
      },
      {
        find: '$0.0000986',
        label: 'contradicted',
        note: '10x slip, fact pepe.price 0.00000986',
      },
      {
        find: '+1.13%',
        label: 'supported',
      },
      {
        find: '$216.6M',
        label: 'supported',
      },
      {
        find: '1.02x@1',
        label: 'supported',
      },
      {
        find: '$0.8926',
        label: 'supported',
      },
      {
        find: '+14.60%',
        label: 'supported',
      },
      {
        find: '$68.4M',
        label: 'contradicted',
        note: 'fact wif.volume_24h 168.4M',
      },
      {
        find: '3.87x',
        label: 'contradicted',
        note: 'fact wif.volume_ratio_7d 1.87',
      },
      {
        find: '$2.519',
        label: 'supported',
      },
      {
        find: '-1.40%',
        label: 'contradicted',
        note: 'sign flip, fact axs.change_24h +1.40',
      },
      {
        find: '$12.7M',
        label: 'supported',
      },
      {
        find: '1.04x',
        label: 'supported',
      },
      {
        find: '$0.2371',
        label: 'contradicted',
        note: 'digit swap, fact sand.price 0.2731',
      },
      {
        find: '-0.60%',
        label: 'supported',
      },
      {
        find: '$16.0M',
        label: 'supported',
      },
      {
        find: '1.02x@2',
        label: 'supported',
      },
      {
        find: '$0.01618',
        label: 'supported',
      },
      {
        find: '+0.50%',
        label: 'supported',
      },
      {
        find: '$13.8M',
        label: 'supported',
      },
      {
        find: '1.95x',
        label: 'contradicted',
        note: 'fact gala.volume_ratio_7d 0.95',
      },
      {
        find: '$0.5538',
        label: 'supported',
      },
      {
        find: '-6.92%',
        label: 'contradicted',
        note: '7d value in the 24h column, fact imx.change_24h -3.30',
      },
      {
        find: '$12.0M',
        label: 'supported',
      },
      {
        find: '0.85x',
        label: 'supported',
      },
      {
        find: '1.9x',
        label: 'supported',
      },
      {
        find: '$43.3B',
        label: 'supported',
      },
      {
        find: '$2.87B',
        label: 'supported',
      },
      {
        find: '$56B',
        label: 'supported',
      },
      {
        find: '$7.3B',
        label: 'supported',
      },
      {
        find: '$5.6B',
        label: 'contradicted',
        note: '10x slip, fact sector.gaming.category_volume_24h 560M',
      },
    ],
  },
  {
    id: 'Z-table-07',
    voice: 'table',
    style: 'weekly',
    text: '**Week in review, by sector**\n\n| Sector | Change | Cap change | Best | Worst |\n|---|---|---|---|---|\n| L1 | +1.34% | +$4.19B | SOL +17.3% | ETH -1.9% |\n| L2 | -2.29% | -$431M | POL -2.3% | ARB -7.6% |\n| AI | -2.84% | -$405M | TAO +1.9% | WLD -7.0% |\n| DePIN | -1.12% | -$500M | HNT +2.4% | FIL -2.8% |\n| Gaming | -5.25% | -$159M | GALA -3.2% | SAND -6.9% |\n| Memes | +0.51% | -$221M | WIF +25.1% | SHIB -16.7% |\n\nBTC +1.4%, ETH -1.9%. Total open interest rose 5.75%, with SOL OI up 31.6%. Spot ETF net inflows for the week: $1.2B.',
    numbers: [
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+1.34%',
        label: 'supported',
      },
      {
        find: '+$4.19B',
        label: 'contradicted',
        note: '10x slip, fact sector.l1.market_cap_change_7d +41.9B',
      },
      {
        find: '+17.3%',
        label: 'supported',
      },
      {
        find: '-1.9%@1',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-2.29%',
        label: 'contradicted',
        note: '24h value in a weekly table, fact sector.l2.change_7d -5.58',
      },
      {
        find: '-$431M',
        label: 'supported',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-2.84%',
        label: 'supported',
      },
      {
        find: '-$405M',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'wrong leader: fact sector.ai.best_7d NEAR 1.85; tao -5.84',
      },
      {
        find: '-7.0%',
        label: 'supported',
      },
      {
        find: '-1.12%',
        label: 'supported',
      },
      {
        find: '-$500M',
        label: 'contradicted',
        note: '10x slip, fact sector.depin.market_cap_change_7d -50.1M',
      },
      {
        find: '+2.4%',
        label: 'supported',
      },
      {
        find: '-2.8%',
        label: 'supported',
      },
      {
        find: '-5.25%',
        label: 'supported',
      },
      {
        find: '-$159M',
        label: 'supported',
      },
      {
        find: '-3.2%',
        label: 'supported',
      },
      {
        find: '-6.9%',
        label: 'contradicted',
        note: 'wrong asset: fact sector.gaming.worst_7d IMX -6.92; sand -5.78',
      },
      {
        find: '+0.51%',
        label: 'contradicted',
        note: '24h value and sign, fact sector.memes.change_7d -0.51',
      },
      {
        find: '-$221M',
        label: 'supported',
      },
      {
        find: '+25.1%',
        label: 'supported',
      },
      {
        find: '-16.7%',
        label: 'contradicted',
        note: 'fact shib.change_7d -6.72',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '-1.9%@2',
        label: 'supported',
      },
      {
        find: '5.75%',
        label: 'supported',
      },
      {
        find: '31.6%',
        label: 'supported',
      },
      {
        find: '$1.2B',
        label: 'unsupported',
        note: 'no fact or headline',
      },
    ],
  },
  {
    id: 'Z-table-08',
    voice: 'table',
    style: 'daily',
    text: 'Top movers (24h)\n\n| Gainer | Change | Loser | Change |\n|---|---|---|---|\n| WIF | +14.6% | OP | -4.1% |\n| SOL | +11.2% | ARB | -6.3% |\n| SUI | +16.2% | IMX | -3.3% |\n| AVAX | +7.4% | VIRTUAL | -12.3% |\n| NEAR | +3.1% | WLD | -1.8% |\n\n17 advancers, 13 decliners out of 30 tracked. SOL volume was 2.98x its weekly average; next target $260.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+14.6%',
        label: 'supported',
      },
      {
        find: '-4.1%',
        label: 'supported',
      },
      {
        find: '+11.2%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'contradicted',
        note: 'digit swap, fact arb.change_24h -3.60',
      },
      {
        find: '+16.2%',
        label: 'contradicted',
        note: 'fact sui.change_24h 6.20',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '+7.4%',
        label: 'contradicted',
        note: 'digit swap, fact avax.change_24h 4.70',
      },
      {
        find: '-12.3%',
        label: 'contradicted',
        note: 'fact virtual.change_24h -2.30',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '2.98x',
        label: 'supported',
      },
      {
        find: '$260',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Z-table-09',
    voice: 'table',
    style: 'daily',
    text: 'BTC vs ETH\n\n| Metric | BTC | ETH |\n|---|---|---|\n| Price | $113,384 | $3,874 |\n| Day change | +0.32% | -0.80% |\n| Week change | +1.40% | -1.90% |\n| Month change | +14.62% | -1.70% |\n| Day volume | $2.31B | $13.8B |\n| Volume vs weekly avg | 0.99x | 0.96x |\n| Weekly realized vol | 31.3% | 15.2% |\n| Monthly realized vol | 15.6% | 15.2% |\n| Funding per 8h | 0.0072% | 0.0046% |\n| Open interest | $8.2B | $6.4B |\n| Market cap | $2.26T | $467.7B |\n\nETH lagged BTC on every window shown. Support: BTC $110K, ETH $3.8K.',
    numbers: [
      {
        find: '$113,384',
        label: 'supported',
      },
      {
        find: '$3,874',
        label: 'supported',
      },
      {
        find: '+0.32%',
        label: 'supported',
      },
      {
        find: '-0.80%',
        label: 'supported',
      },
      {
        find: '+1.40%',
        label: 'supported',
      },
      {
        find: '-1.90%',
        label: 'supported',
      },
      {
        find: '+14.62%',
        label: 'contradicted',
        note: 'fact btc.change_30d 4.62',
      },
      {
        find: '-1.70%',
        label: 'contradicted',
        note: 'sign flip, fact eth.change_30d +1.70',
      },
      {
        find: '$2.31B',
        label: 'supported',
      },
      {
        find: '$13.8B',
        label: 'contradicted',
        note: '10x slip, fact eth.volume_24h 1.38B',
      },
      {
        find: '0.99x',
        label: 'supported',
      },
      {
        find: '0.96x',
        label: 'supported',
      },
      {
        find: '31.3%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 13.3',
      },
      {
        find: '15.2%@1',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '15.2%@2',
        label: 'contradicted',
        note: '7d value in the 30d row, fact eth.volatility_30d 26.5',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.0072%',
        label: 'supported',
      },
      {
        find: '0.0046%',
        label: 'supported',
      },
      {
        find: '$8.2B',
        label: 'supported',
      },
      {
        find: '$6.4B',
        label: 'contradicted',
        note: 'digit swap, fact eth.open_interest 4.6B',
      },
      {
        find: '$2.26T',
        label: 'supported',
      },
      {
        find: '$467.7B',
        label: 'supported',
      },
      {
        find: '$110K',
        label: 'supported',
      },
      {
        find: '$3.8K',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Z-table-10',
    voice: 'table',
    style: 'daily',
    text: 'Headline figures, by outlet\n\n| Outlet | Subject | Figure |\n|---|---|---|\n| CoinDesk | Spot Solana ETF fee | 0.19% |\n| Decrypt | Solana bridge exploit loss | $41M |\n| The Block | Liquid staking unlock next week | 21.6M tokens |\n| Cointelegraph | Mainnet stress test | 8,300 TPS |\n| Bitcoin Magazine | Miner transfers to exchanges, past week | 7,420 BTC |\n| Bitcoin Magazine | BTC breakout level | above $115,000 |\n| Cointelegraph | SOL move | -6% |\n| Decrypt | BTC dominance | 59.3% |\n| CoinDesk | SOL open interest | +19% |\n\nDesk forecasts, not in the table above: BTC $130K by year-end and SOL $300. Spot BTC ETF inflows were $640M.',
    numbers: [
      {
        find: '0.19%',
        label: 'supported-by-source',
      },
      {
        find: '$41M',
        label: 'supported-by-source',
      },
      {
        find: '21.6M',
        label: 'supported-by-source',
      },
      {
        find: '8,300',
        label: 'supported-by-source',
      },
      {
        find: '7,420',
        label: 'supported-by-source',
      },
      {
        find: '$115,000',
        label: 'contradicted',
        note: 'fact btc.price 113,384 is below; headline contradicted',
      },
      {
        find: '-6%',
        label: 'contradicted',
        note: 'fact sol.change_24h +11.2; headline contradicted',
      },
      {
        find: '59.3%',
        label: 'supported',
      },
      {
        find: '+19%',
        label: 'supported',
      },
      {
        find: '$130K',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$300',
        label: 'unsupported',
        note: 'forecast, no outlet named',
      },
      {
        find: '$640M',
        label: 'unsupported',
        note: 'invented, no fact or headline',
      },
    ],
  },
  {
    id: 'Z-table-11',
    voice: 'table',
    style: 'sector',
    text: 'Sector caps: our watchlist members against the CoinGecko category.\n\n| Sector | Watchlist cap | CoinGecko cap | CoinGecko 24h |\n|---|---|---|---|\n| L1 | $3.71T | $3.18T | +0.9% |\n| L2 | $7.30B | $1.12B | -2.6% |\n| AI | $31.9B | $24.1B | +0.2% |\n| DePIN | $4.43B | $10.2B | -0.4% |\n| Gaming | $2.87B | $79B | -1.2% |\n| Memes | $43.3B | $56.0B | -1.4% |',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '$3.71T',
        label: 'contradicted',
        note: 'digit swap, fact sector.l1.market_cap 3.17T',
      },
      {
        find: '$3.18T',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '$7.30B',
        label: 'supported',
      },
      {
        find: '$1.12B',
        label: 'contradicted',
        note: '10x slip, fact sector.l2.category_cap 11.2B',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '$31.9B',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap 13.85B',
      },
      {
        find: '$24.1B',
        label: 'supported',
      },
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '$4.43B',
        label: 'supported',
      },
      {
        find: '$10.2B',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '$2.87B',
        label: 'supported',
      },
      {
        find: '$79B',
        label: 'contradicted',
        note: '10x slip, fact sector.gaming.category_cap 7.9B',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '$43.3B',
        label: 'supported',
      },
      {
        find: '$56.0B',
        label: 'supported',
      },
      {
        find: '-1.4%',
        label: 'contradicted',
        note: 'sign flip, fact sector.memes.category_change_24h +1.4',
      },
    ],
  },
  {
    id: 'Z-table-12',
    voice: 'table',
    style: 'daily',
    text: 'Month to date, selected coins.\n\n| Asset | 30d change |\n|---|---|\n| BTC | +4.62% |\n| ETH | +1.70% |\n| SOL | +31.70% |\n| XRP | -3.59% |\n| DOT | +3.97% |\n| ARB | -10.90% |\n\nSOL was the best L1 over the month at +13.17%, and DOT the worst.',
    numbers: [
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '+4.62%',
        label: 'supported',
      },
      {
        find: '+1.70%',
        label: 'supported',
      },
      {
        find: '+31.70%',
        label: 'contradicted',
        note: 'fact sol.change_30d 13.17',
      },
      {
        find: '-3.59%',
        label: 'supported',
      },
      {
        find: '+3.97%',
        label: 'contradicted',
        note: 'sign flip, fact dot.change_30d -3.97',
      },
      {
        find: '-10.90%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+13.17%',
        label: 'supported',
      },
    ],
  },
];
