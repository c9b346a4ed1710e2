/**
 * Rewrites tests/fixtures/kql/conformance/docs-examples-known-failures.json from the engine as it is:
 * every documented example that does not give its documented output, with its first difference.
 * Reasons starting with "erratum:" (the page contradicts itself) are kept as written. Prints the
 * pass count. Run after improving the engine:
 *
 *   npx tsx tests/kql/conformance/update-known-failures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type DocExample, differenceFrom } from './compare-output.ts';

const fixtures = new URL('../../fixtures/kql/conformance/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const examples: DocExample[] = read('docs-examples.json').examples;
const previous = read('docs-examples-known-failures.json');

const failures: Record<string, string> = {};
for (const example of examples) {
  const key = `${example.page}#${example.index}`;
  const difference = await differenceFrom(example).catch((error: unknown) => `threw ${error}`);
  if (difference === undefined) continue;
  const kept: string | undefined = previous.failures[key];
  failures[key] = kept?.startsWith('erratum:') ? kept : difference.replace(/\s+/g, ' ').slice(0, 160);
}
writeFileSync(
  new URL('docs-examples-known-failures.json', fixtures),
  `${JSON.stringify({ about: previous.about, failures }, null, 2)}\n`,
);
const passing = examples.length - Object.keys(failures).length;
console.log(`${passing}/${examples.length} documented examples give the documented output`);
