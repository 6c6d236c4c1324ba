import * as z from 'zod';

/** A news source. `html` sources name the CSS selectors of a listing page (cheerio). */
export const sourceConfigSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string(), name: z.string(), kind: z.enum(['rss', 'atom']), url: z.url() }),
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.literal('html'),
    url: z.url(),
    selectors: z.object({
      item: z.string(),
      title: z.string(),
      /** Element whose href is the link (relative links resolve against url). */
      link: z.string(),
      /** Element whose `datetime` attribute (or text) is the published time; optional. */
      time: z.string().optional(),
      summary: z.string().optional(),
    }),
  }),
]);
export type SourceConfig = z.infer<typeof sourceConfigSchema>;

/**
 * Default sources: the feeds of major crypto outlets. Live mode fetches these; the bundled fixtures
 * day is a recording of exactly these URLs, so offline mode replays them.
 */
export const defaultSources: SourceConfig[] = z.array(sourceConfigSchema).parse([
  { id: 'coindesk', name: 'CoinDesk', kind: 'rss', url: 'https://www.coindesk.com/arc/outboundfeeds/rss/' },
  { id: 'cointelegraph', name: 'Cointelegraph', kind: 'rss', url: 'https://cointelegraph.com/rss' },
  { id: 'decrypt', name: 'Decrypt', kind: 'rss', url: 'https://decrypt.co/feed' },
  { id: 'theblock', name: 'The Block', kind: 'rss', url: 'https://www.theblock.co/rss.xml' },
  { id: 'bitcoinmagazine', name: 'Bitcoin Magazine', kind: 'rss', url: 'https://bitcoinmagazine.com/.rss/full/' },
  { id: 'reddit-crypto', name: 'r/CryptoCurrency', kind: 'atom', url: 'https://www.reddit.com/r/CryptoCurrency/.rss' },
  {
    id: 'cryptoslate-news',
    name: 'CryptoSlate',
    kind: 'html',
    url: 'https://cryptoslate.com/news/',
    selectors: { item: 'article.post-card', title: 'h2 a', link: 'h2 a', time: 'time', summary: 'p.excerpt' },
  },
]);
