import {
  Angle,
  AngleUnits,
  Energy,
  EnergyUnits,
  Force,
  ForceUnits,
  Length,
  LengthUnits,
  Mass,
  MassUnits,
  Speed,
  SpeedUnits,
  Temperature,
  TemperatureUnits,
  Volume,
  VolumeUnits,
} from 'unitsnet-js';
import { defineScalar } from '../define.ts';
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

function converter<Unit extends string>(
  name: string,
  units: Record<string, Unit>,
  make: (value: number, unit: Unit) => Quantity,
): ScalarFunction {
  const byName = new Map(Object.values(units).map((unit) => [unit.toLowerCase(), unit]));
  return defineScalar({
    name,
    params: ['number', 'string', 'string'],
    result: 'real',
    compile: () => (value, from, to) => {
      const x = asNumber(value);
      const [source, target] = [byName.get(asString(from).toLowerCase()), byName.get(asString(to).toLowerCase())];
      return x === null || source === undefined || target === undefined ? null : make(x, source).convert(target);
    },
  });
}

export const unitConversionFunctions: readonly ScalarFunction[] = [
  converter('convert_angle', AngleUnits, (value, unit) => new Angle(value, unit)),
  converter('convert_energy', EnergyUnits, (value, unit) => new Energy(value, unit)),
  converter('convert_force', ForceUnits, (value, unit) => new Force(value, unit)),
  converter('convert_length', LengthUnits, (value, unit) => new Length(value, unit)),
  converter('convert_mass', MassUnits, (value, unit) => new Mass(value, unit)),
  converter('convert_speed', SpeedUnits, (value, unit) => new Speed(value, unit)),
  converter('convert_temperature', TemperatureUnits, (value, unit) => new Temperature(value, unit)),
  converter('convert_volume', VolumeUnits, (value, unit) => new Volume(value, unit)),
];
