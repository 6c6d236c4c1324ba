/**
 * Scorer for blind fact-check corpora (test/factcheck/blind/<batch>/, format in ./types.ts): every case is checked
 * by checkBrief against the facts sheet of the authored day the corpus is labelled against (the folder's optional
 * day.ts, `export const day = 'chop'`; without one the rally day, fixtures/day-rally.snapshot.json), with the case's
 * style as the default window (daily / sector -> 24h, weekly -> 7d). For each labelled number the claims whose spans overlap
 * its find decide: it is flagged when any of them is contradicted or unsupported. Wrong labels (contradicted,
 * unsupported) must be flagged; correct labels (supported, supported-by-source, ignored) must not. A flagged claim
 * that overlaps no label is a stray flag and counts as a correct number flagged. Used by blind.test.ts and
 * scripts/blind-score.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dayDirName, days } from '../../../scripts/fixture-day/days.ts';
import { defaultRegistry } from '../../../src/config/watchlist.ts';
import type { CheckReport, Claim } from '../../../src/domain/check-report.ts';
import type { FactsSheet } from '../../../src/domain/fact.ts';
import { marketSnapshotSchema } from '../../../src/domain/market-snapshot.ts';
import { checkBrief } from '../../../src/factcheck/check-brief.ts';
import { sheetFromSnapshot } from '../../../src/metrics/sheet-from-snapshot.ts';
import type { BlindCase, BlindNumber, Label } from './types.ts';

export type Span = [number, number];
const FLAGGED = new Set<string>(['contradicted', 'unsupported']);
const WRONG = new Set<Label>(['contradicted', 'unsupported']);

/** The day a corpus is labelled against when its folder has no day.ts. */
export const DEFAULT_DAY = 'rally';
/** The file in a corpus folder naming its day: `export const day = 'chop'` (a name in scripts/fixture-day/days.ts). */
export const DAY_FILE = 'day.ts';

const sheets = new Map<string, FactsSheet>();
/** The facts sheet of an authored day (fixtures/<day dir>.snapshot.json) by its name in days.ts, built once. */
export function daySheet(name: string = DEFAULT_DAY): FactsSheet {
  const cached = sheets.get(name);
  if (cached) return cached;
  if (!Object.hasOwn(days, name)) throw new Error(`unknown day "${name}"; known: ${Object.keys(days).join(', ')}`);
  const path = fileURLToPath(new URL(`../../../fixtures/${dayDirName(name)}.snapshot.json`, import.meta.url));
  const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const sheet = sheetFromSnapshot({ snapshot, registry: defaultRegistry });
  sheets.set(name, sheet);
  return sheet;
}

/** The day a corpus folder is labelled against: its day.ts's `day`, else DEFAULT_DAY. */
export async function corpusDay(dir: string): Promise<string> {
  const file = join(dir, DAY_FILE);
  if (!existsSync(file)) return DEFAULT_DAY;
  const mod = (await import(pathToFileURL(file).href)) as { day?: unknown };
  if (typeof mod.day !== 'string' || !Object.hasOwn(days, mod.day))
    throw new Error(`${file}: 'day' must name an authored day (${Object.keys(days).join(', ')})`);
  return mod.day;
}

/** Every case of a corpus folder: each `*.ts` but types.ts and day.ts exports `cases: BlindCase[]`. */
export async function loadCorpus(dir: string): Promise<BlindCase[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && f !== DAY_FILE)
    .sort();
  const cases: BlindCase[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { cases?: BlindCase[] };
    if (!Array.isArray(mod.cases)) throw new Error(`${file}: exports no 'cases' array`);
    cases.push(...mod.cases);
  }
  return cases;
}

/** Span of `find` in `text`: `x@n` is the n-th occurrence (1-based); null when absent. */
export function locate(text: string, find: string): Span | null {
  const m = /^(.*)@(\d+)$/s.exec(find);
  const needle = m ? m[1]! : find;
  const nth = m ? Number(m[2]) : 1;
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return [at, at + needle.length];
}

const DIGIT = /[\p{Nd}\u00B2\u00B3\u00B9\u2070-\u2079\u2080-\u2089]|&#\d+;|&#x[0-9a-f]+;/giu;

