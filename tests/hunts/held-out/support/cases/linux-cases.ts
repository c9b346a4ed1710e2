import type { HeldOutCases } from '../held-out-case.ts';
import { sshd } from '../held-out-rows.ts';

const SECOND = 1000;

export const LINUX_CASES: HeldOutCases = {
  'ssh-bruteforce': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const host = logs.world.linux.bastion;
      const start = logs.world.ago(18);
      for (let guess = 0; guess < 28; guess += 1) {
        const user = ['root1', 'oracle', 'user', 'test', 'guest', 'debian', 'minecraft'][guess % 7];
        sshd(
          logs,
          start + guess * 11 * SECOND,
          host,
          `Failed password for invalid user ${user} from ${ip} port ${40000 + guess} ssh2`,
        );
      }
      return { ip };
    },
    // A deploy script with a wrong user name, fixed after three runs.
    lookalike: (logs) => {
      const { jump } = logs.world.servers;
      for (let run = 0; run < 3; run += 1) {
        sshd(
          logs,
          logs.world.ago(44) + run * 60 * SECOND,
          logs.world.linux.app,
          `Failed password for invalid user deplyo from ${jump.ip} port ${51000 + run} ssh2`,
        );
      }
      return { ip: jump.ip };
    },
  },
  'ssh-newly-exposed': {
    windowDays: 1,
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const host = logs.world.linux.app;
      sshd(logs, logs.world.ago(2), host, `Accepted password for deploy from ${ip} port 61522 ssh2`);
      return { ip, host: host.name };
    },
    // The bastion is meant to face the internet: on-call admins have always come in from home.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      for (const hoursAgo of [75, 30, 4]) {
        sshd(
          logs,
          logs.world.ago(hoursAgo),
          logs.world.linux.bastion,
          `Accepted publickey for oncall from ${person.homeIp} port 52211 ssh2: ED25519 SHA256:aa`,
        );
      }
      return { ip: person.homeIp };
    },
  },
};
