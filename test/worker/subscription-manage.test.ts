// The signup page, the manage link of every email (change styles, unsubscribe) and the postal address in the footer.
import { env } from 'cloudflare:workers';
import PostalMime from 'postal-mime';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBriefEmail } from '../../src/email/build-brief-email.ts';
import { parseEmailConfig } from '../../src/email/email-config.ts';
import { signLinkToken } from '../../src/email/sign-link.ts';
import { subscribeRoutes } from '../../src/http/subscribe/subscribe-routes.ts';
import { sampleBrief, sampleSheet } from '../email/sample-brief.ts';
import { createRecordingProvider, emailVars, resetEmailTables, seedSubscriber, storeOf } from './email-seed.ts';
import { appSendingThrough, mailEnv } from './shared-setup.ts';

const now = new Date('2026-11-20T07:00:00.000Z');
let recording: ReturnType<typeof createRecordingProvider>;
const app = appSendingThrough({ '/': subscribeRoutes }, () => ({ emailProvider: recording.provider, now: () => now }));
const request = (path: string, init: RequestInit = {}) => app.request(path, init, mailEnv);

const postForm = (path: string, body: string) =>
  request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

/** The manage link of a real brief email addressed to the subscriber, as a path. */
async function manageLinkFromEmail(subscriberId: string, email: string): Promise<string> {
  const message = await buildBriefEmail({
    brief: sampleBrief,
    sheet: sampleSheet,
    subscriber: { id: subscriberId, email },
    settings: parseEmailConfig(mailEnv, { checkProvider: false }),
    date: now,
  });
  const link = /https:\/\/groundbrief\.test(\/subscribe\/manage\?token=\S+)/.exec(message.text)![1]!;
  expect(message.html).toContain(`https://groundbrief.test${link}`);
  return link;
}

const checkedStyles = (html: string) =>
  [...html.matchAll(/<input type="checkbox" name="styles" value="([\w-]+)"( checked)?>/g)]
    .filter((m) => m[2])
    .map((m) => m[1]);

beforeEach(async () => {
  recording = createRecordingProvider();
  await resetEmailTables(env.DB);
});

describe('GET /subscribe', () => {
  it('is a script-free form posting email and the style checkboxes (all ticked) to /api/subscribe', async () => {
    const response = await request('/subscribe');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<form method="post" action="/api/subscribe">');
    expect(html).toMatch(/<input type="email" id="email" name="email" required/);
    expect(checkedStyles(html)).toEqual(['daily-snapshot', 'sector-recap', 'weekly-update']);
    expect(html).toContain('<input type="hidden" name="styles_shown" value="1">');
    expect(html).not.toMatch(/<script/i);
  });

  it('posting it gives the result page and a confirmation email naming the chosen briefs and the postal address', async () => {
    const response = await postForm(
      '/api/subscribe',
      'email=reader%40example.com&styles=daily-snapshot&styles=weekly-update&styles_shown=1',
    );
    expect(response.status).toBe(202);
    expect(await response.text()).toContain('Check your inbox');
    const parsed = await PostalMime.parse(recording.sent[0]!.raw);
    expect(parsed.text).toContain('Your briefs: Daily snapshot, Weekly update.');
    expect(parsed.text).toContain(`groundbrief, ${env.GROUNDBRIEF_POSTAL_ADDRESS}`);
    expect(parsed.html).toContain('Your briefs: Daily snapshot, Weekly update.');
  });
});

