// Records the comparisons Go's sort.Stable makes, as an oracle for go-sort.ts.
// Run: go run sort-oracle.go > ../fixtures/go-sort.json
package main

import (
	"encoding/json"
	"os"
	"sort"
)

type traced struct {
	keys  []int
	idx   []int
	calls []int
}

func (t *traced) Len() int { return len(t.keys) }
func (t *traced) Less(i, j int) bool {
	t.calls = append(t.calls, i, j)
	return t.keys[i] < t.keys[j]
}
func (t *traced) Swap(i, j int) {
	t.keys[i], t.keys[j] = t.keys[j], t.keys[i]
	t.idx[i], t.idx[j] = t.idx[j], t.idx[i]
}

type sample struct {
	Keys  []int `json:"keys"`
	Calls []int `json:"calls"`
	Order []int `json:"order"`
}

func main() {
	seed := uint32(12345)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>16) % n
	}
	var out []sample
	for _, n := range []int{0, 1, 2, 3, 5, 8, 19, 20, 21, 39, 40, 41, 45, 61, 80, 100, 170} {
		keys := make([]int, n)
		idx := make([]int, n)
		for i := range keys {
			keys[i] = rnd(n/3 + 2)
			idx[i] = i
		}
		orig := append([]int(nil), keys...)
		t := &traced{keys: keys, idx: idx}
		sort.Stable(t)
		out = append(out, sample{Keys: orig, Calls: t.calls, Order: t.idx})
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
