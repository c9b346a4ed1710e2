import { BackendError } from './errors.ts';
import type { BackendKind, QueryRequest } from './query-backend.ts';

/** Rejects requests no service could answer, before any quota or network is spent on them. */
export function checkRequest(request: QueryRequest, backend: BackendKind): void {
  const context = { tenant: request.tenant, backend };
  if (typeof request.query !== 'string' || request.query.trim() === '') {
    throw new BackendError('huntops_backend_query_rejected', context, 'the query is empty: pass the KQL text to run');
  }
  const { start, end } = request.window ?? {};
  if (!isValidDate(start) || !isValidDate(end)) {
    throw new BackendError('huntops_backend_query_rejected', context, 'the window needs a valid start and end date');
  }
  if (start.getTime() >= end.getTime()) {
    throw new BackendError(
      'huntops_backend_query_rejected',
      context,
      `the window starts (${start.toISOString()}) at or after its end (${end.toISOString()}); swap or widen it`,
    );
  }
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
