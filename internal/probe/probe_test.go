package probe

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/probe/probetest"
	"github.com/qalint/qalint/rules"
)

var testEnv = map[string]string{"CF_API_TOKEN": probetest.Token, "CF_AIG_TOKEN": probetest.GatewayToken, "WRONG_TOKEN": "Wr0ngT0kenWr0ngT0kenWr0ngT0ken12"}

func getenv(k string) string { return testEnv[k] }

// entry is a Cloudflare entry using the given models and extra fields.
func entry(alias, model1, model2 string, extra ...string) string {
	fields := []string{
		`"type": "Cloudflare"`, fmt.Sprintf(`"alias": %q`, alias), `"account": "` + probetest.Account + `"`,
		`"apiKey": "${CF_API_TOKEN}"`, fmt.Sprintf(`"model1": %q`, model1), fmt.Sprintf(`"model2": %q`, model2),
	}
	return "{" + strings.Join(append(fields, extra...), ", ") + "}"
}

// probeFile writes entries to a settings file, lints it and probes it.
func probeFile(t *testing.T, f *probetest.Fake, opts Options, entries ...string) []Result {
	t.Helper()
	path := filepath.Join(t.TempDir(), "settings.json")
	require.NoError(t, os.WriteFile(path, []byte("[\n"+strings.Join(entries, ",\n")+"\n]"), 0o644))
	results := (&lint.Linter{}).Files([]string{path})
	require.NoError(t, results[0].Err)
	if opts.CloudflareAPI == "" {
		opts.CloudflareAPI = f.URL + "/client/v4"
	}
	if opts.Getenv == nil {
		opts.Getenv = getenv
	}
	if opts.Timeout == 0 {
		opts.Timeout = 2 * time.Second
	}
	u, _ := url.Parse(f.URL)
	opts.AllowHosts = append(opts.AllowHosts, u.Host)
	return Run(context.Background(), Plan(results, catalog.Default(), opts), opts, nil)
}

func gatewayBase(f *probetest.Fake, gw, provider string) string {
	return fmt.Sprintf("%s/v1/%s/%s/%s", f.URL, probetest.Account, gw, provider)
}

