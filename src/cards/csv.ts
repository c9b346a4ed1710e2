import { writeCsv } from '../csv/index.ts';
import type { FindingRow } from './model/finding-row.ts';
import { originOf } from './model/hunt-summary.ts';
import { rowEntity } from './model/row-entity.ts';

const COLUMNS = [
  'type',
  'entity',
  'origin',
  'score',
  'band',
  'reasons',
  'account_count',
  'accounts',
  'attempts',
  'first_seen',
  'last_seen',
];

/** Every finding of a hunt as CSV (RFC 4180, header row), for attaching when a message can only show the top ones. */
export function findingsCsv(rows: readonly FindingRow[]): string {
  return writeCsv(
    COLUMNS,
    rows.map((row) => {
      const { type, value } = rowEntity(row);
      return [
        type,
        value,
        originOf(row),
        row.score,
        row.band,
        row.reasons.join(' | '),
        row.accountCount,
        row.accounts.join(' '),
        row.attempts,
        row.firstSeen,
        row.lastSeen,
      ];
    }),
  );
}
