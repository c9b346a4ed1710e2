import { Diagnostics } from '../../diagnostics/index.ts';
import { columnFromValues } from '../../engine/index.ts';
import type { CallNode, ExprNode } from '../../syntax/index.ts';
import type { KqlColumn } from '../../types.ts';
import { compileExpression } from '../compile-expression.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, type TabularPlan } from '../plan.ts';

/** The columns FileProfile() adds, as defender-xdr/advanced-hunting-fileprofile-function.md lists them. */
export const FILE_PROFILE_COLUMNS: readonly KqlColumn[] = [
  { name: 'SHA1', type: 'string' },
  { name: 'SHA256', type: 'string' },
  { name: 'MD5', type: 'string' },
  { name: 'FileSize', type: 'int' },
  { name: 'GlobalPrevalence', type: 'int' },
  { name: 'GlobalFirstSeen', type: 'datetime' },
  { name: 'GlobalLastSeen', type: 'datetime' },
  { name: 'Signer', type: 'string' },
  { name: 'Issuer', type: 'string' },
  { name: 'SignerHash', type: 'string' },
  { name: 'IsCertificateValid', type: 'bool' },
  { name: 'IsRootSignerMicrosoft', type: 'bool' },
  { name: 'SignatureState', type: 'string' },
  { name: 'IsExecutable', type: 'bool' },
  { name: 'ThreatName', type: 'string' },
  { name: 'Publisher', type: 'string' },
  { name: 'SoftwareName', type: 'string' },
  { name: 'ProfileAvailability', type: 'string' },
];
/** The file ID columns the page allows as its first argument; the first, SHA1, is used when it is left out. */
export const FILE_ID_COLUMNS: readonly string[] = [
  'SHA1',
  'SHA256',
  'InitiatingProcessSHA1',
  'InitiatingProcessSHA256',
];
/** How many records are enriched when the second argument is left out. */
export const FILE_PROFILE_DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * `T | invoke FileProfile(x, y)`: Defender XDR's file enrichment. x names the file ID column (SHA1 when left
 * out), as a name or a string; y is how many records to enrich, 1–1000 (100 when left out; more enriches 1000). The rows pass
 * through with the documented profile columns T lacks added.
 *
 * The profile (global prevalence, signer, threat name) comes from Microsoft's file intelligence service, which
 * the local engine has no access to, so the added columns are empty. ProfileAvailability says so with the page's
 * own value for it, `Error` ("error in querying the file info"): `Missing` would claim Microsoft has no profile
 * for the file, which cannot be known offline. As documented, rows past the limit or with an empty file ID get an
 * empty ProfileAvailability.
 */
export function compileFileProfile(input: TabularPlan, call: CallNode, env: ExprEnv): TabularPlan {
  if (call.args.length > 2) {
    env.cx.report(Diagnostics.wrongArgumentCount('FileProfile', '0 to 2', call.args.length, call.span));
    return failedPlan();
  }
  const idColumn = call.args[0] ? fileIdColumn(call.args[0], env) : FILE_ID_COLUMNS[0];
  const limit = call.args[1] ? recordLimit(call.args[1], env) : FILE_PROFILE_DEFAULT_LIMIT;
  if (idColumn === undefined || limit === undefined) return failedPlan();
  if (!input.schema.some((column) => column.name === idColumn)) {
    env.cx.report(Diagnostics.unknownColumn(idColumn, undefined, call.args[0]?.span ?? call.span));
    return failedPlan();
  }
  const added = FILE_PROFILE_COLUMNS.filter((profile) => !input.schema.some((column) => column.name === profile.name));
  return {
    schema: [...input.schema, ...added],
    run() {
      const table = input.run();
      const ids = table.column(idColumn);
      const availability = new Array<string>(table.physicalLength).fill('');
      let enriched = 0;
      for (const row of table.rows()) {
        if (enriched === limit) break;
        if (ids.get(row) === '') continue;
        availability[row] = 'Error';
        enriched++;
      }
      const nulls = new Array<null>(table.physicalLength).fill(null);
      return table.withColumns([
        ...table.namedColumns(),
        ...added.map(({ name, type }) => ({
          name,
          column: columnFromValues(type, name === 'ProfileAvailability' ? availability : nulls),
        })),
      ]);
    },
  };
}

function fileIdColumn(arg: ExprNode, env: ExprEnv): string | undefined {
  const name =
    arg.kind === 'Name' ? arg.name : (constantOf(compileExpression(arg, { ...env, columns: [] }))?.value as unknown);
  if (typeof name === 'string' && FILE_ID_COLUMNS.includes(name)) return name;
  env.cx.report(
    Diagnostics.invalidArgument(`FileProfile(): the file ID column is one of ${FILE_ID_COLUMNS.join(', ')}`, arg.span),
  );
  return undefined;
}

function recordLimit(arg: ExprNode, env: ExprEnv): number | undefined {
  const value = constantOf(compileExpression(arg, { ...env, columns: [] }))?.value;
  // The page documents 1–1000, yet published hunting queries pass more (FileProfile(SHA1, 10000) in Bert-JanP's and
  // SlimKQL's rules) and run in Defender: a larger count enriches the documented maximum.
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return Math.min(value, MAX_LIMIT);
  env.cx.report(
    Diagnostics.invalidArgument(
      `FileProfile(): the number of records to enrich is a whole-number constant of at least 1 (at most ${MAX_LIMIT} are enriched)`,
      arg.span,
    ),
  );
  return undefined;
}
