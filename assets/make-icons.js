#!/usr/bin/env node
// Draws the add-in's icons (an open book with a check mark on the ribbon's blue) as real PNG files,
// with nothing but Node's zlib: `node assets/make-icons.js`. The PNGs are committed; this script
// is how they were made and how to redraw them at another size.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1), painted in order; later shapes cover earlier ones.
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const PAGE_EDGE = [200, 222, 240];
const GOLD = [255, 185, 0];

function roundedSquare(x, y, r = 0.18) {
  const dx = Math.max(0, Math.abs(x - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(y - 0.5) - (0.5 - r));
  return dx * dx + dy * dy <= r * r;
}
// The two pages of an open book: quadrilaterals bowing towards the spine.
function inQuad(x, y, [ax, ay], [bx, by], [cx, cy], [dx, dy]) {
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const s = [side(ax, ay, bx, by), side(bx, by, cx, cy), side(cx, cy, dx, dy), side(dx, dy, ax, ay)];
  return s.every((v) => v >= 0) || s.every((v) => v <= 0);
}
const leftPage = (x, y) => inQuad(x, y, [0.14, 0.3], [0.48, 0.36], [0.48, 0.8], [0.14, 0.72]);
const rightPage = (x, y) => inQuad(x, y, [0.52, 0.36], [0.86, 0.3], [0.86, 0.72], [0.52, 0.8]);
function nearSegment(x, y, [ax, ay], [bx, by], w) {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x, py = ay + t * vy - y;
  return px * px + py * py <= w * w;
}
// The check mark sits over the right page, in gold so it reads at 16 px.
const check = (x, y, w) => nearSegment(x, y, [0.56, 0.55], [0.67, 0.66], w) || nearSegment(x, y, [0.67, 0.66], [0.88, 0.4], w);
// Lines of text on the left page (dropped at 16 px, where they would be noise).
const lines = (x, y) => [0.46, 0.55, 0.64].some((ly) => x > 0.2 && x < 0.42 && Math.abs(y - (ly + (x - 0.14) * 0.12)) < 0.018);

function colourAt(x, y, size) {
  if (!roundedSquare(x, y)) return null;
  const w = size <= 16 ? 0.075 : 0.055;
  if (check(x, y, w + (size <= 16 ? 0.03 : 0.025))) return check(x, y, w) ? GOLD : BLUE;
  if (leftPage(x, y) || rightPage(x, y)) {
    if (size > 16 && lines(x, y)) return PAGE_EDGE;
    return WHITE;
  }
  return BLUE;
}

function draw(size) {
  const ss = 4; // 4×4 supersampling for smooth edges
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      const i = (py * size + px) * 4;
      if (a) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  return png(size, out);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), draw(size));
}
console.log("icons written: 16, 32, 64, 80, 128 px");
