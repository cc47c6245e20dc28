package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The quick start's commands are to be copied as they are: no "…" standing
// for a URL, and the install works from a checkout (the module is not
// published yet, so @latest is only mentioned as what will work).
func TestQuickStartStepOneRunsAsWritten(t *testing.T) {
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	s := string(b)
	i := strings.Index(s, "**1. Get the binary.**")
	require.True(t, i >= 0)
	block := s[i:]
	start := strings.Index(block, "```sh\n") + len("```sh\n")
	block = block[start : start+strings.Index(block[start:], "```")]
	assert.NotContains(t, block, "…", "a command with … cannot be run")
	assert.NotContains(t, block, "@latest", "the module is not published")
	assert.Contains(t, block, "go install .\n")
}

// The pre-commit section says how to cover files the hooks' names miss.
func TestReadmeSaysHowToWidenTheHooks(t *testing.T) {
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	assert.Contains(t, string(b), "is not covered by the hook")
	assert.Contains(t, string(b), "files: '\\.(json|jsonc|json5|js|mjs|cjs|txt)$'")
}
