package probe

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/probe/probetest"
)

// everyHost is a TLS server on 127.0.0.1 that every host name resolves to,
// for the probe's seams: it records which host each request was for.
type everyHost struct {
	*httptest.Server
	mu    sync.Mutex
	hosts []string
}

func newEveryHost(t *testing.T) *everyHost {
	h := &everyHost{}
	h.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.hosts = append(h.hosts, r.Host)
		h.mu.Unlock()
		fmt.Fprint(w, `{"result":{"response":"p"},"success":true,"choices":[{"message":{"content":"p"}}],"content":[{"text":"p"}]}`)
	}))
	h.Config.ErrorLog = log.New(io.Discard, "", 0)
	h.StartTLS()
	t.Cleanup(h.Close)
	return h
}

// seams route every connection to the server, whatever the host name.
func (h *everyHost) seams(opts *Options) {
	addr := h.Listener.Addr().String()
	opts.dial = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	opts.tlsConfig = &tls.Config{InsecureSkipVerify: true} // the test server's own certificate
}

func (h *everyHost) seen() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.hosts...)
}

// plan writes entries to a file, lints and plans them.
// probeOnEveryHost plans entry (one completion request, the scope test
// environment) and probes it against a fake that answers for every host.
func probeOnEveryHost(t *testing.T, entry string) (*everyHost, Result) {
	t.Helper()
	srv := newEveryHost(t)
	opts := Options{Getenv: func(k string) string { return scopeEnv[k] }, Kinds: []Kind{Completion}, Timeout: 5 * time.Second}
	srv.seams(&opts)
	reqs := planEntries(t, opts, entry)
	require.Len(t, reqs, 1)
	rs := Run(context.Background(), reqs, opts, nil)
	require.Len(t, rs, 1)
	return srv, rs[0]
}

func planEntries(t *testing.T, opts Options, entries ...string) []*Request {
	t.Helper()
	path := filepath.Join(t.TempDir(), "settings.json")
	require.NoError(t, os.WriteFile(path, []byte("[\n"+strings.Join(entries, ",\n")+"\n]"), 0o644))
	results := (&lint.Linter{}).Files([]string{path})
	require.NoError(t, results[0].Err)
	return Plan(results, catalog.Default(), opts)
}

var scopeEnv = map[string]string{
	"CF_API_TOKEN": probetest.Token, "CF_AIG_TOKEN": probetest.GatewayToken,
	"OPENAI_KEY": "sk-proj-Op3nAiK3yAb9Cd8Ef7Gh6Ij5Kl4", "ANTHROPIC_KEY": "sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2",
}

