/**
 * Classes found in blind corpus L's disagreements (issue 12, the grind day), each tested on sentences written for the
 * test on ANOTHER day (the rally day: BTC $112,486, funding +0.0081 %; SOL funding -0.0027 %; ETH $3,987.42; BNB
 * $1,012.6; total cap $3.62T, total 24h volume $164.2B; Layer 1 +3.86 %, Layer 2 -0.44 %; CoinDesk carries `$612
 * million` of ETF inflows).
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { findEntityMentions } from '../../src/factcheck/extract/find-entities.ts';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('who pays funding', () => {
  const text =
    'Bitcoin longs paid about 0.0081% every eight hours, and SOL funding dipped below zero, so shorts paid longs.';
  it('`longs paid about 0.0081%`: a bare `paid` is the payer paying (funding positive)', () => {
    expect(verdictsAt(text, '0.0081%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('longs paid about', 'shorts paid about'), '0.0081%')).toEqual(['contradicted']);
  });
  it('a payer phrase is about the asset named last before it, not the first of the sentence', () => {
    expect(verdictsAt(text, 'shorts paid longs')).toEqual(['supported']);
    expect(verdictsAt(text.replace('so shorts paid longs', 'so longs paid shorts'), 'longs paid shorts')).toEqual([
      'contradicted',
    ]);
  });
  it('the passive still needs its auxiliary: `shorts are paid` means longs pay', () => {
    expect(verdictsAt('BTC funding is 0.0081%, so shorts are paid.', 'shorts are paid')).toEqual([]);
    expect(verdictsAt('BTC funding is 0.0081%, so shorts are paid by longs.', '0.0081%')).toEqual(['supported']);
  });
});

describe('a dollar figure far off every price or level of its subject is not that price', () => {
  const text = 'Bitcoin rose 3.8%. CoinDesk said a lending protocol lost $612 million in an exploit.';
  it('an attributed figure a headline carries is the outlet’s, not a wrong bitcoin price', () => {
    expect(verdictsAt(text, '$612 million')).toEqual(['supported-by-source']);
    // unattributed, or a figure no headline carries: still flagged
    expect(verdictsAt(text.replace('CoinDesk said a', 'A'), '$612 million')).toEqual(['unsupported']);
    expect(verdictsAt(text.replace('$612', '$712'), '$712 million')).toEqual(['unsupported']);
  });
  it('a wrong price of the price’s size is still a wrong price', () => {
    expect(verdictsAt('Bitcoin rose 3.8% to $118,486.', '$118,486')).toEqual(['contradicted']);
    expect(verdictsAt('BTC support sits at $95,000.', '$95,000')).toEqual(['contradicted']);
  });
  it('`a crypto exchange`, `crypto funds`: the bare word before a firm’s noun does not name the market', () => {
    const kinds = (text: string) => findEntityMentions(text, defaultRegistry).map((m) => m.kind);
    expect(kinds('a hack at a crypto exchange drained a crypto lender; crypto funds took in $612 million')).toEqual([]);
    // the market itself is still named by `crypto`
    expect(kinds('crypto fell 9% while crypto markets slid')).toEqual(['market', 'market']);
    // and a percentage about no subject needs a headline that shares its words to be an outlet's
    expect(verdictsAt('Crypto funds jumped 14%, according to Decrypt.', '14%')).toEqual(['unsupported']);
  });
});

describe('forecasts to the year end', () => {
  it('`sees BTC at 150,000 by year end`, `to year end`: a forecast is unsupported, not a wrong price', () => {
    expect(verdictsAt('One analyst sees BTC 150,000 to year end.', '150,000')).toEqual(['unsupported']);
    expect(verdictsAt('BTC could reach $150K by the end of the year.', '$150K')).toEqual(['unsupported']);
    // `into year-end` alone is no forecast: today's price is checked
    expect(verdictsAt('Heading into year-end, BTC trades at $150K.', '$150K')).toEqual(['contradicted']);
    // today's price with no forecast word is checked
    expect(verdictsAt('BTC trades at $150K.', '$150K')).toEqual(['contradicted']);
  });
});

describe('a stray space after a thousands comma', () => {
  it('`$3, 987` and `$112, 486` read as one figure, in a dot-decimal text', () => {
    const text = 'Ether rose 4.6% to $3, 987 and bitcoin to $112, 486; the ETH high was $4,012.';
    expect(verdictsAt(text, '$3, 987')).toEqual(['supported']);
    expect(verdictsAt(text, '$112, 486')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$3, 987', '$3, 887'), '$3, 887')).toEqual(['contradicted']);
    // a list of small dollar figures is not joined
    expect(verdictsAt('Fees were $3, $4 and $5.', '$4')).not.toEqual(['supported']);
  });
});

describe('no count of movers is larger than the watchlist', () => {
  it('`everything else dumps, 1012 and chilling` is a price', () => {
    const post = '$BNB green while everything else dumps 🟡 1012 and chilling';
    expect(verdictsAt(post, '1012')).toEqual(['supported']);
    expect(verdictsAt(post.replace('1012', '1112'), '1112')).toEqual(['contradicted']);
    // a count within the watchlist is still a count
    expect(verdictsAt('Everything else dumps: 29 down today.', '29')).toEqual(['contradicted']);
  });
});

describe('units decide the metric', () => {
  it('`vol` with a figure in billions is volume, not volatility', () => {
    expect(verdictsAt('24h vol across crypto 164.2B lol', '164.2B')).toEqual(['supported']);
    expect(verdictsAt('24h vol across crypto 194.2B lol', '194.2B')).toEqual(['contradicted']);
  });
  it('`trln` is a trillion', () => {
    expect(verdictsAt('Market cap $3.62 trln, up 3.7 pct.', '$3.62 trln')).toEqual(['supported']);
    expect(verdictsAt('Market cap $3.92 trln, up 3.7 pct.', '$3.92 trln')).toEqual(['contradicted']);
  });
});

describe('sector names in the plural', () => {
  it('`Layer ones rose`, `Layer twos slipped` name the sectors', () => {
    const text = 'Layer ones rose 3.9 per cent, and Layer twos slipped 0.4 per cent.';
    expect(verdictsAt(text, '3.9 per cent')).toEqual(['supported']);
    expect(verdictsAt(text, '0.4 per cent')).toEqual(['supported']);
    expect(verdictsAt(text.replace('3.9', '0.4').replace('slipped 0.4', 'slipped 3.9'), '3.9 per cent')).toEqual([
      'contradicted',
    ]);
  });
});
