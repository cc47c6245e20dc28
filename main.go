// Command qalint validates, lints, fixes and probes Qarbine AI Assistant
// settings. This file is the command line only: flags, commands and exit
// codes; the work is done in internal/ and rules/.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v3"
	"golang.org/x/term"

	"github.com/qalint/qalint/internal/config"
	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/probe"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/rules"
	"github.com/qalint/qalint/schema"
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
	if os.Getenv("GOGC") == "" {
		// A lint run is short and allocates in bursts; collecting less often
		// saves a quarter of a 2,000-file run for a few MB of memory.
		debug.SetGCPercent(400)
	}
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
			fixCommand(),
			probeCommand(),
			rulesCommand(),
			explainCommand(),
			schemaCommand(),
			configCommand(),
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
			maxSizeFlag,
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
			out := cmd.Root().Writer
			if name := cmd.String("output"); name != "" {
				f, err := os.Create(name)
				if err != nil {
					return cli.Exit(err.Error(), exitUsage)
				}
				defer f.Close()
				out = f
			}
			color, err := useColor(cmd.String("color"), out)
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			linter, err := newLinter(cmd)
			if err != nil {
				return err
			}
			results := linter.Files(paths)

			code := exitOK
			for _, r := range results {
				if r.Err != nil {
					fmt.Fprintln(cmd.Root().ErrWriter, "qalint: "+r.Err.Error())
					code = exitUsage
				}
			}
			switch format {
			case "json":
				err = report.JSON(out, results)
			case "sarif":
				err = report.SARIF(out, results, buildVersion())
			case "github":
				err = report.GitHub(out, results)
				if path := os.Getenv("GITHUB_STEP_SUMMARY"); err == nil && path != "" {
					err = appendTo(path, func(w io.Writer) error { return report.StepSummary(w, results) })
				}
			default:
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

func probeCommand() *cli.Command {
	return &cli.Command{
		Name:      "probe",
		Usage:     "send one tiny completion and one tiny embedding request per entry and report what answers",
		ArgsUsage: "[PATH|DIR|-]...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: text or json"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "time limit for one request"},
			&cli.DurationFlag{Name: "deadline", Usage: "time limit for the whole run (0: none)"},
			&cli.IntFlag{Name: "concurrency", Value: 8, Usage: "requests in flight at once"},
			&cli.StringSliceFlag{Name: "only", Usage: "probe only the entry with this `ALIAS` (repeatable)"},
			&cli.StringFlag{Name: "kind", Usage: "probe only completion or embedding"},
			&cli.BoolFlag{Name: "dry-run", Usage: "print each request as it would be sent (credentials masked) and send nothing"},
			&cli.StringSliceFlag{Name: "allow-host", Usage: "also send credentials to `HOST[:PORT]` (repeatable)"},
			&cli.StringFlag{Name: "cloudflare-api", Value: probe.DefaultCloudflareAPI, Usage: "base `URL` of the Workers AI REST API"},
			&cli.BoolFlag{Name: "allow-skipped", Usage: "exit 0 when every probe is ok or skipped"},
			configFlag,
			maxSizeFlag,
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			paths, err := pathsOf(cmd)
			if err != nil {
				return err
			}
			format := cmd.String("format")
			if format != "text" && format != "json" {
				return cli.Exit(fmt.Sprintf("unknown --format %q: use text or json", format), exitUsage)
			}
			opts := probe.Options{
				CloudflareAPI: cmd.String("cloudflare-api"),
				AllowHosts:    cmd.StringSlice("allow-host"),
				Timeout:       cmd.Duration("timeout"),
				Deadline:      cmd.Duration("deadline"),
				Concurrency:   cmd.Int("concurrency"),
				Only:          cmd.StringSlice("only"),
				Getenv:        os.Getenv,
			}
			switch k := cmd.String("kind"); k {
			case "":
			case string(probe.Completion), string(probe.Embedding):
				opts.Kinds = []probe.Kind{probe.Kind(k)}
			default:
				return cli.Exit(fmt.Sprintf("unknown --kind %q: use completion or embedding", k), exitUsage)
			}
			if u, err := url.Parse(opts.CloudflareAPI); err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
				return cli.Exit(fmt.Sprintf("--cloudflare-api %q is not an http(s) URL", opts.CloudflareAPI), exitUsage)
			}
			stderr := cmd.Root().ErrWriter
			linter, err := newLinter(cmd)
			if err != nil {
				return err
			}
			results := linter.Files(paths)
			code := exitOK
			for _, r := range results {
				switch {
				case r.Err != nil:
					fmt.Fprintln(stderr, "qalint: "+r.Err.Error())
					code = exitUsage
				case r.Doc.Entries == nil:
					for _, f := range r.Findings {
						if f.Rule == rules.Parse.ID {
							fmt.Fprintf(stderr, "qalint: %s:%d:%d: %s; nothing to probe\n", f.File, f.Line, f.Column, f.Message)
						}
					}
					code = max(code, exitFindings)
				}
			}
			if code == exitUsage {
				return cli.Exit("", code)
			}
			reqs := probe.Plan(results, linter.Rules.Catalog, opts)
			out := cmd.Root().Writer
			if cmd.Bool("dry-run") {
				for _, r := range reqs {
					fmt.Fprintln(out, probe.Describe(r))
				}
				fmt.Fprintf(out, "%d requests planned; nothing was sent (--dry-run)\n", len(reqs))
				return nil
			}
			var progress func(int, int)
			if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				progress = func(done, total int) { fmt.Fprintf(stderr, "\rprobing… %d/%d", done, total) }
				defer fmt.Fprint(stderr, "\r\033[K")
			}
			rs := probe.Run(ctx, reqs, opts, progress)
			if format == "json" {
				err = report.ProbeJSON(out, rs)
			} else {
				err = report.ProbeText(out, rs)
			}
			if err != nil {
				return cli.Exit("writing the report: "+err.Error(), exitUsage)
			}
			for _, r := range rs {
				if r.Status != probe.OK && !(r.Status == probe.Skipped && cmd.Bool("allow-skipped")) {
					code = exitFindings
				}
			}
			return exitWith(code)
		},
	}
}

