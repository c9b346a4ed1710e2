import type { CardVerb } from '../../cards/index.ts';
import type { ChatCommand } from '../grammar/commands.ts';
import type { Requirement } from './authorize.ts';

/** Who may do what: the one table every command and button press is checked against. */
export function requirementOf(
  request: ChatCommand | { readonly verb: CardVerb; readonly tenant: string },
): Requirement {
  if ('verb' in request) return { role: 'approver', tenant: request.tenant };
  switch (request.kind) {
    case 'hunt':
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
