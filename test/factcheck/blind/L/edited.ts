import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'L-edited-01',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin slipped 1. 3% to $99 239 , its its lowest level of the session after a high of $101 234 and a low of $98,078. The the coin remains below $100 ,000 resistance, with support at $95,000. Over 7 days btc is down 4. 0% and over 30 days down 9.6 %. Ether fell 3.1 % to $3, 312, while sol lost -4.2% to $158 .36.',
    numbers: [
      {
        find: '1. 3%',
        label: 'supported',
      },
      {
        find: '$99 239',
        label: 'supported',
      },
      {
        find: '$101 234',
        label: 'supported',
      },
      {
        find: '$98,078',
        label: 'contradicted',
        note: 'fact btc.low_24h 99077.5',
      },
      {
        find: '$100 ,000',
        label: 'supported',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '4. 0%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '9.6 %',
        label: 'contradicted',
        note: 'fact btc.change_30d -6.0',
      },
      {
        find: '3.1 %',
        label: 'contradicted',
        note: 'fact eth.change_24h -2.10',
      },
      {
        find: '$3, 312',
        label: 'supported',
      },
      {
        find: '-4.2%',
        label: 'contradicted',
        note: 'fact sol.change_24h -2.40',
      },
      {
        find: '$158 .36',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-edited-02',
    voice: 'edited',
    style: 'daily',
    text: 'Majors - - a mixed picture. BNB rose 0 .4% to $931.4 and Sui added 0.2 % to $2. 467; they were the only two Layer -1 names in the green. XRP eased 1.1% to $2.2187, Cardano fell 1 .9% to $0.6712, avalanche lost 2.2 % to $17.41 and Polkadot 1.7% to $3.62. NEAR was the weakest at -3.6 %. Dogecoin  fell 2. 9% to $0.1872. Total market cap: $3.39 trillion, up 1 .7%.',
    numbers: [
      {
        find: '0 .4%',
        label: 'supported',
      },
      {
        find: '$931.4',
        label: 'supported',
      },
      {
        find: '0.2 %',
        label: 'supported',
      },
      {
        find: '$2. 467',
        label: 'supported',
      },
      {
        find: 'Layer -1',
        label: 'ignored',
      },
      {
        find: '1.1%',
        label: 'supported',
      },
      {
        find: '$2.2187',
        label: 'supported',
      },
      {
        find: '1 .9%',
        label: 'supported',
      },
      {
        find: '$0.6712',
        label: 'contradicted',
        note: 'fact ada.price 0.6217',
      },
      {
        find: '2.2 %',
        label: 'supported',
      },
      {
        find: '$17.41',
        label: 'contradicted',
        note: 'fact avax.price 17.14',
      },
      {
        find: '1.7%',
        label: 'supported',
      },
      {
        find: '$3.62',
        label: 'contradicted',
        note: 'fact dot.price 3.026',
      },
      {
        find: '-3.6 %',
        label: 'contradicted',
        note: 'fact near.change_24h -2.60',
      },
      {
        find: '2. 9%',
        label: 'supported',
      },
      {
        find: '$0.1872',
        label: 'supported',
      },
      {
        find: '$3.39 trillion',
        label: 'supported',
      },
      {
        find: '1 .7%',
        label: 'contradicted',
        note: 'direction; fact market.cap_change_24h -1.7',
      },
    ],
  },
  {
    id: 'L-edited-03',
    voice: 'edited',
    style: 'sector',
    text: 'Sector wrap -up. DePIN was the lone sector to gain, up 1.79 %, as Iotex jumped 6. 1% and helium added 4.2%. Filecoin rose 2.1% and Render 1.6 %. Gaming was was the worst, -4.48%, with GALA down 5.1 %, AXS 8.4%, SAND 4. 2% and IMX 4 .2%. memecoins fell 2.92 %; pepe led losses at -3.8%, wif -3. 4%, shib -1.6%. The AI group dropped 1.9 %, with render the best at +1.6% and Virtuals the worst at -6.4 %. Layer 1 lost 3.17%, Layer 2 0. 57%; in L2 OP rose 1 .7% and Polygon 0.8 %.',
    numbers: [
      {
        find: '1.79 %',
        label: 'supported',
      },
      {
        find: '6. 1%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'contradicted',
        note: 'fact hnt.change_24h 2.40',
      },
      {
        find: '2.1%',
        label: 'contradicted',
        note: 'fact fil.change_24h 1.20',
      },
      {
        find: '1.6 %',
        label: 'supported',
      },
      {
        find: '-4.48%',
        label: 'supported',
      },
      {
        find: '5.1 %',
        label: 'supported',
      },
      {
        find: '8.4%',
        label: 'contradicted',
        note: 'fact axs.change_24h -4.80',
      },
      {
        find: '4. 2%',
        label: 'supported',
      },
      {
        find: '4 .2%',
        label: 'supported',
      },
      {
        find: '2.92 %',
        label: 'supported',
      },
      {
        find: '-3.8%',
        label: 'supported',
      },
      {
        find: '-3. 4%',
        label: 'supported',
      },
      {
        find: '-1.6%',
        label: 'contradicted',
        note: 'fact shib.change_24h -2.56',
      },
      {
        find: '1.9 %',
        label: 'supported',
      },
      {
        find: '+1.6%',
        label: 'supported',
      },
      {
        find: '-6.4 %',
        label: 'contradicted',
        note: 'fact virtual.change_24h -4.60',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '3.17%',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h -1.37',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '0. 57%',
        label: 'supported',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '1 .7%',
        label: 'supported',
      },
      {
        find: '0.8 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-edited-04',
    voice: 'edited',
    style: 'daily',
    text: "Derivatives: funding on the btc perp is 0.0031 % per 8 hours, or about 5.7% annualized. ETH funding turned negative at -0.0018% , meaning shorts pay longs, and XRP sits at - 0.0009%. Solana's rate is the highest at 0.0052 %. Open interest across the five majors is $17.6 bn ,up 0.4 % on the day. BTC OI climbed 1 .8% to $6.0bn, ETH OI is $1.7 bn, SOL OI rose 3.5 % to $2.1bn and doge OI slipped 0.8%. XRP OI rose 4. 2%. Over the week total OI is down 1.1 %.",
    numbers: [
      {
        find: '0.0031 %',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '5.7%',
        label: 'contradicted',
        note: 'that is sol.funding_apr; fact btc.funding_apr 3.39',
      },
      {
        find: '-0.0018%',
        label: 'supported',
      },
      {
        find: '- 0.0009%',
        label: 'supported',
      },
      {
        find: '0.0052 %',
        label: 'supported',
      },
      {
        find: '$17.6 bn',
        label: 'supported',
      },
      {
        find: '0.4 %',
        label: 'supported',
      },
      {
        find: '1 .8%',
        label: 'supported',
      },
      {
        find: '$6.0bn',
        label: 'supported',
      },
      {
        find: '$1.7 bn',
        label: 'contradicted',
        note: 'fact eth.open_interest 7.1B',
      },
      {
        find: '3.5 %',
        label: 'contradicted',
        note: 'direction; fact sol.oi_change_24h -3.5',
      },
      {
        find: '$2.1bn',
        label: 'supported',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '4. 2%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h 2.4',
      },
      {
        find: '1.1 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-edited-05',
    voice: 'edited',
    style: 'weekly',
    text: "This week : Bitcoin down 4%, Ether down 3. 8%, Solana down 2.4 %, XRP -2.7%, BNB -1.4 %. The the worst performers were gaming and memes: SAND fell 16. 3%, WIF 15.5 %, PEPE 19.4% and Shiba Inu 13 %. iotx was the standout, up 8.6%, and helium added 1. 8%. Layer-two tokens lost 6.2 % as a group; the AI sector -4.7%. Ether's 30-day decline is 7.2 %. Bitcoin's realized volatility over the week was 30.3%, ether's 35. 3%.",
    numbers: [
      {
        find: '4%@1',
        label: 'supported',
      },
      {
        find: '3. 8%',
        label: 'supported',
      },
      {
        find: '2.4 %',
        label: 'contradicted',
        note: 'weekly style: 2.4 is sol.change_24h; fact sol.change_7d -8.72',
      },
      {
        find: '-2.7%',
        label: 'supported',
      },
      {
        find: '-1.4 %',
        label: 'supported',
      },
      {
        find: '16. 3%',
        label: 'supported',
      },
      {
        find: '15.5 %',
        label: 'supported',
      },
      {
        find: '19.4%',
        label: 'contradicted',
        note: 'fact pepe.change_7d -14.89',
      },
      {
        find: '13 %',
        label: 'supported',
      },
      {
        find: '8.6%',
        label: 'supported',
      },
      {
        find: '1. 8%',
        label: 'supported',
      },
      {
        find: '6.2 %',
        label: 'supported',
      },
      {
        find: '-4.7%',
        label: 'contradicted',
        note: 'fact sector.ai.change_7d -7.40',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '7.2 %',
        label: 'supported',
      },
      {
        find: '30.3%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 20.3',
      },
      {
        find: '35. 3%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-edited-06',
    voice: 'edited',
    style: 'daily',
    text: 'Headlines : CoinDesk reported spot bitcoin ETFs had net outflows of $412 million. The Block said an exchange hack drained $58 million from a hot wallet, and Cointelegraph wrote that a lending protocol lost $27 million. A miner sold 1,200 BTC to fund a data center. Whale trackers flagged a $50M short. Bitcoin Magazine put bitcoin dominance at about 58.4 %, and Cointelegraph put it at 56%.',
    numbers: [
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: '$58 million',
        label: 'supported-by-source',
      },
      {
        find: '$27 million',
        label: 'supported-by-source',
      },
      {
        find: '1,200 BTC',
        label: 'unsupported',
        note: 'Decrypt headline, outlet not named here',
      },
      {
        find: '$50M',
        label: 'unsupported',
        note: 'Reddit post, unattributed',
      },
      {
        find: '58.4 %',
        label: 'supported',
      },
      {
        find: '56%',
        label: 'contradicted',
        note: 'attributed, but fact market.btc_dominance 58.4',
      },
    ],
  },
  {
    id: 'L-edited-07',
    voice: 'edited',
    style: 'daily',
    text: "BTC  dominance is 58. 4% . Advancers: 9, decliners 12 of 30 tracked tokens. ETH trades between support at $3 ,200 and resistance at $3,400; SOL between $150 and $170. XRP resistance is $2.30 and support $2.02. BNB's 30-day swing high is $949. 72 and low $866.58. Bitcoin's 30-day swing low of $98,990 is barely below spot.",
    numbers: [
      {
        find: '58. 4%',
        label: 'supported',
      },
      {
        find: '9@1',
        label: 'supported',
      },
      {
        find: '12',
        label: 'contradicted',
        note: 'fact market.decliners_24h 21',
      },
      {
        find: '30@1',
        label: 'supported',
      },
      {
        find: '$3 ,200',
        label: 'supported',
      },
      {
        find: '$3,400',
        label: 'supported',
      },
      {
        find: '$150',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'contradicted',
        note: 'fact sol.resistance 160',
      },
      {
        find: '$2.30',
        label: 'supported',
      },
      {
        find: '$2.02',
        label: 'contradicted',
        note: 'fact xrp.support 2.2',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$949. 72',
        label: 'contradicted',
        note: 'fact bnb.swing_high_30d 994.72',
      },
      {
        find: '$866.58',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$98,990',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-edited-08',
    voice: 'edited',
    style: 'daily',
    text: 'Volume was light: btc traded $2.74 bn , about 4% under its 7-day average, eth $1.43bn , about 7 % below. sol volume was $651 m, slightly above average at 1.02x, while xrp traded $422m. Total 24h volume: $146.8bn.',
    numbers: [
      {
        find: '$2.74 bn',
        label: 'supported',
      },
      {
        find: '4%',
        label: 'supported',
        note: 'ratio 0.957',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '$1.43bn',
        label: 'supported',
      },
      {
        find: '7 %',
        label: 'supported',
        note: 'ratio 0.926',
      },
      {
        find: '$651 m',
        label: 'supported',
      },
      {
        find: '1.02x',
        label: 'supported',
      },
      {
        find: '$422m',
        label: 'contradicted',
        note: 'fact xrp.volume_24h 322.2M',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$146.8bn',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-edited-09',
    voice: 'edited',
    style: 'daily',
    text: 'Gaming  tokens fell about 4.5 %, the the worst sector of the day, CoinDesk said. Decrypt meanwhile reported a rebound in AXS , SAND and GALA, but all 4 gaming tokens closed lower. Axie is now down 23. 1% over 30 days and gala 21.7 % over 7 days. IMX, counted in both gaming and L2, lost 4 .2% to $0.5318. Sand trades at $0.2284, near support at $0.22.',
    numbers: [
      {
        find: '4.5 %',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '23. 1%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '21.7 %',
        label: 'contradicted',
        note: 'fact gala.change_7d -12.69',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '4 .2%',
        label: 'supported',
      },
      {
        find: '$0.5318',
        label: 'supported',
      },
      {
        find: '$0.2284',
        label: 'supported',
      },
      {
        find: '$0.22@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'L-edited-10',
    voice: 'edited',
    style: 'daily',
    text: "Ai  tokens: FET -3.8 % at $0.6126, TAO +0.3% at $418. 3, WLD -1. 4%, GRT -3.2 %, Virtuals -4.6%. Render led the sector with +1. 6%. The sector's watchlist cap is $14.95 bn, about $920 m lower than a day ago.",
    numbers: [
      {
        find: '-3.8 %',
        label: 'supported',
      },
      {
        find: '$0.6126',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '$418. 3',
        label: 'supported',
      },
      {
        find: '-1. 4%',
        label: 'contradicted',
        note: 'fact wld.change_24h -4.10',
      },
      {
        find: '-3.2 %',
        label: 'supported',
      },
      {
        find: '-4.6%',
        label: 'supported',
      },
      {
        find: '+1. 6%',
        label: 'supported',
      },
      {
        find: '$14.95 bn',
        label: 'supported',
      },
      {
        find: '$920 m',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap_change_24h -290M',
      },
    ],
  },
  {
    id: 'L-edited-11',
    voice: 'edited',
    style: 'daily',
    text: "Morning note  (edited): Bitcoin is set to retest $105,000 by month-end, while the the 30-day high of $107 438 looks out of reach. Last year at this time BTC was near $70,000. ETH's 30-day high is $3, 809 and low $3,190. Solana is down 13. 8% over 30 days and has lost some $42 from its high of $200. 04. Avax's 7-day drop is -10.1%, Dot's -8.1 %. bnb  is the best Layer 1 of the week at -4.4%. Solana outpaced ether by 0.3 points on the day. Memes lost $1.14 bn of value in a day, gaming $161 m. ETH OI dropped 2. 4% over 7 days and SOL OI 8.6 %. Only 2 of 10 Layer 1 coins rose, and 7 of 7 AI tokens fell. The average funding rate is 0.011 %. Bitcoin's share could climb to 60%.",
    numbers: [
      {
        find: '$105,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$107 438',
        label: 'supported',
      },
      {
        find: '$70,000',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$3, 809',
        label: 'supported',
      },
      {
        find: '$3,190',
        label: 'contradicted',
        note: 'fact eth.swing_low_30d 3289.74',
      },
      {
        find: '13. 8%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '$42',
        label: 'unsupported',
        note: 'derived arithmetic from swing high, no fact',
      },
      {
        find: '$200. 04',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '-10.1%',
        label: 'contradicted',
        note: 'fact avax.change_7d -8.06',
      },
      {
        find: '-8.1 %',
        label: 'contradicted',
        note: 'fact dot.change_7d -10.15',
      },
      {
        find: 'Layer 1@1',
        label: 'ignored',
      },
      {
        find: '-4.4%',
        label: 'contradicted',
        note: 'fact bnb.change_7d -1.44',
      },
      {
        find: '0.3',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
      {
        find: '$1.14 bn',
        label: 'supported',
      },
      {
        find: '$161 m',
        label: 'contradicted',
        note: 'fact sector.gaming.market_cap_change_24h -116.3M',
      },
      {
        find: '2. 4%',
        label: 'supported',
      },
      {
        find: '7 days',
        label: 'ignored',
      },
      {
        find: '8.6 %',
        label: 'contradicted',
        note: 'fact sol.oi_change_7d -6.8',
      },
      {
        find: '2@4',
        label: 'supported',
      },
      {
        find: '10@4',
        label: 'supported',
      },
      {
        find: 'Layer 1@2',
        label: 'ignored',
      },
      {
        find: '7@5',
        label: 'contradicted',
        note: 'fact sector.ai.decliners_24h 5',
      },
      {
        find: '7@6',
        label: 'supported',
      },
      {
        find: '0.011 %',
        label: 'contradicted',
        note: '10x slip; fact market.funding_avg 0.00107',
      },
      {
        find: '60%',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
