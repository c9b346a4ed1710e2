import { describe, expect, it } from 'vitest';
import { callScalar, dyn } from '../support/helpers.ts';
import { notAPolygon, path, polygon } from './support/shapes.ts';

// geo-union-polygons-array-function.md, geo-intersection-2polygons-function.md, geo-polygon-area-function.md.
const left = polygon(path(0, 0, 0.02, 0, 0.02, 0.02, 0, 0.02, 0, 0));
const right = polygon(path(0.01, 0.01, 0.03, 0.01, 0.03, 0.03, 0.01, 0.03, 0.01, 0.01));
const far = polygon(path(1, 1, 1.01, 1, 1.01, 1.01, 1, 1));
const area = (shape: unknown) => callScalar('geo_polygon_area', dyn(shape)) as number;
/** Positions to 9 decimals, as the documented outputs agree with the engine's. */
const rounded = (...lngLat: number[]) => path(...lngLat).map((point) => point.map((value) => value.toFixed(9)));
const ringOf = (shape: unknown) =>
  (shape as { coordinates: number[][][] }).coordinates[0].map((point) => point.map((value) => value.toFixed(9)));

describe('polygon union and intersection', () => {
  it('unions overlapping polygons into one and keeps apart ones as a multipolygon', () => {
    const union = callScalar('geo_union_polygons_array', dyn([left, right])) as {
      type: string;
      coordinates: number[][][];
    };
    expect(union.type).toBe('Polygon');
    expect(union.coordinates[0]).toHaveLength(9);
    expect((callScalar('geo_union_polygons_array', dyn([left, far])) as { type: string }).type).toBe('MultiPolygon');
    expect(callScalar('geo_union_polygons_array', dyn([left, notAPolygon]))).toBeNull();
    const overlappingParts = { type: 'MultiPolygon', coordinates: [left.coordinates, right.coordinates] };
    expect((callScalar('geo_union_polygons_array', dyn([overlappingParts])) as { type: string }).type).toBe('Polygon');
  });

  it('intersects to the shared square, or to an empty collection', () => {
    const shared = callScalar('geo_intersection_2polygons', dyn(left), dyn(right));
    expect(area(shared)).toBeCloseTo(
      area(polygon(path(0.01, 0.01, 0.02, 0.01, 0.02, 0.02, 0.01, 0.02, 0.01, 0.01))),
      0,
    );
    expect(callScalar('geo_intersection_2polygons', dyn(left), dyn(far))).toEqual({
      type: 'GeometryCollection',
      geometries: [],
    });
    expect(callScalar('geo_intersection_2polygons', dyn(left), dyn(notAPolygon))).toBeNull();
  });

  it('cuts geodesic edges where they cross, not straight lines of longitude and latitude', () => {
    // geo-intersection-2polygons-function.md: the edge from (2,45) to (0,45) bulges north of latitude 45.
    const triangle = polygon(path(2, 45, 0, 45, 1, 44, 2, 45));
    const sliver = polygon(path(1.192, 45.265, 1.005, 44.943, 1.356, 44.937, 1.192, 45.265));
    const shared = callScalar('geo_intersection_2polygons', dyn(triangle), dyn(sliver)) as {
      coordinates: number[][][];
    };
    const crossings = shared.coordinates[0].slice(1).filter(([, lat]) => lat > 45);
    expect(crossings.map(([lng, lat]) => [lng.toFixed(9), lat.toFixed(9)]).sort()).toEqual([
      ['1.040456537', '45.004356403'],
      ['1.322707553', '45.003909145'],
    ]);
  });

  it('starts and orders rings as S2 does: the highest input edge last (geo-union-polygons-array-function.md)', () => {
    const park = polygon(path(-73.9495, 40.7969, -73.95807, 40.80068, -73.98201, 40.76825, -73.97317, 40.76455));
    park.coordinates[0].push([-73.9495, 40.7969]);
    const triangle = polygon(path(-73.94622, 40.79249, -73.96888, 40.79282, -73.9577, 40.7789, -73.94622, 40.79249));
    const west = polygon(path(-73.97335, 40.77274, -73.9936, 40.7663, -73.97171, 40.75655, -73.97335, 40.77274));
    expect(ringOf(callScalar('geo_union_polygons_array', dyn([park, triangle])))).toEqual(
      rounded(
        ...[-73.9495, 40.7969, -73.95807, 40.80068, -73.9639277517478, 40.792748258673875, -73.96888, 40.79282],
        ...[-73.9662719791645, 40.7895734224338, -73.98201, 40.76825, -73.97317, 40.76455],
        ...[-73.960302383706178, 40.782140794645024, -73.9577, 40.7789, -73.94622, 40.79249],
        ...[-73.9526593223173, 40.792584227716468, -73.9495, 40.7969],
      ),
    );
    // Three shapes: the two smallest (the triangles) are unioned first, the park then joins them.
    expect(ringOf(callScalar('geo_union_polygons_array', dyn([park, triangle, west])))[0]).toEqual(
      rounded(-73.972599326729608, 40.765330371902991)[0],
    );
  });

  it('intersects with the ring ending on the second polygon (geo-intersection-2polygons-function.md)', () => {
    const a = polygon(path(-73.9630937576294, 40.77498840732385, -73.963565826416, 40.774383111780914));
    a.coordinates[0].push(
      [-73.96205306053162, 40.773745311181585],
      [-73.96160781383514, 40.7743912365898],
      [-73.9630937576294, 40.77498840732385],
    );
    const b = polygon(path(-73.96213352680206, 40.775045280447145, -73.9631313085556, 40.774578106920345));
    b.coordinates[0].push([-73.96207988262177, 40.77416780398293], [-73.96213352680206, 40.775045280447145]);
    expect(ringOf(callScalar('geo_intersection_2polygons', dyn(a), dyn(b)))).toEqual(
      rounded(
        ...[-73.962105776437156, 40.774591360999679, -73.962642403166868, 40.774807020251778],
        ...[-73.9631313085556, 40.774578106920352, -73.962079882621765, 40.774167803982927],
        ...[-73.962105776437156, 40.774591360999679],
      ),
    );
  });

  it('includes where the boundaries only touch: polygons contain their boundary (geo-intersection-2polygons-function.md)', () => {
    const triangle = polygon(path(2, 45, 0, 45, 1, 44, 2, 45));
    const touching = polygon(path(3, 44, 2, 45, 2, 43, 3, 44));
    expect(callScalar('geo_intersection_2polygons', dyn(triangle), dyn(touching))).toEqual({
      type: 'Point',
      coordinates: [2, 45],
    });
    const sliver = path(1.192, 45.265, 1.005, 44.943, 1.356, 44.937, 1.192, 45.265);
    const both = { type: 'MultiPolygon', coordinates: [touching.coordinates, [sliver]] };
    const collection = callScalar('geo_intersection_2polygons', dyn(triangle), dyn(both)) as {
      geometries: { type: string }[];
    };
    expect(collection.geometries.map((g) => g.type)).toEqual(['Point', 'Polygon']);
    const below = polygon(path(0, -0.01, 0.02, -0.01, 0.02, 0, 0, 0, 0, -0.01));
    expect((callScalar('geo_intersection_2polygons', dyn(left), dyn(below)) as { type: string }).type).toBe(
      'LineString',
    );
  });

  it('measures a multipolygon as the union of its parts', () => {
    const overlapping = { type: 'MultiPolygon', coordinates: [left.coordinates, right.coordinates] };
    const union = callScalar('geo_union_polygons_array', dyn([left, right]));
    expect(area(overlapping)).toBeCloseTo(area(union), 3);
    expect(area(overlapping)).toBeLessThan(area(left) + area(right));
  });

  it('gives the documented area and perimeter of overlapping parts (geo-polygon-area/perimeter-function.md)', () => {
    const first = [-73.9495, 40.7969, -73.95807266235352, 40.80068603561921, -73.98201942443848, 40.76825672305777];
    const second = [-73.94262313842773, 40.775991804565585, -73.98107528686523, 40.791849155467695];
    const overlapping = {
      type: 'MultiPolygon',
      coordinates: [
        [path(...first, -73.97317886352539, 40.76455136505513, -73.9495, 40.7969)],
        [
          path(
            ...second,
            -73.99600982666016,
            40.77092185281977,
            -73.96150588989258,
            40.75609977566361,
            ...second.slice(0, 2),
          ),
        ],
      ],
    };
    expect(area(overlapping)).toBeCloseTo(10889971.5343487, 3);
    expect(callScalar('geo_polygon_perimeter', dyn(overlapping))).toBeCloseTo(15943.5384578745, 5);
  });
});

