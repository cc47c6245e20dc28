package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/qalint/qalint/internal/playground"
	"github.com/urfave/cli/v3"
)

const defaultListen = "127.0.0.1:8080"

func playgroundCommand() *cli.Command {
	return &cli.Command{
		Name:  "playground",
		Usage: "serve the browser playground: paste a setting, see findings and the fixed text (checked in the page, nothing is sent)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "listen", Value: defaultListen, Usage: "serve on `HOST:PORT`; a non-loopback address serves the page to your network"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() > 0 {
				return cli.Exit("playground takes no arguments; paste or drop the setting into the page", exitUsage)
			}
			files := playground.Static()
			if _, err := fs.Stat(files, playground.WasmGz); err != nil {
				return cli.Exit("this qalint was built without the playground's WebAssembly: run `go generate ./internal/playground` in a checkout, then build again", exitUsage)
			}
			addr := cmd.String("listen")
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return cli.Exit(fmt.Sprintf("--listen %q: %v (use HOST:PORT, e.g. %s)", addr, err, defaultListen), exitUsage)
			}
			if !isLoopback(host) {
				// Reached only with an explicit --listen: the default is loopback.
				fmt.Fprintf(cmd.Root().ErrWriter, "qalint: warning: %s is not a loopback address: anyone who can reach this machine can load the page (it serves static files only; settings are checked inside each browser)\n", addr)
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return cli.Exit(fmt.Sprintf("--listen %s: %v", addr, err), exitUsage)
			}
			fmt.Fprintf(cmd.Root().Writer, "qalint playground on http://%s/ (Ctrl-C stops it)\n", browsable(ln.Addr()))

			srv := &http.Server{Handler: playground.Handler(files), ReadHeaderTimeout: 10 * time.Second}
			stop := context.AfterFunc(ctx, func() { srv.Close() })
			defer stop()
			if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
				return cli.Exit("playground: "+err.Error(), exitUsage)
			}
			return nil
		},
	}
}

// isLoopback reports whether a listen host reaches this machine only. An
// empty host listens on every interface.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// browsable is the address to print for a browser: a wildcard address
// (every interface) is reached from this machine as localhost.
func browsable(addr net.Addr) string {
	if tcp, ok := addr.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		return net.JoinHostPort("localhost", strconv.Itoa(tcp.Port))
	}
	return addr.String()
}
