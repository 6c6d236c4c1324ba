import { escapeHtml } from '../../lib/html.ts';

/** A small self-contained page (no script) for the subscribe/confirm/unsubscribe answers. */
export function renderSubscribePage(input: {
  title: string;
  message: string;
  form?: { action: string; button: string };
}): string {
  const form = input.form
    ? `<form method="post" action="${escapeHtml(input.form.action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(input.form.button)}</button></form>`
    : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>${escapeHtml(input.title)} - groundbrief</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem;cursor:pointer}</style></head>
<body><p><strong>groundbrief</strong></p><h1>${escapeHtml(input.title)}</h1><p>${escapeHtml(input.message)}</p>${form}</body></html>`;
}
