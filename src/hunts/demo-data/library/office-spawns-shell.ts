import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { sha256Of } from '../endpoint-rows.ts';
import { addDeviceProcess } from '../process-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

const WORD = 'c:\\program files\\microsoft office\\root\\office16\\winword.exe';

/** A macro in an emailed invoice: Word starts cmd.exe, which runs a script dropped in the user's profile. */
export const officeSpawnsShell: LibraryScenario = {
  kind: 'office-spawns-shell',
  loosened: { children: 'msedge.exe' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 11 * HOUR, MINUTE);
    addDeviceProcess(logs, org, {
      time: at(time),
      device: victim.workstation,
      fileName: 'cmd.exe',
      commandLine: 'cmd.exe /c start /b wscript.exe %APPDATA%\\Microsoft\\Templates\\inv_2291.vbs',
      sha256: sha256Of('cmd.exe'),
      parent: {
        fileName: 'WINWORD.EXE',
        commandLine: `"${WORD}" /n "C:\\Users\\${victim.samName}\\Downloads\\Invoice_2291.docm"`,
        folderPath: WORD,
        accountName: victim.samName,
      },
    });
    return {
      account: victim.samName,
      host: victim.workstation.fqdn,
      start: iso(time),
      end: iso(time),
      description: `Malicious macro: Word starts cmd.exe and a VBScript on ${victim.workstation.name}.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Outlook opening a link in the browser: an Office application starting a program, every day, harmlessly.
    addDeviceProcess(logs, org, {
      time: at(floorTo(end - 5 * HOUR, MINUTE)),
      device: bystander.workstation,
      fileName: 'msedge.exe',
      commandLine: '"msedge.exe" --single-argument https://intranet.example/news/quarterly-results',
      folderPath: 'c:\\program files (x86)\\microsoft\\edge\\application\\msedge.exe',
      sha256: sha256Of('msedge.exe'),
      parent: {
        fileName: 'OUTLOOK.EXE',
        commandLine: '"OUTLOOK.EXE"',
        folderPath: 'c:\\program files\\microsoft office\\root\\office16\\outlook.exe',
        accountName: bystander.samName,
      },
    });
    return {
      kind: 'outlook-opens-link',
      account: bystander.samName,
      description: 'Outlook opening a link from an email in Edge.',
    };
  },
};
