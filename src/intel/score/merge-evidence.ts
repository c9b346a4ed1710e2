import type { Evidence, IocScore, Reason } from '../types.ts';
import { bandFor } from './bands.ts';

const MAX_REASONS = 3;

const byStrength = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight);

/**
 * Merges what the sources said about one indicator: the strongest evidence sets the score, and each source that
 * answered keeps at least its strongest reason so the card shows both sides. `notes` (e.g. "OTX pending")
 * fill any remaining reason slots.
 */
export function mergeEvidence(
  indicator: string,
  evidence: readonly Evidence[],
  notes: readonly string[] = [],
): IocScore {
  const ranked = [...evidence].sort((a, b) => b.score - a.score);
  const [winner] = ranked;
  if (!winner) return { indicator, score: null, band: 'unknown', reasons: notes.slice(0, MAX_REASONS), sources: [] };
  const heads = ranked.map((e) => [...e.reasons].sort(byStrength)[0]).filter((r): r is Reason => r !== undefined);
  const rest = [...winner.reasons].sort(byStrength).filter((r) => !heads.includes(r));
  const reasons = [...heads, ...rest].map((r) => r.text).concat(notes);
  const otx = evidence.find((e) => e.country !== undefined || e.asn !== undefined);
  return {
    indicator,
    score: winner.score,
    band: bandFor(winner.score),
    reasons: reasons.slice(0, MAX_REASONS),
    sources: ranked.map((e) => e.source),
    ...(otx?.country === undefined ? {} : { country: otx.country }),
    ...(otx?.asn === undefined ? {} : { asn: otx.asn }),
  };
}
