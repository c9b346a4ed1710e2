import type { IntelError } from './errors.ts';
import { ACCEPTED_IOC_TYPES, type IocType, isFileHash } from './ioc/ioc.ts';
import type { IocTarget } from './ioc-target.ts';
import type { OtxFacts } from './otx/otx-facts.ts';
import { mergeEvidence } from './score/merge-evidence.ts';
import { scoreOtxFacts } from './score/otx-score.ts';
import type { Evidence, IocScore } from './types.ts';

/** Where the OTX lookup of one indicator stood when the report's budget ended. */
export type OtxOutcome =
  | { readonly state: 'off' }
  | { readonly state: 'not-looked-up'; readonly why: string }
  | { readonly state: 'running' }
  | { readonly state: 'answered'; readonly facts: OtxFacts }
  | { readonly state: 'failed'; readonly error: IntelError };

function notScored(target: IocTarget): IocScore | undefined {
  const { input: indicator, ioc, place, why } = target;
  if (!ioc) {
    const reason = `'${indicator}' is not an indicator huntops knows: expected ${ACCEPTED_IOC_TYPES}`;
    return { indicator, score: null, band: 'unknown', reasons: [reason], sources: [] };
  }
  if (place === 'public') return undefined;
  return { indicator, type: ioc.type, score: null, band: place!, reasons: [`${why}, never sent to OTX`], sources: [] };
}

function otxNote(otx: OtxOutcome): string | undefined {
  if (otx.state === 'off') return 'OTX off (no OTX_API_KEY)';
  if (otx.state === 'running') return 'OTX lookup still running';
  if (otx.state === 'not-looked-up') return otx.why;
  if (otx.state === 'failed') return `OTX unavailable: ${otx.error.message}`;
  return undefined;
}

/** What OTX's pulses are about, in the reasons; addresses keep the plain wording. */
function subjectOf(type: IocType): string | undefined {
  if (isFileHash(type)) return 'file';
  return type === 'ip' ? undefined : type === 'url' ? 'URL' : 'domain';
}

/** Turns the feed's and OTX's answers about one target into its IocScore. */
export function scoreTarget(
  target: IocTarget,
  feed: Evidence | undefined,
  otx: OtxOutcome,
  feedConfigured: boolean,
  now: number,
): IocScore {
  const fixed = notScored(target);
  if (fixed) return fixed;
  const evidence = [
    feed,
    otx.state === 'answered' ? scoreOtxFacts(otx.facts, now, subjectOf(target.ioc!.type)) : undefined,
  ].filter((e): e is Evidence => e !== undefined);
  const notes = [feedConfigured && !feed ? 'not in the offline feed' : undefined, otxNote(otx)].filter(
    (n): n is string => n !== undefined,
  );
  const merged = { ...mergeEvidence(target.input, evidence, notes), type: target.ioc!.type };
  return merged.band === 'unknown' && otx.state === 'running' ? { ...merged, band: 'pending' } : merged;
}
