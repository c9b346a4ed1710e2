import { type AttackContext, at, type DemoAttack, type DemoLookalike, type Injector, iso } from './attack-context.ts';
import { type AttackKind, attackerIps } from './attacker-ips.ts';
import type { DemoLogs } from './demo-logs.ts';
import { addDeviceLogon } from './device-rows.ts';
import { LIBRARY_SCENARIOS } from './library/index.ts';
import type { DemoOrganisation } from './organisation.ts';
import { addSignIn, signedInAs } from './signin-rows.ts';
import { addSshEvent } from './syslog-rows.ts';
import { floorTo, HOUR, MINUTE, SECOND } from './time-grid.ts';
import { addSecurityEventLogon } from './windows-rows.ts';

/** One IP fails against 30 users inside one 15-minute window, then one of them signs in. */
const spray: Injector = ({ logs, org, ip, victim, end }) => {
  const window = floorTo(end - 5 * HOUR, 15 * MINUTE);
  const others = logs.random.sample(
    org.users.filter((user) => user !== victim),
    29,
  );
  const targets = logs.random.sample([...others, victim], 30);
  let time = window + 2 * MINUTE;
  targets.forEach((user, index) => {
    // A few attempts go through legacy protocols and land in the non-interactive table.
    addSignIn(logs, org, {
      time: at(time),
      upn: user.upn,
      userId: user.userId,
      ip,
      resultType: '50126',
      interactive: index % 5 !== 4,
      app: 'Office 365 Exchange Online',
      clientApp: 'Other clients',
      userAgent: 'python-requests/2.31',
    });
    time += logs.random.int(8, 12) * SECOND;
  });
  const success = window + 9 * MINUTE;
  addSignIn(logs, org, {
    time: at(success),
    ...signedInAs(victim),
    ip,
    resultType: '0',
    app: 'Office 365 Exchange Online',
    clientApp: 'Other clients',
    userAgent: 'python-requests/2.31',
  });
  return {
    account: victim.upn,
    start: iso(window + 2 * MINUTE),
    end: iso(success),
    description: 'Password spray: 30 users from one IP in one 15-minute window, then one success.',
  };
};

/** Sixty failed network logons on one account of the internet-facing web server. */
const bruteforce: Injector = ({ logs, org, ip, end }) => {
  const start = floorTo(end - 9 * HOUR, MINUTE);
  let time = start;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    addDeviceLogon(logs, org, {
      time: at(time),
      device: org.webServer,
      success: false,
      accountName: 'administrator',
      logonType: 'Network',
      remoteIp: ip,
      remoteIpType: 'Public',
    });
    time += logs.random.int(15, 25) * SECOND;
  }
  return {
    account: 'administrator',
    host: org.webServer.fqdn,
    start: iso(start),
    end: iso(time),
    description: 'Brute force: 60 failed logons on administrator@srv-web01 from one public IP.',
  };
};

/** Failed RDP and SSH logons from one IP, then that IP signs in to Entra ID with a real account. */
const hostToCloud: Injector = ({ logs, org, ip, victim, end }) => {
  const start = floorTo(end - 14 * HOUR, MINUTE);
  const guesses = ['administrator', 'admin', victim.samName, 'backup'];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const time = start + attempt * 10 * MINUTE + logs.random.int(0, 300) * SECOND;
    addSecurityEventLogon(logs, org, {
      time: at(time),
      host: attempt % 2 ? org.rdGateway : org.webServer,
      success: false,
      userName: guesses[attempt % guesses.length],
      logonType: 10,
      ip,
      workstation: 'kali',
      subStatus: '0xc000006a',
    });
    addSshEvent(logs, org, {
      time: at(time + 2 * MINUTE),
      host: org.linuxServers[0],
      outcome: attempt % 2 ? 'failed' : 'invalid-user',
      user: guesses[attempt % guesses.length],
      ip,
    });
  }
  const success = end - 11 * HOUR;
  addSignIn(logs, org, {
    time: at(success),
    ...signedInAs(victim),
    ip,
    resultType: '0',
    app: 'Azure Portal',
  });
  return {
    account: victim.upn,
    start: iso(start),
    end: iso(success),
    description: 'Failed RDP/SSH logons from one IP, then an Entra ID sign-in from it.',
  };
};

