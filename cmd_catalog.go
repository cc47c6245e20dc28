package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/config"
	"github.com/qalint/qalint/internal/probe"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
	"github.com/qalint/qalint/internal/untrusted"
	"github.com/urfave/cli/v3"
)

func catalogCommand() *cli.Command {
	return &cli.Command{
		Name:  "catalog",
		Usage: "say what the model, type and provider catalogues are, and where they come from",
		Flags: []cli.Flag{configFlag},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			cat, liveErr := catalogWithLive(c)
			describeCatalog(cmd.Root().Writer, cat, c, liveErr)
			return nil
		},
		Commands: []*cli.Command{catalogUpdateCommand()},
	}
}

func catalogUpdateCommand() *cli.Command {
	return &cli.Command{
		Name:  "update",
		Usage: "read the account's live Workers AI model list and cache it for check and probe",
		Description: "Reads GET /accounts/{id}/ai/models/search, every page, and writes it atomically to\n" +
			"os.UserCacheDir()/qalint/" + catalog.LiveCacheFile + " with its date.\n\n" +
			"Exit codes:\n   0  the list is cached\n   2  the update failed (auth, network, rate limit, an unexpected answer); the old cache is kept",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "account", Usage: "Cloudflare account `ID` (default: $CLOUDFLARE_ACCOUNT_ID)"},
			&cli.StringFlag{Name: "token", Usage: "API `TOKEN` with Workers AI Read (default: $CLOUDFLARE_API_TOKEN)"},
			&cli.StringFlag{Name: "cloudflare-api", Value: probe.DefaultCloudflareAPI, Usage: "base `URL` of the Cloudflare API"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "time limit for the whole update"},
			&cli.BoolFlag{Name: "allow-empty", Usage: "cache the list even when the account lists no model (normally refused: the old cache is kept)"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			path, err := catalog.LiveCachePath()
			if err != nil {
				return cli.Exit("no user cache folder: "+err.Error(), exitUsage)
			}
			if err := checkAPIBase("--cloudflare-api", cmd.String("cloudflare-api")); err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			opts := catalog.FetchOptions{
				API:     cmd.String("cloudflare-api"),
				Account: firstNonEmpty(cmd.String("account"), os.Getenv("CLOUDFLARE_ACCOUNT_ID")),
				Token:   firstNonEmpty(cmd.String("token"), os.Getenv("CLOUDFLARE_API_TOKEN")),
			}
			if opts.Account != "" && !resolve.IsAccountID(opts.Account) {
				// Not sent anywhere: a token given as the account would go into
				// the URL's path, and into logs (outside tester).
				return cli.Exit("the account id must be 32 lower-case hexadecimal characters (the dashboard's Account ID); "+secret.Mask(opts.Account)+" is not one", exitUsage)
			}
			ctx, cancel := context.WithTimeout(ctx, cmd.Duration("timeout"))
			defer cancel()
			live, err := catalog.FetchLive(ctx, opts)
			if err == nil && len(live.Models) == 0 && !cmd.Bool("allow-empty") {
				// An empty list would make every model "not listed": more
				// likely a Cloudflare or token-scope hiccup than the truth.
				err = &catalog.FetchError{Kind: "empty", Msg: "the account's model list is empty; not caching it (--allow-empty caches it anyway)"}
			}
			if err == nil {
				err = live.Save(path)
			}
			if err != nil {
				msg := "catalog update failed: " + err.Error() // FetchLive masked and cleaned it
				var fe *catalog.FetchError
				if !errors.As(err, &fe) {
					secrets := &secret.Set{}
					secrets.Add(opts.Token)
					msg = "catalog update failed: writing " + path + ": " + secrets.Mask(untrusted.Clean(err.Error()))
				}
				if old, _ := catalog.LoadLive(path); old != nil {
					msg += fmt.Sprintf("; the cached list of %s is unchanged", old.Day())
				} else {
					msg += "; no live list is cached, check uses the embedded snapshot"
				}
				return cli.Exit(msg, exitUsage)
			}
			fmt.Fprintf(cmd.Root().Writer, "cached %d Workers AI models from %s in %s (%s)\n", len(live.Models), live.API, path, live.Day())
			return nil
		},
	}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// catalogWithLive is the catalogue check uses: the embedded snapshot, the
// cached live list merged in, and the configuration's models and types on
// top. A broken cache is reported and otherwise ignored.
func catalogWithLive(c *config.Config) (*catalog.Catalog, error) {
	cat := c.Catalog()
	path, err := catalog.LiveCachePath()
	if err != nil {
		return cat, nil // no cache folder: nothing was ever cached
	}
	live, err := catalog.LoadLive(path)
	if err != nil {
		return cat, err
	}
	return cat.WithLive(live), nil
}

