package report_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/qalint/qalint/internal/golden"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/probe"
	"github.com/qalint/qalint/internal/report"
)

func results(t *testing.T) []*lint.Result {
	l := &lint.Linter{}
	rs := []*lint.Result{
		l.Bytes("a.json", []byte(`[{"type": "Cloudflare", "alias": "a <b> & c", "cacheEntries": "yes"}]`)),
		l.Bytes("b.json", []byte(`[]`)),
		l.Bytes("c.json", []byte(`[{"alias": "x"}, {"alias": "x"}]`)),
	}
	require.NotEmpty(t, rs[0].Findings)
	return rs
}

// indented is encoding/json's whole-document form, which the streamed
// outputs must reproduce byte for byte.
func indented(t *testing.T, v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	return b.String()
}

func TestJSONStreamIsTheWholeDocument(t *testing.T) {
	rs := results(t)
	var out bytes.Buffer
	require.NoError(t, report.JSON(&out, rs))
	want := indented(t, report.JSONReport{Findings: report.Findings(rs), Summary: report.Summarize(rs)})
	assert.Equal(t, want, out.String())

	out.Reset()
	require.NoError(t, report.JSON(&out, nil))
	assert.Equal(t, indented(t, report.JSONReport{Findings: report.Findings(nil)}), out.String(), `"findings": [] when there are none`)
}

func TestProbeJSONStreamIsTheWholeDocument(t *testing.T) {
	rs := []probe.Result{{File: "a.json", Alias: "a", Kind: probe.Completion, Status: probe.OK}, {File: "a.json", Alias: "b", Kind: probe.Embedding, Status: probe.Skipped}}
	var out bytes.Buffer
	require.NoError(t, report.ProbeJSON(&out, rs))
	want := indented(t, struct {
		Results []probe.Result      `json:"results"`
		Summary report.ProbeSummary `json:"summary"`
	}{rs, report.SummarizeProbes(rs)})
	assert.Equal(t, want, out.String())
}

// Outputs write as results come: what a file has to say is out before the
// next file is written, and the closing only on Flush.
func TestOutputsStream(t *testing.T) {
	rs := results(t)
	for _, format := range report.Formats {
		t.Run(format, func(t *testing.T) {
			var w bytes.Buffer
			o, err := report.New(format, &w, report.Options{})
			require.NoError(t, err)
			require.NoError(t, o.Write(rs[0]))
			first := w.Len()
			assert.NotZero(t, first, "the first file's findings are written at once")
			assert.NotContains(t, w.String(), "error in", "no summary before Flush")
			require.NoError(t, o.Write(rs[1]))
			require.NoError(t, o.Write(rs[2]))
			require.NoError(t, o.Flush())
			assert.Greater(t, w.Len(), first)
		})
	}
	_, err := report.New("xml", &bytes.Buffer{}, report.Options{})
	assert.ErrorContains(t, err, `unknown --format "xml"`)
}

// A window cut from a long line can start inside a credential whose key is
// far to its left, out of view: it is masked all the same.
func TestSnippetWindowMasksACredentialWhoseKeyIsOutOfView(t *testing.T) {
	secretValue := "sk-" + strings.Repeat("Qx7vT2mN9pL4kR8s", 64) // 1,027 characters
	src := `[{"type": "OpenAI", "alias": "a", "apiKey": "` + secretValue + `", "cacheEntries": "yes"}]`
	r := (&lint.Linter{}).Bytes("s.json", []byte(src))
	var out bytes.Buffer
	require.NoError(t, report.Text(&out, []*lint.Result{r}, report.TextOptions{}))
	require.Contains(t, out.String(), `"cacheEntries": "yes"`, "the finding after the credential is shown")
	tail := secretValue[len(secretValue)-40:]
	assert.False(t, strings.Contains(out.String(), tail[:12]), "the credential's end is masked:\n%s", out.String())
}

// Windows on one long line share the masking of a chunk and the count of
// characters to the column; each must read as it would on its own.
func TestSnippetsOnOneLongLineReadAsAlone(t *testing.T) {
	var b strings.Builder
	b.WriteString(`[{"type": "Cloudflare", "alias": "a", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${K}"`)
	for i := range 100 {
		fmt.Fprintf(&b, `, "token%d": "Qx7vT2mN9pL4kR8sW1yZ5bC3dF6gH0j%d", "cacheEntries": "x%d"`, i, i, i)
	}
	b.WriteString("}]")
	r := (&lint.Linter{}).Bytes("long.json", []byte(b.String()))
	require.Greater(t, len(r.Findings), 100)
	var together bytes.Buffer
	require.NoError(t, report.Text(&together, []*lint.Result{r}, report.TextOptions{}))
	var alone bytes.Buffer
	for _, f := range r.Findings {
		one := *r
		one.Findings = []model.Finding{f}
		var out bytes.Buffer
		require.NoError(t, report.Text(&out, []*lint.Result{&one}, report.TextOptions{}))
		alone.WriteString(findingsOnly(out.String()))
	}
	got := together.String()
	assert.Equal(t, alone.String(), findingsOnly(got))
	assert.NotContains(t, got, "Qx7vT2mN9pL4", "no credential shown")
}

// findingsOnly drops the summary and `qalint explain` lines of a text report.
func findingsOnly(s string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		if strings.Contains(line, " in 1 file (") || strings.HasPrefix(line, "qalint explain ") {
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}
