import { createRequire } from 'node:module';
import { HuntError } from '../errors.ts';

/** The structural slice of @kusto/language-service-next that the linter uses (globals installed by Bridge.NET). */
export interface KustoDiagnostic {
  readonly Code: string | null;
  readonly Severity: string | null;
  readonly Message: string | null;
  readonly Start: number;
  readonly Length: number;
}

interface DotNetList<T> {
  readonly Count: number;
  getItem(index: number): T;
}

interface KustoCode {
  GetDiagnostics(): DotNetList<KustoDiagnostic>;
  /** The query's output schema (a TableSymbol) when it binds; absent for scalar or broken queries. */
  readonly ResultType: { readonly Columns?: DotNetList<{ readonly Name: string }> } | null;
}

export interface KustoGlobals {
  readonly __brand?: 'KustoGlobals';
}

interface KustoNamespace {
  Language: {
    GlobalState: { Default: { WithDatabase(database: unknown): KustoGlobals } };
    KustoCode: { ParseAndAnalyze(text: string, globals: KustoGlobals): KustoCode };
    Symbols: {
      TableSymbol: {
        $ctor7: new (name: string, schema: string, description: string) => { WithIsOpen(isOpen: boolean): unknown };
      };
      ScalarTypes: { GetSymbol(typeName: string): unknown };
      Parameter: { $ctor2: new (name: string, type: unknown) => unknown };
      /** `(name, "(p:type=default, …)", "{ body }", description)`. */
      FunctionSymbol: {
        $ctor16: new (name: string, parameters: string, body: string, description: string) => unknown;
        /** `(name, result type, parameters)`. */
        $ctor5: new (
          name: string,
          returnType: unknown,
          parameters: unknown[],
        ) => unknown;
      };
      DatabaseSymbol: { $ctor1: new (name: string, members: unknown[], isOpen: boolean) => unknown };
    };
  };
}

let kusto: KustoNamespace | undefined;

/**
 * Loads Microsoft's Kusto parser and binder on first use (it costs seconds). The Bridge.NET runtime must
 * be required before the Kusto file, and each exactly once: a second load throws "already defined".
 */
export function loadKusto(): KustoNamespace {
  if (kusto) return kusto;
  const globals = globalThis as { Kusto?: KustoNamespace };
  if (!globals.Kusto) {
    try {
      const require = createRequire(import.meta.url);
      require('@kusto/language-service-next/bridge.min.js');
      require('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
    } catch (error) {
      throw new HuntError('huntops_hunt_lint_unavailable', 'The KQL language service could not be loaded.', {
        cause: error,
      });
    }
  }
  kusto = globals.Kusto as KustoNamespace;
  return kusto;
}

/** A stored function to declare: its parameter list, `(p:type=default, …)`, and its body, `{ … }`. */
export interface KustoFunction {
  readonly parameters: string;
  readonly body: string;
}

/**
 * A function whose result has the given `(Col:type, …)` columns and may have others nobody can know before the
 * query runs. Its result is an open table: the analyzer binds any further column name without complaint.
 */
export interface KustoOpenFunction {
  readonly parameters: readonly { readonly name: string; readonly type: string }[];
  readonly knownColumns: string;
}

/**
 * Builds analyzer globals declaring the given tables, each as a `(Col:type, …)` schema string, and the given
 * functions (the ASIM parsers, the service functions the engine runs).
 */
export function createKustoGlobals(
  tables: Readonly<Record<string, string>>,
  functions: Readonly<Record<string, KustoFunction | KustoOpenFunction>> = {},
): KustoGlobals {
  const { Symbols, GlobalState } = loadKusto().Language;
  const symbols = [
    ...Object.entries(tables).map(([name, schema]) => new Symbols.TableSymbol.$ctor7(name, schema, '')),
    ...Object.entries(functions).map(([name, declaration]) =>
      'body' in declaration
        ? new Symbols.FunctionSymbol.$ctor16(name, declaration.parameters, declaration.body, '')
        : new Symbols.FunctionSymbol.$ctor5(
            name,
            new Symbols.TableSymbol.$ctor7('', declaration.knownColumns, '').WithIsOpen(true),
            declaration.parameters.map(
              ({ name, type }) => new Symbols.Parameter.$ctor2(name, Symbols.ScalarTypes.GetSymbol(type)),
            ),
          ),
    ),
  ];
  return GlobalState.Default.WithDatabase(new Symbols.DatabaseSymbol.$ctor1('huntops', symbols, false));
}

export interface KustoAnalysis {
  readonly diagnostics: KustoDiagnostic[];
  /** Names of the result columns, or undefined when the analyzer could not determine a tabular result. */
  readonly resultColumns?: string[];
}

/** Parses and binds `text`, returning the analyzer's diagnostics and the result's column names. */
export function analyze(text: string, globals: KustoGlobals): KustoAnalysis {
  const code = loadKusto().Language.KustoCode.ParseAndAnalyze(text, globals);
  const columns = code.ResultType?.Columns;
  return {
    diagnostics: toArray(code.GetDiagnostics()),
    resultColumns: columns ? toArray(columns).map((column) => column.Name) : undefined,
  };
}

function toArray<T>(list: DotNetList<T>): T[] {
  return Array.from({ length: list.Count }, (_, index) => list.getItem(index));
}
