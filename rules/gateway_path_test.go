package rules_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/rules"
)

// A suggested base URI keeps a placeholder as it is: lower-cased,
// "GATEWAY" looked like a real gateway id, and the URL that followed the
// advice passed (outside tester). A token pasted as the gateway id is not
// suggested back, lower-cased or not.
func TestSuggestedBasesKeepPlaceholdersAndDropTokens(t *testing.T) {
	const entry = `[{"type":"Cloudflare","alias":"cf","account":"0123456789abcdef0123456789abcdef","apiKey":"${T}","model1":"@cf/meta/llama-3.1-8b-instruct-fast","baseURI1":"BASE"}]`
	src := strings.Replace(entry, "BASE", "http://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/GATEWAY/workers-ai", 1)
	fs := findingsOf(t, rules.Options{Catalog: catalog.Default()}, src, rules.BaseURIScheme.ID)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "set baseURI1 to https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/GATEWAY/workers-ai")

	src = strings.Replace(entry, "BASE", "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/Kp2LxQ9vT7mN4rW8sY1zB6cF3hJ5dG0aQ/workers-ai", 1)
	for _, f := range findingsOf(t, rules.Options{Catalog: catalog.Default()}, src, rules.GatewayPath.ID) {
		assert.NotContains(t, strings.ToLower(f.Message), "set baseuri1 to https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/kp2l")
	}
}
