/**
 * Classes found in blind corpus F's disagreements (issue 12, the sell-off day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: BTC $112,486 +3.84%, 24h $108,050-$112,511, support $110K, resistance
 * $115K, 30-day swing $97,150-$111,308; XRP $2.4817, 24h $2.3984-$2.5094, S 2.40 / R 2.50, 30-day high $2.6953;
 * BNB $1,012.6, S 1,000 / R 1,050; AI cap $13.64B, +$1.15B over 24h, 7 members all up; L1 10 members all up;
 * 27 of 30 up; BTC OI +6.2% 24h, +11.4% 7d; ETH OI +7.8% 24h, +14.2% 7d).
 */
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/factcheck/read/read-numbers.ts';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('a ranked table: the `#` column holds ranks', () => {
  it('`| # | Token | 24h |`: the rank cells are no claims, the changes are checked', () => {
    const table = '| # | Token | 24h |\n|---|---|---|\n| 1 | ETH | +4.6% |\n| 2 | BTC | +3.8% |\n| 3 | XRP | +9.2% |';
    expect(verdictsAt(table, '| 1 |')).toEqual([]);
    expect(verdictsAt(table, '| 2 |')).toEqual([]);
    expect(verdictsAt(table, '+3.8%')).toEqual(['supported']);
    expect(verdictsAt(table, '+9.2%')).toEqual(['contradicted']);
  });
});

describe('a level word labels the figure it stands before, not the next one', () => {
  it('`S 2.40 / R 2.50, at 2.48`: the 2.48 is the price', () => {
    expect(verdictsAt('- XRP: S 2.40 / R 2.50, at 2.48.', '2.48')).toEqual(['supported']);
    expect(verdictsAt('- XRP: S 2.40 / R 2.50, at 2.29.', '2.29')).toEqual(['contradicted']);
    expect(verdictsAt('- BNB: support 1,000, resistance 1,050, trading 1,012.6.', '1,012.6')).toEqual(['supported']);
    expect(verdictsAt('- BNB: support 1,000, resistance 1,050, trading 1,092.6.', '1,092.6')).toEqual(['contradicted']);
  });
  it('desk shorthand `H` / `L` names the high and the low', () => {
    const row = '- BTC: 24h H 112,511 L 108,050.';
    expect(verdictsAt(row, '112,511')).toEqual(['supported']);
    expect(verdictsAt(row, '108,050')).toEqual(['supported']);
    expect(verdictsAt(row.replace('112,511', '116,511'), '116,511')).toEqual(['contradicted']);
  });
});

describe("a level's own window names which level", () => {
  it("a 24-hour high is the day's high, a 30-day high the swing high", () => {
    expect(verdictsAt("XRP's 24h high was 2.5094.", '2.5094')).toEqual(['supported']);
    expect(verdictsAt("XRP's 24h high was 2.6953.", '2.6953')).toEqual(['contradicted']);
    expect(verdictsAt("XRP's 30-day high is 2.6953.", '2.6953')).toEqual(['supported']);
  });
  it('support and resistance are the computed levels when the asset has them', () => {
    // XRP's 24h low ($2.3984) is not its support ($2.40): a writer's `support at $2.45` is no level of XRP
    expect(verdictsAt('XRP sits above support at $2.40.', '$2.40')).toEqual(['supported']);
    expect(verdictsAt('Support for ETH is $3,810, resistance $4,000.', '$3,810')).toEqual(['contradicted']);
  });
});

describe('two relations of one price joined by `and`', () => {
  it('`below its $115,000 resistance and above $110,000 support`: both are where the price stands', () => {
    const text = 'BTC is at $112,486, below its $115,000 resistance and above $110,000 support.';
    expect(verdictsAt(text, '$110,000')).toEqual(['supported']);
    const swapped = 'BTC is at $112,486, below its $110,000 support and above $115,000 resistance.';
    expect(verdictsAt(swapped, '$110,000')).toEqual(['contradicted']);
    expect(verdictsAt(swapped, '$115,000')).toEqual(['contradicted']);
  });
});

