package main

import (
	"fmt"
	"io"
	"os"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/untrusted"
	"github.com/urfave/cli/v3"
)

// outputsOf are the files a run writes to: standard output and error when
// redirected to files, and check's --output when it exists (the last
// run's report: a text report quotes settings lines, and an outside
// tester's second run linted it). A run never reads them.
func outputsOf(cmd *cli.Command) []os.FileInfo {
	out := regularFiles(cmd.Root().Writer, cmd.Root().ErrWriter)
	if name := cmd.String("output"); name != "" {
		if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
			out = append(out, st)
		}
	}
	return out
}

// regularFiles are the stats of those writers that are files.
func regularFiles(writers ...io.Writer) []os.FileInfo {
	var out []os.FileInfo
	for _, w := range writers {
		if f, ok := w.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				out = append(out, st)
			}
		}
	}
	return out
}

// refuseOutputsNamed ends a run, before it reads or writes anything, when
// a file it is named to read (standard input included) is one its output
// goes to: `check v.json >> v.json` refused to read v.json and then
// appended its report to it, and `check --output v.json v.json` replaced
// it with the report (an outside tester). When standard error is that
// file, not even the reason is written to it.
func refuseOutputsNamed(cmd *cli.Command, l *lint.Linter) error {
	paths, err := pathsOf(cmd)
	if err != nil {
		return err
	}
	for _, p := range paths {
		is, size := l.IsOutput(p)
		if !is {
			continue
		}
		name := untrusted.Path(p)
		if p == "-" {
			name = "standard input"
		}
		if toErr, _ := (&lint.Linter{Stdin: l.Stdin, Outputs: regularFiles(cmd.Root().ErrWriter)}).IsOutput(p); toErr {
			return cli.Exit("", exitUsage)
		}
		return cli.Exit(fmt.Sprintf("%s: this run's output goes to it (standard output or error redirected to the file, or --output); nothing was read or written%s",
			name, lint.EmptiedHint(size)), exitUsage)
	}
	return nil
}
