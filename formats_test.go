package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/ptytest"
	"github.com/qalint/qalint/rules"
)

// sarifSchema compiles the OASIS SARIF 2.1.0 schema (errata 01, the one
// GitHub code scanning documents), kept in testdata so no test fetches it.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	f, err := os.Open("testdata/sarif-2.1.0.schema.json")
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("sarif.json", doc))
	sch, err := c.Compile("sarif.json")
	require.NoError(t, err)
	return sch
}

func TestSARIFValidatesAndLocates(t *testing.T) {
	for _, in := range []string{"testdata/examples/cloudflare-template.json", "testdata/examples/workers-ai-direct.json"} {
		out, _, _ := qalint(t, "", "check", "--format", "sarif", in)
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		require.NoError(t, err)
		require.NoError(t, sarifSchema(t).Validate(inst), "valid SARIF 2.1.0")

		var raw struct {
			Version string `json:"version"`
			Runs    []struct {
				ColumnKind string `json:"columnKind"`
				Tool       struct {
					Driver struct {
						Rules []struct {
							ID      string `json:"id"`
							HelpURI string `json:"helpUri"`
						} `json:"rules"`
					} `json:"driver"`
				} `json:"tool"`
				Results []json.RawMessage `json:"results"`
			} `json:"runs"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &raw))
		assert.Equal(t, "2.1.0", raw.Version)
		require.Len(t, raw.Runs, 1)
		assert.Equal(t, "unicodeCodePoints", raw.Runs[0].ColumnKind)
		assert.Len(t, raw.Runs[0].Tool.Driver.Rules, len(rules.All), "every rule is declared")
		assert.NotNil(t, raw.Runs[0].Results, "results is an array even when clean")
		assert.Contains(t, out, `"results": [`)
	}
	golden(t, "testdata/examples/cloudflare-template.json.sarif.golden", func() string {
		out, _, _ := qalint(t, "", "check", "--format", "sarif", "testdata/examples/cloudflare-template.json")
		wd, err := os.Getwd()
		require.NoError(t, err)
		// The root is where the repository lies on this machine.
		return strings.Replace(out, `"uri": "file://`+filepath.ToSlash(wd)+`/"`, `"uri": "file:///ROOT/"`, 1)
	}())
}

// sarifRun is the part of a SARIF log the location tests read.
type sarifRun struct {
	OriginalURIBaseIDs map[string]struct {
		URI string `json:"uri"`
	} `json:"originalUriBaseIds"`
	Results []struct {
		RuleID    string `json:"ruleId"`
		Locations []struct {
			PhysicalLocation struct {
				ArtifactLocation struct {
					URI       string `json:"uri"`
					URIBaseID string `json:"uriBaseId"`
				} `json:"artifactLocation"`
				Region struct {
					StartLine int `json:"startLine"`
				} `json:"region"`
			} `json:"physicalLocation"`
		} `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	} `json:"results"`
}

// TestSARIFLocationsFromASubdirectory: run inside a git work tree from a
// sub-folder, on files with a space and a non-ASCII name, each named in two
// spellings; URIs are percent-encoded, relative to the work tree root under
// %SRCROOT%, one per file, and fingerprints do not depend on where qalint
// ran from nor on the line a finding moved to.
func TestSARIFLocationsFromASubdirectory(t *testing.T) {
	repo := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755)) // a work tree root, as far as SARIF cares
	sub := filepath.Join(repo, "config", "prod env")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	tmpl, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(sub, "ai assistants.json"), tmpl, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(sub, "Einstellungen-für-KI.json"), tmpl, 0o644))

	self, err := os.Getwd()
	require.NoError(t, err)
	schema := sarifSchema(t) // read before leaving the test's folder
	run := func(dir string, args ...string) (sarifRun, string) {
		t.Helper()
		t.Chdir(dir)
		defer t.Chdir(self)
		out, stderr, code := qalint(t, "", append([]string{"check", "--format", "sarif"}, args...)...)
		require.Equal(t, exitFindings, code, stderr)
		var log struct{ Runs []sarifRun }
		require.NoError(t, json.Unmarshal([]byte(out), &log))
		return log.Runs[0], out
	}

	fromSub, out := run(sub, ".", "ai assistants.json", "./Einstellungen-für-KI.json", filepath.Join(sub, "Einstellungen-für-KI.json"))
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	require.NoError(t, err)
	require.NoError(t, schema.Validate(inst), "valid SARIF 2.1.0")

	assert.Equal(t, "file://"+escapeForTest(filepath.ToSlash(repo))+"/", fromSub.OriginalURIBaseIDs["%SRCROOT%"].URI)
	uris := map[string]int{}
	for _, r := range fromSub.Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		assert.Equal(t, "%SRCROOT%", loc.URIBaseID)
		uris[loc.URI]++
	}
	assert.Equal(t, map[string]int{
		"config/prod%20env/ai%20assistants.json":           len(fromSub.Results) / 2,
		"config/prod%20env/Einstellungen-f%C3%BCr-KI.json": len(fromSub.Results) / 2,
	}, uris, "each file once, under one spelling")

	fromRoot, _ := run(repo, "config")
	require.Equal(t, len(fromSub.Results), len(fromRoot.Results))
	prints := map[string]bool{}
	for i := range fromSub.Results {
		fp := fromSub.Results[i].PartialFingerprints["qalintFinding/v1"]
		assert.Len(t, fp, 32)
		assert.Equal(t, fp, fromRoot.Results[i].PartialFingerprints["qalintFinding/v1"], "stable across working folders")
		assert.False(t, prints[fp], "fingerprints are distinct")
		prints[fp] = true
	}

	// Two lines inserted at the top: every finding moves, no fingerprint changes.
	moved := append([]byte("\n\n"), tmpl...)
	require.NoError(t, os.WriteFile(filepath.Join(sub, "ai assistants.json"), moved, 0o644))
	after, _ := run(repo, "config")
	for i := range after.Results {
		assert.Equal(t, fromRoot.Results[i].PartialFingerprints, after.Results[i].PartialFingerprints)
	}
	last := len(after.Results) - 1 // in "ai assistants.json", which sorts last
	assert.Equal(t, fromRoot.Results[last].Locations[0].PhysicalLocation.Region.StartLine+2, after.Results[last].Locations[0].PhysicalLocation.Region.StartLine)
}

