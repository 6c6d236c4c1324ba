/**
 * Classes found in blind corpus X's disagreements (issue 12, the spotlight day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: SOL volume 0.99x its 7-day average).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus X classes', () => {
  it('a share of the average is a volume ratio: `0.99 of its 7-day average`, `0.89 of the 7d avg`', () => {
    expect(verdictsAt('Solana volume was 0.99 of its 7-day average.', '0.99')).toEqual(['supported']);
    expect(verdictsAt('- SOL volume only 0.89 of the 7d avg.', '0.89')).toEqual(['contradicted']);
    // (the `7` of `7d` is no pool: no count is read)
    expect(verdictsAt('- SOL volume only 0.99 of the 7d avg.', '7d')).toEqual([]);
  });
  it('`half a billion dollars` is half of a billion', () => {
    // (rally day: the memecoins gained $664 million in value, the AI tokens $1.15 billion)
    const memes = 'Memecoins rose 3.3%, and their value grew by more than half a billion dollars.';
    expect(verdictsAt(memes, 'half a billion dollars')).toEqual(['supported']);
    const ai = 'The AI tokens rose 9.2%, and their value grew by more than half a billion dollars.';
    expect(verdictsAt(ai, 'half a billion dollars')).toEqual(['contradicted']);
  });
});
