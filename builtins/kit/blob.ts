// blob: the text value that local(), read_file(), helm(), kustomize() and friends return.
// It has no methods and no operators; str() gives its text. Its source label appears in
// error messages (e.g. `local: echo hi`, `file: /abs/foo.yaml`).

import { StarObject, type Value } from '../../src/starlark/values/value.js';

export class Blob extends StarObject {
  readonly typeName = 'blob';
  constructor(
    /** the text, as a byte string */
    readonly text: string,
    /** where it came from (host string) */
    readonly source: string,
  ) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(this.text);
  }
  override truth(): boolean {
    return this.text.length > 0;
  }
}

export function isBlob(v: Value): v is Blob {
  return v instanceof Blob;
}
