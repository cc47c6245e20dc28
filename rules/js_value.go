package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// JSValue says what a value only JavaScript reads means.
var JSValue = &Rule{
	ID:       "js-value",
	Severity: model.Info,
	Summary:  "a value only JavaScript reads (undefined, 0x1F, a line continuation, U+2028) and what it means",
	Doc: "Qarbine evaluates its settings as JavaScript, so these load, and they are not parse errors; " +
		"but they do not mean what they seem to. `undefined` is the same as leaving the key out (the default " +
		"applies), and an empty array slot (`,,`) is undefined too; `0x1F` is the number 31; a backslash at " +
		"the end of a line continues the string without a line break; a raw U+2028 or U+2029 inside a string " +
		"is an invisible character of the value. Strict JSON tools reject the first three. This is information, " +
		"not a problem: change the text if it is not what you meant.",
	Bad:  "aiAssistants = [ { type: 'Cloudflare', alias: 'cf', model2: undefined, dims: 0x180 } ];",
	Good: "aiAssistants = [ { type: 'Cloudflare', alias: 'cf', dims: 384 } ];",
	Check: func(c *Context) {
		for _, t := range c.Doc.Read.Tolerances {
			say := jsValueSays[t.Kind]
			if say == nil {
				continue // another rule's (a curly quote, a trailing comma…): not located for nothing
			}
			e, ptr := locate(c, t.Start)
			format, args := say(string(c.Doc.Src[t.Start:t.End]), ptr)
			c.At(e, t.Start, t.End, ptr, format, args...)
		}
	},
}

// jsValueSays is what each kind of value only JavaScript reads means, as
// a message's format and arguments, given the value's text and pointer.
// Its keys are the kinds this rule reports: a kind is named once.
var jsValueSays = map[reader.TolKind]func(text, ptr string) (string, []any){
	reader.JSValue: func(text, ptr string) (string, []any) {
		switch text {
		case "NaN":
			return "NaN is JavaScript's not-a-number: JSON has no such value, and a setting that needs a number gets none", nil
		case ",":
			return "an empty array slot (two commas in a row) is undefined: JavaScript reads an item here that holds nothing", nil
		}
		key := ptr[strings.LastIndexByte(ptr, '/')+1:]
		if key == "" || isNumber(key) {
			return "undefined: JavaScript reads this item as holding nothing", nil
		}
		return "%s: undefined is the same as leaving %s out (its default applies)", []any{key, key}
	},
	reader.JSNumber: func(text, _ string) (string, []any) {
		v, _ := reader.NumberValue(text)
		if strings.HasSuffix(v, "1e999") {
			return "%s is JavaScript's infinite number: JSON has none, and strict JSON tools reject it", []any{text}
		}
		return "%s is JavaScript for the number %s; strict JSON tools reject it: write %s", []any{text, v, v}
	},
	reader.LineContinuation: func(string, string) (string, []any) {
		return "a backslash at the end of a line continues the string: the line break is not part of the value", nil
	},
	reader.Arithmetic: func(text, _ string) (string, []any) {
		return "JavaScript computes %s as one number: is a comma missing?", []any{strings.Join(strings.Fields(text), " ")}
	},
	reader.LineSeparator: func(text, _ string) (string, []any) {
		return "an invisible line separator (U+%04X) is part of this value; delete it if it was pasted by accident", []any{[]rune(text)[0]}
	},
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
