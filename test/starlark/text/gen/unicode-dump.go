package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"unicode"
)

// Development-time oracle: prints, for every code point, one line
// "rune flags upper lower title" (hex) as Go's unicode and strconv packages see it.
// make-unicode-fixture.mjs compacts the output into fixtures/go-unicode.json.
// Run: GOPATH=/usr/share/gocode GO111MODULE=off go run unicode-dump.go > /tmp/go-unicode.txt
func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		f := 0
		if unicode.IsSpace(r) {
			f |= 1
		}
		if unicode.IsLetter(r) {
			f |= 2
		}
		if unicode.IsDigit(r) {
			f |= 4
		}
		if unicode.IsUpper(r) {
			f |= 8
		}
		if unicode.IsLower(r) {
			f |= 16
		}
		if unicode.IsTitle(r) {
			f |= 32
		}
		if unicode.IsPrint(r) {
			f |= 64
		}
		if unicode.IsGraphic(r) {
			f |= 128
		}
		if unicode.SimpleFold(r) != r {
			f |= 256
		}
		if strconv.IsPrint(r) {
			f |= 512
		}
		fmt.Fprintf(w, "%x %x %x %x %x\n", r, f, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
}
