import type { EntityRef, Fact, Metric } from '../domain/fact.ts';
import type { Unit, Window } from '../domain/units.ts';

export type FactDraft = {
  id: string;
  metric: Metric;
  window?: Window;
  value: number | undefined;
  unit: Unit;
  label: string;
  source: string;
  related?: string;
  basis?: string;
};

/**
 * Collects facts for one entity. A draft whose value is undefined, NaN or infinite is dropped:
 * absent data is an absent fact, never 0 or NaN. Values keep full precision (formatting is the writer's job).
 */
export class FactCollector {
  readonly facts: Fact[] = [];
  constructor(private readonly asOf: string) {}

  add(entity: EntityRef, draft: FactDraft): void {
    const { value } = draft;
    if (value === undefined || !Number.isFinite(value)) return;
    const fact: Fact = {
      id: draft.id,
      entity,
      metric: draft.metric,
      ...(draft.window ? { window: draft.window } : {}),
      value,
      unit: draft.unit,
      label: draft.label,
      asOf: this.asOf,
      source: draft.source,
      ...(draft.related !== undefined ? { related: draft.related } : {}),
      ...(draft.basis !== undefined ? { basis: draft.basis } : {}),
    };
    this.facts.push(fact);
  }
}
