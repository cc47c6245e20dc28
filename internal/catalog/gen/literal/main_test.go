package main

import (
	"os"
	"testing"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The committed data_literal.go is this generator's output, not an edit.
func TestCommittedLiteralIsGenerated(t *testing.T) {
	c, err := catalog.FromJSON()
	require.NoError(t, err)
	want, err := Source(c)
	require.NoError(t, err)
	got, err := os.ReadFile("../../data_literal.go")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "go generate ./internal/catalog")
}
