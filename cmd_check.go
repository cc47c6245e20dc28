package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/internal/untrusted"
	"github.com/urfave/cli/v3"
	"golang.org/x/term"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "lint settings files, directories or standard input (-)",
		ArgsUsage: "[PATH|DIR|-]...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: " + strings.Join(report.Formats, ", ") + " (github by default when GITHUB_ACTIONS=true)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output"},
			configFlag,
			&cli.IntFlag{Name: "max-warnings", Value: -1, Usage: "exit 1 when there are more than `N` warnings (-1: no limit)",
				Validator: func(n int) error {
					if n < -1 {
						return fmt.Errorf("--max-warnings %d: give a count of warnings, or -1 for no limit", n)
					}
					return nil
				}},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text output: auto, always or never (NO_COLOR is honoured)"},
			&cli.StringSliceFlag{Name: "only", Usage: "report only findings in the entry with this `ALIAS` (repeatable), and those outside any entry"},
			&cli.StringFlag{Name: "severity", Value: "info", Usage: "report only findings at `LEVEL` or above: error, warning or info; the exit code counts only those"},
			&cli.BoolFlag{Name: "summary", Usage: "print only the counts line (text format)"},
			maxSizeFlag,
			verboseFlag,
			sniffFlag,
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
			if !slices.Contains(report.Formats, format) {
				return cli.Exit(fmt.Sprintf("unknown --format %q: use %s", format, strings.Join(report.Formats, ", ")), exitUsage)
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
			w := io.Writer(cmd.Root().Writer)
			var file *reportFile
			if name := cmd.String("output"); name != "" {
				if file, err = createReportFile(name); err != nil {
					return cli.Exit(fmt.Sprintf("--output %s: %v", name, unwrapPath(err)), exitUsage)
				}
				w = file
				color = color && cmd.String("color") == "always"
			}
			opts := report.Options{Color: color, Version: buildVersion(), SummaryOnly: cmd.Bool("summary")}
			if path := os.Getenv("GITHUB_STEP_SUMMARY"); format == "github" && path != "" {
				// The summary is a courtesy: failing to write it must not
				// change what the check decided.
				f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
				if err != nil {
					fmt.Fprintf(cmd.Root().ErrWriter, "qalint: warning: writing the step summary: %v\n", err)
				} else {
					defer f.Close()
					opts.StepSummary = f
				}
			}
			out, err := report.New(format, w, opts)
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}

			// Each file is reported as soon as its turn in path order comes,
			// then dropped: memory stays flat however many files there are.
			// With --only the results are held: whether every alias named is
			// an entry is known only at the end, and a wrong one is a usage
			// error before any report.
			only := cmd.StringSlice("only")
			// Without --only each result is dropped once written: its
			// tree's memory serves the next files.
			linter.Recycle = len(only) == 0
			linter.Prepare = prepareLongRun
			aliases := map[string]bool{}
			var held []*lint.Result
			code := exitOK
			var s report.Summary
			err = linter.Each(paths, func(r *lint.Result) error {
				switch {
				case r.Err != nil:
					fmt.Fprintln(cmd.Root().ErrWriter, "qalint: "+r.Err.Error())
					code = exitUsage
				case lint.WarnAlways(r.Skipped) && format == "github": // (an annotation: see report.githubOutput)
				default:
					if note := lint.SkipNote(r.Path, r.Skipped, cmd.Bool("verbose")); note != "" {
						fmt.Fprintln(cmd.Root().ErrWriter, note)
					}
				}
				if lint.Fails(r.Skipped) {
					code = exitUsage // settings left unchecked fail the gate, as a named file too large does
				}
				narrow(r, least, only, aliases)
				if len(only) > 0 {
					held = append(held, r)
					return nil
				}
				s.Add(r)
				return out.Write(r)
			})
			if err == nil && len(only) > 0 {
				if err := missingAliases(only, aliases); err != nil {
					if file != nil {
						file.discard()
					}
					return cli.Exit(err.Error(), exitUsage)
				}
				for _, r := range held {
					s.Add(r)
					if err = out.Write(r); err != nil {
						break
					}
				}
			}
			if err == nil {
				err = out.Flush()
			}
			var summaryErr *report.StepSummaryError
			if errors.As(err, &summaryErr) {
				fmt.Fprintf(cmd.Root().ErrWriter, "qalint: warning: %v\n", summaryErr)
				err = nil
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
			if s.Files == 0 && s.Unreadable == 0 && s.TooLarge == 0 && code == exitOK {
				// A gate that checked nothing says so (an outside tester's
				// ignored folder passed as "no problems found in 0 files").
				fmt.Fprintln(cmd.Root().ErrWriter, "qalint: warning: no settings file was found in "+strings.Join(quotedPaths(paths), ", ")+", so nothing was checked (--verbose lists what was skipped)")
			}
			if code != exitOK {
				return cli.Exit("", code)
			}
			if max := cmd.Int("max-warnings"); max >= 0 && s.Warnings > max {
				// Said, so that a red gate with no error explains itself.
				return cli.Exit(fmt.Sprintf("%s, more than --max-warnings %d allows", plural(s.Warnings, "warning"), max), exitFindings)
			}
			if s.Errors > 0 {
				return cli.Exit("", exitFindings)
			}
			return nil
		},
	}
}

// narrow keeps the findings of r at least as severe as least and, when
// aliases are named, those in an entry so named or outside any entry (a
// parse error concerns them all); with aliases named, it notes r's
// aliases in found (without, a long run would keep every alias it met).
func narrow(r *lint.Result, least model.Severity, only []string, found map[string]bool) {
	if r.Doc != nil && len(only) > 0 { // found is read only for --only
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

// missingAliases: every alias --only names must be an entry of some file.
func missingAliases(only []string, found map[string]bool) error {
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

// quotedPaths are paths as a message shows them.
func quotedPaths(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = untrusted.Path(p)
	}
	return out
}
