import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-desk-note-01',
    voice: 'desk-note',
    style: 'daily',
    text: 'DESK NOTE — Asia open\n\nGood morning all. Market is strongly bid overnight, please find below the main points.\n\n- BTC is trading 112.5k, it make +3.8% on the day and broke the 30d high at 111.3k. Next resistance we watch is 115k, support is 110k.\n- Intraday low was 106.0k, so the range is almost 4.5k dollars.\n- ETH follow with +4.6% at 3,987. Still below 4,000 resistance, support 3,600.\n- SOL +5.4% but funding is negative (-0.0027%), shorts are paying. OI is down 3.4%. For us this is a squeeze setup.\n- XRP only +1.2%, the weakest of the big ones together with BNB (+1.9%).\n- DOGE funding also negative at -0.0085%, OI falling 8.6%.\n\nSectors:\n- AI is the leader with +9.2%, VIRTUAL +14.3%, FET +11.8%, RENDER +9.5%, TAO +10.7%.\n- Gaming second, +7.1%. GALA +9.8% is best.\n- L2 is the only red sector: -0.4%. OP -2.4%, ARB -2.9%.\n- Memes +1.8%, SHIB is the only meme in red (-0.6%).\n\nFlows: according to CoinDesk, the spot ETF took $612m on Wednesday, best day since October. Liquidation of shorts was over $340m as Decrypt is reporting.\n\nOur view: we keep long bias, target 118k for BTC in next 2 weeks.',
    numbers: [
      {
        find: '112.5k',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '111.3k',
        label: 'supported',
      },
      {
        find: '115k',
        label: 'supported',
      },
      {
        find: '110k',
        label: 'supported',
      },
      {
        find: '106.0k',
        label: 'contradicted',
        note: 'fact btc.low_24h 108050',
      },
      {
        find: '4.5k',
        label: 'unsupported',
        note: 'derived range high-low, no fact',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '3,987',
        label: 'supported',
      },
      {
        find: '4,000',
        label: 'supported',
      },
      {
        find: '3,600',
        label: 'contradicted',
        note: 'fact eth.support 3800',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '-0.0085%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.0058',
      },
      {
        find: '8.6%',
        label: 'contradicted',
        note: 'fact doge.oi_change_24h -5.6',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+10.7%',
        label: 'contradicted',
        note: 'fact tao.change_24h 8.71',
      },
      {
        find: '+7.1%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 6.12',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-2.9%',
        label: 'contradicted',
        note: 'fact arb.change_24h -1.93',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '$612m',
        label: 'supported-by-source',
      },
      {
        find: '$340m',
        label: 'supported-by-source',
      },
      {
        find: '118k',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2 weeks',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'D-desk-note-02',
    voice: 'desk-note',
    style: 'daily',
    text: 'Derivatives desk — morning points\n\n1. Open interest total $19.1bn, +3.1% vs yesterday, +9.6% in one week.\n2. BTC OI $9.84bn (+6.2%), ETH OI $5.19bn (+7.8%), SOL OI $1.63bn (-3.4%), XRP OI $1.05bn (+4.9%), DOGE OI $860m (-5.6%).\n3. Funding per 8h: BTC 0.0081%, ETH 0.0094%, XRP 0.0063%. Annualised BTC is near 12.9%, ETH near 10.3%.\n4. Negative funding on SOL (-0.0027%) and DOGE (-0.0058%). It mean the longs receive from the shorts.\n5. Weighted average funding of the market is 0.0068%, so still positive overall.\n6. On week: ETH OI +14.2%, BTC OI +16.4%, SOL OI +2.1%, XRP OI +2.7%, DOGE OI -9.3%.\n7. BTC volume $3.44bn, this is 1.9x of 7d average. ETH volume $1.29bn.\n8. Realised vol 7d: BTC 24%, ETH 72%, SOL 54%. On 30d: BTC 29%, ETH 53%.\n\nThe Block is saying the BTC open interest on Binance is about $9.8bn, same like our number.\n\nRisk: if BTC lose 110k support, we can see liquidation of new longs down to 105k.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '$19.1bn',
        label: 'supported',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'fact market.oi_change_24h 5.08',
      },
      {
        find: '9.6%',
        label: 'supported',
      },
      {
        find: 'one week',
        label: 'ignored',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '$9.84bn',
        label: 'supported',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$5.19bn',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.91B',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '$1.63bn',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$1.05bn',
        label: 'supported',
      },
      {
        find: '4.9%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 1.9',
      },
      {
        find: '$860m',
        label: 'contradicted',
        note: 'fact doge.open_interest 680M',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '3@4',
        label: 'ignored',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '0.0063%',
        label: 'contradicted',
        note: 'fact xrp.funding_rate 0.0036',
      },
      {
        find: '12.9%',
        label: 'contradicted',
        note: 'fact btc.funding_apr 8.89',
      },
      {
        find: '10.3%',
        label: 'supported',
      },
      {
        find: '4@5',
        label: 'ignored',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '-0.0058%',
        label: 'supported',
      },
      {
        find: '5@5',
        label: 'ignored',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '6@8',
        label: 'ignored',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: '16.4%',
        label: 'contradicted',
        note: 'fact btc.oi_change_7d 11.4',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_7d -2.7, sign',
      },
      {
        find: '9.3%',
        label: 'supported',
      },
      {
        find: '7@4',
        label: 'ignored',
      },
      {
        find: '$3.44bn',
        label: 'supported',
      },
      {
        find: '1.9x',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.09',
      },
      {
        find: '7d@1',
        label: 'ignored',
      },
      {
        find: '$1.29bn',
        label: 'contradicted',
        note: 'fact eth.volume_24h 1.79B',
      },
      {
        find: '8@8',
        label: 'ignored',
      },
      {
        find: '7d@2',
        label: 'ignored',
      },
      {
        find: '24%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 33.9',
      },
      {
        find: '72%',
        label: 'supported',
      },
      {
        find: '54%',
        label: 'contradicted',
        note: 'fact sol.volatility_7d 45.1',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '29%',
        label: 'supported',
      },
      {
        find: '53%',
        label: 'contradicted',
        note: 'fact eth.volatility_30d 42.5',
      },
      {
        find: '$9.8bn',
        label: 'supported',
      },
      {
        find: '110k',
        label: 'supported',
      },
      {
        find: '105k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-desk-note-03',
    voice: 'desk-note',
    style: 'daily',
    text: 'Flash note — altcoin rotation\n\nTeam, summary of the alts move last 24h:\n\n• 27 from 30 names in our watchlist are up, 3 down (ARB, OP, SHIB).\n• Layer 1: all 10 up. NEAR best +8.9% ($2.19), SUI +7.1% ($2.45), AVAX +8.3% ($19.84), DOT +4.5%, ADA +2.9%. BNB the worst with +1.9%.\n• AI: 7 of 7 up. Sector +9.2%, market cap of our names $16.3bn. WLD +5.5% after orb rollout in Japan, GRT the weakest +6.4%.\n• DePIN: +6.4%, RENDER best (+9.5%), HNT worst (+1.2%). FIL +1.3%, IOTX +3.8%.\n• Gaming: +6.1%. GALA +9.8%, AXS +8.9%, SAND +6.7%, IMX +4.6%.\n• Memes: +1.8%. WIF +4.8% best, DOGE +3.1%, PEPE +3.4%.\n• L2: -0.4%, 2 up and 2 down. IMX is best with +2.6%, OP worst with -2.4%.\n\nImportant: the AI names are still negative on 30d, sector -7.1%, VIRTUAL -12.5%. So this is bounce inside downtrend, not new trend, in our opinion.\n\nThe gaming sector is also -7.7% on 30d and memes -6.9%. Only Layer 1 is green on month (+9.8%) and 8 of its 10 members are up on the month.\n\nWe will reduce AI longs above +15% more.',
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'supported',
      },
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '+8.9%@1',
        label: 'supported',
      },
      {
        find: '$2.19',
        label: 'contradicted',
        note: 'fact near.price 2.906',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '$2.45',
        label: 'contradicted',
        note: 'fact sui.price 2.54',
      },
      {
        find: '+8.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h 6.27',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '+4.5%',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'contradicted',
        note: 'fact ada.change_24h 3.92',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'supported',
      },
      {
        find: '7@4',
        label: 'supported',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '$16.3bn',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap 13.64B',
      },
      {
        find: '+5.5%',
        label: 'contradicted',
        note: 'fact wld.change_24h 7.52',
      },
      {
        find: '+6.4%@1',
        label: 'supported',
      },
      {
        find: '+6.4%@2',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h 5.41',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+1.2%',
        label: 'supported',
      },
      {
        find: '+1.3%',
        label: 'contradicted',
        note: 'fact fil.change_24h 3.10',
      },
      {
        find: '+3.8%',
        label: 'contradicted',
        note: 'fact iotx.change_24h 5.83',
      },
      {
        find: '+6.1%',
        label: 'supported',
      },
      {
        find: '+9.8%@1',
        label: 'supported',
      },
      {
        find: '+8.9%@2',
        label: 'supported',
      },
      {
        find: '+6.7%',
        label: 'contradicted',
        note: 'fact sand.change_24h 7.64',
      },
      {
        find: '+4.6%',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: '+1.8%',
        label: 'supported',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '+3.1%',
        label: 'contradicted',
        note: 'fact doge.change_24h 2.14',
      },
      {
        find: '+3.4%',
        label: 'supported',
      },
      {
        find: '2@8',
        label: 'ignored',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '2@9',
        label: 'supported',
      },
      {
        find: '2@10',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '30d@1',
        label: 'ignored',
      },
      {
        find: '-7.1%',
        label: 'supported',
      },
      {
        find: '-12.5%',
        label: 'contradicted',
        note: 'fact virtual.change_30d -22.45',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '30d@2',
        label: 'ignored',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '1@15',
        label: 'ignored',
      },
      {
        find: '+9.8%@2',
        label: 'supported',
      },
      {
        find: '8@10',
        label: 'contradicted',
        note: 'fact sector.l1.advancers_30d 6',
      },
      {
        find: '10@2',
        label: 'supported',
      },
      {
        find: '+15%',
        label: 'unsupported',
        note: 'trading plan, no fact',
      },
    ],
  },
  {
    id: 'D-desk-note-04',
    voice: 'desk-note',
    style: 'weekly',
    text: 'Weekly desk letter\n\nDear clients, the week close very positive for large caps.\n\n- Bitcoin +11.0% on week, price 112,486. Swing low of the month was 92,150, swing high 111,308, now broken.\n- Ether +4.3%, price 3,987. It lag bitcoin this week.\n- SOL +8.3%, XRP +5.3%, BNB +1.0%, ADA +6.0%, AVAX +15.6%, DOT +5.8%, NEAR +11.0%, SUI +7.4%.\n- Layer 1 sector +9.0%, all members up on the week; worst is BNB.\n- Layer 2 +5.4%, with IMX +13.1% the best and POL flat (0.0%).\n- Gaming +8.4%, IMX again best, AXS +3.1% is the worst.\n- AI only +3.6% on week although it jump today. WLD is the one down, -3.1%.\n- DePIN -9.4%, FIL -11.5% is the worst. IOTX best +3.0%.\n- Memes -6.9%: DOGE -7.6%, SHIB -2.5%, PEPE -3.6%, WIF -1.8%.\n\nMarket cap of L1 group went up about $160bn in the week, the memes group lost about $2.7bn.\n\nTotal crypto market cap is $3.62tn; BTC dominance 52%. Total OI rose 5.1% on the week.\n\nBitcoin Magazine write that ETF buying reversed the outflow of last week, with $612m on Wednesday. Hashrate on record too (Bitcoin Magazine).\n\nNext week we expect volatility to stay above 40%.',
    numbers: [
      {
        find: '11.0%@1',
        label: 'supported',
      },
      {
        find: '112,486',
        label: 'supported',
      },
      {
        find: '92,150',
        label: 'contradicted',
        note: 'fact btc.swing_low_30d 97149.86',
      },
      {
        find: '111,308',
        label: 'supported',
      },
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '3,987',
        label: 'supported',
      },
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'contradicted',
        note: 'fact xrp.change_7d 3.29',
      },
      {
        find: '1.0%@2',
        label: 'supported',
      },
      {
        find: '6.0%',
        label: 'contradicted',
        note: 'fact ada.change_7d 7.98',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '11.0%@2',
        label: 'supported',
      },
      {
        find: '7.4%',
        label: 'contradicted',
        note: 'fact sui.change_7d 10.74',
      },
      {
        find: '1@13',
        label: 'ignored',
      },
      {
        find: '9.0%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '13.1%',
        label: 'supported',
      },
      {
        find: '0.0%',
        label: 'supported',
      },
      {
        find: '8.4%',
        label: 'supported',
      },
      {
        find: '3.1%@2',
        label: 'contradicted',
        note: 'fact axs.change_7d 1.07',
      },
      {
        find: '3.6%@1',
        label: 'supported',
      },
      {
        find: '-3.1%',
        label: 'supported',
      },
      {
        find: '-9.4%',
        label: 'contradicted',
        note: 'fact sector.depin.change_7d -4.93',
      },
      {
        find: '-11.5%',
        label: 'supported',
      },
      {
        find: '3.0%',
        label: 'supported',
      },
      {
        find: '-6.9%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-2.5%',
        label: 'contradicted',
        note: 'fact shib.change_7d -5.24',
      },
      {
        find: '-3.6%',
        label: 'supported',
      },
      {
        find: '-1.8%',
        label: 'supported',
      },
      {
        find: '1@21',
        label: 'ignored',
      },
      {
        find: '$160bn',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_7d 259.9B',
      },
      {
        find: '$2.7bn',
        label: 'supported',
      },
      {
        find: '$3.62tn',
        label: 'supported',
      },
      {
        find: '52%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
      {
        find: '5.1%',
        label: 'contradicted',
        note: '24h value; fact market.oi_change_7d 9.62',
      },
      {
        find: '$612m',
        label: 'supported-by-source',
      },
      {
        find: '40%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-desk-note-05',
    voice: 'desk-note',
    style: 'daily',
    text: 'Short note — levels for today\n\nBTC: spot 112,486. S 110,000 / R 115,000. 24h low 108,050, 30d swing high 111,308 (broken), swing low 97,150.\nETH: spot 3,897. S 3,800 / R 4,000. Swing high 3,919 also broken, swing low 3,355.\nSOL: spot 171.36. S 170 / R 180. Swing high 176.94, it is not broken yet.\nXRP: spot 2.48. S 2.50 / R 2.40. Swing high 2.70.\nBNB: spot 1,012.60. S 1,000 / R 1,050. Swing high 1,168.\nADA: spot 0.587. S 0.58 / R 0.60.\nAVAX: spot 19.84. S 19 / R 20. Swing high 21.28.\nDOT: spot 3.318. S 3.2 / R 3.4. Swing low 3.40.\nNEAR: spot 2.906. S 2.9 / R 3.0.\nSUI: spot 2.541. S 2.5 / R 2.8. Swing high 2.586, very close.\nDOGE: spot 0.1841. S 0.18 / R 0.19. Swing low 0.1621.\nTAO: spot 371.8. S 360 / R 380. 24h high 398.23.\nFET: spot 0.5127. S 0.50 / R 0.62.\nRENDER: spot 2.918. S 2.9 / R 3.3.\nARB: spot 0.3124. S 0.30 / R 0.32. Swing low 0.286.\nOP: spot 0.4617. S 0.46 / R 0.48. Swing low 0.4468.\n\nComment: BTC is 2.2% above support and 2.2% under resistance, so range is tight. For SUI the swing high is 1.7% away only.',
    numbers: [
      {
        find: '112,486',
        label: 'supported',
      },
      {
        find: '110,000',
        label: 'supported',
      },
      {
        find: '115,000',
        label: 'supported',
      },
      {
        find: '24h@1',
        label: 'ignored',
      },
      {
        find: '108,050',
        label: 'supported',
      },
      {
        find: '30d',
        label: 'ignored',
      },
      {
        find: '111,308',
        label: 'supported',
      },
      {
        find: '97,150',
        label: 'supported',
      },
      {
        find: '3,897',
        label: 'contradicted',
        note: 'fact eth.price 3987.42',
      },
      {
        find: '3,800',
        label: 'supported',
      },
      {
        find: '4,000',
        label: 'supported',
      },
      {
        find: '3,919',
        label: 'supported',
      },
      {
        find: '3,355',
        label: 'contradicted',
        note: 'fact eth.swing_low_30d 3554.72',
      },
      {
        find: '171.36',
        label: 'supported',
      },
      {
        find: '170',
        label: 'supported',
      },
      {
        find: '180',
        label: 'supported',
      },
      {
        find: '176.94',
        label: 'supported',
      },
      {
        find: '2.48',
        label: 'supported',
      },
      {
        find: '2.50',
        label: 'contradicted',
        note: 'fact xrp.support 2.4 (2.5 is resistance)',
      },
      {
        find: '2.40',
        label: 'contradicted',
        note: 'fact xrp.resistance 2.5, swapped',
      },
      {
        find: '2.70',
        label: 'supported',
      },
      {
        find: '1,012.60',
        label: 'supported',
      },
      {
        find: '1,000',
        label: 'supported',
      },
      {
        find: '1,050',
        label: 'supported',
      },
      {
        find: '1,168',
        label: 'contradicted',
        note: 'fact bnb.swing_high_30d 1068.36',
      },
      {
        find: '0.587',
        label: 'supported',
      },
      {
        find: '0.58@2',
        label: 'supported',
      },
      {
        find: '0.60',
        label: 'supported',
      },
      {
        find: '19.84',
        label: 'supported',
      },
      {
        find: '19@3',
        label: 'supported',
      },
      {
        find: '20',
        label: 'supported',
      },
      {
        find: '21.28',
        label: 'contradicted',
        note: 'fact avax.swing_high_30d 20.283',
      },
      {
        find: '3.318',
        label: 'supported',
      },
      {
        find: '3.2',
        label: 'supported',
      },
      {
        find: '3.4@1',
        label: 'supported',
      },
      {
        find: '3.40',
        label: 'contradicted',
        note: 'fact dot.swing_low_30d 3.04',
      },
      {
        find: '2.906',
        label: 'supported',
      },
      {
        find: '2.9@2',
        label: 'supported',
      },
      {
        find: '3.0',
        label: 'supported',
      },
      {
        find: '2.541',
        label: 'supported',
      },
      {
        find: '2.5@3',
        label: 'supported',
      },
      {
        find: '2.8',
        label: 'contradicted',
        note: 'fact sui.resistance 2.6',
      },
      {
        find: '2.586',
        label: 'supported',
      },
      {
        find: '0.1841',
        label: 'supported',
      },
      {
        find: '0.18@2',
        label: 'supported',
      },
      {
        find: '0.19',
        label: 'supported',
      },
      {
        find: '0.1621',
        label: 'supported',
      },
      {
        find: '371.8',
        label: 'supported',
      },
      {
        find: '360',
        label: 'supported',
      },
      {
        find: '380',
        label: 'supported',
      },
      {
        find: '24h@2',
        label: 'ignored',
      },
      {
        find: '398.23',
        label: 'contradicted',
        note: 'fact tao.high_24h 389.23',
      },
      {
        find: '0.5127',
        label: 'supported',
      },
      {
        find: '0.50',
        label: 'supported',
      },
      {
        find: '0.62',
        label: 'contradicted',
        note: 'fact fet.resistance 0.52',
      },
      {
        find: '2.918',
        label: 'supported',
      },
      {
        find: '2.9@4',
        label: 'supported',
      },
      {
        find: '3.3@2',
        label: 'contradicted',
        note: 'fact render.resistance 3.0',
      },
      {
        find: '0.3124',
        label: 'supported',
      },
      {
        find: '0.30',
        label: 'supported',
      },
      {
        find: '0.32',
        label: 'supported',
      },
      {
        find: '0.286',
        label: 'supported',
      },
      {
        find: '0.4617',
        label: 'supported',
      },
      {
        find: '0.46@2',
        label: 'supported',
      },
      {
        find: '0.48',
        label: 'supported',
      },
      {
        find: '0.4468',
        label: 'contradicted',
        note: 'fact op.swing_low_30d 0.41675',
      },
      {
        find: '2.2%@1',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: '2.2%@2',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
      {
        find: '1.7%',
        label: 'unsupported',
        note: 'distance to level, derived',
      },
    ],
  },
];
