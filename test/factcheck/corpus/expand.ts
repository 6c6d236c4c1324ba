/**
 * Expands corpus templates against a facts sheet into labelled cases. A template names facts by id, so it
 * survives new fixture numbers: `{sector.ai.change_24h:p1}` renders the fact the way a writer would.
 * Each template gives one correct text plus WRONG variants (10x scale slip, off by a few points, right
 * number wrong asset, right value wrong window, sign flip, direction-word flip, level-word flip). A wrong
 * variant is kept only when its figure is independently far from the true value (> 2 written digits and
 * > 4 %), so every "wrong" label is really wrong.
 */
import type { Fact, FactsSheet } from '../../../src/domain/fact.ts';

export type Expect = 'ok' | 'flag' | 'ignored' | 'source' | 'skip';
export type Case = {
  id: string;
  style: string;
  text: string;
  kind: 'correct' | 'wrong';
  mutation: string;
  checks: { span: [number, number]; expect: Expect; note: string; alt?: [number, number] }[];
};
export type Template = { style: string; text: string };

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'fact'; id: string; fmt: string }
  | { kind: 'dir'; id: string; down: string; up: string }
  | { kind: 'alt'; right: string; wrong: string };

/** `{id:fmt}` facts, `{dir:id:down|up}` direction words by the fact's sign, `{alt:right|wrong}` level words. */
export function parseTemplate(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open === -1) {
      parts.push({ kind: 'text', text: text.slice(at) });
      break;
    }
    const close = text.indexOf('}', open);
    if (open > at) parts.push({ kind: 'text', text: text.slice(at, open) });
    const body = text.slice(open + 1, close);
    const [head, a, b] = body.split(':');
    if (head === 'dir') {
      const [down, up] = b!.split('|');
      parts.push({ kind: 'dir', id: a!, down: down!, up: up! });
    } else if (head === 'alt') {
      const [right, wrong] = a!.split('|');
      parts.push({ kind: 'alt', right: right!, wrong: wrong! });
    } else parts.push({ kind: 'fact', id: head!, fmt: a ?? 'p1' });
    at = close + 1;
  }
  return parts;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fixed = (v: number, d: number) => {
  const [i, f] = Math.abs(v).toFixed(d).split('.');
  return group(i!) + (f ? `.${f}` : '');
};

/** Renders a value (already mutated) in a format; returns the text and its value in display units. */
export function render(value: number, fmt: string): { text: string; display: number; half: number } {
  const abs = Math.abs(value);
  switch (fmt) {
    case 'p0':
      return { text: abs.toFixed(0), display: abs, half: 0.5 };
    case 'pf0':
      return { text: Math.floor(abs).toFixed(0), display: Math.floor(abs), half: 0 };
    case 'pc0':
      return { text: Math.ceil(abs).toFixed(0), display: Math.ceil(abs), half: 0 };
    case 'tc2': {
      const v = Math.ceil(value / 1e10) / 100;
      return { text: v.toFixed(2), display: v, half: 0 };
    }
    case 'p1':
      return { text: abs.toFixed(1), display: abs, half: 0.05 };
    case 'p2':
      return { text: abs.toFixed(2), display: abs, half: 0.005 };
    case 'p4':
      return { text: abs.toFixed(4), display: abs, half: 0.00005 };
    case 'c1':
      return { text: abs.toFixed(1).replace('.', ','), display: abs, half: 0.05 };
    case 'sp1':
      return { text: `${value < 0 ? '-' : '+'}${abs.toFixed(1)}`, display: value, half: 0.05 };
    case 'sp4':
      return { text: `${value < 0 ? '-' : '+'}${abs.toFixed(4)}`, display: value, half: 0.00005 };
    case 'sp2':
      return { text: `${value < 0 ? '-' : '+'}${abs.toFixed(2)}`, display: value, half: 0.005 };
    case 'k1':
      return { text: (value / 1e3).toFixed(1), display: value / 1e3, half: 0.05 };
    case 'k0':
      return { text: (value / 1e3).toFixed(0), display: value / 1e3, half: 0.5 };
    case 'b2':
      return { text: (value / 1e9).toFixed(2), display: value / 1e9, half: 0.005 };
    case 'b1':
      return { text: (value / 1e9).toFixed(1), display: value / 1e9, half: 0.05 };
    case 'ab1':
      return { text: (abs / 1e9).toFixed(1), display: abs / 1e9, half: 0.05 };
    case 'ab2':
      return { text: (abs / 1e9).toFixed(2), display: abs / 1e9, half: 0.005 };
    case 'bc2':
      return { text: (value / 1e9).toFixed(2).replace('.', ','), display: value / 1e9, half: 0.005 };
    case 't2':
      return { text: (value / 1e12).toFixed(2), display: value / 1e12, half: 0.005 };
    case 'm0':
      return { text: group((value / 1e6).toFixed(0)), display: value / 1e6, half: 0.5 };
    case 'd0':
      return { text: fixed(value, 0), display: value, half: 0.5 };
    case 'd2':
      return { text: fixed(value, 2), display: value, half: 0.005 };
    case 'd4':
      return { text: value.toFixed(4), display: value, half: 0.00005 };
    case 'r2':
      return { text: value.toFixed(2), display: value, half: 0.005 };
    case 'i':
      return { text: value.toFixed(0), display: value, half: 0.5 };
    case 'bp1':
      return { text: (abs * 100).toFixed(1), display: abs * 100, half: 0.05 };
    case 'ceil3': {
      const v = Math.ceil(value / 1000) * 1000;
      return { text: group(v.toFixed(0)), display: v, half: 0 };
    }
    case 'floor3': {
      const v = Math.floor(value / 1000) * 1000;
      return { text: group(v.toFixed(0)), display: v, half: 0 };
    }
    case 'ceilk': {
      const v = Math.ceil(value / 1000);
      return { text: v.toFixed(0), display: v * 1000, half: 0 };
    }
    case 'floork': {
      const v = Math.floor(value / 1000);
      return { text: v.toFixed(0), display: v * 1000, half: 0 };
    }
    default:
      throw new Error(`unknown format ${fmt}`);
  }
}

