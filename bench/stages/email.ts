/**
 * Bench: the morning email for the fixtures day: render once per brief (HTML + text), then per subscriber sign
 * the unsubscribe link and build the MIME message (medians); plus the sizes a mail client receives.
 */
import { medianMs } from '../median.ts';
import { buildOfflineEmail, buildOfflineEmailInput } from '../../src/cli/commands/email.ts';
import { createBriefEmailComposer } from '../../src/email/build-brief-email.ts';

export const name = 'email (render + sign + MIME, fixtures day)';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run() {
  // the same brief, charts and settings as the CLI's offline email (whose sizes are reported below)
  const { email: input } = await buildOfflineEmailInput();
  let n = 0;
  const renderOnce = await medianMs(() => createBriefEmailComposer(input), { runs: 50, warmup: 5 });
  const compose = createBriefEmailComposer(input);
  const perMessage = await medianMs(() => compose({ id: `sub_${n++}`, email: 'reader@example.com' }, input.date), {
    runs: 50,
    warmup: 5,
  });
  const { email } = await buildOfflineEmail();
  const encoder = new TextEncoder();
  return [
    { figure: 'render the brief once per round (median)', value: `${renderOnce.toFixed(2)} ms` },
    { figure: 'each subscriber message: sign + MIME (median)', value: `${perMessage.toFixed(2)} ms` },
    { figure: 'HTML part (limit 100 KiB)', value: kib(encoder.encode(email.html).length) },
    { figure: 'text part', value: kib(encoder.encode(email.text).length) },
    { figure: 'complete MIME message', value: kib(email.raw.length) },
  ];
}
