import type { BriefStatus } from '../domain/brief.ts';

/**
 * Where a freshly written brief goes. A failed check always waits for review; so does a brief whose LLM writer
 * was asked for but could not deliver (the template text stands in). Otherwise AUTO_PUBLISH decides.
 */
export function decideStatus(input: { checkOk: boolean; writerFellBack: boolean; autoPublish: boolean }): BriefStatus {
  if (!input.checkOk || input.writerFellBack) return 'needs_review';
  return input.autoPublish ? 'published' : 'needs_review';
}
