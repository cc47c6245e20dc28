package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// aiModel is what @cloudflare/workers-types says of one model id.
type aiModel struct {
	id, typeName string
	task         string // "" when the type does not tell
	chat         bool   // its inputs take messages or a prompt
}

var aiModelsEntry = regexp.MustCompile(`"(@[^"]+)"\s*:\s*([A-Za-z_$][\w$]*)\s*;`)

// parseAiModels reads `interface AiModels { "<id>": <Type>; … }` and tells
// each model's task from its type: a generic BaseAi<Task> type names it; a
// model's own Base_Ai_* type is read for what it takes and gives: messages
// or a prompt in and text out is text generation; text in and
// {shape, data} out is text embeddings. Problems are returned, not fatal.
func parseAiModels(src string) ([]aiModel, []string) {
	idx := index(declarations(stripComments(src)))
	var problems []string
	roots := idx["AiModels"]
	if len(roots) == 0 {
		return nil, []string{"no `interface AiModels { … }` found"}
	}
	var out []aiModel
	seen := map[string]bool{}
	for _, d := range roots {
		for _, m := range aiModelsEntry.FindAllStringSubmatch(d.text, -1) {
			id, typ := m[1], m[2]
			if seen[id] {
				problems = append(problems, fmt.Sprintf("AiModels lists %s twice; the first is kept", id))
				continue
			}
			seen[id] = true
			am := aiModel{id: id, typeName: typ}
			if len(idx[typ]) == 0 {
				problems = append(problems, fmt.Sprintf("%s: type %s is not declared; its task is unknown", id, typ))
				out = append(out, am)
				continue
			}
			class := idx[typ][0].text
			in := keys(member(class, "inputs"), idx)
			outKeys := keys(member(class, "postProcessedOutputs"), idx)
			am.chat = in["messages"] || in["prompt"]
			textOut := outKeys["response"] || outKeys["choices"]
			switch {
			case strings.HasPrefix(typ, "BaseAi"):
				am.task = kebab(strings.TrimPrefix(typ, "BaseAi"))
			case am.chat && textOut:
				am.task = "text-generation"
			case in["text"] && outKeys["shape"] && outKeys["data"]:
				am.task = "text-embeddings"
			default:
				am.task = "other"
			}
			out = append(out, am)
		}
	}
	return out, problems
}

// kebab turns TextToImage into text-to-image.
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte('-')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// excerptOf is the part of index.d.ts the generator reads: AiModels and
// every declaration it needs, comments removed, in the file's order.
func excerptOf(src, header string) (string, error) {
	idx := index(declarations(stripComments(src)))
	if len(idx["AiModels"]) == 0 {
		return "", fmt.Errorf("no `interface AiModels { … }` found")
	}
	var b strings.Builder
	b.WriteString(header)
	for _, d := range closure(idx, "AiModels") {
		b.WriteString(blankLines.ReplaceAllString(strings.TrimSpace(d.text), "\n"))
		b.WriteString("\n")
	}
	return b.String(), nil
}

var blankLines = regexp.MustCompile(`\n[ \t]*(\n[ \t]*)+`)
