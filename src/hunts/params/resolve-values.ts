import { HuntError } from '../errors.ts';
import { describeParameter, type HuntParameter, listParameters } from './parameter-spec.ts';
import { assertPlainValue } from './plain-value.ts';
import { type TypedValue, toTypedValue, ValueProblem } from './typed-value.ts';

/**
 * Validates analyst-supplied values against a hunt's parameters and returns a typed value for each one
 * given, keyed by the parameter's declared name. Unknown names and bad values list the valid parameters.
 */
export function resolveParameterValues(
  command: string,
  parameters: readonly HuntParameter[],
  values: Readonly<Record<string, string>>,
): ReadonlyMap<string, TypedValue> {
  const byName = new Map(parameters.map((parameter) => [parameter.name.toLowerCase(), parameter]));
  const given = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    const parameter = byName.get(name.toLowerCase());
    if (!parameter) {
      throw new HuntError(
        'huntops_hunt_parameter_unknown',
        `Hunt '${command}' has no parameter '${name}'.${windowHint(command, name)}\n${listParameters(parameters)}`,
      );
    }
    given.set(parameter.name, value);
  }
  const resolved = new Map<string, TypedValue>();
  for (const parameter of parameters) {
    const text = given.get(parameter.name);
    if (text !== undefined) resolved.set(parameter.name, parse(command, parameters, parameter, text));
  }
  return resolved;
}

function parse(
  command: string,
  parameters: readonly HuntParameter[],
  parameter: HuntParameter,
  text: string,
): TypedValue {
  assertPlainValue(parameter.name, text);
  try {
    return toTypedValue(parameter, text);
  } catch (error) {
    if (!(error instanceof ValueProblem)) throw error;
    throw new HuntError(
      'huntops_hunt_parameter_invalid',
      `Parameter ${describeParameter(parameter)} of hunt '${command}' ${error.message}; got '${text.slice(0, 80)}'.\n` +
        listParameters(parameters),
      { cause: error },
    );
  }
}

/** `window=7d` is the commonest wrong guess: the window is a word of its own, right after the tenant. */
function windowHint(command: string, name: string): string {
  return name.toLowerCase() === 'window'
    ? ` The window is the word after the tenant: /hunt ${command} <tenant> 7d.`
    : '';
}
