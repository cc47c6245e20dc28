package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"

	"github.com/qalint/qalint/internal/lint"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const curly = "[\n  {\n    “type”: “OpenAI”,\n    \"alias\": \"cf\",\n  },\n]\n"

func TestFixCommand(t *testing.T) {
	p := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(p, []byte(curly), 0o600))

	out, _, code := qalint(t, "", "fix", "--check", p)
	assert.Equal(t, exitFindings, code, "--check exits 1 when something would change")
	assert.Equal(t, p+": would fix 2 curly quotes, 2 trailing commas\n", out)
	b, _ := os.ReadFile(p)
	assert.Equal(t, curly, string(b), "--check writes nothing")

	out, _, code = qalint(t, "", "fix", "--diff", p)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "-    “type”: “OpenAI”,\n+    \"type\": \"OpenAI\",\n")
	b, _ = os.ReadFile(p)
	assert.Equal(t, curly, string(b), "--diff writes nothing")

	out, _, code = qalint(t, "", "fix", p)
	assert.Equal(t, exitOK, code)
	assert.Equal(t, p+": fixed 2 curly quotes, 2 trailing commas\n", out)
	b, _ = os.ReadFile(p)
	assert.Equal(t, "[\n  {\n    \"type\": \"OpenAI\",\n    \"alias\": \"cf\"\n  }\n]\n", string(b))
	st, _ := os.Stat(p)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	_, _, code = qalint(t, "", "fix", "--check", p)
	assert.Equal(t, exitOK, code, "nothing left to fix")
}

func TestFixStdinAndRefusals(t *testing.T) {
	out, _, code := qalint(t, curly, "fix", "-")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "[\n  {\n    \"type\": \"OpenAI\",\n    \"alias\": \"cf\"\n  }\n]\n", out)

	tmpl, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "template.json")
	require.NoError(t, os.WriteFile(p, tmpl, 0o644))
	out, stderr, code := qalint(t, "", "fix", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, p+": cannot be fixed safely; nothing was changed. Delete by hand:\n")
	assert.Contains(t, stderr, "  "+p+":6:18: unexpected text", "the first place")
	assert.Contains(t, stderr, "  "+p+":7:18: unexpected text", "and every other, in one run")
	assert.Equal(t, p+": 6 errors left for you: placeholder ×4 (lines 4, 5, 6, 7), parse ×2 (lines 6, 7); qalint check "+p+" says what to put instead\n", out,
		"what remains besides what fix does once the prose is gone")
	b, _ := os.ReadFile(p)
	assert.Equal(t, tmpl, b, "a file fix cannot read is left alone")
	_, stderr, code = qalint(t, "", "fix", "--check", p)
	assert.Equal(t, exitOK, code, "--check: nothing would change, and errors left by hand do not count")
	assert.Contains(t, stderr, "cannot be fixed safely", "it still says what to delete by hand")

	_, _, code = qalint(t, "", "fix", "testdata/nope.json")
	assert.Equal(t, exitUsage, code)
}

// A file a run is named to read that is also where its output goes is
// neither read nor written: `check v.json >> v.json` appended its report
// to the settings, `check --output v.json v.json` replaced them with it,
// and with standard error sent there not even the reason is written.
func TestANamedInputThatIsTheOutputIsNeitherReadNorWritten(t *testing.T) {
	const settings = "[{\"type\": \"OpenAI\", \"alias\": \"x\"}]\n"
	for _, c := range []struct {
		name   string
		args   []string
		stdin  bool // standard input reads the file
		stdout bool // standard output appends to it
		stderr bool // standard error appends to it
		says   string
	}{
		{name: "output flag", args: []string{"check", "--output", "FILE", "FILE"}, says: "FILE: this run's output goes to it"},
		{name: "stdout", args: []string{"check", "FILE"}, stdout: true, says: "FILE: this run's output goes to it"},
		{name: "stdin and stdout", args: []string{"check", "-"}, stdin: true, stdout: true, says: "standard input: this run's output goes to it"},
		{name: "fix stdin and stdout", args: []string{"fix", "-"}, stdin: true, stdout: true, says: "standard input: this run's output goes to it"},
		{name: "stderr", args: []string{"check", "FILE"}, stderr: true},
		{name: "probe", args: []string{"probe", "--dry-run", "FILE"}, stdout: true, says: "FILE: this run's output goes to it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "v.json")
			require.NoError(t, os.WriteFile(p, []byte(settings), 0o644))
			args := make([]string, len(c.args))
			for i, a := range c.args {
				args[i] = strings.ReplaceAll(a, "FILE", p)
			}
			cmd := exec.Command(binary(t), args...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			open := func() *os.File {
				f, err := os.OpenFile(p, os.O_RDWR|os.O_APPEND, 0)
				require.NoError(t, err)
				t.Cleanup(func() { f.Close() })
				return f
			}
			if c.stdin {
				cmd.Stdin = open()
			}
			if c.stdout {
				cmd.Stdout = open()
			}
			if c.stderr {
				cmd.Stderr = open()
			}
			require.NoError(t, cmd.Start())
			assert.Equal(t, exitUsage, exitCode(t, cmd))
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			assert.Equal(t, settings, string(b), "the file is as it was")
			if c.says != "" {
				assert.Contains(t, stderr.String(), "qalint: "+strings.ReplaceAll(c.says, "FILE", p)+" (standard output or error redirected to the file, or --output); nothing was read or written")
			}
		})
	}
}

