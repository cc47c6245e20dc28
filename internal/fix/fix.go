// Package fix rewrites what is safely fixable in a settings file, keeping
// every other byte as it was: curly-quote delimiters become straight quotes,
// a byte order mark is dropped, and trailing commas are removed when the
// file is otherwise strict JSON. It refuses any rewrite that would not read
// back to the very same values.
package fix

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/secret"
	"github.com/qalint/qalint/internal/source"
)

// Result of fixing one input.
type Result struct {
	Output []byte
	Counts map[reader.TolKind]int // what was rewritten
}

// Changed reports whether anything was rewritten.
func (r *Result) Changed() bool { return len(r.Counts) > 0 }

// Summary says what was rewritten: "2 curly quotes, 1 trailing comma".
func (r *Result) Summary() string {
	var parts []string
	for _, k := range []reader.TolKind{reader.CurlyQuote, reader.TrailingComma, reader.BOM} {
		if n := r.Counts[k]; n > 0 {
			name := k.String()
			if n > 1 {
				name += "s"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, name))
		}
	}
	return joinComma(parts)
}

// ErrUnreadable is returned for input that cannot be fixed safely because
// some of it cannot be read.
var ErrUnreadable = errors.New("cannot be fixed safely")

// Unreadable lists every place of an input that fix cannot read, so that
// one run tells the user all they must delete by hand. It wraps
// ErrUnreadable.
type Unreadable struct {
	Places []Place
}

// Place is a position in the input and what is wrong there.
type Place struct {
	Line, Col int
	Msg       string
}

func (u *Unreadable) Error() string {
	var b strings.Builder
	b.WriteString(ErrUnreadable.Error())
	for i, p := range u.Places {
		if i > 0 {
			b.WriteString(";")
		}
		fmt.Fprintf(&b, ": line %d, column %d: %s", p.Line, p.Col, p.Msg)
	}
	return b.String()
}

func (u *Unreadable) Unwrap() error { return ErrUnreadable }

// unreadable names the first place reading failed and every later span
// the reader skipped to recover (documentation prose on several lines).
func unreadable(src []byte, read *reader.Result) *Unreadable {
	idx := source.NewIndex(src)
	p := idx.Pos(read.Err.Offset)
	u := &Unreadable{Places: []Place{{p.Line, p.Col, read.Err.Msg}}}
	for _, sp := range read.Skipped {
		if sp.Start == read.Err.Offset {
			continue
		}
		p := idx.Pos(sp.Start)
		text := []rune(strings.ToValidUTF8(string(src[sp.Start:sp.End]), "\uFFFD"))
		if len(text) > 32 {
			text = append(text[:32], '…')
		}
		u.Places = append(u.Places, Place{p.Line, p.Col, "unexpected text " + strconv.Quote(secret.MaskTokens(string(text))) + "; delete it"})
	}
	return u
}

// strictOtherwise are the tolerances that still leave a file "strict JSON
// otherwise" for the trailing-comma fix.
var fixable = map[reader.TolKind]bool{reader.CurlyQuote: true, reader.TrailingComma: true, reader.BOM: true}

// Bytes fixes src. It never returns output that reads back to other values.
func Bytes(src []byte) (*Result, error) {
	read := reader.Read(src)
	if read.Err != nil {
		return nil, unreadable(src, read)
	}
	res := &Result{}
	edits, counts := plan(read)
	res.Counts = counts
	if len(edits) == 0 {
		res.Output = src
		return res, nil
	}
	res.Output = apply(src, edits)
	if err := verify(read.Root, res.Output); err != nil {
		return nil, err
	}
	return res, nil
}

// plan collects the edits fix makes to what the reader read, and counts
// them by kind. Trailing commas are removed only when the file is strict
// JSON otherwise.
func plan(read *reader.Result) ([]reader.Edit, map[reader.TolKind]int) {
	strictOtherwise := true
	for _, t := range read.Tolerances {
		if !fixable[t.Kind] {
			strictOtherwise = false
			break
		}
	}
	counts := map[reader.TolKind]int{}
	var edits []reader.Edit
	for _, t := range read.Tolerances {
		if len(t.Edits) == 0 || (t.Kind == reader.TrailingComma && !strictOtherwise) {
			continue
		}
		edits = append(edits, t.Edits...)
		counts[t.Kind]++
	}
	return edits, counts
}

// apply performs non-overlapping edits in order.
func apply(src []byte, edits []reader.Edit) []byte {
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	var b bytes.Buffer
	b.Grow(len(src))
	at := 0
	for _, e := range edits {
		if e.Start < at {
			continue // overlapping: keep the first
		}
		b.Write(src[at:e.Start])
		b.WriteString(e.Text)
		at = e.End
	}
	b.Write(src[at:])
	return b.Bytes()
}

// verify re-reads the output: it must read cleanly, hold the same values,
// and need no further fix (so fix is idempotent).
func verify(before *reader.Node, out []byte) error {
	after := reader.Read(out)
	if after.Err != nil || after.Root == nil {
		return fmt.Errorf("%w: the rewrite would not read back (%v); nothing was changed", ErrUnreadable, after.Err)
	}
	if !bytes.Equal(model.Canonical(before), model.Canonical(after.Root)) {
		return fmt.Errorf("%w: the rewrite would change values; nothing was changed", ErrUnreadable)
	}
	if again, _ := plan(after); len(again) > 0 {
		return fmt.Errorf("%w: the rewrite would not settle; nothing was changed", ErrUnreadable)
	}
	return nil
}

func joinComma(parts []string) string {
	var b bytes.Buffer
	for i, p := range parts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p)
	}
	return b.String()
}
