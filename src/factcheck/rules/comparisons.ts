/**
 * A move compared with a named rival that has no figure of its own: `Ether rose 7.9%, ahead of Solana`, `up 4.6%,
 * outpacing bitcoin`, `BNB gained 3.1%, lagging the other majors' leader XRP`. The subject's change over the figure's
 * window must be above the rival's (ahead, outpacing, beating) or below it (behind, lagging, trailing); when it is
 * not, the figure's claim is contradicted. A rival with a figure beside it (`ahead of Solana's 5.4%`, `behind XRP
 * (+4.2%)`) is left to that figure's own claim. A subject that trails the one named before it (`SUI +11.2%, AVAX
 * close behind with +11.1%`) is behind that one. Pure.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Window } from '../../domain/units.ts';
import { sentenceMentions } from '../extract/sentence-reading.ts';
import { changeFact } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import { COMPARE_AHEAD, COMPARE_BEHIND, TRAIL_BEHIND } from '../lexicon.ts';
import type { EntityMention } from '../extract/find-entities.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import type { RuleContext } from './registry.ts';
import { displayName } from './verify-claims.ts';

const BETWEEN = new RegExp(
  String.raw`^\s*(?:%|pct|per\s?cent)?[\s*_)]*,?\s*(?:and\s+|while\s+)?` +
    String.raw`(?:well\s+|just\s+|comfortably\s+|slightly\s+|far\s+|narrowly\s+)?` +
    String.raw`(${[...COMPARE_AHEAD, ...COMPARE_BEHIND].join('|')})\s+(?:the\s+)?$`,
  'i',
);
/**
 * A figure right after the rival's name (the rival's own figure, a claim of its own), or a possessive (`ahead of
 * Ether's upgrade`: `ahead of` in time, before something of the rival's).
 */
const NOT_A_RIVAL = /^(?:['\u2019]s|[\s*_(:,]*(?:at\s+|with\s+|up\s+|down\s+)?[+\-\u2212]?\$?\d)/i;
const AHEAD: ReadonlySet<string> = new Set(COMPARE_AHEAD);
const TRAILING = new RegExp(String.raw`\b(?:${TRAIL_BEHIND.join('|')})\s+behind[\s,:]*(?:with|at|on)?\s*$`, 'i');

/** `SUI +11.2%, AVAX close behind with +11.1%`: the mention before the subject's, when the figure trails it. */
function trailed(d: DraftClaim, ctx: RuleContext): EntityMention | null {
  const s = d.sentence;
  const at = d.number.start - s.start;
  if (!d.entity || !TRAILING.test(s.text.slice(Math.max(0, at - 40), at))) return null;
  let subject = -1;
  const mentions = sentenceMentions(ctx.reading, s);
  for (let k = 0; k < mentions.length && mentions[k]!.end <= at; k++) subject = k;
  if (subject < 0 || mentions[subject]!.id !== d.entity.id) return null;
  for (let k = subject - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.kind === d.entity.kind && m.id !== d.entity.id) return m;
  }
  return null;
}

export function checkComparisons(claims: Claim[], ctx: RuleContext): Claim[] {
  return claims.map((claim, i) => {
    const d = ctx.drafts[i]!;
    if (claim.verdict !== 'supported' || claim.metric !== 'change' || !d.entity || d.entity.kind === 'market')
      return claim;
    const window: Window | null = d.window === 'other' ? null : (d.window ?? ctx.defaultWindow ?? '24h');
    if (!window) return claim;
    const s = d.sentence;
    const at = d.number.end - s.start;
    let rival: EntityMention | null | undefined = trailed(d, ctx);
    let ahead = false;
    if (!rival) {
      rival = sentenceMentions(ctx.reading, s).find((m) => m.start >= at);
      if (!rival || rival.kind !== d.entity.kind || rival.id === d.entity.id) return claim;
      const words = BETWEEN.exec(s.text.slice(at, rival.start));
      if (!words || NOT_A_RIVAL.test(s.text.slice(rival.end, rival.end + 16))) return claim;
      ahead = AHEAD.has(words[1]!.toLowerCase().replace(/\s+/g, ' '));
    }
    const kind = d.entity.kind;
    const changeOf = (id: string) => changeFact(ctx.lookup, kind, id, window);
    const own = changeOf(d.entity.id);
    const other = changeOf(rival.id);
    if (!own || !other) return claim;
    if (ahead ? own.value > other.value : own.value < other.value) return claim;
    const name = (id: string) => displayName(ctx.registry, kind, id);
    return {
      ...claim,
      verdict: 'contradicted',
      reason:
        `says ${name(d.entity.id)} was ${ahead ? 'ahead of' : 'behind'} ${name(rival.id)} over ${window}, but ` +
        `${name(rival.id)} moved ${formatValue(other.value, 'pct', true)} ` +
        `(${name(d.entity.id)} ${formatValue(own.value, 'pct', true)})`,
    };
  });
}
