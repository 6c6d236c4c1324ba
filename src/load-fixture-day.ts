// The fixture day module, loaded on demand. This file sits beside src/worker.ts on purpose: wrangler keeps the dynamic
// import's specifier as written and workerd resolves it against the bundle's root module (the entry, src/worker.ts),
// so `./generated/...` is right both there and for Node/vitest; from src/pipeline/ `../generated/...` is not found.
export async function loadFixtureDay(): Promise<typeof import('./generated/fixture-day.js')> {
  return import('./generated/fixture-day.js');
}
