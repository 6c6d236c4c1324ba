import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-edited-01',
    voice: 'edited',
    style: 'daily',
    text: 'Market wrap — Sunday  6 December\n\nBitcoin rose 1. 5% to $98 735, while Ether climbed 8. 3% to $3,486. The the total market cap rose 2.9 % to $3.32-trillion, and btc dominance eased to 5.95%.\n\nAltcoins did most of the the work: 24 of 30 tracked coins rose, led by Gala (+18. 9%) and axs (+7.8 %). Solana gained 7.8% to $ 158.92; xrp added 9.3%. Eth is still 22% below its summer high.\n\nMemecoins lagged — DOGE fell 3.4% and Pepe - 5.8%.\n\nFunding stayed negative ( BTC -0.006 %, ETH -0.11% per 8-hours) and total open interest fell 9. 7% to $1.51 bn.',
    numbers: [
      {
        find: '6@1',
        label: 'ignored',
      },
      {
        find: '1. 5%',
        label: 'supported',
      },
      {
        find: '$98 735',
        label: 'supported',
      },
      {
        find: '8. 3%',
        label: 'contradicted',
        note: 'eth.change_24h 6.31',
      },
      {
        find: '$3,486',
        label: 'supported',
      },
      {
        find: '2.9 %',
        label: 'supported',
      },
      {
        find: '$3.32-trillion',
        label: 'supported',
      },
      {
        find: '5.95%',
        label: 'contradicted',
        note: 'market.btc_dominance 59.45; 10x slip',
      },
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '+18. 9%',
        label: 'supported',
      },
      {
        find: '+7.8 %',
        label: 'contradicted',
        note: 'axs.change_24h 17.83',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '$ 158.92',
        label: 'supported',
      },
      {
        find: '9.3%',
        label: 'contradicted',
        note: 'xrp.change_24h 3.92',
      },
      {
        find: '22%',
        label: 'unsupported',
        note: 'history: distance from an unstated summer high',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '- 5.8%',
        label: 'supported',
      },
      {
        find: '-0.006 %',
        label: 'supported',
      },
      {
        find: '-0.11%',
        label: 'contradicted',
        note: 'eth.funding_rate -0.01124; 10x slip',
      },
      {
        find: '8-hours',
        label: 'ignored',
      },
      {
        find: '9. 7%',
        label: 'supported',
      },
      {
        find: '$1.51 bn',
        label: 'contradicted',
        note: 'market.open_interest 15.08bn; 10x slip',
      },
    ],
  },
  {
    id: 'G-edited-02',
    voice: 'edited',
    style: 'daily',
    text: "Sector  moves (24h)\n\nGaming tokens lead lead the market, up 15 .7% as a group; GAla was best at +18.9% while imx, the weakest member, still rose 21.6 %. Roll-ups added 9.9%, with op up 11. 3% and arb 7.9%. Ai tokens gained 5. 6%; Virtuals led ( +13.4% ) and Bittensor was the only loser at -8. 0%. De-PIN rose 4.3% on iotx's 10.8% jump; helium rose 1.2 %. Smart contract platforms managed only 5.2%, with sui on top (+1.02%) and bnb the lone decliner (-0.4%). Meme coins fell 3.3%; wif was the only gainer, up 1.9%.",
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '15 .7%',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'supported',
      },
      {
        find: '21.6 %',
        label: 'contradicted',
        note: 'imx.change_24h 12.63; digits transposed',
      },
      {
        find: '9.9%',
        label: 'supported',
      },
      {
        find: '11. 3%',
        label: 'supported',
      },
      {
        find: '7.9%',
        label: 'contradicted',
        note: 'arb.change_24h 9.71',
      },
      {
        find: '5. 6%',
        label: 'supported',
      },
      {
        find: '+13.4%',
        label: 'supported',
      },
      {
        find: '-8. 0%',
        label: 'contradicted',
        note: 'tao.change_24h -0.82; 10x slip',
      },
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '10.8%',
        label: 'supported',
      },
      {
        find: '1.2 %',
        label: 'contradicted',
        note: 'direction: hnt.change_24h -1.18',
      },
      {
        find: '5.2%',
        label: 'contradicted',
        note: 'sector.l1.change_24h 2.54',
      },
      {
        find: '+1.02%',
        label: 'contradicted',
        note: 'sui.change_24h 10.24; 10x slip',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-edited-03',
    voice: 'edited',
    style: 'daily',
    text: "Derivatives:  open interest across the majors fell 9.68 % in a day, to $15 .08bn. bitcoin OI dropped 9.8% to $7.86-bn; ether OI fell 21.6% to $4.41bn, and sol OI fell 8.3%. XRP was the the exception, with OI up 2.1% and funding at +0.0039 % per 8h. Elsewhere funding was negative — sol at -0.0087%, doge -0.025% — so shorts keep paying longs. Annualised, ETH funding is about -21.3% and bitcoin's sits near +6.7%. Total OI is down 14.3% on the week.\n\nLiquidations topped $412 m, CoinDesk reported, citing Coin-Glass; roughly 78 % were shorts. Spot BTC ETFs took in $236m. The Block says XRP longs paid about 0.004%, and Cointelegraph put ETH funding at -0.011%.",
    numbers: [
      {
        find: '9.68 %',
        label: 'supported',
      },
      {
        find: '$15 .08bn',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '$7.86-bn',
        label: 'supported',
      },
      {
        find: '21.6%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -12.6',
      },
      {
        find: '$4.41bn',
        label: 'supported',
      },
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '+0.0039 %',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '-0.025%',
        label: 'contradicted',
        note: 'doge.funding_rate -0.00253; 10x slip',
      },
      {
        find: '-21.3%',
        label: 'contradicted',
        note: 'eth.funding_apr -12.31',
      },
      {
        find: '+6.7%',
        label: 'contradicted',
        note: 'sign: btc.funding_apr -6.70',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '$412 m',
        label: 'supported-by-source',
      },
      {
        find: '78 %',
        label: 'supported-by-source',
      },
      {
        find: '$236m',
        label: 'unsupported',
        note: 'headline figure not attributed to Bitcoin Magazine',
      },
      {
        find: '0.004%',
        label: 'supported',
      },
      {
        find: '-0.011%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-edited-04',
    voice: 'edited',
    style: 'weekly',
    text: "WEEKLY  REVIEW\n\nIt was a a mixed week. bitcoin lost 5.5 % — its fifth straight red week — and XRP 5. 3%, while ether finished almost flat (+2.6%). sol slid 2.7%. Only roll-ups and gaming ended green: the former up 6.7%, the latter 5.3 %; axs rallied 12.3% and gala 18.9%. Memes were worst (−8.9%), with pepe down 10.2% and doge 10.1%. In AI only wld rose, +9. 1%. DePIN lost 8.2%; iotx fell 11.4%. Bitcoin volatility ran at 38.6% annualised. Open interest shrank 9.7%. Next week's CPI print at 2.9% could matter.",
    numbers: [
      {
        find: '5.5 %',
        label: 'supported',
      },
      {
        find: 'fifth',
        label: 'unsupported',
        note: 'history: streak not in facts',
      },
      {
        find: '5. 3%',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'contradicted',
        note: 'eth.change_7d -0.60',
      },
      {
        find: '2.7%',
        label: 'supported',
      },
      {
        find: '6.7%',
        label: 'supported',
      },
      {
        find: '5.3 %',
        label: 'supported',
      },
      {
        find: '12.3%',
        label: 'supported',
      },
      {
        find: '18.9%',
        label: 'contradicted',
        note: 'gala.change_7d 7.48; 18.9 is 24h',
      },
      {
        find: '−8.9%',
        label: 'supported',
      },
      {
        find: '10.2%',
        label: 'supported',
      },
      {
        find: '10.1%',
        label: 'supported',
      },
      {
        find: '+9. 1%',
        label: 'contradicted',
        note: 'wld.change_7d 6.28; 9.1 is 24h',
      },
      {
        find: '8.2%',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '38.6%',
        label: 'supported',
      },
      {
        find: '9.7%',
        label: 'contradicted',
        note: 'market.oi_change_7d -14.29; 9.7 is 24h',
      },
      {
        find: '2.9%',
        label: 'unsupported',
        note: 'macro forecast, not in facts',
      },
    ],
  },
  {
    id: 'G-edited-05',
    voice: 'edited',
    style: 'daily',
    text: 'BTC/USD:  98 ,735 (+1.52 %). Intraday high 98,999.6, low 95,922.3. Support 95,000 / resistance 100 000. Vol $8.47 bn — 3.27x the 7–day average. Market-cap $1.97 trn. Funding -0.0061 %; OI $7.86bn (–14.2%). Next target $104k.',
    numbers: [
      {
        find: '98 ,735',
        label: 'supported',
      },
      {
        find: '1.52 %',
        label: 'supported',
      },
      {
        find: '98,999.6',
        label: 'supported',
      },
      {
        find: '95,922.3',
        label: 'contradicted',
        note: 'btc.low_24h 96,750; 95,922 is the 30d swing low',
      },
      {
        find: '95,000',
        label: 'supported',
      },
      {
        find: '100 000',
        label: 'supported',
      },
      {
        find: '$8.47 bn',
        label: 'supported',
      },
      {
        find: '3.27x',
        label: 'contradicted',
        note: 'btc.volume_ratio_7d 2.37',
      },
      {
        find: '7–day',
        label: 'ignored',
      },
      {
        find: '$1.97 trn',
        label: 'supported',
      },
      {
        find: '-0.0061 %',
        label: 'supported',
      },
      {
        find: '$7.86bn',
        label: 'supported',
      },
      {
        find: '–14.2%',
        label: 'contradicted',
        note: 'btc.oi_change_24h -9.8; -14.2 is 7d',
      },
      {
        find: '$104k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-edited-06',
    voice: 'edited',
    style: 'sector',
    text: "Gaming  sector note\n\nGaming tokens jumped 15.7 % on the day — the the best of all sectors — adding roughly $378 m to a combined cap of $27.9bn. CoinGecko's broader gaming category rose 14.9% to $10.87 bn. All four members rose: GALA +18.9% to $0.01587, Axs +17. 8% to $1.93, Sand +16.4% to $0.2957 and imx +12.6 % to $0.5694. Volumes ran hot — axs at 3.0x, gala at 3.0 x and SAND at 2.9 x their weekly averages. CryptoSlate put the group's gain at 22%. Over the week, GALA is up 17.5%. Decrypt reported that Immutable's zk-EVM added 40 new games, and The Block said Ronin processed 2.3 million transactions. IMX has gained 45% since its September low. Gala could revisit $0.02 soon.",
    numbers: [
      {
        find: '15.7 %',
        label: 'supported',
      },
      {
        find: '$378 m',
        label: 'supported',
      },
      {
        find: '$27.9bn',
        label: 'contradicted',
        note: 'sector.gaming.market_cap 2.79bn; 10x slip',
      },
      {
        find: '14.9%',
        label: 'supported',
      },
      {
        find: '$10.87 bn',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'supported',
      },
      {
        find: '$0.01587',
        label: 'supported',
      },
      {
        find: '+17. 8%',
        label: 'supported',
      },
      {
        find: '$1.93',
        label: 'supported',
      },
      {
        find: '+16.4%',
        label: 'supported',
      },
      {
        find: '$0.2957',
        label: 'contradicted',
        note: 'sand.price 0.2597; digits transposed',
      },
      {
        find: '+12.6 %',
        label: 'supported',
      },
      {
        find: '$0.5694',
        label: 'supported',
      },
      {
        find: '3.0x',
        label: 'supported',
      },
      {
        find: '3.0 x',
        label: 'supported',
      },
      {
        find: '2.9 x',
        label: 'supported',
      },
      {
        find: '22%',
        label: 'contradicted',
        note: 'sector.gaming.change_24h 15.65 contradicts the CryptoSlate figure',
      },
      {
        find: '17.5%',
        label: 'contradicted',
        note: 'gala.change_7d 7.48',
      },
      {
        find: '40',
        label: 'supported-by-source',
      },
      {
        find: '2.3 million',
        label: 'supported-by-source',
      },
      {
        find: '45%',
        label: 'unsupported',
        note: 'history: invented',
      },
      {
        find: '$0.02',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-edited-07',
    voice: 'edited',
    style: 'daily',
    text: 'Head-lines in brief:\n• Cointelegraph: 24 of top 30 coins rise; total market cap $3.32 tn (+2.9 %).\n• CryptoSlate: bitcoin dominance slips below 60%, to about 59.5 %.\n• Coin-Desk: Ether jumps 9%, trades near $3,490.\n• Bitcoin Magazine: BTC bounces to $98,700 after testing the monthly low of roughly $95,900.\n• Decrypt: BTC volume at more than twice the weekly average; spot turnover about $8.5 bn.\n• The Block: OI on major perps falls 15%.\n• The Block: XRP funding about 0.004% per eight hours.\n• CoinDesk: memecoins sit out the rebound, Pepe slides 5.8%.\n• CoinDesk: ETH funding stays below zero at about +0.011%.\n• Bitcoin Magazine: spot ETFs took in $236 million.\n• r/CryptoCurrency: "27 of the top 30 green".\n• Reddit: everyone was calling for 90k.\n• CryptoSlate: Solana rises 8% to $159.\n• Cointelegraph: Optimism and Arbitrum rally 11% and 10%.\n• Decrypt: Axie surges 18%.\n• CryptoSlate: IoTeX climbs 11% to $0.0327.\n• Cointelegraph: GALA soars 19% to $0.0195.',
    numbers: [
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '$3.32 tn',
        label: 'supported',
      },
      {
        find: '2.9 %',
        label: 'supported',
      },
      {
        find: '60%',
        label: 'supported',
      },
      {
        find: '59.5 %',
        label: 'supported',
      },
      {
        find: '9%@1',
        label: 'contradicted',
        note: 'eth.change_24h 6.31 contradicts the CoinDesk headline',
      },
      {
        find: '$3,490',
        label: 'supported',
      },
      {
        find: '$98,700',
        label: 'supported',
      },
      {
        find: '$95,900',
        label: 'supported',
      },
      {
        find: 'twice',
        label: 'supported',
      },
      {
        find: '$8.5 bn',
        label: 'supported',
      },
      {
        find: '15%',
        label: 'contradicted',
        note: 'market.oi_change_24h -9.68 contradicts The Block headline',
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
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '+0.011%',
        label: 'contradicted',
        note: 'sign: eth.funding_rate -0.01124',
      },
      {
        find: '$236 million',
        label: 'supported-by-source',
      },
      {
        find: '27@1',
        label: 'contradicted',
        note: 'market.advancers_24h 24 contradicts the Reddit post',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '90k',
        label: 'unsupported',
        note: 'opinion/forecast',
      },
      {
        find: '8%@2',
        label: 'supported',
      },
      {
        find: '$159',
        label: 'supported',
      },
      {
        find: '11%@2',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'supported',
      },
      {
        find: '18%',
        label: 'supported',
      },
      {
        find: '11%@3',
        label: 'supported',
      },
      {
        find: '$0.0327',
        label: 'contradicted',
        note: 'iotx.price 0.02374 (headline says 0.0237)',
      },
      {
        find: '19%',
        label: 'supported',
      },
      {
        find: '$0.0195',
        label: 'contradicted',
        note: 'gala.price 0.01587 (headline says 0.0159)',
      },
    ],
  },
  {
    id: 'G-edited-08',
    voice: 'edited',
    style: 'daily',
    text: 'ETH  update: price $3 ,486, up 6.31 %. Funding -0.0112% (-12.3 % ann.). OI $4.41 bn, down 12. 6%. Vol 42.3 % (7d). Support $3 600 , resistance $3,400. 30d high $3,808.72; low $3,154.23. Volume $4.7bn, 2.39 x avg. eth/btc at 0.0353. ETH ETF flows were $180m.',
    numbers: [
      {
        find: '$3 ,486',
        label: 'supported',
      },
      {
        find: '6.31 %',
        label: 'supported',
      },
      {
        find: '-0.0112%',
        label: 'supported',
      },
      {
        find: '-12.3 %',
        label: 'supported',
      },
      {
        find: '$4.41 bn',
        label: 'supported',
      },
      {
        find: '12. 6%',
        label: 'supported',
      },
      {
        find: '42.3 %',
        label: 'contradicted',
        note: 'eth.volatility_7d 59.79; 42.3 is 30d',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '$3 600',
        label: 'contradicted',
        note: 'eth.support 3,400; 3,600 is resistance',
      },
      {
        find: '$3,400',
        label: 'contradicted',
        note: 'eth.resistance 3,600; swapped with support',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '$3,808.72',
        label: 'supported',
      },
      {
        find: '$3,154.23',
        label: 'supported',
      },
      {
        find: '$4.7bn',
        label: 'supported',
      },
      {
        find: '2.39 x',
        label: 'supported',
      },
      {
        find: '0.0353',
        label: 'unsupported',
        note: 'no fact for the ETH/BTC ratio',
      },
      {
        find: '$180m',
        label: 'unsupported',
        note: 'no fact or headline',
      },
    ],
  },
  {
    id: 'G-edited-09',
    voice: 'edited',
    style: 'daily',
    text: 'ALT  CHECK — ada +8.6 % ($0.5937), avax +9. 4% ($19.64), dot +1.7% ($3.297), near +7.9% ($2.874), sui +10.2 % ($2.6173), fil +4.6%, fet +4.7 %, grt +2.6%, render +5.1%. On the the downside: bnb -0.43% ($968.1), tao -0.82%, hnt -11.8%, shib -2.16 %, doge -3.41%, pepe -5.82%. Six decliners in all.',
    numbers: [
      {
        find: '+8.6 %',
        label: 'supported',
      },
      {
        find: '$0.5937',
        label: 'supported',
      },
      {
        find: '+9. 4%',
        label: 'supported',
      },
      {
        find: '$19.64',
        label: 'contradicted',
        note: 'avax.price 19.46; digits transposed',
      },
      {
        find: '+1.7%',
        label: 'contradicted',
        note: 'dot.change_24h 7.13',
      },
      {
        find: '$3.297',
        label: 'supported',
      },
      {
        find: '+7.9%',
        label: 'supported',
      },
      {
        find: '$2.874',
        label: 'supported',
      },
      {
        find: '+10.2 %',
        label: 'supported',
      },
      {
        find: '$2.6173',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '+4.7 %',
        label: 'contradicted',
        note: 'fet.change_24h 7.42',
      },
      {
        find: '+2.6%',
        label: 'contradicted',
        note: 'grt.change_24h 6.24',
      },
      {
        find: '+5.1%',
        label: 'supported',
      },
      {
        find: '-0.43%',
        label: 'supported',
      },
      {
        find: '$968.1',
        label: 'supported',
      },
      {
        find: '-0.82%',
        label: 'supported',
      },
      {
        find: '-11.8%',
        label: 'contradicted',
        note: 'hnt.change_24h -1.18; 10x slip',
      },
      {
        find: '-2.16 %',
        label: 'supported',
      },
      {
        find: '-3.41%',
        label: 'supported',
      },
      {
        find: '-5.82%',
        label: 'supported',
      },
      {
        find: 'Six',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-edited-10',
    voice: 'edited',
    style: 'daily',
    text: "Daily  snapshot\n\nThe crypto market added 2.94 % to $3.318 tn over the the last day, with $246.7bn traded. Bitcoin's share of the market fell to 59.45%. Out of 30 watch-list coins, 24 rose and 9 fell.\n\nBTC: $98,734.6 , +1.52% ; 7-day -5.54 % ; 30-day +7.70%.\nETH: $3,486.27 , +6.31% ; 7-day -0.60 % ; 30-day -4.08%.\nSOL: $158.92 , +7.84% ; 7-day -2.72 % ; 30-day -2.88%.\nXRP: $2.3516 , +3.92% ; 7-day -3.10 %.\nBNB: $968.10 , +0.43%.\n\nBitcoin hit an all-time high of $126,000 in October, and is 21.6% below it. The Fed's next decision is due on 17 December.",
    numbers: [
      {
        find: '2.94 %',
        label: 'supported',
      },
      {
        find: '$3.318 tn',
        label: 'supported',
      },
      {
        find: '$246.7bn',
        label: 'supported',
      },
      {
        find: '59.45%',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '24@2',
        label: 'supported',
      },
      {
        find: '9@3',
        label: 'contradicted',
        note: 'market.decliners_24h 6',
      },
      {
        find: '$98,734.6',
        label: 'supported',
      },
      {
        find: '+1.52%',
        label: 'supported',
      },
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '-5.54 %',
        label: 'supported',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '+7.70%',
        label: 'contradicted',
        note: 'sign: btc.change_30d -7.70',
      },
      {
        find: '$3,486.27',
        label: 'supported',
      },
      {
        find: '+6.31%',
        label: 'supported',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '-0.60 %',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '-4.08%',
        label: 'supported',
      },
      {
        find: '$158.92',
        label: 'supported',
      },
      {
        find: '+7.84%',
        label: 'supported',
      },
      {
        find: '7-day@3',
        label: 'ignored',
      },
      {
        find: '-2.72 %',
        label: 'supported',
      },
      {
        find: '30-day@3',
        label: 'ignored',
      },
      {
        find: '-2.88%',
        label: 'contradicted',
        note: 'sol.change_30d -9.03; -2.88 is ARB 30d',
      },
      {
        find: '$2.3516',
        label: 'supported',
      },
      {
        find: '+3.92%',
        label: 'supported',
      },
      {
        find: '7-day@4',
        label: 'ignored',
      },
      {
        find: '-3.10 %',
        label: 'contradicted',
        note: 'xrp.change_7d -5.26; -3.1 is XRP OI 7d',
      },
      {
        find: '$968.10',
        label: 'supported',
      },
      {
        find: '+0.43%',
        label: 'contradicted',
        note: 'sign: bnb.change_24h -0.43',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '21.6%',
        label: 'unsupported',
        note: 'derived distance from a historical level',
      },
      {
        find: '17',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'G-edited-11',
    voice: 'edited',
    style: 'daily',
    text: 'Levels ,  today:\nsol — support $150, resistance $160, 30d range $146.12-$199.77\nxrp — support $2.30, resistance $2.40, 30d high $3.30\nada — support $0.58 , resistance $0.60\navax — support $20, resistance $19\ndot — support $3.2, resistance $3.4\nnear — support $2.8, resistance $2.9\nsui — support $2.6, resistance $2.7, the 30d low $2.364 was set this week\ntao — support $360, resistance $380\nbnb — support $950, resistance $1,100\nop — resistance $0.50; arb — resistance $0.34; pol — support $0.20\ndoge — support $0.19, resistance $0.2; a break above could target $0.25\nwif — support $0.58, resistance $0.68\ngala — support $0.015, already 6% above it',
    numbers: [
      {
        find: '$150',
        label: 'supported',
      },
      {
        find: '$160',
        label: 'supported',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '$146.12',
        label: 'supported',
      },
      {
        find: '$199.77',
        label: 'contradicted',
        note: 'sol.swing_high_30d 190.77',
      },
      {
        find: '$2.30',
        label: 'supported',
      },
      {
        find: '$2.40',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '$3.30',
        label: 'contradicted',
        note: 'xrp.swing_high_30d 3.0331',
      },
      {
        find: '$0.58@1',
        label: 'supported',
      },
      {
        find: '$0.60',
        label: 'supported',
      },
      {
        find: '$20',
        label: 'contradicted',
        note: 'avax.support 19; 20 is resistance',
      },
      {
        find: '$19@2',
        label: 'contradicted',
        note: 'avax.resistance 20; swapped with support',
      },
      {
        find: '$3.2',
        label: 'supported',
      },
      {
        find: '$3.4',
        label: 'supported',
      },
      {
        find: '$2.8',
        label: 'supported',
      },
      {
        find: '$2.9',
        label: 'supported',
      },
      {
        find: '$2.6',
        label: 'supported',
      },
      {
        find: '$2.7',
        label: 'supported',
      },
      {
        find: '30d@3',
        label: 'ignored',
      },
      {
        find: '$2.364',
        label: 'supported',
      },
      {
        find: '$360',
        label: 'supported',
      },
      {
        find: '$380',
        label: 'supported',
      },
      {
        find: '$950',
        label: 'supported',
      },
      {
        find: '$1,100',
        label: 'contradicted',
        note: 'bnb.resistance 1,000',
      },
      {
        find: '$0.50',
        label: 'supported',
      },
      {
        find: '$0.34',
        label: 'supported',
      },
      {
        find: '$0.20',
        label: 'supported',
      },
      {
        find: '$0.19',
        label: 'supported',
      },
      {
        find: '$0.2@2',
        label: 'supported',
      },
      {
        find: '$0.25',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '$0.58@2',
        label: 'supported',
      },
      {
        find: '$0.68',
        label: 'contradicted',
        note: 'wif.resistance 0.60',
      },
      {
        find: '$0.015',
        label: 'supported',
      },
      {
        find: '6%',
        label: 'unsupported',
        note: 'derived distance to a level',
      },
    ],
  },
];
