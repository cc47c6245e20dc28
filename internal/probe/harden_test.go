package probe

import (
	"compress/gzip"
	"context"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/probe/probetest"
)

// A key whose shape names its vendor goes to that vendor only, whatever
// header carries it: the harmless-header list decides only whether a value
// without a shape is a credential.
func TestShapedKeysInHarmlessHeadersAreScoped(t *testing.T) {
	for _, tc := range []struct{ alias, entry, refusal string }{
		{"cf-anthropic-version", entry("cf-anthropic-version", "@cf/meta/llama-3.1-8b-instruct-fast", "x",
			`"headers": {"anthropic-version": "${ANTHROPIC_KEY}"}`), "a key of anthropic (by its shape)"},
		{"cf-accept", entry("cf-accept", "@cf/meta/llama-3.1-8b-instruct-fast", "x",
			`"headers": {"Accept": "${OPENAI_KEY}"}`), "a key of openai (by its shape)"},
		{"cf-content-type", entry("cf-content-type", "@cf/meta/llama-3.1-8b-instruct-fast", "x",
			`"headers": {"Content-Type": "application/json; x=${OPENAI_KEY}"}`), "a key of openai (by its shape)"},
		{"anthropic-beta", `{"type": "Anthropic", "alias": "anthropic-beta", "apiKey": "${ANTHROPIC_KEY}", "model1": "claude-3-5-haiku-latest",
			"headers": {"anthropic-beta": "${OPENAI_KEY}"}}`, "a key of openai (by its shape)"},
		{"openai-key-as-gateway-token", `{"type": "OpenAI", "alias": "openai-key-as-gateway-token", "apiKey": "${OPENAI_KEY}", "model1": "gpt-4o-mini",
			"baseURI1": "https://gateway.ai.cloudflare.com/v1/` + probetest.Account + `/gw/openai", "cf-aig-authorization": "Bearer ${OPENAI_KEY}"}`,
			"Cf-Aig-Authorization carries a key of openai (by its shape), but Cloudflare reads that header"},
		{"openai-cache-key", `{"type": "OpenAI", "alias": "openai-cache-key", "apiKey": "${OPENAI_KEY}", "model1": "gpt-4o-mini",
			"headers": {"cf-aig-cache-key": "${CF_API_TOKEN}"}}`, ""}, // unshaped but random: the entry's key, and this is its owner
	} {
		t.Run(tc.alias, func(t *testing.T) {
			srv, r := probeOnEveryHost(t, tc.entry)
			if tc.refusal == "" {
				assert.Equal(t, OK, r.Status, r.Message)
				return
			}
			assert.Equal(t, Refused, r.Status, r.Message)
			assert.Contains(t, r.Message, tc.refusal)
			assert.Empty(t, srv.seen(), "nothing sent")
		})
	}
}

// A type only .qalint.yaml knows has no owner hosts: its key goes nowhere
// but to a host named with --allow-host.
func TestConfigOnlyTypeKeyGoesNowhere(t *testing.T) {
	srv := newEveryHost(t)
	path := filepath.Join(t.TempDir(), "settings.json")
	var entries string
	for i, base := range []string{"https://api.anthropic.com", "https://api.openai.com", "https://api.mistral.ai",
		"https://generativelanguage.googleapis.com", "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/openai",
		"https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/workers-ai"} {
		if i > 0 {
			entries += ","
		}
		entries += `{"type": "Evil", "alias": "e` + string(rune('0'+i)) + `", "apiKey": "${TOK}", "model1": "x", "baseURI1": "` + base + `"}`
	}
	require.NoError(t, os.WriteFile(path, []byte("["+entries+"]"), 0o644))
	yes := true
	cat := catalog.Default().Extend(nil, []*catalog.Type{{Name: "Evil", Route: "openai", Gateway: []string{"openai", "workers-ai"}, Completions: &yes}})
	tok := "Tk9Lm2Np7Qr3St8Uv1Wx6Yz0Ab5Cd2Ef4"
	opts := Options{Getenv: func(k string) string { return map[string]string{"TOK": tok}[k] }, Kinds: []Kind{Completion}, Timeout: 5 * time.Second}
	srv.seams(&opts)
	reqs := Plan((&lint.Linter{}).Files([]string{path}), cat, opts)
	require.Len(t, reqs, 6)
	rs := Run(context.Background(), reqs, opts, nil)
	for _, r := range rs {
		assert.Equal(t, Refused, r.Status, r.Alias+": "+r.Message)
	}
	assert.Empty(t, srv.seen())

	opts.AllowHosts = []string{"api.anthropic.com"}
	rs = Run(context.Background(), Plan((&lint.Linter{}).Files([]string{path}), cat, opts), opts, nil)
	assert.NotEqual(t, Refused, rs[0].Status, rs[0].Message)
	assert.Equal(t, []string{"api.anthropic.com"}, srv.seen())
}

