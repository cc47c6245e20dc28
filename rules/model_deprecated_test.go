package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/rules"
)

func findingsOf(t *testing.T, opts rules.Options, src, rule string) []model.Finding {
	t.Helper()
	l := &lint.Linter{Rules: opts}
	r := l.Bytes("x.json", []byte(src))
	require.NoError(t, r.Err)
	var out []model.Finding
	for _, f := range r.Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

const retiringEntry = `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}",` +
	`"model1":"@cf/acme/retiring","model2":"@cf/baai/bge-small-en-v1.5"}]`

// A retirement is judged against Options.Now: ahead, a warning with the
// date; on or after the day, an error.
func TestRetirementSeverityFollowsNow(t *testing.T) {
	cat := catalog.Default().Extend([]*catalog.Model{{ID: "@cf/acme/retiring", Task: catalog.TextGeneration,
		Deprecated: "2026-05-30", Replacement: "@cf/zai-org/glm-4.7-flash"}}, nil)
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }

	before := findingsOf(t, rules.Options{Catalog: cat, Now: day("2026-05-29")}, retiringEntry, "model-deprecated")
	require.Len(t, before, 1)
	assert.Equal(t, model.Warning, before[0].Severity)
	assert.Equal(t, `model1 "@cf/acme/retiring" is to be retired on 2026-05-30; a suggested replacement: "@cf/zai-org/glm-4.7-flash"`, before[0].Message)

	after := findingsOf(t, rules.Options{Catalog: cat, Now: day("2026-05-30")}, retiringEntry, "model-deprecated")
	require.Len(t, after, 1)
	assert.Equal(t, model.Error, after[0].Severity)
	assert.Contains(t, after[0].Message, "was retired on 2026-05-30 and is no longer served")

	// A severity the user set lower is kept, ahead of the day too.
	info := findingsOf(t, rules.Options{Catalog: cat, Now: day("2026-05-29"), Severity: map[string]model.Severity{"model-deprecated": model.Info}},
		retiringEntry, "model-deprecated")
	require.Len(t, info, 1)
	assert.Equal(t, model.Info, info[0].Severity)
}

// The live list can call a model text generation that the types show
// takes neither messages nor a prompt: it cannot be model1.
func TestModel1ThatCannotChat(t *testing.T) {
	live := &catalog.Live{FetchedAt: time.Now(), Models: []catalog.LiveModel{{ID: "@cf/baai/bge-reranker-base", Task: catalog.TextGeneration}}}
	cat := catalog.Default().WithLive(live)
	src := `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}","model1":"@cf/baai/bge-reranker-base"}]`
	fs := findingsOf(t, rules.Options{Catalog: cat}, src, "model-task")
	require.Len(t, fs, 1)
	assert.Equal(t, `model1 is the completion model, but "@cf/baai/bge-reranker-base" takes neither messages nor a prompt, so it cannot answer Qarbine's completions; use a chat model`, fs[0].Message)
	assert.Empty(t, findingsOf(t, rules.Options{Catalog: cat}, src, "model-unknown"))
}
