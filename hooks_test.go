package main

import (
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
		for _, name := range []string{"aiAssistants.json", "config/ai-assistants.jsonc", "qarbine-ai.js", "AI_Assistant.json5"} {
			assert.True(t, re.MatchString(name), "%s should match %s", h.ID, name)
		}
		for _, name := range []string{"package.json", "tsconfig.json", "README.md"} {
			assert.False(t, re.MatchString(name), "%s should not match %s", h.ID, name)
		}
	}
	assert.Equal(t, "qalint check", byID["qalint"].Entry)
	assert.Equal(t, "qalint fix", byID["qalint-fix"].Entry)
	assert.Equal(t, "qalint probe", byID["qalint-probe"].Entry)
	assert.Equal(t, []string{"manual"}, byID["qalint-probe"].Stages, "probing needs credentials: manual stage only")
}

// TestPreCommitRunsTheHook drives the real pre-commit tool (installed by
// .ci/run from Debian's packages) against a throw-away repository. Modules
// come from the local cache with GOPROXY=off, so nothing is downloaded.
func TestPreCommitRunsTheHook(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (apt-get install pre-commit); the manifest test above still checks the fields")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	self, err := filepath.Abs(".")
	require.NoError(t, err)
	if _, err := os.Stat(filepath.Join(self, ".git")); err != nil {
		t.Skip("not a git checkout; pre-commit try-repo needs one")
	}
	out, err := exec.Command("pre-commit", "validate-manifest", ".pre-commit-hooks.yaml").CombinedOutput()
	require.NoError(t, err, string(out))

	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	require.NoError(t, err)
	repo := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(repo, to), b, 0o644))
	}
	copyFile("testdata/examples/cloudflare-template.json", "aiAssistants.json")
	copyFile("testdata/examples/workers-ai-direct.json", "ai-assistants-ok.json")
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-c", "user.email=ci@example.invalid", "-c", "user.name=ci"}, args...)...)
		cmd.Dir = repo
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-qm", "settings")
	tryRepo := func(files ...string) (string, error) {
		cmd := exec.Command("pre-commit", append([]string{"try-repo", self, "qalint", "--files"}, files...)...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(repo, ".pre-commit-home"),
			"GOPROXY=off", "GOFLAGS=-mod=mod", "GOMODCACHE="+strings.TrimSpace(string(modcache)), "NO_COLOR=1")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out2, err := tryRepo("ai-assistants-ok.json")
	require.NoError(t, err, out2)
	assert.Contains(t, out2, "qalint check")
	assert.Contains(t, out2, "Passed")

	out2, err = tryRepo("aiAssistants.json")
	require.Error(t, err, "the hook fails on the template")
	assert.Contains(t, out2, "aiAssistants.json:4:13: error: account is a template placeholder")
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
