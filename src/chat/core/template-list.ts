import type { HelpCardModel } from '../../cards/index.ts';
import type { TemplateSummary } from './ports.ts';

/** MITRE ATT&CK's enterprise tactics in kill-chain order, as Sentinel rules name them. */
const TACTIC_ORDER = [
  'Reconnaissance',
  'ResourceDevelopment',
  'InitialAccess',
  'Execution',
  'Persistence',
  'PrivilegeEscalation',
  'DefenseEvasion',
  'CredentialAccess',
  'Discovery',
  'LateralMovement',
  'Collection',
  'CommandAndControl',
  'Exfiltration',
  'Impact',
];

/** `CredentialAccess` → `Credential access`. */
export function tacticLabel(tactic: string): string {
  const words = tactic.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Lower-case letters and digits only, so `credential access`, `Credential-Access` and `CredentialAccess` meet. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

type Match = { readonly by: 'tactic' | 'table' | 'text'; readonly label: string };

/**
 * The hunts `/hunt list <filter>` shows: the filter names a tactic, else a table the hunts read, else a word in
 * their command, name, description or techniques.
 */
function select(templates: readonly TemplateSummary[], filter: string): { match: Match; found: TemplateSummary[] } {
  const wanted = squash(filter);
  const tactic = templates.flatMap((template) => template.tactics).find((name) => squash(name) === wanted);
  if (tactic) {
    return {
      match: { by: 'tactic', label: tacticLabel(tactic) },
      found: templates.filter((template) => template.tactics.includes(tactic)),
    };
  }
  const table = templates.flatMap((template) => template.tables).find((name) => squash(name) === wanted);
  if (table) {
    return {
      match: { by: 'table', label: table },
      found: templates.filter((template) => template.tables.includes(table)),
    };
  }
  const word = filter.toLowerCase();
  return {
    match: { by: 'text', label: filter },
    found: templates.filter((template) =>
      [template.command, template.name, template.description, ...template.techniques].some((text) =>
        text.toLowerCase().includes(word),
      ),
    ),
  };
}

/** The tactics of these hunts in kill-chain order (unknown names last, alphabetically), each with its hunts. */
function byTactic(templates: readonly TemplateSummary[]): [string, TemplateSummary[]][] {
  const rank = (tactic: string) => {
    const index = TACTIC_ORDER.indexOf(tactic);
    return index === -1 ? TACTIC_ORDER.length : index;
  };
  const tactics = [...new Set(templates.flatMap((template) => template.tactics))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const untagged = templates.filter((template) => template.tactics.length === 0);
  return [
    ...tactics.map((tactic): [string, TemplateSummary[]] => [
      tactic,
      templates.filter((template) => template.tactics.includes(tactic)),
    ]),
    ...(untagged.length > 0 ? [['(no tactic)', untagged] as [string, TemplateSummary[]]] : []),
  ];
}

/**
 * `/hunt list [filter]`: without a filter, one line per tactic naming its hunts (a hunt with two tactics is
 * under both); with one, the matching hunts one per line, in the kill-chain order of their earliest tactic.
 */
export function templateListModel(templates: readonly TemplateSummary[], filter?: string): HelpCardModel {
  if (!filter) {
    return {
      kind: 'help',
      intro:
        `${templates.length} hunts by MITRE ATT&CK tactic. /hunt list [tactic|table|text] narrows the list; ` +
        '/hunt help [template] explains one.',
      commands: byTactic(templates).map(([tactic, hunts]) => ({
        usage: tacticLabel(tactic),
        description: hunts.map((template) => template.command).join(', '),
      })),
    };
  }
  const { match, found } = select(templates, filter);
  if (found.length === 0) {
    const tactics = byTactic(templates).map(([tactic]) => tacticLabel(tactic));
    return {
      kind: 'help',
      intro: `No hunt matches '${filter}'. Try a tactic (${tactics.join(', ')}), a table such as SigninLogs, or a word.`,
      commands: [],
    };
  }
  const heading = { tactic: 'for the tactic', table: 'reading', text: 'mentioning' }[match.by];
  const listed = new Set<string>();
  return {
    kind: 'help',
    intro: `${found.length} ${found.length === 1 ? 'hunt' : 'hunts'} ${heading} ${match.label}`,
    commands: byTactic(found).flatMap(([, hunts]) =>
      hunts
        .filter((template) => !listed.has(template.command) && listed.add(template.command))
        .map((template) => ({
          usage: `/hunt ${template.command} <tenant>`,
          description: [template.name, template.tactics.map(tacticLabel).join(', '), template.tables.join(', ')]
            .filter((part) => part !== '')
            .join(' · '),
        })),
    ),
  };
}