describe("the day's extremes named by a verb", () => {
  it('`topping out at`, `dipping to`, `touched ..., its session low` are the 24h high and low', () => {
    const text = 'Bitcoin traded at $112,486, after topping out at $112,511 and dipping to $108,050.';
    expect(verdictsAt(text, '$112,511')).toEqual(['supported']);
    expect(verdictsAt(text, '$108,050')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$108,050', '$104,050'), '$104,050')).toEqual(['contradicted']);
    expect(verdictsAt('Ether touched $3,809, its session low, before recovering.', '$3,809')).toEqual(['supported']);
    expect(verdictsAt('Ether touched $3,709, its session low, before recovering.', '$3,709')).toEqual(['contradicted']);
  });
  it('a range written without `from`: `24h range: X to Y`, `range was X to Y`, `between X and Y`', () => {
    expect(verdictsAt("BTC's 24h range: $108,050 to $112,511.", '$108,050')).toEqual(['supported']);
    expect(verdictsAt("BTC's 24h range: $108,050 to $112,511.", '$112,511')).toEqual(['supported']);
    expect(verdictsAt("XRP's 24-hour range was $2.40 to $2.51.", '$2.51')).toEqual(['supported']);
    expect(verdictsAt("XRP's 24-hour range was $2.30 to $2.51.", '$2.30')).toEqual(['contradicted']);
    // a range's two ends are no move: the day's change in the same sentence is not checked against them
    const withChange = "BTC is at $112,486, up 3.84% over 24h, with the day's range running from $108,050 to $112,511.";
    expect(verdictsAt(withChange, '3.84%')).toEqual(['supported']);
    const between = 'Bitcoin traded between $108,050 and $112,511 over the past 24 hours.';
    expect(verdictsAt(between, '$108,050')).toEqual(['supported']);
    expect(verdictsAt(between.replace('$108,050', '$101,050'), '$101,050')).toEqual(['contradicted']);
  });
});
describe("a sector's market value and its change", () => {
  it("`the group's market value rose $X to $Y`: X is the change, Y the cap", () => {
    const text = "AI tokens rallied. The group's market value rose $1.15 billion to $13.6 billion.";
    expect(verdictsAt(text, '$1.15 billion')).toEqual(['supported']);
    expect(verdictsAt(text, '$13.6 billion')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$1.15 billion', '$2.15 billion'), '$2.15 billion')).toEqual(['contradicted']);
  });
  it('`sector cap $13.6B, +$1.15B today` in a post', () => {
    const post = 'AI szn. $FET $TAO $RENDER all green. sector cap $13.6B, +$1.15B today';
    expect(verdictsAt(post, '$13.6B')).toEqual(['supported']);
    expect(verdictsAt(post, '+$1.15B')).toEqual(['supported']);
    expect(verdictsAt(post.replace('+$1.15B', '+$3.15B'), '+$3.15B')).toEqual(['contradicted']);
  });
});

describe('counts of a pool and of movers', () => {
  it('`a 30-coin list`, `of 30`, `the 10 layer-one names`, `all 7`', () => {
    expect(verdictsAt('27 green coins on my 30-coin list today.', '30-coin')).toEqual(['supported']);
    expect(verdictsAt('Only 3 coins of 30 ended lower.', '30')).toEqual(['supported']);
    expect(verdictsAt('None of the 10 layer-one names fell.', '10')).toEqual(['supported']);
    expect(verdictsAt('AI tokens: all 7 closed higher.', '7')).toEqual(['supported']);
    expect(verdictsAt('AI tokens: all 9 closed higher.', '9')).toEqual(['contradicted']);
  });
  it('`27 closed higher and 3 lower`, `1 up, 3 down` under a sector heading', () => {
    expect(verdictsAt('Of the watchlist, 27 closed higher and 3 lower.', '27')).toEqual(['supported']);
    expect(verdictsAt('Of the watchlist, 27 closed higher and 3 lower.', '3')).toEqual(['supported']);
    const section = '### AI\n- Sector change (24h): +9.2%.\n- Advancers vs decliners: 7 up, 0 down.';
    expect(verdictsAt(section, '7 up')).toEqual(['supported']);
    expect(verdictsAt(section.replace('7 up, 0', '5 up, 2'), '5 up')).toEqual(['contradicted']);
  });
});

describe('a heading names the metric of the list under it', () => {
  it('`### Open interest` over `- BTC: $9.84B (+6.2%); up 11.4% over 7 days`', () => {
    const list = '### Open interest\n- **BTC:** $9.84B (**+6.2%**); up **11.4%** over 7 days\n- **ETH:** $5.91B';
    expect(verdictsAt(list, '11.4%')).toEqual(['supported']);
    expect(verdictsAt(list.replace('11.4%', '16.4%'), '16.4%')).toEqual(['contradicted']);
  });
});

describe('a possessive that elides the metric of the clause before (number words)', () => {
  it("`Ether's open interest rose 7.8 per cent, bitcoin's by six point two`", () => {
    const text = "Ether's open interest rose by seven point eight per cent over the day, bitcoin's by six point two.";
    expect(verdictsAt(text, 'six point two')).toEqual(['supported']);
    expect(verdictsAt(text.replace('six point two', 'nine point two'), 'nine point two')).toEqual(['contradicted']);
    const week = "Bitcoin's open interest has climbed eleven point four per cent this week, ether's about fourteen.";
    expect(verdictsAt(week, 'about fourteen', '7d')).toEqual(['supported']);
  });
});

describe('a level word right after its figure labels that figure', () => {
  it('`110k resistance. we at 112.5k`, `its 1,000 $ support at 1.012,6 $`, `0,2 % below it`', () => {
    expect(verdictsAt('$BTC 110k support is the line. 115k resistance. we at 112.5k', '112.5k')).toEqual(['supported']);
    expect(verdictsAt('$BTC 110k support is the line. 115k resistance. we at 118.5k', '118.5k')).toEqual([
      'contradicted',
    ]);
    const comma = 'BNB steht knapp über seinem 1.000 $ support at 1.012,6 $, roughly 1,3 % above it.';
    expect(verdictsAt(comma, '1.000 $')).toEqual(['supported']);
    expect(verdictsAt(comma, '1.012,6 $')).toEqual(['supported']);
    expect(verdictsAt(comma, '1,3 %')).toEqual(['unsupported']);
    // `$ARB 0.31 support 0.30`: a word between two figures labels the one right after it
    expect(verdictsAt('$XRP 2.48 support 2.40', '2.40')).toEqual(['supported']);
    expect(verdictsAt('$XRP 2.48 support 2.40', '2.48')).toEqual(['supported']);
  });
  it('`dominance 58.2%` labels only its own figure: `total cap $3.62T, +3.7% on the day` is the cap', () => {
    const post = 'btc dominance 58.2% alts ripping. total cap $3.62T, +3.7% on the day';
    expect(verdictsAt(post, '+3.7%')).toEqual(['supported']);
  });
  it('`failed to hold $115,000`: a level the price fell back under', () => {
    expect(verdictsAt('Bitcoin failed to hold $115,000 and traded near $112,500.', '$115,000')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin failed to hold $125,000 and traded near $112,500.', '$125,000')).toEqual([
      'contradicted',
    ]);
  });
});

describe('a table row of the group', () => {
  it('`| Sector | | +9.2% |` under a sector table is that sector; `| Total |` the market', () => {
    const table =
      'AI tokens over 24h:\n\n| Token | 24h |\n|---|---|\n| FET | +11.8% |\n| NEAR | +8.9% |\n| Sector | +9.2% |';
    expect(verdictsAt(table, '+9.2%')).toEqual(['supported']);
    expect(verdictsAt(table.replace('+9.2%', '+3.2%'), '+3.2%')).toEqual(['contradicted']);
  });
});

describe('a clause after `;` or with its own metric keeps its own subject and window', () => {
  it("`Open interest rose 9.6% w/w to $19.1bn; BTC OI was up 6.2%`: the first clause is the market's", () => {
    const text = 'Open interest rose 9.6% over the week to $19.11bn; BTC OI was up 6.2%.';
    expect(verdictsAt(text, '$19.11bn')).toEqual(['supported']);
    // the week is the first clause's: BTC's 6.2% is its 24h change
    expect(verdictsAt(text, '6.2%')).toEqual(['supported']);
  });
  it("`The OI-weighted average is X, and BTC funding is Y`: the average is the market's", () => {
    expect(verdictsAt('The OI-weighted average is 0.0068%, and BTC funding is 0.0081%.', '0.0068%')).toEqual([
      'supported',
    ]);
  });
});

describe('subjects and windows a writer sets apart', () => {
  it('`ETH stronger than BTC, +4.6% to 3,987`: the name after `than` is compared with', () => {
    expect(verdictsAt('- ETH stronger than BTC, +4.6% to 3,987.', '+4.6%')).toEqual(['supported']);
    expect(verdictsAt('- ETH stronger than BTC, +4.6% to 3,987.', '3,987')).toEqual(['supported']);
    expect(verdictsAt('- ETH stronger than BTC, +3.8% to 3,987.', '+3.8%')).toEqual(['contradicted']);
  });
  it('`for a third month`, `a fourth straight day`: a streak is no window', () => {
    expect(verdictsAt('Staking on Solana rose for a third month while SOL gained 5.4%.', '5.4%')).toEqual([
      'supported',
    ]);
  });
  it("`TAO only +8.7%, but in 30 days GRT X`: the window opening the later clause is its figure's", () => {
    const text = 'TAO only +8.7%, but in 30 days GRT +30.0%.';
    expect(verdictsAt(text, '+8.7%')).toEqual(['supported']);
  });
  it("`Open interest rose ... Bitcoin's has climbed 6.2 per cent`: a possessive ellipsis reaches back", () => {
    const text =
      "Open interest rose across the board. Bitcoin's has climbed six point two per cent, ether's about eight.";
    expect(verdictsAt(text, 'six point two per cent')).toEqual(['supported']);
    expect(verdictsAt(text.replace('six point two', 'nine point two'), 'nine point two per cent')).toEqual([
      'contradicted',
    ]);
  });
});

describe('figures of things no fact measures (blind corpus G)', () => {
  it('`ETF inflows`, `liquidations`, `new games`: unsupported, or sourced when the outlet is named', () => {
    // rally day: CoinDesk "U.S. Spot Bitcoin ETFs Draw $612M in Net Inflows"; no fact states ETF flows
    const sourced = 'Spot bitcoin ETFs drew $612 million in net inflows, according to CoinDesk.';
    expect(verdictsAt(sourced, '$612 million')).toEqual(['supported-by-source']);
    expect(verdictsAt('Liquidations topped $380 million, mostly longs.', '$380 million')).toEqual(['unsupported']);
    // not a count of the watchlist's gainers (27) nor BTC's open interest ($9.84B) that happen to share the figure
    expect(verdictsAt("Immutable's zkEVM added 27 new games, the team said.", '27')).toEqual(['unsupported']);
    expect(verdictsAt('Liquidations hit $9.84 billion as shorts were squeezed.', '$9.84 billion')).toEqual([
      'unsupported',
    ]);
    expect(verdictsAt('ETF inflows reached $912 million, CoinDesk reported.', '$912 million')).toEqual(['unsupported']);
    // a change next to such words in another clause is still the asset's
    expect(verdictsAt('Bitcoin rose 3.8% as ETF inflows returned.', '3.8%')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin rose 5.8% as ETF inflows returned.', '5.8%')).toEqual(['contradicted']);
  });
  it('a dollar figure after `Top` is a figure, not a rank (`Liquidations Top $412 Million`)', () => {
    const [n] = readNumbers('Crypto Liquidations Top $412 Million as Shorts Get Caught');
    expect([n?.kind, n?.value, n?.unit]).toEqual(['number', 412_000_000, 'usd']);
    expect(readNumbers('the top 10 assets')[0]?.kind).toEqual('rank');
  });
});

describe('near misses that must stay flagged (review of the F and G fixes)', () => {
  it("a streak in the figure's own clause is its window", () => {
    expect(verdictsAt('Bitcoin climbed 3.8% for a second straight week.', '3.8%')).toEqual(['contradicted']);
    expect(verdictsAt('ETH rose 4.3% for a second straight week.', '4.3%')).toEqual(['supported']);
  });
  it("a price-reaching verb: its direction's extreme of the day, the swing level only over 30 days", () => {
    expect(verdictsAt('In the last 24 hours Bitcoin touched $97,150.', '$97,150')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin spiked to $108,050.', '$108,050')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin dipped to $112,511.', '$112,511')).toEqual(['contradicted']);
    expect(verdictsAt('XRP spiked to 2.6953 today.', '2.6953')).toEqual(['contradicted']);
  });
  it('`reclaimed $113,000` is a price, not a level near it', () => {
    expect(verdictsAt('Bitcoin reclaimed $113,000 on Wednesday.', '$113,000')).toEqual(['contradicted']);
    expect(verdictsAt('Ether reclaimed $3,990 overnight.', '$3,990')).toEqual(['contradicted']);
  });
  it("`Solana's down 3.4%` is `Solana is down`, not an ellipsis of the sentence before", () => {
    const text = "Open interest in bitcoin futures climbed 6.2%. Solana's down 3.4%, the only major in the red.";
    expect(verdictsAt(text, '3.4%')).toEqual(['contradicted']);
  });
  it('a fronted figure takes the later subject, not the sentence before', () => {
    const text = 'Ether rose 4.6% to $3,987. Up 4.62% on the day, bitcoin open interest reached $9.84 billion.';
    expect(verdictsAt(text, '4.62%')).toEqual(['contradicted']);
  });
  it('an `Average` row of some members is no fact of the sector', () => {
    const table =
      'Layer-1s rose 3.9% on the day, while AI tokens did better.\n\n| Token | 24h |\n|---|---|\n| FET | +11.8% |\n' +
      '| TAO | +8.7% |\n| Average | +3.9% |';
    expect(verdictsAt(table, '+3.9%')).not.toContain('supported');
  });
  it("`more than Bitcoin's 3.8% gain`: a possessive after `than` owns its figure", () => {
    expect(verdictsAt("Solana rose more than Bitcoin's 3.8% gain.", '3.8%')).toEqual(['supported']);
  });
});

describe('classes from blind corpus G (edited slips, movers, size words)', () => {
  it('`6 .1%`, `112 ,486`, `$2.25 trn`, `1.0 x`: stray spaces and short scale words are one figure', () => {
    expect(verdictsAt('Gaming tokens rose 6 .1% as a group.', '6 .1%')).toEqual(['supported']);
    expect(verdictsAt('Gaming tokens rose 9 .1% as a group.', '9 .1%')).toEqual(['contradicted']);
    expect(verdictsAt('BTC/USD: 112 ,486 (+3.84 %).', '112 ,486')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin market cap: $2.25 trn.', '$2.25 trn')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin market cap: $3.25 trn.', '$3.25 trn')).toEqual(['contradicted']);
    expect(verdictsAt('Ether traded 1.0 x its weekly average volume.', '1.0 x')).toEqual(['supported']);
    expect(verdictsAt('Ether traded 3.0 x its weekly average volume.', '3.0 x')).toEqual(['contradicted']);
  });
  it('`7 rising and 0 falling`: a count of movers', () => {
    expect(verdictsAt('The AI basket of 7 names: 7 rising and 0 falling.', '7 rising')).toEqual(['supported']);
    expect(verdictsAt('The AI basket of 7 names: 5 rising and 2 falling.', '5 rising')).toEqual(['contradicted']);
  });
  it('`(10.3 % ann.)` after a funding rate is the annualized rate', () => {
    expect(verdictsAt('ETH funding 0.0094% (10.3 % ann.).', '10.3 %')).toEqual(['supported']);
    expect(verdictsAt('ETH funding 0.0094% (14.3 % ann.).', '14.3 %')).toEqual(['contradicted']);
  });
  it('`large-cap` is a size class, not a market cap; `weekly norm` names an average, not a window', () => {
    expect(verdictsAt('BNB was a large-cap laggard, rising 1.9% to $1,012.6.', '$1,012.6')).toEqual(['supported']);
    expect(verdictsAt('ETH volume was about $1.79 billion, or 1.0 times its weekly norm.', '$1.79 billion')).toEqual([
      'supported',
    ]);
  });
});

