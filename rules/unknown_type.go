package rules

import (
	"github.com/qalint/qalint/internal/model"
)

// UnknownType reports a type the catalogue does not know.
var UnknownType = &Rule{
	ID:       "unknown-type",
	Severity: model.Warning,
	Summary:  "a type that is not in the type catalogue",
	Doc: "Qarbine picks the service by the entry's \"type\"; a misspelt type makes the entry unusable. " +
		"Only \"Cloudflare\" is confirmed verbatim by Qarbine's documentation; the other names in the " +
		"catalogue are qalint's reading, so this is a warning, and a type the catalogue lacks can be added " +
		"in .qalint.yaml (types:). A type that differs from a known one only in case (\"cloudflare\") is " +
		"checked as that type, so the rest of the entry is still judged.",
	Bad:  `{ "type": "cloudflare", "alias": "cf" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			v := re.TypeName
			if !v.Present() || v.Text == "" || (re.Type != nil && !re.TypeFolded) {
				continue
			}
			name := v.Text
			if re.TypeFolded {
				c.Value(re.Entry, v, "unknown type %s; did you mean %s? The rest of this entry was checked as %s",
					model.Quote(name), model.Quote(re.Type.Name), model.Quote(re.Type.Name))
				continue
			}
			if s, ok := suggest(name, c.Cat.TypeNames()); ok {
				c.Value(re.Entry, v, "unknown type %s; did you mean %s?", model.Quote(name), model.Quote(s))
				continue
			}
			c.Value(re.Entry, v, "unknown type %s; known types: %s (add others in .qalint.yaml)", model.Quote(name), joinQuoted(c.Cat.TypeNames()))
		}
	},
}
