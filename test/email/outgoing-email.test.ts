// The three emails (brief, correction, confirmation) are assembled by one builder (buildOutgoingEmail): the parts an
// HTTP provider gets are the parts in the MIME, and the provider headers are exactly the List-* headers the MIME carries.
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildBriefEmail, buildUnsubscribeUrl } from '../../src/email/build-brief-email.ts';
import { buildConfirmEmail } from '../../src/email/build-confirm-email.ts';
import { buildCorrectionEmail } from '../../src/email/build-correction-email.ts';
import type { OutgoingEmail } from '../../src/email/email-provider.ts';
import {
  sampleBrief,
  sampleDate as date,
  sampleSettings as base,
  sampleSheet,
  sampleSubscriber as subscriber,
} from './sample-brief.ts';

async function allThree(settings: typeof base & { unsubscribeMailto?: string }) {
  return {
    brief: await buildBriefEmail({ brief: sampleBrief, sheet: sampleSheet, subscriber, settings, date }),
    correction: await buildCorrectionEmail({
      brief: { id: 'b1', title: 'Corrected title', editionDate: '2026-11-20', version: 2 },
      note: 'Fixed the BTC figure.',
      at: '2026-11-20T09:00:00.000Z',
      subscriber,
      settings,
      date,
    }),
    confirm: await buildConfirmEmail({ subscriber, settings, now: date }),
  };
}

/** The List-* headers of the MIME, as written. */
async function listHeaders(message: OutgoingEmail) {
  const parsed = await PostalMime.parse(message.raw);
  expect(parsed.subject).toBe(message.subject);
  // (the parser keeps the line break before the boundary, which belongs to the boundary)
  expect(parsed.text?.trimEnd()).toBe(message.text.trimEnd());
  expect(parsed.html?.trimEnd()).toBe(message.html.trimEnd());
  expect(parsed.to?.[0]?.address).toBe(message.to);
  const names = ['List-Unsubscribe', 'List-Unsubscribe-Post', 'List-Id'];
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = parsed.headers.find((h) => h.key === name.toLowerCase())?.value;
      return value === undefined ? [] : [[name, value]];
    }),
  );
}

describe('buildOutgoingEmail: one assembly for every email', () => {
  it.each([
    ['without', undefined],
    ['with', 'unsubscribe@groundbrief.test'],
  ])(
    'the provider gets the MIME parts and exactly its List-* headers (%s an unsubscribe mailto)',
    async (_, mailto) => {
      const settings = { ...base, ...(mailto ? { unsubscribeMailto: mailto } : {}) };
      const { brief, correction, confirm } = await allThree(settings);
      const link = `<${await buildUnsubscribeUrl(settings, subscriber.id)}>${mailto ? `, <mailto:${mailto}>` : ''}`;
      const oneClick = { 'List-Unsubscribe': link, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
      expect(brief.headers).toEqual({ ...oneClick, 'List-Id': 'groundbrief morning brief <morning.groundbrief.test>' });
      expect(correction.headers).toEqual(oneClick);
      expect(confirm.headers).toEqual({});
      for (const message of [brief, correction, confirm]) {
        expect(message.from).toBe(base.from);
        expect(await listHeaders(message)).toEqual(message.headers);
      }
      expect([brief.idempotencyKey, correction.idempotencyKey, confirm.idempotencyKey]).toEqual([
        `brief/${sampleBrief.id}/sub_42`,
        'correction/b1/v2/sub_42',
        `confirm/sub_42/${date.getTime()}`,
      ]);
    },
  );
});
