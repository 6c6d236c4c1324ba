// The correction email goes through the outbox like the edition email (workerd, real local D1): queued with the
// correction in one write for every reader the edition email reached (sent or outcome unknown; no cap), delivered with
// retries and idempotency keys, exactly once per subscriber and correction, skipped after a withdrawal, and an
// interrupted send is settled on the desk.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { deliverOutbox } from '../../src/email/deliver.ts';
import { TransientEmailError } from '../../src/email/email-provider.ts';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';
import { createRecordingProvider, deliverDepsFor, seedSubscriber } from './email-seed.ts';
import { apiHeaders, app, auditActions, fetchReviewJson, postForm, resetDb } from './review-helpers.ts';
import { apiPost, clockFrom, editorSession, mailEnv, publishedBrief } from './shared-setup.ts';

// after any time the Worker's own clock stamps on the rows (the correction queues them due at once)
const clock = clockFrom(new Date('2099-01-01T00:00:00.000Z'));

beforeEach(resetDb);

async function correct(
  brief: { id: string; title: string },
  markdown: string,
  note: string,
  notify: boolean,
  request = app.request.bind(app),
  ctx?: ExecutionContext,
) {
  const response = await request(
    `/api/review/${brief.id}/correct`,
    {
      method: 'POST',
      headers: apiHeaders,
      body: JSON.stringify({ title: brief.title, markdown, note, notifySubscribers: notify }),
    },
    mailEnv,
    ctx,
  );
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { brief: { version: number } }).brief.version;
}

async function outbox(briefId: string) {
  const { results } = await env.DB.prepare(
    `SELECT subscriber_id, correction_version, status, attempts FROM outbox WHERE brief_id = ?
     ORDER BY correction_version, subscriber_id`,
  )
    .bind(briefId)
    .all<{ subscriber_id: string; correction_version: number; status: string; attempts: number }>();
  return results;
}

/** The edition email of `briefId` as sent to each of `subscriberIds` (the readers its corrections go to). */
async function editionSent(briefId: string, subscriberIds: string[]) {
  for (const id of subscriberIds)
    await env.DB.prepare(
      `INSERT INTO outbox (brief_id, subscriber_id, status, attempts, created_at, sent_at, next_attempt_at)
       VALUES (?1, ?2, 'sent', 1, '2026-12-06T06:00:00Z', '2026-12-06T06:00:01Z', '2026-12-06T06:00:00Z')`,
    )
      .bind(briefId, id)
      .run();
}

/** The outbox rows of one correction (its version). */
async function correctionRows(briefId: string, version: number) {
  return (await outbox(briefId)).filter((row) => row.correction_version === version);
}

