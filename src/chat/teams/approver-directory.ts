import { TeamsInfo, type TurnContext } from 'botbuilder';
import { deliveryError } from './connector-error.ts';

/** How long a found member is trusted before Teams is asked again (someone may leave the channel). */
const MEMBER_TTL_MS = 60 * 60 * 1000;

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
  const known = new Map<string, { readonly mri: string; readonly until: number }>();
  const memberMri = async (context: TurnContext, objectId: string): Promise<string> => {
    const key = `${context.activity.conversation.id}\n${objectId}`;
    const cached = known.get(key);
    if (cached && cached.until > clock()) return cached.mri;
    const member = await TeamsInfo.getMember(context, objectId);
    known.set(key, { mri: member.id, until: clock() + MEMBER_TTL_MS });
    return member.id;
  };
  return {
    async lookUp(context, objectIds) {
      const answers = await Promise.allSettled(objectIds.map((objectId) => memberMri(context, objectId)));
      const failed = answers.findIndex((answer) => answer.status === 'rejected');
      if (failed < 0)
        return { found: true, mris: answers.map((answer) => (answer as PromiseFulfilledResult<string>).value) };
      const error = (answers[failed] as PromiseRejectedResult).reason;
      const objectId = objectIds[failed];
      if ((error as { statusCode?: unknown })?.statusCode === 404)
        return { found: false, reason: `approver ${objectId} is not a member of this conversation` };
      const cause = deliveryError(`look up approver ${objectId}`, error);
      return { found: false, reason: cause instanceof Error ? cause.message : String(cause) };
    },
  };
}
