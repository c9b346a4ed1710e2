import { describe, expect, it } from 'vitest';
import { ACCEPTED_IOC_TYPES, classifyIoc, type Ioc, recognizeIoc } from '../../src/intel/index.ts';

const SHA256 = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855';

describe('recognizeIoc', () => {
  it.each([
    ['203.0.113.5', { type: 'ip', value: '203.0.113.5' }],
    ['::ffff:203.0.113.5', { type: 'ip', value: '203.0.113.5' }],
    ['2001:DB8:0::1', { type: 'ip', value: '2001:db8::1' }],
    ['203.0.113.0/28', { type: 'ip', value: '203.0.113.0/28' }],
    ['Evil.Example.', { type: 'domain', value: 'evil.example' }],
    ['evil[.]example', { type: 'domain', value: 'evil.example' }],
    ['bücher.de', { type: 'domain', value: 'xn--bcher-kva.de' }],
    ['HXXPS://Evil.Example/login?u=1', { type: 'url', value: 'https://evil.example/login?u=1' }],
    ['http://203.0.113.5:8080/x', { type: 'url', value: 'http://203.0.113.5:8080/x' }],
    [SHA256, { type: 'sha256', value: SHA256.toLowerCase() }],
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', { type: 'sha1', value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' }],
    ['d41d8cd98f00b204e9800998ecf8427e', { type: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' }],
  ] satisfies [string, Ioc][])('%s is %o', (text, ioc) => {
    expect(recognizeIoc(text)).toEqual(ioc);
  });

  it.each(['', '300.1.2.3', '10.0.0', '0x7f.1', '203.0.113.0/33', 'ftp://evil.example/x', 'two words', 'a/b', 'x@y.z'])(
    "refuses '%s'",
    (text) => {
      expect(recognizeIoc(text)).toBeUndefined();
    },
  );

  it('names every accepted type in one sentence', () => {
    for (const word of ['IPv4', 'IPv6', 'CIDR', 'domain', 'URL', 'SHA-1', 'SHA-256', 'MD5'])
      expect(ACCEPTED_IOC_TYPES).toContain(word);
  });
});

describe('classifyIoc', () => {
  const place = (text: string) => classifyIoc(recognizeIoc(text)!, ['contoso.com']);

  it("keeps internal names and addresses, and the organisation's own domains, internal", () => {
    expect(place('fileserver')).toEqual({ place: 'internal', why: 'internal host name (no dot)' });
    expect(place('dc01.corp')).toMatchObject({ place: 'internal' });
    expect(place('printer.local')).toMatchObject({ place: 'internal' });
    expect(place('app.contoso')).toEqual({ place: 'internal', why: 'not under a public top-level domain' });
    expect(place('mail.contoso.com')).toEqual({
      place: 'internal',
      why: "under the organisation's own domain contoso.com",
    });
    expect(place('http://10.1.2.3/admin')).toMatchObject({ place: 'internal' });
    expect(place('https://intranet.contoso.com/x')).toMatchObject({ place: 'internal' });
  });

  it('treats public names, documentation names and hashes as public', () => {
    for (const text of ['evil.example', 'login-contoso.com', 'https://evil.co.uk/a', SHA256])
      expect(place(text)).toEqual({ place: 'public' });
  });
});
