package rules_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/rules"
)

// check runs every rule on src and returns the findings of one rule, each as
// "pointer" (the JSON pointer of what it is about).
func check(t *testing.T, id, src string) []string {
	t.Helper()
	doc := model.NewDocument("t.json", []byte(src))
	var out []string
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, f := range rules.Check(doc, rules.Options{Now: now}) {
		if f.Rule == id {
			out = append(out, f.Pointer)
		}
	}
	return out
}

// TestEveryRuleIsRegistered: a rule declared in this package but missing
// from All would never run, and its golden tests would not notice.
func TestEveryRuleIsRegistered(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	var declared []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if id, ok := lit.Type.(*ast.Ident); !ok || id.Name != "Rule" {
				return true
			}
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "ID" {
						if s, ok := kv.Value.(*ast.BasicLit); ok {
							v, _ := strconv.Unquote(s.Value)
							declared = append(declared, v)
						}
					}
				}
			}
			return true
		})
	}
	require.NotEmpty(t, declared)
	slices.Sort(declared)
	registered := rules.IDs()
	slices.Sort(registered)
	assert.Equal(t, declared, registered, "every Rule declared in rules/ is in rules.All, once")
}

// TestEveryTestdataFolderIsARule: testdata/rules/<id> of a renamed or removed
// rule would otherwise be silently skipped.
func TestEveryTestdataFolderIsARule(t *testing.T) {
	entries, err := os.ReadDir("../testdata/rules")
	require.NoError(t, err)
	require.NotEmpty(t, entries)
	for _, e := range entries {
		_, ok := rules.Lookup(e.Name())
		assert.True(t, ok, "testdata/rules/%s matches no rule", e.Name())
	}
	for _, id := range rules.IDs() {
		_, err := os.Stat(filepath.Join("../testdata/rules", id))
		assert.NoError(t, err, "rule %s has no testdata/rules folder", id)
	}
}