const SWAP_ASSETS = ['btc', 'eth', 'sol', 'xrp', 'doge', 'fet', 'tao', 'arb', 'op', 'hnt', 'near', 'ada'];
const SWAP_SECTORS = ['ai', 'l1', 'l2', 'gaming', 'depin', 'memes'];

function swapEntity(id: string, facts: Map<string, Fact>): string[] {
  const sector = /^sector\.([a-z0-9]+)\.(.+)$/.exec(id);
  if (sector)
    return SWAP_SECTORS.filter((s) => s !== sector[1])
      .map((s) => `sector.${s}.${sector[2]}`)
      .filter((x) => facts.has(x));
  const asset = /^([a-z0-9]+)\.(.+)$/.exec(id);
  if (asset && asset[1] !== 'market')
    return SWAP_ASSETS.filter((a) => a !== asset[1])
      .map((a) => `${a}.${asset[2]}`)
      .filter((x) => facts.has(x));
  return [];
}

function swapWindow(id: string, facts: Map<string, Fact>): string[] {
  const out: string[] = [];
  for (const [from, to] of [
    ['_24h', '_7d'],
    ['_7d', '_24h'],
    ['_7d', '_30d'],
    ['_30d', '_7d'],
  ] as const)
    if (id.endsWith(from)) out.push(id.slice(0, -from.length) + to);
  return out.filter((x) => facts.has(x));
}

/** Far enough from the truth that a careful checker must flag it: > 2 written half-digits and > 4 %. */
function clearlyWrong(display: number, trueDisplay: number, half: number): boolean {
  const diff = Math.abs(display - trueDisplay);
  return diff > 2 * half + 1e-12 && diff > 0.04 * Math.abs(trueDisplay);
}

