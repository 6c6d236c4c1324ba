// The overall budget of one edition run (CLI and Worker): collection stops first, then the writer.
import { RunBudgetExceededError } from './upstream-errors.ts';

/** Default budget of one run (CLI and Worker), milliseconds; GROUNDBRIEF_RUN_BUDGET_MS overrides it. */
export const defaultRunBudgetMs = 90_000;

/** Share of the budget collection may use; the rest is left for metrics, the writer and storing. */
export const collectShare = 0.6;

export type RunBudget = {
  budgetMs: number;
  /** Aborts (reason RunBudgetExceededError) at `collectShare` of the budget: requests in flight are cut. */
  collect: AbortSignal;
  /** Aborts at the whole budget: an LLM writer still waiting falls back to the template text. */
  write: AbortSignal;
  /** True once `collect` fired (the snapshot is partial: the run must not be verified). */
  collectionCut(): boolean;
  /** Clears the timers (call when the run ends). */
  dispose(): void;
};

/** Starts the budget's timers now. */
export function startRunBudget(budgetMs: number): RunBudget {
  const collect = new AbortController();
  const write = new AbortController();
  const timers = [
    setTimeout(() => collect.abort(new RunBudgetExceededError(budgetMs)), Math.round(budgetMs * collectShare)),
    setTimeout(() => write.abort(new RunBudgetExceededError(budgetMs)), budgetMs),
  ];
  return {
    budgetMs,
    collect: collect.signal,
    write: write.signal,
    collectionCut: () => collect.signal.aborted,
    dispose: () => {
      for (const timer of timers) clearTimeout(timer);
    },
  };
}

/** A fetch that also aborts when `signal` does (merged with the caller's own signal). */
export function withSignal(fetch: typeof globalThis.fetch, signal?: AbortSignal): typeof globalThis.fetch {
  if (!signal) return fetch;
  return (resource, init) =>
    fetch(resource, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
}
