import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'J-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: `Desk note, 19 Nov – after Asia session

• BTC trades at 93,846 now. Night low was 88,894 and day high 96,846, so market recovered the most of the flush. On the day BTC is only -0.9%.
• On week BTC stays down 5.0%, on month (30 days) it is minus 11.9%.
• Levels what we watch: support 90,000, resistance 95,000. The 30-day low at 92,039 was broken in the night.
• ETH is more weak: -2.6% on day at 3,162, with night low 2,966. On week ETH is -4.1%.
• Volatility of BTC is jumping, 7-day realized is 62% annualized against 48% over one month.
• Spot volume BTC is 5.4 bn, around 2.3x of the 7-day average.
• Our view: BTC can come back to 100k before month end, but we stay careful.`,
    numbers: [
      { find: '19 Nov', label: 'ignored' },
      { find: '93,846', label: 'supported' },
      { find: '88,894', label: 'supported' },
      { find: '96,846', label: 'contradicted', note: 'fact btc.high_24h 94,846' },
      { find: '-0.9%', label: 'supported' },
      { find: '5.0%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '11.9%', label: 'contradicted', note: 'fact btc.change_30d -9.20; -11.9 is ETH 30d' },
      { find: '90,000', label: 'supported' },
      { find: '95,000', label: 'supported' },
      { find: '30-day low', label: 'ignored' },
      { find: '92,039', label: 'supported' },
      { find: '-2.6%', label: 'supported' },
      { find: '3,162', label: 'supported' },
      { find: '2,966', label: 'supported' },
      { find: '-4.1%', label: 'contradicted', note: 'fact eth.change_7d -6.93 (-4.0 is XRP 7d)' },
      { find: '7-day realized', label: 'ignored' },
      { find: '62%', label: 'supported' },
      { find: '48%', label: 'contradicted', note: 'fact btc.volatility_30d 38.5' },
      { find: '5.4 bn', label: 'contradicted', note: 'fact btc.volume_24h 8.87B; 5.44B is ETH volume' },
      { find: '2.3x', label: 'supported' },
      { find: '7-day average', label: 'ignored' },
      { find: '100k', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: `Majors / alts, 19 Nov morning

- SOL is losing 3.7% to 141.26, the low in the night was 131.34. Support 140 is just holding, resistance sits at 145.
- XRP is one of the few in green: +0.2% at 2.15. Also BNB is plus 1.1% at 917.6.
- ADA -4.8% (0.583), AVAX -4.6% (15.94), DOT -2.2% (2.78).
- NEAR minus 7.1%, SUI is worst from the L1 with -6.4% to 2.41.
- In the L1 group only 2 of 10 members are up, 8 are down.
- SOL on the week is -11.2% and on month -22.2%.
- AVAX broke its 30-day low of 16.01, so next support is 15.
- BNB we think will test 1,000 again in this month.`,
    numbers: [
      { find: '19 Nov', label: 'ignored' },
      { find: '3.7%', label: 'supported' },
      { find: '141.26', label: 'supported' },
      { find: '131.34', label: 'supported' },
      { find: '140', label: 'supported' },
      { find: '145', label: 'supported' },
      { find: '+0.2%', label: 'supported' },
      { find: '2.15', label: 'supported' },
      { find: '1.1%', label: 'contradicted', note: 'fact bnb.change_24h +0.11 (10x slip)' },
      { find: '917.6', label: 'supported' },
      { find: '-4.8%', label: 'supported' },
      { find: '0.583', label: 'contradicted', note: 'fact ada.price 0.5528' },
      { find: '-4.6%', label: 'supported' },
      { find: '15.94', label: 'supported' },
      { find: '-2.2%', label: 'contradicted', note: 'fact dot.change_24h -4.18' },
      { find: '2.78', label: 'supported' },
      { find: '7.1%', label: 'contradicted', note: 'fact near.change_24h -5.07' },
      { find: 'L1 with', label: 'ignored' },
      { find: '-6.4%', label: 'supported' },
      { find: '2.41', label: 'contradicted', note: 'fact sui.price 2.106' },
      { find: 'L1 group', label: 'ignored' },
      { find: '2 of', label: 'supported' },
      { find: '10 members', label: 'supported' },
      { find: '8 are', label: 'supported' },
      { find: '-11.2%', label: 'supported' },
      { find: '-22.2%', label: 'contradicted', note: 'fact sol.change_30d -18.47; -22.2 is AVAX 30d' },
      { find: '30-day', label: 'ignored' },
      { find: '16.01', label: 'supported' },
      { find: 'support is 15', label: 'supported' },
      { find: '1,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: `Derivatives – short update from the desk

