import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../src/errors.ts';
import { negotiateFormat } from '../../src/http/negotiate-format.ts';

describe('negotiateFormat', () => {
  it('prefers ?format over Accept', () => {
    expect(negotiateFormat({ format: 'md', accept: 'text/html' })).toBe('md');
  });
  it('reads Accept in header order', () => {
    expect(negotiateFormat({ accept: 'text/markdown, text/html' })).toBe('md');
    expect(negotiateFormat({ accept: 'text/html,application/xhtml+xml,*/*;q=0.8' })).toBe('html');
    expect(negotiateFormat({ accept: 'application/json' })).toBe('json');
  });
  it('defaults to JSON for */* or no header', () => {
    expect(negotiateFormat({ accept: '*/*' })).toBe('json');
    expect(negotiateFormat({})).toBe('json');
  });
  it('rejects an unknown format with a 400 naming it', () => {
    expect(() => negotiateFormat({ format: 'pdf' })).toThrow(BadRequestError);
    expect(() => negotiateFormat({ format: 'pdf' })).toThrow(/format: .*pdf/);
  });
});
