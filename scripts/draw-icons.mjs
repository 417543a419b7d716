#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/ as real PNG files, without any image library:
 * shapes are rasterised with 4x4 supersampling and encoded by hand (IHDR / IDAT / IEND,
 * CRC-32 per chunk, deflate from node's zlib).
 *
 *   icon-{16,32,64,80,128}.png      KPI Tracker: a rising bar chart with a tick, Fluent blue tile
 *   validate-{16,32,80}.png         Validate button: a white tick on a Fluent green disc
 *
 * Run: node scripts/draw-icons.mjs   (the PNGs are committed; re-run only to change the art)
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "assets");

// ---------- PNG encoding ----------
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

/** rgba: Uint8Array of size*size*4, straight (non-premultiplied) alpha. */
export function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- shapes in unit coordinates (0..1, y down) ----------
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => roundedRect(x0, y0, x1, y1, 0);
const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A stroked polyline with round joins and caps. */
const polyline = (points, halfWidth) => (x, y) => {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth) return true;
  }
  return false;
};

const hex = (h, a = 255) => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
  a,
];

const FLUENT_BLUE = hex("#0F6CBD"); // Fluent 2 brand blue
const FLUENT_BLUE_DARK = hex("#0C3B5E");
const FLUENT_GREEN = hex("#107C10");
const WHITE = hex("#FFFFFF");
const TICK_GREEN = hex("#9FD89F");

/** Layers painted in order; later layers cover earlier ones. */
const KPI_ICON = [
  { shape: roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), color: FLUENT_BLUE },
  { shape: rect(0.14, 0.86, 0.86, 0.9), color: FLUENT_BLUE_DARK }, // baseline
  { shape: rect(0.16, 0.6, 0.31, 0.86), color: WHITE },
  { shape: rect(0.36, 0.46, 0.51, 0.86), color: WHITE },
  { shape: rect(0.56, 0.52, 0.71, 0.86), color: WHITE },
  // tick, top right, with a blue halo so it stays readable where it meets the bars
  {
    shape: polyline(
      [
        [0.5, 0.27],
        [0.62, 0.39],
        [0.86, 0.13],
      ],
      0.105,
    ),
    color: FLUENT_BLUE,
  },
  {
    shape: polyline(
      [
        [0.5, 0.27],
        [0.62, 0.39],
        [0.86, 0.13],
      ],
      0.055,
    ),
    color: TICK_GREEN,
  },
];

const VALIDATE_ICON = [
  { shape: disc(0.5, 0.5, 0.47), color: FLUENT_GREEN },
  {
    shape: polyline(
      [
        [0.27, 0.52],
        [0.43, 0.68],
        [0.74, 0.34],
      ],
      0.07,
    ),
    color: WHITE,
  },
];

function render(size, layers, samples = 4) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // accumulate premultiplied colour over the sub-samples
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let c = null;
          for (const layer of layers) if (layer.shape(x, y)) c = layer.color;
          if (c) {
            const alpha = c[3] / 255;
            r += c[0] * alpha;
            g += c[1] * alpha;
            b += c[2] * alpha;
            a += alpha;
          }
        }
      }
      const n = samples * samples;
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

mkdirSync(OUT, { recursive: true });
const outputs = [
  ...[16, 32, 64, 80, 128].map((size) => ({ name: `icon-${size}.png`, size, layers: KPI_ICON })),
  ...[16, 32, 80].map((size) => ({ name: `validate-${size}.png`, size, layers: VALIDATE_ICON })),
];
for (const { name, size, layers } of outputs) {
  const png = encodePng(size, size, render(size, layers));
  writeFileSync(join(OUT, name), png);
  console.log(`assets/${name}  ${size}x${size}  ${png.length} bytes`);
}