// escapeForTest percent-encodes like the SARIF writer, written again here
// so the test does not trust the code it checks.
func escapeForTest(p string) string {
	var b strings.Builder
	for _, c := range []byte(p) {
		if strings.IndexByte("/-._~", c) >= 0 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func TestGitHubFormatEscapes(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a,b:c.json")
	require.NoError(t, os.WriteFile(p, []byte(`[{"type": "Cloudflare", "alias": "x", "account": "50%", "apiKey": "${K}"}]`), 0o644))
	out, _, code := qalint(t, "", "check", "--format", "github", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "::error file="+strings.NewReplacer(",", "%2C", ":", "%3A").Replace(p)+",line=1,col=")
	assert.Contains(t, out, ",title=qalint account-id::")
}

func TestGitHubActionsDefaultAndStepSummary(t *testing.T) {
	summary := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	out, _, code := qalint(t, "", "check", "testdata/rules/trailing-comma/bad.json")
	assert.Equal(t, exitOK, code)
	assert.True(t, strings.HasPrefix(out, "::warning file=testdata/rules/trailing-comma/bad.json,line=8,col=43,"), out)
	b, err := os.ReadFile(summary)
	require.NoError(t, err)
	assert.Contains(t, string(b), "| testdata/rules/trailing-comma/bad.json | 8 | 43 | warning | `trailing-comma` |")

	out, _, _ = qalint(t, "", "check", "--format", "json", "testdata/rules/trailing-comma/bad.json")
	assert.True(t, strings.HasPrefix(out, "{"), "an explicit --format wins")
}

func TestOutputFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "report.sarif")
	out, _, code := qalint(t, "", "check", "--format", "sarif", "--output", p, "testdata/rules/trailing-comma/bad.json")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"ruleId": "trailing-comma"`)
}

// The last run's --output is not read as settings by the next run's walk
// (a text report quotes the settings' lines: an outside tester's second
// run found a parse error in report.txt), and naming it is an error.
func TestOutputFileIsNotReadByTheNextRun(t *testing.T) {
	dir := t.TempDir()
	tmpl, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), tmpl, 0o644))
	report := filepath.Join(dir, "report.txt")
	var first string
	for run := range 2 {
		_, stderr, code := qalint(t, "", "check", "--verbose", "--output", report, dir)
		assert.Equal(t, exitFindings, code)
		b, err := os.ReadFile(report)
		require.NoError(t, err)
		if run == 0 {
			first = string(b)
			continue
		}
		assert.Equal(t, first, string(b), "the second run reports what the first did")
		assert.Contains(t, stderr, "qalint: skipped "+report+": this run's output goes to it")
	}
	_, stderr, code := qalint(t, "", "check", "--output", report, report)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "report.txt: this run's output goes to it") // (the folder's name, long and random, is masked as a token might be)
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	assert.Equal(t, first, string(b), "named as an input, the report is neither read nor written")
}

// A text report as the writer writes it today, left in the tree, is skipped
// by another run's walk as a report, not read as settings (it quotes
// them): the sniff's idea of a report's lines follows the writer's.
func TestAnOldTextReportIsSkippedByOtherRuns(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "aiAssistants.js")
	require.NoError(t, os.WriteFile(js, []byte("aiAssistants = [{ “type”: “Cloudflare”, “alias”: “old”, \"account\": \"ACCOUNT\" }];\n"), 0o644))
	for _, color := range []string{"never", "always"} {
		report := filepath.Join(dir, "report-"+color+".txt")
		_, _, code := qalint(t, "", "check", "--color", color, "--output", report, js)
		require.Equal(t, exitFindings, code)
		b, err := os.ReadFile(report)
		require.NoError(t, err)
		require.Contains(t, string(b), "aiAssistants = [", "the report quotes the setting")
	}
	out, stderr, code := qalint(t, "", "check", "--verbose", dir)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, "qalint: skipped "+filepath.Join(dir, "report-never.txt")+": a qalint text report")
	assert.NotContains(t, out, "report-", "no report is read as settings, the coloured one either")
	assert.Contains(t, out, "in 1 file (1 entry)")
}

// TestColorAutoFollowsTheTerminal drives --color auto through a real
// terminal and a real pipe: only a stream that is a terminal gets colour.
// (A bytes.Buffer never reaches the terminal check, so it cannot tell.)
func TestColorAutoFollowsTheTerminal(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	args := []string{"qalint", "check", "testdata/rules/trailing-comma/bad.json"} // --color auto

	control, terminal, err := ptytest.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer control.Close()
	got := readAll(control)
	run(context.Background(), args, strings.NewReader(""), terminal, io.Discard)
	terminal.Close()
	out := <-got
	assert.Contains(t, out, "\x1b[", "colour on a terminal")
	assert.Contains(t, out, "trailing comma")

	r, w, err := os.Pipe()
	require.NoError(t, err)
	got = readAll(r)
	run(context.Background(), args, strings.NewReader(""), w, io.Discard)
	w.Close()
	out = <-got
	assert.NotContains(t, out, "\x1b[", "no colour into a pipe")
	assert.Contains(t, out, "warning: trailing comma")
}

// readAll reads f to its end (or, for a terminal, until it is hung up) on
// its own goroutine, so that a writer never blocks on a full buffer.
func readAll(f *os.File) <-chan string {
	c := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(f) // a terminal's control side ends with EIO
		c <- string(b)
	}()
	return c
}

func TestColorNeverWithNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	out, _, _ := qalint(t, "", "check", "--color", "always", "testdata/rules/trailing-comma/bad.json")
	assert.NotContains(t, out, "\x1b[")
	t.Setenv("NO_COLOR", "")
	out, _, _ = qalint(t, "", "check", "--color", "always", "testdata/rules/trailing-comma/bad.json")
	assert.Contains(t, out, "\x1b[")
}

// TestStepSummaryEscapesFileContent: names and quoted text from the checked
// file reach the Markdown summary as text, never as HTML, links, code or
// extra table columns.
func TestStepSummaryEscapesFileContent(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a|<b>_x_`c`*e*$m$[l](u).json")
	require.NoError(t, os.WriteFile(p, []byte("[{\"type\": \"Cloudflare\", \"alias\": \"x\"}, <img src=x>\n]"), 0o644))
	summary := filepath.Join(dir, "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	_, _, code := qalint(t, "", "check", "--format", "github", p)
	assert.Equal(t, exitFindings, code)
	b, err := os.ReadFile(summary)
	require.NoError(t, err)
	md := string(b)
	assert.Contains(t, md, "a\\|\\<b\\>\\_x\\_\\`c\\`\\*e\\*\\$m\\$\\[l\\](u).json |")
	assert.Contains(t, md, `\<img src=x\>`)
	for _, special := range "<>`*$_[|" {
		unescaped := regexp.MustCompile(`(^|[^\\])` + regexp.QuoteMeta(string(special)))
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "| /") {
				line = strings.ReplaceAll(strings.ReplaceAll(line, "`schema`", ""), "`parse`", "")
				line = strings.ReplaceAll(line, "`model-deprecated`", "")
				line = strings.ReplaceAll(strings.ReplaceAll(line, "`trailing-comma`", ""), " | ", " ")
				assert.False(t, unescaped.MatchString(strings.Trim(line, "| ")), "unescaped %c in %s", special, line)
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(md), "\n") {
		if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| file ") {
			assert.Equal(t, 7, strings.Count(line, "|")-strings.Count(line, `\|`), "six columns: %s", line)
		}
	}
}

