package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/probe/probetest"
)

var (
	builtOnce sync.Once
	builtPath string
	builtErr  error
)

// binary builds qalint once per test run: signals are only seen by a real
// process.
func binary(t *testing.T) string {
	t.Helper()
	builtOnce.Do(func() {
		dir, err := os.MkdirTemp("", "qalint-signal-test")
		if err != nil {
			builtErr = err
			return
		}
		builtPath = filepath.Join(dir, "qalint")
		out, err := exec.Command("go", "build", "-o", builtPath, ".").CombinedOutput()
		if err != nil {
			builtErr = fmt.Errorf("%v: %s", err, out)
		}
	})
	require.NoError(t, builtErr)
	return builtPath
}

// exitCode waits for cmd and returns its exit code.
func exitCode(t *testing.T, cmd *exec.Cmd) int {
	err := cmd.Wait()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	require.NoError(t, err)
	return 0
}

func TestProbeFinishesItsReportOnASignal(t *testing.T) {
	for _, tc := range []struct {
		sig    syscall.Signal
		code   int
		format string
	}{{syscall.SIGINT, 130, "text"}, {syscall.SIGTERM, 143, "json"}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			f := probetest.New(t)
			var entries []string
			for i := 0; i < 3; i++ {
				entries = append(entries, fmt.Sprintf(`{"type": "Cloudflare", "alias": "hang%d", "account": %q, "apiKey": "${CF_API_TOKEN}", "model1": "@cf/test/hang", "model2": "@cf/test/hang"}`, i, probetest.Account))
			}
			path := filepath.Join(t.TempDir(), "s.json")
			require.NoError(t, os.WriteFile(path, []byte("["+strings.Join(entries, ",")+"]"), 0o644))
			cmd := exec.Command(binary(t), "probe", "--format", tc.format, "--concurrency", "2", "--timeout", "1h",
				"--cloudflare-api", f.URL+"/client/v4", "--allow-host", strings.TrimPrefix(f.URL, "http://"), path)
			cmd.Env = append(os.Environ(), "CF_API_TOKEN="+probetest.Token)
			var out, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &stderr
			require.NoError(t, cmd.Start())
			for i := 0; len(f.Requests()) < 2; i++ { // two probes in flight, four waiting
				// Not stderr.String() here: arguments are evaluated on every
				// pass, reading the buffer while the process writes to it.
				require.Less(t, i, 6000, "the probe never sent its requests")
				time.Sleep(10 * time.Millisecond)
			}
			require.NoError(t, cmd.Process.Signal(tc.sig))
			assert.Equal(t, tc.code, exitCode(t, cmd), stderr.String())
			assert.Contains(t, stderr.String(), "interrupted by SIG")
			assert.Len(t, f.Requests(), 2, "nothing more was sent")
			if tc.format == "json" {
				var rep struct {
					Results []struct{ Status string } `json:"results"`
				}
				require.NoError(t, json.Unmarshal(out.Bytes(), &rep), out.String())
				require.Len(t, rep.Results, 6)
				for _, r := range rep.Results {
					assert.Equal(t, "interrupted", r.Status)
				}
				return
			}
			assert.Len(t, regexp.MustCompile(`(completion|embedding)\s+interrupted\s+-`).FindAllString(out.String(), -1), 6, out.String())
			assert.Equal(t, 2, strings.Count(out.String(), "interrupted before an answer came"), out.String())
			assert.Contains(t, out.String(), "6 probes: 6 interrupted")
		})
	}
}

// However fix is stopped mid-run — Ctrl-C, a closed terminal, or a reader
// such as `| head -1` that exits — every file is old or fully fixed, no
// temporary file is left, and the exit code is the shell's 128+N.
func TestFixLeavesEveryFileOldOrNewOnASignal(t *testing.T) {
	for _, tc := range []struct {
		name string
		stop func(p *os.Process, stdout io.Closer) error
		code int
	}{
		{"SIGINT", func(p *os.Process, _ io.Closer) error { return p.Signal(syscall.SIGINT) }, 130},
		{"SIGHUP", func(p *os.Process, _ io.Closer) error { return p.Signal(syscall.SIGHUP) }, 129},
		{"the reader of its output exits", func(_ *os.Process, stdout io.Closer) error { return stdout.Close() }, 141},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			const n = 400
			old := `[{"type": “Cloudflare”, "alias": “cf”, "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}"}]`
			fixed := `[{"type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}"}]`
			for i := 0; i < n; i++ {
				require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%03d.json", i)), []byte(old), 0o644))
			}
			cmd := exec.Command(binary(t), "fix", dir)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			require.NoError(t, err)
			require.NoError(t, cmd.Start())
			var out strings.Builder
			first, read := make(chan struct{}), make(chan struct{})
			go func() {
				defer close(read)
				sc := bufio.NewScanner(stdout)
				for sc.Scan() {
					if out.Len() == 0 {
						close(first)
					}
					out.WriteString(sc.Text() + "\n")
				}
			}()
			select { // stop it in the middle of the run
			case <-first:
			case <-read:
				t.Fatalf("fix ended without fixing anything: %s", stderr.String())
			}
			require.NoError(t, tc.stop(cmd.Process, stdout))
			<-read
			code := exitCode(t, cmd)
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			assert.Len(t, entries, n, "no temporary file is left")
			news := 0
			for _, e := range entries {
				b, err := os.ReadFile(filepath.Join(dir, e.Name()))
				require.NoError(t, err)
				switch string(b) {
				case fixed:
					news++
				case old:
				default:
					t.Errorf("%s is neither old nor new: %q", e.Name(), b)
				}
			}
			if news == n {
				t.Skip("the run finished before the signal came")
			}
			assert.Equal(t, tc.code, code, stderr.String())
			if tc.code != 141 { // with the pipe closed, some lines could not be read
				assert.Equal(t, news, strings.Count(out.String(), ": fixed "), "every file reported fixed is, and no other")
			}
		})
	}
}

func TestProbeRefusesToProbeNothing(t *testing.T) {
	_, path, allow := probeSetup(t)
	_, stderr, code := qalint(t, "", append(append([]string{"probe"}, allow...), "--only", "no-such-alias", path)...)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `--only "no-such-alias": no entry has this alias; nothing was probed`)

	empty := filepath.Join(t.TempDir(), "empty.json")
	require.NoError(t, os.WriteFile(empty, []byte("[]"), 0o644))
	_, stderr, code = qalint(t, "", "probe", empty)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, "nothing to probe: 0 entries found in 1 inputs")

	for _, flag := range [][]string{{"--timeout", "-1s"}, {"--concurrency", "-3"}, {"--deadline", "-5s"}} {
		_, stderr, code = qalint(t, "", append(append([]string{"probe"}, flag...), path)...)
		assert.Equal(t, exitUsage, code, flag)
		assert.Contains(t, stderr, "cannot be negative", flag)
	}
}
