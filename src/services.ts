// Composition root shared by fetch and scheduled: turns the checked env into the ports routes and runs use.
import { defaultSources } from './config/sources.ts';
import { defaultRegistry } from './config/watchlist.ts';
import { parseEnv, type Env } from './env.ts';
import type { Services } from './http/app-env.ts';
import { runEdition } from './pipeline/run-edition.ts';
import { selectWriter } from './pipeline/select-writer.ts';
import { buildEditionSource } from './pipeline/edition-source.ts';
import { createStore } from './store/index.ts';

/** Builds the services for one request or cron event. Throws ConfigError (-> 500 naming the var) on a bad env. */
export function buildServices(env: Env): Services {
  const config = parseEnv(env);
  const now = () => new Date();
  const store = createStore(config.DB, now);
  return {
    config,
    store,
    now,
    fetch: (input, init) => fetch(input, init),
    runEdition: (request) =>
      runEdition(request, {
        store,
        registry: defaultRegistry,
        sources: defaultSources,
        source: buildEditionSource({ mode: config.GROUNDBRIEF_MODE, now, feedCache: store.feedCache }),
        writer: selectWriter(config),
        autoPublish: config.AUTO_PUBLISH,
        elapsedMs: () => performance.now(),
        now,
      }),
  };
}
