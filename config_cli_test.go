package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inDir runs the test from dir, where a .qalint.yaml may be found.
func inDir(t *testing.T, dir string) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	t.Cleanup(func() { os.Chdir(wd) })
}

func TestConfigChangesSeverityTypesAndIgnores(t *testing.T) {
	root, err := filepath.Abs("testdata")
	require.NoError(t, err)
	dir := t.TempDir()
	inDir(t, dir)
	unknownType := filepath.Join(root, "rules", "unknown-type", "bad.json")

	_, _, code := qalint(t, "", "check", "--max-warnings", "0", unknownType)
	assert.Equal(t, exitFindings, code, "without configuration: two unknown-type warnings")

	require.NoError(t, os.WriteFile(".qalint.yaml", []byte("rules:\n  unknown-type: error\n"), 0o644))
	out, _, code := qalint(t, "", "check", unknownType)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "error: w: unknown type \"Watson\"")

	require.NoError(t, os.WriteFile("other.yaml", []byte("types:\n  - name: Watson\n    completions: true\n    embeddings: true\n"), 0o644))
	out, _, _ = qalint(t, "", "check", "--config", "other.yaml", "--format", "json", unknownType)
	assert.NotContains(t, out, `unknown type \"Watson\"`, "a configured type is known")
	assert.Contains(t, out, `unknown type \"cloudflare\"`)

	require.NoError(t, os.WriteFile(".qalint.yaml", []byte("ignore: [\"skip/**\"]\n"), 0o644))
	require.NoError(t, os.MkdirAll("skip", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("skip", "x.json"), []byte("{broken"), 0o644))
	_, _, code = qalint(t, "", "check", ".")
	assert.Equal(t, exitOK, code, "the broken file is ignored")

	require.NoError(t, os.WriteFile(".qalint.yaml", []byte("rules:\n  no-such: off\n"), 0o644))
	_, stderr, code := qalint(t, "", "check", unknownType)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, ".qalint.yaml:2:3: unknown key \"no-such\"")
}

// TestConfigAddsAGatewayProvider: a slug qalint does not know is a
// warning until .qalint.yaml names it.
func TestConfigAddsAGatewayProvider(t *testing.T) {
	root, err := filepath.Abs("testdata")
	require.NoError(t, err)
	inDir(t, t.TempDir())
	in := filepath.Join(root, "rules", "gateway-provider", "bad-unknown.json")
	out, _, _ := qalint(t, "", "check", "--format", "json", in)
	assert.Contains(t, out, `AI Gateway provider \"acme-llm\" is not one qalint knows`)

	require.NoError(t, os.WriteFile(".qalint.yaml", []byte("providers:\n  - slug: acme-llm\n    completions: true\n"), 0o644))
	out, _, _ = qalint(t, "", "check", "--format", "json", in)
	assert.NotContains(t, out, `acme-llm`, "a configured provider is known")
	assert.Contains(t, out, `unknown AI Gateway provider \"open-ai\"; did you mean \"openai\"?`, "the rest is still checked")
}

func TestConfigInit(t *testing.T) {
	inDir(t, t.TempDir())
	out, _, code := qalint(t, "", "config", "init")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "wrote .qalint.yaml\n", out)
	_, stderr, code := qalint(t, "", "config", "init")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "exists; use --force")
	_, _, code = qalint(t, "", "config", "init", "--force")
	assert.Equal(t, exitOK, code)
}

func TestSchemaCommandValidatesEntries(t *testing.T) {
	out, _, code := qalint(t, "", "schema")
	require.Equal(t, exitOK, code)
	doc, err := jsonschema.UnmarshalJSON(bytesReader(out))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource("qalint.json", doc))
	sch, err := c.Compile("qalint.json")
	require.NoError(t, err)
	for file, valid := range map[string]bool{
		"testdata/examples/workers-ai-direct.json": true,
		"testdata/rules/schema/good.json":          true,
		"testdata/rules/schema/bad.json":           false,
	} {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		inst, err := jsonschema.UnmarshalJSON(bytesReader(string(b)))
		require.NoError(t, err)
		assert.Equal(t, valid, sch.Validate(inst) == nil, file)
	}
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", raw["$schema"])
	assert.Contains(t, out, `"@cf/meta/llama-3.1-8b-instruct-fast"`, "models from the catalogue as examples")
}
