import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'O-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'Desk note – morning, 15 October\n\n- BTC is making new high, trading 131,800 now, plus 5.4% on the day. High of session was 132,430, low 121,930.\n- Next resistance we see at 135k, support is 130k. Old 30-day top at 129k is broken.\n- ETH follows but weaker, +3.1% to 4,620. ETH/BTC weak since 3 weeks. Is sitting just over support 4,600.\n- SOL is strongest of majors, +7.8%, price 262.4.\n- XRP only major negative, -1.6%.\n- Total market cap +6.4%, breadth very good: 26 up against 4 down.\nOur view: market is heavy long, be careful.',
    numbers: [
      {
        find: '15 October',
        label: 'ignored',
      },
      {
        find: '131,800',
        label: 'supported',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '132,430',
        label: 'supported',
      },
      {
        find: '121,930',
        label: 'contradicted',
        note: 'fact btc.low_24h 124930.7',
      },
      {
        find: '135k',
        label: 'supported',
      },
      {
        find: '130k',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '129k',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '4,620',
        label: 'supported',
      },
      {
        find: '3@9',
        label: 'ignored',
      },
      {
        find: '4,600',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '262.4',
        label: 'contradicted',
        note: 'fact sol.price 226.41',
      },
      {
        find: '-1.6%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -0.60',
      },
      {
        find: '+6.4%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 4.6',
      },
      {
        find: '26@2',
        label: 'supported',
      },
      {
        find: '4@7',
        label: 'supported',
      },
    ],
  },
  {
    id: 'O-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives – short comment from desk\n\n- Funding BTC 0.0215% for 8h, this is around 23.5% per year. Longs pay to shorts.\n- ETH funding 0.0182%, SOL 0.0624%, DOGE highest with 0.0388%.\n- XRP funding is low, only 0.071%.\n- OI total 22.1 bn USD, increase of 11% in one day and 28% in the week.\n- BTC OI 9.8 bn, ETH OI 9.2 bn, SOL OI 2.4 bn.\n- DOGE OI jumped 22% – biggest move, OI now 1.5 bn.\nWe think funding can go to 0.05% if rally continue.',
    numbers: [
      {
        find: '0.0215%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '23.5%',
        label: 'supported',
      },
      {
        find: '0.0182%',
        label: 'supported',
      },
      {
        find: '0.0624%',
        label: 'contradicted',
        note: 'digits swapped; sol.funding_rate 0.0264',
      },
      {
        find: '0.0388%',
        label: 'contradicted',
        note: 'fact doge.funding_rate 0.0338',
      },
      {
        find: '0.071%',
        label: 'contradicted',
        note: '10x slip; fact xrp.funding_rate 0.0071',
      },
      {
        find: '22.1 bn',
        label: 'supported',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: '28%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 18.2',
      },
      {
        find: '9.8 bn',
        label: 'supported',
      },
      {
        find: '9.2 bn',
        label: 'contradicted',
        note: 'fact eth.open_interest 7.2B',
      },
      {
        find: '2.4 bn',
        label: 'supported',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '1.5 bn',
        label: 'supported',
      },
      {
        find: '0.05%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'O-desk-note-03',
    voice: 'desk-note',
    style: 'sector',
    text: 'Sectors today (desk summary)\n\n- Memes are best sector, +9.5%. All 4 coins are green. PEPE make +14.3%, WIF +12.1%, DOGE +12.9%, SHIB +8.5%.\n- L1 sector +4.8%, 9 from 10 positive. Best SOL, worst XRP.\n- AI sector +3.7%, best is NEAR with +5.6%, worst RENDER +1.3%.\n- Gaming +2.2%, best SAND +3.0%.\n- L2 only +1.1%, here best is ARB with +0.8%.\n- DePIN is negative -0.8%, only 2 coins up.',
    numbers: [
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+12.1%',
        label: 'supported',
      },
      {
        find: '+12.9%',
        label: 'contradicted',
        note: 'fact doge.change_24h 9.20',
      },
      {
        find: '+8.5%',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '9@3',
        label: 'supported',
      },
      {
        find: '10',
        label: 'supported',
      },
      {
        find: '+3.7%',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'contradicted',
        note: 'best gaming 24h is AXS; SAND 2.60',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'contradicted',
        note: 'best L2 is IMX 1.60; ARB is worst',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '2@6',
        label: 'contradicted',
        note: 'fact sector.depin.advancers_24h 1',
      },
    ],
  },
  {
    id: 'O-desk-note-04',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flash – majors levels\n\n- BNB 1,064, +4.1%, day high 1,096. Resistance 1,100.\n- ADA 0.742, +5.2%. Support 0.74, resistance 0.76.\n- AVAX 21.84, +6.3%. Support 22.\n- DOT 3.61, +4.9%.\n- NEAR 3.32, +3.6%.\n- SUI 3.10, +6.8%, day low 2.69.\n- DOGE 0.258, resistance 0.26 almost touched.',
    numbers: [
      {
        find: '1,064',
        label: 'supported',
      },
      {
        find: '+4.1%',
        label: 'supported',
      },
      {
        find: '1,096',
        label: 'contradicted',
        note: 'fact bnb.high_24h 1068.71',
      },
      {
        find: '1,100',
        label: 'supported',
      },
      {
        find: '0.742',
        label: 'supported',
      },
      {
        find: '+5.2%',
        label: 'supported',
      },
      {
        find: '0.74@2',
        label: 'supported',
      },
      {
        find: '0.76',
        label: 'supported',
      },
      {
        find: '21.84',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '22',
        label: 'contradicted',
        note: 'support is 21; 22 is resistance',
      },
      {
        find: '3.61',
        label: 'supported',
      },
      {
        find: '+4.9%',
        label: 'supported',
      },
      {
        find: '3.32',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact near.change_24h 5.60',
      },
      {
        find: '3.10',
        label: 'supported',
      },
      {
        find: '+6.8%',
        label: 'supported',
      },
      {
        find: '2.69',
        label: 'contradicted',
        note: '30d swing low 2.69; sui.low_24h 2.89',
      },
      {
        find: '0.258',
        label: 'supported',
      },
      {
        find: '0.26',
        label: 'supported',
      },
    ],
  },
  {
    id: 'O-desk-note-05',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk review\n\n- BTC week +5.4%, ETH +6.5%, SOL +9.3%, XRP -0.6%.\n- Best L1 in week was SUI +11.2%, AVAX close behind with +11.1%.\n- Memes week +15.6%; PEPE +25.9%, but WIF weakest of memes with +12.0%.\n- AI week +7.2%, TAO is leader +14.2%. WLD only +0.7%.\n- Gaming week +3.4%, GALA best +9.7%, AXS worst +3.4%.\n- L2 week +1.6%, POL is negative -2.6%.\n- DePIN week +1.2%, best HNT +5.6%.\n- OI BTC in week +18.4%, DOGE OI +43.8%.\nNext week we expect BTC 140k.',
    numbers: [
      {
        find: '+5.4%',
        label: 'contradicted',
        note: '24h value; btc.change_7d 9.0',
      },
      {
        find: '+6.5%',
        label: 'supported',
      },
      {
        find: '+9.3%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'contradicted',
        note: '24h value; xrp.change_7d +2.16',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '+11.2%',
        label: 'contradicted',
        note: 'best L1 7d is AVAX 11.18; SUI 11.10',
      },
      {
        find: '+11.1%',
        label: 'contradicted',
        note: 'AVAX is the best, 11.18',
      },
      {
        find: '+15.6%',
        label: 'supported',
      },
      {
        find: '+25.9%',
        label: 'supported',
      },
      {
        find: '+12.0%',
        label: 'supported',
      },
      {
        find: '+7.2%',
        label: 'supported',
      },
      {
        find: '+14.2%',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'supported',
      },
      {
        find: '+3.4%@1',
        label: 'supported',
      },
      {
        find: '+9.7%',
        label: 'supported',
      },
      {
        find: '+3.4%@2',
        label: 'contradicted',
        note: 'direction wrong; axs.change_7d -3.41',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'contradicted',
        note: 'fact hnt.change_7d 2.64',
      },
      {
        find: '+18.4%',
        label: 'supported',
      },
      {
        find: '+43.8%',
        label: 'contradicted',
        note: 'fact doge.oi_change_7d 34.8',
      },
      {
        find: '140k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'O-desk-note-06',
    voice: 'desk-note',
    style: 'daily',
    text: 'News to watch (translated)\n\n- According CoinDesk, spot ETF in US had inflow of 1.1 bn USD in one day.\n- Cointelegraph: 42,000 BTC go out from exchanges.\n- The Block write short liquidations over 780 mn USD.\n- Cointelegraph say BTC funding is negative – this is not correct, our data show +0.0215%.\n- One fund buy 5,000 BTC.\n- CryptoSlate analyst target 150k until end of year, we are more careful.\n- Last record from March was 109k.',
    numbers: [
      {
        find: '1.1 bn',
        label: 'supported-by-source',
      },
      {
        find: '42,000',
        label: 'supported-by-source',
      },
      {
        find: '780 mn',
        label: 'supported-by-source',
      },
      {
        find: '+0.0215%',
        label: 'supported',
      },
      {
        find: '5,000',
        label: 'unsupported',
        note: 'Bitcoin Magazine figure, outlet not named',
      },
      {
        find: '150k',
        label: 'supported-by-source',
      },
      {
        find: 'March',
        label: 'ignored',
      },
      {
        find: '109k',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'O-desk-note-07',
    voice: 'desk-note',
    style: 'daily',
    text: 'Volume and volatility – desk\n\n- BTC volume 7.3 bn USD, around 2x from 7-day average.\n- ETH volume 4.7 bn, SOL 2.97 bn, DOGE 3.26 bn.\n- Total crypto volume 286 bn.\n- PEPE volume 3.2x average, WIF 2.7x, SHIB 3.4x.\n- Realized vol 7d (annual.) BTC 24.4%, ETH 40.3%, DOGE 57%.\n- WIF vol is extreme, over 120%. SOL vol 58.3%.',
    numbers: [
      {
        find: '7.3 bn',
        label: 'supported',
      },
      {
        find: '2x@1',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '4.7 bn',
        label: 'supported',
      },
      {
        find: '2.97 bn',
        label: 'contradicted',
        note: 'fact sol.volume_24h 1.97B',
      },
      {
        find: '3.26 bn',
        label: 'supported',
      },
      {
        find: '286 bn',
        label: 'contradicted',
        note: 'fact market.volume_24h 386B',
      },
      {
        find: '3.2x',
        label: 'supported',
      },
      {
        find: '2.7x',
        label: 'supported',
      },
      {
        find: '3.4x',
        label: 'contradicted',
        note: 'fact shib.volume_ratio_7d 2.36',
      },
      {
        find: '7d',
        label: 'ignored',
      },
      {
        find: '24.4%',
        label: 'supported',
      },
      {
        find: '40.3%',
        label: 'supported',
      },
      {
        find: '57%',
        label: 'contradicted',
        note: 'fact doge.volatility_7d 75.3',
      },
      {
        find: '120%',
        label: 'supported',
      },
      {
        find: '58.3%',
        label: 'contradicted',
        note: 'fact sol.volatility_7d 48.3',
      },
    ],
  },
  {
    id: 'O-desk-note-08',
    voice: 'desk-note',
    style: 'daily',
    text: 'Market cap check\n\n- Total market 4.37 tn USD, BTC dominance 60.1%.\n- BTC cap 2.63 tn, ETH 558 bn, XRP 157 bn, BNB 184 bn, SOL 114 bn.\n- DOGE cap near 39 bn, ADA 37 bn.\n- Memes sector cap (our list) 51.8 bn, grow 4.5 bn in one day. CoinGecko meme category bigger, 91 bn.\n- AI sector cap 18.7 bn, L2 6.8 bn, Gaming 3.0 bn, DePIN 4.7 bn.\n- L1 cap 3.67 tn; it is 84% of total market.',
    numbers: [
      {
        find: '4.37 tn',
        label: 'supported',
      },
      {
        find: '60.1%',
        label: 'supported',
      },
      {
        find: '2.63 tn',
        label: 'supported',
      },
      {
        find: '558 bn',
        label: 'supported',
      },
      {
        find: '157 bn',
        label: 'supported',
      },
      {
        find: '184 bn',
        label: 'contradicted',
        note: 'fact bnb.market_cap 148.05B',
      },
      {
        find: '114 bn',
        label: 'contradicted',
        note: 'fact sol.market_cap 124.0B',
      },
      {
        find: '39 bn',
        label: 'supported',
      },
      {
        find: '37 bn',
        label: 'contradicted',
        note: 'fact ada.market_cap 26.99B',
      },
      {
        find: '51.8 bn',
        label: 'supported',
      },
      {
        find: '4.5 bn',
        label: 'supported',
      },
      {
        find: '91 bn',
        label: 'contradicted',
        note: 'fact sector.memes.category_cap 81B',
      },
      {
        find: '18.7 bn',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '6.8 bn',
        label: 'supported',
      },
      {
        find: '3.0 bn',
        label: 'supported',
      },
      {
        find: '4.7 bn',
        label: 'supported',
      },
      {
        find: 'L1',
        label: 'ignored',
      },
      {
        find: '3.67 tn',
        label: 'supported',
      },
      {
        find: '84%',
        label: 'unsupported',
        note: 'derived share, no fact',
      },
    ],
  },
  {
    id: 'O-desk-note-09',
    voice: 'desk-note',
    style: 'sector',
    text: 'AI and DePIN – small note\n\n- AI: FET 0.883 (+4.4%), TAO 512.6 (+3.2%), VIRTUAL 2.03 (+4.8%), GRT 0.108 (+2.4%), WLD 1.21 (+0.7%).\n- RENDER is weakest AI coin but best in DePIN, +1.3%.\n- DePIN: FIL -2.6% to 2.51, HNT +2.2%, IOTX -4.1%.\n- CoinGecko AI category cap 39.6 bn, volume 9.1 bn.\n- DePIN category 13.1 bn, change -7%.',
    numbers: [
      {
        find: '0.883',
        label: 'supported',
      },
      {
        find: '+4.4%',
        label: 'supported',
      },
      {
        find: '512.6',
        label: 'supported',
      },
      {
        find: '+3.2%',
        label: 'supported',
      },
      {
        find: '2.03',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '0.108',
        label: 'supported',
      },
      {
        find: '+2.4%',
        label: 'supported',
      },
      {
        find: '1.21',
        label: 'supported',
      },
      {
        find: '+0.7%',
        label: 'contradicted',
        note: '7d value; wld.change_24h 2.90',
      },
      {
        find: '+1.3%',
        label: 'supported',
      },
      {
        find: '-2.6%',
        label: 'supported',
      },
      {
        find: '2.51',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'contradicted',
        note: 'direction wrong; hnt.change_24h -2.20',
      },
      {
        find: '-4.1%',
        label: 'contradicted',
        note: 'fact iotx.change_24h -1.40',
      },
      {
        find: '39.6 bn',
        label: 'supported',
      },
      {
        find: '9.1 bn',
        label: 'supported',
      },
      {
        find: '13.1 bn',
        label: 'supported',
      },
      {
        find: '-7%',
        label: 'contradicted',
        note: '10x slip; sector.depin.category_change_24h -0.7',
      },
    ],
  },
  {
    id: 'O-desk-note-10',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short update – afternoon\n\n- BTC still above 130k support. We see buyers at 128k.\n- ETH high of day 4,628, low 4,529.\n- SOL day range 209.7 – 226.7.\n- XRP range 2.603 – 2.665, support at 2.6, resistance 2.8.\n- Funding average OI-weighted 0.021%; in 7 days it was 0.009%.\n- 24 of 30 coins in green; winners from memes, losers from DePIN.\n- ETH/BTC ratio fall to 0.035.',
    numbers: [
      {
        find: '130k',
        label: 'supported',
      },
      {
        find: '128k',
        label: 'unsupported',
        note: 'no such level fact',
      },
      {
        find: '4,628',
        label: 'supported',
      },
      {
        find: '4,529',
        label: 'contradicted',
        note: 'fact eth.low_24h 4428.68',
      },
      {
        find: '209.7',
        label: 'supported',
      },
      {
        find: '226.7',
        label: 'supported',
      },
      {
        find: '2.603',
        label: 'supported',
      },
      {
        find: '2.665',
        label: 'supported',
      },
      {
        find: '2.6@3',
        label: 'supported',
      },
      {
        find: '2.8',
        label: 'contradicted',
        note: 'fact xrp.resistance 2.7',
      },
      {
        find: '0.021%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '0.009%',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '24',
        label: 'contradicted',
        note: 'fact market.advancers_24h 26',
      },
      {
        find: '30@2',
        label: 'supported',
      },
      {
        find: '0.035',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'O-desk-note-11',
    voice: 'desk-note',
    style: 'sector',
    text: 'Gaming and L2 – desk\n\n- Gaming sector +2.2%: AXS +3.0% to 2.21, SAND +2.6%, GALA +2.3%, IMX -1.6%.\n- Gaming all 4 up, but in 30 days all 4 down, sector -5.1%.\n- L2: ARB 0.381, OP 0.559, POL 0.228, IMX 0.631.\n- OP +1.4%, POL +0.9%, ARB +0.8%.\n- L2 category cap CoinGecko 17.4 bn, change +1.1%, volume 3.2 bn.\n- Gaming category cap 11.2 bn, volume 1.5 bn. Gaming can gain 10% next week on new launches..',
    numbers: [
      {
        find: 'L2@1',
        label: 'ignored',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '+3.0%',
        label: 'supported',
      },
      {
        find: '2.21',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '+2.3%',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'contradicted',
        note: 'direction wrong; imx.change_24h +1.60',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '-5.1%',
        label: 'supported',
      },
      {
        find: 'L2@2',
        label: 'ignored',
      },
      {
        find: '0.381',
        label: 'supported',
      },
      {
        find: '0.559',
        label: 'supported',
      },
      {
        find: '0.228',
        label: 'supported',
      },
      {
        find: '0.631',
        label: 'supported',
      },
      {
        find: '+1.4%',
        label: 'supported',
      },
      {
        find: '+0.9%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'supported',
      },
      {
        find: 'L2@3',
        label: 'ignored',
      },
      {
        find: '17.4 bn',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'supported',
      },
      {
        find: '3.2 bn',
        label: 'contradicted',
        note: 'fact sector.l2.category_volume_24h 2.3B',
      },
      {
        find: '11.2 bn',
        label: 'supported',
      },
      {
        find: '1.5 bn',
        label: 'supported',
      },
      {
        find: '10%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'O-desk-note-12',
    voice: 'desk-note',
    style: 'daily',
    text: 'Risk note from desk\n\n- BTC +8% today, price 131.8k.\n- ETH trading 4,260, support 4,600.\n- SOL funding turned negative, -0.02%; shorts pay longs now.\n- DOGE longs pay 0.0338% each 8h to shorts.\n- OI total down 11% in one day.\n- Breadth weak: only 10 coins up in top 30.\n- BTC dominance fall to 58%.\n- XRP up 6%, best of majors.\n- BTC to 200k in December, some clients say.',
    numbers: [
      {
        find: '+8%',
        label: 'contradicted',
        note: 'fact btc.change_24h 5.40',
      },
      {
        find: '131.8k',
        label: 'supported',
      },
      {
        find: '4,260',
        label: 'contradicted',
        note: 'fact eth.price 4620.18',
      },
      {
        find: '4,600',
        label: 'supported',
      },
      {
        find: '-0.02%',
        label: 'contradicted',
        note: 'sol.funding_rate +0.0264, positive',
      },
      {
        find: '0.0338%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '11%',
        label: 'contradicted',
        note: 'direction wrong; market.oi_change_24h +11.0',
      },
      {
        find: '10',
        label: 'contradicted',
        note: 'fact market.advancers_24h 26',
      },
      {
        find: '30',
        label: 'ignored',
      },
      {
        find: '58%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 60.10',
      },
      {
        find: '6%',
        label: 'contradicted',
        note: 'fact xrp.change_24h -0.60',
      },
      {
        find: '200k',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'December',
        label: 'ignored',
      },
    ],
  },
];
