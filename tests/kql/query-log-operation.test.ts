import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../src/hunts/index.ts';
import { KqlDatabase } from '../../src/kql/index.ts';
import { failureCodes, run } from './support/builders.ts';

/** Log Analytics' `_LogOperation` system function, as the local engine and `huntops lint` declare it. */
describe('_LogOperation (azure-monitor/logs/monitor-workspace.md)', () => {
  // The page's suggested alert query.
  const alert = '_LogOperation | where Operation == "Data Collection Status" | where Detail contains "OverQuota"';

  it('has the columns the page lists and, locally, no rows', async () => {
    const { columns, rows } = await run(KqlDatabase.empty(), alert);
    expect(columns).toEqual([
      'TimeGenerated:datetime',
      'Category:string',
      'Operation:string',
      'Level:string',
      'Detail:string',
      '_ResourceId:string',
      'Computer:string',
      'CorrelationId:string',
    ]);
    expect(rows).toEqual([]);
  });

  it('is called with or without parentheses, and a column it lacks is still unknown', async () => {
    const byLevel = await run(KqlDatabase.empty(), '_LogOperation() | summarize count() by Category, Level');
    expect(byLevel.columns).toEqual(['Category:string', 'Level:string', 'count_:long']);
    expect(await failureCodes(KqlDatabase.empty(), '_LogOperation | where Categry == "Ingestion"')).toEqual([
      'KQL0012',
    ]);
  });

  it('binds in huntops lint as in the engine', () => {
    expect(lintQuery(alert)).toEqual([]);
    expect(lintQuery('_LogOperation | project Categry').filter((d) => d.severity === 'Error')).not.toEqual([]);
  });
});
