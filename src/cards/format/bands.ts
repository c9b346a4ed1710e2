import type { Band, ProposalState } from '../model/types.ts';

/** Adaptive Card TextBlock colours for a reputation band. */
export function bandColor(band: Band): 'Attention' | 'Warning' | 'Good' | 'Accent' | 'Default' {
  switch (band) {
    case 'high':
      return 'Attention';
    case 'medium':
      return 'Warning';
    case 'low':
      return 'Good';
    case 'internal':
    case 'reserved':
      return 'Accent';
    default:
      return 'Default';
  }
}

/** Slack has no coloured text in blocks; an emoji carries the band. */
export function bandEmoji(band: Band): string {
  const emoji: Record<Band, string> = {
    high: ':red_circle:',
    medium: ':large_orange_circle:',
    low: ':large_green_circle:',
    unknown: ':white_circle:',
    pending: ':hourglass_flowing_sand:',
    internal: ':house:',
    reserved: ':no_entry_sign:',
  };
  return emoji[band];
}

/** `92 high`, `– pending`: the score with its band, readable without colour. */
export function scoreLabel(score: number | null, band: Band): string {
  return `${score === null ? '–' : String(Math.round(score))} ${band}`;
}

export function severityColor(severity: string): 'Attention' | 'Warning' | 'Good' | 'Default' {
  const level = severity.toLowerCase();
  if (level === 'high' || level === 'critical') return 'Attention';
  if (level === 'medium') return 'Warning';
  if (level === 'low') return 'Good';
  return 'Default';
}

export function proposalStateColor(state: ProposalState): 'Attention' | 'Warning' | 'Good' | 'Accent' | 'Default' {
  if (state === 'failed' || state === 'denied') return 'Attention';
  if (state === 'proposed' || state === 'blocking') return 'Warning';
  if (state === 'blocked' || state === 'approved') return 'Good';
  if (state === 'unblocked') return 'Accent';
  return 'Default';
}
