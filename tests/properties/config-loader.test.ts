import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ConfigError, parseConfigText } from '../../src/config/index.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

/** Either a config, or a ConfigError whose every problem is a sentence; nothing else may come out. */
function expectConfigOrClearError(text: string, keys: readonly string[] = []): void {
  try {
    const config = parseConfigText(text, 'prop.yaml');
    expect(typeof config.tenants).toBe('object');
  } catch (error) {
    if (keys.length > 0) expect(keys.some((key) => String((error as Error).message).includes(key))).toBe(true);
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.trim().length).toBeGreaterThan(3);
  }
}

const VALID = `${SLACK_TENANT_YAML}store: { sqlitePath: ./data/x.db }\n`;
const yamlPieces = fc.constantFrom(
  ':',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!!binary',
  '\t',
  '\n  ',
  '"',
  "'",
  '#',
  '|',
  '>',
);
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('*', 'local', 'logAnalytics', 'defender', 'public', 'clientSecret', '0 7 * * 1-5', 'Mars/Olympus'),
);

describe('property: the config loader', () => {
  it('answers arbitrary text with a config or a clear ConfigError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => expectConfigOrClearError(text)),
      { numRuns: 400 },
    );
  });

  it('answers arbitrary YAML documents (any shape) with a config or a clear ConfigError', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => expectConfigOrClearError(stringify(value) ?? '')),
      { numRuns: 300 },
    );
  });

  it('answers a valid config with random YAML punctuation spliced in with a config or a clear ConfigError', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(10), yamlPieces), { maxLength: 5 }), (edits) => {
        let text = VALID;
        for (const [at, remove, insert] of edits) {
          const pos = at % (text.length + 1);
          text = text.slice(0, pos) + insert + text.slice(pos + remove);
        }
        expectConfigOrClearError(text);
      }),
      { numRuns: 300 },
    );
  });

  it('names the key path of a value replaced deep inside a tenant', () => {
    const paths = [
      ['tenants', 'tenant-a', 'displayName'],
      ['tenants', 'tenant-a', 'local'],
      ['tenants', 'tenant-a', 'channels', 'slack'],
      ['tenants', 'tenant-a', 'hunters'],
      ['tenants', 'tenant-a', 'approvers', 'slack'],
      ['tenants', 'tenant-b', 'channels'],
      ['store', 'sqlitePath'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), scalar, (path, value) => {
        const raw = parse(VALID) as Record<string, unknown>;
        let node = raw;
        for (const key of path.slice(0, -1)) {
          node[key] ??= {};
          node = node[key] as Record<string, unknown>;
        }
        node[path.at(-1) as string] = value;
        expectConfigOrClearError(stringify(raw), path);
      }),
      { numRuns: 300 },
    );
  });
});
