import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSignIn, signedInAs } from '../signin-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** A stolen password used from a country nobody in the company has signed in from before. */
export const newCountry: LibraryScenario = {
  kind: 'new-country',
  loosened: { lookback: '1h' },
  windowDays: 1,
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 6 * HOUR, MINUTE);
    addSignIn(logs, org, {
      time: at(time),
      ...signedInAs(victim),
      ip,
      resultType: '0',
      app: 'Office 365 SharePoint Online',
      city: 'Sao Paulo',
      country: 'BR',
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Sign-in from a new country: the first success from Brazil, with a real account.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Someone who works from Paris now and then: France was already seen two days ago, so it is not new.
    for (const hoursAgo of [40, 5]) {
      addSignIn(logs, org, {
        time: at(floorTo(end - hoursAgo * HOUR, MINUTE)),
        ...signedInAs(bystander),
        ip: bystander.homeIp,
        resultType: '0',
        app: 'Microsoft Teams',
        city: 'Paris',
        country: 'FR',
      });
    }
    return {
      kind: 'known-country',
      ip: bystander.homeIp,
      account: bystander.upn,
      description: 'Signs in from France now and then; France was seen before the hunt window.',
    };
  },
};
