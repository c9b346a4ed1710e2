import { describe, it } from 'vitest';
import { database, expectCase, type QueryCase } from '../support/builders.ts';

// Documented semantics whose examples the extractor cannot take (no **Output** heading, or a table of
// calls); each case names its page in MicrosoftDocs/dataexplorer-docs, data-explorer/kusto/query/.
const cases: (QueryCase & { readonly page: string })[] = [
  {
    page: 'numerical-operators.md ("Comment about the modulo operator")',
    name: 'modulo is never negative',
    query: 'print plusPlus = 14 % 12, minusPlus = -14 % 12, plusMinus = 14 % -12, minusMinus = -14 % -12',
    rows: [[2, 10, 2, 10]],
  },
  {
    page: 'scalar-data-types/real.md (real(nan): "dividing a 0.0 by another 0.0")',
    name: '0.0 / 0.0 is NaN, not null',
    query: 'print isnan(0.0 / 0.0), isnull(0.0 / 0.0)',
    rows: [[true, false]],
  },
  {
    page: 'translate-function.md (Examples table)',
    name: 'translate maps, repeats the last replacement, deletes with an empty list',
    query: 'print translate("abc", "x", "abc"), translate("abc", "", "ab"), translate("krasp", "otsku", "spark")',
    rows: [['xxx', '', 'kusto']],
  },
  {
    page: 'scalar-data-types/null-values.md ("Equality and inequality of null values")',
    name: '== and != between null and a value are false and true; between nulls, null',
    query: 'print a = 5 == int(null), b = 5 != int(null), c = int(null) == int(null), d = int(null) != int(null)',
    rows: [[false, true, null, null]],
  },
  {
    page: 'print-operator.md',
    name: 'unnamed print columns are print_<position>',
    query: 'print 1, x = 2, strlen("abc")',
    columns: ['print_0:long', 'x:long', 'print_2:long'],
    rows: [[1, 2, 3]],
  },
  {
    page: 'monthofyear-function.md',
    name: 'datetime() takes its text in quotes too',
    query: 'print monthofyear(datetime("2015-12-14"))',
    rows: [[12]],
  },
];

describe('documented semantics', () => {
  it.each(cases)('$name ($page)', (c) => expectCase(database({}), c));
});
