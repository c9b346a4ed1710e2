import { describe, expect, it } from 'vitest';
import { callScalar, str } from '../support/helpers.ts';

// geo-info-from-ip-address-function.md: the bundled DB-IP Lite data knows countries, not cities.
describe('geo_info_from_ip_address', () => {
  it('names the country of an IPv4 or IPv6 address in English; state, city and coordinates stay empty', () => {
    const unknown = { state: '', city: '', latitude: null, longitude: null };
    expect(callScalar('geo_info_from_ip_address', str('20.53.203.50'))).toEqual({ country: 'Australia', ...unknown });
    expect(callScalar('geo_info_from_ip_address', str('2a03:2880:f12c:83:face:b00c::25de'))).toEqual({
      country: 'United States',
      ...unknown,
    });
  });

  it('is an empty bag for an address no country owns, null for text that is no address', () => {
    expect(callScalar('geo_info_from_ip_address', str('10.1.2.3'))).toEqual({});
    for (const text of ['1.2.3', '300.1.1.1', 'localhost', ''])
      expect(callScalar('geo_info_from_ip_address', str(text))).toBeNull();
  });
});
