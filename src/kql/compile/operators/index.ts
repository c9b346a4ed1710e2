import { Diagnostics } from '../../diagnostics/index.ts';
import type { OperatorKind, OperatorNode } from '../../syntax/index.ts';
import { type ExprEnv, withColumns } from '../env.ts';
import { failedPlan, type TabularPlan } from '../plan.ts';
import { compileCount, compileGetSchema } from './count.ts';
import { compileDistinct } from './distinct.ts';
import { compileEvaluate } from './evaluate.ts';
import { compileExtend } from './extend.ts';
import { compileGraphMarkComponents, compileGraphMatch, compileGraphToTable, compileMakeGraph } from './graph.ts';
import { compileAs, compileInvoke } from './invoke.ts';
import { compileJoin, compileLookup } from './join.ts';
import { compileMakeSeries } from './make-series.ts';
import { compileMvApply } from './mv-apply.ts';
import { compileMvExpand } from './mv-expand.ts';
import { compileParse } from './parse.ts';
import { compileParseKv } from './parse-kv.ts';
import { compilePartition } from './partition.ts';
import { compileProject } from './project.ts';
import {
  compileProjectAway,
  compileProjectByNames,
  compileProjectRename,
  compileProjectReorder,
} from './project-columns.ts';
import { compileReduce } from './reduce.ts';
import { compileRender } from './render.ts';
import { compileScan } from './scan.ts';
import { compileSearch } from './search.ts';
import { compileSerialize } from './serialize.ts';
import { compileSort, compileTop } from './sort.ts';
import { compileSummarize } from './summarize.ts';
import { compileSample, compileTake } from './take.ts';
import { compileTopNested } from './top-nested.ts';
import { compileUnionOperator } from './union.ts';
import { compileWhere } from './where.ts';

/** Compiles one operator applied to `input`; `env.columns` is the input's schema. */
export type OperatorCompiler<K extends OperatorKind> = (
  input: TabularPlan,
  operator: Extract<OperatorNode, { kind: K }>,
  env: ExprEnv,
) => TabularPlan;

const COMPILERS = {
  WhereOperator: compileWhere,
  ExtendOperator: compileExtend,
  ProjectOperator: compileProject,
  ProjectAwayOperator: compileProjectAway,
  ProjectRenameOperator: compileProjectRename,
  ProjectReorderOperator: compileProjectReorder,
  SummarizeOperator: compileSummarize,
  JoinOperator: compileJoin,
  LookupOperator: compileLookup,
  UnionOperator: compileUnionOperator,
  SortOperator: compileSort,
  TopOperator: compileTop,
  TakeOperator: compileTake,
  DistinctOperator: compileDistinct,
  CountOperator: compileCount,
  MvExpandOperator: compileMvExpand,
  ParseOperator: compileParse,
  SerializeOperator: compileSerialize,
  MakeSeriesOperator: compileMakeSeries,
  AsOperator: compileAs,
  InvokeOperator: compileInvoke,
  GetSchemaOperator: compileGetSchema,
  SampleOperator: compileSample,
  MvApplyOperator: compileMvApply,
  RenderOperator: compileRender,
  SearchOperator: compileSearch,
  EvaluateOperator: compileEvaluate,
  ParseKvOperator: compileParseKv,
  ScanOperator: compileScan,
  ProjectByNamesOperator: compileProjectByNames,
  ReduceOperator: compileReduce,
  TopNestedOperator: compileTopNested,
  MakeGraphOperator: compileMakeGraph,
  GraphMatchOperator: compileGraphMatch,
  GraphMarkComponentsOperator: compileGraphMarkComponents,
  GraphToTableOperator: compileGraphToTable,
  PartitionOperator: compilePartition,
  UnsupportedOperator: (_input, operator, env) => {
    env.cx.report(Diagnostics.unsupportedOperator(operator.name, operator.span));
    return failedPlan();
  },
} satisfies { [K in OperatorKind]: OperatorCompiler<K> };

/** Compiles `input | operator`. Inputs that already failed (or are missing tables in a fuzzy union) pass through. */
export function compileOperator(input: TabularPlan, operator: OperatorNode, env: ExprEnv): TabularPlan {
  if (input.failed || input.missingTable !== undefined) return input;
  const compiler = COMPILERS[operator.kind] as OperatorCompiler<typeof operator.kind>;
  return compiler(input, operator as never, withColumns(env, input.schema));
}
