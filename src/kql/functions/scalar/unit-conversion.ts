import type * as UnitsNet from 'unitsnet-js';
import { defineScalar } from '../define.ts';
import { lazyModule } from '../lazy-module.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asNumber, asString } from '../values.ts';

/**
 * convert_angle, convert_energy, … (convert-length-function.md and its siblings): Kusto converts
 * with the .NET UnitsNet library and names units as UnitsNet does ('Meter', 'Foot',
 * 'DegreeCelsius'); unitsnet-js is its TypeScript port with the same unit names and factors.
 * Unit names match case-insensitively; an unknown unit or a value that is not a number gives null.
 */
interface Quantity {
  convert(unit: string): number;
}

const unitsNet = lazyModule<typeof UnitsNet>('unitsnet-js');

type QuantityName = 'Angle' | 'Energy' | 'Force' | 'Length' | 'Mass' | 'Speed' | 'Temperature' | 'Volume';

function converter(name: string, quantity: QuantityName): ScalarFunction {
  let byName: Map<string, string> | undefined;
  return defineScalar({
    name,
    params: ['number', 'string', 'string'],
    result: 'real',
    compile: () => (value, from, to) => {
      const library = unitsNet();
      byName ??= new Map(
        Object.values(library[`${quantity}Units`] as Record<string, string>).map((unit) => [unit.toLowerCase(), unit]),
      );
      const x = asNumber(value);
      const [source, target] = [byName.get(asString(from).toLowerCase()), byName.get(asString(to).toLowerCase())];
      if (x === null || source === undefined || target === undefined) return null;
      const Quantity = library[quantity] as unknown as new (value: number, unit: string) => Quantity;
      return new Quantity(x, source).convert(target);
    },
  });
}

export const unitConversionFunctions: readonly ScalarFunction[] = [
  converter('convert_angle', 'Angle'),
  converter('convert_energy', 'Energy'),
  converter('convert_force', 'Force'),
  converter('convert_length', 'Length'),
  converter('convert_mass', 'Mass'),
  converter('convert_speed', 'Speed'),
  converter('convert_temperature', 'Temperature'),
  converter('convert_volume', 'Volume'),
];