/** Corpus integrity: finds exist, are unique unless `@n`, do not overlap, and every digit lies inside a find. */
export function integrityErrors(cases: BlindCase[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) errors.push(`${c.id}: duplicate id`);
    ids.add(c.id);
    const covered = new Array<boolean>(c.text.length).fill(false);
    for (const n of c.numbers) {
      const span = locate(c.text, n.find);
      if (!span) {
        errors.push(`${c.id}: find ${JSON.stringify(n.find)} not in text`);
        continue;
      }
      if (!/@\d+$/.test(n.find) && c.text.indexOf(n.find, span[0] + 1) >= 0)
        errors.push(`${c.id}: find ${JSON.stringify(n.find)} occurs more than once`);
      for (let i = span[0]; i < span[1]; i++) {
        if (covered[i]) {
          errors.push(`${c.id}: find ${JSON.stringify(n.find)} overlaps another find`);
          break;
        }
        covered[i] = true;
      }
    }
    for (const d of c.text.matchAll(DIGIT))
      if (!covered[d.index ?? 0])
        errors.push(
          `${c.id}: unlabelled digit at ${d.index}: ${JSON.stringify(c.text.slice((d.index ?? 0) - 15, (d.index ?? 0) + 15))}`,
        );
  }
  return errors;
}

export interface Tally {
  wrong: number;
  wrongFlagged: number;
  correct: number;
  correctFlagged: number;
  /** Labels whose verdict is exactly the label (ignored: no claim at all). */
  exact: number;
  labelled: number;
}
export interface Disagreement {
  kind: 'MISSED' | 'FLAGGED' | 'STRAY' | 'ECHO';
  id: string;
  voice: string;
  find: string;
  label: Label | null;
  note?: string;
  got: string;
  sentence: string;
}
export interface BlindScore {
  perVoice: Map<string, Tally>;
  /** Labelled numbers on Markdown table rows, whatever the voice. */
  tables: Tally;
  overall: Tally;
  disagreements: Disagreement[];
  /** Flags on unlabelled words restating a caught wrong number's claim (same sentence, same fact): not counted. */
  echoes: number;
}

const emptyTally = (): Tally => ({ wrong: 0, wrongFlagged: 0, correct: 0, correctFlagged: 0, exact: 0, labelled: 0 });
const describeClaims = (cs: Claim[]) =>
  cs.map((c) => `${c.verdict} ${JSON.stringify(c.text)}: ${c.reason}`).join(' | ');

/** The default window of a case's style: a daily or sector brief that states no window means 24h; weekly 7d. */
export const styleWindow = (style: BlindCase['style']) => (style === 'weekly' ? '7d' : '24h');

function onTableRow(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*\|/.test(text.slice(start, start + 40));
}

export type Checker = (c: BlindCase) => CheckReport;
/** checkBrief against a day's facts sheet (default: the rally day's), the case's style giving the default window. */
export const dayChecker =
  (sheet: FactsSheet = daySheet()): Checker =>
  (c) =>
    checkBrief({ markdown: c.text, sheet, registry: defaultRegistry, defaultWindow: styleWindow(c.style) });

