package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtureRepo copies testdata/repo into a fresh git work tree: its
// gitignore becomes .gitignore (under its real name it would ignore files of
// our own repository) and .git/info/exclude leaves out scratch/.
func fixtureRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dst := t.TempDir()
	src := filepath.Join("testdata", "repo")
	require.NoError(t, filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if rel == "gitignore" {
			rel = ".gitignore"
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	}))
	cmd := exec.Command("git", "init", "-q")
	cmd.Dir = dst
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	require.NoError(t, os.WriteFile(filepath.Join(dst, ".git", "info", "exclude"), []byte("# local only\nscratch/\n"), 0o644))
	return dst
}

// TestDiscoveryFixtureRepo checks the fixture repository end to end with
// no path, as a user does in a repository's root: settings found by
// content (JSON, JSONC, JavaScript, nested, a space and a non-ASCII name),
// unrelated JSON and JavaScript skipped with a reason, and what .gitignore,
// .git/info/exclude, node_modules and .qalint.yaml leave out never shown.
// Git is asked when installed; without it (PATH emptied) go-git's matcher
// must give the very same output.
func TestDiscoveryFixtureRepo(t *testing.T) {
	repo := fixtureRepo(t)
	self, err := os.Getwd()
	require.NoError(t, err)
	goldenText := filepath.Join(self, "testdata", "repo.check.text.golden")
	goldenJSON := filepath.Join(self, "testdata", "repo.check.json.golden")
	t.Chdir(repo)

	text, stderr, code := qalint(t, "", "check", "--verbose", "--color", "never")
	golden(t, goldenText, text+stderr+fmt.Sprintf("[exit %d]\n", code))
	js, _, jsCode := qalint(t, "", "check", "--format", "json")
	golden(t, goldenJSON, js)
	assert.Equal(t, code, jsCode)

	for _, hidden := range []string{"build/", "prod.local.json", "scratch/", "node_modules/", "legacy/"} {
		assert.NotContains(t, text+stderr, hidden, "ignored paths are neither checked nor listed")
	}
	for _, skipped := range []string{"package.json", "tsconfig.json", ".vscode/settings.json", "src/comment-only.js", "docs/notes.txt"} {
		assert.Contains(t, stderr, "qalint: skipped "+skipped+": ", "--verbose lists %s", skipped)
	}
	dot, _, _ := qalint(t, "", "check", "--verbose", "--color", "never", ".")
	assert.Equal(t, text, dot, "no path is the current folder")

	t.Run("without git", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		text2, stderr2, code2 := qalint(t, "", "check", "--verbose", "--color", "never")
		assert.Equal(t, text+stderr+fmt.Sprint(code), text2+stderr2+fmt.Sprint(code2), "the fallback matcher agrees with git")
	})

	t.Run("a named file is always checked", func(t *testing.T) {
		out, _, code := qalint(t, "", "check", "--color", "never", "package.json", "build/aiAssistants.json")
		assert.Equal(t, exitFindings, code)
		assert.Contains(t, out, "package.json:1:1: error:")
		assert.Contains(t, out, "build/aiAssistants.json:1:56: error: built: account still holds the documentation's placeholder")
	})

	t.Run("an ignored folder named on purpose", func(t *testing.T) {
		for _, git := range []string{"with git", "without git"} {
			if git == "without git" {
				t.Setenv("PATH", t.TempDir())
			}
			out, _, code := qalint(t, "", "check", "--color", "never", "build", "scratch")
			assert.Equal(t, exitFindings, code, git)
			assert.Contains(t, out, "build/aiAssistants.json:1:56:", git)
			assert.Contains(t, out, "scratch/aiAssistants.json:1:58:", git)
		}
	})

	t.Run("a sub-folder", func(t *testing.T) {
		t.Chdir(filepath.Join(repo, "config"))
		out, _, code := qalint(t, "", "check", "--color", "never")
		assert.Equal(t, exitOK, code)
		assert.Contains(t, out, "in 2 files (2 entries)")
		assert.Contains(t, out, "régions/ai assistants.jsonc:9:17: warning:", "text names files from the working folder")
		out, _, _ = qalint(t, "", "check", "--format", "github")
		assert.Contains(t, out, "::warning file=config/régions/ai assistants.jsonc,line=9,col=17,", "annotations name files from the repository root, where GitHub places them")
	})

	t.Run("fix leaves other files alone", func(t *testing.T) {
		before, err := os.ReadFile("tsconfig.json")
		require.NoError(t, err)
		out, stderr, code := qalint(t, "", "fix", "--check", "--verbose")
		assert.Equal(t, exitOK, code, out+stderr)
		assert.Contains(t, stderr, "qalint: skipped tsconfig.json: ")
		after, _ := os.ReadFile("tsconfig.json")
		assert.Equal(t, before, after)
	})
}

