// Loader for fixtures/go-strings.json (made by gen/strings-oracle.go): one row per
// input byte string with what Go gives for quoting, hashing and the string-method
// building blocks. Byte strings are stored one char per byte, as the interpreter
// keeps them, so they compare directly. GO_STRINGS_TABLE=<path> points the tests
// at a larger table made the same way (ad-hoc runs; the committed one is the default).
import { readFileSync } from 'node:fs';

export interface GoStringRow {
  s: string;
  quote: string;
  javaHash: number;
  fnv: number;
  upper: string;
  lower: string;
  title: string;
  capitalize: string;
  /** bits: isalnum 1, isalpha 2, isdigit 4, isspace 8, islower 16, isupper 32, istitle 64 */
  flags: number;
  fields: string[];
  split1: string[];
  rsplit1: string[];
  split2: string[];
  rsplit2: string[];
  strip: string;
  lstrip: string;
  rstrip: string;
  cut: string;
  trim: string;
  trimLeft: string;
  trimRight: string;
  codepoints: string[];
  ords: number[] | null;
}

export function loadGoStrings(path?: string): GoStringRow[] {
  const file = path ?? new URL('./fixtures/go-strings.json', import.meta.url);
  const { columns, rows } = JSON.parse(readFileSync(file, 'utf8')) as {
    columns: string[];
    rows: unknown[][];
  };
  return rows.map((row) => {
    const o: Record<string, unknown> = {};
    columns.forEach((c, i) => (o[c] = row[i]));
    return o as unknown as GoStringRow;
  });
}
