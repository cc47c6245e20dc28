package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const curly = "[\n  {\n    “type”: “Cloudflare”,\n    \"alias\": \"cf\",\n  },\n]\n"

func TestFixCommand(t *testing.T) {
	p := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(p, []byte(curly), 0o600))

	out, _, code := qalint(t, "", "fix", "--check", p)
	assert.Equal(t, exitFindings, code, "--check exits 1 when something would change")
	assert.Equal(t, p+": would fix 2 curly quotes, 2 trailing commas\n", out)
	b, _ := os.ReadFile(p)
	assert.Equal(t, curly, string(b), "--check writes nothing")

	out, _, code = qalint(t, "", "fix", "--diff", p)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "-    “type”: “Cloudflare”,\n+    \"type\": \"Cloudflare\",\n")
	b, _ = os.ReadFile(p)
	assert.Equal(t, curly, string(b), "--diff writes nothing")

	out, _, code = qalint(t, "", "fix", p)
	assert.Equal(t, exitOK, code)
	assert.Equal(t, p+": fixed 2 curly quotes, 2 trailing commas\n", out)
	b, _ = os.ReadFile(p)
	assert.Equal(t, "[\n  {\n    \"type\": \"Cloudflare\",\n    \"alias\": \"cf\"\n  }\n]\n", string(b))
	st, _ := os.Stat(p)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	_, _, code = qalint(t, "", "fix", "--check", p)
	assert.Equal(t, exitOK, code, "nothing left to fix")
}

func TestFixStdinAndRefusals(t *testing.T) {
	out, _, code := qalint(t, curly, "fix", "-")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "[\n  {\n    \"type\": \"Cloudflare\",\n    \"alias\": \"cf\"\n  }\n]\n", out)

	tmpl, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "template.json")
	require.NoError(t, os.WriteFile(p, tmpl, 0o644))
	_, stderr, code := qalint(t, "", "fix", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, p+": cannot be fixed safely: line 6, column 18")
	b, _ := os.ReadFile(p)
	assert.Equal(t, tmpl, b, "a file fix cannot read is left alone")

	_, _, code = qalint(t, "", "fix", "testdata/nope.json")
	assert.Equal(t, exitUsage, code)
}
