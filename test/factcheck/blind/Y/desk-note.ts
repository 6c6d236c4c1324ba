import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Y-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'DESK NOTE - morning, 27.08.\n\n- BTC is making new monthly high, trades 111.742 USD, this is +2,9% on the day. The old 30d swing high (111.052) is now below us.\n- ETH not following. Is -2.5% at 3.642 USD, and on the week still -2.5%.\n- SOL is weak again, -6.1%, sits at 157,8 just over support 155.\n- Breadth is bad: only 7 names up from 30. Dominance BTC now 52,1%.\n- Our view: we stay long BTC vs. alts until 115.000 resistance.\n',
    numbers: [
      {
        find: '27.08.',
        label: 'ignored',
      },
      {
        find: '111.742',
        label: 'supported',
      },
      {
        find: '+2,9%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '111.052',
        label: 'supported',
      },
      {
        find: '-2.5%@1',
        label: 'contradicted',
        note: "that is ETH's 7d; fact eth.change_24h -1.50",
      },
      {
        find: '3.642',
        label: 'supported',
      },
      {
        find: '-2.5%@2',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'contradicted',
        note: "fact sol.change_24h -4.10 (6.1 is BTC's 7d / WLD's day)",
      },
      {
        find: '157,8',
        label: 'supported',
      },
      {
        find: '155',
        label: 'contradicted',
        note: 'fact sol.support 150',
      },
      {
        find: '7@4',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '52,1%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.15',
      },
      {
        find: '115.000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives - what we see this morning\n\n* BTC funding is 0.017% per 8h, so longs are paying shorts. Annualised this is 186%, not cheap.\n* ETH funding only 0.006%, XRP 0.03%.\n* SOL and DOGE funding are negative: -0.008% and -0.004%. Here shorts are paying longs, be careful with squeeze.\n* Open interest total 16,7 bn USD, +5.2% in 24h. BTC OI alone +8.7% to 4,8 bn.\n* SOL OI is down 3.6%, DOGE OI down 13%.\n\nComment: leverage goes into BTC only. The alt shorts have been building for 5 days now.\n',
    numbers: [
      {
        find: '0.017%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '186%',
        label: 'contradicted',
        note: '10x slip; fact btc.funding_apr 18.6',
      },
      {
        find: '0.006%',
        label: 'supported',
      },
      {
        find: '0.03%',
        label: 'contradicted',
        note: '10x slip; fact xrp.funding_rate 0.003',
      },
      {
        find: '-0.008%',
        label: 'supported',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '16,7 bn',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+8.7%',
        label: 'supported',
      },
      {
        find: '4,8 bn',
        label: 'contradicted',
        note: "that is ETH's OI; fact btc.open_interest 9.1B",
      },
      {
        find: '3.6%',
        label: 'supported',
      },
      {
        find: '13%',
        label: 'contradicted',
        note: '10x slip; fact doge.oi_change_24h -1.3',
      },
      {
        find: '5@2',
        label: 'unsupported',
        note: 'no fact on how many days',
      },
    ],
  },
  {
    id: 'Y-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: 'Sectors in short (all 24h):\n- L1: +1.6%, but only because of BTC. 7 of 10 members are red, worst is NEAR with -5.2%.\n- L2: -2%. OP is only one up (+0.9%), IMX the weakest at -8.3%.\n- AI: worst sector, -9.6%. All 7 tokens lower, VIRTUAL leads the losses with -7.6%.\n- DePIN: mixed, 2 up and 2 down. HNT best with +3.6%.\n- Gaming: -3.8%, no token positive, and it is the second-worst sector after AI.\n- Memes: -3.7%, PEPE worst (-4.4%), WIF the least bad (-2.9%).\n',
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
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'contradicted',
        note: 'fact sector.l1.decliners_24h 6',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-2%',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '-8.3%',
        label: 'contradicted',
        note: "that is IMX's 7d; fact imx.change_24h -3.90",
      },
      {
        find: '-9.6%',
        label: 'contradicted',
        note: 'that is the 7d change; fact sector.ai.change_24h -6.02',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact hnt.change_24h 2.60',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-3.7%',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flash - 06:45 CET\n\nBTC through 111k. High of the day is 111.788, low 108.360. Volume is 2,6x of the 7 day average, so this move has real participation. Next level above is 115.000, below we have support on 105.000.\n',
    numbers: [
      {
        find: '06:45',
        label: 'ignored',
      },
      {
        find: '111k',
        label: 'supported',
      },
      {
        find: '111.788',
        label: 'supported',
      },
      {
        find: '108.360',
        label: 'supported',
      },
      {
        find: '2,6x',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.62',
      },
      {
        find: '7 day',
        label: 'ignored',
      },
      {
        find: '115.000',
        label: 'supported',
      },
      {
        find: '105.000',
        label: 'contradicted',
        note: 'fact btc.support 110,000',
      },
    ],
  },
  {
    id: 'Y-desk-note-05',
    voice: 'desk-note',
    style: 'weekly',
    text: 'WEEKLY DESK LETTER\n\nDear clients, the week was one of bitcoin against the rest.\n\n- BTC finished the week +6.1%, ETH -2.5%, SOL -5.8%, XRP +4.5%.\n- BNB almost unchanged (-0.3%), ADA lost 4.6%, AVAX 3%.\n- Biggest loser from the large names is NEAR with -13.5%.\n- BTC open interest grew 11.4% in the week, while ETH OI went down 1.2% and SOL OI 6.8%.\n- Total market OI: +4.9%.\n- Sectors: only Layer 1 positive with +3.4%. AI -9.6%, gaming -7.7%, DePIN -1.9%, memes -6.1%, Layer 2 -2.5%.\n- In the Layer 1 group 9 from 10 members went down in the week, only BTC up.\n\nWe think the divergence can continue into September, with target 120.000 for BTC and 3.300 for ETH.\n',
    numbers: [
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '-2.5%@1',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'contradicted',
        note: 'fact xrp.change_7d -4.49, sign',
      },
      {
        find: '-0.3%',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '3%@2',
        label: 'contradicted',
        note: "that is near AVAX's 24h -3.4, and wrong at this precision; fact avax.change_7d -7.02",
      },
      {
        find: '-13.5%',
        label: 'contradicted',
        note: "13.5 is VIRTUAL's week; fact near.change_7d -10.32",
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '6.8%',
        label: 'supported',
      },
      {
        find: '+4.9%',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '-9.6%',
        label: 'supported',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '-1.9%',
        label: 'contradicted',
        note: "that is DePIN's 24h; fact sector.depin.change_7d -6.68",
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '-2.5%@2',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d -4.46',
      },
      {
        find: '1@9',
        label: 'ignored',
      },
      {
        find: '9@4',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '120.000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '3.300',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: 'News digest for the desk:\n\n- CoinDesk writes that a listed treasury company bought 4.850 BTC, biggest purchase of this year.\n- According to Bitcoin Magazine, spot ETFs had 386 mn USD net inflow, 4th day in a row.\n- Decrypt says a DeFi lender lost 27 mn USD by oracle manipulation.\n- The Block: Sui unlocks 58,4 mn tokens next week. Watch SUI, it is already -3.8% today, and the last unlock in June took it down 12%.\n- Decrypt also has "XRP surges 8%" - in our data XRP is -2.3%, so headline is wrong.\n- Cointelegraph quotes an analyst with 135.000 for BTC end of year. We don\'t share this.\n- Some reports say ETF inflows were over 500 mn this week.\n',
    numbers: [
      {
        find: '4.850',
        label: 'supported-by-source',
      },
      {
        find: '386',
        label: 'supported-by-source',
      },
      {
        find: '4th',
        label: 'supported-by-source',
        note: 'count from the Bitcoin Magazine summary (fourth straight session); debatable, could be ignored',
      },
      {
        find: '27',
        label: 'supported-by-source',
      },
      {
        find: '58,4',
        label: 'supported-by-source',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '12%',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '8%@2',
        label: 'contradicted',
        note: 'Decrypt headline contradicted by fact xrp.change_24h -2.30',
      },
      {
        find: '-2.3%',
        label: 'supported',
      },
      {
        find: '135.000',
        label: 'supported-by-source',
      },
      {
        find: '500',
        label: 'unsupported',
        note: 'unattributed, no source',
      },
    ],
  },
  {
    id: 'Y-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: 'Levels (support / resistance):\n- BTC: 110.000 / 115.000\n- ETH: 3.600 / 3.900\n- SOL: 160 / 150\n- XRP: 2,40 / 2,50\n- BNB: 680 / 720\n- AVAX: 21 / 22 - price 21,06, almost on support\n- NEAR: 2,40 / 2,80\n- SUI: 3,00 / 3,20\n- DOGE: 0,17 / 0,18\n- GALA: 0,0145 / 0,0150\n- Everything between these is noise, we expect 80% of range days.\n',
    numbers: [
      {
        find: '110.000',
        label: 'supported',
      },
      {
        find: '115.000',
        label: 'supported',
      },
      {
        find: '3.600',
        label: 'supported',
      },
      {
        find: '3.900',
        label: 'contradicted',
        note: 'fact eth.resistance 3800',
      },
      {
        find: '160',
        label: 'contradicted',
        note: 'support/resistance swapped; fact sol.support 150',
      },
      {
        find: '150@1',
        label: 'contradicted',
        note: 'fact sol.resistance 160',
      },
      {
        find: '2,40@1',
        label: 'supported',
      },
      {
        find: '2,50',
        label: 'supported',
      },
      {
        find: '680',
        label: 'supported',
      },
      {
        find: '720',
        label: 'contradicted',
        note: 'fact bnb.resistance 700',
      },
      {
        find: '21@1',
        label: 'supported',
      },
      {
        find: '22',
        label: 'supported',
      },
      {
        find: '21,06',
        label: 'supported',
      },
      {
        find: '2,40@2',
        label: 'supported',
      },
      {
        find: '2,80',
        label: 'contradicted',
        note: 'fact near.resistance 2.50',
      },
      {
        find: '3,00',
        label: 'supported',
      },
      {
        find: '3,20',
        label: 'supported',
      },
      {
        find: '0,17',
        label: 'supported',
      },
      {
        find: '0,18',
        label: 'supported',
      },
      {
        find: '0,0145',
        label: 'supported',
      },
      {
        find: '0,0150',
        label: 'supported',
      },
      {
        find: '80%',
        label: 'unsupported',
        note: 'invented probability',
      },
    ],
  },
  {
    id: 'Y-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short note for sales:\nBTC +2.9%, rest of market mostly red. Total market cap 3,76 tn USD, change only -0.6%. Means everything except BTC lost value. 23 from 30 coins down. Alts were weak in volume too, ETH volume 0,57x of average, SOL 1,80x. Do not chase alts today.\n',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '3,76 tn',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h +0.64, sign',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '0,57x',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 0.87',
      },
      {
        find: '1,80x',
        label: 'contradicted',
        note: 'fact sol.volume_ratio_7d 0.80',
      },
    ],
  },
  {
    id: 'Y-desk-note-09',
    voice: 'desk-note',
    style: 'sector',
    text: 'AI SECTOR - special note\n\n- Sector market cap watchlist: 12,7 bn USD. Lost 1.356 mn USD in 24h (-6.0%).\n- All 7 members are down. Ranking from worst: VIRTUAL -7.6%, FET -6.8%, TAO -6.3%, WLD -6.1%, RENDER -5.9%, GRT -5.4%, NEAR -5.2%.\n- TAO trades 331,6, under resistance 340, support 300.\n- FET at 0,5734, is already below the 30d low (0,579).\n- On 7d: VIRTUAL -31.5%, RENDER -1.9%, sector -9.6%.\n- CryptoSlate had a story that AI tokens made a 5% rally. This is not what we see.\n- In our opinion the sector can lose another 10%.\n',
    numbers: [
      {
        find: '12,7 bn',
        label: 'supported',
      },
      {
        find: '1.356',
        label: 'contradicted',
        note: 'that is the 7d cap change; fact sector.ai.market_cap_change_24h -814M',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '-6.0%',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-6.8%',
        label: 'supported',
      },
      {
        find: '-6.3%',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '-5.4%',
        label: 'supported',
      },
      {
        find: '-5.2%',
        label: 'supported',
      },
      {
        find: '331,6',
        label: 'supported',
      },
      {
        find: '340',
        label: 'supported',
      },
      {
        find: '300',
        label: 'contradicted',
        note: 'fact tao.support 320',
      },
      {
        find: '0,5734',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '0,579',
        label: 'supported',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '-31.5%',
        label: 'contradicted',
        note: 'fact virtual.change_7d -13.49',
      },
      {
        find: '-1.9%',
        label: 'contradicted',
        note: 'fact render.change_7d -10.89',
      },
      {
        find: '-9.6%',
        label: 'supported',
      },
      {
        find: '5%@2',
        label: 'contradicted',
        note: 'CryptoSlate headline, contradicted by fact sector.ai.change_24h -6.02',
      },
      {
        find: '10%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'Y-desk-note-10',
    voice: 'desk-note',
    style: 'sector',
    text: 'Memes / Gaming\n\n- Memes all red: DOGE -3.7% to 0,1793, SHIB -5.3%, PEPE -4.4%, WIF -2.9%. Sector -3.7%, market cap 83,4 bn.\n- Memes sector cap on CoinGecko is bigger: 49 bn, there volume 6,8 bn.\n- DOGE funding -0.004%, OI 960 mn, -1.3%.\n- Gaming: AXS -3.1%, SAND -3.6%, GALA -4.2%, IMX -3.9%. Sector -3.8%. Best in gaming was IMX at -3.9%.\n- Gaming cap 26,2 bn.\n- Cointelegraph says Pepe lost about 4.4% and Dogecoin about 3.7%.\n',
    numbers: [
      {
        find: '-3.7%@1',
        label: 'supported',
      },
      {
        find: '0,1793',
        label: 'supported',
      },
      {
        find: '-5.3%',
        label: 'contradicted',
        note: 'fact shib.change_24h -3.27',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'supported',
      },
      {
        find: '-3.7%@2',
        label: 'supported',
      },
      {
        find: '83,4 bn',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap 38.4B',
      },
      {
        find: '49 bn',
        label: 'supported',
      },
      {
        find: '6,8 bn',
        label: 'supported',
      },
      {
        find: '-0.004%',
        label: 'supported',
      },
      {
        find: '960',
        label: 'contradicted',
        note: 'fact doge.open_interest 690M',
      },
      {
        find: '-1.3%',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'supported',
      },
      {
        find: '-3.9%@1',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-3.9%@2',
        label: 'contradicted',
        note: 'best gaming member 24h is AXS -3.1; IMX value right, rank wrong',
      },
      {
        find: '26,2 bn',
        label: 'contradicted',
        note: '10x slip; fact sector.gaming.market_cap 2.62B',
      },
      {
        find: '4.4%@2',
        label: 'supported',
      },
      {
        find: '3.7%@3',
        label: 'supported',
      },
    ],
  },
  {
    id: 'Y-desk-note-11',
    voice: 'desk-note',
    style: 'daily',
    text: 'Midday update 12:00\n\n- BTC still strong, the 24h gain now is +4.2%.\n- BTC market cap 2,23 tn USD, it was 1,5 tn at start of year.\n- ETH market cap 440 bn, SOL 58,4 bn, XRP 14,7 bn, BNB 95,9 bn.\n- ETH/BTC ratio is lowest since 2021: 0,0326.\n- Volatility: BTC 7d realised 20,9%, 30d 18,0%. ETH 7d 24,6%.\n',
    numbers: [
      {
        find: '12:00',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+4.2%',
        label: 'contradicted',
        note: "that is BTC's 30d change; fact btc.change_24h 2.90",
      },
      {
        find: '2,23 tn',
        label: 'supported',
      },
      {
        find: '1,5 tn',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '440 bn',
        label: 'supported',
      },
      {
        find: '58,4 bn',
        label: 'contradicted',
        note: 'fact sol.market_cap 85.4B',
      },
      {
        find: '14,7 bn',
        label: 'contradicted',
        note: '10x slip; fact xrp.market_cap 146.9B',
      },
      {
        find: '95,9 bn',
        label: 'supported',
      },
      {
        find: '2021',
        label: 'ignored',
      },
      {
        find: '0,0326',
        label: 'unsupported',
        note: 'derived ratio, no fact',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '20,9%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '18,0%',
        label: 'supported',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '24,6%',
        label: 'contradicted',
        note: "that is ETH's 30d; fact eth.volatility_7d 17.9",
      },
    ],
  },
  {
    id: 'Y-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: 'Layer 2 and DePIN, quick:\n- ARB 0,3817 (-2.7%), OP 0,6328 (+0.9%), POL 0,2271 (+1.9%), IMX 0,5146 (-3.9%). IMX is also the best gaming token this week, -8.3%.\n- Only 1 from 4 up in L2. Sector -2.0%, on CoinGecko -0.2%.\n- DePIN: HNT +2.6%, FIL +1.2%, IOTX -7.1%, RENDER -5.9%. 3 up, 1 down.\n- Decrypt: Helium up about 2.6%.\n',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0,3817',
        label: 'supported',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '0,6328',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '0,2271',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'contradicted',
        note: 'fact pol.change_24h -1.90, sign',
      },
      {
        find: '0,5146',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'supported',
      },
      {
        find: '-8.3%',
        label: 'contradicted',
        note: "IMX 7d right value but gaming best 7d is GALA -6.26; IMX is not in gaming's best (rank wrong)",
      },
      {
        find: '1@5',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '-2.0%',
        label: 'supported',
      },
      {
        find: '-0.2%',
        label: 'contradicted',
        note: '10x slip; fact sector.l2.category_change_24h -2.2',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '-7.1%',
        label: 'contradicted',
        note: 'fact iotx.change_24h -1.70',
      },
      {
        find: '-5.9%',
        label: 'supported',
      },
      {
        find: '3@5',
        label: 'contradicted',
        note: 'fact sector.depin.advancers_24h 2',
      },
      {
        find: '1@8',
        label: 'contradicted',
        note: 'fact sector.depin.decliners_24h 2',
      },
      {
        find: '2.6%@2',
        label: 'supported',
        note: 'fact hnt.change_24h 2.60 states it (also in Decrypt summary)',
      },
    ],
  },
  {
    id: 'Y-desk-note-13',
    voice: 'desk-note',
    style: 'daily',
    text: 'Risk comment:\n- BTC 7d vol 20,9% is higher than 30d vol 18,0%, market waking up.\n- WIF 7d vol is extreme, 97,3%.\n- If BTC loses 110.000 support, we expect quick move to 108.000.\n- Total volume 134 bn USD in 24h, BTC volume 42,3 bn.\n',
    numbers: [
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '20,9%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '18,0%',
        label: 'supported',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '97,3%',
        label: 'contradicted',
        note: 'fact wif.volatility_7d 79.27',
      },
      {
        find: '110.000',
        label: 'supported',
      },
      {
        find: '108.000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '134 bn',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '42,3 bn',
        label: 'contradicted',
        note: '10x slip; fact btc.volume_24h 4.23B',
      },
    ],
  },
  {
    id: 'Y-desk-note-14',
    voice: 'desk-note',
    style: 'daily',
    text: "- XRP: 2,4618, down 3.2%, 24h high was 2,5388, so it was rejected on 2,50 resistance. XRP OI small up, +2.1%, funding +0.003%.\n- ADA: 0,6437, +0.3%, but on week +4.6%.\n- DOT: 3,561, +0.5%, just 1% under resistance 3,60.\n- SUI: 3,04, -3.8%, cap 11,0 bn. SUI OI we don't have, but Coinglass shows +20%.\n",
    numbers: [
      {
        find: '2,4618',
        label: 'supported',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -2.30',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '2,5388',
        label: 'supported',
      },
      {
        find: '2,50',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'contradicted',
        note: "that is XRP's 7d OI change; fact xrp.oi_change_24h 0.8",
      },
      {
        find: '+0.003%',
        label: 'supported',
      },
      {
        find: '0,6437',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'contradicted',
        note: 'fact ada.change_7d -4.61, sign',
      },
      {
        find: '3,561',
        label: 'supported',
      },
      {
        find: '+0.5%',
        label: 'supported',
      },
      {
        find: '1%@2',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: '3,60',
        label: 'supported',
      },
      {
        find: '3,04',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '11,0 bn',
        label: 'supported',
      },
      {
        find: '+20%',
        label: 'unsupported',
        note: 'no fact, source not collected',
      },
    ],
  },
  {
    id: 'Y-desk-note-15',
    voice: 'desk-note',
    style: 'daily',
    text: 'Positioning summary (perp desk)\n\n- OI-weighted funding across perps 0,10% per 8h.\n- Annualised: ETH 6,6%, XRP 3,3%, SOL -8,8%, DOGE -43,8%.\n- ETH OI 4,8 bn, it increased 13.1% although price is down.\n- XRP OI 1,0 bn, DOGE OI on the week -4.4%.\n- We expect BTC funding to go to 0,03% if the breakout continues.\n- L1 sector cap change 24h is +48 bn USD, CoinGecko category says +1.3%.\n- AI on CoinGecko: -6.1%, volume 3,4 bn. Gaming category volume 6,2 bn.\n- Over 30d the best L1 is ETH with +1.8%, worst NEAR -5.4%.\n',
    numbers: [
      {
        find: '0,10%',
        label: 'contradicted',
        note: '10x slip; fact market.funding_avg 0.0104',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '6,6%',
        label: 'supported',
      },
      {
        find: '3,3%',
        label: 'supported',
      },
      {
        find: '-8,8%',
        label: 'supported',
      },
      {
        find: '-43,8%',
        label: 'contradicted',
        note: '10x slip; fact doge.funding_apr -4.38',
      },
      {
        find: '4,8 bn',
        label: 'supported',
      },
      {
        find: '13.1%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 3.1',
      },
      {
        find: '1,0 bn',
        label: 'supported',
      },
      {
        find: '-4.4%',
        label: 'supported',
      },
      {
        find: '0,03%',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'L1@1',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '+48 bn',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'supported',
      },
      {
        find: '-6.1%',
        label: 'supported',
      },
      {
        find: '3,4 bn',
        label: 'supported',
      },
      {
        find: '6,2 bn',
        label: 'contradicted',
        note: '10x slip; fact sector.gaming.category_volume_24h 620M',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: 'L1@2',
        label: 'ignored',
      },
      {
        find: '+1.8%',
        label: 'contradicted',
        note: 'ETH 30d value right, but best L1 30d member is BTC +4.21',
      },
      {
        find: '-5.4%',
        label: 'supported',
      },
    ],
  },
];
