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
