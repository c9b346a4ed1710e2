import { TeamsInfo, type TurnContext } from 'botbuilder';
import { deliveryError } from './connector-error.ts';

/** How long a found member is trusted before Teams is asked again (someone may leave the channel). */
const MEMBER_TTL_MS = 60 * 60 * 1000;
/** How long "not a member" is believed: long enough that a busy channel does not ask for every card. */
const NOT_MEMBER_TTL_MS = 5 * 60 * 1000;
const NOT_A_MEMBER = Symbol('not a member');

export type ApproverLookup =
  | { readonly found: true; readonly mris: readonly string[] }
  | { readonly found: false; readonly reason: string };

export interface ApproverDirectory {
  /** The Teams user ids (`29:…` MRIs) of these Entra object ids in the context's conversation, or why not all are known. */
  lookUp(context: TurnContext, objectIds: readonly string[]): Promise<ApproverLookup>;
}

/**
 * Teams' refresh lists users by MRI while huntops' approvers are configured as Entra object ids. The connector's
 * single-member lookup (GET /v3/conversations/{id}/members/{objectId}, TeamsInfo.getMember) maps one to the
 * other; the answers are kept in memory per conversation, so a card's refreshes cost no connector calls.
 */
export function approverDirectory(clock: () => number = Date.now): ApproverDirectory {
  type Answer = string | typeof NOT_A_MEMBER;
  // Promises, so a burst of cards for one channel asks Teams once per approver, not once per card.
  const known = new Map<string, { readonly answer: Promise<Answer>; until: number }>();
  const ask = async (context: TurnContext, objectId: string): Promise<Answer> => {
    try {
      return (await TeamsInfo.getMember(context, objectId)).id;
    } catch (error) {
      if ((error as { statusCode?: unknown })?.statusCode !== 404) throw error;
      return NOT_A_MEMBER;
    }
  };
  const memberMri = (context: TurnContext, objectId: string): Promise<Answer> => {
    const key = `${context.activity.conversation.id}\n${objectId}`;
    const cached = known.get(key);
    if (cached && cached.until > clock()) return cached.answer;
    const entry = { answer: ask(context, objectId), until: Number.POSITIVE_INFINITY };
    known.set(key, entry);
    entry.answer.then(
      (answer) => {
        entry.until = clock() + (answer === NOT_A_MEMBER ? NOT_MEMBER_TTL_MS : MEMBER_TTL_MS);
      },
      () => known.delete(key), // a connector failure is not remembered: the next card asks again
    );
    return entry.answer;
  };
  return {
    async lookUp(context, objectIds) {
      const answers = await Promise.allSettled(objectIds.map((objectId) => memberMri(context, objectId)));
      const failed = answers.findIndex((answer) => answer.status === 'rejected');
      if (failed < 0) {
        const mris = answers.map((answer) => (answer as PromiseFulfilledResult<Answer>).value);
        const outsider = mris.indexOf(NOT_A_MEMBER);
        if (outsider >= 0)
          return { found: false, reason: `approver ${objectIds[outsider]} is not a member of this conversation` };
        return { found: true, mris: mris as string[] };
      }
      const error = (answers[failed] as PromiseRejectedResult).reason;
      const objectId = objectIds[failed];
      const cause = deliveryError(`look up approver ${objectId}`, error);
      return { found: false, reason: cause instanceof Error ? cause.message : String(cause) };
    },
  };
}
