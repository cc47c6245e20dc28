package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
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
		return out
	}())
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
