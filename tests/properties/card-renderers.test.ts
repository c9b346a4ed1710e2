import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CardActionError,
  type CardModel,
  parseCardAction,
  render,
  TEAMS_CARD_BUDGET,
  toAdaptiveCard,
  toBlockKit,
} from '../../src/cards/index.ts';
import { slackLimitProblems } from '../cards/support/slack-limits.ts';

// tests/cards/any-text.test.ts covers hunt cards with arbitrary finding text; this covers what comes back from
// the network (button payloads) and the error cards, whose text is whatever an upstream service said.
const anyText = fc.string({ unit: 'grapheme', maxLength: 3000 });

describe('property: card renderers and card actions', () => {
  it('read any button payload into an action or a CardActionError that says what was wrong', () => {
    const payloadLike = fc.record(
      {
        verb: fc.oneof(fc.constantFrom('approve', 'deny', 'retry', 'unblock'), fc.anything()),
        proposalId: fc.anything(),
        tenant: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          payloadLike,
          payloadLike.map((p) => JSON.stringify(p)),
          fc.string(),
        ),
        (raw) => {
          try {
            const action = parseCardAction(raw);
            expect(['approve', 'deny', 'retry', 'unblock']).toContain(action.verb);
          } catch (error) {
            expect(error).toBeInstanceOf(CardActionError);
            expect((error as Error).message).toMatch(/card action/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('render error cards with any code and message in every format, within each surface’s limits', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(anyText, { nil: undefined }),
        fc.option(anyText, { nil: undefined }),
        (code, message, name) => {
          const model: CardModel = {
            kind: 'error',
            code,
            message,
            tenant: name === undefined ? undefined : { key: 'k', displayName: name },
            runId: 'run-1',
          };
          expect(slackLimitProblems(toBlockKit(model))).toEqual([]);
          expect(JSON.stringify(toAdaptiveCard(model)).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
          expect(typeof render(model, 'text')).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });
});
