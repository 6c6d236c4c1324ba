/**
 * A figure shares the verdict of a wrong rank claim about its subject: `Filecoin, up 1.2 pct, was the best performer
 * in DePIN` (HNT was), `DOGE led the sector at -3.7%` (WIF did). When a member superlative in a sentence is
 * contradicted, the supported change figure of the same asset and window in that sentence, or the figure right after
 * the phrase, is contradicted with the same reason: the sentence states the value as the leader's. Pure.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Registry } from '../../domain/registry.ts';
import { RANK_FIGURE_GAP_WORDS } from '../lexicon.ts';

const RANK_METRICS: ReadonlySet<string> = new Set(['best_change', 'worst_change']);
const PHRASE_TO_FIGURE = new RegExp(String.raw`^[\s*_,:(]*(?:${RANK_FIGURE_GAP_WORDS.join('|')})?[\s*_(]*$`, 'i');

export function shareRankVerdicts(
  text: string,
  claims: Claim[],
  findings: readonly Claim[],
  registry: Registry,
): Claim[] {
  const wrong = findings.filter((f) => f.verdict === 'contradicted' && f.metric && RANK_METRICS.has(f.metric));
  if (wrong.length === 0) return claims;
  return claims.map((claim) => {
    if (claim.verdict !== 'supported' || claim.unit !== 'pct') return claim;
    const rank = wrong.find(
      (f) =>
        f.sentence === claim.sentence &&
        ((f.entity === claim.entity && claim.metric === 'change' && (claim.window ?? f.window) === f.window) ||
          // (the figure right after the phrase, read as another asset's only when it misread the subject)
          (claim.span[0] >= f.span[1] &&
            (claim.entity === f.entity || !registry.assets.some((a) => a.id === claim.entity)) &&
            PHRASE_TO_FIGURE.test(text.slice(f.span[1], claim.span[0])))),
    );
    if (!rank) return claim;
    const reason = `${rank.reason}; the figure is given as the rank's`;
    return { ...claim, verdict: 'contradicted', factId: rank.factId, expected: rank.expected, reason };
  });
}
