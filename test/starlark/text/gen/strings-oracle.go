// Development-time oracle for quote.ts, hash.ts and string-ops.ts: for a
// deterministic mix of byte strings (valid and invalid UTF-8), prints one JSON
// object per line with what Go's strings/strconv/unicode packages give for the
// operations starlark-go's string methods are built on. Byte strings travel as
// Latin-1 text (one char per byte), like the interpreter's own representation.
// make-strings-fixture.mjs turns the output into fixtures/go-strings.json.
// Run: GO111MODULE=off go run strings-oracle.go -n 450 | node make-strings-fixture.mjs
// (the committed fixture); larger -n with another -seed for ad-hoc runs.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// latin1 widens each byte of s to one rune so that JSON carries raw bytes.
func latin1(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

func latin1All(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = latin1(s)
	}
	return out
}

// javaHash: 31*h + rune over decoded runes in int32 arithmetic; a rune is
// split into UTF-16 halves only if it is itself a surrogate (never, after decoding).
func javaHash(s string) int32 {
	var h int32
	for _, r := range s {
		if r >= 0xD800 && r < 0xE000 {
			h = 31*h + (0xD800 + ((r-0x10000)>>10)&0x3FF)
			h = 31*h + (0xDC00 + (r-0x10000)&0x3FF)
		} else {
			h = 31*h + r
		}
	}
	return h
}

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func cased(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || unicode.SimpleFold(r) != r
}

func title(s string) string {
	var b strings.Builder
	prev := false
	for _, r := range s {
		if prev {
			r = unicode.ToLower(r)
		} else {
			r = unicode.ToTitle(r)
		}
		prev = cased(r)
		b.WriteRune(r)
	}
	return b.String()
}

func capitalize(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i == 0 {
			b.WriteRune(unicode.ToTitle(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func all(s string, f func(rune) bool) bool {
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return s != ""
}

func hasCased(s string) bool {
	for _, r := range s {
		if cased(r) {
			return true
		}
	}
	return false
}

func istitle(s string) bool {
	c, prev := false, false
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z' || unicode.IsTitle(r):
			if prev {
				return false
			}
			prev, c = true, true
		case unicode.IsLower(r):
			if !prev {
				return false
			}
			prev, c = true, true
		case unicode.IsUpper(r):
			return false
		default:
			prev = false
		}
	}
	return c
}

// splitN cuts at whitespace at most max times from the left (max >= 0).
func splitN(s string, max int) []string {
	res := []string{}
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				if len(res) == max {
					return append(res, s[start:])
				}
				res = append(res, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		res = append(res, s[start:])
	}
	return res
}

// rsplitN cuts at whitespace at most max times from the right (max >= 0).
func rsplitN(s string, max int) []string {
	rev := []string{}
	end := -1
	i := len(s)
	for i > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			if end >= 0 {
				if len(rev) == max {
					break
				}
				rev = append(rev, s[i:end])
				end = -1
			}
		} else if end < 0 {
			end = i
		}
		i -= sz
	}
	if end >= 0 {
		rev = append(rev, s[:end])
	}
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

var pieces = []string{
	"a", "Z", "q", "0", "7", " ", " ", "\t", "\n", "\r", "\v", "\f", "\x00", "\x1b", "\x7f", "\"", "'", "\\", "_", ".",
	"\u0085", "\u00a0", "\u1680", "\u2000", "\u2009", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u200b", "\u200d",
	"é", "É", "ß", "ẞ", "İ", "ı", "ǅ", "ǆ", "Ǆ", "ﬃ", "Σ", "σ", "ς", "K", "µ", "ÿ", "Ÿ", "Ⅻ", "ⅻ", "ⓐ", "Ⓐ",
	"٣", "０", "²", "ǈ", "ᾈ", "ᾀ", "\u0345", "\U00010400", "\U00010428", "😀", "\U000e0001", "\ue000", "\ufffd", "\u00ad",
	"世界", "日本", "\u0301", "\u20ac", "\U0001d400",
	"\xff", "\x80", "\xc0\x80", "\xed\xa0\x80", "\xe2\x82", "\xf0\x9f\x98", "\xf5\x80\x80\x80", "\xc2", "\xe0\x80\xaf",
}

func randString(rng *rand.Rand) string {
	var b strings.Builder
	n := rng.Intn(12)
	for i := 0; i < n; i++ {
		switch k := rng.Intn(10); {
		case k < 6:
			b.WriteString(pieces[rng.Intn(len(pieces))])
		case k < 7:
			b.WriteByte(byte(rng.Intn(256)))
		case k < 9:
			b.WriteRune(rune(0x80 + rng.Intn(0x3000)))
		default:
			b.WriteRune(rune(rng.Intn(0x110000)))
		}
	}
	return b.String()
}

func main() {
	n := flag.Int("n", 1200, "number of random strings")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	rng := rand.New(rand.NewSource(*seed))
	inputs := []string{"", " ", "zzzzzzzzzz", "Hello, World!", "hello world", "HELLO", "ǆemal ǈubljana",
		"ß", "İstanbul", "\xff", "a\x80b", "  a  b  ", "\u00a0x\u0085", "😀", "a\tb\nc\"d\\e\x7f"}
	for i := 0; i < *n; i++ {
		inputs = append(inputs, randString(rng))
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for _, s := range inputs {
		cut := randString(rng)
		if len(cut) > 3 {
			cut = cut[:3]
		}
		flags := 0
		for i, ok := range []bool{all(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }),
			all(s, unicode.IsLetter), all(s, unicode.IsDigit), all(s, unicode.IsSpace),
			hasCased(s) && s == strings.ToLower(s), hasCased(s) && s == strings.ToUpper(s), istitle(s)} {
			if ok {
				flags |= 1 << i
			}
		}
		var ords []int
		var cps []string
		for i, r := range s {
			ords = append(ords, int(r))
			if r == utf8.RuneError {
				cps = append(cps, string(r))
			} else {
				cps = append(cps, s[i:i+utf8.RuneLen(r)])
			}
		}
		enc.Encode(map[string]interface{}{
			"s": latin1(s), "quote": latin1(strconv.Quote(s)), "javaHash": javaHash(s), "fnv": fnv1a(s),
			"upper": latin1(strings.ToUpper(s)), "lower": latin1(strings.ToLower(s)),
			"title": latin1(title(s)), "capitalize": latin1(capitalize(s)), "flags": flags,
			"fields": latin1All(strings.Fields(s)), "split1": latin1All(splitN(s, 1)), "rsplit1": latin1All(rsplitN(s, 1)),
			"split2": latin1All(splitN(s, 2)), "rsplit2": latin1All(rsplitN(s, 2)),
			"strip": latin1(strings.TrimSpace(s)), "lstrip": latin1(strings.TrimLeftFunc(s, unicode.IsSpace)),
			"rstrip": latin1(strings.TrimRightFunc(s, unicode.IsSpace)), "cut": latin1(cut),
			"trim": latin1(strings.Trim(s, cut)), "trimLeft": latin1(strings.TrimLeft(s, cut)),
			"trimRight": latin1(strings.TrimRight(s, cut)), "codepoints": latin1All(cps), "ords": ords,
		})
	}
}
