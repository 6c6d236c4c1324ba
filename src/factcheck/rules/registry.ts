/**
 * The checker's rules, in the order they run. A `claim` rule revises the verdicts of the number claims (one claim
 * per draft, same order) after the value rule (verify-claims.ts) gave each its verdict; a `finding` rule reads the
 * text itself and adds claims of its own (qualitative claims: leaders, funding sign, payer). Adding a rule: one
 * file in rules/, one line here, its words in lexicon.ts.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { FactsSheet } from '../../domain/fact.ts';
import type { Registry } from '../../domain/registry.ts';
import type { Window } from '../../domain/units.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import type { FactsLookup } from '../facts/facts-lookup.ts';
import type { TextReading } from '../extract/sentence-reading.ts';
import { checkArithmetic } from './arithmetic.ts';
import { checkComparisons } from './comparisons.ts';
import { checkDirections } from './directions.ts';
import { checkForecasts } from './forecasts.ts';
import { checkGroupCounts } from './group-counts.ts';
import { checkLeaders } from './leaders.ts';
import { checkMetricSuperlatives } from './metric-superlatives.ts';
import { checkQualitative } from './qualitative.ts';
import { checkSectorRankFigures, checkSectorRanks } from './sector-ranks.ts';
import { applySources } from './sources.ts';
import { checkThresholdCounts } from './threshold-counts.ts';

export interface RuleContext {
  text: string;
  /** The text's sentences as extractClaims read them; rules read a sentence through sentence-reading.ts. */
  reading: TextReading;
  drafts: DraftClaim[];
  sheet: FactsSheet;
  lookup: FactsLookup;
  registry: Registry;
  defaultWindow: Window | null;
}

export type Rule =
  | { name: string; kind: 'claim'; apply: (claims: Claim[], ctx: RuleContext) => Claim[] }
  | { name: string; kind: 'finding'; apply: (ctx: RuleContext) => Claim[] };

export const RULES: readonly Rule[] = [
  // `eight of the top ten AI tokens fell more than 70%`: the count and the threshold together
  { name: 'threshold-counts', kind: 'claim', apply: (c, x) => checkThresholdCounts(c, x.drafts, x.lookup, x.registry) },
  // `two of the six sectors rose`, `negative on four of the five perps`: counts of sectors and perps, not assets
  { name: 'group-counts', kind: 'claim', apply: (c, x) => checkGroupCounts(c, x) },
  // `from $A to $B, a 75% drop, erasing $53B`: the sentence agrees with itself
  { name: 'arithmetic', kind: 'claim', apply: (c, x) => checkArithmetic(c, x.drafts) },
  // `Bittensor was the best AI token, up 8.7%`: the figure also says who led
  { name: 'leaders', kind: 'claim', apply: (c, x) => checkLeaders(c, x) },
  // `Ether rose 7.9%, ahead of Solana`: a move compared with a rival named without a figure
  { name: 'comparisons', kind: 'claim', apply: (c, x) => checkComparisons(c, x) },
  // `SOL funding was the most negative at -0.0087%`, `the highest volatility on the watchlist`: who holds the extreme
  { name: 'metric-superlatives', kind: 'claim', apply: (c, x) => checkMetricSuperlatives(c, x) },
  // `expected to hit $150K by March`, `a record $126K in October`: no fact states them (unsupported)
  { name: 'forecasts', kind: 'claim', apply: (c, x) => checkForecasts(c, x) },
  // `Memes were the second-best sector at -5.8%`: a wrong place makes the sector's figure beside it wrong
  { name: 'sector-rank-figures', kind: 'claim', apply: (c, x) => checkSectorRankFigures(c, x) },
  // an attributed figure a collected headline carries
  { name: 'sources', kind: 'claim', apply: (c, x) => c.map((claim, i) => applySources(claim, x.drafts[i]!, x.sheet)) },
  // `every coin on the watchlist is green`, `Layer-two tokens fell over the week`: directions without a number
  { name: 'directions', kind: 'finding', apply: (x) => checkDirections(x) },
  // `Gaming was the second-best sector`, `AI came third` (no figure beside): a sector's place below the extreme
  { name: 'sector-ranks', kind: 'finding', apply: (x) => checkSectorRanks(x) },
  // `funding turned negative`, `X led losses`, `longs are paying shorts`, member superlatives
  {
    name: 'qualitative',
    kind: 'finding',
    apply: (x) => checkQualitative(x.text, x.registry, x.lookup, x.defaultWindow ?? '24h', x.reading),
  },
];
