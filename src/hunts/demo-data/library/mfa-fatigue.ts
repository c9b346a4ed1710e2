import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSignIn, signedInAs } from '../signin-rows.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

const DECLINED = 'MFA denied; user declined the authentication';
const NO_RESPONSE = 'MFA denied; user did not respond to mobile app notification';
const APPROVED = 'MFA successfully completed';

/**
 * Seconds between pushes: an attacker fires them in bursts, so the gaps are irregular and the scripted-cadence
 * hunt (which looks for steady gaps) rightly leaves this to the MFA hunt.
 */
const PUSH_GAPS = [3, 41, 2, 37, 4, 45, 3, 39, 2, 44, 5];

/** Twelve denied MFA pushes in under five minutes with a stolen password, then the tired user approves one. */
export const mfaFatigue: LibraryScenario = {
  kind: 'mfa-fatigue',
  loosened: { minDeniedPrompts: '1' },
  attack: ({ logs, org, ip, victim, end }) => {
    const start = floorTo(end - 4 * HOUR, MINUTE);
    const push = (time: number, mfaResult: string) =>
      addSignIn(logs, org, {
        time: at(time),
        ...signedInAs(victim),
        ip,
        resultType: mfaResult === APPROVED ? '0' : '500121',
        app: 'Office 365 Exchange Online',
        city: 'Amsterdam',
        mfaResult,
      });
    let time = start;
    for (const [index, gap] of [0, ...PUSH_GAPS].entries()) {
      time += gap * SECOND;
      push(time, index % 3 === 2 ? NO_RESPONSE : DECLINED);
    }
    time += 6 * SECOND;
    push(time, APPROVED);
    return {
      account: victim.upn,
      start: iso(start),
      end: iso(time),
      description: 'MFA fatigue: 12 denied pushes within 5 minutes from one IP, then an approved one.',
    };
  },
  lookalike: ({ logs, org, bystander: user, end }) => {
    // Someone ignores two prompts while their phone is in a bag, then approves from home: ordinary.
    const start = floorTo(end - 10 * HOUR, MINUTE);
    const results = [NO_RESPONSE, NO_RESPONSE, APPROVED];
    results.forEach((mfaResult, index) => {
      addSignIn(logs, org, {
        time: at(start + index * MINUTE),
        ...signedInAs(user),
        ip: user.homeIp,
        resultType: mfaResult === APPROVED ? '0' : '500121',
        mfaResult,
      });
    });
    return {
      kind: 'missed-mfa-prompts',
      account: user.upn,
      description: 'Ignored two MFA prompts, then approved the third from home.',
    };
  },
};
