// Shrinks a PNG screenshot for the README without any image tool: decodes the 8-bit RGB/RGBA PNG that Chromium
// writes, reduces it to a 256-colour palette (the most frequent exact colours, median cut and k-means for the
// antialiasing shades; no dithering, so UI text stays crisp) and writes an indexed PNG. A 1400x900 workbench screenshot goes from ~250 KB to well under 200 KB.
'use strict';
const zlib = require('zlib');

const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG to { width, height, rgb } (alpha dropped: screenshots are opaque). */
function decode(buf) {
  if (!buf.subarray(0, 8).equals(SIG)) throw new Error('not a PNG');
  let pos = 8; let width = 0; let height = 0; let colorType = -1; const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4);
      const depth = data[8]; colorType = data[9];
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${data[12]})`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[row + x - bpp] : 0;
      const b = y > 0 ? px[row - stride + x] : 0;
      const c = x >= bpp && y > 0 ? px[row - stride + x - bpp] : 0;
      let v = raw[src + x];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c; const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      px[row + x] = v & 0xff;
    }
  }
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < px.length; i += bpp, j += 3) { rgb[j] = px[i]; rgb[j + 1] = px[i + 1]; rgb[j + 2] = px[i + 2]; }
  return { width, height, rgb };
}

/** Weighted squared distance between two colours (green counts most, as the eye sees it). */
function dist(r, g, b, p) {
  return 2 * (p[0] - r) ** 2 + 4 * (p[1] - g) ** 2 + 3 * (p[2] - b) ** 2;
}

/**
 * A palette of at most `max` colours for the histogram (Map rgb24 → count): the most frequent exact colours
 * (backgrounds, text, icons: a UI has few), then median cut over the rest (antialiasing shades), then a few k-means
 * (Lloyd) rounds weighted by pixel count. Returns [[r, g, b], ...].
 */
function buildPalette(hist, max) {
  const colors = [...hist.entries()].map(([c, n]) => ({ r: c >> 16, g: (c >> 8) & 0xff, b: c & 0xff, n })).sort((x, y) => y.n - x.n);
  const exact = colors.slice(0, Math.floor(max * 0.6));
  const rest = colors.slice(exact.length);
  const palette = exact.map((c) => [c.r, c.g, c.b]);
  const boxes = rest.length ? [rest] : [];
  const spread = (box, ch) => { let lo = 255; let hi = 0; for (const c of box) { if (c[ch] < lo) lo = c[ch]; if (c[ch] > hi) hi = c[ch]; } return hi - lo; };
  while (boxes.length > 0 && boxes.length < max - palette.length) {
    let best = -1; let bestScore = 0; let bestCh = 'r';
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      for (const ch of ['r', 'g', 'b']) { const s = spread(box, ch); if (s > bestScore) { bestScore = s; best = i; bestCh = ch; } }
    });
    if (best < 0) break;
    const box = boxes[best].sort((x, y) => x[bestCh] - y[bestCh]);
    const cut = box.length >> 1;
    boxes.splice(best, 1, box.slice(0, cut), box.slice(cut));
  }
  for (const box of boxes) {
    let r = 0; let g = 0; let b = 0; let n = 0;
    for (const c of box) { r += c.r * c.n; g += c.g * c.n; b += c.b * c.n; n += c.n; }
    palette.push([Math.round(r / n), Math.round(g / n), Math.round(b / n)]);
  }
  for (let round = 0; round < 4; round++) {
    const sum = palette.map(() => [0, 0, 0, 0]);
    for (const c of colors) {
      const k = nearest(palette, c.r, c.g, c.b);
      const s = sum[k]; s[0] += c.r * c.n; s[1] += c.g * c.n; s[2] += c.b * c.n; s[3] += c.n;
    }
    sum.forEach((s, k) => { if (s[3] > 0) palette[k] = [Math.round(s[0] / s[3]), Math.round(s[1] / s[3]), Math.round(s[2] / s[3])]; });
  }
  return palette;
}

function nearest(palette, r, g, b) {
  let best = 0; let bestD = Infinity;
  for (let i = 0; i < palette.length; i++) {
    const d = dist(r, g, b, palette[i]);
    if (d < bestD) { bestD = d; best = i; if (d === 0) break; }
  }
  return best;
}

/** Re-encodes a PNG buffer as a 256-colour indexed PNG (lossless when it has 256 colours or fewer). */
function quantizePng(buf, maxColors = 256) {
  const { width, height, rgb } = decode(buf);
  const hist = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const c = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    hist.set(c, (hist.get(c) || 0) + 1);
  }
  const palette = hist.size <= maxColors ? [...hist.keys()].map((c) => [c >> 16, (c >> 8) & 0xff, c & 0xff]) : buildPalette(hist, maxColors);
  const index = new Map();
  for (const c of hist.keys()) index.set(c, nearest(palette, c >> 16, (c >> 8) & 0xff, c & 0xff));
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter "none" compresses palette images best
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[y * (width + 1) + 1 + x] = index.get((rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2]);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 3; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((p, i) => { plte[i * 3] = p[0]; plte[i * 3 + 1] = p[1]; plte[i * 3 + 2] = p[2]; });
  return Buffer.concat([
    SIG,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = { quantizePng, decode };

if (require.main === module && !process.env.NODE_TEST_CONTEXT) {
  // node test/e2e/png.js in.png [out.png]   (not when `node --test` picks this file up as a test)
  const fs = require('fs');
  const [input, output = input] = process.argv.slice(2);
  const before = fs.statSync(input).size;
  const out = quantizePng(fs.readFileSync(input));
  fs.writeFileSync(output, out);
  console.log(`${input}: ${before} → ${out.length} bytes`);
}
