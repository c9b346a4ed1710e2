import { IOC_TYPE_LABELS } from '../../intel/index.ts';
import type { FindingRow } from './finding-row.ts';

/** What a findings row is about, split for cards that show the type apart from the value. */
export interface RowEntity {
  /** `IP`, `URL`, `SHA-256`, `domain`, `account` or `host`; '' when the row does not say (cards stored before IOC types). */
  readonly type: string;
  readonly value: string;
}

export function rowEntity(row: FindingRow): RowEntity {
  if (row.indicator !== undefined)
    return { type: row.iocType === undefined ? 'IOC' : IOC_TYPE_LABELS[row.iocType], value: row.indicator };
  // Without an indicator the row is about its account or host (see toFindingRow); a card stored before rows kept
  // their indicator has it in `entity`, already labelled with its type where the value does not say it.
  const { account, host } = row.named ?? {};
  const type = row.entity === account ? 'account' : row.entity === host ? 'host' : '';
  return { type, value: row.entity };
}
