import { scoreLabel } from '../format/bands.ts';
import { plural } from '../format/text.ts';
import { formatDuration, formatTime, formatWindow } from '../format/time.ts';
import { tenantLine } from './hunt-summary.ts';
import type { Tone } from './list-view.ts';
import type { PivotCardModel, PivotEvent, PivotQueryLine } from './pivot-model.ts';

const ENTITY_WORDS = { ip: 'IP address', user: 'User', host: 'Host' } as const;
const OUTCOME_TONES: Record<PivotEvent['outcome'], Tone> = { success: 'Good', failure: 'Attention', other: 'Default' };

/** The plain-text lines every pivot rendering shares, so Teams, Slack and the CLI say the same thing. */
export function pivotLines(model: PivotCardModel) {
  const failed = model.queries.filter((query) => query.error).length;
  return {
    title: `${ENTITY_WORDS[model.entity]} ${model.value}`,
    summaryLine: `${plural(model.timeline.length, 'timeline line')} from ${plural(model.queries.length, 'entity query', 'entity queries')}${failed ? ` · ${failed} failed` : ''}`,
    facts: [
      { title: 'Tenants', value: model.scope === 'all' ? `all you may hunt (${tenantCount(model)})` : model.scope },
      { title: 'Window', value: formatWindow(model.window) },
      ...(model.entity === 'ip' ? [{ title: 'Intel', value: intelLine(model) }] : []),
      { title: 'Blocks', value: blocksLine(model) },
    ],
    emptyLine: 'Nothing in this window: no entity query returned a row for it.',
    footer: [
      `Pivot ${model.runId}`,
      model.durationMs >= 1 ? formatDuration(model.durationMs) : undefined,
      `/hunt ${model.entity} ${model.value} ${model.scope}`,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

function tenantCount(model: PivotCardModel): number {
  return new Set(model.queries.map((query) => query.tenant.key)).size;
}

function intelLine(model: PivotCardModel): string {
  if (model.intelUnavailable) return 'threat intel unavailable';
  if (!model.score) return 'not scored';
  const where = [model.score.country, model.score.asn].filter(Boolean).join(' · ');
  const reason = model.score.reasons[0];
  return [scoreLabel(model.score.score, model.score.band), where, reason].filter(Boolean).join(' · ');
}

function blocksLine(model: PivotCardModel): string {
  if (model.blocks.length === 0) return 'none';
  return model.blocks
    .map((block) => {
      const until = block.expiresAt ? ` until ${formatTime(block.expiresAt)}` : '';
      return `${block.indicator} ${block.state}${until} on ${block.tenant.key}`;
    })
    .join('; ');
}

/** `2026-11-20 08:15 UTC · sign-in failure ×12 · Office 365 from BR (203.0.113.5)` and its colour. */
export function eventLine(
  event: PivotEvent,
  multiTenant: boolean,
): { when: string; what: string; detail: string; tone: Tone } {
  const count = event.count && event.count > 1 ? ` ×${event.count.toLocaleString('en-US')}` : '';
  const span = event.firstSeen && event.firstSeen !== event.lastSeen ? ` (since ${formatTime(event.firstSeen)})` : '';
  const tenant = multiTenant ? ` · ${event.tenant.key}` : '';
  return {
    when: formatTime(event.lastSeen ?? event.firstSeen),
    what: `${event.activity}${count}`,
    detail: `${[...event.subjects, event.detail].filter(Boolean).join(' · ')}${span}${tenant}`,
    tone: OUTCOME_TONES[event.outcome],
  };
}

/** `Entra ID sign-ins from an IP address on tenant-a: 4 lines` or why it has none. */
export function queryLine(query: PivotQueryLine, multiTenant: boolean): string {
  const where = multiTenant ? ` on ${tenantLine(query.tenant)}` : '';
  return `${query.name}${where}: ${query.error ? `failed: ${query.error}` : plural(query.rows ?? 0, 'line')}`;
}

export function isMultiTenant(model: PivotCardModel): boolean {
  return tenantCount(model) > 1;
}
