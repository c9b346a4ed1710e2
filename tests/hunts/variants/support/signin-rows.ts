import { ago, type Row } from './run-on-rows.ts';

/**
 * A SigninLogs row as the Azure Monitor table reference has it: ResultType a string ('0' success), the JSON
 * columns (DeviceDetail, LocationDetails, AuthenticationDetails) as the service writes them.
 */
export function signIn(minutesAgo: number, upn: string, ip: string, resultType: string, extra: Row = {}): Row {
  return {
    TimeGenerated: ago(minutesAgo),
    Type: 'SigninLogs',
    UserPrincipalName: upn,
    UserDisplayName: upn.split('@')[0],
    IPAddress: ip,
    ResultType: resultType,
    ResultDescription: '',
    AppDisplayName: 'Office 365 Exchange Online',
    ClientAppUsed: 'Browser',
    IsInteractive: true,
    AuthenticationRequirement: 'singleFactorAuthentication',
    DeviceDetail: { operatingSystem: 'Windows10', browser: 'Edge 124.0.0' },
    LocationDetails: { city: 'Rotterdam', state: 'Zuid-Holland', countryOrRegion: 'NL' },
    ...extra,
  };
}
