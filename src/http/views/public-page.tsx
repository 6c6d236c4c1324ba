import type { Child } from 'hono/jsx';
import { HtmlDocument } from './html-document.tsx';

/** Open Graph / canonical data of one page (absolute URLs). */
export type PageMeta = {
  title: string;
  description: string;
  canonicalUrl: string;
  type: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
};

/** One stylesheet for the public pages (home, brief, 404): readable at 390 px, no horizontal scroll. */
const styles = `*{box-sizing:border-box}
body{font:17px/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#1b1b1b;overflow-wrap:break-word}
a{color:#0645ad}h1{font-size:clamp(1.6rem,6vw,2.2rem);line-height:1.2}.site{display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between;font-size:.9rem;color:#555}
.site a{color:inherit}.site strong a{color:#1b1b1b;text-decoration:none}
header p,footer{color:#555;font-size:.9rem}aside{border-left:3px solid #999;padding:.25rem 1rem;background:#f6f6f6;font-size:.9rem}
footer li{margin:.1rem 0}
article table{border-collapse:collapse;margin:1rem 0;display:block;max-width:100%;overflow-x:auto}
article th,article td{padding:.3rem .75rem;border-bottom:1px solid #ddd;text-align:left;font-variant-numeric:tabular-nums}
article th+th,article td+td{text-align:right}
figure{margin:1.5rem 0}figure svg{display:block;width:100%;height:auto}figcaption{font-size:.85rem;color:#555}
.briefs{list-style:none;padding:0}.briefs li{margin:0 0 1.25rem}.briefs small{color:#555}
form.signup{border:1px solid #ccc;border-radius:8px;padding:1rem;margin:1.5rem 0}
form.signup fieldset{border:0;padding:0;margin:.5rem 0}form.signup label{display:block}
form.signup input[type=email]{font:inherit;width:100%;max-width:22rem;padding:.4rem}
form.signup button{font:inherit;padding:.4rem 1rem;margin-top:.5rem;cursor:pointer}`;

/** The shell of every public page (HtmlDocument): canonical and Open Graph tags, feed links, the site line. */
export function PublicPage(props: { meta: PageMeta; baseUrl: string; children: Child; robots?: string }) {
  const { meta, baseUrl } = props;
  return (
    <HtmlDocument
      title={meta.title}
      styles={styles}
      robots={props.robots}
      head={
        <>
          <meta name="description" content={meta.description} />
          <link rel="canonical" href={meta.canonicalUrl} />
          <meta property="og:site_name" content="groundbrief" />
          <meta property="og:type" content={meta.type} />
          <meta property="og:title" content={meta.title} />
          <meta property="og:description" content={meta.description} />
          <meta property="og:url" content={meta.canonicalUrl} />
          {meta.publishedTime ? <meta property="article:published_time" content={meta.publishedTime} /> : null}
          {meta.modifiedTime ? <meta property="article:modified_time" content={meta.modifiedTime} /> : null}
          <meta name="twitter:card" content="summary" />
          <link rel="alternate" type="application/rss+xml" title="groundbrief" href={`${baseUrl}/feed.xml`} />
          <link rel="alternate" type="application/feed+json" title="groundbrief" href={`${baseUrl}/feed.json`} />
        </>
      }
    >
      <nav class="site" aria-label="site">
        <strong>
          <a href={`${baseUrl}/`}>groundbrief</a>
        </strong>
        <span>
          <a href={`${baseUrl}/#subscribe`}>Subscribe</a> · <a href={`${baseUrl}/feed.xml`}>RSS</a> ·{' '}
          <a href={`${baseUrl}/feed.json`}>JSON Feed</a>
        </span>
      </nav>
      {props.children}
    </HtmlDocument>
  );
}
