// Seeds for the email workerd tests: briefs and subscribers written straight into the real local D1.
import type { DeliverDeps } from '../../src/email/deliver.ts';
import { parseEmailConfig } from '../../src/email/email-config.ts';
import type { EmailProvider, OutgoingEmail } from '../../src/email/email-provider.ts';
import type { Env } from '../../src/env.ts';
import { buildServices } from '../../src/services.ts';
import { createStore } from '../../src/store/index.ts';
import { sampleBrief, sampleSheet } from '../email/sample-brief.ts';

export const emailVars = {
  EMAIL_FROM: 'groundbrief <brief@groundbrief.test>',
  EMAIL_LINK_SECRET: 'email-link-secret-for-tests-0123456789',
  PUBLIC_BASE_URL: 'https://groundbrief.test',
};

export async function resetEmailTables(db: D1Database): Promise<void> {
  await db.batch(
    [
      'DELETE FROM outbox',
      'DELETE FROM subscribers',
      'DELETE FROM audit_log',
      'DELETE FROM snapshots',
      'DELETE FROM claims',
      'DELETE FROM briefs',
    ].map((sql) => db.prepare(sql)),
  );
}

/** A brief row with the sample markdown and (for the chart) a snapshot row holding the sample sheet. */
export async function seedBrief(
  db: D1Database,
  input: {
    id: string;
    status: 'published' | 'needs_review' | 'approved';
    editionDate: string;
    style?: 'daily-snapshot' | 'sector-recap' | 'weekly-update';
  },
): Promise<void> {
  const at = `${input.editionDate}T06:00:00.000Z`;
  const report = {
    ok: input.status === 'published',
    counts: { supported: 3, contradicted: 0, unsupported: 0, 'supported-by-source': 0 },
    claims: [],
    ignored: [],
  };
  await db.batch([
    db
      .prepare(`INSERT INTO briefs (id, edition_date, style, status, title, dek, markdown, report_json, writer_json, version, created_at, updated_at, published_at)
      VALUES (?1, ?2, ?11, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, ?9, ?10)`)
      .bind(
        input.id,
        input.editionDate,
        input.status,
        sampleBrief.title,
        sampleBrief.dek ?? null,
        sampleBrief.markdown,
        JSON.stringify(report),
        JSON.stringify(sampleBrief.writer),
        at,
        input.status === 'published' ? at : null,
        input.style ?? 'daily-snapshot',
      ),
    db
      .prepare(
        `INSERT INTO snapshots (brief_id, snapshot_json, sheet_json, run_json, created_at) VALUES (?1, '{}', ?2, '{}', ?3)`,
      )
      .bind(input.id, JSON.stringify({ ...sampleSheet, editionDate: input.editionDate, sources: [] }), at),
  ]);
}

export async function seedSubscriber(
  db: D1Database,
  id: string,
  email: string,
  status: 'pending' | 'confirmed' | 'unsubscribed',
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO subscribers (id, email, status, created_at, confirmed_at) VALUES (?1, ?2, ?3, '2026-11-01T00:00:00Z', ?4)`,
    )
    .bind(id, email, status, status === 'confirmed' ? '2026-11-01T00:01:00Z' : null)
    .run();
}

/** A provider that records every message and can fail chosen attempts (by recipient). */
export function createRecordingProvider(
  failures: (message: OutgoingEmail, attempt: number) => Error | null = () => null,
) {
  const sent: OutgoingEmail[] = [];
  const attempts = new Map<string, number>();
  const provider: EmailProvider = {
    name: 'recording',
    idempotencyWindowMs: null,
    async send(message) {
      const attempt = (attempts.get(message.to) ?? 0) + 1;
      attempts.set(message.to, attempt);
      const error = failures(message, attempt);
      if (error) throw error;
      sent.push(message);
      return { id: `rec-${sent.length}` };
    },
  };
  return { provider, sent, attempts };
}

type MailerOptions = { provider?: EmailProvider; now?: () => Date };

/** The Worker's mailer over `workerEnv`, with the test's provider and clock (through the composition root). */
export function mailerFor(workerEnv: Env, options: MailerOptions = {}) {
  return buildServices(workerEnv, {
    ...(options.provider ? { emailProvider: options.provider } : {}),
    ...(options.now ? { now: options.now } : {}),
  }).email;
}

/** The deliverOutbox ports over the real D1, with the test's provider and clock. */
export function deliverDepsFor(workerEnv: Env, options: { provider: EmailProvider; now: () => Date }): DeliverDeps {
  return {
    store: createStore(workerEnv.DB, options.now),
    provider: options.provider,
    settings: parseEmailConfig(workerEnv, { checkProvider: false }),
    now: options.now,
  };
}

/** The store over the pool's D1 (repositories only; the clock stamps nothing the tests read). */
export const storeOf = (db: D1Database) => createStore(db, () => new Date());
