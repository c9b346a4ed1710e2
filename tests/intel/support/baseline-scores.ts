/**
 * The simple OTX scores in common use, re-implemented from their published logic so the huntops formula
 * can be compared with them on the same fixtures (see src/intel/README-score.md).
 */
interface OtxGeneral {
  pulse_info: { count: number; pulses: unknown[] };
  validation: unknown[];
  false_positive: { assessment?: string }[];
}

/** msticpy `alienvault_otx.py`: 0 pulses → information (0), 1 → warning (1), ≥ 2 → high (2). */
export function msticpySeverity(reply: OtxGeneral): number {
  return Math.min(2, reply.pulse_info.pulses.length);
}

/**
 * Cortex XSOAR "AlienVault OTX v2" `calculate_dbot_score` with threshold 2, ranked by maliciousness:
 * Good → 0, None → 1, Suspicious → 2, Bad → 3.
 */
export function xsoarRank(reply: OtxGeneral): number {
  if (reply.false_positive[0]?.assessment === 'accepted') return 0;
  if (reply.validation.length === 1) return 2;
  if (reply.validation.length > 1) return 0;
  const count = reply.pulse_info.count;
  if (count >= 2) return 3;
  return count > 0 ? 2 : 1;
}

/** Share of (malicious, benign) pairs the score orders correctly; ties count half (the ROC AUC). */
export function pairwiseAccuracy(malicious: readonly number[], benign: readonly number[]): number {
  let credit = 0;
  for (const m of malicious) for (const b of benign) credit += m > b ? 1 : m === b ? 0.5 : 0;
  return credit / (malicious.length * benign.length);
}
