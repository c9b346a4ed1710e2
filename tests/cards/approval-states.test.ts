import { describe, expect, it } from 'vitest';
import {
  type ApprovalCardModel,
  parseCardAction,
  toAdaptiveCard,
  toBlockKit,
  toPlainText,
} from '../../src/cards/index.ts';
import { executeActions } from './support/adaptive-validate.ts';
import { PROPOSAL_STATES, proposalIn } from './support/card-models.ts';

const BUTTONS = {
  proposed: ['approve', 'deny'],
  approved: [],
  blocking: [],
  blocked: ['unblock'],
  failed: ['retry'],
  denied: [],
  expired: [],
  unblocked: [],
  lapsed: [],
} as const;

function approval(state: (typeof PROPOSAL_STATES)[number]): ApprovalCardModel {
  return { kind: 'approval', tenant: { key: 'tenant-a', displayName: 'Contoso' }, proposal: proposalIn(state) };
}

function slackVerbs(model: ApprovalCardModel): string[] {
  return toBlockKit(model)
    .blocks.filter((block) => block.type === 'actions')
    .flatMap((block) =>
      (block as { elements: Array<{ value: string }> }).elements.map((element) => parseCardAction(element.value).verb),
    );
}

describe('approval card states', () => {
  it.each(PROPOSAL_STATES)('%s offers exactly its buttons on Teams and Slack', (state) => {
    const model = approval(state);
    expect(executeActions(toAdaptiveCard(model)).map((action) => action.verb)).toEqual(BUTTONS[state]);
    expect(slackVerbs(model)).toEqual(BUTTONS[state]);
    for (const action of executeActions(toAdaptiveCard(model))) {
      expect(parseCardAction(action.data)).toEqual({
        verb: action.verb,
        proposalId: `prop-${state}`,
        tenant: 'tenant-a',
      });
    }
  });

  it.each([
    ['approved', /Approved: the block is queued[\s\S]*bob@contoso\.example at 2026-11-20 10:05 UTC/],
    ['denied', /Denied[\s\S]*Reason: Known partner VPN egress/],
    ['failed', /Block failed[\s\S]*Error: Defender API answered 403 Forbidden[\s\S]*Retry/],
    ['expired', /Proposal expired before anyone decided/],
    ['unblocked', /Unblocked[\s\S]*Reason: False positive after review/],
    ['lapsed', /Block lapsed at its expiry/],
    ['blocked', /Blocked[\s\S]*Expires:\s+2026-12-20 10:05 UTC[\s\S]*Unblock/],
  ] as const)('%s says who decided, when and why', (state, pattern) => {
    expect(toPlainText(approval(state))).toMatch(pattern);
    expect(JSON.stringify(toAdaptiveCard(approval(state)))).toMatch(/bob@contoso\.example|expired/);
  });
});
