import ipaddr from 'ipaddr.js';
import type { HuntParameter, ParameterType } from './parameter-spec.ts';

/** A validated parameter value and the typed KQL literal that replaces the template's own `let` value. */
export interface TypedValue {
  readonly kql: string;
  /** The value as shown back to the analyst. */
  readonly display: string;
}

/** Why a value was refused, phrased to be appended to "Parameter <name>: ". */
export class ValueProblem extends Error {}

const DURATION = /^(\d+(?:\.\d+)?)(ms|d|h|m|s)$/;
const DURATION_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_IPS = 500;

interface TypeRule {
  /** Parses text into a comparable number (for bounds) or undefined when the type has no order. */
  readonly order?: (text: string) => number;
  readonly parse: (text: string, parameter: HuntParameter) => TypedValue;
}

const RULES: Record<ParameterType, TypeRule> = {
  int: { order: parseInteger, parse: (text) => numberValue(`int(${parseInteger(text)})`) },
  real: { order: parseReal, parse: (text) => numberValue(`real(${parseReal(text)})`) },
  duration: { order: durationMs, parse: durationValue },
  string: { parse: (text) => ({ kql: stringLiteral(text), display: text }) },
  enum: { parse: enumValue },
  ipList: { parse: ipListValue },
};

/** Validates `text` against the parameter's type and bounds; throws ValueProblem when it does not fit. */
export function toTypedValue(parameter: HuntParameter, text: string): TypedValue {
  const rule = RULES[parameter.type];
  const value = rule.parse(text, parameter);
  if (rule.order) checkBounds(parameter, rule.order(text), rule.order);
  return value;
}

/** Checks that the declared default and bounds themselves parse (used when loading templates). */
export function checkParameterSpec(parameter: HuntParameter): void {
  const order = RULES[parameter.type].order;
  if (order) for (const bound of [parameter.min, parameter.max]) if (bound !== undefined) order(bound);
  toTypedValue(parameter, parameter.default);
}

function checkBounds(parameter: HuntParameter, value: number, order: (text: string) => number): void {
  if (parameter.min !== undefined && value < order(parameter.min)) {
    throw new ValueProblem(`must be at least ${parameter.min}`);
  }
  if (parameter.max !== undefined && value > order(parameter.max)) {
    throw new ValueProblem(`must be at most ${parameter.max}`);
  }
}

function numberValue(kql: string): TypedValue {
  return { kql, display: kql.slice(kql.indexOf('(') + 1, -1) };
}

/** A duration is written as a KQL timespan literal, exactly as typed once it has been checked. */
function durationValue(text: string): TypedValue {
  durationMs(text);
  return { kql: text, display: text };
}

function parseInteger(text: string): number {
  if (!/^-?\d{1,15}$/.test(text)) throw new ValueProblem('must be a whole number such as 5');
  return Number(text);
}

function parseReal(text: string): number {
  if (!/^-?\d{1,15}(\.\d{1,15})?$/.test(text)) throw new ValueProblem('must be a number such as 2.5');
  return Number(text);
}

function durationMs(text: string): number {
  const match = DURATION.exec(text);
  if (!match) throw new ValueProblem('must be a duration such as 30s, 15m, 6h or 7d');
  return Number(match[1]) * DURATION_MS[match[2]];
}

/** A double-quoted KQL string literal with every character that could end or escape it escaped. */
export function stringLiteral(text: string): string {
  const escaped = text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/\p{Cc}/gu, '');
  return `"${escaped}"`;
}

function enumValue(text: string, parameter: HuntParameter): TypedValue {
  const allowed = parameter.allowed ?? [];
  const match = allowed.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  if (match === undefined) throw new ValueProblem(`must be one of ${allowed.join(' | ')}`);
  return { kql: stringLiteral(match), display: match };
}

function ipListValue(text: string): TypedValue {
  const items = text.split(',').map((item) => item.trim());
  if (items.length > MAX_IPS) throw new ValueProblem(`lists more than ${MAX_IPS} IP addresses`);
  const ips = [...new Set(items.map(normaliseIp))];
  return { kql: `dynamic([${ips.map(stringLiteral).join(', ')}])`, display: ips.join(',') };
}

function normaliseIp(item: string): string {
  const valid = ipaddr.IPv4.isValidFourPartDecimal(item) || (item.includes(':') && ipaddr.IPv6.isValid(item));
  if (!valid) throw new ValueProblem(`'${item.slice(0, 60)}' is not an IPv4 or IPv6 address`);
  return ipaddr.parse(item).toString();
}
