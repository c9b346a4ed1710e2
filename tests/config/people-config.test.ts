import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/index.ts';
import { problemsOf } from './support/problems-of.ts';

const TENANT = `tenants:
  tenant-a:
    displayName: Contoso
    local: { demo: { seed: 1 } }
    approvers: { slack: [U0123ABCD, U0SAM0001], teams: [3f2504e0-4f89-41d3-9a0c-0305e82c3301] }
`;

function problemsOfPeople(yaml: string): string[] {
  return problemsOf(() => parseConfigText(`${TENANT}${yaml}`, 'inline'));
}

describe('config: people', () => {
  it('reads one id or a list per surface, as lists', () => {
    const { people } = parseConfigText(
      `${TENANT}people:
  lea: { slack: U0123ABCD, teams: [3f2504e0-4f89-41d3-9a0c-0305e82c3301], console: lea }
  sam: { slack: [U0SAM0001, U0SAM0002] }
`,
      'inline',
    );
    expect(people).toEqual({
      lea: { slack: ['U0123ABCD'], teams: ['3f2504e0-4f89-41d3-9a0c-0305e82c3301'], console: ['lea'] },
      sam: { slack: ['U0SAM0001', 'U0SAM0002'] },
    });
    expect(parseConfigText(TENANT, 'inline').people).toEqual({});
  });

  it('refuses an id listed under two people, a person with no id and a wildcard, each naming its key path', () => {
    expect(
      problemsOfPeople(`people:
  lea: { slack: U0123ABCD, console: lea }
  sam: { slack: [U0SAM0001, U0123ABCD], console: lea }
  nobody: {}
  empty: { teams: [] }
  anyone: { slack: '*' }
`),
    ).toEqual([
      'people.sam.slack: U0123ABCD is already listed under people.lea.slack; an id belongs to one person',
      'people.sam.console: lea is already listed under people.lea.console; an id belongs to one person',
      "people.nobody: lists no id; give the person's slack, teams or console id",
      "people.empty: lists no id; give the person's slack, teams or console id",
      "people.anyone.slack: '*' is not an id; list the person's own id",
    ]);
  });

  it('refuses an id that another surface of another person lists, since look-ups ignore the surface', () => {
    expect(problemsOfPeople(`people:\n  lea: { slack: lea }\n  lea2: { console: lea }\n`)).toEqual([
      'people.lea2.console: lea is already listed under people.lea.slack; an id belongs to one person',
    ]);
  });

  it('refuses a surface it does not know and a value that is not an id, naming the key path', () => {
    const problems = problemsOfPeople(`people:\n  lea: { slak: U0123ABCD, teams: { id: x } }\n`);
    expect(problems.find((problem) => problem.startsWith('people.lea.slak:'))).toMatch(/unknown key "slak"/);
    expect(problems).toContain('people.lea.teams: expected array, got a mapping');
  });
});
