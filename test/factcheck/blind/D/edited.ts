import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-edited-01',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin climbed  3. 8% over the past day to $112 486, its highest level in a month, and the the move took it through the 30-day swing high at $111,308. Ether rose 4.6 % to $3 ,987.\n\nThe total market cap rose 3.7% to $3.62 trillion; btc dominance is 52.1%. Of the 30 tracked assets,  27 rose and 3 fell.\n\nsol gained 5.4% , xrp 2.7%, and bnb 1. 9%. Ada added 3.9% and Avax 8.3%. Near was the best layer-1 token with a a gain of 8.9%.\n\nAi tokens rose 9.2% as a group. Virtual jumped 14.3%, Fet 18.1%, Render 9.5% and Tao 8.7%. Gaming tokens gained 61% and DePIN 5.4%.\n\nLayer -2 tokens fell 0.4%; Op lost 2.4% and Arb 3.9%.\n\nIn derivatives, bitcoin open-interest rose 6.2% to $8.94bn and funding stayed at 0.0081% per 8 h. Total OI rose 5.1% to $191 bn.\n\nSpot bitcoin ETFs drew $612 m on Wednesday, CoinDesk reported.',
    numbers: [
      {
        find: '3. 8%',
        label: 'supported',
      },
      {
        find: '$112 486',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,308',
        label: 'supported',
      },
      {
        find: '4.6 %',
        label: 'supported',
      },
      {
        find: '$3 ,987',
        label: 'supported',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '52.1%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
      {
        find: '30@3',
        label: 'supported',
      },
      {
        find: ' 27',
        label: 'supported',
      },
      {
        find: '3@8',
        label: 'supported',
      },
      {
        find: '5.4%@1',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '1. 9%',
        label: 'supported',
      },
      {
        find: '3.9%@1',
        label: 'supported',
      },
      {
        find: '8.3%',
        label: 'contradicted',
        note: 'fact avax.change_24h 6.27',
      },
      {
        find: '1@8',
        label: 'ignored',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '18.1%',
        label: 'contradicted',
        note: 'fact fet.change_24h 11.84',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'supported',
      },
      {
        find: '61%',
        label: 'contradicted',
        note: '10x slip, fact sector.gaming.change_24h 6.12',
      },
      {
        find: '5.4%@2',
        label: 'supported',
      },
      {
        find: '2@7',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '3.9%@2',
        label: 'contradicted',
        note: 'fact arb.change_24h -1.93',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '$8.94bn',
        label: 'contradicted',
        note: 'fact btc.open_interest 9.84B',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '8 h',
        label: 'ignored',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '$191 bn',
        label: 'contradicted',
        note: '10x slip, fact market.open_interest 19.11B',
      },
      {
        find: '$612 m',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'D-edited-02',
    voice: 'edited',
    style: 'daily',
    text: "Majors — price and 24h change\n\nBTC : $ 112,486 ( +3.84 % )\nETH : $3,987 .42 ( +6.42 % )\nSOL : $171. 36 ( +4.51 % )\nXRP : $2. 4817 ( +1.16 % )\nBNB : $1 012.60 ( +11.88 % )\nADA : $0.58 73 ( +3.92 % )\nAVAX: $19.84 ( +6.27 % )\nDOT : $3.813 ( +4.48 % )\nNEAR: $2.096 ( +8.93 % )\nSUI : $2.5412 ( +17.14 % )\nDOGE: $0.1 8412 ( +2.14 % )\nSHIB: $0.0000103 ( +0.58 % )\n\nnote: Bitcoin's 24-hour low was $108 ,050 and the high $112. 5K.",
    numbers: [
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$ 112,486',
        label: 'supported',
      },
      {
        find: '+3.84 %',
        label: 'supported',
      },
      {
        find: '$3,987 .42',
        label: 'supported',
      },
      {
        find: '+6.42 %',
        label: 'contradicted',
        note: 'fact eth.change_24h 4.62',
      },
      {
        find: '$171. 36',
        label: 'supported',
      },
      {
        find: '+4.51 %',
        label: 'contradicted',
        note: 'fact sol.change_24h 5.41',
      },
      {
        find: '$2. 4817',
        label: 'supported',
      },
      {
        find: '+1.16 %',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '$1 012.60',
        label: 'supported',
      },
      {
        find: '+11.88 %',
        label: 'contradicted',
        note: 'fact bnb.change_24h 1.88',
      },
      {
        find: '$0.58 73',
        label: 'supported',
      },
      {
        find: '+3.92 %',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '+6.27 %',
        label: 'supported',
      },
      {
        find: '$3.813',
        label: 'contradicted',
        note: 'fact dot.price 3.318',
      },
      {
        find: '+4.48 %',
        label: 'supported',
      },
      {
        find: '$2.096',
        label: 'contradicted',
        note: 'fact near.price 2.906',
      },
      {
        find: '+8.93 %',
        label: 'supported',
      },
      {
        find: '$2.5412',
        label: 'supported',
      },
      {
        find: '+17.14 %',
        label: 'contradicted',
        note: 'fact sui.change_24h 7.14',
      },
      {
        find: '$0.1 8412',
        label: 'supported',
      },
      {
        find: '+2.14 %',
        label: 'supported',
      },
      {
        find: '$0.0000103',
        label: 'supported',
      },
      {
        find: '+0.58 %',
        label: 'contradicted',
        note: 'fact shib.change_24h -0.58, sign',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$108 ,050',
        label: 'supported',
      },
      {
        find: '$112. 5K',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-edited-03',
    voice: 'edited',
    style: 'daily',
    text: 'AI and Gaming lead; layer-2 lags\n\nThe AI sector rose 9 .2% in the past 24 hours, the strongest of the sectors tracked , while gaming rose 6,1%. Virtuals Protocol was up 14.3% at $1.338, and FET gained 1 1.8% to $0.5721.\n\nGala rose 7.8%, Axie Infinity 6.9 %, the Sandbox  7.6% and Immutable 12.6%.\n\nDepin was up 5.4%, with render +9.5%, IoTeX +3.8%, Filecoin +3.1% and Helium +1.2 %. Memes gained 1.8%; shib fell 0.6%.\n\nLayer 2 fell  0.44%, with two of its four members down. ARB and OP fell 1.9% and 2.4% respectively; IMX rose 2. 6% and POL 0.3%.\n\nETH open interest grew 7. 8 % and SOL OI rose 3.4%.\n\nThe ai sector is still down 7.1 % over 30 days, and Virtuals is down 22.5%.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '9 .2%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '6,1%',
        label: 'supported',
        note: 'comma as decimal slip; fact sector.gaming.change_24h 6.12',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '$1.338',
        label: 'supported',
      },
      {
        find: '1 1.8%',
        label: 'supported',
      },
      {
        find: '$0.5721',
        label: 'contradicted',
        note: 'fact fet.price 0.5127',
      },
      {
        find: '7.8%',
        label: 'contradicted',
        note: 'fact gala.change_24h 9.81',
      },
      {
        find: '6.9 %',
        label: 'contradicted',
        note: 'fact axs.change_24h 8.92',
      },
      {
        find: ' 7.6%',
        label: 'supported',
      },
      {
        find: '12.6%',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '+9.5%',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'contradicted',
        note: 'fact iotx.change_24h 5.83',
      },
      {
        find: '+3.1%',
        label: 'supported',
      },
      {
        find: '+1.2 %',
        label: 'supported',
      },
      {
        find: '1.8%@2',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '2@7',
        label: 'ignored',
      },
      {
        find: ' 0.44%',
        label: 'supported',
      },
      {
        find: 'two',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '2. 6%',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '7. 8 %',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -3.4, direction',
      },
      {
        find: '7.1 %',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '22.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-edited-04',
    voice: 'edited',
    style: 'daily',
    text: 'Derivatives round-up\n\nFunding rates remain positive on Bitcoin and Ether : BTC at 0.0081 % per eight hours and ETH at 0.0 094%. Annualised, thats about 8.9% and 1 0.3% respectively. XRP funding is 0.036%.\n\nOn Solana and Dogecoin funding turned negative — SOL -0.0027% and DOGE -0.0058 % — which means the the longs are being paid by shorts. SOL OI is $1.36 bn, down 3.4 %; DOGE OI is $6.8bn, down 5.6%.\n\nBitcoin open interest rose  6.2% on the day and 1 1.4% on the week. Ether OI rose 17.8% on the day and 14.2 % on the week. XRP OI rose 1.9% but is down 7.2% on the week.\n\nThe OI-weighted average funding rate is 0.068%. Total OI : $19. 1bn (up 5. 1% d/d, up 19.6% w/w).\n\nVolatility : BTC 7-day realised vol is 33.9%, ETH 27.0%, SOL 45. 1%; over 30 days BTC is 39.0 %.\n\nBTC volume $3. 44bn — 1.09x the 7-day average; eth volume $7.19 bn (1.41x).\n\nThe Block said Binance BTC OI is about $9.8bn; Decrypt put short liquidations at more than $430m.',
    numbers: [
      {
        find: '0.0081 %',
        label: 'supported',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '0.0 094%',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '1 0.3%',
        label: 'supported',
      },
      {
        find: '0.036%',
        label: 'contradicted',
        note: '10x slip, fact xrp.funding_rate 0.0036',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '-0.0058 %',
        label: 'supported',
      },
      {
        find: '$1.36 bn',
        label: 'contradicted',
        note: 'fact sol.open_interest 1.63B',
      },
      {
        find: '3.4 %',
        label: 'supported',
      },
      {
        find: '$6.8bn',
        label: 'contradicted',
        note: '10x slip, fact doge.open_interest 680M',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: ' 6.2%',
        label: 'supported',
      },
      {
        find: '1 1.4%',
        label: 'supported',
      },
      {
        find: '17.8%',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 7.8',
      },
      {
        find: '14.2 %',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_7d -2.7',
      },
      {
        find: '0.068%',
        label: 'contradicted',
        note: '10x slip, fact market.funding_avg 0.0068',
      },
      {
        find: '$19. 1bn',
        label: 'supported',
      },
      {
        find: '5. 1%@1',
        label: 'supported',
      },
      {
        find: '19.6%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 9.62',
      },
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '33.9%',
        label: 'supported',
      },
      {
        find: '27.0%',
        label: 'contradicted',
        note: 'fact eth.volatility_7d 71.97',
      },
      {
        find: '45. 1%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '39.0 %',
        label: 'contradicted',
        note: 'fact btc.volatility_30d 29.0',
      },
      {
        find: '$3. 44bn',
        label: 'supported',
      },
      {
        find: '1.09x',
        label: 'supported',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '$7.19 bn',
        label: 'contradicted',
        note: 'fact eth.volume_24h 1.79B',
      },
      {
        find: '1.41x',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 1.01',
      },
      {
        find: '$9.8bn',
        label: 'supported',
      },
      {
        find: '$430m',
        label: 'contradicted',
        note: 'Decrypt headline says more than $340 million',
      },
    ],
  },
  {
    id: 'D-edited-05',
    voice: 'edited',
    style: 'weekly',
    text: 'Week in review\n\nbitcoin gained 11.0 % this week and ether 4. 3%. Avalanche led the large caps with 15.6%, NEAR gained 11 %, SUI 10.7% and Solana 3.8 %. BNB rose only 1.0% ; Cardano 18.0%.\n\nThe layer-1 sector was up 9.0% and gaming  4.8%; layer 2 gained 5.4% and AI 3.6 %.\n\nMemes were the the worst sector, down 6.9%, with DOGE -7.6% and SHIB -2.4%. DePIN fell 4.9% as Filecoin dropped 21.5% and Helium 6.2%.\n\nImmutable rose 13.1%; Axie only 1.1%. Worldcoin fell 13.1%, and The Graph gained 1 0.3%.\n\nOver 30 days bitcoin is up 11.5%, ether 10.2 %, and Polkadot is down 1.1%.\n\nTotal market cap : $3.62 T, BTC dominance 62 %, 24h volume $16.4 bn.',
    numbers: [
      {
        find: '11.0 %',
        label: 'supported',
      },
      {
        find: '4. 3%',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '11 %',
        label: 'supported',
      },
      {
        find: '10.7%',
        label: 'supported',
      },
      {
        find: '3.8 %',
        label: 'contradicted',
        note: 'fact sol.change_7d 8.29',
      },
      {
        find: '1.0%',
        label: 'supported',
      },
      {
        find: '18.0%',
        label: 'contradicted',
        note: 'fact ada.change_7d 7.98',
      },
      {
        find: '1@9',
        label: 'ignored',
      },
      {
        find: '9.0%',
        label: 'supported',
      },
      {
        find: ' 4.8%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_7d 8.35',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '5.4%',
        label: 'supported',
      },
      {
        find: '3.6 %',
        label: 'supported',
      },
      {
        find: '6.9%',
        label: 'supported',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '-2.4%',
        label: 'contradicted',
        note: 'fact shib.change_7d -5.24',
      },
      {
        find: '4.9%',
        label: 'supported',
      },
      {
        find: '21.5%',
        label: 'contradicted',
        note: 'fact fil.change_7d -11.51',
      },
      {
        find: '6.2%',
        label: 'supported',
      },
      {
        find: '13.1%@1',
        label: 'supported',
      },
      {
        find: '1.1%@1',
        label: 'supported',
      },
      {
        find: '13.1%@2',
        label: 'contradicted',
        note: 'fact wld.change_7d -3.14',
      },
      {
        find: '1 0.3%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '11.5%',
        label: 'supported',
      },
      {
        find: '10.2 %',
        label: 'supported',
      },
      {
        find: '1.1%@2',
        label: 'contradicted',
        note: 'fact dot.change_30d -11.13',
      },
      {
        find: '$3.62 T',
        label: 'supported',
      },
      {
        find: '62 %',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$16.4 bn',
        label: 'contradicted',
        note: '10x slip, fact market.volume_24h 164.2B',
      },
    ],
  },
];
