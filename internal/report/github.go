package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
)

// githubOutput writes annotations as results come; with a step summary it
// keeps the findings (not the documents) for the table written on Flush.
type githubOutput struct {
	w        io.Writer
	summary  io.Writer
	root     string
	counts   Summary
	findings []model.Finding
}

func (o *githubOutput) Write(r *lint.Result) error {
	o.counts.Add(r)
	if o.summary != nil {
		o.findings = append(o.findings, r.Findings...)
	}
	if o.root == "" {
		o.root = sourceRoot()
	}
	if lint.WarnAlways(r.Skipped) {
		// An annotation, so that the run's page shows it (check says it on
		// standard error in the other formats).
		_, err := fmt.Fprintf(o.w, "::warning file=%s,title=%s::%s\n", escapeProperty(repoPath(o.root, r.Path)),
			escapeProperty(lint.SkipTitle(r.Skipped)), escapeData(r.Skipped))
		return err
	}
	for _, f := range r.Findings {
		cmd := map[model.Severity]string{model.Error: "error", model.Warning: "warning"}[f.Severity]
		if cmd == "" {
			cmd = "notice"
		}
		if _, err := fmt.Fprintf(o.w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			cmd, escapeProperty(repoPath(o.root, f.File)), f.Line, f.Column, f.EndLine, f.EndColumn,
			escapeProperty("qalint "+f.Rule), escapeData(aliasPrefix(f.Alias)+f.Message)); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes the summary line, then the step summary if there is one.
// A step summary that cannot be written is the caller's to report (a
// warning): the annotations are out by then.
func (o *githubOutput) Flush() error {
	if _, err := fmt.Fprintln(o.w, summaryLine(o.counts)); err != nil {
		return err
	}
	if o.summary == nil {
		return nil
	}
	if err := stepSummary(o.summary, o.root, o.counts, o.findings); err != nil {
		return &StepSummaryError{err}
	}
	return nil
}

// StepSummaryError is a step summary that could not be written.
type StepSummaryError struct{ Err error }

func (e *StepSummaryError) Error() string { return "writing the step summary: " + e.Err.Error() }
func (e *StepSummaryError) Unwrap() error { return e.Err }

// escapeData and escapeProperty follow the workflow-command rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// stepSummary names files from the repository root, as the annotations do,
// whatever folder qalint ran from, and gives each finding's entry alias.
func stepSummary(w io.Writer, root string, s Summary, fs []model.Finding) error {
	fmt.Fprintf(w, "### qalint\n\n%s\n\n", summaryLine(s))
	if len(fs) == 0 {
		return nil
	}
	fmt.Fprintln(w, "| file | line | column | severity | rule | message |\n|---|---|---|---|---|---|")
	for _, f := range fs {
		fmt.Fprintf(w, "| %s | %d | %d | %s | `%s` | %s |\n", markdownText(repoPath(root, f.File)), f.Line, f.Column, f.Severity, f.Rule, markdownText(aliasPrefix(f.Alias)+f.Message))
	}
	_, err := fmt.Fprintln(w)
	return err
}

// markdownSpecial are the characters that start HTML, entities, links,
// images, emphasis, code, math or a new column in GitHub's Markdown.
const markdownSpecial = "\\`*_~[]<>&|!$"

// markdownText makes text from the checked files (names, quoted values)
// render as itself in a Markdown table cell: markdownSpecial characters
// are backslash-escaped (Markdown reads \X as X), line breaks become
// spaces and other control characters U+FFFD.
func markdownText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case r < ' ' || r >= 0x7f && r <= 0x9f || isBidiControl(r):
			b.WriteRune('\uFFFD')
		case strings.ContainsRune(markdownSpecial, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
