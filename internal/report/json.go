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
	// Errors lists the inputs that could not be read; absent when none.
	Errors []InputError `json:"errors,omitempty"`
}

// InputError is an input that could not be read, and why.
type InputError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// JSON writes exactly one JSON object.
func JSON(w io.Writer, results []*lint.Result) error {
	return WriteAll(newJSONOutput(w), results)
}

// jsonOutput writes the JSONReport shape with its findings streamed.
type jsonOutput struct {
	stream  arrayStream
	summary Summary
	errs    []InputError
}

func newJSONOutput(w io.Writer) *jsonOutput { return &jsonOutput{stream: arrayStream{w: w}} }

// skeleton is JSONReport with the findings left to the stream.
func (o *jsonOutput) skeleton() any {
	return struct {
		Findings json.RawMessage `json:"findings"`
		Summary  Summary         `json:"summary"`
		Errors   []InputError    `json:"errors,omitempty"`
	}{streamMarker, o.summary, o.errs}
}

func (o *jsonOutput) start() error { return o.stream.open(o.skeleton) }

func (o *jsonOutput) Write(r *lint.Result) error {
	o.summary.Add(r)
	if r.Err != nil {
		o.errs = append(o.errs, InputError{Path: r.Path, Message: r.Err.Error()})
	}
	if err := o.start(); err != nil {
		return err
	}
	for i := range r.Findings {
		if err := o.stream.add(&r.Findings[i]); err != nil {
			return err
		}
	}
	return nil
}

func (o *jsonOutput) Flush() error {
	if err := o.start(); err != nil {
		return err
	}
	_, tail, _, err := split(o.skeleton())
	if err != nil {
		return err
	}
	return o.stream.end(tail)
}