describe('a lower-case name heading a level list (edited copy, blind corpus G)', () => {
  it('`dot — support $3.2, resistance $3.4 gala — support $0.013`: each name heads the figures after it', () => {
    const list = 'ada — support $0.58, resistance $0.60 dot — support $3.2, resistance $3.4 gala — support $0.013';
    expect(verdictsAt(list, '$0.60')).toEqual(['supported']);
    expect(verdictsAt(list, '$3.2')).toEqual(['supported']);
    expect(verdictsAt(list, '$0.013')).toEqual(['supported']);
    expect(verdictsAt(list.replace('$3.2', '$3.6'), '$3.6')).toEqual(['contradicted']);
  });
  it('`gala at 1.1 x` its weekly average names GALA', () => {
    expect(verdictsAt('Volumes: axs at 1.0x, gala at 1.1 x their weekly averages.', '1.1 x')).toEqual(['supported']);
    expect(verdictsAt('Volumes: axs at 1.0x, gala at 3.1 x their weekly averages.', '3.1 x')).toEqual(['contradicted']);
  });
});

describe('group words before a figure (blind corpus G)', () => {
  it('`**Open interest**` over `- Total: $19.11B, up 5.1% in 24h`: a bold label leads the list, `Total` is the market', () => {
    const list = '**Open interest**\n- Total: $19.11B, up 5.1% in 24h\n- BTC: $9.84B (+6.2%)';
    expect(verdictsAt(list, '$19.11B')).toEqual(['supported']);
    expect(verdictsAt(list, '5.1%')).toEqual(['supported']);
    expect(verdictsAt(list.replace('5.1%', '8.1%'), '8.1%')).toEqual(['contradicted']);
  });
  it('`so sector near -0.4%`, `Sector capitalisation stands at $13.6B, up $1.15B on the day`', () => {
    expect(verdictsAt('Rollups: OP -2.4%, ARB -1.9%, POL +0.3%, so sector near -0.4%.', '-0.4%')).toEqual([
      'supported',
    ]);
    const cap = 'AI tokens led. Sector capitalisation stands at $13.6B, up $1.15B on the day.';
    expect(verdictsAt(cap, '$13.6B')).toEqual(['supported']);
    expect(verdictsAt(cap, '$1.15B')).toEqual(['supported']);
    expect(verdictsAt(cap.replace('$1.15B', '$2.15B'), '$2.15B')).toEqual(['contradicted']);
  });
});

