package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// signalCause is why a command's context was cancelled: SIGINT or SIGTERM.
type signalCause struct{ sig syscall.Signal }

func (s signalCause) Error() string { return "interrupted by " + s.name() }

func (s signalCause) name() string {
	if s.sig == syscall.SIGINT {
		return "SIGINT"
	}
	return "SIGTERM"
}

// interruptible returns a context cancelled, with a signalCause, on SIGINT or
// SIGTERM. While it is in force the signals do not kill the process: probe
// finishes its report and fix its current file, then they exit (see
// interruptCode). stop restores the default handling. Only commands that
// watch the context install it; the others stop at once, as usual.
func interruptible(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		select {
		case s := <-ch:
			cancel(signalCause{s.(syscall.Signal)})
		case <-ctx.Done():
		}
	}()
	return ctx, func() { signal.Stop(ch); cancel(nil) }
}

// interruptCode is the exit code after a signal, 128 + its number (130 for
// SIGINT, 143 for SIGTERM), as shells report it; ok is false when no
// signal came.
func interruptCode(ctx context.Context) (code int, sig string, ok bool) {
	var sc signalCause
	if errors.As(context.Cause(ctx), &sc) {
		return 128 + int(sc.sig), sc.name(), true
	}
	return 0, "", false
}