• Funding is turned negative almost everywhere. BTC perp -0.0087% per 8h, this is around -9.5% annualized. ETH -0.0134%, SOL -0.0612%, DOGE the most deep with -0.021%.
• Only XRP funding stays positive, +0.0021%, so there the longs still pay the shorts.
• On BTC, ETH, SOL and DOGE the shorts are paying longs now.
• Liquidations were 1.14 bn in one day, 87% of them longs, says CryptoSlate. The Block writes OI on top perps collapsed 25% in a day, our numbers don't show this.
• Total open interest is 24.4 bn, it dropped 11% in 24h and 14.7% on the week.
• BTC OI 7.12 bn (-11.4%), ETH OI 4.86 bn (-17.8%), SOL OI 1.06 bn (-25.3%).
• DOGE OI lost 18.4% to 470 mn, XRP only -4.2% to 9.1 bn.
• OI-weighted average funding of market is -0.0106% per 8h.
• SOL funding annualized is about -17.7%, DOGE about -31%.
• We expect short squeeze of 10% if funding stays like this.`,
    numbers: [
      { find: '-0.0087%', label: 'supported' },
      { find: '8h, this', label: 'ignored' },
      { find: '-9.5%', label: 'supported' },
      { find: '-0.0134%', label: 'supported' },
      { find: '-0.0612%', label: 'contradicted', note: 'fact sol.funding_rate -0.0162' },
      { find: '-0.021%', label: 'supported' },
      { find: '+0.0021%', label: 'supported' },
      { find: '1.14 bn', label: 'supported-by-source', note: 'CryptoSlate headline' },
      { find: '87% of', label: 'supported-by-source' },
      { find: '25%', label: 'contradicted', note: 'The Block headline; fact market.oi_change_24h -11.04' },
      { find: '24.4 bn', label: 'contradicted', note: 'fact market.open_interest 14.42B' },
      { find: '11%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '14.7%', label: 'supported' },
      { find: '7.12 bn', label: 'supported' },
      { find: '-11.4%', label: 'contradicted', note: 'fact btc.oi_change_24h -9.1; -11.4 is the 7d change' },
      { find: '4.86 bn', label: 'supported' },
      {
        find: '-17.8%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h -13.2; -17.8 is the 7d change (wrong window)',
      },
      { find: '1.06 bn', label: 'supported' },
      { find: '-25.3%', label: 'contradicted', note: 'fact sol.oi_change_24h -15.3' },
      { find: '18.4%', label: 'supported' },
      { find: '470 mn', label: 'supported' },
      { find: '-4.2%', label: 'supported' },
      { find: '9.1 bn', label: 'contradicted', note: 'fact xrp.open_interest 0.91B (10x)' },
      { find: '-0.0106%', label: 'supported' },
      { find: '8h@2', label: 'ignored' },
      { find: '-17.7%', label: 'supported' },
      { find: '-31%', label: 'contradicted', note: 'fact doge.funding_apr -23.0' },
      { find: '10%', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-desk-note-04',
    voice: 'desk-note',
    style: 'sector',
    text: `Sector view of the desk, 19 Nov

