import { closest, distance } from 'fastest-levenshtein';

/** The closest known word, when it is close enough to be a plausible typo (`spary` → `spray`). */
export function closestMatch(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(word.toLowerCase(), [...known]);
  // Two edits cover a transposition (`spary`), the commonest typo of a short word.
  const allowed = Math.max(2, Math.floor(candidate.length / 3));
  return distance(word.toLowerCase(), candidate) <= allowed ? candidate : undefined;
}

export function didYouMean(word: string, known: readonly string[]): string {
  const match = closestMatch(word, known);
  return match ? `, did you mean '${match}'?` : '';
}
