package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/probe/probetest"
)

// TestMain points the user cache folder (XDG_CACHE_HOME, which
// os.UserCacheDir reads on Linux) at an empty temporary one, so no
// test reads or writes the real live model list, and goldens do not
// depend on what a developer has cached.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "qalint-cache-")
	if err != nil {
		panic(err)
	}
	if os.Getenv("GOCACHE") == "" {
		// Go's build cache lives under the user cache folder too: keep it
		// where it was, or tests that run go would build from cold.
		if real, err := os.UserCacheDir(); err == nil {
			os.Setenv("GOCACHE", filepath.Join(real, "go-build"))
		}
	}
	os.Setenv("XDG_CACHE_HOME", dir) // not HOME: Go's module cache lives there
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// cacheDir gives one test its own empty cache folder and returns the
// path of the live list in it.
func cacheDir(t *testing.T) string {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	path, err := catalog.LiveCachePath()
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(path, dir), "the cache is under the test's folder: %s", path)
	return path
}

func updateArgs(f *probetest.Fake, extra ...string) []string {
	return append([]string{"catalog", "update", "--cloudflare-api", f.URL + "/client/v4"}, extra...)
}

func TestCatalogDescribesTheEmbeddedSnapshot(t *testing.T) {
	cacheDir(t)
	out, stderr, code := qalint(t, "", "catalog")
	require.Equal(t, exitOK, code, stderr)
	for _, want := range []string{
		"version:  @cloudflare/workers-types 5.20261117.1",
		"as of:    2026-11-17",
		"text-generation",
		"changelog-2025-09-18",
		"live list: none cached at ",
		"used by check: Workers AI models: embedded snapshot @cloudflare/workers-types 5.20261117.1 (as of 2026-11-17); no live list cached",
		"1 confirmed verbatim",
	} {
		assert.Contains(t, out, want)
	}
}

func TestCatalogUpdateReadsEveryPageAndCheckUsesIt(t *testing.T) {
	path := cacheDir(t)
	f := probetest.New(t)
	t.Setenv("CLOUDFLARE_ACCOUNT_ID", probetest.Account)
	t.Setenv("CLOUDFLARE_API_TOKEN", probetest.Token)
	out, stderr, code := qalint(t, "", updateArgs(f)...)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "cached 5 Workers AI models")
	assert.Equal(t, 3, f.Count("models/search"), "5 models, 2 a page: 3 pages")
	assert.NotContains(t, out+stderr, probetest.Token)

	live, err := catalog.LoadLive(path)
	require.NoError(t, err)
	require.NotNil(t, live)
	m, ok := live.Lookup("@cf/zai-org/glm-4.7-flash")
	require.True(t, ok)
	assert.Equal(t, "2099-12-31", m.Deprecated, "planned_deprecation_date is read")
	m, _ = live.Lookup("@cf/baai/bge-small-en-v1.5")
	assert.Equal(t, 384, m.Dimensions, "output_dimensions written as a string is read")
	entries, _ := os.ReadDir(filepath.Dir(path))
	assert.Len(t, entries, 1, "no temporary file is left behind")

	out, _, _ = qalint(t, "", "catalog")
	assert.Contains(t, out, "live list: "+path)
	assert.Contains(t, out, "used by check: Workers AI models: live list of ")

	settings := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(settings, []byte(`[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}",`+
		`"model1":"@cf/acme/brand-new-llm","model2":"@cf/baai/bge-small-en-v1.5"},`+
		`{"type":"Cloudflare","alias":"glm","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}",`+
		`"model1":"@cf/zai-org/glm-4.7-flash","model2":"@cf/baai/bge-small-en-v1.5"},`+
		`{"type":"Cloudflare","alias":"typo","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}",`+
		`"model1":"@cf/acme/not-listed-anywhere","model2":"@cf/baai/bge-small-en-v1.5"}]`), 0o644))
	out, stderr, code = qalint(t, "", "check", "--verbose", "--color", "never", settings)
	assert.Contains(t, stderr, "qalint: Workers AI models: live list of ")
	assert.NotContains(t, out, `"@cf/acme/brand-new-llm" is not`, "a model only the live list has is known")
	assert.Regexp(t, `model1 "@cf/acme/not-listed-anywhere" is not in the Workers AI model catalogue nor in the live model list of \d{4}-\d{2}-\d{2}`, out)
	assert.Contains(t, out, `warning: glm: model1 "@cf/zai-org/glm-4.7-flash" is to be retired on 2099-12-31`)
	assert.Equal(t, exitOK, code, "a retirement ahead is a warning")
}

