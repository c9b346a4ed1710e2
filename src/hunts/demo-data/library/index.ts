import type { LibraryScenario } from '../attack-context.ts';
import { adminConsent } from './admin-consent.ts';
import { adminRoleMember } from './admin-role-member.ts';
import { appExternalRedirect } from './app-external-redirect.ts';
import { caPolicyDisabled } from './ca-policy-disabled.ts';
import { disabledAccount } from './disabled-account.ts';
import { encodedPowershell } from './encoded-powershell.ts';
import { explicitCredentials } from './explicit-credentials.ts';
import { federatedDomain } from './federated-domain.ts';
import { guestPrivilegedRole } from './guest-privileged-role.ts';
import { impossibleTravel } from './impossible-travel.ts';
import { kerberoasting } from './kerberoasting.ts';
import { legacyAuth } from './legacy-auth.ts';
import { lolbinDownload } from './lolbin-download.ts';
import { lsassAccess } from './lsass-access.ts';
import { lsassDump } from './lsass-dump.ts';
import { mailboxForwarding } from './mailbox-forwarding.ts';
import { malwareHash } from './malware-hash.ts';
import { massDelete } from './mass-delete.ts';
import { massDownload } from './mass-download.ts';
import { mfaDisabled } from './mfa-disabled.ts';
import { mfaFatigue } from './mfa-fatigue.ts';
import { mfaMethodChange } from './mfa-method-change.ts';
import { newCountry } from './new-country.ts';
import { officeSpawnsShell } from './office-spawns-shell.ts';
import { phishingUrlClick } from './phishing-url-click.ts';
import { pimOffHours } from './pim-off-hours.ts';
import { privilegedGroupMember } from './privileged-group-member.ts';
import { rareDomainBeacon } from './rare-domain-beacon.ts';
import { rdpFromInternet } from './rdp-from-internet.ts';
import { remoteScheduledTask } from './remote-scheduled-task.ts';
import { riskySigninNewMfa } from './risky-signin-new-mfa.ts';
import { securityLogCleared } from './security-log-cleared.ts';
import { serviceFromUserDirectory } from './service-from-user-directory.ts';
import { shadowCopyDelete } from './shadow-copy-delete.ts';
import { spCredentialAdded } from './sp-credential-added.ts';
import { sshBruteforce } from './ssh-bruteforce.ts';
import { sshNewlyExposed } from './ssh-newly-exposed.ts';
import { tapCreated } from './tap-created.ts';

/** One scenario per library hunt, in the order their attacks are laid out (append new ones at the end). */
export const LIBRARY_SCENARIOS: readonly LibraryScenario[] = [
  sshBruteforce,
  mfaFatigue,
  disabledAccount,
  newCountry,
  explicitCredentials,
  rdpFromInternet,
  serviceFromUserDirectory,
  adminRoleMember,
  mfaDisabled,
  officeSpawnsShell,
  encodedPowershell,
  lolbinDownload,
  lsassDump,
  lsassAccess,
  shadowCopyDelete,
  phishingUrlClick,
  mailboxForwarding,
  massDelete,
  malwareHash,
  rareDomainBeacon,
  sshNewlyExposed,
  remoteScheduledTask,
  legacyAuth,
  impossibleTravel,
  riskySigninNewMfa,
  mfaMethodChange,
  adminConsent,
  spCredentialAdded,
  appExternalRedirect,
  caPolicyDisabled,
  guestPrivilegedRole,
  pimOffHours,
  privilegedGroupMember,
  tapCreated,
  federatedDomain,
  kerberoasting,
  securityLogCleared,
  massDownload,
];
