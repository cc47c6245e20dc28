package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// escapedKey spells a key with \uXXXX escapes only.
func escapedKey(key string) string {
	var b strings.Builder
	for _, r := range key {
		fmt.Fprintf(&b, `\u%04x`, r)
	}
	return b.String()
}

func TestEscapedCredentialIsMaskedInSnippetsAndDiffs(t *testing.T) {
	key := "sk-proj-Qw8Er4Ty6Ui2Op0As5Df7Gh9Jk3Lz1Xc"
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	src := "[\n  {\"type\": \"OpenAI\", \"alias\": \"a\", \"apiKey\": \"${K}\",\n   \"model1\": \"" + escapedKey(key) + "\",\n   \"baseURI1\": \"http://api.openai.com\",}\n]\n"
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	raw := escapedKey(key)
	out, errOut, code := qalint(t, "", "check", "--color", "never", path)
	assert.Equal(t, 1, code, out+errOut)
	assert.Contains(t, out, "secret-literal")
	for _, piece := range []string{raw[24:60], key[8:20]} {
		assert.NotContains(t, out+errOut, piece, "the escaped key shows in a snippet")
	}
	out, errOut, _ = qalint(t, "", "fix", "--diff", path)
	assert.Contains(t, out, "@@")
	for _, piece := range []string{raw[24:60], key[8:20]} {
		assert.NotContains(t, out+errOut, piece, "the escaped key shows in the diff")
	}
}
