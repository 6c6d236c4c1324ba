/**
 * The fact-checker: every number in a Markdown text (any writer's) gets a verdict against the facts sheet.
 * read/ (sentences, tokens, numbers) -> extract/ (entity, metric cues, window, direction, hedge per number)
 * -> facts/ (candidate facts, tolerances) -> rules/verify-claims (each number's verdict) -> rules/registry (the
 * ordered rules that revise verdicts or add qualitative claims). Pure; never throws on text.
 */
import type { BriefStyle } from '../domain/brief.ts';
import type { CheckReport, Claim } from '../domain/check-report.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { Registry } from '../domain/registry.ts';
import type { Window } from '../domain/units.ts';
import { extractClaims } from './extract/extract-claims.ts';
import { buildFactsLookup } from './facts/facts-lookup.ts';
import { changeOfFigureBefore, resolveClaim } from './facts/resolve-claims.ts';
import { RULES, type RuleContext } from './rules/registry.ts';
import { type Normalized, normalizeText, originalSpan } from './read/normalize.ts';
import { outletNames } from './rules/sources.ts';
import { verifyClaim } from './rules/verify-claims.ts';
import { shareRankVerdicts } from './rules/rank-figures.ts';
import { blankClaim } from './blank-claim.ts';

export interface CheckInput {
  markdown: string;
  sheet: FactsSheet;
  registry: Registry;
  /** The window a change with no stated window means: 24h in a daily or sector brief, 7d in a weekly one. */
  defaultWindow?: Window;
}

/** The window a figure with no stated window means in a brief of this style. */
export function styleWindow(style: BriefStyle): Window {
  return style === 'weekly-update' ? '7d' : '24h';
}

export function checkBrief(input: CheckInput): CheckReport {
  const { sheet, registry } = input;
  const original = typeof input.markdown === 'string' ? input.markdown : '';
  // Read the text as a person sees it (full-width and other digits, HTML references); report original offsets.
  const normalized = normalizeText(original);
  const text = normalized.text;
  const lookup = buildFactsLookup(sheet);
  const { claims: drafts, ignored, reading } = extractClaims(text, registry, outletNames(sheet));
  const ctx: RuleContext = {
    text,
    reading,
    drafts,
    sheet,
    lookup,
    registry,
    defaultWindow: input.defaultWindow ?? null,
  };
  let claims: Claim[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = changeOfFigureBefore(text, drafts[i - 1], claims[i - 1], drafts[i]!, lookup);
    claims.push(verifyClaim(draft, resolveClaim(draft, lookup, ctx.defaultWindow), lookup, registry));
  }
  const findings: Claim[] = [];
  for (const rule of RULES) {
    if (rule.kind === 'claim') claims = rule.apply(claims, ctx);
    else findings.push(...rule.apply(ctx));
  }
  claims = shareRankVerdicts(text, claims, findings, registry);
  // (a loop, not spread and `map`: see read/tokenize.ts payloadsOf; the sort deoptimized on the other element kind)
  const all: Claim[] = [];
  for (const list of [claims, findings, unreadableClaims(original, normalized.unreadable)])
    for (const claim of list) all.push(normalized.identity ? claim : toOriginal(claim, original, normalized));
  all.sort((a, b) => a.span[0] - b.span[0]);
  const counts = { supported: 0, contradicted: 0, unsupported: 0, 'supported-by-source': 0 };
  for (const claim of all) counts[claim.verdict]++;
  const ignoredOut = normalized.identity
    ? ignored
    : ignored.map((g) => {
        const span = originalSpan(normalized, g.span);
        return { ...g, span, text: original.slice(span[0], span[1]) };
      });
  return { ok: counts.contradicted === 0 && counts.unsupported === 0, counts, claims: all, ignored: ignoredOut };
}

function toOriginal(claim: Claim, original: string, normalized: Normalized): Claim {
  if (claim.value === null && claim.reason.startsWith(UNREADABLE)) return claim;
  const span = originalSpan(normalized, claim.span);
  return { ...claim, span, text: original.slice(span[0], span[1]) };
}

const UNREADABLE = 'digits the checker cannot read';
/** Digits no normalization could read are a figure nobody checked: unsupported, never "no claim". */
function unreadableClaims(original: string, spans: [number, number][]): Claim[] {
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged.map(([s, e]) =>
    blankClaim({
      text: original.slice(s, e),
      span: [s, e],
      sentence: original.slice(Math.max(0, s - 60), e + 60),
      reason: `${UNREADABLE}: "${original.slice(s, e)}" (write figures in ASCII digits)`,
    }),
  );
}
