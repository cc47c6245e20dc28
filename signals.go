package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// signalCause is why a command's context was cancelled: one of
// stopSignals.
type signalCause struct{ sig syscall.Signal }

func (s signalCause) Error() string { return "interrupted by " + s.name() }

func (s signalCause) name() string { return stopSignals[s.sig] }

// stopSignals end a run cleanly: SIGINT (Ctrl-C), SIGTERM (kill, CI
// cancelling a job), SIGHUP (the terminal closed) and SIGPIPE (the output
// went to `| head`, which exited: without a handler Go dies on the first
// write, mid-run, leaving fix's temporary files behind).
var stopSignals = map[syscall.Signal]string{
	syscall.SIGINT: "SIGINT", syscall.SIGTERM: "SIGTERM", syscall.SIGHUP: "SIGHUP", syscall.SIGPIPE: "SIGPIPE",
}

// interruptible returns a context cancelled, with a signalCause, on one of
// stopSignals. While it is in force the signals do not kill the process:
// probe finishes its report and fix its current file, then they exit (see
// interruptCode). stop restores the default handling. Only commands that
// watch the context install it; the others stop at once, as usual.
func interruptible(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 2)
	for sig := range stopSignals {
		signal.Notify(ch, sig)
	}
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
// SIGINT, 143 for SIGTERM, 129 for SIGHUP, 141 for SIGPIPE), as shells
// report it; ok is false when no signal came.
func interruptCode(ctx context.Context) (code int, sig string, ok bool) {
	var sc signalCause
	if errors.As(context.Cause(ctx), &sc) {
		return 128 + int(sc.sig), sc.name(), true
	}
	return 0, "", false
}

// stoppedBy is interruptCode, also when the signal has not arrived yet but
// the write it answers has already failed: a closed pipe fails the write
// (EPIPE) as the kernel sends SIGPIPE.
func stoppedBy(ctx context.Context, err error) (code int, sig string, ok bool) {
	if code, sig, ok = interruptCode(ctx); ok {
		return code, sig, ok
	}
	if errors.Is(err, syscall.EPIPE) {
		return 128 + int(syscall.SIGPIPE), stopSignals[syscall.SIGPIPE], true
	}
	return 0, "", false
}
