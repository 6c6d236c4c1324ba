import type { BriefStyle } from '../../domain/brief.ts';
import { allSubscriptionStyles, subscriptionStyles } from '../../domain/subscription-styles.ts';
import { escapeHtml } from '../../lib/html.ts';
import { STYLES_SHOWN_FIELD } from './read-subscribe-form.ts';

/**
 * A small self-contained page (no script) for the subscribe/confirm/unsubscribe answers. `html` is trusted markup
 * (already escaped, e.g. renderStylesForm) placed after the message.
 */
export function renderSubscribePage(input: {
  title: string;
  message: string;
  form?: { action: string; button: string };
  html?: string;
}): string {
  const form = input.form
    ? `<form method="post" action="${escapeHtml(input.form.action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(input.form.button)}</button></form>`
    : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>${escapeHtml(input.title)} - groundbrief</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem;cursor:pointer}${formStyle}</style></head>
<body><p><strong>groundbrief</strong></p><h1>${escapeHtml(input.title)}</h1><p>${escapeHtml(input.message)}</p>${input.html ?? ''}${form}</body></html>`;
}

const formStyle =
  'fieldset{border:1px solid #8884;border-radius:8px;padding:.75rem 1rem;margin:1rem 0}legend{font-weight:600;padding:0 .25rem}' +
  'label{display:block;margin:.4rem 0}label small{display:block;margin-left:1.6rem;opacity:.75}' +
  'input[type=email]{font:inherit;padding:.45rem .6rem;width:100%;box-sizing:border-box;max-width:24rem}' +
  '.gb-error{color:#b42318;font-weight:600}.gb-ok{color:#067647;font-weight:600}';

/**
 * The style checkboxes (name `styles`, one per style, `checked` ones ticked) and the hidden `styles_shown` field, so an
 * all-unticked form is an empty choice the server refuses rather than "every style".
 */
export function renderStyleChoices(checked: readonly BriefStyle[]): string {
  const boxes = subscriptionStyles
    .map(
      ({ style, label, description }) =>
        `<label><input type="checkbox" name="styles" value="${style}"${checked.includes(style) ? ' checked' : ''}> ${escapeHtml(label)}<small>${escapeHtml(description)}</small></label>`,
    )
    .join('');
  return `<fieldset><legend>Your briefs</legend>${boxes}<input type="hidden" name="${STYLES_SHOWN_FIELD}" value="1"></fieldset>`;
}

/** The signup form of GET /subscribe: email and style choices, posted to /api/subscribe (double opt-in follows). */
export function renderSignupForm(input: { action: string; checked?: readonly BriefStyle[] }): string {
  return `<form method="post" action="${escapeHtml(input.action)}"><label for="email">Email address</label><input type="email" id="email" name="email" required autocomplete="email" maxlength="254" placeholder="you@example.com">${renderStyleChoices(input.checked ?? allSubscriptionStyles)}<button type="submit">Subscribe</button></form>`;
}

/**
 * The manage page's body: the style form (posted back to `action`), a notice, and an unsubscribe form posting to the
 * subscriber's signed one-click unsubscribe URL.
 */
export function renderManageForms(input: {
  action: string;
  unsubscribeAction: string;
  checked: readonly BriefStyle[];
  notice?: { kind: 'ok' | 'error'; text: string };
}): string {
  const notice = input.notice
    ? `<p class="gb-${input.notice.kind}" role="${input.notice.kind === 'error' ? 'alert' : 'status'}">${escapeHtml(input.notice.text)}</p>`
    : '';
  return `${notice}<form method="post" action="${escapeHtml(input.action)}">${renderStyleChoices(input.checked)}<button type="submit">Save my choices</button></form>
<form method="post" action="${escapeHtml(input.unsubscribeAction)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><p>Or stop every email:</p><button type="submit">Unsubscribe</button></form>`;
}
