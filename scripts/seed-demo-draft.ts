// `npm run dev` helper: leaves one clearly labelled demo draft waiting in the review queue, so a newcomer can see the
// desk. It runs the weekly-update edition held for review (POST /api/runs {hold: true}), then saves through the review
// API a copy titled "DEMO draft" with a note saying so and ONE percentage moved on purpose, so the checker marks it red.
// Usage: npx tsx scripts/seed-demo-draft.ts BASE_URL API_TOKEN. Prints the review URL; exit 1 on any failure.
// Idempotent: a weekly edition already labelled, or already decided, is left alone (and reported).

type ReviewJson = {
  brief: { id: string; status: string; title: string };
  report: { claims: { text: string; span: [number, number]; verdict: string; unit: string }[] };
  markdown: string;
};

export const demoTitlePrefix = 'DEMO draft (made by npm run dev, not a real edition)';
export const demoNote =
  '> **Demo draft.** `npm run dev` made this copy and changed one number in it on purpose, so the checker marks it ' +
  'red. Fix the number and approve it, or reject the draft: nothing here goes to readers until an editor decides.';

/** The demo text: labelled title, the note first, one supported body percentage moved by seven points. Pure. */
export function buildDemoMarkdown(review: ReviewJson): { title: string; markdown: string } {
  const bodyStart = review.markdown.indexOf('\n');
  const claim = review.report.claims.find(
    (c) => c.verdict === 'supported' && c.unit === 'pct' && /\d/.test(c.text) && c.span[0] > bodyStart,
  );
  if (!claim) throw new Error('the weekly brief has no supported percentage to change');
  const wrong = claim.text.replace(/\d+(?:\.\d+)?/, (d) =>
    (Number.parseFloat(d) + 7).toFixed(d.split('.')[1]?.length ?? 0),
  );
  const changed = review.markdown.slice(0, claim.span[0]) + wrong + review.markdown.slice(claim.span[1]);
  const body = changed.slice(bodyStart + 1).replace(/^\n+/, '');
  return { title: `${demoTitlePrefix}: ${review.brief.title}`, markdown: `${demoNote}\n\n${body}` };
}

async function main(base: string, token: string): Promise<void> {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`[${method}] ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  // dev.sh posts this run with curl before firing the cron (so the cron cannot publish the weekly edition first)
  const run = (await call('POST', '/api/runs', { style: 'weekly-update', hold: true })) as { brief: { id: string } };
  const id = run.brief.id;
  const review = (await call('GET', `/api/review/${id}`)) as ReviewJson;
  const open = review.brief.status === 'needs_review' || review.brief.status === 'draft';
  if (!open || review.brief.title.startsWith(demoTitlePrefix)) {
    console.log(
      `dev: demo draft: ${id} is there already or was decided (${review.brief.status}): ${base}/review/${id}`,
    );
    return;
  }
  const demo = buildDemoMarkdown(review);
  await call('POST', `/api/review/${id}/edit`, demo);
  console.log(`dev: demo draft waiting for review: ${base}/review/${id}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, token] = process.argv.slice(2);
  if (!base || !token) {
    console.error('usage: seed-demo-draft.ts BASE_URL API_TOKEN');
    process.exit(2);
  }
  main(base, token).catch((error: unknown) => {
    console.error(`dev: demo draft not made: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