// The heading says what to do: delete pasted notes, mend the rest (it
// said "Delete by hand" above an empty file).
func TestFixSaysWhetherToDeleteOrMend(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	empty := write("empty.json", "")
	mixed := write("mixed.json", "aiAssistants = [\n  { \"type\": \"Cloudflare\", ← a note\n    \"alias\": \"x\"\n")
	_, stderr, code := qalint(t, "", "fix", empty, mixed)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, "qalint: "+empty+": cannot be fixed safely; nothing was changed. Mend by hand:\n  "+empty+":1:1: the file is empty")
	assert.Contains(t, stderr, "qalint: "+mixed+": cannot be fixed safely; nothing was changed. Delete or mend by hand:\n  "+
		mixed+":2:27: unexpected text \"← a note\"")
	assert.Regexp(t, `(?m)^  `+regexp.QuoteMeta(mixed)+`:2:27: .*\n  `+regexp.QuoteMeta(mixed)+`:4:1: unexpected end of input`, stderr, "in the order of the text")
}

// `qalint fix - . > out.json`: the shell makes out.json inside the tree
// before qalint starts; the walk must not lint it (an outside tester got
// an extra "errors left" line for it in one run of six), and naming it is
// an error.
func TestFixDoesNotReadItsOwnOutputFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), []byte("[{\"type\": \"OpenAI\", \"alias\": \"a\"}]\n"), 0o644))
	outPath := filepath.Join(dir, "out.json")
	out, err := os.Create(outPath)
	require.NoError(t, err)
	defer out.Close()
	var stderr strings.Builder
	cmd := exec.Command(binary(t), "fix", "--verbose", "-", dir)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(curly), out, &stderr
	require.NoError(t, cmd.Run(), stderr.String())
	b, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Equal(t, "[\n  {\n    \"type\": \"OpenAI\",\n    \"alias\": \"cf\"\n  }\n]\n", string(b), "only standard input's fixed text")
	assert.Contains(t, stderr.String(), "qalint: skipped "+outPath+": this run's output goes to it")

	// `fix - < s.json >> s.json`: standard input is the output file.
	s := filepath.Join(dir, "s.json")
	require.NoError(t, os.WriteFile(s, []byte(curly), 0o644))
	in, err := os.Open(s)
	require.NoError(t, err)
	defer in.Close()
	app, err := os.OpenFile(s, os.O_WRONLY|os.O_APPEND, 0)
	require.NoError(t, err)
	defer app.Close()
	stderr.Reset()
	cmd = exec.Command(binary(t), "fix", "-")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, app, &stderr
	require.NoError(t, cmd.Start())
	assert.Equal(t, exitUsage, exitCode(t, cmd))
	assert.Contains(t, stderr.String(), "qalint: standard input: this run's output goes to it (standard output or error redirected to the file, or --output); nothing was read or written")
	b, err = os.ReadFile(s)
	require.NoError(t, err)
	assert.Equal(t, curly, string(b), "nothing appended: it held two arrays")

	out2, err := os.Create(filepath.Join(dir, "report.txt"))
	require.NoError(t, err)
	defer out2.Close()
	stderr.Reset()
	cmd = exec.Command(binary(t), "check", out2.Name())
	cmd.Stdout, cmd.Stderr = out2, &stderr
	require.NoError(t, cmd.Start())
	assert.Equal(t, exitUsage, exitCode(t, cmd))
	assert.Contains(t, stderr.String(), out2.Name()+": this run's output goes to it")
}