func TestWorkersAIDirect(t *testing.T) {
	f := probetest.New(t)
	rs := probeFile(t, f, Options{}, entry("cf", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5"))
	require.Len(t, rs, 2)
	assert.Equal(t, Completion, rs[0].Kind)
	assert.Equal(t, OK, rs[0].Status, rs[0].Message)
	assert.Equal(t, 200, rs[0].HTTPStatus)
	assert.Equal(t, rs[0].URL, f.URL+"/client/v4/accounts/"+probetest.Account+"/ai/run/@cf/meta/llama-3.1-8b-instruct-fast")
	assert.Equal(t, OK, rs[1].Status, rs[1].Message)
	assert.Equal(t, 384, rs[1].Dimensions)
	assert.Equal(t, "384 dimensions", rs[1].Message)

	require.Len(t, f.Requests(), 2)
	comp, ok := f.RequestTo("/client/v4/accounts/" + probetest.Account + "/ai/run/@cf/meta/llama-3.1-8b-instruct-fast")
	require.True(t, ok)
	assert.Equal(t, "Bearer "+probetest.Token, comp.Header.Get("Authorization"))
	assert.JSONEq(t, `{"messages":[{"role":"user","content":"ping"}],"max_tokens":1}`, comp.Body)
	emb, ok := f.RequestTo("/ai/run/@cf/baai/bge-small-en-v1.5")
	require.True(t, ok)
	assert.JSONEq(t, `{"text":["ping"]}`, emb.Body)
}

func TestDefaultModelsAreWhatQarbineWouldUse(t *testing.T) {
	f := probetest.New(t)
	e := `{"type": "Cloudflare", "alias": "d", "account": "` + probetest.Account + `", "apiKey": "${CF_API_TOKEN}"}`
	rs := probeFile(t, f, Options{}, e)
	require.Len(t, rs, 2)
	assert.Equal(t, NotFound, rs[0].Status, "the retired default model is gone")
	assert.Contains(t, rs[0].Message, "5007")
	assert.Equal(t, OK, rs[1].Status)
	assert.Equal(t, 1, f.Count("@cf/meta/llama-2-7b-chat-int8"))
}

func TestStatuses(t *testing.T) {
	f := probetest.New(t)
	for _, tc := range []struct {
		name   string
		entry  string
		status Status
		http   int
		msg    string
	}{
		{"bad token", strings.Replace(entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5"), "${CF_API_TOKEN}", "${WRONG_TOKEN}", 1), Auth, 401, "code 10000: Authentication error"},
		{"unknown model", entry("a", "@cf/meta/no-such-model", "@cf/baai/bge-small-en-v1.5"), NotFound, 400, "code 5007"},
		{"unknown account", strings.Replace(entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5"), probetest.Account, "fedcba9876543210fedcba9876543210", 1), NotFound, 404, "code 7003"},
		{"plan, not token", entry("a", "@cf/test/paid-only", "@cf/baai/bge-small-en-v1.5"), Rejected, 403, "code 5035: This model requires the Workers Paid plan (this model needs the Workers Paid plan; the account is on Workers Free)"},
		{"server error", entry("a", "@cf/test/5xx", "@cf/baai/bge-small-en-v1.5"), ServerError, 500, "code 7000"},
		{"malformed body", entry("a", "@cf/test/malformed", "@cf/baai/bge-small-en-v1.5"), BadResponse, 200, "not JSON"},
		{"no completion text", entry("a", "@cf/test/noshape", "@cf/baai/bge-small-en-v1.5"), BadResponse, 200, "no completion text"},
		{"rate limited after retries", entry("a", "@cf/test/ratelimit", "@cf/baai/bge-small-en-v1.5"), RateLimited, 429, "after 2 retries"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := probeFile(t, f, Options{Kinds: []Kind{Completion}}, tc.entry)
			require.Len(t, rs, 1)
			assert.Equal(t, tc.status, rs[0].Status, rs[0].Message)
			assert.Equal(t, tc.http, rs[0].HTTPStatus)
			assert.Contains(t, rs[0].Message, tc.msg)
			assert.NotContains(t, rs[0].Message, testEnv["WRONG_TOKEN"])
		})
	}
	assert.Equal(t, 3, f.Count("@cf/test/ratelimit"), "one try and at most two retries")
}

func TestEmbeddingWithoutVector(t *testing.T) {
	f := probetest.New(t)
	rs := probeFile(t, f, Options{Kinds: []Kind{Embedding}}, entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/test/noshape"))
	assert.Equal(t, BadResponse, rs[0].Status)
	assert.Contains(t, rs[0].Message, "no embedding vector")
}

func TestRetryAfterIsHonoured(t *testing.T) {
	f := probetest.New(t)
	start := time.Now()
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}}, entry("a", "@cf/test/ratelimit-once", "@cf/baai/bge-small-en-v1.5"))
	assert.Equal(t, OK, rs[0].Status, rs[0].Message)
	assert.GreaterOrEqual(t, time.Since(start), time.Second, "waited Retry-After: 1")
	assert.Equal(t, 2, f.Count("@cf/test/ratelimit-once"))
}

func TestRetryNeverPastTheDeadline(t *testing.T) {
	f := probetest.New(t)
	start := time.Now()
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}, Deadline: 2 * time.Second}, entry("a", "@cf/test/ratelimit-long", "@cf/baai/bge-small-en-v1.5"))
	assert.Equal(t, RateLimited, rs[0].Status)
	assert.Contains(t, rs[0].Message, "past the deadline")
	// Retry-After asks for 30 s: well below that means it was not waited,
	// with room for a busy machine.
	assert.Less(t, time.Since(start), 20*time.Second)
	assert.Equal(t, 1, f.Count("@cf/test/ratelimit-long"))
}

func TestHangingEndpointTimesOut(t *testing.T) {
	f := probetest.New(t)
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}, Timeout: 200 * time.Millisecond}, entry("a", "@cf/test/hang", "@cf/baai/bge-small-en-v1.5"))
	assert.Equal(t, Timeout, rs[0].Status)
	assert.Equal(t, "no answer within 200ms", rs[0].Message)
}

