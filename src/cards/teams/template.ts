import { readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as JSON, ready for `{ contentType: 'application/vnd.microsoft.card.adaptive', content }`. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

const TEMPLATE_DIR = new URL('../../../adaptive-cards/', import.meta.url);
const templates = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let loaded = templates.get(name);
  if (!loaded) {
    loaded = new ACData.Template(JSON.parse(readFileSync(new URL(`${name}.json`, TEMPLATE_DIR), 'utf8')));
    templates.set(name, loaded);
  }
  return loaded;
}

/** Binds `data` into `adaptive-cards/<name>.json`. Templates only bind prepared strings, lists and flags. */
export function expandTemplate(name: string, data: object): AdaptiveCardJson {
  return template(name).expand({ $root: data }) as AdaptiveCardJson;
}