// Under --check nothing is written, so what is left for standard input
// goes with its "would fix" line to standard output, as a file's does;
// and the hint names standard input as check takes it, not '<stdin>'.
func TestFixCheckStdinSaysWhatIsLeftWithTheRest(t *testing.T) {
	in := "[{“type”: “OpenAI”, “alias”: “x”, \"apiKey\": \"xxx\"}]"
	out, stderr, code := qalint(t, in, "fix", "--check", "-")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, "<stdin>: would fix 4 curly quotes\n"+
		"<stdin>: 1 error left for you: placeholder (line 1); qalint check - (given the same input) says what to put instead\n", out)
	assert.Empty(t, stderr)

	out, stderr, code = qalint(t, in, "fix", "-")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, "[{\"type\": \"OpenAI\", \"alias\": \"x\", \"apiKey\": \"xxx\"}]", out, "without --check, standard output is the text alone")
	assert.Contains(t, stderr, "<stdin>: 1 error left for you")
}

// A copy a killed fix left beside a file is named by check and fix
// (always, not only with --verbose: it may hold an old text with a key in
// it), and left alone.
func TestCheckAndFixNameTheCopiesAStoppedFixLeft(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), []byte("[{\"type\": \"OpenAI\", \"alias\": \"a\"}]\n"), 0o644))
	left := filepath.Join(dir, ".a.json.qalint-2f8k1x")
	require.NoError(t, os.WriteFile(left, []byte(curly), 0o600))
	for _, command := range []string{"check", "fix"} {
		_, stderr, code := qalint(t, "", command, dir)
		assert.Equal(t, exitOK, code, command)
		assert.Equal(t, "qalint: warning: "+left+": "+lint.SkipFixCopy+"\n", stderr, command)
	}
	// Named one by one, as pre-commit names files: the copy is named too.
	other := filepath.Join(dir, ".b.json.qalint-7")
	require.NoError(t, os.WriteFile(other, []byte(curly), 0o600))
	for _, command := range []string{"check", "fix"} {
		_, stderr, code := qalint(t, "", command, filepath.Join(dir, "a.json"))
		assert.Equal(t, exitOK, code, command)
		assert.Equal(t, "qalint: warning: "+left+": "+lint.SkipFixCopy+"\n", stderr, command+": a.json's copy, not b.json's")
	}
	b, err := os.ReadFile(left)
	require.NoError(t, err)
	assert.Equal(t, curly, string(b), "the copy is the user's to delete")
}

// Past 100 findings of a rule in a file one finding says how many more
// were left out; fix's count of errors left and check's summary count
// them all (fix said "schema ×101" for 800).
func TestErrorsLeftOutAreCounted(t *testing.T) {
	p := filepath.Join(t.TempDir(), "many.json")
	entries := make([]string, 400)
	for i := range entries {
		entries[i] = `{"type": 5, "alias": 7}`
	}
	require.NoError(t, os.WriteFile(p, []byte("[\n"+strings.Join(entries, ",\n")+"\n]\n"), 0o644))
	out, _, code := qalint(t, "", "fix", p)
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, p+": 800 errors left for you: schema ×800 (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …); qalint check "+p+" says what to put instead\n", out)
	out, _, _ = qalint(t, "", "check", "--summary", p)
	assert.Contains(t, out, "800 errors, 0 warnings in 1 file (400 entries)")
}

// With standard input among the inputs, standard output carries its fixed
// text alone: what the other files have to say goes to standard error
// (`fix - FILE > out.json` must give a file that parses).
func TestFixStdinWithFilesKeepsStdoutForTheText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "other.json")
	require.NoError(t, os.WriteFile(p, []byte(curly), 0o644))
	out, stderr, code := qalint(t, curly, "fix", "-", p)
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "[\n  {\n    \"type\": \"OpenAI\",\n    \"alias\": \"cf\"\n  }\n]\n", out)
	assert.Equal(t, p+": fixed 2 curly quotes, 2 trailing commas\n", stderr)
}

