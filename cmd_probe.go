package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/probe"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/rules"
	"github.com/urfave/cli/v3"
	"golang.org/x/term"
)

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
			&cli.BoolFlag{Name: "dry-run", Usage: "print each request as it would be sent (credentials masked) and send nothing; exit 1 when a real run could not pass (a request would be refused, or skipped without --allow-skipped), 0 when every request would be sent"},
			&cli.StringSliceFlag{Name: "allow-host", Usage: "also send credentials to `HOST[:PORT]` (repeatable)"},
			&cli.StringFlag{Name: "cloudflare-api", Value: probe.DefaultCloudflareAPI, Usage: "base `URL` of the Workers AI REST API"},
			&cli.BoolFlag{Name: "allow-skipped", Usage: "exit 0 when every probe is ok or skipped"},
			configFlag,
			maxSizeFlag,
			verboseFlag,
			sniffFlag,
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			ctx, stop := interruptible(ctx) // SIGINT/SIGTERM/SIGHUP/SIGPIPE: finish cleanly, then exit 128+N
			defer stop()
			paths, err := pathsOf(cmd)
			if err != nil {
				return err
			}
			if cmd.Duration("timeout") < 0 || cmd.Duration("deadline") < 0 || cmd.Int("concurrency") < 0 {
				return cli.Exit("--timeout, --deadline and --concurrency cannot be negative", exitUsage)
			}
			out, err := report.NewProbe(cmd.String("format"), cmd.Root().Writer)
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
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
			if err := checkAPIBase("--cloudflare-api", opts.CloudflareAPI); err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			for _, h := range opts.AllowHosts {
				if err := checkAllowHost(h); err != nil {
					return cli.Exit(err.Error(), exitUsage)
				}
			}
			stderr := cmd.Root().ErrWriter
			linter, err := newLinter(cmd)
			if err != nil {
				return err
			}
			opts.Live = linter.Rules.Catalog.Live
			results := linter.Files(paths)
			reportSkipped(cmd, results)
			code := exitOK
			for _, r := range results {
				switch {
				case r.Skipped != "":
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
			if err := nothingToProbe(results, reqs, opts.Only); err != nil {
				return err
			}
			if cmd.Bool("dry-run") {
				w := cmd.Root().Writer
				if cmd.String("format") == "json" {
					// As data, for jq (an outside tester's pipeline got text).
					out := make([]probe.DryRun, len(reqs))
					for i, r := range reqs {
						out[i] = probe.DescribeJSON(r)
					}
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					if err := enc.Encode(out); err != nil {
						return cli.Exit("writing the report: "+err.Error(), exitUsage)
					}
				} else {
					for _, r := range reqs {
						fmt.Fprintln(w, probe.Describe(r))
					}
					fmt.Fprintln(w, dryRunSummary(reqs))
				}
				// The exit code says whether a real run could pass: a
				// request refused, or skipped without --allow-skipped,
				// fails it whatever the services answer.
				for _, r := range reqs {
					if r.Refuse != "" || (r.Skip != "" && !cmd.Bool("allow-skipped")) {
						return exitWith(exitFindings)
					}
				}
				return nil
			}
			var progress func(int, int)
			if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				progress = func(done, total int) { fmt.Fprintf(stderr, "\rprobing… %d/%d", done, total) }
			}
			rs := probe.Run(ctx, reqs, opts, progress)
			if progress != nil {
				// Cleared before the report: on one terminal the report's
				// first line followed "probing… 6/6" (outside tester).
				fmt.Fprint(stderr, "\r\033[K")
			}
			if err := report.WriteAll(out, rs); err != nil {
				if sigCode, _, ok := stoppedBy(ctx, err); ok {
					// `probe | head -1`: the reader went away, as with fix (141,
					// not 2: an outside tester's pipefail job failed on it).
					return cli.Exit("", sigCode)
				}
				return cli.Exit("writing the report: "+err.Error(), exitUsage)
			}
			for _, r := range rs {
				if r.Status != probe.OK && !(r.Status == probe.Skipped && cmd.Bool("allow-skipped")) {
					code = exitFindings
				}
			}
			if sigCode, sig, ok := interruptCode(ctx); ok {
				return cli.Exit("interrupted by "+sig+": the report covers the probes that finished", sigCode)
			}
			return exitWith(code)
		},
	}
}

// nothingToProbe fails a run that would probe nothing: an --only alias no
// entry has, or inputs without entries. A gate that probed nothing must not
// pass.
func nothingToProbe(results []*lint.Result, reqs []*probe.Request, only []string) error {
	for _, alias := range only {
		found := false
		for _, r := range reqs {
			found = found || r.Alias == alias
		}
		if !found {
			return cli.Exit(fmt.Sprintf("--only %q: no entry has this alias; nothing was probed", alias), exitUsage)
		}
	}
	if len(reqs) == 0 {
		n := 0
		for _, r := range results {
			n += r.Entries()
		}
		return cli.Exit(fmt.Sprintf("nothing to probe: %d entries found in %d inputs", n, len(results)), exitFindings)
	}
	return nil
}

// dryRunSummary counts what a real run would do with the planned requests:
// send, skip (and why: the unset variables, every one named) or refuse.
func dryRunSummary(reqs []*probe.Request) string {
	var send, skip, refuse int
	var unset []string
	for _, r := range reqs {
		switch {
		case r.Skip != "":
			skip++
		case r.Refuse != "":
			refuse++
		default:
			send++
		}
		for _, name := range r.Unset {
			if !slices.Contains(unset, name) {
				unset = append(unset, name)
			}
		}
	}
	s := fmt.Sprintf("%s planned: %d would be sent, %d skipped", plural(len(reqs), "request"), send, skip)
	if refuse > 0 {
		s += fmt.Sprintf(", %d refused", refuse)
	}
	s += "; nothing was sent (--dry-run)"
	if len(unset) > 0 {
		s += "\nunset environment variables: " + strings.Join(unset, ", ") + " (export them before probing)"
	}
	return s
}
