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
    ['/hunt list credential access', { kind: 'list', filter: 'credential access' }],
    ['help spray', { kind: 'help', template: 'spray' }],
    ['/hunt tenants', { kind: 'tenants' }],
    ['/hunt blocks tenant-b', { kind: 'blocks', tenant: 'tenant-b' }],
    [
      '/hunt block tenant-a 203.0.113.7 "password spray source"',
      { kind: 'block', tenant: 'tenant-a', indicator: '203.0.113.7', reason: 'password spray source' },
    ],
    ['/hunt unblock tenant-a 203.0.113.7', { kind: 'unblock', tenant: 'tenant-a', indicator: '203.0.113.7' }],
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

  it('refuses a quoted tenant that holds white space, since no tenant name does', () => {
    for (const text of ['/hunt bruteforce " "', '/hunt spray "tenant a"', '/hunt blocks "tenant-a\t"']) {
      expect(parse(text)).toMatchObject({
        kind: 'problem',
        message: expect.stringContaining('tenant names are one word'),
      });
    }
    expect(parse('/hunt spray "tenant-a"')).toMatchObject({ kind: 'hunt', tenant: 'tenant-a' });
  });

  it('takes an indicator of any type to block, and names the accepted types for anything else', () => {
    expect(parse('/hunt block tenant-a hxxps://evil[.]example/kit.zip')).toEqual({
      kind: 'block',
      tenant: 'tenant-a',
      indicator: 'hxxps://evil[.]example/kit.zip',
    });
    expect(parse('/hunt unblock tenant-a evil.example')).toEqual({
      kind: 'unblock',
      tenant: 'tenant-a',
      indicator: 'evil.example',
    });
    expect(parse('/hunt block tenant-a 300.1.2.3')).toMatchObject({
      kind: 'problem',
      message:
        "'300.1.2.3' is not an IPv4 or IPv6 address (or CIDR range), a domain name, an http(s) URL, or a SHA-1, SHA-256 or MD5 hash",
    });
    expect(parse('/hunt block tenant-a')).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/^say which indicator to block: an IPv4/),
    });
  });

  it('lists the blocks of one indicator type when one is named', () => {
    expect(parse('/hunt blocks tenant-a URL')).toEqual({ kind: 'blocks', tenant: 'tenant-a', type: 'url' });
    expect(parse('/hunt blocks tenant-a md5')).toMatchObject({
      kind: 'problem',
      message: "'md5' is not an indicator type: say ip, domain, url, sha1, sha256",
    });
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

describe('parseCommand: entity pivots', () => {
  it.each([
    ['/hunt ip 203.0.113.5 tenant-a', { kind: 'pivot', entity: 'ip', value: '203.0.113.5', tenant: 'tenant-a' }],
    [
      'ip ::ffff:203.0.113.5 all 7d',
      { kind: 'pivot', entity: 'ip', value: '203.0.113.5', tenant: 'all', window: '7d' },
    ],
    [
      'user Alice@Contoso.com tenant-b',
      { kind: 'pivot', entity: 'user', value: 'alice@contoso.com', tenant: 'tenant-b' },
    ],
    ['host WS-042 tenant-a 90m', { kind: 'pivot', entity: 'host', value: 'ws-042', tenant: 'tenant-a', window: '90m' }],
  ])('%s', (text, expected) => {
    expect(parse(text)).toEqual({ window: undefined, ...expected });
  });

  it('refuses a value of the wrong shape with what to write, before any tenant is looked at', () => {
    expect(parse('ip 203.0.113.5"|take 1 tenant-a')).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining('is not an IP address: write it like 203.0.113.5'),
      usage: expect.stringContaining('/hunt ip <address> <tenant|all> [window]'),
    });
    expect(parse('user alice tenant-a')).toMatchObject({ message: expect.stringContaining('user principal name') });
    expect(parse('host ws;042 tenant-a')).toMatchObject({ message: expect.stringContaining('host name') });
    expect(parse('ip')).toMatchObject({ kind: 'problem', message: 'say which ip to pivot on' });
  });

  it('never guesses the tenant, and refuses stray words', () => {
    expect(parse('ip 203.0.113.5')).toMatchObject({ message: 'say which tenant: tenant-a, tenant-b, or all' });
    expect(parse('ip 203.0.113.5 tenant-a yesterday')).toMatchObject({
      message: expect.stringContaining("'yesterday'"),
    });
    expect(parse('ip 203.0.113.5 tenant-a 7d more')).toMatchObject({ message: expect.stringContaining("'more'") });
    // Unknown and forbidden tenants are the authorization rule's to answer, alike.
    expect(parse('ip 203.0.113.5 __proto__')).toMatchObject({ kind: 'pivot', tenant: '__proto__' });
  });
});
