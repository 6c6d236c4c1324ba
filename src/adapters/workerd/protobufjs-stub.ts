// workerd stand-in for `protobufjs/minimal` (aliased in wrangler.toml): ccxt's base class lazily imports
// protobuf decoders for mexc/dydx websocket messages, which groundbrief never uses (REST only).
function unavailable(): never {
  throw new Error('protobufjs is not bundled for workerd: groundbrief uses ccxt REST endpoints only');
}
const stub = {
  Reader: { create: unavailable },
  Writer: { create: unavailable },
  util: {},
  roots: {},
  configure: () => {},
};
export const Reader = stub.Reader;
export const Writer = stub.Writer;
export const util = stub.util;
export const roots = stub.roots;
export default stub;
