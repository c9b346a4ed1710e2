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
  private readonly scale: number;

  /**
   * `unitExtent` scales the plane so the shapes span about one unit: polyclip-ts fails to close output rings
   * ("Unable to complete output ring") for many overlapping shapes a few metres wide, whose projections are
   * around 1e-6, and closes them at unit size. Off by default so the other functions keep their exact vertices.
   */
  constructor(points: readonly LngLat[], unitExtent = false) {
    this.projection = gnomonicAround(points);
    this.scale = 1;
    const extent = unitExtent
      ? points.reduce((most, point) => Math.max(most, ...this.project(point).map(Math.abs)), 0)
      : 0;
    if (extent > 0 && Number.isFinite(extent)) this.scale = 1 / extent;
  }

  private project(point: LngLat): PlanePoint {
    const [x, y] = this.projection ? this.projection.project(point) : point;
    return [x * this.scale, y * this.scale];
  }

  toPlane(polygons: readonly PolygonRings[]): PlanePolygon[] {
    return polygons.map((polygon) =>
      polygon.map((ring) =>
        ring.map((point) => {
          const projected = this.project(point);
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
    const unscaled: PlanePoint = [point[0] / this.scale, point[1] / this.scale];
    return this.projection ? this.projection.unproject(unscaled) : unscaled;
  }
}
