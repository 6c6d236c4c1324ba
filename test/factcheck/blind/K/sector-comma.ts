import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'K-sector-comma-01',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Sector recap for 12 November. Layer 2 was the strongest group of the day, up 11,4 %, with Optimism in front at +15,2 % and Arbitrum at +14,8 %. Polygon added 16,6 %, Immutable brought up the rear with 6,1 %. The basket of rollup tokens is now worth $6,33 bn, roughly $1,1 bn more than a day ago. Memes came second with +9,0 %; PEPE (+14,3 %) did the heavy lifting while SHIB rose 8,2 %. AI tokens gained 6,9 %, with Virtuals best at 13,4 % and Bittensor the only loser at -0,6 %. The layer-one group was last, with +3,5 %.',
    numbers: [
      {
        find: '12',
        label: 'ignored',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '11,4 %',
        label: 'supported',
      },
      {
        find: '+15,2 %',
        label: 'supported',
      },
      {
        find: '+14,8 %',
        label: 'contradicted',
        note: 'fact arb.change_24h 12.41',
      },
      {
        find: '16,6 %',
        label: 'contradicted',
        note: 'fact pol.change_24h 11.62',
      },
      {
        find: '6,1 %',
        label: 'supported',
      },
      {
        find: '$6,33 bn',
        label: 'supported',
      },
      {
        find: '$1,1 bn',
        label: 'contradicted',
        note: 'fact sector.l2.market_cap_change_24h 648M; 1.09B is the ai figure',
      },
      {
        find: '+9,0 %',
        label: 'supported',
      },
      {
        find: '+14,3 %',
        label: 'supported',
      },
      {
        find: '8,2 %',
        label: 'contradicted',
        note: 'fact shib.change_24h 6.12; 8.18 is wif 7d',
      },
      {
        find: '6,9 %',
        label: 'supported',
      },
      {
        find: '13,4 %',
        label: 'supported',
      },
      {
        find: '-0,6 %',
        label: 'supported',
      },
      {
        find: '+3,5 %',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h 1.46',
      },
    ],
  },
  {
    id: 'K-sector-comma-02',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Bitcoin closed the session almost unchanged at $101.643, down 0,21 %, after trading between $100.664 and $102.781. Ether, by contrast, rose 6,5 % to $3.947 and went through its 30-day high of $3.912. Solana climbed 9,4 % to $176,42, XRP 4,2 % to $2,34. BNB was the only other major in the red, with -1,4 %. Total market value stands at $3,56 trillion, up 4,9 %, and bitcoin dominance eased to 54,0 %.',
    numbers: [
      {
        find: '$101.643',
        label: 'supported',
      },
      {
        find: '0,21 %',
        label: 'supported',
      },
      {
        find: '$100.664',
        label: 'supported',
      },
      {
        find: '$102.781',
        label: 'supported',
      },
      {
        find: '6,5 %',
        label: 'supported',
      },
      {
        find: '$3.947',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$3.912',
        label: 'supported',
      },
      {
        find: '9,4 %',
        label: 'supported',
      },
      {
        find: '$176,42',
        label: 'supported',
      },
      {
        find: '4,2 %',
        label: 'supported',
      },
      {
        find: '$2,34',
        label: 'contradicted',
        note: 'fact xrp.price 2.4316',
      },
      {
        find: '-1,4 %',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.42',
      },
      {
        find: '$3,56 trillion',
        label: 'supported',
      },
      {
        find: '4,9 %',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 2.9',
      },
      {
        find: '54,0 %',
        label: 'contradicted',
        note: 'fact market.btc_dominance 57.0',
      },
    ],
  },
  {
    id: 'K-sector-comma-03',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Memecoins. The sector gained 9,03 % over the day and all 4 tokens finished higher. PEPE led with 14,3 % to $0,00000784, dogwifhat followed at +8,2 %, DOGE added 9,1 % to $0,2194. Shiba Inu was the weakest at +6,1 %. Together the memecoins are worth about $44,2 bn; the wider CoinGecko category is at $71,2 bn, up 9,18 %. On the week the group is up 21,6 %, and DOGE is now 12 % away from its yearly high.',
    numbers: [
      {
        find: '9,03 %',
        label: 'supported',
      },
      {
        find: '4 tokens',
        label: 'supported',
      },
      {
        find: '14,3 %',
        label: 'supported',
      },
      {
        find: '$0,00000784',
        label: 'supported',
      },
      {
        find: '+8,2 %',
        label: 'contradicted',
        note: 'fact wif.change_24h 11.83; 8.18 is wif 7d',
      },
      {
        find: '9,1 %',
        label: 'supported',
      },
      {
        find: '$0,2194',
        label: 'supported',
      },
      {
        find: '+6,1 %',
        label: 'supported',
      },
      {
        find: '$44,2 bn',
        label: 'supported',
      },
      {
        find: '$71,2 bn',
        label: 'supported',
      },
      {
        find: '9,18 %',
        label: 'supported',
      },
      {
        find: '21,6 %',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d 14.86; 21.55 is pepe 7d',
      },
      {
        find: '12 %',
        label: 'unsupported',
        note: 'distance/history not stated',
      },
    ],
  },
  {
    id: 'K-sector-comma-04',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Derivatives: funding is positive everywhere, longs pay shorts. DOGE carries the highest rate, 0,045 % per 8h, which is 49,3 % annualized. SOL pays 0,031 %, ETH 0,024 %, XRP 0,021 %. The average funding rate is 0,2 %. Bitcoin stays close to neutral at 0,06 %. Open interest on the big perps is $18,9 bn, +6,9 % on the day; only BTC saw a decline, -1,0 %, to $6,2 bn. ETH open interest grew 9 % to $6,2 bn, SOL 12 % to $2,3 bn, and DOGE jumped 31,5 %.',
    numbers: [
      {
        find: '0,045 %',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '49,3 %',
        label: 'supported',
      },
      {
        find: '0,031 %',
        label: 'supported',
      },
      {
        find: '0,024 %',
        label: 'supported',
      },
      {
        find: '0,021 %',
        label: 'contradicted',
        note: 'fact xrp.funding_rate 0.011',
      },
      {
        find: '0,2 %',
        label: 'contradicted',
        note: 'fact market.funding_avg 0.0199; 10x slip',
      },
      {
        find: '0,06 %',
        label: 'contradicted',
        note: 'fact btc.funding_rate 0.006; 10x slip',
      },
      {
        find: '$18,9 bn',
        label: 'supported',
      },
      {
        find: '+6,9 %',
        label: 'supported',
      },
      {
        find: '-1,0 %',
        label: 'supported',
      },
      {
        find: '$6,2 bn.',
        label: 'supported',
      },
      {
        find: 'grew 9 % to',
        label: 'supported',
      },
      {
        find: '$6,2 bn,',
        label: 'contradicted',
        note: 'fact eth.open_interest 7.6B; 6.2B is btc',
      },
      {
        find: '12 %',
        label: 'supported',
      },
      {
        find: '$2,3 bn',
        label: 'supported',
      },
      {
        find: '31,5 %',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h 22.0; 31.5 is 7d',
      },
    ],
  },
  {
    id: 'K-sector-comma-05',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly sector table, comma decimals. Memes +14,9 %, Layer 2 +11,6 %, AI +9,7 %, Gaming +5,4 %, DePIN +4,7 %, Layer 1 +2,9 %. Best single names: PEPE +21,6 %, NEAR +16,0 %, DOGE +15,5 %, Virtuals +15,3 %. Weakest: GALA +3,4 %, BNB +0,8 %, SAND +1,0 %. In AI the laggard was Worldcoin with +11,5 %, and in gaming Immutable led with +6,1 %. Bitcoin only gained 1,0 % for the week, ether 8,0 %.',
    numbers: [
      {
        find: '+14,9 %',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+11,6 %',
        label: 'supported',
      },
      {
        find: '+9,7 %',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d 7.49',
      },
      {
        find: '+5,4 %',
        label: 'supported',
      },
      {
        find: '+4,7 %',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+2,9 %',
        label: 'supported',
      },
      {
        find: '+21,6 %',
        label: 'supported',
      },
      {
        find: '+16,0 %',
        label: 'supported',
      },
      {
        find: '+15,5 %',
        label: 'supported',
      },
      {
        find: '+15,3 %',
        label: 'supported',
      },
      {
        find: '+3,4 %',
        label: 'contradicted',
        note: 'fact gala.change_7d 0.69; 3.38 is 24h',
      },
      {
        find: '+0,8 %',
        label: 'supported',
      },
      {
        find: '+1,0 %',
        label: 'supported',
      },
      {
        find: '+11,5 %',
        label: 'contradicted',
        note: 'fact wld.change_7d 1.15; 10x slip',
      },
      {
        find: '+6,1 %',
        label: 'contradicted',
        note: 'fact imx.change_7d 11.0; 6.14 is 24h',
      },
      {
        find: '1,0 % for',
        label: 'supported',
      },
      {
        find: '8,0 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-sector-comma-06',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Layer-one recap. The group added 1,46 % and 8 of 10 members rose. Solana was best with +9,4 %, Sui followed at +7,1 %, NEAR +8,4 %. Cardano gained 7,1 % to $0,7124, Avalanche 7,4 % to $18,27, Polkadot 5,3 % to $3,14. BNB was the worst member at -0,42 %. The watchlist cap of the sector is $2,94 trillion, up about $42 bn. Avalanche is now testing resistance at $21, and Cardano support is at $0,65.',
    numbers: [
      {
        find: '1,46 %',
        label: 'supported',
      },
      {
        find: '8 of',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '+9,4 %',
        label: 'supported',
      },
      {
        find: '+7,1 %',
        label: 'contradicted',
        note: 'fact sui.change_24h 8.92; 7.06 is ada',
      },
      {
        find: '+8,4 %',
        label: 'supported',
      },
      {
        find: '7,1 % to',
        label: 'supported',
      },
      {
        find: '$0,7124',
        label: 'supported',
      },
      {
        find: '7,4 %',
        label: 'supported',
      },
      {
        find: '$18,27',
        label: 'contradicted',
        note: 'fact avax.price 19.87; 18.265 is the 24h low',
      },
      {
        find: '5,3 %',
        label: 'supported',
      },
      {
        find: '$3,14',
        label: 'contradicted',
        note: 'fact dot.price 3.412',
      },
      {
        find: '-0,42 %',
        label: 'supported',
      },
      {
        find: '$2,94 trillion',
        label: 'supported',
      },
      {
        find: '$42 bn',
        label: 'supported',
      },
      {
        find: '$21',
        label: 'contradicted',
        note: 'fact avax.resistance 20',
      },
      {
        find: '$0,65',
        label: 'contradicted',
        note: 'fact ada.support 0.70',
      },
    ],
  },
  {
    id: 'K-sector-comma-07',
    voice: 'sector-comma',
    style: 'daily',
    text: 'AI and big-data names had a good day: the sector rose 6,85 %, 6 of 7 up. Virtuals gained 13,4 % to $1,89, FET 11,2 % to $0,714, Worldcoin 1,2 %. The Graph added 5,1 % and Render 8,6 % to $3,58. Bittensor lost 0,6 % to $442,60, so it did not lead, whatever Cointelegraph wrote about a 12 % jump. NEAR is best of the sector on the week with 16,0 %. Sector cap is $17,0 bn; the CoinGecko AI category is $33,1 bn and rose 8,8 %.',
    numbers: [
      {
        find: '6,85 %',
        label: 'supported',
      },
      {
        find: ', 6 of',
        label: 'supported',
      },
      {
        find: '7 up.',
        label: 'supported',
      },
      {
        find: '13,4 %',
        label: 'supported',
      },
      {
        find: '$1,89',
        label: 'supported',
      },
      {
        find: '11,2 %',
        label: 'supported',
      },
      {
        find: '$0,714',
        label: 'supported',
      },
      {
        find: '1,2 %.',
        label: 'contradicted',
        note: 'fact wld.change_24h 10.18; 1.15 is 7d',
      },
      {
        find: '5,1 %',
        label: 'contradicted',
        note: 'fact grt.change_24h 8.14',
      },
      {
        find: '8,6 %',
        label: 'supported',
      },
      {
        find: '$3,58',
        label: 'supported',
      },
      {
        find: '0,6 %',
        label: 'supported',
      },
      {
        find: '$442,60',
        label: 'supported',
      },
      {
        find: '12 %',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 6.85; attributed headline figure contradicted',
      },
      {
        find: '16,0 %',
        label: 'supported',
      },
      {
        find: '$17,0 bn',
        label: 'supported',
      },
      {
        find: '$33,1 bn',
        label: 'supported',
      },
      {
        find: '8,8 %',
        label: 'contradicted',
        note: 'fact sector.ai.category_change_24h 6.78',
      },
    ],
  },
  {
    id: 'K-sector-comma-08',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Short one on DePIN: +4,4 % for the sector, Render the best at 8,6 %, Helium the only decliner with -0,9 % at $2,93. Filecoin added 4,6 % to $2,21 and IoTeX 3,2 %. 3 up, 1 down. Market cap of the basket about $4,16 bn, which is 2 % of the AI group.',
    numbers: [
      {
        find: '+4,4 %',
        label: 'supported',
      },
      {
        find: '8,6 %',
        label: 'supported',
      },
      {
        find: '-0,9 %',
        label: 'supported',
      },
      {
        find: '$2,93',
        label: 'supported',
      },
      {
        find: '4,6 %',
        label: 'contradicted',
        note: 'fact fil.change_24h 1.62; 4.63 is iotx',
      },
      {
        find: '$2,21',
        label: 'supported',
      },
      {
        find: '3,2 %',
        label: 'contradicted',
        note: 'fact iotx.change_24h 4.63',
      },
      {
        find: '3 up,',
        label: 'supported',
      },
      {
        find: '1 down.',
        label: 'supported',
      },
      {
        find: '$4,16 bn',
        label: 'supported',
      },
      {
        find: '2 % of',
        label: 'unsupported',
        note: 'invented share, no fact',
      },
    ],
  },
  {
    id: 'K-sector-comma-09',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Gaming. All 4 tokens up; the sector gained 4,98 %. Immutable first with +6,1 % at $0,585, Axie +5,3 % at $2,51, The Sandbox +4,4 % at $0,257, Gala last at +3,4 %. Over 30 days the group is still down 3,7 %, with Axie at -10,3 %. The category at CoinGecko is valued at $1,07 bn. Sandbox was the best gaming token of the day with a 9,2 % gain.',
    numbers: [
      {
        find: 'All 4 tokens',
        label: 'supported',
      },
      {
        find: '4,98 %',
        label: 'supported',
      },
      {
        find: '+6,1 %',
        label: 'supported',
      },
      {
        find: '$0,585',
        label: 'supported',
      },
      {
        find: '+5,3 %',
        label: 'supported',
      },
      {
        find: '$2,51',
        label: 'contradicted',
        note: 'fact axs.price 2.0146',
      },
      {
        find: '+4,4 %',
        label: 'supported',
      },
      {
        find: '$0,257',
        label: 'supported',
      },
      {
        find: '+3,4 %',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '3,7 %',
        label: 'supported',
      },
      {
        find: '-10,3 %',
        label: 'supported',
      },
      {
        find: '$1,07 bn',
        label: 'contradicted',
        note: 'fact sector.gaming.category_cap 10.68B; 10x slip',
      },
      {
        find: '9,2 %',
        label: 'contradicted',
        note: 'fact sector.gaming.best_24h IMX 6.14; sand 4.44',
      },
    ],
  },
  {
    id: 'K-sector-comma-10',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Volumes. Total crypto volume over 24h was $238,2 bn. BTC traded $2,80 bn on Binance, 0,9 times its weekly average, while Optimism ran at 2,14 times, highest of the list. ETH volume was $4,04 bn, 1,79 times the average; SOL $2,54 bn; DOGE $1,92 bn at 1,5 times. PEPE turnover reached $909 mn, XRP only $82,9 mn. ETH realized volatility on 7 days is 75 %, against 45 % for bitcoin.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$238,2 bn',
        label: 'supported',
      },
      {
        find: '$2,80 bn',
        label: 'supported',
      },
      {
        find: '0,9',
        label: 'supported',
      },
      {
        find: '2,14',
        label: 'supported',
      },
      {
        find: '$4,04 bn',
        label: 'supported',
      },
      {
        find: '1,79',
        label: 'supported',
      },
      {
        find: '$2,54 bn',
        label: 'contradicted',
        note: 'fact sol.volume_24h 1.54B',
      },
      {
        find: '$1,92 bn',
        label: 'supported',
      },
      {
        find: '1,5',
        label: 'contradicted',
        note: 'fact doge.volume_ratio_7d 1.97',
      },
      {
        find: '$909 mn',
        label: 'supported',
      },
      {
        find: '$82,9 mn',
        label: 'contradicted',
        note: 'fact xrp.volume_24h 829M; 10x slip',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '75 %',
        label: 'supported',
      },
      {
        find: '45 %',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 15.1',
      },
    ],
  },
  {
    id: 'K-sector-comma-11',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Levels to watch. BTC: support $100.000, resistance $105.000, 30-day swing high $104.741 and swing low $96.836. ETH: support $3.600, resistance $4.000; the price broke the swing high of $3.912. SOL: support $160, resistance $180, swing high $172,75. XRP: support $2,50, resistance $2,40. BNB stays under resistance at $950, support $900. DOGE resistance at $0,22 is only 0,3 % away.',
    numbers: [
      {
        find: '$100.000',
        label: 'supported',
      },
      {
        find: '$105.000',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$104.741',
        label: 'supported',
      },
      {
        find: '$96.836',
        label: 'supported',
      },
      {
        find: '$3.600',
        label: 'contradicted',
        note: 'fact eth.support 3800',
      },
      {
        find: '$4.000',
        label: 'supported',
      },
      {
        find: '$3.912',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'contradicted',
        note: 'fact sol.support 170',
      },
      {
        find: '$180',
        label: 'supported',
      },
      {
        find: '$172,75',
        label: 'supported',
      },
      {
        find: '$2,50',
        label: 'contradicted',
        note: 'fact xrp.support 2.40; 2.50 is resistance',
      },
      {
        find: '$2,40',
        label: 'contradicted',
        note: 'fact xrp.resistance 2.50; swapped',
      },
      {
        find: '$950',
        label: 'supported',
      },
      {
        find: '$900',
        label: 'supported',
      },
      {
        find: '$0,22',
        label: 'supported',
      },
      {
        find: '0,3 %',
        label: 'unsupported',
        note: 'distance to level not stated',
      },
    ],
  },
  {
    id: 'K-sector-comma-12',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Headlines of the morning: CoinDesk reports that spot ether ETFs drew $418 mn on Wednesday, and according to Bitcoin Magazine the bitcoin funds took in $312 mn. The Block counts 14 pending altcoin ETF filings. CryptoSlate writes that shorts lost $640 mn in liquidations, 81 % of the total. Decrypt says the Optimism Foundation will airdrop 45 mn OP. Bitcoin Magazine also says dominance climbed above 58 %, and CryptoSlate that 28 of the top 30 rose. ETFs in total have taken $2,1 bn this month.',
    numbers: [
      {
        find: '$418 mn',
        label: 'supported-by-source',
      },
      {
        find: '$312 mn',
        label: 'supported-by-source',
      },
      {
        find: '14',
        label: 'supported-by-source',
      },
      {
        find: '$640 mn',
        label: 'supported-by-source',
      },
      {
        find: '81 %',
        label: 'supported-by-source',
      },
      {
        find: '45 mn',
        label: 'supported-by-source',
      },
      {
        find: '58 %',
        label: 'contradicted',
        note: 'fact market.btc_dominance 57.0',
      },
      {
        find: '28',
        label: 'contradicted',
        note: 'fact market.advancers_24h 26',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$2,1 bn',
        label: 'unsupported',
        note: 'invented, no source',
      },
    ],
  },
  {
    id: 'K-sector-comma-13',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2, detail. Sector +11,39 % on the day and +11,58 % on the week; on 30 days only +0,96 %. OP price $0,5386, near resistance at $0,54; 24h low was $0,466. ARB at $0,352, support $0,30. POL at $0,206, up 15,6 %. Worst on the week is POL with 9,0 %. The CoinGecko rollup category is worth $17,2 bn and added 10,6 %. Cointelegraph said Optimism soared 21 %. Immutable is the worst rollup token over 30 days at -8,2 %.',
    numbers: [
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '+11,39 %',
        label: 'supported',
      },
      {
        find: '+11,58 %',
        label: 'supported',
      },
      {
        find: 'on 30 days',
        label: 'ignored',
      },
      {
        find: '+0,96 %',
        label: 'supported',
      },
      {
        find: '$0,5386',
        label: 'supported',
      },
      {
        find: '$0,54',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$0,466',
        label: 'supported',
      },
      {
        find: '$0,352',
        label: 'supported',
      },
      {
        find: '$0,30',
        label: 'contradicted',
        note: 'fact arb.support 0.34',
      },
      {
        find: '$0,206',
        label: 'supported',
      },
      {
        find: '15,6 %',
        label: 'contradicted',
        note: 'fact pol.change_24h 11.62',
      },
      {
        find: '9,0 %',
        label: 'supported',
      },
      {
        find: '$17,2 bn',
        label: 'supported',
      },
      {
        find: '10,6 %',
        label: 'supported',
      },
      {
        find: '21 %',
        label: 'contradicted',
        note: 'fact op.change_24h 15.23',
      },
      {
        find: 'over 30 days',
        label: 'ignored',
      },
      {
        find: '-8,2 %',
        label: 'contradicted',
        note: 'fact imx.change_30d -4.82',
      },
    ],
  },
  {
    id: 'K-sector-comma-14',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Week in review: the total open interest rose 12,3 %, ETH OI 16,4 %, SOL OI 19,7 %, DOGE OI 31,5 %, bitcoin OI 1,8 %. XRP added 4,2 % in price and SOL 11,3 %. Cardano rose 7,1 % and Sui 12,8 %. Ether gained 6,5 % and bitcoin -0,2 %. The best layer-one was NEAR with 16 %, the worst BNB at 0,8 %. Next week bitcoin could retest $105.000.',
    numbers: [
      {
        find: '12,3 %',
        label: 'supported',
      },
      {
        find: '16,4 %',
        label: 'supported',
      },
      {
        find: '19,7 %',
        label: 'supported',
      },
      {
        find: '31,5 %',
        label: 'supported',
      },
      {
        find: '1,8 %',
        label: 'supported',
      },
      {
        find: '4,2 %',
        label: 'contradicted',
        note: 'fact xrp.change_7d 7.17; 4.21 is 24h',
      },
      {
        find: '11,3 %',
        label: 'supported',
      },
      {
        find: '7,1 %',
        label: 'contradicted',
        note: 'fact ada.change_7d 10.62; 7.06 is 24h',
      },
      {
        find: '12,8 %',
        label: 'supported',
      },
      {
        find: '6,5 %',
        label: 'contradicted',
        note: 'fact eth.change_7d 7.98; 6.5 is 24h',
      },
      {
        find: '-0,2 %',
        label: 'contradicted',
        note: 'fact btc.change_7d +1.02; 24h figure',
      },
      {
        find: '16 %',
        label: 'supported',
      },
      {
        find: '0,8 %',
        label: 'supported',
      },
      {
        find: '$105.000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'K-sector-comma-15',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Quick comparison of caps: bitcoin $2,03 trillion, ether $476 bn, XRP $147 bn, BNB $152 bn, Solana $97,4 bn, DOGE $33,1 bn, Cardano $26,0 bn, Sui $10,2 bn, Avalanche $5,8 bn. Polkadot has $7,6 bn and NEAR $4,3 bn. Shiba Inu sits at $3,2 bn, PEPE $3,3 bn. Ether gained about $40 bn in value today.',
    numbers: [
      {
        find: '$2,03 trillion',
        label: 'supported',
      },
      {
        find: '$476 bn',
        label: 'supported',
      },
      {
        find: '$147 bn',
        label: 'supported',
      },
      {
        find: '$152 bn',
        label: 'contradicted',
        note: 'fact bnb.market_cap 131.9B',
      },
      {
        find: '$97,4 bn',
        label: 'supported',
      },
      {
        find: '$33,1 bn',
        label: 'supported',
      },
      {
        find: '$26,0 bn',
        label: 'supported',
      },
      {
        find: '$10,2 bn',
        label: 'supported',
      },
      {
        find: '$5,8 bn',
        label: 'contradicted',
        note: 'fact avax.market_cap 8.54B',
      },
      {
        find: '$7,6 bn',
        label: 'contradicted',
        note: 'fact dot.market_cap 5.60B',
      },
      {
        find: '$4,3 bn',
        label: 'supported',
      },
      {
        find: '$3,2 bn',
        label: 'contradicted',
        note: 'fact shib.market_cap 7.15B',
      },
      {
        find: '$3,3 bn',
        label: 'supported',
      },
      {
        find: '$40 bn',
        label: 'unsupported',
        note: 'derived cap change, no fact',
      },
    ],
  },
  {
    id: 'K-sector-comma-16',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Rotation note. While bitcoin slipped 0,2 %, 26 of the 30 tracked coins rose and only 4 fell: BTC, BNB, TAO and HNT. Layer-one tokens were the laggard sector with 1,5 %, layer-two the leader with 11,4 %. Memes (9,0 %) beat AI (4,4 %). Market-wide open interest climbed 6,9 % to $18,9 bn while average funding is 0,02 % per 8h. Ether dominance rose to 18 %.',
    numbers: [
      {
        find: '0,2 %',
        label: 'supported',
      },
      {
        find: '26',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: 'only 4 fell:',
        label: 'supported',
      },
      {
        find: '1,5 %',
        label: 'supported',
      },
      {
        find: '11,4 %',
        label: 'supported',
      },
      {
        find: '9,0 %',
        label: 'supported',
      },
      {
        find: '4,4 %',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 6.85; 4.44 is depin',
      },
      {
        find: '6,9 %',
        label: 'supported',
      },
      {
        find: '$18,9 bn',
        label: 'supported',
      },
      {
        find: '0,02 %',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '18 %',
        label: 'unsupported',
        note: 'no eth dominance fact',
      },
    ],
  },
  {
    id: 'K-sector-comma-17',
    voice: 'sector-comma',
    style: 'daily',
    text: 'XRP and BNB. XRP rose 4,2 % to $2,4316; its 24h range was $2,3168 to $2,4372. On 30 days it is still 4,6 % lower and the swing high is $2,86. Open interest grew 18,8 % to $1,2 bn, funding 0,011 % (12,0 % a year). BNB lost 0,4 % to $948,30, below resistance at $950; the day high was $991. BNB gained 2,7 % on the week and its volume ran 1,55 times the average.',
    numbers: [
      {
        find: '4,2 %',
        label: 'supported',
      },
      {
        find: '$2,4316',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$2,3168',
        label: 'supported',
      },
      {
        find: '$2,4372',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '4,6 %',
        label: 'supported',
      },
      {
        find: '$2,86',
        label: 'contradicted',
        note: 'fact xrp.swing_high_30d 2.6608',
      },
      {
        find: '18,8 %',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 11.8',
      },
      {
        find: '$1,2 bn',
        label: 'supported',
      },
      {
        find: '0,011 %',
        label: 'supported',
      },
      {
        find: '12,0 %',
        label: 'supported',
      },
      {
        find: '0,4 %',
        label: 'supported',
      },
      {
        find: '$948,30',
        label: 'supported',
      },
      {
        find: '$950',
        label: 'supported',
      },
      {
        find: '$991',
        label: 'contradicted',
        note: 'fact bnb.high_24h 971.02',
      },
      {
        find: '2,7 %',
        label: 'contradicted',
        note: 'fact bnb.change_7d 0.80; 2.75 is 30d',
      },
      {
        find: '1,55',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-sector-comma-18',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Solana this week: +11,3 %, now $176, above the 30-day swing high at $172,75 but below resistance at $180. Open interest +19,7 % to $3,2 bn. Realized volatility is 98 % annualized on 7 days, against 83 % on 30. Funding is 0,31 % per 8h, or about 34 % a year. Sui beat Solana with +15,8 %.',
    numbers: [
      {
        find: '+11,3 %',
        label: 'supported',
      },
      {
        find: '$176',
        label: 'supported',
      },
      {
        find: '30-',
        label: 'ignored',
      },
      {
        find: '$172,75',
        label: 'supported',
      },
      {
        find: '$180',
        label: 'supported',
      },
      {
        find: '+19,7 %',
        label: 'supported',
      },
      {
        find: '$3,2 bn',
        label: 'contradicted',
        note: 'fact sol.open_interest 2.3B',
      },
      {
        find: '98 %',
        label: 'supported',
      },
      {
        find: 'on 7 days,',
        label: 'ignored',
      },
      {
        find: '83 %',
        label: 'supported',
      },
      {
        find: '30.',
        label: 'ignored',
      },
      {
        find: '0,31 %',
        label: 'contradicted',
        note: 'fact sol.funding_rate 0.031; 10x slip',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '34 %',
        label: 'supported',
      },
      {
        find: '+15,8 %',
        label: 'contradicted',
        note: 'fact sui.change_7d 12.80, which is above sol 11.35 anyway; value wrong',
      },
    ],
  },
  {
    id: 'K-sector-comma-19',
    voice: 'sector-comma',
    style: 'daily',
    text: "Outlook. Bitcoin slid 2 % overnight as money rotated into altcoins, and some traders now see $95.000 as the next stop. Ether hit $4.100 for the first time since the summer and could reach $5.000 by March; its all-time high of $4.950 from 2025 is the next target. Solana's 9,4 % gain lifted it to $176; the odds of a SOL fund approval are put at 90 %. PEPE holders are up 340 % this year. The memecoin basket is worth $44,2 bn, or 1,2 % of the whole market. Layer-two tokens rose 11,4 %, beating the layer-ones by 9,9 points.",
    numbers: [
      {
        find: 'slid 2 % overnight',
        label: 'contradicted',
        note: 'fact btc.change_24h -0.21',
      },
      {
        find: '$95.000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$4.100',
        label: 'contradicted',
        note: 'fact eth.high_24h 3977.07; Decrypt headline figure contradicted',
      },
      {
        find: '$5.000',
        label: 'unsupported',
        note: 'forecast, unattributed',
      },
      {
        find: '$4.950',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '2025',
        label: 'ignored',
      },
      {
        find: '9,4 %',
        label: 'supported',
      },
      {
        find: '$176',
        label: 'supported',
      },
      {
        find: '90 %',
        label: 'unsupported',
        note: 'invented',
      },
      {
        find: '340 %',
        label: 'unsupported',
        note: 'reddit figure, unattributed',
      },
      {
        find: '$44,2 bn',
        label: 'supported',
      },
      {
        find: '1,2 %',
        label: 'unsupported',
        note: 'derived share, no fact',
      },
      {
        find: '11,4 %',
        label: 'supported',
      },
      {
        find: '9,9',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
    ],
  },
  {
    id: 'K-sector-comma-20',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI sector, second look. The sector is up 6,9 %, and Bittensor led with +11,1 %. FET trades at $0,7138, above its 30-day swing high of $0,708; resistance $0,72, support $0,70. Render at $3,58 sits just under resistance at $3,80. Worldcoin holds support at $1,05. Virtuals rose 31,4 % and changes hands at $1,89. The Graph trades at $0,0941. The sector cap is up $1,09 bn in a day; 5 of 7 names rose. NEAR, a member of both the AI and the layer-one groups, added 8,4 %.',
    numbers: [
      {
        find: '6,9 %',
        label: 'supported',
      },
      {
        find: '+11,1 %',
        label: 'contradicted',
        note: 'fact tao.change_24h -0.62 (11.09 is 30d); worst member, not leader',
      },
      {
        find: '$0,7138',
        label: 'supported',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '$0,708',
        label: 'supported',
      },
      {
        find: '$0,72',
        label: 'supported',
      },
      {
        find: '$0,70.',
        label: 'supported',
      },
      {
        find: '$3,58',
        label: 'supported',
      },
      {
        find: '$3,80',
        label: 'contradicted',
        note: 'fact render.resistance 3.60',
      },
      {
        find: '$1,05',
        label: 'supported',
      },
      {
        find: '31,4 %',
        label: 'contradicted',
        note: 'fact virtual.change_24h 13.41',
      },
      {
        find: '$1,89',
        label: 'supported',
      },
      {
        find: '$0,0941',
        label: 'supported',
      },
      {
        find: '$1,09 bn',
        label: 'supported',
      },
      {
        find: '5 of',
        label: 'contradicted',
        note: 'fact sector.ai.advancers_24h 6',
      },
      {
        find: '7 names',
        label: 'supported',
      },
      {
        find: '8,4 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'K-sector-comma-21',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Memes, the week: sector +14,9 %, PEPE +12,6 %, DOGE +15,5 %, SHIB +9,7 %, and WIF the worst at +18,2 %. DOGE open interest is +22 % on the week. The group added $5,7 bn in value. DOGE realized volatility is 31 % over 7 days, well under the 78 % measured over 30 days. PEPE sits on its 30-day high of $0,00000784; next stop $0,00001.',
    numbers: [
      {
        find: '+14,9 %',
        label: 'supported',
      },
      {
        find: '+12,6 %',
        label: 'contradicted',
        note: 'fact pepe.change_7d 21.55',
      },
      {
        find: '+15,5 %',
        label: 'supported',
      },
      {
        find: '+9,7 %',
        label: 'supported',
      },
      {
        find: '+18,2 %',
        label: 'contradicted',
        note: 'fact wif.change_7d 8.18',
      },
      {
        find: '+22 %',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d 31.5; 22 is 24h',
      },
      {
        find: '$5,7 bn',
        label: 'supported',
      },
      {
        find: '31 %',
        label: 'supported',
      },
      {
        find: 'over 7 days,',
        label: 'ignored',
      },
      {
        find: '78 %',
        label: 'supported',
      },
      {
        find: '30 days.',
        label: 'ignored',
      },
      {
        find: '30-',
        label: 'ignored',
      },
      {
        find: '$0,00000784',
        label: 'supported',
      },
      {
        find: '$0,00001',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'K-sector-comma-22',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Ether: +6,5 % to $3.947, 24h high $3.977, low $3.703. Funding -0,024 %, that is 26,3 % annualized. Open interest +19 %, volume 1,8 times the weekly average, market cap $476 bn, or 13 % of the market.',
    numbers: [
      {
        find: '+6,5 %',
        label: 'supported',
      },
      {
        find: '$3.947',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$3.977',
        label: 'supported',
      },
      {
        find: '$3.703',
        label: 'supported',
      },
      {
        find: '-0,024 %',
        label: 'contradicted',
        note: 'fact eth.funding_rate +0.024; sign flipped',
      },
      {
        find: '26,3 %',
        label: 'supported',
      },
      {
        find: '+19 %',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 9.0',
      },
      {
        find: '1,8',
        label: 'supported',
      },
      {
        find: '$476 bn',
        label: 'supported',
      },
      {
        find: '13 %',
        label: 'unsupported',
        note: 'no eth dominance fact; derived',
      },
    ],
  },
];
