/**
 * Marks on entity mentions that are not the subject of the figures near them: a group written as a partitive
 * (`of the AI sector`, `the weakest memes`) and a name compared with (`weaker than BTC`). Pure.
 */
import { COMPARED_WITH, NAME_LABEL_MARKS, VERSUS } from '../lexicon.ts';
import { previousWord } from '../read/text-cursor.ts';
import type { Mention } from './claim-context.ts';

const SUPERLATIVES = new Set(['weakest', 'strongest', 'worst', 'best', 'biggest', 'largest', 'top', 'only']);
const LEADER_VERBS = new Set(['led', 'leads', 'leading', 'topped', 'tops', 'topping', 'headed', 'heads']);
const RELATIVE_AFTER = /^\s*(?:sector|group|basket|tokens|coins|names)?\s*,\s*(?:which|that|whose)\b/i;
const RANKED = new Set([
  'gainer',
  'gainers',
  'loser',
  'losers',
  'performer',
  'performers',
  'mover',
  'movers',
  'laggard',
]);
/**
 * `m` with `mark` added, as one object shape whatever the marks: every marked mention has every mark field (absent
 * ones undefined). (In this V8, a spread followed by a property the source lacks gives every copy an object shape of
 * its own, and one shape per set of marks would still make the code that reads mentions megamorphic.)
 */
function marked(m: Mention & { firstToken?: number; lastToken?: number }, mark: Partial<Mention>): Mention {
  return {
    kind: m.kind,
    id: m.id,
    start: m.start,
    end: m.end,
    firstToken: m.firstToken,
    lastToken: m.lastToken,
    partitive: mark.partitive ?? m.partitive,
    compared: mark.compared ?? m.compared,
    versus: mark.versus ?? m.versus,
    labelHead: mark.labelHead ?? m.labelHead,
  } as Mention;
}

/** Marks mentions written as `of (the) X` / `among (the) X` / `the weakest X` (the group, not the subject). */
export function markPartitive(text: string, mentions: Mention[]): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind === 'asset') continue; // only groups are partitive
    let w = previousWord(text, m.start);
    if (w.lower === 'the') w = previousWord(text, w.start);
    // (`Virtuals topped the group at +2.2%`, `led the watchlist with a 2.4% gain`, `the top gainer on the watchlist
    // at +4.8%`: the group a name leads is not the subject of the name's figure)
    // (not a group a relative clause then describes: `BTC led the layer-one group, which rose 3.9%`)
    const led = LEADER_VERBS.has(w.lower) && !RELATIVE_AFTER.test(text.slice(m.end, m.end + 24));
    const onTop =
      (w.lower === 'on' || w.lower === 'in' || w.lower === 'across') && RANKED.has(previousWord(text, w.start).lower);
    if (w.lower === 'of' || w.lower === 'among' || SUPERLATIVES.has(w.lower) || led || onTop)
      mentions[i] = marked(m, { partitive: true });
  }
  return mentions;
}

/** `ETH weaker than BTC, -3.1%`: a name right after `than` is compared with, not the subject of the figures. */
export function markCompared(text: string, mentions: Mention[]): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // (`more than Bitcoin's 3.8% gain`: a possessive owns the figure after it)
    const quote = text.charCodeAt(m.end);
    const possessive = (quote === 39 || quote === 0x2019) && /^['\u2019]s\b/.test(text.slice(m.end, m.end + 3));
    const before = previousWord(text, m.start).lower;
    if (!possessive && COMPARED_WITH.has(before)) mentions[i] = marked(m, { compared: true });
    // (`losing less than 1% against ETH's 2.6%`: a name after a comparison word is no subject of the figure before it)
    if (VERSUS.has(before) || COMPARED_WITH.has(before)) mentions[i] = marked(mentions[i]!, { versus: true });
  }
  return mentions;
}

/** `... $0.60 avax — support $20`: a name followed by a dash or colon heads what follows it, not the figure before. */
export function markLabelHeads(text: string, mentions: Mention[]): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let k = m.end;
    while (k - m.end < 2 && text[k] === ' ') k++;
    if (NAME_LABEL_MARKS.has(text[k] ?? '')) mentions[i] = marked(m, { labelHead: true });
  }
  return mentions;
}
