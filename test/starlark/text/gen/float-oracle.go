// Development-time oracle: prints starlark-go's float formatting (str/%g, %e, %f,
// %G, %E, %F) for a deterministic mix of doubles, as JSON lines
// ["<ieee bits hex>", g, e, f, G, E, F]. make-float-fixture.mjs keeps a sample
// as fixtures/go-float.json; a larger run (-n) is for ad-hoc checks.
// Run: GO111MODULE=off go run float-oracle.go -n 400 | node make-float-fixture.mjs
// (the committed fixture), or -n 300000 -seed 7 for a large ad-hoc table.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

// format mirrors starlark-go's Float formatting: shortest %g with ".0" added to
// integral values, 6 digits of precision for e/f, and Starlark's inf/nan words.
func format(x float64, conv byte) string {
	if math.IsInf(x, 1) {
		return "+inf"
	} else if math.IsInf(x, -1) {
		return "-inf"
	} else if math.IsNaN(x) {
		return "nan"
	}
	if conv == 'g' || conv == 'G' {
		s := strconv.FormatFloat(x, conv, -1, 64)
		if strings.IndexByte(s, conv-'g'+'e') < 0 && strings.IndexByte(s, '.') < 0 {
			s += ".0"
		}
		return s
	}
	return strconv.FormatFloat(x, conv, 6, 64)
}

func main() {
	n := flag.Int("n", 2000, "number of random values per generator")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	rng := rand.New(rand.NewSource(*seed))
	var xs []float64

	// Named edge cases.
	xs = append(xs, 0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 2.5, 100000, 1e6, 123456, 1234567,
		1e-4, 1e-5, 0.0001234, 1e16, 1e17, 1e20, 1e21, 1e22, 1e23, 123456789012345678,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.Inf(1), math.Inf(-1), math.NaN(),
		1.0/3, 2.0/3, 0.1, 0.2, 0.3, 9.9999995e6, 9999999.5, 999999.5, 0.0078125, 0.0234375, -0.0078125,
		12345665, 12345675, 1.5e-7, 5e-7, 4.9999999999999e-7, 9007199254740993, 9007199254740992,
		1<<53+2, 1<<63, 1<<64, 0.000099999999999999, 999999.9999999999, 999999.99999999994)
	for e := -330; e <= 310; e++ {
		if (e < -30 || e > 30) && e%6 != 0 {
			continue
		}
		p := math.Pow(10, float64(e))
		xs = append(xs, p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)))
	}
	for e := -1074; e <= 1023; e += 13 {
		p := math.Ldexp(1, e)
		xs = append(xs, p, math.Nextafter(p, 0), -p)
	}
	for i := 0; i < *n; i++ {
		// Uniform bit patterns (any exponent, incl. subnormals).
		xs = append(xs, math.Float64frombits(rng.Uint64()))
		// Integers of every size.
		xs = append(xs, float64(rng.Int63()>>uint(rng.Intn(63))))
		// Short decimals at moderate exponents (the common case in Tiltfiles).
		d := float64(rng.Intn(100000000)) * math.Pow(10, float64(rng.Intn(24)-12))
		xs = append(xs, d)
		// Exact ties for the 6-decimal and 7-significant-digit roundings.
		xs = append(xs, float64(2*rng.Intn(1<<20)+1)/128)
		xs = append(xs, float64(rng.Intn(1000000)*10+5)*math.Pow(10, float64(rng.Intn(8))))
		// Subnormals.
		xs = append(xs, math.Float64frombits(rng.Uint64()&(1<<52-1)))
	}

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for _, x := range xs {
		bits := strconv.FormatUint(math.Float64bits(x), 16)
		enc.Encode([]string{bits, format(x, 'g'), format(x, 'e'), format(x, 'f'),
			format(x, 'G'), format(x, 'E'), format(x, 'F')})
	}
}
