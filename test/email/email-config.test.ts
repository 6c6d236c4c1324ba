import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXAMPLE_POSTAL_ADDRESS, isExampleSender, parseEmailConfig } from '../../src/email/email-config.ts';
import { ConfigError } from '../../src/errors.ts';

const binding = { send: async () => ({ messageId: 'x' }) } as unknown as SendEmail;
const base = {
  EMAIL: binding,
  EMAIL_FROM: 'groundbrief <brief@groundbrief.test>',
  PUBLIC_BASE_URL: 'https://groundbrief.test/',
  EMAIL_LINK_SECRET: 'link-secret-0123456789',
  GROUNDBRIEF_POSTAL_ADDRESS: ' 1 Example Street, Example City ',
};

describe('parseEmailConfig', () => {
  it('defaults to the cloudflare provider and trims the base URL', () => {
    expect(parseEmailConfig(base)).toMatchObject({
      provider: 'cloudflare',
      baseUrl: 'https://groundbrief.test',
      from: base.EMAIL_FROM,
    });
  });

  it('checks an env object once per provider check, and a failing one every time', () => {
    const env = { ...base };
    const first = parseEmailConfig(env);
    expect(parseEmailConfig(env)).toBe(first);
    expect(parseEmailConfig(env, { checkProvider: false })).toEqual(first);
    const noBinding = { ...base, EMAIL: undefined };
    expect(parseEmailConfig(noBinding, { checkProvider: false }).provider).toBe('cloudflare');
    expect(() => parseEmailConfig(noBinding)).toThrow(/needs the send_email binding EMAIL/);
    expect(() => parseEmailConfig(noBinding)).toThrow(/needs the send_email binding EMAIL/);
  });

  it('reads EMAIL_BATCH_SIZE (default 40) and refuses values D1 cannot bind', () => {
    expect(parseEmailConfig(base).batchSize).toBe(40);
    expect(parseEmailConfig({ ...base, EMAIL_BATCH_SIZE: '8' }).batchSize).toBe(8);
    expect(() => parseEmailConfig({ ...base, EMAIL_BATCH_SIZE: '500' })).toThrow(/EMAIL_BATCH_SIZE/);
    expect(() => parseEmailConfig({ ...base, EMAIL_BATCH_SIZE: 'many' })).toThrow(/EMAIL_BATCH_SIZE/);
  });

  it("requires the sender's postal address (CAN-SPAM), trimmed and on one line", () => {
    expect(parseEmailConfig(base).postalAddress).toBe('1 Example Street, Example City');
    const { GROUNDBRIEF_POSTAL_ADDRESS: _unused, ...rest } = base;
    expect(() => parseEmailConfig(rest)).toThrow(/GROUNDBRIEF_POSTAL_ADDRESS/);
    expect(() => parseEmailConfig({ ...base, GROUNDBRIEF_POSTAL_ADDRESS: '  ' })).toThrow(/GROUNDBRIEF_POSTAL_ADDRESS/);
    expect(() => parseEmailConfig({ ...base, GROUNDBRIEF_POSTAL_ADDRESS: 'a\nb' })).toThrow(/one line/);
  });

  it('falls back to SESSION_SECRET for links', () => {
    const { EMAIL_LINK_SECRET: _unused, ...rest } = base;
    expect(parseEmailConfig({ ...rest, SESSION_SECRET: 'session-secret-0123456789' }).linkSecret).toBe(
      'session-secret-0123456789',
    );
  });

  it('names every problem in one ConfigError', () => {
    const error = (() => {
      try {
        parseEmailConfig({ EMAIL_PROVIDER: 'smtp', PUBLIC_BASE_URL: 'not a url' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of [
      'EMAIL_PROVIDER',
      'EMAIL_FROM',
      'PUBLIC_BASE_URL',
      'EMAIL_LINK_SECRET',
      'GROUNDBRIEF_POSTAL_ADDRESS',
    ])
      expect(message).toContain(name);
  });

  it('requires the key for resend and the binding for cloudflare, unless a provider is injected', () => {
    expect(() => parseEmailConfig({ ...base, EMAIL_PROVIDER: 'resend' })).toThrow(/RESEND_API_KEY/);
    expect(parseEmailConfig({ ...base, EMAIL_PROVIDER: 'resend', RESEND_API_KEY: 're_x' }).resendApiKey).toBe('re_x');
    const { EMAIL: _binding, ...withoutBinding } = base;
    expect(() => parseEmailConfig(withoutBinding)).toThrow(/binding EMAIL/);
    expect(parseEmailConfig(withoutBinding, { checkProvider: false }).provider).toBe('cloudflare');
  });
});

describe("wrangler.toml's example postal address", () => {
  const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');
  const shipped = /^GROUNDBRIEF_POSTAL_ADDRESS = "([^"]*)"/m.exec(toml)![1]!;
  const shippedFrom = /^EMAIL_FROM = "([^"]*)"/m.exec(toml)![1]!;

  it('is the value the check knows, and works with the shipped example sender (local dev)', () => {
    expect(shipped).toBe(EXAMPLE_POSTAL_ADDRESS);
    expect(
      parseEmailConfig({ ...base, EMAIL_FROM: shippedFrom, GROUNDBRIEF_POSTAL_ADDRESS: shipped }).postalAddress,
    ).toBe(shipped);
    expect(parseEmailConfig({ ...base, GROUNDBRIEF_POSTAL_ADDRESS: shipped }).from).toBe(base.EMAIL_FROM);
  });

  it('is refused with a real sender domain, so a deploy cannot mail with it', () => {
    for (const from of ['groundbrief <brief@groundbrief.io>', 'brief@news.example.co', 'brief@notexample.com'])
      expect(() => parseEmailConfig({ ...base, EMAIL_FROM: from, GROUNDBRIEF_POSTAL_ADDRESS: ` ${shipped} ` })).toThrow(
        /GROUNDBRIEF_POSTAL_ADDRESS is still wrangler.toml's example/,
      );
    expect(
      parseEmailConfig({ ...base, EMAIL_FROM: 'brief@groundbrief.io', GROUNDBRIEF_POSTAL_ADDRESS: '5 Real Road, Town' })
        .postalAddress,
    ).toBe('5 Real Road, Town');
  });

  it('knows the example domains', () => {
    for (const from of [
      'a@example.com',
      'N <a@mail.example.org>',
      'a@groundbrief.example',
      'a@x.test',
      'a@x.localhost',
    ])
      expect(isExampleSender(from), from).toBe(true);
    for (const from of ['a@example.co', 'a@myexample.com', 'N <a@groundbrief.io>', 'a@test.com'])
      expect(isExampleSender(from), from).toBe(false);
  });
});