// TestStepSummaryFailureIsAWarning: a summary that cannot be written is
// reported, and the exit code is what the findings say.
func TestStepSummaryFailureIsAWarning(t *testing.T) {
	t.Setenv("GITHUB_STEP_SUMMARY", t.TempDir()) // a folder: appending fails
	for in, want := range map[string]int{
		"testdata/examples/workers-ai-direct.json":   exitOK,
		"testdata/examples/cloudflare-template.json": exitFindings,
	} {
		out, stderr, code := qalint(t, "", "check", "--format", "github", in)
		assert.Equal(t, want, code, in)
		assert.Contains(t, stderr, "qalint: warning: writing the step summary:")
		assert.Contains(t, out, "in 1 file", "the annotations are written all the same")
	}
}

// TestOutputFileKeptWhenTheRunFailsEarly: a run that stops before the
// report (an invalid configuration, a bad flag value) leaves an existing
// --output file as it was; a report that cannot be written is exit 2.
func TestOutputFileKeptWhenTheRunFailsEarly(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.sarif")
	require.NoError(t, os.WriteFile(p, []byte("previous report"), 0o600))
	badConfig := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(badConfig, []byte("rules: [\n"), 0o644))
	for _, args := range [][]string{
		{"--config", badConfig},
		{"--color", "sometimes"},
	} {
		_, _, code := qalint(t, "", append(append([]string{"check", "--format", "sarif", "--output", p}, args...), "testdata/examples/workers-ai-direct.json")...)
		assert.Equal(t, exitUsage, code, args)
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, "previous report", string(b), "%v: the old report is untouched", args)
	}

	_, _, code := qalint(t, "", "check", "--format", "sarif", "--output", p, "testdata/examples/workers-ai-direct.json")
	assert.Equal(t, exitOK, code)
	st, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "a replaced report keeps its permissions")
	left, _ := filepath.Glob(filepath.Join(dir, ".report.sarif.*"))
	assert.Empty(t, left, "no temporary file is left behind")

	_, stderr, code := qalint(t, "", "check", "--output", filepath.Join(dir, "no-such-folder", "r.txt"), "testdata/examples/workers-ai-direct.json")
	assert.Equal(t, exitUsage, code)
	assert.Equal(t, "qalint: --output "+filepath.Join(dir, "no-such-folder", "r.txt")+": no such file or directory\n", stderr, "named as given, not as the temporary file")

	if _, err := os.Stat("/dev/full"); err == nil {
		_, stderr, code := qalint(t, "", "check", "--output", "/dev/full", "testdata/examples/workers-ai-direct.json")
		assert.Equal(t, exitUsage, code, "a report that cannot be written is an I/O error")
		assert.Contains(t, stderr, "writing the report")
	}
}

