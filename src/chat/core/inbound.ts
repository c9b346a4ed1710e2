import type { DecisionVerb } from '../../access/index.ts';
import type { CardModel } from '../../cards/index.ts';
import type { Surface } from '../../config/index.ts';

/** A command as every surface hands it to the core, already verified (signature, JWT, loopback). */
export interface InboundCommand {
  readonly surface: Surface;
  readonly channelId: string;
  readonly userId: string;
  readonly userName?: string;
  /** Teams only: the Entra tenant the activity came from (see Caller). */
  readonly entraTenantId?: string;
  readonly text: string;
  readonly correlationId: string;
}

/** A button press, already verified, with the payload parsed by the cards module. */
export interface InboundAction {
  readonly surface: Surface;
  readonly channelId: string;
  readonly userId: string;
  readonly userName?: string;
  readonly entraTenantId?: string;
  readonly verb: DecisionVerb;
  readonly proposalId: string;
  readonly tenant: string;
  readonly reason?: string;
  readonly correlationId: string;
}

/** Where a posted message lives, in the surface's own terms (Slack channel + ts, Teams activity id, console id). */
export type MessageRef = Readonly<Record<string, string>>;

/**
 * How the core answers, whatever the surface. Each adapter hides its mechanics here, the way
 * bolt's receivers hide HTTP versus socket acknowledgements.
 */
export interface Responder {
  /** A quick "working on it" (Slack's 3-second ack, Teams' typing indicator). */
  acknowledge(text: string): Promise<void>;
  /** Posts a new message visible to the channel. */
  post(card: CardModel): Promise<MessageRef>;
  /** Replaces a message posted earlier, for everyone who sees it. */
  update(ref: MessageRef, card: CardModel): Promise<void>;
  /** A reply only the caller sees (refusals, usage help). */
  whisper(text: string): Promise<void>;
}
