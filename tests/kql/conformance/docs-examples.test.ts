import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DocExample, differenceFrom } from './compare-output.ts';

// Microsoft's documented KQL examples (MicrosoftDocs/dataexplorer-docs, data-explorer/kusto/query;
// CC-BY-4.0 / MIT, see the fixture's "about"), each with the page it comes from, run on the local
// engine and compared with the page's Output table.
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/kql/conformance/${name}`, import.meta.url), 'utf8'));
const examples: DocExample[] = fixture('docs-examples.json').examples;
const knownFailures: Record<string, string> = fixture('docs-examples-known-failures.json').failures;
const keyOf = (example: DocExample) => `${example.page}#${example.index}`;

/** The share of documented examples that must give the documented result; raise it as the engine improves. */
const MINIMUM_PASSING = 0.85;
/**
 * The same share among the examples whose Output table can come from their own query: an erratum (a page that
 * contradicts itself, or shows random or now()-dependent values) is a fault of the page, not of the engine.
 */
const MINIMUM_PASSING_WITHOUT_ERRATA = 0.95;
const isErratum = (reason: string) => reason.startsWith('erratum:');

describe('documented KQL examples', () => {
  const passing = examples.filter((example) => !Object.hasOwn(knownFailures, keyOf(example)));

  it.each(passing.map((example) => [keyOf(example), example] as const))('%s', async (_key, example) => {
    expect(await differenceFrom(example)).toBeUndefined();
  });

  it('lists as known failures only examples that still fail (remove the ones now passing)', async () => {
    const nowPassing: string[] = [];
    for (const example of examples)
      if (Object.hasOwn(knownFailures, keyOf(example)) && (await differenceFrom(example)) === undefined)
        nowPassing.push(keyOf(example));
    expect(nowPassing).toEqual([]);
  });

  it(`passes at least ${MINIMUM_PASSING * 100}% of the self-contained examples`, () => {
    expect(examples.length).toBeGreaterThan(600);
    expect(passing.length / examples.length).toBeGreaterThanOrEqual(MINIMUM_PASSING);
  });

  it(`passes at least ${MINIMUM_PASSING_WITHOUT_ERRATA * 100}% of the examples whose page agrees with itself`, () => {
    const errata = Object.values(knownFailures).filter(isErratum).length;
    expect(passing.length / (examples.length - errata)).toBeGreaterThanOrEqual(MINIMUM_PASSING_WITHOUT_ERRATA);
  });
});
