/**
 * `scheme://user:password@host…` → `scheme://***@host…`. The userinfo runs to the last `@` before a space or a
 * quote, so a password holding an unescaped `@` or `/` is masked whole; a URL with an `@` in its query is
 * over-masked, which costs a little readability and never a secret.
 */
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/)[^\s"'<>`]*@/gi;

/**
 * Masks the credentials of every URL in a text. Config errors, store errors, the CLI and every log line pass
 * their text through it, so a connection string can be printed to say where, never with what.
 */
export function maskCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1***@');
}
