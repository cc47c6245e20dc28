package main

import (
	"context"

	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/reader"
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
			sniffFlag,
			configFlag,
			maxSizeFlag,
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			ctx, stop := interruptible(ctx) // SIGINT/SIGTERM/SIGHUP/SIGPIPE: finish cleanly, then exit 128+N
			defer stop()
			paths, err := pathsOf(cmd)
			if err != nil {
				return err
			}
			linter, err := newLinter(cmd)
			if err != nil {
				return err
			}
			linter.Prepare = prepareLongRun // (a long run's heap, as check's)
			st, err := fix.Run(ctx, linter, paths, fix.Options{
				Check: cmd.Bool("check"), Diff: cmd.Bool("diff"), Verbose: cmd.Bool("verbose"),
				Unfixable: printUnfixable,
				Left: func(path string, data []byte, read *reader.Result, unfixed bool) (string, int) {
					return errorsLeft(linter, path, data, read, unfixed)
				},
			}, cmd.Root().Writer, cmd.Root().ErrWriter)
			if sigCode, sig, ok := stoppedBy(ctx, err); ok {
				return cli.Exit("interrupted by "+sig+": "+afterStop(cmd, st, err), sigCode)
			}
			code := exitOK
			switch {
			case err != nil:
				return cli.Exit("writing the output: "+err.Error()+"; "+afterStop(cmd, st, err), exitUsage)
			case st.Failed:
				code = exitUsage
			case st.Pending:
				code = exitFindings
			}
			return exitWith(code)
		},
	}
}

// afterStop says what a fix run stopped early (by a signal, or by its
// output failing, err) leaves behind.
func afterStop(cmd *cli.Command, st fix.Status, err error) string {
	switch {
	case cmd.Bool("check") || cmd.Bool("diff"):
		if err != nil {
			return "nothing was written, and the list stopped where the output failed"
		}
		return "nothing was written"
	case st.TextCut:
		// (an outside tester's `fix - DIR | head -c 10` named none of the 255 files it fixed)
		return "standard output failed, so the fixed text of standard input there is incomplete; every file is whole, old or fixed, the files fixed are listed on standard error, and no file was started after the failure"
	case st.OutputFailed:
		// (an outside tester's `fix | head -1` listed 1 of 66 files fixed)
		return "every file is whole, old or fixed; standard output failed, so the files fixed after that are listed on standard error, and no file was started after it; `qalint fix --check` names the files still to fix"
	case err != nil:
		return "every file is whole, old or fixed, but the list of fixed files stopped where the output failed; `qalint fix --check` names the files still to fix"
	}
	return "the files listed as fixed are fixed, the others unchanged"
}
