package lint

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

func walked(t *testing.T, paths []string, ignore func(string) bool) (found []string, named []string) {
	t.Helper()
	errs := Walk(paths, ignore, func(in Input) {
		if in.Found {
			found = append(found, filepath.ToSlash(in.Path))
		} else {
			named = append(named, filepath.ToSlash(in.Path))
		}
	})
	require.Empty(t, errs)
	slices.Sort(found)
	return found, named
}

// TestWalkGitignoreFallback: without git, the .gitignore files (nested,
// with negations and folder patterns) and .git/info/exclude are read with
// go-git's matcher, also when the walk starts below the work tree root.
func TestWalkGitignoreFallback(t *testing.T) {
	old := gitCommand
	gitCommand = filepath.Join(t.TempDir(), "no-git-here")
	t.Cleanup(func() { gitCommand = old })

	root := t.TempDir()
	writeTree(t, root, map[string]string{
		".git/info/exclude":       "*.bak.json\n",
		".gitignore":              "# comment\nbuild/\n*.local.json\n!keep.local.json\n",
		"a.json":                  "x",
		"a.bak.json":              "x",
		"x.local.json":            "x",
		"keep.local.json":         "x",
		"build/a.json":            "x",
		"src/build/b.json":        "x",
		"src/.gitignore":          "generated/\nonly-here.json\r\n",
		"src/generated/c.json":    "x",
		"src/only-here.json":      "x",
		"only-here.json":          "x",
		"src/ok.js":               "x",
		"src/readme.md":           "x",
		"node_modules/p/a.json":   "x",
		"src/node_modules/q.json": "x",
	})
	found, _ := walked(t, []string{root}, nil)
	rel := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			out = append(out, strings.TrimPrefix(p, filepath.ToSlash(root)+"/"))
		}
		return out
	}
	assert.Equal(t, []string{"a.json", "keep.local.json", "only-here.json", "src/ok.js"}, rel(found))

	// From a sub-folder, the root's patterns still apply.
	found, _ = walked(t, []string{filepath.Join(root, "src")}, nil)
	assert.Equal(t, []string{"src/ok.js"}, rel(found))
}

// TestWalkAsksGit: with git installed, its own listing decides, tracked
// files included even when a pattern matches them.
func TestWalkAsksGit(t *testing.T) {
	if gitListing(".") == nil {
		t.Skip("git is not installed or this is not a work tree")
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		".gitignore":            "ignored/\n*.local.json\n",
		"a.json":                "x",
		"ignored/b.json":        "x",
		"tracked.local.json":    "x",
		"untracked.local.json":  "x",
		"dir with space/é.json": "x",
		"UPPER.JSON":            "x",
		"notes.md":              "x",
	})
	for _, args := range [][]string{{"init", "-q"}, {"add", "-f", "tracked.local.json"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	t.Chdir(root)
	found, _ := walked(t, []string{"."}, nil)
	assert.Equal(t, []string{"UPPER.JSON", "a.json", "dir with space/é.json", "tracked.local.json"}, found)
}

// TestWalkNamedAndDeduplicated: a named file is an input whatever its name
// (Found false); one file named in several spellings, or named and also
// met in a walk, is one input; an ignore function prunes whole folders.
func TestWalkNamedAndDeduplicated(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a.json": "x", "notes.md": "x", "skip/b.json": "x"})
	t.Chdir(root)
	var asked []string
	found, named := walked(t, []string{"notes.md", "./notes.md", filepath.Join(root, "notes.md"), "a.json", "."}, func(p string) bool {
		asked = append(asked, filepath.ToSlash(p))
		return filepath.Base(p) == "skip"
	})
	assert.Equal(t, []string{"notes.md", "a.json"}, named)
	assert.Empty(t, found, "a.json was named first; skip/ is ignored")
	assert.NotContains(t, asked, "skip/b.json", "an ignored folder is not walked")
}

// TestFilesSkipsWhatIsNotSettings: in a walk, a file whose content is not
// settings, or that is over the size limit, is a skipped result with its
// reason, not an error; named, the same files are checked or refused.
func TestFilesSkipsWhatIsNotSettings(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"package.json":  `{"name": "x"}`,
		"big.json":      `[{"type": "Cloudflare", "alias": "` + strings.Repeat("x", 100) + `"}]`,
		"data.json":     `[{"x": "` + strings.Repeat("x", 100) + `"}]`,
		"settings.json": `[{"type": "Cloudflare", "alias": "cf"}]`,
	})
	l := &Linter{MaxBytes: 64}
	byName := map[string]*Result{}
	for _, r := range l.Files([]string{dir}) {
		byName[filepath.Base(r.Path)] = r
	}
	assert.Equal(t, SkipNoSettings, byName["package.json"].Skipped)
	assert.Equal(t, SkipTooLargeSettings, byName["big.json"].Skipped, "settings too large to check are named")
	assert.NoError(t, byName["big.json"].Err)
	assert.Equal(t, SkipTooLarge, byName["data.json"].Skipped)
	assert.Empty(t, byName["settings.json"].Skipped)
	assert.NotNil(t, byName["settings.json"].Doc)

	named := l.Files([]string{filepath.Join(dir, "package.json"), filepath.Join(dir, "big.json")})
	assert.ErrorIs(t, named[0].Err, ErrTooLarge, "big.json, named, is refused")
	assert.Empty(t, named[1].Skipped, "package.json, named, is checked")
	assert.NotNil(t, named[1].Doc)
}

