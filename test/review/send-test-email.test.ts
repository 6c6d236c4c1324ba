// Who may get the desk's test emails: the Access identity in access mode, only EDITOR_EMAILS in token mode.
import { describe, expect, it } from 'vitest';
import { readTestRecipient } from '../../src/review/send-test-email.ts';

describe('readTestRecipient', () => {
  it('in token mode allows only an address listed in EDITOR_EMAILS (any case), none when the list is empty', () => {
    const policy = { mode: 'token', editorEmails: ['ana@example.com'] } as const;
    expect(readTestRecipient('editor:ana@example.com', policy)).toBe('ana@example.com');
    expect(readTestRecipient('editor:Ana@Example.com', policy)).toBe('Ana@Example.com');
    expect(readTestRecipient('editor:eve@example.com', policy)).toBeNull();
    expect(readTestRecipient('editor:ana@example.com', { mode: 'token', editorEmails: [] })).toBeNull();
    expect(readTestRecipient('editor:ana', policy)).toBeNull();
  });

  it('in access mode allows the verified Access identity', () => {
    expect(readTestRecipient('editor:eve@example.com', { mode: 'access', editorEmails: [] })).toBe('eve@example.com');
    expect(readTestRecipient('editor:eve', { mode: 'access', editorEmails: [] })).toBeNull();
  });
});
