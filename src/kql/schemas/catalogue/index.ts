import { readFileSync } from 'node:fs';
import type { KqlColumn } from '../../types.ts';
import { parseColumnSpec } from '../column-spec.ts';

/** catalogue.json as generate-catalogue.ts writes it. */
interface CatalogueFile {
  readonly tables: Readonly<Record<string, string>>;
  /** The tables an Azure Monitor (Log Analytics) page documents, as opposed to Defender XDR's pages alone. */
  readonly logAnalyticsTables: readonly string[];
}

let file: CatalogueFile | undefined;

function catalogue(): CatalogueFile {
  file ??= JSON.parse(readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8')) as CatalogueFile;
  return file;
}

/**
 * Every table Microsoft documents for Log Analytics / Sentinel and Defender XDR advanced hunting,
 * with its columns and KQL types (catalogue.json, generated from the docs by generate-catalogue.ts).
 */
export function catalogueSchemas(): Record<string, readonly KqlColumn[]> {
  return Object.fromEntries(Object.entries(catalogue().tables).map(([name, spec]) => [name, parseColumnSpec(spec)]));
}

/** The catalogued tables that live in a Log Analytics workspace (and so have its standard columns). */
export function logAnalyticsTableNames(): readonly string[] {
  return catalogue().logAnalyticsTables;
}
