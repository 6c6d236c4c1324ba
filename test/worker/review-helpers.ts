// Shared steps of the review workerd tests: reset D1, seed a brief through the real pipeline, sign in like a browser.
import { env } from 'cloudflare:workers';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';

export const app = createApp({ services: buildServices });
export const origin = 'https://groundbrief.test';
export const apiHeaders = { Authorization: 'Bearer test-api-token', 'Content-Type': 'application/json' };

type ReviewJson = {
  brief: {
    id: string;
    status: string;
    version: number;
    counts: Record<string, number>;
    title: string;
    editionDate: string;
  };
  report: {
    ok: boolean;
    counts: Record<string, number>;
    claims: {
      text: string;
      span: [number, number];
      verdict: string;
      unit: string;
      value: number | null;
      factId: string | null;
    }[];
  };
  markdown?: string;
};

/** Empties every table the review desk touches (each test starts from nothing). */
export async function resetDb(): Promise<void> {
  await env.DB.batch(
    [
      'outbox',
      'subscribers',
      'claims',
      'brief_versions',
      'brief_corrections',
      'audit_log',
      'snapshots',
      'briefs',
      'editor_sessions',
      'sign_in_failures',
    ].map((table) => env.DB.prepare(`DELETE FROM ${table}`)),
  );
}

export async function fetchReviewJson(id: string): Promise<ReviewJson> {
  const response = await app.request(`/api/review/${id}`, { headers: apiHeaders }, env);
  if (response.status !== 200) throw new Error(`GET /api/review/${id}: ${response.status} ${await response.text()}`);
  return (await response.json()) as ReviewJson;
}

/**
 * Runs the fixture edition with AUTO_PUBLISH=false (-> needs_review), then, when
 * `contradict` is set, saves through the API an edit that moves one supported percentage 7 points away from its
 * fact (in the body, not the title), so exactly one more claim is contradicted than the
 * template brief had (`baseline`: its counts; all zeros but supported once writer and checker agree). Returns the brief id, that claim's wrong
 * and right text, and the original Markdown.
 */
export async function seedBrief(options: { contradict: boolean; style?: string }) {
  const run = await app.request(
    '/api/runs',
    { method: 'POST', headers: apiHeaders, body: JSON.stringify({ style: options.style ?? 'daily-snapshot' }) },
    { ...env, AUTO_PUBLISH: 'false' },
  );
  if (run.status !== 201) throw new Error(`POST /api/runs: ${run.status} ${await run.text()}`);
  const id = ((await run.json()) as { brief: { id: string } }).brief.id;
  const seeded = await fetchReviewJson(id);
  const baseline = seeded.report.counts;
  if (!options.contradict) return { id, wrong: null, right: null, markdown: seeded.markdown!, baseline };
  const bodyStart = seeded.markdown!.indexOf('\n');
  const bump = (text: string) =>
    text.replace(/\d+(?:\.\d+)?/, (d) => (Number.parseFloat(d) + 7).toFixed(d.split('.')[1]?.length ?? 0));
  // a supported percentage in the body whose bumped text appears nowhere else, so the fix is unambiguous
  const claim = seeded.report.claims.find(
    (c) =>
      c.verdict === 'supported' &&
      c.unit === 'pct' &&
      /\d/.test(c.text) &&
      c.span[0] > bodyStart &&
      !seeded.markdown!.includes(bump(c.text)),
  );
  if (!claim) throw new Error('the fixture brief has no supported percentage to contradict');
  const wrong = bump(claim.text);
  const markdown = seeded.markdown!.slice(0, claim.span[0]) + wrong + seeded.markdown!.slice(claim.span[1]);
  const edit = await app.request(
    `/api/review/${id}/edit`,
    { method: 'POST', headers: apiHeaders, body: JSON.stringify({ markdown }) },
    env,
  );
  if (edit.status !== 200) throw new Error(`seeding edit: ${edit.status} ${await edit.text()}`);
  const edited = (await edit.json()) as ReviewJson;
  const expected = { ...baseline, supported: baseline.supported! - 1, contradicted: baseline.contradicted! + 1 };
  if (JSON.stringify(edited.report.counts) !== JSON.stringify(expected)) {
    throw new Error(
      `seeding expected ${JSON.stringify(expected)} after the edit, got ${JSON.stringify(edited.report.counts)}`,
    );
  }
  return { id, wrong, right: claim.text, markdown: seeded.markdown!, baseline };
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

/** The value of the first hidden `_csrf` field in a page. */
export function readCsrfField(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no _csrf field on the page');
  return match[1]!;
}

/** Signs in through the real form (login nonce + token). Returns the session cookie and the page CSRF token. */
export async function signIn(token = 'test-editor-token', name = 'ana') {
  const form = await app.request('/review/sign-in', {}, env);
  const loginCookie = cookiesFrom(form)[0]!;
  const body = new URLSearchParams({ _csrf: readCsrfField(await form.text()), next: '/review', name, token });
  const response = await app.request(
    '/review/sign-in',
    { method: 'POST', headers: { Cookie: loginCookie, Origin: origin }, body },
    env,
  );
  const setCookies = response.headers.getSetCookie();
  const session = cookiesFrom(response).find((cookie) => cookie.startsWith('__Host-gb_review='));
  if (!session) return { response, cookie: null, csrf: null, setCookies };
  const queue = await app.request('/review', { headers: { Cookie: session } }, env);
  return { response, cookie: session, csrf: readCsrfField(await queue.text()), setCookies };
}

/** A form POST from a signed-in editor. `fields` gets `_csrf` unless it already has one (use '' to send none). */
export function postForm(
  path: string,
  session: { cookie: string; csrf: string },
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams({ _csrf: session.csrf, ...fields });
  if (fields._csrf === '') body.delete('_csrf');
  return app.request(
    path,
    { method: 'POST', headers: { Cookie: session.cookie, Origin: origin, ...headers }, body },
    env,
  );
}

type AuditRow = {
  action: string;
  actor: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  detail_json: string | null;
};

export async function auditActions(briefId: string | null): Promise<AuditRow[]> {
  const sql =
    briefId === null
      ? 'SELECT * FROM audit_log WHERE brief_id IS NULL ORDER BY id'
      : 'SELECT * FROM audit_log WHERE brief_id = ? ORDER BY id';
  const statement = briefId === null ? env.DB.prepare(sql) : env.DB.prepare(sql).bind(briefId);
  return (await statement.all<AuditRow>()).results;
}
