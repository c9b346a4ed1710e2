/**
 * Cuts text to at most `max` UTF-16 code units (how Teams and JavaScript count, and never less than Slack counts),
 * without splitting an emoji, and marks the cut with an ellipsis.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  return `${kept}…`;
}

/** `1 finding` / `3 findings`, with thousands separators. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : pluralWord}`;
}

/**
 * Hunt data (account names, user agents, reasons) is attacker-influenced. In Slack mrkdwn `&`, `<` and `>` must be
 * entities, otherwise `<!channel>` or `<url|label>` in the data would be live. (Cards put such data in TextRuns,
 * which Adaptive Cards never read as markdown.)
 */
export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Lists up to `shown` items and says how many were left out. */
export function listSome(items: readonly string[], shown: number, total = items.length): string {
  const head = items.slice(0, shown).join(', ');
  const rest = total - Math.min(shown, items.length);
  return rest > 0 ? `${head} +${rest.toLocaleString('en-US')}` : head;
}
