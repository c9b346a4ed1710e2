import { describe, expect, it } from 'vitest';
import { huntRows, type Row } from './support/run-on-rows.ts';
import { signIn } from './support/signin-rows.ts';

const ATTACKER = '203.0.113.180';
// One password tried against 25 accounts: 50126 is "invalid username or password".
const spray: Row[] = Array.from({ length: 25 }, (_, i) =>
  signIn(40 - i * 0.3, `user${i}@contoso.example`, ATTACKER, '50126'),
);

const found = async (rows: Row[]) =>
  (await huntRows('spray', { SigninLogs: rows })).map((f) => `${f.ip} ${f.fields.FirstSuccessfulUser}`);

describe('/hunt spray when the guessed password is right but MFA stands in the way', () => {
  it.each([
    ['50074', 'strong authentication is required'],
    ['50076', 'MFA required by location or configuration'],
    ['50079', 'the user must register for MFA'],
  ])('finds a spray whose hit ended in %s (%s): the password was right', async (code) => {
    const rows = [...spray, signIn(30, 'User7@contoso.example', ATTACKER, code)];
    expect(await found(rows)).toEqual([`${ATTACKER} user7@contoso.example`]);
  });

  it('reports no spray that found nothing', async () => {
    expect(await found(spray)).toEqual([]);
  });
});
