import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import JSZip from 'jszip';
import { teamsCommands } from '../../chat/index.ts';
import { readEnv } from '../../config/index.ts';

const MANIFEST_DIR = new URL('../../../manifests/teams/', import.meta.url);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER_GUID = '00000000-0000-0000-0000-000000000000';

export class TeamsPackageError extends Error {
  readonly code = 'huntops_teams_package_invalid';
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPackageError';
  }
}

export interface TeamsPackageOptions {
  /** The bot's Entra app id (`MicrosoftAppId`). */
  readonly botId: string | undefined;
  /** Teams app id; defaults to the one in manifests/teams/manifest.json. */
  readonly appId?: string;
  readonly version?: string;
  readonly manifestDir?: URL;
}

function requireGuid(value: string | undefined, what: string, hint: string): string {
  if (!value || !GUID.test(value) || value === PLACEHOLDER_GUID) {
    throw new TeamsPackageError(`${what} must be an Entra app id (a GUID), got ${describeNonGuid(value)}; ${hint}`);
  }
  return value;
}

/** Never the value itself: the app password pasted into MicrosoftAppId is a common slip. */
function describeNonGuid(value: string | undefined): string {
  if (!value) return 'nothing';
  if (value === PLACEHOLDER_GUID) return 'the placeholder GUID';
  return `${value.length} characters that are not a GUID (not shown: it may be a secret)`;
}

/** The zip Teams accepts for upload: manifest.json with the real bot id, plus both icons, all at the root. */
export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<Uint8Array> {
  const dir = options.manifestDir ?? MANIFEST_DIR;
  const botId = requireGuid(options.botId, 'the bot id', 'set MicrosoftAppId or pass --bot-id');
  const manifest = JSON.parse(await readFile(new URL('manifest.json', dir), 'utf8'));
  // The command list comes from the grammar, so the package never teaches a command the parser rejects.
  manifest.bots = manifest.bots.map((bot: { commandLists?: object[] }) => ({
    ...bot,
    botId,
    commandLists: bot.commandLists?.map((list) => ({ ...list, commands: teamsCommands() })),
  }));
  if (options.appId) manifest.id = requireGuid(options.appId, 'the Teams app id', 'pass --app-id <guid>');
  if (options.version) {
    if (!/^\d+\.\d+\.\d+$/.test(options.version)) {
      throw new TeamsPackageError(`the app version must look like 1.2.3, got "${options.version}"`);
    }
    manifest.version = options.version;
  }
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of [manifest.icons.color, manifest.icons.outline] as string[]) {
    zip.file(icon, await readFile(new URL(icon, dir)));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function register(program: Command): void {
  program
    .command('package')
    .description('build app packages for chat platforms')
    .command('teams')
    .description('zip the Teams app manifest and icons for upload, with the bot id from MicrosoftAppId')
    .option('--bot-id <guid>', 'bot app id (default: $MicrosoftAppId)')
    .option('--app-id <guid>', 'Teams app id, to install a second copy (e.g. staging) in the same tenant')
    .option('--app-version <x.y.z>', 'app version shown in Teams; raise it for every upload of a change')
    .option('-o, --out <file>', 'where to write the zip', 'dist/huntops-teams.zip')
    .action(async (options: { botId?: string; appId?: string; appVersion?: string; out: string }) => {
      try {
        const botId = options.botId ?? readEnv(process.env).MicrosoftAppId;
        const zip = await buildTeamsPackage({ botId, appId: options.appId, version: options.appVersion });
        await mkdir(dirname(resolve(options.out)), { recursive: true });
        await writeFile(options.out, zip);
        console.log(`${options.out}: Teams app package for bot ${botId} (${zip.length} bytes)`);
      } catch (error) {
        if (!(error instanceof TeamsPackageError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
}
