package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
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
	Tool               sarifTool                   `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            json.RawMessage             `json:"results"` // streamed: see arrayStream
	// Invocations say, when an input could not be read, that the run did
	// not succeed and why (SARIF's toolExecutionNotifications).
	Invocations []sarifInvocation `json:"invocations,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level   string    `json:"level"`
	Message sarifText `json:"message"` // names the input
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
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
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           struct {
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

// sarifOutput streams the results of one run.
type sarifOutput struct {
	stream  arrayStream
	version string
	index   map[string]int
	root    string
	seen    map[string]int // for fingerprints: findings so far per location
	tail    []byte
	log     sarifLog            // what start wrote, for the tail
	notes   []sarifNotification // inputs that could not be read
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
	o.root = sourceRoot()
	if o.root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLoc{srcRoot: {URI: fileURI(o.root) + "/"}}
	}
	o.seen = map[string]int{}
	o.log = sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	head, tail, indent, err := split(o.log)
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
	if r.Err != nil {
		o.notes = append(o.notes, sarifNotification{Level: "error", Message: sarifText{r.Err.Error()}})
	}
	for _, f := range r.Findings {
		res := sarifResult{RuleID: f.Rule, RuleIndex: o.index[f.Rule], Level: sarifLevel(f.Severity), Message: sarifText{f.Message}}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation = artifactLocation(o.root, f.File)
		reg := &loc.PhysicalLocation.Region
		reg.StartLine, reg.StartColumn, reg.EndLine, reg.EndColumn = f.Line, f.Column, f.EndLine, max(f.EndColumn, f.Column)
		res.Locations = []sarifLocation{loc}
		res.PartialFingerprints = map[string]string{fingerprintKey: fingerprint(loc.PhysicalLocation.ArtifactLocation.URI, f, o.seen)}
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
	if len(o.notes) > 0 {
		o.log.Runs[0].Invocations = []sarifInvocation{{ExecutionSuccessful: false, ToolExecutionNotifications: o.notes}}
		_, tail, _, err := split(o.log)
		if err != nil {
			return err
		}
		o.tail = tail
	}
	return o.stream.end(o.tail)
}

const (
	srcRoot        = "%SRCROOT%"
	fingerprintKey = "qalintFinding/v1"
)

// sourceRoot is the absolute repository root: the git work tree holding
// the working folder, else the working folder; "" when unknown.
func sourceRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	if root := lint.WorkTreeRoot(wd); root != "" {
		return root
	}
	return wd
}

// artifactLocation names a file relative to the root, or by an absolute
// file URI when it lies outside.
func artifactLocation(root, path string) sarifArtifactLoc {
	if path == lint.StdinName {
		return sarifArtifactLoc{URI: "stdin"}
	}
	rel, inside := relToRoot(root, path)
	switch {
	case inside:
		return sarifArtifactLoc{URI: escapePath(rel), URIBaseID: srcRoot}
	case filepath.IsAbs(rel):
		return sarifArtifactLoc{URI: fileURI(rel)}
	}
	return sarifArtifactLoc{URI: escapePath(rel)}
}

// relToRoot is path relative to root, slash-separated, when it lies inside
// (inside true); else the absolute path, or the cleaned path as given when
// there is no root.
func relToRoot(root, path string) (p string, inside bool) {
	abs, err := filepath.Abs(path)
	if err != nil || root == "" {
		return filepath.ToSlash(filepath.Clean(path)), false
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return abs, false
	}
	return filepath.ToSlash(rel), true
}

// repoPath is how GitHub names a file: from the repository root.
func repoPath(root, path string) string {
	if path == lint.StdinName {
		return path
	}
	p, _ := relToRoot(root, path)
	return p
}

// fileURI is file:///abs/path, percent-encoded.
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	return "file://" + escapePath(p)
}

// escapePath percent-encodes every byte of a slash-separated path except
// RFC 3986's unreserved characters, so spaces, non-ASCII names, '%', '#',
// '?' and a ':' that would read as a scheme all survive as one path.
func escapePath(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

var lineRef = regexp.MustCompile(`\blines? \d+(?:[-–,] ?\d+)*`)

// fingerprint identifies a finding across runs while lines move: the rule,
// the file, where in the entries it is, and the message with line numbers
// taken out; repeats of the same in one file are numbered.
func fingerprint(uri string, f model.Finding, seen map[string]int) string {
	key := strings.Join([]string{f.Rule, uri, f.Pointer, lineRef.ReplaceAllString(f.Message, "line N")}, "\x00")
	seen[key]++
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, seen[key])))
	return hex.EncodeToString(sum[:16])
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
