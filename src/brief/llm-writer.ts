/**
 * The grounded LLM writer: the gate and repair loop over an LlmClient (openai-client.ts on the wire, an
 * in-memory client in tests). Draft -> Markdown -> size cap -> fact-check gate -> up to `maxRepairRounds`
 * repair rounds. A brief that still fails, a refusal, an empty, malformed or oversized answer, or a transient
 * failure (timeout, 429/5xx, the run budget) ends with a report that is not ok (status needs_review) and the
 * template brief as `fallback`, its reason in writer.note. Auth and request errors throw.
 */
import type { Brief, WriterInfo } from '../domain/brief.ts';
import type { CheckReport } from '../domain/check-report.ts';
import { estimateCostUsd, defaultPrices, type PriceTable } from '../config/prices.ts';
import { checkBrief, styleWindow } from '../factcheck/check-brief.ts';
import type { BriefWriter, WriteInput, WriteResult } from './brief-writer.ts';
import { buildPrompt, type ChatMessage } from './build-prompt.ts';
import { buildRepairMessage, failingClaims } from './build-repair-message.ts';
import { renderDraftMarkdown, renderFooter, type BriefDraft } from './draft.ts';
import type { LlmClient, LlmReply } from './llm-client.ts';
import { LlmCallError } from './llm-errors.ts';
import { createOpenAiClient, type OpenAiClientOptions } from './openai-client.ts';
import { templateWriter } from './template-writer.ts';

/** Cap on a brief's Markdown in bytes before it goes anywhere (64 KiB; a real brief is 2-6 KB). */
export const maxBriefBytes = 64 * 1024;

export type LlmWriterOptions = OpenAiClientOptions & {
  /** A ready client (tests: an in-memory one); otherwise the OpenAI client is built from the other options. */
  client?: LlmClient;
  /** USD per 1M tokens (default config/prices.ts). */
  prices?: PriceTable;
  maxRepairRounds?: number;
  /** Clock port for latency (performance.now in both roots). */
  elapsedMs: () => number;
  /** Writer used for the fallback brief (default: the template writer). */
  fallbackWriter?: BriefWriter;
};

export function createLlmWriter(options: LlmWriterOptions): BriefWriter {
  const client = options.client ?? createOpenAiClient(options);
  const prices = options.prices ?? defaultPrices;
  const maxRepairRounds = options.maxRepairRounds ?? 2;

  return async (input: WriteInput): Promise<WriteResult> => {
    const started = options.elapsedMs();
    const usage = { in: 0, out: 0 };
    let repairRounds = 0;
    let model = options.model;
    const info = (note?: string): WriterInfo => {
      const costUsd = estimateCostUsd(prices, model, usage.in, usage.out);
      return {
        kind: 'llm',
        model,
        tokensIn: usage.in,
        tokensOut: usage.out,
        ...(costUsd !== undefined ? { costUsd } : {}),
        latencyMs: Math.max(0, options.elapsedMs() - started),
        repairRounds,
        ...(note ? { note } : {}),
      };
    };
    const toBrief = (draft: BriefDraft): Brief => ({
      editionDate: input.sheet.editionDate,
      style: input.style,
      title: draft.title.replace(/^#+\s*/, '').trim(),
      ...(draft.dek.trim() ? { dek: draft.dek.trim() } : {}),
      markdown: renderDraftMarkdown(
        { ...draft, title: draft.title.replace(/^#+\s*/, '') },
        { footer: renderFooter(input.sheet) },
      ),
      writer: { kind: 'llm', model },
      createdAt: input.sheet.asOf,
    });
    /**
     * The model did not produce a passing brief. With a failing draft, that draft stands (an editor fixes or
     * overrides it); with no usable draft at all (refusal, junk, empty, down), the template brief's own checked
     * text stands in, so approving it publishes only verified numbers. Either way `fallback` is set, which holds
     * the result for review (see produceBrief).
     */
    const giveUp = async (note: string, brief?: Brief, report?: CheckReport): Promise<WriteResult> => {
      const fallback = await (options.fallbackWriter ?? templateWriter)(input);
      if (brief && report) return { brief: { ...brief, writer: info(note) }, report, fallback };
      // The stand-in is template text: label it so (disclosures must not call it AI-drafted), keeping what the
      // failed model attempt cost in the note.
      const spent = info();
      const accounting = `${spent.model}: ${spent.tokensIn ?? 0} tokens in, ${spent.tokensOut ?? 0} out${spent.costUsd !== undefined ? `, $${spent.costUsd.toFixed(4)}` : ''}`;
      return {
        brief: {
          ...fallback.brief,
          writer: { ...fallback.brief.writer, note: `LLM writer gave up (${note}; ${accounting})` },
        },
        report: fallback.report,
        fallback,
      };
    };

    const messages: ChatMessage[] = buildPrompt(input).messages;
    let last: { brief: Brief; report: CheckReport } | undefined;
    for (let round = 0; ; round++) {
      let reply: LlmReply;
      try {
        reply = await client.complete({ messages, ...(input.signal ? { signal: input.signal } : {}) });
      } catch (error) {
        if (!(error instanceof LlmCallError)) throw error;
        return giveUp(
          `LLM call failed after retries (${error.kind})${round > 0 ? ` in repair round ${round}` : ''}`,
          last?.brief,
          last?.report,
        );
      }
      model = reply.model || model;
      usage.in += reply.usage.in;
      usage.out += reply.usage.out;
      const { answer } = reply;
      if (!answer.ok)
        return giveUp(
          `${answer.failure}: ${answer.detail}${round > 0 ? ` (repair round ${round})` : ''}`,
          last?.brief,
          last?.report,
        );

      const brief = toBrief(answer.draft);
      const bytes = new TextEncoder().encode(brief.markdown).byteLength;
      if (bytes > maxBriefBytes)
        return giveUp(`too-large: the brief is ${bytes} bytes (cap ${maxBriefBytes})`, last?.brief, last?.report);
      const report = checkBrief({
        markdown: brief.markdown,
        sheet: input.sheet,
        registry: input.registry,
        defaultWindow: styleWindow(input.style),
      });
      if (report.ok) return { brief: { ...brief, writer: info() }, report };
      if (round >= maxRepairRounds) {
        const failing = failingClaims(report)
          .map((claim) => claim.text)
          .join(', ');
        return giveUp(`still failing the fact-check after ${repairRounds} repair round(s): ${failing}`, brief, report);
      }
      last = { brief, report };
      repairRounds++;
      messages.push(
        { role: 'assistant', content: answer.raw },
        { role: 'user', content: buildRepairMessage({ report, draft: answer.draft, sheet: input.sheet }) },
      );
    }
  };
}
