import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChatCommand, type CommandProblem, MAX_COMMAND_LENGTH, parseCommand } from '../../src/chat/index.ts';

const vocabulary = { templates: ['spray', 'bruteforce', 'cadence'], tenants: ['tenant-a', 'tenant-b'] };
const KINDS = ['hunt', 'list', 'help', 'tenants', 'blocks', 'block', 'unblock', 'problem'];

/** Words a user (or an attacker) might type, mixed with the real vocabulary so the parser goes deep. */
const word = fc.oneof(
  fc.constantFrom('/hunt', 'hunt', 'spray', 'bruteforce', 'tenant-a', 'tenant-b', 'all', 'list', 'help', 'tenants'),
  fc.constantFrom(
    'blocks',
    'block',
    'unblock',
    '24h',
    '7d',
    '0m',
    '99999999d',
    'x=1',
    '=',
    'a==b',
    '"',
    '<at>bot</at>',
  ),
  fc.constantFrom('203.0.113.7', '::1', '10.0.0.0/8', '999.1.1.1', '\u00a0', '\u200b', '\t', '\n', '‘quoted’'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const commandText = fc.oneof(
  fc.array(word, { maxLength: 12 }).map((words) => words.join(' ')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

function expectWellFormed(result: ChatCommand | CommandProblem): void {
  expect(KINDS).toContain(result.kind);
  if (result.kind === 'problem') {
    expect(result.message.trim().length).toBeGreaterThan(0);
    expect(result.usage).toContain('/hunt');
  }
  if (result.kind === 'hunt') {
    expect([...vocabulary.templates]).toContain(result.template);
    // A named tenant is passed on as typed (the authorization rule answers unknown ones): one whole word.
    expect(result.tenant).toMatch(/^\S+$/);
  }
}

describe('property: the command parser', () => {
  it('answers any text with a command or a problem that says what was wrong', () => {
    fc.assert(
      fc.property(commandText, (text) => expectWellFormed(parseCommand(text, vocabulary))),
      { numRuns: 3000 },
    );
  });

  it('refuses over-long text by its length, whatever it contains', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 200_000 }), (piece, extra) => {
        const text = piece.repeat(Math.ceil((MAX_COMMAND_LENGTH + extra) / piece.length));
        const result = parseCommand(text, vocabulary);
        expect(result).toMatchObject({ kind: 'problem', message: expect.stringContaining('characters long') });
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(commandText, (text) => {
        expect(parseCommand(text, vocabulary)).toEqual(parseCommand(text, vocabulary));
      }),
      { numRuns: 500 },
    );
  });
});
