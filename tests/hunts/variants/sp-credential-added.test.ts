import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';

/** Microsoft's own sample of credential additions (tests/fixtures/hunts/sentinel-samples/README.md). */
const SAMPLE: Row[] = JSON.parse(
  readFileSync(new URL('../../fixtures/hunts/sentinel-samples/AuditLogs_Hunting.json', import.meta.url), 'utf8'),
);

const found = async (rows: Row[]) =>
  [...new Set((await huntRows('sp-credential-added', { AuditLogs: rows })).map((f) => f.fields.Actor))].sort();

describe('/hunt sp-credential-added on Microsoft’s sample AuditLogs rows', () => {
  it('finds the secrets added in the sample ("Update application – Certificates and secrets management ")', async () => {
    const rows = SAMPLE.map((row, i) => ({ ...row, TimeGenerated: ago(60 - i * 5) }));
    expect(await found(rows)).toEqual([
      'VadimJ@buildseccxpninja.onmicrosoft.com',
      'victim@buildseccxpninja.onmicrosoft.com',
    ]);
  });

  it('reports no actor who added credentials before the window too', async () => {
    const [first] = SAMPLE;
    const rows = [
      { ...first, TimeGenerated: ago(30 * 24 * 60) },
      { ...first, TimeGenerated: ago(60) },
    ];
    expect(await found(rows)).toEqual([]);
  });
});
