/**
 * Classes found in blind corpus S's disagreements (issue 12, the mania day), each tested on sentences written for the
 * test on ANOTHER day (the rally day: BTC funding 0.00812 % per 8h, 8.9 % a year; ETH 0.0094 %, 10.3 %; SOL -0.0027 %,
 * -3.0 %; DOGE -0.0058 %, -6.4 %; VIRTUAL $1.3382, +14.3 % on the day and +3.0 % on 7 days, 24h low $1.1709; SHIB
 * -0.58 % on the day, -5.24 % on 7 days; ETH open interest +7.8 % on the day).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus S classes', () => {
  it('`Annualized BTC 8.9%, ETH 10.3%`: a short sentence with no metric between keeps the funding topic', () => {
    const text =
      'Funding: BTC 0.0081%, ETH 0.0094%, SOL -0.0027%, DOGE -0.0058%. Average 0.0068%. ' +
      'Annualized BTC 8.9%, ETH 10.3%, SOL -3.0%, DOGE -6.4%.';
    for (const f of ['8.9%', '10.3%', '-3.0%', '-6.4%']) expect(verdictsAt(text, f)).toEqual(['supported']);
    expect(verdictsAt(text.replace('10.3%', '13.3%'), '13.3%')).toEqual(['contradicted']);
  });
  it('`Shiba inu`, `shiba inu`: a name of several words is found in any case (not `the graph`)', () => {
    expect(verdictsAt('Shiba inu slipped 0.6% on the day.', '0.6%')).toEqual(['supported']);
    expect(verdictsAt('Over the week shiba inu lost about 5.2%.', '5.2%', '7d')).toEqual(['supported']);
    expect(verdictsAt('Over the week shiba inu lost about 9.2%.', '9.2%', '7d')).toEqual(['contradicted']);
  });
  it('`as low as $1.1709 before settling at $1.3382`, `low 1.17, now 1.34`: where the path ends is the price', () => {
    const text = 'Virtuals traded as low as $1.1709 before settling at $1.3382.';
    expect(verdictsAt(text, '$1.1709')).toEqual(['supported']);
    expect(verdictsAt(text, '$1.3382')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$1.3382', '$1.5382'), '$1.5382')).toEqual(['contradicted']);
    expect(verdictsAt('$VIRTUAL low was 1.17, now 1.34', '1.34')).toEqual(['supported']);
  });
  it('one asset’s second figure keeps its own window though a sector is named around it', () => {
    const text = 'AI desk: - VIRTUAL +14.3% at 1.34, leader of AI sector, and +3.0% on 7 days.';
    expect(verdictsAt(text, '+14.3%')).toEqual(['supported']);
    expect(verdictsAt(text, '+3.0%')).toEqual(['supported']);
    // (a list of two assets still shares the window after it)
    expect(verdictsAt('Over the week: ETH +4.3%, SHIB -5.2% on 7 days.', '+4.3%')).toEqual(['supported']);
  });
  it('`roughly 10% a year, as open interest jumped 7.8%`: a rate’s year is no window of the next clause', () => {
    const text = 'Ether funding sat at 0.0094%, roughly 10.3% a year, as ETH open interest jumped 7.8%.';
    expect(verdictsAt(text, '10.3%')).toEqual(['supported']);
    expect(verdictsAt(text, '7.8%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('7.8%.', '17.8%.'), '17.8%')).toEqual(['contradicted']);
  });
  it('`Polygon gained roughly three tenths, Immutable 2.6 per cent`: tenths among percentages are of a per cent', () => {
    const text = 'Polygon gained roughly three tenths, Immutable added two point six per cent.';
    expect(verdictsAt(text, 'three tenths')).toEqual(['supported']);
    expect(verdictsAt(text.replace('three tenths', 'nine tenths'), 'nine tenths')).toEqual(['contradicted']);
    // (the cents of a price written after a dollar are no percentage listed after one)
    expect(verdictsAt('Layer 2 rose 0.4 per cent, Polygon to about one dollar seventy-eight.', 'seventy')).toEqual([]);
  });
  it('`27 green / 3 red in the top 30`: the watchlist named by its rank cut-off is the pool of the counts', () => {
    const text = '27 green / 3 red in the top 30, memes +1.8% as a sector';
    expect(verdictsAt(text, '27')).toEqual(['supported']);
    expect(verdictsAt(text.replace('27 green', '21 green'), '21')).toEqual(['contradicted']);
    // (`every one green` is no count of one)
    expect(verdictsAt('L1s every one green, AI 7 up.', 'one')).toEqual([]);
  });
  it('a sector’s place below the extreme is checked: `second-best`, `second-worst`, `came third`, `ranked 3rd`', () => {
    // (rally day sectors over 24h: AI +9.2, gaming +6.12, DePIN +5.41, Layer 1 +3.9, memes +1.82, Layer 2 -0.44)
    expect(verdictsAt('Gaming was the second-best sector.', 'second-best')).toEqual(['supported']);
    expect(verdictsAt('Memes were the second-weakest group.', 'second-weakest')).toEqual(['supported']);
    expect(verdictsAt('DePIN ranked 3rd of the six sectors.', 'ranked 3rd')).toEqual(['supported']);
    expect(verdictsAt('Gaming was the second-worst sector.', 'second-worst')).toEqual(['contradicted']);
    expect(verdictsAt('Memes came third.', 'came third')).toEqual(['contradicted']);
    expect(verdictsAt('Second-best sector was Memes.', 'Second-best')).toEqual(['contradicted']);
    // a wrong place makes the sector's figure beside it wrong, though the figure itself is right
    expect(verdictsAt('Memes were the second-best sector, up 1.8%.', '1.8%')).toEqual(['contradicted']);
    expect(verdictsAt('Gaming was the second-best sector, up 6.1%.', '6.1%')).toEqual(['supported']);
    // (a streak is no place)
    expect(verdictsAt('Memes rose for a third straight day.', 'third')).toEqual([]);
  });
  it('`BTC dominance 62.1%, market cap $3.62T`: the owner of the dominance is no subject of the dollar figures', () => {
    const text = 'BTC dominance 62.1%, market cap $3.62 trillion; total volume $164.2 billion.';
    expect(verdictsAt(text, '$3.62 trillion')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$3.62 trillion', '$4.62 trillion'), '$4.62 trillion')).toEqual(['contradicted']);
    // (a subject named for itself keeps its figures)
    expect(verdictsAt('BTC dominance rose while BTC market cap reached $3.62 trillion.', '$3.62')).toEqual([
      'contradicted',
    ]);
  });
  it('`Total OI 19.11B, change +5.1%`: a bare `change` opening the clause is the change of the metric before', () => {
    expect(verdictsAt('- Total OI 19.11B, change +5.1%.', '+5.1%')).toEqual(['supported']);
    expect(verdictsAt('- Total OI 19.11B, change +3.7%.', '+3.7%')).toEqual(['contradicted']);
  });
  it('`eight of ten rose, up a bit under four per cent as a group`: the group’s own move, no threshold count', () => {
    const text = 'Layer one: ten of ten members rose, up a bit under four per cent as a group.';
    expect(verdictsAt(text, 'four per cent')).toEqual(['supported']);
    expect(verdictsAt(text, 'ten of ten')).toEqual(['supported']);
  });
  it('`Layer 1 tokens alone accounted for $127.4 billion`: `alone` keeps the metric of the sentence before', () => {
    const text = 'Total crypto volume was $164.2 billion. Layer 1 tokens alone accounted for $127.4 billion.';
    expect(verdictsAt(text, '$127.4 billion')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$127.4', '$27.4'), '$27.4')).toEqual(['contradicted']);
  });
});
