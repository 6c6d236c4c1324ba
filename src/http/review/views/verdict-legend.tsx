import type { Verdict } from '../../../domain/check-report.ts';

/** Display names of the verdicts, in legend order. */
export const verdictLabels: Record<Verdict, string> = {
  contradicted: 'contradicted',
  unsupported: 'unsupported',
  supported: 'supported',
  'supported-by-source': 'supported by source',
};

/** A coloured chip with the verdict's name. */
export function VerdictChip(props: { verdict: Verdict }) {
  return <span class={`verdict v-${props.verdict}`}>{verdictLabels[props.verdict]}</span>;
}

/** The colour key shown above a checked brief. */
export function VerdictLegend(props: { counts: Record<Verdict, number> }) {
  const order = Object.keys(verdictLabels) as Verdict[];
  return (
    <fieldset class="legend" aria-label="verdict colours">
      {order.map((verdict) => (
        <span>
          <span class={`swatch v-${verdict}`} aria-hidden="true"></span>
          {verdictLabels[verdict]} ({props.counts[verdict]})
        </span>
      ))}
    </fieldset>
  );
}
