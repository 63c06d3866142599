// Small Starlark programs run while the start-up snapshot is built (see snapshot.ts), so
// that the snapshot holds a parser whose every decision point has been analysed and a
// runtime whose lazily built tables exist. V8 keeps the bytecode of every function that
// ran (it does not keep type feedback or optimised code), so a function first called
// here costs nothing to compile at run time: the programs use every grammar rule, the
// common builtins and methods, and an error with its backtrace.

import { starlarkExtras, universe } from '../../builtins/universe/index.js';
import { backtrace } from '../starlark/errors.js';
import { execFile } from '../starlark/exec.js';
import { StarlarkError } from '../starlark/values/value.js';
import { Thread } from '../starlark/thread.js';
import { prepareParser } from '../../grammar/index.js';
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

def more():
    s = "  Hello, World %s  " % "x"
    t = [s.strip(), s.lstrip(), s.rstrip(), s.title(), s.capitalize(), s.swapcase() if False else s,
         s.find("o"), s.rfind("o"), s.index("H"), s.count("l"), s.split(), s.rsplit(",", 1), s.partition(","),
         s.rpartition(","), s.splitlines(), s.isalpha(), s.isdigit(), s.isspace(), s.islower(), s.isupper(),
         s.removeprefix("  "), s.removesuffix("  "), s.elems() if False else list(s.elems())[:2], s.codepoints() if False else 0,
         "{} {x} {!r}".format(1, "q", x = 2), "a\nb".splitlines(True), ",".join([str(i) for i in range(3)]), "%r %x %5s" if False else "%r" % 1.5]
    d = dict(a = 1)
    d.update([("b", 2)], c = 3)
    d2 = {k: v for k, v in d.items() if v}
    l = sorted(d2.values(), reverse = True) + list(reversed(range(3))) + [x for x in enumerate(["a", "b"])] + list(zip([1, 2], ("c", "d")))
    l.sort() if False else None
    st = set([1, 2, 3])
    st.add(4)
    st2 = st.union([5]).intersection([1, 5]).difference([9])
    m = min([3, 1], key = lambda x: -x) + max(1, 2) + abs(-3) + int("ff", 16) + int(2.7) + hash("x") % 2
    fl = float(1) / 3 + 2.5 * 2 - 1.0 // 0.3 + (float("inf") if False else 1.5 * 2)
    r = range(0, 10, 2)
    parts = [r[1], r[1:3], len(r), 4 in r, repr(fl), str(fl), "%g %e %f" % (fl, fl, fl), type(st), bool([]), any(l), all(l)]
    js = json.indent(json.encode({"a": [1, {"b": 2.5}], "s": struct(x = "y\u00e9")}), indent = "  ")
    return (t, d2, l, st2, m, parts, json.decode(js), module("m", a = 1).a, getattr(struct(a = 1), "b", None), dir("x")[:1])

result3 = more()
`;

/** A program that fails, so that error unwinding and backtraces are compiled too. */
const FAILING = String.raw`
def inner(x):
    return {"a": 1}[x]
def outer():
    return inner("missing")
outer()
`;

/** Builds the parser and runs the warm-up program; any failure is a bug in this program or in tiltjs. */
export function warmUp(): void {
  prepareParser();
  const thread = new Thread({ name: 'warm-up', print: () => {} });
  execFile(thread, 'warm-up.star', fromHost(PROGRAM), { universe, predeclared: starlarkExtras() });
  try {
    execFile(new Thread({ name: 'warm-up' }), 'failing.star', fromHost(FAILING), { universe, predeclared: starlarkExtras() });
  } catch (e) {
    if (!(e instanceof StarlarkError)) throw e;
    backtrace(e);
    return;
  }
  throw new Error('warm-up: the failing program did not fail');
}
