import { fileURLToPath } from 'node:url';
import type { HuntTemplate } from '../template/hunt-template.ts';
import type { PivotEntity } from './entity-value.ts';

/**
 * The entity queries that ship with huntops. Load them beside the hunts (`loadTemplates([SHIPPED_ENTITY_QUERIES_DIR,
 * ...templates.dirs])`): one namespace of commands, so a deployment's own entity query cannot shadow a shipped one.
 */
export const SHIPPED_ENTITY_QUERIES_DIR = fileURLToPath(new URL('../entity-queries/', import.meta.url));

/** The templates `/hunt <entity>` runs: every loaded template whose `x-hunt.pivot` names that entity. */
export function entityQueriesFor(templates: readonly HuntTemplate[], entity: PivotEntity): HuntTemplate[] {
  return templates.filter((template) => template.pivot?.entity === entity);
}
