//go:build js && wasm

// Command wasm is qalint in a browser: it registers globalThis.qalint with
// lint, fix, explain and info, each taking and returning strings (JSON
// answers from package api), and then waits for calls. Nothing leaves the
// page: there is no network code here.
package main

import (
	"syscall/js"

	"github.com/qalint/qalint/internal/playground/api"
)

func main() {
	str := func(args []js.Value, i int) string {
		if i < len(args) && args[i].Type() == js.TypeString {
			return args[i].String()
		}
		return ""
	}
	js.Global().Set("qalint", js.ValueOf(map[string]any{
		"lint": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return string(api.Lint(str(args, 0), str(args, 1)))
		}),
		"fix": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return string(api.Fix(str(args, 0), str(args, 1)))
		}),
		"explain": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return string(api.Explain(str(args, 0)))
		}),
		"info": js.FuncOf(func(js.Value, []js.Value) any {
			return string(api.Info())
		}),
	}))
	// The page calls go.run, which returns once main blocks here, with the
	// functions in place; main must not return, or they would go with it.
	select {}
}
