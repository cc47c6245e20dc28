package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A copy a stopped fix left is named on every run; other skips only with
// --verbose; the run's output and fix's copies are not counted as skipped.
func TestSkipNoteAndCount(t *testing.T) {
	for _, tc := range []struct {
		reason  string
		verbose bool
		want    string
		counted bool
	}{
		{"", true, "", true},
		{SkipFixCopy, false, "qalint: warning: d/.s.json.qalint-1: " + SkipFixCopy, false},
		{SkipFixCopy, true, "qalint: warning: d/.s.json.qalint-1: " + SkipFixCopy, false},
		{SkipBinary, false, "", true},
		{SkipBinary, true, "qalint: skipped d/.s.json.qalint-1: " + SkipBinary, true},
		{SkipOutput, false, "", false},
		{SkipOutput, true, "qalint: skipped d/.s.json.qalint-1: " + SkipOutput, false},
	} {
		assert.Equal(t, tc.want, SkipNote("d/.s.json.qalint-1", tc.reason, tc.verbose), tc.reason)
		if tc.reason != "" {
			assert.Equal(t, tc.counted, Counted(tc.reason), tc.reason)
		}
	}
	assert.Equal(t, "qalint: skipped a\\x0ab: "+SkipEmpty, SkipNote("a\nb", SkipEmpty, true), "the name is shown with escapes")
}

// Settings too large to check fail the run and have their own annotation
// title; a fix copy does neither.
func TestSkipFailsAndTitle(t *testing.T) {
	assert.True(t, Fails(SkipTooLargeSettings))
	assert.False(t, Fails(SkipFixCopy))
	assert.False(t, Fails(SkipTooLarge))
	assert.Equal(t, "qalint: settings too large to check", SkipTitle(SkipTooLargeSettings))
	assert.Equal(t, "qalint: a copy a stopped fix left", SkipTitle(SkipFixCopy))
}
