import { describe, expect, it } from 'vitest';
import { parseEnv, requireSecret } from '../src/env.ts';
import { ConfigError } from '../src/errors.ts';

const fakeDb = { prepare: () => ({}) } as unknown as D1Database;
const vars = { DB: fakeDb, GROUNDBRIEF_MODE: 'offline', AUTO_PUBLISH: 'false', PUBLIC_BASE_URL: 'https://gb.test/' };

describe('parseEnv', () => {
  it('checks and converts the vars', () => {
    const config = parseEnv({ ...vars });
    expect(config.AUTO_PUBLISH).toBe(false);
    expect(config.PUBLIC_BASE_URL).toBe('https://gb.test');
    expect(config.REVIEW_AUTH_MODE).toBe('token');
    expect(parseEnv({ ...vars, AUTO_PUBLISH: 'on' }).AUTO_PUBLISH).toBe(true);
  });

  it('names every missing binding and malformed var in one ConfigError', () => {
    const attempt = () => parseEnv({ GROUNDBRIEF_MODE: 'online', AUTO_PUBLISH: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/DB: missing \(D1 binding/);
    expect(message).toContain('GROUNDBRIEF_MODE: must be "offline" or "live"');
    expect(message).toContain('AUTO_PUBLISH: expected true or false');
    expect(message).toContain('PUBLIC_BASE_URL: missing');
  });

  it('WEEKLY_EDITION_DAY: mon by default, any case, and a clear error for anything but mon..sun', () => {
    expect(parseEnv({ ...vars }).WEEKLY_EDITION_DAY).toBe('mon');
    expect(parseEnv({ ...vars, WEEKLY_EDITION_DAY: ' Fri ' }).WEEKLY_EDITION_DAY).toBe('fri');
    for (const bad of ['monday', '', '1', 'lun']) {
      expect(() => parseEnv({ ...vars, WEEKLY_EDITION_DAY: bad }), bad).toThrow(
        'WEEKLY_EDITION_DAY: must be a day of the week: one of mon, tue, wed, thu, fri, sat, sun',
      );
    }
  });

  it('requireSecret fails closed, naming the secret', () => {
    const config = parseEnv({ ...vars });
    expect(() => requireSecret(config, 'API_TOKEN')).toThrow(/API_TOKEN/);
    expect(requireSecret(parseEnv({ ...vars, API_TOKEN: 't' }), 'API_TOKEN')).toBe('t');
  });
});
