// GET /review/:id/email through the whole app: behind the editor sign-in, with the email's own CSP.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app, resetDb, seedBrief, signIn } from './review-helpers.ts';

let id = '';
beforeAll(async () => {
  await resetDb();
  ({ id } = await seedBrief({ contradict: false }));
});

describe('GET /review/:id/email', () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    const response = await app.request(`/review/${id}/email`, {}, env);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/review\/sign-in/);
  });

  it('shows a signed-in editor the email of a brief still waiting for review, styles allowed, scripts not', async () => {
    const session = await signIn();
    const response = await app.request(`/review/${id}/email`, { headers: { Cookie: session.cookie! } }, env);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const html = await response.text();
    expect(html).toContain('Sector moves, 24h');
    expect(html).toContain(`/briefs/${id}`);
    const text = await app.request(`/review/${id}/email?format=text`, { headers: { Cookie: session.cookie! } }, env);
    expect(await text.text()).toMatch(/Not investment advice/);
  });
});
