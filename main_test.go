package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	goldenfile "github.com/qalint/qalint/internal/golden"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/rules"
)

var update = goldenfile.Update

// qalint runs the command in process with the given stdin.
func qalint(t testing.TB, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(context.Background(), append([]string{"qalint"}, args...), strings.NewReader(stdin), &out, &errw)
	return out.String(), errw.String(), code
}

// golden compares got with the file, or rewrites the file with -update.
func golden(t *testing.T, path, got string) { t.Helper(); goldenfile.Check(t, path, got) }

// checkGolden runs check in both formats on one input and compares each
// with its golden file; the text golden ends with the exit code.
func checkGolden(t *testing.T, input string) (report.JSONReport, int) {
	t.Helper()
	text, stderr, code := qalint(t, "", "check", "--color", "never", input)
	golden(t, input+".text.golden", text+stderr+fmt.Sprintf("[exit %d]\n", code))
	js, _, jsCode := qalint(t, "", "check", "--format", "json", input)
	golden(t, input+".json.golden", js)
	assert.Equal(t, code, jsCode, "both formats exit alike")
	var rep report.JSONReport
	require.NoError(t, json.Unmarshal([]byte(js), &rep), "json output is one JSON object")
	return rep, code
}

func inputs(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".golden") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// TestRuleGolden: every rule has a failing input that reports it, at the
// places its golden file records, and a passing input with no finding at all.
func TestRuleGolden(t *testing.T) {
	for _, r := range rules.All {
		t.Run(r.ID, func(t *testing.T) {
			var bad, good int
			for _, in := range inputs(t, filepath.Join("testdata", "rules", r.ID)) {
				rep, code := checkGolden(t, in)
				switch name := filepath.Base(in); {
				case strings.HasPrefix(name, "bad"):
					bad++
					var hits int
					for _, f := range rep.Findings {
						if f.Rule == r.ID {
							hits++
						}
					}
					assert.NotZero(t, hits, "%s reports no %s finding", in, r.ID)
					if r.Severity == model.Error {
						assert.Equal(t, exitFindings, code, in)
					}
				case strings.HasPrefix(name, "good"):
					good++
					assert.Empty(t, rep.Findings, "%s should be clean", in)
					assert.Equal(t, exitOK, code, in)
				default:
					t.Errorf("%s: name test inputs bad* or good*", in)
				}
			}
			assert.NotZero(t, bad, "rule %s has no failing test input", r.ID)
			assert.NotZero(t, good, "rule %s has no passing test input", r.ID)
		})
	}
}

// TestExamplesGolden: the shipped examples give exactly the recorded findings.
func TestExamplesGolden(t *testing.T) {
	for _, in := range inputs(t, filepath.Join("testdata", "examples")) {
		t.Run(filepath.Base(in), func(t *testing.T) { checkGolden(t, in) })
	}
}

// TestREADMEShowsWhatQalintPrints: the README's first two commands are the
// install-and-run one and the test suite, and the template's report it
// shows is the one check prints today.
func TestREADMEShowsWhatQalintPrints(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	s := string(readme)
	first := strings.Index(s, "```sh\n")
	require.True(t, first >= 0)
	assert.True(t, strings.HasPrefix(s[first:], "```sh\ngo install . && \"$(go env GOPATH)/bin/qalint\" check testdata/examples/cloudflare-template.json\n```"), "the first command")
	second := strings.Index(s[first+1:], "```sh\n") + first + 1
	assert.True(t, strings.HasPrefix(s[second:], "```sh\nbash .ci/run\n```"), "the second command")
	out, _, _ := qalint(t, "", "check", "--color", "never", "testdata/examples/cloudflare-template.json")
	assert.Contains(t, s, "```text\n"+out+"```", "README's sample report is stale")
}

// TestREADMEExampleIsClean: the complete Workers-AI-through-an-authenticated-
// gateway example README shows, in JSON and in Qarbine's JavaScript form,
// passes check with no finding at all.
func TestREADMEExampleIsClean(t *testing.T) {
	for _, in := range []string{"testdata/examples/workers-ai-gateway.json", "testdata/examples/workers-ai-gateway.js"} {
		out, stderr, code := qalint(t, "", "check", in)
		assert.Equal(t, exitOK, code, stderr)
		assert.Equal(t, "no problems found in 1 file (1 entry)\n", out)
	}
}

