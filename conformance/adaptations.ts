// 2024 adaptations of known-failure chunks: conformance/expectations/adaptations.txt.
//
// A chunk that fails only because the installed 2021 suite contradicts the 2024
// starlark-go still counts as failed. To keep the rest of such a chunk under test, the
// runner also runs a copy with the contradicting lines replaced by their 2024 form; that
// copy must pass. Lines are `SUITE:CHUNK LINE => replacement` (`#` comments).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectationsDir } from './known-failures.js';
import type { Chunk } from './chunks.js';
import { readChunks } from './chunks.js';

export type Adaptations = Map<string, Map<number, string>>;

export function loadAdaptations(): Adaptations {
  const text = readFileSync(join(expectationsDir(), 'adaptations.txt'), 'utf8');
  const out: Adaptations = new Map();
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const m = /^(\S+)\s+(\d+)\s+=> (.*)$/.exec(raw);
    if (!m) throw new Error(`adaptations.txt: bad line: ${raw}`);
    const lines = out.get(m[1]) ?? new Map<number, string>();
    lines.set(Number(m[2]), m[3]);
    out.set(m[1], lines);
  }
  return out;
}

/** The chunk with the given 1-based file lines replaced (the text is UTF-8; chunks are Latin-1 byte views). */
export function adaptChunk(chunk: Chunk, lines: Map<number, string>): Chunk {
  const src = chunk.source.split('\n');
  for (const [n, text] of lines) src[n - 1] = Buffer.from(text, 'utf8').toString('latin1');
  const source = src.join('\n');
  // Re-read expectations from the adapted text: a replaced line may carry its own ###.
  const firstLine = chunk.source.length - chunk.source.replace(/^\n*/, '').length;
  const [re] = readChunks(source.slice(firstLine));
  const want = new Map<number, RegExp>();
  for (const [l, rx] of re.want) want.set(l + firstLine, rx);
  return { index: chunk.index, source, want, problems: re.problems };
}
