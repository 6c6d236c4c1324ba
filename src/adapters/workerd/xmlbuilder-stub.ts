// workerd stand-in for `xmlbuilder` (aliased in wrangler.toml): xml2js requires it for its Builder (writing XML);
// rss-parser only reads feeds with xml2js's Parser, so building XML is never called.
function unavailable(): never {
  throw new Error('xmlbuilder is not bundled for workerd: groundbrief only parses XML');
}
export const create = unavailable;
export const begin = unavailable;
export default { create, begin };
