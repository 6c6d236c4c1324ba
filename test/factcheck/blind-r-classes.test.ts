/**
 * Classes found in blind corpus R's disagreements (issue 12, the breakdown day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: BTC 24h high $112,511.5, low $108,050.08, 30-day swing high $111,307.58,
 * swing low $97,149.86; AI 7 of 7 up, memes 3 of 4, DePIN 4 of 4; SOL funding -0.0027 %, -2.96 % a year).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus R classes', () => {
  it('a `24h low` column holds the day’s low, never the 30-day swing low', () => {
    const table = '| Asset | Support | Resistance | 24h high | 24h low |\n|---|---|---|---|---|\n';
    expect(verdictsAt(`${table}| BTC | $110,000 | $115,000 | $112,511 | $108,050 |`, '$108,050')).toEqual([
      'supported',
    ]);
    expect(verdictsAt(`${table}| BTC | $110,000 | $115,000 | $112,511 | $97,149.86 |`, '$97,149.86')).toEqual([
      'contradicted',
    ]);
  });
  it('`Only 6 from 7 are up`, `3 from 4 meme up`: `from` pairs a count with its pool before a word of moving', () => {
    expect(verdictsAt('- AI +9.2%. Only 7 from 7 are up.', '7 from 7')).toEqual(['supported']);
    expect(verdictsAt('- AI +9.2%. Only 6 from 7 are up.', '6 from 7')).toEqual(['contradicted']);
    expect(verdictsAt('- Memes +1.8%. Only 3 from 4 meme up.', '3 from 4')).toEqual(['supported']);
    expect(verdictsAt('- Memes +1.8%. Only 2 from 4 meme up.', '2 from 4')).toEqual(['contradicted']);
  });
  it('an annual funding figure without a sign takes the payer named after the rate', () => {
    const text =
      'Solana funding ended at minus 0.0027 pct per eight hours, meaning shorts paid longs, equal to about 3.0 pct ' +
      'a year.';
    expect(verdictsAt(text, '3.0 pct')).toEqual(['supported']);
    expect(verdictsAt(text.replace('3.0 pct', '6.0 pct'), '6.0 pct')).toEqual(['contradicted']);
    // (a payer written before the rate belongs to the rate: the annual figure keeps its own reading)
    expect(verdictsAt('SOL: shorts pay longs 0.0027% each 8h, annualized close to -3%.', '-3%')).toEqual(['supported']);
  });
  it('`27 tokens rose and 3 fell - the L1 group had 10 risers`: a dash ends the clause, `risers` count gainers', () => {
    const text = 'The day was green. 27 tokens rose and 3 fell - the L1 group had 10 risers and 0 fallers.';
    expect(verdictsAt(text, '27')).toEqual(['supported']);
    expect(verdictsAt(text, '10 risers')).toEqual(['supported']);
    expect(verdictsAt(text.replace('10 risers', '8 risers'), '8 risers')).toEqual(['contradicted']);
  });
  it('`total 24h volume reached $164.2 billion`, `the wider market gained 3.7%`: the whole market’s', () => {
    const text = 'Bitcoin dominance fell to 62.1%, and total 24h volume reached $164.2 billion.';
    expect(verdictsAt(text, '$164.2 billion')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$164.2 billion', '$184.2 billion'), '$184.2 billion')).toEqual(['contradicted']);
    expect(verdictsAt('ETH rose 4.6%. The wider market gained 3.7%.', '3.7%')).toEqual(['supported']);
  });
  it('elliptical open interest: `; on ether it rose 7,8 %`, `bitcoin’s alone by 6,2 %`, `7d: +9.6%.`', () => {
    const onIt = 'Open interest on bitcoin rose 6,2 % to 9,8 Mrd. $; on ether it rose 7,8 % to 5,9 Mrd. $.';
    expect(verdictsAt(onIt, '7,8 %')).toEqual(['supported']);
    expect(verdictsAt(onIt.replace('7,8 %', '4,8 %'), '4,8 %')).toEqual(['contradicted']);
    const alone = "Total open interest rose 5,1 %, bitcoin's alone by 6,2 %.";
    expect(verdictsAt(alone, '6,2 %')).toEqual(['supported']);
    expect(verdictsAt(alone.replace('6,2 %', '3,8 %'), '3,8 %')).toEqual(['contradicted']);
    const week = 'total OI up 5.1% on the day to $19.1B. 7d: +9.6%. btc OI alone $9.8B';
    expect(verdictsAt(week, '+9.6%')).toEqual(['supported']);
    expect(verdictsAt(week.replace('+9.6%', '+4.0%'), '+4.0%')).toEqual(['contradicted']);
  });
  it('`all ten of them rose`, `all four rose`: every member moved, a count of movers (memes 3 of 4 up)', () => {
    expect(verdictsAt('Layer-one tokens gained almost four per cent, and all ten of them rose.', 'ten')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('Memes gained 1.8%, and all four rose.', 'four')).toEqual(['contradicted']);
    expect(verdictsAt('Memes gained almost two per cent, and all four of them rose.', 'four')).toEqual([
      'contradicted',
    ]);
  });
  it('`dominance fell 1.5 points`, `from 62.5% a day earlier`: no fact states the change or the old share', () => {
    const text = 'Bitcoin dominance fell 1.5 percentage points to 62.1%.';
    expect(verdictsAt(text, '1.5 percentage points')).toEqual(['unsupported']);
    expect(verdictsAt(text, '62.1%')).toEqual(['supported']);
    expect(verdictsAt('BTC dominance dropped 1.5 pts, from 63.6% a day earlier.', '63.6%')).toEqual(['unsupported']);
    // (today's share is still checked)
    expect(verdictsAt('Bitcoin dominance is 65%.', '65%')).toEqual(['contradicted']);
  });
});
