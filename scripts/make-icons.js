// Draws the add-in's icons (a GPU-green square with three rising bars) as PNGs into assets/, with
// nothing but Node's zlib: the colour icon at every size Office and the app package ask for, and
// the package's outline icon (the same drawing in white lines on transparent). Run once after a
// change of the drawing: node scripts/make-icons.js
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const INSET = 0.06;
const BARS = [
  [0.18, 0.34, 0.62],
  [0.42, 0.58, 0.42],
  [0.66, 0.82, 0.2],
];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

/** The colour icon at (u, v) in [0, 1]²: white bars on the green square. */
function colorPixel(u, v) {
  if (u < INSET || u > 1 - INSET || v < INSET || v > 1 - INSET) return CLEAR;
  for (const [left, right, top] of BARS) {
    if (u >= left && u <= right && v >= top && v <= 0.84) return WHITE;
  }
  return [0x1f, 0x6f, 0x3c, 255];
}

/** The outline icon: the square's border and the bars in white, transparent elsewhere. */
function outlinePixel(u, v) {
  const line = 0.07;
  const inSquare = u >= INSET && u <= 1 - INSET && v >= INSET && v <= 1 - INSET;
  const onBorder =
    u < INSET + line || u > 1 - INSET - line || v < INSET + line || v > 1 - INSET - line;
  if (inSquare && onBorder) return WHITE;
  return colorPixel(u, v) === WHITE ? WHITE : CLEAR;
}

/** A size × size RGBA PNG of the drawing (colour or outline). */
function icon(size, drawing = colorPixel) {
  const pixel = (x, y) => drawing(x / size, y / size);
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x + 0.5, y + 0.5)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Every icon file in assets/: the colour icon by size, and the 32 × 32 outline. */
function icons() {
  const files = {};
  for (const size of [16, 32, 64, 80, 128, 192]) files[`icon-${size}.png`] = icon(size);
  files["icon-outline-32.png"] = icon(32, outlinePixel);
  return files;
}

if (require.main === module) {
  for (const [name, png] of Object.entries(icons())) {
    fs.writeFileSync(path.join(__dirname, "..", "assets", name), png);
  }
}

module.exports = { colorPixel, icon, icons, outlinePixel };
