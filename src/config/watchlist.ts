import type { AssetConfig, Registry } from '../domain/registry.ts';

const asset = (id: string, name: string, coingeckoId: string, aliases: string[] = [], perp = false): AssetConfig => {
  const symbol = id.toUpperCase();
  return {
    id,
    symbol,
    name,
    aliases,
    coingeckoId,
    pair: `${symbol}/USDT`,
    ...(perp ? { perp: `${symbol}/USDT:USDT` } : {}),
  };
};

/**
 * The default watchlist: 30 assets in six sectors, sector membership seeded from CoinGecko categories.
 * Leverage metrics (funding, open interest) are collected for the assets with a perp, to stay within
 * the Workers subrequest budget.
 *
 * A constant, not parsed with `registrySchema` at import (every CLI start and Worker isolate would pay for it):
 * test/config/watchlist.test.ts fails unless `registrySchema.parse` accepts it and returns it unchanged.
 */
export const defaultRegistry: Registry = {
  assets: [
    asset('btc', 'Bitcoin', 'bitcoin', ['XBT'], true),
    asset('eth', 'Ethereum', 'ethereum', ['Ether'], true),
    asset('sol', 'Solana', 'solana', [], true),
    asset('xrp', 'XRP', 'ripple', ['Ripple'], true),
    asset('bnb', 'BNB', 'binancecoin', ['Binance Coin']),
    asset('ada', 'Cardano', 'cardano'),
    asset('avax', 'Avalanche', 'avalanche-2'),
    asset('dot', 'Polkadot', 'polkadot'),
    asset('near', 'NEAR Protocol', 'near', ['NEAR']),
    asset('sui', 'Sui', 'sui'),
    asset('arb', 'Arbitrum', 'arbitrum'),
    asset('op', 'Optimism', 'optimism'),
    asset('pol', 'Polygon', 'polygon-ecosystem-token', ['MATIC', 'POL (ex-MATIC)']),
    asset('imx', 'Immutable', 'immutable-x', ['Immutable X']),
    asset('fet', 'Artificial Superintelligence Alliance', 'fetch-ai', ['Fetch.ai', 'Fetch', 'ASI']),
    asset('render', 'Render', 'render-token', ['RNDR']),
    asset('tao', 'Bittensor', 'bittensor'),
    asset('grt', 'The Graph', 'the-graph'),
    asset('virtual', 'Virtuals Protocol', 'virtual-protocol', ['Virtuals']),
    asset('wld', 'Worldcoin', 'worldcoin-wld', ['World']),
    asset('fil', 'Filecoin', 'filecoin'),
    asset('hnt', 'Helium', 'helium'),
    asset('iotx', 'IoTeX', 'iotex'),
    asset('axs', 'Axie Infinity', 'axie-infinity', ['Axie']),
    asset('sand', 'The Sandbox', 'the-sandbox', ['Sandbox']),
    asset('gala', 'Gala', 'gala', ['Gala Games']),
    asset('doge', 'Dogecoin', 'dogecoin', [], true),
    asset('shib', 'Shiba Inu', 'shiba-inu', ['Shiba']),
    asset('pepe', 'Pepe', 'pepe'),
    asset('wif', 'dogwifhat', 'dogwifcoin', ['WIF']),
  ],
  sectors: [
    {
      id: 'l1',
      name: 'Layer 1',
      aliases: ['L1', 'L1s', 'layer-1', 'layer one', 'core L1s', 'smart contract platforms'],
      coingeckoCategory: 'layer-1',
      members: ['btc', 'eth', 'sol', 'xrp', 'bnb', 'ada', 'avax', 'dot', 'near', 'sui'],
    },
    {
      id: 'l2',
      name: 'Layer 2',
      aliases: ['L2', 'L2s', 'layer-2', 'layer two', 'rollups'],
      coingeckoCategory: 'layer-2',
      members: ['arb', 'op', 'pol', 'imx'],
    },
    {
      id: 'ai',
      name: 'AI',
      aliases: [
        'AI tokens',
        'AI sector',
        'AI coins',
        'artificial intelligence',
        'AI-themed tokens',
        'AI and big-data tokens',
      ],
      coingeckoCategory: 'artificial-intelligence',
      members: ['fet', 'render', 'tao', 'grt', 'virtual', 'wld', 'near'],
    },
    {
      id: 'depin',
      name: 'DePIN',
      aliases: ['DePIN tokens', 'decentralized physical infrastructure', 'decentralized IoT'],
      coingeckoCategory: 'depin',
      members: ['fil', 'hnt', 'iotx', 'render'],
    },
    {
      id: 'gaming',
      name: 'Gaming',
      aliases: ['gaming tokens', 'GameFi', 'gaming sector'],
      coingeckoCategory: 'gaming',
      members: ['axs', 'sand', 'gala', 'imx'],
    },
    {
      id: 'memes',
      name: 'Memes',
      aliases: ['memecoins', 'meme coins', 'meme tokens', 'meme sector'],
      coingeckoCategory: 'meme-token',
      members: ['doge', 'shib', 'pepe', 'wif'],
    },
  ],
};
