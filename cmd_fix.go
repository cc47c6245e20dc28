package main

import (
	"context"
	"fmt"

	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/urfave/cli/v3"
)

func fixCommand() *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "rewrite what is safely fixable (curly quotes, template literals, trailing commas, control characters, a BOM, UTF-16) in place, keeping everything else; then name the errors left for you",
		ArgsUsage: "[PATH|DIR|-]...",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "check", Usage: "write nothing; exit 1 if anything would change (errors left by hand do not count)"},
			&cli.BoolFlag{Name: "diff", Usage: "print a unified diff instead of writing (with --check: and exit 1 if anything would change)"},
			verboseFlag,
			configFlag,
			maxSizeFlag,
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			ctx, stop := interruptible(ctx) // SIGINT/SIGTERM: finish cleanly, then exit 130/143
			defer stop()
			paths, err := pathsOf(cmd)
			if err != nil {
				return err
			}
			out, stderr := cmd.Root().Writer, cmd.Root().ErrWriter
			linter, err := newLinter(cmd)
			if err != nil {
				return err
			}
			inputs, errs := linter.Inputs(paths)
			code := exitOK
			for _, e := range errs {
				fmt.Fprintln(stderr, "qalint: "+e.Error())
				code = exitUsage
			}
			for _, in := range inputs {
				if ctx.Err() != nil { // SIGINT or SIGTERM: every file written so far is whole; stop here
					break
				}
				path := in.Path
				src, skipped, err := linter.Load(in)
				if err != nil {
					fmt.Fprintln(stderr, "qalint: "+err.Error())
					code = exitUsage
					continue
				}
				if skipped != "" {
					if cmd.Bool("verbose") {
						fmt.Fprintf(stderr, "qalint: skipped %s: %s\n", path, skipped)
					}
					continue
				}
				// What remains for the user goes to standard error when
				// standard output carries the fixed file or a patch.
				notes := out
				if path == lint.StdinName || cmd.Bool("diff") {
					notes = stderr
				}
				res, err := fix.Text(path, src)
				if err != nil {
					printUnfixable(stderr, path, err)
					if left, _ := errorsLeft(linter, path, src, true); left != "" {
						fmt.Fprintln(notes, left)
					}
					code = max(code, exitFindings)
					continue
				}
				switch {
				case path == lint.StdinName && !cmd.Bool("check") && !cmd.Bool("diff"):
					_, err = out.Write(res.Output)
				case !res.Changed():
				case cmd.Bool("diff"):
					err = fix.Diff(out, path, src, res.Output)
					if cmd.Bool("check") {
						code = max(code, exitFindings)
					}
				case cmd.Bool("check"):
					fmt.Fprintf(out, "%s: would fix %s\n", path, res.Summary())
					code = max(code, exitFindings)
				default:
					if err = fix.WriteAtomic(fix.OS{}, path, src, res.Output, paths...); err == nil {
						fmt.Fprintf(out, "%s: fixed %s\n", path, res.Summary())
					}
				}
				if err != nil {
					fmt.Fprintf(stderr, "qalint: %s: %v\n", path, err)
					code = exitUsage
					continue
				}
				// fix --check keeps its contract: exit 1 only for pending
				// changes. Otherwise an error left is a finding.
				if left, n := errorsLeft(linter, path, res.Output, false); left != "" {
					fmt.Fprintln(notes, left)
					if n > 0 && !cmd.Bool("check") {
						code = max(code, exitFindings)
					}
				}
			}
			if sigCode, sig, ok := interruptCode(ctx); ok {
				return cli.Exit("interrupted by "+sig+": the files listed as fixed are fixed, the others unchanged", sigCode)
			}
			return exitWith(code)
		},
	}
}
