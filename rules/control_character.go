package rules

import (
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// ControlCharacter reports a raw control character inside a string of a
// JSON-style text.
var ControlCharacter = &Rule{
	ID:       "control-character",
	Severity: model.Warning,
	Summary:  "a raw control character (a tab, U+0000–U+001F) inside a string of a JSON file",
	Doc: "Strict JSON does not allow a raw control character inside a string; jq, editors and JSON.parse " +
		"reject the file. JavaScript takes it, so in a JavaScript-style text (Qarbine's `name = value` form, " +
		"a .js file) it is not reported. Often it is an invisible tab pasted into a key or token. `qalint fix` " +
		"writes it as an escape (\\t, \\u0001), which keeps the value.",
	Bad:     "[ { \"type\": \"Cloudflare\", \"alias\": \"cf\tmain\" } ]",
	Good:    `[ { "type": "Cloudflare", "alias": "cf\tmain" } ]`,
	Fixable: true,
	Check: func(c *Context) {
		if c.Doc.Style != model.JSON {
			return
		}
		for _, t := range c.Doc.Read.Tolerances {
			if t.Kind == reader.ControlChar {
				e, ptr := locate(c, t.Start)
				c.At(e, t.Start, t.End, ptr, "a raw control character U+%04X inside a string: strict JSON rejects it; write it as %s (qalint fix does this)",
					c.Doc.Src[t.Start], t.Edits[0].Text)
			}
		}
	},
}
