import type { LngLat } from './coordinates.ts';
import { gnomonicAround } from './gnomonic.ts';
import { s2 } from './s2-library.ts';
import type { PolygonRings } from './shapes.ts';

export type PlanePoint = [number, number];
/** A polygon in the plane: its rings (shell, then holes), each closed. */
export type PlanePolygon = PlanePoint[][];

/**
 * The plane a planar clipper works in for shapes on the sphere: their gnomonic projection, where geodesic edges are
 * straight, or longitude and latitude themselves for shapes too spread out to project. Points that were input
 * vertices come back as the very input coordinates.
 */
export class ClipPlane {
  private readonly inputs = new Map<string, LngLat>();
  private readonly projection;

  constructor(points: readonly LngLat[]) {
    this.projection = gnomonicAround(points);
  }

  toPlane(polygons: readonly PolygonRings[]): PlanePolygon[] {
    return polygons.map((polygon) =>
      polygon.map((ring) =>
        ring.map((point) => {
          const projected: PlanePoint = this.projection ? this.projection.project(point) : [point[0], point[1]];
          this.inputs.set(`${projected[0]},${projected[1]}`, point);
          return projected;
        }),
      ),
    );
  }

  toSphere(polygons: readonly PlanePolygon[]): PolygonRings[] {
    return polygons.map((polygon) => polygon.map((ring) => ring.map((point) => this.lngLat(point))));
  }

  /** The S2 leaf cell of a plane point, S2Builder's order of vertices. */
  cellId(point: PlanePoint): bigint {
    const [lng, lat] = this.lngLat(point);
    return s2().S2CellId.fromPoint(s2().S2LatLng.fromDegrees(lat, lng).toPoint()).id;
  }

  private lngLat(point: PlanePoint): LngLat {
    const input = this.inputs.get(`${point[0]},${point[1]}`);
    if (input) return input;
    return this.projection ? this.projection.unproject(point) : [point[0], point[1]];
  }
}
