/**
 * The fact-checker: every number in a Markdown text (any writer's) gets a verdict against the facts sheet.
 * extract (read-numbers, context words, entities) -> resolve (candidate facts) -> verify (tolerances,
 * direction) -> threshold counts -> internal arithmetic -> news sources -> qualitative sign claims. Pure; never throws on text.
 */
import type { CheckReport, Claim } from '../domain/check-report.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { Registry } from '../domain/registry.ts';
import type { Window } from '../domain/units.ts';
import { checkArithmetic } from './check-arithmetic.ts';
import { checkQualitative } from './check-qualitative.ts';
import { checkThresholdCounts } from './check-threshold-counts.ts';
import { applySources, outletNames } from './check-sources.ts';
import { extractClaims } from './extract-claims.ts';
import { buildFactsLookup } from './facts-lookup.ts';
import { resolveClaim } from './resolve-claims.ts';
import { verifyClaim } from './verify-claims.ts';

export interface CheckInput {
  markdown: string;
  sheet: FactsSheet;
  registry: Registry;
  /** The window a change with no stated window means: 24h in a daily or sector brief, 7d in a weekly one. */
  defaultWindow?: Window;
}

export function checkBrief(input: CheckInput): CheckReport {
  const { markdown, sheet, registry } = input;
  const text = typeof markdown === 'string' ? markdown : '';
  const lookup = buildFactsLookup(sheet);
  const { claims: drafts, ignored } = extractClaims(text, registry, outletNames(sheet));
  const verified = drafts.map((draft) => verifyClaim(draft, resolveClaim(draft, lookup), lookup, registry));
  const counted = checkThresholdCounts(verified, drafts, lookup, registry);
  const consistent = checkArithmetic(counted, drafts);
  const sourced = consistent.map((claim, i) => applySources(claim, drafts[i]!, sheet));
  const claims: Claim[] = [...sourced, ...checkQualitative(text, registry, lookup)].sort(
    (a, b) => a.span[0] - b.span[0],
  );
  const counts = { supported: 0, contradicted: 0, unsupported: 0, 'supported-by-source': 0 };
  for (const claim of claims) counts[claim.verdict]++;
  return { ok: counts.contradicted === 0 && counts.unsupported === 0, counts, claims, ignored };
}
