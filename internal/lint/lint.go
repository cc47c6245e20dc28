// Package lint is qalint's core, usable as a library: it reads files, runs
// the rules and returns findings, in parallel and in a stable order.
package lint

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"sync"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/ordered"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/untrusted"
	"github.com/qalint/qalint/rules"
)

// DefaultMaxBytes is the largest input read unless configured otherwise. A
// real setting is a few kilobytes; the limit keeps memory bounded.
const DefaultMaxBytes = 16 << 20

// StdinName is how standard input is named in reports.
const StdinName = "<stdin>"

// Linter checks documents.
type Linter struct {
	Rules    rules.Options
	MaxBytes int64 // 0: DefaultMaxBytes
	Stdin    io.Reader
	Ignore   func(path string) bool // paths to leave out, e.g. from .qalint.yaml
	// Outputs are the files this run's output goes to (standard output or
	// error redirected to a file, check's --output): a walk leaves them out
	// and naming one is an error, so that a run never reads what it writes. (An outside
	// tester's `qalint fix - . > out.json` linted out.json, which the shell
	// had made inside the tree, holding the fixed text half written.)
	Outputs []os.FileInfo
	// Recycle says that the caller of Each drops each result once emit
	// returns (check does, unless --only holds them): the memory of its
	// document's tree is then reused for the next files, and its Doc is
	// set to nil. Files, and Each without it, hand out results to keep.
	Recycle bool
	// AsWalk judges files named on the command line as a walk judges the
	// files it meets: one Ignore matches is left out, and one whose content
	// is not settings is skipped, not linted (check and fix --sniff, for a
	// hook that names every candidate: an outside tester's widened
	// pre-commit pattern had every commit touching package.json fail).
	AsWalk bool
	// Prepare, when set, is called once Each (or fix.Run) knows how many
	// inputs there are, before any is read: check and fix tune the
	// process's heap for a long run with it.
	Prepare func(inputs int)
}

// Inputs lists the inputs paths name (see Walk), leaving out ignored ones,
// in path order, and the paths that could not be walked. Walking first
// costs a few milliseconds on thousands of files and is what lets results
// be printed as soon as they are ready, in an order fixed in advance.
func (l *Linter) Inputs(paths []string) ([]Input, []*PathError) {
	var out []Input
	errs := Walk(paths, l.Ignore, func(in Input) {
		if l.AsWalk && !in.Found && in.Path != StdinName {
			if l.Ignore != nil && l.Ignore(in.Path) {
				return
			}
			in.Found = true
		}
		out = append(out, in)
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, errs
}

// Result is the outcome for one input.
type Result struct {
	Path     string
	Doc      *model.Document
	Findings []model.Finding
	Err      error // the input could not be read; no findings then
	// Skipped says why a file met while walking a directory was not
	// checked (its content does not look like settings); "" when checked.
	Skipped string

	arena *reader.Arena // Doc's tree, with Linter.Recycle; nil otherwise
}

// arenas keep the memory of documents' trees from one file to the next
// (Linter.Recycle).
var arenas = sync.Pool{New: func() any { return new(reader.Arena) }}

// recycle hands r's tree back for the next file: r.Doc is gone after it.
// Findings stay: they hold strings, which never point into an arena.
func (r *Result) recycle() {
	if r.arena == nil {
		return
	}
	r.Doc = nil
	r.arena.Reset()
	arenas.Put(r.arena)
	r.arena = nil
}

// Entries is the number of entries found.
func (r *Result) Entries() int {
	if r.Doc == nil {
		return 0
	}
	return len(r.Doc.Entries)
}

// Bytes lints one input held in memory.
func (l *Linter) Bytes(path string, src []byte) *Result { return l.BytesRead(path, src, nil) }

// BytesRead is Bytes for an input already read: read is what reader.Read
// returned for src, or nil (see model.NewDocumentRead). fix lints its
// output this way, with the reading it verified the output by.
func (l *Linter) BytesRead(path string, src []byte, read *reader.Result) *Result {
	doc := model.NewDocumentRead(path, src, read)
	return &Result{Path: path, Doc: doc, Findings: maskFindings(doc, rules.Check(doc, l.Rules))}
}

// Each lints the inputs named by paths (files, directories, "-" for standard
// input) in parallel and calls emit with each result in path order, as soon
// as its turn comes. Nothing is kept after emit returns, so memory stays
// flat however many files there are. The first error emit returns stops the
// run and is returned.
func (l *Linter) Each(paths []string, emit func(*Result) error) error {
	return l.each(paths, emit, l.Recycle)
}

func (l *Linter) each(paths []string, emit func(*Result) error, recycle bool) error {
	inputs, errs := l.Inputs(paths)
	type job struct {
		in  Input
		err *PathError // the path could not be walked
	}
	jobs := make([]job, 0, len(inputs)+len(errs))
	for _, in := range inputs {
		jobs = append(jobs, job{in: in})
	}
	for _, e := range errs {
		jobs = append(jobs, job{in: Input{Path: e.Path}, err: e})
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].in.Path < jobs[j].in.Path })
	if l.Prepare != nil {
		l.Prepare(len(jobs))
	}
	return ordered.Each(len(jobs), func(i int) *Result {
		if jobs[i].err != nil {
			return &Result{Path: jobs[i].in.Path, Err: jobs[i].err}
		}
		return l.one(jobs[i].in, recycle)
	}, func(r *Result) error {
		err := emit(r)
		r.recycle()
		return err
	})
}

