// Chevrotain's grammar checks (ambiguity, left recursion, unreachable alternatives) are
// skipped in production for start-up speed; this test keeps the grammar passing them.

import { describe, expect, it } from 'vitest';
import { build } from '../../grammar/parser.js';

describe('grammar', () => {
  it('passes Chevrotain validations', () => {
    expect(() => build(true)).not.toThrow();
  });
});
