// The signup form's fields as /api/subscribe reads them (the home page's form and GET /subscribe post the same names).

/** What a subscribe request carried: `styles` undefined means "no choice made" (every style). */
export type SubscribeBody = { email: unknown; styles?: unknown; wantsHtml: boolean };

/**
 * The name of a hidden field a form sends beside its `styles` checkboxes: with it, no ticked box is an empty choice
 * (refused) rather than "no choice" (every style). Forms without checkboxes simply leave it out.
 */
export const STYLES_SHOWN_FIELD = 'styles_shown';

/** Reads a parsed form body (`parseBody({ all: true })`): `styles` may come once or repeated. */
export function readSubscribeForm(body: Record<string, unknown>): Omit<SubscribeBody, 'wantsHtml'> {
  const email = Array.isArray(body.email) ? body.email[0] : body.email;
  const styles = body.styles ?? (body[STYLES_SHOWN_FIELD] !== undefined ? [] : undefined);
  return styles === undefined ? { email } : { email, styles };
}
