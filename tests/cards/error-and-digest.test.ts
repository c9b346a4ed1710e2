import { describe, expect, it } from 'vitest';
import { ERROR_EXPLANATIONS, explainError, toAdaptiveCard, toBlockKit } from '../../src/cards/index.ts';
import { allCardModels } from './support/card-models.ts';

describe('explainError', () => {
  it.each([
    ['huntops_hunt_template_unknown', 'Unknown hunt template'],
    ['huntops_hunt_parameter_syntax', 'That command was not understood'],
    ['huntops_hunt_template_invalid', 'The hunt template is broken'],
    ['huntops_backend_timeout', 'The query took too long'],
    ['huntops_backend_throttled', 'The service is busy or the tenant’s query budget is used up'],
    ['huntops_backend_auth_failed', 'huntops could not sign in to the tenant'],
    ['huntops_backend_query_rejected', 'The hunt query failed'],
    ['huntops_backend_unavailable', 'The tenant’s log service did not answer'],
    ['huntops_backend_bad_response', 'The service answered with something huntops could not read'],
    ['huntops_backend_config_invalid', 'huntops is not configured correctly'],
    ['huntops_backend_aborted', 'The hunt was cancelled'],
    ['huntops_intel_otx_timeout', 'Threat intel could not be reached'],
    ['huntops_card_action_invalid', 'That button is out of date'],
    ['huntops_block_unavailable', 'The block could not be applied'],
    ['huntops_store_unavailable', 'huntops could not reach its database'],
    ['huntops_teams_throttled', 'Microsoft Teams did not take the message'],
    ['huntops_teams_no_answer', 'Microsoft Teams did not take the message'],
    ['huntops_internal', 'Something went wrong'],
    ['TypeError', 'Something went wrong'],
    ['__proto__', 'Something went wrong'],
  ])('%s reads as "%s" with a next step', (code, title) => {
    const explanation = explainError(code);
    expect(explanation.title).toBe(title);
    expect(explanation.next.length).toBeGreaterThan(10);
  });

  it('explains every declared code in words of its own, not as an internal failure', () => {
    const internal = explainError('huntops_internal');
    const codes = Object.keys(ERROR_EXPLANATIONS).filter((code) => code !== 'huntops_internal');
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((code) => explainError(code) === internal)).toEqual([]);
    expect(codes.filter((code) => !code.startsWith('huntops_'))).toEqual([]);
  });

  it('the error card shows the plain words, the next step, the detail and the run id', () => {
    const card = JSON.stringify(
      toAdaptiveCard({
        kind: 'error',
        code: 'huntops_hunt_template_unknown',
        message: 'no template "sprey"',
        runId: 'r-9',
      }),
    );
    expect(card).toContain('Unknown hunt template');
    expect(card).toContain('Run `list`');
    expect(card).toContain('no template \\"sprey\\"');
    expect(card).toContain('run r-9');
  });
});

describe('digest', () => {
  const [, digest] = allCardModels().find(([name]) => name === 'digest')!;

  it('sums findings, counts failures and pending approvals in its summary', () => {
    const json = JSON.stringify(toBlockKit(digest).blocks);
    expect(json).toContain('180 findings · 1 hunt failed · 3 approvals pending · 17 active blocks');
    expect(json).toContain('Failed: AADSTS7000215: invalid client secret');
    expect(json).toMatch(/and \d+ more hunts/);
  });

  it('on Teams shows at most 25 lines and says how many more', () => {
    expect(JSON.stringify(toAdaptiveCard(digest))).toContain('…and 95 more hunts.');
  });
});