- Gaming is the only sector in plus, +1.2% on the day. AXS is leading with +4.1% to 1.73, SAND +1.9%, GALA +2.9%. IMX is the only one in red, -0.1%, so 3 of 4 members are up.
- AI sector -5.3%. Only TAO is green, +1.1%, the worst one is FET with -6.8%.
- DePIN is at the bottom with -6.8%. FIL -10.9% to 1.73, HNT holds best with -3.9%. Cap of the DePIN group is 3.32 bn, it lost about 241 mn in one day.
- Memes -4.3%, PEPE is best with -2.8%, WIF the worst with -6.1%. Memes cap 43.3 bn.
- Layer 1 -1.2%, it is second-best sector after gaming. Inside L1 the best is XRP (+0.2%), the worst SUI (-6.4%).
- Layer 2 -2.6%, all 4 members down, worst is ARB with -2.9%.
- CoinGecko category for AI shows cap 25.1 bn and -3.1% on day. Gaming category cap is 8.93 bn with volume 12.2 bn.`,
    numbers: [
      { find: '19 Nov', label: 'ignored' },
      { find: '+1.2%', label: 'supported' },
      { find: '+4.1%', label: 'supported' },
      { find: '1.73@1', label: 'supported' },
      { find: '+1.9%', label: 'supported' },
      { find: '+2.9%', label: 'contradicted', note: 'fact gala.change_24h +1.20' },
      { find: '-0.1%', label: 'supported' },
      { find: '3 of', label: 'supported' },
      { find: '4 members are', label: 'supported' },
      { find: '-5.3%', label: 'contradicted', note: 'fact sector.ai.change_24h -3.30' },
      { find: '+1.1%', label: 'supported' },
      { find: '-6.8%@1', label: 'contradicted', note: 'wrong leader: worst AI member is VIRTUAL -6.83, FET is -4.79' },
      { find: '-6.8%@2', label: 'supported' },
      { find: '-10.9%', label: 'supported' },
      { find: '1.73@2', label: 'supported' },
      { find: '-3.9%', label: 'supported' },
      { find: '3.32 bn', label: 'supported' },
      { find: '241 mn', label: 'supported' },
      { find: '-4.3%', label: 'supported' },
      { find: '-2.8%', label: 'contradicted', note: 'wrong leader: best meme is SHIB -2.83; PEPE is -5.40' },
      { find: '-6.1%', label: 'supported' },
      { find: '43.3 bn', label: 'contradicted', note: 'fact sector.memes.market_cap 33.3B (category cap 49.4B)' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '-1.2%', label: 'supported' },
      { find: 'Inside L1', label: 'ignored' },
      { find: '+0.2%', label: 'supported' },
      { find: '-6.4%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '-2.6%', label: 'supported' },
      { find: 'all 4', label: 'supported' },
      { find: '-2.9%', label: 'contradicted', note: 'wrong leader: worst L2 member is OP -3.31; ARB is -2.94' },
      { find: '25.1 bn', label: 'supported' },
      { find: '-3.1%', label: 'supported' },
      { find: '8.93 bn', label: 'supported' },
      { find: '12.2 bn', label: 'contradicted', note: 'fact sector.gaming.category_volume_24h 1.22B (10x)' },
    ],
  },
  {
    id: 'J-desk-note-05',
    voice: 'desk-note',
    style: 'weekly',
    text: `Weekly letter of the desk – week into 19 Nov

