import { getDomain } from 'tldts';
import { classifyIoc, type Ioc, isWithin } from '../intel/index.ts';
import { GuardrailConfigError, refuse, type TypeRule } from './guardrail-verdict.ts';
import { MICROSOFT_SERVICE_DOMAINS } from './protected-domains.ts';

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '');

/**
 * The rules for domains, URLs and file hashes. Each refusal names what protects the indicator, so the analyst
 * knows whether to fix the config or the indicator.
 */
export function compileNameRules(
  tenant: string,
  ownDomains: readonly string[],
  protectedUrlPrefixes: readonly string[],
  allowList: readonly { entry: string; ioc: Ioc }[],
): Record<'domain' | 'url' | 'sha1' | 'sha256', TypeRule> {
  const own = ownDomains.map((domain) => domain.toLowerCase());
  const protectedDomains = [
    ...own.map((domain) => ({ domain, why: `${tenant}'s own domain` })),
    ...MICROSOFT_SERVICE_DOMAINS.map((domain) => ({ domain, why: "Microsoft's service domain" })),
    ...allowList
      .filter(({ ioc }) => ioc.type === 'domain')
      .map(({ ioc }) => ({ domain: ioc.value, why: `${tenant}'s allow-list entry` })),
  ];
  const prefixes = [
    ...protectedUrlPrefixes.map((entry) => ({ prefix: canonicalPrefix(tenant, entry), why: 'protected URL prefix' })),
    ...allowList
      .filter(({ ioc }) => ioc.type === 'url')
      .map(({ ioc }) => ({ prefix: ioc.value, why: 'allow-list entry' })),
  ];
  const hashes = new Set(
    allowList.filter(({ ioc }) => ioc.type !== 'url' && ioc.type !== 'domain').map(({ ioc }) => ioc.value),
  );

  const hostRule = (host: string, what: string) => {
    const hit = protectedDomains.find(({ domain }) => isWithin(host, domain));
    if (hit) return refuse(`${what} is under ${hit.why} ${hit.domain}; huntops never blocks it`);
    return undefined;
  };
  const placeRule = (ioc: Ioc) => {
    const { place, why } = classifyIoc(ioc, own);
    return place === 'public' ? undefined : refuse(`${ioc.value} is internal (${why}); huntops never blocks it`);
  };

  return {
    domain: (ioc) => {
      const internal = placeRule(ioc);
      if (internal) return internal;
      if (getDomain(ioc.value, { allowPrivateDomains: true }) === null)
        return refuse(
          `${ioc.value} is a public suffix, not a domain anyone owns; block the attacker's domain under it`,
        );
      return hostRule(ioc.value, ioc.value);
    },
    url: (ioc) => {
      const hit = prefixes.find(({ prefix }) => ioc.value.startsWith(prefix));
      if (hit) return refuse(`${ioc.value} starts with ${tenant}'s ${hit.why} ${hit.prefix}; huntops never blocks it`);
      return placeRule(ioc) ?? hostRule(hostOf(ioc.value), ioc.value);
    },
    sha1: (ioc) => hashRule(ioc, hashes, tenant),
    sha256: (ioc) => hashRule(ioc, hashes, tenant),
  };
}

function hashRule(ioc: Ioc, allowed: ReadonlySet<string>, tenant: string) {
  return allowed.has(ioc.value)
    ? refuse(`${ioc.value} is on ${tenant}'s allow-list; huntops never blocks it`)
    : undefined;
}

function canonicalPrefix(tenant: string, entry: string): string {
  try {
    return new URL(entry).href;
  } catch (cause) {
    throw new GuardrailConfigError(`tenants.${tenant}.blocking.protectedUrlPrefixes: "${entry}" is not a URL`, {
      cause,
    });
  }
}
