package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

const doubled = `[{ "type": "OpenAI", "alias": "gpt", "apiKey": "${OPENAI_API_KEY}", "model1": "gpt-4o-mini",
  "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }]`

func upstreamFindings(t *testing.T, cat *catalog.Catalog, sev map[string]model.Severity) []model.Finding {
	t.Helper()
	var out []model.Finding
	for _, f := range Check(model.NewDocument("s.json", []byte(doubled)), Options{Catalog: cat, Severity: sev}) {
		if f.Rule == GatewayUpstream.ID {
			out = append(out, f)
		}
	}
	return out
}

// The doubled /v1 is a warning while Qarbine's appended path is inferred;
// when the route data says it is confirmed, an error, unless the
// configuration sets the rule's severity.
func TestDoubledV1SeverityFollowsTheData(t *testing.T) {
	fs := upstreamFindings(t, catalog.Default(), nil)
	require.Len(t, fs, 1)
	assert.Equal(t, model.Warning, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "https://api.openai.com/v1/v1/chat/completions")
	assert.Contains(t, fs[0].Message, "/my-gateway/openai/v1/chat/completions")

	confirmed := *catalog.Default()
	confirmed.Routes = map[string]*catalog.Route{}
	for name, r := range catalog.Default().Routes {
		c := *r
		c.Inferred = false
		confirmed.Routes[name] = &c
	}
	fs = upstreamFindings(t, &confirmed, nil)
	require.Len(t, fs, 1)
	assert.Equal(t, model.Error, fs[0].Severity)
	assert.NotContains(t, fs[0].Message, "inferred")

	fs = upstreamFindings(t, &confirmed, map[string]model.Severity{GatewayUpstream.ID: model.Info})
	require.Len(t, fs, 1)
	assert.Equal(t, model.Info, fs[0].Severity, "the configuration wins")
}

// Only the rules whose errors make a request meaningless block a probe.
func TestBlockingRules(t *testing.T) {
	var blocking []string
	for _, r := range All {
		if r.Blocks {
			blocking = append(blocking, r.ID)
		}
	}
	assert.Equal(t, []string{"schema", "placeholder", "account-id", "baseuri-host", "gateway-path", "host-lookalike", "gateway-auth", "apikey-bearer"}, blocking)
}

// TestDocExamples: every rule's Bad example triggers it, and its Good
// example does not: `qalint explain` shows what the rule really does.
func TestDocExamples(t *testing.T) {
	for _, r := range All {
		t.Run(r.ID, func(t *testing.T) {
			count := func(src string) int {
				n := 0
				for _, f := range Check(model.NewDocument("x.json", []byte(src)), Options{}) {
					if f.Rule == r.ID {
						n++
					}
				}
				return n
			}
			assert.NotZero(t, count(r.Bad), "Bad does not trigger %s", r.ID)
			assert.Zero(t, count(r.Good), "Good triggers %s", r.ID)
		})
	}
}