// A file the run's output goes to is never read: a walk skips it, and
// named, it is refused (an outside tester's `fix - . > out.json` linted
// out.json, half written).
func TestFilesDoNotReadTheRunsOutput(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"out.json":      `[{"type": "Cloudflare", "alias": "cf"}]`,
		"settings.json": `[{"type": "Cloudflare", "alias": "cf"}]`,
	})
	out, err := os.Stat(filepath.Join(dir, "out.json"))
	require.NoError(t, err)
	l := &Linter{Outputs: []os.FileInfo{out}}
	byName := map[string]*Result{}
	for _, r := range l.Files([]string{dir}) {
		byName[filepath.Base(r.Path)] = r
	}
	require.Len(t, byName, 2)
	assert.Equal(t, SkipOutput, byName["out.json"].Skipped)
	assert.Nil(t, byName["out.json"].Doc)
	assert.Empty(t, byName["settings.json"].Skipped)

	named := l.Files([]string{filepath.Join(dir, "out.json")})
	require.Len(t, named, 1)
	assert.ErrorIs(t, named[0].Err, ErrIsOutput)
}

// A temporary copy fix left (killed mid-run) is named by the walk, with
// its reason, though never read; names that only look alike are not.
func TestWalkNamesTheCopiesAStoppedFixLeft(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a.json":                  "[]",
		".a.json.qalint-1a2b3c":   "[]",
		"sub/.b.js.qalint-987654": "x",
		".a.json.qalint-":         "[]",
		"a.json.qalint-123":       "[]",
		".a.json.qalint-12.bak":   "[]",
	})
	var got []Input
	Walk([]string{dir}, nil, func(in Input) { got = append(got, in) })
	assert.ElementsMatch(t, []Input{
		{Path: filepath.Join(dir, ".a.json.qalint-1a2b3c"), Found: true, Skip: SkipFixCopy},
		{Path: filepath.Join(dir, "a.json"), Found: true},
		{Path: filepath.Join(dir, "sub", ".b.js.qalint-987654"), Found: true, Skip: SkipFixCopy},
	}, got)
	for name, want := range map[string]bool{
		".settings.json.qalint-1a2b": true, ".x.qalint-0": true,
		".qalint-1": false, "settings.json.qalint-1": false, ".settings.json.qalint-": false, ".s.qalint-1A": false,
	} {
		assert.Equal(t, want, IsFixCopy(name), name)
	}
}

// Standard input that is the output file (`fix - < s.json >> s.json`
// appended the fixed text to the original) is refused; an output file
// found empty says why (the shell emptied it for >).
func TestReadRefusesStandardInputThatIsTheOutput(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "s.json")
	require.NoError(t, os.WriteFile(p, []byte("[]"), 0o644))
	in, err := os.Open(p)
	require.NoError(t, err)
	defer in.Close()
	st, err := os.Stat(p)
	require.NoError(t, err)
	_, err = (&Linter{Stdin: in, Outputs: []os.FileInfo{st}}).Read(StdinName)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "standard input is the file this run's output goes to; not read")
	assert.NotContains(t, err.Error(), "it is empty")
	src, err := (&Linter{Stdin: in}).Read(StdinName)
	require.NoError(t, err, "no outputs: read as usual")
	assert.Equal(t, "[]", string(src))

	empty := filepath.Join(dir, "t.json")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	est, err := os.Stat(empty)
	require.NoError(t, err)
	_, err = (&Linter{Outputs: []os.FileInfo{est}}).Read(empty)
	require.ErrorIs(t, err, ErrIsOutput)
	assert.Contains(t, err.Error(), "it is empty: with >, the shell empties the file before qalint starts")
}

// A folder named on the command line through a symbolic link is walked
// (the tester's CI job pointed at a linked config folder and "no problems
// found in 0 files" passed it); links met inside a walk are not followed.
func TestWalkFollowsANamedLinkToAFolder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"real/ai-assistants.json": "[]", "real/sub/x.json": "[]"})
	require.NoError(t, os.Symlink("real", filepath.Join(dir, "cfg")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "real", "sub"), filepath.Join(dir, "real", "linked")))
	t.Chdir(dir)
	found, _ := walked(t, []string{"cfg"}, nil)
	assert.Equal(t, []string{"cfg/ai-assistants.json", "cfg/sub/x.json"}, found)
}

// A named link and the file it points to, both named, are one input: fix
// would otherwise write the file twice at once and report its own change
// as someone else's (found by an outside tester).
func TestWalkNamesALinkAndItsTargetOnce(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"sub/t.json": "[]"})
	require.NoError(t, os.Symlink(filepath.Join("sub", "t.json"), filepath.Join(dir, "l.json")))
	t.Chdir(dir)
	_, named := walked(t, []string{"l.json", "sub/t.json"}, nil)
	assert.Equal(t, []string{"l.json"}, named)
}

// Two folders named that are one (b -> a), or one inside the other through
// a link, give each file once: fix would otherwise write it twice at once
// and report its own change as someone else's (an outside tester's
// `qalint fix a b`).
func TestWalkMeetsAFileUnderTwoNamedFoldersOnce(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a/x.json": "[]", "a/sub/y.json": "[]"})
	require.NoError(t, os.Symlink("a", filepath.Join(dir, "b")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "a", "sub"), filepath.Join(dir, "s")))
	t.Chdir(dir)
	found, _ := walked(t, []string{"a", "b", "s"}, nil)
	assert.Equal(t, []string{"a/sub/y.json", "a/x.json"}, found)
	found, _ = walked(t, []string{"b", "a"}, nil)
	assert.Equal(t, []string{"b/sub/y.json", "b/x.json"}, found, "whichever is named first")
}

// Keys under the current folder keep hidden names apart from plain ones.
func TestWalkKeepsHiddenAndPlainNamesApart(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"x.json": "[]", ".x.json": "[]", "a/y.json": "[]"})
	t.Chdir(dir)
	found, _ := walked(t, []string{".", "a"}, nil)
	assert.Equal(t, []string{".x.json", "a/y.json", "x.json"}, found)
}
