import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { HuntError, loadTemplateFile, parseParameterArgs, renderHuntQuery } from '../../../src/hunts/index.ts';
import { findLetLiterals } from '../../../src/hunts/query/let-literals.ts';

const template = loadTemplateFile('tests/fixtures/hunts/all-parameter-types.yaml');
const window = { start: new Date('2026-11-19T08:00:00Z'), end: new Date('2026-11-22T08:00:00Z') };

function render(args: string[]): string {
  return renderHuntQuery(template, { window, values: parseParameterArgs(args) });
}

function letLine(query: string, name: string): string {
  return query.split('\n').find((line) => line.startsWith(`let ${name} =`)) ?? '';
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

describe('renderHuntQuery', () => {
  it('fills the window placeholders and leaves the template literals alone when no values are given', () => {
    const query = renderHuntQuery(template, { window });
    expect(query).toContain("let starttime = todatetime('2026-11-19T08:00:00.000Z');");
    expect(query).toContain("let endtime = todatetime('2026-11-22T08:00:00.000Z');");
    expect(query).not.toContain('{{');
    expect(
      query
        .replace('2026-11-19T08:00:00.000Z', '{{StartTimeISO}}')
        .replace('2026-11-22T08:00:00.000Z', '{{EndTimeISO}}'),
    ).toBe(template.query);
  });

  it.each([
    ['minCount=3', 'minCount', 'let minCount = int(3);'],
    ['ratio=0.25', 'ratio', 'let ratio = real(0.25);'],
    ['window=30m', 'window', 'let window = 30m;'],
    ['app=Microsoft Teams', 'app', 'let app = "Microsoft Teams";'],
    ['result=SUCCESS', 'result', 'let result = "success";'],
    [
      'watched=203.0.113.5, 2001:DB8::1,203.0.113.5',
      'watched',
      'let watched = dynamic(["203.0.113.5", "2001:db8::1"]);',
    ],
  ])('renders %s as a typed literal in place of the let value', (arg, name, line) => {
    const query = render([arg]);
    expect(letLine(query, name)).toBe(line);
    // Nothing else changes: same statements, and the decoy `let` in a comment and a string stays as written.
    expect(query).toContain('// let minCount = 999;');
    expect(query).toContain('Note = "let minCount = 1;"');
    expect(findLetLiterals(query).map((literal) => literal.name)).toEqual(
      findLetLiterals(template.query).map((l) => l.name),
    );
  });

  it('accepts parameter names in any case', () => {
    expect(letLine(render(['MINCOUNT=7']), 'minCount')).toBe('let minCount = int(7);');
  });

  it.each([
    ['minCount=0', "minCount (int, 1..100, default 5) of hunt 'every-type' must be at least 1"],
    ['minCount=101', 'must be at most 100'],
    ['minCount=2.5', 'must be a whole number'],
    ['ratio=abc', 'must be a number'],
    ['window=15', 'must be a duration such as 30s, 15m, 6h or 7d'],
    ['window=2d3h', 'must be a duration'],
    ['window=2d', 'must be at most 1d'],
    ['result=maybe', 'must be one of success | failure'],
    ['watched=1.2.3', "'1.2.3' is not an IPv4 or IPv6 address"],
    ['watched=203.0.113.300', 'is not an IPv4 or IPv6 address'],
    ['watched=203.0.113.1,', "'' is not an IPv4 or IPv6 address"],
  ])('rejects %s and lists the valid parameters with their bounds', (arg, message) => {
    const error = errorOf(() => render([arg]));
    expect(error.code).toBe('huntops_hunt_parameter_invalid');
    expect(error.message).toContain(message);
    expect(error.message).toContain('Valid parameters:');
    expect(error.message).toContain('minCount (int, 1..100, default 5): Minimum attempts.');
    expect(error.message).toContain('result (enum, one of success | failure, default failure): Which outcome.');
  });

  it('rejects unknown parameters, listing the valid ones', () => {
    const error = errorOf(() => render(['minFailedUsers=3']));
    expect(error.code).toBe('huntops_hunt_parameter_unknown');
    expect(error.message).toContain("Hunt 'every-type' has no parameter 'minFailedUsers'.");
    expect(error.message).toContain('window (duration, 1m..1d, default 15m): Bin width.');
  });

  it.each([
    'minCount=1;SigninLogs|take 1',
    'app=x"; SigninLogs | take 1; let y = "',
    "app=x' or 1==1",
    'app=Teams\n| take 1',
    'watched=203.0.113.1"]) | take 1 //',
  ])('rejects the injection attempt %j even when passed straight to renderHuntQuery', (arg) => {
    const equals = arg.indexOf('=');
    const values = { [arg.slice(0, equals)]: arg.slice(equals + 1) };
    const error = errorOf(() => renderHuntQuery(template, { window, values }));
    expect(error.code).toBe('huntops_hunt_parameter_invalid');
    expect(error.message).toMatch(/never allowed in a hunt parameter|must be|is not an IPv4/);
  });

  it('either refuses a string value or renders a literal that decodes to exactly that value (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        let query: string;
        try {
          query = renderHuntQuery(template, { window, values: { app: value } });
        } catch (error) {
          expect(error).toBeInstanceOf(HuntError);
          return;
        }
        const literals = findLetLiterals(query);
        expect(literals.map((literal) => literal.name)).toEqual(findLetLiterals(template.query).map((l) => l.name));
        const app = literals.find((literal) => literal.name === 'app')!;
        expect(app.kind).toBe('string');
        expect(JSON.parse(app.text)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('either refuses an int value or renders int(<digits>) (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String)), (value) => {
        try {
          const line = letLine(renderHuntQuery(template, { window, values: { minCount: value } }), 'minCount');
          expect(line).toMatch(/^let minCount = int\(\d{1,3}\);$/);
        } catch (error) {
          expect(error).toBeInstanceOf(HuntError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('either refuses an IP list or renders dynamic([...]) of valid, normalised addresses only (property)', () => {
    const address = fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 15 }));
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 4 }), (items) => {
        let query: string;
        try {
          query = renderHuntQuery(template, { window, values: { watched: items.join(',') } });
        } catch (error) {
          expect(error).toBeInstanceOf(HuntError);
          return;
        }
        const watched = findLetLiterals(query).find((literal) => literal.name === 'watched')!;
        expect(watched.kind).toBe('dynamic');
        for (const ip of watched.strings ?? []) expect(ipaddr.isValid(ip)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
