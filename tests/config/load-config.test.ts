import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfigText } from '../../src/config/index.ts';
import { problemsOf } from './support/problems-of.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/config/${name}`, import.meta.url));

describe('loadConfig', () => {
  it('uses the embedded demo when no file is given or found', () => {
    const loaded = loadConfig({ env: {}, cwd: '/nonexistent-dir' });
    expect(loaded.embedded).toBe(true);
    expect(Object.keys(loaded.config.tenants)).toEqual(['tenant-a', 'tenant-b']);
    expect(loaded.config.tenants['tenant-a'].blocking.provider).toBe('dry-run');
  });

  it('reports every mistake of a bad file, each naming its key path', () => {
    const problems = problemsOf(() => loadConfig({ path: fixture('five-mistakes.yaml'), env: {} }));
    expect(problems).toHaveLength(5);
    expect(problems).toContain('tenants.tenant-a.logAnalytics.workspaceId: expected a GUID, got "abc"');
    expect(problems.find((p) => p.startsWith('tenants.tenant-a.credentials.clientSecret'))).toMatch(/secretEnv/);
    expect(problems.find((p) => p.startsWith('tenants.tenant-a.blocking.expiryDays'))).toMatch(/got 0/);
    expect(problems.find((p) => p.startsWith('tenants.Tenant_B'))).toMatch(/lower-case/);
    expect(problems.find((p) => p.startsWith('intel.cacheTtlHours'))).toMatch(/"a day"/);
  });

  it('names the whole key path of a mistake inside a key that takes one of several shapes', () => {
    const problems = problemsOf(() =>
      parseConfigText('tenants:\n  a:\n    displayName: A\n    cloud: { preset: mars }\n', 't'),
    );
    expect(problems).toEqual([
      'tenants.a.cloud.preset: Invalid option: expected one of "public"|"usgov"|"china", got "mars"',
    ]);
  });

  it('gives the console its defaults when surfaces is written without it', () => {
    const config = parseConfigText(
      'tenants:\n  a:\n    displayName: A\n    local: { demo: { seed: 1 } }\nsurfaces: {}\n',
      't',
    );
    expect(config.surfaces.console).toEqual({ enabled: true, allowRemote: false, hosts: [] });
  });

  it('never echoes the secret value it refuses', () => {
    const problems = problemsOf(() => loadConfig({ path: fixture('five-mistakes.yaml'), env: {} }));
    expect(problems.join('\n')).not.toContain('hunter2-super-secret');
  });

  it('reads HUNTOPS_CONFIG and applies defaults', () => {
    const { config, source } = loadConfig({ env: { HUNTOPS_CONFIG: fixture('good.yaml') } });
    expect(source).toBe(fixture('good.yaml'));
    expect(config.tenants.contoso.blocking).toMatchObject({
      provider: 'defender-indicator',
      expiryDays: 30,
      fourEyes: true,
    });
    expect(config.tenants.lab.backend).toBe('local');
  });

  it('checks rules that span keys', () => {
    const problems = problemsOf(() =>
      parseConfigText('tenants:\n  x:\n    displayName: X\n    backend: logAnalytics\n', 'inline'),
    );
    expect(problems).toEqual([
      'tenants.x.logAnalytics: required when backend is logAnalytics (set logAnalytics.workspaceId)',
      "tenants.x.entraTenantId: required for the logAnalytics backend (the customer's Entra tenant GUID)",
    ]);
  });

  it('kql.externalData defaults to reading nothing and takes only HTTPS URL prefixes', () => {
    const tenant = 'tenants:\n  x:\n    displayName: X\n    local:\n      dataDir: ./logs\n';
    expect(parseConfigText(tenant, 'inline').kql.externalData).toEqual({
      files: {},
      allowedUrlPrefixes: [],
      maxBytes: 20_000_000,
      timeoutMs: 15_000,
    });
    const problems = problemsOf(() =>
      parseConfigText(
        `${tenant}kql:\n  externalData:\n    allowedUrlPrefixes: ["http://feeds.example.org/"]\n`,
        'inline',
      ),
    );
    expect(problems).toEqual([
      'kql.externalData.allowedUrlPrefixes.0: expected an HTTPS URL prefix such as https://feeds.example.org/, got "http://feeds.example.org/"',
    ]);
  });

  it('answers a misspelt key with the keys allowed where it stands', () => {
    const text =
      'tenants:\n  t1:\n    displayName: T1\n    local: { demo: { seed: 1 } }\n    blockng: { provider: dry-run }\n';
    const [problem] = problemsOf(() => parseConfigText(text, 'inline'));
    expect(problem).toMatch(
      /^tenants\.t1\.blockng: unknown key "blockng"; the keys here are allowedEntraTenants, .*\bblocking\b/,
    );
    const nested =
      'tenants:\n  t1:\n    displayName: T1\n    local: { demo: { seed: 1 } }\n    blocking: { fourEyse: true }\n';
    expect(problemsOf(() => parseConfigText(nested, 'inline'))[0]).toMatch(
      /^tenants\.t1\.blocking\.fourEyse: unknown key "fourEyse"; the keys here are .*\bfourEyes\b/,
    );
  });

  // The parser's messages quote what they stumbled on: `…in YAML stream: "<text>"`, `…extra characters: |<text>`.
  it.each([
    ['a stray brace before a pasted value', 'tenants: {}\n}PASTED-s3cr3t-VALUE\n', 2],
    ['a pasted value after a block scalar indicator', 'tenants:\n  t1:\n    displayName: |PASTED-s3cr3t-VALUE\n', 3],
  ])('a YAML syntax error names its line and column, never the text there: %s', (_, text, line) => {
    const problems = problemsOf(() => parseConfigText(text, 'inline'));
    expect(problems[0]).toMatch(new RegExp(`^YAML syntax at line ${line}, column \\d+: `));
    expect(problems.join('\n')).not.toContain('PASTED');
  });

  it('explains YAML syntax errors and unreadable files', () => {
    expect(problemsOf(() => parseConfigText('tenants: [unclosed', 'inline'))[0]).toMatch(/^YAML syntax/);
    expect(problemsOf(() => loadConfig({ path: '/no/such/file.yaml', env: {} }))[0]).toMatch(/cannot read the file/);
  });
});
