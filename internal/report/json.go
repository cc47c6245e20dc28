package report

import (
	"encoding/json"
	"io"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
)

// JSONReport is the shape of --format json; it is a contract.
type JSONReport struct {
	Findings []model.Finding `json:"findings"`
	Summary  Summary         `json:"summary"`
}

// JSON writes exactly one JSON object.
func JSON(w io.Writer, results []*lint.Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(JSONReport{Findings: Findings(results), Summary: Summarize(results)})
}
