// One-line rendering of the token stream for table tests, e.g.
// `def f ( x ) : newline indent return x newline outdent EOF`; a scan error renders as
// its message (`foo.star:1:3: invalid binary literal`).

import { StarlarkSyntaxError, tokenize, toHost, type TokenView } from '../../grammar/index.js';

export function renderTokens(src: string): string {
  try {
    return tokenize('foo.star', src).map(view).join(' ');
  } catch (e) {
    if (e instanceof StarlarkSyntaxError) return e.message;
    throw e;
  }
}

function view(t: TokenView): string {
  switch (t.kind) {
    case 'identifier':
      return toHost(t.raw);
    case 'int literal':
    case 'float literal':
      return String(t.value);
    case 'string literal':
      return JSON.stringify(toHost(t.value as string));
    case 'bytes literal':
      return `b${JSON.stringify(t.value)}`;
    case 'end of file':
      return 'EOF';
    default:
      return t.kind;
  }
}
