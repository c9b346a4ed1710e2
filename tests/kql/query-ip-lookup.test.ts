import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// ipv4-lookup-plugin.md and ipv6-lookup-plugin.md (dataexplorer-docs): the most specific range wins,
// extra keys must be equal, return_unmatched keeps the rest, invalid addresses never match.
const db = database({
  Ranges: table('network:string, site:string, country:string', [
    ['10.0.0.0/8', 'corp', 'NL'],
    ['10.1.0.0/16', 'lab', 'NL'],
    ['10.1.0.0/16', 'lab-us', 'US'],
    ['192.0.2.7', 'single', 'NL'],
    ['not a range', 'bad', 'NL'],
    ['2001:db8::/32', 'v6', 'NL'],
  ]),
  Hits: table('ip:string, country:string', [
    ['10.1.2.3', 'US'],
    ['10.9.9.9', 'NL'],
    ['192.0.2.7', 'NL'],
    ['300.1.1.1', 'NL'],
    ['', 'NL'],
    ['2001:db8::1', 'NL'],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'ipv4: the longest prefix wins; invalid, empty and IPv6 addresses do not match',
    query: 'Hits | project ip | evaluate ipv4_lookup(Ranges, ip, network) | project ip, site',
    rows: [
      ['10.1.2.3', 'lab'],
      ['10.9.9.9', 'corp'],
      ['192.0.2.7', 'single'],
    ],
  },
  {
    name: 'ipv4: an extra key must be equal; return_unmatched keeps unmatched rows with empty lookup columns',
    query: 'Hits | evaluate ipv4_lookup(Ranges, ip, network, country, return_unmatched = true) | project ip, site',
    rows: [
      ['10.1.2.3', 'lab-us'],
      ['10.9.9.9', 'corp'],
      ['192.0.2.7', 'single'],
      ['300.1.1.1', ''],
      ['', ''],
      ['2001:db8::1', ''],
    ],
  },
  {
    name: 'ipv6: lookup columns come first (ipv6-lookup-plugin.md); IPv4 ranges match their mapped addresses',
    query:
      'Hits | where ip in ("2001:db8::1", "10.9.9.9") | project ip | evaluate ipv6_lookup(Ranges, ip, network) | project-away country',
    columns: ['network:string', 'site:string', 'ip:string'],
    rows: [
      ['10.0.0.0/8', 'corp', '10.9.9.9'],
      ['2001:db8::/32', 'v6', '2001:db8::1'],
    ],
  },
];

describe('evaluate ipv4_lookup / ipv6_lookup', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('names a key column missing from either side', async () => {
    expect(await failureCodes(db, 'Hits | evaluate ipv4_lookup(Ranges, nope, network)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'Hits | evaluate ipv4_lookup(Ranges, ip, nope)')).toEqual(['KQL0036']);
  });
});
