import { describe, expect, it } from 'vitest';
import { huntRows, type Row } from './support/run-on-rows.ts';
import { signIn } from './support/signin-rows.ts';

const ATTACKER = '203.0.113.190';
// Error 50057 is UserDisabled; its description is Entra ID's free text, which the sample exports show
// collapsing to "Other" (tests/fixtures/hunts/sentinel-samples: 16000 reads "Other").
const leavers = (description: string): Row[] =>
  ['r.old', 'm.gone', 't.left'].map((name, i) =>
    signIn(50 - i, `${name}@contoso.example`, ATTACKER, '50057', { ResultDescription: description }),
  );

const found = async (rows: Row[]) => (await huntRows('disabled-account', { SigninLogs: rows })).map((f) => f.ip);

describe('/hunt disabled-account on error 50057 whatever its description says', () => {
  it('finds an address trying leavers’ accounts and then getting into a working one, description "Other"', async () => {
    const rows = [...leavers('Other'), signIn(40, 'yan@contoso.example', ATTACKER, '0')];
    expect(await found(rows)).toEqual([ATTACKER]);
  });

  it('reports no address whose leaver attempts found no working account', async () => {
    expect(await found(leavers('Other'))).toEqual([]);
  });
});
