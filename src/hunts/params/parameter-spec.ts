/** The parameter types a hunt template may declare in `x-hunt.parameters`. */
export const PARAMETER_TYPES = ['int', 'real', 'duration', 'string', 'enum', 'ipList'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/**
 * One tunable value of a hunt. Every value is kept in the form an analyst types after `/hunt`
 * (`5`, `15m`, `203.0.113.7,198.51.100.2`), so defaults, bounds and user input go through one parser.
 */
export interface HuntParameter {
  readonly name: string;
  readonly type: ParameterType;
  readonly default: string;
  readonly min?: string;
  readonly max?: string;
  /** For `enum`: the only accepted values. */
  readonly allowed?: readonly string[];
  readonly help: string;
}

/** One-line description used in `huntops templates` and in every parameter error message. */
export function describeParameter(parameter: HuntParameter): string {
  const bounds = describeBounds(parameter);
  return `${parameter.name} (${parameter.type}${bounds ? `, ${bounds}` : ''}, default ${parameter.default})`;
}

function describeBounds(parameter: HuntParameter): string {
  if (parameter.allowed) return `one of ${parameter.allowed.join(' | ')}`;
  if (parameter.min !== undefined && parameter.max !== undefined) return `${parameter.min}..${parameter.max}`;
  if (parameter.min !== undefined) return `>= ${parameter.min}`;
  if (parameter.max !== undefined) return `<= ${parameter.max}`;
  return '';
}

/** The list of valid parameters, one per line, for error messages. */
export function listParameters(parameters: readonly HuntParameter[]): string {
  if (parameters.length === 0) return 'This hunt takes no parameters.';
  return `Valid parameters:\n${parameters.map((parameter) => `  ${describeParameter(parameter)}: ${parameter.help}`).join('\n')}`;
}
