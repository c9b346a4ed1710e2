import type UAParserType from 'ua-parser-js';
import { constantOf, defineScalar } from '../define.ts';
import { lazyModule } from '../lazy-module.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asString } from '../values.ts';

/**
 * parse_user_agent(user_agent, look_for) (parse-user-agent-function.md): look_for is "browser",
 * "os", "device" or an array of them; the result has one bag per target in Kusto's shape:
 * Browser {Family, MajorVersion, MinorVersion, Patch}, OperatingSystem {Family, MajorVersion,
 * MinorVersion, Patch, PatchMinor}, Device {Family, Brand, Model}. Kusto matches uap-core's
 * patterns; ua-parser-js (1.x, MIT) recognises the same common agents, and an unrecognised one
 * is "Other" with empty versions, as in uap-core.
 */
type Target = 'browser' | 'os' | 'device';

const uaParser = lazyModule<typeof UAParserType>('ua-parser-js');

const TARGETS: readonly Target[] = ['browser', 'os', 'device'];

function targetsOf(lookFor: unknown): Target[] {
  const requested = (Array.isArray(lookFor) ? lookFor : [lookFor]).map((t) => asString(t).trim().toLowerCase());
  return TARGETS.filter((target) => requested.includes(target));
}

/** "74.0.3729.169" → ["74", "0", "3729", "169"], padded with "" to `count` parts. */
function versionParts(version: string | undefined, count: number): string[] {
  const parts = (version ?? '').split('.').filter((part) => part !== '');
  return Array.from({ length: count }, (_, i) => parts[i] ?? '');
}

function parse(userAgent: string, targets: readonly Target[]): Record<string, unknown> {
  const UAParser = uaParser();
  const parser = new UAParser(userAgent);
  const result: Record<string, unknown> = {};
  if (targets.includes('browser')) {
    const { name, version } = parser.getBrowser();
    const [MajorVersion, MinorVersion, Patch] = versionParts(version, 3);
    result.Browser = { Family: name ?? 'Other', MajorVersion, MinorVersion, Patch };
  }
  if (targets.includes('os')) {
    const { name, version } = parser.getOS();
    const [MajorVersion, MinorVersion, Patch, PatchMinor] = versionParts(version, 4);
    result.OperatingSystem = { Family: name ?? 'Other', MajorVersion, MinorVersion, Patch, PatchMinor };
  }
  if (targets.includes('device')) {
    const { vendor, model } = parser.getDevice();
    result.Device = { Family: model ?? 'Other', Brand: vendor ?? '', Model: model ?? '' };
  }
  return result;
}

/** Hunting data repeats a few agents many times: parsing is regex-heavy, so recent results are kept. */
const CACHE_LIMIT = 1000;

export const userAgentFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'parse_user_agent',
    params: ['string', ['string', 'dynamic']],
    result: 'dynamic',
    compile: (args) => {
      const fixedTargets = args[1].constant ? targetsOf(constantOf(args[1])) : undefined;
      const cache = new Map<string, Record<string, unknown>>();
      return (userAgent, lookFor) => {
        const targets = fixedTargets ?? targetsOf(lookFor);
        const key = `${targets.join(',')}\n${asString(userAgent)}`;
        let parsed = cache.get(key);
        if (parsed === undefined) {
          parsed = parse(asString(userAgent), targets);
          if (cache.size >= CACHE_LIMIT) cache.clear();
          cache.set(key, parsed);
        }
        // Each row gets its own copy, so nothing a caller does to one result reaches the cache.
        return structuredClone(parsed);
      };
    },
  }),
];
