/**
 * Hyperscaler and CDN networks whose addresses are shared by many tenants or recycled within hours,
 * so OTX pulses about them often describe a previous tenant or a shared front end. VPS hosters
 * (DigitalOcean, OVH, Hetzner, …) are deliberately absent: attackers rent there and keep their IPs.
 */
export const CLOUD_CDN_ASNS: ReadonlyMap<number, string> = new Map([
  [16509, 'Amazon AWS'],
  [14618, 'Amazon AWS'],
  [8075, 'Microsoft Azure'],
  [8068, 'Microsoft'],
  [15169, 'Google'],
  [396982, 'Google Cloud'],
  [13335, 'Cloudflare'],
  [209242, 'Cloudflare'],
  [20940, 'Akamai'],
  [16625, 'Akamai'],
  [54113, 'Fastly'],
  [31898, 'Oracle Cloud'],
  [45102, 'Alibaba Cloud'],
  [132203, 'Tencent Cloud'],
  [36351, 'IBM Cloud'],
]);

/** The provider name when an OTX `asn` string (e.g. `AS16509 Amazon.com, Inc.`) is a cloud or CDN network. */
export function cloudProviderOf(asn: string | undefined): string | undefined {
  const number = asn?.match(/AS\s*(\d+)/i)?.[1];
  return number === undefined ? undefined : CLOUD_CDN_ASNS.get(Number(number));
}
