package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/qalint/qalint/internal/config"
	"github.com/urfave/cli/v3"
)

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
