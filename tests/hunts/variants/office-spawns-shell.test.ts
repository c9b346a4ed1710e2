import { describe, expect, it } from 'vitest';
import { accountsIn, processCreated } from './support/device-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

const OFFICE = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\';
const SYSTEM32 = 'C:\\Windows\\System32\\';
const as = (account: string, parent: string, image: string, commandLine: string): Row =>
  processCreated(15, image, commandLine, parent, { AccountName: account });

const found = async (rows: Row[]) =>
  accountsIn(await huntRows('office-spawns-shell', { DeviceProcessEvents: rows })).sort();

describe('/hunt office-spawns-shell on what documents really start', () => {
  it('finds Follina (Word starting msdt), Excel starting wmic or certutil, and the Equation Editor starting cmd', async () => {
    const rows = [
      as(
        'follina',
        `${OFFICE}WINWORD.EXE`,
        `${SYSTEM32}msdt.exe`,
        'msdt.exe ms-msdt:/id PCWDiagnostic /skip force /param "IT_RebrowseForFile=?"',
      ),
      as(
        'wmic',
        `${OFFICE}EXCEL.EXE`,
        `${SYSTEM32}wbem\\WMIC.exe`,
        'wmic process call create "cmd /c C:\\Users\\Public\\a.bat"',
      ),
      as(
        'certutil',
        `${OFFICE}EXCEL.EXE`,
        `${SYSTEM32}certutil.exe`,
        'certutil -decode C:\\Users\\Public\\a.txt C:\\Users\\Public\\a.dll',
      ),
      as(
        'eqnedt',
        'C:\\Program Files (x86)\\Common Files\\Microsoft Shared\\EQUATION\\EQNEDT32.EXE',
        `${SYSTEM32}cmd.exe`,
        'cmd.exe /c start C:\\Users\\Public\\x.exe',
      ),
    ];
    expect(await found(rows)).toEqual(['certutil', 'eqnedt', 'follina', 'wmic']);
  });

  it('reports no printing from Word nor Excel opening a browser', async () => {
    const rows = [
      as('print', `${OFFICE}WINWORD.EXE`, `${SYSTEM32}splwow64.exe`, 'splwow64.exe 12288'),
      as(
        'link',
        `${OFFICE}EXCEL.EXE`,
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        'msedge.exe --single-argument https://intranet.contoso.example/',
      ),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
