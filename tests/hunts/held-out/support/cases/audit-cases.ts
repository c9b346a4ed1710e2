import type { HeldOutCase, HeldOutCases } from '../held-out-case.ts';
import { directoryAudit, type HeldOutLogs, securityEvent, signIn } from '../held-out-rows.ts';
import type { Person } from '../held-out-world.ts';

type Actor = { readonly user: Person; readonly ip: string } | { readonly app: string };

/** An Entra ID audit record of `operation` by a person (from an address) or by an application. */
function audit(
  logs: HeldOutLogs,
  time: number,
  actor: Actor,
  operation: string,
  category: string,
  targets: unknown[],
): void {
  directoryAudit(logs, time, {
    OperationName: operation,
    Category: category,
    InitiatedBy:
      'app' in actor
        ? { app: { displayName: actor.app } }
        : { user: { userPrincipalName: actor.user.upn, id: actor.user.objectId, ipAddress: actor.ip } },
    TargetResources: targets,
    CorrelationId: logs.world.dice.hex(32),
  });
}

const changed = (displayName: string, oldValue: string, newValue: string) => ({ displayName, oldValue, newValue });

/** The attacker's session: a person whose account was taken over, working from an attacker address. */
function hijacked(logs: HeldOutLogs): { user: Person; ip: string } {
  return { user: logs.world.nextPerson(), ip: logs.world.attackerIp() };
}

/** A directory change `hoursAgo` before the end of the logs; `targets` are given the person who makes it. */
interface Change {
  readonly hoursAgo: number;
  readonly operation: string;
  readonly category: string;
  readonly targets: (actor: Person) => unknown[];
}

/**
 * The common shape of an audit hunt's case: the attack is a change made by a taken-over account from an attacker
 * address, the look-alike a change of the same kind made by someone in the office; both are named by who made it.
 */
function changeCase(attack: Change, lookalike: Change): HeldOutCase {
  return {
    attack: (logs) => {
      const actor = hijacked(logs);
      audit(
        logs,
        logs.world.ago(attack.hoursAgo),
        actor,
        attack.operation,
        attack.category,
        attack.targets(actor.user),
      );
      return { ip: actor.ip, account: actor.user.upn };
    },
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const actor = { user: person, ip: logs.world.officeEgress };
      audit(
        logs,
        logs.world.ago(lookalike.hoursAgo),
        actor,
        lookalike.operation,
        lookalike.category,
        lookalike.targets(person),
      );
      return { account: person.upn };
    },
  };
}

const consent = (app: string, consentType: string, scope: string) => () => [
  {
    displayName: app,
    id: app,
    modifiedProperties: [
      changed('ConsentAction.Permissions', '', `"[] => [[ConsentType: ${consentType}, Scope: ${scope}]]"`),
    ],
  },
];
const replyUrls = (app: string, uris: string[]) => () => [
  { displayName: app, id: app, modifiedProperties: [changed('ReplyUrls', '[]', JSON.stringify(uris))] },
];
const policyState = (policy: string, from: string, to: string) => () => [
  { displayName: policy, id: policy, modifiedProperties: [changed('State', `"${from}"`, `"${to}"`)] },
];
const domainAuthentication = (domain: string, from: string, to: string) => () => [
  { displayName: domain, id: domain, modifiedProperties: [changed('LiveType', `"${from}"`, `"${to}"`)] },
];
const activation = (role: string) => (actor: Person) => [
  { type: 'Role', displayName: role },
  { type: 'User', userPrincipalName: actor.upn, id: actor.objectId },
];
const PIM = 'Add member to role completed (PIM activation)';

