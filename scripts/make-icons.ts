// Generates appPackage/color.png (192×192, full colour) and appPackage/outline.png
// (32×32, white on transparent). The PNGs are committed; rerun only to change the design:
//   npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

/** An RGBA colour, each channel 0–255. */
export type Rgba = readonly [number, number, number, number];

const RED: Rgba = [218, 37, 29, 255]; // the accent colour #DA251D
const GOLD: Rgba = [255, 205, 0, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

// Samples per pixel side: 4×4 supersampling gives smooth (anti-aliased) edges.
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes width×height RGBA pixels (row-major, 4 bytes each) as an 8-bit RGBA PNG (colour type 6). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`encodePng: expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    // Each scanline starts with filter type 0 (None).
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A shape in unit coordinates: (0,0) top-left, (1,1) bottom-right. */
type Shape = (x: number, y: number) => boolean;

function star(cx: number, cy: number, outer: number, inner: number): Shape {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
  });
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
      const [xi, yi] = points[i] ?? [0, 0];
      const [xj, yj] = points[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function ring(cx: number, cy: number, inner: number, outer: number): Shape {
  return (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d >= inner && d <= outer;
  };
}

/** Paints layers (last wins) over a background with supersampled coverage; returns RGBA bytes. */
function render(size: number, background: Rgba, layers: ReadonlyArray<readonly [Shape, Rgba]>): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let colour = background;
          for (const [shape, fill] of layers) if (shape(x, y)) colour = fill;
          // Premultiplied accumulation so transparent samples do not darken edges.
          const a = colour[3] / 255;
          acc[0] = (acc[0] ?? 0) + colour[0] * a;
          acc[1] = (acc[1] ?? 0) + colour[1] * a;
          acc[2] = (acc[2] ?? 0) + colour[2] * a;
          acc[3] = (acc[3] ?? 0) + a;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = (acc[3] ?? 0) / n;
      const i = (py * size + px) * 4;
      out[i] = alpha > 0 ? Math.round((acc[0] ?? 0) / n / alpha) : 0;
      out[i + 1] = alpha > 0 ? Math.round((acc[1] ?? 0) / n / alpha) : 0;
      out[i + 2] = alpha > 0 ? Math.round((acc[2] ?? 0) / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

/** The 192×192 colour icon: a gold star inside a gold ring on a red field. */
export function renderColorIcon(): Buffer {
  const size = 192;
  return encodePng(size, size, render(size, RED, [
    [ring(0.5, 0.5, 0.36, 0.41), GOLD],
    [star(0.5, 0.515, 0.3, 0.12), GOLD],
  ]));
}

/** The 32×32 outline icon: the same emblem in white on a transparent background. */
export function renderOutlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, size, render(size, CLEAR, [
    [ring(0.5, 0.5, 0.38, 0.47), WHITE],
    [star(0.5, 0.52, 0.3, 0.125), WHITE],
  ]));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = fileURLToPath(new URL('../appPackage/', import.meta.url));
  writeFileSync(`${dir}color.png`, renderColorIcon());
  writeFileSync(`${dir}outline.png`, renderOutlineIcon());
  console.log(`Đã tạo biểu tượng / icons written: ${dir}color.png, ${dir}outline.png`);
}