func TestExitCodes(t *testing.T) {
	clean := "testdata/examples/workers-ai-direct.json"
	warnOnly := "testdata/rules/trailing-comma/bad.json" // 2 warnings
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"clean", []string{"check", clean}, exitOK},
		{"warnings only", []string{"check", warnOnly}, exitOK},
		{"warnings over --max-warnings", []string{"check", "--max-warnings", "1", warnOnly}, exitFindings},
		{"warnings within --max-warnings", []string{"check", "--max-warnings", "2", warnOnly}, exitOK},
		{"the shipped JavaScript example passes --max-warnings 0", []string{"check", "--max-warnings", "0", "testdata/examples/js-setting.js"}, exitOK},
		{"errors", []string{"check", "testdata/examples/cloudflare-template.json"}, exitFindings},
		{"missing file", []string{"check", "testdata/does-not-exist.json"}, exitUsage},
		{"missing file beside a good one", []string{"check", clean, "testdata/does-not-exist.json"}, exitUsage},
		{"unknown command", []string{"chek", clean}, exitUsage},
		{"unknown sub-command", []string{"config", "frobnicate"}, exitUsage},
		{"unknown format", []string{"check", "--format", "yaml", clean}, exitUsage},
		{"unknown flag", []string{"check", "--frobnicate", clean}, exitUsage},
		{"unknown rule", []string{"explain", "no-such-rule"}, exitUsage},
		{"--max-warnings below -1", []string{"check", "--max-warnings", "-5", clean}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, code := qalint(t, "", tc.args...)
			assert.Equal(t, tc.want, code)
		})
	}
}

// A run that fails on --max-warnings alone says so: the summary shows no
// error, and a red gate must explain itself (outside tester).
func TestMaxWarningsSaysWhyTheRunFailed(t *testing.T) {
	_, stderr, code := qalint(t, "", "check", "--max-warnings", "1", "testdata/rules/trailing-comma/bad.json")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, "qalint: 2 warnings, more than --max-warnings 1 allows\n", stderr)
	_, stderr, code = qalint(t, "", "check", "--max-warnings", "2", "testdata/rules/trailing-comma/bad.json")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, stderr)
}

func TestMissingPathNamesIt(t *testing.T) {
	_, stderr, code := qalint(t, "", "check", "testdata/nope/settings.json")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "testdata/nope/settings.json")
	assert.NotContains(t, stderr, "goroutine", "no stack trace")
}

func TestStdin(t *testing.T) {
	in, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	out, _, code := qalint(t, string(in), "check", "--format", "json", "-")
	assert.Equal(t, exitFindings, code)
	var rep report.JSONReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.NotEmpty(t, rep.Findings)
	for _, f := range rep.Findings {
		assert.Equal(t, "<stdin>", f.File)
	}
}

func TestDirectoryWalkIsStableAndFiltered(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	good, err := os.ReadFile("testdata/examples/workers-ai-direct.json")
	require.NoError(t, err)
	write("b.json", string(good))
	write("sub/a.jsonc", "// comment\n"+string(good))
	write("sub/c.json5", string(good))
	write("notes.txt", "not json at all")
	write(".git/x.json", "{broken")
	require.NoError(t, os.Symlink(dir, filepath.Join(dir, "sub", "loop")))
	for i := 0; i < 3; i++ { // parallel checking, same order every time
		out, _, code := qalint(t, "", "check", "--format", "json", dir)
		assert.Equal(t, exitOK, code)
		var rep report.JSONReport
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		assert.Equal(t, 3, rep.Summary.Files)
		assert.Equal(t, 3, rep.Summary.Entries)
	}
	// A file named explicitly is read whatever its ending.
	_, _, code := qalint(t, "", "check", filepath.Join(dir, "notes.txt"))
	assert.Equal(t, exitFindings, code)
}

func TestVersion(t *testing.T) {
	out, _, code := qalint(t, "", "--version")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "dev")
}

func TestRulesAndExplain(t *testing.T) {
	out, _, code := qalint(t, "", "rules")
	assert.Equal(t, exitOK, code)
	for _, r := range rules.All {
		assert.Contains(t, out, r.ID)
	}
	out, _, code = qalint(t, "", "explain", "gateway-provider")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, rules.Explain(rules.GatewayProvider), out)
	assert.Contains(t, out, "Bad:")
	assert.Contains(t, out, "Good:")
}

