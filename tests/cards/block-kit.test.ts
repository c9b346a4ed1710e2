import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildHuntCardModel, parseCardAction, toBlockKit } from '../../src/cards/index.ts';
import { allCardModels } from './support/card-models.ts';
import { huntInput } from './support/report-builder.ts';
import { slackLimitProblems } from './support/slack-limits.ts';

function buttons(
  blocks: unknown[],
): Array<{ action_id: string; value?: string; url?: string; text: { text: string } }> {
  return blocks.flatMap((block) =>
    (block as { type: string }).type === 'actions' ? (block as { elements: never[] }).elements : [],
  );
}

describe('Block Kit for Slack', () => {
  it.each(allCardModels())('%s stays inside Slack limits', (_name, model) => {
    expect(slackLimitProblems(toBlockKit(model))).toEqual([]);
  });

  it('the limit checker catches violations (guards the guard)', () => {
    const tooMany = { blocks: Array.from({ length: 51 }, () => ({ type: 'divider' as const })), text: 'x' };
    expect(slackLimitProblems(tooMany)).toHaveLength(1);
    const duplicate = {
      type: 'actions' as const,
      elements: [{ type: 'button' as const, text: { type: 'plain_text' as const, text: 'a' }, action_id: 'x' }],
    };
    expect(slackLimitProblems({ blocks: [duplicate, duplicate], text: 'x' })).toHaveLength(1);
  });

  it('200 findings: the top ones, "and N more", and every finding in the CSV', () => {
    const message = toBlockKit(
      buildHuntCardModel(huntInput({ findings: 200, unicode: true, long: true, proposals: 30 })),
    );
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('and 190 more findings');
    const rows = parse(message.overflowCsv ?? '', { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(200);
    expect(rows[0].entity).toBe('203.0.0.0');
    expect(rows[0].band).toBe('high');
    expect(Number(rows[0].account_count)).toBe(8);
  });

  it('many backend warnings fold into one context block with a count', () => {
    const input = huntInput({ findings: 1 });
    const warnings = Array.from({ length: 14 }, (_, index) => `workspace ${index} did not answer`);
    const message = toBlockKit(buildHuntCardModel({ ...input, report: { ...input.report, warnings } }));
    expect(slackLimitProblems(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('…and 5 more warnings');
  });

  it('a short hunt carries no CSV', () => {
    expect(toBlockKit(buildHuntCardModel(huntInput({ findings: 3 }))).overflowCsv).toBeUndefined();
  });

  it('approve/deny buttons carry {verb, proposalId, tenant} and unique action ids', () => {
    const message = toBlockKit(buildHuntCardModel(huntInput({ findings: 5, proposals: 3 })));
    const actionButtons = buttons(message.blocks).filter(
      (button) => button.value && !button.action_id.startsWith('pivot:'),
    );
    expect(actionButtons).toHaveLength(6);
    expect(actionButtons.map((button) => button.text.text)).toContain('Approve 203.0.0.0');
    for (const button of actionButtons) {
      const payload = parseCardAction(button.value);
      expect(button.action_id).toBe(`${payload.verb}:${payload.proposalId}`);
      expect(payload.tenant).toBe('tenant-a');
    }
    expect(buttons(message.blocks).find((button) => button.url)?.text.text).toBe('Open in Log Analytics');
  });

  it('escapes hunt data so it cannot mention @channel or inject links', () => {
    const input = huntInput({ findings: 1, unicode: true });
    const message = toBlockKit(buildHuntCardModel(input));
    const json = JSON.stringify(message.blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
  });

  it('drops the portal button when the link is longer than Slack accepts', () => {
    const input = {
      ...huntInput({ findings: 1 }),
      deepLink: { label: 'Open in Defender', url: `https://security.microsoft.com/?q=${'a'.repeat(3100)}` },
    };
    const message = toBlockKit(buildHuntCardModel(input));
    expect(buttons(message.blocks).some((button) => button.url)).toBe(false);
  });

  it('sweep progress counts done tenants and lists the failed one first', () => {
    const [, sweep] = allCardModels().find(([name]) => name === 'sweep progress')!;
    const message = toBlockKit(sweep);
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('12/50 tenants done, 2 with findings, 1 failed');
    expect(JSON.stringify(message.blocks[2])).toContain('workspace access denied');
    expect(json).toMatch(/and \d+ more tenants/);
  });
});
