import ipaddr from 'ipaddr.js';
import { HuntError } from '../errors.ts';

/** The entities an analyst can pivot on: `/hunt ip|user|host <value> <tenant|all>`. */
export const PIVOT_ENTITIES = ['ip', 'user', 'host'] as const;
export type PivotEntity = (typeof PIVOT_ENTITIES)[number];

// A UPN is local@domain (the local part without quotes, which no hunt value may carry; a DNS domain); a host is a
// NetBIOS or DNS name.
const UPN =
  /^[A-Za-z0-9._%+-]{1,113}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}))*$/;
const HOST_MAX = 253;

const SHAPES: Record<PivotEntity, { check: (value: string) => string | undefined; example: string }> = {
  ip: {
    // ipaddr.process maps IPv4-mapped IPv6 (::ffff:203.0.113.5) to the IPv4 address the logs carry.
    check: (value) => (ipaddr.isValid(value) ? ipaddr.process(value).toString() : undefined),
    example: '203.0.113.5 or 2001:db8::1',
  },
  user: {
    // Entra stores UPNs as typed but compares them case-insensitively; one spelling keeps pivots and audit alike.
    check: (value) => (UPN.test(value) ? value.toLowerCase() : undefined),
    example: 'alice@contoso.com',
  },
  host: {
    check: (value) => (value.length <= HOST_MAX && HOST.test(value) ? value.toLowerCase() : undefined),
    example: 'ws-042 or ws-042.contoso.local',
  },
};

/**
 * Checks a typed entity value and returns it in the one spelling the entity queries match on. The value later
 * reaches KQL only as a typed string literal; this check is what lets the analyst hear what was wrong.
 */
export function parseEntityValue(entity: PivotEntity, raw: string): string {
  const shape = SHAPES[entity];
  const value = shape.check(raw.trim());
  if (value !== undefined) return value;
  throw new HuntError(
    'huntops_hunt_pivot_value',
    `'${raw.slice(0, 80)}' is not ${entity === 'ip' ? 'an IP address' : `a ${entity === 'user' ? 'user principal name' : 'host name'}`}: write it like ${shape.example}.`,
  );
}

export function isPivotEntity(word: string): word is PivotEntity {
  return (PIVOT_ENTITIES as readonly string[]).includes(word);
}
