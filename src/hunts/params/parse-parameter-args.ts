import { HuntError } from '../errors.ts';
import { assertPlainValue } from './plain-value.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Parses the `name=value` words typed after `/hunt <command> <tenant> [window]`.
 *
 * @example parseParameterArgs(['minFailedUsersFromIP=3']) // { minFailedUsersFromIP: '3' }
 */
export function parseParameterArgs(args: readonly string[]): Readonly<Record<string, string>> {
  const values: Record<string, string> = Object.create(null);
  for (const arg of args) {
    const equals = arg.indexOf('=');
    if (equals <= 0) {
      throw new HuntError(
        'huntops_hunt_parameter_syntax',
        `'${arg.slice(0, 80)}' is not a parameter: write name=value, e.g. minFailedUsersFromIP=3.`,
      );
    }
    const name = arg.slice(0, equals);
    const value = arg.slice(equals + 1);
    if (!NAME.test(name)) {
      throw new HuntError(
        'huntops_hunt_parameter_syntax',
        `'${name.slice(0, 80)}' is not a valid parameter name: use letters, digits and '_' only.`,
      );
    }
    if (name in values) throw new HuntError('huntops_hunt_parameter_syntax', `Parameter ${name} is given twice.`);
    if (value === '')
      throw new HuntError('huntops_hunt_parameter_syntax', `Parameter ${name} has no value: write ${name}=<value>.`);
    assertPlainValue(name, value);
    values[name] = value;
  }
  return Object.freeze(values);
}
