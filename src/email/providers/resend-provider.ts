// Adapter for the Resend HTTP API (POST https://api.resend.com/emails), key in the RESEND_API_KEY secret.
import {
  OutcomeUnknownEmailError,
  PermanentEmailError,
  TransientEmailError,
  type EmailProvider,
  type OutgoingEmail,
  type SendResult,
} from '../email-provider.ts';

const RESEND_URL = 'https://api.resend.com/emails';
/** Default time limit of one send (request + response body). */
export const RESEND_TIMEOUT_MS = 10_000;

/**
 * How long a retry with the same Idempotency-Key is safe: Resend dedupes a key for 24 h after the first request
 * (resend.com/docs/dashboard/emails/idempotency-keys); 23 h leaves an hour for clock skew and a slow sweep.
 */
export const resendIdempotencyWindowMs = 23 * 60 * 60 * 1000;

type ResendError = { name?: string; message?: string; statusCode?: number };

/**
 * Resend provider. Sends the HTML and text parts with our List-Unsubscribe headers and an
 * `Idempotency-Key` (Resend keeps keys 24 h), so a retry after an unknown outcome cannot send twice.
 * Status mapping: 429, 5xx, 409 concurrent_idempotent_requests and network errors are transient;
 * 409 invalid_idempotent_request (same key, different body: an earlier attempt was received) is an unknown outcome;
 * other 4xx (validation_error, invalid_api_key, ...) are permanent.
 * Each send is aborted after `timeoutMs` (default 10 s); a timeout is transient (safe to retry: idempotency key).
 */
export function createResendProvider(input: {
  apiKey: string;
  fetch?: typeof fetch;
  url?: string;
  timeoutMs?: number;
}): EmailProvider {
  const doFetch = input.fetch ?? ((url, init) => fetch(url, init));
  const url = input.url ?? RESEND_URL;
  const timeoutMs = input.timeoutMs ?? RESEND_TIMEOUT_MS;
  return {
    name: 'resend',
    idempotencyWindowMs: resendIdempotencyWindowMs,
    async send(message: OutgoingEmail): Promise<SendResult> {
      let response: Response;
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        response = await doFetch(url, {
          method: 'POST',
          signal,
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
        throw new TransientEmailError(
          'resend',
          `[POST] "${url}": ${signal.aborted ? `timed out after ${timeoutMs} ms` : 'network error'}`,
          { cause },
        );
      }
      const body = (await response.json().catch(() => ({}))) as ResendError & { id?: string };
      if (response.ok && typeof body.id === 'string') return { id: body.id };
      if (signal.aborted)
        throw new TransientEmailError(
          'resend',
          `[POST] "${url}": ${response.status}, body timed out after ${timeoutMs} ms`,
          { status: response.status, cause: signal.reason },
        );
      const detail = `[POST] "${url}": ${response.status} ${body.name ?? response.statusText}${body.message ? ` (${body.message})` : ''}`;
      const retryAfter = Number(response.headers.get('retry-after'));
      const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
      if (response.ok)
        throw new TransientEmailError('resend', `${detail}: response without id`, { status: response.status });
      if (response.status === 429 || response.status >= 500 || body.name === 'concurrent_idempotent_requests')
        throw new TransientEmailError('resend', detail, {
          status: response.status,
          ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
        });
      if (body.name === 'invalid_idempotent_request')
        throw new OutcomeUnknownEmailError('resend', `${detail}: an earlier send with this key may have gone out`, {
          status: response.status,
        });
      throw new PermanentEmailError('resend', detail, { status: response.status });
    },
  };
}
