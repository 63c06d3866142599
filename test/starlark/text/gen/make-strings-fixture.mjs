// Development-time: turns strings-oracle.go output into fixtures/go-strings.json
// ({columns, rows}), dropping inputs that contain code points assigned after
// Unicode 13 (the oracle's Go 1.19 does not know them; unicode.test.ts covers them).
// Usage: GO111MODULE=off go run strings-oracle.go | node make-strings-fixture.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const uni = JSON.parse(readFileSync(new URL('../fixtures/go-unicode.json', import.meta.url), 'utf8'));
const isNew = (r) => uni.assignedInUnicode14or15.some(([a, b]) => r >= a && r <= b);
let columns;
const rows = [];
let dropped = 0;
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line) continue;
  const o = JSON.parse(line);
  columns ??= Object.keys(o);
  const text = Buffer.from(o.s + o.cut, 'latin1').toString('utf8');
  if ([...text].some((ch) => isNew(ch.codePointAt(0)))) { dropped++; continue; }
  rows.push(columns.map((k) => o[k]));
}
const out = JSON.stringify({ columns, rows }).replace(/\],\[/g, '],\n[');
writeFileSync(new URL('../fixtures/go-strings.json', import.meta.url), out);
console.error(`rows=${rows.length} dropped=${dropped} bytes=${out.length}`);
