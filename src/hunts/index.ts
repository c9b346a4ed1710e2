/**
 * @module Hunt templates (Sentinel rule YAML plus an optional `x-hunt` block), their typed parameters,
 * findings and reports, the KQL linter, and the demo log generator. Other folders import only from here.
 */

export type { DemoAttack, DemoLookalike, LibraryScenario } from './demo-data/attack-context.ts';
export { ATTACK_KINDS, type AttackKind, attackerIps } from './demo-data/attacker-ips.ts';
export { DEMO_TABLES, type DemoRow, type DemoTable } from './demo-data/demo-logs.ts';
export { type DemoData, type DemoDataOptions, generateDemoData } from './demo-data/generate.ts';
export { LIBRARY_SCENARIOS } from './demo-data/library/index.ts';
export { type WrittenDemoData, writeDemoData } from './demo-data/write-demo-data.ts';
export { HuntError, type HuntErrorCode } from './errors.ts';
export { buildFindings, type WireRows } from './findings/build-findings.ts';
export { buildHuntReport, type HuntReportInput } from './findings/build-report.ts';
export { findingIocs } from './findings/finding-iocs.ts';
export { type FileLintResult, formatLintResult, lintFile, lintFiles } from './lint/lint-files.ts';
export { type LintDiagnostic, lintQuery } from './lint/lint-query.ts';
export {
  describeParameter,
  type HuntParameter,
  listParameters,
  PARAMETER_TYPES,
  type ParameterType,
} from './params/parameter-spec.ts';
export { parseParameterArgs } from './params/parse-parameter-args.ts';
export { resolveParameterValues } from './params/resolve-values.ts';
export type { TypedValue } from './params/typed-value.ts';
export { entityQueriesFor, SHIPPED_ENTITY_QUERIES_DIR } from './pivots/entity-queries.ts';
export { isPivotEntity, PIVOT_ENTITIES, type PivotEntity, parseEntityValue } from './pivots/entity-value.ts';
export { type RenderOptions, renderHuntQuery } from './query/render-hunt-query.ts';
export type { Finding, HuntReport } from './report.ts';
export {
  createHuntRunner,
  type HuntRunEvent,
  type HuntRunner,
  type HuntRunnerOptions,
  type HuntRunRequest,
  type HuntRunResult,
} from './runner/hunt-runner.ts';
export { parseWindow } from './runner/parse-window.ts';
export type { HuntBackendChoice, HuntSummary, HuntTemplate } from './template/hunt-template.ts';
export {
  findTemplate,
  listTemplateFiles,
  loadTemplateFile,
  loadTemplates,
  SHIPPED_TEMPLATES_DIR,
} from './template/load-templates.ts';
export { parseTemplate } from './template/parse-template.ts';
