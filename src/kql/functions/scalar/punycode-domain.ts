import punycode from 'punycode';

/**
 * punycode_domain_from_string decodes an IDNA domain ("xn--Ge-mia.Bulg.edu" → "Gáe.Bulg.edu") and
 * punycode_domain_to_string encodes one (punycode-domain-*-function.md). Each label is converted on its
 * own and keeps its letter case and spaces, as the pages' examples show: no IDNA mapping or
 * lowercasing (punycode.toUnicode lowercases, hence these). The ideographic and full-width full stops
 * separate labels like "." and come out as ".". A label that does not decode throws, which the
 * callers turn into the documented empty result.
 */
const LABEL_SEPARATOR = /[.\u3002\uFF0E\uFF61]/;
const ACE_PREFIX = /^xn--/i;

export function decodeDomain(domain: string): string {
  return domain
    .split(LABEL_SEPARATOR)
    .map((label) => (ACE_PREFIX.test(label) ? punycode.decode(label.slice(4)) : label))
    .join('.');
}

export function encodeDomain(domain: string): string {
  return domain
    .split(LABEL_SEPARATOR)
    .map((label) => (/[^\0-\x7f]/.test(label) ? `xn--${punycode.encode(label)}` : label))
    .join('.');
}
