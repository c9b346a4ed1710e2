import type { KqlColumn } from '../kql/index.ts';

export const BACKEND_KINDS = ['local', 'logAnalytics', 'defender'] as const;
export type BackendKind = (typeof BACKEND_KINDS)[number];

/** How messages name each backend to an analyst. */
export const BACKEND_NAMES: Readonly<Record<BackendKind, string>> = {
  local: 'Local KQL engine',
  logAnalytics: 'Log Analytics',
  defender: 'Defender advanced hunting',
};

/** One query to run on one tenant. The window is also sent to the service as its timespan. */
export interface QueryRequest {
  readonly tenant: string;
  readonly query: string;
  readonly window: { readonly start: Date; readonly end: Date };
  readonly signal?: AbortSignal;
  readonly correlationId?: string;
}

/**
 * A result in the Log Analytics wire shape: datetimes as ISO-8601 UTC strings,
 * timespans as Kusto strings, dynamic values as JSON. Every backend answers in this shape.
 */
export interface QueryResult {
  readonly backend: BackendKind;
  readonly columns: readonly KqlColumn[];
  readonly rows: readonly (readonly unknown[])[];
  /** Partial failures and other problems the user should see beside the result. */
  readonly warnings: readonly string[];
  readonly truncated: boolean;
  /** Rows the backend read to answer, from its own statistics; absent when it reports none. */
  readonly rowsScanned?: number;
}

/** The one seam every query backend implements. */
export interface QueryBackend {
  readonly kind: BackendKind;
  query(request: QueryRequest): Promise<QueryResult>;
}
