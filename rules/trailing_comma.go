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
	Doc: "Qarbine's JavaScript-style settings accept a trailing comma, but strict JSON tools (jq, editors, " +
		"other validators) reject the file. `qalint fix` removes them when the file is otherwise strict JSON.",
	Bad:     `[ { "type": "Cloudflare", "alias": "cf", }, ]`,
	Good:    `[ { "type": "Cloudflare", "alias": "cf" } ]`,
	Fixable: true,
	Check: func(c *Context) {
		for _, t := range c.Doc.Read.Tolerances {
			if t.Kind == reader.TrailingComma {
				e, ptr := locate(c, t.Start)
				c.At(e, t.Start, t.End, ptr, "trailing comma: strict JSON tools reject it; delete it (qalint fix does this when the file is otherwise strict JSON)")
			}
		}
	},
}
