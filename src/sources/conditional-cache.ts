/** Validators remembered from a feed's last good response, for conditional GET. */
export type ConditionalValidators = { etag?: string; lastModified?: string };

/**
 * Port for remembering ETag / Last-Modified per URL between runs. The Worker backs it with the D1
 * `feed_cache` table; the CLI and tests use createMemoryConditionalCache().
 */
export type ConditionalCache = {
  get(url: string): Promise<ConditionalValidators | undefined>;
  set(url: string, validators: ConditionalValidators): Promise<void>;
};

/** In-memory ConditionalCache (lives as long as the process or isolate). */
export function createMemoryConditionalCache(): ConditionalCache & { entries: Map<string, ConditionalValidators> } {
  const entries = new Map<string, ConditionalValidators>();
  return {
    entries,
    async get(url) {
      return entries.get(url);
    },
    async set(url, validators) {
      entries.set(url, { ...validators });
    },
  };
}
