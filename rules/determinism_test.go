package rules_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/rules"
)

// The same file gives the same findings on every run: with two credentials
// in a base URI's query string, the first written is the one named (a
// map's order once chose).
func TestSecretLiteralNamesTheFirstQueryCredential(t *testing.T) {
	first, second := "Qx7vT2mN9pL4kR8sW1yZ5bC3dF6gH0jK", "Zb8nM3qW7eR2tY6uI1oP5aS9dF4gH0jL"
	src := "[" + openai(`"baseURI1": "https://api.openai.com/v1?token=`+first+`&api_key=`+second+`"`) + "]"
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for range 20 {
		var msgs []string
		for _, f := range rules.Check(model.NewDocument("t.json", []byte(src)), rules.Options{Now: now}) {
			if f.Rule == "secret-literal" {
				msgs = append(msgs, f.Message)
			}
		}
		require.Len(t, msgs, 1)
		assert.True(t, strings.Contains(msgs[0], first[:2]) && !strings.Contains(msgs[0], second[:2]), msgs[0])
	}
}
