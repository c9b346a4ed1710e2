import type { Requirement } from './authorize.ts';
import type { DecisionVerb } from './decision-verbs.ts';

/**
 * What a request is, as far as access goes: a command by its kind (the chat grammar's `ChatCommand` is one), or a
 * decision on a tenant's block.
 */
export type AccessRequest =
  | { readonly kind: 'hunt' | 'pivot' | 'blocks' | 'block' | 'unblock'; readonly tenant: string }
  | { readonly kind: 'list' | 'help' | 'tenants' }
  | { readonly verb: DecisionVerb; readonly tenant: string };

/** Who may do what: the one table every command and button press is checked against. */
export function requirementOf(request: AccessRequest): Requirement {
  if ('verb' in request) return { role: 'approver', tenant: request.tenant };
  switch (request.kind) {
    case 'hunt':
    case 'pivot':
      return request.tenant === 'all' ? { role: 'sweeper' } : { role: 'hunter', tenant: request.tenant };
    case 'blocks':
    case 'block':
      return { role: 'hunter', tenant: request.tenant };
    case 'unblock':
      return { role: 'approver', tenant: request.tenant };
    case 'list':
    case 'help':
    case 'tenants':
      return { role: 'anyone' };
  }
}
