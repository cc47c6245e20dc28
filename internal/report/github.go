package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
)

// GitHub writes workflow commands (::error, ::warning, ::notice) that turn
// into annotations on the lines of a pull request.
func GitHub(w io.Writer, results []*lint.Result) error {
	return WriteAll[*lint.Result](&githubOutput{w: w}, results)
}

// githubOutput writes annotations as results come; with a step summary it
// keeps the findings (not the documents) for the table written on Flush.
type githubOutput struct {
	w        io.Writer
	summary  io.Writer
	counts   Summary
	findings []model.Finding
}

func (o *githubOutput) Write(r *lint.Result) error {
	o.counts.Add(r)
	if o.summary != nil {
		o.findings = append(o.findings, r.Findings...)
	}
	for _, f := range r.Findings {
		cmd := map[model.Severity]string{model.Error: "error", model.Warning: "warning"}[f.Severity]
		if cmd == "" {
			cmd = "notice"
		}
		if _, err := fmt.Fprintf(o.w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			cmd, escapeProperty(f.File), f.Line, f.Column, f.EndLine, f.EndColumn,
			escapeProperty("qalint "+f.Rule), escapeData(f.Message)); err != nil {
			return err
		}
	}
	return nil
}

func (o *githubOutput) Flush() error {
	if _, err := fmt.Fprintln(o.w, summaryLine(o.counts)); err != nil {
		return err
	}
	if o.summary == nil {
		return nil
	}
	return stepSummary(o.summary, o.counts, o.findings)
}

// escapeData and escapeProperty follow the workflow-command rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// StepSummary writes a Markdown table of every finding, for
// $GITHUB_STEP_SUMMARY: GitHub shows only about ten annotations of each kind
// per step, the summary shows them all.
func StepSummary(w io.Writer, results []*lint.Result) error {
	return stepSummary(w, Summarize(results), Findings(results))
}

func stepSummary(w io.Writer, s Summary, fs []model.Finding) error {
	fmt.Fprintf(w, "### qalint\n\n%s\n\n", summaryLine(s))
	if len(fs) == 0 {
		return nil
	}
	fmt.Fprintln(w, "| file | line | column | severity | rule | message |\n|---|---|---|---|---|---|")
	cell := strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ")
	for _, f := range fs {
		fmt.Fprintf(w, "| %s | %d | %d | %s | `%s` | %s |\n", cell.Replace(f.File), f.Line, f.Column, f.Severity, f.Rule, cell.Replace(f.Message))
	}
	_, err := fmt.Fprintln(w)
	return err
}