func TestCredentialsGoOnlyToTheirOwner(t *testing.T) {
	gw := func(provider string) string {
		return "https://gateway.ai.cloudflare.com/v1/" + probetest.Account + "/my-gateway/" + provider
	}
	openai := func(alias string, extra ...string) string {
		return "{" + strings.Join(append([]string{`"type": "OpenAI"`, `"alias": "` + alias + `"`, `"apiKey": "${OPENAI_KEY}"`,
			`"model1": "gpt-4o-mini"`}, extra...), ", ") + "}"
	}
	for _, tc := range []struct {
		alias, entry, host, refusal string
	}{
		{"cf-direct", entry("cf-direct", "@cf/meta/llama-3.1-8b-instruct-fast", "x"), "api.cloudflare.com", ""},
		{"cf-to-openrouter", entry("cf-to-openrouter", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "https://openrouter.ai/api"`),
			"", `Authorization carries the key of a "Cloudflare" entry (a Cloudflare API token); openrouter.ai is not one of its owner's hosts`},
		{"cf-through-openai-gw", entry("cf-through-openai-gw", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "`+gw("openai")+`"`),
			"", `through the gateway it would reach the AI Gateway's provider "openai"`},
		{"openai-direct", openai("openai-direct"), "api.openai.com", ""},
		{"openai-gw", openai("openai-gw", `"baseURI1": "`+gw("openai")+`"`, `"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}"`), "gateway.ai.cloudflare.com", ""},
		{"openai-style-to-workers-ai-gw", strings.Replace(openai("openai-style-to-workers-ai-gw", `"baseURI1": "`+gw("workers-ai")+`"`), "${OPENAI_KEY}", "${CF_API_TOKEN}", 1),
			"gateway.ai.cloudflare.com", ""},
		{"openai-key-to-workers-ai-gw", openai("openai-key-to-workers-ai-gw", `"baseURI1": "`+gw("workers-ai")+`"`), "", `a key of openai (by its shape)`},
		{"openai-to-anthropic-gw", openai("openai-to-anthropic-gw", `"baseURI1": "`+gw("anthropic")+`"`), "", `provider "anthropic", which is not its owner`},
		{"anthropic-key-to-openai", strings.Replace(openai("anthropic-key-to-openai"), "${OPENAI_KEY}", "${ANTHROPIC_KEY}", 1),
			"", "a key of anthropic (by its shape); api.openai.com is not one of its owner's hosts"},
		{"aig-token-to-openai", openai("aig-token-to-openai", `"headers": {"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}"}`),
			"", "cf-aig-authorization holds a Cloudflare API token for the AI Gateway; api.openai.com is not the gateway"},
		{"azure-wildcard", openai("azure-wildcard", `"baseURI1": "https://anyone.openai.azure.com"`), "", "under openai.azure.com, where anyone can create a name"},
		{"aws-wildcard", openai("aws-wildcard", `"baseURI1": "https://x1.execute-api.us-east-1.amazonaws.com"`), "", "under amazonaws.com, where anyone can create a name"},
		{"googleapis-wildcard", openai("googleapis-wildcard", `"baseURI1": "https://evil.googleapis.com"`), "", "under googleapis.com"},
	} {
		t.Run(tc.alias, func(t *testing.T) {
			srv, r := probeOnEveryHost(t, tc.entry)
			if tc.refusal == "" {
				assert.Equal(t, OK, r.Status, r.Message)
				assert.Equal(t, []string{tc.host}, srv.seen())
				return
			}
			assert.Equal(t, Refused, r.Status, r.Message)
			assert.Contains(t, r.Message, tc.refusal)
			assert.Contains(t, r.Message, "nothing was sent")
			assert.Empty(t, srv.seen(), "nothing sent")
		})
	}
}

func TestAllowHostSendsToASharedHostingName(t *testing.T) {
	srv := newEveryHost(t)
	opts := Options{Getenv: func(k string) string { return scopeEnv[k] }, Kinds: []Kind{Completion}, Timeout: 5 * time.Second,
		AllowHosts: []string{"mine.openai.azure.com"}}
	srv.seams(&opts)
	reqs := planEntries(t, opts, `{"type": "OpenAI", "alias": "az", "apiKey": "${OPENAI_KEY}", "model1": "gpt-4o-mini", "baseURI1": "https://mine.openai.azure.com"}`)
	rs := Run(context.Background(), reqs, opts, nil)
	assert.Equal(t, OK, rs[0].Status, rs[0].Message)
	assert.Equal(t, []string{"mine.openai.azure.com"}, srv.seen())
}

func TestUserinfoIsNeverSentNorShown(t *testing.T) {
	f := probetest.New(t)
	const pw = "Pw9xK2mQ7vL4nR8tZ3"
	base := strings.Replace(gatewayBase(f, "gw", "workers-ai"), "http://", "http://admin:"+pw+"@", 1)
	e := entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "`+base+`"`)
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}}, e)
	require.Len(t, rs, 1)
	assert.Equal(t, Skipped, rs[0].Status, "baseuri-host blocks it")
	assert.NotContains(t, rs[0].URL+rs[0].Message, pw)
	assert.Empty(t, f.Requests())

	// With that rule turned off (.qalint.yaml can), the resolver still does not
	// resolve such a base: the probe is skipped, and the URL shown has no userinfo.
	path := filepath.Join(t.TempDir(), "settings.json")
	require.NoError(t, os.WriteFile(path, []byte("["+e+"]"), 0o644))
	linter := &lint.Linter{}
	linter.Rules.Severity = map[string]model.Severity{"baseuri-host": model.Off}
	u, _ := url.Parse(f.URL)
	opts := Options{Kinds: []Kind{Completion}, Getenv: getenv, CloudflareAPI: f.URL + "/client/v4", AllowHosts: []string{u.Host}}
	rs = Run(context.Background(), Plan(linter.Files([]string{path}), catalog.Default(), opts), opts, nil)
	require.Len(t, rs, 1)
	assert.NotEqual(t, OK, rs[0].Status)
	assert.Empty(t, f.Requests())
	assert.NotContains(t, rs[0].URL+rs[0].Message, pw)
	assert.NotContains(t, rs[0].URL, "admin")
}

func TestDryRunMasksEveryHeaderButKnownHarmlessOnes(t *testing.T) {
	t.Setenv("QALINT_TEST_AUTH_KEY", "k3yFr0mTh3Env1r0nment")
	reqs := planEntries(t, Options{Getenv: os.Getenv, Kinds: []Kind{Completion}},
		`{"type": "Anthropic", "alias": "a", "apiKey": "${QALINT_TEST_AUTH_KEY}", "model1": "claude-haiku-4-5",
		  "headers": {"X-Auth-Key": "${QALINT_TEST_AUTH_KEY}", "Cookie": "session=s3ss10nC00k13", "Ocp-Apim-Subscription-Key": "0a1b2c3d4e5f", "cf-aig-cache-ttl": "60"}}`)
	require.Len(t, reqs, 1)
	out := Describe(reqs[0])
	for _, s := range []string{"k3yFr0mTh3Env1r0nment", "Th3Env1r", "s3ss10nC00k13", "0a1b2c3d4e5f"} {
		assert.NotContains(t, out, s)
	}
	for _, s := range []string{"Content-Type: application/json", "Anthropic-Version: 2023-06-01", "Cf-Aig-Cache-Ttl: 60", "X-Auth-Key: ", "Cookie: "} {
		assert.Contains(t, out, s)
	}
}

func TestHostileServerText(t *testing.T) {
	const token = probetest.Token
	echo := strings.ToUpper(token) + " " + url.QueryEscape("/"+token+"/") + " " + base64.StdEncoding.EncodeToString([]byte("u:"+token))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.Contains(r.URL.Path, "escape"):
			w.WriteHeader(400)
			fmt.Fprintf(w, `{"error":{"message":"\u001b[2J\u001b]0;pwned\u0007denied\n  ok  completion  ok  200  1ms\u0000\u0000 %s \u202etxt.exe"}}`, echo)
		case strings.Contains(r.URL.Path, "huge"):
			w.WriteHeader(500)
			fmt.Fprint(w, strings.Repeat("padding ", 16)+"token "+r.Header.Get("Authorization")+" "+strings.Repeat("\x00x", 250_000))
		}
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	opts := Options{Getenv: getenv, Kinds: []Kind{Completion}, AllowHosts: []string{u.Host}, CloudflareAPI: srv.URL}
	reqs := planEntries(t, opts,
		entry("escape", "@cf/test/escape", "x", `"baseURI1": "`+srv.URL+`/v1/`+probetest.Account+`/gw/workers-ai"`),
		entry("huge", "@cf/test/huge", "x", `"baseURI1": "`+srv.URL+`/v1/`+probetest.Account+`/gw/workers-ai"`))
	rs := Run(context.Background(), reqs, opts, nil)
	require.Len(t, rs, 2)
	for _, r := range rs {
		assert.NotZero(t, r.HTTPStatus, r.Message)
		assert.LessOrEqual(t, utf8.RuneCountInString(r.Message), maxServerText+100, "the server's text is cut short")
		assert.NotContains(t, r.Message, "\x1b")
		assert.NotContains(t, r.Message, "\x00")
		assert.NotContains(t, r.Message, "\x07")
		assert.NotContains(t, r.Message, "\n")
		assert.NotContains(t, r.Message, "\u202e")
		for _, piece := range []string{token[4:], strings.ToUpper(token)[4:], "N2mK9pL4", base64.StdEncoding.EncodeToString([]byte("u:" + token))[8:]} {
			assert.NotContains(t, r.Message, piece)
		}
	}
	assert.Contains(t, rs[0].Message, "denied ok completion ok 200 1ms")
	assert.Contains(t, rs[1].Message, "token Bearer Tk9v…(32 chars)", "masked before the cut, not cut through")
}

func TestRetryAfterIsBounded(t *testing.T) {
	for _, tc := range []struct {
		name, retryAfter string
		timeout          time.Duration
		why              string
	}{
		{"days", "999999", 10 * time.Second, "Retry-After 277h46m39s is over the 30s qalint waits at most; not retried"},
		{"past timeout × retries", "5", 100 * time.Millisecond, "Retry-After 5s is over --timeout × retries (200ms); not retried"},
		{"an HTTP date far ahead", time.Now().Add(48 * time.Hour).UTC().Format(http.TimeFormat), 10 * time.Second, "qalint waits at most"},
		{"more seconds than a duration holds", "99999999999999999999999", 10 * time.Second, "Retry-After is too long to wait for; not retried"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var hits int
			var mu sync.Mutex
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				hits++
				mu.Unlock()
				w.Header().Set("Retry-After", tc.retryAfter)
				w.WriteHeader(429)
			}))
			t.Cleanup(srv.Close)
			u, _ := url.Parse(srv.URL)
			var waits []time.Duration
			opts := Options{Getenv: getenv, Kinds: []Kind{Completion}, AllowHosts: []string{u.Host}, Timeout: tc.timeout,
				sleep: func(_ context.Context, d time.Duration) bool { waits = append(waits, d); return true }}
			reqs := planEntries(t, opts, entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "`+srv.URL+`/v1/`+probetest.Account+`/gw/workers-ai"`))
			rs := Run(context.Background(), reqs, opts, nil)
			assert.Equal(t, RateLimited, rs[0].Status)
			assert.Contains(t, rs[0].Message, tc.why)
			assert.Empty(t, waits, "no wait at all")
			assert.Equal(t, 1, hits)
		})
	}
}

