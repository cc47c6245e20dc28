package main

import (
	"context"
	"encoding/json"

	"github.com/qalint/qalint/schema"
	"github.com/urfave/cli/v3"
)

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
