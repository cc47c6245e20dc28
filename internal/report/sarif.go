package report

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/rules"
)

// HelpURI is where each rule's documentation lives: the README's section.
const HelpURI = "https://github.com/qalint/qalint/blob/main/README.md#"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool       `json:"tool"`
	ColumnKind string          `json:"columnKind"`
	Results    json.RawMessage `json:"results"` // streamed: see arrayStream
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string    `json:"id"`
	Name                 string    `json:"name"`
	ShortDescription     sarifText `json:"shortDescription"`
	FullDescription      sarifText `json:"fullDescription"`
	HelpURI              string    `json:"helpUri"`
	Help                 sarifText `json:"help"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
			EndLine     int `json:"endLine"`
			EndColumn   int `json:"endColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

func sarifLevel(s model.Severity) string {
	switch s {
	case model.Error:
		return "error"
	case model.Warning:
		return "warning"
	}
	return "note"
}

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: every
// rule in the driver, columns in Unicode code points, results (an empty
// array when clean).
func SARIF(w io.Writer, results []*lint.Result, version string) error {
	return WriteAll(newSARIFOutput(w, version), results)
}

// sarifOutput streams the results of one run.
type sarifOutput struct {
	stream  arrayStream
	version string
	index   map[string]int
	tail    []byte
}

func newSARIFOutput(w io.Writer, version string) *sarifOutput {
	return &sarifOutput{stream: arrayStream{w: w}, version: version}
}

// start writes the log up to the results: the tool and every rule.
func (o *sarifOutput) start() error {
	if o.index != nil {
		return o.stream.err
	}
	driver := sarifDriver{Name: "qalint", Version: o.version, InformationURI: "https://github.com/qalint/qalint", Rules: []sarifRule{}}
	o.index = map[string]int{}
	for i, r := range rules.All {
		o.index[r.ID] = i
		sr := sarifRule{ID: r.ID, Name: ruleName(r.ID), ShortDescription: sarifText{r.Summary}, FullDescription: sarifText{r.Doc},
			HelpURI: HelpURI + r.ID, Help: sarifText{rules.Explain(r)}}
		sr.DefaultConfiguration.Level = sarifLevel(r.Severity)
		driver.Rules = append(driver.Rules, sr)
	}
	run := sarifRun{Tool: sarifTool{driver}, ColumnKind: "unicodeCodePoints", Results: streamMarker}
	head, tail, indent, err := split(sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
	if err != nil {
		return err
	}
	o.tail = tail
	o.stream.start(head, indent)
	return o.stream.err
}

func (o *sarifOutput) Write(r *lint.Result) error {
	if err := o.start(); err != nil {
		return err
	}
	for _, f := range r.Findings {
		res := sarifResult{RuleID: f.Rule, RuleIndex: o.index[f.Rule], Level: sarifLevel(f.Severity), Message: sarifText{f.Message}}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = artifactURI(f.File)
		reg := &loc.PhysicalLocation.Region
		reg.StartLine, reg.StartColumn, reg.EndLine, reg.EndColumn = f.Line, f.Column, f.EndLine, max(f.EndColumn, f.Column)
		res.Locations = []sarifLocation{loc}
		if err := o.stream.add(res); err != nil {
			return err
		}
	}
	return nil
}

func (o *sarifOutput) Flush() error {
	if err := o.start(); err != nil {
		return err
	}
	return o.stream.end(o.tail)
}

// ruleName turns "gateway-path" into "GatewayPath", SARIF's custom.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// artifactURI is a relative, slash-separated path, as code scanning expects.
func artifactURI(path string) string {
	if path == lint.StdinName {
		return "stdin"
	}
	p := filepath.ToSlash(filepath.Clean(path))
	return strings.TrimPrefix(p, "./")
}
