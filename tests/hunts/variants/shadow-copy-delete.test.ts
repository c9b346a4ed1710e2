import { describe, expect, it } from 'vitest';
import { accountsIn, processCreated } from './support/device-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

const SYSTEM32 = 'C:\\Windows\\System32\\';
const as = (account: string, image: string, commandLine: string): Row =>
  processCreated(30, `${SYSTEM32}${image}`, commandLine, `${SYSTEM32}cmd.exe`, { AccountName: account });

const found = async (rows: Row[]) =>
  accountsIn(await huntRows('shadow-copy-delete', { DeviceProcessEvents: rows })).sort();

describe('/hunt shadow-copy-delete on the ways ransomware removes shadow copies', () => {
  it('finds shadow storage shrunk until Windows drops the copies (vssadmin resize shadowstorage)', async () => {
    const rows = [
      as('shrink', 'vssadmin.exe', 'vssadmin.exe resize shadowstorage /for=C: /on=C: /maxsize=401MB'),
      as('unbounded', 'vssadmin.exe', 'vssadmin  Resize ShadowStorage /For=D: /On=D: /MaxSize=UNBOUNDED'),
    ];
    expect(await found(rows)).toEqual(['shrink', 'unbounded']);
  });

  it('finds the documented deletions whatever their case', async () => {
    const rows = [
      as('vss', 'VSSADMIN.EXE', 'VSSADMIN.EXE Delete Shadows /All /Quiet'),
      as('wmic', 'wbem\\WMIC.exe', 'wmic.exe SHADOWCOPY DELETE /nointeractive'),
      as(
        'pwsh',
        'WindowsPowerShell\\v1.0\\PowerShell.exe',
        'powershell -c "Get-WmiObject Win32_Shadowcopy | ForEach-Object {$_.Delete();}"',
      ),
    ];
    expect(await found(rows)).toEqual(['pwsh', 'vss', 'wmic']);
  });

  it('reports no administrator giving shadow storage a sensible size, nor listing the copies', async () => {
    const rows = [
      as('sized', 'vssadmin.exe', 'vssadmin resize shadowstorage /for=C: /on=C: /maxsize=15%'),
      as('sizedGB', 'vssadmin.exe', 'vssadmin resize shadowstorage /for=E: /on=E: /maxsize=50GB'),
      as('list', 'vssadmin.exe', 'vssadmin list shadows'),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
