import { deflateSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import punycode from 'punycode';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger, asString } from '../values.ts';
import { decodeDomain, encodeDomain } from './punycode-domain.ts';
import { safely } from './url-path.ts';

/**
 * Base64, zlib/gzip and punycode functions. Text is UTF-8; input that is not valid base64, not a
 * valid compressed stream or not valid UTF-8 gives "" (base64-decode-tostring-function.md,
 * zlib-base64-decompress-function.md) and never throws.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes of padded base64; null for anything else (an unpadded string too, base64-encode-fromarray-function.md). */
function bytesOfBase64(value: unknown): Buffer | null {
  const text = asString(value).replace(/\s/g, '');
  return BASE64.test(text) && text.length % 4 === 0 ? Buffer.from(text, 'base64') : null;
}

function utf8OrEmpty(bytes: Uint8Array | null): string {
  if (bytes === null) return '';
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return '';
  }
}

/** A guid's bytes as .NET lays them out (Guid.ToByteArray): the first three groups little-endian. */
const GUID_BYTE_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

function guidToBytes(guid: unknown): Buffer | null {
  const hex = asString(guid).replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) return null;
  const bytes = Buffer.from(hex, 'hex');
  return Buffer.from(GUID_BYTE_ORDER.map((index) => bytes[index]));
}

function bytesToGuid(bytes: Buffer | null): string | null {
  if (bytes === null || bytes.length !== 16) return null;
  const hex = Buffer.from(GUID_BYTE_ORDER.map((index) => bytes[index])).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Bytes from an array of numbers 0…255; null when an element is not one. */
function bytesOfArray(value: unknown): Buffer | null {
  if (!Array.isArray(value)) return null;
  const bytes = value.map((element) => (typeof element === 'number' ? asInteger(element) : null));
  return bytes.every((byte) => byte !== null && byte >= 0 && byte <= 255) ? Buffer.from(bytes as number[]) : null;
}

function decompressed(inflate: (bytes: Buffer) => Buffer) {
  return (value: unknown) => {
    const bytes = bytesOfBase64(value);
    if (bytes === null) return '';
    try {
      return utf8OrEmpty(inflate(bytes));
    } catch {
      return '';
    }
  };
}

const text = (name: string, impl: (value: unknown) => unknown, aliases?: string[]) =>
  defineScalar({ name, aliases, params: ['string'], result: 'string', impl });

export const binaryEncodingFunctions: readonly ScalarFunction[] = [
  text('base64_decode_tostring', (value) => utf8OrEmpty(bytesOfBase64(value)), ['base64_decodestring']),
  text('base64_encode_tostring', (value) => Buffer.from(asString(value), 'utf8').toString('base64'), [
    'base64_encodestring',
  ]),
  defineScalar({
    name: 'to_utf8',
    params: ['string'],
    result: 'dynamic',
    impl: (value) => [...Buffer.from(asString(value), 'utf8')],
  }),
  defineScalar({
    name: 'base64_decode_toarray',
    params: ['string'],
    result: 'dynamic',
    impl: (value) => {
      const bytes = bytesOfBase64(value);
      return bytes === null ? null : [...bytes];
    },
  }),
  defineScalar({
    name: 'base64_encode_fromarray',
    params: ['dynamic'],
    result: 'string',
    impl: (value) => bytesOfArray(value)?.toString('base64') ?? '',
  }),
  defineScalar({
    name: 'base64_decode_toguid',
    params: ['string'],
    result: 'guid',
    impl: (value) => bytesToGuid(bytesOfBase64(value)),
  }),
  defineScalar({
    name: 'base64_encode_fromguid',
    params: ['string'],
    result: 'string',
    impl: (value) => guidToBytes(value)?.toString('base64') ?? '',
  }),
  text('zlib_compress_to_base64_string', (value) =>
    deflateSync(Buffer.from(asString(value), 'utf8')).toString('base64'),
  ),
  text('zlib_decompress_from_base64_string', decompressed(inflateSync)),
  text('gzip_compress_to_base64_string', (value) => gzipSync(Buffer.from(asString(value), 'utf8')).toString('base64')),
  text('gzip_decompress_from_base64_string', decompressed(gunzipSync)),
  text('punycode_from_string', safely(punycode.encode)),
  text('punycode_to_string', safely(punycode.decode)),
  text('punycode_domain_from_string', safely(decodeDomain)),
  text('punycode_domain_to_string', safely(encodeDomain)),
];
