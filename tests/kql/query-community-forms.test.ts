import { describe, expect, it } from 'vitest';
import { database, failureCodes, run, table } from './support/builders.ts';

/**
 * Forms from community hunting queries that Microsoft's parser accepts (checked with
 * @kusto/language-service-next) and the embedded engine used to refuse.
 */
const db = database({
  T: table('a:string, a1:string, Col1:long, x_1:long, Ab1c:long', [['a', 'b', 1, 2, 3]]),
});

describe('wildcard column patterns (project-away-operator.md, project-keep-operator.md)', () => {
  it('a pattern whose text after * starts with a digit is one pattern: project-away *1 drops a1, Col1 and x_1', async () => {
    expect((await run(db, 'T | project-away *1')).columns).toEqual(['a:string', 'Ab1c:long']);
    expect((await run(db, 'T | project-keep Col*1, a')).columns).toEqual(['a:string', 'Col1:long']);
    expect((await run(db, 'T | project-reorder *1, a')).columns).toEqual([
      'a1:string',
      'Col1:long',
      'x_1:long',
      'a:string',
      'Ab1c:long',
    ]);
  });

  it('a real or timespan literal after * is no pattern, as in Kusto', async () => {
    expect(await failureCodes(db, 'T | project-away *1.5')).not.toEqual([]);
    expect(await failureCodes(db, 'T | project-away *10s')).not.toEqual([]);
    expect(await failureCodes(db, 'T | project-away * 1')).not.toEqual([]);
  });
});
