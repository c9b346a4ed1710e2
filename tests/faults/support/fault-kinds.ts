import type { Fault } from '../../standins/https-standin.ts';
import type { OtxStandinMode } from '../../standins/otx.ts';
import type { SlackApiStandin } from '../../standins/slack-api.ts';

/** The five ways a remote service misbehaves, as each kind of stand-in spells them. */
export const FAULT_KINDS = ['429 with Retry-After', '500', 'a hang', 'a connection reset', 'malformed JSON'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** For the HTTPS stand-ins (Log Analytics, Graph, Defender): enough faults to exhaust every attempt. */
export function httpsFault(kind: FaultKind, path: string, times: number): Fault {
  switch (kind) {
    case '429 with Retry-After':
      return { kind: 'status', status: 429, retryAfterSeconds: 1, times, path };
    case '500':
      return { kind: 'status', status: 500, times, path };
    case 'a hang':
      return { kind: 'timeout', times, path };
    case 'a connection reset':
      return { kind: 'reset', times, path };
    case 'malformed JSON':
      return { kind: 'malformed', times, path };
  }
}

export function otxMode(kind: FaultKind): OtxStandinMode {
  switch (kind) {
    case '429 with Retry-After':
      return { kind: 'rate-limited', retryAfter: '1' };
    case '500':
      return { kind: 'server-error', status: 500 };
    case 'a hang':
      return { kind: 'hang' };
    case 'a connection reset':
      return { kind: 'reset' };
    case 'malformed JSON':
      return { kind: 'malformed' };
  }
}

/** Makes the Slack stand-in's `method` fail `times` times in the way `kind` says. */
export function injectSlackFault(slack: SlackApiStandin, method: string, kind: FaultKind, times: number): void {
  if (kind === '429 with Retry-After') slack.fail(method, 429, times);
  else if (kind === '500') slack.fail(method, 500, times);
  else slack.fault(method, kind === 'a hang' ? 'hang' : kind === 'a connection reset' ? 'reset' : 'malformed', times);
}