// The retries wait at most --timeout × retries in all, not each (an
// outside tester's two waits of 5 s with --timeout 3s took 10 s).
func TestRetryAfterIsBoundedInAll(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(429)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	var waits []time.Duration
	opts := Options{Getenv: getenv, Kinds: []Kind{Completion}, AllowHosts: []string{u.Host}, Timeout: 3 * time.Second,
		sleep: func(_ context.Context, d time.Duration) bool { waits = append(waits, d); return true }}
	reqs := planEntries(t, opts, entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "`+srv.URL+`/v1/`+probetest.Account+`/gw/workers-ai"`))
	r := Run(context.Background(), reqs, opts, nil)[0]
	assert.Equal(t, RateLimited, r.Status)
	assert.Equal(t, []time.Duration{5 * time.Second}, waits, "one wait of 5 s; a second would pass 6 s in all")
	assert.Contains(t, r.Message, "Retry-After 5s, after 5s waited already, is over --timeout × retries (6s); not retried")
	assert.EqualValues(t, 2, hits.Load())
}

func TestInterruptedProbesAreReported(t *testing.T) {
	f := probetest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	var entries []string
	for i := 0; i < 4; i++ {
		entries = append(entries, entry(fmt.Sprint("hang", i), "@cf/test/hang", "x"))
	}
	u, _ := url.Parse(f.URL)
	opts := Options{CloudflareAPI: f.URL + "/client/v4", Getenv: getenv, Kinds: []Kind{Completion}, Concurrency: 2,
		AllowHosts: []string{u.Host}, Timeout: time.Hour}
	reqs := planEntries(t, opts, entries...)
	done := make(chan []Result)
	go func() { done <- Run(ctx, reqs, opts, nil) }()
	for i := 0; len(f.Requests()) < 2; i++ { // both slots busy, two probes waiting for one
		require.Less(t, i, 10000, "the probes were never sent")
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	rs := <-done
	require.Len(t, rs, 4)
	for _, r := range rs {
		assert.Equal(t, Interrupted, r.Status, r.Alias)
		assert.Zero(t, r.HTTPStatus)
	}
	assert.Len(t, f.Requests(), 2, "nothing more is sent once interrupted")
}

func TestCredentialsInAnyFieldAreMaskedInResults(t *testing.T) {
	f := probetest.New(t)
	const key, token = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wYz", "Bn4mC5vX6zL7kJ8hG9fD0sA1qW2eR3tY"
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}}, entry(key+"\u001b[2J", "@cf/x/"+token, "x"))
	require.Len(t, rs, 1)
	assert.NotZero(t, rs[0].HTTPStatus, "sent")
	for _, s := range []string{key[8:], token[4:], "\x1b"} {
		assert.NotContains(t, rs[0].Alias+rs[0].URL+rs[0].Message, s)
	}
}

func TestConfiguredTypesDoNotWidenTheScope(t *testing.T) {
	srv := newEveryHost(t)
	path := filepath.Join(t.TempDir(), "settings.json")
	require.NoError(t, os.WriteFile(path, []byte(`[{"type": "OpenAI", "alias": "o", "apiKey": "${MISTRAL_KEY}", "model1": "m"},
		{"type": "Cloudflare", "alias": "c", "account": "`+probetest.Account+`", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast",
		 "baseURI1": "https://gateway.ai.cloudflare.com/v1/`+probetest.Account+`/gw/openrouter"}]`), 0o644))
	cat := catalog.Default().Extend(nil, []*catalog.Type{ // what a hostile .qalint.yaml could say
		{Name: "OpenAI", Route: "openai", Base: "https://collector.evil.example"},
		{Name: "Cloudflare", Route: "workers-ai", Gateway: []string{"workers-ai", "openrouter"}},
	})
	opts := Options{Getenv: func(k string) string {
		return map[string]string{"MISTRAL_KEY": "Ms7kQ2wE9rT4yU1iO6pA3sD8fG5hJ0kL", "CF_API_TOKEN": probetest.Token}[k]
	},
		Kinds: []Kind{Completion}, Timeout: 5 * time.Second}
	srv.seams(&opts)
	results := (&lint.Linter{}).Files([]string{path})
	rs := Run(context.Background(), Plan(results, cat, opts), opts, nil)
	require.Len(t, rs, 2)
	for _, r := range rs {
		assert.Equal(t, Refused, r.Status, r.Message)
	}
	assert.Empty(t, srv.seen())
}

// Interrupted (SIGINT) while waiting to retry after a 429, the probe says
// rate-limited, the answer it had, not "interrupted before an answer came"
// (outside tester).
func TestAnInterruptWhileWaitingToRetryKeepsThe429(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(429)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := Options{Getenv: getenv, Kinds: []Kind{Completion}, AllowHosts: []string{u.Host}, Timeout: 5 * time.Second,
		sleep: func(context.Context, time.Duration) bool { cancel(); return false }}
	reqs := planEntries(t, opts, entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "`+srv.URL+`/v1/`+probetest.Account+`/gw/workers-ai"`))
	r := Run(ctx, reqs, opts, nil)[0]
	assert.Equal(t, RateLimited, r.Status, r.Message)
	assert.Equal(t, 429, r.HTTPStatus)
	assert.Contains(t, r.Message, "(the run was interrupted while waiting to retry)")
}