/** 26 failed logons by one valid account on the file server inside one 10-minute window. */
const logonBurst: Injector = ({ logs, org, ip, victim, end }) => {
  const window = floorTo(end - 3 * HOUR, 10 * MINUTE);
  let time = window + MINUTE;
  for (let attempt = 0; attempt < 26; attempt += 1) {
    addSecurityEventLogon(logs, org, {
      time: at(time),
      host: org.fileServer,
      success: false,
      userName: victim.samName,
      logonType: 3,
      ip,
      workstation: 'WIN-7RT3K1',
      subStatus: '0xc000006a',
    });
    time += logs.random.int(12, 18) * SECOND;
  }
  return {
    account: `${org.netbios}\\${victim.samName}`,
    host: org.fileServer.fqdn,
    start: iso(window + MINUTE),
    end: iso(time),
    description: 'Logon burst: 26 bad-password logons by one valid account on srv-fs01 within 10 minutes.',
  };
};

/** A script trying one account every 30 seconds (±1 s). */
const cadence: Injector = ({ logs, org, ip, victim, end }) => {
  const start = floorTo(end - 7 * HOUR, MINUTE);
  let time = start;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    addSignIn(logs, org, {
      time: at(time),
      upn: victim.upn,
      userId: victim.userId,
      ip,
      resultType: '50126',
      app: 'Microsoft Azure CLI',
      clientApp: 'Mobile Apps and Desktop clients',
      userAgent: 'Go-http-client/1.1',
    });
    time += 30 * SECOND + logs.random.int(-1000, 1000);
  }
  return {
    account: victim.upn,
    start: iso(start),
    end: iso(time),
    description: 'Scripted attempts: 40 failed sign-ins on one account every 30 seconds.',
  };
};

const SEED_INJECTORS = {
  spray,
  bruteforce,
  'host-to-cloud': hostToCloud,
  'logon-burst': logonBurst,
  cadence,
} satisfies Partial<Record<AttackKind, Injector>>;

/**
 * Injects one attack of every kind, each against a different person, and returns the ground truth with the
 * library hunts' look-alikes. The five seed attacks come first and draw their victims together; library
 * scenarios only draw from the random stream after them, so adding one leaves every earlier row as it was.
 */
export function addAttacks(
  logs: DemoLogs,
  org: DemoOrganisation,
  seed: number,
): { attacks: DemoAttack[]; lookalikes: DemoLookalike[] } {
  const ips = attackerIps(seed);
  const seedKinds = Object.keys(SEED_INJECTORS) as (keyof typeof SEED_INJECTORS)[];
  const victims = logs.random.sample(org.users, seedKinds.length);
  const attack = (kind: AttackKind, injector: Injector, victim: AttackContext['victim']): DemoAttack => {
    const ip: string | undefined = ips[kind as keyof typeof ips];
    return {
      kind,
      command: kind,
      ...(ip === undefined ? {} : { ip }),
      ...injector({ logs, org, ip: ip ?? '', victim, end: logs.end }),
    };
  };
  const attacks = seedKinds.map((kind, index) => attack(kind, SEED_INJECTORS[kind], victims[index]));
  const victim = () => {
    const chosen = logs.random.pick(org.users.filter((user) => !victims.includes(user)));
    victims.push(chosen);
    return chosen;
  };
  const library = LIBRARY_SCENARIOS.map((scenario) => {
    attacks.push(attack(scenario.kind, scenario.attack, victim()));
    return scenario;
  });
  // Look-alikes come after every attack, so their people are chosen among those no attack touched.
  const bystanders = org.users.filter((user) => !victims.includes(user));
  const lookalikes = library.map((scenario, index) => ({
    ...scenario.lookalike({ logs, org, bystander: bystanders[bystanders.length - 1 - index], end: logs.end }),
    hunt: scenario.kind,
  }));
  return { attacks, lookalikes };
}
