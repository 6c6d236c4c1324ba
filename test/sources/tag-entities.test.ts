import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { findEntityMentions } from '../../src/sources/tag-entities.ts';

const tags = (text: string) => findEntityMentions(text, defaultRegistry).map((m) => `${m.kind}:${m.id}`);

describe('findEntityMentions', () => {
  it('finds names, tickers, $TICKER and aliases with exact offsets', () => {
    const text = 'Bitcoin tops $100K as ETH lags; $op jumps and XBT basis widens';
    const mentions = findEntityMentions(text, defaultRegistry);
    expect(mentions.map((m) => [m.id, m.surface])).toEqual([
      ['btc', 'Bitcoin'],
      ['eth', 'ETH'],
      ['op', '$op'],
      ['btc', 'XBT'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('does not read short tickers or names that are ordinary words as assets', () => {
    expect(tags('Near the top, traders sand down positions at the gala')).toEqual([]);
    expect(tags('An avalanche of liquidations hits the world of finance')).toEqual([]);
    expect(tags('AI startups raise billions')).toEqual([]);
    expect(tags('Eth is a typo here, and op-ed pages wif nothing')).toEqual([]);
    expect(tags('World Liberty Financial buys more')).toEqual([]);
  });

  it('accepts the same words with a crypto cue or as $TICKER', () => {
    expect(tags('OP token rallies after upgrade')).toEqual(['asset:op']);
    expect(tags('NEAR price climbs 9%')).toEqual(['asset:near']);
    expect(tags('Avalanche network upgrade cuts fees')).toEqual(['asset:avax']);
    expect(tags('$SAND and $GALA lead')).toEqual(['asset:sand', 'asset:gala']);
    expect(tags('AI tokens rally as Bittensor jumps')).toEqual(['sector:ai', 'asset:tao']);
  });

  it('keeps the longest of overlapping mentions and matches multi-word names across spaces or hyphens', () => {
    expect(tags('Immutable X and Shiba-Inu lead; memecoins slide')).toEqual([
      'asset:imx',
      'asset:shib',
      'sector:memes',
    ]);
    expect(tags('Layer-2 rollups and L1s diverge')).toEqual(['sector:l2', 'sector:l2', 'sector:l1']);
  });

  it('needs word boundaries: tickers inside words never match', () => {
    expect(tags('SOLAR panels and ETHOS and BTCPay')).toEqual([]);
  });
});
