/**
 * Measures how many real published hunting queries run on the embedded engine (issue #15): each file of
 * tests/fixtures/kql/corpus-sample/ that Microsoft's parser (@kusto/language-service-next) accepts is compiled
 * and run over empty typed tables (a catalogued table without data answers as empty). Prints the pass rate of the
 * development part and of the held-out part (one file in five, chosen by a hash of its name, whose failures are
 * not looked at while fixing the engine) and a histogram of the first error of each failing query. Not a test:
 *
 *   npx tsx tests/kql/real-world/measure-corpus-sample.ts            # figures and histogram
 *   npx tsx tests/kql/real-world/measure-corpus-sample.ts --list     # plus each failing development file
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKusto } from '../../../src/hunts/lint/language-service.ts';
import { KqlDatabase, type KqlOutcome, runQuery } from '../../../src/kql/index.ts';

const SAMPLE_DIR = fileURLToPath(new URL('../../fixtures/kql/corpus-sample/', import.meta.url));
const NOW = new Date('2026-01-15T12:00:00Z');
const listFailures = process.argv.includes('--list');

interface Parsed {
  GetDiagnostics(): { readonly Count: number };
}
const kusto = loadKusto() as unknown as { Language: { KustoCode: { Parse(text: string, globals: null): Parsed } } };

/** Held out: one file in five, fixed by its name, so the figure on it stays honest. */
function isHeldOut(file: string): boolean {
  return createHash('sha1').update(file).digest()[0] % 5 === 0;
}

/** The first error of a failed outcome, with numbers and quoted names kept but positions dropped. */
function reasonOf(outcome: Exclude<KqlOutcome, { ok: true }>): string {
  if (outcome.kind === 'runtime') return `${outcome.error.code} ${outcome.error.message.slice(0, 90)}`;
  const first = outcome.diagnostics.find((d) => d.severity === 'error') ?? outcome.diagnostics[0];
  return `${first.code} ${first.message.slice(0, 90)}`;
}

const tally = { dev: { run: 0, ok: 0 }, heldOut: { run: 0, ok: 0 } };
const histogram = new Map<string, number>();
const failing: string[] = [];
let rejectedByMicrosoft = 0;

for (const file of readdirSync(SAMPLE_DIR)
  .filter((name) => name.endsWith('.kql'))
  .sort()) {
  const text = readFileSync(`${SAMPLE_DIR}${file}`, 'utf8');
  if (kusto.Language.KustoCode.Parse(text, null).GetDiagnostics().Count > 0) {
    rejectedByMicrosoft++;
    continue;
  }
  const part = isHeldOut(file) ? tally.heldOut : tally.dev;
  part.run++;
  const outcome = await runQuery(KqlDatabase.empty(), text, { now: NOW, timeoutMs: 10_000 });
  if (outcome.ok) {
    part.ok++;
    continue;
  }
  if (part === tally.heldOut) continue;
  const reason = reasonOf(outcome);
  histogram.set(reason, (histogram.get(reason) ?? 0) + 1);
  failing.push(`${file}: ${reason}`);
}

const percent = (ok: number, run: number) => `${ok}/${run} (${((100 * ok) / Math.max(run, 1)).toFixed(1)}%)`;
console.log(`rejected by Microsoft's parser (not counted): ${rejectedByMicrosoft}`);
console.log(`development: ${percent(tally.dev.ok, tally.dev.run)} compile and run`);
console.log(`held out:    ${percent(tally.heldOut.ok, tally.heldOut.run)} compile and run`);
console.log('\nfirst error of each failing development query:');
for (const [reason, count] of [...histogram].sort((a, b) => b[1] - a[1]))
  console.log(`${String(count).padStart(4)}  ${reason}`);
if (listFailures) console.log(`\n${failing.join('\n')}`);
