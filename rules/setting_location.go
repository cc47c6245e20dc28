package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
)

// SettingLocation says where a JSON document holds the aiAssistants setting
// when it is nested below the top level.
var SettingLocation = &Rule{
	ID:       "setting-location",
	Severity: model.Info,
	Summary:  "where a JSON document holds the aiAssistants setting, when it is nested",
	Doc: "qalint finds the aiAssistants setting at any depth of a JSON document (a deployment file, an " +
		"export holding several settings) and checks it there; the settings beside it (catalogSettings) are " +
		"read for the rules that look across settings. This notes where it was found: finding pointers are " +
		"relative to its array.",
	Bad:  `{ "qarbine": { "settings": { "aiAssistants": [ { "type": "Cloudflare", "alias": "cf" } ] } } }`,
	Good: `{ "aiAssistants": [ { "type": "Cloudflare", "alias": "cf" } ] }`,
	Check: func(c *Context) {
		s := c.Doc.Assistants
		if s == nil || strings.Count(s.Pointer, "/") < 2 {
			return
		}
		c.At(nil, s.NameStart, s.NameEnd, "", "the %s setting is read from %s in this document; finding pointers are relative to its array", s.Name, s.Pointer)
	},
}
