package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A trimmed index.d.ts in workers-types' own shapes: a generic task type, a
// chat model's own type over shared chat types, an embedding model, an
// image model that takes a prompt but gives no text, and a model whose
// inputs are neither messages nor a prompt.
const typesFixture = `/* licence */
type RoleScopedChatInput = { role: string; content: string };
type AiTextGenerationInput = {
  prompt?: string; // a comment with { braces
  messages?: RoleScopedChatInput[];
};
type AiTextGenerationOutput = { response?: string };
declare abstract class BaseAiTextGeneration {
  inputs: AiTextGenerationInput;
  postProcessedOutputs: AiTextGenerationOutput;
}
interface ChatCompletionsInput { messages: RoleScopedChatInput[]; model?: "a;b" }
interface ChatCompletionsOutput { choices: { message: { content: string } }[] }
declare abstract class Base_Ai_Cf_Zai_Org_Glm_5_3 {
  inputs: Omit<ChatCompletionsInput, "x"> & { reasoning_effort?: "max" | null };
  postProcessedOutputs: ChatCompletionsOutput;
}
type Ai_Cf_Baai_Bge_Small_Input = | { text: string | string[] } | { requests: { text: string }[] };
type Ai_Cf_Baai_Bge_Small_Output = { shape?: number[]; data?: number[][] };
declare abstract class Base_Ai_Cf_Baai_Bge_Small {
  inputs: Ai_Cf_Baai_Bge_Small_Input;
  postProcessedOutputs: Ai_Cf_Baai_Bge_Small_Output;
}
declare abstract class Base_Ai_Cf_Flux {
  inputs: { prompt: string; steps?: number };
  postProcessedOutputs: { image?: string };
}
declare abstract class Base_Ai_Cf_Rerank {
  inputs: { query: string; contexts: { text?: string }[] };
  postProcessedOutputs: { response?: { id?: number; score?: number }[] };
}
declare class Unrelated { run(): void; }
interface AiModels {
  "@cf/meta/llama-2-7b-chat-int8": BaseAiTextGeneration;
  "@cf/zai-org/glm-5.3": Base_Ai_Cf_Zai_Org_Glm_5_3;
  "@cf/baai/bge-small-en-v1.5": Base_Ai_Cf_Baai_Bge_Small;
  "@cf/black-forest-labs/flux-1-schnell": Base_Ai_Cf_Flux;
  "@cf/baai/bge-reranker-base": Base_Ai_Cf_Rerank;
  "@cf/zai-org/glm-5.3": Base_Ai_Cf_Zai_Org_Glm_5_3;
  "@cf/acme/undeclared": Base_Ai_Cf_Nowhere;
}
`

func TestParseAiModels(t *testing.T) {
	ms, problems := parseAiModels(typesFixture)
	got := map[string]aiModel{}
	for _, m := range ms {
		got[m.id] = m
	}
	assert.Len(t, ms, 6, "the duplicate id is listed once")
	assert.Equal(t, "text-generation", got["@cf/meta/llama-2-7b-chat-int8"].task)
	assert.True(t, got["@cf/meta/llama-2-7b-chat-int8"].chat)
	assert.Equal(t, "text-generation", got["@cf/zai-org/glm-5.3"].task)
	assert.True(t, got["@cf/zai-org/glm-5.3"].chat)
	assert.Equal(t, "text-embeddings", got["@cf/baai/bge-small-en-v1.5"].task)
	assert.False(t, got["@cf/baai/bge-small-en-v1.5"].chat)
	assert.Equal(t, "other", got["@cf/black-forest-labs/flux-1-schnell"].task, "a prompt in but no text out")
	assert.Equal(t, "other", got["@cf/baai/bge-reranker-base"].task, "text out but no messages or prompt in")
	assert.Equal(t, "", got["@cf/acme/undeclared"].task)
	require.Len(t, problems, 2)
	assert.Contains(t, problems[0], "@cf/zai-org/glm-5.3 twice")
	assert.Contains(t, problems[1], "Base_Ai_Cf_Nowhere is not declared")

	_, problems = parseAiModels("type X = 1;")
	assert.Equal(t, []string{"no `interface AiModels { … }` found"}, problems)
}

func TestExcerptKeepsOnlyWhatAiModelsNeeds(t *testing.T) {
	ex, err := excerptOf(typesFixture, "// header\n")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(ex, "// header\n"))
	assert.NotContains(t, ex, "Unrelated")
	assert.NotContains(t, ex, "licence")
	assert.NotContains(t, ex, "a comment")
	ms, problems := parseAiModels(ex)
	full, _ := parseAiModels(typesFixture)
	assert.Equal(t, full, ms, "the excerpt tells the generator what the whole file does")
	assert.Len(t, problems, 2)
}

