import { pivotCommandText } from '../actions.ts';
import type { PivotCardModel } from '../model/pivot-model.ts';
import { eventLine, isMultiTenant, pivotLines, queryLine } from '../model/pivot-summary.ts';

const OUTCOME_MARKS = { Good: 'ok', Attention: '!!', Default: '  ', Warning: '! ', Accent: '..' } as const;

/** The CLI and log rendering: the whole timeline, every related entity with the command that pivots to it. */
export function pivotPlainText(model: PivotCardModel): string {
  const lines = pivotLines(model);
  const multiTenant = isMultiTenant(model);
  const out = [
    lines.title,
    lines.summaryLine,
    ...lines.facts.map((fact) => `${`${fact.title}:`.padEnd(9)}${fact.value}`),
  ];
  out.push('');
  if (model.timeline.length === 0) out.push(lines.emptyLine);
  for (const event of model.timeline) {
    const line = eventLine(event, multiTenant);
    out.push(`${OUTCOME_MARKS[line.tone]} ${line.when}  ${line.what}  ${line.detail}`);
  }
  if (model.related.length > 0) {
    out.push('', 'Related entities:');
    for (const related of model.related) out.push(`  /hunt ${pivotCommandText(related.pivot)}`);
  }
  out.push('', 'Entity queries:');
  for (const query of model.queries) {
    out.push(`  ${queryLine(query, multiTenant)}`);
    if (query.deepLink) out.push(`    ${query.deepLink.label}: ${query.deepLink.url}`);
  }
  out.push('', lines.footer);
  return `${out.join('\n')}\n`;
}
