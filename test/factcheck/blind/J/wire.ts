import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'J-wire-01',
    voice: 'wire',
    style: 'daily',
    text: `LONDON, Nov 19 - Bitcoin steadied near $93,846 on Thursday after a leveraged sell-off knocked it as low as $88,894 overnight, leaving it down 0.9 pct over 24 hours and 10.3 pct below its level a week earlier.

Ether fell 6.2 pct to $3,162 after briefly dipping to $2,966, below the $3,000 mark, while Solana lost 7.3 pct to $141.26.

Total crypto market capitalisation fell 1.6 pct to $3.21 trillion. Bitcoin's share of the market rose to 52.4 pct, and trading volume across the market reached $271 billion.

"It was a classic long squeeze," said a Singapore-based trader, who asked not to be named. "About $2 billion of longs got flushed."`,
    numbers: [
      { find: 'Nov 19', label: 'ignored' },
      { find: '$93,846', label: 'supported' },
      { find: '$88,894', label: 'supported' },
      { find: '0.9 pct', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '10.3 pct', label: 'contradicted', note: 'fact btc.change_7d -4.98' },
      { find: '6.2 pct', label: 'contradicted', note: 'fact eth.change_24h -2.63' },
      { find: '$3,162', label: 'supported' },
      { find: '$2,966', label: 'supported' },
      { find: '$3,000', label: 'supported' },
      { find: '7.3 pct', label: 'contradicted', note: 'fact sol.change_24h -3.74' },
      { find: '$141.26', label: 'supported' },
      { find: '1.6 pct', label: 'supported' },
      { find: '$3.21 trillion', label: 'supported' },
      { find: '52.4 pct', label: 'contradicted', note: 'fact market.btc_dominance 58.35' },
      { find: '$271 billion', label: 'supported' },
      { find: '$2 billion', label: 'unsupported', note: 'invented quote figure; CryptoSlate says $1.14B total' },
    ],
  },
  {
    id: 'J-wire-02',
    voice: 'wire',
    style: 'daily',
    text: `SINGAPORE, Nov 19 - Open interest in crypto perpetual futures fell 11 pct in 24 hours to $14.4 billion as leveraged positions were unwound, exchange data showed. Over the past week it has fallen 24.7 pct.

Bitcoin open interest dropped 9.1 pct to $71.2 billion, ether's 17.8 pct to $4.86 billion and solana's 15.3 pct to $1.06 billion. Dogecoin saw the sharpest decline, 18.4 pct, to $740 million.

XRP open interest slipped just 14.2 pct to $910 million.

Funding rates turned negative, with bitcoin at -0.0087 pct per eight hours, or about -9.5 pct annualised, ether at -0.0314 pct and dogecoin at -0.021 pct, meaning shorts pay longs. XRP was the exception at +0.0021 pct.`,
    numbers: [
      { find: 'Nov 19', label: 'ignored' },
      { find: '11 pct', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '$14.4 billion', label: 'supported' },
      { find: '24.7 pct', label: 'contradicted', note: 'fact market.oi_change_7d -14.72' },
      { find: '9.1 pct', label: 'supported' },
      { find: '$71.2 billion', label: 'contradicted', note: '10x slip: fact btc.open_interest 7.12B' },
      { find: '17.8 pct', label: 'contradicted', note: 'wrong window: 7d value; fact eth.oi_change_24h -13.2' },
      { find: '$4.86 billion', label: 'supported' },
      { find: '15.3 pct', label: 'supported' },
      { find: '$1.06 billion', label: 'supported' },
      { find: '18.4 pct', label: 'supported' },
      { find: '$740 million', label: 'contradicted', note: 'fact doge.open_interest 470M' },
      { find: '14.2 pct', label: 'contradicted', note: 'fact xrp.oi_change_24h -4.2' },
      { find: '$910 million', label: 'supported' },
      { find: '-0.0087 pct', label: 'supported' },
      { find: 'eight hours', label: 'ignored' },
      { find: '-9.5 pct', label: 'supported' },
      { find: '-0.0314 pct', label: 'contradicted', note: 'fact eth.funding_rate -0.0134' },
      { find: '-0.021 pct', label: 'supported' },
      { find: '+0.0021 pct', label: 'supported' },
    ],
  },
  {
    id: 'J-wire-03',
    voice: 'wire',
    style: 'sector',
    text: `NEW YORK, Nov 19 - Gaming tokens were the only corner of the crypto market to rise on Thursday, gaining 1.2 pct, as Axie Infinity jumped 4.1 pct to $1.73 and The Sandbox rose 4.9 pct. Gaming tokens have now risen in five of the past seven sessions.

The DePIN group was the worst performer, down 6.8 pct, dragged by a 10.9 pct slide in Filecoin to $1.73. Helium was the best DePIN performer, down 3.9 pct.

Memecoins fell 2.3 pct, AI tokens 5.3 pct, Layer 2 networks 6.2 pct and Layer 1 chains 1.2 pct.

Bittensor's TAO was the only AI token to gain, rising 1.1 pct, while Virtuals Protocol slumped 6.8 pct.

Across the watchlist, nine of 30 tokens advanced and 24 declined, according to CoinGecko data.`,
    numbers: [
      { find: 'Nov 19', label: 'ignored' },
      { find: '1.2 pct@1', label: 'supported' },
      { find: '4.1 pct', label: 'supported' },
      { find: '$1.73@1', label: 'supported', note: 'axs.price 1.7294' },
      { find: '4.9 pct', label: 'contradicted', note: 'fact sand.change_24h +1.90' },
      { find: 'five', label: 'unsupported', note: 'history; no fact' },
      { find: 'seven sessions', label: 'ignored' },
      { find: '6.8 pct@1', label: 'supported' },
      { find: '10.9 pct', label: 'supported' },
      { find: '$1.73@2', label: 'supported', note: 'fil.price 1.7318' },
      { find: '3.9 pct', label: 'supported' },
      { find: '2.3 pct', label: 'contradicted', note: 'fact sector.memes.change_24h -4.29' },
      { find: '5.3 pct', label: 'contradicted', note: 'fact sector.ai.change_24h -3.30' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '6.2 pct', label: 'contradicted', note: 'fact sector.l2.change_24h -2.58' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '1.2 pct@2', label: 'supported' },
      { find: '1.1 pct', label: 'supported' },
      { find: '6.8 pct@2', label: 'supported' },
      { find: 'nine', label: 'contradicted', note: 'fact market.advancers_24h 6' },
      { find: '30', label: 'supported' },
      { find: '24 declined', label: 'supported' },
    ],
  },
  {
    id: 'J-wire-04',
    voice: 'wire',
    style: 'daily',
    text: `BITCOIN BRIEFLY SLIDES BELOW $89,000, LOWEST IN OVER A MONTH - COINDESK

BITCOIN RECOVERS TO $93,800, DOWN 0.9 PCT ON DAY

ETHER HITS $2,966 LOW BEFORE REBOUNDING - COINDESK

ETHER FALLS 6 PCT TO $3,050 - DECRYPT

CRYPTO LIQUIDATIONS TOP $1.14 BLN, 87 PCT LONGS - CRYPTOSLATE

SPOT BITCOIN ETF OUTFLOWS $523 MLN, LARGEST IN SIX WEEKS - BITCOIN MAGAZINE

SOLANA OPEN INTEREST DROPS 51 PCT - COINTELEGRAPH

BITCOIN TUMBLES TO $86,500 IN LIQUIDATION CASCADE - BITCOIN MAGAZINE

XRP, BNB EKE OUT GAINS OF 0.2 PCT AND 0.1 PCT - THE BLOCK`,
    numbers: [
      { find: '$89,000', label: 'supported', note: 'btc.low_24h 88,894' },
      { find: '$93,800', label: 'supported' },
      { find: '0.9 PCT', label: 'supported' },
      { find: '$2,966', label: 'supported' },
      { find: '6 PCT', label: 'contradicted', note: 'Decrypt headline, but fact eth.change_24h -2.63' },
      { find: '$3,050', label: 'contradicted', note: 'Decrypt headline, but fact eth.price 3,162' },
      { find: '$1.14 BLN', label: 'supported-by-source' },
      { find: '87 PCT', label: 'supported-by-source' },
      { find: '$523 MLN', label: 'supported-by-source' },
      { find: 'SIX WEEKS', label: 'ignored', note: 'duration; could also be read as a source-backed claim' },
      { find: '51 PCT', label: 'contradicted', note: 'fact sol.oi_change_24h -15.3 (headline says 15%)' },
      { find: '$86,500', label: 'contradicted', note: 'Bitcoin Magazine headline, but fact btc.low_24h 88,894' },
      { find: '0.2 PCT', label: 'supported' },
      { find: '0.1 PCT', label: 'supported' },
    ],
  },
  {
    id: 'J-wire-05',
    voice: 'wire',
    style: 'daily',
    text: `Bitcoin's 24-hour range stretched from $88,894 to $98,446, according to exchange data, and the largest cryptocurrency ended the session near $93,850, between support at $90,000 and resistance at $95,000. It would need to rally 11.5 pct to regain its 30-day high.

Annualised seven-day realised volatility rose to 62 pct, well above the 30-day reading of 38 pct, Decrypt reported. Ether's annualised volatility over seven days was 43.7 pct.

Spot volume was about 2.3 times its seven-day average at $5.44 billion. Filecoin's ratio of about 2.5 times was the highest on the watchlist, and XRP's volume ran at 2.0 times average.

Ether's range ran from $2,966 to $3,721; it closed below its 30-day swing low of $3,196.`,
    numbers: [
      { find: '24-hour', label: 'ignored' },
      { find: '$88,894', label: 'supported' },
      { find: '$98,446', label: 'contradicted', note: 'fact btc.high_24h 94,845.74' },
      { find: '$93,850', label: 'supported' },
      { find: '$90,000', label: 'supported' },
      { find: '$95,000', label: 'supported' },
      { find: '11.5 pct', label: 'unsupported', note: 'distance to a level' },
      { find: '30-day@1', label: 'ignored' },
      { find: 'seven-day@1', label: 'ignored' },
      { find: '62 pct', label: 'supported' },
      { find: '30-day@2', label: 'ignored' },
      { find: '38 pct', label: 'supported' },
      { find: 'seven days', label: 'ignored' },
      { find: '43.7 pct', label: 'contradicted', note: 'wrong window: 30d value; fact eth.volatility_7d 26.7' },
      { find: '2.3 times', label: 'supported' },
      { find: 'seven-day@2', label: 'ignored' },
      { find: '$5.44 billion', label: 'contradicted', note: 'wrong asset: ETH volume; fact btc.volume_24h 8.87B' },
      { find: '2.5 times', label: 'supported' },
      { find: '2.0 times', label: 'supported' },
      { find: '$2,966', label: 'supported' },
      { find: '$3,721', label: 'contradicted', note: 'fact eth.high_24h 3,271.42' },
      { find: '30-day@3', label: 'ignored' },
      { find: '$3,196', label: 'supported' },
    ],
  },
  {
    id: 'J-wire-06',
    voice: 'wire',
    style: 'weekly',
    text: `LONDON, Nov 19 - Bitcoin is on track for a weekly loss of 5.0 pct, its worst since October, as a wave of liquidations hit leveraged traders. Ether is down 2.6 pct and Solana 11.2 pct. Binance's BNB fared best among the majors, down 3.0 pct.

Layer 1 tokens lost 5.4 pct on the week; Layer 2s 11.7 pct; AI tokens 11.3 pct; DePIN 12.2 pct; gaming 1.2 pct; and memecoins 12.7 pct, the worst sector.

Axie Infinity was the week's standout, up 9.0 pct, while Virtuals Protocol lost 7.1 pct.

Total open interest fell 14.7 pct, with dogecoin's down 42.3 pct. Some analysts see bitcoin back at $105,000 by year-end.`,
    numbers: [
      { find: 'Nov 19', label: 'ignored' },
      { find: '5.0 pct', label: 'supported' },
      { find: '2.6 pct', label: 'contradicted', note: 'wrong window: 24h value; fact eth.change_7d -6.93' },
      { find: '11.2 pct', label: 'supported' },
      { find: '3.0 pct', label: 'supported' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '5.4 pct', label: 'supported' },
      { find: 'Layer 2s', label: 'ignored' },
      { find: '11.7 pct', label: 'supported' },
      { find: '11.3 pct', label: 'supported' },
      { find: '12.2 pct', label: 'supported' },
      {
        find: '1.2 pct@2',
        label: 'contradicted',
        note: 'wrong window and direction: fact sector.gaming.change_7d -6.70 (24h was +1.16); first 1.2 pct is inside 11.2 pct',
      },
      { find: '12.7 pct', label: 'supported' },
      { find: '9.0 pct', label: 'supported' },
      { find: '7.1 pct', label: 'contradicted', note: 'fact virtual.change_7d -17.11' },
      { find: '14.7 pct', label: 'supported' },
      { find: '42.3 pct', label: 'contradicted', note: 'fact doge.oi_change_7d -24.3' },
      { find: '$105,000', label: 'unsupported', note: 'forecast, not attributed to Cointelegraph' },
    ],
  },
  {
    id: 'J-wire-07',
    voice: 'wire',
    style: 'daily',
    text: `NEW YORK, Nov 18 - U.S. spot bitcoin exchange-traded funds recorded $523 million of net outflows on Wednesday, the largest in six weeks, Bitcoin Magazine reported, citing Farside Investors data. BlackRock's IBIT accounted for more than half of the redemptions, according to Bitcoin Magazine.

Spot ether funds lost $412 million, their fourth straight day of outflows, CoinDesk said.

Liquidations across crypto derivatives reached $1.14 billion, with 87 pct of them long positions, CryptoSlate reported. More than 310,000 traders were liquidated, CryptoSlate added.

The Block reported that a trader lost $48 million when a 25x leveraged ether position was closed. Bitcoin was trading near $88,900 after sliding 6 pct over the past day, Cointelegraph reported.`,
    numbers: [
      { find: 'Nov 18', label: 'ignored' },
      { find: '$523 million', label: 'supported-by-source' },
      { find: 'six weeks', label: 'ignored' },
      { find: 'half', label: 'supported-by-source' },
      { find: '$412 million', label: 'unsupported', note: 'CoinDesk headline says $214M; no fact' },
      {
        find: 'fourth',
        label: 'supported-by-source',
        note: 'debatable: ordinal count of days, stated in the CoinDesk summary',
      },
      { find: '$1.14 billion', label: 'supported-by-source' },
      { find: '87 pct', label: 'supported-by-source' },
      { find: '310,000', label: 'supported-by-source' },
      { find: '$48 million', label: 'supported-by-source' },
      { find: '25x', label: 'supported-by-source' },
      { find: '$88,900', label: 'contradicted', note: 'Cointelegraph figure, but fact btc.price 93,846' },
      { find: '6 pct', label: 'contradicted', note: 'Cointelegraph figure, but fact btc.change_24h -0.91' },
    ],
  },
  {
    id: 'J-wire-08',
    voice: 'wire',
    style: 'sector',
    text: `Artificial intelligence tokens fell 3.3 pct on Thursday, cutting the group's combined value by about $465 million to $31.6 billion. Bittensor rose 1.1 pct to $337.40, the sector's only gain, while Virtuals Protocol fell 6.8 pct to $1.92.

Memecoins lost 4.3 pct. Dogecoin slid 4.5 pct to $0.1462, dogwifhat 6.1 pct and pepe 3.4 pct, while shiba inu fell 2.8 pct. The four tokens shed about $15 billion in market value. Dogecoin's slide followed a 20 pct rally earlier this month.

Dogecoin funding stood at -0.021 pct, Cointelegraph reported.`,
    numbers: [
      { find: '3.3 pct', label: 'supported' },
      { find: '$465 million', label: 'supported' },
      { find: '$31.6 billion', label: 'contradicted', note: 'fact sector.ai.market_cap 13.6B' },
      { find: '1.1 pct', label: 'supported' },
      { find: '$337.40', label: 'contradicted', note: 'fact tao.price 377.4' },
      { find: '6.8 pct', label: 'supported' },
      { find: '$1.92', label: 'contradicted', note: 'fact virtual.price 1.2874' },
      { find: '4.3 pct', label: 'supported' },
      { find: '4.5 pct', label: 'supported' },
      { find: '$0.1462', label: 'contradicted', note: 'fact doge.price 0.1642' },
      { find: '6.1 pct', label: 'supported' },
      { find: '3.4 pct', label: 'contradicted', note: 'fact pepe.change_24h -5.40' },
      { find: '2.8 pct', label: 'supported' },
      { find: 'four tokens', label: 'supported' },
      { find: '$15 billion', label: 'contradicted', note: '10x slip: fact sector.memes.market_cap_change_24h -1.49B' },
      { find: '20 pct', label: 'unsupported', note: 'history' },
      { find: '-0.021 pct', label: 'supported' },
    ],
  },
  {
    id: 'J-wire-09',
    voice: 'wire',
    style: 'daily',
    text: `TOKYO, Nov 19 - Bitcoin traded at $93,846 at 0700 GMT, down 0.9 pct from a day earlier. The 24-hour high was $94,846 and the low $88,894. Traders eye a move toward $100,000 if resistance breaks.

BNB edged up 0.1 pct to $971.60 and XRP rose 0.2 pct to $2.15, the only two Layer 1 tokens in positive territory. Cardano fell 13.5 pct, Avalanche 4.6 pct, Polkadot 2.4 pct and Sui 6.4 pct. NEAR Protocol lost 5.1 pct to $3.81.`,
    numbers: [
      { find: 'Nov 19', label: 'ignored' },
      { find: '$93,846', label: 'supported' },
      { find: '0700', label: 'ignored' },
      { find: '0.9 pct', label: 'supported' },
      { find: '24-hour', label: 'ignored' },
      { find: '$94,846', label: 'supported' },
      { find: '$88,894', label: 'supported' },
      { find: '$100,000', label: 'unsupported', note: 'forecast' },
      { find: '0.1 pct', label: 'supported' },
      { find: '$971.60', label: 'contradicted', note: 'fact bnb.price 917.6' },
      { find: '0.2 pct', label: 'supported' },
      { find: '$2.15', label: 'supported' },
      { find: 'two', label: 'supported', note: 'sector.l1.advancers_24h 2' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '13.5 pct', label: 'contradicted', note: 'wrong window: 7d value; fact ada.change_24h -4.80' },
      { find: '4.6 pct', label: 'supported' },
      { find: '2.4 pct', label: 'contradicted', note: 'fact dot.change_24h -4.18' },
      { find: '6.4 pct', label: 'supported' },
      { find: '5.1 pct', label: 'supported' },
      { find: '$3.81', label: 'contradicted', note: 'fact near.price 2.806' },
    ],
  },
  {
    id: 'J-wire-10',
    voice: 'wire',
    style: 'daily',
    text: `Layer-2 tokens fell 2.6 pct. Optimism lost 3.3 pct to $0.693, Arbitrum 9.2 pct to $0.279 and Polygon 3.2 pct to $0.186. Immutable was little changed, down 0.1 pct at $0.472. Arbitrum has lost 40 pct since its token unlock in March. Layer-2 market capitalisation on the watchlist fell to $5.0 billion; CoinGecko puts the wider category at $41.1 billion.

Gaming tokens rose 1.2 pct, CoinGecko data showed, led by Gala's 4.1 pct gain. The Sandbox added 1.9 pct and Axie Infinity 1.2 pct. The sector's market value rose by about $26 million.`,
    numbers: [
      { find: 'Layer-2@1', label: 'ignored' },
      { find: '2.6 pct', label: 'supported' },
      { find: '3.3 pct', label: 'supported' },
      { find: '$0.693', label: 'contradicted', note: 'fact op.price 0.3964' },
      { find: '9.2 pct', label: 'contradicted', note: 'fact arb.change_24h -2.94' },
      { find: '$0.279', label: 'supported' },
      { find: '3.2 pct', label: 'supported' },
      { find: '$0.186', label: 'contradicted', note: 'fact pol.price 0.1677' },
      { find: '0.1 pct', label: 'supported' },
      { find: '$0.472', label: 'supported' },
      { find: '40 pct', label: 'unsupported', note: 'history' },
      { find: 'Layer-2@2', label: 'ignored' },
      { find: '$5.0 billion', label: 'supported' },
      { find: '$41.1 billion', label: 'contradicted', note: 'fact sector.l2.category_cap 14.1B' },
      { find: '1.2 pct@1', label: 'supported' },
      { find: '4.1 pct', label: 'contradicted', note: 'wrong leader: AXS +4.08 led; fact gala.change_24h +1.20' },
      { find: '1.9 pct', label: 'supported' },
      { find: '1.2 pct@2', label: 'contradicted', note: 'wrong asset: fact axs.change_24h +4.08' },
      { find: '$26 million', label: 'supported' },
    ],
  },
  {
    id: 'J-wire-11',
    voice: 'wire',
    style: 'daily',
    text: `Bitcoin's dominance rose to 58.4 pct, Bitcoin Magazine reported, up about four tenths of a point, as altcoins bore the brunt of the sell-off. Total market value fell 6.1 pct to $3.21 trillion, while 24-hour trading volume reached $271.4 billion.

Only six of the 30 tokens on the watchlist rose; 24 fell. Bitcoin's market capitalisation stood at $1.87 trillion and ether's at $482 billion. Solana was valued at $78.1 billion, XRP at $127.6 billion and BNB at $130.4 billion. Dogecoin's market value slipped to $24.8 billion and Cardano's to $2.02 billion.`,
    numbers: [
      { find: '58.4 pct', label: 'supported' },
      {
        find: 'four tenths',
        label: 'supported-by-source',
        note: 'dominance change only in the Bitcoin Magazine summary',
      },
      { find: '6.1 pct', label: 'contradicted', note: 'fact market.cap_change_24h -1.6' },
      { find: '$3.21 trillion', label: 'supported' },
      { find: '24-hour', label: 'ignored' },
      { find: '$271.4 billion', label: 'supported' },
      { find: 'six', label: 'supported' },
      { find: '30@1', label: 'supported' },
      { find: '24 fell', label: 'supported' },
      { find: '$1.87 trillion', label: 'supported' },
      { find: '$482 billion', label: 'contradicted', note: 'fact eth.market_cap 381.7B' },
      { find: '$78.1 billion', label: 'supported' },
      { find: '$127.6 billion', label: 'contradicted', note: 'wrong asset: BNB cap; fact xrp.market_cap 130.4B' },
      { find: '$130.4 billion', label: 'contradicted', note: 'wrong asset: XRP cap; fact bnb.market_cap 127.6B' },
      { find: '$24.8 billion', label: 'supported' },
      { find: '$2.02 billion', label: 'contradicted', note: '10x slip: fact ada.market_cap 20.19B' },
    ],
  },
  {
    id: 'J-wire-12',
    voice: 'wire',
    style: 'weekly',
    text: `WEEK IN REVIEW - Bitcoin has shed 5.0 pct over the week and trades near $93,800 on about 2.3 times normal volume. Its seven-day realised volatility is 62 pct and its open interest is down 9.1 pct. Ether has lost 11.9 pct, with its open interest down 17.8 pct. Solana funding stands at -0.0612 pct.

Layer 1 tokens fell 5.4 pct, with none of the 10 members higher; BNB was the best at a 3.0 pct loss and Sui the worst at 14.7 pct. Helium was the best DePIN token, down only 2.7 pct, while Filecoin lost 19.0 pct. Bitcoin ETFs have lost $2.1 billion this week.`,
    numbers: [
      { find: '5.0 pct', label: 'supported' },
      { find: '$93,800', label: 'supported' },
      { find: '2.3 times', label: 'supported' },
      { find: 'seven-day', label: 'ignored' },
      { find: '62 pct', label: 'supported' },
      { find: '9.1 pct', label: 'contradicted', note: 'wrong window: 24h value; fact btc.oi_change_7d -11.4' },
      { find: '11.9 pct', label: 'contradicted', note: 'wrong window: 30d value; fact eth.change_7d -6.93' },
      { find: '17.8 pct', label: 'supported' },
      { find: '-0.0612 pct', label: 'contradicted', note: 'fact sol.funding_rate -0.0162' },
      { find: 'Layer 1', label: 'ignored' },
      { find: '5.4 pct', label: 'supported' },
      { find: '10', label: 'supported' },
      { find: '3.0 pct', label: 'supported' },
      { find: '14.7 pct', label: 'contradicted', note: 'wrong asset: worst is AVAX -14.74; sui.change_7d -10.00' },
      { find: '2.7 pct', label: 'supported' },
      { find: '19.0 pct', label: 'supported' },
      { find: '$2.1 billion', label: 'unsupported', note: 'invented' },
    ],
  },
];
