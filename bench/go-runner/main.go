// A reference runner for tiltjs's benchmarks and differential tests: executes Starlark
// files with starlark-go (Debian's golang-starlark-dev) in Tilt's dialect, with `struct`,
// `module` and `json` predeclared. print() goes to stdout, errors (with backtrace) to stderr and
// exit status 1. With SLTIME=1 it reports the in-process time as exec_ms=N on stderr.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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
		"module": starlark.NewBuiltin("module", starlarkstruct.MakeModule),
		"json":   starlarkjson.Module,
	}
	status := 0
	for _, path := range os.Args[1:] {
		start := time.Now()
		err := runFile(path, predeclared)
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

// runFile executes one top-level file. load() works as in tiltjs's `starlark` command:
// the module path is relative to the loading file, made absolute, executed once per
// top-level file (a module loading itself, directly or not, is a cycle).
func runFile(path string, predeclared starlark.StringDict) error {
	type entry struct {
		globals starlark.StringDict
		err     error
	}
	cache := map[string]*entry{}
	var exec func(file string) (starlark.StringDict, error)
	load := func(thread *starlark.Thread, module string) (starlark.StringDict, error) {
		target := module
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(thread.Name), module)
		}
		if abs, err := filepath.Abs(target); err == nil {
			target = abs
		}
		if e, ok := cache[target]; ok {
			if e == nil {
				return nil, errors.New("cycle in load graph")
			}
			return e.globals, e.err
		}
		cache[target] = nil
		g, err := exec(target)
		cache[target] = &entry{g, err}
		return g, err
	}
	exec = func(file string) (starlark.StringDict, error) {
		thread := &starlark.Thread{
			Name:  file,
			Print: func(_ *starlark.Thread, msg string) { fmt.Println(msg) },
			Load:  load,
		}
		return starlark.ExecFile(thread, file, nil, predeclared)
	}
	_, err := exec(path)
	return err
}
