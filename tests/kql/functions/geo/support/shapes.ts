/** GeoJSON builders for the geo function tests; coordinates as flat longitude, latitude lists keep them one line. */
export const path = (...lngLat: number[]): number[][] =>
  lngLat.flatMap((value, i) => (i % 2 === 0 ? [[value, lngLat[i + 1]]] : []));
export const polygon = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings });
export const lineString = (...lngLat: number[]) => ({ type: 'LineString', coordinates: path(...lngLat) });
/** A "polygon" whose ring has two positions: every polygon function answers null for it. */
export const notAPolygon = polygon(path(0, 0, 1, 1));
/** The triangle the S2 covering page uses: a sixth of a hemisphere, far too big for fine cells. */
export const continent = polygon(path(0, 0, 0, 50, 100, 50, 0, 0));
