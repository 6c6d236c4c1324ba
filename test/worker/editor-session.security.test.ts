// Editor sessions live in D1: sign-out ends them server-side; failed sign-ins are counted, not audited one by one.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { app, auditActions, origin, postForm, resetDb, signIn } from './review-helpers.ts';
import { editorSession } from './shared-setup.ts';

beforeEach(resetDb);

describe('sign-out', () => {
  it('ends the session server-side: the old cookie no longer opens a page or carries a POST', async () => {
    const session = await editorSession();
    expect((await app.request('/review', { headers: { Cookie: session.cookie } }, env)).status).toBe(200);
    expect((await postForm('/review/sign-out', session, {})).status).toBe(303);
    // a client that kept the cookie (copied, or a browser that ignored Max-Age=0)
    const page = await app.request('/review', { headers: { Cookie: session.cookie } }, env);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/review\/sign-in/);
    expect((await postForm('/review/sign-out', session, {})).status).toBe(401);
    expect(
      await env.DB.prepare('SELECT COUNT(*) AS n FROM editor_sessions WHERE revoked_at IS NOT NULL').first('n'),
    ).toBe(1);
  });

  it('signing out one session leaves another editor signed in', async () => {
    const ana = await editorSession('ana');
    const bo = await editorSession('bo');
    await postForm('/review/sign-out', ana, {});
    expect((await app.request('/review', { headers: { Cookie: bo.cookie } }, env)).status).toBe(200);
  });
});

describe('failed sign-ins', () => {
  it('are counted per hour with one audit row for the hour, not one per attempt', async () => {
    for (let i = 0; i < 6; i++) expect((await signIn(`wrong-${i}`, 'eve')).response.status).toBe(401);
    expect((await auditActions(null)).map((entry) => entry.action)).toEqual(['sign_in_failed']);
    expect(await env.DB.prepare('SELECT SUM(count) AS n FROM sign_in_failures').first('n')).toBe(6);
  });

  it('a refused form (no nonce) writes nothing', async () => {
    const body = new URLSearchParams({ name: 'x', token: 'wrong', _csrf: 'made-up' });
    await app.request('/review/sign-in', { method: 'POST', headers: { Origin: origin }, body }, env);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM sign_in_failures').first('n')).toBe(0);
  });
});