// TestDiscoveryGitTrackedWins: a file git tracks is checked even when a
// .gitignore pattern matches it, as git itself treats it.
func TestDiscoveryGitTrackedWins(t *testing.T) {
	repo := fixtureRepo(t)
	cmd := exec.Command("git", "add", "-f", "build/aiAssistants.json")
	cmd.Dir = repo
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	t.Chdir(repo)
	text, _, _ := qalint(t, "", "check", "--color", "never")
	assert.Contains(t, text, "build/aiAssistants.json:1:56:")
	assert.True(t, strings.Contains(text, "in 4 files"), text)
}

// --sniff judges named files as a walk does: package.json is skipped, not
// linted or fixed; a file .qalint.yaml ignores is left out; settings under
// any name are checked. Without it, a named file is always checked.
// A run that found no settings file says so on standard error (exit 0):
// a gate on an ignored or empty folder no longer passes in silence.
func TestACheckThatFoundNothingSaysSo(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name": "x"}`), 0o644))
	out, errOut, code := qalint(t, "", "check", dir)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "no problems found in 0 files")
	assert.Contains(t, errOut, "qalint: warning: no settings file was found in "+dir+", so nothing was checked")
	_, errOut, _ = qalint(t, "", "check", "testdata/examples/workers-ai-direct.json")
	assert.Empty(t, errOut)
}

func TestSniffJudgesNamedFilesAsAWalkDoes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("package.json", `{"name": "x", "version": "1.4.1", "type": "module", "description": “curly”}`)
	write("exports/old.json", `[{"type": "Cloudflare", "alias": "cf", "account": "ACCOUNT"}]`)
	write("prod.txt", `[{"type": "Cloudflare", "alias": "cf", "account": "ACCOUNT"}]`)
	write(".qalint.yaml", "ignore:\n  - \"exports/**\"\n")
	t.Chdir(dir)

	out, _, code := qalint(t, "", "check", "package.json", "exports/old.json")
	assert.Equal(t, exitFindings, code, "named files are checked:\n"+out)
	out, _, code = qalint(t, "", "check", "--sniff", "package.json", "exports/old.json")
	assert.Equal(t, exitOK, code, out)
	assert.Contains(t, out, "no problems found in 0 files (0 entries); 1 other file skipped, not settings")
	out, _, code = qalint(t, "", "check", "--sniff", "package.json", "prod.txt")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "prod.txt:1:")
	assert.NotContains(t, out, "package.json:")

	_, _, code = qalint(t, "", "fix", "--sniff", "package.json")
	assert.Equal(t, exitOK, code)
	b, err := os.ReadFile("package.json")
	require.NoError(t, err)
	assert.Contains(t, string(b), "“curly”", "fix --sniff leaves a file that is not settings alone")
}

// A file met in a walk that is larger than --max-size but looks like
// settings is named and fails the run (exit 2): a gate never passes having
// checked nothing (an outside tester's 16.8 MB aiAssistants.json passed as
// "0 files"). One that does not look like settings is skipped quietly.
func TestAWalkNamesSettingsTooLargeToCheck(t *testing.T) {
	dir := t.TempDir()
	big := "[" + strings.Repeat(`{"type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef"},`, 60) + "{}]"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "aiAssistants.json"), []byte(big), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "data.json"), []byte("["+strings.Repeat(`{"x": 1},`, 600)+"{}]"), 0o644))
	out, errOut, code := qalint(t, "", "check", "--max-size", "4096", dir)
	assert.Equal(t, exitUsage, code, out+errOut)
	assert.Contains(t, errOut, "aiAssistants.json: looks like settings, but is larger than --max-size, so it was not checked")
	assert.NotContains(t, errOut, "data.json")
	assert.Contains(t, out, "0 problems found in 0 files (0 entries); 1 other file skipped, not settings (--verbose lists them); 1 settings file too large to check (above)")
	out, _, _ = qalint(t, "", "check", "--format", "json", "--max-size", "4096", dir)
	assert.Contains(t, out, `"tooLarge": 1`)
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	out, _, code = qalint(t, "", "check", "--format", "github", "--max-size", "4096", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, out, "title=qalint%3A settings too large to check::looks like settings")
	for _, args := range [][]string{{"fix"}, {"fix", "--check"}} {
		_, errOut, code = qalint(t, "", append(args, "--max-size", "4096", dir)...)
		assert.Equal(t, exitUsage, code, "fix --check must not pass on settings it could not read")
		assert.Contains(t, errOut, "aiAssistants.json: looks like settings, but is larger than --max-size")
	}
}
