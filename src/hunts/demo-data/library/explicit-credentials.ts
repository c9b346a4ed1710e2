import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addExplicitCredentialUse } from '../explicit-credential-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/**
 * From one compromised workstation, three stolen accounts open cifs, host and RPCSS sessions on three
 * servers: the pattern the Solorigate actors left in 4648 events.
 */
export const explicitCredentials: LibraryScenario = {
  kind: 'explicit-credentials',
  loosened: { minScore: '2' },
  attack: ({ logs, org, victim, end }) => {
    const start = floorTo(end - 10 * HOUR, MINUTE);
    const hops = [
      { targetUser: 'svc-sql', targetServer: org.fileServer, protocol: 'cifs' },
      { targetUser: 'administrator', targetServer: org.webServer, protocol: 'host' },
      { targetUser: org.backupAccount, targetServer: org.backupServer, protocol: 'RPCSS' },
    ];
    hops.forEach((hop, index) => {
      addExplicitCredentialUse(logs, org, {
        time: at(start + index * 7 * MINUTE),
        host: victim.workstation,
        subjectUser: victim.samName,
        subjectSid: victim.sid,
        process: 'C:\\Windows\\System32\\wbem\\WMIC.exe',
        ...hop,
      });
    });
    return {
      account: `${org.netbios}\\${victim.samName}`,
      host: victim.workstation.fqdn,
      start: iso(start),
      end: iso(start + 14 * MINUTE),
      description: `Lateral movement: 3 stolen accounts used from ${victim.workstation.name} against 3 servers.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // An admin opens Remote Desktop to two servers with their admin account (runas): TERMSRV only.
    const start = floorTo(end - 15 * HOUR, MINUTE);
    [org.rdGateway, org.fileServer].forEach((targetServer, index) => {
      addExplicitCredentialUse(logs, org, {
        time: at(start + index * 20 * MINUTE),
        host: bystander.workstation,
        subjectUser: bystander.samName,
        subjectSid: bystander.sid,
        targetUser: `adm-${bystander.samName}`,
        targetServer,
        protocol: 'TERMSRV',
        process: 'C:\\Windows\\System32\\mstsc.exe',
      });
    });
    return {
      kind: 'admin-runas',
      // As the hunt reports it: the subject account in lower case.
      account: `${org.netbios}\\${bystander.samName}`.toLowerCase(),
      host: bystander.workstation.fqdn,
      description: 'An admin using a separate admin account for Remote Desktop to two servers.',
    };
  },
};
