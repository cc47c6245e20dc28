package rules

import (
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// CurlyQuotes reports typographic quotes used as string delimiters.
var CurlyQuotes = &Rule{
	ID:       "curly-quotes",
	Severity: model.Error,
	Summary:  "a typographic quote (“ ” ‘ ’ „) delimits a string",
	Doc: "Copying an entry from a web page or a chat often turns straight quotes into typographic ones. " +
		"Neither JSON nor JavaScript accepts them as delimiters, so Qarbine cannot load the setting. qalint " +
		"reads through them so it can check the rest; `qalint fix` replaces them with straight quotes. Curly " +
		"quotes inside a straight-quoted string are content and are left alone.",
	Bad:     `{ "type": "Cloudflare", "model1": “@cf/meta/llama-3.1-8b-instruct-fast” }`,
	Good:    `{ "type": "Cloudflare", "model1": "@cf/meta/llama-3.1-8b-instruct-fast" }`,
	Fixable: true,
	Check: func(c *Context) {
		for _, t := range c.Doc.Read.Tolerances {
			if t.Kind == reader.CurlyQuote {
				e, ptr := locate(c, t.Start)
				c.At(e, t.Start, t.End, ptr,
					"typographic quotes delimit this string; Qarbine cannot load it: use straight quotes \" (qalint fix does this)")
			}
		}
	},
}
