package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/probe"
	"github.com/qalint/qalint/internal/probe/probetest"
	"github.com/qalint/qalint/internal/ptytest"
)

// probeSetup starts the fake, writes testdata/probe/settings.json.tmpl
// pointing at it, and returns the file and the flags that allow the fake.
func probeSetup(t *testing.T) (*probetest.Fake, string, []string) {
	f := probetest.New(t)
	tmpl, err := os.ReadFile("testdata/probe/settings.json.tmpl")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "settings.json")
	require.NoError(t, os.WriteFile(path, []byte(strings.ReplaceAll(string(tmpl), "FAKE", f.URL)), 0o644))
	t.Setenv("CF_API_TOKEN", probetest.Token)
	t.Setenv("CF_AIG_TOKEN", probetest.GatewayToken)
	t.Setenv("OPENAI_API_KEY", "")
	host := strings.TrimPrefix(f.URL, "http://")
	return f, path, []string{"--cloudflare-api", f.URL + "/client/v4", "--allow-host", host}
}

// normalise removes what changes from run to run: the fake's address, the
// temporary path and latencies.
func normalise(s, fakeURL, path string) string {
	s = strings.ReplaceAll(s, fakeURL, "http://127.0.0.1:PORT")
	s = strings.ReplaceAll(s, path, "settings.json")
	s = regexp.MustCompile(`\b\d+ms\b`).ReplaceAllString(s, "Nms")
	s = regexp.MustCompile(`"latencyMs": \d+`).ReplaceAllString(s, `"latencyMs": 0`)
	s = regexp.MustCompile(`(?m)[ \t]+$`).ReplaceAllString(s, "")
	return regexp.MustCompile(`  +`).ReplaceAllString(s, "  ") // column widths follow the latencies' digits
}

