/**
 * @module intel
 * Threat intel for huntops: the one IOC model (`recognizeIoc`: IPs and ranges, domains, URLs, file hashes) and
 * scores 0–100 from AlienVault OTX and an offline feed, with reasons. Internal and reserved addresses, internal
 * host names and the organisation's own domains are never sent out; `classifyIp` and `classifyIoc` are the shared
 * definitions of "public".
 */
export type { IntelCache, NamespacedCache } from './cache.ts';
export { intelCacheFromStore } from './cache.ts';
export { classifyIp, type IpClass } from './classify-ip.ts';
export { IntelError, type IntelErrorCode } from './errors.ts';
export { createIntelService, type IntelService, type IntelServiceOptions } from './intel-service.ts';
export { classifyIoc, type IocPlace, isWithin } from './ioc/classify-ioc.ts';
export {
  ACCEPTED_IOC_TYPES,
  BLOCKABLE_IOC_TYPES,
  type BlockableIocType,
  IOC_TYPE_LABELS,
  IOC_TYPES,
  type Ioc,
  type IocType,
  isFileHash,
} from './ioc/ioc.ts';
export { recognizeIoc } from './ioc/recognize-ioc.ts';
export { bandFor, HIGH_BAND_MIN, MEDIUM_BAND_MIN } from './score/bands.ts';
export { OTX_SCORE } from './score/otx-score.ts';
export { DEMO_FEED_PATH, type IntelSettings, loadIntelSettingsFromEnv, withTenantDomains } from './settings.ts';
export type { Band, Clock, IntelLogger, IocScore } from './types.ts';
