import { Diagnostics } from '../../diagnostics/index.ts';
import { geoLookup } from '../../engine/index.ts';
import { lineMatcher, polygonMatcher } from '../../functions/index.ts';
import type { CallNode, ExprNode } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { compileTabular } from '../compile-tabular.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, operatorPlan, type TabularPlan } from '../plan.ts';

/** The optional arguments after the four required ones, in their documented order (by position or by name). */
const OPTIONS = ['radius', 'return_unmatched', 'lookup_area_radius', 'return_lookup_key'] as const;
type Options = Partial<Record<(typeof OPTIONS)[number], unknown>>;

/**
 * `evaluate geo_polygon_lookup(LookupTable, PolygonKey, SourceLongitude, SourceLatitude [, radius] [, return_unmatched]
 * [, lookup_area_radius] [, return_lookup_key])` and `geo_line_lookup(…, Radius, …)`, whose radius is required.
 * `lookup_area_radius` only tunes Kusto's index; it is accepted and changes nothing here.
 */
export function compileGeoLookup(input: TabularPlan, call: CallNode, env: ExprEnv): TabularPlan {
  const [table, key, longitude, latitude, ...rest] = call.args;
  const usage = `${call.name}(LookupTable, LookupKey, SourceLongitude, SourceLatitude${call.name === 'geo_line_lookup' ? ', Radius' : ''} [, …])`;
  const options = readOptions(rest, call.argNames?.slice(4) ?? [], env);
  const isLine = call.name === 'geo_line_lookup';
  const radius = options?.radius;
  if (
    !table ||
    key?.kind !== 'Name' ||
    longitude?.kind !== 'Name' ||
    latitude?.kind !== 'Name' ||
    options === undefined ||
    (radius !== undefined && (typeof radius !== 'number' || radius < 0)) ||
    (isLine && radius === undefined)
  ) {
    env.cx.report(
      Diagnostics.invalidArgument(
        `${usage} needs a table, three column names and constant options (radius: a number of meters, flags: bool)`,
        call.span,
      ),
    );
    return failedPlan();
  }
  const lookup = compileTabular(table, { ...env, columns: [] });
  const missing = [
    ...[longitude, latitude].filter((n) => !input.schema.some((c) => c.name === n.name)),
    ...[key].filter((n) => !lookup.schema.some((c) => c.name === n.name)),
  ];
  if (lookup.failed || missing.length > 0) {
    if (!lookup.failed)
      env.cx.report(
        Diagnostics.invalidArgument(`${call.name}: column '${missing[0].name}' is missing from its table`, call.span),
      );
    return failedPlan();
  }
  const meters = radius as number | undefined;
  const spec = {
    plugin: call.name,
    lookupKey: key.name,
    longitude: longitude.name,
    latitude: latitude.name,
    matcherFor: isLine
      ? (shape: unknown) => lineMatcher(shape, meters as number)
      : (shape: unknown) => polygonMatcher(shape, meters),
    returnUnmatched: options.return_unmatched === true,
    returnLookupKey: options.return_lookup_key === true,
  };
  return operatorPlan([input, lookup], ([l, r]) => geoLookup(l, r, spec, env.cx.exec), env.cx, call.span);
}

/** The constant optional arguments, placed by name or else by position; undefined when one is not constant. */
function readOptions(args: readonly ExprNode[], names: readonly (string | undefined)[], env: ExprEnv) {
  const options: Options = {};
  for (const [i, arg] of args.entries()) {
    const name = names[i] ?? OPTIONS[i];
    const value = constantOf(compileExpression(arg, { ...env, columns: [] }))?.value;
    if (!OPTIONS.includes(name as (typeof OPTIONS)[number]) || value === undefined) return undefined;
    options[name as (typeof OPTIONS)[number]] = value ?? undefined;
  }
  return options;
}
