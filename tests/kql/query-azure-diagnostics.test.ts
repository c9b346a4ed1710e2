import { describe, expect, it } from 'vitest';
import { KqlDatabase } from '../../src/kql/index.ts';
import { database, failureCodes, run, table } from './support/builders.ts';

/**
 * AzureDiagnostics is Log Analytics' shared table: each Azure resource type adds its own columns, named with a
 * type suffix (_s string, _d real, _b bool, _g guid, _t datetime), so a workspace's set cannot be listed.
 * Locally every suffixed name a query reads is a column of that table, typed by its suffix.
 */
const loaded = database({
  AzureDiagnostics: table('Category:string, requestUri_s:string', [
    ['ApplicationGatewayAccessLog', 'https://a.example/?q=jndi:ldap://x'],
    ['AzureFirewallApplicationRule', 'https://b.example/'],
  ]),
});

describe('AzureDiagnostics resource-specific columns', () => {
  it('a suffixed column no page lists binds on the empty documented table, typed by its suffix', async () => {
    const { columns, rows } = await run(
      KqlDatabase.empty(),
      'AzureDiagnostics | where originalRequestUriWithArgs_s has "jndi" | project TimeGenerated, originalRequestUriWithArgs_s, httpStatus_d, allowed_b, vaultId_g, created_t',
    );
    expect(columns).toEqual([
      'TimeGenerated:datetime',
      'originalRequestUriWithArgs_s:string',
      'httpStatus_d:real',
      'allowed_b:bool',
      'vaultId_g:guid',
      'created_t:datetime',
    ]);
    expect(rows).toEqual([]);
  });

  it('a suffixed column the loaded file lacks is empty in its rows; the columns it has keep their values', async () => {
    const { columns, rows } = await run(
      loaded,
      'AzureDiagnostics | where requestUri_s has "jndi" or addedIpRule_Value_s != "" | project Category, requestUri_s, addedIpRule_Value_s, clientPort_d',
    );
    expect(columns).toEqual([
      'Category:string',
      'requestUri_s:string',
      'addedIpRule_Value_s:string',
      'clientPort_d:real',
    ]);
    expect(rows).toEqual([['ApplicationGatewayAccessLog', 'https://a.example/?q=jndi:ldap://x', '', null]]);
  });

  it('adds only the columns the query reads: take shows the table as loaded, extend targets are not read', async () => {
    expect((await run(loaded, 'AzureDiagnostics | take 1')).columns).toEqual([
      'Category:string',
      'requestUri_s:string',
    ]);
    expect((await run(loaded, 'AzureDiagnostics | extend made_s = "v" | take 1')).columns).toEqual([
      'Category:string',
      'requestUri_s:string',
      'made_s:string',
    ]);
  });

  it('a name without a type suffix, or a suffixed name on another table, is still an unknown column', async () => {
    expect(await failureCodes(loaded, 'AzureDiagnostics | where requestUri == "x"')).toEqual(['KQL0012']);
    expect(await failureCodes(KqlDatabase.empty(), 'SigninLogs | where requestUri_s == "x"')).toEqual(['KQL0012']);
  });
});
