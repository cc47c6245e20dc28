package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/rules"
)

// A URI that is fine but for the spaces around it says so.
func TestAURIWithSpacesAroundItSaysSo(t *testing.T) {
	src := `[{"type":"OpenAI","alias":"a","apiKey":"${OPENAI_API_KEY}","model1":"gpt-4o-mini","baseURI1":" https://api.openai.com "}]`
	fs := findingsOf(t, rules.Options{Catalog: catalog.Default()}, src, rules.Schema.ID)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "it has spaces or a line break around it; remove them")
}
