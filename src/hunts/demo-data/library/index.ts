import type { LibraryScenario } from '../attack-context.ts';
import { adminRoleMember } from './admin-role-member.ts';
import { disabledAccount } from './disabled-account.ts';
import { explicitCredentials } from './explicit-credentials.ts';
import { mfaDisabled } from './mfa-disabled.ts';
import { mfaFatigue } from './mfa-fatigue.ts';
import { newCountry } from './new-country.ts';
import { rdpFromInternet } from './rdp-from-internet.ts';
import { serviceFromUserDirectory } from './service-from-user-directory.ts';
import { sshBruteforce } from './ssh-bruteforce.ts';

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
];
