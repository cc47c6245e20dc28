package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/probe"
)

// Output receives results one at a time, in report order, and finishes the
// report on Flush (kubeconform's output interface). A result may be dropped
// once Write returns: outputs keep counts, not documents.
type Output[T any] interface {
	Write(T) error
	Flush() error
}

// Options tune the check outputs.
type Options struct {
	Color bool // text: ANSI colours
	// SummaryOnly, for text, prints the counts line alone (check --summary).
	SummaryOnly bool
	Version     string // sarif: the driver's version
	// StepSummary, for github, receives a Markdown table of every finding
	// on Flush ($GITHUB_STEP_SUMMARY); nil: none.
	StepSummary io.Writer
}

// Formats are the check formats New knows, in the order help lists them.
var Formats = []string{"text", "json", "sarif", "github"}

// New returns the check output for a format.
func New(format string, w io.Writer, opts Options) (Output[*lint.Result], error) {
	switch format {
	case "text":
		return &textOutput{w: w, color: opts.Color, summaryOnly: opts.SummaryOnly}, nil
	case "json":
		return newJSONOutput(w), nil
	case "sarif":
		return newSARIFOutput(w, opts.Version), nil
	case "github":
		return &githubOutput{w: w, summary: opts.StepSummary}, nil
	}
	return nil, fmt.Errorf("unknown --format %q: use %s", format, strings.Join(Formats, ", "))
}

// ProbeFormats are the probe formats NewProbe knows.
var ProbeFormats = []string{"text", "json"}

// NewProbe returns the probe output for a format.
func NewProbe(format string, w io.Writer) (Output[probe.Result], error) {
	switch format {
	case "text":
		return &probeTextOutput{w: w, file: "\x00"}, nil
	case "json":
		return newProbeJSONOutput(w), nil
	}
	return nil, fmt.Errorf("unknown --format %q: use %s", format, strings.Join(ProbeFormats, ", "))
}

// WriteAll writes every item, then flushes: for callers that hold them all.
func WriteAll[T any](o Output[T], items []T) error {
	for _, it := range items {
		if err := o.Write(it); err != nil {
			return err
		}
	}
	return o.Flush()
}
