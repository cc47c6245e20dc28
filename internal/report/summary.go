// Package report renders lint results: text for people, JSON for scripts.
package report

import (
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
)

// Summary counts a run. Its JSON form is a contract.
type Summary struct {
	Files    int `json:"files"`
	Entries  int `json:"entries"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Skipped counts the files a directory walk met but did not check,
	// their content not looking like settings (--verbose lists them).
	Skipped int `json:"skipped,omitempty"`
	// Unreadable counts the inputs that could not be read (a missing file,
	// a permission error): the run failed for them, whatever else it found.
	Unreadable int `json:"unreadable,omitempty"`
	// TooLarge counts the files a walk met that look like settings but are
	// larger than --max-size: named in a warning, not checked.
	TooLarge int `json:"tooLarge,omitempty"`
}

// Summarize counts results.
func Summarize(results []*lint.Result) Summary {
	var s Summary
	for _, r := range results {
		s.Add(r)
	}
	return s
}

// Add counts one result; an input that could not be read is counted as
// unreadable, one a walk skipped as skipped.
func (s *Summary) Add(r *lint.Result) {
	if r.Err != nil {
		s.Unreadable++
		return
	}
	if r.Skipped != "" {
		switch {
		case r.Skipped == lint.SkipTooLargeSettings:
			s.TooLarge++
		case lint.Counted(r.Skipped):
			s.Skipped++
		}
		return
	}
	s.Files++
	s.Entries += r.Entries()
	for _, f := range r.Findings {
		n := 1
		if f.LeftOut > 0 {
			n = f.LeftOut // the finding that says how many more were left out
		}
		switch f.Severity {
		case model.Error:
			s.Errors += n
		case model.Warning:
			s.Warnings += n
		case model.Info:
			s.Infos += n
		}
	}
}

// Findings flattens results in report order.
func Findings(results []*lint.Result) []model.Finding {
	out := []model.Finding{}
	for _, r := range results {
		out = append(out, r.Findings...)
	}
	return out
}
