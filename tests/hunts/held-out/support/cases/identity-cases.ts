import type { HeldOutCases } from '../held-out-case.ts';
import { directoryAudit, type HeldOutLogs, signIn } from '../held-out-rows.ts';
import type { Person } from '../held-out-world.ts';

const SECOND = 1000;
const DENIED = 'MFA denied; user declined the authentication';
const APPROVED = 'MFA successfully completed';

function mfaPrompt(logs: HeldOutLogs, time: number, who: Person, ip: string, step: string): void {
  signIn(logs, time, {
    who,
    ip,
    result: step === APPROVED ? '0' : '500121',
    extra: {
      AuthenticationRequirement: 'multiFactorAuthentication',
      AuthenticationDetails: [
        { authenticationMethod: 'Password', authenticationStepResultDetail: 'Correct password' },
        { authenticationMethod: 'Mobile app notification', authenticationStepResultDetail: step },
      ],
    },
  });
}

const DISABLED = 'User account is disabled. The account has been disabled by an administrator.';

/** Entra ID audit record of a change made by a signed-in person from an address. */
function changeBy(
  logs: HeldOutLogs,
  time: number,
  actor: Person,
  ip: string,
  operation: string,
  targets: unknown[],
): void {
  directoryAudit(logs, time, {
    OperationName: operation,
    Category: 'RoleManagement',
    InitiatedBy: { user: { userPrincipalName: actor.upn, ipAddress: ip, id: actor.objectId } },
    TargetResources: targets,
    CorrelationId: logs.world.dice.hex(32),
  });
}

export const IDENTITY_CASES: HeldOutCases = {
  'mfa-fatigue': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const start = logs.world.ago(14);
      for (let prompt = 0; prompt < 13; prompt += 1) mfaPrompt(logs, start + prompt * 15 * SECOND, victim, ip, DENIED);
      mfaPrompt(logs, start + 210 * SECOND, victim, ip, APPROVED);
      return { ip, account: victim.upn };
    },
    // Someone on a train misses two prompts, then approves the third.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const start = logs.world.ago(40);
      for (let prompt = 0; prompt < 2; prompt += 1)
        mfaPrompt(logs, start + prompt * 60 * SECOND, person, person.homeIp, DENIED);
      mfaPrompt(logs, start + 150 * SECOND, person, person.homeIp, APPROVED);
      return { account: person.upn };
    },
  },
  'disabled-account': {
    // Credentials from an old breach: leavers' accounts first, then one that still works.
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const start = logs.world.ago(19);
      ['r.old', 'm.gone', 't.left'].forEach((leaver, index) => {
        signIn(logs, start + index * 40 * SECOND, {
          who: { upn: `${leaver}@${logs.world.domain}` },
          ip,
          result: '50057',
          description: DISABLED,
        });
      });
      signIn(logs, start + 5 * 60 * SECOND, { who: victim, ip });
      return { ip, account: victim.upn };
    },
    // A leaver's phone keeps retrying through the office egress, where everyone else signs in.
    lookalike: (logs) => {
      for (let hour = 2; hour < 90; hour += 6) {
        signIn(logs, logs.world.ago(hour), {
          who: { upn: `p.formerstaff@${logs.world.domain}` },
          ip: logs.world.officeEgress,
          result: '50057',
          description: DISABLED,
          interactive: false,
        });
      }
      return { ip: logs.world.officeEgress };
    },
  },
  'new-country': {
    windowDays: 1,
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      signIn(logs, logs.world.ago(5), { who: victim, ip, country: 'VN' });
      return { ip, account: victim.upn };
    },
    // A colleague who works late from Antwerp some days: Belgium was seen before the window.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      for (const hoursAgo of [59, 35, 11])
        signIn(logs, logs.world.ago(hoursAgo), { who: person, ip: '100.81.44.9', country: 'BE' });
      return { account: person.upn };
    },
  },
  'admin-role-member': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      changeBy(logs, logs.world.ago(8), victim, ip, 'Add eligible member (permanent)', [
        { displayName: 'Exchange Administrator', type: 'Role' },
        { displayName: 'TargetUser' },
        { userPrincipalName: `svc-mailsync@${logs.world.domain}`, type: 'User' },
      ]);
      return { ip, account: victim.upn };
    },
    // The service desk gives a new starter a reader role.
    lookalike: (logs) => {
      const desk = logs.world.nextPerson();
      const starter = logs.world.nextPerson();
      changeBy(logs, logs.world.ago(30), desk, logs.world.officeEgress, 'Add eligible member (eligible)', [
        { displayName: 'Global Reader', type: 'Role' },
        { displayName: 'TargetUser' },
        { userPrincipalName: starter.upn, type: 'User' },
      ]);
      return { account: desk.upn };
    },
  },
  'mfa-disabled': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      changeBy(logs, logs.world.ago(4), victim, ip, 'Disable Strong Authentication', [
        { userPrincipalName: victim.upn, type: 'User' },
      ]);
      return { ip, account: victim.upn };
    },
    lookalike: (logs) => {
      const desk = logs.world.nextPerson();
      const colleague = logs.world.nextPerson();
      changeBy(logs, logs.world.ago(27), desk, logs.world.officeEgress, 'Enable Strong Authentication', [
        { userPrincipalName: colleague.upn, type: 'User' },
      ]);
      return { account: colleague.upn };
    },
  },
};