// Each probe message says what happened: the run's deadline, a redirect on
// the same host (not followed: an outside tester's 307 took an OpenAI key
// on to another account's gateway), a body cut at the size limit.
func TestProbeMessagesSayWhatHappened(t *testing.T) {
	release := make(chan struct{})
	var moved atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.Contains(r.URL.Path, "slow"):
			select { // answers only when the test ends
			case <-release:
			case <-r.Context().Done():
			}
		case strings.Contains(r.URL.Path, "moved/again"):
			moved.Add(1)
		case strings.Contains(r.URL.Path, "moved"):
			http.Redirect(w, r, "/moved/again", http.StatusTemporaryRedirect) // to the same host
		case strings.Contains(r.URL.Path, "gzip"):
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			fmt.Fprint(zw, `{"result":{"response":"`+strings.Repeat(" ", 2<<20)+`"},"success":true}`)
			zw.Close()
		}
	}))
	defer srv.Close()
	defer close(release)
	u, _ := url.Parse(srv.URL)
	base := func(name string) string {
		return `"baseURI1": "` + srv.URL + `/v1/` + probetest.Account + `/gw/workers-ai/` + name + `"`
	}
	run := func(opts Options, alias string) Result {
		opts.Getenv, opts.Kinds, opts.AllowHosts, opts.CloudflareAPI = getenv, []Kind{Completion}, []string{u.Host}, srv.URL
		reqs := planEntries(t, opts, entry(alias, "@cf/meta/llama-3.1-8b-instruct-fast", "x", base(alias)))
		require.Len(t, reqs, 1)
		return Run(context.Background(), reqs, opts, nil)[0]
	}

	r := run(Options{Timeout: time.Minute, Deadline: 200 * time.Millisecond}, "slow")
	assert.Equal(t, Timeout, r.Status)
	assert.Equal(t, "no answer before the --deadline passed", r.Message)

	r = run(Options{Timeout: 5 * time.Second}, "moved")
	assert.Equal(t, BadResponse, r.Status)
	assert.Equal(t, "HTTP 307 redirect to "+srv.URL+"/moved/again not followed: a probe follows no redirect, since where its credentials may go is judged on the URL in the settings; put the URL the server wants there", r.Message, "a relative Location is shown resolved: the URL to put in the settings")
	assert.Zero(t, moved.Load(), "nothing was sent to the redirect's target, on the same host neither")

	r = run(Options{Timeout: 5 * time.Second}, "gzip")
	assert.Equal(t, BadResponse, r.Status)
	assert.Equal(t, "HTTP 200 but the body is over 1 MiB, the most qalint reads; it was not judged", r.Message)
}

// The gateway's token goes to the gateway alone, whatever its value looks
// like: a short test token is no less the gateway's, and a misspelt
// baseUri1 must not turn it into a header for api.openai.com. The refusal
// offers no --allow-host way round it.
func TestGatewayTokenOfAnyShapeGoesOnlyToTheGateway(t *testing.T) {
	srv := newEveryHost(t)
	env := map[string]string{"OPENAI_KEY": scopeEnv["OPENAI_KEY"], "SHORT": "y"}
	opts := Options{Getenv: func(k string) string { return env[k] }, Kinds: []Kind{Completion}, Timeout: 5 * time.Second}
	srv.seams(&opts)
	reqs := planEntries(t, opts, `{"type": "OpenAI", "alias": "short-token", "apiKey": "${OPENAI_KEY}", "model1": "gpt-4o-mini",
		"baseUri1": "https://gateway.ai.cloudflare.com/v1/`+probetest.Account+`/gw/openai", "cf-aig-authorization": "Bearer ${SHORT}"}`)
	require.Len(t, reqs, 1)
	rs := Run(context.Background(), reqs, opts, nil)
	require.Len(t, rs, 1)
	assert.Equal(t, Refused, rs[0].Status, rs[0].Message)
	assert.Contains(t, rs[0].Message, "cf-aig-authorization holds a Cloudflare API token for the AI Gateway")
	assert.NotContains(t, rs[0].Message, "--allow-host")
	assert.Empty(t, srv.seen(), "nothing sent")
}

