// workerd stand-in (aliased in wrangler.toml) for the openai SDK's stream helpers of the Assistants and Responses
// APIs (AssistantStream, ResponseStream and its accumulator, ~21 KB raw): the SDK imports them at module level, but
// only `beta.threads...stream()` and `responses.stream()` call them, and groundbrief calls `chat.completions` only.
// Every member throws if it is ever called, so a new use fails loudly instead of misbehaving.
function unavailable(): never {
  throw new Error('this openai SDK module is not bundled for workerd: groundbrief uses chat.completions only');
}
export const AssistantStream = {
  createAssistantStream: unavailable,
  createThreadAssistantStream: unavailable,
  createToolAssistantStream: unavailable,
};
export const ResponseStream = { createResponse: unavailable };
