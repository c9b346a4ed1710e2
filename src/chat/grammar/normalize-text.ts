/**
 * Reduces what a surface received to the command words: Teams puts the bot's @mention
 * (`<at>huntops</at>`) in the text and users may or may not type the leading `/hunt`.
 */
export function normalizeCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[\u201C\u201D]/g, '"')
    .trim()
    .replace(/^\/?hunt\b/i, '')
    .trim();
}

/** Splits on white space; "double quoted" runs stay one word (for block reasons). */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) words.push(match[1] ?? match[2]);
  return words;
}
