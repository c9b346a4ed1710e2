import { describe, expect, it } from 'vitest';
import { buildHuntCardModel } from '../../src/cards/index.ts';
import { huntInput } from './support/report-builder.ts';

describe('buildHuntCardModel', () => {
  it('joins findings with their intel scores and ranks the riskiest first', () => {
    const input = huntInput({ findings: 6 });
    const model = buildHuntCardModel({ ...input, scores: [...input.scores!].reverse() });
    const scores = model.findings.map((row) => row.score);
    expect(scores).toEqual([100, 99, 98, 96, 95, null]);
    expect(model.findings[0]).toMatchObject({
      ip: '203.0.0.0',
      band: 'high',
      country: 'DE',
      topReason: 'In 12 OTX pulses',
      attempts: 1000,
    });
  });

  it('reads the targeted accounts from the make_set column and their count from the dcount column', () => {
    const model = buildHuntCardModel(huntInput({ findings: 1, accountsPerFinding: 4 }));
    expect(model.findings[0].accounts).toHaveLength(4);
    expect(model.findings[0].accountCount).toBe(7);
  });

  it('falls back to the single account column and to the IP-less entity', () => {
    const input = huntInput({ findings: 0 });
    const report = { ...input.report, findings: [{ account: 'eve@contoso.example', count: 3, fields: {} }] };
    const [row] = buildHuntCardModel({ ...input, report }).findings;
    expect(row).toMatchObject({
      entity: 'eve@contoso.example',
      accounts: ['eve@contoso.example'],
      accountCount: 1,
      band: 'unknown',
      score: null,
    });
  });

  it('joins scores to IPs however the address is spelt (IPv6 case and zero runs, IPv4-mapped)', () => {
    const input = huntInput({ findings: 0 });
    const report = {
      ...input.report,
      findings: [
        { ip: '2001:DB8:0:0::1', fields: {} },
        { ip: '::ffff:198.51.100.7', fields: {} },
      ],
    };
    const scores = [
      { indicator: '2001:db8::1', score: 77, band: 'medium' as const, reasons: [] },
      { indicator: '198.51.100.7', score: 12, band: 'low' as const, reasons: [] },
    ];
    const rows = buildHuntCardModel({ ...input, report, scores }).findings;
    expect(rows.map((row) => [row.entity, row.indicator, row.iocType, row.score])).toEqual([
      ['IP 2001:DB8:0:0::1', '2001:DB8:0:0::1', 'ip', 77],
      ['IP ::ffff:198.51.100.7', '::ffff:198.51.100.7', 'ip', 12],
    ]);
  });

  it('shows structured account values as JSON rather than [object Object]', () => {
    const input = huntInput({ findings: 0 });
    const report = { ...input.report, findings: [{ ip: '203.0.113.1', fields: { Users: [{ upn: 'a@x' }, 'b@x'] } }] };
    expect(buildHuntCardModel({ ...input, report }).findings[0].accounts).toEqual(['{"upn":"a@x"}', 'b@x']);
  });

  it('marks IPs that intel has not answered for yet as pending', () => {
    const [row] = buildHuntCardModel({ ...huntInput({ findings: 1 }), scores: [] }).findings;
    expect(row).toMatchObject({ band: 'pending', score: null });
  });

  it('turns truncation and missing intel into warnings ahead of the backend warnings', () => {
    const input = huntInput({ findings: 101, long: true });
    const model = buildHuntCardModel({ ...input, intelUnavailable: true });
    expect(model.warnings[0]).toMatch(/^Partial results/);
    expect(model.warnings[1]).toMatch(/^Threat intel unavailable/);
    expect(model.warnings[2]).toMatch(/la-west/);
  });
});