• BTC -5.0% on week, ETH -6.9%, SOL -15.2%. XRP holds better with -2.0%, and BNB is the best from majors with -3.0%.
• Ranking of sectors in the week: Layer 1 is best with -5.4%, after it gaming -6.7%. Worst are memes with -12.7%, before DePIN -12.2%.
• AXS is the only green coin in gaming on week, +9.0%. In the gaming group 2 up, 2 down.
• In Layer 1 all 10 members are red on week, the worst is AVAX with -14.7%.
• AI lost 11.3%, TAO is best in group with -8.8%, VIRTUAL worst -17.1%.
• Total OI is down 14.7% in the week. BTC OI -11.4%, ETH OI -13.2%, SOL OI -21.6%, DOGE OI -18.4%.
• Layer 1 cap lost 151.8 bn in 7 days, and BTC dominance moved up to 61%.
• For next week we look to 85,000 as target for BTC.`,
    numbers: [
      { find: '19 Nov', label: 'ignored' },
      { find: '-5.0%', label: 'supported' },
      { find: '-6.9%', label: 'supported' },
      { find: '-15.2%', label: 'contradicted', note: 'fact sol.change_7d -11.16 (FET 7d is -15.2)' },
      { find: '-2.0%', label: 'contradicted', note: 'weekly: fact xrp.change_7d -4.02' },
      { find: '-3.0%', label: 'supported' },
      { find: 'Layer 1 is', label: 'ignored' },
      { find: '-5.4%', label: 'supported' },
      { find: '-6.7%', label: 'supported' },
      { find: '-12.7%', label: 'supported' },
      { find: '-12.2%', label: 'supported' },
      { find: '+9.0%', label: 'supported' },
      { find: '2 up', label: 'contradicted', note: 'fact sector.gaming.advancers_7d 1' },
      { find: '2 down', label: 'contradicted', note: 'fact sector.gaming.decliners_7d 3' },
      { find: 'In Layer 1', label: 'ignored' },
      { find: 'all 10', label: 'supported' },
      { find: '-14.7%', label: 'supported' },
      { find: '11.3%', label: 'supported' },
      { find: '-8.8%', label: 'contradicted', note: 'wrong leader: best AI 7d is RENDER -8.29; TAO 7d -8.81' },
      { find: '-17.1%', label: 'supported' },
      { find: '14.7%@2', label: 'supported' },
      { find: '-11.4%', label: 'supported' },
      { find: '-13.2%', label: 'contradicted', note: 'weekly: fact eth.oi_change_7d -17.8; -13.2 is the 24h change' },
      { find: '-21.6%', label: 'supported' },
      { find: '-18.4%', label: 'contradicted', note: 'weekly: fact doge.oi_change_7d -24.3; -18.4 is the 24h change' },
      { find: 'Layer 1 cap', label: 'ignored' },
      { find: '151.8 bn', label: 'supported' },
      { find: '7 days', label: 'ignored' },
      { find: '61%', label: 'contradicted', note: 'fact market.btc_dominance 58.35' },
      { find: '85,000', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: `News flow of the night (collected by desk)

- CoinDesk: BTC went short time under 89,000, low around 88,900, and came back to 93,800.
- Cointelegraph writes BTC fell 6% to 88,900 – on our screen the day is only -0.9%.
- Spot BTC ETFs had 523 mn of outflow on Wednesday, says Bitcoin Magazine. ETH ETFs lost 214 mn according to CoinDesk.
- One trader lost 48 mn on a 25x ETH long, The Block reports.
- Reports said more than 310,000 traders got liquidated.
- Bitcoin Magazine: dominance went up to 58.4%, total cap 3.21 tn, down 1.6%.
- Decrypt: 7-day vol of BTC is above 60%, about 62%.
- CryptoSlate says only 3 of the top 30 coins closed higher.
- Bitcoin Magazine also says BTC tumbled to 86,500 in the cascade.
- Decrypt had ETH falling 6% to 3,050.
- Cointelegraph quotes analysts who see BTC at 105,000 by end of December.`,
    numbers: [
      { find: '89,000', label: 'supported', note: 'under 89,000: low 88,894' },
      { find: '88,900@1', label: 'supported' },
      { find: '93,800', label: 'supported' },
      { find: '6% to@1', label: 'contradicted', note: 'Cointelegraph headline; fact btc.change_24h -0.91' },
      { find: '88,900@2', label: 'contradicted', note: 'Cointelegraph: BTC at 88,900 now; fact btc.price 93,846' },
      { find: '-0.9%', label: 'supported' },
      { find: '523 mn', label: 'supported-by-source' },
      { find: '214 mn', label: 'supported-by-source' },
      { find: '48 mn', label: 'supported-by-source' },
      { find: '25x', label: 'supported-by-source' },
      { find: '310,000', label: 'unsupported', note: 'CryptoSlate figure, not attributed' },
      { find: '58.4%', label: 'supported' },
      { find: '3.21 tn', label: 'supported' },
      { find: '1.6%', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '60%', label: 'supported' },
      { find: '62%', label: 'supported' },
      { find: '3 of', label: 'contradicted', note: 'CryptoSlate headline; fact market.advancers_24h 6' },
      { find: 'top 30', label: 'ignored' },
      { find: '86,500', label: 'contradicted', note: 'Bitcoin Magazine headline; fact btc.low_24h 88,894' },
      { find: '6% to@2', label: 'contradicted', note: 'Decrypt headline; fact eth.change_24h -2.63' },
      { find: '3,050', label: 'contradicted', note: 'Decrypt headline; fact eth.price 3,162' },
      {
        find: '105,000',
        label: 'supported-by-source',
        note: 'debatable: a forecast, but attributed to the Cointelegraph headline that states it',
      },
    ],
  },
  {
    id: 'J-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: `Memes and AI, quick view

