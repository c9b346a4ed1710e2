import { at, iso, type LibraryScenario } from '../attack-context.ts';
import type { DemoLogs } from '../demo-logs.ts';
import { addSharePointFileAction } from '../office-rows.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

/** `count` files downloaded one after the other from a site, every few seconds from `start`. */
function addDownloads(
  logs: DemoLogs,
  org: DemoOrganisation,
  download: {
    readonly start: number;
    readonly upn: string;
    readonly ip: string;
    readonly site: string;
    readonly count: number;
  },
) {
  for (let index = 0; index < download.count; index += 1) {
    addSharePointFileAction(logs, org, {
      time: at(download.start + index * 7 * SECOND),
      upn: download.upn,
      ip: download.ip,
      operation: 'FileDownloaded',
      site: download.site,
      fileName: `Contract-${String(index + 1).padStart(3, '0')}.pdf`,
    });
  }
}

/** A stolen session downloads the legal team's whole contract library from an address never seen before. */
export const massDownload: LibraryScenario = {
  kind: 'mass-download',
  loosened: { lookback: '1h' },
  windowDays: 1,
  attack: ({ logs, org, ip, victim, end }) => {
    const start = floorTo(end - 3 * HOUR, MINUTE);
    const site = `https://${org.domain.split('.')[0]}.sharepoint.com/sites/Legal/`;
    addDownloads(logs, org, { start, upn: victim.upn, ip, site, count: 60 });
    return {
      account: victim.upn,
      start: iso(start),
      end: iso(start + 59 * 7 * SECOND),
      description: 'Exfiltration: 60 contracts downloaded from SharePoint in seven minutes from an unknown address.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The paralegal syncing the same library in the office before a trial, as they did two days ago.
    const site = `https://${org.domain.split('.')[0]}.sharepoint.com/sites/Legal/`;
    for (const hoursAgo of [45, 8]) {
      addDownloads(logs, org, {
        start: floorTo(end - hoursAgo * HOUR, MINUTE),
        upn: bystander.upn,
        ip: org.natIp,
        site,
        count: 30,
      });
    }
    return {
      kind: 'office-library-sync',
      ip: org.natIp,
      account: bystander.upn,
      description: 'A paralegal downloading the contract library in the office, as before the window.',
    };
  },
};
