import { didYouMean } from './closest-match.ts';
import { type ChatCommand, type CommandProblem, MAX_COMMAND_LENGTH, SUBCOMMANDS, USAGE } from './commands.ts';
import { normalizeCommandText, tokenize } from './normalize-text.ts';

/** The words the grammar checks against: shipped templates and configured tenants. */
export interface Vocabulary {
  readonly templates: readonly string[];
  readonly tenants: readonly string[];
}

const WINDOW = /^\d+(?:\.\d+)?[smhd]$/;

/**
 * Parses one command text. The tenant is never guessed: a missing or unknown tenant is a problem
 * with the closest match offered, never a silent default.
 */
export function parseCommand(text: string, vocabulary: Vocabulary): ChatCommand | CommandProblem {
  if (text.length > MAX_COMMAND_LENGTH) {
    return problem(`the command is ${text.length} characters long; commands are at most ${MAX_COMMAND_LENGTH}`);
  }
  const words = tokenize(normalizeCommandText(text));
  const [first, ...rest] = words;
  if (!first) return problem('say what to hunt');
  const verb = first.toLowerCase();
  switch (verb) {
    case 'list':
      return { kind: 'list' };
    case 'tenants':
      return { kind: 'tenants' };
    case 'help':
      return rest[0] ? withTemplate(rest[0], vocabulary, (template) => ({ kind: 'help', template })) : { kind: 'help' };
    case 'blocks':
      return withTenant(rest[0], vocabulary, (tenant) => ({ kind: 'blocks', tenant }), false);
    case 'block':
    case 'unblock':
      return parseBlock(verb, rest, vocabulary);
    default:
      return parseHunt(first, rest, vocabulary);
  }
}

function parseHunt(template: string, rest: readonly string[], vocabulary: Vocabulary): ChatCommand | CommandProblem {
  if (!vocabulary.templates.includes(template)) {
    return problem(`unknown template '${template}'${didYouMean(template, [...vocabulary.templates, ...SUBCOMMANDS])}`);
  }
  const [tenant, ...options] = rest;
  return withTenant(
    tenant,
    vocabulary,
    (resolved) => {
      const window = options[0] && WINDOW.test(options[0]) ? options[0] : undefined;
      const params = window ? options.slice(1) : options;
      const stray = params.find((word) => !word.includes('='));
      if (stray) return problem(`'${stray}' is neither a window (like 24h or 7d) nor a name=value parameter`);
      return { kind: 'hunt', template, tenant: resolved, window, params };
    },
    true,
  );
}

function parseBlock(
  verb: 'block' | 'unblock',
  rest: readonly string[],
  vocabulary: Vocabulary,
): ChatCommand | CommandProblem {
  const [tenant, ip, ...reason] = rest;
  return withTenant(
    tenant,
    vocabulary,
    (resolved) => {
      if (!ip) return problem(`say which IP to ${verb}`);
      if (verb === 'unblock') return { kind: 'unblock', tenant: resolved, ip };
      return { kind: 'block', tenant: resolved, ip, reason: reason.length > 0 ? reason.join(' ') : undefined };
    },
    false,
  );
}

function withTenant(
  tenant: string | undefined,
  vocabulary: Vocabulary,
  build: (tenant: string) => ChatCommand | CommandProblem,
  allowAll: boolean,
): ChatCommand | CommandProblem {
  if (!tenant) return problem(`say which tenant: ${vocabulary.tenants.join(', ')}${allowAll ? ', or all' : ''}`);
  if ((allowAll && tenant === 'all') || vocabulary.tenants.includes(tenant)) return build(tenant);
  return problem(`unknown tenant '${tenant}'${didYouMean(tenant, vocabulary.tenants)}`);
}

function withTemplate(
  template: string,
  vocabulary: Vocabulary,
  build: (template: string) => ChatCommand,
): ChatCommand | CommandProblem {
  if (vocabulary.templates.includes(template)) return build(template);
  return problem(`unknown template '${template}'${didYouMean(template, vocabulary.templates)}`);
}

function problem(message: string): CommandProblem {
  return { kind: 'problem', message, usage: USAGE.join('\n') };
}