// TestFixDiffAppliesWithGit: `fix --check --diff` exits 1 while changes are
// pending, and its output applies with the real `git apply` to CRLF files
// and to files whose last line has no line break, giving what fix writes.
func TestFixDiffAppliesWithGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	for name, src := range map[string]string{
		"crlf.json":       strings.ReplaceAll(curly, "\n", "\r\n"),
		"no-newline.json": strings.TrimSuffix(curly, "\n"),
		"crlf-open.json":  strings.TrimSuffix(strings.ReplaceAll(curly, "\n", "\r\n"), "\r\n"),
		// As Windows PowerShell 5's Out-File writes it: a binary patch.
		"utf16.json": utf16LE(strings.ReplaceAll(curly, "\n", "\r\n")),
	} {
		t.Run(name, func(t *testing.T) {
			repo := t.TempDir()
			git := func(args ...string) string {
				cmd := exec.Command("git", args...)
				cmd.Dir = repo
				out, err := cmd.CombinedOutput()
				require.NoError(t, err, string(out))
				return string(out)
			}
			git("init", "-q")
			git("config", "core.autocrlf", "false")
			require.NoError(t, os.WriteFile(filepath.Join(repo, name), []byte(src), 0o644))
			t.Chdir(repo)

			patch, stderr, code := qalint(t, "", "fix", "--check", "--diff", name)
			assert.Equal(t, exitFindings, code, "--check --diff exits 1 while changes are pending")
			assert.Empty(t, stderr)
			require.NoError(t, os.WriteFile(filepath.Join(repo, "fix.patch"), []byte(patch), 0o644))
			git("apply", "--check", "fix.patch")
			git("apply", "fix.patch")
			applied, err := os.ReadFile(filepath.Join(repo, name))
			require.NoError(t, err)

			require.NoError(t, os.WriteFile(filepath.Join(repo, name), []byte(src), 0o644))
			_, _, code = qalint(t, "", "fix", name)
			assert.Equal(t, exitOK, code)
			fixed, err := os.ReadFile(filepath.Join(repo, name))
			require.NoError(t, err)
			assert.Equal(t, string(fixed), string(applied), "the patch gives what fix writes")

			_, _, code = qalint(t, "", "fix", "--check", "--diff", name)
			assert.Equal(t, exitOK, code, "nothing pending: exit 0")
		})
	}
}

// utf16LE is s as Windows PowerShell 5 writes it: FF FE, then UTF-16LE.
func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// A UTF-16 file holding a credential is left out of the patch, with a note:
// a binary patch would carry it unmasked. The rest of the patch still applies.
func TestFixDiffLeavesOutUTF16WithSecret(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "ps.json")
	require.NoError(t, os.WriteFile(p, []byte(utf16LE("[ { \"type\": \"OpenAI\", \"alias\": \"gpt\", \"apiKey\": \"sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD\" } ]\r\n")), 0o644))
	out, stderr, code := qalint(t, "", "fix", "--check", "--diff", p)
	assert.Equal(t, exitFindings, code, "the change is still pending")
	assert.Empty(t, out)
	assert.Contains(t, stderr, p+": left out of the diff: its encoding changes")
	assert.NotContains(t, stderr, "abcdefghijklmnop")
}

// A UTF-8 file whose patch would carry a credential is left out too, with a
// note: masked, its hunk would not apply, and git applies a patch whole or
// not at all (an outside tester's patch failed on 3 of its 4 files). The
// other files' patch applies.
func TestFixDiffLeavesOutAPatchThatWouldCarryACredential(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	git("init", "-q")
	secretSrc := "aiAssistants = [\r\n  { type: ‘Cloudflare’, alias: 'cf',\r\n    account: '0123456789abcdef0123456789abcdef',\r\n" +
		"    apiKey: 'Hq5wN3eR7tY1uI9oP2aS4dF6gJ8kL0zXc2vB4nM6q' },\r\n];\r\n"
	require.NoError(t, os.WriteFile(filepath.Join(repo, "a.js"), []byte(secretSrc), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "b.json"), []byte(curly), 0o644))
	t.Chdir(repo)
	patch, stderr, code := qalint(t, "", "fix", "--check", "--diff", "a.js", "b.json")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, "a.js: left out of the diff: a line its patch would carry holds a credential")
	assert.NotContains(t, patch+stderr, "Hq5w")
	assert.NotContains(t, patch, "a.js")
	require.NoError(t, os.WriteFile(filepath.Join(repo, "fix.patch"), []byte(patch), 0o644))
	git("apply", "--check", "fix.patch")
}

