// Development-time oracle for the string-method tables: reads a JSON array of calls
// (receiver, method, encoded arguments) on stdin, makes each call with the installed
// starlark-go, and writes a JSON array of outcomes: the result's repr (and, for
// iterable views, the repr of the list of elements it yields) or the error message.
// Byte strings travel as Latin-1 text (one char per byte) in both directions.
// Run: GOPATH=/usr/share/gocode GO111MODULE=off go run methods-oracle.go < calls.json
package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"go.starlark.net/starlark"
)

type call struct {
	R string            `json:"r"`
	M string            `json:"m"`
	A []json.RawMessage `json:"a"`
	K [][2]json.RawMessage `json:"k"`
}

type outcome struct {
	Ok  *string `json:"ok,omitempty"`
	It  *string `json:"it,omitempty"`
	Err *string `json:"err,omitempty"`
}

func bytesOf(latin string) string {
	b := make([]byte, 0, len(latin))
	for _, r := range latin {
		b = append(b, byte(r))
	}
	return string(b)
}

func latin1(s string) *string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	out := string(r)
	return &out
}

func decode(raw json.RawMessage) starlark.Value {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		panic(err)
	}
	for k, v := range m {
		switch k {
		case "s":
			var s string
			json.Unmarshal(v, &s)
			return starlark.String(bytesOf(s))
		case "i":
			var s string
			json.Unmarshal(v, &s)
			n, ok := new(big.Int).SetString(s, 10)
			if !ok {
				panic(s)
			}
			return starlark.MakeBigInt(n)
		case "f":
			var f float64
			json.Unmarshal(v, &f)
			return starlark.Float(f)
		case "b":
			var b bool
			json.Unmarshal(v, &b)
			return starlark.Bool(b)
		case "n":
			return starlark.None
		case "t", "l":
			var elems []json.RawMessage
			json.Unmarshal(v, &elems)
			vals := make([]starlark.Value, len(elems))
			for i, e := range elems {
				vals[i] = decode(e)
			}
			if k == "t" {
				return starlark.Tuple(vals)
			}
			return starlark.NewList(vals)
		}
	}
	panic(fmt.Sprintf("bad value %s", raw))
}

func main() {
	var calls []call
	if err := json.NewDecoder(os.Stdin).Decode(&calls); err != nil {
		panic(err)
	}
	thread := new(starlark.Thread)
	out := make([]outcome, len(calls))
	for i, c := range calls {
		recv := starlark.String(bytesOf(c.R))
		fn, err := recv.Attr(c.M)
		if err != nil || fn == nil {
			msg := fmt.Sprintf("no method %s", c.M)
			out[i].Err = &msg
			continue
		}
		args := make(starlark.Tuple, len(c.A))
		for j, a := range c.A {
			args[j] = decode(a)
		}
		var kwargs []starlark.Tuple
		for _, kv := range c.K {
			var name string
			json.Unmarshal(kv[0], &name)
			kwargs = append(kwargs, starlark.Tuple{starlark.String(bytesOf(name)), decode(kv[1])})
		}
		res, err := starlark.Call(thread, fn, args, kwargs)
		if err != nil {
			msg := err.Error()
			if ee, ok := err.(*starlark.EvalError); ok {
				msg = ee.Msg
			}
			out[i].Err = latin1(msg)
			continue
		}
		out[i].Ok = latin1(res.String())
		switch res.(type) {
		case *starlark.List, starlark.Tuple:
		default:
			if it, ok := res.(starlark.Iterable); ok {
				var elems []starlark.Value
				iter := it.Iterate()
				var x starlark.Value
				for iter.Next(&x) {
					elems = append(elems, x)
				}
				iter.Done()
				out[i].It = latin1(starlark.NewList(elems).String())
			}
		}
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
