package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The model files' shape, as in cloudflare-docs (trimmed).
const int8File = `{"id":"9c95c39d","source":1,"name":"@cf/meta/llama-2-7b-chat-int8",
 "task":{"id":"c329a1f9","name":"Text Generation"},
 "properties":[{"property_id":"context_window","value":"8192"},{"property_id":"planned_deprecation_date","value":"2026-05-30"}]}`
const bgeFile = `{"name":"@cf/baai/bge-small-en-v1.5","task":{"name":"Text Embeddings"},"properties":[]}`

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	models := filepath.Join(dir, "src", "content", "workers-ai-models")
	require.NoError(t, os.MkdirAll(models, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(models, "llama-2-7b-chat-int8.json"), []byte(int8File), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(models, "bge-small-en-v1.5.json"), []byte(bgeFile), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(models, "bart-large-cnn.yaml"), []byte("not: read"), 0o644))
	current := catalogue{Models: []*model{
		{ID: "@cf/baai/bge-small-en-v1.5", Task: "text-embeddings", Dimensions: 384},
		{ID: "@cf/meta/llama-2-7b-chat-int8", Task: "text-generation", Replacement: "@cf/zai-org/glm-4.7-flash"},
	}}
	out, err := generate(dir, current, "2026-11-25")
	require.NoError(t, err)
	assert.Equal(t, "2026-11-25", out.AsOf)
	require.Len(t, out.Models, 2)
	assert.Equal(t, model{ID: "@cf/baai/bge-small-en-v1.5", Task: "text-embeddings", Dimensions: 384}, *out.Models[0])
	assert.Equal(t, model{ID: "@cf/meta/llama-2-7b-chat-int8", Task: "text-generation", Deprecated: "2026-05-30",
		Replacement: "@cf/zai-org/glm-4.7-flash"}, *out.Models[1])

	_, err = generate(t.TempDir(), current, "x")
	assert.Error(t, err)
}