// Files is Each collecting every result: for callers that need them all at
// once, such as probe planning.
func (l *Linter) Files(paths []string) []*Result {
	var out []*Result
	_ = l.each(paths, func(r *Result) error { out = append(out, r); return nil }, false)
	return out
}

// one lints one input; with recycle, its tree is carved from a pooled
// arena that goes back once the result is emitted.
func (l *Linter) one(in Input, recycle bool) *Result {
	src, skipped, err := l.Load(in)
	switch {
	case err != nil:
		return &Result{Path: in.Path, Err: err}
	case skipped != "":
		return &Result{Path: in.Path, Skipped: skipped}
	}
	if _, enc := reader.Decode(src); !recycle || enc != reader.UTF8 {
		return l.Bytes(in.Path, src)
	}
	a := arenas.Get().(*reader.Arena)
	r := l.BytesRead(in.Path, src, reader.ReadIn(a, src))
	r.arena = a
	return r
}

// Load reads one input; for a file met while walking a directory it also
// decides from the content whether the file is settings at all, and when
// not, says why in skipped (src is nil then). Such a file over the size
// limit is skipped rather than an error: it is almost never settings.
func (l *Linter) Load(in Input) (src []byte, skipped string, err error) {
	if in.Skip != "" {
		return nil, in.Skip, nil
	}
	src, err = l.Read(in.Path)
	if in.Found && errors.Is(err, ErrIsOutput) {
		return nil, SkipOutput, nil
	}
	if in.Found {
		if errors.Is(err, ErrTooLarge) {
			// Almost never settings; one that looks like them is named,
			// whatever --verbose says, so that a gate does not pass having
			// checked nothing (an outside tester's 16.8 MB aiAssistants.json).
			if head, herr := readHead(in.Path, sniffHead); herr == nil {
				if ok, _ := Sniff(head); ok {
					return nil, SkipTooLargeSettings, nil
				}
			}
			return nil, SkipTooLarge, nil
		}
		if err == nil {
			if ok, why := Sniff(src); !ok {
				return nil, why, nil
			}
		}
	}
	return src, "", err
}

// ErrIsOutput is returned for a file the run's output goes to (Linter.Outputs).
var ErrIsOutput = errors.New("this run's output goes to it (standard output or error redirected to the file, or --output); not read")

// stdinIsOutput reports whether standard input is one of the files the
// run writes to, and its size.
func (l *Linter) stdinIsOutput() (is bool, size int64) {
	f, ok := l.Stdin.(*os.File)
	if !ok || len(l.Outputs) == 0 {
		return false, 0
	}
	return l.amongOutputs(f.Stat())
}

