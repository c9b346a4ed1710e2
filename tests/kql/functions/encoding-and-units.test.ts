import { describe, expect, it } from 'vitest';
import { callScalar, dyn, real, str } from './support/helpers.ts';

describe('base64 (base64-decode-toarray-function.md, base64-encode-fromguid-function.md …)', () => {
  it('decodes to bytes and encodes them back', () => {
    expect(callScalar('base64_decode_toarray', str('S3VzdG8='))).toEqual([75, 117, 115, 116, 111]);
    expect(callScalar('base64_encode_fromarray', dyn([75, 117, 115, 116, 111]))).toBe('S3VzdG8=');
    expect(callScalar('base64_encode_fromarray', dyn([1, 256]))).toBe('');
    expect(callScalar('base64_decode_toarray', str('not base64!'))).toBeNull();
  });

  it('gives "" for bytes that are not UTF-8 (base64-decode-tostring-function.md)', () => {
    expect(callScalar('base64_decode_tostring', str('S3VzdG8='))).toBe('Kusto');
    expect(callScalar('base64_decode_tostring', str('U3RyaW5n0KHR0tGA0L7Rh9C60LA='))).toBe('');
  });

  it('lays guids out as .NET does, the first three groups little-endian', () => {
    expect(callScalar('base64_encode_fromguid', str('ae3133f2-6e22-49ae-b06a-16e6a9b212eb'))).toBe(
      '8jMxriJurkmwahbmqbIS6w==',
    );
    expect(callScalar('base64_decode_toguid', str('8jMxriJurkmwahbmqbIS6w=='))).toBe(
      'ae3133f2-6e22-49ae-b06a-16e6a9b212eb',
    );
    expect(callScalar('base64_decode_toguid', str('S3VzdG8='))).toBe('');
  });
});

describe('zlib and gzip', () => {
  it('decompresses the documented stream and round-trips (zlib-base64-decompress-function.md)', () => {
    expect(callScalar('zlib_decompress_from_base64_string', str('eJwLSS0uUSguKcrMS1cwNDIGACxqBQ4='))).toBe(
      'Test string 123',
    );
    const zipped = callScalar('gzip_compress_to_base64_string', str('1234567890qwertyuiop'));
    expect(callScalar('gzip_decompress_from_base64_string', str(zipped as string))).toBe('1234567890qwertyuiop');
    const deflated = callScalar('zlib_compress_to_base64_string', str('héllo'));
    expect(callScalar('zlib_decompress_from_base64_string', str(deflated as string))).toBe('héllo');
  });

  it('gives "" for input that is not a compressed stream', () => {
    expect(callScalar('zlib_decompress_from_base64_string', str('x0x0x0'))).toBe('');
    expect(callScalar('gzip_decompress_from_base64_string', str('S3VzdG8='))).toBe('');
  });
});

describe('punycode (punycode-from-string-function.md, punycode-domain-from-string-function.md, punycode-domain-to-string-function.md)', () => {
  it('encodes and decodes labels and domains', () => {
    expect(callScalar('punycode_from_string', str('acadēmie-française'))).toBe('acadmie-franaise-npb79e');
    expect(callScalar('punycode_to_string', str('acadmie-franaise-npb79e'))).toBe('acadēmie-française');
    // The domain pages name the direction the other way round: _to_string encodes, _from_string decodes,
    // label by label, keeping letter case and spaces.
    expect(callScalar('punycode_domain_to_string', str('www.acadēmie-française.com'))).toBe(
      'www.xn--acadmie-franaise-npb79e.com',
    );
    expect(callScalar('punycode_domain_to_string', str('Lê Lợi。Thuận Thiên。com'))).toBe(
      'xn--L Li-gpa4517b.xn--Thun Thin-s4a7194f.com',
    );
    expect(callScalar('punycode_domain_from_string', str('xn--Ge-mia.Bulg.edu'))).toBe('Gáe.Bulg.edu');
    expect(callScalar('punycode_domain_from_string', str('xn--Ry-lja8c.xn--Jng-uta63a.xn--Bng-9ka.com'))).toBe(
      'Rúyì.Jīngū.Bàng.com',
    );
    expect(callScalar('punycode_domain_from_string', str('xn--ab-!!.com'))).toBe('');
    expect(callScalar('punycode_to_string', str('ab-!!'))).toBe('');
  });
});

describe('unit conversion (convert-length-function.md and siblings)', () => {
  it('converts with UnitsNet unit names, case-insensitively', () => {
    expect(callScalar('convert_angle', real(1.2), str('Degree'), str('Arcminute'))).toBeCloseTo(72);
    expect(callScalar('convert_length', real(1.2), str('Meter'), str('Foot'))).toBeCloseTo(3.93700787401575);
    expect(callScalar('convert_temperature', real(1.2), str('kelvin'), str('DegreeCelsius'))).toBeCloseTo(-271.95);
    expect(callScalar('convert_volume', real(1.2), str('CubicMeter'), str('AcreFoot'))).toBeCloseTo(0.0009728568);
    expect(callScalar('convert_speed', real(1.2), str('MeterPerSecond'), str('CentimeterPerHour'))).toBeCloseTo(432000);
  });

  it('gives null for an unknown unit or a missing value', () => {
    expect(callScalar('convert_mass', real(1), str('Kilogram'), str('Stone Age'))).toBeNull();
    expect(callScalar('convert_force', real(null), str('Newton'), str('Decanewton'))).toBeNull();
  });
});

describe('gamma and beta (gamma-function.md, beta-cdf-function.md, beta-inv-function.md)', () => {
  it('computes gamma and loggamma', () => {
    expect(callScalar('gamma', real(5))).toBeCloseTo(24);
    expect(callScalar('loggamma', real(5))).toBeCloseTo(Math.log(24));
    expect(callScalar('gamma', real(null))).toBeNull();
  });

  it('computes the beta distribution, NaN outside its domain and null for an impossible probability', () => {
    expect(callScalar('beta_cdf', real(0.9), real(10), real(20))).toBeCloseTo(0.999999999999959);
    expect(callScalar('beta_pdf', real(0.5), real(10), real(20))).toBeCloseTo(0.746176019310951);
    expect(callScalar('beta_inv', real(0.1), real(10), real(20))).toBeCloseTo(0.226415022388749);
    expect(callScalar('beta_cdf', real(1.5), real(10), real(20))).toBeNaN();
    expect(callScalar('beta_pdf', real(0.1), real(-1), real(20))).toBeNaN();
    expect(callScalar('beta_inv', real(1.5), real(10), real(20))).toBeNull();
  });
});
