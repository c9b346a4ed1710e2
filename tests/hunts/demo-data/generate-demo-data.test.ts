import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import {
  ATTACK_KINDS,
  attackerIps,
  DEMO_TABLES,
  generateDemoData,
  LIBRARY_SCENARIOS,
  writeDemoData,
} from '../../../src/hunts/index.ts';
import { loadColumnTables, TABLE_SCHEMAS } from '../../../src/kql/index.ts';
import { DEMO_ATTACK_ORDER } from '../support/shipped-hunts.ts';

const end = new Date('2026-11-22T08:00:00Z');
const data = generateDemoData({ seed: 1, end });

const inRange = (ip: string, cidr: string) => ipaddr.parse(ip).match(ipaddr.parseCIDR(cidr));
const IP_COLUMNS = ['IPAddress', 'IpAddress', 'RemoteIP', 'HostIP', 'SenderIPv4', 'LocalIP'];

describe('generateDemoData', () => {
  it('is deterministic for a seed, scale and end, and differs between seeds', () => {
    expect(generateDemoData({ seed: 1, end })).toEqual(data);
    expect(generateDemoData({ seed: 2, end }).attacks).not.toEqual(data.attacks);
  });

  it('names seed 1 Contoso and seed 2 Fabrikam, like the embedded demo tenants', () => {
    expect(data.domain).toBe('contoso.com');
    expect(generateDemoData({ seed: 2, end, days: 1 }).domain).toBe('fabrikam.com');
  });

  it('injects one attack of each kind from documentation ranges, stable for the seed whatever the scale or end', () => {
    expect(data.attacks.map((attack) => [attack.kind, attack.command])).toEqual(
      DEMO_ATTACK_ORDER.map((command) => [command, command]),
    );
    const addresses: Record<string, string | undefined> = attackerIps(1);
    for (const attack of data.attacks) {
      expect(Date.parse(attack.start)).toBeGreaterThan(end.getTime() - 24 * 3_600_000);
      expect(Date.parse(attack.end)).toBeLessThan(end.getTime());
      expect(attack.ip).toBe(addresses[attack.kind]);
      // Host-only attacks name the host instead of an address.
      if (attack.ip === undefined) expect(attack.host).toBeDefined();
      else expect(inRange(attack.ip, '203.0.113.0/24') || inRange(attack.ip, '198.51.100.0/24')).toBe(true);
    }
    expect(data.attacks.map((attack) => attack.kind).sort()).toEqual([...ATTACK_KINDS].sort());
    expect(new Set(data.attacks.flatMap((attack) => attack.ip ?? [])).size).toBe(Object.keys(addresses).length);
    const other = generateDemoData({ seed: 1, scale: 2, end: new Date('2026-12-01T00:00:00Z'), days: 1 });
    expect(other.attacks.map((attack) => attack.ip)).toEqual(data.attacks.map((attack) => attack.ip));
  });

  it('adds benign look-alikes from 192.0.2.0/24 and internal addresses only', () => {
    // The background look-alikes every hunt must skip, then one per library scenario (next to its hunt).
    const background = data.lookalikes.filter((lookalike) => lookalike.hunt === undefined);
    expect(new Set(background.map((lookalike) => lookalike.kind))).toEqual(
      new Set(['nat-egress', 'backup-job', 'mistyped-password']),
    );
    const library = data.lookalikes.filter((lookalike) => lookalike.hunt !== undefined);
    expect(library.map((lookalike) => lookalike.hunt)).toEqual(LIBRARY_SCENARIOS.map((scenario) => scenario.kind));
    expect(new Set(library.map((lookalike) => lookalike.kind)).size, 'one kind of look-alike per hunt').toBe(
      library.length,
    );
    const nat = data.lookalikes.find((lookalike) => lookalike.kind === 'nat-egress')!;
    expect(inRange(nat.ip!, '192.0.2.0/24')).toBe(true);
    const backup = data.lookalikes.find((lookalike) => lookalike.kind === 'backup-job')!;
    expect(inRange(backup.ip!, '10.0.0.0/8')).toBe(true);
  });

  it('uses only attacker, 192.0.2.0/24, internal and loopback addresses anywhere in the logs', () => {
    const attackers = new Set(data.attacks.map((attack) => attack.ip));
    for (const rows of Object.values(data.tables)) {
      for (const row of rows) {
        for (const column of IP_COLUMNS) {
          const ip = row[column];
          if (typeof ip !== 'string' || ip === '') continue;
          const allowed =
            attackers.has(ip) || ['192.0.2.0/24', '10.0.0.0/8', '127.0.0.0/8'].some((cidr) => inRange(ip, cidr));
          expect(allowed, `${column} ${ip}`).toBe(true);
        }
      }
    }
  });

  it('writes only columns of the real table schemas, with times inside the window', () => {
    expect(Object.keys(data.tables)).toEqual([...DEMO_TABLES]);
    for (const [table, rows] of Object.entries(data.tables)) {
      expect(rows.length, table).toBeGreaterThan(30);
      const known = new Set(TABLE_SCHEMAS[table].map((column) => column.name));
      const unknown = new Set(rows.flatMap((row) => Object.keys(row)).filter((column) => !known.has(column)));
      expect([...unknown], table).toEqual([]);
      const times = rows.map((row) => Date.parse(String(row.TimeGenerated)));
      expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(data.window.start));
      expect(Math.max(...times)).toBeLessThan(end.getTime());
    }
  });

  it('scales the number of people', () => {
    const users = (demo: typeof data) => new Set(demo.tables.SigninLogs.map((row) => row.UserPrincipalName)).size;
    expect(users(generateDemoData({ seed: 3, scale: 2, end }))).toBeGreaterThan(
      users(generateDemoData({ seed: 3, end })) * 1.5,
    );
  });
});

describe('writeDemoData', () => {
  it('writes a folder the local engine loads without warnings, ground truth included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-data-'));
    const { files } = await writeDemoData(dir, { seed: 1, end });
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual([
      ...DEMO_TABLES.map((table) => `${table}.jsonl`),
      'attacks.json',
      'lookalikes.json',
    ]);
    const { tables, warnings } = await loadColumnTables(dir);
    expect(warnings).toEqual([]);
    const rowCounts = Object.fromEntries(tables.map((table) => [table.name, table.rowCount]));
    for (const table of DEMO_TABLES) expect(rowCounts[table]).toBe(data.tables[table].length);
    expect(rowCounts.attacks).toBe(ATTACK_KINDS.length);
  });
});
