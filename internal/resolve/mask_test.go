package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Masking never hides a placeholder: the finding is about it, and a stand-in
// is no secret. A real credential on the same line is still masked, and the
// line keeps its length in characters.
func TestMaskLineKeepsPlaceholders(t *testing.T) {
	for in, want := range map[string]string{
		`"apiKey" : "sk-******",`:                           `"apiKey" : "sk-******",`,
		`"cf-aig-authorization": "Bearer {token}"`:          `"cf-aig-authorization": "Bearer {token}"`,
		`apiKey: '<your key>', token: "Qx7vAbCdEfGhIjKlMn"`: `apiKey: '<your key>', token: "Qx7v••••••••••••••"`,
		`"apiKey": "Qx7vAbCdEfGhIjKlMnOp"`:                  `"apiKey": "Qx7v••••••••••••••••"`,
	} {
		got := MaskLine(in, nil)
		assert.Equal(t, want, got, in)
		assert.Equal(t, len([]rune(in)), len([]rune(got)))
	}
}
