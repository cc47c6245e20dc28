package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestClip(t *testing.T) {
	assert.Equal(t, "abc", Clip("abc", 3))
	assert.Equal(t, "ab…", Clip("abc", 2))
	assert.Equal(t, "…", Clip("abc", 0))
	assert.Equal(t, "é€…", Clip("é€😀", 2), "characters, not bytes")
}

func TestFit(t *testing.T) {
	assert.Equal(t, "abc", Fit("abc", 3), "no longer than n: unchanged")
	assert.Equal(t, "a…", Fit("abc", 2))
	assert.Equal(t, "…", Fit("abc", 1))
	assert.Equal(t, "", Fit("abc", 0))
	assert.Equal(t, "é…", Fit("é€😀", 2), "characters, not bytes")
	for _, n := range []int{1, 5, 40} {
		got := Fit(strings.Repeat("ü", 100), n)
		assert.Equal(t, n, utf8.RuneCountInString(got), "at most n characters in all")
	}
}
