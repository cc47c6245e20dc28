package untrusted

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"\x1b[2J\x1b]0;title\x07ok":                    "ok",
		"\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\": "link",
		"a\r\nb\tc\x00d":                               "a b cd",
		"gnp\u202e.exe\u2066x\u2069":                   "gnp.exex",
		"\u009b31mred":                                 "red",
		"bad \xff byte":                                "bad ? byte",
	} {
		assert.Equal(t, want, Clean(in), "%q", in)
	}
	assert.Len(t, Clean(strings.Repeat("a", MaxScan+100)), MaxScan)
}

func TestCutAndIDs(t *testing.T) {
	assert.Equal(t, "abc", Cut("abc", 3))
	assert.Equal(t, "ab…", Cut("abcd", 3))
	assert.True(t, IsPrintableID("@cf/meta/llama-3.1-8b-instruct"))
	for _, bad := range []string{"", "a b", "@cf/\x1b[31m", "@cf/\u202e", "a\nb", strings.Repeat("a", 201)} {
		assert.False(t, IsPrintableID(bad), "%q", bad)
	}
}

func TestPathShowsHiddenCharactersAsEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"settings/ai.json":         "settings/ai.json",
		"t/\x1b[31mred.json":       `t/\x1b[31mred.json`,
		"new\nline.json":           `new\x0aline.json`,
		"gnp\u202e.exe":            `gnp\u202e.exe`,
		"caf\xe9.json":             `caf\xe9.json`, // Latin-1, no UTF-8
		"café/ü.json":              "café/ü.json",
		"x\u0085y":                 `x\u0085y`, // C1 next line
		"tab\there":                `tab\x09here`,
		"back\\slash\u00a0nbsp.js": "back\\slash\u00a0nbsp.js",
	} {
		assert.Equal(t, want, Path(in), "%q", in)
	}
}
