/**
 * Bench: the morning email for the fixtures day: render (HTML + text) + sign the unsubscribe link + build the
 * MIME message, median per subscriber; plus the sizes a mail client receives.
 */
import { medianMs } from '../median.ts';
import { buildOfflineEmail, exampleBaseUrl, exampleFrom } from '../../src/cli/commands/email.ts';
import { buildBriefEmail } from '../../src/email/build-brief-email.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { produceBrief } from '../../src/pipeline/produce-brief.ts';

export const name = 'email (render + sign + MIME, fixtures day)';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run() {
  const snapshot = await loadSnapshot();
  const outcome = await produceBrief({ snapshot, registry: defaultRegistry, style: 'daily-snapshot', writer: templateWriter, elapsedMs: () => performance.now() });
  const { brief } = outcome;
  const input = {
    brief: { id: `${brief.editionDate}-${brief.style}`, title: brief.title, dek: brief.dek ?? null, markdown: brief.markdown, editionDate: brief.editionDate, writer: brief.writer },
    sheet: outcome.sheet,
    settings: { from: exampleFrom, baseUrl: exampleBaseUrl, linkSecret: 'bench-link-secret-0123456789' },
    date: new Date(snapshot.asOf),
  };
  let n = 0;
  const perMessage = await medianMs(() => buildBriefEmail({ ...input, subscriber: { id: `sub_${n++}`, email: 'reader@example.com' } }), { runs: 50, warmup: 5 });
  const { email } = await buildOfflineEmail();
  const encoder = new TextEncoder();
  return [
    { figure: 'build one subscriber message (median)', value: `${perMessage.toFixed(2)} ms` },
    { figure: 'HTML part (limit 100 KiB)', value: kib(encoder.encode(email.html).length) },
    { figure: 'text part', value: kib(encoder.encode(email.text).length) },
    { figure: 'complete MIME message', value: kib(email.raw.length) },
  ];
}
