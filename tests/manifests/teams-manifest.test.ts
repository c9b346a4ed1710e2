import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import AjvFormats from 'ajv-formats';
import { decode } from 'fast-png';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { drawIcons } from '../../manifests/teams/generate-icons.ts';
import { buildTeamsPackage, TeamsPackageError } from '../../src/cli/commands/package-teams.ts';

const TEAMS_DIR = new URL('../../manifests/teams/', import.meta.url);
const BOT_ID = '11111111-2222-3333-4444-555555555555';
const manifest = JSON.parse(readFileSync(new URL('manifest.json', TEAMS_DIR), 'utf8'));

// The official schema (draft-04) from @microsoft/app-manifest, see tests/fixtures/manifests/README.md.
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/manifests/MicrosoftTeams.v1.25.schema.json', import.meta.url), 'utf8'),
);
// Both packages are CommonJS with `exports.default`; under NodeNext the default import is the module object.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
AjvFormats.default(ajv);
const validate = ajv.compile(schema);

function problems(candidate: unknown): string[] {
  return validate(candidate) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('Teams app manifest', () => {
  it('validates against the official v1.25 schema it names', () => {
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.25/MicrosoftTeams.schema.json',
    );
    expect(problems(manifest)).toEqual([]);
  });

  it('the schema check can fail (guards the guard)', () => {
    expect(problems({ ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] })).not.toEqual([]);
    expect(problems({ ...manifest, accentColor: undefined })).not.toEqual([]);
  });

  it('offers the bot in personal, team and group chats with the huntops commands', () => {
    const [bot] = manifest.bots;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    const titles = bot.commandLists.flatMap((list: { commands: Array<{ title: string }> }) =>
      list.commands.map((command) => command.title),
    );
    expect(titles.sort()).toEqual([
      'block',
      'blocks',
      'help',
      'host',
      'hunt',
      'ip',
      'list',
      'tenants',
      'unblock',
      'user',
    ]);
    // Teams shows at most ten commands per list (Teams app manifest schema, commandLists[].commands maxItems 10).
    expect(titles.length).toBeLessThanOrEqual(10);
  });

  it('ships a 192x192 colour icon and a 32x32 white-on-transparent outline icon, as generated', () => {
    const color = readFileSync(new URL(manifest.icons.color, TEAMS_DIR));
    const outline = readFileSync(new URL(manifest.icons.outline, TEAMS_DIR));
    expect([decode(color).width, decode(color).height]).toEqual([192, 192]);
    const png = decode(outline);
    expect([png.width, png.height, png.channels]).toEqual([32, 32, 4]);
    const alphas = new Set<number>();
    for (let index = 0; index < png.data.length; index += 4) {
      const [r, g, b, a] = png.data.slice(index, index + 4);
      alphas.add(a);
      if (a > 0) expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(alphas.has(0) && alphas.has(255)).toBe(true);
    // Pixels, not bytes: another fast-png version may compress the same image differently.
    const drawn = drawIcons();
    expect(decode(drawn.color).data).toEqual(decode(color).data);
    expect(decode(drawn.outline).data).toEqual(png.data);
  });
});

describe('buildTeamsPackage', () => {
  it('zips manifest.json with the real bot id and both icons at the root, still schema-valid', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage({ botId: BOT_ID, version: '1.2.3' }));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packaged.bots[0].botId).toBe(BOT_ID);
    expect(packaged.version).toBe('1.2.3');
    expect(problems(packaged)).toEqual([]);
    const outline = await zip.file('outline.png')!.async('nodebuffer');
    expect(outline.equals(readFileSync(new URL('outline.png', TEAMS_DIR)))).toBe(true);
  });

  it.each([
    [undefined, /got nothing; set MicrosoftAppId/],
    ['app~password~pasted~here', /got 24 characters that are not a GUID \(not shown/],
    ['00000000-0000-0000-0000-000000000000', /Entra app id/],
  ])('refuses bot id %s with a message that says how to fix it', async (botId, message) => {
    await expect(buildTeamsPackage({ botId })).rejects.toThrow(TeamsPackageError);
    await expect(buildTeamsPackage({ botId })).rejects.toThrow(message);
  });

  it('refuses a malformed app version', async () => {
    await expect(buildTeamsPackage({ botId: BOT_ID, version: 'v2' })).rejects.toThrow(/like 1\.2\.3/);
  });
});
