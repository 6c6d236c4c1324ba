// Adapter for Cloudflare's send_email binding (EMAIL). Imports 'cloudflare:email': only the Worker may import this file.
import { EmailMessage } from 'cloudflare:email';
import {
  PermanentEmailError,
  TransientEmailError,
  type EmailProvider,
  type OutgoingEmail,
  type SendResult,
} from '../email-provider.ts';
import { parseMailbox } from '../mime-encoding.ts';

/**
 * Sends the complete MIME message through the binding (envelope from = the From address, as the
 * binding requires). The binding throws plain Errors, so errors cannot be told apart by type: a
 * TypeError (our own malformed call) is permanent, anything else transient; the outbox bounds the
 * attempts, so an error that keeps coming back ends as a recorded failure. Locally (wrangler dev)
 * the binding writes each message to a file under .wrangler/tmp and logs its path.
 */
export function createCloudflareEmailProvider(binding: SendEmail): EmailProvider {
  return {
    name: 'cloudflare',
    idempotencyWindowMs: null,
    async send(message: OutgoingEmail): Promise<SendResult> {
      const envelopeFrom = parseMailbox(message.from).address;
      const envelopeTo = parseMailbox(message.to).address;
      try {
        const result = await binding.send(new EmailMessage(envelopeFrom, envelopeTo, message.raw));
        return { id: result?.messageId ?? message.headers['Message-ID'] ?? message.idempotencyKey };
      } catch (cause) {
        const text = cause instanceof Error ? cause.message : String(cause);
        if (cause instanceof TypeError)
          throw new PermanentEmailError('cloudflare', `send_email refused the message: ${text}`, { cause });
        throw new TransientEmailError('cloudflare', `send_email failed: ${text}`, { cause });
      }
    },
  };
}
