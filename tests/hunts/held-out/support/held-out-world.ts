/**
 * The held-out organisation: a company, people, machines, addresses and a clock that share nothing with the
 * demo data generator (src/hunts/demo-data), so the library is judged on logs it was not tuned on.
 */

/** xorshift32: the held-out logs are deterministic, but from a generator of their own. */
export class Dice {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0 || 0x1234567;
  }
  next(): number {
    let x = this.#state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#state = x >>> 0;
    return this.#state / 4294967296;
  }
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  oneOf<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  odds(probability: number): boolean {
    return this.next() < probability;
  }
  hex(length: number): string {
    return Array.from({ length }, () => this.between(0, 15).toString(16)).join('');
  }
}

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export interface Machine {
  readonly name: string;
  readonly fqdn: string;
  readonly ip: string;
  readonly id: string;
}

export interface Person {
  readonly upn: string;
  readonly sam: string;
  readonly objectId: string;
  readonly laptop: Machine;
  /** Where they work from when not in the office. */
  readonly homeIp: string;
}

const GIVEN = [
  'amara',
  'bjorn',
  'carmen',
  'dmitri',
  'esther',
  'felix',
  'gita',
  'henrik',
  'isla',
  'jasper',
  'kenji',
  'lucia',
];
const FAMILY = ['achebe', 'bakker', 'castillo', 'dubois', 'eriksen', 'fontaine', 'gupta', 'haddad', 'ito', 'janssen'];

export class World {
  readonly dice: Dice;
  readonly domain = 'bluewater.example';
  readonly netbios = 'BLUEWATER';
  readonly adDomain = 'corp.bluewater.example';
  readonly tenantId = 'a7c41e0b-6f3d-4c2a-9e15-3b8d2f0c9e71';
  readonly end = Date.parse('2027-03-16T13:00:00Z');
  readonly days = 4;
  readonly start = this.end - this.days * DAY;
  /** Everyone in the office leaves through this address. */
  readonly officeEgress = '100.70.12.5';
  readonly people: readonly Person[];
  readonly servers: {
    readonly dc: Machine;
    readonly files: Machine;
    readonly sql: Machine;
    readonly rds: Machine;
    readonly backup: Machine;
    readonly jump: Machine;
  };
  readonly linux: { readonly app: Machine; readonly bastion: Machine };
  readonly #attackers = new Set<string>();
  readonly #cast = new Set<Person>();

  constructor(seed: number) {
    this.dice = new Dice(seed);
    const machine = (name: string, ip: string): Machine => ({
      name,
      fqdn: `${name}.${this.adDomain}`,
      ip,
      id: this.dice.hex(40),
    });
    this.people = GIVEN.flatMap((given, g) =>
      FAMILY.map((family, f) => {
        const index = g * FAMILY.length + f;
        return {
          upn: `${given}.${family}@${this.domain}`,
          sam: `${given}.${family[0]}`,
          objectId: `${this.dice.hex(8)}-${this.dice.hex(4)}-${this.dice.hex(4)}-${this.dice.hex(4)}-${this.dice.hex(12)}`,
          laptop: machine(
            `bw-lt-${String(200 + index)}`,
            `172.20.${8 + Math.floor(index / 100)}.${(index % 100) + 50}`,
          ),
          homeIp: `100.80.${this.dice.between(1, 250)}.${this.dice.between(2, 250)}`,
        };
      }),
    );
    this.servers = {
      dc: machine('bwdc01', '172.20.1.4'),
      files: machine('bwfs02', '172.20.1.12'),
      sql: machine('bwsql01', '172.20.1.21'),
      rds: machine('bwrds01', '172.20.1.33'),
      backup: machine('bwbkp01', '172.20.1.40'),
      jump: machine('bwjump01', '172.20.1.50'),
    };
    this.linux = {
      app: { name: 'app-lnx-07', fqdn: 'app-lnx-07', ip: '172.20.3.7', id: this.dice.hex(40) },
      bastion: { name: 'bastion-01', fqdn: 'bastion-01', ip: '172.20.3.2', id: this.dice.hex(40) },
    };
  }

  /** A fresh attacker address, never handed out twice. */
  attackerIp(): string {
    let ip: string;
    do ip = `${this.dice.oneOf(['45.141.84', '91.219.236', '185.100.87', '194.26.29'])}.${this.dice.between(2, 254)}`;
    while (this.#attackers.has(ip));
    this.#attackers.add(ip);
    return ip;
  }

  /** Someone no case has used yet: each attack's victim and each look-alike's person is somebody else. */
  nextPerson(): Person {
    const person = this.people.find((candidate) => !this.#cast.has(candidate));
    if (!person) throw new Error('the held-out organisation ran out of people');
    this.#cast.add(person);
    return person;
  }

  /** A time `hoursAgo` before the end of the logs, on a whole minute. */
  ago(hoursAgo: number): number {
    return Math.floor((this.end - hoursAgo * HOUR) / MIN) * MIN;
  }
}
