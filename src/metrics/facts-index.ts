import type { Fact, FactsSheet } from '../domain/fact.ts';

/** The sheet's facts by id (`btc.change_24h` -> Fact). Ids are unique within a sheet. */
export function indexFacts(sheet: Pick<FactsSheet, 'facts'>): Map<string, Fact> {
  return new Map(sheet.facts.map((fact) => [fact.id, fact]));
}

/** The value of a fact by id, or undefined when the sheet has no such fact. */
export function factValue(index: ReadonlyMap<string, Fact>, id: string): number | undefined {
  return index.get(id)?.value;
}
