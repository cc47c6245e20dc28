package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/qalint/qalint/rules"
	"github.com/urfave/cli/v3"
)

func rulesCommand() *cli.Command {
	return &cli.Command{
		Name:  "rules",
		Usage: "list every rule with its default severity",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			w := cmd.Root().Writer
			width := 0
			for _, r := range rules.All {
				width = max(width, len(r.ID))
			}
			for _, r := range rules.All {
				fix := ""
				if r.Fixable {
					fix = " (fixable)"
				}
				fmt.Fprintf(w, "%-*s %-8s %s%s\n", width, r.ID, r.Severity, r.Summary, fix)
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
