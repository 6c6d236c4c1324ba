import { describe, expect, it } from 'vitest';
import { readAuthConfig } from '../../../src/http/auth/auth-config.ts';
import { parseEnv } from '../../../src/env.ts';

const base = {
  DB: { prepare: () => null },
  GROUNDBRIEF_MODE: 'offline',
  AUTO_PUBLISH: 'false',
  PUBLIC_BASE_URL: 'https://groundbrief.test',
  SESSION_SECRET: 'test-session-secret-0123456789abcdef',
};
const read = (vars: Record<string, string | undefined>) => readAuthConfig(parseEnv({ ...base, ...vars }));

describe('readAuthConfig', () => {
  it('token mode needs no Access settings', () => {
    expect(read({}).access).toBeNull();
    expect(read({ REVIEW_AUTH_MODE: 'token' }).access).toBeNull();
  });

  it('access mode reads the team domain as an https origin and the audience tag', () => {
    for (const team of [
      'https://acme.cloudflareaccess.com',
      'https://acme.cloudflareaccess.com/',
      'acme.cloudflareaccess.com',
    ]) {
      expect(
        read({ REVIEW_AUTH_MODE: 'access', CF_ACCESS_TEAM_DOMAIN: team, CF_ACCESS_AUD: ' aud-tag ' }).access,
        team,
      ).toEqual({ teamDomain: 'https://acme.cloudflareaccess.com', audience: 'aud-tag' });
    }
  });

  it('access mode refuses a missing, plain-http or path-carrying team domain and a missing audience', () => {
    const access = {
      REVIEW_AUTH_MODE: 'access',
      CF_ACCESS_TEAM_DOMAIN: 'https://acme.cloudflareaccess.com',
      CF_ACCESS_AUD: 'aud',
    };
    expect(() => read({ ...access, CF_ACCESS_TEAM_DOMAIN: undefined })).toThrow(/CF_ACCESS_TEAM_DOMAIN/);
    expect(() => read({ ...access, CF_ACCESS_AUD: '  ' })).toThrow(/CF_ACCESS_AUD/);
    expect(() => read({ ...access, CF_ACCESS_TEAM_DOMAIN: 'http://acme.cloudflareaccess.com' })).toThrow(
      /CF_ACCESS_TEAM_DOMAIN must be/,
    );
    expect(() => read({ ...access, CF_ACCESS_TEAM_DOMAIN: 'https://acme.cloudflareaccess.com/cdn-cgi' })).toThrow(
      /CF_ACCESS_TEAM_DOMAIN must be/,
    );
  });
});
