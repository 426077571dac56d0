#!/usr/bin/env node
/*
 * Generates the add-in icons assets/icon-16.png, icon-32.png, icon-64.png and
 * icon-80.png (referenced from manifest.xml), with nothing but Node: pixels are
 * drawn into an RGBA buffer and encoded as PNG with node:zlib.
 *
 * The mark: a dark blue rounded square with a white table on it (a filled header
 * row, a ruled body of two rows and two columns), i.e. "a report table". Table
 * strokes are snapped to whole pixels for each size so they stay crisp at 16 px;
 * the rounded corners of the background are anti-aliased by supersampling.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/ at the repo root)
 * The output is deterministic for a given Node/zlib version.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80];
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

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const n of SIZES) {
    const file = path.join(outDir, `icon-${n}.png`);
    fs.writeFileSync(file, encodePng(n, n, drawIcon(n)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${n}x${n})`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, encodePng, SIZES };
