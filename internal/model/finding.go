// Package model holds what every part of qalint shares: a read document and
// its entries, and the findings reported on them.
package model

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/qalint/qalint/internal/text"
)

// Severity of a finding. Off disables a rule.
type Severity int8

const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{"off", "info", "warning", "error"}

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return "unknown"
	}
	return severityNames[s]
}

// ParseSeverity reads "error", "warning", "info" or "off".
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(s, n) {
			return Severity(i), nil
		}
	}
	return Off, fmt.Errorf("unknown severity %q: use error, warning, info or off", s)
}

func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

func (s *Severity) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	v, err := ParseSeverity(name)
	*s = v
	return err
}

// Finding is one problem at one place in one file. Its JSON form is a
// contract: scripts read it.
type Finding struct {
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"endLine"`
	EndColumn int      `json:"endColumn"`
	Severity  Severity `json:"severity"`
	Rule      string   `json:"rule"`
	Message   string   `json:"message"`
	Alias     string   `json:"alias"` // "" when the finding is not in an entry with an alias
	Pointer   string   `json:"pointer"`

	// Byte span in the input as read (UTF-16 input decoded to UTF-8, as
	// Document.Src holds it), for fixes and suppressions.
	Start int `json:"-"`
	End   int `json:"-"`
	// LeftOut, on the finding that says a rule's further findings in the
	// file were left out (past rules.MaxPerRule), is how many: counts of
	// errors (fix's "N errors left for you") take them from it.
	LeftOut int `json:"-"`
}

// QuoteLimit is how many characters of a value a message quotes at most.
const QuoteLimit = 80

// Clip returns s cut to at most n characters, with "…" when cut (see
// text.Clip).
func Clip(s string, n int) string { return text.Clip(s, n) }
