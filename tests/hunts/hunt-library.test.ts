import { describe, expect, it } from 'vitest';
import { generateDemoData, LIBRARY_SCENARIOS, loadTemplates } from '../../src/hunts/index.ts';
import { SEED_HUNTS, SHIPPED_HUNTS } from './support/shipped-hunts.ts';

const templates = loadTemplates();

describe('the hunt library (issue #16)', () => {
  it('has a demo scenario for every shipped template, and a template for every scenario', () => {
    const scenarios: string[] = LIBRARY_SCENARIOS.map((scenario) => scenario.kind);
    const proven = new Set([...SEED_HUNTS, ...scenarios]);
    const withoutScenario = SHIPPED_HUNTS.filter((command) => !proven.has(command));
    expect(withoutScenario, 'templates without a scenario in src/hunts/demo-data/library').toEqual([]);
    expect(scenarios.filter((kind) => !SHIPPED_HUNTS.includes(kind))).toEqual([]);
  });

  it('injects an attack and a look-alike for every shipped hunt into the demo tenants', () => {
    const data = generateDemoData({ seed: 1, end: new Date('2026-11-22T08:00:00Z'), days: 1 });
    expect(data.attacks.map((attack) => attack.command).sort()).toEqual(SHIPPED_HUNTS);
    const nextToAHunt = data.lookalikes.flatMap((lookalike) => lookalike.hunt ?? []);
    expect(nextToAHunt).toEqual(LIBRARY_SCENARIOS.map((scenario) => scenario.kind));
  });

  // Fails until the library is complete: that is the goal of issue #16, not a flaky check.
  it('has at least 40 hunts across at least 8 MITRE ATT&CK tactics', () => {
    const tactics = [...new Set(templates.flatMap((template) => template.tactics))].sort();
    expect(templates.length).toBeGreaterThanOrEqual(40);
    expect(tactics.length, `tactics so far: ${tactics.join(', ')}`).toBeGreaterThanOrEqual(8);
  });
});
