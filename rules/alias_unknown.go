package rules

import (
	"strconv"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// aliasReferences are the keys through which other settings pick an entry
// by alias: catalog searching (catalogSettings.semanticSearching.useAiAssistant)
// and vector database queries (useAssistant).
var aliasReferences = []string{"useAiAssistant", "useAssistant"}

// AliasUnknown reports a reference to an alias no entry has.
var AliasUnknown = &Rule{
	ID:       "alias-unknown",
	Severity: model.Error,
	Summary:  "another setting names an alias (useAiAssistant, useAssistant) that no entry has",
	Doc: "Other settings pick an AI Assistant entry by its alias: catalog searching through " +
		"catalogSettings.semanticSearching.useAiAssistant, vector database queries through useAssistant. " +
		"When the text holding the entries also holds such a reference, it must name an existing alias, or " +
		"searching fails at run time. (References in templates, completion(prompt, alias), live elsewhere and " +
		"are not checked.)",
	Bad: "aiAssistants = [ { type: 'Cloudflare', alias: 'cf' } ];\n" +
		"catalogSettings = { semanticSearching: { useAiAssistant: 'cloudflare' } };",
	Good: "aiAssistants = [ { type: 'Cloudflare', alias: 'cf' } ];\n" +
		"catalogSettings = { semanticSearching: { useAiAssistant: 'cf' } };",
	Check: func(c *Context) {
		if c.Doc.Assistants == nil || c.Doc.Entries == nil {
			return
		}
		var aliases []string
		known := map[string]bool{}
		for _, e := range c.Entries() {
			if a := e.Alias(); a != "" && !known[a] {
				known[a] = true
				aliases = append(aliases, a)
			}
		}
		for _, s := range c.Doc.Settings {
			if s == c.Doc.Assistants {
				continue
			}
			aliasRefs(s.Value, s.Name, func(path string, n *reader.Node) {
				if known[n.Text] {
					return
				}
				msg := path + " names the alias " + model.Quote(n.Text) + ", but no entry has it"
				if near, ok := suggest(n.Text, aliases); ok {
					c.Node(nil, n, "", "%s; did you mean %s?", msg, model.Quote(near))
					return
				}
				if len(aliases) == 0 {
					c.Node(nil, n, "", "%s (no entry has an alias)", msg)
					return
				}
				c.Node(nil, n, "", "%s (aliases: %s)", msg, joinQuoted(aliases))
			})
		}
	},
}

// aliasRefs calls fn for every string under a reference key at or below n,
// with its dotted path from the setting's name.
func aliasRefs(n *reader.Node, path string, fn func(path string, n *reader.Node)) {
	switch n.Kind {
	case reader.Object:
		winning := n.Winners()
		for i, m := range n.Members {
			if !winning[i] {
				continue
			}
			p := path + "." + m.Key
			if m.Value.Kind == reader.String && isAliasReference(m.Key) {
				fn(p, m.Value)
				continue
			}
			aliasRefs(m.Value, p, fn)
		}
	case reader.Array:
		for i, it := range n.Items {
			aliasRefs(it, path+"["+strconv.Itoa(i)+"]", fn)
		}
	}
}

func isAliasReference(key string) bool {
	for _, k := range aliasReferences {
		if strings.EqualFold(key, k) {
			return true
		}
	}
	return false
}
