import { describe, expect, it } from 'vitest';
import {
  buildHuntCardModel,
  parseCardAction,
  TEAMS_CARD_BUDGET,
  toAdaptiveCard,
  toTeamsAttachment,
} from '../../src/cards/index.ts';
import { adaptiveCardProblems, decisionActions, executeActions } from './support/adaptive-validate.ts';
import { allCardModels } from './support/card-models.ts';
import { huntInput } from './support/report-builder.ts';

describe('Adaptive Cards for Teams', () => {
  it.each(allCardModels())(
    '%s parses and validates as card 1.5 without warnings and fits the Teams budget',
    (_name, model) => {
      const card = toAdaptiveCard(model);
      expect(card.version).toBe('1.5');
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(JSON.stringify(card).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
    },
  );

  it('the validator catches a broken card (guards the guard)', () => {
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] })).not.toEqual([]);
    expect(
      adaptiveCardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [],
        actions: [{ type: 'Action.OpenUrl', title: 'x' }],
      }),
    ).not.toEqual([]);
  });

  it('every decision button is an Action.Execute whose data is a valid card action for its proposal', () => {
    for (const [, model] of allCardModels()) {
      for (const action of decisionActions(toAdaptiveCard(model))) {
        const payload = parseCardAction(action.data);
        expect(payload.verb).toBe(action.verb);
        expect(action.title).toMatch(/^(Approve|Deny|Retry|Unblock)$/);
      }
    }
  });

  it('shows the top findings as a table and says how many more there are', () => {
    const card = toAdaptiveCard(buildHuntCardModel(huntInput({ findings: 200 })));
    const json = JSON.stringify(card);
    const table = (card.body as Array<{ type: string; rows?: unknown[] }>).find((element) => element.type === 'Table');
    const shownRows = (table?.rows?.length ?? 0) - 1;
    expect(shownRows).toBeGreaterThan(0);
    expect(json).toContain(`and ${200 - shownRows} more findings`);
    expect(json).toContain('203.0.0.0');
    expect(json).toContain('100 high');
    expect(json).toContain('Open in Log Analytics');
    expect(json).toContain('Run run-20261120-0001 · 12.4 s');
  });

  it('hundreds of backend warnings do not push the card over budget', () => {
    const input = huntInput({ findings: 15 });
    const warnings = Array.from({ length: 500 }, (_, index) => `workspace ${index} did not answer: ${'x'.repeat(400)}`);
    const card = toAdaptiveCard(buildHuntCardModel({ ...input, report: { ...input.report, warnings } }));
    expect(JSON.stringify(card).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
    expect(JSON.stringify(card)).toContain('…and 495 more warnings');
    expect(JSON.stringify(card)).toContain('"Table"');
  });

  it('an empty hunt says so and offers no table or buttons', () => {
    const card = toAdaptiveCard(
      buildHuntCardModel({ ...huntInput({ findings: 0, proposals: 0 }), deepLink: undefined }),
    );
    const json = JSON.stringify(card);
    expect(json).toContain('No findings in this window');
    expect(json).not.toContain('"Table"');
    expect(executeActions(card)).toEqual([]);
  });

  it('binds hunt data as text: template expressions and markdown in the data stay literal', () => {
    const input = huntInput({ findings: 1 });
    const tricky = `${'$'}{tenant.key} [click](https://evil.example) **x**`;
    const scores = [{ ...input.scores![0], reasons: [tricky] }];
    const card = toAdaptiveCard(buildHuntCardModel({ ...input, scores }));
    const json = JSON.stringify(card);
    expect(json).toContain(tricky);
    // Data lands in TextRuns, which hosts never read as markdown.
    expect(json).toMatch(/"type":"TextRun","text":"\$\{tenant\.key\} \[click\]/);
  });

  it('wraps a card as a Bot Framework attachment', () => {
    const card = toAdaptiveCard({ kind: 'tenants', tenants: [] });
    expect(toTeamsAttachment(card)).toEqual({ contentType: 'application/vnd.microsoft.card.adaptive', content: card });
  });
});