// TestFixSaysWhatIsLeft: fix writes what it can, then names the errors left
// for the user by rule and exits 1 while any remains; fix --check keeps its
// contract (exit 1 only for pending changes). Golden: the whole exchange.
func TestFixSaysWhatIsLeft(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "aiAssistants.json")
	src := "[\n  { “type”: “Cloudflare”, \"alias\": \"cf\", \"account\": \"1234567890ABC\", \"apiKey\": \"sk-******\",\n    \"baseUri1\": \"https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai\" },\n]\n"
	require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	want := filepath.Join(testdataDir(t), "fix", "left.golden") // before leaving the package folder
	t.Chdir(dir)
	var log strings.Builder
	for _, args := range [][]string{{"fix", "--check", "aiAssistants.json"}, {"fix", "aiAssistants.json"}, {"fix", "--check", "aiAssistants.json"}} {
		out, stderr, code := qalint(t, "", args...)
		fmt.Fprintf(&log, "$ qalint %s\n%s%s[exit %d]\n", strings.Join(args, " "), out, stderr, code)
	}
	golden(t, want, log.String())
}

// testdataDir is the package's testdata folder, whatever the working folder.
func testdataDir(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	return filepath.Join(wd, "testdata")
}

// The template copied with the sentences around it on Qarbine's page: each
// sentence is one place to delete, reported where it is, and the entry is
// still checked in the same run; fix lists the same places and counts them.
func TestProseAroundTheSettingIsSkippedAndCounted(t *testing.T) {
	tmpl, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	text := "Below is the AI Assistant entry pattern for a Cloudflare Workers AI service.\n" + string(tmpl) +
		"See the main Qarbine AI Assistant configuration information for more details.\n"
	p := filepath.Join(t.TempDir(), "pasted.txt")
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))

	out, _, code := qalint(t, "", "check", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, p+`:1:1: error: unexpected text "Below is the AI Assistant entry …" before the setting; Qarbine cannot load it: delete it`)
	assert.Contains(t, out, p+`:10:1: error: unexpected text "See the main Qarbine AI Assistan…" after the end of the setting; Qarbine cannot load it: delete it`)
	assert.Contains(t, out, p+":7:18: error: unexpected text", "line 6's note of the template, not only \"the same on\"")
	assert.Contains(t, out, p+":8:18: error: unexpected text")
	assert.Contains(t, out, `account still holds the documentation's placeholder "1234567890ABC"`, "the entry is still checked")
	assert.Contains(t, out, `model2 still holds the documentation's placeholder "yyy"`)
	assert.Contains(t, out, "(1 entry)")

	out, stderr, code := qalint(t, "", "fix", p)
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, 4, strings.Count(stderr, "\n  "+p+":"), "four places to delete: %s", stderr)
	assert.Contains(t, out, "8 errors left for you: parse ×4 (lines 1, 7, 8, 10), placeholder ×4", "the count matches the list")
}

// A file name carrying an escape sequence or a line break is shown with
// escapes, so that it can neither drive the terminal nor forge a line of
// output (found by an outside tester: names went out raw).
func TestFileNamesAreShownWithEscapes(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "\x1b[31mred\nforged.json")
	require.NoError(t, os.WriteFile(p, []byte(curly), 0o600))
	shown := filepath.Join(dir, `\x1b[31mred\x0aforged.json`)

	out, _, code := qalint(t, "", "check", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, shown+":")
	assert.NotContains(t, out, "\x1b[31m")

	out, _, code = qalint(t, "", "fix", p)
	assert.Equal(t, exitOK, code)
	assert.Equal(t, shown+": fixed 2 curly quotes, 2 trailing commas\n", out)
}

// A name quoted inside fix's message (here a link's target) is shown with
// escapes too.
func TestNamesInFixMessagesAreShownWithEscapes(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(dir, "out\x1b[31m")
	require.NoError(t, os.Mkdir(outside, 0o755))
	target := filepath.Join(outside, "s.json")
	require.NoError(t, os.WriteFile(target, []byte(curly), 0o600))
	tree := filepath.Join(dir, "tree")
	require.NoError(t, os.Mkdir(tree, 0o755))
	require.NoError(t, os.Symlink(target, filepath.Join(tree, "s.json")))

	_, errOut, _ := qalint(t, "", "fix", filepath.Join(tree, "s.json"))
	assert.Contains(t, errOut, `out\x1b[31m`)
	assert.NotContains(t, errOut, "\x1b")
}

