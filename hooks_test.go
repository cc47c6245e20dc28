package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

type hook struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Entry    string   `yaml:"entry"`
	Language string   `yaml:"language"`
	Files    string   `yaml:"files"`
	Types    []string `yaml:"types"`
	Stages   []string `yaml:"stages"`
}

func TestPreCommitHooksManifest(t *testing.T) {
	b, err := os.ReadFile(".pre-commit-hooks.yaml")
	require.NoError(t, err)
	var hooks []hook
	require.NoError(t, yaml.Unmarshal(b, &hooks))
	byID := map[string]hook{}
	for _, h := range hooks {
		byID[h.ID] = h
		assert.Equal(t, "golang", h.Language, h.ID)
		assert.NotEmpty(t, h.Name, h.ID)
		re, err := regexp.Compile(h.Files)
		require.NoError(t, err, h.ID)
		for _, name := range []string{"aiAssistants.json", "config/ai-assistants.jsonc", "qarbine-ai.js", "AI_Assistant.json5",
			"prod.aiAssistants.mjs", "settings/ai assistants.txt", "qarbine_settings.cjs", "QarbineAssistants.json", "deploy/qarbine/aiAssistants.js"} {
			assert.True(t, re.MatchString(name), "%s should match %s", h.ID, name)
		}
		for _, name := range []string{"package.json", "tsconfig.json", "README.md", "aiAssistants.md", "qarbine.json",
			"qarbine-logo.json", "src/qarbine/package.json", "qarbine-reports/index.js", "qarbine.config.js", "docs/qarbine-install.txt",
			"aiAssistants.json/README.md", "paid-assistant.json"} {
			assert.False(t, re.MatchString(name), "%s should not match %s", h.ID, name)
		}
	}
	assert.Equal(t, "qalint check", byID["qalint"].Entry)
	assert.Equal(t, "qalint fix", byID["qalint-fix"].Entry)
	assert.Equal(t, "qalint probe", byID["qalint-probe"].Entry)
	assert.Equal(t, []string{"manual"}, byID["qalint-probe"].Stages, "probing needs credentials: manual stage only")
}

