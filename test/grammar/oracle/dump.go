// Reference dumper for test/grammar/fixtures/starlark-go-cases.json.
//
// Parses inputs with starlark-go's syntax package and prints, one line per input, "OK "
// and an S-expression in the format of test/grammar/sexpr.ts, or "ERR " and the error.
// Inputs are separated by the bytes "\x00\x01\n"; mode is "file" or "expr".
//
// Not part of the TypeScript build. To regenerate the fixture, build it in GOPATH mode
// against the starlark-go version Tilt pins (go.starlark.net at 2024-05; Debian trixie's
// golang-starlark-dev 0.0~git20240725 has the same syntax package):
//
//	GOPATH=<dir with src/go.starlark.net> GO111MODULE=off go build -o dump dump.go
//	./dump file inputs.txt
package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"strings"

	"go.starlark.net/syntax"
)

var plain = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

func hexs(s string) string {
	if s == "" {
		return `""`
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		fmt.Fprintf(&b, "%02x", s[i])
	}
	return b.String()
}

func name(s string) string {
	if plain.MatchString(s) {
		return s
	}
	return "#" + hexs(s)
}

func at(p syntax.Position) string { return fmt.Sprintf("@%d:%d", p.Line, p.Col) }

func block(ss []syntax.Stmt) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, stmt(s))
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func stmt(s syntax.Stmt) string {
	switch s := s.(type) {
	case *syntax.AssignStmt:
		if s.Op == syntax.EQ {
			return fmt.Sprintf("(Assign%s %s %s)", at(s.OpPos), expr(s.LHS), expr(s.RHS))
		}
		return fmt.Sprintf("(AugAssign%s %s %s %s)", at(s.OpPos), s.Op.String(), expr(s.LHS), expr(s.RHS))
	case *syntax.BranchStmt:
		return fmt.Sprintf("(%s%s)", s.Token.String(), at(s.TokenPos))
	case *syntax.DefStmt:
		return fmt.Sprintf("(Def%s %s (%s) %s)", at(s.Def), expr(s.Name), params(s.Params), block(s.Body))
	case *syntax.ExprStmt:
		start, _ := s.Span()
		return fmt.Sprintf("(ExprStmt%s %s)", at(start), expr(s.X))
	case *syntax.ForStmt:
		return fmt.Sprintf("(For%s %s %s %s)", at(s.For), expr(s.Vars), expr(s.X), block(s.Body))
	case *syntax.WhileStmt:
		return fmt.Sprintf("(While%s %s %s)", at(s.While), expr(s.Cond), block(s.Body))
	case *syntax.IfStmt:
		return fmt.Sprintf("(If%s %s %s %s)", at(s.If), expr(s.Cond), block(s.True), block(s.False))
	case *syntax.LoadStmt:
		var pairs []string
		for i := range s.To {
			pairs = append(pairs, expr(s.To[i])+"="+expr(s.From[i]))
		}
		return fmt.Sprintf("(Load%s %s (%s) %s)", at(s.Load), expr(s.Module), strings.Join(pairs, " "), at(s.Rparen))
	case *syntax.ReturnStmt:
		if s.Result == nil {
			return fmt.Sprintf("(Return%s)", at(s.Return))
		}
		return fmt.Sprintf("(Return%s %s)", at(s.Return), expr(s.Result))
	}
	panic("stmt")
}

func exprs(xs []syntax.Expr) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, expr(x))
	}
	return strings.Join(parts, " ")
}

func params(xs []syntax.Expr) string {
	var parts []string
	for _, x := range xs {
		switch x := x.(type) {
		case *syntax.Ident:
			parts = append(parts, expr(x))
		case *syntax.BinaryExpr:
			parts = append(parts, fmt.Sprintf("(= %s %s)", expr(x.X), expr(x.Y)))
		case *syntax.UnaryExpr:
			if x.X == nil {
				parts = append(parts, fmt.Sprintf("(*%s)", at(x.OpPos)))
			} else {
				parts = append(parts, fmt.Sprintf("(%s%s %s)", x.Op.String(), at(x.OpPos), expr(x.X)))
			}
		}
	}
	return strings.Join(parts, " ")
}

func args(xs []syntax.Expr) string {
	var parts []string
	for _, x := range xs {
		switch a := x.(type) {
		case *syntax.BinaryExpr:
			if a.Op == syntax.EQ {
				parts = append(parts, fmt.Sprintf("(= %s %s)", expr(a.X), expr(a.Y)))
				continue
			}
		case *syntax.UnaryExpr:
			if a.Op == syntax.STAR || a.Op == syntax.STARSTAR {
				parts = append(parts, fmt.Sprintf("(%s%s %s)", a.Op.String(), at(a.OpPos), expr(a.X)))
				continue
			}
		}
		parts = append(parts, expr(x))
	}
	return strings.Join(parts, " ")
}

func opt(x syntax.Expr) string {
	if x == nil {
		return "_"
	}
	return expr(x)
}

func entry(x syntax.Expr) string {
	d := x.(*syntax.DictEntry)
	return fmt.Sprintf("(Entry%s %s %s)", at(d.Colon), expr(d.Key), expr(d.Value))
}