func TestReportFileCloseFailureIsAnError(t *testing.T) {
	r, err := createReportFile(filepath.Join(t.TempDir(), "out.json"))
	require.NoError(t, err)
	require.NoError(t, r.File.Close()) // a second close fails, as a close on a full NFS volume would
	assert.Error(t, r.commit())
	_, err = os.Stat(r.target)
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing half-written is put in place")
}

// An input that cannot be read is in every format's output, not only on
// standard error: a script reading the JSON or SARIF sees the run failed,
// and the text summary never says "no problems found".
func TestUnreadableInputIsInTheReport(t *testing.T) {
	missing := "testdata/does-not-exist.json"
	out, _, code := qalint(t, "", "check", "--format", "json", missing)
	assert.Equal(t, exitUsage, code)
	var rep struct {
		Summary struct {
			Unreadable int `json:"unreadable"`
		} `json:"summary"`
		Errors []struct{ Path, Message string } `json:"errors"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
	assert.Equal(t, 1, rep.Summary.Unreadable)
	require.Len(t, rep.Errors, 1)
	assert.Equal(t, missing, rep.Errors[0].Path)
	assert.Contains(t, rep.Errors[0].Message, "no such file")

	out, _, code = qalint(t, "", "check", "--format", "sarif", missing)
	assert.Equal(t, exitUsage, code)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	require.NoError(t, err)
	require.NoError(t, sarifSchema(t).Validate(inst), "valid SARIF 2.1.0")
	assert.Contains(t, out, `"executionSuccessful": false`)
	assert.Contains(t, out, missing+": no such file")

	out, _, code = qalint(t, "", "check", missing)
	assert.Equal(t, exitUsage, code)
	assert.NotContains(t, out, "no problems found")
	assert.Contains(t, out, "1 input could not be read")
}

// A bad flag is one line and a hint, exit 2: not the whole help.
func TestBadFlagIsOneLine(t *testing.T) {
	out, stderr, code := qalint(t, "", "check", "--bogus")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Equal(t, "qalint: flag provided but not defined: -bogus (see qalint check --help)\n", stderr)
}

// Run from a sub-folder, the step summary names files from the repository
// root as the annotations do, and both give the entry's alias.
func TestStepSummaryFromASubfolder(t *testing.T) {
	repo := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	sub := filepath.Join(repo, "config")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	tmpl, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(sub, "ai.json"), tmpl, 0o644))
	summary := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	t.Chdir(sub)
	out, _, code := qalint(t, "", "check", "ai.json")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "::error file=config/ai.json,line=4,col=13,")
	assert.Contains(t, out, "::myCloudflare: account still holds", "the alias, as in the text format")
	b, err := os.ReadFile(summary)
	require.NoError(t, err)
	assert.Contains(t, string(b), "| config/ai.json | 4 | 13 | error | `placeholder` | myCloudflare: account still holds")
}
