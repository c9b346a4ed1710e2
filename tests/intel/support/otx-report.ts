import { type Harness, startIntel, TEST_API_KEY } from './helpers.ts';

/**
 * The 200-address report that both the OTX throughput test and `npm run bench` score: public addresses
 * the OTX fixtures do not know, so every one is a single OTX call answered with an empty `general` reply.
 */
export const REPORT_IPS: readonly string[] = [
  ...Array.from({ length: 100 }, (_, i) => `203.0.113.${i}`),
  ...Array.from({ length: 100 }, (_, i) => `198.51.100.${i}`),
];

/** INTEL_OTX_CONCURRENCY for the report: at most this many OTX calls in flight. */
export const REPORT_OTX_CONCURRENCY = 10;

/** The best a client that respects the limit can do: full rounds of calls, each one stand-in latency long. */
export function idealReportMs(latencyMs: number): number {
  return Math.ceil(REPORT_IPS.length / REPORT_OTX_CONCURRENCY) * latencyMs;
}

/** An intel service pointed at an OTX stand-in, with the report's concurrency limit. */
export function startReportIntel(otxUrl: string): Promise<Harness> {
  return startIntel({
    OTX_API_KEY: TEST_API_KEY,
    OTX_BASE_URL: otxUrl,
    INTEL_OTX_CONCURRENCY: String(REPORT_OTX_CONCURRENCY),
  });
}
