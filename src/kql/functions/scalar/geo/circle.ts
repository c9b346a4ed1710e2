import { asNumber } from '../../values.ts';
import type { LngLat } from './coordinates.ts';
import { EARTH_RADIUS_METERS } from './sphere.ts';

/**
 * The radius and tolerance arguments of geo_point_buffer, geo_line_buffer and geo_polygon_buffer (their pages word
 * them alike): a positive radius; a tolerance of 10 m by default, at least 0.0001% of the radius, and one above the
 * radius lowered to the largest below it.
 */
const DEFAULT_TOLERANCE = 10;
const MIN_RELATIVE_TOLERANCE = 1e-6;
const MIN_VERTICES = 4;

export interface BufferSize {
  readonly meters: number;
  readonly tolerance: number;
  /** Vertices of a circle of the radius whose chords stray at most the tolerance inside it. */
  readonly circleVertices: number;
}

/** The buffer size, or null when the radius or tolerance is invalid (the functions then return null). */
export function bufferSize(radius: unknown, tolerance?: unknown): BufferSize | null {
  const meters = asNumber(radius);
  const slack = tolerance === undefined ? DEFAULT_TOLERANCE : asNumber(tolerance);
  if (meters === null || !(meters > 0) || slack === null || !(slack >= meters * MIN_RELATIVE_TOLERANCE)) return null;
  const within = Math.min(slack, meters);
  // A chord of the circle strays r·(1 − cos(π/n)) inside it.
  const circleVertices = Math.max(MIN_VERTICES, Math.ceil(Math.PI / Math.acos(Math.max(0, 1 - within / meters))));
  return { meters, tolerance: within, circleVertices };
}

/** The point `meters` away from a start along the given bearing (radians clockwise from north), on the sphere. */
function destination([lng, lat]: LngLat, bearing: number, meters: number): LngLat {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lng * Math.PI) / 180;
  const delta = meters / EARTH_RADIUS_METERS;
  const phi2 = Math.asin(Math.sin(phi) * Math.cos(delta) + Math.cos(phi) * Math.sin(delta) * Math.cos(bearing));
  const lambda2 =
    lambda +
    Math.atan2(Math.sin(bearing) * Math.sin(delta) * Math.cos(phi), Math.cos(delta) - Math.sin(phi) * Math.sin(phi2));
  const wrapped = ((((lambda2 * 180) / Math.PI + 540) % 360) + 360) % 360;
  return [wrapped - 180, (phi2 * 180) / Math.PI];
}

/** Bearings closer than this (radians) are one: a band corner that nearly but not exactly meets a circle vertex
 * leaves the clipper a sliver it cannot close ("Unable to complete output ring"). */
const SAME_BEARING = 1e-9;

const TURN = 2 * Math.PI;

/**
 * The circle of a buffer's radius around a point, as a ring of geodesic edges: vertices at regular bearings, plus the
 * corners of the edge bands that meet there, so that each band shares its corners exactly with the circle.
 */
export class BufferCircle {
  private readonly bearings: number[];

  constructor(
    readonly center: LngLat,
    private readonly size: BufferSize,
  ) {
    this.bearings = Array.from({ length: size.circleVertices }, (_, k) => (TURN * k) / size.circleVertices);
  }

  /** The circle's point at a bearing (radians clockwise from north), made a vertex of the ring. */
  pointAt(bearing: number): LngLat {
    const wanted = ((bearing % TURN) + TURN) % TURN;
    const near = (other: number) => {
      const apart = Math.abs(other - wanted);
      return Math.min(apart, TURN - apart) < SAME_BEARING;
    };
    let vertex = this.bearings.find(near);
    if (vertex === undefined) {
      vertex = wanted;
      this.bearings.push(wanted);
    }
    return destination(this.center, vertex, this.size.meters);
  }

  /** The closed ring, counterclockwise (bearings decreasing) from north. */
  ring(): LngLat[] {
    const [north, ...rest] = [...this.bearings].sort((a, b) => a - b);
    const ring = [north, ...rest.reverse()].map((bearing) => destination(this.center, bearing, this.size.meters));
    return [...ring, ring[0]];
  }
}
