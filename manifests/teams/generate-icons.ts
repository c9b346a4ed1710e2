// Draws the Teams app icons (a magnifier: "hunt") as real PNGs. Run: npx tsx manifests/teams/generate-icons.ts
// color.png is 192x192 full colour; outline.png is 32x32 white on transparent, as Teams requires.
import { writeFileSync } from 'node:fs';
import { encode } from 'fast-png';

export const ACCENT = { r: 0x1f, g: 0x3a, b: 0x5f };

/** Coverage (0..1) of the magnifier at (x, y) in unit coordinates, from its distance to the ring and the handle. */
function coverage(x: number, y: number, pixel: number): number {
  const ring = Math.abs(Math.hypot(x - 0.42, y - 0.42) - 0.22) - 0.055;
  // Handle: a thick segment from the ring's lower-right edge towards the corner.
  const [ax, ay, bx, by] = [0.58, 0.58, 0.8, 0.8];
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  const handle = Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - 0.07;
  const distance = Math.min(ring, handle);
  // Anti-aliasing: fade over one pixel across the edge.
  return Math.max(0, Math.min(1, 0.5 - distance / pixel));
}

function draw(size: number, paint: (alpha: number) => [number, number, number, number]): Uint8Array {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      data.set(paint(coverage((x + 0.5) / size, (y + 0.5) / size, 1 / size)), (y * size + x) * 4);
    }
  }
  return encode({ width: size, height: size, data, channels: 4, depth: 8 });
}

export function drawIcons(): { color: Uint8Array; outline: Uint8Array } {
  const mix = (from: number, alpha: number) => Math.round(from + (255 - from) * alpha);
  return {
    color: draw(192, (alpha) => [mix(ACCENT.r, alpha), mix(ACCENT.g, alpha), mix(ACCENT.b, alpha), 255]),
    outline: draw(32, (alpha) => [255, 255, 255, Math.round(alpha * 255)]),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const icons = drawIcons();
  writeFileSync(new URL('color.png', import.meta.url), icons.color);
  writeFileSync(new URL('outline.png', import.meta.url), icons.outline);
}
