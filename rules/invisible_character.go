package rules

import (
	"unicode/utf8"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// InvisibleCharacter reports a character no one sees inside a key or a
// value: pasted from a web page or a chat, it makes the value differ from
// what everyone reads.
var InvisibleCharacter = &Rule{
	ID:       "invisible-character",
	Severity: model.Warning,
	Summary:  "an invisible character (a zero-width space, a byte order mark, a no-break space) inside a key or a value, or a no-break space between tokens of JSON",
	Doc: "Text copied from a web page, a chat or a word processor may carry characters no one sees: a " +
		"zero-width space (U+200B), a zero-width joiner, a byte order mark (U+FEFF), a text-direction control, a " +
		"soft hyphen or a no-break space (U+00A0). Inside a key, a token, an account id or a URL they are part of " +
		"the value: \"apiKey\\u200b\" is an unknown field, a token with one is refused, and messages about the " +
		"value (\"33 characters\") seem wrong for what is on screen. qalint names the character and where it is; " +
		"delete it (fix does not: it never changes a value). Between tokens, a zero-width space is a parse error " +
		"(JavaScript refuses it), and in a JSON text a no-break space is reported here: JSON.parse rejects it.",
	Bad:  "[ { \"type\": \"Cloudflare\", \"alias\": \"cf\u200b\" } ]",
	Good: `[ { "type": "Cloudflare", "alias": "cf" } ]`,
	Check: func(c *Context) {
		for _, t := range c.Doc.Read.Tolerances {
			if t.Kind == reader.OddSpace && c.Doc.Style == model.JSON {
				// JavaScript takes a no-break space between tokens; JSON.parse
				// and strict JSON tools do not (outside tester).
				r, _ := utf8.DecodeRune(c.Doc.Src[t.Start:t.End])
				e, ptr := locate(c, t.Start)
				c.At(e, t.Start, t.End, ptr, "a %s (U+%04X) between tokens: JSON.parse and strict JSON tools reject it; write a plain space", spaceName(r), r)
				continue
			}
			if t.Kind != reader.InvisibleChar {
				continue
			}
			e, ptr := locate(c, t.Start)
			r, _ := utf8.DecodeRune(c.Doc.Src[t.Start:t.End])
			c.At(e, t.Start, t.End, ptr, "an invisible %s (U+%04X) inside this string: it is part of the key or value, which then differs from what you see; delete it",
				reader.InvisibleName(r), r)
		}
	},
}

// spaceName names a space other than the plain one.
func spaceName(r rune) string {
	switch r {
	case 0xA0:
		return "no-break space"
	case '\v', '\f':
		return "control space"
	case 0xFEFF:
		return "byte order mark"
	}
	return "Unicode space"
}
