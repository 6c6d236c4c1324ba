// workerd stand-in (aliased in wrangler.toml) for ccxt code that only other exchanges reach: zklink signing (apex),
// dYdX protobuf types and `Long`, mexc's compiled protobuf, StarkNet and elliptic-curve signing (private requests only), websocket inflate (fflate); and for the
// openai SDK's zod v3 -> JSON Schema converter (groundbrief's schemas are zod v4, converted by zod itself). groundbrief uses binance, okx and bybit REST only; every
// member throws if it is ever called, so a new venue needing one fails loudly instead of misbehaving.
function unavailable(): never {
  throw new Error('this ccxt module is not bundled for workerd: groundbrief uses binance, okx and bybit REST only');
}
export default unavailable;
export const Long = { fromString: unavailable };
export const encodeAsAny = unavailable;
export const AuthInfo = { encode: unavailable, fromPartial: unavailable };
export const TxBody = { encode: unavailable, fromPartial: unavailable };
export const TxRaw = { encode: unavailable, fromPartial: unavailable };
export const SignDoc = { encode: unavailable, fromPartial: unavailable };
export const SignMode = {};
export const newRpcSignerWithProvider = unavailable;
export const ContractBuilder = unavailable;
export const TransferBuilder = unavailable;
export const newContract = unavailable;
export const newTransfer = unavailable;
export const getStarkKey = unavailable;
export const ethSigToPrivate = unavailable;
export const sign = unavailable;
export const inflateSync = unavailable;
export const gunzipSync = unavailable;
export const zodToJsonSchema = unavailable;
export const pedersen = unavailable;
export const keccak = unavailable;
export const poseidonHashMany = unavailable;
/** Elliptic curves of ccxt's private-request signing (secp256k1, P-256, Ed25519 keys): public market data needs none. */
const curve = { sign: unavailable, verify: unavailable, getPublicKey: unavailable, utils: {}, CURVE: {}, Point: {} };
export const secp256k1 = curve;
export const p256 = curve;
export const ed25519 = curve;
