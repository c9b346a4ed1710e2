import { z } from 'zod';

/** The parts of an OTX `general` reply that the score uses; also what the cache stores. */
export interface OtxFacts {
  /** `pulse_info.count`; may exceed `pulses.length` because OTX lists only some pulses. */
  readonly pulseCount: number;
  readonly pulses: readonly OtxPulse[];
  /** `validation` entries, e.g. `{ source: 'whitelist', name: 'Whitelisted IP' }`. */
  readonly validation: readonly { readonly source: string; readonly name: string }[];
  /** `false_positive[].assessment`, e.g. `accepted`. */
  readonly falsePositives: readonly string[];
  readonly country?: string;
  readonly asn?: string;
}

export interface OtxPulse {
  readonly name: string;
  /** ISO date of the newest of `modified` and `created`; absent when OTX gave neither. */
  readonly updated?: string;
  readonly adversary?: string;
  readonly malwareFamilies: readonly string[];
  readonly tags: readonly string[];
}

// OTX returns malware families as objects inside pulses and as plain strings elsewhere; accept both.
const family = z.union([z.string(), z.object({ display_name: z.string().nullish(), id: z.string().nullish() })]);
const text = z.string().nullish();

const pulseSchema = z.object({
  name: text,
  created: text,
  modified: text,
  adversary: text,
  tags: z.array(z.string()).nullish(),
  malware_families: z.array(family).nullish(),
});

/** Lenient schema of `GET /api/v1/indicators/{IPv4|IPv6}/{ip}/general`: unknown fields are ignored. */
export const otxGeneralSchema = z.object({
  asn: text,
  country_name: text,
  country_code: text,
  validation: z.array(z.object({ source: text, name: text, message: text })).nullish(),
  false_positive: z.array(z.object({ assessment: text }).or(z.unknown())).nullish(),
  pulse_info: z.object({ count: z.number().int().nonnegative().nullish(), pulses: z.array(pulseSchema).nullish() }),
});

// OTX writes `2026-01-02T10:11:12.345000` without a zone; it means UTC.
function parseOtxDate(text: string | null | undefined): number {
  if (!text) return Number.NaN;
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/.test(text);
  return Date.parse(text.includes('T') && !hasZone ? `${text}Z` : text);
}

function newestDate(...dates: (string | null | undefined)[]): string | undefined {
  const times = dates.map(parseOtxDate).filter((t) => !Number.isNaN(t));
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : undefined;
}

function familyName(value: z.infer<typeof family>): string | undefined {
  const name = typeof value === 'string' ? value : (value.display_name ?? value.id);
  return name?.trim() || undefined;
}

/** Reduces a validated `general` reply to OtxFacts. */
export function toOtxFacts(reply: z.infer<typeof otxGeneralSchema>): OtxFacts {
  const pulses = (reply.pulse_info.pulses ?? []).map(
    (p): OtxPulse => ({
      name: p.name?.trim() || '(unnamed pulse)',
      updated: newestDate(p.modified, p.created),
      adversary: p.adversary?.trim() || undefined,
      malwareFamilies: (p.malware_families ?? []).map(familyName).filter((n): n is string => n !== undefined),
      tags: p.tags ?? [],
    }),
  );
  const falsePositives = (reply.false_positive ?? []).map((fp) =>
    typeof fp === 'object' && fp !== null && 'assessment' in fp ? String(fp.assessment ?? 'reported') : 'reported',
  );
  return {
    pulseCount: Math.max(reply.pulse_info.count ?? 0, pulses.length),
    pulses,
    validation: (reply.validation ?? []).map((v) => ({
      source: v.source ?? 'unknown',
      name: v.name ?? v.message ?? '',
    })),
    falsePositives,
    country: reply.country_name ?? reply.country_code ?? undefined,
    asn: reply.asn ?? undefined,
  };
}

/** What OTX knows when it has never seen the IP (404). */
export const EMPTY_OTX_FACTS: OtxFacts = { pulseCount: 0, pulses: [], validation: [], falsePositives: [] };
