import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asString } from '../values.ts';

/** parse_url(): Kusto's property bag; an unparsable URL gives an empty bag. */
function parseUrl(value: unknown): Record<string, unknown> {
  let url: URL;
  try {
    url = new URL(asString(value));
  } catch {
    return {};
  }
  return {
    Scheme: url.protocol.replace(/:$/, ''),
    Host: url.hostname,
    Port: url.port,
    Path: url.pathname,
    Username: decodeURIComponent(url.username),
    Password: decodeURIComponent(url.password),
    'Query Parameters': Object.fromEntries(url.searchParams),
    Fragment: url.hash.replace(/^#/, ''),
  };
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** parse_path(): splits a Windows/UNC/Unix path or file URL into Kusto's property bag. */
function parsePath(value: unknown): Record<string, string> {
  const full = asString(value);
  const scheme = SCHEME.exec(full)?.[1] ?? '';
  const path = scheme ? full.slice(scheme.length + 3) : full;
  const stream = /^(.*?[^:\\/]):([^\\/:]+)$/.exec(path);
  const withoutStream = stream && /[\\/]/.test(stream[1]) ? stream[1] : path;
  const cut = Math.max(withoutStream.lastIndexOf('\\'), withoutStream.lastIndexOf('/'));
  const directory = cut >= 0 ? withoutStream.slice(0, cut) : '';
  const filename = withoutStream.slice(cut + 1);
  // Only a drive letter is a root path; a UNC share or a Unix / is not (parse-path-function.md).
  const root = /^[a-z]:/i.exec(withoutStream)?.[0] ?? '';
  const directoryName = directory.split(/[\\/]/).pop() ?? '';
  const dot = filename.lastIndexOf('.');
  return {
    Scheme: scheme,
    RootPath: root,
    DirectoryPath: directory,
    DirectoryName: directoryName,
    Filename: filename,
    Extension: dot > 0 ? filename.slice(dot + 1) : '',
    AlternateDataStreamName: stream && withoutStream !== path ? stream[2] : '',
  };
}

const lowercaseEscapes = (encoded: string) => encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());

/** A text conversion that gives "" for text it cannot convert (it throws) instead of failing the row. */
export function safely(transform: (text: string) => string) {
  return (value: unknown) => {
    try {
      return transform(asString(value));
    } catch {
      return '';
    }
  };
}

export const urlPathFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'parse_url', aliases: ['parseurl'], params: ['string'], result: 'dynamic', impl: parseUrl }),
  defineScalar({
    // parse-url-query-function.md: the query string's parameters, decoded.
    name: 'parse_url_query',
    aliases: ['parse_urlquery', 'parseurlquery'],
    params: ['string'],
    result: 'dynamic',
    impl: (query) => ({ 'Query Parameters': Object.fromEntries(new URLSearchParams(asString(query))) }),
  }),
  defineScalar({ name: 'parse_path', params: ['string'], result: 'dynamic', impl: parsePath }),
  defineScalar({ name: 'url_decode', params: ['string'], result: 'string', impl: safely(decodeURIComponent) }),
  // url-encode-function.md, url-encode-component-function.md: .NET's encoding, lowercase hex;
  // url_encode writes a space as +.
  defineScalar({
    name: 'url_encode',
    params: ['string'],
    result: 'string',
    impl: safely((text) => lowercaseEscapes(encodeURIComponent(text)).replace(/%20/g, '+')),
  }),
  defineScalar({
    name: 'url_encode_component',
    params: ['string'],
    result: 'string',
    impl: safely((text) => lowercaseEscapes(encodeURIComponent(text))),
  }),
];