// geo-union-lines-array-function.md, geo-simplify-polygons-array-function.md.
describe('arrays of lines and polygons', () => {
  const line = (...lngLat: number[]) => ({ type: 'LineString', coordinates: path(...lngLat) });

  it('joins lines that share edges into one line, each edge once', () => {
    const union = callScalar(
      'geo_union_lines_array',
      dyn([line(0, 0, 1, 1, 2, 0), line(1, 1, 2, 0, 3, 1), line(1, 1, 2, 0)]),
    );
    expect(union).toEqual({ type: 'LineString', coordinates: path(0, 0, 1, 1, 2, 0, 3, 1) });
    const apart = callScalar('geo_union_lines_array', dyn([line(0, 0, 1, 1), line(5, 5, 6, 6)])) as { type: string };
    expect(apart.type).toBe('MultiLineString');
    expect(callScalar('geo_union_lines_array', dyn([line(0, 0, 1, 1), line(1, 1)]))).toBeNull();
  });

  it('unions polygons and simplifies the result; null when all collapse or one is invalid', () => {
    const simplified = callScalar('geo_simplify_polygons_array', dyn([left, right])) as { type: string };
    expect(simplified.type).toBe('Polygon');
    expect(callScalar('geo_simplify_polygons_array', dyn([left, right]), dyn(100_000))).toBeNull();
    expect(callScalar('geo_simplify_polygons_array', dyn([left, notAPolygon]))).toBeNull();
  });
});