func fixCommand() *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "rewrite curly-quote delimiters, trailing commas and a BOM in place, keeping everything else",
		ArgsUsage: "[PATH|DIR|-]...",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "check", Usage: "write nothing; exit 1 if anything would change"},
			&cli.BoolFlag{Name: "diff", Usage: "print a unified diff instead of writing"},
			configFlag,
			maxSizeFlag,
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
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
			for _, path := range inputs {
				src, err := linter.Read(path)
				if err != nil {
					fmt.Fprintln(stderr, "qalint: "+err.Error())
					code = exitUsage
					continue
				}
				res, err := fix.Bytes(src)
				if err != nil {
					fmt.Fprintf(stderr, "qalint: %s: %v\n", path, err)
					code = max(code, exitFindings)
					continue
				}
				switch {
				case path == lint.StdinName && !cmd.Bool("check") && !cmd.Bool("diff"):
					_, err = out.Write(res.Output)
				case !res.Changed():
				case cmd.Bool("diff"):
					err = fix.Diff(out, path, src, res.Output)
				case cmd.Bool("check"):
					fmt.Fprintf(out, "%s: would fix %s\n", path, res.Summary())
					code = max(code, exitFindings)
				default:
					if err = fix.WriteAtomic(fix.OS{}, path, src, res.Output); err == nil {
						fmt.Fprintf(out, "%s: fixed %s\n", path, res.Summary())
					}
				}
				if err != nil {
					fmt.Fprintf(stderr, "qalint: %s: %v\n", path, err)
					code = exitUsage
				}
			}
			return exitWith(code)
		},
	}
}

var maxSizeFlag = &cli.Int64Flag{Name: "max-size", Value: lint.DefaultMaxBytes, Usage: "refuse inputs larger than `BYTES`"}

// pathsOf returns a command's PATH arguments, which it needs at least one of.
func pathsOf(cmd *cli.Command) ([]string, error) {
	paths := cmd.Args().Slice()
	if len(paths) == 0 {
		return nil, cli.Exit(cmd.Name+" needs a file, a directory or - for standard input", exitUsage)
	}
	return paths, nil
}

// exitWith ends a command with an exit code; its message has been printed.
func exitWith(code int) error {
	if code == exitOK {
		return nil
	}
	return cli.Exit("", code)
}

var configFlag = &cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "read `FILE` instead of the .qalint.yaml found from the working folder upward"}

// loadConfig reads --config, or the .qalint.yaml found upward; nil when none.
func loadConfig(cmd *cli.Command) (*config.Config, error) {
	path := cmd.String("config")
	if path == "" {
		path = config.Find(".")
	}
	if path == "" {
		return nil, nil
	}
	c, err := config.Load(path)
	if err != nil {
		return nil, cli.Exit(err.Error(), exitUsage)
	}
	return c, nil
}

// newLinter builds the linter a command's flags and configuration ask for.
func newLinter(cmd *cli.Command) (*lint.Linter, error) {
	c, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	l := &lint.Linter{Stdin: cmd.Root().Reader, MaxBytes: cmd.Int64("max-size")}
	l.Rules.Catalog = c.Catalog()
	if c != nil {
		l.Rules.Severity = c.Severity
		l.Ignore = c.Ignored
	}
	return l, nil
}

func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print the JSON Schema of the entries array, for editors",
		Flags: []cli.Flag{configFlag},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			doc, err := schema.Document(c.Catalog())
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			enc := json.NewEncoder(cmd.Root().Writer)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(doc)
		},
	}
}

func configCommand() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "work with the .qalint.yaml configuration file",
		Commands: []*cli.Command{{
			Name:      "init",
			Usage:     "write a commented starter .qalint.yaml",
			ArgsUsage: "[FILE]",
			Flags:     []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "overwrite an existing file"}},
			Action: func(ctx context.Context, cmd *cli.Command) error {
				path := config.Names[0]
				if cmd.Args().Len() > 0 {
					path = cmd.Args().First()
				}
				flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
				if cmd.Bool("force") {
					flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
				}
				f, err := os.OpenFile(path, flags, 0o644)
				if err != nil {
					if errors.Is(err, os.ErrExist) {
						return cli.Exit(path+" exists; use --force to overwrite it", exitUsage)
					}
					return cli.Exit(err.Error(), exitUsage)
				}
				if _, err := io.WriteString(f, config.Starter); err != nil {
					f.Close()
					return cli.Exit(err.Error(), exitUsage)
				}
				if err := f.Close(); err != nil {
					return cli.Exit(err.Error(), exitUsage)
				}
				fmt.Fprintf(cmd.Root().Writer, "wrote %s\n", path)
				return nil
			},
		}},
	}
}
