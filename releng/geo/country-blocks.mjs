// Picks real address blocks of a few countries from DB-IP's IP to Country Lite CSV, for the
// synthetic generator (org.flowbench.generator), which places its external hosts in them so that
// generated traffic lands in those countries on the map.
//
//   node country-blocks.mjs PACKAGE_DIR OUT_FILE SOURCE_TEXT
//
// Output: comment lines, then "code,first,last" lines: the largest IPv4 and IPv6 ranges of each
// country (inclusive, as DB-IP writes them).
import fs from 'node:fs';
import path from 'node:path';

const [pkg, outFile, sourceText] = process.argv.slice(2);
// The countries the office-day scenario's external hosts are spread over (weights in OfficeNetwork).
const COUNTRIES = ['US', 'DE', 'IE', 'NL', 'GB', 'FR', 'SE', 'CH', 'JP', 'SG', 'CN', 'IN', 'BR', 'CA', 'AU', 'KR',
  'ES', 'IT', 'PL', 'FI', 'RU', 'ZA', 'MX', 'AR', 'HK', 'TW', 'NG', 'EG', 'TR', 'ID'];
const V4_BLOCKS = 24;
const V6_BLOCKS = 6;

function size(first, last, v6) {
  const parse = v6 ? parseV6 : s => s.split('.').reduce((a, o) => a * 256n + BigInt(o), 0n);
  return parse(last) - parse(first) + 1n;
}

function parseV6(s) {
  let [head, tail] = s.includes('::') ? s.split('::') : [s, null];
  const hs = head ? head.split(':') : [];
  const ts = tail === null ? [] : tail ? tail.split(':') : [];
  const groups = tail === null ? hs : [...hs, ...Array(8 - hs.length - ts.length).fill('0'), ...ts];
  return groups.reduce((a, g) => (a << 16n) | BigInt(parseInt(g, 16)), 0n);
}

const lines = [];
for (const [file, v6, count] of [['dbip-country-ipv4.csv', false, V4_BLOCKS], ['dbip-country-ipv6.csv', true, V6_BLOCKS]]) {
  const rows = fs.readFileSync(path.join(pkg, file), 'utf8').split('\n').filter(l => l.trim()).map(l => l.trim().split(','));
  for (const code of COUNTRIES) {
    const largest = rows.filter(r => r[2] === code)
      .map(r => ({ r, size: size(r[0], r[1], v6) }))
      .sort((a, b) => (b.size > a.size ? 1 : b.size < a.size ? -1 : 0))
      .slice(0, count);
    if (largest.length === 0) throw new Error('no ranges for ' + code);
    largest.forEach(({ r }) => lines.push(`${code},${r[0]},${r[1]}`));
  }
}
fs.writeFileSync(outFile, `# ${sourceText}\n# the ${V4_BLOCKS} largest IPv4 and ${V6_BLOCKS} largest IPv6 ranges of each country: code,first,last\n`
  + lines.join('\n') + '\n');
console.log(`country-blocks: ${COUNTRIES.length} countries, ${lines.length} blocks`);
