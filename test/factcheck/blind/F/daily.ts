import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'F-daily-01',
    voice: 'daily',
    style: 'daily',
    text: `Crypto markets extended their slide into Friday, November 20. The total market cap fell 2.6% to roughly $3.29 trillion, and just 2 of the 30 watchlist assets ended the last 24 hours higher. Bitcoin dominance rose to 58.9% as altcoins bled harder than the largest asset.

Bitcoin changed hands at $103,812, down 2.1% on the day, after topping out at $106,814 and dipping to $103,195. It is down nearly 5% on the week and could retest $110,000 if buyers return. Ether fell 3.1% to $3,413 and has lost 10.6% over the week; it sits just above support at $3,400, with resistance at $3,600.

Among majors, XRP was the lone large-cap gainer, up 0.9% at $2.31. BNB slipped 5.8% to $948 and SOL dropped 3.6% to $162.41, while Cardano lost 4.8%. NEAR was the weakest layer-1, down 5.8% as well.

AI tokens led the sell-off, down 6.4%, with Bittensor off 8.8%. Layer-2 tokens fell 4.3%, memecoins 15.8% and gaming tokens 6.2%; layer-1s held up best at -2.1%.

In derivatives, total open interest shrank 4.2% to $1.7 billion and is down 10.8% over the week. BTC funding stayed positive at 0.0062% per 8h, about 6.8% annualized, while DOGE funding flipped negative at -0.0041%.

CoinDesk reported $420 million of net outflows from U.S. spot bitcoin ETFs on Thursday, the heaviest since the $1.1 billion exodus in February.`,
    numbers: [
      { find: 'November 20', label: 'ignored' },
      { find: 'layer-1,', label: 'ignored' },
      { find: 'Layer-2', label: 'ignored' },
      { find: 'layer-1s', label: 'ignored' },
      { find: '2.6%', label: 'supported' },
      { find: '$3.29 trillion', label: 'supported' },
      { find: 'just 2', label: 'supported' },
      { find: '30 watchlist', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '58.9%', label: 'contradicted', note: 'fact market.btc_dominance 62.90' },
      { find: '$103,812', label: 'supported' },
      { find: 'down 2.1%', label: 'supported' },
      { find: '$106,814', label: 'supported' },
      { find: '$103,195', label: 'supported' },
      { find: 'nearly 5%', label: 'supported' },
      { find: '$110,000', label: 'unsupported', note: 'forecast' },
      { find: 'fell 3.1%', label: 'supported' },
      { find: '$3,413', label: 'supported' },
      { find: '10.6%', label: 'supported' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '0.9%', label: 'supported' },
      { find: '$2.31', label: 'supported' },
      { find: 'slipped 5.8%', label: 'contradicted', note: 'fact bnb.change_24h -1.61 (5.79 is the 7d figure)' },
      { find: '$948', label: 'supported' },
      { find: '3.6%', label: 'supported' },
      { find: '$162.41', label: 'contradicted', note: 'fact sol.price 152.41' },
      { find: '4.8%', label: 'contradicted', note: 'fact ada.change_24h -2.84' },
      { find: 'down 5.8%', label: 'supported' },
      { find: '6.4%', label: 'supported' },
      { find: '8.8%', label: 'contradicted', note: 'fact tao.change_24h -5.94; 8.8 is VIRTUAL' },
      { find: '4.3%', label: 'supported' },
      { find: '15.8%', label: 'contradicted', note: 'fact sector.memes.change_24h -4.17 (15.8 is 7d)' },
      { find: '6.2%', label: 'contradicted', note: 'fact sector.gaming.change_24h -4.23' },
      { find: '-2.1%', label: 'supported' },
      { find: '4.2%', label: 'supported' },
      { find: '$1.7 billion', label: 'contradicted', note: 'fact market.open_interest 17.07B' },
      { find: '10.8%', label: 'supported' },
      { find: '0.0062%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '6.8%', label: 'supported' },
      { find: '-0.0041%', label: 'supported' },
      { find: '$420 million', label: 'supported-by-source' },
      { find: '$1.1 billion', label: 'unsupported', note: 'history, not in facts or headlines' },
    ],
  },
  {
    id: 'F-daily-02',
    voice: 'daily',
    style: 'weekly',
    text: `Weekly wrap for the week to November 20.

Bitcoin: BTC lost 4.95% over the week to finish near $103,800 and is 9.7% lower over 30 days. The 30-day swing high stands at $115,683 and the swing low at $104,565, a level price has now slipped through. It remains about 18% below the October record of $126,000.

Ether and majors: ETH dropped 13.7% on the week, SOL shed 12% and XRP held up best among the large caps at -2.1%. Polkadot was the worst layer-1, down 14.4%.

Sectors: Layer-2s were the weakest group, falling 17.5%, with ARB off 18.4% and OP off 27.4%. Memecoins gave up 15.8%, gaming 4.2%, DePIN 12.3% and AI 21.4%, while layer-1s fell a comparatively mild 6%.

Derivatives: open interest is down 10.8% on the week. BTC OI is off 9.6%, ETH OI is off 12.3% and DOGE open interest dropped close to 16%.`,
    numbers: [
      { find: 'November 20', label: 'ignored' },
      { find: 'layer-1,', label: 'ignored' },
      { find: 'Layer-2s', label: 'ignored' },
      { find: 'layer-1s', label: 'ignored' },
      { find: '4.95%', label: 'supported' },
      { find: '$103,800', label: 'supported' },
      { find: '9.7%', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '30-day', label: 'ignored' },
      { find: '$115,683', label: 'supported' },
      { find: '$104,565', label: 'supported' },
      { find: '18%', label: 'unsupported', note: 'distance to an all-time high; history' },
      { find: '$126,000', label: 'unsupported', note: 'history not in facts' },
      { find: '13.7%', label: 'contradicted', note: 'fact eth.change_7d -10.63 (13.7 is 30d)' },
      { find: 'shed 12%', label: 'supported' },
      { find: '-2.1%', label: 'supported' },
      { find: '14.4%', label: 'supported' },
      { find: '17.5%', label: 'supported' },
      { find: '18.4%', label: 'supported' },
      { find: '27.4%', label: 'contradicted', note: 'fact op.change_7d -17.09 (27.4 is 30d)' },
      { find: '15.8%', label: 'supported' },
      { find: '4.2%', label: 'contradicted', note: 'fact sector.gaming.change_7d -14.76 (4.2 is 24h)' },
      { find: 'DePIN 12.3%', label: 'supported' },
      { find: '21.4%', label: 'contradicted', note: 'fact sector.ai.change_7d -11.44' },
      { find: 'mild 6%', label: 'supported' },
      { find: '10.8%', label: 'supported' },
      { find: '9.6%', label: 'supported' },
      { find: 'off 12.3%', label: 'supported' },
      { find: '16%', label: 'supported', note: 'doge.oi_change_7d -15.8; "close to" read as nearly' },
    ],
  },
  {
    id: 'F-daily-03',
    voice: 'daily',
    style: 'daily',
    text: `Market snapshot, 07:00 UTC

BTC and ETH: Bitcoin is trading at $103.8K, 2.07% lower over 24h, with the day's range running from $103.2K to $106.8K. Spot volume came in at $23.5B, slightly under its 7-day average. Ether is at $3,412.57, down 3.08%, after a high of $3,582.

Majors: Solana fell 3.6% to $152, Avalanche lost 8.4% to $16.92 and Polkadot slid 3.3% to $2.49. SUI dropped 12.4% and is now below its support of $2.20. XRP bucked the trend with a 2.4% gain.

Sectors: AI was the worst sector at -6.35%, DePIN fell 4.29%, gaming 2.23% and memes 4.17%. Layer 2 lost 4.31%, worse than memes but better than AI. Layer 1 was the best-performing sector at -2.12%.

Derivatives: BTC open interest slipped 8.3% to $8.92B and ETH OI fell 4.6% to $5.14B. SOL OI dropped 13.1%. ETH funding is 0.0051% per 8h, or 5.6% a year.

Headlines: Bitcoin Magazine noted BTC failed to hold $105,000, while Decrypt reported Virtuals Protocol down close to 9%.`,
    numbers: [
      { find: '07:00', label: 'ignored' },
      { find: '$103.8K', label: 'supported' },
      { find: '2.07%', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$103.2K', label: 'supported' },
      { find: '$106.8K', label: 'supported' },
      { find: '$23.5B', label: 'contradicted', note: 'fact btc.volume_24h 2.35B' },
      { find: '7-day', label: 'ignored' },
      { find: '$3,412.57', label: 'supported' },
      { find: '3.08%', label: 'supported' },
      { find: '$3,582', label: 'contradicted', note: 'fact eth.high_24h 3528.25' },
      { find: '3.6%', label: 'supported' },
      { find: '$152', label: 'supported' },
      { find: '8.4%', label: 'contradicted', note: 'fact avax.change_24h -3.93 (8.4 is 7d)' },
      { find: '$16.92', label: 'supported' },
      { find: '3.3%', label: 'supported' },
      { find: '$2.49', label: 'contradicted', note: 'fact dot.price 2.941' },
      { find: '12.4%', label: 'contradicted', note: 'daily: sui.change_24h -4.42 (12.4 is 7d)' },
      { find: '$2.20', label: 'contradicted', note: 'fact sui.support 2.1; 2.2 is resistance' },
      { find: 'a 2.4%', label: 'contradicted', note: 'fact xrp.change_24h 0.94' },
      { find: '-6.35%', label: 'supported' },
      { find: '4.29%', label: 'supported' },
      { find: '2.23%', label: 'contradicted', note: 'fact sector.gaming.change_24h -4.23' },
      { find: '4.17%', label: 'supported' },
      { find: '4.31%', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '-2.12%', label: 'supported' },
      { find: '8.3%', label: 'contradicted', note: 'fact btc.oi_change_24h -3.8' },
      { find: '$8.92B', label: 'supported' },
      { find: '4.6%', label: 'supported' },
      { find: '$5.14B', label: 'supported' },
      { find: '13.1%', label: 'contradicted', note: 'fact sol.oi_change_24h -5.2 (13.1 is 7d)' },
      { find: '0.0051%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '5.6%', label: 'supported' },
      { find: '$105,000', label: 'supported', note: 'btc.resistance 105000; also in Bitcoin Magazine summary' },
      { find: 'close to 9%', label: 'supported', note: 'virtual.change_24h -8.84; attributed to Decrypt too' },
    ],
  },
  {
    id: 'F-daily-04',
    voice: 'daily',
    style: 'sector',
    text: `Sector board, November 20

AI: the AI basket fell 6.35% over 24 hours, the worst sector on the board, and all 7 members closed lower. WLD was the best of the group at -5.6%, while VIRTUAL was the worst at -8.8%. FET lost 7.4%, TAO 9.5% and RENDER 6.9%. The basket's market cap dropped about $1.45 billion to $11.2 billion. CoinDesk put the sector's slide at 6%, and some desks see a floor near $10 billion.

Layer two: down 4.3%, with all 4 members lower. IMX held up best at -3.8%, OP was the laggard at -4.9%. ARB fell 4.6% to $0.398.

DePIN: off 4.3%, with HNT the only gainer in the group at +2.4% after the carrier offload deal CoinDesk wrote about. Render dragged at -6.9%; FIL lost 7.9% and IOTX 3.7%.

Gaming: down 4.2%. SAND was the best performer at -3.9%, GALA the worst at -6.4%. AXS lost 15.5%.

Memes: lower by 4.2%. SHIB fell least at -3.6%, WIF the most at -6.3%. PEPE dropped 17.6% and DOGE 1.4%.

Layer one: the best sector at -2.1%, with 1 of its 10 members higher.`,
    numbers: [
      { find: 'November 20', label: 'ignored' },
      { find: '6.35%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: 'all 7', label: 'supported' },
      {
        find: '-5.6%',
        label: 'contradicted',
        note: 'wrong leader: sector.ai.best_24h is GRT -5.62; wld.change_24h -6.21',
      },
      { find: '-8.8%', label: 'supported' },
      { find: '7.4%', label: 'supported' },
      { find: '9.5%', label: 'contradicted', note: 'fact tao.change_24h -5.94' },
      { find: 'RENDER 6.9%', label: 'supported' },
      {
        find: '$1.45 billion',
        label: 'contradicted',
        note: 'fact sector.ai.market_cap_change_24h -759M (1.45B is 7d)',
      },
      { find: '$11.2 billion', label: 'supported' },
      { find: 'at 6%', label: 'supported', note: 'sector.ai.change_24h -6.35; CoinDesk headline says 6% too' },
      { find: '$10 billion', label: 'unsupported', note: 'forecast' },
      { find: 'Layer two', label: 'ignored' },
      { find: 'Layer one', label: 'ignored' },
      { find: 'down 4.3%', label: 'supported' },
      { find: 'all 4', label: 'supported' },
      {
        find: '-3.8%',
        label: 'contradicted',
        note: 'wrong leader: sector.l2.best_24h is POL -3.82; imx.change_24h -4.12',
      },
      { find: '-4.9%', label: 'supported' },
      { find: '4.6%', label: 'supported' },
      { find: '$0.398', label: 'contradicted', note: 'fact arb.price 0.2981' },
      { find: 'off 4.3%', label: 'supported' },
      { find: '+2.4%', label: 'supported' },
      { find: '-6.9%', label: 'supported' },
      { find: '7.9%', label: 'contradicted', note: 'fact fil.change_24h -4.31 (7.87 is 7d)' },
      { find: '3.7%', label: 'supported' },
      { find: 'down 4.2%', label: 'supported' },
      { find: '-3.9%', label: 'supported' },
      { find: '-6.4%', label: 'contradicted', note: 'fact gala.change_24h -4.61' },
      { find: '15.5%', label: 'contradicted', note: 'sector style: axs.change_24h -4.42 (15.5 is 7d)' },
      { find: 'by 4.2%', label: 'supported' },
      { find: '-3.6%', label: 'supported' },
      { find: '-6.3%', label: 'supported' },
      { find: '17.6%', label: 'contradicted', note: 'fact pepe.change_24h -5.43 (17.57 is 7d)' },
      { find: '1.4%', label: 'contradicted', note: 'fact doge.change_24h -4.12' },
      { find: '-2.1%', label: 'supported' },
      { find: 'with 1', label: 'supported' },
      { find: '10 members', label: 'supported' },
    ],
  },
  {
    id: 'F-daily-05',
    voice: 'daily',
    style: 'daily',
    text: `Derivatives and levels, Friday 20 November

Total open interest across tracked perps stands at $17.07 billion, down 4.2% in 24 hours and 10.8% on the week. The OI-weighted funding average is 0.0054% per 8h, still positive, and some traders expect it to go negative by Monday, which would take another $2 billion out of open interest.

Bitcoin: OI $8.92 billion (-9.6%), funding 0.0062%, about 6.8% annualized, so longs are still paying shorts. Support is $105,000 and resistance $100,000. Price sits at $103,812 after a 24h low of $101,950.

Ether: OI $5.14 billion (-4.6%), funding 0.051%. Support $3,400, resistance $3,600; the 30-day low is $3,344.

Solana: OI $14.2 billion, down 5.2%; funding 0.0038% (4.16% APR). Support $140, resistance $160.

XRP: OI $980 million (-6.4%); funding 0.0074%, the highest among the majors at 11.2% annualized.

DOGE: the outlier. Funding is -0.0041% (-4.5% a year), so shorts pay longs, and OI fell 15.8% to $610 million.`,
    numbers: [
      { find: '20 November', label: 'ignored' },
      { find: '$17.07 billion', label: 'supported' },
      { find: 'down 4.2%', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '10.8%', label: 'supported' },
      { find: '0.0054%', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '$2 billion', label: 'unsupported', note: 'forecast' },
      { find: '$8.92 billion', label: 'supported' },
      { find: '-9.6%', label: 'contradicted', note: 'daily style: btc.oi_change_24h -3.8 (9.6 is 7d)' },
      { find: '0.0062%', label: 'supported' },
      { find: '6.8%', label: 'supported' },
      { find: '$105,000', label: 'contradicted', note: 'support/resistance swapped: btc.support 100000' },
      { find: '$100,000', label: 'contradicted', note: 'support/resistance swapped: btc.resistance 105000' },
      { find: '$103,812', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$101,950', label: 'contradicted', note: 'fact btc.low_24h 103195' },
      { find: '$5.14 billion', label: 'supported' },
      { find: '-4.6%', label: 'supported' },
      { find: '0.051%', label: 'contradicted', note: 'fact eth.funding_rate 0.0051 (10x)' },
      { find: '$3,400', label: 'supported' },
      { find: '$3,600', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '$3,344', label: 'supported' },
      { find: '$14.2 billion', label: 'contradicted', note: 'fact sol.open_interest 1.42B' },
      { find: 'down 5.2%', label: 'supported' },
      { find: '0.0038%', label: 'supported' },
      { find: '4.16%', label: 'supported' },
      { find: '$140', label: 'contradicted', note: 'fact sol.support 150' },
      { find: '$160', label: 'supported' },
      { find: '$980 million', label: 'supported' },
      { find: '-6.4%', label: 'contradicted', note: 'daily style: xrp.oi_change_24h -1.9 (6.4 is 7d)' },
      { find: '0.0074%', label: 'supported' },
      { find: '11.2%', label: 'contradicted', note: 'fact xrp.funding_apr 8.10' },
      { find: '-0.0041%', label: 'supported' },
      { find: '-4.5%', label: 'supported' },
      { find: '15.8%', label: 'contradicted', note: 'daily style: doge.oi_change_24h -7.1 (15.8 is 7d)' },
      { find: '$610 million', label: 'supported' },
    ],
  },
  {
    id: 'F-daily-06',
    voice: 'daily',
    style: 'daily',
    text: `What the outlets are saying, November 20
- CoinDesk: U.S. spot bitcoin ETFs saw $420 million of net outflows on Thursday, per Farside data, the fourth straight day of selling.
- Cointelegraph says Ether dropped 3%, with ETH down at $3,143 as the validator exit queue grew.
- Decrypt: Solana slipped below $155; SOL now trades at $152.41, 5.6% lower.
- Bitcoin Magazine: BTC traded near $103,800 early Friday, and traders are eyeing $100,000 support.
- Decrypt reports Worldcoin Orbs are live in 3 new countries; WLD still fell 6.2%.
- The Block: paid storage on Filecoin rose for a third month while FIL fell 4.3%.
- CryptoSlate: total crypto market cap held above $3 trillion; our data has it at $3.29 trillion.
- Reports said ETF outflows for the week topped $1.5 billion.
- Helium's HNT gained 12% on the carrier deal, CoinDesk noted.
- Lightning capacity hit a record 5,400 BTC, per Bitcoin Magazine.`,
    numbers: [
      { find: 'November 20', label: 'ignored' },
      { find: '$420 million', label: 'supported-by-source' },
      { find: 'fourth', label: 'supported-by-source', note: 'word ordinal; CoinDesk headline: fourth straight day' },
      { find: 'dropped 3%', label: 'supported' },
      { find: '$3,143', label: 'contradicted', note: 'fact eth.price 3412.57' },
      { find: '$155', label: 'supported', note: 'below 155, price 152.41; also Decrypt headline' },
      { find: '$152.41', label: 'supported' },
      { find: '5.6%', label: 'contradicted', note: 'fact sol.change_24h -3.62' },
      { find: '$103,800', label: 'supported' },
      { find: '$100,000', label: 'supported' },
      { find: '3 new countries', label: 'supported-by-source' },
      { find: '6.2%', label: 'supported' },
      { find: 'third', label: 'supported-by-source', note: 'word ordinal from The Block summary' },
      { find: '4.3%', label: 'supported' },
      { find: '$3 trillion', label: 'supported' },
      { find: '$3.29 trillion', label: 'supported' },
      { find: '$1.5 billion', label: 'unsupported', note: 'not in facts or headlines, unattributed' },
      { find: '12%', label: 'contradicted', note: 'fact hnt.change_24h +2.38' },
      { find: '5,400 BTC', label: 'unsupported', note: 'Bitcoin Magazine summary gives no figure' },
    ],
  },
  {
    id: 'F-daily-07',
    voice: 'daily',
    style: 'weekly',
    text: `This week: BTC -4.95%, ETH -3.1%, SOL -12%, XRP -2.1%, BNB -5.8%, DOGE -4.1%. Worst sector: memes at -17.5%. Best: layer one at -6%. Total OI down 10.8%; the AI basket lost 11.4% and Render 18.9%. Bitcoin's 7-day realized volatility is 30.5%, Ether's 46.7%.`,
    numbers: [
      { find: '-4.95%', label: 'supported' },
      { find: '-3.1%', label: 'contradicted', note: 'weekly: eth.change_7d -10.63 (3.1 is 24h)' },
      { find: '-12%', label: 'supported' },
      { find: '-2.1%', label: 'supported' },
      { find: '-5.8%', label: 'supported' },
      { find: '-4.1%', label: 'contradicted', note: 'weekly: doge.change_7d -17.06' },
      {
        find: '-17.5%',
        label: 'contradicted',
        note: 'wrong leader/value: memes 7d -15.81; worst 7d sector is L2 -17.52',
      },
      { find: 'layer one', label: 'ignored' },
      { find: '-6%', label: 'supported' },
      { find: '10.8%', label: 'supported' },
      { find: '11.4%', label: 'supported' },
      { find: '18.9%', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '30.5%', label: 'supported' },
      { find: '46.7%', label: 'contradicted', note: 'eth.volatility_7d 30.97 (46.7 is 30d)' },
    ],
  },
];
