/** Every state a block proposal can be in. `failed` is retryable; `denied`, `expired`, `unblocked` and `lapsed` are final. */
export const STATES = [
  'proposed',
  'approved',
  'blocking',
  'blocked',
  'failed',
  'denied',
  'expired',
  'unblocking',
  'unblocked',
  'lapsed',
] as const;
export type State = (typeof STATES)[number];

/** The allowed transitions, declared once; every update in the repository is checked against this table. */
export const TRANSITIONS: Readonly<Record<State, readonly State[]>> = {
  proposed: ['approved', 'denied', 'expired'],
  approved: ['blocking'],
  blocking: ['blocked', 'failed'],
  failed: ['blocking'],
  blocked: ['unblocking', 'lapsed'],
  unblocking: ['unblocked', 'blocked'],
  denied: [],
  expired: [],
  unblocked: [],
  lapsed: [],
};

export function canMove(from: State, to: State): boolean {
  return TRANSITIONS[from].includes(to);
}

/** States in which an indicator counts as live (at most one live proposal per tenant and indicator). */
export const LIVE_STATES: readonly State[] = ['proposed', 'approved', 'blocking', 'blocked', 'failed', 'unblocking'];
