package rules

import (
	"fmt"
	"strings"

	"github.com/qalint/qalint/internal/model"
)

// Parse reports input that cannot be read even leniently, or that is not a
// list of entries.
var Parse = &Rule{
	ID:       "parse",
	Severity: model.Error,
	Summary:  "the setting cannot be read, even leniently, or is not an array of entries",
	Doc: "qalint reads strict JSON, JSON with comments and trailing commas, Qarbine's JavaScript-literal " +
		"style and text with curly quotes. What is left over (prose pasted from the documentation, binary data, " +
		"an unclosed bracket, an empty file) is reported once, at the first place reading fails. When the " +
		"failure is prose after a value, qalint skips to the end of that line and checks the rest. The setting " +
		"must be an array: Qarbine logs \"The plugin settings must be an array\" otherwise.",
	Bad:  `aiAssistants = { "type": "Cloudflare", "alias": "cf" }` + "\n" + `"model1": "x", ← The completion default is …`,
	Good: `aiAssistants = [ { "type": "Cloudflare", "alias": "cf" } ]`,
	Check: func(c *Context) {
		if err := c.Doc.Read.Err; err != nil {
			msg := err.Msg
			if more := c.Doc.Read.Skipped; len(more) > 1 {
				var lines []string
				for _, s := range more[1:] {
					lines = append(lines, fmt.Sprint(c.Doc.Pos(s.Start).Line))
				}
				msg += fmt.Sprintf(" (the same on line %s)", strings.Join(lines, ", "))
			}
			c.At(nil, err.Offset, err.Offset, "", "%s", msg) // the reader masks what it quotes
		}
		if s := c.Doc.ShapeErr; s != nil {
			c.At(nil, s.Node.Start, s.Node.End, "", "%s", s.Msg)
		}
	},
}
