import { stringify } from 'csv-stringify/sync';
import type { FindingRow } from './model/finding-row.ts';
import { originOf } from './model/hunt-summary.ts';

// A spreadsheet runs cells that start with these as formulas; hunt data is attacker-controlled (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Every finding of a hunt as CSV (RFC 4180, header row), for attaching when a message can only show the top ones. */
export function findingsCsv(rows: readonly FindingRow[]): string {
  return stringify(
    rows.map((row) =>
      [
        row.entity,
        originOf(row),
        row.score,
        row.band,
        row.reasons.join(' | '),
        row.accountCount,
        row.accounts.join(' '),
        row.attempts,
        row.firstSeen,
        row.lastSeen,
      ].map(cell),
    ),
    {
      header: true,
      columns: [
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
      ],
    },
  );
}
