import type { CardVerb } from '../actions.ts';
import { verbTitle } from '../model/proposal-status.ts';

const STYLES: Record<CardVerb, 'positive' | 'destructive' | 'default'> = {
  approve: 'positive',
  deny: 'destructive',
  retry: 'default',
  unblock: 'destructive',
};

/** Template data for `Action.Execute` buttons; the template turns each into `{ verb, data: { verb, proposalId, tenant } }`. */
export function executeButtons(verbs: readonly CardVerb[], proposalId: string, tenant: string) {
  return verbs.map((verb) => ({ title: verbTitle(verb), verb, style: STYLES[verb], proposalId, tenant }));
}
