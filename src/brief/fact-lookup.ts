/**
 * Read helpers over a facts sheet for the template styles (pure): facts by id, display names, rankings,
 * and `say`, which builds a sentence only when every fact it needs is present (absent facts skip it).
 */
import type { Fact, FactsSheet } from '../domain/fact.ts';
import type { Registry, SectorConfig } from '../domain/registry.ts';
import type { DraftSentence } from './draft.ts';

/** Preferred prose names for sectors; used only when the registry lists them as a name or alias. */
const sectorProse: Record<string, string> = {
  ai: 'AI tokens',
  l1: 'L1s',
  l2: 'L2s',
  depin: 'DePIN tokens',
  gaming: 'gaming tokens',
  memes: 'memecoins',
};

export type FactLookup = {
  sheet: FactsSheet;
  registry: Registry;
  get: (id: string) => Fact | undefined;
  /** Asset display name (`Bitcoin`), falling back to the id. */
  assetName: (id: string) => string;
  assetSymbol: (id: string) => string;
  /** Sector in prose (`AI tokens`, `L2s`), always a registry name or alias so the checker finds it. */
  sectorName: (id: string) => string;
  sectors: () => SectorConfig[];
  /** Sector ids with a fact `sector.<id>.<suffix>`, ordered by that value (ascending). */
  rankSectors: (suffix: string) => { id: string; fact: Fact }[];
  /** Asset ids with a fact `<id>.<suffix>`, ordered by that value (ascending). */
  rankAssets: (suffix: string, among?: string[]) => { id: string; fact: Fact }[];
  /** A sentence from facts, or null when any id is absent. */
  say: (ids: string[], make: (...facts: Fact[]) => string) => DraftSentence | null;
};

export function buildFactLookup(sheet: FactsSheet, registry: Registry): FactLookup {
  const byId = new Map(sheet.facts.map((fact) => [fact.id, fact]));
  const get = (id: string) => byId.get(id);
  const rank = (ids: string[], idOf: (id: string) => string) =>
    ids
      .flatMap((id) => {
        const fact = byId.get(idOf(id));
        return fact ? [{ id, fact }] : [];
      })
      .sort((a, b) => a.fact.value - b.fact.value);
  return {
    sheet,
    registry,
    get,
    assetName: (id) => registry.assets.find((asset) => asset.id === id)?.name ?? id.toUpperCase(),
    assetSymbol: (id) => registry.assets.find((asset) => asset.id === id)?.symbol ?? id.toUpperCase(),
    sectorName: (id) => {
      const sector = registry.sectors.find((s) => s.id === id);
      if (!sector) return id;
      const preferred = sectorProse[id];
      return preferred && [sector.name, ...sector.aliases].some((a) => a.toLowerCase() === preferred.toLowerCase())
        ? preferred
        : sector.name;
    },
    sectors: () => registry.sectors,
    rankSectors: (suffix) =>
      rank(
        registry.sectors.map((s) => s.id),
        (id) => `sector.${id}.${suffix}`,
      ),
    rankAssets: (suffix, among) => rank(among ?? registry.assets.map((a) => a.id), (id) => `${id}.${suffix}`),
    say: (ids, make) => {
      const facts = ids.map(get);
      if (facts.some((fact) => fact === undefined)) return null;
      return { text: make(...(facts as Fact[])), factIds: ids };
    },
  };
}

/** Direction words for a signed change: `fell` / `rose` / `was flat`. */
export function moved(
  value: number,
  words: { up: string; down: string; flat?: string } = { up: 'rose', down: 'fell' },
): string {
  if (value > 0) return words.up;
  if (value < 0) return words.down;
  return words.flat ?? 'was unchanged';
}

/** Removes nulls (skipped sentences). */
export function present<T>(items: (T | null | undefined)[]): T[] {
  return items.filter((item): item is T => item !== null && item !== undefined);
}
