import { describe, expect, it } from 'vitest';
import { huntRows, type Row } from './support/run-on-rows.ts';
import { signIn } from './support/signin-rows.ts';

const WHERE = {
  NL: { city: 'Rotterdam', state: 'Zuid-Holland', countryOrRegion: 'NL' },
  BR: { city: 'Sao Paulo', state: 'Sao Paulo', countryOrRegion: 'BR' },
};
const from = (minutesAgo: number, upn: string, ip: string, country: keyof typeof WHERE): Row =>
  signIn(minutesAgo, upn, ip, '0', { LocationDetails: WHERE[country] });

// An ordinary day in the Netherlands, so one Brazilian sign-in is a rare country.
const office = Array.from({ length: 200 }, (_, i) =>
  from(600 - i * 2, `staff${i % 40}@contoso.example`, '192.0.2.10', 'NL'),
);

const found = async (rows: Row[]) =>
  (await huntRows('impossible-travel', { SigninLogs: [...office, ...rows] })).map((f) => f.fields.UserPrincipalName);

describe('/hunt impossible-travel on user names as people type them', () => {
  it('pairs two sign-ins of one account whose user name was typed in another case', async () => {
    const rows = [
      from(30, 'Lea.Visser@contoso.example', '192.0.2.77', 'NL'),
      from(26, 'lea.visser@CONTOSO.example', '203.0.113.120', 'BR'),
    ];
    expect(await found(rows)).toEqual(['lea.visser@contoso.example']);
  });

  it('reports no two people who happen to sign in from two countries', async () => {
    const rows = [
      from(30, 'max@contoso.example', '192.0.2.78', 'NL'),
      from(26, 'mia@contoso.example', '198.51.100.121', 'BR'),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