// writeInputs makes an inputs folder from the fixture and the given files.
func writeInputs(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	all := map[string]string{
		"workers-types.json":           `{"package":"@cloudflare/workers-types","version":"9.9","published":"2026-11-17","file":"index.d.ts","excerpt":"workers-types-ai-models.d.ts"}`,
		"workers-types-ai-models.d.ts": typesFixture,
		"retirements.json": `{"announcements":[
		  {"key":"cl-1","title":"one","url":"https://x/1","announced":"2025-09-18","retired":"2025-10-01","recommended":["@cf/zai-org/glm-5.3"],
		   "models":[{"id":"@hf/thebloke/llama-2-13b-chat-awq"},{"id":"not an id"}]},
		  {"key":"cl-2","title":"two","url":"https://x/2","announced":"2026-05-08","retired":"2026-05-30","recommended":[],
		   "models":[{"id":"@cf/meta/llama-2-7b-chat-int8","replacement":"@cf/zai-org/glm-5.3"},{"id":"@hf/thebloke/llama-2-13b-chat-awq"}]}]}`,
		"facts.json": `{"sources":{"notes":{"title":"notes"}},"models":[
		  {"id":"@cf/baai/bge-small-en-v1.5","dimensions":384,"source":"notes"},
		  {"id":"@hf/thebloke/llama-2-13b-chat-awq","task":"text-generation","chat":true,"source":"notes"},
		  {"id":"@cf/baai/bge-small-en-v1.5","dimensions":999,"source":"notes"},
		  {"id":"@cf/x/y","task":"text-generation","source":"nowhere"}]}`,
		"suggestions.json": `{"suggestions":[]}`,
	}
	for k, v := range files {
		all[k] = v
	}
	for name, text := range all {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	return dir
}

func TestGenerate(t *testing.T) {
	c, problems := generate(writeInputs(t, nil))
	byID := map[string]*model{}
	for _, m := range c.Models {
		require.Nil(t, byID[m.ID], "duplicate id %s", m.ID)
		byID[m.ID] = m
	}
	assert.Equal(t, "2026-11-17", c.AsOf)
	assert.Equal(t, "@cloudflare/workers-types 9.9", c.Version)

	retired := byID["@hf/thebloke/llama-2-13b-chat-awq"]
	require.NotNil(t, retired, "a retired model the types do not list is kept")
	assert.Equal(t, model{ID: "@hf/thebloke/llama-2-13b-chat-awq", Task: "text-generation", Deprecated: "2025-10-01",
		Replacement: "@cf/zai-org/glm-5.3", ReplacementBy: "qalint",
		From: map[string]string{"id": "notes", "task": "notes", "deprecated": "cl-1", "replacement": "qalint"}}, *retired)

	int8 := byID["@cf/meta/llama-2-7b-chat-int8"]
	assert.Equal(t, "2026-05-30", int8.Deprecated)
	assert.Equal(t, "cloudflare", int8.ReplacementBy, "documented in the announcement")
	assert.Equal(t, "cl-2", int8.From["replacement"])

	bge := byID["@cf/baai/bge-small-en-v1.5"]
	assert.Equal(t, 384, bge.Dimensions, "the first fact is kept")
	assert.True(t, bge.NoChat)
	assert.Equal(t, map[string]string{"id": "workers-types", "task": "workers-types", "noChat": "workers-types", "dimensions": "notes"}, bge.From)
	assert.Nil(t, byID["@cf/x/y"], "a fact with an unknown source is skipped")

	joined := strings.Join(problems, "\n")
	for _, want := range []string{`"not an id" is not a model id`, "already retired on 2025-10-01", "bge-small-en-v1.5 is listed twice",
		`source "nowhere" is not in sources`, "glm-5.3 twice"} {
		assert.Contains(t, joined, want)
	}
}

func TestGenerateGoesOnPastABadFile(t *testing.T) {
	c, problems := generate(writeInputs(t, map[string]string{"retirements.json": `{"announcements": [`, "facts.json": `{"models": 3}`}))
	assert.NotEmpty(t, c.Models, "the other inputs are still read")
	joined := strings.Join(problems, "\n")
	assert.Contains(t, joined, "retirements.json: unexpected EOF; file skipped")
	assert.Contains(t, joined, "facts.json:")
	for _, m := range c.Models {
		assert.Empty(t, m.Deprecated)
	}
}

func TestGenerateWithoutTheTypesExcerpt(t *testing.T) {
	dir := writeInputs(t, nil)
	require.NoError(t, os.Remove(filepath.Join(dir, "workers-types-ai-models.d.ts")))
	c, problems := generate(dir)
	assert.Contains(t, strings.Join(problems, "\n"), "workers-types-ai-models.d.ts")
	assert.NotEmpty(t, c.Models, "retirements and facts are still read")
}

// The committed catalogue is exactly what the generator makes of the
// committed inputs: run `go generate ./internal/catalog` after changing them.
func TestCommittedCatalogueMatchesTheInputs(t *testing.T) {
	c, problems := generate("inputs")
	assert.Empty(t, problems)
	want, err := encode(c)
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join("..", "data", "models.json"))
	require.NoError(t, err)
	if string(want) != string(got) {
		t.Fatal("internal/catalog/data/models.json differs from what internal/catalog/gen makes of its inputs; run `go generate ./internal/catalog` and commit the result")
	}
}