// TestReadmeRuleTableMatchesRegistry keeps README's rule table and rule
// documentation generated from the same source as `qalint explain`.
func TestReadmeRuleTableMatchesRegistry(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	for _, part := range []struct{ name, want string }{
		{"rules", rules.MarkdownTable()},
		{"rule-docs", rules.MarkdownDocs()},
	} {
		begin, end := "<!-- "+part.name+":begin -->\n", "<!-- "+part.name+":end -->"
		s := string(readme)
		i, j := strings.Index(s, begin), strings.Index(s, end)
		require.True(t, i >= 0 && j > i, "README lacks the %s markers", part.name)
		if *update {
			s = s[:i+len(begin)] + part.want + s[j:]
			require.NoError(t, os.WriteFile("README.md", []byte(s), 0o644))
			readme = []byte(s)
			continue
		}
		assert.True(t, part.want == s[i+len(begin):j], "README %s section drifted from the rules; go test -run TestReadme -update rewrites it", part.name)
	}
}

// secretsIn are the made-up credentials in testdata/secrets; the first four
// characters may be shown, nothing after them.
var secretsIn = []string{
	"N2mK9pL4rT8wY3zB6cF1hJ5dG0sA", "q9Wm3Xc7Vb1Nh6Jd4Lf8Gs2Pa0Ry", "m8Np2Qr7St1Uv6Wx0Yz4Ab9Cd5Ef",
	"j7Kl1Mn6Op0Qr5St9Uv3Wx8Yz4Ab", "g2Yh6Uj0Ik4Ol9Pz3Xc7Vb1Nm5Qa", "o8Ji2Hu6Gy0Ft3Dr7Se1Wa5Qz9Xc",
	// hostile.json: credentials in fields that are not for credentials
	"j-Xa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0", "j-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wYz", "Q7RZ4XW2PLM9KTSV", "Pw9xK2mQ7vL4nR8tZ3",
	"m8Np2Qr7St1Uv6Wx0Yz4Ab9Cd5Eg", "8Vw9Xy0Za1Bc2De3Fg4Hi5Jk6Lm7No8P", "d5Rf6Tg7Yh8Uj9Ik0Ol1Pq2Aw3Se4Dr",
	"C5vX6zL7kJ8hG9fD0sA1qW2eR3tY", "SyD4x9Kq2Lm7Np3Rt8Vw1Yz6Bc0Df5Gh2Jk",
}

func TestSecretsNeverPrinted(t *testing.T) {
	for _, format := range outputFormats {
		for _, in := range []string{"testdata/secrets/literal.json", "testdata/secrets/unreadable.js", "testdata/secrets/hostile.json"} {
			t.Run(format+"/"+filepath.Base(in), func(t *testing.T) {
				summary := filepath.Join(t.TempDir(), "summary.md")
				t.Setenv("GITHUB_STEP_SUMMARY", summary)
				out, stderr, code := qalint(t, "", "check", "--format", format, "--color", "always", in)
				assert.Equal(t, exitFindings, code)
				require.NotEmpty(t, out)
				if b, err := os.ReadFile(summary); err == nil {
					out += string(b)
				}
				if format == "text" { // and the diff fix would make
					diff, _, _ := qalint(t, "", "fix", "--diff", in)
					out += diff
				}
				for _, s := range secretsIn {
					assert.False(t, strings.Contains(out+stderr, s), "secret %s…%s printed", s[:4], s[len(s)-4:])
				}
			})
		}
	}
}

// outputFormats lists every --format; the secrets test covers each.
var outputFormats = report.Formats

func bytesReader(s string) *strings.Reader { return strings.NewReader(s) }

func TestMaxSizeRefusesClearly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.json")
	require.NoError(t, os.WriteFile(p, []byte(strings.Repeat(" ", 4096)+"[]"), 0o644))
	_, stderr, code := qalint(t, "", "check", "--max-size", "1024", p)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, p+": too large: 4098 bytes is over the 1024-byte limit (--max-size)")
	_, _, code = qalint(t, "", "check", "--max-size", "8192", p)
	assert.Equal(t, exitOK, code)
}

func TestShellCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		out, _, code := qalint(t, "", "completion", shell)
		assert.Equal(t, exitOK, code, shell)
		assert.Contains(t, out, "qalint", shell)
	}
}
