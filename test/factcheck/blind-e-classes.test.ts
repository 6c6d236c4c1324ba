/**
 * Classes found in blind corpus E's disagreements (issue 12), each tested on sentences written for the test, not
 * copied from the corpus. Checked on the rally day: BTC $112,486 (+3.84% 24h); ETH $3,987.42 (+4.62%); SOL $171.36;
 * ADA $0.5873; DOGE $0.18412.
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('a symbol written in lower or title case (edited copy)', () => {
  it('`sol`, `Eth`, `ada`, `doge` name their asset when the symbol is no word', () => {
    expect(verdictsAt('Late on, sol traded at $171.36.', '$171.36')).toEqual(['supported']);
    expect(verdictsAt('Late on, sol traded at $181.36.', '$181.36')).toEqual(['contradicted']);
    expect(verdictsAt('Eth gained 4.6% over the day.', '4.6%')).toEqual(['supported']);
    expect(verdictsAt('Eth gained 7.6% over the day.', '7.6%')).toEqual(['contradicted']);
    expect(verdictsAt('In the afternoon ada changed hands at $0.5873.', '$0.5873')).toEqual(['supported']);
    expect(verdictsAt('Meanwhile doge sat at $0.1841.', '$0.1841')).toEqual(['supported']);
  });
});

describe('a word-like name or symbol in lower case right before a figure (edited copy)', () => {
  // rally day: RENDER +9.46%, TAO +8.71%, OP -2.41%, POL +0.31%, GALA +9.81%, SAND +7.64%, HNT $3.012
  it('`render rose 9.5%`, `op fell 2.4%`, `gala 9.8 %`, `helium to $3.01` name the asset', () => {
    const ai = 'AI tokens climbed; render rose 9.5% and tao 8.7%.';
    expect(verdictsAt(ai, '9.5%')).toEqual(['supported']);
    expect(verdictsAt(ai, '8.7%')).toEqual(['supported']);
    expect(verdictsAt(ai.replace('9.5%', '4.5%'), '4.5%')).toEqual(['contradicted']);
    const l2 = 'Layer-2 tokens were mixed: op fell 2.4%, and pol rose 0.3%.';
    expect(verdictsAt(l2, '2.4%')).toEqual(['supported']);
    expect(verdictsAt(l2, '0.3%')).toEqual(['supported']);
    expect(verdictsAt('Gaming tokens rallied, with gala 9.8 % and sand 7.6 pct higher.', '9.8 %')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('DePIN was quiet, helium to $3.01.', '$3.01')).toEqual(['supported']);
  });
  it('without a figure right after it, the word stays a word; `near` never names NEAR in lower case', () => {
    expect(verdictsAt('Ether rose near 4.6% on the day.', '4.6%')).toEqual(['supported']);
    expect(verdictsAt('Ether rose near 9.5% on the day.', '9.5%')).toEqual(['contradicted']);
  });
});

describe("a social thread's item numbers (`2/`, `3/`) end the item before them", () => {
  // rally day: ETH +4.62% 24h, ETH open interest +7.8% 24h, total open interest +5.08% 24h, L1 sector +3.86%
  it('a metric named in one item (`OI`) does not reach the next item, on its own line or on the same line', () => {
    const lines = 'daily thread\n1/ ETH +4.6%, OI +7.8%\n2/ L1 names +3.9% on the day\n3/ that is all';
    expect(verdictsAt(lines, '+7.8%')).toEqual(['supported']);
    expect(verdictsAt(lines, '+3.9%')).toEqual(['supported']);
    const flat = 'daily thread 1/ ETH +4.6%, OI +7.8% 2/ L1 names +3.9% on the day 3/ that is all';
    expect(verdictsAt(flat, '+3.9%')).toEqual(['supported']);
    expect(verdictsAt(flat.replace('+3.9%', '+6.9%'), '+6.9%')).toEqual(['contradicted']);
  });
});

describe('the DePIN sector named in words, either spelling', () => {
  // rally day: DePIN sector +5.41% 24h
  it('`decentralised infrastructure tokens`, `decentralized infrastructure` name the sector', () => {
    expect(verdictsAt('Decentralised infrastructure tokens rose 5.4% on the day.', '5.4%')).toEqual(['supported']);
    expect(verdictsAt('Decentralized infrastructure tokens rose 8.4% on the day.', '8.4%')).toEqual(['contradicted']);
  });
});

describe('a share of its own value after a change verb is a change', () => {
  // rally day: GALA +9.81% 24h, SAND +7.64% 24h
  it('`added a tenth of its value` is +10 %, `lost a fifth of their value` is -20 %', () => {
    expect(verdictsAt('Gala added a tenth of its value on the day.', 'a tenth')).toEqual(['supported']);
    expect(verdictsAt('Sandbox tokens lost a fifth of their value on the day.', 'a fifth')).toEqual(['contradicted']);
  });
});

describe('a dollar figure split by a stray space, before a comma or a full stop (edited copy)', () => {
  it('`$171. 36,` and `$0.58 73.` are one figure each', () => {
    const text = 'Solana slipped to $171. 36, and Cardano traded at $0.58 73.';
    expect(verdictsAt(text, '$171. 36')).toEqual(['supported']);
    expect(verdictsAt(text, '$0.58 73')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$171. 36', '$181. 36'), '$181. 36')).toEqual(['contradicted']);
    expect(verdictsAt(text.replace('$0.58 73', '$0.68 73'), '$0.68 73')).toEqual(['contradicted']);
  });
});

describe("a paragraph's opening window label holds for the paragraph", () => {
  // rally day: L1 sector +9.76% 30d; BTC +11.46% 30d, +3.84% 24h; SOL +3.57% 30d, +5.41% 24h
  it('`Layer 1 over 30 days: +9.8%.` makes the next sentences 30-day figures; a sentence may name its own', () => {
    const text =
      'Layer 1 over 30 days: +9.8%. Bitcoin +11.5%, Solana +3.6%. Today Bitcoin rose 3.8%.\n\nSolana rose 5.4%.';
    expect(verdictsAt(text, '+11.5%')).toEqual(['supported']);
    expect(verdictsAt(text, '+3.6%')).toEqual(['supported']);
    expect(verdictsAt(text, '3.8%')).toEqual(['supported']);
    expect(verdictsAt(text, '5.4%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('+3.6%', '+5.4%'), '+5.4%')).toEqual(['contradicted']);
  });
});

describe('a bare figure right after `ratio` is a volume ratio (desk notes)', () => {
  // rally day: BTC volume 1.09x its 7-day average, XRP 1.11x
  it('`volume ratio 1.09`, `ratio of 1.11` are ratios, not dollars', () => {
    expect(verdictsAt('- BTC volume ratio 1.09 on the day.', '1.09')).toEqual(['supported']);
    expect(verdictsAt('- XRP volume ratio of 1.11, busy.', '1.11')).toEqual(['supported']);
    expect(verdictsAt('- XRP volume ratio of 1.61, busy.', '1.61')).toEqual(['contradicted']);
  });
});

describe('a bold figure above or below an average (LLM prose)', () => {
  // rally day: BTC volume 1.09x its 7-day average
  it('`**9%** above its weekly average` is a volume ratio of 1.09', () => {
    expect(verdictsAt('Bitcoin spot volume ran **9%** above its weekly average.', '9%')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin spot volume ran **29%** above its weekly average.', '29%')).toEqual(['contradicted']);
  });
  it('another metric named before the figure keeps it (open interest, funding): no volume ratio', () => {
    // BTC open interest +11.4% over 7d (9% is wrong); SOL funding is negative per 8h (1% is no funding rate)
    expect(verdictsAt('BTC open interest is **9%** above its weekly average.', '9%')).toEqual(['contradicted']);
    expect(verdictsAt('SOL funding sits 1% below its weekly average.', '1%')).not.toEqual(['supported']);
  });
  it('a pair or a side before `ratio` is no volume ratio (`long/short ratio 1.09`, `ETH/BTC ratio`)', () => {
    expect(verdictsAt('BTC long/short ratio 1.09.', '1.09')).toEqual(['unsupported']);
    expect(verdictsAt('The ETH/BTC ratio of 0.035 held.', '0.035')).toEqual(['unsupported']);
  });
});

describe('`N from M names` is a count out of a pool (translated desk notes)', () => {
  // rally day: 27 of 30 watchlist assets up over 24h
  it('`27 from 30 names are up` is 27 of 30', () => {
    expect(verdictsAt('- Breadth good: 27 from 30 names are up.', '27 from 30')).toEqual(['supported']);
    expect(verdictsAt('- Breadth good: 21 from 30 names are up.', '21 from 30')).toEqual(['contradicted']);
  });
});

describe('dollars and cents in words are one figure', () => {
  // rally day: SOL $171.36
  it('`a hundred and seventy-one dollars and thirty-six cents` is $171.36', () => {
    const text = 'Solana closed at a hundred and seventy-one dollars and thirty-six cents.';
    expect(verdictsAt(text, 'thirty-six cents')).toEqual(['supported']);
    expect(verdictsAt(text.replace('seventy-one', 'eighty-one'), 'thirty-six cents')).toEqual(['contradicted']);
  });
});

describe('a table column headed by a bare `Up` or `Down` counts members', () => {
  // rally day: AI 7 up / 0 down; Layer 2 2 up / 2 down
  it('`| AI | 7 | 0 |` under `| Sector | Up | Down |` are counts of risers and fallers', () => {
    const table = '| Sector | Up | Down |\n|---|---|---|\n| AI | 7 | 0 |\n| Layer 2 | 2 | 2 |\n';
    expect(verdictsAt(table, '| 7 |')).toEqual(['supported']);
    expect(verdictsAt(table.replace('| 7 |', '| 5 |'), '| 5 |')).toEqual(['contradicted']);
  });
});
