// Per-isolate memo of the store's public version (briefs.publicVersion), so a cached public read makes no D1 query.
// Staleness bound: a publish, edit, correction or withdrawal made in ANOTHER isolate (or by SQL outside the store) is
// seen here at most `ttlMs` later. A write through the store in THIS isolate forgets the memo when it completes, so
// the next read here asks D1 again. A read that started before such a write finished never stores its answer.

type Entry = { version: string; expires: number; generation: number };

/** One memo per database binding object (tests and the Worker may hold more than one database). */
const entries = new WeakMap<D1Database, Entry>();
const generations = new WeakMap<D1Database, number>();

export type PublicVersionCache = {
  /** The memoized version, or `load()`'s answer (kept for `ttlMs` when no write in this isolate ran meanwhile). */
  get(load: () => Promise<string>): Promise<string>;
  /** Wraps a write: when it settles (either way), this isolate's memo is forgotten. */
  afterWrite<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
};

/** `ttlMs` 0 turns the memo off (every read asks D1). `now` is the store's clock (injected in tests). */
export function createPublicVersionCache(db: D1Database, now: () => Date, ttlMs: number): PublicVersionCache {
  const generation = () => generations.get(db) ?? 0;
  return {
    async get(load) {
      if (ttlMs <= 0) return load();
      const at = now().getTime();
      const entry = entries.get(db);
      if (entry && entry.generation === generation() && entry.expires > at) return entry.version;
      const started = generation();
      const version = await load();
      if (generation() === started) entries.set(db, { version, expires: at + ttlMs, generation: started });
      return version;
    },
    afterWrite(write) {
      return async (...args) => {
        try {
          return await write(...args);
        } finally {
          generations.set(db, generation() + 1);
          entries.delete(db);
        }
      };
    },
  };
}
