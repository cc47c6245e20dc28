package rules

import (
	"github.com/qalint/qalint/internal/model"
)

// AliasDuplicate reports two entries with one alias.
var AliasDuplicate = &Rule{
	ID:       "alias-duplicate",
	Severity: model.Error,
	Summary:  "two entries share one alias",
	Doc: "Templates (completion(prompt, alias)), catalog searching (useAiAssistant) and vector queries " +
		"(useAssistant) pick an entry by alias. With two entries under one alias those references are " +
		"ambiguous. qalint reports the second entry.",
	Bad:  `[ { "type": "Cloudflare", "alias": "cf" }, { "type": "OpenAI", "alias": "cf" } ]`,
	Good: `[ { "type": "Cloudflare", "alias": "cf" }, { "type": "OpenAI", "alias": "openai" } ]`,
	Check: func(c *Context) {
		first := map[string]*model.Entry{}
		for _, e := range c.Entries() {
			alias, f, ok := e.Str("alias")
			if !ok || alias == "" {
				continue
			}
			if prev, dup := first[alias]; dup {
				_, pf, _ := prev.Str("alias")
				c.Field(e, f, "alias %s is already used by the entry at line %d; references to it are ambiguous: give this entry an alias of its own",
					model.Quote(alias), c.Doc.Pos(pf.Node.Start).Line)
				continue
			}
			first[alias] = e
		}
	},
}
