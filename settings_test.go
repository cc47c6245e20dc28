package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/rules"
)

// TestSettingsGolden: whole settings texts (several settings, module forms,
// nested JSON, UTF-16, template literals) give exactly the recorded findings
// through the command line, and `fix --diff` the recorded rewrite.
func TestSettingsGolden(t *testing.T) {
	for _, in := range inputs(t, filepath.Join("testdata", "settings")) {
		t.Run(filepath.Base(in), func(t *testing.T) {
			checkGolden(t, in)
			out, stderr, code := qalint(t, "", "fix", "--diff", in)
			golden(t, in+".fix.golden", out+stderr+fmt.Sprintf("[exit %d]\n", code))
		})
	}
}

// TestFixLeavesNoFixableFinding: for every test input, once fix has run,
// check reports no finding of a rule marked fixable; fix refuses only
// inputs that cannot be read.
func TestFixLeavesNoFixableFinding(t *testing.T) {
	var all []string
	for _, dir := range []string{"testdata/examples", "testdata/settings", "testdata/secrets"} {
		all = append(all, inputs(t, dir)...)
	}
	ruleDirs, err := filepath.Glob("testdata/rules/*")
	require.NoError(t, err)
	for _, d := range ruleDirs {
		all = append(all, inputs(t, d)...)
	}
	fixable := map[string]bool{}
	for _, r := range rules.All {
		fixable[r.ID] = r.Fixable
	}
	linter := &lint.Linter{}
	for _, in := range all {
		if strings.HasSuffix(in, ".md") {
			continue
		}
		t.Run(in, func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			res, err := fix.Text(in, src)
			if errors.Is(err, fix.ErrUnreadable) {
				before := linter.Bytes(in, src)
				assert.NotNil(t, before.Doc.Read.Err, "fix refused a readable input: %v", err)
				return
			}
			require.NoError(t, err)
			for _, f := range linter.Bytes(in, res.Output).Findings {
				assert.False(t, fixable[f.Rule], "after fix, %s:%d:%d still has a fixable %s finding: %s", in, f.Line, f.Column, f.Rule, f.Message)
			}
			again, err := fix.Text(in, res.Output)
			require.NoError(t, err)
			assert.False(t, again.Changed(), "fix settles in one run")
		})
	}
}
