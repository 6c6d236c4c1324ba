import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { runEdition } from '../../src/pipeline/run-edition.ts';
import { createStore } from '../../src/store/index.ts';

describe('a run where every upstream fails', () => {
  it('stores an empty brief for review and never publishes it, even with AUTO_PUBLISH on', async () => {
    const now = () => new Date('2026-11-21T06:00:00Z');
    const store = createStore(env.DB, now);
    let requests = 0;
    const result = await runEdition(
      { style: 'daily-snapshot', actor: 'cron' },
      {
        store,
        registry: defaultRegistry,
        sources: defaultSources,
        autoPublish: true,
        now,
        elapsedMs: () => performance.now(),
        writer: { kind: 'template', write: templateWriter },
        source: {
          mode: 'live',
          now,
          editionDate: () => '2026-11-21',
          fetch: async () => {
            requests++;
            throw new TypeError('network down');
          },
          marketConfig: { enableRateLimit: false },
        },
      },
    );
    expect(requests).toBeGreaterThan(0);
    expect(result.brief.status).toBe('needs_review');
    const published = await env.DB.prepare("SELECT COUNT(*) AS n FROM briefs WHERE status = 'published'").first<{
      n: number;
    }>();
    expect(published?.n).toBe(0);
  });
});