func TestGatewayAuthentication(t *testing.T) {
	f := probetest.New(t)
	base := gatewayBase(f, probetest.AuthedGateway, "workers-ai")
	without := entry("without", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5", `"baseURI1": "`+base+`"`)
	with := entry("with", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5", `"baseURI1": "`+base+`"`,
		`"headers": {"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}"}`)
	rs := probeFile(t, f, Options{}, without, with)
	require.Len(t, rs, 4)
	assert.Equal(t, Auth, rs[0].Status)
	assert.Contains(t, rs[0].Message, "code 2009: Unauthorized")
	assert.Equal(t, OK, rs[2].Status, rs[2].Message)
	assert.Equal(t, OK, rs[3].Status, rs[3].Message)
	var withToken int
	for _, r := range f.Requests() { // concurrent: any order
		assert.True(t, strings.HasPrefix(r.Path, "/v1/"+probetest.Account+"/"+probetest.AuthedGateway+"/workers-ai/@cf/"), r.Path)
		if r.Header.Get("cf-aig-authorization") == "Bearer "+probetest.GatewayToken {
			withToken++
		}
	}
	assert.Equal(t, 2, withToken, "the entry with the header sent it on both probes")
}

// TestGatewayOpenAIDoubledV1: Qarbine appends /v1/chat/completions to
// …/openai; the gateway forwards that to api.openai.com/v1/v1/…, which
// answers 404 unknown_url, and the probe says why.
func TestGatewayOpenAIDoubledV1(t *testing.T) {
	f := probetest.New(t)
	e := `{"type": "OpenAI", "alias": "gpt", "apiKey": "${CF_API_TOKEN}", "model1": "gpt-4o-mini", "model2": "text-embedding-3-small", "baseURI1": "` + gatewayBase(f, "gw", "openai") + `"}`
	rs := probeFile(t, f, Options{}, e)
	require.Len(t, rs, 2)
	for _, r := range rs {
		assert.Equal(t, NotFound, r.Status, r.Message)
		assert.Contains(t, r.Message, "code unknown_url: Invalid URL (POST /v1/v1/")
		assert.Contains(t, r.Message, "(the doubled /v1: the gateway forwards "+gatewayBase(f, "gw", "openai")+"/v1/")
		assert.Contains(t, r.Message, " to https://api.openai.com/v1/v1/")
	}
	assert.Equal(t, 1, f.Count("openai/v1/chat/completions"), "Qarbine appends /v1/chat/completions")
	assert.Equal(t, 1, f.Count("openai/v1/embeddings"))
	for _, r := range f.Requests() {
		if strings.HasSuffix(r.Path, "/chat/completions") {
			assert.JSONEq(t, `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}],"max_tokens":1}`, r.Body)
		} else {
			assert.JSONEq(t, `{"model":"text-embedding-3-small","input":["ping"]}`, r.Body)
		}
	}
}

// TestOpenAIStyleToWorkersAI: an OpenAI-style entry pointed at the
// gateway's workers-ai slug calls Workers AI's OpenAI-compatible routes.
func TestOpenAIStyleToWorkersAI(t *testing.T) {
	f := probetest.New(t)
	e := `{"type": "OpenAI", "alias": "oss", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model2": "@cf/baai/bge-small-en-v1.5", "baseURI1": "` + gatewayBase(f, "gw", "workers-ai") + `"}`
	rs := probeFile(t, f, Options{}, e)
	require.Len(t, rs, 2)
	for _, r := range rs {
		assert.Equal(t, OK, r.Status, r.Message)
	}
	assert.Equal(t, 384, rs[1].Dimensions)
	_, ok := f.RequestTo("/workers-ai/v1/chat/completions")
	assert.True(t, ok)
	_, ok = f.RequestTo("/workers-ai/v1/embeddings")
	assert.True(t, ok)
}

func TestRedirectToAnotherHostCarriesNoCredential(t *testing.T) {
	f := probetest.New(t)
	other := probetest.NewRecorder(t)
	f.RedirectTo = other.URL
	u, _ := url.Parse(other.URL)
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}, AllowHosts: []string{u.Host}},
		entry("a", "@cf/test/redirect", "@cf/baai/bge-small-en-v1.5", `"headers": {"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}", "x-api-key": "${CF_API_TOKEN}"}`))
	assert.Equal(t, BadResponse, rs[0].Status)
	assert.Contains(t, rs[0].Message, "not followed")
	other.Mu.Lock()
	defer other.Mu.Unlock()
	for _, h := range other.Seen {
		for name, vs := range h {
			for _, v := range vs {
				assert.NotContains(t, v, probetest.Token, name)
				assert.NotContains(t, v, probetest.GatewayToken, name)
			}
		}
	}
	assert.Empty(t, other.Seen, "the other host is not contacted at all")
}

