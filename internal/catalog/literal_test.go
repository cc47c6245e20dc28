package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The literals are what the JSON says: a data file changed without
// `go generate ./internal/catalog` fails here.
func TestLiteralIsTheJSON(t *testing.T) {
	require.NotNil(t, literal, "data_literal.go is missing: go generate ./internal/catalog")
	want, err := FromJSON()
	require.NoError(t, err)
	assert.Equal(t, want, literal(), "data_literal.go is stale: go generate ./internal/catalog")
	assert.Equal(t, want, Default())
}

// Each build is a catalogue of its own: Extend and WithProviders copy,
// but nothing may share the literals' maps with another build.
func TestLiteralBuildsAFreshCatalogue(t *testing.T) {
	a, b := literal(), literal()
	a.Models["x"] = &Model{ID: "x"}
	*a.Types["Cloudflare"].Completions = false
	assert.Nil(t, b.Models["x"])
	assert.True(t, *b.Types["Cloudflare"].Completions)
}
