package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every command's help shows an example and the exit codes, and the
// completion command is listed, not hidden.
func TestHelpHasExamplesAndExitCodes(t *testing.T) {
	top, _, code := qalint(t, "", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, top, "completion")
	for _, c := range newApp(nil, nil, nil).Commands {
		if c.Name == "help" {
			continue
		}
		out, _, code := qalint(t, "", c.Name, "--help")
		assert.Equal(t, 0, code, c.Name)
		if c.Name != "completion" {
			assert.Regexp(t, `Examples:\n\s+(\S+ )?qalint `+c.Name, out, c.Name)
		}
		assert.Contains(t, out, "Exit codes:", c.Name)
		assert.Equal(t, 1, strings.Count(out, "Exit codes:"), c.Name)
	}
}
