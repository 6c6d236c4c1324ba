import type { Brief, BriefStyle } from '../domain/brief.ts';
import type { CheckReport } from '../domain/check-report.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { Registry } from '../domain/registry.ts';

/** `signal`: the run budget; a writer that calls out stops when it aborts (and falls back). */
export type WriteInput = { sheet: FactsSheet; registry: Registry; style: BriefStyle; signal?: AbortSignal };

/**
 * What every writer returns: the brief it stands behind and the checker's report on it.
 * `fallback` is the deterministic template brief offered beside a model brief that failed the gate.
 */
export type WriteResult = { brief: Brief; report: CheckReport; fallback?: { brief: Brief; report: CheckReport } };

/** A writer: template (pure, wrapped in a promise) or LLM (gate and repair inside). */
export type BriefWriter = (input: WriteInput) => Promise<WriteResult>;