export function expandTemplate(template: Template, index: number, sheet: FactsSheet): Case[] {
  const facts = new Map(sheet.facts.map((f) => [f.id, f]));
  const parts = parseTemplate(template.text);
  for (const part of parts) if ((part.kind === 'fact' || part.kind === 'dir') && !facts.has(part.id)) return [];
  type Override = { at: number; value?: number; word?: string; mutation: string };
  const build = (override: Override | null, kind: Case['kind']): Case => {
    let text = '';
    const checks: Case['checks'] = [];
    let wordSpan: [number, number] | null = null;
    parts.forEach((part, k) => {
      if (part.kind === 'text') {
        text += part.text;
        return;
      }
      const start = text.length;
      if (part.kind === 'alt') {
        text += override?.at === k ? override.word! : part.right;
        if (override?.at === k) wordSpan = [start, text.length];
        return;
      }
      if (part.kind === 'dir') {
        const fact = facts.get(part.id)!;
        const right = fact.value < 0 ? part.down : part.up;
        text += override?.at === k ? override.word! : right;
        if (override?.at === k) wordSpan = [start, text.length];
        return;
      }
      const fact = facts.get(part.id)!;
      const value = override?.at === k ? override.value! : fact.value;
      text += render(value, part.fmt).text;
      checks.push({ span: [start, text.length], expect: override?.at === k ? 'flag' : 'ok', note: part.id });
    });
    // Without numbers, the word itself is the claim (`funding turned negative`, `led losses`).
    if (checks.length === 0) {
      let at = 0;
      parts.forEach((part, k) => {
        const piece =
          part.kind === 'text'
            ? part.text
            : part.kind === 'alt'
              ? override?.at === k
                ? override.word!
                : part.right
              : part.kind === 'dir'
                ? override?.at === k
                  ? override.word!
                  : facts.get(part.id)!.value < 0
                    ? part.down
                    : part.up
                : '';
        if (part.kind === 'alt' || part.kind === 'dir')
          checks.push({ span: [at, at + piece.length], expect: override?.at === k ? 'flag' : 'ok', note: 'word' });
        at += piece.length;
      });
    }
    // A flipped word flags the number it governs: the next fact after it (or the last before it).
    // The governed number: the fact right before the word (`11.4% lower`) or else the next one (`fell 6.1%`).
    // The flip may also flag the word itself (`funding turned positive`) or later numbers of its sentence,
    // so in these variants only the flag is judged.
    else if (override && override.word !== undefined) {
      const before = parts[override.at - 1];
      const factsBefore = parts.slice(0, override.at).reduce((n, p) => n + (p.kind === 'fact' ? 1 : 0), 0);
      const postfix = before?.kind === 'text' && before.text.trim() === '%' && factsBefore > 0;
      const target = checks[postfix ? factsBefore - 1 : factsBefore] ?? checks[checks.length - 1];
      for (const check of checks) if (check !== target) check.expect = 'skip';
      if (target) {
        target.expect = 'flag';
        if (wordSpan) target.alt = wordSpan;
      }
    }
    return {
      id: `t${index}${override ? `-${override.mutation}-${override.at}` : ''}`,
      style: template.style,
      text,
      kind,
      mutation: override?.mutation ?? 'none',
      checks,
    };
  };
  const cases: Case[] = [build(null, 'correct')];
  parts.forEach((part, k) => {
    if (part.kind === 'alt') {
      cases.push(build({ at: k, word: part.wrong, mutation: 'level-word' }, 'wrong'));
      return;
    }
    if (part.kind === 'dir') {
      const fact = facts.get(part.id)!;
      if (Math.abs(fact.value) < (fact.unit === 'pct' && /funding/.test(part.id) ? 0 : 0.3) || fact.value === 0) return;
      cases.push(build({ at: k, word: fact.value < 0 ? part.up : part.down, mutation: 'direction-word' }, 'wrong'));
      return;
    }
    if (part.kind !== 'fact') return;
    const fact = facts.get(part.id)!;
    const truth = render(fact.value, part.fmt);
    const tryValue = (value: number, mutation: string) => {
      const r = render(value, part.fmt);
      if (r.text !== truth.text && clearlyWrong(r.display, truth.display, Math.max(r.half, truth.half)))
        cases.push(build({ at: k, value, mutation }, 'wrong'));
    };
    const bound =
      part.fmt.startsWith('ceil') ||
      part.fmt.startsWith('floor') ||
      part.fmt === 'pf0' ||
      part.fmt === 'pc0' ||
      part.fmt === 'tc2';
    if (!bound) tryValue(fact.value * 10, 'scale-10x');
    // A bound (`under 7%`) loosened is still true: move it the way that makes it false.
    const toward = part.fmt === 'pc0' ? -1 : 1;
    if (fact.unit === 'pct')
      tryValue(
        fact.value + toward * Math.sign(fact.value || 1) * Math.max(2, Math.abs(fact.value) * 0.3),
        'off-by-points',
      );
    else if (fact.unit === 'count') tryValue(fact.value + 3, 'off-by-points');
    else if (!bound) tryValue(fact.value * 1.12, 'off-by-points');
    if (part.fmt.startsWith('sp') && Math.abs(truth.display) > 4 * truth.half) tryValue(-fact.value, 'sign-flip');
    const other = swapEntity(part.id, facts).find((id) => {
      const r = render(facts.get(id)!.value, part.fmt);
      return r.text !== truth.text && clearlyWrong(r.display, truth.display, r.half);
    });
    if (other && fact.unit !== 'count') tryValue(facts.get(other)!.value, 'wrong-asset');
    const window = swapWindow(part.id, facts).find((id) => {
      const r = render(facts.get(id)!.value, part.fmt);
      return clearlyWrong(r.display, truth.display, r.half);
    });
    if (window && fact.unit !== 'count' && statesWindow(cases[0]!.text))
      tryValue(facts.get(window)!.value, 'wrong-window');
  });
  return cases;
}

/** Whether the sentence names its window, so that a value from another window is really wrong. */
function statesWindow(text: string): boolean {
  return /24h|24 hours|24-hour|today|on the day|the day|overnight|daily|d\/d|w\/w|week|7-day|seven days|7d|month|30-day|30d|\(24h\)|\(7d\)/i.test(
    text,
  );
}
