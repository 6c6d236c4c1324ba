import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../errors.ts';

/** Largest body an unauthenticated route reads: 8 KiB (a subscribe form or a sign-in form is a few hundred bytes). */
export const unauthenticatedBodyMaxBytes = 8 * 1024;

/**
 * Refuses a body over `maxBytes` with 413 PAYLOAD_TOO_LARGE before the route reads it: by Content-Length when
 * the client sent one, otherwise while streaming (reading stops at the cap, so a huge chunked body is never held).
 */
export function capBody(maxBytes = unauthenticatedBodyMaxBytes) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLargeError(`request body over ${maxBytes} bytes`);
    },
  });
}
