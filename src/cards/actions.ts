import { z } from 'zod';
import { DECISION_VERBS, type DecisionVerb } from '../access/index.ts';
import { PIVOT_ENTITIES, type PivotEntity } from '../hunts/index.ts';
import { SLACK } from './limits.ts';

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

/**
 * A pivot button (on a hunt finding or a pivot card's related entities): pressing it is the command it names,
 * `/hunt <entity> <value> <tenant>`, so it passes the same grammar, gate, rate limits and audit as typing it.
 */
export interface PivotActionPayload {
  readonly verb: 'pivot';
  readonly entity: PivotEntity;
  readonly value: string;
  readonly tenant: string;
}

const pivotSchema = z.object({
  verb: z.literal('pivot'),
  entity: z.enum(PIVOT_ENTITIES),
  // Longer than any IP, UPN (113 + 1 + 253) or host name; the grammar checks the shape.
  value: z.string().min(1).max(400),
  tenant: z.string().min(1).max(200),
});

/** The command text a pivot press stands for. */
export function pivotCommandText(payload: PivotActionPayload): string {
  return `${payload.entity} ${payload.value} ${payload.tenant}`;
}

/** Slack `action_id` of a pivot button: `index` keeps two buttons for the same entity on one message apart. */
export function pivotActionId(payload: PivotActionPayload, index: number): string {
  return `pivot:${index}:${payload.entity}:${payload.value}`.slice(0, SLACK.actionId);
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
  return checked(payloadSchema, readJson(raw));
}

/**
 * Reads a press that may be a pivot: its payload when the verb is `pivot`, undefined for any other press (a
 * decision, left to `parseCardAction`). A pivot press with a malformed payload is refused like any other.
 */
export function parsePivotAction(raw: unknown): PivotActionPayload | undefined {
  const value = readJson(raw);
  if ((value as { verb?: unknown } | null)?.verb !== 'pivot') return undefined;
  return checked(pivotSchema, value);
}

/** A press as the surfaces route it: a pivot becomes the command it names, a decision goes to the bot's actions. */
export type ButtonPress =
  | { readonly kind: 'pivot'; readonly pivot: PivotActionPayload }
  | { readonly kind: 'decision'; readonly decision: CardActionPayload };

/** Reads any button press; throws `CardActionError` for a payload that is neither a pivot nor a decision. */
export function parseButtonPress(raw: unknown): ButtonPress {
  const pivot = parsePivotAction(raw);
  return pivot ? { kind: 'pivot', pivot } : { kind: 'decision', decision: parseCardAction(raw) };
}

function readJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch (cause) {
    throw new CardActionError('card action value is not JSON; expected {verb, proposalId, tenant}', { cause });
  }
}

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`);
    throw new CardActionError(`card action payload is invalid (${problems.join('; ')})`, { cause: parsed.error });
  }
  return parsed.data;
}
