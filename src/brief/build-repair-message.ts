/**
 * The repair request (pure): prompts/repair.md, then exactly the failing claims, each with its sentence,
 * the checker's reason and the facts it should have used (the claim's fact, the facts its sentence cited,
 * and facts of the same entity and metric).
 */
import type { CheckReport, Claim } from '../domain/check-report.ts';
import type { Fact, FactsSheet } from '../domain/fact.ts';
import type { BriefDraft } from './draft.ts';
import { renderFactsTable } from './build-prompt.ts';
import { promptTexts } from './prompts.generated.ts';

export function failingClaims(report: CheckReport): Claim[] {
  return report.claims.filter((claim) => claim.verdict === 'contradicted' || claim.verdict === 'unsupported');
}

/** Facts a failing claim should rely on (at most 6). */
export function factsForClaim(claim: Claim, draft: BriefDraft, sheet: FactsSheet): Fact[] {
  const byId = new Map(sheet.facts.map((fact) => [fact.id, fact]));
  const cited = draft.sections
    .flatMap((section) => section.sentences)
    .filter(
      (sentence) => sentence.text.includes(claim.text) || claim.sentence.includes(sentence.text.trim().slice(0, 40)),
    )
    .flatMap((sentence) => sentence.factIds);
  const related = sheet.facts.filter(
    (fact) =>
      claim.entity !== null &&
      fact.entity.id === claim.entity &&
      (claim.metric === null || fact.metric === claim.metric) &&
      (claim.window === null || fact.window === undefined || fact.window === claim.window),
  );
  const ids = [...(claim.factId ? [claim.factId] : []), ...cited, ...related.map((fact) => fact.id)];
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []).slice(0, 6);
}

export function buildRepairMessage(input: { report: CheckReport; draft: BriefDraft; sheet: FactsSheet }): string {
  const items = failingClaims(input.report).map((claim, i) => {
    const facts = factsForClaim(claim, input.draft, input.sheet);
    return [
      `${i + 1}. You wrote ${JSON.stringify(claim.text)} in: ${JSON.stringify(claim.sentence.trim())}`,
      `   Checker (${claim.verdict}): ${claim.reason}`,
      facts.length
        ? `   Facts to use:\n${renderFactsTable(facts)
            .split('\n')
            .map((line) => `   ${line}`)
            .join('\n')}`
        : '   No fact supports this number: remove it.',
    ].join('\n');
  });
  return `${promptTexts.repair.trim()}\n\n${items.join('\n\n')}`;
}
