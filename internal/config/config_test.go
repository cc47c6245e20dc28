package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/model"
)

func TestStarterParses(t *testing.T) {
	c, err := Parse("starter.yaml", []byte(Starter))
	require.NoError(t, err)
	assert.Empty(t, c.Severity)
}

func TestParse(t *testing.T) {
	c, err := Parse("q.yaml", []byte(`
rules:
  trailing-comma: off
  secret-literal: error
ignore: ["vendor/**", "legacy/*.json"]
models:
  - id: "@cf/acme/new"
    task: text-generation
types:
  - name: Watsonx
    fields: [project]
    required: [apiKey, project]
providers:
  - slug: acme-llm
    completions: true
    embeddings: false
    upstream: [{from: "", to: "https://llm.acme.example/v1/"}]
    serves: {completion: [chat/completions]}
`))
	require.NoError(t, err)
	assert.Equal(t, map[string]model.Severity{"trailing-comma": model.Off, "secret-literal": model.Error}, c.Severity)
	cat := c.Catalog()
	assert.NotNil(t, cat.Models["@cf/acme/new"])
	assert.Equal(t, []string{"apiKey", "project"}, cat.Types["Watsonx"].Required)
	assert.NotNil(t, cat.Types["Cloudflare"], "extends, does not replace")
	p := cat.Providers["acme-llm"]
	require.NotNil(t, p)
	assert.True(t, *p.Completions)
	assert.False(t, *p.Embeddings)
	assert.Equal(t, "https://llm.acme.example/v1/", p.Upstream[0].To)
	assert.Equal(t, []string{"chat/completions"}, p.Serves["completion"])
	assert.NotNil(t, cat.Providers["workers-ai"], "extends, does not replace")
}

func TestErrorsArePositioned(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"rulez: {}", "q.yaml:1:1: unknown key \"rulez\"; did you mean \"rules\"? [config]"},
		{"rules:\n  trailing-coma: off", "q.yaml:2:3: unknown key \"trailing-coma\"; did you mean \"trailing-comma\"? [config]"},
		{"rules:\n  parse: loud", "q.yaml:2:10: rule parse: severity must be error, warning, info or off, not \"loud\" [config]"},
		{"models:\n  - task: text-generation", "q.yaml:2:5: models: every model needs an id, e.g. \"@cf/acme/new-model\" [config]"},
		{"types:\n  - name: X\n    feilds: [a]", "q.yaml:3:5: unknown key \"feilds\"; did you mean \"fields\"? [config]"},
		{"providers:\n  - auth: x", "q.yaml:2:5: providers: every provider needs a slug, as written after the gateway id in the base URI [config]"},
		{"ignore: vendor", "q.yaml:1:9: ignore: expected a list of path globs [config]"},
		{"rules: [\n", "q.yaml:1:1: did not find expected node content [config]"},
		{"- a\n- b", "q.yaml:1:1: the configuration must be a mapping"},
	} {
		_, err := Parse("q.yaml", []byte(tc.src))
		require.Error(t, err, tc.src)
		assert.Contains(t, err.Error(), tc.want)
	}
}

func TestFindAndIgnore(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, ".qalint.yaml"), []byte("ignore: [\"vendor/**\", \"*.jsonc\"]\n"), 0o644))
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	found := Find(deep)
	assert.Equal(t, filepath.Join(root, ".qalint.yaml"), found)
	c, err := Load(found)
	require.NoError(t, err)
	assert.True(t, c.Ignored(filepath.Join(root, "vendor", "x", "y.json")))
	assert.True(t, c.Ignored(filepath.Join(root, "z.jsonc")))
	assert.False(t, c.Ignored(filepath.Join(root, "a", "z.jsonc")), "* stays within a folder")
	assert.False(t, c.Ignored(filepath.Join(root, "settings.json")))
	assert.Equal(t, "", Find(string(filepath.Separator)))
}

// TestIgnoreGlobs: .qalint.yaml globs follow doublestar: ** at any depth,
// character classes, alternatives, non-ASCII names; a folder's glob covers
// what it holds; a malformed glob is reported at its place.
func TestIgnoreGlobs(t *testing.T) {
	root := t.TempDir()
	p := filepath.Join(root, ".qalint.yaml")
	c, err := Parse(p, []byte(`ignore:
  - "**/fixtures/**"
  - "env-[0-9].json"
  - "{legacy,old}/*.js"
  - "données/**"
  - "./build"
`))
	require.NoError(t, err)
	for path, want := range map[string]bool{
		"fixtures/a.json":           true,
		"x/y/fixtures/z/a.json":     true,
		"x/fixtures":                true,
		"env-1.json":                true,
		"env-a.json":                false,
		"legacy/a.js":               true,
		"old/a.js":                  true,
		"older/a.js":                false,
		"legacy/deep/a.js":          false,
		"données/aiAssistants.json": true,
		"donnees/aiAssistants.json": false,
		"build/out/a.json":          true,
		"rebuild/a.json":            false,
		"../outside/env-1.json":     false,
	} {
		assert.Equal(t, want, c.Ignored(filepath.Join(root, filepath.FromSlash(path))), path)
	}

	_, err = Parse("q.yaml", []byte("ignore:\n  - \"src/[a-\"\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `q.yaml:2:5: ignore: bad glob "src/[a-"`)
}
