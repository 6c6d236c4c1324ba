import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'E-edited-01',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin was  little changed on Saturday, rising 0. 2% to $107 846, while ether fell 2.6 % to $3 ,702. The the total market cap slipped 0.5% to $3.49trillion.',
    numbers: [
      {
        find: '0. 2%',
        label: 'supported',
      },
      {
        find: '$107 846',
        label: 'supported',
      },
      {
        find: '2.6 %',
        label: 'supported',
      },
      {
        find: '$3 ,702',
        label: 'supported',
      },
      {
        find: '0.5%',
        label: 'supported',
      },
      {
        find: '$3.49trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-02',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin rose 1. 8% to $107 846, while ether fell 2.6 %. Total market cap slipped 1.5% to $3.49 trillion.',
    numbers: [
      {
        find: '1. 8%',
        label: 'contradicted',
        note: 'fact btc.change_24h 0.18 (10x)',
      },
      {
        find: '$107 846',
        label: 'supported',
      },
      {
        find: '2.6 %',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h -0.47',
      },
      {
        find: '$3.49 trillion',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-03',
    voice: 'edited',
    style: 'daily',
    text: 'Memecoins led the the market higher, with the sector up 6 .5%. Dogwifhat jumped 11.2 per cent, pepe rose 9.5% and doge 8.6%; shib added 3,1%.',
    numbers: [
      {
        find: '6 .5%',
        label: 'supported',
      },
      {
        find: '11.2 per cent',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '8.6%',
        label: 'contradicted',
        note: 'fact doge.change_24h 6.84',
      },
      {
        find: '3,1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-04',
    voice: 'edited',
    style: 'daily',
    text: 'Memecoins led the market, with the sector up 6.5 %. Dogwifhat jumped 12.7 % and pepe 19.5%.',
    numbers: [
      {
        find: '6.5 %',
        label: 'supported',
      },
      {
        find: '12.7 %',
        label: 'contradicted',
        note: '24h: 12.72 is 7d; wif.change_24h 11.23',
      },
      {
        find: '19.5%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 9.47',
      },
    ],
  },
  {
    id: 'E-edited-05',
    voice: 'edited',
    style: 'daily',
    text: 'DePIN tokens fell 4.8 % , with filecoin down 5.8%, iotex 4.6% and helium 3.9%.Render lost 4.2%.',
    numbers: [
      {
        find: '4.8 %',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-06',
    voice: 'edited',
    style: 'daily',
    text: 'DePIN tokens fell  7.8%, with Filecoin down 5.8% and Helium up 3.9%.',
    numbers: [
      {
        find: ' 7.8%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h -4.84',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'contradicted',
        note: 'direction: hnt.change_24h -3.94',
      },
    ],
  },
  {
    id: 'E-edited-07',
    voice: 'edited',
    style: 'daily',
    text: 'Eth funding turned negative at -0.003 4% per 8 hours, so shorts  paid longs. Open interest in ether fell 3.6% to $5.0bn.',
    numbers: [
      {
        find: '-0.003 4%',
        label: 'supported',
      },
      {
        find: '8',
        label: 'ignored',
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '$5.0bn',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-08',
    voice: 'edited',
    style: 'daily',
    text: 'ETH funding turned positive at 0.0034 %, and open interest rose 3.6%.',
    numbers: [
      {
        find: '0.0034 %',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.00342',
      },
      {
        find: '3.6%',
        label: 'contradicted',
        note: 'direction: eth.oi_change_24h -3.6',
      },
    ],
  },
  {
    id: 'E-edited-09',
    voice: 'edited',
    style: 'daily',
    text: "Btc's 24-hour range was $106 150–$108 181; support sits at $105,000 and resistance at $110, 000.",
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$106 150',
        label: 'supported',
      },
      {
        find: '$108 181',
        label: 'supported',
      },
      {
        find: '$105,000',
        label: 'supported',
      },
      {
        find: '$110, 000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-10',
    voice: 'edited',
    style: 'daily',
    text: "BTC's 24-hour range was $106 150–$118 181; support sits at $110,000.",
    numbers: [
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$106 150',
        label: 'supported',
      },
      {
        find: '$118 181',
        label: 'contradicted',
        note: 'fact btc.high_24h 108,181',
      },
      {
        find: '$110,000',
        label: 'contradicted',
        note: 'swapped: 110000 is resistance; btc.support 105000',
      },
    ],
  },
  {
    id: 'E-edited-11',
    voice: 'edited',
    style: 'daily',
    text: 'Only 13 of of the 30 tracked tokens rose, and 17 fell. Bitcoin dominance was 61.8 %.',
    numbers: [
      {
        find: '13',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '17',
        label: 'supported',
      },
      {
        find: '61.8 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-12',
    voice: 'edited',
    style: 'daily',
    text: 'Only  9 of the 30 tracked tokens rose. bitcoin dominance was 66.8%.',
    numbers: [
      {
        find: ' 9',
        label: 'contradicted',
        note: 'fact market.advancers_24h 13',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '66.8%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 61.79',
      },
    ],
  },
  {
    id: 'E-edited-13',
    voice: 'edited',
    style: 'daily',
    text: 'Solana slipped 1.4% to $163. 84, XRP rose 0.8% to $2.44, and BNB eased 0.6% to $996.4. cardano fell 1.9%, avalanche 4.3%.',
    numbers: [
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$163. 84',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$2.44',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '$996.4',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '4.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h -2.31',
      },
    ],
  },
  {
    id: 'E-edited-14',
    voice: 'edited',
    style: 'daily',
    text: 'Solana slipped 1.4% to $136.84, XRP fell 0.8%, BNB eased 0.6%.',
    numbers: [
      {
        find: '1.4%',
        label: 'supported',
      },
      {
        find: '$136.84',
        label: 'contradicted',
        note: 'fact sol.price 163.84',
      },
      {
        find: '0.8%',
        label: 'contradicted',
        note: 'direction: xrp.change_24h +0.82',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-15',
    voice: 'edited',
    style: 'daily',
    text: 'Ai tokens were flat-ish at +0.2%: virtuals rose 5.6% , tao 3.4% and fet 3.2%, while render fell 4.2%, wld 3.3%, grt 2.1% and near 2.2%.',
    numbers: [
      {
        find: '+0.2%',
        label: 'supported',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'contradicted',
        note: 'fact near.change_24h -1.22',
      },
    ],
  },
  {
    id: 'E-edited-16',
    voice: 'edited',
    style: 'daily',
    text: 'AI tokens were up 2.2 %; tao rose 5.6% and render fell 4.2%.',
    numbers: [
      {
        find: '2.2 %',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 0.22 (10x)',
      },
      {
        find: '5.6%',
        label: 'contradicted',
        note: 'wrong asset: 5.62 is VIRTUAL; tao 3.37',
      },
      {
        find: '4.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-17',
    voice: 'edited',
    style: 'daily',
    text: 'Layer-2 tokens lost 1.0 % ; op fell 2.4%, arb 1.8%, imx 2.9%, and pol rose 0.4%.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '1.0 %',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'contradicted',
        note: 'fact imx.change_24h -0.93',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-18',
    voice: 'edited',
    style: 'daily',
    text: 'Layer-2 tokens lost 3 %; op fell 2.4%, and pol fell 0.4%.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3 %',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.98',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '0.4%',
        label: 'contradicted',
        note: 'direction: pol.change_24h +0.41',
      },
    ],
  },
  {
    id: 'E-edited-19',
    voice: 'edited',
    style: 'daily',
    text: 'Gaming slipped 0.6%, as sand fell 2.3% and imx 0.9%; axs rose 1. 1% and gala 0.6 %.',
    numbers: [
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '2.3%',
        label: 'supported',
      },
      {
        find: '0.9%',
        label: 'supported',
      },
      {
        find: '1. 1%',
        label: 'supported',
      },
      {
        find: '0.6 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-20',
    voice: 'edited',
    style: 'daily',
    text: 'Doge open interest jumped 14.6% to $940m, and funding rose to 0.031 8% per eight hours -- about 35 % annualised.',
    numbers: [
      {
        find: '14.6%',
        label: 'supported',
      },
      {
        find: '$940m',
        label: 'supported',
      },
      {
        find: '0.031 8%',
        label: 'supported',
      },
      {
        find: '35 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-21',
    voice: 'edited',
    style: 'daily',
    text: 'DOGE open interest jumped 41.6% to $940 m, and funding rose to 0.318%.',
    numbers: [
      {
        find: '41.6%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 14.6',
      },
      {
        find: '$940 m',
        label: 'supported',
      },
      {
        find: '0.318%',
        label: 'contradicted',
        note: 'fact doge.funding_rate 0.0318 (10x)',
      },
    ],
  },
  {
    id: 'E-edited-22',
    voice: 'edited',
    style: 'daily',
    text: 'Total open interest fell 1.7% to $17 bn, btc open interest fell 2.4% to $8.6bn, sol 1.9% and xrp rose 7%.',
    numbers: [
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '$17 bn',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '$8.6bn',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '7%@2',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 0.7',
      },
    ],
  },
  {
    id: 'E-edited-23',
    voice: 'edited',
    style: 'daily',
    text: 'Total open interest fell 7.1% to $17 bn; BTC open interest $6.8bn.',
    numbers: [
      {
        find: '7.1%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h -1.73',
      },
      {
        find: '$17 bn',
        label: 'supported',
      },
      {
        find: '$6.8bn',
        label: 'contradicted',
        note: 'fact btc.open_interest 8.61B',
      },
    ],
  },
  {
    id: 'E-edited-24',
    voice: 'edited',
    style: 'daily',
    text: 'bitcoin volume was about 31 % below its  seven-day average, at $1.87 bn; total volume was $146.4bn.',
    numbers: [
      {
        find: '31 %',
        label: 'supported',
      },
      {
        find: '$1.87 bn',
        label: 'supported',
      },
      {
        find: '$146.4bn',
        label: 'contradicted',
        note: 'fact market.volume_24h 106.4B',
      },
    ],
  },
  {
    id: 'E-edited-25',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin volume was $1. 87bn, about 60% below its seven-day average.',
    numbers: [
      {
        find: '$1. 87bn',
        label: 'supported',
      },
      {
        find: '60%',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 0.69 = 31% below',
      },
    ],
  },
  {
    id: 'E-edited-26',
    voice: 'edited',
    style: 'daily',
    text: 'According to Bitcoin magazine, spot ETFs saw outflows of $148m on Friday . CoinDesk said turnover ran roughly 30 % under the weekly average.',
    numbers: [
      {
        find: '$148m',
        label: 'supported-by-source',
      },
      {
        find: '30 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-27',
    voice: 'edited',
    style: 'daily',
    text: 'Spot ETFs saw outflows of $148m on Friday, and inflows of $90m on Thursday.',
    numbers: [
      {
        find: '$148m',
        label: 'unsupported',
        note: 'not attributed to Bitcoin Magazine',
      },
      {
        find: '$90m',
        label: 'unsupported',
        note: 'invented',
      },
    ],
  },
  {
    id: 'E-edited-28',
    voice: 'edited',
    style: 'weekly',
    text: 'Over the week bitcoin lost 2.1 %, ether 4.0% and solana 5.4 %; memes rose 2.9% and DePIN sank 8.6 %.',
    numbers: [
      {
        find: '2.1 %',
        label: 'supported',
      },
      {
        find: '4.0%',
        label: 'supported',
      },
      {
        find: '5.4 %',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '8.6 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-29',
    voice: 'edited',
    style: 'weekly',
    text: 'Over the week bitcoin lost 5.0%, ether 4.0%, and polkadot rose 1.6%.',
    numbers: [
      {
        find: '5.0%',
        label: 'contradicted',
        note: 'fact btc.change_7d -2.13 (5.03 is 30d, and up)',
      },
      {
        find: '4.0%',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'fact dot.change_7d 3.16',
      },
    ],
  },
  {
    id: 'E-edited-30',
    voice: 'edited',
    style: 'weekly',
    text: 'This week: total OI -4.6 %, btc OI -5.8%, eth OI -7.1 %, doge OI +22.3%. Gaming -4.2%, ai -8.4%.',
    numbers: [
      {
        find: '-4.6 %',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-7.1 %',
        label: 'supported',
      },
      {
        find: '+22.3%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-8.4%',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d -3.43',
      },
    ],
  },
  {
    id: 'E-edited-31',
    voice: 'edited',
    style: 'weekly',
    text: 'This week: eth OI -3.6 %, doge OI +14. 6%. Gaming -4.2%.',
    numbers: [
      {
        find: '-3.6 %',
        label: 'contradicted',
        note: 'weekly: 3.6 is 24h; eth.oi_change_7d -7.1',
      },
      {
        find: '+14. 6%',
        label: 'contradicted',
        note: 'weekly: 14.6 is 24h; doge.oi_change_7d 22.3',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-32',
    voice: 'edited',
    style: 'sector',
    text: 'Memes were the the best sector for a second week, up 6.5 % on the day; all four rose . The meme market cap reached $41.7 bn, up $2.5bn.',
    numbers: [
      {
        find: '6.5 %',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '$41.7 bn',
        label: 'supported',
      },
      {
        find: '$2.5bn',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-33',
    voice: 'edited',
    style: 'sector',
    text: 'Memes were the best sector, up 6.5 %; DePIN was the second-best at -4.8%.',
    numbers: [
      {
        find: '6.5 %',
        label: 'supported',
      },
      {
        find: '-4.8%',
        label: 'contradicted',
        note: 'rank: DePIN is worst sector, AI second-best',
      },
    ],
  },
  {
    id: 'E-edited-34',
    voice: 'edited',
    style: 'daily',
    text: 'Sui rose 1.6% to $2. 50 after its validator upgrade went live; it was the best Layer-1 performer. xrp added 0.8%.',
    numbers: [
      {
        find: '1.6%',
        label: 'supported',
      },
      {
        find: '$2. 50',
        label: 'supported',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-35',
    voice: 'edited',
    style: 'daily',
    text: 'Sui rose 16% after its upgrade, and Ether was the the best layer-1 at -2.6%.',
    numbers: [
      {
        find: '16%',
        label: 'contradicted',
        note: 'fact sui.change_24h 1.61 (10x)',
      },
      {
        find: '1@2',
        label: 'ignored',
      },
      {
        find: '-2.6%',
        label: 'contradicted',
        note: 'wrong rank: ETH is worst L1',
      },
    ],
  },
  {
    id: 'E-edited-36',
    voice: 'edited',
    style: 'daily',
    text: 'Bittensor ( TAO ) climbed 3.4% to $378.6, just under resistance at $380. virtuals rose 5.6 % to $1.41.',
    numbers: [
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$378.6',
        label: 'supported',
      },
      {
        find: '$380',
        label: 'supported',
      },
      {
        find: '5.6 %',
        label: 'supported',
      },
      {
        find: '$1.41',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-37',
    voice: 'edited',
    style: 'daily',
    text: 'Bittensor climbed 3.4% to $387.6; Virtuals rose 5.6 % to $1.71.',
    numbers: [
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$387.6',
        label: 'contradicted',
        note: 'fact tao.price 378.6',
      },
      {
        find: '5.6 %',
        label: 'supported',
      },
      {
        find: '$1.71',
        label: 'contradicted',
        note: 'fact virtual.price 1.4126',
      },
    ],
  },
  {
    id: 'E-edited-38',
    voice: 'edited',
    style: 'daily',
    text: 'Filecoin fell to $2.05, near support at $2 .00, and helium to $2.87; iotex traded at $0.021 5.',
    numbers: [
      {
        find: '$2.05',
        label: 'supported',
      },
      {
        find: '$2 .00',
        label: 'supported',
      },
      {
        find: '$2.87',
        label: 'supported',
      },
      {
        find: '$0.021 5',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-39',
    voice: 'edited',
    style: 'daily',
    text: 'Filecoin fell to $2.05, below support at $2.10; Helium at $3.87.',
    numbers: [
      {
        find: '$2.05',
        label: 'supported',
      },
      {
        find: '$2.10',
        label: 'contradicted',
        note: 'fact fil.support 2.0; 2.1 is resistance',
      },
      {
        find: '$3.87',
        label: 'contradicted',
        note: 'fact hnt.price 2.871',
      },
    ],
  },
  {
    id: 'E-edited-40',
    voice: 'edited',
    style: 'daily',
    text: "Ether's 30-day swing low is $3,510 and its high $4,143; for bitcoin the numbers are $101,399 and $114 934.",
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$3,510',
        label: 'supported',
      },
      {
        find: '$4,143',
        label: 'supported',
      },
      {
        find: '$101,399',
        label: 'supported',
      },
      {
        find: '$114 934',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-41',
    voice: 'edited',
    style: 'daily',
    text: "Ether's 30-day low is $3,150 and bitcoin's $111,399.",
    numbers: [
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$3,150',
        label: 'contradicted',
        note: 'fact eth.swing_low_30d 3510.3',
      },
      {
        find: '$111,399',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 101,399',
      },
    ],
  },
  {
    id: 'E-edited-42',
    voice: 'edited',
    style: 'daily',
    text: "Solana's seven-day realised volatility is 59.8 % and bitcoin's 22.0%; PEPE's is 108 %.",
    numbers: [
      {
        find: '59.8 %',
        label: 'supported',
      },
      {
        find: '22.0%',
        label: 'supported',
      },
      {
        find: '108 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'E-edited-43',
    voice: 'edited',
    style: 'daily',
    text: "Solana's seven-day realised volatility is 39.8%, and BITCOIN's 27.3%.",
    numbers: [
      {
        find: '39.8%',
        label: 'contradicted',
        note: 'fact sol.volatility_7d 59.8',
      },
      {
        find: '27.3%',
        label: 'contradicted',
        note: '7d: 27.3 is 30d; btc.volatility_7d 22.0',
      },
    ],
  },
  {
    id: 'E-edited-44',
    voice: 'edited',
    style: 'daily',
    text: "Dogecoin's volume was $1.09 bn, about 1.4 times its weekly average, and pepe's $943m.",
    numbers: [
      {
        find: '$1.09 bn',
        label: 'supported',
      },
      {
        find: '1.4 times',
        label: 'supported',
      },
      {
        find: '$943m',
        label: 'contradicted',
        note: 'fact pepe.volume_24h 493M',
      },
    ],
  },
  {
    id: 'E-edited-45',
    voice: 'edited',
    style: 'daily',
    text: "DOGECOIN's volume was $10.9 bn, 2.4 times its weekly average.",
    numbers: [
      {
        find: '$10.9 bn',
        label: 'contradicted',
        note: 'fact doge.volume_24h 1.09B (10x)',
      },
      {
        find: '2.4 times',
        label: 'contradicted',
        note: 'fact doge.volume_ratio_7d 1.39',
      },
    ],
  },
  {
    id: 'E-edited-46',
    voice: 'edited',
    style: 'daily',
    text: 'Worldcoin fell 3.3% to $0.67, and the graph 2.1% to $0. 0698; near protocol slipped to $2.38.',
    numbers: [
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '$0.67',
        label: 'contradicted',
        note: 'fact wld.price 0.7634',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '$0. 0698',
        label: 'supported',
      },
      {
        find: '$2.38',
        label: 'contradicted',
        note: 'fact near.price 2.781',
      },
    ],
  },
];
