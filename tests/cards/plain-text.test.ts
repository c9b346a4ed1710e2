import { describe, expect, it } from 'vitest';
import { buildHuntCardModel, render, toPlainText } from '../../src/cards/index.ts';
import { allCardModels } from './support/card-models.ts';
import { huntInput } from './support/report-builder.ts';

describe('plain text', () => {
  it('lists every finding of a big hunt (the CLI has no size limit)', () => {
    const text = toPlainText(buildHuntCardModel(huntInput({ findings: 200 })));
    expect(text.match(/^ {0,2}\d+\. /gm)).toHaveLength(200);
    expect(text).toContain('200. ');
  });

  it('explains a coded error in plain words with the next step', () => {
    const text = toPlainText({ kind: 'error', code: 'huntops_hunt_template_unknown', message: 'no template "sprey"' });
    expect(text).toContain('Unknown hunt template.');
    expect(text).toContain('Run `list`');
    expect(text).toContain('Detail: no template "sprey"');
  });

  it.each(allCardModels())('%s renders to non-empty text ending in a newline', (_name, model) => {
    const text = render(model, 'text');
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('shows who decided a denied block, when and why', () => {
    const [, denied] = allCardModels().find(([name]) => name === 'approval denied')!;
    const text = toPlainText(denied);
    expect(text).toContain('Denied: IP 203.0.113.9');
    expect(text).toContain('bob@contoso.example at 2026-11-20 10:05 UTC');
    expect(text).toContain('Reason: Known partner VPN egress');
  });
});
