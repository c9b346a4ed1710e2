import { describe, expect, it } from 'vitest';
import { HuntError, parseParameterArgs } from '../../../src/hunts/index.ts';

function errorOf(args: string[]): HuntError {
  try {
    parseParameterArgs(args);
  } catch (error) {
    if (error instanceof HuntError) return error;
    throw error;
  }
  throw new Error(`parseParameterArgs(${JSON.stringify(args)}) did not throw`);
}

describe('parseParameterArgs', () => {
  it('reads name=value words, keeping everything after the first =', () => {
    expect(parseParameterArgs(['minFailedUsersFromIP=3', 'window=15m', 'ignoredIPs=203.0.113.5,198.51.100.7'])).toEqual(
      {
        minFailedUsersFromIP: '3',
        window: '15m',
        ignoredIPs: '203.0.113.5,198.51.100.7',
      },
    );
    expect(parseParameterArgs([])).toEqual({});
  });

  it.each([
    [['3'], "'3' is not a parameter: write name=value"],
    [['=3'], "'=3' is not a parameter"],
    [['min-users=3'], "'min-users' is not a valid parameter name"],
    [['a=1', 'a=2'], 'Parameter a is given twice'],
    [['a='], 'Parameter a has no value'],
  ])('rejects %j with a message saying how to write it', (args, message) => {
    const error = errorOf(args);
    expect(error.code).toBe('huntops_hunt_parameter_syntax');
    expect(error.message).toContain(message);
  });

  it.each([
    ['minFailedUsersFromIP=1;SigninLogs|take 1', "';'"],
    ['minFailedUsersFromIP=1 | take 1', "'|'"],
    ["name=x' or 1==1", 'a quote'],
    ['name=x" | take 1', 'a quote'],
    ['name=a\nSigninLogs', 'a line break'],
    ['name=a\rb', 'a line break'],
    ['name=a\\', 'a backslash'],
    ['name=a // comment', "'//'"],
    ['name=dynamic([1])', 'a bracket'],
    ['name=a\u200bb', 'a control character'],
  ])('rejects the injection attempt %j', (arg, what) => {
    const error = errorOf([arg]);
    expect(error.code).toBe('huntops_hunt_parameter_invalid');
    expect(error.message).toContain(`contains ${what}`);
    expect(error.message).toContain('never allowed in a hunt parameter');
  });
});
