// `npm run bench`, after the KQL bench: how close huntops' concurrency-limited fan-outs come to the ideal time
// against slowed remote stand-ins, where ideal = ceil(requests / limit) × latency per request.
// Prints elapsed, ideal, ratio, the limit and the peak in flight the stand-in saw; asserts nothing about time
// (target: ratio ≤ 1.2×). The tests assert the limits themselves (tests/intel/otx-throughput.test.ts,
// tests/digest/sweep.test.ts). Fails (exit 1) only if a run did not finish its work, since its figure would mean nothing.
// Latencies: BENCH_OTX_LATENCY_MS (default 200), BENCH_SWEEP_QUERY_MS (1500).
import { availableParallelism, loadavg } from 'node:os';
import { SWEEP_CONCURRENCY } from '../../src/chat/index.ts';
import { idealSweepMs, SWEEP_TENANTS, startSweepRig } from '../digest/support/sweep-rig.ts';
import { TEST_API_KEY } from '../intel/support/helpers.ts';
import { idealReportMs, REPORT_IPS, REPORT_OTX_CONCURRENCY, startReportIntel } from '../intel/support/otx-report.ts';
import { startOtxStandinProcess } from '../standins/otx-process.ts';

const otxLatencyMs = Number(process.env.BENCH_OTX_LATENCY_MS ?? 200);
const sweepQueryMs = Number(process.env.BENCH_SWEEP_QUERY_MS ?? 1500);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const busy = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`;

function figure(what: string, elapsedMs: number, idealMs: number, concurrency: number, peak: number): string {
  return (
    `${what}: ${seconds(elapsedMs)} (ideal ${seconds(idealMs)}, ratio ${(elapsedMs / idealMs).toFixed(2)}×), ` +
    `concurrency ${concurrency}, peak in flight ${peak}`
  );
}

/** The 200-IP report against the OTX stand-in in its own process, after a warm-up on other addresses. */
async function otxReport(): Promise<string> {
  const otx = await startOtxStandinProcess({ apiKey: TEST_API_KEY, latencyMs: otxLatencyMs });
  const intel = await startReportIntel(otx.url);
  try {
    // A running bot has warm connections and compiled code; warm up on other addresses before measuring.
    await intel.service.scoreIocs(Array.from({ length: 5 * REPORT_OTX_CONCURRENCY }, (_, i) => `192.0.2.${i + 1}`));
    const ideal = idealReportMs(otxLatencyMs);
    const before = await otx.counts();
    const started = performance.now();
    const scores = await intel.service.scoreIocs(REPORT_IPS, { budgetMs: 5 * ideal });
    const elapsed = performance.now() - started;
    const after = await otx.counts();
    const scored = [...scores.values()].filter((score) => score.sources.includes('otx')).length;
    if (scored < REPORT_IPS.length) process.exitCode = 1;
    const what = `OTX report, ${REPORT_IPS.length} IPs (${scored} scored, ${after.calls - before.calls} calls) at ${otxLatencyMs} ms per call`;
    return figure(what, elapsed, ideal, REPORT_OTX_CONCURRENCY, after.peakInFlight);
  } finally {
    await intel.close();
    await otx.close();
  }
}

/** `/hunt spray all` over 50 Log Analytics tenants, from the slash command to the last edit of the sweep message. */
async function sweep(): Promise<string> {
  const rig = await startSweepRig(sweepQueryMs);
  try {
    const { elapsedMs } = await rig.sweepAll();
    const what = `sweep, ${SWEEP_TENANTS} tenants at ${sweepQueryMs} ms per query`;
    return figure(what, elapsedMs, idealSweepMs(sweepQueryMs), SWEEP_CONCURRENCY, rig.logAnalytics.peakInFlight());
  } finally {
    await rig.close();
  }
}

console.log(`throughput: concurrency-limited fan-outs against slowed stand-ins; ${busy()}`);
console.log(await otxReport());
console.log(await sweep());
console.log(`finished with ${busy()}`);
console.log('target (reported, not asserted): ratio ≤ 1.2×');
