// Run as `node --import tsx loaded-packages.ts <module>`: imports the module, then prints the packages that
// loading it brought in (those loaded through require, as express, bolt and botbuilder are), one per line.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

await import(pathToFileURL(process.argv[2]!).href);
const require = createRequire(import.meta.url);
const packages = new Set(
  Object.keys(require.cache).flatMap((path) => path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []),
);
process.stdout.write([...packages].sort().join('\n'));
