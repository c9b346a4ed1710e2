/**
 * Kusto term matching for `has`, `!has`, `has_cs`, `has_any`, `has_all`. A term is a maximal
 * run of alphanumeric characters; `has` is true when the needle occurs in the haystack
 * bounded by term edges (start/end of text or a non-alphanumeric character), so
 * "North America" has "america" but not "meric". A needle that itself begins or ends with a
 * separator ("10.0.0.", "-x") needs no boundary on that side. An empty needle matches nothing.
 */
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

function isTermChar(char: string | undefined): boolean {
  return char !== undefined && ALPHANUMERIC.test(char);
}

export function hasTerm(haystack: string, term: string, caseSensitive = false): boolean {
  if (term === '') return false;
  const text = caseSensitive ? haystack : haystack.toLowerCase();
  const needle = caseSensitive ? term : term.toLowerCase();
  const needsLeftEdge = isTermChar(needle[0]);
  const needsRightEdge = isTermChar(needle[needle.length - 1]);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const leftOk = !needsLeftEdge || !isTermChar(text[at - 1]);
    const rightOk = !needsRightEdge || !isTermChar(text[at + needle.length]);
    if (leftOk && rightOk) return true;
  }
  return false;
}