• DOGE -4.5% to 0.146, funding -0.021% per 8h, OI minus 18.4% to 470 mn.
• PEPE -3.4%, SHIB -2.8% (best of the memes), WIF -6.1% is the worst one.
• Meme sector together -4.3%, lost 1.49 bn of cap in a day. DOGE volume is 2.27 bn, that is 2.4x its weekly average.
• AI: TAO +1.1% to 337.4, only one up from 7 names. FET -4.8% at 0.634, RENDER -8.1%, VIRTUAL -6.8%, WLD -1.4%, GRT -3.9%.
• VIRTUAL volume 402 mn, PEPE volume near 1 bn.
• We think PEPE makes +30% when market turns.`,
    numbers: [
      { find: '-4.5%', label: 'supported' },
      { find: '0.146', label: 'contradicted', note: 'fact doge.price 0.1642 (digits swapped)' },
      { find: '-0.021%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '18.4%', label: 'supported' },
      { find: '470 mn', label: 'supported' },
      { find: '-3.4%', label: 'contradicted', note: 'fact pepe.change_24h -5.40' },
      { find: '-2.8%', label: 'supported' },
      { find: '-6.1%', label: 'supported' },
      { find: '-4.3%', label: 'supported' },
      { find: '1.49 bn', label: 'supported' },
      { find: '2.27 bn', label: 'supported' },
      { find: '2.4x', label: 'supported' },
      { find: '+1.1%', label: 'supported' },
      { find: '337.4', label: 'contradicted', note: 'fact tao.price 377.4' },
      { find: 'one up', label: 'supported', note: 'word count: sector.ai.advancers_24h 1' },
      { find: '7 names', label: 'supported' },
      { find: '-4.8%', label: 'supported' },
      { find: '0.634', label: 'contradicted', note: 'fact fet.price 0.5342' },
      { find: '-8.1%', label: 'contradicted', note: 'fact render.change_24h -4.10' },
      { find: '-6.8%', label: 'supported' },
      { find: '-1.4%', label: 'contradicted', note: 'fact wld.change_24h -4.41' },
      { find: '-3.9%', label: 'supported' },
      { find: '402 mn', label: 'supported' },
      { find: '1 bn', label: 'supported', note: 'near 1 bn: pepe.volume_24h 0.994B' },
      { find: '+30%', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: `Levels sheet – for the morning shift

- BTC: S 90,000 / R 95,000. Range of 24h is 88,894–94,846.
- ETH: S 3,200 / R 3,000. 30-day high 3,915, 30-day low 3,196.
- SOL: S 140 / R 145, 30-day high at 194.07.
- XRP: S 2.10 / R 2.40, low of 24h 1.98.
- BNB: S 900 / R 1,050.
- DOGE: S 0.16 / R 0.17.
- ADA: S 0.54 / R 0.65.
- TAO: S 360 / R 380, price is almost on the resistance.`,
    numbers: [
      { find: '90,000', label: 'supported' },
      { find: '95,000', label: 'supported' },
      { find: '24h is', label: 'ignored' },
      { find: '88,894', label: 'supported' },
      { find: '94,846', label: 'supported' },
      { find: '3,200', label: 'contradicted', note: 'support/resistance swapped: eth.support 3000, resistance 3200' },
      { find: '3,000', label: 'contradicted', note: 'swapped: 3000 is support' },
      { find: '30-day high@1', label: 'ignored' },
      { find: '3,915', label: 'supported' },
      { find: '30-day low', label: 'ignored' },
      { find: '3,196', label: 'supported' },
      { find: '140', label: 'supported' },
      { find: '145', label: 'supported' },
      { find: '30-day high@2', label: 'ignored' },
      { find: '194.07', label: 'contradicted', note: 'fact sol.swing_high_30d 184.07' },
      { find: '2.10', label: 'supported' },
      { find: '2.40', label: 'contradicted', note: 'fact xrp.resistance 2.2' },
      { find: 'low of 24h', label: 'ignored' },
      { find: '1.98', label: 'supported' },
      { find: '900', label: 'supported' },
      { find: '1,050', label: 'contradicted', note: 'fact bnb.resistance 950' },
      { find: '0.16', label: 'supported' },
      { find: '0.17', label: 'supported' },
      { find: '0.54', label: 'supported' },
      { find: '0.65', label: 'contradicted', note: 'fact ada.resistance 0.56' },
      { find: '360', label: 'supported' },
      { find: '380', label: 'supported' },
    ],
  },
  {
    id: 'J-desk-note-09',
    voice: 'desk-note',
    style: 'sector',
    text: `DePIN and rollups – flash note

