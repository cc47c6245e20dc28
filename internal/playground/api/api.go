// Package api is what the playground page calls: qalint's lint, fix and
// explain on text held in memory, answered as JSON. It is plain Go so that
// it is tested natively; the js/wasm entry point only passes strings.
package api

import (
	"bytes"
	"encoding/json"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/rules"
)

// DefaultName is the file name findings carry when the page has none (text
// pasted rather than dropped).
const DefaultName = "aiAssistants.json"

// Lint checks text as `qalint check --format json` checks a file named
// name, and returns the very same JSON, through the same code (messages
// carry credentials masked by the rules that quote them).
func Lint(text, name string) []byte {
	if name == "" {
		name = DefaultName
	}
	var b bytes.Buffer
	if err := report.JSON(&b, []*lint.Result{(&lint.Linter{}).Bytes(name, []byte(text))}); err != nil {
		return errorJSON(err)
	}
	return b.Bytes()
}

// FixResult is what Fix answers.
type FixResult struct {
	Output  string `json:"output"`  // what `qalint fix` would write; the input when it cannot fix
	Changed bool   `json:"changed"` // anything was rewritten
	Summary string `json:"summary"` // "2 curly quotes, 1 trailing comma"
	Diff    string `json:"diff"`    // `qalint fix --diff`, to read: credentials masked (fix.DiffToRead)
	Error   string `json:"error"`   // why nothing can be fixed ("" when fixable)
}

// Fix rewrites text as `qalint fix` would write the file named name.
func Fix(text, name string) []byte {
	if name == "" {
		name = DefaultName
	}
	res, err := fix.Bytes([]byte(text))
	if err != nil {
		return marshal(FixResult{Output: text, Error: err.Error()})
	}
	out := FixResult{Output: string(res.Output), Changed: res.Changed(), Summary: res.Summary()}
	if out.Changed {
		var d bytes.Buffer
		if err := fix.DiffToRead(&d, name, []byte(text), res.Output); err != nil {
			out.Error = err.Error()
		}
		out.Diff = d.String()
	}
	return marshal(out)
}

// RuleDoc is one rule's documentation, as `qalint explain` prints it.
type RuleDoc struct {
	ID       string `json:"id"`
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Fixable  bool   `json:"fixable"`
	Text     string `json:"text"` // rules.Explain
	Error    string `json:"error,omitempty"`
}

// Explain documents one rule.
func Explain(id string) []byte {
	r, ok := rules.Lookup(id)
	if !ok {
		return marshal(RuleDoc{ID: id, Error: "unknown rule " + id})
	}
	return marshal(RuleDoc{ID: r.ID, Severity: r.Severity.String(), Summary: r.Summary, Fixable: r.Fixable, Text: rules.Explain(r)})
}

// About is what the page shows in its footer.
type About struct {
	Sources map[string]catalog.Source `json:"sources"` // by catalogue: models, types, providers
	Rules   []string                  `json:"rules"`   // every rule id, in documentation order
}

// Info says which catalogues and rules the page runs.
func Info() []byte {
	return marshal(About{Sources: catalog.Default().Sources, Rules: rules.IDs()})
}

func marshal(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return errorJSON(err)
	}
	return b
}

func errorJSON(err error) []byte {
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	return b
}
