import { asBool, asNumber } from '../values.ts';
import { defineAggregate } from './define.ts';

/**
 * covariance/covariancep (sample, n − 1, and population) and their -if forms
 * (covariance-aggregation-function.md, covariancep-…, covarianceif-…, covariancepif-…): rows
 * where either value is null are left out; the co-moment is updated as in Welford's method so
 * large groups stay exact. A group without pairs yields null; a sample of one yields 0.
 */
function covariance(name: string, population: boolean, conditional: boolean) {
  return defineAggregate({
    name,
    params: conditional ? ['number', 'number', 'bool'] : ['number', 'number'],
    result: 'real',
    defaultName: (names) => `${name}_${names[0] ?? ''}_${names[1] ?? ''}`,
    create: () => () => {
      let count = 0;
      let [meanX, meanY, coMoment] = [0, 0, 0];
      return {
        add: (values: readonly unknown[]) => {
          if (conditional && asBool(values[2]) !== true) return;
          const [x, y] = [asNumber(values[0]), asNumber(values[1])];
          if (x === null || y === null) return;
          count++;
          const deltaX = x - meanX;
          meanX += deltaX / count;
          meanY += (y - meanY) / count;
          coMoment += deltaX * (y - meanY);
        },
        result: () => {
          if (count === 0) return null;
          const divisor = population ? count : count - 1;
          return divisor === 0 ? 0 : coMoment / divisor;
        },
      };
    },
  });
}

export const covarianceAggregates = [
  covariance('covariance', false, false),
  covariance('covarianceif', false, true),
  covariance('covariancep', true, false),
  covariance('covariancepif', true, true),
];
