import type { Fact } from '../../../domain/fact.ts';

/** A fact's value for people: `$103,812.5`, `-6.1%` (pct = percentage points), `1.25x`, `17`. */
export function formatFactValue(fact: Pick<Fact, 'value' | 'unit'>): string {
  const { value, unit } = fact;
  const digits = (max: number) => value.toLocaleString('en-US', { maximumFractionDigits: max });
  switch (unit) {
    case 'usd':
      return `${value < 0 ? '-' : ''}$${Math.abs(value).toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 4 })}`;
    case 'pct':
      return `${digits(2)}%`;
    case 'ratio':
      return `${digits(2)}x`;
    case 'count':
      return digits(0);
  }
}
