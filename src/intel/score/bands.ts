import type { Band } from '../types.ts';

/** Scores at or above this are proposed for blocking. */
export const HIGH_BAND_MIN = 70;
export const MEDIUM_BAND_MIN = 40;

/** high ≥ 70 (proposed for blocking), medium 40–69, low < 40. */
export function bandFor(score: number): Extract<Band, 'high' | 'medium' | 'low'> {
  if (score >= HIGH_BAND_MIN) return 'high';
  return score >= MEDIUM_BAND_MIN ? 'medium' : 'low';
}
