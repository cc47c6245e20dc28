package fix

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/ordered"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/untrusted"
)

// Options say what Run does with what it fixes.
type Options struct {
	Check   bool // write nothing; say what would change (with Diff: as a diff)
	Diff    bool // print a unified diff instead of writing
	Verbose bool // say which files a walk skipped, and why

	// Unfixable, when set, says what to do by hand in a file fix cannot
	// read (by default one line with the error).
	Unfixable func(w io.Writer, path string, err error)
	// stdoutTaken: standard input is among the inputs and its fixed text
	// goes to standard output, so what the other files have to say goes
	// to standard error (set by Run).
	stdoutTaken bool

	// Left, when set, names the errors left for the user in data ("" when
	// none) and counts them; read is reader.Read's reading of data, or nil
	// when there is none to hand over; unfixed: data is the input fix could
	// not read. A file with errors left is pending, except under Check.
	Left func(path string, data []byte, read *reader.Result, unfixed bool) (string, int)
}

// Status is how a run ended; the command turns it into an exit code.
type Status struct {
	Failed  bool // an input could not be read or written
	Pending bool // something is left: --check found changes, or a file cannot be fixed safely
	// OutputFailed: standard output failed (Run then returns its error);
	// no file was started after that, and what the files being fixed had
	// to say went to standard error (in write mode, their "fixed" lines
	// too). TextCut: standard output carried standard input's fixed text,
	// which is then incomplete.
	OutputFailed, TextCut bool
}

// outcome is what fixing one input has to say, printed in path order.
type outcome struct {
	out, errs bytes.Buffer
	Status
}

// Run fixes the inputs paths name (files, directories, "-" for standard
// input, as lint walks them). Files are read, fixed and written in parallel;
// what each has to say goes to out (and problems to errs) in path order.
// Standard input is fixed to out. Once ctx is done (SIGINT, SIGTERM) no
// file is started: those written are whole, the others unchanged. Links
// are written through only to targets inside paths (see WriteAtomic).
func Run(ctx context.Context, l *lint.Linter, paths []string, opts Options, out, errs io.Writer) (Status, error) {
	inputs, walkErrs := l.Inputs(paths)
	if l.Prepare != nil {
		l.Prepare(len(inputs))
	}
	var st Status
	for _, e := range walkErrs {
		if _, err := fmt.Fprintln(errs, "qalint: "+e.Error()); err != nil {
			return st, err
		}
		st.Failed = true
	}
	opts.stdoutTaken = !opts.Check && !opts.Diff && slices.ContainsFunc(inputs, func(in lint.Input) bool { return in.Path == lint.StdinName })
	fsys := NewRunFS(len(inputs))
	budget := newByteBudget(inFlightBytes)
	// Once standard output fails (`fix | head`, a full disk), no file is
	// started; what the files already being fixed have to say still goes
	// to standard error, and in write mode their lines for standard output
	// too, so that every file changed is named somewhere (an outside
	// tester's `| head -1` listed 1 of the 66 files fixed; with `fix - DIR`,
	// whose files speak on standard error, none of 255). A diff, a --check
	// list and standard input's text stay off standard error.
	relist := !opts.Check && !opts.Diff && !opts.stdoutTaken
	var outErr error
	var stop atomic.Bool
	err := ordered.EachN(writers(), len(inputs), func(i int) *outcome {
		if ctx.Err() != nil || stop.Load() {
			return &outcome{}
		}
		return fixOne(fsys, budget, l, inputs[i], opts, paths)
	}, func(o *outcome) error {
		st.Failed = st.Failed || o.Failed
		st.Pending = st.Pending || o.Pending
		// Only what is there: an empty write is still a system call.
		if o.errs.Len() > 0 {
			if _, err := errs.Write(o.errs.Bytes()); err != nil {
				return err
			}
		}
		if o.out.Len() == 0 {
			return nil
		}
		if outErr == nil {
			_, err := out.Write(o.out.Bytes())
			if err == nil {
				return nil
			}
			outErr = err
			stop.Store(true)
			st.OutputFailed = true
			st.TextCut = opts.stdoutTaken
		}
		if !relist {
			return nil
		}
		_, err := errs.Write(o.out.Bytes())
		return err
	})
	if err == nil {
		err = outErr
	}
	if cerr := fsys.Close(); cerr != nil {
		// The fixed files are fine; copies of old texts may be left behind.
		for _, line := range strings.Split(cerr.Error(), "\n") {
			fmt.Fprintln(errs, "qalint: "+line)
		}
		st.Failed = true
	}
	return st, err
}

