package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// TemplateLiteral reports ${…} inside a backtick string: JavaScript
// evaluates it when the setting loads.
var TemplateLiteral = &Rule{
	ID:       "template-literal",
	Severity: model.Error,
	Summary:  "${NAME} inside a `backtick` string, which JavaScript evaluates when the setting loads",
	Doc: "Qarbine's settings are JavaScript, and a backtick string is a template literal: `${CF_AIG_TOKEN}` " +
		"inside one is evaluated when the setting loads. No such variable exists there, so JavaScript stops " +
		"with \"ReferenceError: CF_AIG_TOKEN is not defined\" and Qarbine cannot load the setting. In quotes, " +
		"'${CF_AIG_TOKEN}' is plain text, which a deploy step can replace. The finding is at the ${; " +
		"`qalint fix` rewrites the string in quotes, keeping its text: single quotes when the file's strings mostly use them, double quotes otherwise.",
	Bad:     "aiAssistants = [ { type: 'OpenAI', alias: 'gpt', \"cf-aig-authorization\": `Bearer ${CF_AIG_TOKEN}` } ];",
	Good:    "aiAssistants = [ { type: 'OpenAI', alias: 'gpt', \"cf-aig-authorization\": 'Bearer ${CF_AIG_TOKEN}' } ];",
	Fixable: true,
	Check: func(c *Context) {
		for _, st := range c.Doc.Read.Statements {
			if st.Form == reader.BareValue && model.WrappedSetting(st.Value) {
				return // the setting wrapped in backticks: parse says to remove them, and fix does not rewrite it
			}
		}
		for _, t := range c.Doc.Read.Tolerances {
			if t.Kind != reader.TemplateSubstitution {
				continue
			}
			e, ptr := locate(c, t.Start)
			expr := strings.TrimSpace(string(c.Doc.Src[t.Start+2 : t.End-1]))
			if base, _, _ := strings.Cut(expr, "."); isIdentifier(base) && !jsGlobals[base] {
				expr = base
				c.At(e, t.Start, t.End, ptr,
					"${%s} in a backtick string is JavaScript: loading the setting throws \"ReferenceError: %s is not defined\", so Qarbine cannot load the setting; "+
						"write the string in quotes so ${%s} stays text (qalint fix does this)", expr, expr, expr)
				continue
			}
			c.At(e, t.Start, t.End, ptr,
				"${…} in a backtick string is evaluated as JavaScript when the setting loads: the value holds its result, not this text; "+
					"write the string in quotes (qalint fix does this)")
		}
	},
}

func isIdentifier(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r == '$' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}

// jsGlobals are the names an empty JavaScript context defines (what
// node's vm.createContext({}) has): ${Math} loads, ${CF_TOKEN} does not.
var jsGlobals = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`undefined NaN Infinity globalThis Object Function Array Number
		parseFloat parseInt Boolean String Symbol Date Promise RegExp Error AggregateError EvalError
		RangeError ReferenceError SyntaxError TypeError URIError JSON Math Intl ArrayBuffer Uint8Array
		Int8Array Uint16Array Int16Array Uint32Array Int32Array Float32Array Float64Array
		Uint8ClampedArray BigUint64Array BigInt64Array DataView Map BigInt Set WeakMap WeakSet Proxy
		Reflect FinalizationRegistry WeakRef decodeURI decodeURIComponent encodeURI encodeURIComponent
		escape unescape eval isFinite isNaN console SharedArrayBuffer Atomics WebAssembly
		true false null this`) {
		jsGlobals[n] = true
	}
}
