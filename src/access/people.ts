import type { HuntopsConfig } from '../config/index.ts';

/**
 * The person (a key of `people`) whose account `userId` is, on any surface; undefined for an id listed there under
 * no one. Proposals record requesters and approvers by id alone, so the look-up ignores the surface: the config
 * refuses an id listed under two people, and ids of different surfaces do not look alike (Slack `U…`, Entra object
 * ids, console user names).
 */
function personOf(config: HuntopsConfig, userId: string): string | undefined {
  return Object.entries(config.people).find(([, accounts]) =>
    Object.values(accounts).some((ids) => ids?.includes(userId)),
  )?.[0];
}

/**
 * Whether two user ids are one person: the same id, or two accounts `people` links. Four-eyes compares through
 * this, so one approver with a Slack and a Teams account can neither approve their own request from the other
 * surface nor give a block both of the approvals it needs.
 */
export function samePerson(config: HuntopsConfig, a: string, b: string): boolean {
  if (a === b) return true;
  const person = personOf(config, a);
  return person !== undefined && person === personOf(config, b);
}
