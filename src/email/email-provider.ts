/** The port every email provider implements, and its typed errors. */

/** One message, ready to send: the MIME `raw` and its parts (HTTP providers want the parts). */
export type OutgoingEmail = {
  /** `groundbrief <brief@example.com>`. */
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The complete RFC 5322 message (from buildMime). */
  raw: string;
  /** Headers the provider must carry beyond from/to/subject: List-Unsubscribe, List-Unsubscribe-Post, Message-ID. */
  headers: Record<string, string>;
  /** Stable per logical send, e.g. `brief/<briefId>/<subscriberId>`; providers that support it dedupe on it. */
  idempotencyKey: string;
};

export type SendResult = { id: string };

export interface EmailProvider {
  readonly name: string;
  /**
   * How long after a first send a re-send with the same `idempotencyKey` cannot deliver twice (ms), or null when the
   * provider has no idempotency key (a re-send may duplicate). Resend keeps keys 24 h (resendIdempotencyWindowMs).
   */
  readonly idempotencyWindowMs: number | null;
  /** Sends one message. Throws TransientEmailError (retry later) or PermanentEmailError (give up). */
  send(message: OutgoingEmail): Promise<SendResult>;
}

/** Base class: `kind` drives retry decisions, never the message text. */
export abstract class EmailSendError extends Error {
  abstract readonly kind: 'transient' | 'permanent' | 'unknown';
  readonly provider: string;
  readonly status: number | undefined;
  constructor(provider: string, message: string, options?: { cause?: unknown; status?: number }) {
    super(`[${provider}] ${message}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.provider = provider;
    this.status = options?.status;
  }
}

/** Worth retrying later: rate limits, 5xx, network failures, unknown runtime errors. */
export class TransientEmailError extends EmailSendError {
  readonly kind = 'transient' as const;
  readonly retryAfterSeconds: number | undefined;
  constructor(
    provider: string,
    message: string,
    options?: { cause?: unknown; status?: number; retryAfterSeconds?: number },
  ) {
    super(provider, message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** Retrying cannot help: invalid address, rejected sender, bad credentials, validation errors. */
export class PermanentEmailError extends EmailSendError {
  readonly kind = 'permanent' as const;
}

/**
 * The provider refused the send because an earlier request with the same idempotency key exists but differs (Resend
 * `409 invalid_idempotent_request`, e.g. the brief was corrected between an interrupted send and its retry): that
 * earlier send may well have gone out. Never retried; the outbox records the row as `unknown` for the editor.
 */
export class OutcomeUnknownEmailError extends EmailSendError {
  readonly kind = 'unknown' as const;
}
