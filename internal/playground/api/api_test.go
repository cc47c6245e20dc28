package api_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/playground/api"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/rules"
)

// inputs are every settings file in testdata: examples, rule cases, secrets.
func inputs(t *testing.T) []string {
	var out []string
	for _, glob := range []string{"../../../testdata/*/*", "../../../testdata/*/*/*"} {
		paths, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, p := range paths {
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() &&
				!strings.HasSuffix(p, ".golden") && !strings.HasSuffix(p, ".md") && !strings.Contains(p, "schema.json") {
				out = append(out, p)
			}
		}
	}
	require.NotEmpty(t, out)
	return out
}

// The page's findings are byte for byte what `qalint check --format json`
// prints for the same file, on every input in testdata.
func TestLintIsCheckFormatJSON(t *testing.T) {
	for _, p := range inputs(t) {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		var want bytes.Buffer
		require.NoError(t, report.JSON(&want, []*lint.Result{(&lint.Linter{}).Bytes(p, src)}))
		assert.Equal(t, want.String(), string(api.Lint(string(src), p)), p)
	}
}

func TestLintTemplate(t *testing.T) {
	src, err := os.ReadFile("../../../testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	var got report.JSONReport
	require.NoError(t, json.Unmarshal(api.Lint(string(src), ""), &got))
	require.NotEmpty(t, got.Findings)
	assert.Equal(t, api.DefaultName, got.Findings[0].File, "pasted text gets a name")
	assert.Equal(t, "placeholder", got.Findings[0].Rule)
	assert.Equal(t, [4]int{4, 13, 4, 28}, [4]int{got.Findings[0].Line, got.Findings[0].Column, got.Findings[0].EndLine, got.Findings[0].EndColumn})
	assert.Equal(t, report.Summary{Files: 1, Entries: 1, Errors: 8, Warnings: 1}, got.Summary, "each pasted note is its own parse finding")
}

func TestLintCleanHasAnEmptyArray(t *testing.T) {
	assert.Contains(t, string(api.Lint(`[]`, "")), `"findings": []`)
}

func TestLintNeverShowsSecrets(t *testing.T) {
	src, err := os.ReadFile("../../../testdata/secrets/literal.json")
	require.NoError(t, err)
	for _, s := range []string{"Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA", "Zt5Kq9Wm3Xc7Vb1Nh6Jd4Lf8Gs2Pa0Ry", "Hk3Lm8Np2Qr7St1Uv6Wx0Yz4Ab9Cd5Ef", "Rf8Tg2Yh6Uj0Ik4Ol9Pz3Xc7Vb1Nm5Qa"} {
		assert.NotContains(t, string(api.Lint(string(src), "")), s)
	}
	// The fixed text is the user's own file and keeps its values; the diff,
	// like `qalint fix --diff`, masks them.
	var res api.FixResult
	require.NoError(t, json.Unmarshal(api.Fix(string(src), ""), &res))
	assert.Contains(t, res.Output, "Gh2Ij7Kl1Mn6Op0Qr5St9Uv3Wx8Yz4Ab")
	assert.NotContains(t, res.Diff, "Gh2Ij7Kl1Mn6Op0Qr5St9Uv3Wx8Yz4Ab")
	assert.Contains(t, res.Diff, `"x-api-key": "Gh2I`)
}

func TestFix(t *testing.T) {
	src := "[ { “type”: “Cloudflare”, \"alias\": \"cf\", }, ]\n"
	want, err := fix.Bytes([]byte(src))
	require.NoError(t, err)
	var res api.FixResult
	require.NoError(t, json.Unmarshal(api.Fix(src, "a.json"), &res))
	assert.Equal(t, string(want.Output), res.Output)
	assert.Equal(t, "[ { \"type\": \"Cloudflare\", \"alias\": \"cf\" } ]\n", res.Output)
	assert.True(t, res.Changed)
	assert.Equal(t, "2 curly quotes, 2 trailing commas", res.Summary)
	assert.Equal(t, "--- a/a.json\n+++ b/a.json\n@@ -1,1 +1,1 @@\n-[ { “type”: “Cloudflare”, \"alias\": \"cf\", }, ]\n+[ { \"type\": \"Cloudflare\", \"alias\": \"cf\" } ]\n", res.Diff)
	assert.Empty(t, res.Error)
}

func TestFixNothingToDo(t *testing.T) {
	var res api.FixResult
	require.NoError(t, json.Unmarshal(api.Fix(`[]`, ""), &res))
	assert.Equal(t, api.FixResult{Output: "[]"}, res)
}

// The documentation's template has prose in it: fix refuses, as on the
// command line, and says where.
func TestFixRefusesTheTemplate(t *testing.T) {
	src, err := os.ReadFile("../../../testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	var res api.FixResult
	require.NoError(t, json.Unmarshal(api.Fix(string(src), ""), &res))
	assert.False(t, res.Changed)
	assert.Equal(t, string(src), res.Output)
	assert.Contains(t, res.Error, "cannot be fixed safely: line 6, column 18")
}

func TestExplain(t *testing.T) {
	for _, r := range rules.All {
		var doc api.RuleDoc
		require.NoError(t, json.Unmarshal(api.Explain(r.ID), &doc))
		assert.Equal(t, rules.Explain(r), doc.Text)
		assert.Equal(t, r.Fixable, doc.Fixable)
		assert.Empty(t, doc.Error)
	}
	var doc api.RuleDoc
	require.NoError(t, json.Unmarshal(api.Explain("nope"), &doc))
	assert.Equal(t, "unknown rule nope", doc.Error)
}

func TestInfo(t *testing.T) {
	var about api.About
	require.NoError(t, json.Unmarshal(api.Info(), &about))
	for _, name := range []string{"models", "types", "providers"} {
		assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, about.Sources[name].AsOf, name)
		assert.NotEmpty(t, about.Sources[name].Source, name)
	}
	assert.Equal(t, rules.IDs(), about.Rules)
}
