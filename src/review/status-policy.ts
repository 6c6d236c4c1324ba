// The one status policy: whether a brief is verified, and where a brief goes after a run or an editor's change.
import type { BriefStatus } from '../domain/brief.ts';

/** `verified`: nothing for a person to look at; `needs_review`: an editor must decide. */
export type BriefVerdict = 'verified' | 'needs_review';

/**
 * `verified` only when the checker found no contradicted or unsupported claim, the run had market facts at all
 * (a run whose every upstream failed yields an empty brief, not a fine one), the writer did not fall back
 * (a fallback means the writer that was asked for failed), and the data was not degraded (`degradations`, see
 * findDegradations: exchanges or CoinGecko down, a partial sector): otherwise a person must look at it.
 */
export function judgeBrief(input: {
  checkOk: boolean;
  factCount: number;
  writerFellBack: boolean;
  degradations?: readonly string[];
}): BriefVerdict {
  const degraded = (input.degradations?.length ?? 0) > 0;
  return input.checkOk && input.factCount > 0 && !input.writerFellBack && !degraded ? 'verified' : 'needs_review';
}

/**
 * The verdict of a whole run, decided once for the Worker's run-edition and the CLI's `brief`: the brief's own verdict
 * (judgeBrief), but `needs_review` when the writer that was asked for threw and the template stood in (its text may
 * look verified: the run still fell back) or when the run budget cut the collection (the data is partial; the cut
 * sources are named `timeout`).
 */
export function judgeRun(input: {
  verdict: BriefVerdict;
  writerFellBack?: boolean;
  collectionCut: boolean;
}): BriefVerdict {
  return input.writerFellBack || input.collectionCut ? 'needs_review' : input.verdict;
}

/**
 * Where a freshly written brief goes: a verified brief is published when AUTO_PUBLISH is on; anything else waits
 * as `needs_review` (also a verified one when AUTO_PUBLISH is off).
 */
export function statusAfterRun(input: { verdict: BriefVerdict; autoPublish: boolean }): BriefStatus {
  return input.verdict === 'verified' && input.autoPublish ? 'published' : 'needs_review';
}

/**
 * Where a brief goes after an editor's edit or regeneration: it is never published by the change itself; a verified
 * text waits as `draft` (an editor approves it), anything else as `needs_review`.
 */
export function statusAfterEdit(input: { verdict: BriefVerdict }): BriefStatus {
  return input.verdict === 'verified' ? 'draft' : 'needs_review';
}
