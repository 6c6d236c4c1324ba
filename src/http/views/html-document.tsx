import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

/**
 * The `<head>` every JSX page shares (public pages and the review desk): charset, viewport, title, the optional robots
 * directive, the page's own tags (`children`: canonical, Open Graph, feed links), then its one inline stylesheet
 * (`nonce` when the response's Content-Security-Policy asks for one).
 */
export function PageHead(props: { title: string; styles: string; robots?: string; nonce?: string; children?: Child }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{props.title}</title>
      {props.robots ? <meta name="robots" content={props.robots} /> : null}
      {props.children}
      {props.nonce ? <style nonce={props.nonce}>{raw(props.styles)}</style> : <style>{raw(props.styles)}</style>}
    </head>
  );
}

/** A whole page: `<!DOCTYPE html>` first (standards mode, not quirks), `<html lang="en">`, PageHead, the body. */
export function HtmlDocument(props: {
  title: string;
  styles: string;
  robots?: string;
  nonce?: string;
  head?: Child;
  children?: Child;
}) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <PageHead title={props.title} styles={props.styles} robots={props.robots} nonce={props.nonce}>
          {props.head}
        </PageHead>
        <body>{props.children}</body>
      </html>
    </>
  );
}
