import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../src/config/index.ts';

const tenantWith = (blocking: string) =>
  `tenants:\n  x:\n    displayName: X\n    local: { demo: { seed: 1 } }\n    blocking: ${blocking}\n`;

function problemsOf(blocking: string): readonly string[] {
  try {
    parseConfigText(tenantWith(blocking), 'inline');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('blocking settings per IOC type', () => {
  it('defaults to Block for domains and URLs, BlockAndRemediate for files, High severity', () => {
    const { blocking } = parseConfigText(tenantWith('{}'), 'inline').tenants.x!;
    expect(blocking).toMatchObject({
      actions: { domain: 'Block', url: 'Block', file: 'BlockAndRemediate' },
      severity: 'High',
      minScore: {},
      ownDomains: [],
      protectedUrlPrefixes: [],
    });
  });

  it('names the key and what it expects for a bad action, domain, prefix or score', () => {
    const problems = problemsOf(
      "{ actions: { domain: BlockAndRemediate }, ownDomains: ['https://contoso.com'], protectedUrlPrefixes: [portal], minScore: { url: 120 } }",
    );
    expect(problems.join('\n')).toMatch(/tenants\.x\.blocking\.actions\.domain/);
    expect(problems.join('\n')).toMatch(
      /tenants\.x\.blocking\.ownDomains\.0: expected a domain name such as contoso\.com/,
    );
    expect(problems.join('\n')).toMatch(
      /tenants\.x\.blocking\.protectedUrlPrefixes\.0: expected an http\(s\):\/\/ URL prefix/,
    );
    expect(problems.join('\n')).toMatch(/tenants\.x\.blocking\.minScore\.url/);
  });
});
