// Converts DB-IP's IP to Country Lite CSV (npm @ip-location-db/dbip-country) into the compact range
// table that org.flowbench.geo ships (see DbipCountryTable.java for the reader), and writes a sample
// of the source lines for the tests.
//
//   node dbip-country.mjs PACKAGE_DIR OUT_TABLE SAMPLE_FILE SOURCE_TEXT
//
// Table (gzip): "FBGEO1", UTF source text, u16 country count and their ISO codes (2 ASCII bytes
// each), then the IPv4 part: u32 count, per range the varint delta of its first address from the
// previous range's first address and a u8 country index; then the IPv6 part: u32 count, per range
// the varint delta of the upper 64 bits, the varint of the lower 64 bits and a u8 country index.
// Ranges cover the whole address space in order: gaps in the data become ranges of index 255 (no
// data), and adjacent ranges of one country are merged.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BinaryWriter } from './binary-writer.mjs';

const [pkg, outTable, outSample, sourceText] = process.argv.slice(2);
const NO_DATA = 255;

function parseV4(s) {
  return s.split('.').reduce((a, o) => a * 256n + BigInt(o), 0n);
}

function parseV6(s) {
  let [head, tail] = s.includes('::') ? s.split('::') : [s, null];
  const hs = head ? head.split(':') : [];
  const ts = tail === null ? [] : tail ? tail.split(':') : [];
  const groups = tail === null ? hs : [...hs, ...Array(8 - hs.length - ts.length).fill('0'), ...ts];
  if (groups.length !== 8) throw new Error('not an IPv6 address: ' + s);
  return groups.reduce((a, g) => (a << 16n) | BigInt(parseInt(g, 16)), 0n);
}

function readRanges(file, parse) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(line => {
    const [first, last, code] = line.trim().split(',');
    return { first: parse(first), last: parse(last), code, line: line.trim() };
  });
}

const v4 = readRanges(path.join(pkg, 'dbip-country-ipv4.csv'), parseV4);
const v6 = readRanges(path.join(pkg, 'dbip-country-ipv6.csv'), parseV6);
const codes = [...new Set([...v4, ...v6].map(r => r.code))].sort();
if (codes.length >= NO_DATA) throw new Error('too many countries for a byte: ' + codes.length);
const index = new Map(codes.map((c, i) => [c, i]));

/** @return [first, countryIndex] pairs covering 0..max: gaps filled with NO_DATA, equal neighbours merged */
function cover(ranges) {
  const out = [];
  let next = 0n;
  const push = (first, country) => {
    if (out.length && out[out.length - 1][1] === country) return;
    out.push([first, country]);
  };
  for (const r of ranges) {
    if (r.first < next) throw new Error('ranges overlap or are out of order at ' + r.line);
    if (r.first > next) push(next, NO_DATA);
    push(r.first, index.get(r.code));
    next = r.last + 1n;
  }
  push(next, NO_DATA);
  return out;
}

const w = new BinaryWriter();
w.ascii('FBGEO1');
w.utf(sourceText);
w.u16(codes.length);
codes.forEach(c => w.ascii(c));

const v4cover = cover(v4).filter(([first]) => first < (1n << 32n));
w.u32(v4cover.length);
let previous = 0n;
for (const [first, country] of v4cover) {
  w.varint(first - previous);
  w.u8(country);
  previous = first;
}

const v6cover = cover(v6).filter(([first]) => first < (1n << 128n));
w.u32(v6cover.length);
let previousHigh = 0n;
for (const [first, country] of v6cover) {
  const high = first >> 64n;
  w.varint(high - previousHigh);
  w.varint(first & ((1n << 64n) - 1n));
  w.u8(country);
  previousHigh = high;
}
fs.writeFileSync(outTable, zlib.gzipSync(w.result(), { level: 9 }));

// Every n-th source line of each family, so that the tests compare lookups with DB-IP's own lines.
const sample = [];
for (const [family, rows] of [['ipv4', v4], ['ipv6', v6]]) {
  const step = Math.floor(rows.length / 1500);
  for (let i = 0; i < rows.length; i += step) sample.push(rows[i].line);
}
fs.writeFileSync(outSample, '# ' + sourceText + '\n# every ' + Math.floor(v4.length / 1500) + '-th IPv4 and '
  + Math.floor(v6.length / 1500) + '-th IPv6 line of the source CSV, unchanged: first,last,country\n'
  + sample.join('\n') + '\n');
console.log(`dbip-country: ${codes.length} countries, ${v4.length} IPv4 and ${v6.length} IPv6 source ranges -> `
  + `${v4cover.length} + ${v6cover.length} table ranges, ${fs.statSync(outTable).size} bytes; ${sample.length} sample lines`);
