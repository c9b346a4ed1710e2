import { gatherColumn } from '../column-writer.ts';
import { invalidInput } from '../errors.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';
import { type JoinKeyPair, type JoinKeys, joinKeys } from './join-keys.ts';
import { uniqueColumnName } from './names.ts';
import { bucketByKey, RowPairs } from './row-pairs.ts';

export const JOIN_KINDS = [
  'innerunique',
  'inner',
  'leftouter',
  'rightouter',
  'fullouter',
  'leftanti',
  'rightanti',
  'leftsemi',
  'rightsemi',
] as const;
export type JoinKind = (typeof JOIN_KINDS)[number];

/** Kusto's alternate spellings of join kinds. */
const JOIN_KIND_ALIASES: Readonly<Record<string, JoinKind>> = {
  anti: 'leftanti',
  leftantisemi: 'leftanti',
  rightantisemi: 'rightanti',
};

/** Resolves a `kind=` spelling (absent = innerunique); a KQLR003 error lists the valid kinds. */
export function joinKindOf(spelling: string | undefined): JoinKind {
  if (spelling === undefined) return 'innerunique';
  const lower = spelling.toLowerCase();
  const kind = JOIN_KIND_ALIASES[lower] ?? JOIN_KINDS.find((k) => k === lower);
  if (kind === undefined) throw invalidInput(`join: unknown kind '${spelling}'; use one of ${JOIN_KINDS.join(', ')}`);
  return kind;
}

export interface JoinSpec {
  /** Defaults to `innerunique`, Kusto's default, which keeps only the first left row per key. */
  readonly kind?: JoinKind;
  readonly on: readonly JoinKeyPair[];
}

/**
 * `join kind=K (right) on ...`. Null keys never match; strings compare exactly. Semi and anti kinds
 * return rows of one side only (as a view). The other kinds return all left columns then all right
 * columns, right names that are taken getting Kusto's `1` suffix (`on A` yields A and A1).
 *
 * @example
 * join(failures, successes, { kind: 'inner', on: [{ left: 'IPAddress', right: 'IPAddress' }] }, ctx)
 */
export function join(
  left: ColumnTable,
  right: ColumnTable,
  spec: JoinSpec,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  if (spec.on.length === 0) throw invalidInput('join: at least one key is needed (on A or on $left.A == $right.B)');
  const kind = spec.kind ?? 'innerunique';
  const keys = joinKeys(left, right, spec.on, ctx);
  switch (kind) {
    case 'leftsemi':
    case 'leftanti':
      return left.withSelection(
        filterByMatch(left.rows(), keys.leftIds, rightKeySet(keys), kind === 'leftsemi'),
        false,
      );
    case 'rightsemi':
    case 'rightanti':
      return right.withSelection(filterByMatch(right.rows(), keys.rightIds, null, kind === 'rightsemi'), false);
    default: {
      const pairs = matchPairs(left, right, keys, kind, ctx, 'join');
      return joinedTable(left, right, pairs, ctx, 'join');
    }
  }
}

/** Which ids occur on the right side. */
function rightKeySet(keys: JoinKeys): Uint8Array {
  const present = new Uint8Array(keys.idCount);
  for (const id of keys.rightIds) if (id >= 0) present[id] = 1;
  return present;
}

/** Rows whose id matches (`present` null: any id >= 0 matches, since right ids only exist when the left has them). */
function filterByMatch(
  rows: Int32Array,
  ids: Int32Array,
  present: Uint8Array | null,
  keepMatched: boolean,
): Int32Array {
  const kept = new Int32Array(rows.length);
  let count = 0;
  for (let p = 0; p < rows.length; p++) {
    const matched = ids[p] >= 0 && (present === null || present[ids[p]] === 1);
    if (matched === keepMatched) kept[count++] = rows[p];
  }
  return kept.slice(0, count);
}

/**
 * The (left row, right row) pairs of an equi-join of `kind` (not semi or anti), left rows in order, each once per
 * match; -1 stands for the missing side of an outer kind. `operator` names the caller in a memory-limit error.
 */
export function matchPairs(
  left: ColumnTable,
  right: ColumnTable,
  keys: JoinKeys,
  kind: JoinKind,
  ctx: ExecutionContext,
  operator: string,
): RowPairs {
  const leftRows = left.rows();
  const rightRows = right.rows();
  const { start, positions } = bucketByKey(keys.rightIds, keys.idCount);
  const keepUnmatchedLeft = kind === 'leftouter' || kind === 'fullouter';
  const keepUnmatchedRight = kind === 'rightouter' || kind === 'fullouter';
  const seenLeftKey = kind === 'innerunique' ? new Uint8Array(keys.idCount) : null;
  const rightMatched = keepUnmatchedRight ? new Uint8Array(rightRows.length) : null;
  const pairs = new RowPairs();
  for (let p = 0; p < leftRows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const id = keys.leftIds[p];
    if (seenLeftKey !== null && id >= 0) {
      if (seenLeftKey[id] === 1) continue;
      seenLeftKey[id] = 1;
    }
    const from = id >= 0 ? start[id] : 0;
    const to = id >= 0 ? start[id + 1] : 0;
    if (from === to && keepUnmatchedLeft) pairs.push(leftRows[p], -1);
    for (let i = from; i < to; i++) {
      pairs.push(leftRows[p], rightRows[positions[i]]);
      if (rightMatched !== null) rightMatched[positions[i]] = 1;
    }
    if ((pairs.length & DEADLINE_CHECK_MASK) === 0) ctx.ensureBytes(pairs.length * 8 * 4, operator);
  }
  if (rightMatched !== null) {
    for (let q = 0; q < rightRows.length; q++) if (rightMatched[q] === 0) pairs.push(-1, rightRows[q]);
  }
  return pairs;
}

/**
 * Left columns gathered at the left rows, then right columns at the right rows. `skipRight` names
 * right columns to leave out (lookup drops its right key columns).
 */
export function joinedTable(
  left: ColumnTable,
  right: ColumnTable,
  pairs: RowPairs,
  ctx: ExecutionContext,
  operator: string,
  skipRight: ReadonlySet<string> = new Set(),
): ColumnTable {
  const rightColumns = right.namedColumns().filter((c) => !skipRight.has(c.name));
  const estimate = pairs.length * (left.columns.length + rightColumns.length) * 8;
  ctx.ensureBytes(estimate, operator);
  const leftRows = pairs.left();
  const rightRows = pairs.right();
  const taken = new Set(left.columns.map((c) => c.name));
  const columns: NamedColumn[] = left
    .namedColumns()
    .map((c) => ({ name: c.name, column: gatherColumn(c.column, leftRows) }));
  for (const c of rightColumns) {
    columns.push({ name: uniqueColumnName(c.name, taken), column: gatherColumn(c.column, rightRows) });
  }
  return ColumnTable.fromColumns(left.name, columns);
}
