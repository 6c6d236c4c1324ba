import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-daily-01',
    voice: 'daily',
    style: 'daily',
    text: "Short squeeze lifts altcoins as memecoins sit it out\n\nThe total crypto market added 2.9% over the past day to $3.32 trillion, and breadth was broad: 24 of the 30 assets on our watchlist rose while 6 fell. Bitcoin's dominance eased to 59.5% and total turnover came to roughly $147 billion.\n\nBitcoin gained 1.5% to $98,735 after bouncing off a day low of $95,922. The round $100,000 level is resistance, with support at $95,000; on the week BTC is still down 5.5%. Ether did more of the work, rising 6.3% to $3,486, although it is 2.6% lower than a week ago.\n\nAmong the majors, Solana climbed 7.8% to $158.92, XRP added 8.6% to $2.35 and Cardano jumped 8.6%. BNB was the lone large-cap laggard, slipping 2.4% to $968. Avalanche rose 6.1% and Sui led the layer-1 group with a 10.2% gain.\n\nGaming was the best sector, up 15.7%, with GALA (+18.9%) and AXS (+17.8%) at the front. Layer-2s rose 9.9% and AI tokens 7.6%. Memes were the only sector in the red, down 3.3%, with PEPE off 5.8%.\n\nFunding stayed negative, meaning shorts were still paying longs; BTC's rate was -0.006% per 8h. Total open interest dropped 9.7% to $151 billion as positions were closed. Analysts expect BTC to retest $105,000 before the year is out.",
    numbers: [
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '$3.32 trillion',
        label: 'supported',
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
        find: '6@1',
        label: 'supported',
      },
      {
        find: '59.5%',
        label: 'supported',
      },
      {
        find: '$147 billion',
        label: 'contradicted',
        note: 'market.volume_24h 246.7B',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '$98,735',
        label: 'supported',
      },
      {
        find: '$95,922',
        label: 'contradicted',
        note: 'that is the 30-day swing low; btc.low_24h 96,750',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '$95,000',
        label: 'supported',
      },
      {
        find: '5.5%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '$3,486',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'contradicted',
        note: 'fact eth.change_7d -0.60',
      },
      {
        find: '7.8%@1',
        label: 'supported',
      },
      {
        find: '$158.92',
        label: 'supported',
      },
      {
        find: '8.6%@1',
        label: 'contradicted',
        note: "fact xrp.change_24h 3.92; 8.6 is ADA's move",
      },
      {
        find: '$2.35',
        label: 'supported',
      },
      {
        find: '8.6%@2',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.43',
      },
      {
        find: '$968',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'contradicted',
        note: 'fact avax.change_24h 9.38',
      },
      {
        find: 'layer-1',
        label: 'ignored',
      },
      {
        find: '10.2%',
        label: 'supported',
      },
      {
        find: '15.7%',
        label: 'supported',
      },
      {
        find: '18.9%',
        label: 'supported',
      },
      {
        find: '17.8%',
        label: 'supported',
      },
      {
        find: 'Layer-2',
        label: 'ignored',
      },
      {
        find: '9.9%',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'contradicted',
        note: 'fact sector.ai.change_24h 5.60',
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '-0.006%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '9.7%',
        label: 'supported',
      },
      {
        find: '$151 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 15.08B; 10x slip',
      },
      {
        find: '$105,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-daily-02',
    voice: 'daily',
    style: 'daily',
    text: "BTC/ETH: Bitcoin is changing hands at $98,734, 1.52% higher over 24 hours. The 24h range ran from $96,750 to $98,999. Spot volume was $8.47 billion, about 2.4 times the 7-day average, a sign that the move was backed by real buying. Bitcoin's 30-day swing low sits at $95,922 and its swing high at $111,455, so the coin is still closer to the bottom of that range. ETF holders sit on an average cost basis near $89,000. Market cap stands at $2.19 trillion.\n\nEther rose to $3,486.27, a 6.31% gain, with its day high at $3,533 and low at $3,154. ETH volume was about $4.7 billion, or 3.4 times its weekly norm. Support is seen at $3,600 and resistance at $3,400. ETH's 7-day realized volatility ran at 60%, well above bitcoin's 39%. Ether's market cap is $421 billion, about $56 billion more than Solana, XRP and BNB combined.",
    numbers: [
      {
        find: '$98,734',
        label: 'supported',
      },
      {
        find: '1.52%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$96,750',
        label: 'supported',
      },
      {
        find: '$98,999',
        label: 'supported',
      },
      {
        find: '$8.47 billion',
        label: 'supported',
      },
      {
        find: '2.4',
        label: 'supported',
      },
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$95,922',
        label: 'supported',
      },
      {
        find: '$111,455',
        label: 'supported',
      },
      {
        find: '$89,000',
        label: 'unsupported',
        note: 'invented, no fact',
      },
      {
        find: '$2.19 trillion',
        label: 'contradicted',
        note: 'fact btc.market_cap 1.97T',
      },
      {
        find: '$3,486.27',
        label: 'supported',
      },
      {
        find: '6.31%',
        label: 'supported',
      },
      {
        find: '$3,533',
        label: 'supported',
      },
      {
        find: '$3,154',
        label: 'contradicted',
        note: 'that is the 30-day swing low; eth.low_24h 3266.85',
      },
      {
        find: '$4.7 billion',
        label: 'supported',
      },
      {
        find: '3.4',
        label: 'contradicted',
        note: 'fact eth.volume_ratio_7d 2.39',
      },
      {
        find: '$3,600',
        label: 'contradicted',
        note: 'support/resistance swapped; eth.support 3400',
      },
      {
        find: '$3,400',
        label: 'contradicted',
        note: 'swapped; eth.resistance 3600',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '60%',
        label: 'supported',
      },
      {
        find: '39%',
        label: 'supported',
      },
      {
        find: '$421 billion',
        label: 'supported',
      },
      {
        find: '$56 billion',
        label: 'unsupported',
        note: 'derived arithmetic: ETH cap minus SOL+XRP+BNB caps, no fact',
      },
    ],
  },
  {
    id: 'G-daily-03',
    voice: 'daily',
    style: 'daily',
    text: "Derivatives: the squeeze shows up clearly in positioning. Aggregate open interest fell 9.7% in a day to about $15.1 billion, and is down 14.3% over the week. Bitcoin OI dropped 9.8% to $8.47 billion, while ETH open interest shrank 17.5% to $4.41 billion. SOL OI fell 11.9% to $1.21 billion and DOGE OI slipped 6.4% to $560 million. XRP was the exception, with open interest rising 2.1% to $1.04 billion.\n\nFunding is still below zero for most majors. ETH's rate of -0.011% per 8 hours, about -12.3% annualized, is the most negative on the board. BTC funding sits at -0.0061% (-6.7% a year), SOL at -0.0087% and DOGE at -0.025%. XRP is the only positive rate at 0.0039%, so on XRP shorts collect from longs. The OI-weighted average funding is -0.007%. Annualized, XRP funding works out to about 14%. Roughly $1.2 billion of shorts were liquidated, exchanges said.",
    numbers: [
      {
        find: '9.7%',
        label: 'supported',
      },
      {
        find: '$15.1 billion',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '$8.47 billion',
        label: 'contradicted',
        note: 'fact btc.open_interest 7.86B; 8.47B is BTC spot volume',
      },
      {
        find: '17.5%',
        label: 'contradicted',
        note: 'eth.oi_change_24h -12.6; 17.5 is the 7d change',
      },
      {
        find: '$4.41 billion',
        label: 'supported',
      },
      {
        find: '11.9%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -8.3; 11.9 is the 7d change',
      },
      {
        find: '$1.21 billion',
        label: 'supported',
      },
      {
        find: '6.4%',
        label: 'supported',
      },
      {
        find: '$560 million',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '$1.04 billion',
        label: 'supported',
      },
      {
        find: '-0.011%',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '-12.3%',
        label: 'supported',
      },
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '-6.7%',
        label: 'supported',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '-0.025%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.00253; 10x slip',
      },
      {
        find: '0.0039%',
        label: 'supported',
      },
      {
        find: '-0.007%',
        label: 'supported',
      },
      {
        find: '14%',
        label: 'contradicted',
        note: 'fact xrp.funding_apr 4.28',
      },
      {
        find: '$1.2 billion',
        label: 'unsupported',
        note: 'invented; no fact, CoinDesk headline says $412M',
      },
    ],
  },
  {
    id: 'G-daily-04',
    voice: 'daily',
    style: 'daily',
    text: "Majors snapshot\n\nCardano was the standout among the large caps, rising 8.6% to $0.594, with volume at 2.4x its weekly average. Avalanche added 9.4% to $19.46, just under resistance at $20. Polkadot rose 7.1% to $3.97 and NEAR 9.7% to $2.87. Sui gained 12.4% to $2.62, the best showing in layer 1.\n\nXRP rose 3.9% but remains 5.3% lower over the week; its support is at $2.30 and resistance at $2.40. BNB fell 0.4% to $968.10 and is down 8.9% on the week. Solana's market cap is now $142 billion, and SOL trades about 6% below its 30-day high of $190.77.\n\nLayer 1 as a group rose 4.5%, with 9 of its 10 members higher; BNB was the only decliner.",
    numbers: [
      {
        find: '8.6%',
        label: 'supported',
      },
      {
        find: '$0.594',
        label: 'supported',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '9.4%',
        label: 'supported',
      },
      {
        find: '$19.46',
        label: 'supported',
      },
      {
        find: '$20',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '$3.97',
        label: 'contradicted',
        note: 'that is the 30-day swing high; dot.price 3.297',
      },
      {
        find: '9.7%',
        label: 'contradicted',
        note: 'near.change_24h 7.91',
      },
      {
        find: '$2.87',
        label: 'supported',
      },
      {
        find: '12.4%',
        label: 'contradicted',
        note: 'fact sui.change_24h 10.24',
      },
      {
        find: '$2.62',
        label: 'supported',
      },
      {
        find: 'layer 1',
        label: 'ignored',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'supported',
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
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '$968.10',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'contradicted',
        note: 'fact bnb.change_7d -4.41; 8.9 is the 30d change',
      },
      {
        find: '$142 billion',
        label: 'contradicted',
        note: "that is XRP's market cap; sol.market_cap 87.8B",
      },
      {
        find: '6%@2',
        label: 'unsupported',
        note: 'distance to level, not a fact',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$190.77',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '4.5%',
        label: 'contradicted',
        note: 'fact sector.l1.change_24h 2.54',
      },
      {
        find: '9@10',
        label: 'supported',
      },
      {
        find: '10@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-daily-05',
    voice: 'daily',
    style: 'sector',
    text: "Sector recap: gaming leads, memes lag\n\nGaming tokens were the best performers of the day, rising 15.7% as a group. Every one of the 4 members rose: GALA 18.9%, AXS 17.8%, SAND 16.4% and IMX 12.6%. The sector's market cap grew by about $549 million to $2.79 billion. GALA trades at $0.0159 and AXS at $1.93.\n\nLayer 2 was second-best, up 9.9%, led by IMX at 12.6% with POL the weakest member at +8.2%. OP rose 11.3% and ARB 12.7%.\n\nAI tokens gained 5.6%: Virtuals led with 13.4%, while Bittensor was the only decliner, down 0.8%. Worldcoin added 6.3% and FET 4.7%. Render was the weakest advancer at 3.1%.\n\nDePIN rose 4.3%, with IoTeX up 10.8% and Helium the laggard, off 1.2%. Filecoin gained 10.8%.\n\nMemes were the worst sector, falling 3.3%. PEPE lost 5.8%, DOGE 3.4% and SHIB 7.2%; WIF was the only riser, up 4.9%. Layer 1 was the second-worst at +2.5%.",
    numbers: [
      {
        find: '15.7%',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '18.9%',
        label: 'supported',
      },
      {
        find: '17.8%',
        label: 'supported',
      },
      {
        find: '16.4%',
        label: 'supported',
      },
      {
        find: '12.6%@1',
        label: 'supported',
      },
      {
        find: '$549 million',
        label: 'contradicted',
        note: 'that is the L2 cap change; gaming 378M',
      },
      {
        find: '$2.79 billion',
        label: 'supported',
      },
      {
        find: '$0.0159',
        label: 'supported',
      },
      {
        find: '$1.93',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '9.9%',
        label: 'supported',
      },
      {
        find: '12.6%@2',
        label: 'supported',
      },
      {
        find: '+8.2%',
        label: 'supported',
      },
      {
        find: '11.3%',
        label: 'supported',
      },
      {
        find: '12.7%',
        label: 'contradicted',
        note: 'fact arb.change_24h 9.71',
      },
      {
        find: '5.6%',
        label: 'supported',
      },
      {
        find: '13.4%',
        label: 'supported',
      },
      {
        find: '0.8%@1',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'contradicted',
        note: 'wld.change_24h 9.07; 6.3 is the 7d change',
      },
      {
        find: '4.7%',
        label: 'contradicted',
        note: 'fact fet.change_24h 7.42',
      },
      {
        find: '3.1%',
        label: 'contradicted',
        note: 'fact render.change_24h 5.08; GRT 6.24 also higher, so render is weakest advancer indeed but value wrong',
      },
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '10.8%@1',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'supported',
      },
      {
        find: '10.8%@2',
        label: 'contradicted',
        note: "that is IOTX's gain; fil.change_24h 4.61",
      },
      {
        find: '3.3%',
        label: 'supported',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '3.4%@2',
        label: 'supported',
      },
      {
        find: '7.2%',
        label: 'contradicted',
        note: 'fact shib.change_24h -2.16; 7.2 is the 30d change',
      },
      {
        find: '4.9%',
        label: 'contradicted',
        note: 'fact wif.change_24h 1.87',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '+2.5%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-daily-06',
    voice: 'daily',
    style: 'daily',
    text: "Headlines: Liquidations topped $412 million, according to CoinDesk, which cited CoinGlass data showing about 78% of the wiped-out positions were shorts. Bitcoin Magazine reported that U.S. spot bitcoin ETFs took in $236 million, snapping an outflow streak. Cointelegraph noted that 24 of the top 30 cryptocurrencies rose, while a popular Reddit thread claimed 27 of the top 30 were green. The Block said open interest on major perps fell 15%. One analyst told Decrypt that ETF inflows could top $1 billion this week. Decrypt said Immutable's zkEVM mainnet is adding 40 new games. The Block reported the Ronin network processed 2.3 million transactions in a day. CryptoSlate wrote that gaming tokens jumped 22%.",
    numbers: [
      {
        find: '$412 million',
        label: 'supported-by-source',
      },
      {
        find: '78%',
        label: 'supported-by-source',
      },
      {
        find: '$236 million',
        label: 'supported-by-source',
      },
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '27',
        label: 'contradicted',
        note: 'market.advancers_24h 24',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '15%',
        label: 'contradicted',
        note: 'market.oi_change_24h -9.68; debatable: the 7d change is -14.3',
      },
      {
        find: '$1 billion',
        label: 'unsupported',
        note: 'forecast; not in the Decrypt headline',
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
        find: '22%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 15.65 contradicts CryptoSlate headline',
      },
    ],
  },
  {
    id: 'G-daily-07',
    voice: 'daily',
    style: 'daily',
    text: 'Market wrap in brief: crypto cap $3.32T (+2.9%); BTC $98.7K (+2.9%); ETH $3,490 (+6.3%); SOL $159 (+2.7%); XRP $2.35 (+3.9%); BNB $968 (+0.4%); DOGE $0.223 (-3.4%). BTC dominance 61.5%. Funding: negative on BTC, ETH, SOL and DOGE; positive on XRP. Best sector: Gaming (+15.7%). Worst: Memes (-3.3%). Best coin: AXS (+17.8%).',
    numbers: [
      {
        find: '$3.32T',
        label: 'supported',
      },
      {
        find: '+2.9%@1',
        label: 'supported',
      },
      {
        find: '$98.7K',
        label: 'supported',
      },
      {
        find: '+2.9%@2',
        label: 'contradicted',
        note: 'that is the total market cap change; btc.change_24h 1.52',
      },
      {
        find: '$3,490',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '$159',
        label: 'supported',
      },
      {
        find: '+2.7%',
        label: 'contradicted',
        note: 'fact sol.change_24h 7.84; 2.7 is the 7d magnitude',
      },
      {
        find: '$2.35',
        label: 'supported',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '$968',
        label: 'supported',
      },
      {
        find: '+0.4%',
        label: 'contradicted',
        note: 'fact bnb.change_24h -0.43 sign flip',
      },
      {
        find: '$0.223',
        label: 'contradicted',
        note: 'doge.swing_high_30d; price 0.19284',
      },
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '61.5%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.45',
      },
      {
        find: '+15.7%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '+17.8%',
        label: 'contradicted',
        note: 'best coin is GALA 18.94; AXS value right but rank wrong',
      },
    ],
  },
  {
    id: 'G-daily-08',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin reclaimed momentum overnight, rising 1.5% to about $98,700, but it has not cleared the $100,000 mark that traders watch as resistance. The rebound came after a test of the 30-day low near $95,900. Over 30 days BTC is down about 7.7%, and its annualized 7-day volatility of 59.8% compares with 27% over 30 days. BTC's all-time high of $126,000 set in October feels a long way off. Desks estimate the squeeze forced out about 40% of BTC shorts. Ether, by contrast, is only 0.6% lower over the week after its 6.3% jump today, and trades 4.1% below where it was a month ago. If the squeeze continues, ETH could reach $4,000 by January.",
    numbers: [
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '$98,700',
        label: 'supported',
      },
      {
        find: '$100,000',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$95,900',
        label: 'supported',
      },
      {
        find: '30 days@1',
        label: 'ignored',
      },
      {
        find: '7.7%',
        label: 'supported',
      },
      {
        find: '7-day',
        label: 'ignored',
      },
      {
        find: '59.8%',
        label: 'contradicted',
        note: "that is ETH's 7d volatility; btc.volatility_7d 38.6",
      },
      {
        find: '27%',
        label: 'supported',
      },
      {
        find: '30 days@2',
        label: 'ignored',
      },
      {
        find: '$126,000',
        label: 'unsupported',
        note: 'history, no fact',
      },
      {
        find: '40%',
        label: 'unsupported',
        note: 'invented',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-daily-09',
    voice: 'daily',
    style: 'weekly',
    text: "Weekly: a rough week with a sharp finish\n\nOver the week, the Layer 1 group fell 4.6%, with all 10 members lower; Sui held up best at -0.4% and Bitcoin was the weakest at -5.5%. Layer 2 tokens bucked the trend, rising 6.7%, led by Arbitrum at 8.8%; Optimism gained 9.2% and Polygon 8.2%. Gaming rose 15.7%, with Axie Infinity the best member at 12.3% and Immutable the weakest at 2.0%.\n\nAI tokens lost 3.4% on the week; Worldcoin was the only gainer, up 6.3%, and Render the worst at -8.7%. DePIN dropped 8.2%, with IoTeX down 11.4%. Memes fell 3.3%: PEPE lost 10.2% and DOGE 10.1%, while SHIB lost only 1.8%.\n\nBitcoin ended the week 5.5% lower and Ether 0.6% lower. Solana fell 7.8% and XRP 5.3%. Open interest across the majors shrank 14.3%, with ETH OI down 17.5% and BTC OI down 9.8%. The week's drawdown in BTC was the worst since March, when it lost 12% in a week. Gaming volume is running 5 times its average.",
    numbers: [
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '-5.5%',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '6.7%',
        label: 'supported',
      },
      {
        find: '8.8%',
        label: 'contradicted',
        note: "wrong leader: sector.l2.best_7d is OP 9.24; ARB's 8.80 value itself is right",
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: '8.2%@1',
        label: 'contradicted',
        note: 'weekly: pol.change_7d 6.40; 8.2 is the 24h change',
      },
      {
        find: '15.7%',
        label: 'contradicted',
        note: 'weekly: sector.gaming.change_7d 5.28; 15.7 is the 24h',
      },
      {
        find: '12.3%',
        label: 'supported',
      },
      {
        find: '2.0%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '-8.7%',
        label: 'supported',
      },
      {
        find: '8.2%@2',
        label: 'supported',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '3.3%',
        label: 'contradicted',
        note: 'weekly: sector.memes.change_7d -8.86; 3.3 is the 24h',
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
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '5.5%@2',
        label: 'supported',
      },
      {
        find: '0.6%',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'contradicted',
        note: 'weekly style: sol.change_7d -2.72; 7.8 is the 24h gain and sign wrong',
      },
      {
        find: '5.3%',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '17.5%',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'contradicted',
        note: 'weekly: btc.oi_change_7d -14.2; 9.8 is the 24h change',
      },
      {
        find: '12%',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '5@8',
        label: 'unsupported',
        note: 'invented, no fact for gaming volume ratio',
      },
    ],
  },
  {
    id: 'G-daily-10',
    voice: 'daily',
    style: 'daily',
    text: "Quick take for the morning desk. The rebound was led by alts: the total market is up 2.9% while bitcoin managed only 1.5%, so alts outpaced BTC by about 1.4 points. Ether's 6.3% rise took it back above $3,500, and ETH funding of -0.011% means shorts are paying longs. On Solana the story is similar, with SOL up 7.8% and trading near the top of its day range at $159, though still below its $170 resistance.\n\nVolume confirmed the move: BTC turnover was 2.4 times its weekly average, ETH's also 2.4 times, and gaming names like GALA saw 3x normal volume. AXS volume ran at about 1.5x its average.\n\nLaggards: DOGE fell 3.4% to $0.19, PEPE dropped 8.5% and Bittensor slipped 0.8% to $366. HNT rose 1.2%. Among layer-one names only BNB fell, down 0.4%.\n\nWhat next? A daily close above $100K would put the $111K swing high in play, some traders say, while a slip under $95K support would reopen the lows. We see ETH at $3,800 by month-end.",
    numbers: [
      {
        find: '2.9%',
        label: 'supported',
      },
      {
        find: '1.5%',
        label: 'supported',
      },
      {
        find: '1.4',
        label: 'unsupported',
        note: 'derived arithmetic, no fact',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '$3,500',
        label: 'contradicted',
        note: 'eth.price 3486.27 is below 3,500',
      },
      {
        find: '-0.011%',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '$159',
        label: 'supported',
      },
      {
        find: '$170',
        label: 'contradicted',
        note: 'sol.resistance 160',
      },
      {
        find: '2.4@1',
        label: 'supported',
      },
      {
        find: '2.4@2',
        label: 'supported',
      },
      {
        find: '3x',
        label: 'supported',
      },
      {
        find: '1.5x',
        label: 'contradicted',
        note: 'axs.volume_ratio_7d 3.00',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '$0.19',
        label: 'supported',
      },
      {
        find: '8.5%',
        label: 'contradicted',
        note: 'pepe.change_24h -5.82',
      },
      {
        find: '0.8%',
        label: 'supported',
      },
      {
        find: '$366',
        label: 'supported',
      },
      {
        find: '1.2%',
        label: 'contradicted',
        note: 'hnt.change_24h -1.18 sign flip',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '$100K',
        label: 'supported',
        note: 'btc.resistance 100000; debatable, a level named in a condition',
      },
      {
        find: '$111K',
        label: 'supported',
        note: 'btc.swing_high_30d 111,455 as a target level; debatable',
      },
      {
        find: '$95K',
        label: 'supported',
      },
      {
        find: '$3,800',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