export const AUDIT_CASES: HeldOutCases = {
  'admin-consent': changeCase(
    {
      hoursAgo: 12,
      operation: 'Consent to application',
      category: 'ApplicationManagement',
      targets: consent('Mail Archiver Pro', 'AllPrincipals', 'Mail.Read Files.ReadWrite.All offline_access'),
    },
    // Someone lets a scheduling app read their own calendar.
    {
      hoursAgo: 33,
      operation: 'Consent to application',
      category: 'ApplicationManagement',
      targets: consent('Meeting Planner', 'Principal', 'Calendars.Read'),
    },
  ),
  'app-external-redirect': changeCase(
    {
      hoursAgo: 14,
      operation: 'Update application',
      category: 'ApplicationManagement',
      targets: replyUrls('Bluewater Portal', ['https://token-collector.example/cb']),
    },
    // A developer adds a localhost redirect and Microsoft's native client page to a test app.
    {
      hoursAgo: 20,
      operation: 'Update application',
      category: 'ApplicationManagement',
      targets: replyUrls('Route Planner Dev', [
        'http://localhost:5173/auth',
        'https://login.microsoftonline.com/common/oauth2/nativeclient',
      ]),
    },
  ),
  'ca-policy-disabled': changeCase(
    {
      hoursAgo: 10,
      operation: 'Update conditional access policy',
      category: 'Policy',
      targets: policyState('Require MFA for all users', 'enabled', 'disabled'),
    },
    // A policy tried out in report-only mode is switched on.
    {
      hoursAgo: 26,
      operation: 'Update conditional access policy',
      category: 'Policy',
      targets: policyState('Block legacy authentication', 'enabledForReportingButNotEnforced', 'enabled'),
    },
  ),
  'federated-domain': changeCase(
    {
      hoursAgo: 16,
      operation: 'Set domain authentication',
      category: 'DirectoryManagement',
      targets: domainAuthentication('bluewater.example', 'Managed', 'Federated'),
    },
    // ADFS is retired: a domain goes from federated to managed.
    {
      hoursAgo: 39,
      operation: 'Set domain authentication',
      category: 'DirectoryManagement',
      targets: domainAuthentication('legacy.bluewater.example', 'Federated', 'Managed'),
    },
  ),
  // The attack activates at 02:00 UTC on a Tuesday; the look-alike at 10:00.
  'pim-off-hours': changeCase(
    { hoursAgo: 11, operation: PIM, category: 'RoleManagement', targets: activation('Privileged Role Administrator') },
    { hoursAgo: 3, operation: PIM, category: 'RoleManagement', targets: activation('Exchange Administrator') },
  ),
  'risky-signin-new-mfa': {
    attack: (logs) => {
      const { user, ip } = hijacked(logs);
      const time = logs.world.ago(15);
      signIn(logs, time, { who: user, ip, extra: { RiskLevelDuringSignIn: 'high' } });
      audit(logs, time + 25 * 60_000, { user, ip }, 'Update user', 'UserManagement', [
        {
          userPrincipalName: user.upn,
          id: user.objectId,
          modifiedProperties: [changed('StrongAuthenticationPhoneAppDetail', '[]', '[{"DeviceName":"SM-A515F"}]')],
        },
      ]);
      return { ip, account: user.upn };
    },
    // A new phone registered after an ordinary sign-in.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const time = logs.world.ago(28);
      signIn(logs, time, { who: person, ip: person.homeIp, extra: { RiskLevelDuringSignIn: 'none' } });
      audit(logs, time + 10 * 60_000, { user: person, ip: person.homeIp }, 'Update user', 'UserManagement', [
        {
          userPrincipalName: person.upn,
          id: person.objectId,
          modifiedProperties: [changed('StrongAuthenticationPhoneAppDetail', '[]', '[{"DeviceName":"iPhone"}]')],
        },
      ]);
      return { account: person.upn };
    },
  },
  'mfa-method-change': {
    attack: (logs) => {
      const actor = hijacked(logs);
      for (const [index, target] of logs.world.people.slice(-3).entries()) {
        audit(logs, logs.world.ago(9) + index * 60_000, actor, 'Admin registered security info', 'UserManagement', [
          { userPrincipalName: target.upn },
        ]);
      }
      return { ip: actor.ip, account: actor.user.upn };
    },
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      audit(
        logs,
        logs.world.ago(38),
        { user: person, ip: logs.world.officeEgress },
        'User registered security info',
        'UserManagement',
        [{ userPrincipalName: person.upn }],
      );
      return { account: person.upn };
    },
  },
  'sp-credential-added': {
    windowDays: 1,
    attack: (logs) => {
      const actor = hijacked(logs);
      audit(logs, logs.world.ago(5), actor, 'Add service principal credentials', 'ApplicationManagement', [
        { displayName: 'bluewater-erp-connector', id: logs.world.dice.hex(32), type: 'ServicePrincipal' },
      ]);
      return { ip: actor.ip, account: actor.user.upn };
    },
    // The deployment pipeline rotates its secret every few days, as always.
    lookalike: (logs) => {
      for (const hoursAgo of [80, 50, 8]) {
        audit(
          logs,
          logs.world.ago(hoursAgo),
          { app: 'Pipeline Secret Rotator' },
          'Add service principal credentials',
          'ApplicationManagement',
          [{ displayName: 'bluewater-web', id: 'web', type: 'ServicePrincipal' }],
        );
      }
      return { account: 'Pipeline Secret Rotator' };
    },
  },
  'guest-privileged-role': {
    attack: (logs) => {
      const actor = hijacked(logs);
      const guest = `mallory_freemail.example#EXT#@${logs.world.domain}`;
      audit(logs, logs.world.ago(7), actor, 'Add member to role.', 'RoleManagement', [
        { type: 'User', userPrincipalName: guest, id: 'g1' },
        { type: 'Role', displayName: 'Global Administrator' },
      ]);
      return { ip: actor.ip, account: guest };
    },
    // A partner's consultant gets directory read access.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const guest = `sam_partner.example#EXT#@${logs.world.domain}`;
      audit(
        logs,
        logs.world.ago(41),
        { user: person, ip: logs.world.officeEgress },
        'Add member to role.',
        'RoleManagement',
        [
          { type: 'User', userPrincipalName: guest, id: 'g2' },
          { type: 'Role', displayName: 'Directory Readers' },
        ],
      );
      return { account: guest };
    },
  },
  'tap-created': {
    attack: (logs) => {
      const actor = hijacked(logs);
      const target = logs.world.nextPerson();
      audit(logs, logs.world.ago(6), actor, 'Admin registered security info', 'UserManagement', [
        {
          userPrincipalName: target.upn,
          id: target.objectId,
          modifiedProperties: [changed('StrongAuthenticationMethod', '', 'TemporaryAccessPass')],
        },
      ]);
      return { ip: actor.ip, account: target.upn };
    },
    // The service desk gives a starter who has never signed in a pass for their first day.
    lookalike: (logs) => {
      const desk = logs.world.nextPerson();
      const starter = `noor.visser@${logs.world.domain}`;
      audit(
        logs,
        logs.world.ago(21),
        { user: desk, ip: logs.world.officeEgress },
        'Admin registered security info',
        'UserManagement',
        [
          {
            userPrincipalName: starter,
            id: 'starter',
            modifiedProperties: [changed('StrongAuthenticationMethod', '', 'TemporaryAccessPass')],
          },
        ],
      );
      return { account: starter };
    },
  },
  'legacy-auth': {
    windowDays: 1,
    attack: (logs) => {
      const { user, ip } = hijacked(logs);
      signIn(logs, logs.world.ago(4), {
        who: user,
        ip,
        app: 'Office 365 Exchange Online',
        extra: { ClientAppUsed: 'IMAP4' },
      });
      return { ip, account: user.upn };
    },
    // The warehouse scanner mails its scans over authenticated SMTP every day.
    lookalike: (logs) => {
      const scanner = { upn: `scanner-wh2@${logs.world.domain}` };
      for (const hoursAgo of [75, 51, 27, 3]) {
        signIn(logs, logs.world.ago(hoursAgo), {
          who: scanner,
          ip: logs.world.officeEgress,
          app: 'Office 365 Exchange Online',
          extra: { ClientAppUsed: 'Authenticated SMTP' },
        });
      }
      return { account: scanner.upn };
    },
  },
  'impossible-travel': {
    attack: (logs) => {
      const { user, ip } = hijacked(logs);
      const time = logs.world.ago(2);
      signIn(logs, time, { who: user, ip: user.homeIp });
      signIn(logs, time + 4 * 60_000, { who: user, ip, country: 'BR' });
      return { ip, account: user.upn };
    },
    // Someone on holiday in Spain reads mail late in the evenings, hours after their last sign-in at home.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      for (const hoursAgo of [61.5, 13.5])
        signIn(logs, logs.world.ago(hoursAgo), { who: person, ip: '100.82.7.7', country: 'ES' });
      return { account: person.upn };
    },
  },
  'privileged-group-member': {
    attack: (logs) => {
      const victim = logs.world.nextPerson();
      const { files } = logs.world.servers;
      securityEvent(logs, logs.world.ago(18), files, 4732, {
        AccountType: 'User',
        TargetSid: 'S-1-5-32-544',
        TargetUserName: 'Administrators',
        TargetDomainName: 'Builtin',
        MemberName: 'CN=helpdesk-temp,OU=Users,DC=corp,DC=bluewater,DC=example',
        MemberSid: 'S-1-5-21-88231-5521-1902-7001',
        SubjectAccount: `${logs.world.netbios}\\${victim.sam}`,
        SubjectUserSid: 'S-1-5-21-88231-5521-1902-4412',
      });
      return { host: files.fqdn, account: `${logs.world.netbios}\\${victim.sam}` };
    },
    // Someone is allowed Remote Desktop to the jump host.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const { jump } = logs.world.servers;
      securityEvent(logs, logs.world.ago(43), jump, 4732, {
        AccountType: 'User',
        TargetSid: 'S-1-5-32-555',
        TargetUserName: 'Remote Desktop Users',
        TargetDomainName: 'Builtin',
        MemberName: `CN=${person.sam},OU=Users,DC=corp,DC=bluewater,DC=example`,
        SubjectAccount: `${logs.world.netbios}\\adm-y`,
      });
      return { host: jump.fqdn };
    },
  },
};
