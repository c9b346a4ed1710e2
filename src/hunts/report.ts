import type { BackendKind } from '../backends/index.ts';

/** One ranked entity a hunt found, taken from the template's entityMappings (IP, Account, Host, URL, DNS, FileHash). */
export interface Finding {
  readonly ip?: string;
  readonly account?: string;
  readonly host?: string;
  /** The indicators of compromise besides the IP that intel scores and blocking may propose. */
  readonly url?: string;
  /** From a DNS entity's DomainName. */
  readonly domain?: string;
  /** From a FileHash entity's Value (SHA-1, SHA-256 or MD5). */
  readonly fileHash?: string;
  readonly count?: number;
  readonly first?: string;
  readonly last?: string;
  /** The full result row, by column name, in the wire shape. */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The report a hunt produces; rendered to cards, Block Kit, text and JSON. */
export interface HuntReport {
  readonly template: string;
  readonly tenant: string;
  readonly backend: BackendKind;
  readonly window: { readonly start: string; readonly end: string };
  readonly rowCount: number;
  /** Rows the backend read, from its statistics; absent when it does not report them. */
  readonly rowsScanned?: number;
  readonly truncated: boolean;
  readonly warnings: readonly string[];
  readonly findings: readonly Finding[];
}
