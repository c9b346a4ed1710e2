import { describe, expect, it } from 'vitest';
import { callScalar, column, dyn, str } from './support/helpers.ts';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36';

// parse-user-agent-function.md: one bag per requested target, in Kusto's field names.
describe('parse_user_agent', () => {
  it('gives the browser with its version split into parts', () => {
    expect(callScalar('parse_user_agent', str(CHROME), str('browser'))).toEqual({
      Browser: { Family: 'Chrome', MajorVersion: '74', MinorVersion: '0', Patch: '3729' },
    });
  });

  it('gives several targets from a dynamic array', () => {
    const agent =
      'Mozilla/5.0 (SymbianOS/9.2; U; Series60/3.1 NokiaN81-3/10.0.032 Profile/MIDP-2.0 Configuration/CLDC-1.1 ) AppleWebKit/413 (KHTML, like Gecko) Safari/4';
    const parsed = callScalar('parse_user_agent', str(agent), dyn(['os', 'device'])) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['OperatingSystem', 'Device']);
    expect(parsed.OperatingSystem).toMatchObject({ MajorVersion: '9', MinorVersion: '2', Patch: '', PatchMinor: '' });
    expect(parsed.Device).toEqual({ Family: 'N81-3', Brand: 'Nokia', Model: 'N81-3' });
  });

  it('calls what it does not recognise Other, and ignores unknown targets', () => {
    expect(callScalar('parse_user_agent', str(''), str('browser'))).toEqual({
      Browser: { Family: 'Other', MajorVersion: '', MinorVersion: '', Patch: '' },
    });
    expect(callScalar('parse_user_agent', str(CHROME), str('toaster'))).toEqual({});
  });

  it('reads a look-for value given per row', () => {
    expect(callScalar('parse_user_agent', str(CHROME), column(str('os')))).toEqual({
      OperatingSystem: { Family: 'Windows', MajorVersion: '10', MinorVersion: '', Patch: '', PatchMinor: '' },
    });
  });
});
