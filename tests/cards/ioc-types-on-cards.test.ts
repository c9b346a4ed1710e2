import { describe, expect, it } from 'vitest';
import { buildHuntCardModel, type CardModel, toAdaptiveCard, toBlockKit, toPlainText } from '../../src/cards/index.ts';
import { proposalIn } from './support/card-models.ts';
import { huntInput } from './support/report-builder.ts';

const TENANT = { key: 'tenant-a', displayName: 'Contoso' };
/** One indicator of each type a hunt can lead with, as a card should name it. */
const IOCS = [
  { finding: { ip: '203.0.113.7' }, label: 'IP 203.0.113.7' },
  { finding: { url: 'https://evil.example/kit.zip' }, label: 'URL https://evil.example/kit.zip' },
  {
    finding: { fileHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
    label: 'SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  },
  { finding: { domain: 'c2.evil.example' }, label: 'domain c2.evil.example' },
] as const;
const indicatorOf = (finding: (typeof IOCS)[number]['finding']) => Object.values(finding)[0];

/** The words a card shows, buttons aside: a RichTextBlock's runs read as one line, as the reader sees them. */
function adaptiveTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(adaptiveTexts);
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  if (element.type === 'RichTextBlock')
    return [(element.inlines as { text: string }[]).map((inline) => inline.text).join('')];
  const own = ['text', 'value'].flatMap((key) => (typeof element[key] === 'string' ? [element[key]] : []));
  return [...(own as string[]), ...Object.values(element).flatMap(adaptiveTexts)];
}

function surfaces(model: CardModel): Record<string, string> {
  return {
    teams: adaptiveTexts(toAdaptiveCard(model)).join('\n'),
    slack: JSON.stringify(toBlockKit(model)),
    text: toPlainText(model),
  };
}

const huntModel = () => {
  const input = huntInput({ findings: 0 });
  const findings = IOCS.map(({ finding }, index) => ({ ...finding, count: 10 - index, fields: {} }));
  return buildHuntCardModel({
    ...input,
    report: { ...input.report, findings },
    proposals: IOCS.map(({ finding }, index) =>
      proposalIn('proposed', { id: `p${index}`, indicator: indicatorOf(finding) }),
    ),
  });
};

describe('every surface names the type of every indicator', () => {
  it.each(Object.entries(surfaces(huntModel())))('hunt card on %s: each finding and each proposal', (_, text) => {
    for (const { label } of IOCS) expect(text.split(label).length - 1).toBeGreaterThanOrEqual(2);
  });

  it('the Teams findings column says which types it holds', () => {
    expect(adaptiveTexts(toAdaptiveCard(huntModel()))).toContain('Indicator (IP, domain, URL, file hash) · origin');
  });

  it.each(IOCS)('approval card of $label', ({ finding, label }) => {
    const proposal = proposalIn('proposed', { indicator: indicatorOf(finding) });
    for (const text of Object.values(surfaces({ kind: 'approval', tenant: TENANT, proposal })))
      expect(text).toContain(label);
  });

  it('the blocks list', () => {
    const blocks = IOCS.map(({ finding }, index) => ({
      ...proposalIn('blocked', { id: `b${index}`, indicator: indicatorOf(finding) }),
      tenant: TENANT,
    }));
    for (const text of Object.values(surfaces({ kind: 'blocks', blocks })))
      for (const { label } of IOCS) expect(text).toContain(label);
  });

  it("a digest's top findings and its block events", () => {
    const at = '2026-11-20T10:05:00Z';
    const digest: CardModel = {
      kind: 'digest',
      title: 'Daily hunt digest',
      period: { start: '2026-11-19T00:00:00Z', end: '2026-11-20T00:00:00Z' },
      entries: IOCS.map(({ finding }, index) => ({
        tenant: TENANT,
        template: `hunt-${index}`,
        severity: 'High',
        findings: 1,
        top: { indicator: indicatorOf(finding), score: 90, band: 'high' as const },
      })),
      blockEvents: IOCS.map(({ finding }) => ({
        tenant: TENANT,
        indicator: indicatorOf(finding),
        state: 'blocked',
        by: 'bob@contoso.example',
        at,
      })),
      pendingApprovals: 0,
      activeBlocks: 4,
      runId: 'digest-1',
    };
    for (const text of Object.values(surfaces(digest)))
      for (const { label } of IOCS) expect(text.split(label).length - 1).toBe(2);
  });
});
