#!/usr/bin/env node
/*
 * Generates the icons manifest.xml refers to, at 16, 20, 32, 64 and 80 px, with nothing
 * but Node (offline): pixels are drawn into an RGBA buffer and encoded as PNG with node:zlib.
 *
 *   assets/icon-N.png      the add-in (IconUrl, HighResolutionIconUrl, the ribbon group): a white
 *                          report table (filled header row, two ruled rows, two columns) on a dark
 *                          blue rounded square; strokes snapped to whole pixels so they stay crisp
 *   assets/open-N.png      the Öppna button: a window with the task pane filled on its right
 *   assets/validate-N.png  the Validera button: a check mark
 *
 * The rounded corners and the check mark are anti-aliased by supersampling.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/ at the repo root)
 * The output is deterministic for a given Node/zlib version.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 20, 32, 64, 80];
const BLUE = [0x1b, 0x3a, 0x6b]; // dark blue background
const WHITE = [0xff, 0xff, 0xff];

/** CRC-32 (IEEE) as used by PNG chunks. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** Encodes an RGBA buffer (width*height*4 bytes) as an 8-bit RGBA PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Is the point (x, y) inside the rounded square [0, n] x [0, n] with corner radius r? */
function insideRoundedSquare(x, y, n, r) {
  const cx = Math.min(Math.max(x, r), n - r);
  const cy = Math.min(Math.max(y, r), n - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

/** Draws the icon at n x n pixels; returns the RGBA buffer. */
function drawIcon(n) {
  const rgba = Buffer.alloc(n * n * 4);
  const radius = n * 0.2;
  const ss = 8; // supersamples per axis for the background's rounded corners

  // White table, in whole pixels: [left, right) x [top, bottom).
  const inset = Math.round(n * 0.2);
  const left = inset;
  const right = n - inset;
  const top = inset;
  const bottom = n - inset;
  const stroke = Math.max(1, Math.round(n / 16));
  let headerBottom = top + Math.max(stroke + 1, Math.round((bottom - top) * 0.3));
  // The body (between header and bottom edge) holds two rows and one rule: keep the rows equal.
  if ((bottom - stroke - headerBottom - stroke) % 2 !== 0) headerBottom -= 1;
  const bodyMid = headerBottom + (bottom - stroke - headerBottom - stroke) / 2;
  const colLine = left + Math.round((right - left) * 0.4 - stroke / 2);

  const isTable = (x, y) => {
    if (x < left || x >= right || y < top || y >= bottom) return false;
    if (y < headerBottom) return true; // filled header row
    if (x < left + stroke || x >= right - stroke) return true; // outer verticals
    if (y >= bottom - stroke) return true; // bottom edge
    if (y >= bodyMid && y < bodyMid + stroke) return true; // row rule
    if (x >= colLine && x < colLine + stroke) return true; // column rule
    return false;
  };

  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      let hits = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          if (insideRoundedSquare(x + (sx + 0.5) / ss, y + (sy + 0.5) / ss, n, radius)) hits++;
        }
      }
      const coverage = hits / (ss * ss);
      const colour = isTable(x, y) ? WHITE : BLUE;
      const i = (y * n + x) * 4;
      rgba[i] = colour[0];
      rgba[i + 1] = colour[1];
      rgba[i + 2] = colour[2];
      rgba[i + 3] = Math.round(coverage * 255);
    }
  }
  return rgba;
}

/**
 * Draws an icon from a paint function over continuous coordinates in [0, n): paint(x, y) is true
 * where the white mark is. Every pixel is supersampled ss x ss for the mark and the rounded background.
 */
function drawSampled(n, paint, ss = 8) {
  const rgba = Buffer.alloc(n * n * 4);
  const radius = n * 0.2;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = x + (sx + 0.5) / ss;
          const py = y + (sy + 0.5) / ss;
          if (!insideRoundedSquare(px, py, n, radius)) continue;
          inside++;
          if (paint(px, py)) white++;
        }
      }
      const i = (y * n + x) * 4;
      const t = inside ? white / inside : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * t);
      rgba[i + 3] = Math.round((inside / (ss * ss)) * 255);
    }
  }
  return rgba;
}

/** The Öppna button: a window outline with the task pane (its right part) filled. */
function drawOpen(n) {
  const inset = Math.round(n * 0.2);
  const stroke = Math.max(1, Math.round(n / 16));
  const left = inset;
  const right = n - inset;
  const top = inset;
  const bottom = n - inset;
  const pane = right - Math.round((right - left) * 0.4);
  return drawSampled(n, (x, y) => {
    if (x < left || x >= right || y < top || y >= bottom) return false;
    if (x >= pane) return true; // the task pane
    return x < left + stroke || y < top + stroke || y >= bottom - stroke; // the window's frame
  });
}

/** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The Validera button: a thick check mark. */
function drawValidate(n) {
  const half = Math.max(0.9, n * 0.075);
  const a = [n * 0.24, n * 0.52];
  const b = [n * 0.42, n * 0.7];
  const c = [n * 0.76, n * 0.3];
  return drawSampled(n, (x, y) => segmentDistance(x, y, a[0], a[1], b[0], b[1]) <= half || segmentDistance(x, y, b[0], b[1], c[0], c[1]) <= half);
}

/** Every icon file: name prefix and how it is drawn. */
const ICONS = { icon: drawIcon, open: drawOpen, validate: drawValidate };

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, draw] of Object.entries(ICONS)) {
    for (const n of SIZES) {
      const file = path.join(outDir, `${name}-${n}.png`);
      fs.writeFileSync(file, encodePng(n, n, draw(n)));
      console.log(`wrote ${path.relative(process.cwd(), file)} (${n}x${n})`);
    }
  }
}

if (require.main === module) main();

module.exports = { drawIcon, drawOpen, drawValidate, encodePng, ICONS, SIZES };
