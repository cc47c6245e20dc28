package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetLeadsBackToTheSource(t *testing.T) {
	src := "aiAssistants = [\n  { alias: 'a', headers: { 'cf-aig-authorization': “Bearer x” }, n: 1, alias: 'b' }\n]"
	d := NewDocument("s.js", []byte(src))
	require.Len(t, d.Entries, 1)
	e := d.Entries[0]

	f := e.Get("headers.cf-aig-authorization")
	require.True(t, f.Exists())
	p := d.Pos(f.Node.Start)
	assert.Equal(t, [2]int{2, 52}, [2]int{p.Line, p.Col}, "the curly-quoted value in the user's text")
	assert.Equal(t, "Bearer x", f.JSON().String())

	assert.Equal(t, "b", e.Alias(), "the last of a repeated key wins")
	alias := e.Get("alias")
	assert.Equal(t, 2, d.Pos(alias.Node.Start).Line)
	assert.Equal(t, 79, d.Pos(alias.Node.Start).Col)
	assert.EqualValues(t, 1, e.Field("n").JSON().Int())
	assert.False(t, e.Get("headers.nope").Exists())
	assert.JSONEq(t, `[{"alias":"b","headers":{"cf-aig-authorization":"Bearer x"},"n":1}]`, string(d.StrictJSON()))
}
