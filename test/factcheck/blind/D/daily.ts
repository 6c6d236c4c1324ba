import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-daily-01',
    voice: 'daily',
    style: 'daily',
    text: "Bitcoin traded at $112,486 early Thursday, up 3.8% over the past 24 hours and roughly 7% on the week. The move took it to an intraday high near $112.5K from a low of $106,050, and it is now sitting above the 30-day swing high of $111,308. Support sits at $110,000; the next resistance is $115,000. Realized volatility over seven days is running at 44% annualized, a touch above the 30-day reading of 29%.\n\nEther kept pace and then some, gaining 4.6% to $3,987. Its 24-hour range ran from $3,809 to $3,998, just shy of the $4,000 resistance. Over seven days ETH is up 6.1%, well behind bitcoin's weekly gain.\n\nAmong the majors, SOL rose 5.4% to $171.36, XRP added 2.2% at $2.48 and BNB gained 2.9% to $1,012.60. Cardano climbed 5.9%, Avalanche 6.3% and Polkadot 2.5%. NEAR was the strongest Layer 1, up 8.9%, with SUI close behind at 7.1%. In total 25 of the 30 watchlist assets finished higher.\n\nAI tokens led the sectors with a 9.2% gain, powered by VIRTUAL (14.3%) and FET (11.8%). Gaming rose 8.2%, DePIN 5.4% and memes 1.8%, while the Layer 2 basket fell 1.4%, the only sector in the red.\n\nIn derivatives, BTC funding held at 0.0081% per 8h, or about 8.9% annualized, and ETH funding was 0.0094%. SOL funding sat at -0.0027%, while DOGE funding was a positive 0.0058%. Bitcoin open interest rose 11.4% to $9.84B; total OI across the tracked perps reached $19.1B, up 5.1%.\n\nHeadlines: CoinDesk reported that U.S. spot bitcoin ETFs took in $612 million on Wednesday. Reports said more than $340 million of shorts were liquidated. Some desks now see a path to $120,000 before year-end.",
    numbers: [
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '7%@1',
        label: 'contradicted',
        note: 'fact btc.change_7d 10.97',
      },
      {
        find: '$112.5K',
        label: 'supported',
      },
      {
        find: '$106,050',
        label: 'contradicted',
        note: 'fact btc.low_24h 108050',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$111,308',
        label: 'supported',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: 'seven@1',
        label: 'ignored',
      },
      {
        find: '44%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 33.9',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '29%',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$3,809',
        label: 'supported',
      },
      {
        find: '$3,998',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: 'seven@2',
        label: 'ignored',
      },
      {
        find: '6.1%',
        label: 'contradicted',
        note: 'fact eth.change_7d 4.33',
      },
      {
        find: '5.4%@1',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '2.2%',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '2.9%',
        label: 'contradicted',
        note: 'fact bnb.change_24h 1.88',
      },
      {
        find: '$1,012.60',
        label: 'supported',
      },
      {
        find: '5.9%',
        label: 'contradicted',
        note: 'fact ada.change_24h 3.92',
      },
      {
        find: '6.3%',
        label: 'supported',
      },
      {
        find: '2.5%',
        label: 'contradicted',
        note: 'fact dot.change_24h 4.48',
      },
      {
        find: '1@18',
        label: 'ignored',
      },
      {
        find: '8.9%@1',
        label: 'supported',
      },
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '25',
        label: 'contradicted',
        note: 'fact market.advancers_24h 27',
      },
      {
        find: '30@4',
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
        find: '11.8%',
        label: 'supported',
      },
      {
        find: '8.2%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 6.12',
      },
      {
        find: '5.4%@2',
        label: 'supported',
      },
      {
        find: '1.8%@2',
        label: 'supported',
      },
      {
        find: '2@15',
        label: 'ignored',
      },
      {
        find: '1.4%@1',
        label: 'contradicted',
        note: 'fact sector.l2.change_24h -0.44',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '8.9%@2',
        label: 'supported',
      },
      {
        find: '0.0094%',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '0.0058%',
        label: 'contradicted',
        note: 'fact doge.funding_rate -0.0058, sign flipped',
      },
      {
        find: '11.4%',
        label: 'contradicted',
        note: '7d value; fact btc.oi_change_24h 6.2',
      },
      {
        find: '$9.84B',
        label: 'supported',
      },
      {
        find: '$19.1B',
        label: 'supported',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '$612 million',
        label: 'supported-by-source',
      },
      {
        find: '$340 million',
        label: 'unsupported',
        note: 'headline figure (Decrypt/CoinGlass) not attributed',
      },
      {
        find: '$120,000',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-daily-02',
    voice: 'daily',
    style: 'daily',
    text: "The crypto market added 3.7% in the last day, lifting total capitalization to $3.62 trillion. Bitcoin's share of that slipped to 58% as altcoins outran it. Trading volume across the market came to $214 billion.\n\nBTC is at $112,486, 3.84% higher on the day. Spot volume was $3.4 billion, about 19% above its seven-day average. The coin is up 11.5% over 30 days, and its market value now stands at $2.25 trillion. ETH sits at $3,987 after a 4.6% rise; its market cap is $418 billion.\n\nSolana was the standout large cap at +5.4%, although its open interest actually dropped 3.4% and funding turned negative at -0.0027% per 8 hours. XRP gained 3.2%, BNB 1.9% and DOGE 4.1%.\n\nSectors: AI +9.2%, Gaming +4.1%, DePIN +5.4%, Layer 1 +3.9%, Memes +0.8%, Layer 2 -0.4%. Within Layer 2, OP was the weakest at -2.4% and ARB lost 1.9%; IMX was the best of the group at +5.6%.\n\nDerivatives: open interest totals $19.1 billion. ETH OI climbed 7.8% to $9.5 billion and ETH funding is running at roughly 10% a year. The average funding rate, weighted by OI, is 0.0068%.\n\nHeadlines to note: ARB and OP slipped while the rest of the market rose (CoinDesk), and Cointelegraph said the total market cap had reclaimed $3.6 trillion. Analysts expect $4 trillion in total cap by the first quarter.",
    numbers: [
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '58%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
      {
        find: '$214 billion',
        label: 'contradicted',
        note: 'fact market.volume_24h 164.2B',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '3.84%',
        label: 'supported',
      },
      {
        find: '$3.4 billion',
        label: 'supported',
      },
      {
        find: '19%',
        label: 'contradicted',
        note: 'fact btc.volume_ratio_7d 1.086',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: '11.5%',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '$2.25 trillion',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '4.6%',
        label: 'supported',
      },
      {
        find: '$418 billion',
        label: 'contradicted',
        note: 'fact eth.market_cap 481.3B',
      },
      {
        find: '+5.4%@1',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '-0.0027%',
        label: 'supported',
      },
      {
        find: '8 hours',
        label: 'ignored',
      },
      {
        find: '3.2%',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '1.9%@1',
        label: 'supported',
      },
      {
        find: '4.1%@1',
        label: 'contradicted',
        note: 'fact doge.change_24h 2.14',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '+4.1%',
        label: 'contradicted',
        note: 'fact sector.gaming.change_24h 6.12',
      },
      {
        find: '+5.4%@2',
        label: 'supported',
      },
      {
        find: '1@11',
        label: 'ignored',
      },
      {
        find: '+3.9%',
        label: 'supported',
      },
      {
        find: '+0.8%',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 1.82',
      },
      {
        find: '2@9',
        label: 'ignored',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '2@10',
        label: 'ignored',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '1.9%@2',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: '$19.1 billion',
        label: 'supported',
      },
      {
        find: '7.8%',
        label: 'supported',
      },
      {
        find: '$9.5 billion',
        label: 'contradicted',
        note: 'fact eth.open_interest 5.91B',
      },
      {
        find: '10%',
        label: 'supported',
      },
      {
        find: '0.0068%',
        label: 'supported',
      },
      {
        find: '$3.6 trillion',
        label: 'supported',
      },
      {
        find: '$4 trillion',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-daily-03',
    voice: 'daily',
    style: 'daily',
    text: 'Green across almost the whole board. Bitcoin climbed to about $112,500, a 3.8% gain, and ether rose 4.6% to near $3,990. Only three watchlist names fell: ARB, OP and SHIB. Everything else, 27 assets, was up.\n\nBitcoin cleared its 30-day high of $111,300 and is now eyeing resistance at $118,000. Below, $110,000 is the first support. Open interest rose 8.2%, funding stayed positive at 0.081% per eight hours, and over the week bitcoin is up 11.0%.\n\nMajors: SOL +5.4% ($117), XRP +2.2% ($2.48), BNB +3.9% ($1,013), ADA +3.9% ($0.59), AVAX +6.3% ($21.84), DOT +4.5% ($3.82), NEAR +8.9% ($2.91), SUI +7.1% ($2.94).\n\nSector notes. The AI group gained 9.2% in a day; all seven members rose, led by Virtuals at +14.3% and trailed by GRT at +6.4%. Gaming was second-best at 6.1% with GALA up 12.8%. DePIN rose 5.4%; Render led it with 9.5%, Helium lagged at 4.2%. Memes rose 1.8% but SHIB dipped 1.6%. Layer 2 was flat to lower at -0.4%.\n\nDerivatives: SOL and DOGE funding are both negative, meaning shorts pay longs. DOGE OI fell 9.3% and SOL OI fell 3.4%, and XRP OI fell 1.9%. Total OI rose 5.1% on the day and 14.6% on the week.\n\nHeadlines: Decrypt said NEAR jumped 9% and Sui 7%. Bitcoin Magazine highlighted $115,000 as the next round-number resistance. Bitcoin hashrate hit a record of 1.1 zettahash, according to miners.',
    numbers: [
      {
        find: '$112,500',
        label: 'supported',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '4.6%@1',
        label: 'supported',
      },
      {
        find: '$3,990',
        label: 'supported',
      },
      {
        find: 'three',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$111,300',
        label: 'supported',
      },
      {
        find: '$118,000',
        label: 'contradicted',
        note: 'fact btc.resistance 115000',
      },
      {
        find: '$110,000',
        label: 'supported',
      },
      {
        find: '8.2%',
        label: 'contradicted',
        note: 'fact btc.oi_change_24h 6.2',
      },
      {
        find: '0.081%',
        label: 'contradicted',
        note: '10x slip, fact btc.funding_rate 0.00812',
      },
      {
        find: 'eight hours',
        label: 'ignored',
      },
      {
        find: '11.0%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'supported',
      },
      {
        find: '$117',
        label: 'contradicted',
        note: 'fact sol.price 171.36',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '$2.48',
        label: 'supported',
      },
      {
        find: '+3.9%@1',
        label: 'contradicted',
        note: 'fact bnb.change_24h 1.88',
      },
      {
        find: '$1,013',
        label: 'supported',
      },
      {
        find: '+3.9%@2',
        label: 'supported',
      },
      {
        find: '$0.59',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '$21.84',
        label: 'contradicted',
        note: 'fact avax.price 19.84',
      },
      {
        find: '+4.5%',
        label: 'supported',
      },
      {
        find: '$3.82',
        label: 'contradicted',
        note: 'fact dot.price 3.318',
      },
      {
        find: '+8.9%',
        label: 'supported',
      },
      {
        find: '$2.91',
        label: 'supported',
      },
      {
        find: '+7.1%',
        label: 'supported',
      },
      {
        find: '$2.94',
        label: 'contradicted',
        note: 'fact sui.price 2.54',
      },
      {
        find: '9.2%',
        label: 'supported',
      },
      {
        find: 'seven',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'supported',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '12.8%',
        label: 'contradicted',
        note: 'fact gala.change_24h 9.81',
      },
      {
        find: '5.4%@2',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '4.2%',
        label: 'contradicted',
        note: 'fact hnt.change_24h 1.24',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '1.6%',
        label: 'contradicted',
        note: 'fact shib.change_24h -0.58',
      },
      {
        find: '2@14',
        label: 'ignored',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '9.3%',
        label: 'contradicted',
        note: '7d value; fact doge.oi_change_24h -5.6',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'fact xrp.oi_change_24h +1.9, direction',
      },
      {
        find: '5.1%',
        label: 'supported',
      },
      {
        find: '14.6%',
        label: 'contradicted',
        note: 'fact market.oi_change_7d 9.62',
      },
      {
        find: '9%@5',
        label: 'supported',
      },
      {
        find: '7%',
        label: 'supported',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '1.1',
        label: 'unsupported',
        note: 'not in facts or headlines',
      },
    ],
  },
  {
    id: 'D-daily-04',
    voice: 'daily',
    style: 'daily',
    text: "Morning snapshot. BTC $112,486 (+3.8%), ETH $3,987 (+4.6%), SOL $171.36 (+6.4%). The market is up 3.7% to $3.618T, with bitcoin dominance at 62.1%.\n\nBitcoin's seven-day gain of 11% is about two and a half times ether's 4.3% over the same stretch. XRP is up 5.3% on the week, SOL 8.3%, and AVAX has gained 15.6%, the best Layer 1 over seven days. BNB was the weakest L1 both on the day (+1.9%) and on the week (+1.0%).\n\nOver 30 days the picture is more mixed. Bitcoin is up 11.5% and ether 6.2%, but Polkadot has lost 11.1%, and the Layer 1 sector as a whole is up 12.8%. The AI sector is down 7.1% over the month despite today's jump, and VIRTUAL is down 22%, the worst in the group.\n\nOn the day, the L1 sector added roughly $117 billion in market value; AI added about $2.1 billion; memes added $964 million. The Layer 2 basket lost around $25 million.\n\nDerivatives: ETH open interest is up 14.2% over seven days, BTC 11.4%, SOL 4.1%, while XRP OI has fallen 2.7% and DOGE 9.3%. BTC funding annualizes to 8.9%, ETH to 13.3%, XRP to 3.9%, and DOGE to -6.4%.\n\nHeadlines: CryptoSlate said Avalanche rose 6% on subnet activity. The Block reported that Filecoin gained 3%. Spot ETF inflows came to $612 million on Wednesday, and BTC could reach $125K by February.",
    numbers: [
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '+3.8%',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '+4.6%',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '+6.4%',
        label: 'contradicted',
        note: 'fact sol.change_24h 5.41',
      },
      {
        find: '3.7%',
        label: 'supported',
      },
      {
        find: '$3.618T',
        label: 'supported',
      },
      {
        find: '62.1%',
        label: 'supported',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: '11%',
        label: 'supported',
      },
      {
        find: 'two and a half',
        label: 'unsupported',
        note: 'derived ratio 10.97/4.33, no fact',
      },
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '5.3%',
        label: 'contradicted',
        note: 'fact xrp.change_7d 3.29',
      },
      {
        find: '8.3%',
        label: 'supported',
      },
      {
        find: '15.6%',
        label: 'supported',
      },
      {
        find: '1@10',
        label: 'ignored',
      },
      {
        find: 'seven@2',
        label: 'ignored',
      },
      {
        find: '1@11',
        label: 'ignored',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '+1.0%',
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
        find: '6.2%',
        label: 'contradicted',
        note: 'fact eth.change_30d 10.22',
      },
      {
        find: '11.1%',
        label: 'supported',
      },
      {
        find: '1@19',
        label: 'ignored',
      },
      {
        find: '12.8%',
        label: 'contradicted',
        note: 'fact sector.l1.change_30d 9.76',
      },
      {
        find: '7.1%',
        label: 'supported',
      },
      {
        find: '22%',
        label: 'supported',
      },
      {
        find: '1@22',
        label: 'ignored',
      },
      {
        find: '$117 billion',
        label: 'supported',
      },
      {
        find: '$2.1 billion',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap_change_24h 1.15B',
      },
      {
        find: '$964 million',
        label: 'contradicted',
        note: 'fact sector.memes.market_cap_change_24h 664M',
      },
      {
        find: '2@8',
        label: 'ignored',
      },
      {
        find: '$25 million',
        label: 'supported',
      },
      {
        find: '14.2%',
        label: 'supported',
      },
      {
        find: 'seven@3',
        label: 'ignored',
      },
      {
        find: '11.4%',
        label: 'supported',
      },
      {
        find: '4.1%',
        label: 'contradicted',
        note: 'fact sol.oi_change_7d 2.1',
      },
      {
        find: '2.7%',
        label: 'supported',
      },
      {
        find: '9.3%',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '13.3%',
        label: 'contradicted',
        note: 'fact eth.funding_apr 10.29',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '-6.4%',
        label: 'supported',
      },
      {
        find: '6%@3',
        label: 'supported',
      },
      {
        find: '3%@6',
        label: 'supported',
      },
      {
        find: '$612 million',
        label: 'unsupported',
        note: 'headline figure, no outlet named',
      },
      {
        find: '$125K',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'D-daily-05',
    voice: 'daily',
    style: 'daily',
    text: "Short version: a broad rally led by AI and gaming, with Layer 2 the exception.\n\nBitcoin rose 3.8% to $112.5K and ether 4.6% to just under $4,000. The total market gained 2.7%. Volume in bitcoin was $34.4 billion, 1.09 times its seven-day average, while ether's was $2.79 billion and about in line with average (1.01x).\n\nTop gainers on the watchlist: VIRTUAL 14.3%, FET 11.8%, GALA 9.8%, RENDER 9.5%, NEAR 8.9%, AXS 8.9%, TAO 7.7%. Decliners: OP -2.4%, ARB -3.9%, SHIB -0.6%. POL barely moved at +0.3%.\n\nTAO is trading at $371.80, off its 24h high of $398. FET is at $0.51 and RENDER at $3.92. WLD rose 7.5% to $0.97, and GRT rose 4.6%.\n\nGaming posted a 6.1% sector gain, with SAND up 10.6% and AXS up 8.9%; IMX lagged at +2.6%. DePIN rose 3.4% with IoTeX up 5.8% and Filecoin 1.1%.\n\nMemes were the second-weakest sector: WIF +4.8%, PEPE +5.4%, DOGE +2.1%, SHIB -0.6%. The memes group is still down 3.9% over seven days, and DOGE is the worst of them on the week at -7.6%.\n\nFunding: BTC 0.0081%, ETH 0.0194%, XRP 0.0036%, SOL -0.0027%, DOGE -0.0058% per 8h. On SOL and DOGE, shorts are paying longs.",
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3.8%',
        label: 'supported',
      },
      {
        find: '$112.5K',
        label: 'supported',
      },
      {
        find: '4.6%@1',
        label: 'supported',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '2.7%',
        label: 'contradicted',
        note: 'fact market.cap_change_24h 3.71',
      },
      {
        find: '$34.4 billion',
        label: 'contradicted',
        note: '10x slip, fact btc.volume_24h 3.44B',
      },
      {
        find: '1.09',
        label: 'supported',
      },
      {
        find: 'seven-day',
        label: 'ignored',
      },
      {
        find: '$2.79 billion',
        label: 'contradicted',
        note: 'fact eth.volume_24h 1.79B',
      },
      {
        find: '1.01x',
        label: 'supported',
      },
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '11.8%',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '9.5%',
        label: 'supported',
      },
      {
        find: '8.9%@1',
        label: 'supported',
      },
      {
        find: '8.9%@2',
        label: 'supported',
      },
      {
        find: '7.7%',
        label: 'contradicted',
        note: 'fact tao.change_24h 8.71',
      },
      {
        find: '-2.4%',
        label: 'supported',
      },
      {
        find: '-3.9%',
        label: 'contradicted',
        note: 'fact arb.change_24h -1.93',
      },
      {
        find: '-0.6%@1',
        label: 'supported',
      },
      {
        find: '+0.3%',
        label: 'supported',
      },
      {
        find: '$371.80',
        label: 'supported',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$398',
        label: 'contradicted',
        note: 'fact tao.high_24h 389.23',
      },
      {
        find: '$0.51',
        label: 'supported',
      },
      {
        find: '$3.92',
        label: 'contradicted',
        note: 'fact render.price 2.918',
      },
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: '$0.97',
        label: 'contradicted',
        note: 'fact wld.price 0.7916',
      },
      {
        find: '4.6%@2',
        label: 'contradicted',
        note: 'fact grt.change_24h 6.38',
      },
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '10.6%',
        label: 'contradicted',
        note: 'fact sand.change_24h 7.64',
      },
      {
        find: '8.9%@3',
        label: 'supported',
      },
      {
        find: '+2.6%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'contradicted',
        note: 'fact sector.depin.change_24h 5.41',
      },
      {
        find: '5.8%',
        label: 'supported',
      },
      {
        find: '1.1%',
        label: 'contradicted',
        note: 'fact fil.change_24h 3.10',
      },
      {
        find: '+4.8%',
        label: 'supported',
      },
      {
        find: '+5.4%',
        label: 'contradicted',
        note: 'fact pepe.change_24h 3.40',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '-0.6%@2',
        label: 'supported',
      },
      {
        find: '3.9%@2',
        label: 'contradicted',
        note: 'fact sector.memes.change_7d -6.86',
      },
      {
        find: 'seven@2',
        label: 'ignored',
      },
      {
        find: '-7.6%',
        label: 'supported',
      },
      {
        find: '0.0081%',
        label: 'supported',
      },
      {
        find: '0.0194%',
        label: 'contradicted',
        note: 'fact eth.funding_rate 0.0094',
      },
      {
        find: '0.0036%',
        label: 'supported',
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
        find: '8h',
        label: 'ignored',
      },
    ],
  },
];