/** Scores every case with `check` (default: checkBrief on the rally day; a folder's day: dayChecker(daySheet(day))). */
export function scoreBlind(cases: BlindCase[], check: Checker = dayChecker()): BlindScore {
  const score: BlindScore = {
    perVoice: new Map(),
    tables: emptyTally(),
    overall: emptyTally(),
    disagreements: [],
    echoes: 0,
  };
  for (const c of cases) {
    const report = check(c);
    const voice = score.perVoice.get(c.voice) ?? emptyTally();
    score.perVoice.set(c.voice, voice);
    const labelled = c.numbers.flatMap((n) => {
      const span = locate(c.text, n.find);
      return span ? [{ ...n, span }] : [];
    });
    const wrongSpans = labelled.filter((n) => WRONG.has(n.label)).map((n) => n.span);
    const add = (n: BlindNumber & { span: Span }, tallies: Tally[]) => {
      const hits = report.claims.filter((cl) => overlaps(cl.span, n.span));
      const flagged = hits.some((cl) => FLAGGED.has(cl.verdict));
      const exact = n.label === 'ignored' ? hits.length === 0 : hits.some((cl) => cl.verdict === n.label);
      const wrong = WRONG.has(n.label);
      // A correct figure sharing a claim with a wrong one (a range, `8 of 11`) cannot be judged apart from it.
      const shared = !wrong && hits.some((cl) => wrongSpans.some((w) => overlaps(cl.span, w)));
      for (const t of tallies) {
        t.labelled++;
        if (exact) t.exact++;
        if (shared) continue;
        if (wrong) {
          t.wrong++;
          if (flagged) t.wrongFlagged++;
        } else {
          t.correct++;
          if (flagged) t.correctFlagged++;
        }
      }
      if (!shared && wrong !== flagged)
        score.disagreements.push({
          kind: wrong ? 'MISSED' : 'FLAGGED',
          id: c.id,
          voice: c.voice,
          find: n.find,
          label: n.label,
          note: n.note,
          got: describeClaims(hits) || (wrong ? 'no claim read' : ''),
          sentence: sentenceAround(c.text, n.span),
        });
    };
    for (const n of labelled) {
      const tallies = [voice, score.overall];
      if (onTableRow(c.text, n.span[0])) tallies.push(score.tables);
      add(n, tallies);
    }
    // A flag restating a caught wrong number's claim (same sentence, same fact: `funding is positive at 0.006%, so
    // longs pay shorts` with the 0.006% labelled wrong) is part of that catch, not a false alarm.
    const caught = report.claims.filter(
      (cl) => FLAGGED.has(cl.verdict) && wrongSpans.some((w) => overlaps(cl.span, w)),
    );
    for (const cl of report.claims) {
      if (!FLAGGED.has(cl.verdict) || labelled.some((n) => overlaps(cl.span, n.span))) continue;
      const echo = caught.some((k) => k.sentence === cl.sentence && k.factId !== null && k.factId === cl.factId);
      if (echo) score.echoes++;
      else
        for (const t of [voice, score.overall]) {
          t.correct++;
          t.correctFlagged++;
        }
      score.disagreements.push({
        kind: echo ? 'ECHO' : 'STRAY',
        id: c.id,
        voice: c.voice,
        find: cl.text,
        label: null,
        got: describeClaims([cl]),
        sentence: sentenceAround(c.text, cl.span),
      });
    }
  }
  return score;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && a[1] > b[0];

function sentenceAround(text: string, span: Span): string {
  const start = Math.max(0, span[0] - 80);
  return text.slice(start, span[1] + 60).replace(/\s+/g, ' ');
}

export const pct = (a: number, b: number) => (b === 0 ? 0 : (100 * a) / b);

/** The score as a table: per voice, tables, overall. */
export function formatScore(score: BlindScore): string {
  const line = (name: string, t: Tally) =>
    `| ${name.padEnd(13)} | ${`${t.wrongFlagged} / ${t.wrong}`.padStart(11)} | ${pct(t.wrongFlagged, t.wrong).toFixed(1).padStart(6)} % | ${`${t.correctFlagged} / ${t.correct}`.padStart(11)} | ${pct(t.correctFlagged, t.correct).toFixed(1).padStart(5)} % | ${pct(t.exact, t.labelled).toFixed(1).padStart(5)} % |`;
  const rows = [...score.perVoice.entries()].sort(([a], [b]) => a.localeCompare(b));
  return [
    '| voice         | wrong flagged |  share   | correct flagged | share   | exact   |',
    '|---|---|---|---|---|---|',
    ...rows.map(([voice, t]) => line(voice, t)),
    line('tables', score.tables),
    line('overall', score.overall),
  ].join('\n');
}

export function formatDisagreements(score: BlindScore): string {
  return score.disagreements
    .map(
      (d) =>
        `${d.kind.padEnd(7)} [${d.voice}] ${d.id} ${JSON.stringify(d.find)}${d.label ? ` label ${d.label}` : ''}${d.note ? ` (${d.note})` : ''} -> ${d.got}\n        ${d.sentence}`,
    )
    .join('\n');
}