func TestProbeEndToEnd(t *testing.T) {
	f, path, allow := probeSetup(t)
	out, stderr, code := qalint(t, "", append([]string{"probe"}, append(allow, path)...)...)
	assert.Equal(t, exitFindings, code, stderr)
	text := normalise(out, f.URL, path)
	golden(t, "testdata/probe/run.text.golden", text)
	for _, s := range []string{probetest.Token, probetest.GatewayToken} {
		assert.NotContains(t, out+stderr, s)
	}
	assert.NotContains(t, stderr, "probing", "no progress line when stderr is not a terminal")

	out, _, code = qalint(t, "", append([]string{"probe", "--format", "json"}, append(allow, path)...)...)
	assert.Equal(t, exitFindings, code)
	golden(t, "testdata/probe/run.json.golden", normalise(out, f.URL, path))
	var rep struct {
		Results []map[string]any `json:"results"`
		Summary map[string]any   `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Results, 14)
	for _, r := range rep.Results {
		for _, k := range []string{"file", "alias", "kind", "url", "status", "httpStatus", "latencyMs", "message"} {
			assert.Contains(t, r, k)
		}
	}
	assert.EqualValues(t, 14, rep.Summary["total"])
}

func TestProbeExitCodes(t *testing.T) {
	_, path, allow := probeSetup(t)
	run := func(extra ...string) int {
		_, _, code := qalint(t, "", append(append([]string{"probe"}, allow...), append(extra, path)...)...)
		return code
	}
	assert.Equal(t, exitOK, run("--only", "workers-ai"), "every probe ok")
	assert.Equal(t, exitOK, run("--only", "workers-ai", "--only", "through-gateway"))
	assert.Equal(t, exitFindings, run("--only", "no-gateway-token"), "auth failure")
	assert.Equal(t, exitFindings, run("--only", "gpt"), "skipped counts as not ok")
	assert.Equal(t, exitOK, run("--only", "gpt", "--allow-skipped"))
	assert.Equal(t, exitOK, run("--only", "retired-default", "--kind", "embedding"))
	assert.Equal(t, exitUsage, run("--kind", "chat"))
	assert.Equal(t, exitUsage, run("--format", "xml"))
	_, _, code := qalint(t, "", "probe", "testdata/no/such.json")
	assert.Equal(t, exitUsage, code)
}

func TestProbeDryRunSendsNothing(t *testing.T) {
	f, path, allow := probeSetup(t)
	out, _, code := qalint(t, "", append([]string{"probe", "--dry-run"}, append(allow, path)...)...)
	assert.Equal(t, exitFindings, code, "some requests would be skipped (gpt has no OPENAI_API_KEY): a real run could not pass")
	assert.Empty(t, f.Requests())
	assert.Contains(t, out, "Authorization: Bearer Tk9v…(32 chars)")
	assert.NotContains(t, out, probetest.Token)
	assert.NotContains(t, out, probetest.GatewayToken)
}

// TestProbeDryRunOnExamples: what `qalint probe --dry-run` shows for the
// shipped examples, with no variables set.
func TestProbeDryRunOnExamples(t *testing.T) {
	for _, name := range []string{"workers-ai-direct.json", "gateway-providers.json", "js-setting.js", "workers-ai-gateway.json", "workers-ai-gateway.js"} {
		t.Run(name, func(t *testing.T) {
			for _, v := range []string{"CF_API_TOKEN", "CF_AIG_TOKEN", "OPENAI_API_KEY"} {
				t.Setenv(v, "")
			}
			in := filepath.Join("testdata", "examples", name)
			out, stderr, code := qalint(t, "", "probe", "--dry-run", in)
			assert.Equal(t, exitFindings, code, "with no variable set every request would be skipped: %s", stderr)
			golden(t, in+".dryrun.golden", out)
		})
	}
}

// TestProbeProgressOnlyOnATerminal drives stderr through a real terminal and
// a real pipe: the progress line is for people watching, never for logs.
func TestProbeProgressOnlyOnATerminal(t *testing.T) {
	_, path, allow := probeSetup(t)
	args := append([]string{"qalint", "probe", "--kind", "completion"}, append(allow, path)...)

	control, terminal, err := ptytest.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer control.Close()
	got := readAll(control)
	run(context.Background(), args, strings.NewReader(""), terminal, terminal)
	terminal.Close()
	seen := <-got
	assert.Contains(t, seen, "probing… ", "progress on a terminal")
	// The line is cleared before the report (its first line followed
	// "probing… 6/6" on an outside tester's terminal).
	cleared := strings.LastIndex(seen, "\r\x1b[K")
	require.Positive(t, cleared, seen)
	assert.Greater(t, strings.Index(seen, path), cleared, "the report comes after the clearing:\n%q", seen)

	r, w, err := os.Pipe()
	require.NoError(t, err)
	got = readAll(r)
	run(context.Background(), args, strings.NewReader(""), io.Discard, w)
	w.Close()
	assert.NotContains(t, <-got, "probing", "no progress into a pipe")
}

// --dry-run's exit code says whether a real run could pass: a request
// skipped (without --allow-skipped) or refused fails it.
func TestDryRunExitCode(t *testing.T) {
	_, _, code := qalint(t, "", "probe", "--dry-run", "testdata/examples/cloudflare-template.json")
	assert.Equal(t, exitFindings, code, "every request skipped: a gate that probes nothing must not pass")
	_, _, code = qalint(t, "", "probe", "--dry-run", "--allow-skipped", "testdata/examples/cloudflare-template.json")
	assert.Equal(t, exitOK, code, "--allow-skipped accepts skipped requests, as in a real run")
	t.Setenv("CF_API_TOKEN", "test-token-value-0000")
	t.Setenv("CF_AIG_TOKEN", "test-gateway-token-0000")
	_, _, code = qalint(t, "", "probe", "--dry-run", "testdata/examples/workers-ai-direct.json")
	assert.Equal(t, exitOK, code, "every request would be sent")
}

// A refusal names the entry's lint error first: the misspelt baseUri1 is
// why the gateway token would go to api.openai.com.
func TestRefusalNamesTheLintErrorFirst(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "sk-proj-abcdefghijklmnop1234567890")
	t.Setenv("CF_AIG_TOKEN", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd")
	out, _, code := qalint(t, "", "probe", "--dry-run", "--kind", "completion", "testdata/probe/misspelt-base.json")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, `refused: the entry has a lint error, fix it first: line 1: unknown field "baseUri1"`)
	assert.Contains(t, out, `rename it "baseURI1" [unknown-field]; then: cf-aig-authorization`)
}

// A report whose reader went away (`probe | head -1`) ends the run as a
// closed pipe does, 141, as fix does, not as an I/O error (2).
func TestProbeIntoAClosedPipeExits141(t *testing.T) {
	_, path, allow := probeSetup(t)
	r, w, err := os.Pipe()
	require.NoError(t, err)
	r.Close()
	defer w.Close()
	var stderr strings.Builder
	code := run(context.Background(), append([]string{"qalint", "probe", "--kind", "completion"}, append(allow, path)...), strings.NewReader(""), w, &stderr)
	assert.Equal(t, 141, code, stderr.String())
	assert.NotContains(t, stderr.String(), "writing the report")
}

// --dry-run --format json is data a pipeline can read, credentials masked
// (it printed the text form).
func TestProbeDryRunAsJSON(t *testing.T) {
	const token = "Tq7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sAx"
	t.Setenv("CF_API_TOKEN", token)
	out, stderr, code := qalint(t, "", "probe", "--dry-run", "--format", "json", "testdata/examples/workers-ai-direct.json")
	assert.Equal(t, exitOK, code, stderr)
	var got []probe.DryRun
	require.NoError(t, json.Unmarshal([]byte(out), &got), out)
	require.NotEmpty(t, got)
	for _, d := range got {
		assert.Equal(t, "would-send", d.Outcome)
		assert.Equal(t, "POST", d.Method)
		require.NotEmpty(t, d.Headers["Authorization"])
		assert.Contains(t, d.Headers["Authorization"][0], "Bearer Tq7v…")
	}
	assert.NotContains(t, out, token[4:12])
}
