import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addKerberosTicket } from '../identity-logon-rows.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

const SERVICES = ['MSSQLSvc', 'HTTP', 'exchangeMDB', 'FIMService', 'kafka', 'backupexec', 'sapservice', 'WSMAN'];

/** GetUserSPNs from the victim's workstation: a ticket for every service account in the domain, in two minutes. */
export const kerberoasting: LibraryScenario = {
  kind: 'kerberoasting',
  loosened: { minServices: '2' },
  attack: ({ logs, org, victim, end }) => {
    const start = floorTo(end - 5 * HOUR, 10 * MINUTE);
    SERVICES.forEach((service, index) => {
      for (const host of ['srv-app01', 'srv-app02']) {
        addKerberosTicket(logs, org, {
          time: at(start + (index * 2 + (host === 'srv-app01' ? 0 : 1)) * 7 * SECOND),
          user: victim,
          device: victim.workstation,
          spn: `${service}/${host}.${org.domain}`,
        });
      }
    });
    return {
      account: victim.upn,
      host: victim.workstation.name,
      start: iso(start),
      end: iso(start + 2 * MINUTE),
      description: `Kerberoasting: ${victim.upn} requests tickets for 16 services from ${victim.workstation.name}.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Starting a working day: the file server, the intranet and the finance database, within minutes.
    const start = floorTo(end - 9 * HOUR, 10 * MINUTE);
    const spns = [
      `cifs/${org.fileServer.fqdn}`,
      `HTTP/intranet.${org.domain}`,
      `MSSQLSvc/srv-fin01.${org.domain}:1433`,
    ];
    spns.forEach((spn, index) => {
      addKerberosTicket(logs, org, {
        time: at(start + index * MINUTE),
        user: bystander,
        device: bystander.workstation,
        spn,
      });
    });
    return {
      kind: 'workday-service-tickets',
      account: bystander.upn,
      description: 'Service tickets for the file server, the intranet and a database at the start of a day.',
    };
  },
};