func TestCatalogUpdateFailuresKeepTheOldCache(t *testing.T) {
	path := cacheDir(t)
	f := probetest.New(t)
	t.Setenv("CLOUDFLARE_ACCOUNT_ID", "")
	t.Setenv("CLOUDFLARE_API_TOKEN", "")
	_, stderr, code := qalint(t, "", updateArgs(f, "--account", probetest.Account, "--token", probetest.Token)...)
	require.Equal(t, exitOK, code, stderr)
	before, err := os.ReadFile(path)
	require.NoError(t, err)

	for _, tc := range []struct {
		name, want string
		args       []string
		setup      func()
	}{
		{"auth", "catalog update failed: auth: page 1: HTTP 401: code 10000: Authentication error", []string{"--account", probetest.Account, "--token", "wrong-token-value"}, nil},
		{"no token", "catalog update failed: auth: an account id and an API token are needed", []string{"--account", probetest.Account}, nil},
		{"bad account", "code 7003", []string{"--account", "fedcba9876543210fedcba9876543210", "--token", probetest.Token}, nil},
		{"rate limit", "catalog update failed: rate-limit: page 1: HTTP 429", []string{"--account", probetest.Account, "--token", probetest.Token},
			func() { f.FailSearch(429) }},
		{"network", "catalog update failed: network: page 1:", []string{"--account", probetest.Account, "--token", probetest.Token, "--cloudflare-api", "http://127.0.0.1:1/client/v4"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				tc.setup()
			}
			_, stderr, code := qalint(t, "", updateArgs(f, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.want)
			assert.Contains(t, stderr, "the cached list of ")
			assert.Contains(t, stderr, "is unchanged")
			assert.NotContains(t, stderr, "wrong-token-value")
			after, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(before), string(after), "the old cache is intact")
		})
	}
}

func TestCatalogUpdateRefusesCleartextToARemoteHost(t *testing.T) {
	cacheDir(t)
	_, stderr, code := qalint(t, "", "catalog", "update", "--account", probetest.Account, "--token", probetest.Token,
		"--cloudflare-api", "http://api.example.com/client/v4")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "refusing to send the API token in clear")
	assert.Contains(t, stderr, "no live list is cached")
}

func TestBrokenCacheIsIgnoredWithAWarning(t *testing.T) {
	path := cacheDir(t)
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte("{not json"), 0o644))
	_, stderr, code := qalint(t, "", "check", "--verbose", "testdata/rules/model-deprecated/good.json")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stderr, "warning: the cached live model list is ignored: "+path)
	assert.Contains(t, stderr, "embedded snapshot")
}

func TestProbeSaysWhatTheLiveListKnows(t *testing.T) {
	cacheDir(t)
	f := probetest.New(t)
	t.Setenv("CF_API_TOKEN", probetest.Token)
	settings := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(settings, []byte(`[
	  {"type":"Cloudflare","alias":"gone","account":"`+probetest.Account+`","apiKey":"${CF_API_TOKEN}","model1":"@cf/zai-org/glm-5.3","model2":"@cf/baai/bge-small-en-v1.5"},
	  {"type":"Cloudflare","alias":"typo","account":"`+probetest.Account+`","apiKey":"${CF_API_TOKEN}","model1":"@cf/acme/no-such-llm","model2":"@cf/baai/bge-small-en-v1.5"},
	  {"type":"Cloudflare","alias":"paid","account":"`+probetest.Account+`","apiKey":"${CF_API_TOKEN}","model1":"@cf/test/paid-only","model2":"@cf/baai/bge-small-en-v1.5"}]`), 0o644))
	args := []string{"probe", "--kind", "completion", "--cloudflare-api", f.URL + "/client/v4", "--allow-host", strings.TrimPrefix(f.URL, "http://"), settings}

	out, _, _ := qalint(t, "", args...)
	assert.Contains(t, out, "no live model list is cached")

	_, stderr, code := qalint(t, "", updateArgs(f, "--account", probetest.Account, "--token", probetest.Token)...)
	require.Equal(t, exitOK, code, stderr)
	out, _, code = qalint(t, "", args...)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "yet the live model list of ", "glm-5.3 is in the fake's live list, but its run route answers 5007")
	assert.Contains(t, out, "does not have it either")
	assert.Contains(t, out, "code 5035")
	assert.Contains(t, out, "needs the Workers Paid plan")
	assert.NotContains(t, out, "lacks the Workers AI permission", "a plan problem is not a refused token")
}

func TestCatalogUpdateSaysWhenTheCacheCannotBeWritten(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	require.NoError(t, os.WriteFile(blocker, nil, 0o644))
	t.Setenv("XDG_CACHE_HOME", blocker)
	f := probetest.New(t)
	_, stderr, code := qalint(t, "", updateArgs(f, "--account", probetest.Account, "--token", probetest.Token)...)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "catalog update failed: writing "+filepath.Join(blocker, "qalint", catalog.LiveCacheFile))
}
