import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'Q-wire-01',
    voice: 'wire',
    style: 'daily',
    text: `CRYPTO-Bitcoin steady near $117,500 in thin weekend trade

LONDON, Sept 27 (GB) - Bitcoin was down 0.05 pct at $117,460 by 0700 GMT on Sunday, trading in a tight band between $117,270 and $118,145 over the session.

Ether rose 0.1 pct to $4,306.58. Solana fell 3.8 pct to $216.18, XRP was down 0.08 pct at $2.25 and BNB rose 0.4 pct to $1,032.40.

Total crypto market capitalisation was $3.86 trillion, CoinGecko data showed, with bitcoin's share at 60.6 pct. 14 of the 30 largest watchlist tokens rose, while 16 fell.

Dogecoin jumped 8 pct, Decrypt reported.

Open interest on the largest Binance perpetuals fell 0.3 pct, The Block reported, with bitcoin open interest down 0.6 pct and XRP up 0.8 pct. Bitcoin funding was 0.0012 pct per 8 hours, while ether funding turned negative at -0.0008 pct.

Spot bitcoin ETFs posted $185 million of net outflows last week, CoinDesk reported. Bitcoin volume was 0.55 times its 7-day average and ether volume 0.35 times.

Total 24-hour volume across the market was $5.8 billion. (Reporting by GB desk; editing by staff)`,
    numbers: [
      { find: '$117,500', label: 'supported' },
      { find: 'Sept 27', label: 'ignored' },
      { find: '0.05 pct', label: 'supported' },
      { find: '$117,460', label: 'supported' },
      { find: '0700', label: 'ignored' },
      { find: '$117,270', label: 'supported' },
      { find: '$118,145', label: 'supported' },
      { find: '0.1 pct', label: 'supported' },
      { find: '$4,306.58', label: 'supported' },
      { find: '3.8 pct', label: 'contradicted', note: 'fact sol.change_24h -0.38 (10x)' },
      { find: '$216.18', label: 'supported' },
      { find: '0.08 pct', label: 'supported' },
      { find: '$2.25', label: 'contradicted', note: 'fact xrp.price 2.5183' },
      { find: '0.4 pct', label: 'contradicted', note: 'fact bnb.change_24h 0.04 (10x)' },
      { find: '$1,032.40', label: 'supported' },
      { find: '$3.86 trillion', label: 'supported' },
      { find: '60.6 pct', label: 'supported' },
      { find: '14 of', label: 'supported' },
      { find: '30 largest', label: 'supported' },
      { find: '16 fell', label: 'contradicted', note: 'fact market.decliners_24h 15' },
      { find: 'jumped 8 pct', label: 'contradicted', note: 'Decrypt headline 8%, fact doge.change_24h -0.45' },
      { find: '0.3 pct', label: 'supported' },
      { find: 'down 0.6 pct', label: 'supported' },
      { find: '0.8 pct', label: 'supported' },
      { find: '0.0012 pct', label: 'supported' },
      { find: '8 hours', label: 'ignored' },
      { find: '-0.0008 pct', label: 'supported' },
      { find: '$185 million', label: 'supported-by-source' },
      { find: '0.55 times', label: 'supported' },
      { find: '7-day', label: 'ignored' },
      { find: '0.35 times', label: 'contradicted', note: 'fact eth.volume_ratio_7d 0.53' },
      { find: '24-hour', label: 'ignored' },
      { find: '$5.8 billion', label: 'contradicted', note: 'fact market.volume_24h 58.2B (10x)' },
    ],
  },
  {
    id: 'Q-wire-02',
    voice: 'wire',
    style: 'sector',
    text: `CRYPTO SECTORS-Rollup tokens lead, gaming lags on quiet Sunday

Layer-2 tokens rose 0.8 pct, the only sector to gain more than half a percent, led by Arbitrum, which added 2.4 pct to $0.3201. Optimism gained 7 pct and Immutable slipped 0.5 pct.

AI tokens were up 2.5 pct. Worldcoin fell 3 pct, the biggest decline on the watchlist, while Bittensor rose 2.6 pct and Virtuals Protocol 2.2 pct, according to Cointelegraph.

Gaming tokens lost 0.9 pct, Decrypt said, as Gala fell 1.6 pct and The Sandbox 1.1 pct. Axie Infinity dropped 0.6 pct, and all four gaming names ended lower.

DePIN tokens dipped 1.5 pct. Filecoin fell 1.1 pct and IoTeX 1.4 pct, while Helium edged up 0.5 pct.

Memecoins fell 0.28 pct. Pepe gained 0.63 pct, Shiba Inu 0.15 pct, and dogwifhat lost 9 pct.

Layer-1 tokens were flat at -0.03 pct, with Cardano up 0.46 pct and Avalanche down 0.62 pct. The layer-1 group's watchlist cap was $3.33 trillion, and the layer-2 group's $5.6 billion.`,
    numbers: [
      { find: 'Layer-2', label: 'ignored' },
      { find: '0.8 pct', label: 'supported' },
      { find: 'half a percent', label: 'supported' },
      { find: 'all four', label: 'supported' },
      { find: '2.4 pct', label: 'supported' },
      { find: '$0.3201', label: 'supported' },
      { find: '7 pct', label: 'contradicted', note: 'fact op.change_24h 0.70 (10x)' },
      { find: '0.5 pct@1', label: 'supported' },
      { find: '2.5 pct', label: 'contradicted', note: 'fact sector.ai.change_24h 0.25 (10x)' },
      { find: 'fell 3 pct', label: 'supported', note: 'wld -3.04, WLD largest mover' },
      { find: '2.6 pct', label: 'contradicted', note: 'fact tao.change_24h 1.6; Cointelegraph also says 1.6' },
      { find: '2.2 pct', label: 'supported', note: 'fact virtual 2.198 (also in Cointelegraph summary)' },
      { find: '0.9 pct', label: 'supported' },
      { find: '1.6 pct', label: 'supported' },
      { find: '1.1 pct@1', label: 'supported' },
      { find: '0.6 pct', label: 'supported' },
      { find: '1.5 pct', label: 'contradicted', note: 'depin change_24h -0.47; 1.48 is 7d' },
      { find: '1.1 pct@2', label: 'supported' },
      { find: '1.4 pct', label: 'supported' },
      { find: '0.5 pct@2', label: 'supported' },
      { find: '0.28 pct', label: 'supported' },
      { find: '0.63 pct', label: 'supported' },
      { find: '0.15 pct', label: 'supported' },
      { find: 'lost 9 pct', label: 'contradicted', note: 'fact wif.change_24h -0.90 (10x)' },
      { find: 'Layer-1', label: 'ignored' },
      { find: '-0.03 pct', label: 'supported' },
      { find: '0.46 pct', label: 'supported' },
      { find: '0.62 pct', label: 'supported' },
      { find: 'layer-1', label: 'ignored' },
      { find: '$3.33 trillion', label: 'supported' },
      { find: 'layer-2', label: 'ignored' },
      { find: '$5.6 billion', label: 'supported' },
    ],
  },
  {
    id: 'Q-wire-03',
    voice: 'wire',
    style: 'weekly',
    text: `CRYPTO WEEKLY-Bitcoin edges higher as volatility sinks

Bitcoin gained 0.6 pct on the week, ending at $117,460. Ether added 1.4 pct, while Solana lost 2.4 pct and Cardano 2.8 pct. XRP rose 0.84 pct and BNB climbed 6.3 pct.

Arbitrum led the watchlist with a 4.8 pct gain; Bittensor rose 3.45 pct and Sui gained 1.3 pct. Worldcoin dropped 4.3 pct, Filecoin 2.1 pct and Gala 3.31 pct.

Layer-2 tokens rose 1.8 pct, memecoins fell 6.5 pct and gaming tokens lost 1.5 pct.

Bitcoin's seven-day realized volatility fell to 9.5 pct annualized, CryptoSlate said. Total open interest declined 0.5 pct, while bitcoin open interest fell 3.2 pct.

Bitcoin could reach $135,000 before year-end, an analyst told Cointelegraph. A public miner sold 1,200 BTC in September, Bitcoin Magazine reported. A whale moved 8,000 ETH to an exchange.`,
    numbers: [
      { find: '0.6 pct', label: 'supported' },
      { find: '$117,460', label: 'supported' },
      { find: '1.4 pct', label: 'supported' },
      { find: '2.4 pct', label: 'supported' },
      { find: '2.8 pct', label: 'supported' },
      { find: '0.84 pct', label: 'supported' },
      { find: '6.3 pct', label: 'contradicted', note: 'bnb.change_7d 0.28; 6.26 is 30d' },
      { find: '4.8 pct', label: 'supported' },
      { find: '3.45 pct', label: 'supported' },
      { find: '1.3 pct', label: 'contradicted', note: 'fact sui.change_7d 3.32' },
      { find: '4.3 pct', label: 'supported' },
      { find: '2.1 pct', label: 'contradicted', note: 'fact fil.change_7d -5.05' },
      { find: '3.31 pct', label: 'supported' },
      { find: 'Layer-2', label: 'ignored' },
      { find: '1.8 pct', label: 'supported' },
      { find: '6.5 pct', label: 'contradicted', note: 'fact sector.memes.change_7d -1.65' },
      { find: '1.5 pct', label: 'supported' },
      { find: 'seven-day', label: 'ignored' },
      { find: '9.5 pct', label: 'supported' },
      { find: '0.5 pct', label: 'supported' },
      { find: '3.2 pct', label: 'contradicted', note: 'fact btc.oi_change_7d -1.2' },
      { find: '$135,000', label: 'supported-by-source' },
      { find: '1,200 BTC', label: 'supported-by-source' },
      { find: '8,000 ETH', label: 'unsupported', note: 'reddit post, unattributed' },
    ],
  },
  {
    id: 'Q-wire-04',
    voice: 'wire',
    style: 'daily',
    text: `BRIEF-Polkadot unchanged at $3.482
BRIEF-Avalanche falls 0.6 pct to $21.88
BRIEF-Near Protocol up 0.3 pct at $2.383
BRIEF-Sui dips 0.9 pct to $2.85
BRIEF-Render down 0.13 pct at $3.71
BRIEF-Fetch.ai rises 0.60 pct to $0.6437
BRIEF-The Graph up 3.0 pct at $0.0881
BRIEF-Helium support seen at $2.60, resistance at $2.70
BRIEF-Immutable resistance at $0.48
BRIEF-Shiba Inu at $0.00001358, up 1.5 pct
BRIEF-Pepe at $0.00000956, down 0.63 pct
BRIEF-Dogwifhat at $0.82, off 0.90 pct
BRIEF-Dogecoin funding at -0.0014 pct as longs pay shorts
BRIEF-Solana open interest down 1.1 pct at $15 billion
BRIEF-Ether open interest at $5.6 billion, up 2.0 pct
BRIEF-Bitcoin 30-day swing high $120,694, swing low $114,920
BRIEF-Ether 24h high $4,320, low $4,248
BRIEF-Gaming sector cap $2.42 billion, down $22.8 million on the day
BRIEF-AI sector cap rises $376 million
BRIEF-Total crypto volume $58.2 billion
BRIEF-Bridge exploit drains $19 million, Decrypt reports
BRIEF-Open interest totals $17.25 billion; bitcoin dominance 61.6 pct`,
    numbers: [
      { find: '$3.482', label: 'supported' },
      { find: '0.6 pct', label: 'supported' },
      { find: '$21.88', label: 'supported' },
      { find: '0.3 pct', label: 'supported' },
      { find: '$2.383', label: 'contradicted', note: 'fact near.price 2.833' },
      { find: '0.9 pct', label: 'contradicted', note: 'fact sui.change_24h -0.09 (10x)' },
      { find: '$2.85', label: 'supported' },
      { find: '0.13 pct', label: 'supported' },
      { find: '$3.71', label: 'contradicted', note: 'fact render.price 3.1742' },
      { find: '0.60 pct', label: 'supported' },
      { find: '$0.6437', label: 'supported' },
      { find: '3.0 pct', label: 'contradicted', note: 'fact grt.change_24h 0.30 (10x)' },
      { find: '$0.0881', label: 'supported' },
      { find: '$2.60', label: 'supported' },
      { find: '$2.70', label: 'supported' },
      { find: '$0.48', label: 'contradicted', note: 'imx.resistance 0.50; 0.48 is support' },
      { find: '$0.00001358', label: 'supported' },
      { find: '1.5 pct', label: 'contradicted', note: 'fact shib.change_24h 0.15 (10x)' },
      { find: '$0.00000956', label: 'supported' },
      { find: '0.63 pct', label: 'contradicted', note: 'fact pepe.change_24h +0.63 (sign)' },
      { find: '$0.82', label: 'supported' },
      { find: '0.90 pct', label: 'supported' },
      {
        find: '-0.0014 pct',
        label: 'contradicted',
        note: 'rate right but payer wrong: negative funding means shorts pay longs',
      },
      { find: '1.1 pct', label: 'supported' },
      { find: '$15 billion', label: 'contradicted', note: 'fact sol.open_interest 1.5B (10x)' },
      { find: '$5.6 billion', label: 'supported' },
      { find: '2.0 pct', label: 'contradicted', note: 'fact eth.oi_change_24h 0.2 (10x)' },
      { find: '30-day', label: 'ignored' },
      { find: '$120,694', label: 'supported' },
      { find: '$114,920', label: 'supported' },
      { find: '24h', label: 'ignored' },
      { find: '$4,320', label: 'supported' },
      { find: '$4,248', label: 'contradicted', note: 'fact eth.low_24h 4284.28' },
      { find: '$2.42 billion', label: 'supported' },
      { find: '$22.8 million', label: 'supported' },
      { find: '$376 million', label: 'contradicted', note: 'fact sector.ai.market_cap_change_24h 37.6M (10x)' },
      { find: '$58.2 billion', label: 'supported' },
      { find: '$19 million', label: 'supported-by-source' },
      { find: '$17.25 billion', label: 'supported' },
      { find: '61.6 pct', label: 'contradicted', note: 'fact market.btc_dominance 60.6' },
    ],
  },
  {
    id: 'Q-wire-05',
    voice: 'wire',
    style: 'daily',
    text: `CRYPTO-Altcoins mixed; Worldcoin the day's worst performer

Worldcoin fell 3.04 pct to $1.03, after touching a 24-hour low of $1.0249 and a high of $1.1588. Altcoins crashed 10 pct as liquidity dried up, Cointelegraph reported. Bitcoin broke out above $120,000, CoinDesk reported, and Solana rallied 6 pct to $230, according to CryptoSlate.

Elsewhere The Sandbox traded at $0.2388, Axie Infinity at $1.72 and Gala at $0.01355. Bittensor faces resistance at $440, with support at $400.`,
    numbers: [
      { find: '3.04 pct', label: 'supported' },
      { find: '$1.03', label: 'supported' },
      { find: '24-hour', label: 'ignored' },
      { find: '$1.0249', label: 'supported' },
      { find: '$1.1588', label: 'contradicted', note: 'fact wld.high_24h 1.0588' },
      {
        find: '10 pct',
        label: 'contradicted',
        note: 'Cointelegraph headline, but market cap -0.03 and no sector moved >1%; unsure: no exact altcoin fact',
      },
      { find: '$120,000', label: 'contradicted', note: 'CoinDesk headline but btc.price 117,460, high 118,145' },
      { find: '6 pct', label: 'contradicted', note: 'CryptoSlate headline but sol.change_24h -0.38' },
      { find: '$230', label: 'contradicted', note: 'sol.price 216.18' },
      { find: '$0.2388', label: 'supported' },
      { find: '$1.72', label: 'supported' },
      { find: '$0.01355', label: 'supported' },
      { find: '$440', label: 'supported' },
      { find: '$400', label: 'contradicted', note: 'fact tao.support 420' },
    ],
  },
  {
    id: 'Q-wire-06',
    voice: 'wire',
    style: 'daily',
    text: `CRYPTO-Smart contract platforms flat; Cardano leads

Cardano rose 0.46 pct to $0.6962, the best of the group, while Avalanche fell 0.62 pct to $21.88. NEAR rose 0.31 pct to $2.83 and Sui slipped 0.09 pct to $2.8496. BNB hit a 24-hour high of $1,032.98. 4 of the 10 members rose and 5 fell. Polkadot fell 2.4 pct.

Solana's 30-day swing low stands at $221.78. XRP open interest rose 8 pct. Cardano's 7-day realized volatility was 12.6 pct.

The layer-one category was worth $3.25 trillion, CoinGecko data showed, and ether's market value was $519.7 billion.`,
    numbers: [
      { find: '0.46 pct', label: 'supported' },
      { find: '$0.6962', label: 'supported' },
      { find: '0.62 pct', label: 'supported' },
      { find: '$21.88', label: 'supported' },
      { find: '0.31 pct', label: 'supported' },
      { find: '$2.83', label: 'supported' },
      { find: '0.09 pct', label: 'supported' },
      { find: '$2.8496', label: 'supported' },
      { find: '24-hour', label: 'ignored' },
      { find: '$1,032.98', label: 'supported' },
      { find: '4 of', label: 'supported' },
      { find: '10 members', label: 'supported' },
      { find: '5 fell', label: 'supported' },
      { find: '2.4 pct', label: 'contradicted', note: 'dot.change_24h 0; -2.41 is 7d' },
      { find: '30-day', label: 'ignored' },
      { find: '$221.78', label: 'contradicted', note: 'fact sol.swing_low_30d 212.78' },
      { find: '8 pct', label: 'contradicted', note: 'fact xrp.oi_change_24h 0.8 (10x)' },
      { find: '7-day', label: 'ignored' },
      { find: '12.6 pct', label: 'contradicted', note: 'fact ada.volatility_7d 21.6' },
      { find: '$3.25 trillion', label: 'supported', note: 'sector.l1.category_cap' },
      { find: '$519.7 billion', label: 'supported' },
    ],
  },
];