// IsOutput reports whether the input path names ("-": standard input) is
// one of Outputs, and its size.
func (l *Linter) IsOutput(path string) (is bool, size int64) {
	switch {
	case len(l.Outputs) == 0: // (output to a pipe or a terminal, as in a pre-commit hook: no stat per file named)
		return false, 0
	case path == "-" || path == StdinName:
		return l.stdinIsOutput()
	}
	return l.amongOutputs(os.Stat(path))
}

// amongOutputs reports whether the file of a stat is one of Outputs, and
// its size.
func (l *Linter) amongOutputs(st os.FileInfo, err error) (bool, int64) {
	if err != nil || !st.Mode().IsRegular() || !oneOf(st, l.Outputs) {
		return false, 0
	}
	return true, st.Size()
}

// oneOf reports whether st is the stat of one of the files of outputs.
func oneOf(st os.FileInfo, outputs []os.FileInfo) bool {
	for _, o := range outputs {
		if os.SameFile(st, o) {
			return true
		}
	}
	return false
}

// outputError is ErrIsOutput for an output file of size bytes, saying
// why it is empty when it is.
func outputError(size int64) error {
	if size != 0 {
		return ErrIsOutput
	}
	return fmt.Errorf("%w%s", ErrIsOutput, EmptiedHint(size))
}

// EmptiedHint, for an output file found empty (size 0), says why and
// what to do: the shell emptied it for `>` before qalint started.
func EmptiedHint(size int64) string {
	if size != 0 {
		return ""
	}
	return "; it is empty: with >, the shell empties the file before qalint starts, so restore it (from version control or a backup)"
}

// ErrTooLarge is returned for inputs over the size limit.
var ErrTooLarge = errors.New("too large")

// Read reads one input (a path or StdinName) within the size limit; only
// regular files are read, so a FIFO or a device cannot hang the run.
func (l *Linter) Read(path string) ([]byte, error) {
	limit := l.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if path != StdinName {
		return readFile(path, limit, l.Outputs)
	}
	if l.Stdin == nil {
		return nil, &PathError{path, errors.New("no standard input")}
	}
	if is, size := l.stdinIsOutput(); is {
		// (an outside tester's `fix - < s.json >> s.json` appended the
		// fixed text to the original: two arrays, a broken file)
		return nil, &PathError{path, fmt.Errorf("standard input is the file this run's output goes to; not read (send the output to another file)%s", EmptiedHint(size))}
	}
	src, err := readAll(io.LimitReader(l.Stdin, limit+1), 512)
	if err != nil {
		return nil, &PathError{path, unwrapPathErr(err)}
	}
	if int64(len(src)) > limit {
		return nil, &PathError{path, fmt.Errorf("%w: over the %d-byte limit (--max-size)", ErrTooLarge, limit)}
	}
	return src, nil
}

// sniffHead is how much of a file over the size limit is read to tell
// whether it looks like settings.
const sniffHead = 64 << 10

// readHead reads at most n bytes from the start of the file at path.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path) // (a regular file: the walk stat-ed it, and its size was read)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	m, err := io.ReadFull(f, b)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return b[:m], err
}

// tooLarge is the error for a file of size bytes over limit.
func tooLarge(path string, size, limit int64) error {
	return &PathError{path, fmt.Errorf("%w: %d bytes is over the %d-byte limit (--max-size)", ErrTooLarge, size, limit)}
}

// PathError is an input that could not be read.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return untrusted.Path(e.Path) + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readAll reads to the end into a buffer sized from hint (the file's size
// from stat), so that a regular file is read without the buffer growing.
func readAll(r io.Reader, hint int64) ([]byte, error) {
	b := make([]byte, 0, hint+1) // +1: seeing EOF needs room for one more byte
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// maskFindings hides the document's credentials in every message, alias
// and pointer, whichever field a rule quoted: every output format shows
// them (a key pasted where a token belongs is in the pointer).
func maskFindings(doc *model.Document, fs []model.Finding) []model.Finding {
	if len(fs) == 0 {
		return fs
	}
	secrets := doc.Secrets()
	for i := range fs {
		fs[i].Message = secrets.Mask(fs[i].Message)
		fs[i].Alias = secrets.Mask(fs[i].Alias)
		fs[i].Pointer = secrets.Mask(fs[i].Pointer)
	}
	return fs
}
