import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { findEntityMentions } from '../../src/sources/tag-entities.ts';
import { findEntityMentionsByRegex } from './helpers/tag-entities-regex.ts';

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

describe('findEntityMentions against the regex-per-form reference', () => {
  const surfaces = [
    ...defaultRegistry.assets.flatMap((asset) => [asset.symbol, `$${asset.symbol}`, asset.name, ...asset.aliases]),
    ...defaultRegistry.sectors.flatMap((sector) => [sector.name, ...sector.aliases]),
  ];
  // Surfaces in every case, glued by the separators that decide boundaries, plus cue words and noise.
  const piece = fc.oneof(
    fc.constantFrom(...surfaces),
    fc.constantFrom(...surfaces).map((surface) => surface.toLowerCase()),
    fc.constantFrom(...surfaces).map((surface) => surface.toUpperCase()),
    fc.constantFrom('token', 'price', 'rallies', 'the', 'top', 'x', 's', '9%', '$', 'é', 'ǅ', '2'),
    fc.string({ maxLength: 4 }),
  );
  const separator = fc.constantFrom(' ', '', '-', ' - ', '.', ', ', '$', '(', ')', '\n', '’', "'");
  const text = fc
    .array(fc.tuple(piece, separator), { maxLength: 12 })
    .map((parts) => parts.map(([p, s]) => p + s).join(''));

  it('finds exactly the same mentions (spans, surfaces, order) on generated headlines', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(findEntityMentions(value, defaultRegistry)).toEqual(findEntityMentionsByRegex(value, defaultRegistry));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on multi-word forms with their separators', () => {
    for (const value of [
      'POL (ex-MATIC) and pol (ex-matic) and POL (ex MATIC)',
      'Fetch.ai, fetch.ai and Fetch ai',
      'AI and big-data tokens, AI-themed tokens, ai themed tokens',
      'decentralized  physical-infrastructure and Layer\n1, layer - 2, layer-1',
      '$ETH, $eth, a$op, $$btc, ETH$',
    ])
      expect(findEntityMentions(value, defaultRegistry)).toEqual(findEntityMentionsByRegex(value, defaultRegistry));
  });
});