// TestPreCommitRunsTheHook drives the real pre-commit tool (installed by
// .ci/run from Debian's packages) against a throw-away repository. The
// hooks come from a committed copy of this checkout (uncommitted changes
// included), pinned in .pre-commit-config.yaml, so pre-commit builds them
// once for all the runs below. Modules come from the local cache with
// GOPROXY=off, so nothing is downloaded.
func TestPreCommitRunsTheHook(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (apt-get install pre-commit); the manifest test above still checks the fields")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	out, err := exec.Command("pre-commit", "validate-manifest", ".pre-commit-hooks.yaml").CombinedOutput()
	require.NoError(t, err, string(out))

	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	require.NoError(t, err)
	gitIn := func(dir string, args ...string) string {
		cmd := exec.Command("git", append([]string{"-c", "user.email=ci@example.invalid", "-c", "user.name=ci"}, args...)...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
		return strings.TrimSpace(string(out))
	}

	hooks := t.TempDir()
	self, err := filepath.Abs(".")
	require.NoError(t, err)
	require.NoError(t, filepath.WalkDir(self, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(self, path)
		if d.IsDir() {
			if d.Name() == ".git" || rel == "testdata" || rel == "bench" {
				return fs.SkipDir // not needed to build the binary
			}
			return os.MkdirAll(filepath.Join(hooks, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(hooks, rel), b, 0o644)
	}))
	gitIn(hooks, "init", "-q")
	gitIn(hooks, "add", ".")
	gitIn(hooks, "commit", "-qm", "hooks")
	rev := gitIn(hooks, "rev-parse", "HEAD")

	repo := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(repo, to), b, 0o644))
	}
	copyFile("testdata/examples/cloudflare-template.json", "aiAssistants.json")
	copyFile("testdata/examples/workers-ai-direct.json", "ai-assistants-ok.json")
	require.NoError(t, os.WriteFile(filepath.Join(repo, "qarbine-ai.json"), []byte(curly), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "qarbine-logo.json"), []byte(curly), 0o644)) // not settings-like: never touched
	require.NoError(t, os.WriteFile(filepath.Join(repo, ".pre-commit-config.yaml"), []byte(fmt.Sprintf(
		"repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: qalint\n      - id: qalint-fix\n", hooks, rev)), 0o644))
	gitIn(repo, "init", "-q")
	gitIn(repo, "add", ".")
	gitIn(repo, "commit", "-qm", "settings")
	home := t.TempDir() // one for all runs: the hooks are built once
	runHook := func(hook string, files ...string) (string, error) {
		cmd := exec.Command("pre-commit", append([]string{"run", hook, "--files"}, files...)...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+home,
			"GOPROXY=off", "GOFLAGS=-mod=mod", "GOMODCACHE="+strings.TrimSpace(string(modcache)), "NO_COLOR=1")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	check := func(files ...string) (string, error) { return runHook("qalint", files...) }
	out2, err := check("ai-assistants-ok.json")
	require.NoError(t, err, out2)
	assert.Contains(t, out2, "qalint check")
	assert.Contains(t, out2, "Passed")

	out2, err = check("aiAssistants.json")
	require.Error(t, err, "the hook fails on the template")
	assert.Contains(t, out2, "aiAssistants.json:4:13: error: myCloudflare: account still holds the documentation's placeholder \"1234567890ABC\"")

	// qalint-fix through the real pre-commit: the first run rewrites the
	// curly quotes and fails, as pre-commit does for a hook that modified
	// files; the second passes. A file whose name is not settings-like is
	// not passed to the hook at all.
	out2, err = runHook("qalint-fix", "qarbine-ai.json", "qarbine-logo.json")
	require.Error(t, err, "files were modified: "+out2)
	assert.Contains(t, out2, "qalint fix")
	assert.Contains(t, out2, "qarbine-ai.json: fixed 2 curly quotes, 2 trailing commas")
	fixed, err := os.ReadFile(filepath.Join(repo, "qarbine-ai.json"))
	require.NoError(t, err)
	assert.Equal(t, "[\n  {\n    \"type\": \"OpenAI\",\n    \"alias\": \"cf\"\n  }\n]\n", string(fixed))
	untouched, err := os.ReadFile(filepath.Join(repo, "qarbine-logo.json"))
	require.NoError(t, err)
	assert.Equal(t, curly, string(untouched))
	out2, err = runHook("qalint-fix", "qarbine-ai.json", "qarbine-logo.json")
	require.NoError(t, err, out2)
	assert.Contains(t, out2, "Passed")

	// The README's widened pattern names every candidate; with --sniff a
	// package.json is skipped, not linted (an outside tester's widened hook
	// failed every commit that touched package.json), and settings under any
	// name are still checked.
	require.NoError(t, os.WriteFile(filepath.Join(repo, "package.json"), []byte(`{"name": "x", "version": "1.4.1", "type": "module"}`), 0o644))
	copyFile("testdata/examples/cloudflare-template.json", "exports-prod.txt")
	require.NoError(t, os.WriteFile(filepath.Join(repo, "wide.yaml"), []byte(fmt.Sprintf(
		"repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: qalint\n        files: '\\.(json|jsonc|json5|js|mjs|cjs|txt)$'\n        args: [--sniff]\n", hooks, rev)), 0o644))
	wide := func(files ...string) (string, error) {
		cmd := exec.Command("pre-commit", append([]string{"run", "-c", "wide.yaml", "qalint", "--files"}, files...)...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+home,
			"GOPROXY=off", "GOFLAGS=-mod=mod", "GOMODCACHE="+strings.TrimSpace(string(modcache)), "NO_COLOR=1")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out2, err = wide("package.json", "ai-assistants-ok.json")
	require.NoError(t, err, out2)
	assert.Contains(t, out2, "Passed")
	out2, err = wide("package.json", "exports-prod.txt")
	require.Error(t, err, out2)
	assert.Contains(t, out2, "exports-prod.txt:4:13: error:")
	assert.NotContains(t, out2, "package.json:")
}

func TestActionDefinition(t *testing.T) {
	b, err := os.ReadFile("action.yml")
	require.NoError(t, err)
	var action struct {
		Name   string         `yaml:"name"`
		Inputs map[string]any `yaml:"inputs"`
		Runs   struct {
			Using string `yaml:"using"`
			Steps []struct {
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				Env  map[string]string `yaml:"env"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	require.NoError(t, yaml.Unmarshal(b, &action))
	assert.Equal(t, "composite", action.Runs.Using)
	for _, in := range []string{"paths", "sarif", "args", "version"} {
		assert.Contains(t, action.Inputs, in)
	}
	var installs, checks bool
	for _, s := range action.Runs.Steps {
		assert.NotContains(t, s.Run, "${{", "inputs travel in env, never spliced into a script")
		installs = installs || strings.Contains(s.Run, "go install \"github.com/qalint/qalint@${QALINT_VERSION}\"")
		checks = checks || strings.Contains(s.Run, "qalint check --format github")
	}
	assert.True(t, installs, "installs qalint with go install at the action's ref")
	assert.True(t, checks, "runs qalint check with annotations")
	assert.Contains(t, string(b), "github.action_ref")
}

// buildQalint builds the binary once per test into a folder to put on PATH.
func buildQalint(t *testing.T) string {
	t.Helper()
	bin := t.TempDir()
	out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "qalint"), ".").CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}

// TestActionScriptRunsAsTheRunnerDoes runs the action's check step the way
// the runner does: its env mapping evaluated with the inputs given (or
// their defaults), INPUT_* variables set, the script run by
// `bash --noprofile --norc -eo pipefail` in the repository with
// GITHUB_ACTIONS and GITHUB_STEP_SUMMARY set.
func TestActionScriptRunsAsTheRunnerDoes(t *testing.T) {
	b, err := os.ReadFile("action.yml")
	require.NoError(t, err)
	var action struct {
		Inputs map[string]struct {
			Default string `yaml:"default"`
		} `yaml:"inputs"`
		Runs struct {
			Steps []struct {
				Name string            `yaml:"name"`
				Run  string            `yaml:"run"`
				Env  map[string]string `yaml:"env"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	require.NoError(t, yaml.Unmarshal(b, &action))
	var script string
	var stepEnv map[string]string
	for _, s := range action.Runs.Steps {
		if s.Name == "qalint check" {
			script, stepEnv = s.Run, s.Env
		}
	}
	require.NotEmpty(t, script, "the action has a step named \"qalint check\"")

	bin := buildQalint(t)
	repo := fixtureRepo(t)
	expr := regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)
	inputRef := regexp.MustCompile(`^inputs\.([A-Za-z0-9_-]+)$`)
	runStep := func(inputs map[string]string) (stdout, summary string, code int) {
		t.Helper()
		env := append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "GITHUB_ACTIONS=true", "NO_COLOR=1")
		summaryFile := filepath.Join(t.TempDir(), "summary.md")
		env = append(env, "GITHUB_STEP_SUMMARY="+summaryFile)
		value := func(name string) string {
			if v, ok := inputs[name]; ok {
				return v
			}
			return action.Inputs[name].Default
		}
		for name := range action.Inputs {
			env = append(env, "INPUT_"+strings.ToUpper(strings.ReplaceAll(name, " ", "_"))+"="+value(name))
		}
		for k, v := range stepEnv {
			env = append(env, k+"="+expr.ReplaceAllStringFunc(v, func(m string) string {
				ref := inputRef.FindStringSubmatch(expr.FindStringSubmatch(m)[1])
				require.NotNil(t, ref, "the test evaluates only ${{ inputs.NAME }}, not %s", m)
				return value(ref[1])
			}))
		}
		f := filepath.Join(t.TempDir(), "step.sh")
		require.NoError(t, os.WriteFile(f, []byte(script), 0o644))
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", f)
		cmd.Dir, cmd.Env = repo, env
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		code = 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		s, _ := os.ReadFile(summaryFile)
		return out.String(), string(s), code
	}

	t.Run("defaults walk the repository", func(t *testing.T) {
		out, summary, code := runStep(nil)
		assert.Equal(t, exitFindings, code, out)
		assert.Contains(t, out, "::error file=aiAssistants.js,line=6,col=14,")
		assert.Contains(t, out, "in 3 files (3 entries); 7 other files skipped")
		assert.Contains(t, out, "::warning file=config/prod/.ai-assistants.json.qalint-1a2b3c,title=qalint%3A a copy a stopped fix left::a temporary copy", "a leftover copy is an annotation")
		assert.NotContains(t, out, "qalint: warning: config/prod/", "once")
		assert.NotContains(t, out, "package.json")
		assert.Contains(t, summary, "| aiAssistants.js | 6 | 14 | error | `placeholder` |")
	})

	t.Run("several paths, one per line", func(t *testing.T) {
		out, _, code := runStep(map[string]string{"paths": "config/prod/ai-assistants.json\r\n  config/régions/ai assistants.jsonc  \n\n"})
		assert.Equal(t, exitOK, code, out)
		assert.Contains(t, out, "::warning file=config/régions/ai assistants.jsonc,line=9,col=17,")
		assert.Contains(t, out, "in 2 files (2 entries)")
	})

	t.Run("sarif and args", func(t *testing.T) {
		out, _, code := runStep(map[string]string{"paths": "config/régions/ai assistants.jsonc", "sarif": "report.sarif", "args": "--max-warnings 0"})
		assert.Equal(t, exitFindings, code, out)
		b, err := os.ReadFile(filepath.Join(repo, "report.sarif"))
		require.NoError(t, err)
		assert.Contains(t, string(b), `"uri": "config/r%C3%A9gions/ai%20assistants.jsonc"`)
	})
}
