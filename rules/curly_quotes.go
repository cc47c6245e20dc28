package rules

import (
	"strconv"

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

// locate finds the entry and the JSON pointer of the value or key at
// offset, so that findings made from the reader's tolerances carry them too.
func locate(c *Context, offset int) (*model.Entry, string) {
	for _, e := range c.Doc.Entries {
		if offset < e.Node.Start || offset >= e.Node.End {
			continue
		}
		if p, ok := pointerIn(e.Node, offset, e.Pointer()); ok {
			return e, p
		}
		return e, e.Pointer()
	}
	return nil, ""
}

func pointerIn(n *reader.Node, offset int, at string) (string, bool) {
	if n.Start == offset {
		return at, true
	}
	for _, m := range n.Members {
		if m.KeyStart == offset {
			return at + "/" + model.EscapePointer(m.Key), true
		}
		if offset >= m.Value.Start && offset < m.Value.End {
			return pointerIn(m.Value, offset, at+"/"+model.EscapePointer(m.Key))
		}
	}
	for i, it := range n.Items {
		if offset >= it.Start && offset < it.End {
			return pointerIn(it, offset, at+"/"+strconv.Itoa(i))
		}
	}
	return at, false
}
