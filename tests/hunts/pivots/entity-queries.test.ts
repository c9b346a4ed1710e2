import { describe, expect, it } from 'vitest';
import {
  buildFindings,
  entityQueriesFor,
  formatLintResult,
  HuntError,
  lintFiles,
  loadTemplates,
  PIVOT_ENTITIES,
  parseEntityValue,
  parseTemplate,
  renderHuntQuery,
  SHIPPED_ENTITY_QUERIES_DIR,
} from '../../../src/hunts/index.ts';
import { runQuery, toWireTable } from '../../../src/kql/index.ts';
import { DEMO_END, loadDemoFixture } from '../support/demo-hunt-fixture.ts';

const templates = loadTemplates([SHIPPED_ENTITY_QUERIES_DIR]);

describe('entity values', () => {
  it.each([
    ['ip', '203.0.113.5', '203.0.113.5'],
    ['ip', '::ffff:203.0.113.5', '203.0.113.5'],
    ['ip', '2001:DB8::0:1', '2001:db8::1'],
    ['user', 'Alice.Smith@Contoso.com', 'alice.smith@contoso.com'],
    ['host', 'WS-042.contoso.local', 'ws-042.contoso.local'],
    ['host', 'srv-web01', 'srv-web01'],
  ] as const)('%s %s is read as %s', (entity, raw, value) => {
    expect(parseEntityValue(entity, raw)).toBe(value);
  });

  it.each([
    ['ip', '203.0.113.5" | take 1'],
    ['ip', '999.1.1.1'],
    ['user', 'alice'],
    ['user', 'alice@contoso.com" or 1==1'],
    ['user', "o'brien@contoso.com"],
    ['host', 'ws 042'],
    ['host', '-ws'],
    ['host', 'a'.repeat(254)],
  ] as const)('%s %s is refused with a coded error that shows the expected shape', (entity, raw) => {
    const error = (() => {
      try {
        parseEntityValue(entity, raw);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(HuntError);
    expect(error).toMatchObject({
      code: 'huntops_hunt_pivot_value',
      message: expect.stringContaining('write it like'),
    });
  });
});

describe('the shipped entity queries', { timeout: 60_000 }, () => {
  it('cover every entity with sign-ins or logons, and lint clean against the table catalogue', () => {
    for (const entity of PIVOT_ENTITIES) expect(entityQueriesFor(templates, entity).length).toBeGreaterThan(2);
    expect(lintFiles([SHIPPED_ENTITY_QUERIES_DIR]).flatMap(formatLintResult)).toEqual([]);
  });

  it('refuses an entity query whose pivot parameter is not a declared string: the value must be a typed literal', () => {
    const text = [
      'id: x',
      'name: x',
      "query: 'let entityIp = 5; SigninLogs | where IPAddress == tostring(entityIp)'",
      'x-hunt:',
      '  command: x',
      '  backend: logAnalytics',
      '  pivot: { entity: ip, parameter: entityIp }',
      '  parameters: [{ name: entityIp, type: int, default: 5, help: h }]',
    ].join('\n');
    expect(() => parseTemplate(text, 'x.yaml')).toThrow(/x-hunt.pivot.parameter: 'entityIp' must be a declared string/);
  });

  it('find what the demo attackers did, and only for the entity asked about', async () => {
    const fixture = await loadDemoFixture(1);
    const spray = fixture.data.attacks.find((attack) => attack.command === 'spray')!;
    const bruteforce = fixture.data.attacks.find((attack) => attack.command === 'bruteforce')!;
    const pivot = async (entity: (typeof PIVOT_ENTITIES)[number], value: string) => {
      const window = { start: new Date(DEMO_END.getTime() - 3 * 86_400_000), end: DEMO_END };
      const rows = [];
      for (const template of entityQueriesFor(templates, entity)) {
        const query = renderHuntQuery(template, { window, values: { [template.pivot!.parameter]: value } });
        const outcome = await runQuery(fixture.database, query, { now: DEMO_END });
        if (!outcome.ok) throw new Error(`${template.command}: ${JSON.stringify(outcome)}`);
        rows.push(...buildFindings(template, toWireTable(outcome.table)));
      }
      return rows;
    };
    const sprayRows = await pivot('ip', spray.ip!);
    expect(sprayRows.every((row) => row.ip === spray.ip)).toBe(true);
    expect(sprayRows.map((row) => row.fields.Outcome)).toEqual(expect.arrayContaining(['success', 'failure']));
    expect(sprayRows.map((row) => row.account)).toContain(spray.account);
    const hostRows = await pivot('host', bruteforce.host!.split('.')[0]!);
    expect(hostRows.map((row) => row.ip)).toContain(bruteforce.ip);
    expect(hostRows.every((row) => row.host?.startsWith(bruteforce.host!.split('.')[0]!))).toBe(true);
    const userRows = await pivot('user', spray.account!);
    expect(userRows.length).toBeGreaterThan(0);
    expect(userRows.every((row) => row.account === spray.account)).toBe(true);
  });
});
