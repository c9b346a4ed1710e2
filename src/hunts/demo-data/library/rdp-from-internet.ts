import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDeviceLogon } from '../device-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** A Remote Desktop sign-in to the gateway with a stolen password, from an address never seen before. */
export const rdpFromInternet: LibraryScenario = {
  kind: 'rdp-from-internet',
  loosened: { lookback: '1h' },
  windowDays: 1,
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 7 * HOUR, MINUTE);
    addDeviceLogon(logs, org, {
      time: at(time),
      device: org.rdGateway,
      success: true,
      accountName: victim.samName,
      logonType: 'RemoteInteractive',
      remoteIp: ip,
      remoteIpType: 'Public',
    });
    return {
      account: victim.samName,
      host: org.rdGateway.fqdn,
      start: iso(time),
      end: iso(time),
      description: `RDP from the internet: ${victim.samName} signs in to ${org.rdGateway.name} from an unknown address.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Someone who works from home uses Remote Desktop from their home address now and then.
    for (const hoursAgo of [42, 6]) {
      addDeviceLogon(logs, org, {
        time: at(floorTo(end - hoursAgo * HOUR, MINUTE)),
        device: org.rdGateway,
        success: true,
        accountName: bystander.samName,
        logonType: 'RemoteInteractive',
        remoteIp: bystander.homeIp,
        remoteIpType: 'Public',
      });
    }
    return {
      kind: 'home-rdp',
      ip: bystander.homeIp,
      account: bystander.samName,
      description: 'Remote Desktop from a home address that was already used before the hunt window.',
    };
  },
};
