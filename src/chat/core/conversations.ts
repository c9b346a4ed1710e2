import type { Kysely } from 'kysely';
import type { Database } from '../../store/index.ts';

/** Conversation references captured when the bot is added or messaged (Teams), keyed by conversation id. */
export interface Conversations {
  remember(surface: string, conversationId: string, reference: object, at: Date): Promise<void>;
  find(surface: string, conversationId: string): Promise<object | undefined>;
}

export function createConversations(db: Kysely<Database>): Conversations {
  return {
    async remember(surface, conversationId, reference, at) {
      const row = { reference: JSON.stringify(reference), updated_at: at.toISOString() };
      await db
        .insertInto('chat_conversations')
        .values({ surface, conversation_id: conversationId, ...row })
        .onConflict((conflict) => conflict.columns(['surface', 'conversation_id']).doUpdateSet(row))
        .execute();
    },
    async find(surface, conversationId) {
      const row = await db
        .selectFrom('chat_conversations')
        .select('reference')
        .where('surface', '=', surface)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.reference) as object) : undefined;
    },
  };
}
