import { binaryAllAggregates } from './aggregates/binary-all.ts';
import { buildschemaAggregates } from './aggregates/buildschema.ts';
import { collectionAggregates } from './aggregates/collections.ts';
import { countAggregates } from './aggregates/count.ts';
import { covarianceAggregates } from './aggregates/covariance.ts';
import { distinctCountAggregates } from './aggregates/distinct-count.ts';
import { extremeAggregates } from './aggregates/extremes.ts';
import { hllAggregates, hllScalars } from './aggregates/hll.ts';
import { statisticAggregates } from './aggregates/statistics.ts';
import { sumAvgAggregates } from './aggregates/sum-avg.ts';
import { takeAnyAggregates } from './aggregates/take-any.ts';
import { tdigestAggregates, tdigestScalars } from './aggregates/tdigest.ts';
import { weightedPercentileAggregates } from './aggregates/weighted-percentiles.ts';
import { registerAggregateFunction, registerScalarFunction } from './registry.ts';
import type { AggregateFunction, ScalarFunction } from './registry-types.ts';
import { arrayReshapeFunctions } from './scalar/array-reshape.ts';
import { bagFunctions } from './scalar/bag.ts';
import { binFunctions } from './scalar/bin.ts';
import { binaryEncodingFunctions } from './scalar/binary-encoding.ts';
import { bitwiseFunctions } from './scalar/bitwise.ts';
import { canonicalJsonFunctions } from './scalar/canonical-json.ts';
import { commandLineFunctions } from './scalar/command-line.ts';
import { conditionalFunctions } from './scalar/conditional.ts';
import { conversionFunctions } from './scalar/conversion.ts';
import { datetimeFunctions } from './scalar/datetime.ts';
import { dynamicFunctions } from './scalar/dynamic.ts';
import { geoFunctions } from './scalar/geo/functions.ts';
import { ipFunctions } from './scalar/ip.ts';
import { ipRangeFunctions } from './scalar/ip-ranges.ts';
import { jsonPathFunctions } from './scalar/json-path.ts';
import { mathFunctions } from './scalar/math.ts';
import { miscFunctions } from './scalar/misc.ts';
import { recordFunctions } from './scalar/records.ts';
import { seriesFunctions } from './scalar/series.ts';
import { seriesElementwiseFunctions } from './scalar/series-elementwise.ts';
import { seriesFilterFunctions } from './scalar/series-filters.ts';
import { seriesForecastFunctions } from './scalar/series-forecast.ts';
import { seriesPeriodFunctions } from './scalar/series-periods.ts';
import { seriesPolyFunctions } from './scalar/series-poly.ts';
import { seriesVectorFunctions } from './scalar/series-vectors.ts';
import { setSimilarityFunctions } from './scalar/set-similarity.ts';
import { specialMathFunctions } from './scalar/special-math.ts';
import { stringFunctions } from './scalar/string.ts';
import { regexStringFunctions } from './scalar/string-regex.ts';
import { textCodeFunctions } from './scalar/text-codes.ts';
import { textLookupFunctions } from './scalar/text-lookup.ts';
import { timeFormatFunctions } from './scalar/time-format.ts';
import { timeZoneFunctions } from './scalar/time-zone.ts';
import { unitConversionFunctions } from './scalar/unit-conversion.ts';
import { urlPathFunctions } from './scalar/url-path.ts';
import { userAgentFunctions } from './scalar/user-agent.ts';
import { versionAndSizeFunctions } from './scalar/version-and-size.ts';
import { xmlFunctions } from './scalar/xml.ts';

const scalarFamilies: readonly (readonly ScalarFunction[])[] = [
  conversionFunctions,
  conditionalFunctions,
  stringFunctions,
  regexStringFunctions,
  urlPathFunctions,
  datetimeFunctions,
  timeFormatFunctions,
  timeZoneFunctions,
  binFunctions,
  mathFunctions,
  specialMathFunctions,
  unitConversionFunctions,
  dynamicFunctions,
  arrayReshapeFunctions,
  bagFunctions,
  ipFunctions,
  ipRangeFunctions,
  seriesFunctions,
  seriesElementwiseFunctions,
  seriesFilterFunctions,
  seriesForecastFunctions,
  seriesPeriodFunctions,
  seriesPolyFunctions,
  seriesVectorFunctions,
  miscFunctions,
  xmlFunctions,
  jsonPathFunctions,
  bitwiseFunctions,
  hllScalars,
  tdigestScalars,
  textCodeFunctions,
  binaryEncodingFunctions,
  setSimilarityFunctions,
  canonicalJsonFunctions,
  commandLineFunctions,
  userAgentFunctions,
  textLookupFunctions,
  recordFunctions,
  versionAndSizeFunctions,
  geoFunctions,
];

const aggregateFamilies: readonly (readonly AggregateFunction[])[] = [
  countAggregates,
  distinctCountAggregates,
  sumAvgAggregates,
  extremeAggregates,
  collectionAggregates,
  statisticAggregates,
  takeAnyAggregates,
  hllAggregates,
  covarianceAggregates,
  binaryAllAggregates,
  weightedPercentileAggregates,
  tdigestAggregates,
  buildschemaAggregates,
];

/** Registers Kusto's built-in functions once, when the registry is first imported. */
for (const family of scalarFamilies) for (const definition of family) registerScalarFunction(definition);
for (const family of aggregateFamilies) for (const definition of family) registerAggregateFunction(definition);
