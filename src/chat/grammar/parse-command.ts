import { didYouMean } from '../../access/index.ts';
import { HuntError, isPivotEntity, type PivotEntity, parseEntityValue } from '../../hunts/index.ts';
import { ACCEPTED_IOC_TYPES, BLOCKABLE_IOC_TYPES, recognizeIoc } from '../../intel/index.ts';
import { type ChatCommand, type CommandProblem, MAX_COMMAND_LENGTH, SUBCOMMANDS, USAGE } from './commands.ts';
import { normalizeCommandText, tokenize } from './normalize-text.ts';

/** The words the grammar knows: shipped templates, and the tenants to offer when a command names none. */
export interface Vocabulary {
  readonly templates: readonly string[];
  /** Only the tenants the caller may use: whether a named tenant exists is for the authorization rule to answer. */
  readonly tenants: readonly string[];
}

const WINDOW = /^\d+(?:\.\d+)?[smhd]$/;

/**
 * Parses one command text. The tenant is never guessed: a missing tenant is a problem, never a silent default.
 * A named tenant is passed on as typed; the authorization rule answers unknown and forbidden ones alike.
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
      return rest.length > 0 ? { kind: 'list', filter: rest.join(' ') } : { kind: 'list' };
    case 'tenants':
      return { kind: 'tenants' };
    case 'help':
      return rest[0] ? withTemplate(rest[0], vocabulary, (template) => ({ kind: 'help', template })) : { kind: 'help' };
    case 'blocks':
      return withTenant(rest[0], vocabulary, (tenant) => blocksOf(tenant, rest.slice(1)), false);
    case 'block':
    case 'unblock':
      return parseBlock(verb, rest, vocabulary);
    default:
      if (isPivotEntity(verb)) return parsePivot(verb, rest, vocabulary);
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
    (named) => {
      const window = options[0] && WINDOW.test(options[0]) ? options[0] : undefined;
      const params = window ? options.slice(1) : options;
      const stray = params.find((word) => !word.includes('='));
      if (stray) return problem(`'${stray}' is neither a window (like 24h or 7d) nor a name=value parameter`);
      return { kind: 'hunt', template, tenant: named, window, params };
    },
    true,
  );
}

function parsePivot(
  entity: PivotEntity,
  rest: readonly string[],
  vocabulary: Vocabulary,
): ChatCommand | CommandProblem {
  const [raw, tenant, window, ...stray] = rest;
  if (!raw) return problem(`say which ${entity} to pivot on`);
  let value: string;
  try {
    value = parseEntityValue(entity, raw);
  } catch (error) {
    if (error instanceof HuntError) return problem(error.message);
    throw error;
  }
  return withTenant(
    tenant,
    vocabulary,
    (named) => {
      if (window !== undefined && !WINDOW.test(window)) return problem(`'${window}' is not a window (like 24h or 7d)`);
      if (stray.length > 0) return problem(`'${stray[0]}' is not understood after the window`);
      return { kind: 'pivot', entity, value, tenant: named, window };
    },
    true,
  );
}

/** `/hunt blocks <tenant> [type]`: the type word is one of the blockable IOC types. */
function blocksOf(tenant: string, [type, ...stray]: readonly string[]): ChatCommand | CommandProblem {
  if (type === undefined) return { kind: 'blocks', tenant };
  const wanted = BLOCKABLE_IOC_TYPES.find((t) => t === type.toLowerCase());
  if (!wanted || stray.length > 0)
    return problem(`'${[type, ...stray].join(' ')}' is not an indicator type: say ${BLOCKABLE_IOC_TYPES.join(', ')}`);
  return { kind: 'blocks', tenant, type: wanted };
}

function parseBlock(
  verb: 'block' | 'unblock',
  rest: readonly string[],
  vocabulary: Vocabulary,
): ChatCommand | CommandProblem {
  const [tenant, indicator, ...reason] = rest;
  return withTenant(
    tenant,
    vocabulary,
    (named) => {
      if (!indicator) return problem(`say which indicator to ${verb}: ${ACCEPTED_IOC_TYPES}`);
      if (!recognizeIoc(indicator)) return problem(`'${indicator}' is not ${ACCEPTED_IOC_TYPES}`);
      if (verb === 'unblock') return { kind: 'unblock', tenant: named, indicator };
      return { kind: 'block', tenant: named, indicator, reason: reason.length > 0 ? reason.join(' ') : undefined };
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
  if (!tenant) {
    const choices = vocabulary.tenants.join(', ');
    return problem(choices ? `say which tenant: ${choices}${allowAll ? ', or all' : ''}` : 'say which tenant');
  }
  // A quoted run ("tenant a", " ") is one word to the tokenizer, but no tenant's name holds white space.
  if (/\s/.test(tenant)) return problem(`'${tenant}' is not a tenant name: tenant names are one word, without spaces`);
  if (tenant === 'all' && !allowAll) return problem("'all' is for hunts and pivots: name one tenant");
  return build(tenant);
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
