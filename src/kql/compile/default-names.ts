import type { ExprNode } from '../syntax/index.ts';

/** Functions whose result Kusto never names after an argument (Kusto.Language: ResultNameKind.None). */
const UNNAMED_RESULTS = new Set([
  'strcat',
  'strcat_array',
  'strcat_delim',
  'strrep',
  'tolower',
  'toupper',
  'substring',
  'indexof',
  'reverse',
  'extract',
  'extract_all',
  'replace',
  'replace_regex',
  'replace_string',
  'trim',
  'trim_start',
  'trim_end',
  'countof',
  'iff',
  'iif',
  'case',
  'coalesce',
  // pack-array-function.md, array-concat-function.md, set-*-function.md, zip-function.md: Column1.
  'pack_array',
  'array_concat',
  'set_union',
  'set_intersect',
  'set_difference',
  'zip',
]);

/** Every geo_* function's result is unnamed in Kusto.Language (ResultNameKind.None for all 53 of them). */
function isGeoFunction(name: string): boolean {
  return name.startsWith('geo_');
}

/** Functions named `<function>_<argument>` (Kusto.Language: ResultNameKind.NameAndFirstArgument). */
const NAME_AND_FIRST_ARGUMENT = new Set(['strlen', 'string_size', 'dcount_hll', 'percentile_tdigest']);

/**
 * Kusto's implicit column name for an unnamed expression: a column keeps its name, a property
 * path joins its parts (`tostring(Props.city)` → `Props_city`), `bin(TimeGenerated, 1h)` takes
 * its first argument's name. Undefined when Kusto would invent `Column1`, `Column2`, ….
 */
export function defaultNameOf(expr: ExprNode): string | undefined {
  switch (expr.kind) {
    case 'Name':
      return expr.name;
    case 'Path': {
      const target = defaultNameOf(expr.target);
      return target === undefined ? undefined : `${target}_${expr.member}`;
    }
    case 'Index': {
      const target = defaultNameOf(expr.target);
      const index = expr.index.kind === 'Literal' ? String(expr.index.value) : undefined;
      return target === undefined || index === undefined ? undefined : `${target}_${index}`;
    }
    case 'Call': {
      // `round(Rate = x * 100)`: Kusto names the result after the inner assignment.
      if (expr.argNames?.[0] !== undefined) return expr.argNames[0];
      if (UNNAMED_RESULTS.has(expr.name) || isGeoFunction(expr.name) || expr.args.length === 0) return undefined;
      const first = defaultNameOf(expr.args[0]);
      return first !== undefined && NAME_AND_FIRST_ARGUMENT.has(expr.name) ? `${expr.name}_${first}` : first;
    }
    default:
      return undefined;
  }
}

/** Hands out `Column1`, `Column2`, … for expressions without a natural name. */
export class ColumnNamer {
  private next = 1;
  constructor(private readonly taken: Set<string>) {}

  /**
   * An explicit name is used as written; a derived one that is already taken gets Kusto's numeric
   * suffix (`UserDisplayName1`).
   */
  nameFor(expr: ExprNode, explicit?: string, derived: string | undefined = defaultNameOf(expr)): string {
    if (explicit !== undefined) {
      this.taken.add(explicit);
      return explicit;
    }
    if (derived !== undefined) {
      let name = derived;
      for (let n = 1; this.taken.has(name); n++) name = `${derived}${n}`;
      this.taken.add(name);
      return name;
    }
    let generated = `Column${this.next++}`;
    while (this.taken.has(generated)) generated = `Column${this.next++}`;
    this.taken.add(generated);
    return generated;
  }
}
