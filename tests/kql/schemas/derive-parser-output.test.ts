import { describe, expect, it } from 'vitest';
import { deriveParserOutput } from '../../../src/kql/schemas/catalogue/derive-parser-output.ts';

// The generator types a Sentinel parser without a validation file by compiling its FunctionQuery
// (src/kql/schemas/catalogue/sentinel-custom-tables/README.md). These parsers are made up for the test.
const parserFile = (query: string) =>
  `FunctionName: Made_up\nFunctionAlias: MadeUp\nFunctionQuery: |\n${query
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n`;

describe('deriveParserOutput', () => {
  it('returns the columns the parser query outputs, under the function alias', () => {
    const derived = deriveParserOutput(
      parserFile('Syslog\n| extend Port = toint(ProcessID)\n| project Computer, Port'),
    );
    expect(derived).toEqual({
      ok: true,
      name: 'MadeUp',
      columns: [
        { name: 'Computer', type: 'string' },
        { name: 'Port', type: 'int' },
      ],
      unfitDatatableValues: 0,
    });
  });

  it("types a datatable whose values do not fit their column by its declared columns, and counts them (datatable-operator.md: the column name and column value pairs define the table's schema)", () => {
    const query = [
      "let Codes = datatable(Code:long, Label:string) ['1', 'one', '2', 'two',];",
      'Syslog',
      '| extend Code = tolong(ProcessID)',
      '| lookup Codes on Code',
      '| project Code, Label',
    ].join('\n');
    expect(deriveParserOutput(parserFile(query))).toEqual({
      ok: true,
      name: 'MadeUp',
      columns: [
        { name: 'Code', type: 'long' },
        { name: 'Label', type: 'string' },
      ],
      unfitDatatableValues: 2,
    });
  });

  it('refuses a parser with any other error, naming it, rather than guessing its columns', () => {
    const query = 'let Codes = datatable(Code:string) [1];\nNoSuchTable_CL\n| lookup Codes on Code';
    const derived = deriveParserOutput(parserFile(query));
    expect(derived.ok).toBe(false);
    expect(!derived.ok && derived.errors).toEqual([expect.stringMatching(/KQL0010 .*unknown table 'NoSuchTable_CL'/)]);
  });
});
