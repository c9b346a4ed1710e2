import { ago, type Row } from './run-on-rows.ts';

/** A DeviceProcessEvents row (Defender XDR advanced hunting schema): `image` starts `commandLine`, run by `parent`. */
export function processCreated(
  minutesAgo: number,
  image: string,
  commandLine: string,
  parent = 'C:\\Windows\\explorer.exe',
  extra: Row = {},
): Row {
  const name = (path: string) => path.slice(path.lastIndexOf('\\') + 1);
  return {
    Timestamp: ago(minutesAgo),
    DeviceId: 'd3v1ce00000000000000000000000000000000a1',
    DeviceName: 'lt-0042.corp.contoso.example',
    ActionType: 'ProcessCreated',
    FileName: name(image),
    FolderPath: image,
    ProcessCommandLine: commandLine,
    ProcessVersionInfoOriginalFileName: name(image),
    SHA256: 'a1'.repeat(32),
    AccountDomain: 'contoso',
    AccountName: 'j.doe',
    InitiatingProcessFileName: name(parent),
    InitiatingProcessFolderPath: parent,
    InitiatingProcessCommandLine: name(parent),
    InitiatingProcessAccountDomain: 'contoso',
    InitiatingProcessAccountName: 'j.doe',
    ...extra,
  };
}

/** The accounts of a hunt's findings: each scenario's rows run under an account of their own. */
export const accountsIn = (findings: readonly { readonly fields: Readonly<Record<string, unknown>> }[]) =>
  findings.map((finding) => String(finding.fields.AccountName));