// failAfter is an output that takes n writes, then fails with err.
type failAfter struct {
	n        int
	err      error
	accepted bytes.Buffer
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, f.err
	}
	f.n--
	return f.accepted.Write(p)
}

// When the list of fixed files cannot be written (a closed pipe, a full
// disk), no file is started after it; every file ends whole, and each file
// fixed is named: on standard output before it failed, on standard error
// after (an outside tester's `fix | head -1` listed 1 of 66 files fixed).
func TestFixNamesEveryFileItFixedWhenItsOutputFails(t *testing.T) {
	inFlight := max(64, 16*runtime.GOMAXPROCS(0)) // (fix.writers)
	for _, c := range []struct {
		err   error
		code  int
		files int
	}{{syscall.EPIPE, 128 + int(syscall.SIGPIPE), 20}, {syscall.ENOSPC, exitUsage, 20}, {syscall.ENOSPC, exitUsage, 6 * inFlight}} {
		t.Run(fmt.Sprint(c.err, c.files), func(t *testing.T) {
			dir := t.TempDir()
			name := func(i int) string { return filepath.Join(dir, fmt.Sprintf("s%03d.json", i)) }
			for i := range c.files {
				require.NoError(t, os.WriteFile(name(i), []byte(curly), 0o644))
			}
			var errw bytes.Buffer
			out := &failAfter{n: 1, err: c.err}
			code := run(context.Background(), []string{"qalint", "fix", dir}, strings.NewReader(""), out, &errw)
			assert.Equal(t, c.code, code)
			assert.Contains(t, errw.String(), "standard output failed, so the files fixed after that are listed on standard error")
			assert.Equal(t, name(0)+": fixed 2 curly quotes, 2 trailing commas\n", out.accepted.String())
			fixed := 0
			for i := range c.files {
				b, err := os.ReadFile(name(i))
				require.NoError(t, err)
				whole := string(b) == curly || !strings.Contains(string(b), "“")
				require.True(t, whole, "file %d is whole", i)
				named := strings.Contains(out.accepted.String()+errw.String(), name(i)+": fixed 2 curly quotes, 2 trailing commas\n")
				if string(b) != curly {
					fixed++
				}
				assert.Equal(t, string(b) != curly, named, "file %d is named if and only if it was fixed", i)
			}
			if c.files > 5*inFlight { // (fix works ahead of its output by at most four times the files in flight)
				assert.Less(t, fixed, c.files, "no file is started once the output failed")
			}
		})
	}
	// fix - DIR: standard output carries standard input's text, and the
	// files speak on standard error; when that text cannot be written, the
	// files fixed are still named (none of 255 were).
	t.Run("stdin", func(t *testing.T) {
		dir := t.TempDir()
		name := func(i int) string { return filepath.Join(dir, fmt.Sprintf("s%03d.json", i)) }
		for i := range 2 * inFlight {
			require.NoError(t, os.WriteFile(name(i), []byte(curly), 0o644))
		}
		var errw bytes.Buffer
		code := run(context.Background(), []string{"qalint", "fix", "-", dir}, strings.NewReader(curly), &failAfter{n: 0, err: syscall.EPIPE}, &errw)
		assert.Equal(t, 128+int(syscall.SIGPIPE), code)
		assert.Contains(t, errw.String(), "the fixed text of standard input there is incomplete")
		fixed := 0
		for i := range 2 * inFlight {
			b, err := os.ReadFile(name(i))
			require.NoError(t, err)
			if string(b) != curly {
				fixed++
			}
			assert.Equal(t, string(b) != curly, strings.Contains(errw.String(), name(i)+": fixed 2 curly quotes, 2 trailing commas\n"), "file %d is named if and only if it was fixed", i)
		}
		assert.Positive(t, fixed)
	})
	// --check writes nothing; it says so.
	dir := t.TempDir()
	for i := range 3 {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%d.json", i)), []byte(curly), 0o644))
	}
	var errw bytes.Buffer
	code := run(context.Background(), []string{"qalint", "fix", "--check", dir}, strings.NewReader(""), &failAfter{n: 1, err: syscall.ENOSPC}, &errw)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errw.String(), "nothing was written, and the list stopped where the output failed")
	assert.NotContains(t, errw.String(), "would fix", "--check's list is not moved to standard error")
}
