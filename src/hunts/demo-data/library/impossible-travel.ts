import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSignIn, signedInAs } from '../signin-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/**
 * The victim works in Berlin; four minutes later their stolen password signs in from Paris. France is no new
 * country for the company (new-country stays quiet): only the speed gives it away.
 */
export const impossibleTravel: LibraryScenario = {
  kind: 'impossible-travel',
  loosened: { windowTime: '6h' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 11 * HOUR, MINUTE);
    addSignIn(logs, org, {
      time: at(time),
      ...signedInAs(victim),
      ip: org.natIp,
      resultType: '0',
      app: 'Microsoft Teams',
    });
    addSignIn(logs, org, {
      time: at(time + 4 * MINUTE),
      ...signedInAs(victim),
      ip,
      resultType: '0',
      app: 'Office 365 Exchange Online',
      city: 'Paris',
      country: 'FR',
    });
    return {
      account: victim.upn,
      start: iso(time + 4 * MINUTE),
      end: iso(time + 4 * MINUTE),
      description: 'Impossible travel: Berlin, then Paris four minutes later, for the same account.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // A real trip: Berlin in the morning, Paris after a flight of a few hours.
    const morning = floorTo(end - 20 * HOUR, MINUTE);
    addSignIn(logs, org, { time: at(morning), ...signedInAs(bystander), ip: org.natIp, resultType: '0' });
    addSignIn(logs, org, {
      time: at(morning + 3 * HOUR),
      ...signedInAs(bystander),
      ip: bystander.homeIp,
      resultType: '0',
      city: 'Paris',
      country: 'FR',
    });
    return {
      kind: 'business-trip',
      ip: bystander.homeIp,
      account: bystander.upn,
      description: 'Flew from Berlin to Paris: two countries, three hours apart.',
    };
  },
};
