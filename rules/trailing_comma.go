package rules

import (
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// TrailingComma reports a comma right before ] or }.
var TrailingComma = &Rule{
	ID:       "trailing-comma",
	Severity: model.Warning,
	Summary:  "a comma right before ] or }",
	Doc: "Strict JSON tools (jq, editors, other validators) reject a JSON file with a trailing comma; " +
		"`qalint fix` removes them. In a JavaScript-style text (Qarbine's `name = value` form, unquoted keys, " +
		"single quotes, a .js file) a trailing comma is valid and common, so it is not reported there, and " +
		"fix keeps it: what check marks fixable, fix fixes.",
	Bad:     `[ { "type": "Cloudflare", "alias": "cf", }, ]`,
	Good:    `[ { "type": "Cloudflare", "alias": "cf" } ]`,
	Fixable: true,
	Check: func(c *Context) {
		if c.Doc.Style != model.JSON {
			return
		}
		for _, t := range c.Doc.Read.Tolerances {
			if t.Kind == reader.TrailingComma {
				e, ptr := locate(c, t.Start)
				c.At(e, t.Start, t.End, ptr, "trailing comma: strict JSON tools reject it; delete it (qalint fix does this when the file is otherwise strict JSON)")
			}
		}
	},
}
