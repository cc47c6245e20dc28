package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/rules"
)

// A header name HTTP does not allow fails every request: check says so
// before probe does.
func TestInvalidHeaderNamesAreReported(t *testing.T) {
	src := `[{"type":"OpenAI","alias":"o","apiKey":"${K}","model1":"gpt-4o-mini",` +
		`"headers":{"cf-aig-authorization ":"Bearer ${T}","x-ok_1":"a","a:b":"c","":"d","X-Good":"e"}}]`
	fs := findingsOf(t, rules.Options{}, src, "schema")
	require.Len(t, fs, 3)
	assert.Equal(t, `header name "cf-aig-authorization " is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`+"`"+`|~ only, no spaces): requests with it fail`, fs[0].Message)
	assert.Equal(t, 81, fs[0].Column)
	assert.Equal(t, "/0/headers/a:b", fs[1].Pointer)
	assert.Equal(t, "/0/headers/", fs[2].Pointer)
}
