/**
 * Test helper: the numbers a reader sees in a sentence, with dates and durations removed, and the ways a
 * fact may legitimately be written. Deliberately independent of the writer's own code paths.
 */
import type { Fact } from '../../src/domain/fact.ts';

const months = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/** Number expressions (`$103.8K`, `6.1%`, `0.8x`, `$2.91 trillion`, `7`), unsigned. */
export function numberTokens(text: string): string[] {
  const cleaned = text
    .replace(new RegExp(`\\b(?:${months}) \\d{1,2}, \\d{4}\\b`, 'g'), ' ')
    .replace(/\bper \d+h\b/g, ' ')
    .replace(/\b\d+(?:h|-day| days?)\b/g, ' ');
  return cleaned.match(/(?<![A-Za-z\d.])\$?\d[\d,]*(?:\.\d+)?(?:K| trillion| billion| million|%|x)?/g) ?? [];
}

/** Ways a fact may appear in prose, unsigned (written independently of src/brief/format.ts rules). */
export function renderings(fact: Fact): string[] {
  const v = Math.abs(fact.value);
  const out = new Set<string>();
  if (fact.unit === 'pct') {
    for (const d of [1, 2, 3]) out.add(`${v.toFixed(d)}%`);
  } else if (fact.unit === 'usd') {
    out.add(`$${(v / 1e12).toFixed(2)} trillion`);
    out.add(`$${(v / 1e9).toFixed(1)} billion`);
    out.add(`$${(v / 1e6).toFixed(1)} million`);
    out.add(`$${(v / 1e3).toFixed(1)}K`);
    out.add(`$${(v / 1e3).toFixed(0)}K`);
    out.add(`$${Math.round(v).toLocaleString('en-US')}`);
    out.add(`$${v.toFixed(2)}`);
    out.add(`$${v.toFixed(4)}`);
    out.add(`$${Number(v.toPrecision(2))}`);
  } else if (fact.unit === 'ratio') out.add(`${v.toFixed(1)}x`);
  else out.add(String(v));
  return [...out];
}
