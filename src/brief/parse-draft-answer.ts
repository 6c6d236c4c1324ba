/**
 * Reads a chat completion's first choice as a brief draft (pure): refusal, empty answer, truncated
 * output, invalid JSON and schema mismatches each become a typed failure with a one-line reason.
 */
import type { BriefDraft } from './draft.ts';
import { briefDraftSchema } from './draft-schema.ts';

/** `malformed`: the API's answer is not a chat completion at all (HTML, a bare array, JSON as text/html). */
export type AnswerFailure = 'refusal' | 'empty' | 'truncated' | 'invalid-json' | 'schema' | 'malformed' | 'too-large';
export type ParsedAnswer =
  | { ok: true; draft: BriefDraft; raw: string }
  | { ok: false; failure: AnswerFailure; detail: string };

type ChoiceLike = {
  finish_reason?: string | null;
  message?: { content?: string | null; refusal?: string | null } | null;
};

export function parseDraftAnswer(choice: ChoiceLike | undefined): ParsedAnswer {
  const message = choice?.message;
  if (message?.refusal)
    return { ok: false, failure: 'refusal', detail: `the model refused: ${message.refusal.slice(0, 200)}` };
  const raw = message?.content?.trim() ?? '';
  if (!raw) return { ok: false, failure: 'empty', detail: 'the model returned an empty answer' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return choice?.finish_reason === 'length'
      ? { ok: false, failure: 'truncated', detail: 'the answer was cut off at the token limit (invalid JSON)' }
      : { ok: false, failure: 'invalid-json', detail: 'the answer is not valid JSON' };
  }
  const parsed = briefDraftSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      failure: 'schema',
      detail: `the answer does not match the brief schema (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
    };
  }
  if (parsed.data.sections.every((section) => section.sentences.length === 0)) {
    return { ok: false, failure: 'empty', detail: 'the answer has no sentences' };
  }
  return { ok: true, draft: parsed.data, raw };
}
