import { describe, expect, it } from 'vitest';
import { accountsIn, processCreated } from './support/device-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

const RUNDLL32 = 'C:\\Windows\\System32\\rundll32.exe';
const as = (account: string, image: string, commandLine: string): Row =>
  processCreated(45, image, commandLine, 'C:\\Windows\\System32\\cmd.exe', { AccountName: account });

const found = async (rows: Row[]) => accountsIn(await huntRows('lsass-dump', { DeviceProcessEvents: rows })).sort();

describe('/hunt lsass-dump on the ways comsvcs.dll MiniDump is called', () => {
  it('finds MiniDump called by name, as MiniDumpW, or by its ordinal #24 (also written #+24 or #-4294967272)', async () => {
    const rows = [
      as('byname', RUNDLL32, 'rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\Temp\\l.dmp full'),
      as('wide', RUNDLL32, 'rundll32.exe comsvcs.dll,MiniDumpW 624 C:\\Temp\\l.dmp full'),
      as('ordinal', RUNDLL32, 'rundll32.exe C:\\windows\\System32\\comsvcs.dll, #24 624 C:\\Temp\\l.dmp full'),
      as('plus', RUNDLL32, '"rundll32.exe" comsvcs.dll #+0024 624 C:\\Temp\\l.dmp full'),
      as('wrapped', RUNDLL32, 'RUNDLL32.EXE C:\\Windows\\System32\\COMSVCS.DLL,#-4294967272 624 C:\\Temp\\l.dmp full'),
    ];
    expect(await found(rows)).toEqual(['byname', 'ordinal', 'plus', 'wide', 'wrapped']);
  });

  it('reports no other call of comsvcs.dll', async () => {
    const rows = [as('com', RUNDLL32, 'rundll32.exe comsvcs.dll,DllRegisterServer')];
    expect(await found(rows)).toEqual([]);
  });
});
