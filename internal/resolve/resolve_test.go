package resolve

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

const acct = "0123456789abcdef0123456789abcdef"

func gw(slug string) string {
	return "https://gateway.ai.cloudflare.com/v1/" + acct + "/my-gateway/" + slug
}

// one resolves a single entry written as JSON.
func one(t *testing.T, entry string, opts Options) *Entry {
	t.Helper()
	doc := model.NewDocument("s.json", []byte("["+entry+"]"))
	require.Len(t, doc.Entries, 1)
	res := Document(doc, catalog.Default(), opts)
	require.Len(t, res, 1)
	return res[0]
}

func TestEntriesToRequests(t *testing.T) {
	type want struct {
		url, service, upstream, unresolved string
		workersAI, doubled                 bool
		creds                              []string // header<-field
	}
	for _, tc := range []struct {
		name, entry string
		completion  want
		embedding   want
	}{
		{
			name:       "Cloudflare, no base: the REST API run route",
			entry:      `{"type":"Cloudflare","alias":"a","account":"` + acct + `","apiKey":"${CF}","model1":"@cf/meta/llama-3.1-8b-instruct-fast"}`,
			completion: want{url: DefaultCloudflareAPI + "/accounts/" + acct + "/ai/run/@cf/meta/llama-3.1-8b-instruct-fast", service: "Workers AI", workersAI: true, creds: []string{"Authorization<-apiKey"}},
			embedding:  want{url: DefaultCloudflareAPI + "/accounts/" + acct + "/ai/run/@cf/baai/bge-small-en-v1.5", service: "Workers AI", workersAI: true, creds: []string{"Authorization<-apiKey"}},
		},
		{
			name:  "Cloudflare through the gateway's workers-ai",
			entry: `{"type":"Cloudflare","alias":"a","account":"` + acct + `","apiKey":"${CF}","baseURI1":"` + gw("workers-ai") + `","headers":{"cf-aig-authorization":"Bearer ${AIG}"}}`,
			completion: want{url: gw("workers-ai") + "/@cf/meta/llama-2-7b-chat-int8", service: `the gateway provider "workers-ai"`, workersAI: true,
				upstream: "https://api.cloudflare.com/client/v4/accounts/" + acct + "/ai/run/@cf/meta/llama-2-7b-chat-int8",
				creds:    []string{"Authorization<-apiKey", "cf-aig-authorization<-headers.cf-aig-authorization"}},
			embedding: want{url: gw("workers-ai") + "/@cf/baai/bge-small-en-v1.5", service: `the gateway provider "workers-ai"`, workersAI: true,
				upstream: "https://api.cloudflare.com/client/v4/accounts/" + acct + "/ai/run/@cf/baai/bge-small-en-v1.5",
				creds:    []string{"Authorization<-apiKey", "cf-aig-authorization<-headers.cf-aig-authorization"}},
		},
		{
			name:  "OpenAI-style type through the gateway's workers-ai: Workers AI's OpenAI-compatible API",
			entry: `{"type":"OpenAI","alias":"a","apiKey":"${CF}","model1":"@cf/openai/gpt-oss-120b","model2":"@cf/baai/bge-m3","baseURI1":"` + gw("workers-ai") + `","cf-aig-authorization":"Bearer ${AIG}"}`,
			completion: want{url: gw("workers-ai") + "/v1/chat/completions", service: `the gateway provider "workers-ai"`, workersAI: true,
				upstream: "https://api.cloudflare.com/client/v4/accounts/" + acct + "/ai/v1/chat/completions",
				creds:    []string{"Authorization<-apiKey", "cf-aig-authorization<-cf-aig-authorization"}},
			embedding: want{url: gw("workers-ai") + "/v1/embeddings", service: `the gateway provider "workers-ai"`, workersAI: true,
				upstream: "https://api.cloudflare.com/client/v4/accounts/" + acct + "/ai/v1/embeddings",
				creds:    []string{"Authorization<-apiKey", "cf-aig-authorization<-cf-aig-authorization"}},
		},
		{
			name:       "OpenAI-style type at …/accounts/{id}/ai: Workers AI directly",
			entry:      `{"type":"OpenAI","alias":"a","apiKey":"${CF}","model1":"@cf/openai/gpt-oss-120b","model2":"@cf/baai/bge-m3","baseURI1":"https://api.cloudflare.com/client/v4/accounts/` + acct + `/ai"}`,
			completion: want{url: DefaultCloudflareAPI + "/accounts/" + acct + "/ai/v1/chat/completions", service: "Workers AI", workersAI: true, creds: []string{"Authorization<-apiKey"}},
			embedding:  want{url: DefaultCloudflareAPI + "/accounts/" + acct + "/ai/v1/embeddings", service: "Workers AI", workersAI: true, creds: []string{"Authorization<-apiKey"}},
		},
		{
			name:       "OpenAI through the gateway's openai: the doubled /v1",
			entry:      `{"type":"OpenAI","alias":"a","apiKey":"${K}","model1":"gpt-4o-mini","model2":"text-embedding-3-small","baseURI1":"` + gw("openai") + `"}`,
			completion: want{url: gw("openai") + "/v1/chat/completions", service: `the gateway provider "openai"`, upstream: "https://api.openai.com/v1/v1/chat/completions", doubled: true, creds: []string{"Authorization<-apiKey"}},
			embedding:  want{url: gw("openai") + "/v1/embeddings", service: `the gateway provider "openai"`, upstream: "https://api.openai.com/v1/v1/embeddings", doubled: true, creds: []string{"Authorization<-apiKey"}},
		},
		{
			name:       "OpenAI, no base: the type's default endpoint; baseURI2 has its own",
			entry:      `{"type":"OpenAI","alias":"a","apiKey":"${K}","model1":"gpt-4o-mini","model2":"text-embedding-3-small","baseURI2":"https://api.mistral.ai"}`,
			completion: want{url: "https://api.openai.com/v1/chat/completions", service: `"OpenAI"`, creds: []string{"Authorization<-apiKey"}},
			embedding:  want{url: "https://api.mistral.ai/v1/embeddings", service: `"OpenAI"`, creds: []string{"Authorization<-apiKey"}},
		},
		{
			name:       "Anthropic: x-api-key, and no embedding endpoint",
			entry:      `{"type":"Anthropic","alias":"a","apiKey":"${K}","model1":"claude-sonnet-4-5","baseURI1":"` + gw("anthropic") + `"}`,
			completion: want{url: gw("anthropic") + "/v1/messages", service: `the gateway provider "anthropic"`, upstream: "https://api.anthropic.com/v1/messages", creds: []string{"x-api-key<-apiKey"}},
			embedding:  want{service: `the gateway provider "anthropic"`, unresolved: `"Anthropic" has no embedding endpoint`, creds: []string{"x-api-key<-apiKey"}},
		},
		{
			name:       "a case-only type is resolved as the type it spells",
			entry:      `{"type":"cloudflare","alias":"a","account":"` + acct + `","apiKey":"${CF}","model2":"@cf/baai/bge-base-en-v1.5"}`,
			completion: want{url: DefaultCloudflareAPI + "/accounts/" + acct + "/ai/run/@cf/meta/llama-2-7b-chat-int8", service: "Workers AI", workersAI: true, creds: []string{"Authorization<-apiKey"}},
			embedding:  want{url: DefaultCloudflareAPI + "/accounts/" + acct + "/ai/run/@cf/baai/bge-base-en-v1.5", service: "Workers AI", workersAI: true, creds: []string{"Authorization<-apiKey"}},
		},
		{
			name:       "an unknown type: the service is known from the gateway, the path is not",
			entry:      `{"type":"Watson","alias":"a","apiKey":"${K}","baseURI1":"` + gw("openai") + `"}`,
			completion: want{service: `the gateway provider "openai"`, unresolved: `qalint does not know type "Watson", so not how Qarbine calls it`},
			embedding:  want{service: `the gateway provider "openai"`, unresolved: `qalint does not know type "Watson", so not how Qarbine calls it`},
		},
		{
			name:       "user information hides the real host",
			entry:      `{"type":"OpenAI","alias":"a","apiKey":"${K}","model1":"m","model2":"e","baseURI1":"https://gateway.ai.cloudflare.com@evil.example/v1/x"}`,
			completion: want{service: `"OpenAI"`, unresolved: `baseURI1 has "gateway.ai.cloudflare.com@" before its host, so the request goes to "evil.example", not to "gateway.ai.cloudflare.com"`, creds: []string{"Authorization<-apiKey"}},
			embedding:  want{service: `"OpenAI"`, unresolved: `baseURI1 has "gateway.ai.cloudflare.com@" before its host, so the request goes to "evil.example", not to "gateway.ai.cloudflare.com"`, creds: []string{"Authorization<-apiKey"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			re := one(t, tc.entry, Options{})
			for _, k := range Kinds {
				w := tc.completion
				if k == Embedding {
					w = tc.embedding
				}
				r := re.Request(k)
				require.NotNil(t, r)
				assert.Equal(t, w.url, r.URL, k)
				assert.Equal(t, w.unresolved, r.Unresolved, k)
				assert.Equal(t, w.service, r.Service.Name, k)
				assert.Equal(t, w.upstream, r.Service.Upstream, k)
				assert.Equal(t, w.doubled, r.Service.DoubledV1, k)
				assert.Equal(t, w.workersAI, r.Model.WorkersAI, k)
				var creds []string
				for _, c := range r.Credentials {
					creds = append(creds, c.Header+"<-"+c.Value.Path())
				}
				assert.Equal(t, w.creds, creds, k)
			}
		})
	}
}

// TestEveryGatewayProvider: every slug in the catalogue, reached by an
// OpenAI-style entry (Qarbine appends /v1/chat/completions), resolves to that
// provider, with the upstream and the verdict its data gives. A new slug
// fails until it has a row here.
func TestEveryGatewayProvider(t *testing.T) {
	type row struct {
		upstream string // where /v1/chat/completions is forwarded; "" not settled
		served   string // "yes", "no", "" not settled
		doubled  bool
	}
	const oai = "v1/chat/completions"
	table := map[string]row{
		"workers-ai":       {"https://api.cloudflare.com/client/v4/accounts/" + acct + "/ai/" + oai, "yes", false},
		"openai":           {"https://api.openai.com/v1/" + oai, "no", true},
		"anthropic":        {"https://api.anthropic.com/" + oai, "no", false},
		"aws-bedrock":      {"", "", false},
		"azure-openai":     {"", "", false},
		"google-vertex-ai": {"", "", false},
		"google-ai-studio": {"https://generativelanguage.googleapis.com/" + oai, "", false},
		"huggingface":      {"", "", false},
		"perplexity-ai":    {"https://api.perplexity.ai/" + oai, "", false},
		"replicate":        {"", "", false},
		"groq":             {"https://api.groq.com/openai/v1/" + oai, "no", true},
		"cohere":           {"https://api.cohere.com/" + oai, "no", false},
		"mistral":          {"https://api.mistral.ai/" + oai, "yes", false},
		"grok":             {"https://api.x.ai/" + oai, "", false},
		"openrouter":       {"", "", false},
		"deepseek":         {"https://api.deepseek.com/" + oai, "yes", false},
		"cerebras":         {"https://api.cerebras.ai/v1/" + oai, "no", true},
		"cartesia":         {"", "", false},
		"elevenlabs":       {"", "", false},
		"adobe-firefly":    {"", "", false},
		"baseten":          {"", "", false},
		"deepgram":         {"", "", false},
		"fal":              {"", "", false},
		"ideogram":         {"", "", false},
		"parallel":         {"", "", false},
		"compat":           {"", "no", true},
	}
	cat := catalog.Default()
	assert.ElementsMatch(t, cat.ProviderSlugs(), keys(table), "every catalogue slug has a row, and no row is stale")
	for _, slug := range cat.ProviderSlugs() {
		t.Run(slug, func(t *testing.T) {
			re := one(t, `{"type":"OpenAI","alias":"a","apiKey":"${K}","model1":"m","baseURI1":"`+gw(slug)+`"}`, Options{})
			r := re.Request(Completion)
			w := table[slug]
			s := r.Service
			assert.Equal(t, gw(slug)+"/"+oai, r.URL)
			require.NotNil(t, s.Gateway)
			assert.Equal(t, acct, s.Gateway.Account.Text)
			assert.Equal(t, "my-gateway", s.Gateway.ID.Text)
			assert.Equal(t, slug, s.Gateway.Provider.Text)
			assert.Same(t, cat.Providers[slug], s.Provider)
			assert.Equal(t, oai, s.Path)
			assert.Equal(t, w.upstream, s.Upstream)
			served := ""
			if s.Served != nil {
				served = map[bool]string{true: "yes", false: "no"}[*s.Served]
			}
			assert.Equal(t, w.served, served)
			assert.Equal(t, w.doubled, s.DoubledV1)
			assert.Equal(t, cat.Providers[slug].WorkersAI, r.Model.WorkersAI)
		})
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestCustomProviderIsTheUsersOwn(t *testing.T) {
	s := one(t, `{"type":"OpenAI","alias":"a","apiKey":"${K}","model1":"m","baseURI1":"`+gw("custom-acme")+`"}`, Options{}).Request(Completion).Service
	assert.True(t, s.Custom)
	assert.Nil(t, s.Provider)
	assert.Nil(t, s.Can, "nothing known about what it serves")
	s = one(t, `{"type":"OpenAI","alias":"a","apiKey":"${K}","model1":"m","baseURI1":"`+gw("custom-")+`"}`, Options{}).Request(Completion).Service
	assert.False(t, s.Custom, "custom- needs a name")
}

func TestHostsAndTheirProblems(t *testing.T) {
	for _, tc := range []struct {
		base, host, unicode, problem string
		onGateway                    bool
	}{
		{"https://GATEWAY.AI.CLOUDFLARE.COM./v1/" + acct + "/gw/openai", "gateway.ai.cloudflare.com", "gateway.ai.cloudflare.com", "", true},
		{"https://xn--pi-6kc.openai.com", "xn--pi-6kc.openai.com", "аpi.openai.com", "", false},
		{"https://admin:pw@api.mistral.ai", "api.mistral.ai", "api.mistral.ai", `has user:password@ before its host; credentials do not belong in the URL, and the request goes to "api.mistral.ai"`, false},
		{"https:///v1/x", "", "", "has no host (after https:// comes the host name, e.g. gateway.ai.cloudflare.com)", false},
	} {
		b := one(t, `{"type":"OpenAI","alias":"a","baseURI1":"`+tc.base+`"}`, Options{}).Request(Completion).Base
		require.NotNil(t, b, tc.base)
		assert.Equal(t, tc.host, b.Host, tc.base)
		assert.Equal(t, tc.unicode, b.Unicode, tc.base)
		assert.Equal(t, tc.problem, b.Problem, tc.base)
		assert.Equal(t, tc.onGateway, b.OnCloudflareGateway, tc.base)
	}
}

func TestValuesAreClassifiedAndLocated(t *testing.T) {
	src := "[{\"type\": \"Cloudflare\", \"alias\": \"a\",\n \"account\": \"ACCOUNT\", \"apiKey\": \"${CF_API_TOKEN}\",\n \"headers\": {\"CF-AIG-Authorization\": \"Bearer sk-******\"}, \"model1\": \"@cf/x/y\"}]"
	doc := model.NewDocument("s.json", []byte(src))
	re := Document(doc, catalog.Default(), Options{})[0]
	assert.Equal(t, Placeholder, re.Account.Class)
	assert.Equal(t, "the documentation's upper-case stand-in", re.Account.Stand)
	assert.Equal(t, Reference, re.APIKey.Class)
	assert.Equal(t, Placeholder, re.GatewayAuth.Class, "looked through Bearer")
	assert.Equal(t, "headers.CF-AIG-Authorization", re.GatewayAuth.Path())
	assert.Equal(t, "/0/headers/CF-AIG-Authorization", re.GatewayAuth.Pointer(re.Entry))
	p := doc.Pos(re.GatewayAuth.Node.Start)
	assert.Equal(t, [2]int{3, 38}, [2]int{p.Line, p.Col}, "the header value in the user's text")
	m := re.Request(Completion).Model
	assert.Equal(t, Literal, m.Class)
	assert.Equal(t, "/0/model1", m.Pointer(re.Entry))
	assert.False(t, m.Default)
	assert.True(t, re.Request(Embedding).Model.Default, "model2 falls back to the type's default")
	assert.Equal(t, Literal, re.Request(Embedding).Model.Class, "a default is a literal, without a node")
	assert.Nil(t, re.Request(Embedding).Model.Node)
}

func TestExpandSubstitutesBeforeURLsAreBuilt(t *testing.T) {
	env := map[string]string{"GW_BASE": gw("workers-ai"), "ACCT": acct}
	expand := func(s string) string {
		for k, v := range env {
			s = strings.ReplaceAll(s, "${"+k+"}", v)
		}
		return s
	}
	re := one(t, `{"type":"Cloudflare","alias":"a","account":"${ACCT}","apiKey":"${CF}","baseURI1":"${GW_BASE}"}`, Options{Expand: expand})
	r := re.Request(Completion)
	assert.Equal(t, gw("workers-ai")+"/@cf/meta/llama-2-7b-chat-int8", r.URL)
	assert.Equal(t, Reference, r.Base.Value.Class, "classified as written")
	require.NotNil(t, r.Service.Gateway, "the expanded base is a gateway")
	re = one(t, `{"type":"Cloudflare","alias":"a","account":"${ACCT}","apiKey":"${CF}"}`, Options{Expand: expand, CloudflareAPI: "http://127.0.0.1:9/client/v4"})
	assert.Equal(t, "http://127.0.0.1:9/client/v4/accounts/"+acct+"/ai/run/@cf/meta/llama-2-7b-chat-int8", re.Request(Completion).URL)
	assert.True(t, re.Request(Completion).Service.WorkersAI, "the --cloudflare-api host is Workers AI too")
}

// TestOddBaseURIsDoNotPanic: whatever a base URI holds, resolution ends
// with a URL or a reason.
func TestOddBaseURIsDoNotPanic(t *testing.T) {
	for _, base := range []string{"", " ", "https://", "https:", "//gateway.ai.cloudflare.com/v1/a/b/openai", "http://[::1]:8787/v1/a/b/workers-ai",
		"https://gateway.ai.cloudflare.com/v1", "https://gateway.ai.cloudflare.com/v1/" + acct + "/gw/workers-ai/v1",
		"https://gateway.ai.cloudflare.com/v1/" + acct + "/gw/openai/v1/", "https://x/%zz", "https://gateway.ai.cloudflare.com//v1//",
		"https://api.cloudflare.com/client/v4/accounts/", "https://api.cloudflare.com/client/v4/accounts//ai", "${A}${B}", "xxx"} {
		for _, typ := range []string{"OpenAI", "Cloudflare", "Anthropic", "Nope"} {
			re := one(t, `{"type":"`+typ+`","alias":"a","account":"`+acct+`","apiKey":"k","model1":"@cf/x/y","model2":"@cf/x/z","baseURI1":"`+base+`"}`, Options{})
			for _, r := range re.Requests {
				assert.True(t, (r.URL == "") != (r.Unresolved == ""), "%s %s %s: a URL or a reason", typ, base, r.Kind)
				if r.URL != "" && !strings.HasPrefix(r.URL, "${") {
					assert.Regexp(t, `^https?://`, r.URL, "%s %s %s: an absolute URL", typ, base, r.Kind)
				}
			}
		}
	}
}
