import type { HeldOutCases } from '../held-out-case.ts';
import { deviceLogon, signIn, windowsLogon } from '../held-out-rows.ts';

const SECOND = 1000;

export const SEED_CASES: HeldOutCases = {
  spray: {
    // 30 wrong passwords over ten people in ten minutes, then one of them lets the attacker in.
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const guessed = ['info', 'hr', 'finance', 'it', 'sales', 'payroll', 'reception', 'ceo', 'support'];
      const targets = [victim, ...guessed.map((name) => ({ upn: `${name}@${logs.world.domain}` }))];
      const start = logs.world.ago(30);
      for (let attempt = 0; attempt < 30; attempt += 1) {
        signIn(logs, start + attempt * 20 * SECOND, { who: targets[attempt % 10], ip, result: '50126' });
      }
      signIn(logs, start + 11 * 60 * SECOND, { who: victim, ip });
      return { ip, account: victim.upn };
    },
    // The office's egress: everyone signs in through it, with the usual typos.
    lookalike: (logs) => ({ ip: logs.world.officeEgress }),
  },
  bruteforce: {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const host = logs.world.servers.rds;
      for (let attempt = 0; attempt < 18; attempt += 1) {
        const user = ['administrator', 'admin', 'scanner', 'backup'][attempt % 4];
        deviceLogon(logs, logs.world.ago(20) + attempt * 7 * SECOND, {
          host,
          user,
          ok: false,
          logonType: 'Network',
          remoteIp: ip,
          remoteIpType: 'Public',
        });
      }
      return { ip, host: host.fqdn };
    },
    // Someone at home mistypes their Remote Desktop password three times, as they did last week too.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const host = logs.world.servers.rds;
      for (const hoursAgo of [80, 10]) {
        const at = logs.world.ago(hoursAgo);
        const logon = {
          host,
          user: person.sam,
          logonType: 'RemoteInteractive',
          remoteIp: person.homeIp,
          remoteIpType: 'Public',
        };
        for (let typo = 0; typo < 3; typo += 1) deviceLogon(logs, at + typo * 15 * SECOND, { ...logon, ok: false });
        deviceLogon(logs, at + 60 * SECOND, { ...logon, ok: true });
      }
      return { ip: person.homeIp };
    },
  },
  'host-to-cloud': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const start = logs.world.ago(16);
      for (let attempt = 0; attempt < 8; attempt += 1) {
        windowsLogon(logs, start + attempt * 30 * SECOND, {
          host: logs.world.servers.rds,
          user: victim.sam,
          ok: false,
          type: 10,
          ip,
        });
      }
      signIn(logs, start + 40 * 60 * SECOND, { who: victim, ip, app: 'Azure Portal' });
      return { ip, account: victim.upn };
    },
    // Two typos on Remote Desktop from home, then a cloud sign-in from home: well under the threshold.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const start = logs.world.ago(26);
      for (let typo = 0; typo < 2; typo += 1) {
        windowsLogon(logs, start + typo * 20 * SECOND, {
          host: logs.world.servers.rds,
          user: person.sam,
          ok: false,
          type: 10,
          ip: person.homeIp,
        });
      }
      signIn(logs, start + 5 * 60 * SECOND, { who: person, ip: person.homeIp });
      return { ip: person.homeIp, account: person.upn };
    },
  },
  'logon-burst': {
    attack: (logs) => {
      const victim = logs.world.nextPerson();
      const host = logs.world.servers.files;
      const start = logs.world.ago(12);
      for (let attempt = 0; attempt < 26; attempt += 1) {
        windowsLogon(logs, start + attempt * 15 * SECOND, {
          host,
          user: victim.sam,
          ok: false,
          type: 3,
          ip: '172.20.9.77',
        });
      }
      return { account: `${logs.world.netbios}\\${victim.sam}`, host: host.fqdn };
    },
    // A scanner's service account with an expired password fails every half hour, all day.
    lookalike: (logs) => {
      for (let time = logs.world.start + 11 * 60 * SECOND; time < logs.world.end; time += 30 * 60 * SECOND) {
        windowsLogon(logs, time, {
          host: logs.world.servers.files,
          user: 'svc-scan',
          ok: false,
          type: 3,
          ip: '172.20.1.77',
          subStatus: '0xc0000071',
        });
      }
      return { account: `${logs.world.netbios}\\svc-scan` };
    },
  },
  cadence: {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const start = logs.world.ago(9);
      for (let attempt = 0; attempt < 14; attempt += 1) {
        signIn(logs, start + attempt * 90 * SECOND + logs.world.dice.between(-2, 2) * SECOND, {
          who: victim,
          ip,
          result: '50126',
          app: 'Microsoft Azure PowerShell',
        });
      }
      return { ip, account: victim.upn };
    },
    // A person who cannot remember their new password tries five times over an afternoon.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      for (const minutes of [0, 3, 17, 41, 95]) {
        signIn(logs, logs.world.ago(33) + minutes * 60 * SECOND, {
          who: person,
          ip: logs.world.officeEgress,
          result: '50126',
        });
      }
      return { account: person.upn };
    },
  },
};
