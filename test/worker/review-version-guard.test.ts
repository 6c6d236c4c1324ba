import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { createReviewStore } from '../../src/http/review/review-store.ts';
import { resetDb, seedBrief } from './review-helpers.ts';

beforeEach(resetDb);

describe('a decision applies to the version it was made on', () => {
  it('moveStatus refuses when the brief moved past the version the editor saw, and takes the current one', async () => {
    const { id } = await seedBrief({ contradict: true }); // the seeding edit made version 2
    const { version } = (await env.DB.prepare('SELECT version FROM briefs WHERE id = ?').bind(id).first<{ version: number }>())!;
    expect(version).toBe(2);
    const review = createReviewStore(env.DB);
    const entry = { actor: 'editor:test', action: 'approved', at: '2026-11-20T08:00:00.000Z' };
    expect(await review.moveStatus({ id, from: 'needs_review', to: 'published', version: 1, entry })).toBe(false);
    const after = (await env.DB.prepare('SELECT status FROM briefs WHERE id = ?').bind(id).first<{ status: string }>())!;
    expect(after.status).toBe('needs_review');
    const audits = await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE brief_id = ? AND action = 'approved'").bind(id).first<{ n: number }>();
    expect(audits?.n).toBe(0);
    expect(await review.moveStatus({ id, from: 'needs_review', to: 'published', version: 2, entry })).toBe(true);
  });
});
