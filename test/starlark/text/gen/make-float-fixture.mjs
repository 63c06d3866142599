// Development-time: turns float-oracle.go output (JSON lines) into
// fixtures/go-float.json as [bits, g, e, f] rows. The %G/%E/%F columns are
// checked here to be derivable (g/e with an upper-case E; "%F" for finite
// values) so that the fixture need not repeat them.
// Usage: GO111MODULE=off go run float-oracle.go -n 400 | node make-float-fixture.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const rows = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line) continue;
  const [bits, g, e, f, G, E, F] = JSON.parse(line);
  const special = g === '+inf' || g === '-inf' || g === 'nan';
  if (G !== g.replace('e', 'E') || E !== e.replace('e', 'E') || F !== (special ? g : '%F')) {
    throw new Error(`unexpected upper-case form for ${bits}: ${G} ${E} ${F}`);
  }
  rows.push([bits, g, e, f]);
}
writeFileSync(new URL('../fixtures/go-float.json', import.meta.url), JSON.stringify(rows).replace(/\],\[/g, '],\n['));
console.error(`rows=${rows.length}`);
