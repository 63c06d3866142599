// What an unquoted YAML scalar means to go-yaml v2 (the YAML library behind Tilt's
// decoders and encoders): YAML 1.1 booleans (yes/no/on/off/y/n), nulls, Go-syntax
// integers (0x.., 0o.., 0b.., leading-0 octal, underscores ignored), floats, and
// timestamps (which decode to plain strings but still force quoting when encoding).
// The first byte decides which readings are tried, as go-yaml's hint table does.

export type Resolved =
  | { tag: 'null' }
  | { tag: 'bool'; value: boolean }
  | { tag: 'int'; value: bigint }
  | { tag: 'float'; value: number }
  | { tag: 'timestamp' }
  | { tag: 'str' };

const BOOLS: Record<string, boolean> = {};
for (const w of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) BOOLS[w] = true;
for (const w of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) BOOLS[w] = false;

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);

const SPECIAL_FLOATS: Record<string, number> = {};
for (const w of ['.nan', '.NaN', '.NAN']) SPECIAL_FLOATS[w] = NaN;
for (const w of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) SPECIAL_FLOATS[w] = Infinity;
for (const w of ['-.inf', '-.Inf', '-.INF']) SPECIAL_FLOATS[w] = -Infinity;

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt(s, 0, 64) / ParseUint (no underscores left), or undefined. */
function goParseInt(s: string, signed: boolean): bigint | undefined {
  let neg = false;
  let body = s;
  if (signed && (body[0] === '+' || body[0] === '-')) {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  let digits: RegExp;
  let prefix = '';
  if (/^0[xX]/.test(body)) {
    digits = /^[0-9a-fA-F]+$/;
    prefix = '0x';
    body = body.slice(2);
  } else if (/^0[bB]/.test(body)) {
    digits = /^[01]+$/;
    prefix = '0b';
    body = body.slice(2);
  } else if (/^0[oO]/.test(body)) {
    digits = /^[0-7]+$/;
    prefix = '0o';
    body = body.slice(2);
  } else if (body.length > 1 && body[0] === '0') {
    digits = /^[0-7]+$/;
    prefix = '0o';
    body = body.slice(1);
  } else {
    digits = /^[0-9]+$/;
  }
  if (!digits.test(body)) return undefined;
  let v = BigInt(prefix + body);
  if (neg) v = -v;
  if (signed ? v < INT64_MIN || v > INT64_MAX : v > UINT64_MAX) return undefined;
  return v;
}

/** Go's strconv.ParseFloat for the texts YAML hands it (decimal, inf/nan, hex floats). */
function goParseFloat(s: string): number | undefined {
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return Number(s);
  if (/^[-+]?(inf|infinity)$/i.test(s)) return s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?nan$/i.test(s)) return NaN;
  return undefined;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]) return false;
  return !(m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
}

/** go-yaml's timestamp test (the layouts it tries with time.Parse). */
function isTimestamp(s: string): boolean {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/.exec(
      s,
    );
  if (!m) return false;
  if (!validDate(+m[1], +m[2], +m[3])) return false;
  const hh = m[4] ?? m[7];
  if (hh === undefined) return true;
  const mm = m[5] ?? m[8];
  const ss = m[6] ?? m[9];
  return +hh < 24 && +mm < 60 && +ss < 60;
}

/** The reading go-yaml gives an unquoted scalar `s` (a byte string). */
export function resolvePlain(s: string): Resolved {
  if (s === '') return { tag: 'null' };
  const c = s[0];
  if ('yYnNtTfFoO~'.includes(c)) {
    if (s in BOOLS) return { tag: 'bool', value: BOOLS[s] };
    if (NULLS.has(s)) return { tag: 'null' };
    return { tag: 'str' };
  }
  if (c === '.') {
    if (s in SPECIAL_FLOATS) return { tag: 'float', value: SPECIAL_FLOATS[s] };
    const f = goParseFloat(s);
    return f === undefined ? { tag: 'str' } : { tag: 'float', value: f };
  }
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (s in SPECIAL_FLOATS) return { tag: 'float', value: SPECIAL_FLOATS[s] };
    if (isTimestamp(s)) return { tag: 'timestamp' };
    const plain = s.split('_').join('');
    const i = goParseInt(plain, true) ?? goParseInt(plain, false);
    if (i !== undefined) return { tag: 'int', value: i };
    if (YAML_FLOAT.test(plain)) {
      const f = goParseFloat(plain);
      if (f !== undefined) return { tag: 'float', value: f };
    }
    if (/^-0b[01]+$/.test(plain)) return { tag: 'int', value: -BigInt(plain.slice(1)) };
    return { tag: 'str' };
  }
  return { tag: 'str' };
}

/** go-yaml quotes these when encoding, although it no longer reads them as numbers. */
export function isBase60Float(s: string): boolean {
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}
