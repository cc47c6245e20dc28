//go:build unix

// Command measure times commands side by side: every round runs each
// command once, in turn, so that a machine that gets busier or quieter
// during the run affects them all alike. It reports the median wall time,
// the median CPU time (user+sys, from the kernel's accounting of the child)
// and the largest peak resident memory, as a JSON array on standard output.
//
//	measure [-rounds 15] [-warmup 2] [-before CMD [-settle]] [-ok-exit 0,1] [-null NAME,...] NAME=COMMAND...
//
// A COMMAND is split on spaces (no shell); -before runs, untimed, before
// every timed run (to restore files a command rewrites). With -settle, what
// -before wrote is then written out to disk (sync(2)), also untimed: a
// command that syncs the file system (qalint fix) would otherwise pay for
// writing out the copy -before just made, which a user's files, saved long
// ago, do not ask of it. A command that
// exits with a code not in -ok-exit stops the measurement.
//
// A command's standard output is read through a pipe, as a CI log or a
// pre-commit hook reads it, so a command that prints more pays for it
// (qalint check prints 4 MB on the corpus fix repairs); the commands -null
// names write theirs to /dev/null instead.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type result struct {
	Name    string  `json:"name"`
	Command string  `json:"command"`
	WallMs  float64 `json:"wallMs"`    // median
	CPUMs   float64 `json:"cpuMs"`     // median of user+sys
	MaxRSS  int64   `json:"maxRssKiB"` // largest over the rounds
	Rounds  int     `json:"rounds"`
	Null    bool    `json:"stdoutToDevNull,omitempty"` // -null named it: its output went to /dev/null, not a pipe
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is measure with its arguments and outputs; it returns the exit code:
// 0, 1 when a command failed or timed out, 2 for a usage error.
func run(argv []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("measure", flag.ContinueOnError)
	flags.SetOutput(stderr)
	rounds := flags.Int("rounds", 15, "measured rounds")
	warmup := flags.Int("warmup", 2, "unmeasured rounds first")
	before := flags.String("before", "", "command run, untimed, before every run")
	settle := flags.Bool("settle", false, "after -before, write what it wrote out to disk (sync), untimed")
	okExit := flags.String("ok-exit", "0", "exit codes that count as success, comma-separated")
	timeout := flags.Duration("timeout", 2*time.Minute, "a run (or -before command) taking longer is killed and fails the measurement")
	null := flags.String("null", "", "commands (by NAME, comma-separated) whose standard output goes to /dev/null rather than a pipe")
	if err := flags.Parse(argv); err != nil {
		return 2
	}
	toNull := map[string]bool{}
	for _, n := range strings.Split(*null, ",") {
		if n = strings.TrimSpace(n); n != "" {
			toNull[n] = true
		}
	}
	if *rounds < 1 || *warmup < 0 || *timeout <= 0 {
		fmt.Fprintln(stderr, "measure: -rounds must be at least 1, -warmup at least 0, -timeout more than 0")
		return 2
	}
	ok := map[int]bool{}
	for _, c := range strings.Split(*okExit, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 0 || n > 255 {
			fmt.Fprintf(stderr, "measure: -ok-exit wants exit codes (0-255) separated by commas, got %q\n", *okExit)
			return 2
		}
		ok[n] = true
	}
	type cmd struct{ name, line string }
	var cmds []cmd
	for _, a := range flags.Args() {
		name, line, ok := strings.Cut(a, "=")
		if !ok || strings.TrimSpace(name) == "" || strings.TrimSpace(line) == "" {
			fmt.Fprintln(stderr, "measure: want NAME=COMMAND, got", a)
			return 2
		}
		cmds = append(cmds, cmd{name, line})
	}
	if len(cmds) == 0 {
		fmt.Fprintln(stderr, "measure: no NAME=COMMAND to time")
		return 2
	}
	for i, c := range cmds {
		if slices.ContainsFunc(cmds[:i], func(o cmd) bool { return o.name == c.name }) {
			fmt.Fprintf(stderr, "measure: two commands are named %s\n", c.name)
			return 2
		}
	}
	for n := range toNull {
		if !slices.ContainsFunc(cmds, func(c cmd) bool { return c.name == n }) {
			fmt.Fprintf(stderr, "measure: -null names %s, which is no command's NAME\n", n)
			return 2
		}
	}
	wall := make([][]float64, len(cmds))
	cpu := make([][]float64, len(cmds))
	rss := make([]int64, len(cmds))
	for round := 0; round < *warmup+*rounds; round++ {
		for i, c := range cmds {
			if b := strings.Fields(*before); len(b) > 0 {
				ctx, cancel := context.WithTimeout(context.Background(), *timeout)
				out, err := exec.CommandContext(ctx, b[0], b[1:]...).CombinedOutput()
				cancel()
				if err != nil {
					fmt.Fprintf(stderr, "measure: -before: %v\n%s", err, out)
					return 1
				}
				if *settle {
					syscall.Sync()
				}
			}
			args := strings.Fields(c.line)
			ctx, cancel := context.WithTimeout(context.Background(), *timeout)
			x := exec.CommandContext(ctx, args[0], args[1:]...)
			var out []byte
			var err error
			start := time.Now()
			if toNull[c.name] {
				var stderr bytes.Buffer // (shown if it fails; standard output unset: /dev/null)
				x.Stderr = &stderr
				err = x.Run()
				out = stderr.Bytes()
			} else {
				out, err = x.CombinedOutput()
			}
			elapsed := time.Since(start)
			timedOut := ctx.Err() != nil
			cancel()
			if timedOut {
				fmt.Fprintf(stderr, "measure: %s: killed after %v (-timeout)\n", c.name, *timeout)
				return 1
			}
			if err != nil && !ok[x.ProcessState.ExitCode()] {
				fmt.Fprintf(stderr, "measure: %s: %v\n%s", c.name, err, out)
				return 1
			}
			if round < *warmup {
				continue
			}
			ru := x.ProcessState.SysUsage().(*syscall.Rusage)
			wall[i] = append(wall[i], float64(elapsed.Microseconds())/1000)
			cpu[i] = append(cpu[i], float64((x.ProcessState.UserTime()+x.ProcessState.SystemTime()).Microseconds())/1000)
			rss[i] = max(rss[i], ru.Maxrss)
		}
	}
	var out []result
	for i, c := range cmds {
		out = append(out, result{Name: c.name, Command: c.line, WallMs: median(wall[i]), CPUMs: median(cpu[i]), MaxRSS: rss[i], Rounds: *rounds, Null: toNull[c.name]})
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(stderr, "measure:", err)
		return 1
	}
	return 0
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