func TestRefusedHostsGetNothing(t *testing.T) {
	f := probetest.New(t)
	u, _ := url.Parse(f.URL)
	ln, err := net.Listen("tcp", "127.0.0.1:0") // an allowed-looking port that is not on the list
	require.NoError(t, err)
	stranger := "http://" + ln.Addr().String()
	ln.Close()
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}},
		entry("stranger", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "`+stranger+`/v1/`+probetest.Account+`/gw/workers-ai"`),
		entry("clear", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "http://llm.corp.acme-internal.net/v1/`+probetest.Account+`/gw/workers-ai"`))
	require.Len(t, rs, 2)
	assert.Equal(t, Refused, rs[0].Status)
	assert.Contains(t, rs[0].Message, "not on the allow-list")
	assert.Equal(t, Refused, rs[1].Status)
	assert.Contains(t, rs[1].Message, "plain http://")
	assert.Empty(t, f.Requests(), "nothing sent, not even to the fake at "+u.Host)
}

func TestUnsetVariableSkipsAndSendsNothing(t *testing.T) {
	f := probetest.New(t)
	e := strings.Replace(entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5"), "${CF_API_TOKEN}", "${NOT_SET_ANYWHERE}", 1)
	rs := probeFile(t, f, Options{}, e)
	require.Len(t, rs, 2, "a completion and an embedding probe, both skipped")
	for _, r := range rs {
		assert.Equal(t, Skipped, r.Status)
		assert.Contains(t, r.Message, "NOT_SET_ANYWHERE")
	}
	assert.Empty(t, f.Requests())
}

func TestLintErrorsSkipTheProbe(t *testing.T) {
	f := probetest.New(t)
	rs := probeFile(t, f, Options{}, strings.Replace(entry("a", "xxx", "@cf/baai/bge-small-en-v1.5"), probetest.Account, "ACCOUNT", 1))
	require.Len(t, rs, 2)
	for _, r := range rs {
		assert.Equal(t, Skipped, r.Status)
		assert.Contains(t, r.Message, "[placeholder]")
	}
	assert.Empty(t, f.Requests())
}

// TestOnlyBlockingRulesSkip: whether an error blocks a probe is the rule's
// property. model-task is an error that does not block: the probe is sent,
// and says what the provider answers.
func TestOnlyBlockingRulesSkip(t *testing.T) {
	assert.True(t, rules.Placeholder.Blocks)
	assert.False(t, rules.ModelTask.Blocks)
	f := probetest.New(t)
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}}, entry("a", "@cf/baai/bge-small-en-v1.5", "@cf/baai/bge-small-en-v1.5"))
	require.Len(t, rs, 1)
	assert.NotEqual(t, Skipped, rs[0].Status, rs[0].Message)
	assert.Len(t, f.Requests(), 1)
}

func TestProbesRunConcurrently(t *testing.T) {
	f := probetest.New(t)
	const n = 6
	var entries []string
	for i := 0; i < n; i++ {
		entries = append(entries, entry(fmt.Sprint("slow", i), "@cf/test/slow", "@cf/baai/bge-small-en-v1.5"))
	}
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}, Concurrency: 8}, entries...)
	require.Len(t, rs, n)
	for _, r := range rs {
		assert.Equal(t, OK, r.Status)
		assert.GreaterOrEqual(t, r.LatencyMs, f.Slow.Milliseconds(), "latency is measured")
	}
	// Each slow request is held 300 ms: sent one after another, the fake
	// never serves two at once. Counted, not timed, so a busy machine
	// cannot break it.
	assert.Greater(t, f.MaxInFlight(), 1, "probes ran one after another")
	for i, r := range rs {
		assert.Equal(t, fmt.Sprint("slow", i), r.Alias, "results keep entry order")
	}
}

