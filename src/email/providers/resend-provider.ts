// Adapter for the Resend HTTP API (POST https://api.resend.com/emails), key in the RESEND_API_KEY secret.
import { PermanentEmailError, TransientEmailError, type EmailProvider, type OutgoingEmail, type SendResult } from '../email-provider.ts';

const RESEND_URL = 'https://api.resend.com/emails';

type ResendError = { name?: string; message?: string; statusCode?: number };

/**
 * Resend provider. Sends the HTML and text parts with our List-Unsubscribe headers and an
 * `Idempotency-Key` (Resend keeps keys 24 h), so a retry after an unknown outcome cannot send twice.
 * Status mapping: 429, 5xx, 409 concurrent_idempotent_requests and network errors are transient;
 * other 4xx (validation_error, invalid_api_key, invalid_idempotent_request, ...) are permanent.
 */
export function createResendProvider(input: { apiKey: string; fetch?: typeof fetch; url?: string }): EmailProvider {
  const doFetch = input.fetch ?? ((url, init) => fetch(url, init));
  const url = input.url ?? RESEND_URL;
  return {
    name: 'resend',
    idempotent: true,
    async send(message: OutgoingEmail): Promise<SendResult> {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${input.apiKey}`,
            'content-type': 'application/json',
            'idempotency-key': message.idempotencyKey.slice(0, 256),
          },
          body: JSON.stringify({
            from: message.from,
            to: [message.to],
            subject: message.subject,
            html: message.html,
            text: message.text,
            headers: message.headers,
          }),
        });
      } catch (cause) {
        throw new TransientEmailError('resend', `[POST] "${url}": network error`, { cause });
      }
      const body = (await response.json().catch(() => ({}))) as ResendError & { id?: string };
      if (response.ok && typeof body.id === 'string') return { id: body.id };
      const detail = `[POST] "${url}": ${response.status} ${body.name ?? response.statusText}${body.message ? ` (${body.message})` : ''}`;
      const retryAfter = Number(response.headers.get('retry-after'));
      const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
      if (response.ok) throw new TransientEmailError('resend', `${detail}: response without id`, { status: response.status });
      if (response.status === 429 || response.status >= 500 || body.name === 'concurrent_idempotent_requests')
        throw new TransientEmailError('resend', detail, { status: response.status, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
      throw new PermanentEmailError('resend', detail, { status: response.status });
    },
  };
}
