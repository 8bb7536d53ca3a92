// Draws images/icon.png (128x128): a page of minutes with a gavel-blue header and a tick.
// Run: node scripts/make-icon.mjs. No dependencies: the PNG is encoded here with zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 128, H = 128;
const px = new Uint8Array(W * H * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= W || y >= H) return;
  const i = (y * W + x) * 4;
  const al = a / 255, inv = 1 - al;
  px[i] = r * al + px[i] * inv; px[i + 1] = g * al + px[i + 1] * inv; px[i + 2] = b * al + px[i + 2] * inv; px[i + 3] = Math.max(px[i + 3], a);
};
const rect = (x0, y0, x1, y1, c) => { for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, c); };
const roundRect = (x0, y0, x1, y1, r, c) => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const dx = Math.max(x0 + r - x - 0.5, 0, x + 0.5 - (x1 - r)), dy = Math.max(y0 + r - y - 0.5, 0, y + 0.5 - (y1 - r));
    const d = Math.hypot(dx, dy);
    if (d <= r) set(x, y, d > r - 1 ? [...c.slice(0, 3), Math.round(255 * (r - d))] : c);
  }
};
const line = (x0, y0, x1, y1, w, c) => {
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const t = Math.max(0, Math.min(1, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2)));
    const d = Math.hypot(x - (x0 + t * (x1 - x0)), y - (y0 + t * (y1 - y0)));
    if (d < w / 2 + 0.5) set(x, y, [...c, Math.round(255 * Math.min(1, w / 2 + 0.5 - d))]);
  }
};
roundRect(14, 6, 114, 122, 10, [255, 255, 255]);          // the page
roundRect(14, 6, 114, 34, 10, [31, 78, 140]);             // header band
rect(14, 24, 114, 34, [31, 78, 140]);
for (const [y, w] of [[46, 70], [58, 82], [70, 60], [82, 76], [94, 50]]) roundRect(26, y, 26 + w, y + 5, 2, [160, 170, 185]);
line(70, 96, 84, 110, 9, [34, 150, 80]);                  // the tick
line(84, 110, 108, 80, 9, [34, 150, 80]);
// Outline of the page.
for (let y = 6; y < 122; y++) { set(14, y, [200, 205, 215]); set(113, y, [200, 205, 215]); }

const crc = (buf) => { let c, crc = 0xffffffff; for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; } return (crc ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) { raw[y * (W * 4 + 1)] = 0; Buffer.from(px.buffer, y * W * 4, W * 4).copy(raw, y * (W * 4 + 1) + 1); }
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync('images/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
console.log('wrote images/icon.png');
