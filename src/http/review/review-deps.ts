import { renderBriefHtml } from '../../brief/render-html.ts';
import { defaultRegistry } from '../../config/watchlist.ts';
import { selectWriter } from '../../pipeline/select-writer.ts';
import type { Services } from '../app-env.ts';
import type { ReviewDeps } from './review-actions.ts';
import { createReviewStore } from './review-store.ts';

/**
 * The review desk's ports, built from the app's services: the same store and clock, the configured writer
 * (LLM when OPENAI_API_KEY is set, else the template writer) for regenerate, and the public HTML renderer.
 * `enqueueEmail` is wired when the email part provides its enqueue function.
 */
export function buildReviewDeps(
  services: Services,
  extra: { enqueueEmail?: ReviewDeps['enqueueEmail'] } = {},
): ReviewDeps {
  return {
    store: services.store,
    review: createReviewStore(services.store.db),
    registry: defaultRegistry,
    writer: selectWriter(services.config).write,
    renderHtml: renderBriefHtml,
    enqueueEmail: extra.enqueueEmail,
    now: services.now,
    elapsedMs: () => performance.now(),
  };
}
