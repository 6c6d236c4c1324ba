// workerd stand-in for `undici` (aliased in wrangler.toml): ccxt imports it when it thinks it runs in Node.
// Every export throws, so a code path that really needs undici fails loudly instead of half-working.
function unavailable(): never {
  throw new Error('undici is not available inside workerd; pass fetchImplementation to ccxt');
}
export class Agent {
  constructor() {
    unavailable();
  }
}
export class ProxyAgent extends Agent {}
export const fetch = unavailable;
export const setGlobalDispatcher = unavailable;
export default { Agent, ProxyAgent, fetch, setGlobalDispatcher };
