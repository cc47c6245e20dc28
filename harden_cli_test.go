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
	assert.Contains(t, errOut, "left out of the diff", "the patch would carry the key")
	for _, piece := range []string{raw[24:60], key[8:20]} {
		assert.NotContains(t, out+errOut, piece, "the escaped key shows in the diff")
	}
}

// Only values that could be credentials are masked: a bare $NAME (reported:
// nothing expands it) and a model id in apiKey are shown, and a key prefix
// followed by x's is a placeholder, not a key.
func TestMaskingDoesNotReachPastCredentials(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(path, []byte(`[{"type":"OpenAI","alias":"o","apiKey":"$OPENAI_API_KEY","model1":"gpt-4o-mini"},
{"type":"Cloudflare","alias":"c","account":"0123456789abcdef0123456789abcdef","apiKey":"@cf/meta/llama-2-7b-chat-int8","model1":"@cf/meta/llama-2-7b-chat-int9"},
{"type":"OpenAI","alias":"p","apiKey":"sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","model1":"gpt-4o-mini"}]`), 0o644))
	out, _, code := qalint(t, "", "check", "--color", "never", path)
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "1:40: warning: o: apiKey is $OPENAI_API_KEY, which qalint's probe does not expand")
	assert.Contains(t, out, `did you mean "@cf/meta/llama-2-7b-chat-int8"?`)
	assert.Contains(t, out, "3:39: error: p: apiKey still holds the documentation's placeholder \"sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" (a key prefix followed by a run of one character)")
	assert.NotContains(t, out, "secret-literal")
	assert.NotContains(t, out, "chars)")
	assert.NotContains(t, out, "•")
}

// Source excerpts never carry characters that reorder or drive a terminal.
func TestSnippetsReplaceBidiAndC1Controls(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(path, []byte("[{\"type\":\"OpenAI\",\"alias\":\"o\u202Egnp.exe\u2066x\u2069\u009b31m\",\"apiKey\":\"${K}\",\"model1\":\"gpt-4o-mini\",\"baseURI1\":\"http://api.openai.com\"}]"), 0o644))
	out, _, code := qalint(t, "", "check", "--color", "never", path)
	assert.Equal(t, 1, code, out)
	require.Contains(t, out, "| [{")
	assert.False(t, strings.ContainsAny(out, "\u202E\u2066\u2069\u009b"), out)
	assert.Contains(t, out, "o\uFFFDgnp.exe\uFFFDx\uFFFD\uFFFD31m")

	// Messages that quote a value (alias-duplicate quotes the alias) too.
	require.NoError(t, os.WriteFile(path, []byte("[{\"type\":\"OpenAI\",\"alias\":\"a\u202Eb\"},{\"type\":\"OpenAI\",\"alias\":\"a\u202Eb\"}]"), 0o644))
	out, _, _ = qalint(t, "", "check", "--color", "never", path)
	assert.Contains(t, out, "alias-duplicate")
	assert.NotContains(t, out, "\u202E")
}

func TestMalformedHostFlagsAreUsageErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(path, []byte(`[{"type":"OpenAI","alias":"o","apiKey":"${K}","model1":"gpt-4o-mini"}]`), 0o644))
	for _, bad := range []string{"http://api.example.com", "*", "", "host:x", "api.example.com/v1", "*.example.com", "h:0", "h:70000"} {
		_, errOut, code := qalint(t, "", "probe", "--dry-run", "--allow-host", bad, path)
		assert.Equal(t, 2, code, "--allow-host %q: %s", bad, errOut)
		assert.Contains(t, errOut, "--allow-host")
	}
	for _, good := range []string{"api.example.com", "127.0.0.1:8080", "[::1]:443", "proxy.corp.example."} {
		_, errOut, code := qalint(t, "", "probe", "--dry-run", "--allow-host", good, path)
		assert.NotEqual(t, 2, code, "--allow-host %q: %s", good, errOut)
	}
	for _, cmd := range [][]string{{"probe", "--dry-run"}, {"catalog", "update", "--account", "a", "--token", "t"}} {
		for _, bad := range []string{"http://127.0.0.1:1/x?evil=1", "http://127.0.0.1:1/x#f", "http://u:p@127.0.0.1:1/x"} {
			args := append(append([]string{}, cmd...), "--cloudflare-api", bad)
			if cmd[0] == "probe" {
				args = append(args, path)
			}
			_, errOut, code := qalint(t, "", args...)
			assert.Equal(t, 2, code, "%v: %s", args, errOut)
			assert.Contains(t, errOut, "--cloudflare-api")
		}
	}
}

