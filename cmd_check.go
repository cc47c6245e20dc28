package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/report"
	"github.com/urfave/cli/v3"
	"golang.org/x/term"
)

// formats are the --format values of check.
var formats = []string{"text", "json", "sarif", "github"}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "lint settings files, directories or standard input (-)",
		ArgsUsage: "[PATH|DIR|-]...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: " + strings.Join(formats, ", ") + " (github by default when GITHUB_ACTIONS=true)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output"},
			configFlag,
			&cli.IntFlag{Name: "max-warnings", Value: -1, Usage: "exit 1 when there are more than `N` warnings (-1: no limit)"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text output: auto, always or never (NO_COLOR is honoured)"},
			&cli.StringSliceFlag{Name: "only", Usage: "report only findings in the entry with this `ALIAS` (repeatable), and those outside any entry"},
			&cli.StringFlag{Name: "severity", Value: "info", Usage: "report only findings at `LEVEL` or above: error, warning or info; the exit code counts only those"},
			&cli.BoolFlag{Name: "summary", Usage: "print only the counts line (text format)"},
			maxSizeFlag,
			verboseFlag,
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			paths, err := pathsOf(cmd)
			if err != nil {
				return err
			}
			format := cmd.String("format")
			inActions := os.Getenv("GITHUB_ACTIONS") == "true"
			if !cmd.IsSet("format") && inActions {
				format = "github"
			}
			if !slices.Contains(formats, format) {
				return cli.Exit(fmt.Sprintf("unknown --format %q: use %s", format, strings.Join(formats, ", ")), exitUsage)
			}
			least, err := model.ParseSeverity(cmd.String("severity"))
			if err != nil || least == model.Off {
				return cli.Exit(fmt.Sprintf("unknown --severity %q: use error, warning or info", cmd.String("severity")), exitUsage)
			}
			if cmd.Bool("summary") && format != "text" {
				return cli.Exit("--summary prints the text counts line; it does not go with --format "+format, exitUsage)
			}
			color, err := useColor(cmd.String("color"), cmd.Root().Writer)
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			linter, err := newLinter(cmd)
			if err != nil {
				return err
			}
			if cmd.Bool("verbose") {
				fmt.Fprintln(cmd.Root().ErrWriter, "qalint: "+modelCatalogueUsed(linter.Rules.Catalog))
			}
			results := linter.Files(paths)
			reportSkipped(cmd, results)
			if err := narrow(results, least, cmd.StringSlice("only")); err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}

			code := exitOK
			for _, r := range results {
				if r.Err != nil {
					fmt.Fprintln(cmd.Root().ErrWriter, "qalint: "+r.Err.Error())
					code = exitUsage
				}
			}
			out := cmd.Root().Writer
			var file *reportFile
			if name := cmd.String("output"); name != "" {
				if file, err = createReportFile(name); err != nil {
					return cli.Exit(fmt.Sprintf("--output %s: %v", name, unwrapPath(err)), exitUsage)
				}
				out = file
				color = color && cmd.String("color") == "always"
			}
			switch format {
			case "json":
				err = report.JSON(out, results)
			case "sarif":
				err = report.SARIF(out, results, buildVersion())
			case "github":
				err = report.GitHub(out, results)
			default:
				err = report.Text(out, results, report.TextOptions{Color: color, SummaryOnly: cmd.Bool("summary")})
			}
			if file != nil {
				if err != nil {
					file.discard()
				} else {
					err = file.commit()
				}
			}
			if err != nil {
				return cli.Exit("writing the report: "+err.Error(), exitUsage)
			}
			if path := os.Getenv("GITHUB_STEP_SUMMARY"); format == "github" && path != "" {
				// The summary is a courtesy: failing to write it must not
				// change what the check decided.
				if err := appendTo(path, func(w io.Writer) error { return report.StepSummary(w, results) }); err != nil {
					fmt.Fprintf(cmd.Root().ErrWriter, "qalint: warning: writing the step summary: %v\n", err)
				}
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

// narrow keeps the findings at least as severe as least and, when aliases
// are named, those in an entry so named or outside any entry (a parse error
// concerns them all). Every named alias must be an entry of some file.
func narrow(results []*lint.Result, least model.Severity, only []string) error {
	found := map[string]bool{}
	for _, r := range results {
		if r.Doc != nil {
			for _, e := range r.Doc.Entries {
				if e.IsObject() {
					found[e.Alias()] = true
				}
			}
		}
		r.Findings = slices.DeleteFunc(r.Findings, func(f model.Finding) bool {
			return f.Severity < least || (len(only) > 0 && f.Alias != "" && !slices.Contains(only, f.Alias))
		})
	}
	var missing []string
	for _, a := range only {
		if !found[a] {
			missing = append(missing, model.Quote(a))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("--only: no entry has the alias %s", strings.Join(missing, ", "))
	}
	return nil
}

// appendTo appends to a file, as GitHub's step summary expects.
func appendTo(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
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
