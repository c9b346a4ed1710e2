import { describe, expect, it } from 'vitest';
import { huntRows, type Row } from './support/run-on-rows.ts';
import { signIn } from './support/signin-rows.ts';

/**
 * ClientAppUsed as Entra ID's "legacy authentication" guide lists it: Authenticated SMTP, Autodiscover,
 * Exchange ActiveSync, …, Offline Address Book, …, Other clients; tenants' exports spell some of them
 * differently (AutoDiscover, MAPI Over HTTP).
 */
const legacy = (minutesAgo: number, upn: string, ip: string, client: string): Row =>
  signIn(minutesAgo, upn, ip, '0', { ClientAppUsed: client, AppDisplayName: 'Office 365 Exchange Online' });

const found = async (rows: Row[]) =>
  (await huntRows('legacy-auth', { SigninLogs: rows })).map((finding) => finding.fields.UserPrincipalName).sort();

describe('/hunt legacy-auth on the client names Entra ID writes', () => {
  it('finds a legacy sign-in as "Offline Address Book" or "Autodiscover"', async () => {
    const rows = [
      legacy(40, 'eli@contoso.example', '203.0.113.81', 'Offline Address Book'),
      legacy(30, 'fay@contoso.example', '203.0.113.82', 'Autodiscover'),
    ];
    expect(await found(rows)).toEqual(['eli@contoso.example', 'fay@contoso.example']);
  });

  it('reports no modern client, nor the catch-all "Other clients"', async () => {
    const rows = [
      legacy(60, 'gus@contoso.example', '192.0.2.81', 'Other clients'),
      legacy(50, 'gus@contoso.example', '192.0.2.81', 'Browser'),
      legacy(40, 'gus@contoso.example', '192.0.2.81', 'Mobile Apps and Desktop clients'),
    ];
    expect(await found(rows)).toEqual([]);
  });

  it('reports no mail client seen before the window whose user name is now written in another case', async () => {
    const rows = [
      legacy(2 * 24 * 60, 'Nia.Jansen@contoso.example', '192.0.2.90', 'IMAP4'),
      legacy(30, 'nia.jansen@contoso.example', '192.0.2.90', 'IMAP4'),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
