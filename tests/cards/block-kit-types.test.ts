import type { types } from '@slack/bolt';
import { expectTypeOf, it } from 'vitest';
import type { SlackBlock } from '../../src/cards/index.ts';

// Checked by tsc (npm run lint): the cards declare their own Block Kit shapes, and they must stay Slack's.
it("the cards' Block Kit blocks are blocks Slack's own types accept", () => {
  expectTypeOf<SlackBlock>().toExtend<types.KnownBlock>();
});
