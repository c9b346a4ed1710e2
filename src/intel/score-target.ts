import type { IntelError } from './errors.ts';
import type { IpTarget } from './ip-target.ts';
import type { OtxFacts } from './otx/otx-facts.ts';
import { mergeEvidence } from './score/merge-evidence.ts';
import { scoreOtxFacts } from './score/otx-score.ts';
import type { Evidence, IpScore } from './types.ts';

/** Where the OTX lookup of one IP stood when the report's budget ended. */
export type OtxOutcome =
  | { readonly state: 'off' }
  | { readonly state: 'running' }
  | { readonly state: 'answered'; readonly facts: OtxFacts }
  | { readonly state: 'failed'; readonly error: IntelError };

function notScored(target: IpTarget): IpScore | undefined {
  const { input: ip, ipClass, range } = target;
  if (ipClass === 'invalid') {
    return { ip, score: null, band: 'unknown', reasons: [`'${ip}' is not an IP address`], sources: [] };
  }
  if (ipClass === 'public') return undefined;
  const reason = `${ipClass} address (${range}), never sent to OTX`;
  return { ip, score: null, band: ipClass, reasons: [reason], sources: [] };
}

function otxNote(otx: OtxOutcome): string | undefined {
  if (otx.state === 'off') return 'OTX off (no OTX_API_KEY)';
  if (otx.state === 'running') return 'OTX lookup still running';
  if (otx.state === 'failed') return `OTX unavailable: ${otx.error.message}`;
  return undefined;
}

/** Turns the feed's and OTX's answers about one target into its IpScore. */
export function scoreTarget(
  target: IpTarget,
  feed: Evidence | undefined,
  otx: OtxOutcome,
  feedConfigured: boolean,
  now: number,
): IpScore {
  const fixed = notScored(target);
  if (fixed) return fixed;
  const evidence = [feed, otx.state === 'answered' ? scoreOtxFacts(otx.facts, now) : undefined].filter(
    (e): e is Evidence => e !== undefined,
  );
  const notes = [feedConfigured && !feed ? 'not in the offline feed' : undefined, otxNote(otx)].filter(
    (n): n is string => n !== undefined,
  );
  const merged = mergeEvidence(target.input, evidence, notes);
  return merged.band === 'unknown' && otx.state === 'running' ? { ...merged, band: 'pending' } : merged;
}