• FIL -10.9% to 1.73, the worst of all our list. Its volume is 2.5x of 7-day average, highest on the list.
• IOTX -8.2%, HNT +3.9%, RENDER -4.1%. Sector DePIN -6.8%, only 1 of 4 names up. DePIN lost 24 mn of cap today.
• FIL on the week -9.0%, on 30-day -24.9%.
• L2: OP -3.3% at 0.496, ARB -5.9% at 0.279, POL -3.2% at 0.168, IMX -0.1% at 0.472.
• L2 group cap is 50.3 bn, the CoinGecko category is 14.1 bn with -2.5% on day.
• FIL can fall to 1.50 next.`,
    numbers: [
      { find: '-10.9%', label: 'supported' },
      { find: '1.73', label: 'supported' },
      { find: '2.5x', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '-8.2%', label: 'contradicted', note: 'fact iotx.change_24h -5.20' },
      { find: '+3.9%', label: 'contradicted', note: 'sign: fact hnt.change_24h -3.90' },
      { find: '-4.1%', label: 'supported' },
      { find: '-6.8%', label: 'supported' },
      { find: '1 of', label: 'contradicted', note: 'fact sector.depin.advancers_24h 0' },
      { find: '4 names', label: 'supported' },
      { find: '24 mn', label: 'contradicted', note: 'fact sector.depin.market_cap_change_24h -241M (10x)' },
      { find: '-9.0%', label: 'contradicted', note: 'fact fil.change_7d -18.99' },
      { find: '30-day', label: 'ignored' },
      { find: '-24.9%', label: 'supported' },
      { find: 'L2:', label: 'ignored' },
      { find: '-3.3%', label: 'supported' },
      { find: '0.496', label: 'contradicted', note: 'fact op.price 0.3964 (0.497 is the 30d swing high)' },
      { find: '-5.9%', label: 'contradicted', note: 'fact arb.change_24h -2.94' },
      { find: '0.279', label: 'supported' },
      { find: '-3.2%', label: 'supported' },
      { find: '0.168', label: 'supported' },
      { find: '-0.1%', label: 'supported' },
      { find: '0.472', label: 'supported' },
      { find: 'L2 group', label: 'ignored' },
      { find: '50.3 bn', label: 'contradicted', note: 'fact sector.l2.market_cap 5.03B (10x)' },
      { find: '14.1 bn', label: 'supported' },
      { find: '-2.5%', label: 'supported' },
      { find: '1.50', label: 'unsupported', note: 'forecast' },
    ],
  },
  {
    id: 'J-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: `Comment from head trader

BTC is now 1.2% below resistance and 4.3% above support, so in the middle of the box. ETH fell 1.1 points less than SOL. Don't forget the record of BTC was 126k in October, we are far from there. Liquidations were 1.14 bn per CryptoSlate. Next week CPI is expected 2.9% and this can move the market. XRP funding is also negative, -0.0021%, like everything. SOL trades 23% under its 30-day high.`,
    numbers: [
      { find: '1.2%', label: 'unsupported', note: 'distance to resistance, derived' },
      { find: '4.3%', label: 'unsupported', note: 'distance to support, derived' },
      { find: '1.1 points', label: 'unsupported', note: 'derived arithmetic (2.63 vs 3.74)' },
      { find: '126k', label: 'unsupported', note: 'history' },
      { find: '1.14 bn', label: 'supported-by-source' },
      { find: '2.9%', label: 'unsupported', note: 'macro' },
      { find: '-0.0021%', label: 'contradicted', note: 'sign: fact xrp.funding_rate +0.0021' },
      { find: '23%', label: 'unsupported', note: 'derived distance to 30d swing high' },
      { find: '30-day', label: 'ignored' },
    ],
  },
];
