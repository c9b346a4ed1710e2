import { describe, expect, it } from 'vitest';
import {
  buildHuntCardModel,
  buildPivotCardModel,
  CardActionError,
  parsePivotAction,
  pivotCommandText,
  toAdaptiveCard,
  toBlockKit,
  toPlainText,
} from '../../src/cards/index.ts';
import { adaptiveCardProblems, executeActions } from './support/adaptive-validate.ts';
import { huntWithEntities } from './support/card-models.ts';
import { pivotInput } from './support/pivot-builder.ts';
import { slackLimitProblems } from './support/slack-limits.ts';

type LooseButton = { action_id: string; value?: string; url?: string; text: { text: string } };
const slackButtons = (blocks: readonly unknown[]) =>
  blocks.flatMap((block) => ((block as { elements?: LooseButton[] }).elements ?? []).filter((e) => e.action_id));

describe('pivot cards', () => {
  const model = buildPivotCardModel(pivotInput({ events: 12, tenants: 1 }));

  it('tell the timeline newest first, colour outcomes, and leave the pivoted entity out of the related ones', () => {
    const times = model.timeline.map((event) => event.lastSeen ?? '');
    expect(times).toEqual([...times].sort().reverse());
    expect(model.timeline.map((event) => event.outcome)).toEqual(expect.arrayContaining(['success', 'failure']));
    expect(model.related.map((related) => related.pivot.value)).not.toContain('203.0.113.5');
    expect(model.related.map((related) => related.pivot.entity)).toEqual(expect.arrayContaining(['user', 'host']));
    expect(model.score).toMatchObject({ score: 88, band: 'high' });
  });

  it('show the intel score, the active block, each entity query (a failed one says why) and the portal links', () => {
    for (const text of [toPlainText(model), JSON.stringify(toAdaptiveCard(model)), JSON.stringify(toBlockKit(model))]) {
      expect(text).toContain('88 high');
      expect(text).toContain('203.0.113.5 blocked until 2026-12-20 10:00 UTC on tenant-0');
      expect(text).toContain('Email sent from an IP: failed: the tenant has no Defender backend configured');
      expect(text).toContain('https://portal.azure.com/#@contoso/blade/tenant-0/0');
    }
  });

  it('give every related entity a pivot button whose press is the command it names, on Teams and Slack', () => {
    const teams = executeActions(toAdaptiveCard(model));
    expect(teams.length).toBeGreaterThan(0);
    for (const action of teams) {
      const pivot = parsePivotAction(action.data)!;
      expect(action.verb).toBe('pivot');
      expect(pivotCommandText(pivot)).toMatch(/^(user|host) \S+ tenant-0$/);
    }
    const slack = slackButtons(toBlockKit(model).blocks).filter((button) => button.value);
    expect(slack.map((button) => parsePivotAction(button.value)?.value)).toEqual(
      teams.map((action) => (action.data as { value: string }).value),
    );
    expect(toPlainText(model)).toMatch(/\/hunt user user\d+@contoso\.example tenant-0/);
  });

  it('a malformed pivot press is refused with what was wrong; any other press is not a pivot', () => {
    expect(() => parsePivotAction({ verb: 'pivot', entity: 'mac', value: 'x', tenant: 't' })).toThrow(CardActionError);
    expect(() => parsePivotAction('{"verb":"pivot","entity":"ip"}')).toThrow(/value/);
    expect(parsePivotAction({ verb: 'approve', proposalId: 'p', tenant: 't' })).toBeUndefined();
  });

  it('stay valid cards within every limit when 40 tenants return 400 lines', () => {
    const big = buildPivotCardModel(pivotInput({ events: 400, tenants: 40, long: true }));
    expect(adaptiveCardProblems(toAdaptiveCard(big))).toEqual([]);
    expect(JSON.stringify(toAdaptiveCard(big))).toMatch(/and \d+ older lines/);
    const message = toBlockKit(big);
    expect(slackLimitProblems(message)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(toPlainText(big).split('\n').length).toBeGreaterThan(400);
  });
});

describe('pivot buttons on hunt findings', () => {
  const model = buildHuntCardModel(huntWithEntities());

  it('every finding offers its IP, its UPN and its host; an NTDOMAIN\\name account gets no button', () => {
    const teams = executeActions(toAdaptiveCard(model)).filter((action) => action.verb === 'pivot');
    const commands = teams.map((action) => pivotCommandText(parsePivotAction(action.data)!));
    expect(commands).toContain('ip 203.0.0.0 tenant-a');
    expect(commands).toContain('user user0@contoso.example tenant-a');
    expect(commands).toContain('host ws-0.contoso.local tenant-a');
    expect(commands.join('\n')).not.toContain('CONTOSO');
    const slack = slackButtons(toBlockKit(model).blocks).filter((button) => button.action_id.startsWith('pivot:'));
    expect(slack.map((button) => pivotCommandText(parsePivotAction(button.value)!))).toEqual(
      expect.arrayContaining(['ip 203.0.0.0 tenant-a', 'user user0@contoso.example tenant-a']),
    );
    expect(slackLimitProblems(toBlockKit(model))).toEqual([]);
    expect(toPlainText(model)).toContain(
      'pivot: /hunt ip 203.0.0.0 tenant-a · /hunt user user0@contoso.example tenant-a',
    );
  });

  it('a hunt card stored before pivots (no named entities) still renders, without pivot buttons', () => {
    const stored = { ...model, findings: model.findings.map(({ named: _named, ...row }) => row) };
    expect(executeActions(toAdaptiveCard(stored)).filter((action) => action.verb === 'pivot')).toEqual([]);
    expect(adaptiveCardProblems(toAdaptiveCard(stored))).toEqual([]);
  });
});
