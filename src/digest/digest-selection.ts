import type { DigestHuntResult, DigestOutcome } from './run-digest.ts';

/**
 * What one digest run posts, decided from the diff alone: `onlyChanges` digests show only the hunts whose findings
 * changed (or failed) and stay silent when nothing did, unless `allClearLine` asks for one line saying all is
 * clear, which is only ever said when no finding is active.
 */
export interface DigestSelection {
  readonly post: boolean;
  readonly entries: readonly DigestHuntResult[];
  /** `3 new · 2 still active · 1 gone`, `nothing new · 2 still active`, `all clear`, plus failures. */
  readonly headline: string;
}

export function selectDigest(outcome: DigestOutcome): DigestSelection {
  const headline = digestHeadline(outcome.results);
  if (!outcome.plan.onlyChanges) return { post: true, entries: outcome.results, headline };
  if (outcome.changed) return { post: true, entries: outcome.results.filter(hasChanged), headline };
  const allClear = outcome.results.every((result) => result.findings.length === 0);
  return { post: allClear && outcome.plan.allClearLine, entries: [], headline };
}

function hasChanged(result: DigestHuntResult): boolean {
  return result.error !== undefined || result.diff.new.length > 0 || result.diff.gone.length > 0;
}

function digestHeadline(results: readonly DigestHuntResult[]): string {
  const total = (count: (result: DigestHuntResult) => number) =>
    results.reduce((sum, result) => sum + count(result), 0);
  const fresh = total((result) => result.diff.new.length);
  const active = total((result) => result.diff.stillActive.length);
  const gone = total((result) => result.diff.gone.length);
  const failed = results.filter((result) => result.error !== undefined).length;
  const parts = [
    fresh > 0 ? `${fresh} new` : active > 0 ? 'nothing new' : undefined,
    active > 0 ? `${active} still active` : undefined,
    gone > 0 ? `${gone} gone` : undefined,
    failed > 0 ? `${failed} ${failed === 1 ? 'hunt' : 'hunts'} failed` : undefined,
  ].filter((part): part is string => part !== undefined);
  // "All clear" needs every hunt to have run and found nothing: a failed hunt proves nothing.
  if (fresh + active === 0 && failed === 0) parts.unshift('all clear');
  return parts.join(' · ');
}