// An error status with a body over the size limit is judged by its status
// (an outside tester's endless 401 read as bad-response); a 2xx is not
// judged at all.
func TestAnErrorStatusWithAHugeBodyIsJudgedByItsStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		code := map[bool]int{true: http.StatusUnauthorized, false: http.StatusOK}[strings.Contains(r.URL.Path, "denied")]
		w.WriteHeader(code)
		fmt.Fprint(w, `{"errors":[{"code":10000,"message":"`+strings.Repeat("x", 2<<20)+`"}]}`)
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	run := func(alias string) Result {
		opts := Options{Getenv: getenv, Kinds: []Kind{Completion}, AllowHosts: []string{u.Host}, CloudflareAPI: srv.URL, Timeout: 5 * time.Second}
		reqs := planEntries(t, opts, entry(alias, "@cf/meta/llama-3.1-8b-instruct-fast", "x",
			`"baseURI1": "`+srv.URL+`/v1/`+probetest.Account+`/gw/workers-ai/`+alias+`"`))
		require.Len(t, reqs, 1)
		return Run(context.Background(), reqs, opts, nil)[0]
	}
	r := run("denied")
	assert.Equal(t, Auth, r.Status)
	assert.Contains(t, r.Message, "HTTP 401")
	assert.Contains(t, r.Message, "(the body is over 1 MiB, the most qalint reads: only the status was judged)")
	r = run("fine")
	assert.Equal(t, BadResponse, r.Status)
	assert.Equal(t, "HTTP 200 but the body is over 1 MiB, the most qalint reads; it was not judged", r.Message)
}

// A server that takes the connection and never answers TLS is named for
// what it does, with the handshake's own bound, not --timeout (outside
// tester: "no answer within 30s" after 5 s).
func TestATLSHandshakeThatNeverEndsIsNamed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, silent, until the test ends
		}
	}()
	addr := ln.Addr().String()
	opts := Options{Getenv: getenv, Kinds: []Kind{Completion}, AllowHosts: []string{addr}, Timeout: time.Minute, handshake: 100 * time.Millisecond}
	reqs := planEntries(t, opts, entry("silent", "@cf/meta/llama-3.1-8b-instruct-fast", "x",
		`"baseURI1": "https://`+addr+`/v1/`+probetest.Account+`/gw/workers-ai"`))
	require.Len(t, reqs, 1)
	r := Run(context.Background(), reqs, opts, nil)[0]
	assert.Equal(t, Timeout, r.Status)
	assert.Equal(t, "the TLS handshake did not finish within 100ms: the server took the connection but did not answer TLS", r.Message)
}

// A server that echoes a credential in a form masking cannot cut out
// (split by spaces or dashes, one character a line, hex, HTML entities,
// \uXXXX) gets its text withheld, not shown with the token readable
// (outside tester).
func TestAnEchoMaskingCannotCutIsWithheld(t *testing.T) {
	forms := map[string]func(string) string{
		"split": func(s string) string {
			var parts []string
			for i := 0; i < len(s); i += 4 {
				parts = append(parts, s[i:min(i+4, len(s))])
			}
			return strings.Join(parts, " ")
		},
		"dashes": func(s string) string { return strings.Join(strings.Split(s, ""), "-") },
		"lines":  func(s string) string { return strings.Join(strings.Split(s, ""), "\n") },
		"hex":    func(s string) string { return hex.EncodeToString([]byte(s)) },
		"entities": func(s string) string {
			var b strings.Builder
			for _, r := range s {
				fmt.Fprintf(&b, "&#%d;", r)
			}
			return b.String()
		},
		"escapes": func(s string) string {
			var b strings.Builder
			for _, r := range s {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
			return b.String()
		},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		form := func(s string) string { return s }
		for name, f := range forms {
			if strings.Contains(r.URL.Path, "/"+name+"/") {
				form = f
			}
		}
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, "denied for "+form(r.Header.Get("Authorization")))
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	for name := range forms {
		t.Run(name, func(t *testing.T) {
			opts := Options{Getenv: getenv, Kinds: []Kind{Completion}, AllowHosts: []string{u.Host}, Timeout: 5 * time.Second}
			reqs := planEntries(t, opts, entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "x",
				`"baseURI1": "`+srv.URL+`/v1/`+probetest.Account+`/gw/workers-ai/`+name+`"`))
			require.Len(t, reqs, 1)
			r := Run(context.Background(), reqs, opts, nil)[0]
			assert.Equal(t, Auth, r.Status)
			assert.Contains(t, r.Message, "is not shown")
			tok := probetest.Token
			for i := 0; i+8 <= len(tok); i++ {
				assert.NotContains(t, strings.NewReplacer(" ", "", "-", "", "\n", "").Replace(r.Message), tok[i:i+8])
			}
			assert.NotContains(t, r.Message, hex.EncodeToString([]byte(tok[:8])))
		})
	}
}
