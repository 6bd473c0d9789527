// Converts the Natural Earth country shapes of npm world-atlas (TopoJSON, 1:50m) into the compact
// basemap that org.flowbench.geo ships (see WorldMap.java for the reader).
//
//   node world-atlas.mjs WORLD_ATLAS_DIR ISO_CODES_JSON OUT_MAP SOURCE_TEXT
//
// ISO_CODES_JSON maps the shapes' ISO 3166-1 numeric ids to alpha-2 codes (npm i18n-iso-countries,
// codes.json), the codes the GeoIP data uses.
//
// Map (gzip): "FBMAP1", UTF source text, u16 country count; per country its code (2 ASCII bytes,
// "--" for land that has no ISO code such as N. Cyprus), UTF name, the label point (zigzag varint
// longitude and latitude in 1/100 degree), u16 polygons; per polygon u16 rings (outer ring
// first); per ring u32 points and the points as zigzag varint deltas in 1/100 degree. Then u16
// places without a shape at this scale: code, UTF name, label point.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BinaryWriter } from './binary-writer.mjs';

const [atlasDir, isoCodesFile, outMap, sourceText] = process.argv.slice(2);
const topology = JSON.parse(fs.readFileSync(path.join(atlasDir, 'countries-50m.json'), 'utf8'));
const numericToAlpha2 = new Map(JSON.parse(fs.readFileSync(isoCodesFile, 'utf8')).map(c => [c[2], c[0]]));
// Shapes whose id is not an ISO numeric code but whose territory has an alpha-2 code in the GeoIP data.
const CODE_BY_NAME = { Kosovo: 'XK' };
// Territories that DB-IP names but the 1:50m shapes draw as part of another country or not at all:
// approximate centres (latitude, longitude) so that arcs and markers can still be placed.
const PLACES_WITHOUT_SHAPE = {
  BQ: ['Caribbean Netherlands', 12.18, -68.25], BV: ['Bouvet Island', -54.42, 3.36],
  CC: ['Cocos (Keeling) Islands', -12.16, 96.87], CX: ['Christmas Island', -10.49, 105.62],
  GF: ['French Guiana', 3.93, -53.13], GI: ['Gibraltar', 36.14, -5.35], GP: ['Guadeloupe', 16.25, -61.58],
  MQ: ['Martinique', 14.64, -61.02], RE: ['Réunion', -21.12, 55.53], SJ: ['Svalbard and Jan Mayen', 78.22, 15.65],
  TK: ['Tokelau', -9.2, -171.85], TV: ['Tuvalu', -7.48, 178.68], UM: ['U.S. Outlying Islands', 19.28, 166.65],
  YT: ['Mayotte', -12.83, 45.17],
};

const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

function ring(indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    arc.forEach((p, k) => { if (k > 0 || points.length === 0) points.push(p); });
  }
  // 1/100 degree is about a kilometre: finer than 1:50m shapes need; drop points that coincide
  const out = [];
  for (const [lon, lat] of unwrap(points)) {
    const q = [Math.round(lon * 100), Math.round(lat * 100)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180 and back, which
 * a flat map draws as a band across the world: make such a ring continuous (longitudes past 180),
 * so that its area and label come out right; {@link wrapCopies} then adds its copy on the other
 * side. Rings that go all the way round (Antarctica) do not close when unwrapped and stay as they are.
 */
function unwrap(points) {
  let offset = 0;
  const out = points.map(([lon, lat], k) => {
    if (k > 0) {
      const previous = points[k - 1][0];
      if (lon - previous > 180) offset -= 360;
      else if (previous - lon > 180) offset += 360;
    }
    return [lon + offset, lat];
  });
  return offset === 0 ? out : points;
}

/** @return the ring, and a copy shifted by 360 degrees when part of it lies past the antimeridian */
function wrapCopies(r) {
  const xs = r.map(p => p[0]);
  if (Math.max(...xs) > 18000) return [r, r.map(([x, y]) => [x - 36000, y])];
  if (Math.min(...xs) < -18000) return [r, r.map(([x, y]) => [x + 36000, y])];
  return [r];
}

function area(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] * r[i][1] - r[i][0] * r[j][1]);
  return a / 2;
}

/** The centroid of the largest outer ring: a point inside the country's main land in most cases. */
function labelPoint(polygons) {
  const largest = polygons.map(p => p[0]).reduce((a, b) => Math.abs(area(a)) >= Math.abs(area(b)) ? a : b);
  let cx = 0, cy = 0;
  const a = area(largest);
  for (let i = 0, j = largest.length - 1; i < largest.length; j = i++) {
    const f = largest[j][0] * largest[i][1] - largest[i][0] * largest[j][1];
    cx += (largest[j][0] + largest[i][0]) * f;
    cy += (largest[j][1] + largest[i][1]) * f;
  }
  const lon = Math.round(cx / (6 * a));
  return [lon > 18000 ? lon - 36000 : lon < -18000 ? lon + 36000 : lon, Math.round(cy / (6 * a))];
}

const countries = [];
for (const g of topology.objects.countries.geometries) {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const rings = polygons.map(p => p.map(ring).filter(r => r.length >= 3)).filter(p => p.length > 0);
  if (rings.length === 0) continue;
  const code = numericToAlpha2.get(g.id) ?? CODE_BY_NAME[g.properties.name] ?? '--';
  const drawn = rings.map(p => p.flatMap(wrapCopies));
  countries.push({ code, name: g.properties.name, label: labelPoint(rings), polygons: drawn });
}

const w = new BinaryWriter();
w.ascii('FBMAP1');
w.utf(sourceText);
w.u16(countries.length);
let pointCount = 0;
for (const c of countries) {
  w.ascii(c.code);
  w.utf(c.name);
  w.zigzag(c.label[0]);
  w.zigzag(c.label[1]);
  w.u16(c.polygons.length);
  for (const p of c.polygons) {
    w.u16(p.length);
    for (const r of p) {
      w.u32(r.length);
      let px = 0, py = 0;
      for (const [x, y] of r) {
        w.zigzag(x - px);
        w.zigzag(y - py);
        px = x;
        py = y;
      }
      pointCount += r.length;
    }
  }
}
const shaped = new Set(countries.map(c => c.code));
const places = Object.entries(PLACES_WITHOUT_SHAPE).filter(([code]) => !shaped.has(code));
w.u16(places.length);
for (const [code, [name, lat, lon]] of places) {
  w.ascii(code);
  w.utf(name);
  w.zigzag(Math.round(lon * 100));
  w.zigzag(Math.round(lat * 100));
}
fs.writeFileSync(outMap, zlib.gzipSync(w.result(), { level: 9 }));
console.log(`world-atlas: ${countries.length} shapes, ${pointCount} points, ${places.length} places without shape -> `
  + `${fs.statSync(outMap).size} bytes`);
