import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { msticpySeverity, pairwiseAccuracy, xsoarRank } from './support/baseline-scores.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const labels = JSON.parse(readFileSync(new URL('../fixtures/intel/ranking-labels.json', import.meta.url), 'utf8')) as {
  malicious: string[];
  benign: string[];
};
// biome-ignore lint/suspicious/noExplicitAny: fixtures are raw OTX replies, read the way the baseline tools read them
const reply = (name: string) => otxFixture(name) as any;
const ipOf = (name: string) => reply(name).indicator as string;

describe('huntops score vs the simple OTX scores, on labelled fixtures', () => {
  let otx: OtxStandin;
  let intel: Harness;
  const ours = new Map<string, number>();
  const bands = new Map<string, string>();

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    for (const name of [...labels.malicious, ...labels.benign]) otx.replies.set(ipOf(name), reply(name));
    intel = await startIntel({ OTX_API_KEY: TEST_API_KEY, OTX_BASE_URL: otx.url });
    const scores = await intel.service.scoreIocs([...labels.malicious, ...labels.benign].map(ipOf));
    for (const name of [...labels.malicious, ...labels.benign]) {
      ours.set(name, scores.get(ipOf(name))?.score ?? Number.NaN);
      bands.set(name, scores.get(ipOf(name))?.band ?? 'missing');
    }
  });
  afterAll(async () => {
    await intel.close();
    await otx.close();
  });

  const rank = (score: (name: string) => number) =>
    pairwiseAccuracy(labels.malicious.map(score), labels.benign.map(score));

  it('orders every malicious fixture above every benign one; the baselines do not', () => {
    const huntops = rank((n) => ours.get(n)!);
    const msticpy = rank((n) => msticpySeverity(reply(n)));
    const xsoar = rank((n) => xsoarRank(reply(n)));
    expect(huntops).toBe(1);
    expect(msticpy).toBeCloseTo(0.5);
    expect(xsoar).toBeCloseTo(0.7);
  });

  it('proposes no benign fixture for blocking, where "≥ 2 pulses = high" proposes five', () => {
    const blockedBenign = labels.benign.filter((n) => bands.get(n) === 'high');
    const msticpyBlockedBenign = labels.benign.filter((n) => msticpySeverity(reply(n)) === 2);
    const xsoarBlockedBenign = labels.benign.filter((n) => xsoarRank(reply(n)) === 3);
    expect(blockedBenign).toEqual([]);
    expect(msticpyBlockedBenign).toEqual(['whitelisted', 'false-positive', 'cloud-recycled', 'stale', 'cdn-shared']);
    expect(xsoarBlockedBenign).toEqual(['cloud-recycled', 'stale', 'cdn-shared']);
  });

  it('places the fixtures in the documented bands', () => {
    expect(Object.fromEntries(bands)).toEqual({
      rich: 'high',
      'botnet-fresh': 'high',
      'spray-fresh': 'medium',
      ipv6: 'medium',
      'new-c2': 'medium',
      whitelisted: 'low',
      'false-positive': 'low',
      'cloud-recycled': 'low',
      stale: 'low',
      empty: 'low',
      'cdn-shared': 'medium',
    });
  });
});
