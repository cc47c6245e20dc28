package resolve

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

// A Storage reused from document to document resolves each exactly as
// Document does, and Reset leaves nothing of the last one reachable.
func TestStorageResolvesAsDocumentDoes(t *testing.T) {
	many := strings.Repeat(`{ "type": "Cloudflare", "alias": "cf", "account": "`+acct+`", "apiKey": "${CF_API_TOKEN}" },`, 40)
	docs := []string{
		`[{ "type": "OpenAI", "alias": "gw", "apiKey": "${K}", "model1": "gpt-4o-mini", "baseURI1": "` + gw("openai") + `",
		    "headers": { "cf-aig-authorization": "Bearer ${T}", "x-a": 1, "X-B": "b", "x-a": "again" } },
		  { "type": "Cloudflare", "alias": "cf", "account": "ACCOUNT", "apiKey": "sk-******", "model1": "xxx" }, 3]`,
		`[{ "type": "nope", "alias": "n", "cf-aig-authorization": 7, "headers": { "CF-AIG-Authorization": "Bearer x" } }]`,
		"[" + many + ` { "type": "Cloudflare", "alias": "last", "headers": "not an object", "headers": { "h": "v" } }]`,
		`[]`,
	}
	var s Storage
	cat := catalog.Default()
	for _, src := range docs {
		doc := model.NewDocument("s.json", []byte(src))
		want := Document(doc, cat, Options{})
		got := s.Document(doc, cat, Options{})
		require.Len(t, got, len(want), src)
		for i := range want {
			assert.Equal(t, *want[i], *got[i], "entry %d of %.60s", i, src)
		}
	}
	s.Reset()
	for i := range s.entries {
		assert.Zero(t, s.entries[i], "entry %d", i)
	}
	for i := range s.values {
		assert.Zero(t, s.values[i], "value %d", i)
	}
	for i := range s.pointers {
		assert.Nil(t, s.pointers[i], "pointer %d", i)
	}
}
