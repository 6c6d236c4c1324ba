// Subscribers choose styles: /api/subscribe stores the choice, each published style is queued and sent only to the
// confirmed subscribers who chose it (one email per chosen style), and existing rows default to every style.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { subscribeRoutes } from '../../src/http/subscribe/subscribe-routes.ts';
import { deliverOutbox } from '../../src/email/deliver.ts';
import {
  createRecordingProvider,
  deliverDepsFor,
  mailerFor,
  resetEmailTables,
  seedBrief,
  seedSubscriber,
  storeOf,
} from './email-seed.ts';
import { appSendingThrough, mailEnv } from './shared-setup.ts';

const now = new Date('2026-11-20T07:00:00.000Z');
let recording: ReturnType<typeof createRecordingProvider>;
const app = appSendingThrough({ '/': subscribeRoutes }, () => ({ emailProvider: recording.provider, now: () => now }));

const subscribe = (body: string, type = 'application/json') =>
  app.request('/api/subscribe', { method: 'POST', headers: { 'content-type': type }, body }, mailEnv);

async function stylesOf(email: string): Promise<string | null> {
  return env.DB.prepare('SELECT styles FROM subscribers WHERE email = ?').bind(email).first<string>('styles');
}

beforeEach(async () => {
  recording = createRecordingProvider();
  await resetEmailTables(env.DB);
});

describe('POST /api/subscribe with styles', () => {
  it('stores the chosen styles from JSON and from a form (repeated checkboxes), every style without a choice', async () => {
    expect(
      (await subscribe(JSON.stringify({ email: 'json@example.com', styles: ['weekly-update', 'daily-snapshot'] })))
        .status,
    ).toBe(202);
    expect(await stylesOf('json@example.com')).toBe('daily-snapshot,weekly-update');

    const form = 'email=form%40example.com&styles=sector-recap&styles=weekly-update&styles_shown=1';
    expect((await subscribe(form, 'application/x-www-form-urlencoded')).status).toBe(202);
    expect(await stylesOf('form@example.com')).toBe('sector-recap,weekly-update');

    expect((await subscribe(JSON.stringify({ email: 'all@example.com' }))).status).toBe(202);
    expect(await stylesOf('all@example.com')).toBe('daily-snapshot,sector-recap,weekly-update');
  });

  it('refuses an unknown style or an empty choice (JSON 400, form 400 page), storing nothing', async () => {
    const unknown = await subscribe(JSON.stringify({ email: 'x@example.com', styles: ['hourly'] }));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('hourly');
    expect((await subscribe(JSON.stringify({ email: 'x@example.com', styles: [] }))).status).toBe(400);
    const emptyForm = await subscribe('email=x%40example.com&styles_shown=1', 'application/x-www-form-urlencoded');
    expect(emptyForm.status).toBe(400);
    expect(await emptyForm.text()).toContain('Choose at least one');
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM subscribers').first('n')).toBe(0);
    expect(recording.sent).toHaveLength(0);
  });

  it('a pending address takes the newer choice; a confirmed one keeps its own (changed only by its manage link)', async () => {
    await subscribe(JSON.stringify({ email: 'p@example.com', styles: ['daily-snapshot'] }));
    await subscribe(JSON.stringify({ email: 'p@example.com', styles: ['sector-recap'] }));
    expect(await stylesOf('p@example.com')).toBe('sector-recap');
    await seedSubscriber(env.DB, 'sub_c', 'c@example.com', 'confirmed');
    await subscribe(JSON.stringify({ email: 'c@example.com', styles: ['sector-recap'] }));
    expect(await stylesOf('c@example.com')).toBe('daily-snapshot,sector-recap,weekly-update');
  });
});

describe('each published style goes only to the subscribers who chose it', () => {
  beforeEach(async () => {
    await seedBrief(env.DB, { id: 'b-daily', status: 'published', editionDate: '2026-11-20' });
    await seedBrief(env.DB, {
      id: 'b-sector',
      status: 'published',
      editionDate: '2026-11-20',
      style: 'sector-recap',
    });
    await seedSubscriber(env.DB, 'sub_all', 'all@example.com', 'confirmed'); // an existing row: every style
    await seedSubscriber(env.DB, 'sub_daily', 'daily@example.com', 'confirmed');
    await seedSubscriber(env.DB, 'sub_weekly', 'weekly@example.com', 'confirmed');
    const store = storeOf(env.DB);
    await store.subscribers.setStyles('sub_daily', ['daily-snapshot']);
    await store.subscribers.setStyles('sub_weekly', ['weekly-update']);
  });

  it('one email per chosen style: the morning dispatch of each brief reaches its own readers only', async () => {
    const mailer = mailerFor(mailEnv, { provider: recording.provider, now: () => now });
    expect((await mailer.dispatch('b-daily')).enqueued).toBe(2);
    expect((await mailer.dispatch('b-sector')).enqueued).toBe(1);
    const sent = recording.sent.map((message) => `${message.to} ${message.idempotencyKey.split('/')[1]}`).sort();
    expect(sent).toEqual(['all@example.com b-daily', 'all@example.com b-sector', 'daily@example.com b-daily']);
  });

  it('a style dropped after the brief was queued is skipped at send time', async () => {
    const store = storeOf(env.DB);
    expect(await store.outbox.enqueueBrief('b-sector', now.toISOString())).toBe(1);
    await store.subscribers.setStyles('sub_all', ['daily-snapshot']);
    const report = await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: () => now }), {
      briefId: 'b-sector',
    });
    expect(report).toMatchObject({ sent: 0, skipped: 1 });
    expect(recording.sent).toHaveLength(0);
  });
});
