import ipaddr from 'ipaddr.js';
import { classifyIp } from '../intel/index.ts';

export type GuardrailVerdict =
  | { readonly allowed: true; readonly wide: boolean }
  | { readonly allowed: false; readonly reason: string };

/** A tenant's compiled guardrails: whether one indicator may be blocked, and why not. */
export type Guardrail = (indicator: string) => GuardrailVerdict;

export class GuardrailConfigError extends Error {
  readonly code = 'huntops_guardrail_invalid';
}

/** Narrower than this is refused outright: no chat button should block a /8. */
const WIDEST_V4_PREFIX = 16;
const WIDEST_V6_PREFIX = 48;

/**
 * Compiled once at start (a bad range stops start-up, not the 3 a.m. approval): never block internal or
 * reserved space (the intel module's definition), the tenant's own egress ranges, or its allow-list.
 */
export function compileGuardrails(
  tenant: string,
  protectedRanges: { egressRanges: readonly string[]; allowList: readonly string[] },
): Guardrail {
  const compile = (list: readonly string[], key: string) =>
    list.map((entry) => {
      try {
        return {
          entry,
          range: entry.includes('/')
            ? ipaddr.parseCIDR(entry)
            : ipaddr.parseCIDR(`${entry}/${ipaddr.parse(entry).kind() === 'ipv4' ? 32 : 128}`),
        };
      } catch (cause) {
        throw new GuardrailConfigError(
          `tenants.${tenant}.blocking.${key}: "${entry}" is not an IP address or CIDR range`,
          { cause },
        );
      }
    });
  const protectedList = [
    ...compile(protectedRanges.egressRanges, 'egressRanges').map((r) => ({ ...r, why: 'egress range' })),
    ...compile(protectedRanges.allowList, 'allowList').map((r) => ({ ...r, why: 'allow-list' })),
  ];

  return (indicator: string): GuardrailVerdict => {
    const parsed = parseIndicator(indicator);
    if (!parsed) return { allowed: false, reason: `'${indicator}' is not an IP address or CIDR range` };
    const [address, prefix] = parsed;
    const widest = address.kind() === 'ipv4' ? WIDEST_V4_PREFIX : WIDEST_V6_PREFIX;
    if (prefix < widest)
      return { allowed: false, reason: `${indicator} is wider than /${widest}; block narrower ranges` };
    const ipClass = classifyIp(address.toString());
    if (ipClass !== 'public')
      return { allowed: false, reason: `${indicator} is ${ipClass} address space; huntops never blocks it` };
    const hit = protectedList.find(
      ({ range }) => range[0].kind() === address.kind() && (address.match(range) || range[0].match([address, prefix])),
    );
    if (hit)
      return {
        allowed: false,
        reason: `${indicator} overlaps ${tenant}'s ${hit.why} entry ${hit.entry}; huntops never blocks it`,
      };
    return { allowed: true, wide: prefix < (address.kind() === 'ipv4' ? 32 : 128) };
  };
}

/** Strict parsing: dotted-quad IPv4 or IPv6, optionally with a prefix. `0x7f.1`-style forms are refused. */
function parseIndicator(indicator: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | undefined {
  const [address, prefix, extra] = indicator.trim().split('/');
  if (extra !== undefined || !(ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address)))
    return undefined;
  try {
    const parsed = ipaddr.parse(address);
    const bits = prefix === undefined ? (parsed.kind() === 'ipv4' ? 32 : 128) : Number(prefix);
    return /^\d+$/.test(prefix ?? '0') ? ipaddr.parseCIDR(`${parsed.toString()}/${bits}`) : undefined;
  } catch {
    return undefined;
  }
}

/** The canonical spelling of an indicator, so `2001:DB8::1` and `2001:db8:0::1` are one proposal. */
export function normalizeIndicator(indicator: string): string | undefined {
  const parsed = parseIndicator(indicator);
  if (!parsed) return undefined;
  const [address, prefix] = parsed;
  return prefix === (address.kind() === 'ipv4' ? 32 : 128) ? address.toString() : `${address.toString()}/${prefix}`;
}
