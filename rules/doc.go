package rules

import (
	"fmt"
	"strings"
)

// Explain renders a rule's documentation as `qalint explain` prints it.
func Explain(r *Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (default severity: %s)\n\n%s\n\n%s\n\nBad:\n    %s\n\nGood:\n    %s\n",
		r.ID, r.Severity, r.Summary, r.Doc, r.Bad, r.Good)
	if r.Fixable {
		b.WriteString("\n`qalint fix` rewrites this.\n")
	}
	return b.String()
}

// MarkdownTable renders the rule table the README carries between the
// markers <!-- rules:begin --> and <!-- rules:end -->; a test keeps the two
// in step.
func MarkdownTable() string {
	var b strings.Builder
	b.WriteString("| rule | severity | what it catches | fix |\n|---|---|---|---|\n")
	for _, r := range All {
		fix := ""
		if r.Fixable {
			fix = "yes"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.ID, r.Severity, strings.ReplaceAll(r.Summary, "|", `\|`), fix)
	}
	return b.String()
}

// MarkdownDocs renders each rule's documentation and examples for the README.
func MarkdownDocs() string {
	var b strings.Builder
	for _, r := range All {
		fmt.Fprintf(&b, "### `%s`\n\n%s\n\n```jsonc\n// bad\n%s\n// good\n%s\n```\n\n", r.ID, r.Doc, r.Bad, r.Good)
	}
	return b.String()
}
