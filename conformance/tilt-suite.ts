// Tiltfile conformance cases (conformance/tilt/) run once the Tiltfile runtime exists.

export function runTiltfileSuite(_known: Map<string, string>): { result: { chunks: number; passed: number; failed: number; expectedFailures: string[]; adaptedPassed: number }; unexpected: string[] } | null {
  return null;
}
