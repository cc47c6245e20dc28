package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/qalint/qalint/internal/probe"
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
	s := ProbeSummary{Total: len(rs), ByStatus: map[probe.Status]int{}}
	for _, r := range rs {
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
	return s
}

// ProbeJSON writes {"results":[…],"summary":{…}}.
func ProbeJSON(w io.Writer, rs []probe.Result) error {
	if rs == nil {
		rs = []probe.Result{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Results []probe.Result `json:"results"`
		Summary ProbeSummary   `json:"summary"`
	}{rs, SummarizeProbes(rs)})
}

// ProbeText writes a table per file and a summary line.
func ProbeText(w io.Writer, rs []probe.Result) error {
	file := "\x00"
	var tw *tabwriter.Writer
	flush := func() {
		if tw != nil {
			tw.Flush()
		}
	}
	for _, r := range rs {
		if r.File != file {
			flush()
			file = r.File
			fmt.Fprintln(w, file)
			tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "  ALIAS\tKIND\tSTATUS\tHTTP\tLATENCY\tMESSAGE")
		}
		httpStatus, latency := "-", "-"
		if r.HTTPStatus != 0 {
			httpStatus = fmt.Sprint(r.HTTPStatus)
		}
		if r.Status != probe.Skipped && r.Status != probe.Refused {
			latency = fmt.Sprintf("%dms", r.LatencyMs)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", r.Alias, r.Kind, r.Status, httpStatus, latency, r.Message)
	}
	flush()
	_, err := fmt.Fprintln(w, probeSummaryLine(SummarizeProbes(rs)))
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
