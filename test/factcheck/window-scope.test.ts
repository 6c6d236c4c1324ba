/**
 * Which window a figure takes when its sentence and the text around it disagree (review of the window code in
 * extract/). Checked on the rally day: ETH +4.62% 24h, +4.33% 7d, +10.22% 30d; BTC +3.84% 24h, +10.97% 7d,
 * +11.46% 30d; SOL +5.41% 24h, +8.29% 7d, +3.57% 30d.
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe("a sentence's own clock words win over an inherited window", () => {
  // each lead sets 30 days for what follows; the sentence then speaks of a part of today
  const leads = [
    'Over 30 days: BTC rose 11.5%. ',
    '### Over 30 days\n\nBTC rose 11.5%. ',
    'Moves over 30 days:\n- BTC rose 11.5%.\n- ',
  ];
  const clocks = [
    'This morning ETH rose',
    'This afternoon ETH rose',
    'ETH rose this evening by',
    'Tonight ETH is up',
    'In recent hours ETH rose',
    'Over the past few hours ETH gained',
    'Since midnight ETH is up',
    'In early trading ETH rose',
  ];
  for (const lead of leads)
    for (const clock of clocks)
      it(`${JSON.stringify(lead.slice(0, 16))} then \`${clock} ...\`: the day's figure, not the month's`, () => {
        const month = `${lead}${clock} 10.22%.`;
        expect(verdictsAt(month, '10.22%')).toEqual(['contradicted']);
        expect(verdictsAt(month.replace('10.22%', '4.62%'), '4.62%')).toEqual(['supported']);
      });
  it('without a clock word the lead still holds', () => {
    expect(verdictsAt('Over 30 days: BTC rose 11.5%. ETH rose 10.22%.', '10.22%')).toEqual(['supported']);
    expect(verdictsAt('Moves over 30 days:\n- BTC rose 11.5%.\n- ETH rose 10.22%.', '10.22%')).toEqual(['supported']);
  });
  it('a greeting or a note name is no clock word', () => {
    expect(verdictsAt('Good morning. ETH rose 4.3% this week.', '4.3%', '7d')).toEqual(['supported']);
    expect(verdictsAt('### Morning note\n\nETH rose 4.3%.', '4.3%', '7d')).toEqual(['supported']);
  });
});

describe('a window after a list of figures with mixed signs holds for each figure of the list', () => {
  // rally day: BTC +3.84% 24h / +10.97% 7d; ETH +4.62% / +4.33%; SOL +5.41% / +8.29%
  it('`BTC +3.84%, SOL -3.40% on the week`: both are weekly figures, both wrong', () => {
    const text = 'BTC +3.84%, SOL -3.40% on the week.';
    expect(verdictsAt(text, '+3.84%')).toEqual(['contradicted']);
    expect(verdictsAt(text, '-3.40%')).toEqual(['contradicted']);
  });
  it('a sign that disagrees with the weekly fact is flagged, the agreeing one is not', () => {
    for (const text of [
      'BTC +11.0%, SOL -8.3% on the week.',
      'Bitcoin +11.0%, Solana -8.3% over the week.',
      '$BTC +11.0%, $SOL -8.3% w/w',
      'BTC +11.0%, ETH +4.3%, SOL -8.3% this week.',
    ]) {
      expect(verdictsAt(text, '+11.0%'), text).toEqual(['supported']);
      expect(verdictsAt(text, '-8.3%'), text).toEqual(['contradicted']);
    }
    const minusFirst = 'BTC -11.0%, SOL +8.3% on the week.';
    expect(verdictsAt(minusFirst, '-11.0%')).toEqual(['contradicted']);
    expect(verdictsAt(minusFirst, '+8.3%')).toEqual(['supported']);
  });
  it('one subject with two figures of opposite signs is still a contrast of windows', () => {
    // HNT +1.24% 24h, -6.21% 7d; WLD +7.5% 24h, -14% 30d
    expect(verdictsAt('$HNT +1.2%, -6.2% on the week.', '+1.2%')).toEqual(['supported']);
    expect(verdictsAt('$HNT +1.2%, -6.2% on the week.', '-6.2%')).toEqual(['supported']);
    expect(verdictsAt('Helium +1.2%, -6.2% on the week.', '+1.2%')).toEqual(['supported']);
    expect(verdictsAt('$WLD +7.5% price $0.79, still -14% 30d', '+7.5%')).toEqual(['supported']);
  });
});
