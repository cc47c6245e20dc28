// Package lint is qalint's core, usable as a library: it reads files, runs
// the rules and returns findings, in parallel and in a stable order.
package lint

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"sync"

	"github.com/qalint/qalint/internal/model"
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
}

// Inputs lists the inputs paths name (see Walk), leaving out ignored ones.
func (l *Linter) Inputs(paths []string) ([]Input, []*PathError) {
	var out []Input
	errs := Walk(paths, l.Ignore, func(in Input) { out = append(out, in) })
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
}

// Entries is the number of entries found.
func (r *Result) Entries() int {
	if r.Doc == nil {
		return 0
	}
	return len(r.Doc.Entries)
}

// Bytes lints one input held in memory.
func (l *Linter) Bytes(path string, src []byte) *Result {
	doc := model.NewDocument(path, src)
	return &Result{Path: path, Doc: doc, Findings: maskFindings(doc, rules.Check(doc, l.Rules))}
}

// Files lints the inputs named by paths (files, directories, "-" for
// standard input) in parallel, starting while directories are still being
// walked; results come back ordered by path.
func (l *Linter) Files(paths []string) []*Result {
	next := make(chan Input, 256)
	out := make(chan *Result, 256)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				out <- l.one(p)
			}
		}()
	}
	var errs []*PathError
	go func() {
		errs = Walk(paths, l.Ignore, func(in Input) { next <- in })
		close(next)
		wg.Wait()
		close(out)
	}()
	var results []*Result
	for r := range out {
		results = append(results, r)
	}
	for _, e := range errs { // written before out was closed
		results = append(results, &Result{Path: e.Path, Err: e})
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].Path < results[j].Path })
	return results
}

func (l *Linter) one(in Input) *Result {
	src, skipped, err := l.Load(in)
	switch {
	case err != nil:
		return &Result{Path: in.Path, Err: err}
	case skipped != "":
		return &Result{Path: in.Path, Skipped: skipped}
	}
	return l.Bytes(in.Path, src)
}

// Load reads one input; for a file met while walking a directory it also
// decides from the content whether the file is settings at all, and when
// not, says why in skipped (src is nil then). Such a file over the size
// limit is skipped rather than an error: it is almost never settings.
func (l *Linter) Load(in Input) (src []byte, skipped string, err error) {
	src, err = l.Read(in.Path)
	if in.Found {
		if errors.Is(err, ErrTooLarge) {
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

// ErrTooLarge is returned for inputs over the size limit.
var ErrTooLarge = errors.New("too large")

// Read reads one input (a path or StdinName) within the size limit; only
// regular files are read, so a FIFO or a device cannot hang the run.
func (l *Linter) Read(path string) ([]byte, error) {
	limit := l.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	var r io.Reader
	hint := int64(512)
	if path == StdinName {
		if l.Stdin == nil {
			return nil, &PathError{path, errors.New("no standard input")}
		}
		r = l.Stdin
	} else {
		// Stat before opening: opening a FIFO blocks until someone writes to it.
		st, err := os.Stat(path)
		switch {
		case err != nil:
			return nil, &PathError{path, unwrapPathErr(err)}
		case !st.Mode().IsRegular():
			return nil, &PathError{path, errors.New("not a regular file")}
		case st.Size() > limit:
			return nil, &PathError{path, fmt.Errorf("%w: %d bytes is over the %d-byte limit (--max-size)", ErrTooLarge, st.Size(), limit)}
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, &PathError{path, unwrapPathErr(err)}
		}
		defer f.Close()
		r = f
		hint = st.Size()
	}
	src, err := readAll(io.LimitReader(r, limit+1), hint)
	if err != nil {
		return nil, &PathError{path, unwrapPathErr(err)}
	}
	if int64(len(src)) > limit {
		return nil, &PathError{path, fmt.Errorf("%w: over the %d-byte limit (--max-size)", ErrTooLarge, limit)}
	}
	return src, nil
}

// PathError is an input that could not be read.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
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

// maskFindings hides the document's credentials in every message, whichever
// field a rule quoted: every output format shows these messages.
func maskFindings(doc *model.Document, fs []model.Finding) []model.Finding {
	if len(fs) == 0 {
		return fs
	}
	secrets := doc.Secrets()
	for i := range fs {
		fs[i].Message = secrets.Mask(fs[i].Message)
		fs[i].Alias = secrets.Mask(fs[i].Alias)
	}
	return fs
}
