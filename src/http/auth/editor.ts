import type { AppEnv } from '../app-env.ts';

/** The signed-in editor of one request. `actor` goes to the audit log (`editor:<name>`). */
export type Editor = { actor: string; sid: string; csrfToken: string };

/** Hono environment of the review pages: the app's bindings and services + the editor the auth middleware found. */
export type ReviewPageEnv = {
  Bindings: AppEnv['Bindings'];
  Variables: AppEnv['Variables'] & { editor: Editor; nonce: string };
};

/** Session cookie name; the `__Host-` prefix pins it to this host, path `/`, Secure. */
export const sessionCookieName = '__Host-gb_review';

/** Short-lived cookie holding the sign-in form's nonce (login CSRF). */
export const loginCookieName = '__Host-gb_login';

/** `editor:<name>`: name lower-cased, limited to letters, digits, `.`, `_`, `@`, `-`, at most 64 chars. */
export function buildEditorActor(name: string): string {
  const clean = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._@-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return `editor:${clean || 'editor'}`;
}
