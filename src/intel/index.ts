/**
 * @module intel
 * Threat intel for huntops: scores IPs 0–100 from AlienVault OTX and an offline feed, with reasons.
 * Internal and reserved addresses are never sent out; `classifyIp` is the shared definition of "public".
 */
export type { IntelCache, NamespacedCache } from './cache.ts';
export { intelCacheFromStore } from './cache.ts';
export { classifyIp, type IpClass } from './classify-ip.ts';
export { IntelError, type IntelErrorCode } from './errors.ts';
export { createIntelService, type IntelService, type IntelServiceOptions } from './intel-service.ts';
export { bandFor, HIGH_BAND_MIN, MEDIUM_BAND_MIN } from './score/bands.ts';
export { OTX_SCORE } from './score/otx-score.ts';
export { DEMO_FEED_PATH, type IntelSettings, loadIntelSettingsFromEnv } from './settings.ts';
export type { Band, Clock, IntelLogger, IpScore } from './types.ts';