// modelCatalogueUsed is one line saying which model facts check used.
func modelCatalogueUsed(cat *catalog.Catalog) string {
	snap := cat.Sources["models"]
	s := fmt.Sprintf("Workers AI models: embedded snapshot %s (as of %s)", snap.Version, snap.AsOf)
	switch {
	case cat.Live == nil:
		return s + "; no live list cached (qalint catalog update)"
	case cat.LiveUsed:
		return fmt.Sprintf("Workers AI models: live list of %s (%d models, %s), newer than the embedded snapshot %s (as of %s), which fills in the rest",
			cat.Live.Day(), len(cat.Live.Models), cat.Live.Path, snap.Version, snap.AsOf)
	}
	return s + fmt.Sprintf("; the cached live list of %s (%s) is older, so it only adds models the snapshot lacks", cat.Live.Day(), cat.Live.Path)
}

func describeCatalog(w io.Writer, cat *catalog.Catalog, c *config.Config, liveErr error) {
	m := cat.Sources["models"]
	fmt.Fprintf(w, "models\n  source:   %s\n  version:  %s\n  as of:    %s\n", m.Source, m.Version, m.AsOf)
	byTask := map[string]int{}
	retired, future := 0, 0
	today := time.Now().UTC().Format(time.DateOnly)
	for _, md := range cat.Models {
		byTask[firstNonEmpty(md.Task, "unknown")]++
		switch {
		case md.Deprecated == "":
		case md.Deprecated <= today:
			retired++
		default:
			future++
		}
	}
	tasks := make([]string, 0, len(byTask))
	for t := range byTask {
		tasks = append(tasks, t)
	}
	sort.Slice(tasks, func(i, j int) bool {
		if byTask[tasks[i]] != byTask[tasks[j]] {
			return byTask[tasks[i]] > byTask[tasks[j]]
		}
		return tasks[i] < tasks[j]
	})
	fmt.Fprintf(w, "  models:   %d (%d retired, %d with a retirement date ahead)\n", len(cat.Models), retired, future)
	for _, t := range tasks {
		fmt.Fprintf(w, "    %-30s %d\n", t, byTask[t])
	}
	keys := make([]string, 0, len(cat.ModelSources))
	for k := range cat.ModelSources {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintln(w, "  facts from:")
	for _, k := range keys {
		s := cat.ModelSources[k]
		fmt.Fprintf(w, "    %-22s %s", k, s.Title)
		if s.URL != "" {
			fmt.Fprintf(w, " <%s>", s.URL)
		}
		fmt.Fprintln(w)
	}
	switch path, _ := catalog.LiveCachePath(); {
	case liveErr != nil:
		fmt.Fprintf(w, "  live list: unreadable, ignored: %v\n", liveErr)
	case cat.Live == nil:
		fmt.Fprintf(w, "  live list: none cached at %s (qalint catalog update)\n", path)
	default:
		fmt.Fprintf(w, "  live list: %s, fetched %s from %s, %d models\n", cat.Live.Path, cat.Live.FetchedAt.Format(time.RFC3339), cat.Live.API, len(cat.Live.Models))
	}
	fmt.Fprintf(w, "  used by check: %s\n", modelCatalogueUsed(cat))
	if c != nil && (len(c.Models) > 0 || len(c.Types) > 0) {
		fmt.Fprintf(w, "  overrides: %s (%d models, %d types), which win over both\n", c.Path, len(c.Models), len(c.Types))
	} else {
		fmt.Fprintln(w, "  overrides: none (.qalint.yaml models: and types: add or correct entries)")
	}
	for _, name := range []string{"types", "providers"} {
		s := cat.Sources[name]
		fmt.Fprintf(w, "%s\n  source:   %s\n  as of:    %s\n", name, s.Source, s.AsOf)
		if name == "types" {
			confirmed := 0
			for _, t := range cat.Types {
				if t.Confirmed {
					confirmed++
				}
			}
			fmt.Fprintf(w, "  types:    %d (%d confirmed verbatim by Qarbine's documentation, the rest qalint's reading)\n", len(cat.Types), confirmed)
			for _, name := range cat.TypeNames() {
				switch t := cat.Types[name]; {
				case t.Confirmed:
					fmt.Fprintf(w, "    %-14s confirmed\n", name)
				case t.Reading != "":
					fmt.Fprintf(w, "    %-14s qalint's reading of %q\n", name, t.Reading)
				default:
					fmt.Fprintf(w, "    %-14s from the configuration\n", name)
				}
			}
		} else {
			fmt.Fprintf(w, "  providers: %d\n", len(cat.Providers))
		}
	}
}
