import { describe, expect, it } from 'vitest';
import {
  buildHuntCardModel,
  type CardModel,
  type CardRefresh,
  TEAMS_CARD_BUDGET,
  TEAMS_MAX_REFRESH_USERS,
  toAdaptiveCard,
} from '../../src/cards/index.ts';
import { adaptiveCardProblems, decisionActions } from './support/adaptive-validate.ts';
import { allCardModels, proposalIn } from './support/card-models.ts';
import { huntInput } from './support/report-builder.ts';

/** The longest refresh Teams takes: 60 MRIs of the length real ones have. */
const FULL_REFRESH: CardRefresh = {
  verb: 'huntops.view',
  data: { runId: 'run-20261120-0001', tenant: 'tenant-a' },
  userIds: Array.from(
    { length: TEAMS_MAX_REFRESH_USERS },
    (_, index) =>
      `29:1${String(index).padStart(2, '0')}aBcDeFgHiJkLmNoPqRsTuVwXyZ-0123456789_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123`,
  ),
};

const huntModels = () =>
  allCardModels().filter((entry): entry is [string, CardModel & { kind: 'hunt' }] => entry[1].kind === 'hunt');

describe('Adaptive Cards for Teams: user-specific views of hunt cards', () => {
  it.each(huntModels())(
    '%s, decisions hidden with a 60-user refresh, parses as card 1.5 and fits the Teams budget',
    (_name, model) => {
      const card = toAdaptiveCard(model, { hideDecisions: true, refresh: FULL_REFRESH });
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(JSON.stringify(card).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
      expect(card.refresh).toEqual({
        action: { type: 'Action.Execute', verb: FULL_REFRESH.verb, data: FULL_REFRESH.data },
        userIds: FULL_REFRESH.userIds,
      });
      // The refresh is the card's only Action.Execute: no proposal offers a button.
      expect(decisionActions(card).map((action) => action.verb)).toEqual([FULL_REFRESH.verb]);
    },
  );

  it.each(huntModels())('%s, with decisions and the refresh, keeps every button of the plain card', (_name, model) => {
    const card = toAdaptiveCard(model, { refresh: FULL_REFRESH });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
    const buttons = decisionActions(card).filter((action) => action.verb !== FULL_REFRESH.verb);
    expect(buttons).toEqual(decisionActions(toAdaptiveCard(model)));
  });

  it('hides approve, deny, retry and unblock alike, and leaves the proposals and their states on the card', () => {
    const proposals = [proposalIn('proposed'), proposalIn('failed'), proposalIn('blocked'), proposalIn('denied')];
    const model = buildHuntCardModel({ ...huntInput({ findings: 3 }), proposals });
    const shown = toAdaptiveCard(model);
    expect(decisionActions(shown).map((action) => action.verb)).toEqual(['approve', 'deny', 'retry', 'unblock']);
    const hidden = JSON.stringify(toAdaptiveCard(model, { hideDecisions: true }));
    expect(decisionActions(JSON.parse(hidden))).toEqual([]);
    expect(hidden).not.toContain('"refresh"');
    for (const text of ['Block proposed: waiting for an approver', 'Block failed', 'Blocked', 'Denied'])
      expect(hidden).toContain(text);
  });

  it('a card without options is the card as before: no refresh', () => {
    expect(toAdaptiveCard(buildHuntCardModel(huntInput({ findings: 3 })))).not.toHaveProperty('refresh');
  });
});
