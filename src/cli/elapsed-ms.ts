/**
 * The CLI's clock port (`elapsedMs` of produceBrief and the LLM writer): milliseconds on Node's monotonic clock.
 * Not `performance.now()`: the first use of the `performance` global loads perf_hooks and ten internal modules
 * (~2 ms of every `npm start`), and nothing else on the brief path needs them.
 */
export const elapsedMs = (): number => process.uptime() * 1000;