// A key pasted after the wrong flag, or into .qalint.yaml, is masked in the
// error that echoes it.
func TestErrorsEchoingArgumentsMaskKeys(t *testing.T) {
	const key = "sk-proj-Qw8Er4Ty6Ui2Op0As5Df7Gh9Jk3Lz1Xc"
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	require.NoError(t, os.WriteFile(path, []byte(`[]`), 0o644))
	for _, args := range [][]string{
		{"check", "--format", key, path}, {"check", "--max-warnings", key, path}, {"explain", key},
		{"probe", "--only", key, "--dry-run", path}, {"probe", "--timeout", key, path}, {"fix", "--" + key, path},
	} {
		out, errOut, code := qalint(t, "", args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.NotContains(t, out+errOut, key[8:16], "%v", args)
		assert.NotContains(t, errOut, "Incorrect Usage", "%v", args)
	}
	cfg := filepath.Join(dir, ".qalint.yaml")
	for _, body := range []string{"rules:\n  " + key + ": error\n", "rules: [\n  " + key + "\n"} {
		require.NoError(t, os.WriteFile(cfg, []byte(body), 0o644))
		out, errOut, code := qalint(t, "", "check", "--config", cfg, path)
		assert.Equal(t, 2, code, errOut)
		assert.NotContains(t, out+errOut, key[8:16])
	}
}

// URL userinfo shows none of its characters, the user name included, in
// every format; a suggested base URI carries no credential back (no
// userinfo, no query), and two rules' suggestions agree; a key shaped like
// a token is masked in the JSON pointer as in the message (outside
// testers saw "svc-qarbine:…(12 chars)@", "user:Vd3p…" and the pointer).
func TestCredentialsInURLsAndKeysAreMaskedInEveryField(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"u1.json": `[{"type":"OpenAI","alias":"gpt","apiKey":"${OPENAI_API_KEY}","model1":"gpt-4o-mini","baseURI1":"https://svc-qarbine:Zq7Pw2Lm9Rx4@api.openai.com/?token=Kq8Lm3Np7Rt2Vx6Zb1Cd5Fg9"}]`,
		"u2.json": `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}","baseURI1":"https://user:Hq5wN3eR7tY1uI9oP2aS4dF6gJ8kL0zXc2vB4nM6q@gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/workers-ai/"}]`,
		"k.json":  `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}","Pz5Qy4Rx3Sw2Tv1Uu0Vt9Ws8Xr7Yq6Zp":"x"}]`,
	}
	for name, src := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	for _, format := range outputFormats {
		t.Run(format, func(t *testing.T) {
			t.Setenv("GITHUB_STEP_SUMMARY", filepath.Join(t.TempDir(), "summary.md"))
			out, errOut, code := qalint(t, "", "check", "--format", format, "--color", "never", dir)
			assert.Equal(t, exitFindings, code)
			for _, s := range []string{"svc-qarbine", "Zq7P", "user:Hq", "Hq5w", "Kq8Lm3Np", "y4Rx3Sw2Tv1"} {
				assert.NotContains(t, out+errOut, s)
			}
		})
	}
	out, _, _ := qalint(t, "", "check", "--format", "json", filepath.Join(dir, "u1.json"))
	assert.Equal(t, 2, strings.Count(out, "set baseURI1 to https://api.openai.com\""), "baseuri-host and baseuri-suffix suggest the same base:\n"+out)
	out, _, _ = qalint(t, "", "check", "--format", "json", filepath.Join(dir, "u2.json"))
	assert.Equal(t, 2, strings.Count(out, "set baseURI1 to https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/workers-ai\""), "no user:password@ suggested back:\n"+out)
}
