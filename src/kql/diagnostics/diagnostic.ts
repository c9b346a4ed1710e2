/** One coded problem found in a query, located by offset and by 1-based line/column. */
export interface KqlDiagnostic {
  /** Stable code such as `KQL0012`; see diagnostic-facts.ts. */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly length: number;
}

/** A diagnostic before its line/column are known (the parser only tracks offsets). */
export type DiagnosticDraft = Omit<KqlDiagnostic, 'line' | 'column'>;

/**
 * Renders a diagnostic the way the CLI and chat cards show it.
 * @example formatDiagnostic(d) // "KQL0012 line 3, col 7: unknown column 'IpAddres' (did you mean 'IPAddress'?)"
 */
export function formatDiagnostic(d: KqlDiagnostic): string {
  return `${d.code} line ${d.line}, col ${d.column}: ${d.message}`;
}

/** Adds 1-based line and column to offset-only drafts. */
export function locateDiagnostics(text: string, drafts: readonly DiagnosticDraft[]): KqlDiagnostic[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return drafts.map((d) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= d.start) lo = mid;
      else hi = mid - 1;
    }
    return { ...d, line: lo + 1, column: d.start - lineStarts[lo] + 1 };
  });
}
