// "Did you mean" suggestions for an unused image (reference §3.3): the ranking of the
// bag-of-substrings matcher Tilt uses (github.com/schollz/closestmatch with substring
// sizes 2, 3 and 4), reimplemented: candidates sharing substrings with the search word
// score, per shared substring, 1000/len(candidate) + 1000/(candidates holding it).

const SIZES = [2, 3, 4];

function substrings(word: string): Set<string> {
  const out = new Set<string>();
  const bytes = Buffer.from(word, 'utf8').toString('latin1');
  for (const n of SIZES) {
    for (let i = 0; i + n <= bytes.length; i++) {
      const s = bytes.slice(i, i + n);
      if (s.trim().length > 0) out.add(s);
    }
  }
  if (out.size === 0) out.add(bytes);
  return out;
}

/** Up to `n` candidates closest to `word`, best first (ties keep candidate order). */
export function closestN(candidates: readonly string[], word: string, n: number): string[] {
  const holders = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const s of substrings(c.toLowerCase())) {
      let h = holders.get(s);
      if (!h) holders.set(s, (h = []));
      h.push(i);
    }
  });
  const score = new Map<number, number>();
  for (const s of substrings(word)) {
    const ids = holders.get(s);
    if (!ids) continue;
    const weight = Math.trunc(1000 / ids.length);
    for (const id of ids) {
      const len = Buffer.byteLength(candidates[id], 'utf8');
      score.set(id, (score.get(id) ?? 0) + Math.trunc(1000 / len) + weight);
    }
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, n)
    .map(([id]) => candidates[id]);
}
