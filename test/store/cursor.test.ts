import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../src/errors.ts';
import { decodeCursor, encodeCursor } from '../../src/store/cursor.ts';

describe('cursor', () => {
  it('round-trips and is URL-safe', () => {
    const cursor = { key: '2026-11-20', id: '2026-11-20-daily-snapshot?/+' };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });
  it('rejects garbage as a bad request', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(BadRequestError);
    expect(() => decodeCursor(btoa('{"a":1}'))).toThrow(BadRequestError);
  });
});