func expr(x syntax.Expr) string {
	switch x := x.(type) {
	case *syntax.Ident:
		return name(x.Name) + at(x.NamePos)
	case *syntax.Literal:
		switch x.Token {
		case syntax.INT:
			return fmt.Sprintf("(Int%s %v)", at(x.TokenPos), x.Value)
		case syntax.FLOAT:
			return fmt.Sprintf("(Float%s %x)", at(x.TokenPos), math.Float64bits(x.Value.(float64)))
		case syntax.STRING:
			return fmt.Sprintf("(String%s %s)", at(x.TokenPos), hexs(x.Value.(string)))
		case syntax.BYTES:
			return fmt.Sprintf("(Bytes%s %s)", at(x.TokenPos), hexs(x.Value.(string)))
		}
	case *syntax.BinaryExpr:
		return fmt.Sprintf("(Binary%s %s %s %s)", at(x.OpPos), x.Op.String(), expr(x.X), expr(x.Y))
	case *syntax.UnaryExpr:
		return fmt.Sprintf("(Unary%s %s %s)", at(x.OpPos), x.Op.String(), expr(x.X))
	case *syntax.CallExpr:
		return fmt.Sprintf("(Call%s %s (%s) %s)", at(x.Lparen), expr(x.Fn), args(x.Args), at(x.Rparen))
	case *syntax.CondExpr:
		return fmt.Sprintf("(Cond%s %s %s %s)", at(x.If), expr(x.Cond), expr(x.True), expr(x.False))
	case *syntax.DictExpr:
		var parts []string
		for _, e := range x.List {
			parts = append(parts, entry(e))
		}
		return fmt.Sprintf("(Dict%s %s)", at(x.Lbrace), strings.Join(parts, " "))
	case *syntax.ListExpr:
		return fmt.Sprintf("(List%s %s)", at(x.Lbrack), exprs(x.List))
	case *syntax.TupleExpr:
		if x.Lparen.IsValid() {
			return fmt.Sprintf("(Tuple%s parens %s)", at(x.Lparen), exprs(x.List))
		}
		start, _ := x.Span()
		return fmt.Sprintf("(Tuple%s %s)", at(start), exprs(x.List))
	case *syntax.ParenExpr:
		if t, ok := x.X.(*syntax.TupleExpr); ok && !t.Lparen.IsValid() {
			return fmt.Sprintf("(Tuple%s parens %s)", at(x.Lparen), exprs(t.List))
		}
		return fmt.Sprintf("(Paren%s %s)", at(x.Lparen), expr(x.X))
	case *syntax.Comprehension:
		var body string
		if x.Curly {
			body = entry(x.Body)
		} else {
			body = expr(x.Body)
		}
		var parts []string
		for _, c := range x.Clauses {
			switch c := c.(type) {
			case *syntax.ForClause:
				parts = append(parts, fmt.Sprintf("(for%s %s %s)", at(c.For), expr(c.Vars), expr(c.X)))
			case *syntax.IfClause:
				parts = append(parts, fmt.Sprintf("(if%s %s)", at(c.If), expr(c.Cond)))
			}
		}
		return fmt.Sprintf("(Comprehension%s %s %s)", at(x.Lbrack), body, strings.Join(parts, " "))
	case *syntax.IndexExpr:
		return fmt.Sprintf("(Index%s %s %s)", at(x.Lbrack), expr(x.X), expr(x.Y))
	case *syntax.SliceExpr:
		return fmt.Sprintf("(Slice%s %s %s %s %s)", at(x.Lbrack), expr(x.X), opt(x.Lo), opt(x.Hi), opt(x.Step))
	case *syntax.DotExpr:
		return fmt.Sprintf("(Dot%s %s %s)", at(x.Dot), expr(x.X), expr(x.Name))
	case *syntax.LambdaExpr:
		return fmt.Sprintf("(Lambda%s (%s) %s)", at(x.Lambda), params(x.Params), expr(x.Body))
	}
	panic(fmt.Sprintf("expr %T", x))
}

func main() {
	mode := os.Args[1]
	var data []byte
	if len(os.Args) < 3 || os.Args[2] == "-" {
		data, _ = io.ReadAll(os.Stdin)
	} else {
		data, _ = os.ReadFile(os.Args[2])
	}
	opts := &syntax.FileOptions{}
	for _, chunk := range strings.Split(string(data), "\x00\x01\n") {
		if mode == "expr" {
			e, err := opts.ParseExpr("x.star", chunk, 0)
			if err != nil {
				fmt.Printf("ERR %s\n", strings.ReplaceAll(err.Error(), "\n", "\\n"))
			} else {
				fmt.Printf("OK %s\n", expr(e))
			}
			continue
		}
		f, err := opts.Parse("x.star", chunk, 0)
		if err != nil {
			fmt.Printf("ERR %s\n", strings.ReplaceAll(err.Error(), "\n", "\\n"))
			continue
		}
		var parts []string
		for _, s := range f.Stmts {
			parts = append(parts, stmt(s))
		}
		fmt.Printf("OK %s\n", strings.Join(parts, " "))
	}
}
