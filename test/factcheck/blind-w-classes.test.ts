/**
 * Classes found in blind corpus W's disagreements (issue 12, the fakeout day), each tested on sentences written for
 * the test on ANOTHER day (the rally day unless a test names another).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

const whipsaw = (text: string, find: string) => verdictsAt(text, find, '24h', 'whipsaw');

describe('corpus W classes', () => {
  it('a point the day passed: `after an early spike to`, `after printing ... overnight`, `wicked to X then dumped to Y`', () => {
    // (whipsaw day: BTC $108,450, its 24h high $111,921 and low $104,130)
    const spike = 'Bitcoin closed at $108,450 after an early spike to $111,921.';
    expect(whipsaw(spike, '$111,921')).toEqual(['supported']);
    expect(whipsaw(spike.replace('$111,921', '$113,921'), '$113,921')).toEqual(['contradicted']);
    // (a spike reaches the high, never the low)
    expect(whipsaw(spike.replace('$111,921', '$104,130'), '$104,130')).toEqual(['contradicted']);
    const push = 'Bitcoin sits near $108,450 after a brief push to roughly one hundred and twelve thousand.';
    expect(whipsaw(push, 'one hundred and twelve thousand')).toEqual(['supported']);
    const printed = 'After printing $104,130 overnight, bitcoin climbed back to $108,450.';
    expect(whipsaw(printed, '$104,130')).toEqual(['supported']);
    expect(whipsaw(printed.replace('$104,130', '$101,130'), '$101,130')).toEqual(['contradicted']);
    expect(whipsaw('$BTC wicked to 111.9k then dumped to 108.4k', '111.9k')).toEqual(['supported']);
    expect(whipsaw('$BTC wicked to 115.9k then dumped to 108.4k', '115.9k')).toEqual(['contradicted']);
  });
  it("a sector paragraph: `(10 names, $3.16 trillion)`, `In total 10 members rose`, `the sector's capitalisation grew by`", () => {
    // (rally day: Layer 1 has 10 members, all up, +3.86 %, worth $3.16 trillion after +$117.4 billion; AI 7 members)
    expect(verdictsAt('Layer 1 (10 names, $3.16 trillion): up 3.9%.', '10 names')).toEqual(['supported']);
    expect(verdictsAt('Layer 1 (9 names, $3.16 trillion): up 3.9%.', '9 names')).toEqual(['contradicted']);
    expect(verdictsAt('The AI basket (7 tokens, $13.6B) gained 9.2%.', '7 tokens')).toEqual(['supported']);
    const l1 = 'Layer 1 rose 3.9%. XRP rose 2.2% to $2.48. In total 10 members rose and 0 fell, and the sector';
    const text = `${l1}'s capitalisation grew by $117.4 billion to $3.16 trillion.`;
    expect(verdictsAt(text, '10 members')).toEqual(['supported']);
    expect(verdictsAt(text, '$117.4 billion')).toEqual(['supported']);
    expect(verdictsAt(text, '$3.16 trillion')).toEqual(['supported']);
    expect(verdictsAt(text.replace('10 members', '8 members'), '8 members')).toEqual(['contradicted']);
    expect(verdictsAt(text.replace('$3.16 trillion', '$3.96 trillion'), '$3.96 trillion')).toEqual(['contradicted']);
  });
  it('a group as a whole: `the group as a whole inched up 9.2%`, `Sector all together plus 9.2%`', () => {
    // (rally day: AI +9.20 %; Render +9.46 %, Worldcoin +7.52 %)
    const lead = 'AI rose 9.2%. Render rose 9.5%, Worldcoin added 7.5%, and ';
    expect(verdictsAt(`${lead}the group as a whole gained 9.2%.`, '9.2%.')).toEqual(['supported']);
    expect(verdictsAt(`${lead}the group as a whole gained 7.2%.`, '7.2%')).toEqual(['contradicted']);
    expect(
      verdictsAt('- AI +9.2%.\n- Render +9.5%, WLD +7.5%.\n- Sector all together plus 9.2%.', 'plus 9.2%'),
    ).toEqual(['supported']);
  });
});
