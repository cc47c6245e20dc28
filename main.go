// Command qalint validates, lints, fixes and probes Qarbine AI Assistant
// settings. This file is the command line only: flags, commands and exit
// codes; the work is done in internal/ and rules/.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v3"
	"golang.org/x/term"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/rules"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// Exit codes are a contract: 0 clean, 1 findings, 2 usage or I/O error.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

func main() {
	os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program with its streams injected, so tests drive it in
// process (actionlint's Command pattern).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.Run(ctx, args)
	if err == nil {
		return exitOK
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		if msg := ec.Error(); msg != "" {
			fmt.Fprintln(stderr, "qalint: "+msg)
		}
		return ec.ExitCode()
	}
	fmt.Fprintln(stderr, "qalint: "+err.Error())
	return exitUsage
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:                  "qalint",
		Usage:                 "validate, lint, fix and probe Qarbine AI Assistant settings",
		Version:               buildVersion(),
		Reader:                stdin,
		Writer:                stdout,
		ErrWriter:             stderr,
		EnableShellCompletion: true,
		ExitErrHandler:        func(context.Context, *cli.Command, error) {}, // run() reports and exits
		OnUsageError: func(_ context.Context, _ *cli.Command, err error, _ bool) error {
			return cli.Exit(err.Error(), exitUsage)
		},
		Commands: []*cli.Command{
			checkCommand(),
			rulesCommand(),
			explainCommand(),
		},
	}
}

func buildVersion() string {
	if version != "dev" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return version
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "lint settings files, directories or standard input (-)",
		ArgsUsage: "[PATH|DIR|-]...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: text or json"},
			&cli.IntFlag{Name: "max-warnings", Value: -1, Usage: "exit 1 when there are more than `N` warnings (-1: no limit)"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text output: auto, always or never (NO_COLOR is honoured)"},
			&cli.Int64Flag{Name: "max-size", Value: lint.DefaultMaxBytes, Usage: "refuse inputs larger than `BYTES`"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			paths := cmd.Args().Slice()
			if len(paths) == 0 {
				return cli.Exit("check needs a file, a directory or - for standard input", exitUsage)
			}
			format := cmd.String("format")
			if format != "text" && format != "json" {
				return cli.Exit(fmt.Sprintf("unknown --format %q: use text or json", format), exitUsage)
			}
			color, err := useColor(cmd.String("color"), cmd.Root().Writer)
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			linter := &lint.Linter{Stdin: cmd.Root().Reader, MaxBytes: cmd.Int64("max-size")}
			results := linter.Files(paths)

			code := exitOK
			for _, r := range results {
				if r.Err != nil {
					fmt.Fprintln(cmd.Root().ErrWriter, "qalint: "+r.Err.Error())
					code = exitUsage
				}
			}
			out := cmd.Root().Writer
			if format == "json" {
				err = report.JSON(out, results)
			} else {
				err = report.Text(out, results, report.TextOptions{Color: color})
			}
			if err != nil {
				return cli.Exit("writing the report: "+err.Error(), exitUsage)
			}
			if code != exitOK {
				return cli.Exit("", code)
			}
			s := report.Summarize(results)
			if s.Errors > 0 || (cmd.Int("max-warnings") >= 0 && s.Warnings > cmd.Int("max-warnings")) {
				return cli.Exit("", exitFindings)
			}
			return nil
		},
	}
}

// useColor decides whether to colour: never with NO_COLOR set, and with
// "auto" only when writing to a terminal.
func useColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return os.Getenv("NO_COLOR") == "", nil
	case "never":
		return false, nil
	case "auto":
		f, ok := w.(*os.File)
		return ok && os.Getenv("NO_COLOR") == "" && term.IsTerminal(int(f.Fd())), nil
	}
	return false, fmt.Errorf("unknown --color %q: use auto, always or never", mode)
}

func rulesCommand() *cli.Command {
	return &cli.Command{
		Name:  "rules",
		Usage: "list every rule with its default severity",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			w := cmd.Root().Writer
			for _, r := range rules.All {
				fix := ""
				if r.Fixable {
					fix = " (fixable)"
				}
				fmt.Fprintf(w, "%-18s %-8s %s%s\n", r.ID, r.Severity, r.Summary, fix)
			}
			return nil
		},
	}
}

func explainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "print a rule's documentation with a bad and a good example",
		ArgsUsage: "RULE",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() != 1 {
				return cli.Exit("explain needs one rule id; `qalint rules` lists them", exitUsage)
			}
			r, ok := rules.Lookup(cmd.Args().First())
			if !ok {
				return cli.Exit(fmt.Sprintf("unknown rule %q; known rules: %s", cmd.Args().First(), strings.Join(rules.IDs(), ", ")), exitUsage)
			}
			_, err := io.WriteString(cmd.Root().Writer, rules.Explain(r))
			return err
		},
	}
}
