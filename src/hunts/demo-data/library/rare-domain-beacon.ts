import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { program } from '../endpoint-rows.ts';
import { addDeviceConnection } from '../network-rows.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

const ONEDRIVE = program('c:\\program files\\microsoft onedrive\\onedrive.exe', '"OneDrive.exe" /background');

/** An implant in the victim's profile calls home every five minutes, give or take twenty seconds, for six hours. */
export const rareDomainBeacon: LibraryScenario = {
  kind: 'rare-domain-beacon',
  loosened: { minConnections: '2', maxJitter: '10' },
  attack: ({ logs, org, ip, victim, end }) => {
    const start = floorTo(end - 8 * HOUR, MINUTE);
    const implant = {
      fileName: 'msteamsupdate.exe',
      commandLine: 'msteamsupdate.exe -s',
      folderPath: `c:\\users\\${victim.samName}\\appdata\\local\\microsoft\\teams\\msteamsupdate.exe`,
      accountName: victim.samName,
    };
    let time = start;
    for (let beat = 0; beat < 72; beat += 1) {
      addDeviceConnection(logs, org, {
        time: at(time),
        device: victim.workstation,
        remoteUrl: 'https://cdn.teams-assets.example/api/v2/poll',
        remoteIp: ip,
        initiating: implant,
      });
      time += 5 * MINUTE + logs.random.int(-20, 20) * SECOND;
    }
    return {
      account: victim.samName,
      host: victim.workstation.fqdn,
      start: iso(start),
      end: iso(time),
      description: `Command and control: ${victim.workstation.name} calls cdn.teams-assets.example every 5 minutes.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Every workstation's OneDrive checks in every two hours: regular, but to a domain everyone talks to.
    for (const user of org.users) {
      for (let time = logs.start + logs.random.int(0, 119) * MINUTE; time < end; time += 2 * HOUR) {
        addDeviceConnection(logs, org, {
          time: at(time),
          device: user.workstation,
          remoteUrl: 'https://g.live.com/odclientsettings/ProdV2',
          remoteIp: '192.0.2.250',
          initiating: { ...ONEDRIVE, accountName: user.samName },
        });
      }
    }
    // One person's desktop app talks to a supplier's portal nobody else uses, a few times and irregularly.
    for (const hoursAgo of [19, 14, 13, 6]) {
      addDeviceConnection(logs, org, {
        time: at(floorTo(end - hoursAgo * HOUR, MINUTE) + logs.random.int(0, 50) * MINUTE),
        device: bystander.workstation,
        remoteUrl: 'https://portal.supplier-orders.example/sync',
        remoteIp: '192.0.2.251',
        initiating: {
          fileName: 'SupplierSync.exe',
          commandLine: '"SupplierSync.exe"',
          folderPath: 'c:\\program files\\supplier sync\\suppliersync.exe',
          accountName: bystander.samName,
        },
      });
    }
    return {
      kind: 'rare-supplier-portal',
      account: bystander.samName,
      description: "A supplier's sync app on one desktop contacting the supplier's portal a few times, irregularly.",
    };
  },
};
