// A small Starlark program run while the start-up snapshot is built (see snapshot.ts), so
// that the snapshot holds a parser whose every decision point has been analysed and a
// runtime whose lazily built tables exist. It uses every grammar rule at least once.

import { starlarkExtras, universe } from '../../builtins/universe/index.js';
import { execFile } from '../starlark/exec.js';
import { Thread } from '../starlark/thread.js';
import { fromHost } from '../../grammar/utf8.js';

const PROGRAM = String.raw`
load_like = {"a": 1, "b": [1, 2.5, "x", b"y", None, True, False], "c": (1,), "d": ()}
def f(a, b = 2, *args, c, d = 4, **kwargs):
    """doc"""
    x, y = a, b
    [p, q] = [c, d]
    x += 1
    y -= 1; x *= 2; x //= 1; x %= 7; x |= 1; x &= 15; x ^= 1; x <<= 1; x >>= 1
    kwargs["k"] = len(args)
    load_like_copy = dict(load_like)
    load_like_copy.update({"e": [i * 2 for i in range(3) if i % 2 == 0]})
    s = {k: v for k, v in kwargs.items()}
    if x > 3 and not (y < 0) or x in [1, 2] or x not in (3, 4):
        pass
    elif x == 1:
        x = -x + ~y
    else:
        x = +x
    for i in range(2):
        if i:
            continue
        else:
            break
    n = 0
    while n < 3:
        n += 1
    g = lambda z, *w, **v: z if z else None
    t = [i for i in [1, 2, 3] for j in (i, i)][1:3:1] + [1][:] + [1][::-1] + [1][0:]
    u = "%s-%d-%r" % ("a", 1, "b") + "{}-{x}".format(1, x = 2) + str(1.5) + repr([1]) + "a,b".split(",")[0]
    v = sorted([3, 1, 2], key = lambda e: -e, reverse = True)
    w = "abc".upper().lower().replace("a", "b").strip().startswith("b") and "x".join(["a", "b"]).endswith("b")
    m = struct(a = 1, b = [2]).a + enumerate([1])[0][1] + zip([1], [2])[0][0]
    j = json.decode(json.encode({"a": [1, 2.5, None, True, "s"], "b": {"c": struct(d = 1)}}))
    e = {1: 2, "3": 4, (5, 6): 7}
    e.setdefault(8, 9)
    e.pop(8)
    e.get(1)
    r = [1, 2] * 2 + list((3,)) + [x for x in e.keys()] + e.values()
    r.append(1); r.extend([2]); r.insert(0, 3); r.remove(3); r.pop(); r.index(1)
    st = set([1, 2]) | set([3])
    b = b"bytes"[1:] + bytes("x")
    return (x, y, p, q, s, g(1), t, u, v, w, m, j, e, r, st, b, getattr(struct(a = 1), "a"), hasattr(f, "a"),
            type(1) == "int", min(1, 2), max([1, 2]), any([1]), all([]), abs(-1), bool(1), int("1"), float("1.5"),
            hash("a"), list(reversed([1])), tuple([1]), dir(struct()), chr(65), ord("A"), 2 if False else 1 / 2,
            1 << 2, 3 & 1, 3 | 1, 3 ^ 1, 7 // 2, 7 % 2, 1 != 2, 1 <= 2, 2 >= 1, 0 if False else 1)

result = f(1, 2, 3, 4, c = 3, extra = 5, **{"more": 6})
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
result2 = [fib(10), print if False else len(result)]
`;

/** Runs the warm-up program; any failure is a bug in this program or in tiltjs. */
export function warmUp(): void {
  const thread = new Thread({ name: 'warm-up', print: () => {} });
  execFile(thread, 'warm-up.star', fromHost(PROGRAM), { universe, predeclared: starlarkExtras() });
}
