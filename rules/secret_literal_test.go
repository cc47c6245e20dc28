package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/rules"
)

// "Bearer <token>" in apiKey: secret-literal suggests the bare reference,
// as apikey-bearer asks (Qarbine adds "Bearer " itself); in a header the
// reference keeps "Bearer " (an outside tester's two rules disagreed).
func TestSecretLiteralSuggestsWhatApikeyBearerAccepts(t *testing.T) {
	src := `[{"type":"Cloudflare","alias":"n","account":"0123456789abcdef0123456789abcdef","apiKey":"Bearer Vd3pR8sT1uW6xY0zA4bC9eF2gH7jK5mNq1w2E3r4",` +
		`"baseURI1":"https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/workers-ai","headers":{"cf-aig-authorization":"Bearer Hq5wN3eR7tY1uI9oP2aS4dF6gJ8kL0zXc2vB4nM6q"}}]`
	fs := findingsOf(t, rules.Options{Catalog: catalog.Default()}, src, rules.SecretLiteral.ID)
	require.Len(t, fs, 2)
	assert.Contains(t, fs[0].Message, `commit a reference such as "${CF_API_TOKEN}" instead`)
	assert.Contains(t, fs[1].Message, `commit a reference such as "Bearer ${`)
}
