import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHuntCardModel, TEAMS_CARD_BUDGET, toAdaptiveCard, toBlockKit } from '../../src/cards/index.ts';
import { adaptiveCardProblems } from './support/adaptive-validate.ts';
import { huntInput } from './support/report-builder.ts';
import { slackLimitProblems } from './support/slack-limits.ts';

// Hunt data is whatever attackers typed into sign-in forms; any string must render within every limit.
const anyText = fc.string({ unit: 'grapheme', maxLength: 4000 });
const someTexts = fc.array(anyText, { maxLength: 60 });

describe('renderers with arbitrary hunt text', () => {
  it('stay valid and within limits', () => {
    fc.assert(
      fc.property(anyText, anyText, someTexts, fc.integer({ min: 0, max: 60 }), (reason, name, accounts, count) => {
        const input = huntInput({ findings: count });
        const findings = input.report.findings.map((finding) => ({
          ...finding,
          fields: { TargetedAccounts: accounts },
        }));
        const scores = input.scores?.map((score) => ({ ...score, reasons: [reason], asn: reason }));
        const model = buildHuntCardModel({
          ...input,
          report: { ...input.report, findings },
          scores,
          tenant: { key: 'k', displayName: name },
          template: { ...input.template, name },
        });
        expect(slackLimitProblems(toBlockKit(model))).toEqual([]);
        const card = toAdaptiveCard(model);
        expect(JSON.stringify(card).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
        expect(adaptiveCardProblems(card)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
