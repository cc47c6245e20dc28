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

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/hugeheap"
	"github.com/qalint/qalint/internal/secret"

	"github.com/urfave/cli/v3"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// gcPercent is GOGC unless set; gcPercentLongRun for a check or fix of
// hugeheap.MinFiles files or more, whose heap is backed by huge pages: a
// larger heap then costs little more to fill, and a 2,000-file run
// collects once instead of twice (32 MB rather than 16 before the first).
const (
	gcPercent        = 400
	gcPercentLongRun = 800
)

// prepareLongRun readies the heap for a check or fix of n files: for a
// long run a larger heap (unless GOGC is set), backed by huge pages.
func prepareLongRun(n int) {
	if n >= hugeheap.MinFiles && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercentLongRun)
	}
	hugeheap.Prepare(n)
}

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
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// But not five times the memory that large files hold at once
		// (twenty files of 3 MB took 1 GB): past this the collector works
		// harder rather than letting the heap grow. A soft limit: files
		// that need more still get it.
		debug.SetMemoryLimit(256 << 20)
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
	// An error may echo an argument or a line of .qalint.yaml: a key pasted
	// in the wrong place is masked by its shape here, the one way out.
	var noKnownSecrets *secret.Set
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		if msg := ec.Error(); msg != "" {
			fmt.Fprintln(stderr, "qalint: "+noKnownSecrets.Mask(msg))
		}
		return ec.ExitCode()
	}
	fmt.Fprintln(stderr, "qalint: "+noKnownSecrets.Mask(err.Error()))
	return exitUsage
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	app := &cli.Command{
		Name:                  "qalint",
		Usage:                 "validate, lint, fix and probe Qarbine AI Assistant settings",
		Version:               buildVersion(),
		Reader:                stdin,
		Writer:                stdout,
		ErrWriter:             stderr,
		EnableShellCompletion: true,
		ExitErrHandler:        func(context.Context, *cli.Command, error) {}, // run() reports and exits
		Commands: []*cli.Command{
			checkCommand(),
			fixCommand(),
			probeCommand(),
			rulesCommand(),
			explainCommand(),
			schemaCommand(),
			configCommand(),
			catalogCommand(),
			playgroundCommand(),
		},
		ConfigureShellCompletionCommand: func(c *cli.Command) {
			c.Hidden = false // listed, so that users find it
			describe([]*cli.Command{c})
		},
	}
	describe(app.Commands)
	groupsRefuseUnknown(app)
	usageErrorsInOneLine(app)
	return app
}

// usageErrorsInOneLine makes a bad flag one line and a hint, exit 2, for
// every command: the library's default prints the whole help, "Incorrect
// Usage" and the error, which buries the error.
func usageErrorsInOneLine(cmd *cli.Command) {
	cmd.OnUsageError = func(_ context.Context, c *cli.Command, err error, _ bool) error {
		return cli.Exit(fmt.Sprintf("%v (see %s --help)", err, c.FullName()), exitUsage)
	}
	for _, sub := range cmd.Commands {
		usageErrorsInOneLine(sub)
	}
}

// groupsRefuseUnknown gives each command that only groups others (qalint
// itself, qalint config) an action: without an argument it shows its help,
// with one it names the unknown command and exits 2, a usage error, as the
// exit codes promise (the library's default answer exits 3).
func groupsRefuseUnknown(cmd *cli.Command) {
	for _, sub := range cmd.Commands {
		groupsRefuseUnknown(sub)
	}
	if len(cmd.Commands) == 0 || cmd.Action != nil {
		return
	}
	cmd.Action = func(ctx context.Context, cmd *cli.Command) error {
		if !cmd.Args().Present() {
			if cmd.Root() == cmd {
				return cli.ShowRootCommandHelp(cmd)
			}
			return cli.ShowSubcommandHelp(cmd)
		}
		var names []string
		for _, c := range cmd.VisibleCommands() {
			names = append(names, c.Name)
		}
		name := cmd.Args().First()
		if s, ok := catalog.Suggest(name, names); ok {
			return cli.Exit(fmt.Sprintf("unknown command %q for %q; did you mean %q?", name, cmd.FullName(), s), exitUsage)
		}
		return cli.Exit(fmt.Sprintf("unknown command %q for %q; commands: %s", name, cmd.FullName(), strings.Join(names, ", ")), exitUsage)
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
