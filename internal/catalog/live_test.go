package catalog

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func liveOf(day string, models ...LiveModel) *Live {
	t, _ := time.Parse(time.DateOnly, day)
	return &Live{FetchedAt: t, API: "http://127.0.0.1/client/v4", Models: models}
}

func TestNewerLiveFactsWin(t *testing.T) {
	c := Default()
	require.Equal(t, "2026-11-17", c.Sources["models"].AsOf)
	l := liveOf("2026-11-20",
		LiveModel{ID: "@cf/zai-org/glm-4.7-flash", Task: TextGeneration, Deprecated: "2027-02-01"},
		LiveModel{ID: "@cf/google/embeddinggemma-300m", Task: TextEmbeddings, Dimensions: 768},
		LiveModel{ID: "@cf/acme/new", Task: TextGeneration},
		LiveModel{ID: "@cf/meta/llama-2-7b-chat-int8", Task: TextGeneration}, // no date stated: the snapshot's stays
	)
	n := c.WithLive(l)
	assert.True(t, n.LiveUsed)
	assert.Equal(t, "2027-02-01", n.Models["@cf/zai-org/glm-4.7-flash"].Deprecated)
	assert.Equal(t, "live", n.Models["@cf/zai-org/glm-4.7-flash"].From["deprecated"])
	assert.Equal(t, "workers-types", n.Models["@cf/zai-org/glm-4.7-flash"].From["task"], "an unchanged fact keeps its source")
	assert.Equal(t, 768, n.Models["@cf/google/embeddinggemma-300m"].Dimensions)
	assert.Equal(t, "live", n.Models["@cf/acme/new"].From["id"])
	assert.Equal(t, "2026-05-30", n.Models["@cf/meta/llama-2-7b-chat-int8"].Deprecated)
	assert.NotEmpty(t, n.ModelSources["live"].Title)

	assert.Empty(t, c.Models["@cf/zai-org/glm-4.7-flash"].Deprecated, "the default catalogue is not changed")
	assert.Nil(t, c.Models["@cf/acme/new"])
}

func TestOlderLiveListOnlyAddsModels(t *testing.T) {
	n := Default().WithLive(liveOf("2026-01-01",
		LiveModel{ID: "@cf/zai-org/glm-4.7-flash", Deprecated: "2026-02-01"},
		LiveModel{ID: "@cf/acme/new", Task: TextGeneration}))
	assert.False(t, n.LiveUsed)
	assert.Empty(t, n.Models["@cf/zai-org/glm-4.7-flash"].Deprecated, "the newer snapshot wins")
	assert.NotNil(t, n.Models["@cf/acme/new"])
}

func TestConfiguredModelsWinOverTheLiveList(t *testing.T) {
	c := Default().Extend([]*Model{{ID: "@cf/acme/mine", Task: TextEmbeddings, Dimensions: 10}}, nil)
	n := c.WithLive(liveOf("2026-11-20", LiveModel{ID: "@cf/acme/mine", Task: TextGeneration}))
	assert.Equal(t, TextEmbeddings, n.Models["@cf/acme/mine"].Task)
}

func TestLiveCacheRoundTripAndBrokenFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qalint", LiveCacheFile)
	l, err := LoadLive(path)
	require.NoError(t, err)
	assert.Nil(t, l, "no cache is not an error")

	in := liveOf("2026-11-20", LiveModel{ID: "@cf/acme/new", Task: TextGeneration})
	require.NoError(t, in.Save(path))
	out, err := LoadLive(path)
	require.NoError(t, err)
	assert.Equal(t, in.Models, out.Models)
	assert.Equal(t, path, out.Path)

	require.NoError(t, os.WriteFile(path, []byte(`{"models": []}`), 0o644))
	_, err = LoadLive(path)
	assert.ErrorContains(t, err, "no fetchedAt date")
	require.NoError(t, os.WriteFile(path, []byte(`{`), 0o644))
	_, err = LoadLive(path)
	assert.ErrorContains(t, err, path)
}

func TestTaskName(t *testing.T) {
	assert.Equal(t, TextGeneration, TaskName("Text Generation"))
	assert.Equal(t, "text-to-image", TaskName("Text-to-Image"))
	assert.Equal(t, TextEmbeddings, TaskName(" Text Embeddings "))
}
