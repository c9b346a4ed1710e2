import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';

/**
 * An Exchange cmdlet as OfficeActivity holds it: Parameters is the JSON list of {Name, Value}; a rule that
 * forwards to several people lists them in one value, separated by semicolons.
 */
function inboxRule(
  minutesAgo: number,
  user: string,
  clientIp: string,
  parameters: { Name: string; Value: string }[],
): Row {
  return {
    TimeGenerated: ago(minutesAgo),
    RecordType: 'ExchangeAdmin',
    OfficeWorkload: 'Exchange',
    Operation: 'New-InboxRule',
    ResultStatus: 'True',
    UserId: user,
    ClientIP: clientIp,
    OfficeObjectId: `${user}\\Rule`,
    Parameters: JSON.stringify([{ Name: 'Name', Value: 'Rule' }, ...parameters]),
  };
}

const found = async (rows: Row[]) =>
  (await huntRows('mailbox-forwarding', { OfficeActivity: rows })).map((f) => f.fields.Destination).sort();

describe('/hunt mailbox-forwarding on rules that forward to several people', () => {
  it('finds the outside address among several recipients', async () => {
    const rows = [
      inboxRule(40, 'tess@contoso.example', '203.0.113.170:51234', [
        { Name: 'ForwardTo', Value: 'uma@contoso.example;exfil@evil.example' },
      ]),
    ];
    expect(await found(rows)).toEqual(['exfil@evil.example']);
  });

  it('reports no holiday rule that forwards to two colleagues', async () => {
    const rows = [
      inboxRule(40, 'vic@contoso.example', '192.0.2.170:50111', [
        { Name: 'RedirectTo', Value: 'wes@contoso.example;xan@contoso.example' },
      ]),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