// writers is how many files are fixed at once. Much of a file's time is
// its temporary copy's wait for a sync of the disk; with many in flight,
// the file system commits them together (see committer: a sync waits
// for half of them), and the CPU fixes the next files meanwhile. Each
// writer holds one file, so memory stays small.
func writers() int { return max(64, 16*runtime.GOMAXPROCS(0)) }

// problem says what went wrong with the file shown; the message may quote
// names (of its temporary copy, of a link's target), shown as the file's
// own name is.
func (o *outcome) problem(shown string, err error) {
	fmt.Fprintf(&o.errs, "qalint: %s: %s\n", shown, untrusted.Path(err.Error()))
}

func fixOne(fsys FS, budget *byteBudget, l *lint.Linter, in lint.Input, opts Options, roots []string) *outcome {
	o := &outcome{}
	path := in.Path
	shown := untrusted.Path(path) // in messages: no escape sequence or line break of the name's own
	src, skipped, err := l.Load(in)
	if err != nil {
		fmt.Fprintln(&o.errs, "qalint: "+err.Error())
		o.Failed = true
		return o
	}
	// Fixing a file takes some twenty times its size; a budget of bytes in
	// flight keeps a run over many large files from holding them all.
	budget.acquire(len(src))
	defer budget.release(len(src))
	if skipped != "" {
		if note := lint.SkipNote(path, skipped, opts.Verbose); note != "" {
			fmt.Fprintln(&o.errs, note)
		}
		// Settings too large to read were not fixed, nor checked: fix
		// --check must not pass on them (outside tester), as check does not.
		o.Failed = lint.Fails(skipped)
		return o
	}
	// What remains for the user goes to standard error when standard
	// output carries the fixed file or a patch. (Under --check it goes
	// with the "would fix" lines, standard input's too: an outside tester
	// found only its line on standard error.)
	notes := &o.out
	if opts.Diff || opts.stdoutTaken {
		notes = &o.errs // (an outside tester's `fix - FILE > out.json` got FILE's lines in the JSON)
	}
	res, err := Text(path, src)
	if err != nil {
		if opts.Unfixable != nil {
			opts.Unfixable(&o.errs, path, err)
		} else {
			o.problem(shown, err)
		}
		if opts.Left != nil {
			if left, _ := opts.Left(path, src, nil, true); left != "" {
				fmt.Fprintln(notes, left)
			}
		}
		// Left by hand: a finding, except for --check, which exits 1 only
		// when something would change (and nothing would).
		o.Pending = !opts.Check
		return o
	}
	switch {
	case path == lint.StdinName && !opts.Check && !opts.Diff:
		o.out.Write(res.Output)
	case !res.Changed():
	case opts.Diff:
		err = Diff(&o.out, path, src, res.Output)
		o.Pending = opts.Check // --check --diff: a diff, and exit 1 while changes are pending
		if errors.Is(err, ErrSecretInBinaryPatch) || errors.Is(err, ErrSecretInPatch) {
			// Not a failure: the other files' patch still applies.
			o.problem(shown, err)
			err = nil
		}
	case opts.Check:
		fmt.Fprintf(&o.out, "%s: would fix %s\n", shown, res.Summary())
		o.Pending = true
	default:
		if err = WriteAtomic(fsys, path, src, res.Output, roots...); err == nil {
			fmt.Fprintf(notes, "%s: fixed %s\n", shown, res.Summary())
		}
	}
	if err != nil {
		o.problem(shown, err)
		o.Failed = true
		return o
	}
	// fix --check keeps its contract: exit 1 only for pending changes.
	// Otherwise an error left is a finding.
	if opts.Left != nil {
		if left, n := opts.Left(path, res.Output, res.Read, false); left != "" {
			fmt.Fprintln(notes, left)
			if n > 0 && !opts.Check {
				o.Pending = true
			}
		}
	}
	return o
}
