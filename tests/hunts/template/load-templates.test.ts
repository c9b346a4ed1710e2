import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  findTemplate,
  HuntError,
  loadTemplateFile,
  loadTemplates,
  parseTemplate,
  renderHuntQuery,
  SHIPPED_TEMPLATES_DIR,
} from '../../../src/hunts/index.ts';
import { SHIPPED_HUNTS, SHIPPED_TEMPLATE_FILES } from '../support/shipped-hunts.ts';

const HUNTS_INDEX = new URL('../../../src/hunts/index.ts', import.meta.url).href;

const SPRAY_TEXT = readFileSync(join(SHIPPED_TEMPLATES_DIR, 'spray.yaml'), 'utf8');
const DROPPED_IN = 'tests/fixtures/hunts/dropped-in/ssh_potentialBruteForce.yaml';

/** The spray template with one key changed (path as in the YAML document). */
function sprayWith(path: (string | number)[], value: unknown): string {
  const document = parseDocument(SPRAY_TEXT);
  if (value === undefined) document.deleteIn(path);
  else document.setIn(path, value);
  return document.toString();
}

function errorOf(action: () => unknown): HuntError {
  try {
    action();
  } catch (error) {
    if (error instanceof HuntError) return error;
    throw error;
  }
  throw new Error('expected a HuntError');
}

describe('shipped templates', () => {
  const templates = loadTemplates();

  it('are the template files, each named by its command, with techniques, mappings and a ranking', () => {
    expect(templates.map((template) => template.command)).toEqual(SHIPPED_HUNTS);
    expect(templates.map((template) => template.source.split('/').pop())).toEqual(SHIPPED_TEMPLATE_FILES);
    // The seed hunts keep the backends their queries were written for.
    expect(
      ['spray', 'bruteforce', 'rdp-from-internet'].map((command) => findTemplate(templates, command).backend),
    ).toEqual(['logAnalytics', 'defender', 'defender']);
    for (const template of templates) {
      expect(template.techniques.length).toBeGreaterThan(0);
      expect(template.entityMappings.length).toBeGreaterThan(0);
      expect(template.summary.rankBy.length).toBeGreaterThan(0);
    }
  });

  it('fix the seed bugs the analyzer and the engine notes found', () => {
    const cadence = findTemplate(templates, 'cadence').query;
    expect(cadence).toContain('SigninLogs');
    expect(cadence).not.toMatch(/SignInLogs|Timestamp|== "Failed"|!= null|tojson|Stats\.avg|[“”’]/);
    expect(cadence).toContain('next(TimeGenerated, 1)');
    expect(cadence).toContain('isnotnull(TimeDelta)');
    expect(cadence).toContain('ResultType != "0"');
    expect(cadence).toContain('Stats_avg');
    expect(findTemplate(templates, 'spray').query).toContain(
      'by IPAddress, FailureWindowStart, FirstFailure, LastFailure, FailedAttempts, FailedUsers\n',
    );
  });

  it('declare the spray parameters with bounds', () => {
    const spray = findTemplate(templates, 'SPRAY');
    expect(spray.parameters.map((parameter) => `${parameter.name}:${parameter.type}:${parameter.default}`)).toEqual([
      'correlationWindow:duration:15m',
      'minFailedUsersFromIP:int:5',
      'minFailedAttemptsFromIP:int:20',
      'maxSuccessfulUsersFromIP:int:3',
    ]);
  });

  // A process of its own that transpiles the hunts folder: about 12 s on a quiet machine.
  it('load and render without loading the Kusto analyzer (it costs seconds; only lint needs it)', {
    timeout: 90_000,
  }, () => {
    // In a process of its own: this worker may have run the linter for an earlier test file.
    const script = [
      `const hunts = await import(${JSON.stringify(HUNTS_INDEX)});`,
      "const spray = hunts.findTemplate(hunts.loadTemplates(), 'spray');",
      'hunts.renderHuntQuery(spray, { window: { start: new Date(0), end: new Date(1) } });',
      "console.log('Kusto' in globalThis);",
    ].join('\n');
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('false');
  });

  it('findTemplate names the available hunts when the command is unknown', () => {
    const error = errorOf(() => findTemplate(templates, 'sprya'));
    expect(error.code).toBe('huntops_hunt_template_unknown');
    expect(error.message).toBe(`There is no hunt 'sprya'. Available hunts: ${SHIPPED_HUNTS.join(', ')}.`);
  });
});

