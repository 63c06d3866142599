// A reference runner for tiltjs's benchmarks and differential tests: executes Starlark
// files with starlark-go (Debian's golang-starlark-dev) in Tilt's dialect, with `struct`
// and `json` predeclared. print() goes to stdout, errors (with backtrace) to stderr and
// exit status 1. With SLTIME=1 it reports the in-process time as exec_ms=N on stderr.
package main

import (
	"fmt"
	"os"
	"time"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkjson"
	"go.starlark.net/starlarkstruct"
)

func main() {
	resolve.AllowSet = true
	resolve.AllowGlobalReassign = true
	resolve.AllowRecursion = true
	predeclared := starlark.StringDict{
		"struct": starlark.NewBuiltin("struct", starlarkstruct.Make),
		"json":   starlarkjson.Module,
	}
	status := 0
	for _, path := range os.Args[1:] {
		start := time.Now()
		thread := &starlark.Thread{Name: "main", Print: func(_ *starlark.Thread, msg string) { fmt.Println(msg) }}
		_, err := starlark.ExecFile(thread, path, nil, predeclared)
		if os.Getenv("SLTIME") != "" {
			fmt.Fprintf(os.Stderr, "exec_ms=%.3f\n", float64(time.Since(start).Microseconds())/1000)
		}
		if err != nil {
			if evalErr, ok := err.(*starlark.EvalError); ok {
				fmt.Fprintln(os.Stderr, evalErr.Backtrace())
			} else {
				fmt.Fprintln(os.Stderr, err)
			}
			status = 1
		}
	}
	os.Exit(status)
}
