// Development-time: compacts the output of unicode-dump.go into
// test/starlark/text/fixtures/go-unicode.json, adding the code points that
// Unicode 14.0 and 15.0 assigned (from the UCD's DerivedAge.txt), which a Go
// toolchain older than 1.21 (Unicode 13) cannot describe.
// Usage: node make-unicode-fixture.mjs /tmp/go-unicode.txt [/usr/share/unicode] [go version]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dumpPath, ucd = '/usr/share/unicode', goVersion = 'go1.19'] = process.argv.slice(2);
const flagRuns = [];
const caseRuns = [];
let prevCase = null;
for (const line of readFileSync(dumpPath, 'latin1').split('\n')) {
  if (!line) continue;
  const [r, f, u, l, t] = line.split(' ').map((x) => parseInt(x, 16));
  const last = flagRuns.length - 2;
  if (last >= 0 && flagRuns[last] === f) flagRuns[last + 1]++;
  else flagRuns.push(f, 1);
  const d = [u - r, l - r, t - r];
  if (d[0] === 0 && d[1] === 0 && d[2] === 0) { prevCase = null; continue; }
  if (prevCase && prevCase[0] + prevCase[1] === r && prevCase[2] === d[0] && prevCase[3] === d[1] && prevCase[4] === d[2]) {
    prevCase[1]++;
  } else {
    prevCase = [r, 1, ...d];
    caseRuns.push(prevCase);
  }
}
const newRanges = [];
for (const line of readFileSync(join(ucd, 'DerivedAge.txt'), 'latin1').split('\n')) {
  const m = /^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*(14\.0|15\.0)\b/.exec(line);
  if (m) newRanges.push([parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]);
}
newRanges.sort((a, b) => a[0] - b[0]);
const fixture = {
  about: `Go ${goVersion} unicode/strconv per code point (Unicode 13.0.0), run-length encoded; see gen/unicode-dump.go`,
  flagBits: 'space=1 letter=2 digit=4 upper=8 lower=16 title=32 isPrint=64 isGraphic=128 simpleFoldDiffers=256 strconvIsPrint=512',
  flagRuns,
  caseRuns,
  assignedInUnicode14or15: newRanges,
};
writeFileSync(new URL('../fixtures/go-unicode.json', import.meta.url), JSON.stringify(fixture));
console.error(`flagRuns=${flagRuns.length / 2} caseRuns=${caseRuns.length} newRanges=${newRanges.length}`);
