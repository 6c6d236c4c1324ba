import { readFileSync } from 'node:fs';
import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { briefDraftSchema } from '../../src/brief/draft-schema.ts';
import { briefResponseFormat } from '../../src/brief/response-format.generated.ts';
import { generatedPath, renderResponseFormatModule } from '../../scripts/build-response-format.ts';

describe('response-format.generated.ts', () => {
  it('is up to date with briefDraftSchema (run `npx tsx scripts/build-response-format.ts` when this fails)', () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(renderResponseFormatModule());
  });
  it("serializes exactly as openai's zodResponseFormat(briefDraftSchema, 'brief') does in a request body", () => {
    const sent = (format: unknown) => JSON.parse(JSON.stringify({ response_format: format }));
    expect(sent(briefResponseFormat)).toEqual(sent(zodResponseFormat(briefDraftSchema, 'brief')));
    expect(briefResponseFormat.json_schema).toMatchObject({ name: 'brief', strict: true });
  });
});