describe('a Sentinel rule without x-hunt', () => {
  const rule = loadTemplateFile(DROPPED_IN);

  it('becomes a hunt named after its file, with parameters from its top-level let literals', () => {
    expect(rule.command).toBe('ssh-potential-brute-force');
    expect(rule.name).toBe('SSH - Potential Brute Force');
    expect(rule.tables).toEqual(['Syslog']);
    expect(rule.backend).toBe('logAnalytics');
    expect(rule.parameters).toEqual([
      { name: 'threshold', type: 'int', default: '15', help: 'Replaces "let threshold = 15;" in the rule.' },
    ]);
    const query = renderHuntQuery(rule, {
      window: { start: new Date(0), end: new Date(1) },
      values: { threshold: '30' },
    });
    expect(query.startsWith('let threshold = int(30);\nSyslog\n')).toBe(true);
  });

  it('is loaded after the shipped templates from an extra folder', () => {
    expect(loadTemplates(['tests/fixtures/hunts/dropped-in']).map((template) => template.command)).toContain(
      'ssh-potential-brute-force',
    );
  });

  it('infers int, real, duration, string and IP-list parameters but not computed or placeholder lets', () => {
    const text = [
      'id: x',
      'name: inferred',
      'query: |',
      "  let start = todatetime('{{StartTimeISO}}');",
      '  let n = 3; let ratio = 0.5; let lookback = 1h; let app = "Teams";',
      '  let ips = dynamic(["203.0.113.1", "198.51.100.2"]); let codes = dynamic(["0", "50125"]);',
      '  let computed = 3 + 4; let table = SigninLogs | take 1; let f = (x:long) { x + 1 };',
      '  SigninLogs | take n',
    ].join('\n');
    const template = parseTemplate(text, 'Some Rule.yaml');
    expect(template.command).toBe('some-rule');
    expect(template.parameters.map((parameter) => `${parameter.name}:${parameter.type}:${parameter.default}`)).toEqual([
      'n:int:3',
      'ratio:real:0.5',
      'lookback:duration:1h',
      'app:string:Teams',
      'ips:ipList:203.0.113.1,198.51.100.2',
    ]);
  });
});

describe('template validation', () => {
  it.each([
    [sprayWith(['query'], undefined), 'query: Invalid input: expected string, received undefined'],
    [sprayWith(['x-hunt', 'parameters', 1, 'type'], 'integer'), 'x-hunt.parameters[1].type: Invalid option'],
    [
      sprayWith(['x-hunt', 'parameters', 1, 'name'], 'minUsers'),
      'x-hunt.parameters[1].name: query has no top-level "let minUsers = <literal>;"',
    ],
    [
      sprayWith(['x-hunt', 'parameters', 1, 'type'], 'duration'),
      'x-hunt.parameters[1].type: duration cannot replace the long literal 5',
    ],
    [
      sprayWith(['x-hunt', 'parameters', 1, 'default'], 'five'),
      'x-hunt.parameters[1]: default or bounds must be a whole number',
    ],
    [
      sprayWith(['x-hunt', 'parameters', 0, 'max'], '1 week'),
      'x-hunt.parameters[0]: default or bounds must be a duration',
    ],
    [sprayWith(['x-hunt', 'command'], 'Spray Hunt'), 'x-hunt.command: must be lower-case letters, digits and dashes'],
    [sprayWith(['x-hunt', 'colour'], 'red'), 'x-hunt: Unrecognized key: "colour"'],
    [sprayWith(['relevantTechniques', 0], 'T999'), 'relevantTechniques[0]: must look like T1110 or T1110.003'],
    [sprayWith(['entityMappings', 0, 'fieldMappings'], []), 'entityMappings[0].fieldMappings: Too small'],
    [
      sprayWith(['x-hunt', 'parameters', 2, 'name'], 'MINFAILEDUSERSFROMIP'),
      "x-hunt.parameters[2].name: 'MINFAILEDUSERSFROMIP' is declared twice",
    ],
    ['id: [unclosed', 'is not valid YAML'],
    ['just text', '(top level): Invalid input: expected object'],
  ])('names the file and the key (%#)', (text, message) => {
    const error = errorOf(() => parseTemplate(text, 'custom/spray.yaml'));
    expect(error.code).toBe('huntops_hunt_template_invalid');
    expect(error.message.startsWith('Template custom/spray.yaml: ')).toBe(true);
    expect(error.message).toContain(message);
  });

  it('refuses two templates with the same command, naming both files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hunts-dup-'));
    writeFileSync(join(dir, 'my-spray.yaml'), SPRAY_TEXT);
    const error = errorOf(() => loadTemplates([dir]));
    expect(error.code).toBe('huntops_hunt_template_duplicate');
    expect(error.message).toContain(join(SHIPPED_TEMPLATES_DIR, 'spray.yaml'));
    expect(error.message).toContain(join(dir, 'my-spray.yaml'));
  });

  it('refuses two user templates with the same command, naming both files', () => {
    const [first, second] = [mkdtempSync(join(tmpdir(), 'hunts-a-')), mkdtempSync(join(tmpdir(), 'hunts-b-'))];
    const mine = readFileSync(DROPPED_IN, 'utf8');
    writeFileSync(join(first, 'ssh_potentialBruteForce.yaml'), mine);
    writeFileSync(join(second, 'ssh_potentialBruteForce.yaml'), mine);
    const error = errorOf(() => loadTemplates([first, second]));
    expect(error.code).toBe('huntops_hunt_template_duplicate');
    expect(error.message).toContain(join(first, 'ssh_potentialBruteForce.yaml'));
    expect(error.message).toContain(join(second, 'ssh_potentialBruteForce.yaml'));
    expect(error.message).toContain("'ssh-potential-brute-force'");
  });

  it('reports a missing template folder clearly', () => {
    const error = errorOf(() => loadTemplates(['/nonexistent/templates']));
    expect(error.code).toBe('huntops_hunt_template_unreadable');
    expect(error.message).toContain('/nonexistent/templates does not exist');
  });
});