describe("a sector's own members vs its CoinGecko category (blind corpus G)", () => {
  it('a clause that names the category or our members is held to that figure', () => {
    // rally day: AI watchlist members' cap $13.64B, CoinGecko AI category cap $24.12B
    expect(verdictsAt("AI tokens rose. CoinGecko's AI category sits at $24.1B.", '$24.1B')).toEqual(['supported']);
    expect(verdictsAt("AI tokens rose. CoinGecko's AI category sits at $13.6B.", '$13.6B')).toEqual(['contradicted']);
    expect(verdictsAt('AI tokens rose. AI cap (our 7 names) $13.6B.', '$13.6B')).toEqual(['supported']);
    expect(verdictsAt('AI tokens rose. AI cap (our 7 names) $24.1B.', '$24.1B')).toEqual(['contradicted']);
  });
});

describe('dollars and cents in words without `and ... cents` (blind corpora F and G)', () => {
  it('`two dollars forty-eight` is $2.48', () => {
    expect(verdictsAt('XRP traded around two dollars forty-eight.', 'two dollars forty-eight')).toEqual(['supported']);
    expect(verdictsAt('XRP traded around two dollars ninety-eight.', 'two dollars ninety-eight')).toEqual([
      'contradicted',
    ]);
  });
});

describe('near misses from the second review', () => {
  it('a `Total` item under a sector label totals the sector, not the market', () => {
    // rally day: DePIN +5.41% (CoinGecko category +5.12%), the market +3.71%
    expect(verdictsAt('DePIN sector:\n- Total: $3.8B, up 3.7%', '3.7%')).toEqual(['contradicted']);
    expect(verdictsAt('**AI**\n- Total: $13.6B, up 3.7%', '3.7%')).toEqual(['contradicted']);
    expect(verdictsAt('**AI**\n- Total: $13.6B, up 3.7%', '$13.6B')).toEqual(['supported']);
  });
  it('a ratio is the volume ratio only where its clause speaks of volume or an average, not of another metric', () => {
    expect(verdictsAt('ETH open interest stands at 1.0 x its weekly average.', '1.0 x')).not.toContain('supported');
    expect(verdictsAt("BTC funding runs 1.1 x ETH's.", '1.1 x')).not.toContain('supported');
    expect(verdictsAt('Ether traded 1.0 x its weekly average volume.', '1.0 x')).toEqual(['supported']);
  });
  it('`our 27 names rose` counts movers, not the pool', () => {
    expect(verdictsAt('Of the watchlist, our 27 names rose.', '27')).toEqual(['supported']);
  });
});
