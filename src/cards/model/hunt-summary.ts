import { clip, listSome, plural } from '../format/text.ts';
import { formatDuration, formatTime, formatWindow } from '../format/time.ts';
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
    statsLine: `${rowsLine(model)} · ${plural(model.findings.length, 'finding')}`,
    emptyLine: 'No findings in this window: nothing matched the hunt, nothing to block.',
    footer: [
      `Run ${model.runId}`,
      // A run timed below a millisecond was not timed (a fixed clock): no duration beats a false "0 ms".
      model.durationMs >= 1 ? formatDuration(model.durationMs) : undefined,
      model.backend,
      `/hunt ${model.template.command} ${model.tenant.key}`,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

export function tenantLine(tenant: TenantRef): string {
  return `${tenant.displayName} (${tenant.key})`;
}

export function originOf(row: FindingRow): string {
  return [row.country, row.asn].filter(Boolean).join(' · ') || '–';
}

/** Rows scanned when the backend reported it; otherwise only what came back, said as such. */
function rowsLine(model: HuntCardModel): string {
  return model.rowsScanned === undefined
    ? `${plural(model.rowsReturned, 'row')} returned`
    : `${plural(model.rowsScanned, 'row')} scanned`;
}

/** `alice@x, bob@y, carol@z +2`, clipped so one row can never blow a size limit; '' when no account is named. */
export function accountsSummary(row: FindingRow, shown = 3): string {
  return row.accounts.length === 0 ? '' : clip(listSome(row.accounts, shown, row.accountCount), 160);
}

/**
 * A finding's facts after its entity and score: `5 accounts: alice@x, bob@y +3 · 12 attempts · first → last`,
 * leaving out whatever the template does not map (no "0 accounts", no "– → –").
 */
export function findingFacts(row: FindingRow, shown = 3): string[] {
  const named = accountsSummary(row, shown);
  const accounts = row.accountCount > 0 ? `${plural(row.accountCount, 'account')}${named ? `: ${named}` : ''}` : '';
  const attempts = row.attempts === undefined ? '' : plural(row.attempts, 'attempt');
  const seen = row.firstSeen || row.lastSeen ? `${formatTime(row.firstSeen)} → ${formatTime(row.lastSeen)}` : '';
  return [accounts, attempts, seen].filter(Boolean);
}
