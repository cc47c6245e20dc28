package main

import (
	"fmt"

	"github.com/qalint/qalint/internal/config"
	"github.com/qalint/qalint/internal/lint"
	"github.com/urfave/cli/v3"
)

var maxSizeFlag = &cli.Int64Flag{Name: "max-size", Value: lint.DefaultMaxBytes, Usage: "refuse inputs larger than `BYTES`"}

// pathsOf returns a command's PATH arguments; with none, the current
// directory, walked for settings files.
func pathsOf(cmd *cli.Command) ([]string, error) {
	paths := cmd.Args().Slice()
	if len(paths) == 0 {
		return []string{"."}, nil
	}
	return paths, nil
}

// sniffFlag judges named files as a directory walk judges the files it
// meets: for a hook that names every candidate (pre-commit with a wide
// files: pattern), so that package.json is skipped, not linted.
var sniffFlag = &cli.BoolFlag{Name: "sniff", Usage: "judge files named on the command line as a directory walk does: skip those .qalint.yaml ignores and those whose content is not settings (package.json), as for a hook that names every candidate"}

var verboseFlag = &cli.BoolFlag{Name: "verbose", Usage: "list on standard error each file a directory walk skipped, with the reason, and which model catalogue was used"}

// reportSkipped lists the files a walk skipped, with --verbose.
func reportSkipped(cmd *cli.Command, results []*lint.Result) {
	if !cmd.Bool("verbose") {
		return
	}
	for _, r := range results {
		if r.Skipped != "" {
			fmt.Fprintf(cmd.Root().ErrWriter, "qalint: skipped %s: %s\n", r.Path, r.Skipped)
		}
	}
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
// It refuses (exit 2, before anything is read or written) a run whose
// output would go to a file it is named to read (see refuseOutputsNamed).
func newLinter(cmd *cli.Command) (*lint.Linter, error) {
	c, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	l := &lint.Linter{Stdin: cmd.Root().Reader, MaxBytes: cmd.Int64("max-size"), Outputs: outputsOf(cmd), AsWalk: cmd.Bool("sniff")}
	if err := refuseOutputsNamed(cmd, l); err != nil {
		return nil, err
	}
	cat, liveErr := catalogWithLive(c)
	if liveErr != nil {
		fmt.Fprintln(cmd.Root().ErrWriter, "qalint: warning: the cached live model list is ignored: "+liveErr.Error())
	}
	l.Rules.Catalog = cat
	if c != nil {
		l.Rules.Severity = c.Severity
		l.Ignore = c.Ignored
	}
	return l, nil
}
