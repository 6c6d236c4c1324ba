// migrations/0004's SQL backfill of subscribers.address_key and normalizeAddressKey (every later row) give the same key,
// so a subscriber from before 0004 and the same reader signing up again are one recipient for the throttle.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { normalizeAddressKey } from '../../src/email/normalize-address.ts';
import { resetDb } from './review-helpers.ts';

/** The statements of 0004 that compute address_key, as the migration runner applies them. */
function backfillStatements(): string[] {
  const migration = env.TEST_MIGRATIONS.find((entry) => entry.name.startsWith('0004_'));
  const statements = (migration?.queries ?? []).filter((query) => /UPDATE subscribers\s+SET address_key/.test(query));
  if (statements.length < 3)
    throw new Error(`0004: expected the three address_key updates, found ${statements.length}`);
  return statements;
}

const addresses = [
  'name@example.com',
  'Name+1@Example.COM',
  'name+a+b@example.com',
  '+tag@example.com',
  'first.last@example.com',
  'A.n.n+x@GoogleMail.com',
  'a.nn@gmail.com',
  // Refused at sign-up (subscribeInputSchema), but a row may hold one: the first '@' splits, in SQL and in code.
  'a+x@b@example.com',
  'a@b+c@example.com',
  'x.y@gmail.com@example.com',
  'a.b@x@gmail.com',
];

beforeEach(resetDb);

describe('address_key: 0004 backfill = normalizeAddressKey', () => {
  it('gives every address the key the code computes', async () => {
    await env.DB.batch(
      addresses.map((email, index) =>
        env.DB.prepare(
          `INSERT INTO subscribers (id, email, status, created_at) VALUES (?1, ?2, 'confirmed', '2026-11-01T00:00:00Z')`,
        ).bind(`sub_${index}`, email),
      ),
    );
    for (const statement of backfillStatements()) await env.DB.prepare(statement).run();
    const { results } = await env.DB.prepare('SELECT email, address_key FROM subscribers ORDER BY id').all<{
      email: string;
      address_key: string;
    }>();
    expect(results.map((row) => [row.email, row.address_key])).toEqual(
      results.map((row) => [row.email, normalizeAddressKey(row.email)]),
    );
    expect(results).toHaveLength(addresses.length);
  });
});
