package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/qalint/qalint/internal/model"
)

// severities maps "rule key" to the severity of each finding on a document.
func severities(src string, sev map[string]model.Severity) map[string]model.Severity {
	doc := model.NewDocument("s.json", []byte(src))
	out := map[string]model.Severity{}
	for _, f := range Check(doc, Options{Severity: sev}) {
		out[f.Rule+" "+f.Pointer] = f.Severity
	}
	return out
}

// The severity policy for unknown keys: a misspelling of a key that shapes
// the request (baseURI1) is an error, since the request certainly goes
// elsewhere; an unknown key that changes nothing is a warning; the
// configuration's severity for the rule wins over both.
func TestUnknownFieldSeverityPolicy(t *testing.T) {
	const src = `[{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}",
  "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model2": "@cf/baai/bge-small-en-v1.5",
  "baseUri1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai",
  "baseURL": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai",
  "Authorization": "Bearer ${CF_AIG_TOKEN}", "temperature": 0.2 }]`
	got := severities(src, nil)
	assert.Equal(t, map[string]model.Severity{
		"unknown-field /0/baseUri1":      model.Error,
		"unknown-field /0/baseURL":       model.Error,
		"unknown-field /0/Authorization": model.Error,
		"unknown-field /0/temperature":   model.Warning,
	}, got)

	got = severities(src, map[string]model.Severity{UnknownField.ID: model.Info})
	for k, s := range got {
		assert.Equal(t, model.Info, s, k)
	}
}

// TestManyConfiguredSeverities: a configuration of more rules than Check
// reads into its short list applies as well as one of a few.
func TestManyConfiguredSeverities(t *testing.T) {
	const src = `[{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}",
  "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "temperature": 0.2 }]`
	few := map[string]model.Severity{UnknownField.ID: model.Info}
	many := map[string]model.Severity{UnknownField.ID: model.Info}
	for _, r := range All[:12] {
		if r != UnknownField {
			many[r.ID] = r.Severity
		}
	}
	assert.Equal(t, map[string]model.Severity{"unknown-field /0/temperature": model.Info}, severities(src, few))
	assert.Equal(t, severities(src, few), severities(src, many))
}
