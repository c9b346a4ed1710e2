import { describe, expect, it } from 'vitest';
import type { Row } from './support/run-on-rows.ts';
import { huntRows } from './support/run-on-rows.ts';
import { signIn } from './support/signin-rows.ts';

/** One push prompt: the password step, then the Authenticator step with the result Entra ID wrote. */
function prompt(minutesAgo: number, upn: string, ip: string, mfaResult: string): Row {
  const approved = mfaResult === 'MFA successfully completed';
  return signIn(minutesAgo, upn, ip, approved ? '0' : '500121', {
    AuthenticationRequirement: 'multiFactorAuthentication',
    AuthenticationDetails: JSON.stringify([
      { authenticationMethod: 'Password', succeeded: true, authenticationStepResultDetail: 'Correct password' },
      {
        authenticationMethod: 'Mobile app notification',
        succeeded: approved,
        authenticationStepResultDetail: mfaResult,
      },
    ]),
  });
}

const bombing = (upn: string, ip: string, denial: string) => [
  ...Array.from({ length: 12 }, (_, i) => prompt(30 - i * 0.25, upn, ip, denial)),
  prompt(26.5, upn, ip, 'MFA successfully completed'),
];

const found = async (rows: Row[]) =>
  (await huntRows('mfa-fatigue', { SigninLogs: rows })).map((finding) => finding.fields.UserPrincipalName).sort();

describe('/hunt mfa-fatigue on the denial texts Entra ID writes', () => {
  it('finds prompts refused with a wrong number (number matching) or written "MFA Denied"', async () => {
    const rows = [
      ...bombing('ana@contoso.example', '203.0.113.70', 'MFA denied; user did not select the correct number'),
      ...bombing('ben@contoso.example', '203.0.113.71', 'MFA Denied; user declined the authentication'),
    ];
    expect(await found(rows)).toEqual(['ana@contoso.example', 'ben@contoso.example']);
  });

  it('reports no one who mistypes a one-time code a dozen times (no push prompt)', async () => {
    expect(await found(bombing('cy@contoso.example', '192.0.2.30', 'MFA denied; invalid verification code'))).toEqual(
      [],
    );
  });
});
