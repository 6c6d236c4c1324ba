/**
 * Indexes a facts sheet for the checker: facts by entity, plus derived "start of window" values the sheet
 * implies (`price 7d ago = price / (1 + change_7d/100)`, the same for total cap and open interest) so that
 * `from $106K to $103.8K` can be checked. Built once per sheet (cached), pure.
 */
import type { Fact, FactsSheet, Metric } from '../../domain/fact.ts';
import type { Window } from '../../domain/units.ts';

/** A fact as the checker sees it; `start` marks a value at the start of its window (sheet or derived). */
export type CheckFact = Fact & { start?: boolean; derived?: boolean };
export type FactsLookup = {
  byEntity: Map<string, CheckFact[]>;
  /** The same facts by entity kind, entity id and metric (in byEntity's order): factsFor's one-metric look-up. */
  byMetric: Map<string, Map<string, Map<Metric, CheckFact[]>>>;
  byId: Map<string, CheckFact>;
  all: CheckFact[];
};

const cache = new WeakMap<FactsSheet, FactsLookup>();
export const entityKey = (kind: string, id: string) => `${kind}:${id}`;

export function buildFactsLookup(sheet: FactsSheet): FactsLookup {
  const cached = cache.get(sheet);
  if (cached) return cached;
  // (every fact as one object shape, whatever built the sheet: see checkFact)
  const all: CheckFact[] = [];
  for (const f of sheet.facts) all.push(checkFact(f, f.metric === 'market_cap_start' || undefined, undefined));
  const byId = new Map<string, CheckFact>();
  for (const f of all) byId.set(f.id, f);
  const derive = (
    base: CheckFact | undefined,
    change: CheckFact | undefined,
    window: Window,
    id: string,
    label: string,
  ) => {
    if (!base || !change || change.value <= -100) return;
    // (checkFact's one literal, with base's other fields: no spread, see checkFact)
    all.push({
      id,
      entity: base.entity,
      metric: base.metric,
      window,
      value: base.value / (1 + change.value / 100),
      unit: base.unit,
      label,
      asOf: base.asOf,
      source: `derived: ${base.id} / (1 + ${change.id}/100)`,
      related: base.related,
      basis: base.basis,
      start: true,
      derived: true,
    });
  };
  // (the sheet's facts as copied above: reads of one object shape)
  const sheetCount = all.length;
  for (let i = 0; i < sheetCount; i++) {
    const fact = all[i]!;
    if (fact.entity.kind === 'asset' && fact.metric === 'price')
      for (const w of ['24h', '7d', '30d'] as const)
        derive(
          fact,
          byId.get(`${fact.entity.id}.change_${w}`),
          w,
          `${fact.entity.id}.price_start_${w}`,
          `${fact.label} ${w} ago`,
        );
    if (fact.metric === 'open_interest')
      for (const w of ['24h', '7d'] as const) {
        const prefix = fact.id.slice(0, fact.id.length - 'open_interest'.length);
        derive(
          fact,
          byId.get(`${prefix}oi_change_${w}`),
          w,
          `${prefix}open_interest_start_${w}`,
          `${fact.label} ${w} ago`,
        );
      }
    if (fact.id === 'market.total_cap')
      derive(fact, byId.get('market.cap_change_24h'), '24h', 'market.total_cap_start_24h', `${fact.label} 24h ago`);
  }
  const byEntity = new Map<string, CheckFact[]>();
  for (const fact of all) {
    const key = entityKey(fact.entity.kind, fact.entity.id);
    const list = byEntity.get(key) ?? [];
    list.push(fact);
    byEntity.set(key, list);
  }
  const byMetric: FactsLookup['byMetric'] = new Map();
  for (const fact of all) {
    const { kind, id } = fact.entity;
    const ids = byMetric.get(kind) ?? new Map<string, Map<Metric, CheckFact[]>>();
    byMetric.set(kind, ids);
    const metrics = ids.get(id) ?? new Map<Metric, CheckFact[]>();
    ids.set(id, metrics);
    const list = metrics.get(fact.metric);
    if (list) list.push(fact);
    else metrics.set(fact.metric, [fact]);
  }
  for (let i = sheetCount; i < all.length; i++) byId.set(all[i]!.id, all[i]!);
  const lookup = { byEntity, byMetric, byId, all };
  cache.set(sheet, lookup);
  return lookup;
}

/**
 * A copy of `f` with every field of a CheckFact in one order (absent ones undefined). A sheet's facts come from many
 * object literals and spreads (over a hundred V8 object shapes on the fixtures day), which makes every fact field read
 * on the checker's hot paths a megamorphic (slow, never inlined) property load; copies of one shape keep them fast.
 */
function checkFact(f: Fact, start: true | undefined, derived: true | undefined): CheckFact {
  return {
    id: f.id,
    entity: f.entity,
    metric: f.metric,
    window: f.window,
    value: f.value,
    unit: f.unit,
    label: f.label,
    asOf: f.asOf,
    source: f.source,
    related: f.related,
    basis: f.basis,
    start,
    derived,
  };
}

/** Facts of one entity with one of `metrics`, optionally only at the start of their window. */
export function factsFor(
  lookup: FactsLookup,
  kind: string,
  id: string,
  metrics: readonly Metric[],
  start = false,
): CheckFact[] {
  if (metrics.length === 1) {
    const own: CheckFact[] = [];
    const list = lookup.byMetric.get(kind)?.get(id)?.get(metrics[0]!);
    if (list) for (const f of list) if (Boolean(f.start) === start) own.push(f);
    return own;
  }
  const list = lookup.byEntity.get(entityKey(kind, id)) ?? [];
  return list.filter((f) => metrics.includes(f.metric) && Boolean(f.start) === start);
}

/**
 * The change fact of an entity over a window: the one named `<id>.change_<window>` (`sector.<id>.change_<window>`)
 * when there is one, else the first change fact of that window (the leader and comparison rules).
 */
export function changeFact(lookup: FactsLookup, kind: string, id: string, window: string): CheckFact | undefined {
  const changes = factsFor(lookup, kind, id, ['change']);
  const named = `${kind === 'sector' ? 'sector.' : ''}${id}.change_${window}`;
  return changes.find((f) => f.id === named) ?? changes.find((f) => f.window === window);
}
