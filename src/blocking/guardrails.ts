import ipaddr from 'ipaddr.js';
import type { BlockingConfig } from '../config/index.ts';
import { ACCEPTED_IOC_TYPES, type BlockableIocType, classifyIp, type Ioc, recognizeIoc } from '../intel/index.ts';
import { GuardrailConfigError, type GuardrailVerdict, refuse, type TypeRule } from './guardrail-verdict.ts';
import { compileNameRules } from './name-guardrails.ts';

export { GuardrailConfigError, type GuardrailVerdict } from './guardrail-verdict.ts';

/** A tenant's compiled guardrails: whether one indicator may be blocked, and why not. */
export type Guardrail = (indicator: string) => GuardrailVerdict;

/** Narrower than this is refused outright: no chat button should block a /8. */
const WIDEST_V4_PREFIX = 16;
const WIDEST_V6_PREFIX = 48;

/**
 * Compiled once at start (a bad entry stops start-up, not the 3 a.m. approval). Per type: addresses never in
 * internal or reserved space (intel's definition), the tenant's egress ranges or its allow-list; domains and URLs
 * never internal, never the tenant's own domains or Microsoft's service domains, never a protected URL prefix or
 * an allow-listed name; hashes never allow-listed; MD5 never (Defender blocks files by SHA-1 or SHA-256).
 */
export function compileGuardrails(
  tenant: string,
  rules: Pick<BlockingConfig, 'egressRanges' | 'allowList' | 'ownDomains' | 'protectedUrlPrefixes'>,
): Guardrail {
  const allowList = rules.allowList.map((entry) => {
    const ioc = recognizeIoc(entry);
    if (!ioc)
      throw new GuardrailConfigError(`tenants.${tenant}.blocking.allowList: "${entry}" is not ${ACCEPTED_IOC_TYPES}`);
    return { entry, ioc };
  });
  const ipRule = compileIpRule(tenant, rules.egressRanges, allowList);
  const nameRules = compileNameRules(tenant, rules.ownDomains, rules.protectedUrlPrefixes, allowList);

  return (indicator: string): GuardrailVerdict => {
    const ioc = recognizeIoc(indicator);
    if (!ioc) return refuse(`'${indicator}' is not ${ACCEPTED_IOC_TYPES}`);
    if (ioc.type === 'md5')
      return refuse(
        `${ioc.value} is an MD5 hash: huntops looks MD5 up but blocks files by SHA-1 or SHA-256 (Defender file indicators); block the file's SHA-256`,
      );
    const rule = ioc.type === 'ip' ? ipRule : nameRules[ioc.type];
    const refusal = rule(ioc);
    if (refusal) return refusal;
    const type: BlockableIocType = ioc.type;
    return { allowed: true, wide: ioc.type === 'ip' && ioc.value.includes('/'), ioc: { type, value: ioc.value } };
  };
}

function compileIpRule(
  tenant: string,
  egressRanges: readonly string[],
  allowList: readonly { entry: string; ioc: Ioc }[],
): TypeRule {
  const egress = egressRanges.map((entry) => {
    const ioc = recognizeIoc(entry);
    if (ioc?.type !== 'ip')
      throw new GuardrailConfigError(
        `tenants.${tenant}.blocking.egressRanges: "${entry}" is not an IP address or CIDR range`,
      );
    return { entry, range: toRange(ioc.value), why: 'egress range' };
  });
  const allowed = allowList
    .filter(({ ioc }) => ioc.type === 'ip')
    .map(({ entry, ioc }) => ({ entry, range: toRange(ioc.value), why: 'allow-list' }));
  const protectedList = [...egress, ...allowed];

  return (ioc) => {
    const [address, prefix] = toRange(ioc.value);
    const widest = address.kind() === 'ipv4' ? WIDEST_V4_PREFIX : WIDEST_V6_PREFIX;
    if (prefix < widest) return refuse(`${ioc.value} is wider than /${widest}; block narrower ranges`);
    const ipClass = classifyIp(address.toString());
    if (ipClass !== 'public') return refuse(`${ioc.value} is ${ipClass} address space; huntops never blocks it`);
    const hit = protectedList.find(
      ({ range }) => range[0].kind() === address.kind() && (address.match(range) || range[0].match([address, prefix])),
    );
    return hit
      ? refuse(`${ioc.value} overlaps ${tenant}'s ${hit.why} entry ${hit.entry}; huntops never blocks it`)
      : undefined;
  };
}

/** A canonical `ip` value (intel's spelling) as an address and prefix. */
function toRange(value: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  if (value.includes('/')) return ipaddr.parseCIDR(value);
  const address = ipaddr.parse(value);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}
