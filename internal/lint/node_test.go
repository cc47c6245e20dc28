package lint

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadsJavaScriptAsNodeDoes checks the reader against node itself, on
// JavaScript settings in the shapes users write (testdata/nodeforms, from
// an outside tester's differential test of 451 generated files, the ones
// qalint and node agreed on at the end of that session): where node loads
// a file and its aiAssistants array has N entries (exported, or the
// binding when nothing is exported), qalint reads N entries and reports
// no parse error; where node refuses the file, qalint reports a parse
// error. Skipped without node. The known disagreements, left out here,
// are in docs/design.md ("The reader against node").
func TestReadsJavaScriptAsNodeDoes(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "nodeforms", "*"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	tmp := t.TempDir()
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel() // (a node start each: some 0.15 s)
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			n, loads := nodeEntries(t, node, tmp, file, src)
			res := (&Linter{}).Bytes(file, src)
			parse := false
			for _, f := range res.Findings {
				parse = parse || f.Rule == "parse"
			}
			if !loads {
				assert.True(t, parse, "node refuses it: a parse error")
				return
			}
			assert.False(t, parse, "node loads it: no parse error")
			assert.Equal(t, n, res.Entries(), "the entries node sees")
		})
	}
}

// nodeEntries loads a copy of the file in node, with a probe appended
// that prints the length of its aiAssistants array: exported (module
// .exports, a default or named ES export) or else the binding. loads is
// false when node refuses the file.
func nodeEntries(t *testing.T, node, tmp, file string, src []byte) (n int, loads bool) {
	t.Helper()
	ext := filepath.Ext(file)
	copyPath := filepath.Join(tmp, strings.TrimSuffix(filepath.Base(file), ext)+".probe"+ext)
	var args []string
	if ext == ".mjs" {
		require.NoError(t, os.WriteFile(copyPath, append(append([]byte{}, src...),
			"\n;try { globalThis.__a = aiAssistants } catch (e) {}\n"...), 0o644))
		args = []string{"--input-type=module", "-e", `
const { pathToFileURL } = await import('node:url');
const ns = await import(pathToFileURL(process.argv[1]).href);
let v = ns.aiAssistants ?? ns.default;
if (v && !Array.isArray(v) && Array.isArray(v.aiAssistants)) v = v.aiAssistants;
if (!Array.isArray(v)) v = globalThis.__a;
process.stdout.write(String(Array.isArray(v) ? v.length : -1));`, copyPath}
	} else {
		require.NoError(t, os.WriteFile(copyPath, append(append([]byte{}, src...), `
;(() => { let v; try { v = aiAssistants } catch (e) {}
const m = module.exports;
if (m && Array.isArray(m.aiAssistants)) v = m.aiAssistants; else if (Array.isArray(m)) v = m;
process.stdout.write(String(Array.isArray(v) ? v.length : -1)); })();
`...), 0o644))
		args = []string{copyPath}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // (a hang, not a bound on speed)
	defer cancel()
	out, err := exec.CommandContext(ctx, node, args...).Output()
	if err != nil {
		return 0, false
	}
	n, err = strconv.Atoi(strings.TrimSpace(string(out)))
	require.NoError(t, err, "node printed %q", out)
	return n, true
}
