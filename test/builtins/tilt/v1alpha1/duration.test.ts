// Go's time.ParseDuration / Duration.String(), used by v1alpha1.kubernetes_apply(timeout=).

import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../../builtins/tilt/v1alpha1/duration.js';
import { StarlarkError } from '../../../../src/starlark/values/value.js';

function err(s: string): string {
  try {
    parseDuration(s);
  } catch (e) {
    return (e as StarlarkError).msg;
  }
  return 'no error';
}

describe('parseDuration', () => {
  it('reads units, fractions and signs', () => {
    expect(parseDuration('0')).toBe(0n);
    expect(parseDuration('30s')).toBe(30_000_000_000n);
    expect(parseDuration('1h30m')).toBe(5_400_000_000_000n);
    expect(parseDuration('1.5s')).toBe(1_500_000_000n);
    expect(parseDuration('.5ms')).toBe(500_000n);
    expect(parseDuration('-2m')).toBe(-120_000_000_000n);
    expect(parseDuration('+10us')).toBe(10_000n);
    expect(parseDuration('3µs')).toBe(3000n);
    expect(parseDuration('1h1m1s1ms1us1ns')).toBe(3_661_001_001_001n);
  });

  it("fails with Go's messages", () => {
    expect(err('')).toBe('time: invalid duration ""');
    expect(err('5')).toBe('time: missing unit in duration "5"');
    expect(err('5x')).toBe('time: unknown unit "x" in duration "5x"');
    expect(err('.s')).toBe('time: invalid duration ".s"');
    expect(err('s')).toBe('time: invalid duration "s"');
    expect(err('9999999999h')).toBe('time: invalid duration "9999999999h"');
  });
});

describe('formatDuration', () => {
  it("prints like Go's Duration.String()", () => {
    expect(formatDuration(0n)).toBe('0s');
    expect(formatDuration(90_000_000_000n)).toBe('1m30s');
    expect(formatDuration(3_600_000_000_000n)).toBe('1h0m0s');
    expect(formatDuration(1_500_000_000n)).toBe('1.5s');
    expect(formatDuration(1_500_000n)).toBe('1.5ms');
    expect(formatDuration(2_000n)).toBe('2µs');
    expect(formatDuration(999n)).toBe('999ns');
    expect(formatDuration(-61_000_000_000n)).toBe('-1m1s');
    expect(formatDuration(parseDuration('1h1m1.25s'))).toBe('1h1m1.25s');
  });
});
