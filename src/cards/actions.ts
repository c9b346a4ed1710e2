import { z } from 'zod';
import { DECISION_VERBS, type DecisionVerb } from '../access/index.ts';

/** The verbs a card button can send back (the decision verbs); the chat layer routes on them. */
export const CARD_VERBS = DECISION_VERBS;
export type CardVerb = DecisionVerb;

/** Carried as Teams `Action.Execute` `data` and as Slack button `value` (JSON). */
export interface CardActionPayload {
  readonly verb: CardVerb;
  readonly proposalId: string;
  readonly tenant: string;
}

const payloadSchema = z.object({
  verb: z.enum(CARD_VERBS),
  proposalId: z.string().min(1),
  tenant: z.string().min(1),
});

/** Slack `action_id`: unique per message because a proposal appears once and has one button per verb. */
export function slackActionId(payload: CardActionPayload): string {
  return `${payload.verb}:${payload.proposalId}`;
}

export class CardActionError extends Error {
  readonly code = 'huntops_card_action_invalid';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CardActionError';
  }
}

/**
 * Reads a button payload sent back by Teams (`data` object) or Slack (`value` JSON string).
 * Clicks come from the network, so anything malformed is rejected with a message that says what was wrong.
 */
export function parseCardAction(raw: unknown): CardActionPayload {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (cause) {
      throw new CardActionError('card action value is not JSON; expected {verb, proposalId, tenant}', { cause });
    }
  }
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`);
    throw new CardActionError(`card action payload is invalid (${problems.join('; ')})`, { cause: parsed.error });
  }
  return parsed.data;
}
