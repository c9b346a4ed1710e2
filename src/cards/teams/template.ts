import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** An Adaptive Card as JSON, ready for `{ contentType: 'application/vnd.microsoft.card.adaptive', content }`. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** The slice of adaptivecards-templating that huntops uses. */
interface TemplatingModule {
  Template: new (payload: unknown) => { expand(context: { $root: unknown }): unknown };
}

// Loaded through require, not `import`: the package's typings import adaptivecards' TypeScript *sources*
// (adaptivecards/src/schema), which then fail the project's type check; this slice is all we need.
const { Template } = createRequire(import.meta.url)('adaptivecards-templating') as TemplatingModule;

const TEMPLATE_DIR = new URL('../../../adaptive-cards/', import.meta.url);
const templates = new Map<string, InstanceType<TemplatingModule['Template']>>();

function template(name: string) {
  let loaded = templates.get(name);
  if (!loaded) {
    loaded = new Template(JSON.parse(readFileSync(new URL(`${name}.json`, TEMPLATE_DIR), 'utf8')));
    templates.set(name, loaded);
  }
  return loaded;
}

/** Binds `data` into `adaptive-cards/<name>.json`. Templates only bind prepared strings, lists and flags. */
export function expandTemplate(name: string, data: object): AdaptiveCardJson {
  return template(name).expand({ $root: data }) as AdaptiveCardJson;
}
