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

// kimi-k2.5 is aliased to kimi-k2.6 from its retirement day (changelog
// 2026-05-08), which needs the Workers Paid plan (changelog 2026-07-28): still
// served, so a warning that says so, not "no longer served".
func TestAliasedRetirementIsServed(t *testing.T) {
	src := `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}",` +
		`"model1":"@cf/moonshotai/kimi-k2.5","model2":"@cf/baai/bge-small-en-v1.5"}]`
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	fs := findingsOf(t, rules.Options{Now: day("2026-11-26")}, src, "model-deprecated")
	require.Len(t, fs, 1)
	assert.Equal(t, model.Warning, fs[0].Severity)
	assert.Equal(t, `model1 "@cf/moonshotai/kimi-k2.5" was retired on 2026-05-30 and is now aliased to "@cf/moonshotai/kimi-k2.6" (at a higher price; needs the Workers Paid plan): name that model instead`, fs[0].Message)
	fs = findingsOf(t, rules.Options{Now: day("2026-05-01")}, src, "model-deprecated")
	require.Len(t, fs, 1)
	assert.Equal(t, model.Warning, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "is to be retired on 2026-05-30, then aliased to")
}

// Models Cloudflare's docs list but workers-types 5.20261117.1 lacks are
// known; the Clef decision models take state and questions, not messages.
func TestModelsFromTheDocsFacts(t *testing.T) {
	entry := func(m string) string {
		return `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}","model1":"` + m + `","model2":"@cf/baai/bge-small-en-v1.5"}]`
	}
	for _, id := range []string{"@cf/swiss-ai/apertus-v1.5-8b", "@cf/utter-project/eurollm-9b-it", "@cf/cloudflare/clef", "@cf/cloudflare/clef-flash", "@cf/cloudflare/clef-omni"} {
		assert.Empty(t, findingsOf(t, rules.Options{}, entry(id), "model-unknown"), id)
	}
	for _, id := range []string{"@cf/swiss-ai/apertus-v1.5-8b", "@cf/utter-project/eurollm-9b-it"} {
		assert.Empty(t, findingsOf(t, rules.Options{}, entry(id), "model-task"), id)
	}
	for _, id := range []string{"@cf/cloudflare/clef", "@cf/cloudflare/clef-flash", "@cf/cloudflare/clef-omni"} {
		fs := findingsOf(t, rules.Options{}, entry(id), "model-task")
		require.Len(t, fs, 1, id)
		assert.Contains(t, fs[0].Message, "takes neither messages nor a prompt", id)
	}
}

// A suggested replacement fits the slot: a retired chat model in model2
// gets no chat model suggested under model-task's call for embeddings.
func TestReplacementFitsTheSlot(t *testing.T) {
	src := `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}",` +
		`"model1":"@cf/qwen/qwen1.5-0.5b-chat","model2":"@cf/qwen/qwen1.5-0.5b-chat"}]`
	fs := findingsOf(t, rules.Options{}, src, "model-deprecated")
	require.Len(t, fs, 2)
	assert.Equal(t, `model1 "@cf/qwen/qwen1.5-0.5b-chat" was retired on 2025-10-01 and is no longer served; a suggested replacement: "@cf/meta/llama-4-scout-17b-16e-instruct"`, fs[0].Message)
	assert.Equal(t, `model2 "@cf/qwen/qwen1.5-0.5b-chat" was retired on 2025-10-01 and is no longer served`, fs[1].Message)
}
