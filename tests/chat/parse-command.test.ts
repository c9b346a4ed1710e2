import { describe, expect, it } from 'vitest';
import { MAX_COMMAND_LENGTH, parseCommand } from '../../src/chat/index.ts';

const vocabulary = { templates: ['spray', 'bruteforce', 'host-to-cloud'], tenants: ['tenant-a', 'tenant-b'] };
const parse = (text: string) => parseCommand(text, vocabulary);

describe('parseCommand', () => {
  it.each([
    ['/hunt spray tenant-a', { kind: 'hunt', template: 'spray', tenant: 'tenant-a', window: undefined, params: [] }],
    [
      'spray tenant-a 7d minFailedUsersFromIP=3',
      { kind: 'hunt', template: 'spray', tenant: 'tenant-a', window: '7d', params: ['minFailedUsersFromIP=3'] },
    ],
    [
      '<at>huntops</at> /hunt bruteforce all 90m',
      { kind: 'hunt', template: 'bruteforce', tenant: 'all', window: '90m', params: [] },
    ],
    ['/hunt list', { kind: 'list' }],
    ['help spray', { kind: 'help', template: 'spray' }],
    ['/hunt tenants', { kind: 'tenants' }],
    ['/hunt blocks tenant-b', { kind: 'blocks', tenant: 'tenant-b' }],
    [
      '/hunt block tenant-a 203.0.113.7 "password spray source"',
      { kind: 'block', tenant: 'tenant-a', ip: '203.0.113.7', reason: 'password spray source' },
    ],
    ['/hunt unblock tenant-a 203.0.113.7', { kind: 'unblock', tenant: 'tenant-a', ip: '203.0.113.7' }],
  ])('%s', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('offers the closest template with the usage line', () => {
    const result = parse('/hunt spary tenant-a');
    expect(result).toMatchObject({ kind: 'problem', message: "unknown template 'spary', did you mean 'spray'?" });
    expect((result as { usage: string }).usage).toContain('/hunt <template> <tenant|all>');
  });

  it('never guesses the tenant, and offers only the tenants it was given (those the caller may use)', () => {
    expect(parse('/hunt spray')).toMatchObject({
      kind: 'problem',
      message: 'say which tenant: tenant-a, tenant-b, or all',
    });
    expect(parseCommand('/hunt spray', { ...vocabulary, tenants: [] })).toMatchObject({ message: 'say which tenant' });
    expect(parse('/hunt block all 1.2.3.4')).toMatchObject({ kind: 'problem' });
  });

  it('passes a named tenant on as typed: whether it exists is for the authorization rule, not the grammar', () => {
    // Unknown and forbidden tenants must get the same answer, so the grammar does not answer either.
    expect(parse('/hunt spray tenant-c')).toMatchObject({ kind: 'hunt', tenant: 'tenant-c' });
    expect(parse('/hunt blocks __proto__')).toEqual({ kind: 'blocks', tenant: '__proto__' });
  });

  it('refuses stray words and oversized commands', () => {
    expect(parse('/hunt spray tenant-a please')).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining("'please'"),
    });
    expect(parse(`/hunt spray tenant-a ${'x'.repeat(100_000)}`)).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining(`at most ${MAX_COMMAND_LENGTH}`),
    });
    expect(parse('   ')).toMatchObject({ kind: 'problem' });
  });
});
