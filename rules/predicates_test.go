package rules_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cf is a clean Cloudflare entry with the fields of override replacing or
// adding to its own ("key": value pairs, or "-key" to drop one).
func cf(override ...string) string {
	fields := []string{
		`"type": "Cloudflare"`, `"alias": "cf"`, `"account": "0123456789abcdef0123456789abcdef"`,
		`"apiKey": "${CF_API_TOKEN}"`, `"model1": "@cf/meta/llama-3.1-8b-instruct-fast"`, `"model2": "@cf/baai/bge-small-en-v1.5"`,
	}
	for _, o := range override {
		key := o[:strings.Index(o[1:], `"`)+2]
		drop := strings.HasPrefix(o, "-")
		if drop {
			key = `"` + o[1:] + `"`
		}
		replaced := drop
		for i, f := range fields {
			if drop {
				break
			}
			if strings.HasPrefix(f, key+":") {
				fields[i], replaced = o, true
			}
		}
		if drop {
			fields = deleteField(fields, key)
		} else if !replaced {
			fields = append(fields, o)
		}
	}
	return "{" + strings.Join(fields, ", ") + "}"
}

func deleteField(fields []string, key string) []string {
	var out []string
	for _, f := range fields {
		if !strings.HasPrefix(f, key+":") {
			out = append(out, f)
		}
	}
	return out
}

const gw = "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gw"

// openai is a clean OpenAI entry through a Cloudflare AI Gateway.
func openai(extra ...string) string {
	return `{"type": "OpenAI", "alias": "oa", "apiKey": "${OPENAI_API_KEY}", "model1": "gpt-4o-mini", "model2": "text-embedding-3-small"` +
		strings.Join(append([]string{""}, extra...), ", ") + "}"
}

