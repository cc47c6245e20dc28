package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/qalint/qalint/internal/probe"
	"github.com/qalint/qalint/internal/untrusted"
)

// ProbeSummary counts a probe run. Its JSON form is a contract.
type ProbeSummary struct {
	Total    int                  `json:"total"`
	OK       int                  `json:"ok"`
	Failed   int                  `json:"failed"`
	Skipped  int                  `json:"skipped"`
	ByStatus map[probe.Status]int `json:"byStatus"`
}

// SummarizeProbes counts results.
func SummarizeProbes(rs []probe.Result) ProbeSummary {
	s := ProbeSummary{ByStatus: map[probe.Status]int{}}
	for _, r := range rs {
		s.Add(r)
	}
	return s
}

// Add counts one result.
func (s *ProbeSummary) Add(r probe.Result) {
	if s.ByStatus == nil {
		s.ByStatus = map[probe.Status]int{}
	}
	s.Total++
	s.ByStatus[r.Status]++
	switch r.Status {
	case probe.OK:
		s.OK++
	case probe.Skipped:
		s.Skipped++
	default:
		s.Failed++
	}
}

// ProbeJSON writes {"results":[…],"summary":{…}}.
func ProbeJSON(w io.Writer, rs []probe.Result) error {
	return WriteAll(newProbeJSONOutput(w), rs)
}

// probeJSONOutput streams the results; the summary comes on Flush.
type probeJSONOutput struct {
	stream  arrayStream
	summary ProbeSummary
}

func newProbeJSONOutput(w io.Writer) *probeJSONOutput {
	return &probeJSONOutput{stream: arrayStream{w: w}, summary: ProbeSummary{ByStatus: map[probe.Status]int{}}}
}

func (o *probeJSONOutput) skeleton() any {
	return struct {
		Results json.RawMessage `json:"results"`
		Summary ProbeSummary    `json:"summary"`
	}{streamMarker, o.summary}
}

func (o *probeJSONOutput) start() error { return o.stream.open(o.skeleton) }

func (o *probeJSONOutput) Write(r probe.Result) error {
	if err := o.start(); err != nil {
		return err
	}
	o.summary.Add(r)
	return o.stream.add(r)
}

func (o *probeJSONOutput) Flush() error {
	if err := o.start(); err != nil {
		return err
	}
	_, tail, _, err := split(o.skeleton())
	if err != nil {
		return err
	}
	return o.stream.end(tail)
}

// probeTextOutput writes one aligned table per file, each as its file ends.
type probeTextOutput struct {
	w       io.Writer
	file    string
	tw      *tabwriter.Writer
	summary ProbeSummary
}

func (o *probeTextOutput) Write(r probe.Result) error {
	o.summary.Add(r)
	if r.File != o.file {
		if err := o.flushTable(); err != nil {
			return err
		}
		o.file = r.File
		fmt.Fprintln(o.w, untrusted.Path(o.file))
		o.tw = tabwriter.NewWriter(o.w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(o.tw, "  ALIAS\tKIND\tSTATUS\tHTTP\tLATENCY\tMESSAGE")
	}
	httpStatus, latency := "-", "-"
	if r.HTTPStatus != 0 {
		httpStatus = fmt.Sprint(r.HTTPStatus)
	}
	if r.Status != probe.Skipped && r.Status != probe.Refused {
		latency = fmt.Sprintf("%dms", r.LatencyMs)
	}
	_, err := fmt.Fprintf(o.tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", r.Alias, r.Kind, r.Status, httpStatus, latency, r.Message)
	return err
}

func (o *probeTextOutput) flushTable() error {
	if o.tw == nil {
		return nil
	}
	return o.tw.Flush()
}

func (o *probeTextOutput) Flush() error {
	if err := o.flushTable(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(o.w, probeSummaryLine(o.summary))
	return err
}

func probeSummaryLine(s ProbeSummary) string {
	if s.Total == 0 {
		return "no probes: no entry was selected"
	}
	var parts []string
	statuses := make([]string, 0, len(s.ByStatus))
	for st := range s.ByStatus {
		statuses = append(statuses, string(st))
	}
	sort.Strings(statuses)
	for _, st := range statuses {
		parts = append(parts, fmt.Sprintf("%d %s", s.ByStatus[probe.Status(st)], st))
	}
	return fmt.Sprintf("%s: %s", plural(s.Total, "probe"), strings.Join(parts, ", "))
}
