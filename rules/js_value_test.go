package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/rules"
)

// Each kind of value only JavaScript reads has its own message, at the
// value itself (the golden files hold three of them).
func TestJSValueSaysWhatEachKindMeans(t *testing.T) {
	for _, tc := range []struct {
		name, value, want string
		col               int
	}{
		{"undefined for a key", `undefined`, "dims: undefined is the same as leaving dims out (its default applies)", 39},
		{"NaN", `NaN`, "NaN is JavaScript's not-a-number: JSON has no such value, and a setting that needs a number gets none", 39},
		{"a hexadecimal number", `0x180`, "0x180 is JavaScript for the number 384; strict JSON tools reject it: write 384", 39},
		{"Infinity", `Infinity`, "Infinity is JavaScript's infinite number: JSON has none, and strict JSON tools reject it", 39},
		{"a sum (a comma missing)", `380 -4`, "JavaScript computes 380 -4 as one number: is a comma missing?", 39},
		{"a line continuation", "'a\\\nb'", "a backslash at the end of a line continues the string: the line break is not part of the value", 41},
		{"a line separator", "'a\u2028b'", "an invisible line separator (U+2028) is part of this value; delete it if it was pasted by accident", 41},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "aiAssistants = [ { alias: 'cf', dims: " + tc.value + " } ];"
			fs := findingsOf(t, rules.Options{Catalog: catalog.Default()}, src, rules.JSValue.ID)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.want, fs[0].Message)
			assert.Equal(t, 1, fs[0].Line)
			assert.Equal(t, tc.col, fs[0].Column)
		})
	}
}

// An array item that is undefined, or an empty slot, holds nothing; it
// is no key's default.
func TestJSValueSaysAnUndefinedItemHoldsNothing(t *testing.T) {
	fs := findingsOf(t, rules.Options{Catalog: catalog.Default()}, "vectorQueries = [ 'a', undefined, , 'b' ];", rules.JSValue.ID)
	require.Len(t, fs, 2)
	assert.Equal(t, "undefined: JavaScript reads this item as holding nothing", fs[0].Message)
	assert.Equal(t, "an empty array slot (two commas in a row) is undefined: JavaScript reads an item here that holds nothing", fs[1].Message)
}
