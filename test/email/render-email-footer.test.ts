// One email footer (renderEmailFooter) for the brief, correction and confirmation emails: the same manage and
// one-click unsubscribe links and the same postal address line, HTML and text.
import { describe, expect, it } from 'vitest';
import { buildBriefEmail, buildManageUrl, buildUnsubscribeUrl } from '../../src/email/build-brief-email.ts';
import { buildConfirmEmail } from '../../src/email/build-confirm-email.ts';
import { renderEmailFooter } from '../../src/email/render-email-footer.ts';
import { buildCorrectionEmail } from '../../src/email/build-correction-email.ts';
import {
  sampleBrief,
  sampleDate as date,
  sampleSettings,
  sampleSheet,
  sampleSubscriber as subscriber,
} from './sample-brief.ts';

const settings = {
  ...sampleSettings,
  unsubscribeMailto: 'unsubscribe@groundbrief.test',
  postalAddress: '1 Example Street, Example City & Co',
};

describe('renderEmailFooter', () => {
  it('escapes the postal address and refuses an unsafe link', () => {
    const footer = renderEmailFooter({
      postalAddress: '<b>1 Street</b>',
      links: { manageUrl: 'javascript:alert(1)', unsubscribeUrl: 'https://x.test/u?a=1&b=2' },
    });
    expect(footer.html).toContain('groundbrief, &lt;b&gt;1 Street&lt;/b&gt;');
    expect(footer.html).toContain('href="#"');
    expect(footer.html).toContain('href="https://x.test/u?a=1&amp;b=2"');
    expect(footer.text).toEqual([
      'Choose your briefs: javascript:alert(1)',
      'Unsubscribe (one click): https://x.test/u?a=1&b=2',
      '',
      'groundbrief, <b>1 Street</b>',
    ]);
  });

  it('the brief and correction emails end with the same footer, the confirmation email with its postal line', async () => {
    const links = {
      manageUrl: await buildManageUrl(settings, subscriber.id),
      unsubscribeUrl: await buildUnsubscribeUrl(settings, subscriber.id),
    };
    const withLinks = renderEmailFooter({ postalAddress: settings.postalAddress, links });
    const brief = await buildBriefEmail({ brief: sampleBrief, sheet: sampleSheet, subscriber, settings, date });
    const correction = await buildCorrectionEmail({
      brief: { id: sampleBrief.id, title: sampleBrief.title, editionDate: sampleBrief.editionDate, version: 2 },
      note: 'Fixed the BTC figure.',
      at: '2026-11-20T09:00:00.000Z',
      subscriber,
      settings,
      date,
    });
    for (const message of [brief, correction]) {
      expect(message.html).toContain(withLinks.html);
      expect(message.text).toContain(`\n${withLinks.text.join('\n')}\n`);
    }
    const postalOnly = renderEmailFooter({ postalAddress: settings.postalAddress });
    const confirm = await buildConfirmEmail({ subscriber, settings, now: date });
    expect(confirm.html).toContain(postalOnly.html);
    expect(confirm.text).toContain(`\n${postalOnly.text.join('\n')}\n`);
    expect(confirm.html).not.toContain('Choose your briefs');
  });
});
