import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation, DemoUser } from '../organisation.ts';
import { DAY, floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** PIM logs an activation with the role first and the activating user third. */
function addActivation(logs: DemoLogs, org: DemoOrganisation, user: DemoUser, time: number, ip: string) {
  addDirectoryChange(logs, org, {
    time: at(time),
    operation: 'Add member to role completed (PIM activation)',
    category: 'RoleManagement',
    actor: { upn: user.upn, userId: user.userId, ip },
    targets: [
      { type: 'Role', displayName: 'Global Administrator', id: logs.random.guid() },
      { type: 'Request', id: logs.random.guid() },
      { type: 'User', userPrincipalName: user.upn, id: user.userId },
    ],
  });
}

/** The latest time before `before` that falls at `hour` UTC on a weekday (Monday to Friday). */
function latestWeekdayHour(before: number, hour: number): number {
  let time = floorTo(before - HOUR, DAY) + hour * HOUR;
  while (time >= before || [0, 6].includes(new Date(time).getUTCDay())) time -= DAY;
  return time;
}

/** A compromised eligible admin activates Global Administrator at 2 a.m., when nobody watches. */
export const pimOffHours: LibraryScenario = {
  kind: 'pim-off-hours',
  loosened: { businessHourStart: '11' },
  attack: ({ logs, org, ip, victim, end }) => {
    // 02:xx UTC is outside business hours on any day; the latest one is always within the last 24 hours.
    let time = floorTo(end - HOUR, DAY) + 2 * HOUR + 17 * MINUTE;
    if (time >= end) time -= DAY;
    addActivation(logs, org, victim, time, ip);
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Global Administrator activated through PIM at 2 a.m. from an unknown address.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // An admin activating their role at 10 a.m. on a working day.
    addActivation(logs, org, bystander, latestWeekdayHour(end, 10), org.natIp);
    return {
      kind: 'pim-business-hours',
      account: bystander.upn,
      description: 'An admin activating their PIM role at 10 a.m. on a working day.',
    };
  },
};
