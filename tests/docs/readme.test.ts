import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { loadTemplates } from '../../src/hunts/index.ts';
import { createMetrics } from '../../src/server/metrics.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const EXAMPLE_PATH = new URL('../fixtures/config/mssp-example.yaml', import.meta.url);
const MARKER = '<!-- The block below is tests/fixtures/config/mssp-example.yaml';

/** The README's text that must not drift from the code: the MSSP example, the command table, the metrics table. */
describe('README', () => {
  it('shows the MSSP example exactly as the fixture file', () => {
    const at = README.indexOf(MARKER);
    expect(at, 'the README lost its example marker').toBeGreaterThan(0);
    const block = /```yaml\n([\s\S]*?)```/.exec(README.slice(at));
    expect(block?.[1]).toBe(readFileSync(EXAMPLE_PATH, 'utf8'));
  });

  it('the MSSP example is a valid config whose digests name shipped hunts', () => {
    const { config } = loadConfig({ path: EXAMPLE_PATH.pathname, env: {} });
    expect(Object.keys(config.tenants)).toEqual(['contoso', 'fabrikam', 'northwind']);
    expect(new Set(Object.values(config.tenants).map((tenant) => tenant.blocking.provider))).toEqual(
      new Set(['defender-indicator', 'entra-named-location', 'dry-run']),
    );
    const shipped = new Set(loadTemplates([]).map((template) => template.command));
    const digests = [...config.digests, ...Object.values(config.tenants).flatMap((tenant) => tenant.digests)];
    for (const hunt of digests.flatMap((digest) => digest.hunts)) expect(shipped, hunt).toContain(hunt);
  });

  it('lists every CLI command', () => {
    for (const command of Object.keys(COMMANDS)) expect(README, command).toContain(`| \`huntops ${command}`);
  });

  it('documents every huntops metric series', async () => {
    const series = (await createMetrics().registry.getMetricsAsJSON())
      .map((metric) => metric.name)
      .filter((name) => name.startsWith('huntops_'));
    expect(series.length).toBeGreaterThan(5);
    for (const name of series) expect(README, name).toContain(`\`${name}\``);
  });
});
