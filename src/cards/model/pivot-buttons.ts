import { type HuntError, type PivotEntity, parseEntityValue } from '../../hunts/index.ts';
import type { PivotActionPayload } from '../actions.ts';

/** An entity a card names, as found in the rows (an account may be `CONTOSO\\alice`, which is no UPN). */
export interface NamedEntities {
  readonly ip?: string;
  readonly account?: string;
  readonly host?: string;
}

const ENTITY_OF: Record<keyof NamedEntities, PivotEntity> = { ip: 'ip', account: 'user', host: 'host' };

/**
 * The pivot buttons for the entities a row names, one per entity the grammar would accept: a button whose
 * command would be refused (an `NTDOMAIN\\name` account) is left out rather than shown and refused on press.
 */
export function pivotButtons(named: NamedEntities, tenant: string): PivotActionPayload[] {
  return (Object.keys(ENTITY_OF) as (keyof NamedEntities)[]).flatMap((key) => {
    const raw = named[key];
    const entity = ENTITY_OF[key];
    const value = raw === undefined ? undefined : pivotable(entity, raw);
    return value === undefined ? [] : [{ verb: 'pivot' as const, entity, value, tenant }];
  });
}

/** The value in the spelling the pivot matches on, or undefined when it is not one of `entity`'s shape. */
export function pivotable(entity: PivotEntity, raw: string): string | undefined {
  try {
    return parseEntityValue(entity, raw);
  } catch (error) {
    if ((error as HuntError).code === 'huntops_hunt_pivot_value') return undefined;
    throw error;
  }
}

/** `Pivot on 203.0.113.5`: the label names the entity, since a row can carry three buttons. */
export function pivotLabel(payload: PivotActionPayload): string {
  return `${payload.entity === 'ip' ? 'IP' : payload.entity === 'user' ? 'User' : 'Host'} ${payload.value}`;
}
