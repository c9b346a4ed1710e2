/**
 * What an approver may do to a block proposal: the one list, for the buttons cards carry, the actions chat
 * receives and the decisions blocking makes.
 */
export const DECISION_VERBS = ['approve', 'deny', 'retry', 'unblock'] as const;
export type DecisionVerb = (typeof DECISION_VERBS)[number];
