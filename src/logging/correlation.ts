import { randomUUID } from 'node:crypto';

/** A short id that ties one request's log lines, audit events and replies together. */
export function newCorrelationId(): string {
  return randomUUID().slice(0, 13).replace('-', '');
}
