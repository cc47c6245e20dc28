package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFieldLeadsBackToTheSource(t *testing.T) {
	src := "aiAssistants = [\n  { alias: 'a', headers: { 'cf-aig-authorization': “Bearer x” }, n: 1, alias: 'b' }\n]"
	d := NewDocument("s.js", []byte(src))
	require.Len(t, d.Entries, 1)
	e := d.Entries[0]

	assert.Equal(t, "b", e.Alias(), "the last of a repeated key wins")
	alias := e.Field("alias")
	assert.Equal(t, 2, d.Pos(alias.Node.Start).Line)
	assert.Equal(t, 79, d.Pos(alias.Node.Start).Col)
	h, _ := d.Lookup([]string{"0", "headers", "cf-aig-authorization"})
	require.NotNil(t, h)
	p := d.Pos(h.Start)
	assert.Equal(t, [2]int{2, 52}, [2]int{p.Line, p.Col}, "the curly-quoted value in the user's text")
	assert.False(t, e.Field("nope").Exists())
	assert.JSONEq(t, `{"alias":"b","headers":{"cf-aig-authorization":"Bearer x"},"n":1}`, string(Canonical(e.Node)))
}

// Quote's shortcut for plain text writes what AppendJSONString writes.
func TestQuoteAsAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "gpt-4", "a\"b", `c:\d`, "tab\there", "line\nbreak", "\x01", "\x7f", "é“x”", "\xff", "${CF_API_TOKEN}"} {
		assert.Equal(t, string(AppendJSONString(nil, s)), Quote(s), "%q", s)
	}
}

// Quote writes characters no one sees as \uXXXX, so that two values that
// look alike in a message are told apart; the rest as AppendJSONString.
func TestQuoteShowsInvisibleCharacters(t *testing.T) {
	assert.Equal(t, `"cloud\u200bflare é"`, Quote("cloud\u200bflare é"))
	assert.Equal(t, `"a\u00a0b\ufeff"`, Quote("a\u00a0b\uFEFF"))
	assert.Equal(t, `"é“x”"`, Quote("é“x”"))
}
