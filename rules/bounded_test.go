package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/rules"
)

// A file that makes one rule fire thousands of times gets MaxPerRule
// findings of it and one more saying how many were left out.
func TestFindingsAreBoundedPerRulePerFile(t *testing.T) {
	for _, item := range []string{"1", `"a"`, `{"alias": "x"}`} {
		n := 25*rules.MaxPerRule + 7
		src := "[" + strings.TrimSuffix(strings.Repeat(item+",", n), ",") + "]"
		r := (&lint.Linter{}).Bytes("x.json", []byte(src))
		require.NoError(t, r.Err)
		perRule := map[string]int{}
		for _, f := range r.Findings {
			perRule[f.Rule]++
		}
		for rule, count := range perRule {
			assert.LessOrEqual(t, count, rules.MaxPerRule+1, "%s: rule %s", item, rule)
		}
		schema := findingsOf(t, rules.Options{}, src, "schema")
		require.Len(t, schema, rules.MaxPerRule+1, item)
		last := schema[len(schema)-1]
		want := n - rules.MaxPerRule // one schema finding per entry, over several validated slices
		assert.Contains(t, last.Message, fmt.Sprintf("%d more schema findings in this file from here on are left out", want), item)
		assert.True(t, strings.HasPrefix(schema[rules.MaxPerRule-1].Pointer+"/", fmt.Sprintf("/%d/", rules.MaxPerRule-1)), "entries keep their own index")
	}
}
