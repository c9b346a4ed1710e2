import type { QueryResult } from '../../backends/index.ts';
import type { HuntReport } from '../report.ts';
import type { HuntTemplate } from '../template/hunt-template.ts';
import { buildFindings } from './build-findings.ts';

export interface HuntReportInput {
  readonly tenant: string;
  readonly window: { readonly start: Date; readonly end: Date };
  readonly result: QueryResult;
}

/** Assembles the report of one hunt run from the backend's result. */
export function buildHuntReport(template: HuntTemplate, input: HuntReportInput): HuntReport {
  return {
    template: template.command,
    tenant: input.tenant,
    backend: input.result.backend,
    window: { start: input.window.start.toISOString(), end: input.window.end.toISOString() },
    rowCount: input.result.rows.length,
    rowsScanned: input.result.rowsScanned,
    truncated: input.result.truncated,
    warnings: input.result.warnings,
    findings: buildFindings(template, input.result),
  };
}
