import { readFileSync } from 'node:fs';
import type { KqlColumn } from '../../types.ts';
import { parseColumnSpec } from '../column-spec.ts';

/** catalogue.json as generate-catalogue.ts writes it. */
interface CatalogueFile {
  readonly tables: Readonly<Record<string, string>>;
}

/**
 * Every table Microsoft documents for Log Analytics / Sentinel and Defender XDR advanced hunting,
 * with its columns and KQL types (catalogue.json, generated from the docs by generate-catalogue.ts).
 */
export function catalogueSchemas(): Record<string, readonly KqlColumn[]> {
  const file = JSON.parse(readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8')) as CatalogueFile;
  return Object.fromEntries(Object.entries(file.tables).map(([name, spec]) => [name, parseColumnSpec(spec)]));
}
