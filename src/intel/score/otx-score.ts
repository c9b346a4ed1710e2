import type { OtxFacts, OtxPulse } from '../otx/otx-facts.ts';
import type { Evidence, Reason } from '../types.ts';
import { cloudProviderOf } from './cloud-asns.ts';

/**
 * The OTX score formula (documented in src/intel/README-score.md):
 *
 *   w(pulse)  = max(staleFloor, 0.5 ^ (ageDays / halfLifeDays))   recency weight; unlisted pulses count at staleFloor
 *   E         = Σ w(pulse)                                          effective number of fresh pulses
 *   pulses    = pulseCeiling × (1 − e^(−E / pulseScale))            saturating: the 10th pulse adds less than the 2nd
 *   adversary = adversaryPoints × w(freshest pulse naming an adversary)
 *   malware   = malwarePoints × w(freshest pulse naming a malware family)
 *   score     = round(min(100, (pulses + adversary + malware) × whitelist × falsePositive × cloud))
 */
export const OTX_SCORE = {
  halfLifeDays: 30,
  staleFloor: 0.05,
  staleAfterDays: 90,
  pulseCeiling: 75,
  pulseScale: 2.5,
  adversaryPoints: 15,
  malwarePoints: 10,
  /** Any OTX `validation` entry (whitelist, top-site lists): OTX itself vouches for the address. */
  validationFactor: 0.2,
  falsePositiveAcceptedFactor: 0.1,
  falsePositiveReportedFactor: 0.5,
  cloudFactor: 0.6,
} as const;

const DAY_MS = 86_400_000;

function ageDays(pulse: OtxPulse, now: number): number | undefined {
  return pulse.updated === undefined ? undefined : Math.max(0, Math.floor((now - Date.parse(pulse.updated)) / DAY_MS));
}

function recencyWeight(age: number | undefined): number {
  if (age === undefined) return OTX_SCORE.staleFloor;
  return Math.max(OTX_SCORE.staleFloor, 0.5 ** (age / OTX_SCORE.halfLifeDays));
}

function pulsePoints(effectivePulses: number): number {
  return OTX_SCORE.pulseCeiling * (1 - Math.exp(-effectivePulses / OTX_SCORE.pulseScale));
}

/** Points for the freshest pulse naming something (adversary or malware family), with the names it gives. */
function attribution(pulses: readonly OtxPulse[], namesOf: (p: OtxPulse) => readonly string[], now: number) {
  const named = pulses.filter((p) => namesOf(p).length > 0);
  const weight = Math.max(0, ...named.map((p) => recencyWeight(ageDays(p, now))));
  const names = [...new Set(named.flatMap(namesOf))].slice(0, 2);
  return { weight, names };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/**
 * Scores what OTX says about one indicator, with every contribution as a weighted reason. `subject` (`domain`,
 * `URL`, `file`) names what the pulses are about when it is not an address, so a card mixing types reads plainly.
 */
export function scoreOtxFacts(facts: OtxFacts, now: number, subject?: string): Evidence {
  const about = subject === undefined ? '' : ` on this ${subject}`;
  const reasons: Reason[] = [];
  const ages = facts.pulses.map((p) => ageDays(p, now));
  const knownAges = ages.filter((a): a is number => a !== undefined);
  const newest = knownAges.length > 0 ? Math.min(...knownAges) : undefined;
  const unlisted = facts.pulseCount - facts.pulses.length;
  const effective = ages.reduce((sum: number, a) => sum + recencyWeight(a), 0) + unlisted * OTX_SCORE.staleFloor;
  const pulses = pulsePoints(effective);

  if (facts.pulseCount === 0) {
    reasons.push({ text: `no OTX pulses${about}`, weight: 0 });
  } else {
    const age = newest === undefined ? 'age unknown' : `newest ${plural(newest, 'day')} old`;
    reasons.push({ text: `${plural(facts.pulseCount, 'OTX pulse')}${about}, ${age}`, weight: pulses });
    if (newest === undefined || newest > OTX_SCORE.staleAfterDays) {
      reasons.push({ text: 'pulses are stale', weight: pulses - pulsePoints(facts.pulseCount) });
    }
  }
  const adversary = attribution(facts.pulses, (p) => (p.adversary ? [p.adversary] : []), now);
  const adversaryPoints = OTX_SCORE.adversaryPoints * adversary.weight;
  if (adversary.names.length > 0)
    reasons.push({ text: `adversary ${quoted(adversary.names)}`, weight: adversaryPoints });
  const malware = attribution(facts.pulses, (p) => p.malwareFamilies, now);
  const malwarePoints = OTX_SCORE.malwarePoints * malware.weight;
  if (malware.names.length > 0) reasons.push({ text: `malware ${quoted(malware.names)}`, weight: malwarePoints });

  let score = pulses + adversaryPoints + malwarePoints;
  const damp = (factor: number, text: string) => {
    reasons.push({ text, weight: score * (factor - 1) });
    score *= factor;
  };
  if (facts.validation.length > 0) {
    damp(OTX_SCORE.validationFactor, `OTX validation: ${facts.validation.map((v) => v.name || v.source).join(', ')}`);
  }
  if (facts.falsePositives.includes('accepted')) {
    damp(OTX_SCORE.falsePositiveAcceptedFactor, 'OTX false positive (accepted)');
  } else if (facts.falsePositives.length > 0) {
    damp(OTX_SCORE.falsePositiveReportedFactor, 'OTX false positive (reported, not yet accepted)');
  }
  const cloud = cloudProviderOf(facts.asn);
  if (cloud) damp(OTX_SCORE.cloudFactor, `shared cloud/CDN network (${cloud}), addresses are recycled`);

  return {
    source: 'otx',
    score: Math.round(Math.min(100, score)),
    reasons,
    country: facts.country,
    asn: facts.asn,
  };
}
