/**
 * @module Who may do what: the caller, the one authorization rule (who may hunt a tenant, who may approve its
 * blocks), the table of what each request needs, the decision verbs, the Entra tenants a tenant admits, which
 * accounts are one person, and the per-user and per-tenant budgets. Depends on config only; chat, cards and
 * blocking use it.
 */
export {
  type AccessDecision,
  authorize,
  type Caller,
  huntableTenants,
  mayApprove,
  type Requirement,
} from './authorize.ts';
export { closestMatch, didYouMean } from './closest-match.ts';
export { DECISION_VERBS, type DecisionVerb } from './decision-verbs.ts';
export { admitsEntraTenant, admittedEntraTenants } from './entra-admission.ts';
export { samePerson } from './people.ts';
export { createRateLimits, type OverBudget, type RateLimits } from './rate-limits.ts';
export { type AccessRequest, requirementOf } from './requirements.ts';