func TestNetworkErrors(t *testing.T) {
	f := probetest.New(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := ln.Addr().String()
	ln.Close()
	tlsSrv := httptest.NewUnstartedServer(f.Config.Handler)
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0)
	tlsSrv.StartTLS() // a certificate nobody trusts
	t.Cleanup(tlsSrv.Close)
	tu, _ := url.Parse(tlsSrv.URL)
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}, AllowHosts: []string{closed, tu.Host}},
		entry("refused", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "http://`+closed+`/v1/`+probetest.Account+`/gw/workers-ai"`),
		entry("tls", "@cf/meta/llama-3.1-8b-instruct-fast", "x", `"baseURI1": "`+tlsSrv.URL+`/v1/`+probetest.Account+`/gw/workers-ai"`))
	require.Len(t, rs, 2)
	assert.Equal(t, Network, rs[0].Status)
	assert.Contains(t, rs[0].Message, "connection refused")
	assert.Equal(t, Network, rs[1].Status)
	assert.Contains(t, rs[1].Message, "TLS")
}

func TestEchoedCredentialIsMasked(t *testing.T) {
	f := probetest.New(t)
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}}, entry("a", "@cf/test/echo", "x"))
	assert.Equal(t, Rejected, rs[0].Status)
	assert.NotContains(t, rs[0].Message, probetest.Token)
	assert.Contains(t, rs[0].Message, "Tk9v…(32 chars)")
}

func TestDescribeMasksCredentials(t *testing.T) {
	f := probetest.New(t)
	path := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(path, []byte("["+entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5",
		`"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}"`)+"]"), 0o644))
	reqs := Plan((&lint.Linter{}).Files([]string{path}), catalog.Default(), Options{CloudflareAPI: f.URL + "/client/v4", Getenv: getenv})
	require.Len(t, reqs, 2)
	out := Describe(reqs[0])
	assert.Contains(t, out, "POST "+f.URL+"/client/v4/accounts/"+probetest.Account+"/ai/run/@cf/meta/llama-3.1-8b-instruct-fast")
	assert.Contains(t, out, "Authorization: Bearer Tk9v…(32 chars)")
	assert.NotContains(t, out, probetest.Token)
	assert.NotContains(t, out, probetest.GatewayToken)
	assert.Empty(t, f.Requests(), "describing sends nothing")
}

func TestCredentialsInTheURLAreMasked(t *testing.T) {
	f := probetest.New(t)
	const pw, key = "Pw9xK2mQ7vL4nR8tZ3", "Ak3Lm8Np2Qr7St1Uv6Wx"
	base := strings.Replace(gatewayBase(f, "gw", "workers-ai"), "http://", "http://admin:"+pw+"@", 1)
	rs := probeFile(t, f, Options{Kinds: []Kind{Completion}},
		entry("a", "@cf/test/5xx", "x", `"baseURI1": "`+base+`?api_key=`+key+`"`))
	require.Len(t, rs, 1)
	assert.Equal(t, Skipped, rs[0].Status, "user:password@ before the host is a blocking error (baseuri-host)")
	assert.Contains(t, rs[0].Message, "127.0.0.1", "names the host the request would reach")
	for _, s := range []string{pw, key} {
		assert.NotContains(t, rs[0].URL+rs[0].Message, s)
	}
}

// TestKnownHostInAnyCase: hosts compare as check compares them, so
// GATEWAY.AI.CLOUDFLARE.COM. is the gateway and is not refused.
func TestKnownHostInAnyCase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(path, []byte("["+entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "@cf/baai/bge-small-en-v1.5",
		`"baseURI1": "https://GATEWAY.AI.CLOUDFLARE.COM./v1/`+probetest.Account+`/gw/workers-ai"`)+"]"), 0o644))
	results := (&lint.Linter{}).Files([]string{path})
	require.Empty(t, results[0].Findings)
	reqs := Plan(results, catalog.Default(), Options{Getenv: getenv})
	require.Len(t, reqs, 2)
	for _, r := range reqs {
		assert.Empty(t, r.Skip)
		assert.Empty(t, r.Refuse)
		require.NotNil(t, r.Resolved.Service.Gateway)
		assert.Equal(t, "workers-ai", r.Resolved.Service.Gateway.Provider.Text)
	}
}

// TestOnlyTheRequestsOwnVariablesMatter: an unset variable in model2 skips
// the embedding probe, not the completion one.
func TestOnlyTheRequestsOwnVariablesMatter(t *testing.T) {
	f := probetest.New(t)
	rs := probeFile(t, f, Options{}, entry("a", "@cf/meta/llama-3.1-8b-instruct-fast", "${EMBEDDING_MODEL}"))
	require.Len(t, rs, 2)
	assert.Equal(t, OK, rs[0].Status, rs[0].Message)
	assert.Equal(t, Skipped, rs[1].Status)
	assert.Equal(t, "environment variable EMBEDDING_MODEL is not set; nothing was sent", rs[1].Message)
}

// TestEveryUnsetVariableIsNamed: a request needing several unset variables
// names them all, each once, in the order the request uses them.
func TestEveryUnsetVariableIsNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(path, []byte(`[{ "type": "Cloudflare", "alias": "a", "account": "0123456789abcdef0123456789abcdef",
  "apiKey": "${NO_TOKEN}", "model1": "${NO_MODEL}", "model2": "@cf/baai/bge-small-en-v1.5",
  "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/workers-ai",
  "cf-aig-authorization": "Bearer ${NO_GATEWAY_TOKEN}", "headers": { "x-extra": "${NO_TOKEN}" } }]`), 0o644))
	reqs := Plan((&lint.Linter{}).Files([]string{path}), catalog.Default(), Options{Getenv: func(string) string { return "" }})
	require.Len(t, reqs, 2)
	assert.Equal(t, []string{"NO_MODEL", "NO_TOKEN", "NO_GATEWAY_TOKEN"}, reqs[0].Unset)
	assert.Equal(t, "environment variables NO_MODEL, NO_TOKEN, NO_GATEWAY_TOKEN are not set; nothing was sent", reqs[0].Skip)
	assert.Equal(t, []string{"NO_TOKEN", "NO_GATEWAY_TOKEN"}, reqs[1].Unset, "the embedding request does not use model1")
}

// TestTrailingSlashIsSentAsWritten: the probe sends the URL check reasons
// about, base URI and Qarbine's path joined as strings, // included.
func TestTrailingSlashIsSentAsWritten(t *testing.T) {
	f := probetest.New(t)
	e := `{"type": "OpenAI", "alias": "oss", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "baseURI1": "` + gatewayBase(f, "gw", "workers-ai") + `/"}`
	probeFile(t, f, Options{}, e)
	var paths []string
	for _, r := range f.Requests() {
		paths = append(paths, r.Path)
	}
	assert.Equal(t, []string{"/v1/" + probetest.Account + "/gw/workers-ai//v1/chat/completions"}, paths)
}

// TestDescribeSaysWhatTheModelIsToWorkersAI: the dry run labels a model as
// model-unknown judges it; Workers AI as the service does not make any id a
// Workers AI model.
func TestDescribeSaysWhatTheModelIsToWorkersAI(t *testing.T) {
	f := probetest.New(t)
	path := filepath.Join(t.TempDir(), "s.json")
	base := gatewayBase(f, "gw", "workers-ai")
	require.NoError(t, os.WriteFile(path, []byte(`[
 {"type": "OpenAI", "alias": "a", "apiKey": "${CF_API_TOKEN}", "model1": "gpt-4o-mini", "baseURI1": "`+base+`"},
 {"type": "OpenAI", "alias": "b", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/acme/nothing-such", "baseURI1": "`+base+`"},
 {"type": "OpenAI", "alias": "c", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/openai/gpt-oss-120b", "baseURI1": "`+base+`"}]`), 0o644))
	var labels []string
	for _, r := range Plan((&lint.Linter{}).Files([]string{path}), catalog.Default(), Options{CloudflareAPI: f.URL + "/client/v4", Getenv: getenv}) {
		for _, line := range strings.Split(Describe(r), "\n") {
			if strings.HasPrefix(line, "#   model: ") {
				labels = append(labels, strings.TrimPrefix(line, "#   model: "))
			}
		}
	}
	assert.Equal(t, []string{
		`"gpt-4o-mini" (model1; the service is Workers AI, but this is not a Workers AI model id)`,
		`"@cf/acme/nothing-such" (model1; for Workers AI, not in qalint's model catalogue)`,
		`"@cf/openai/gpt-oss-120b" (model1; a Workers AI model)`,
	}, labels)
}
