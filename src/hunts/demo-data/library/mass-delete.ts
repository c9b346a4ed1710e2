import { at, iso, type LibraryScenario } from '../attack-context.ts';
import type { DemoLogs } from '../demo-logs.ts';
import { addSharePointFileAction } from '../office-rows.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

/** `count` files deleted one after another, a few seconds apart, from `start`; returns when the last one went. */
function deleteFiles(
  logs: DemoLogs,
  org: DemoOrganisation,
  who: { upn: string; ip: string; site: string },
  start: number,
  count: number,
  prefix: string,
): number {
  let time = start;
  for (let index = 0; index < count; index += 1) {
    addSharePointFileAction(logs, org, {
      time: at(time),
      upn: who.upn,
      ip: who.ip,
      operation: index % 4 === 0 ? 'FileDeleted' : 'FileRecycled',
      site: who.site,
      fileName: `${prefix}-${String(index + 1).padStart(3, '0')}.xlsx`,
    });
    time += logs.random.int(1, 3) * SECOND;
  }
  return time;
}

/** From a stolen session, a script empties the victim's OneDrive in three waves. */
export const massDelete: LibraryScenario = {
  kind: 'mass-delete',
  loosened: { minBursts: '1' },
  attack: ({ logs, org, ip, victim, end }) => {
    const site = `https://${org.netbios.toLowerCase()}-my.sharepoint.com/personal/${victim.upn.replace(/[@.]/g, '_')}/`;
    const start = floorTo(end - 4 * HOUR, 10 * MINUTE);
    let last = start;
    for (let wave = 0; wave < 3; wave += 1) {
      last = deleteFiles(logs, org, { upn: victim.upn, ip, site }, start + wave * 10 * MINUTE, 80, `finance-${wave}`);
    }
    return {
      account: victim.upn,
      start: iso(start),
      end: iso(last),
      description: `Mass deletion: 240 files deleted from ${victim.upn}'s OneDrive in three bursts.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Someone clears out an old project folder once: one burst, then back to normal.
    const site = `https://${org.netbios.toLowerCase()}.sharepoint.com/sites/projects/`;
    deleteFiles(
      logs,
      org,
      { upn: bystander.upn, ip: org.natIp, site },
      floorTo(end - 15 * HOUR, 10 * MINUTE),
      60,
      'project-2023',
    );
    return {
      kind: 'project-cleanup',
      account: bystander.upn,
      description: 'One person deleting an old project folder of 60 files in one go.',
    };
  },
};
