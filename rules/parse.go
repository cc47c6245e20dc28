package rules

import (
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
		"an unclosed bracket, an empty file) is reported at the first place reading fails. Prose after a value, " +
		"or on its own line before or after the setting (a note, a Markdown code fence, a bullet, a mail's " +
		"sign-off), is skipped to the end of its line and reported there (delete it); the entries are still " +
		"checked in the same run. The setting " +
		"must be an array: Qarbine logs \"The plugin settings must be an array\" otherwise.",
	Bad:  `aiAssistants = { "type": "Cloudflare", "alias": "cf" }` + "\n" + `"model1": "x", ← The completion default is …`,
	Good: `aiAssistants = [ { "type": "Cloudflare", "alias": "cf" } ]`,
	Check: func(c *Context) {
		// Each place the reader skipped is one finding, so that every place
		// to delete is listed with its own position (fix lists the same).
		read := c.Doc.Read
		if err := read.Err; err != nil && (len(read.Recovered) == 0 || read.Recovered[0] != err) {
			c.At(nil, err.Offset, err.Offset, "", "%s", err.Msg) // the reader masks what it quotes
		}
		for _, err := range read.Recovered {
			c.At(nil, err.Offset, err.Offset, "", "%s", err.Msg)
		}
		if s := c.Doc.ShapeErr; s != nil {
			c.At(nil, s.Node.Start, s.Node.End, "", "%s", s.Msg)
		}
	},
}
