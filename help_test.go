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

// probe's help reads the exit codes as probe uses them (it showed check's:
// warnings, changes pending).
func TestProbeHelpHasItsOwnExitCodes(t *testing.T) {
	out, _, code := qalint(t, "", "probe", "--help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "0  every probe answered ok")
	assert.NotContains(t, out, "--max-warnings)")
}

// catalog update refuses an account that is no account id before sending
// anything: a token given there would go into the URL (outside tester).
func TestCatalogUpdateRefusesAnAccountThatIsNoID(t *testing.T) {
	const token = "Zq9TkW3mRx7LpV2nB8cY4hJ6dF1sG5aQ"
	_, stderr, code := qalint(t, "", "catalog", "update", "--account", token, "--token", "x", "--cloudflare-api", "http://127.0.0.1:1/client/v4")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "the account id must be 32 lower-case hexadecimal characters")
	assert.NotContains(t, stderr, token[4:12])
}
