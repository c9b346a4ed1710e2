import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildHuntCardModel, CardActionError, findingsCsv, parseCardAction } from '../../src/cards/index.ts';
import { huntInput } from './support/report-builder.ts';

describe('parseCardAction', () => {
  it('accepts the Teams data object and the Slack value string', () => {
    const payload = { verb: 'approve', proposalId: 'p1', tenant: 'tenant-a' };
    expect(parseCardAction(payload)).toEqual(payload);
    expect(parseCardAction(JSON.stringify(payload))).toEqual(payload);
  });

  it.each([
    ['not JSON', '{verb:', /not JSON/],
    ['unknown verb', { verb: 'nuke', proposalId: 'p1', tenant: 't' }, /verb/],
    ['missing proposal', { verb: 'deny', tenant: 't' }, /proposalId/],
    ['empty tenant', { verb: 'deny', proposalId: 'p1', tenant: '' }, /tenant/],
  ])('rejects %s with a message naming the problem', (_name, raw, message) => {
    expect(() => parseCardAction(raw)).toThrow(CardActionError);
    expect(() => parseCardAction(raw)).toThrow(message);
  });
});

describe('findingsCsv', () => {
  it('neutralises spreadsheet formulas that attackers put in account names', () => {
    const input = huntInput({ findings: 1 });
    const finding = { ...input.report.findings[0], fields: { TargetedAccounts: ['=HYPERLINK("http://evil")', 'bob'] } };
    const model = buildHuntCardModel({ ...input, report: { ...input.report, findings: [finding] } });
    const [row] = parse(findingsCsv(model.findings), { columns: true }) as Array<Record<string, string>>;
    expect(row.accounts).toBe(`'=HYPERLINK("http://evil") bob`);
    expect(row.type).toBe('IP');
    expect(row.entity).toBe('203.0.0.0');
  });
});
