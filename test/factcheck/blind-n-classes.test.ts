/**
 * Classes found in blind corpus N's disagreements (issue 12, the ethdump day) and in a report-only review of the M
 * fixes, each tested on sentences written for the test on ANOTHER day (the rally day: BTC dominance 62.1 %; 27 of 30
 * up; BTC funding +0.0081 %, 8.9 % a year, volume 1.09x its 7-day average; SOL funding -0.0027 %, -3.0 % a year,
 * support $170; ETH $3,987.42, support $3,800; BNB $1,012.6, resistance $1,050; memes 3 up, 1 down).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus N classes', () => {
  it('`is going up to 64.1%`: `up to` after a verb is the value reached, not a bound', () => {
    expect(verdictsAt('BTC dominance is going up to 64.1%.', '64.1%')).toEqual(['contradicted']);
    expect(verdictsAt('BTC dominance is going up to 62.1%.', '62.1%')).toEqual(['supported']);
  });
  it('`funding was negative at 0.0081%`: the word is the unsigned rate’s sign', () => {
    expect(verdictsAt('BTC funding was negative at 0.0081%.', '0.0081%')).toEqual(['contradicted']);
    expect(verdictsAt('SOL funding was negative at 0.0027%.', '0.0027%')).toEqual(['supported']);
  });
  it('`-0.0027% (≈-3.0% annualized), longs pay shorts`: the payer after an aside, the sign after `≈`', () => {
    const text = '- SOL: **-0.0027%** (≈-3.0% annualized), longs pay shorts';
    expect(verdictsAt(text, '-0.0027%')).toEqual(['contradicted']);
    expect(verdictsAt(text, '-3.0%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('longs pay shorts', 'shorts pay longs'), '-0.0027%')).toEqual(['supported']);
  });
  it('`around 8.9% in year terms`, `2. 1 times`, `its 7 -day average`', () => {
    expect(verdictsAt('BTC funding is 0.0081%, around 8.9% in year terms.', '8.9%')).toEqual(['supported']);
    expect(verdictsAt('BTC funding is 0.0081%, around 9.9% in year terms.', '9.9%')).toEqual(['contradicted']);
    expect(verdictsAt("Bitcoin's volume was 1. 1 times its 7 -day average.", '1. 1 times')).toEqual(['supported']);
    expect(verdictsAt("Bitcoin's volume was 2. 1 times its 7 -day average.", '2. 1 times')).toEqual(['contradicted']);
    expect(verdictsAt("Bitcoin's volume was 1. 1 times its 7 -day average.", '7 -day')).toEqual([]);
  });
  it('`Advancers outnumbered decliners, 27 to 3`: each figure counts its own group', () => {
    expect(verdictsAt('Advancers outnumbered decliners, 27 to 3.', '27')).toEqual(['supported']);
    expect(verdictsAt('Decliners outnumbered gainers 27 to 3.', '27')).toEqual(['contradicted']);
    expect(verdictsAt('Memes breadth: only 1 member fell against 3 gainers.', '1 member')).toEqual(['supported']);
    expect(verdictsAt('Memes breadth: only 2 member fell against 3 gainers.', '2 member')).toEqual(['contradicted']);
  });
  it('`$BNB knocking on 1,050`, `if 3,800 breaks`: a level the price is tested against', () => {
    expect(verdictsAt('$BNB knocking on 1,050 again', '1,050')).toEqual(['supported']);
    expect(verdictsAt('$BNB knocking on 1,150 again', '1,150')).toEqual(['contradicted']);
    expect(verdictsAt('$ETH next stop 3,500 if 3,800 breaks', '3,800')).toEqual(['supported']);
    // `next stop` is a forecast; a forecast's level is no claim about today
    expect(verdictsAt('$ETH next stop 3,500 if 3,800 breaks', '3,500')).toEqual(['unsupported']);
    expect(verdictsAt('ETH could retest $3,800 next week.', '$3,800')).toEqual(['unsupported']);
  });
});

describe('leaders in corpus N', () => {
  it('`Filecoin led DePIN with +3.1%`: leading a sector is a claim about who was best (Render +9.46%)', () => {
    expect(verdictsAt('Filecoin led DePIN with +3.1%.', '+3.1%')).toEqual(['contradicted']);
    expect(verdictsAt('Render led DePIN with +9.5%.', '+9.5%')).toEqual(['supported']);
  });
  it('`..., the sector’s weakest, while The Sandbox was the best at +7.6%`: the word between subject and figure', () => {
    const text = 'Gaming rose. Immutable added 2.6%, the sector’s weakest, while The Sandbox was the best at +7.6%.';
    expect(verdictsAt(text, '+7.6%')).toEqual(['contradicted']);
    expect(verdictsAt(text.replace('The Sandbox', 'GALA').replace('+7.6%', '+9.8%'), '+9.8%')).toEqual(['supported']);
    expect(verdictsAt(text, '2.6%')).toEqual(['supported']);
  });
});

describe('near misses from a review of the M fixes: each wrong sentence stays flagged', () => {
  const flagged = (text: string, find: string) => {
    const verdicts = verdictsAt(text, find);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v === 'contradicted' || v === 'unsupported')).toBe(true);
  };
  it('a size gate never hides a figure of the metric its clause names, nor a value a move reached', () => {
    flagged('Bitcoin rose 3.8%. Its market cap hit $9.8 billion, The Block reported.', '$9.8 billion');
    flagged('Bitcoin rose 3.8%. Its open interest rose to $340 million, Decrypt said.', '$340 million');
    flagged("Bitcoin's support is $612 million, per CoinDesk.", '$612 million');
  });
  it('`into year-end` is no forecast; a written sign and its payer must agree', () => {
    flagged('Heading into year-end, Bitcoin trades at $115,000, per Bitcoin Magazine.', '$115,000');
    flagged('Bitcoin support sits at $115,000 into the year end, Bitcoin Magazine notes.', '$115,000');
    flagged('ETH funding -0.0094% per 8h, so longs are paying.', '-0.0094%');
    flagged('SOL funding +0.0027% every 8 hours, so shorts pay longs.', '+0.0027%');
  });
  it('a payer phrase is checked on the assets listed with it, never on one it is compared with', () => {
    flagged('SOL, unlike ETH, had longs paying shorts.', 'longs paying shorts');
    flagged('On SOL and XRP alike, longs paid shorts.', 'longs paid shorts');
  });
  it('`now` keeps a level that is the clause’s subject; `watchlist` with `total` is the market', () => {
    flagged('BTC resistance was $111,000 yesterday, now $112,486.', '$112,486');
    flagged("Bitcoin's 30-day swing high, now at $112,486, was cleared.", '$112,486');
    flagged('Watchlist market cap rose to $13.6B as the AI sector led.', '$13.6B');
    flagged('Total market cap on our watchlist: $5.6B, with the L2 sector lagging.', '$5.6B');
  });
  it('negators, `near`, `vs` headers, `the $X range`, path directions', () => {
    flagged('Bitcoin won the day, trading above $115,000 resistance.', '$115,000');
    flagged('ETH is not far above $4,000 resistance.', '$4,000');
    flagged('ETH ended near +8.9% on the day.', '+8.9%');
    flagged('| Coin | vs BTC | vs ETH |\n|---|---|---|\n| SOL | +3.8% | +4.6% |', '+3.8%');
    flagged('Bitcoin traded in the $115,000 range, Bitcoin Magazine said.', '$115,000');
    flagged('Bitcoin rose to $108,050 before closing at $112,486.', '$108,050');
    flagged('Crypto funds jumped 14%, according to Decrypt.', '14%');
  });
});

describe('corpus O classes (social posts, coin quantities)', () => {
  it('`BTC dom 62.1%`: `dom` is dominance', () => {
    expect(verdictsAt('BTC dom 62.1% and rising. alt season cancelled again', '62.1%')).toEqual(['supported']);
    expect(verdictsAt('BTC dom 58.1% and rising. alt season cancelled again', '58.1%')).toEqual(['contradicted']);
  });
  it('an emoji ends a clause in a post: `$SOL 24h: +5.4% 😤 $BTC 24h +3.8%`', () => {
    const post = '$SOL 24h: +5.4% 😤 $BTC 24h +3.8%';
    expect(verdictsAt(post, '+5.4%')).toEqual(['supported']);
    expect(verdictsAt(post, '+3.8%')).toEqual(['supported']);
    expect(verdictsAt('$SOL 24h: +3.8% 😤 $BTC 24h +5.4%', '+3.8%')).toEqual(['contradicted']);
  });
  it('`(just my 7 coins)`: a pool written with `my`', () => {
    expect(verdictsAt('AI cap ~$13.6B (just my 7 coins) lol', '7 coins')).toEqual(['supported']);
    expect(verdictsAt('AI cap ~$13.6B (just my 9 coins) lol', '9 coins')).toEqual(['contradicted']);
  });
  it('`42,000 BTC left exchanges`: a quantity of coins is no price (unsupported: no fact states it)', () => {
    expect(verdictsAt('Some 42,000 BTC left exchanges overnight.', '42,000')).toEqual(['unsupported']);
    expect(verdictsAt('Bitcoin fell to 42,000 overnight.', '42,000')).toEqual(['contradicted']);
    // a count of coins within the watchlist is still a count
    expect(verdictsAt('27 coins rose today.', '27')).toEqual(['supported']);
  });
});

describe('near misses from a review of the N and O fixes: each wrong sentence stays flagged', () => {
  const flagged = (text: string, find: string) => {
    const verdicts = verdictsAt(text, find);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v === 'contradicted' || v === 'unsupported')).toBe(true);
  };
  it('a figure marked as the price is no level tested; `now` names the price unless a `was` value pairs it', () => {
    flagged('BTC at $115,000 holds firm after the rally.', '$115,000');
    flagged('If BTC at $110,000 holds, bulls stay in control.', '$110,000');
    flagged('BTC cleared resistance, now $115,000.', '$115,000');
    flagged('BTC bounced off support, now at $110,000.', '$110,000');
  });
  it('`outnumbered` needs the larger first and no margin; `negative` signs only the figure right after it', () => {
    flagged('Gainers outnumbered decliners by 27.', '27');
    flagged('Decliners outnumbered gainers 3 to 27.', '3 to');
    flagged('SOL funding went from negative to 0.0027%.', '0.0027%');
    flagged('DOGE funding is no longer negative at 0.0058%.', '0.0058%');
  });
  it('a payer named with its asset after the phrase; `and near`; tickers before figures; `ETH dom`', () => {
    flagged("BTC funding is higher than DOGE's, and longs pay shorts on DOGE.", 'longs pay shorts');
    flagged('L1s: SOL +5.4%, AVAX +6.3% and near +6.3%.', 'near +6.3%');
    flagged('BTC 120,000 ETH 3,987 SOL 171', '120,000');
    flagged('ETH dom 62.1%', '62.1%');
  });
  it('an emoji breaks a clause only after a figure; `next stop` marks the figure after it; movers of `my 30 coins`', () => {
    flagged('ETH up ✅ 5.4% SOL up 4.6%', '5.4%');
    flagged('BTC is at $118,000, next stop $120,000.', '$118,000');
    flagged('All my 30 coins are in the green.', '30');
    const funding =
      '| Metric | BTC | ETH | SOL |\n|---|---|---|---|\n| Funding (BTC-margined) | 0.0081% | 0.0082% | 0.0083% |';
    flagged(funding, '0.0083%');
  });
});

describe('corpus P classes', () => {
  it('`112.486 $`, `3.800 $`: a dotted figure with the currency after it is thousands, whatever the text does', () => {
    expect(verdictsAt('Levels: Bitcoin support at 110.000 $, resistance at 115.000 $.', '110.000 $')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('Levels: Bitcoin support at 100.000 $, resistance at 115.000 $.', '100.000 $')).toEqual([
      'contradicted',
    ]);
  });
  it('`Ether 3.800 $ and 4.000 $` after a lead naming the levels: support, then resistance', () => {
    const text = 'Levels: Bitcoin support at 110.000 $, resistance at 115.000 $; Ether 3.800 $ and 4.000 $.';
    expect(verdictsAt(text, '3.800 $')).toEqual(['supported']);
    expect(verdictsAt(text, '4.000 $')).toEqual(['supported']);
    expect(verdictsAt(text.replace('3.800 $ and 4.000 $', '4.000 $ and 3.800 $'), '4.000 $')).toEqual(['contradicted']);
    // a range's ends stay the day's low and high
    const range = 'Bitcoin support is $110,000 and resistance $115,000. It traded between $108,050 and $112,511.';
    expect(verdictsAt(range, '$108,050')).toEqual(['supported']);
  });
  it('`range of the session was 108.1k until 112.5k`, `The 24-hour range for Bitcoin was $108,050 to $112,511`', () => {
    expect(verdictsAt('BTC: range of the session was 108.1k until 112.5k.', '108.1k')).toEqual(['supported']);
    expect(verdictsAt('BTC: range of the session was 108.1k until 114.5k.', '114.5k')).toEqual(['contradicted']);
    const text = 'The 24-hour range for Bitcoin was $108,050 to $112,511.';
    expect(verdictsAt(text, '$112,511')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$112,511', '$113,511'), '$113,511')).toEqual(['contradicted']);
  });
  it('`WIF was the best of the 4 at +4.8%`: the group of a superlative is the sector the text is about', () => {
    const text = 'Memecoins rose. WIF was the best of the 4 at +4.8%.';
    expect(verdictsAt(text, '4 at')).toEqual(['supported']);
    expect(verdictsAt(text.replace('of the 4', 'of the 5'), '5 at')).toEqual(['contradicted']);
  });
});

describe('numbers in words in corpus P', () => {
  it('`Ether’s about seventy-two` after `thirty-four per cent`: a hyphenated compound keeps the unit of the list', () => {
    const text = "Bitcoin's seven-day realized volatility is about thirty-four per cent, Ether's about seventy-two.";
    expect(verdictsAt(text, 'seventy-two')).toEqual(['supported']);
    expect(verdictsAt(text.replace('seventy-two', 'sixty-two'), 'sixty-two')).toEqual(['contradicted']);
  });
  it('`nine and five-tenths per cent` is 9.5 %', () => {
    expect(verdictsAt('Render gained about nine and five-tenths per cent.', 'nine')).toEqual(['supported']);
    expect(verdictsAt('Render gained nine and two-tenths per cent.', 'nine')).toEqual(['contradicted']);
  });
});
