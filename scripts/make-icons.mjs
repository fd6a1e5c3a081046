// Draws the toolbar icons (a white leaf on a teal rounded square) into public/icons/.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Coverage of a pixel by a shape, with 4x4 supersampling for smooth edges.
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function icon(x, y, size) {
  const s = size;
  const radius = s * 0.22;
  const inSquare = (px, py) => {
    const cx = Math.min(Math.max(px, radius), s - radius);
    const cy = Math.min(Math.max(py, radius), s - radius);
    return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
  };
  // A leaf: the intersection of two discs, tilted 45 degrees, plus a short stem.
  const inLeaf = (px, py) => {
    const u = (px - s / 2) / s,
      v = (py - s / 2) / s;
    const a = (u + v) / Math.SQRT2,
      b = (v - u) / Math.SQRT2;
    const r = 0.36,
      off = 0.2;
    const leaf = a ** 2 + (b - off) ** 2 <= r ** 2 && a ** 2 + (b + off) ** 2 <= r ** 2;
    const stem = Math.abs(b) < 0.035 && a > 0.2 && a < 0.4;
    return leaf || stem;
  };
  const square = coverage(x, y, inSquare);
  const leaf = coverage(x, y, inLeaf);
  const teal = [10, 124, 102];
  const color = teal.map((c) => Math.round(c * (1 - leaf) + 255 * leaf));
  return [...color, Math.round(255 * square)];
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size, icon));
