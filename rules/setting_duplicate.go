package rules

import (
	"github.com/qalint/qalint/internal/model"
)

// SettingDuplicate reports a setting assigned twice in one text.
var SettingDuplicate = &Rule{
	ID:       "setting-duplicate",
	Severity: model.Warning,
	Summary:  "a setting is assigned twice in one text; the later value silently wins",
	Doc: "A settings text is JavaScript: when `aiAssistants = [ … ]` (or any setting) is assigned twice, the " +
		"later value replaces the earlier one without a word, so edits to the first have no effect. qalint " +
		"checks the entries of the later one and reports it. (Declaring a let or const twice is worse: " +
		"JavaScript refuses the text, which `parse` reports.)",
	Bad:  "aiAssistants = [ { type: 'Cloudflare', alias: 'cf' } ];\naiAssistants = [ { type: 'OpenAI', alias: 'gpt' } ];",
	Good: "aiAssistants = [ { type: 'Cloudflare', alias: 'cf' }, { type: 'OpenAI', alias: 'gpt' } ];",
	Check: func(c *Context) {
		first := map[string]*model.Setting{}
		for _, s := range c.Doc.Settings {
			prev, seen := first[s.Name]
			if !seen {
				first[s.Name] = s
				continue
			}
			if err := c.Doc.Read.Err; err != nil && err.Offset == s.NameStart {
				continue // a redeclared let or const: parse reports it
			}
			c.At(nil, s.NameStart, s.NameEnd, "", "%s is assigned again here (first on line %d): the earlier value is silently replaced",
				s.Name, c.Doc.Pos(prev.NameStart).Line)
		}
	},
}
