import { clip, listSome, plural } from '../format/text.ts';
import { formatDuration, formatWindow } from '../format/time.ts';
import type { FindingRow } from './finding-row.ts';
import type { HuntCardModel } from './hunt-model.ts';
import type { TenantRef } from './types.ts';

/** The plain-text lines every hunt rendering shares, so Teams, Slack and the CLI say the same thing. */
export function huntLines(model: HuntCardModel) {
  const techniques = model.template.techniques.length ? ` · MITRE ${model.template.techniques.join(', ')}` : '';
  return {
    title: `${model.template.name}: ${model.findings.length ? plural(model.findings.length, 'finding') : 'no findings'}`,
    severityLine: `${model.template.severity} severity${techniques}`,
    tenantLine: tenantLine(model.tenant),
    windowLine: formatWindow(model.window),
    statsLine: `${plural(model.rowsScanned, 'row')} scanned · ${plural(model.findings.length, 'finding')}`,
    emptyLine: 'No findings in this window: nothing matched the hunt, nothing to block.',
    footer: `Run ${model.runId} · ${formatDuration(model.durationMs)} · ${model.backend} · /hunt ${model.template.command} ${model.tenant.key}`,
  };
}

export function tenantLine(tenant: TenantRef): string {
  return `${tenant.displayName} (${tenant.key})`;
}

export function originOf(row: FindingRow): string {
  return [row.country, row.asn].filter(Boolean).join(' · ') || '–';
}

/** `5: alice@x, bob@y, carol@z +2`, clipped so one row can never blow a size limit. */
export function accountsSummary(row: FindingRow, shown = 3): string {
  return clip(listSome(row.accounts, shown, row.accountCount) || '–', 160);
}
