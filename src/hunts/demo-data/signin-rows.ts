import type { DemoLogs } from './demo-logs.ts';
import type { DemoOrganisation, DemoUser } from './organisation.ts';

export interface SignIn {
  readonly time: Date;
  readonly upn: string;
  readonly displayName?: string;
  readonly userId?: string;
  readonly ip: string;
  /** "0" for success, an AADSTS code such as "50126" for failures. */
  readonly resultType: string;
  readonly app?: string;
  readonly clientApp?: string;
  readonly interactive?: boolean;
  readonly userAgent?: string;
  readonly city?: string;
  /** Two-letter country code; default DE, where the demo company works. */
  readonly country?: string;
  /** The MFA step's authenticationStepResultDetail, e.g. "MFA denied; user declined the authentication". */
  readonly mfaResult?: string;
  /** Identity Protection's real-time risk of the sign-in; default none. */
  readonly riskLevel?: 'none' | 'low' | 'medium' | 'high';
}

const RESULT_DESCRIPTIONS: Record<string, string> = {
  '0': '',
  '50126': 'Error validating credentials due to invalid username or password.',
  '50053': 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  '50074': 'Strong Authentication is required.',
  '50057': 'User account is disabled. The account has been disabled by an administrator.',
  '500121': 'Authentication failed during strong authentication request.',
};

const APPS: Record<string, string> = {
  'Office 365 Exchange Online': '00000002-0000-0ff1-ce00-000000000000',
  'Microsoft Teams': '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  'Microsoft Azure CLI': '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
  'Azure Portal': 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c',
  'Office 365 SharePoint Online': '00000003-0000-0ff1-ce00-000000000000',
  'Microsoft Authentication Broker': '29d9ed98-a469-4536-ade2-f981bc1d605e',
};

/** The sign-in fields that say who signed in, from a user of the demo organisation. */
export function signedInAs(user: DemoUser): Pick<SignIn, 'upn' | 'displayName' | 'userId'> {
  return { upn: user.upn, displayName: user.displayName, userId: user.userId };
}

/** Adds one Entra ID sign-in, interactive (SigninLogs) or not (AADNonInteractiveUserSignInLogs). */
export function addSignIn(logs: DemoLogs, org: DemoOrganisation, signIn: SignIn): void {
  const interactive = signIn.interactive ?? true;
  const app = signIn.app ?? 'Office 365 Exchange Online';
  const failed = signIn.resultType !== '0';
  const location = {
    city: signIn.city ?? 'Berlin',
    state: signIn.city ?? 'Berlin',
    countryOrRegion: signIn.country ?? 'DE',
  };
  const device = { deviceId: '', operatingSystem: 'Windows 10', browser: 'Edge 120.0.0' };
  const status = failed
    ? { errorCode: Number(signIn.resultType), failureReason: RESULT_DESCRIPTIONS[signIn.resultType] ?? 'Other' }
    : { errorCode: 0 };
  // The two tables really differ: the details columns are dynamic in SigninLogs and JSON text here.
  const details = (value: unknown) => (interactive ? value : JSON.stringify(value));
  logs.add(interactive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs', signIn.time, {
    TenantId: org.tenantId,
    TimeGenerated: signIn.time,
    CreatedDateTime: signIn.time,
    OperationName: 'Sign-in activity',
    Category: interactive ? 'SignInLogs' : 'NonInteractiveUserSignInLogs',
    ResultType: signIn.resultType,
    ResultSignature: failed ? 'FAILURE' : 'SUCCESS',
    ResultDescription: RESULT_DESCRIPTIONS[signIn.resultType] ?? 'Other',
    CorrelationId: logs.random.guid(),
    Id: logs.random.guid(),
    Identity: signIn.displayName ?? signIn.upn,
    UserDisplayName: signIn.displayName ?? '',
    UserPrincipalName: signIn.upn,
    UserId: signIn.userId ?? '',
    UserType: 'Member',
    AppDisplayName: app,
    AppId: APPS[app] ?? logs.random.guid(),
    ClientAppUsed: signIn.clientApp ?? (interactive ? 'Browser' : 'Mobile Apps and Desktop clients'),
    IPAddress: signIn.ip,
    Location: location.countryOrRegion,
    LocationDetails: details(location),
    DeviceDetail: details(device),
    Status: details(status),
    IsInteractive: interactive,
    UserAgent: signIn.userAgent ?? 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Edge/120.0',
    ConditionalAccessStatus: failed ? 'notApplied' : 'success',
    AuthenticationRequirement: 'singleFactorAuthentication',
    RiskLevelDuringSignIn: signIn.riskLevel ?? 'none',
    HomeTenantId: org.tenantId,
    ResourceTenantId: org.tenantId,
    Type: interactive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs',
    // Only MFA sign-ins carry these, so rows generated before MFA existed in the demo stay byte-identical.
    ...(signIn.mfaResult === undefined ? {} : mfaColumns(signIn.mfaResult)),
  });
}

/** AuthenticationDetails is JSON text in both sign-in tables: the password step, then the MFA step. */
function mfaColumns(mfaResult: string) {
  const steps = [
    { authenticationMethod: 'Password', succeeded: true, authenticationStepResultDetail: 'Correct password' },
    {
      authenticationMethod: 'Mobile app notification',
      succeeded: mfaResult === 'MFA successfully completed',
      authenticationStepResultDetail: mfaResult,
    },
  ];
  return { AuthenticationRequirement: 'multiFactorAuthentication', AuthenticationDetails: JSON.stringify(steps) };
}
