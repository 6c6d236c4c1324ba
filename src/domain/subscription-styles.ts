import { briefStyleSchema, type BriefStyle } from './brief.ts';

/** The styles a subscriber can choose, in the order pages and emails list them, with their reader-facing names. */
export const subscriptionStyles: readonly { style: BriefStyle; label: string; description: string }[] = [
  { style: 'daily-snapshot', label: 'Daily snapshot', description: 'the market each morning: prices, moves, levels' },
  { style: 'sector-recap', label: 'Sector recap', description: 'the 30-day story of the sectors' },
  { style: 'weekly-update', label: 'Weekly update', description: 'the desk note with the sector table' },
];

/** Every style: what a subscriber gets without choosing (and what existing subscribers got, migration 0005). */
export const allSubscriptionStyles: readonly BriefStyle[] = subscriptionStyles.map((entry) => entry.style);

/** The reader-facing name of a style (`Daily snapshot`). */
export function styleLabel(style: BriefStyle): string {
  return subscriptionStyles.find((entry) => entry.style === style)?.label ?? style;
}

export type ParsedStyles = { ok: true; styles: BriefStyle[] } | { ok: false; problem: string };

/**
 * Reads a style choice from a form field (one string or several) or a JSON array: known style ids only, each once,
 * returned in the canonical order. An empty choice is a problem (choose at least one, or unsubscribe).
 */
export function parseStyleChoice(raw: unknown): ParsedStyles {
  const values = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : null;
  if (!values) return { ok: false, problem: 'styles: expected a list of styles' };
  const chosen = new Set<BriefStyle>();
  for (const value of values) {
    const parsed = briefStyleSchema.safeParse(typeof value === 'string' ? value.trim() : value);
    if (!parsed.success)
      return {
        ok: false,
        problem: `styles: unknown style ${JSON.stringify(value)} (one of ${allSubscriptionStyles.join(', ')})`,
      };
    chosen.add(parsed.data);
  }
  if (chosen.size === 0) return { ok: false, problem: 'styles: choose at least one style' };
  return { ok: true, styles: allSubscriptionStyles.filter((style) => chosen.has(style)) };
}

/** The stored form (`subscribers.styles`): style ids joined by commas, canonical order. */
export function formatStyleList(styles: readonly BriefStyle[]): string {
  return allSubscriptionStyles.filter((style) => styles.includes(style)).join(',');
}

/** Reads the stored form back; unknown entries are dropped (a style removed from the product is not sent). */
export function parseStyleList(stored: string | null | undefined): BriefStyle[] {
  const entries = new Set((stored ?? '').split(','));
  return allSubscriptionStyles.filter((style) => entries.has(style));
}
