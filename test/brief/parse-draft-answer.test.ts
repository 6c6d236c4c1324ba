import { describe, expect, it } from 'vitest';
import { parseDraftAnswer } from '../../src/brief/parse-draft-answer.ts';

const good = JSON.stringify({
  title: 'T',
  dek: 'D',
  sections: [{ heading: 'H', sentences: [{ text: 'Bitcoin rose.', factIds: ['btc.change_24h'] }] }],
});

describe('parseDraftAnswer', () => {
  it('reads a structured answer (content is a JSON string)', () => {
    const parsed = parseDraftAnswer({ finish_reason: 'stop', message: { content: good, refusal: null } });
    expect(parsed.ok && parsed.draft.sections[0]!.sentences[0]!.factIds).toEqual(['btc.change_24h']);
  });
  it('names each failure', () => {
    expect(
      parseDraftAnswer({ message: { content: null, refusal: "I'm sorry, I can't help with that." } }),
    ).toMatchObject({ ok: false, failure: 'refusal' });
    expect(parseDraftAnswer({ message: { content: '  ', refusal: null } })).toMatchObject({
      ok: false,
      failure: 'empty',
    });
    expect(parseDraftAnswer(undefined)).toMatchObject({ ok: false, failure: 'empty' });
    expect(parseDraftAnswer({ finish_reason: 'stop', message: { content: '{"title": "T", ' } })).toMatchObject({
      ok: false,
      failure: 'invalid-json',
    });
    expect(parseDraftAnswer({ finish_reason: 'length', message: { content: '{"title": "T", ' } })).toMatchObject({
      ok: false,
      failure: 'truncated',
    });
    expect(parseDraftAnswer({ message: { content: '{"title": "T"}' } })).toMatchObject({
      ok: false,
      failure: 'schema',
    });
    expect(parseDraftAnswer({ message: { content: '{"title":"T","dek":"","sections":[]}' } })).toMatchObject({
      ok: false,
      failure: 'empty',
    });
  });
});