describe('the manage link', () => {
  beforeEach(async () => {
    await seedSubscriber(env.DB, 'sub_m', 'm@example.com', 'confirmed');
  });

  it('shows the current styles, saves a new choice and refuses an empty one', async () => {
    await storeOf(env.DB).subscribers.setStyles('sub_m', ['sector-recap']);
    const link = await manageLinkFromEmail('sub_m', 'm@example.com');
    const page = await request(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('m@example.com');
    expect(checkedStyles(html)).toEqual(['sector-recap']);
    expect(html).toContain(`<form method="post" action="${link.replaceAll('&', '&amp;')}">`);

    const saved = await postForm(link, 'styles=daily-snapshot&styles=weekly-update&styles_shown=1');
    expect(saved.status).toBe(200);
    const savedHtml = await saved.text();
    expect(savedHtml).toContain('Saved. You get: Daily snapshot, Weekly update.');
    expect(checkedStyles(savedHtml)).toEqual(['daily-snapshot', 'weekly-update']);
    expect((await storeOf(env.DB).subscribers.get('sub_m'))?.styles).toEqual(['daily-snapshot', 'weekly-update']);

    const empty = await postForm(link, 'styles_shown=1');
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Choose at least one brief');
    expect((await storeOf(env.DB).subscribers.get('sub_m'))?.styles).toEqual(['daily-snapshot', 'weekly-update']);
  });

  it('unsubscribes through the form on the page, after which the page says so', async () => {
    const link = await manageLinkFromEmail('sub_m', 'm@example.com');
    const html = await (await request(link)).text();
    const action = /<form method="post" action="(\/unsubscribe\?token=[^"]+)">/
      .exec(html)![1]!
      .replaceAll('&amp;', '&');
    expect((await postForm(action, 'List-Unsubscribe=One-Click')).status).toBe(200);
    expect((await storeOf(env.DB).subscribers.get('sub_m'))?.status).toBe('unsubscribed');
    const after = await request(link);
    expect(await after.text()).toContain('You are unsubscribed');
    expect((await postForm(link, 'styles=daily-snapshot')).status).toBe(400);
  });

  it('refuses forged tokens and tokens of another purpose, changing nothing', async () => {
    const secret = emailVars.EMAIL_LINK_SECRET;
    const unsubscribeToken = await signLinkToken({ secret, purpose: 'unsubscribe', subscriberId: 'sub_m' });
    const forged = await signLinkToken({
      secret: 'another-secret-0123456789',
      purpose: 'manage',
      subscriberId: 'sub_m',
    });
    for (const token of [unsubscribeToken, forged, 'nope', '']) {
      const path = `/subscribe/manage?token=${encodeURIComponent(token)}`;
      expect((await request(path)).status).toBe(400);
      expect((await postForm(path, 'styles=weekly-update')).status).toBe(400);
    }
    expect((await storeOf(env.DB).subscribers.get('sub_m'))?.styles).toEqual([
      'daily-snapshot',
      'sector-recap',
      'weekly-update',
    ]);
  });
});

describe('security headers of the subscribe pages', () => {
  it('signup, manage, confirm and unsubscribe (pages, posts and refusals) are not cached, leak no referrer and cannot be framed', async () => {
    await seedSubscriber(env.DB, 'sub_h', 'h@example.com', 'confirmed');
    const manage = await manageLinkFromEmail('sub_h', 'h@example.com');
    const answers = {
      signup: await request('/subscribe'),
      manage: await request(manage),
      'manage post': await postForm(manage, 'styles=daily-snapshot&styles_shown=1'),
      'bad manage link': await request('/subscribe/manage?token=forged'),
      confirm: await request('/subscribe/confirm?token=forged'),
      unsubscribe: await request('/unsubscribe?token=forged'),
      'unsubscribe post': await postForm('/unsubscribe?token=forged', 'List-Unsubscribe=One-Click'),
      'signup post': await postForm('/api/subscribe', 'email=h2%40example.com&styles_shown=1&styles=daily-snapshot'),
    };
    for (const [name, response] of Object.entries(answers)) {
      expect(response.headers.get('cache-control'), name).toBe('no-store');
      expect(response.headers.get('referrer-policy'), name).toBe('no-referrer');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, name).toContain("frame-ancestors 'none'");
      expect(policy, name).toContain("default-src 'none'");
      expect(policy, name).not.toContain('script-src');
    }
    expect(answers.manage.status).toBe(200);
    expect(answers['manage post'].status).toBe(200);
    expect(answers.confirm.status).toBe(400);
  });
});