// TestRulePredicates calls each rule's check directly (through rules.Check
// on an in-memory document, no CLI) on small inputs, and compares the JSON
// pointers it reports: where, and how many times.
func TestRulePredicates(t *testing.T) {
	for _, tc := range []struct {
		rule, name, src string
		want            []string // pointers; nil: the rule stays silent
	}{
		{"parse", "strict JSON reads", "[" + cf() + "]", nil},
		{"parse", "an unclosed array", "[" + cf(), []string{""}},
		{"parse", "an object is not entries", `"text"`, []string{""}},
		{"curly-quotes", "straight quotes", "[" + cf() + "]", nil},
		{"curly-quotes", "a curly-quoted value", "[" + cf(`"alias": “cf”`) + "]", []string{"/0/alias"}},
		{"trailing-comma", "none", "[" + cf() + "]", nil},
		{"trailing-comma", "after the last entry", "[" + cf() + ",]", []string{""}},
		{"duplicate-key", "distinct keys", "[" + cf() + "]", nil},
		{"duplicate-key", "alias twice", "[" + strings.Replace(cf(), `"alias": "cf"`, `"alias": "a", "alias": "b"`, 1) + "]", []string{"/0/alias"}},
		{"schema", "complete", "[" + cf() + "]", nil},
		{"schema", "no alias", "[" + cf("-alias") + "]", []string{"/0/alias"}},
		{"schema", "a switch as text", "[" + cf(`"cacheEntries": "yes"`) + "]", []string{"/0/cacheEntries"}},
		{"schema", "an entry that is not an object", `[1]`, []string{"/0"}},
		{"schema", "a base URI with spaces around it", "[" + openai(`"baseURI1": " https://api.openai.com "`) + "]", []string{"/0/baseURI1"}},
		{"unknown-type", "a known type", "[" + cf() + "]", nil},
		{"unknown-type", "a made-up type", "[" + cf(`"type": "Cloudflair"`) + "]", []string{"/0/type"}},
		{"unknown-field", "known fields", "[" + cf() + "]", nil},
		{"unknown-field", "a misspelt field", "[" + cf(`"acount": "x"`) + "]", []string{"/0/acount"}},
		{"alias-duplicate", "distinct aliases", "[" + cf() + "," + cf(`"alias": "other"`) + "]", nil},
		{"alias-duplicate", "one alias twice", "[" + cf() + "," + cf() + "]", []string{"/1/alias"}},
		{"placeholder", "real values", "[" + cf() + "]", nil},
		{"placeholder", "ACCOUNT left in", "[" + cf(`"account": "ACCOUNT"`) + "]", []string{"/0/account"}},
		{"placeholder", "an angle-bracket template", "[" + cf(`"apiKey": "<your token>"`) + "]", []string{"/0/apiKey"}},
		{"placeholder", "a key cut short, as a dashboard lists it", "[" + openai(`"apiKey": "sk-proj-...Xy9Z"`) + "]", []string{"/0/apiKey"}},
		{"secret-literal", "a key cut short is no credential", "[" + openai(`"apiKey": "sk-proj-…Xy9Z"`) + "]", nil},
		{"account-id", "32 hex characters", "[" + cf() + "]", nil},
		{"account-id", "too short", "[" + cf(`"account": "0123456789abcdef"`) + "]", []string{"/0/account"}},
		{"model-unknown", "a catalogued model", "[" + cf() + "]", nil},
		{"model-unknown", "a made-up model", "[" + cf(`"model1": "@cf/meta/llama-9-made-up"`) + "]", []string{"/0/model1"}},
		{"model-task", "the right tasks", "[" + cf() + "]", nil},
		{"model-task", "an embedding model for completions", "[" + cf(`"model1": "@cf/baai/bge-small-en-v1.5"`) + "]", []string{"/0/model1"}},
		{"model-deprecated", "current models", "[" + cf() + "]", nil},
		{"model-deprecated", "a deprecated model", "[" + cf(`"model1": "@cf/meta/llama-2-7b-chat-int8"`) + "]", []string{"/0/model1"}},
		{"baseuri-scheme", "https", "[" + openai(`"baseURI1": "`+gw+`/openai"`) + "]", nil},
		{"baseuri-scheme", "plain http", "[" + openai(`"baseURI1": "http://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gw/openai"`) + "]", []string{"/0/baseURI1"}},
		{"baseuri-suffix", "a bare base", "[" + openai(`"baseURI1": "`+gw+`/openai"`) + "]", nil},
		{"baseuri-suffix", "ending in /chat/completions", "[" + openai(`"baseURI1": "`+gw+`/openai/chat/completions"`) + "]", []string{"/0/baseURI1"}},
		{"baseuri-suffix", "a direct base ending in /v1", "[" + openai(`"baseURI1": "https://api.openai.com/v1"`) + "]", []string{"/0/baseURI1"}},
		{"baseuri-suffix", "a direct base", "[" + openai(`"baseURI1": "https://api.openai.com"`) + "]", nil},
		{"gateway-path", "/v1/{account}/{gateway}/{provider}", "[" + openai(`"baseURI1": "`+gw+`/openai"`) + "]", nil},
		{"gateway-path", "no provider", "[" + openai(`"baseURI1": "`+gw+`"`) + "]", []string{"/0/baseURI1"}},
		{"gateway-provider", "the type's provider", "[" + openai(`"baseURI1": "`+gw+`/openai"`) + "]", nil},
		{"gateway-provider", "a made-up provider", "[" + openai(`"baseURI1": "`+gw+`/openaai"`) + "]", []string{"/0/baseURI1"}},
		{"gateway-account", "the entry's account", "[" + cf(`"baseURI1": "`+gw+`/workers-ai"`) + "]", nil},
		{"gateway-account", "another account", "[" + cf(`"baseURI1": "https://gateway.ai.cloudflare.com/v1/fedcba9876543210fedcba9876543210/my-gw/workers-ai"`) + "]", []string{"/0/baseURI1"}},
		{"host-lookalike", "the real host", "[" + openai(`"baseURI1": "`+gw+`/openai"`) + "]", nil},
		{"host-lookalike", "full-width dots", "[" + openai(`"baseURI1": "https://gateway\uff0eai\uff0ecloudflare\uff0ecom/v1/0123456789abcdef0123456789abcdef/my-gw/openai"`) + "]", []string{"/0/baseURI1"}},
		{"host-lookalike", "a lookalike host", "[" + openai(`"baseURI1": "https://gateway.ai.cloudfIare.com/v1/0123456789abcdef0123456789abcdef/my-gw/openai"`) + "]", []string{"/0/baseURI1"}},
		{"gateway-auth", "Bearer and a reference", "[" + openai(`"baseURI1": "`+gw+`/openai"`, `"headers": {"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}"}`) + "]", nil},
		{"gateway-auth", "a line break after the token", "[" + openai(`"baseURI1": "`+gw+`/openai"`, `"headers": {"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}\n"}`) + "]", []string{"/0/headers/cf-aig-authorization"}},
		{"gateway-auth", "no Bearer", "[" + openai(`"baseURI1": "`+gw+`/openai"`, `"headers": {"cf-aig-authorization": "${CF_AIG_TOKEN}"}`) + "]", []string{"/0/headers/cf-aig-authorization"}},
		{"invisible-character", "plain text", "[" + cf() + "]", nil},
		{"invisible-character", "a no-break space between tokens of JSON", "[" + cf("\"alias\":\u00a0\"cf\"") + "]", []string{"/0"}},
		{"invisible-character", "a zero-width space in the alias", "[" + cf("\"alias\": \"cf\u200b\"") + "]", []string{"/0/alias"}},
		{"capability", "both served", "[" + cf() + "]", nil},
		{"secret-literal", "a reference", "[" + cf() + "]", nil},
		{"secret-literal", "a token in clear", "[" + cf(`"apiKey": "Qx7vT2mN9pL4kR8sW1yZ5bC3dF6gH0jK"`) + "]", []string{"/0/apiKey"}},
		{"unused-suppression", "none", "[" + cf() + "]", nil},
	} {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, check(t, tc.rule, "["+tc.src[1:]))
		})
	}
}