describe('correction email through the outbox', () => {
  it('goes only to the readers the edition email was sent to (sent, or an unknown outcome), not to later subscribers', async () => {
    const brief = await publishedBrief();
    const readers = [
      ['sub_sent', 'sent'],
      ['sub_unknown', 'unknown'],
      ['sub_failed', 'failed'],
      ['sub_queued', 'queued'],
      ['sub_left', 'sent'],
    ] as const;
    for (const [id] of readers) await seedSubscriber(env.DB, id, `${id}@example.com`, 'confirmed');
    // subscribed after the edition went out: never had it, so no correction either
    await seedSubscriber(env.DB, 'sub_later', 'later@example.com', 'confirmed');
    for (const [id, status] of readers)
      await env.DB.prepare(
        `INSERT INTO outbox (brief_id, subscriber_id, status, attempts, created_at, next_attempt_at)
         VALUES (?1, ?2, ?3, 1, '2026-12-06T06:00:00Z', '2026-12-06T06:00:00Z')`,
      )
        .bind(brief.id, id, status)
        .run();
    await env.DB.prepare(`UPDATE subscribers SET status = 'unsubscribed' WHERE id = 'sub_left'`).run();

    const version = await correct(brief, `${brief.body}\nA fix for the readers.\n`, 'A fix', true);
    const queued = (await outbox(brief.id)).filter((row) => row.correction_version === version);
    expect(queued.map((row) => row.subscriber_id)).toEqual(['sub_sent', 'sub_unknown']);

    const recording = createRecordingProvider();
    await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: clock(0) }));
    const corrections = recording.sent.filter((message) => message.subject.startsWith('Correction: '));
    expect(corrections.map((message) => message.to).sort()).toEqual([
      'sub_sent@example.com',
      'sub_unknown@example.com',
    ]);
  });

  it('also goes to a reader whose edition email was being sent as the correction landed (composed from the old text)', async () => {
    const brief = await publishedBrief();
    await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
    await seedSubscriber(env.DB, 'sub_b', 'b@example.com', 'confirmed');
    await env.DB.prepare(
      `INSERT INTO outbox (brief_id, subscriber_id, status, attempts, created_at, next_attempt_at)
       SELECT ?1, id, 'queued', 0, '2026-12-06T06:00:00Z', '2026-12-06T06:00:00Z' FROM subscribers`,
    )
      .bind(brief.id)
      .run();
    // a delivery round claimed both edition emails and composed them from the text before the correction
    const round = await deliverOutbox(
      deliverDepsFor(mailEnv, {
        provider: {
          name: 'recording',
          idempotencyWindowMs: null,
          async send(message) {
            if (message.to === 'a@example.com') {
              // the editor publishes the correction while this round is sending
              await correct(brief, `${brief.body}\nFixed while sending.\n`, 'Fixed while sending', true);
            }
            return { id: `sent-${message.to}` };
          },
        },
        now: clock(0),
      }),
      { concurrency: 1 },
    );
    expect(round).toMatchObject({ claimed: 2, sent: 2 });
    const rows = await outbox(brief.id);
    expect(rows.filter((row) => row.correction_version > 0).map((row) => row.subscriber_id)).toEqual([
      'sub_a',
      'sub_b',
    ]);
  });

  it('is queued with the correction for the readers still subscribed to the style, then sent once each, with retries', async () => {
    const brief = await publishedBrief();
    await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
    await seedSubscriber(env.DB, 'sub_b', 'b@example.com', 'confirmed');
    await seedSubscriber(env.DB, 'sub_p', 'pending@example.com', 'pending');
    await seedSubscriber(env.DB, 'sub_u', 'gone@example.com', 'unsubscribed');
    await seedSubscriber(env.DB, 'sub_w', 'weekly@example.com', 'confirmed');
    await env.DB.prepare(`UPDATE subscribers SET styles = 'weekly-update' WHERE id = 'sub_w'`).run();
    // all five had the edition email; since then one is pending again, one left and one dropped the style
    await editionSent(brief.id, ['sub_a', 'sub_b', 'sub_p', 'sub_u', 'sub_w']);

    await correct(brief, `${brief.body}\nA quiet fix.\n`, 'Fixed a typo', false);
    expect(await correctionRows(brief.id, 2)).toEqual([]);
    const version = await correct(brief, `${brief.body}\nA quiet fix.\nAnd a loud one.\n`, 'Added the context', true);
    expect(await correctionRows(brief.id, version)).toEqual([
      { subscriber_id: 'sub_a', correction_version: version, status: 'queued', attempts: 0 },
      { subscriber_id: 'sub_b', correction_version: version, status: 'queued', attempts: 0 },
    ]);
    // no best-effort counts any more: the outbox rows are the record
    expect((await auditActions(brief.id)).at(-1)).toMatchObject({ action: 'corrected', actor: 'api' });

    const recording = createRecordingProvider((message, attempt) =>
      message.to === 'b@example.com' && attempt === 1 ? new TransientEmailError('recording', 'try later') : null,
    );
    const round = (ms: number) =>
      deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: clock(ms) }));
    expect(await round(0)).toMatchObject({ claimed: 2, sent: 1, retrying: 1, remaining: 1 });
    expect(await round(1_000)).toMatchObject({ claimed: 0, remaining: 1 });
    expect(await round(5 * 60_000)).toMatchObject({ claimed: 1, sent: 1, remaining: 0 });
    expect(await round(10 * 60_000)).toMatchObject({ claimed: 0, sent: 0 });

    expect(recording.sent.map((message) => message.to).sort()).toEqual(['a@example.com', 'b@example.com']);
    const toB = recording.sent.find((message) => message.to === 'b@example.com')!;
    expect(toB.idempotencyKey).toBe(`correction/${brief.id}/v${version}/sub_b`);
    expect(toB.subject).toBe(`Correction: ${brief.title}`);
    expect(toB.text).toContain('Added the context');
    expect(toB.text).toContain(`https://groundbrief.test/briefs/${brief.id}`);
    expect(toB.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    for (const part of [toB.text, toB.html]) {
      expect(part).toMatch(/https:\/\/groundbrief\.test\/subscribe\/manage\?token=[\w.%-]+/);
      expect(part).toContain(env.GROUNDBRIEF_POSTAL_ADDRESS);
    }
    // the correction never queued the brief's edition email again
    expect((await outbox(brief.id)).filter((row) => row.correction_version === 0).map((row) => row.status)).toEqual(
      Array(5).fill('sent'),
    );
  });

  it('a retry sends the email as queued: the title the correction published, not one a later correction gave', async () => {
    const brief = await publishedBrief();
    await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
    await editionSent(brief.id, ['sub_a']);
    const queuedTitle = `${brief.title} (corrected)`;
    const version = await correct(
      { id: brief.id, title: queuedTitle },
      `${brief.body}\nA fix.\n`,
      'Renamed and fixed',
      true,
    );
    const attempts: { subject: string; text: string; key: string }[] = [];
    const recording = createRecordingProvider((message, attempt) => {
      attempts.push({ subject: message.subject, text: message.text, key: message.idempotencyKey });
      return attempt === 1 ? new TransientEmailError('recording', 'try later') : null;
    });
    const round = (ms: number) =>
      deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: clock(ms) }));
    expect(await round(0)).toMatchObject({ claimed: 1, retrying: 1 });
    // before the retry, a second correction (no email) renames the brief again
    const later = await correct(
      { id: brief.id, title: `${brief.title} (corrected again)` },
      `${brief.body}\nA fix.\nAnd another.\n`,
      'Renamed again',
      false,
    );
    expect(later).toBe(version + 1);
    expect((await fetchReviewJson(brief.id)).brief.title).toBe(`${brief.title} (corrected again)`);
    expect(await round(5 * 60_000)).toMatchObject({ claimed: 1, sent: 1 });

    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.subject).toBe(`Correction: ${queuedTitle}`);
    expect(attempts[0]!.text).toContain(`We corrected "${queuedTitle}"`);
    expect(attempts[1]).toEqual(attempts[0]);
    expect(recording.sent.map((message) => message.subject)).toEqual([`Correction: ${queuedTitle}`]);
  });

  it('reaches every reader of the edition, not the first 200', async () => {
    const brief = await publishedBrief();
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 230)
       INSERT INTO subscribers (id, email, status, created_at, confirmed_at)
       SELECT printf('sub_%03d', i), printf('r%03d@example.com', i), 'confirmed', '2026-11-01T00:00:00Z',
         '2026-11-01T00:01:00Z' FROM n`,
    ).run();
    await env.DB.prepare(
      `INSERT INTO outbox (brief_id, subscriber_id, status, attempts, created_at, sent_at, next_attempt_at)
       SELECT ?1, id, 'sent', 1, '2026-12-06T06:00:00Z', '2026-12-06T06:00:01Z', '2026-12-06T06:00:00Z' FROM subscribers`,
    )
      .bind(brief.id)
      .run();
    const version = await correct(brief, `${brief.body}\nOne more line.\n`, 'Added a line', true);
    expect((await correctionRows(brief.id, version)).length).toBe(230);

    const recording = createRecordingProvider();
    for (let i = 0; i < 4; i++)
      await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: clock(0) }), { batchSize: 90 });
    expect(new Set(recording.sent.map((message) => message.to)).size).toBe(230);
    expect(recording.sent).toHaveLength(230);
    expect((await correctionRows(brief.id, version)).every((row) => row.status === 'sent')).toBe(true);
  });

  it('is delivered in the background when the invocation can wait, and a subscriber gets edition and correction apart', async () => {
    const brief = await publishedBrief();
    await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
    // the subscriber already has the edition email (sent): the correction is a second, separate email
    await env.DB.prepare(
      `INSERT INTO outbox (brief_id, subscriber_id, status, attempts, created_at, sent_at, next_attempt_at)
       VALUES (?1, 'sub_a', 'sent', 1, '2026-12-06T06:00:00Z', '2026-12-06T06:00:01Z', '2026-12-06T06:00:00Z')`,
    )
      .bind(brief.id)
      .run();
    const recording = createRecordingProvider();
    const mailApp = createApp({
      services: (workerEnv, options) => buildServices(workerEnv, { ...options, emailProvider: recording.provider }),
    });
    const background: Promise<unknown>[] = [];
    const ctx = {
      waitUntil: (work: Promise<unknown>) => background.push(work),
      passThroughOnException() {},
      props: {},
    };
    const version = await correct(
      brief,
      `${brief.body}\nLate fix.\n`,
      'Late fix',
      true,
      mailApp.request.bind(mailApp),
      ctx as unknown as ExecutionContext,
    );
    await Promise.all(background);
    expect(background.length).toBeGreaterThan(0);
    expect(recording.sent.map((message) => [message.to, message.subject])).toEqual([
      ['a@example.com', `Correction: ${brief.title}`],
    ]);
    expect(await outbox(brief.id)).toEqual([
      { subscriber_id: 'sub_a', correction_version: 0, status: 'sent', attempts: 1 },
      { subscriber_id: 'sub_a', correction_version: version, status: 'sent', attempts: 1 },
    ]);
  });

  it('is skipped once the brief is withdrawn', async () => {
    const brief = await publishedBrief();
    await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
    await editionSent(brief.id, ['sub_a']);
    await correct(brief, `${brief.body}\nA fix.\n`, 'A fix', true);
    const withdrawn = await apiPost(`/api/review/${brief.id}/withdraw`, { reason: 'Wrong feed' });
    expect(withdrawn.status).toBe(200);
    const recording = createRecordingProvider();
    expect(await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: clock(0) }))).toMatchObject(
      {
        claimed: 1,
        skipped: 1,
        sent: 0,
      },
    );
    expect(recording.sent).toEqual([]);
  });

  it('an interrupted send with an unknown outcome is shown on the desk and settled there, per correction', async () => {
    const brief = await publishedBrief();
    await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
    await editionSent(brief.id, ['sub_a']);
    const version = await correct(brief, `${brief.body}\nA fix.\n`, 'A fix', true);
    await env.DB.prepare(`UPDATE outbox SET status = 'unknown', attempts = 1 WHERE correction_version = ?`)
      .bind(version)
      .run();
    const editor = await editorSession();
    const queue = await (await app.request('/review', { headers: { Cookie: editor.cookie } }, env)).text();
    expect(queue).toContain(`(correction, version ${version})`);
    expect(queue).toContain(`name="correction" value="${version}"`);

    // the edition email (version 0) of this subscriber is settled (sent): deciding on it settles nothing
    const wrong = await postForm('/review/email-unknown', editor, {
      brief: brief.id,
      subscriber: 'sub_a',
      decision: 'delivered',
    });
    expect(wrong.status).toBe(409);
    const right = await postForm('/review/email-unknown', editor, {
      brief: brief.id,
      subscriber: 'sub_a',
      correction: String(version),
      decision: 'delivered',
    });
    expect(right.status).toBe(303);
    expect(await outbox(brief.id)).toEqual([
      { subscriber_id: 'sub_a', correction_version: 0, status: 'sent', attempts: 1 },
      { subscriber_id: 'sub_a', correction_version: version, status: 'sent', attempts: 1 },
    ]);
    const last = (await auditActions(brief.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'email_unknown_marked_delivered', actor: 'editor:ana' });
    expect(JSON.parse(last.detail_json!)).toEqual({ subscriberId: 'sub_a', correctionVersion: version });
  });
});
