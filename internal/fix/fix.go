// Package fix rewrites what is safely fixable in a settings file, keeping
// every other byte as it was: curly-quote delimiters become straight quotes,
// a backtick string holding ${…} becomes a quoted one, a byte order mark is
// dropped, UTF-16 becomes UTF-8, and in a JSON-style text trailing commas
// are removed and raw control characters escaped. It refuses any rewrite
// that would not read back to the very same values.
package fix

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/source"
)

// Result of fixing one input.
type Result struct {
	Output []byte
	Counts map[reader.TolKind]int // what was rewritten
	// Encoding is the input's; anything but UTF-8 is rewritten as UTF-8.
	Encoding reader.Encoding
	// Read is the reading of Output that fix verified, for a lint of the
	// output that does not read it again (lint.Linter.BytesRead).
	Read *reader.Result
}

// Changed reports whether anything was rewritten.
func (r *Result) Changed() bool { return len(r.Counts) > 0 || r.Encoding != reader.UTF8 }

// summaryOrder is the order Summary names what was rewritten in.
var summaryOrder = []reader.TolKind{reader.CurlyQuote, reader.TemplateSubstitution, reader.TrailingComma, reader.ControlChar, reader.BOM}

// Summary says what was rewritten: "2 curly quotes, 1 trailing comma".
func (r *Result) Summary() string {
	var parts []string
	if r.Encoding != reader.UTF8 {
		parts = append(parts, r.Encoding.String()+" to UTF-8")
	}
	for _, k := range summaryOrder {
		n := r.Counts[k]
		switch {
		case n == 0:
		case k == reader.TemplateSubstitution && n == 1:
			// Says what was done, without the jargon "template literal".
			parts = append(parts, "1 backtick string into a quoted string")
		case k == reader.TemplateSubstitution:
			parts = append(parts, fmt.Sprintf("%d backtick strings into quoted strings", n))
		case n == 1:
			parts = append(parts, "1 "+k.String())
		default:
			parts = append(parts, fmt.Sprintf("%d %ss", n, k.String()))
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
	// Skipped: the reader dropped text here to read on (documentation
	// pasted into the setting), text to delete. Otherwise the text is to
	// be mended: a bracket left open, an empty file, a name declared twice.
	Skipped bool
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
	u := &Unreadable{}
	if len(read.Recovered) == 0 || read.Recovered[0] != read.Err {
		u.Places = append(u.Places, Place{Line: p.Line, Col: p.Col, Msg: read.Err.Msg})
	}
	for _, err := range read.Recovered {
		p := idx.Pos(err.Offset)
		u.Places = append(u.Places, Place{Line: p.Line, Col: p.Col, Msg: err.Msg, Skipped: true})
	}
	// In the order of the text: a bracket left open at the end comes after
	// the notes skipped before it.
	sort.SliceStable(u.Places, func(i, j int) bool {
		a, b := u.Places[i], u.Places[j]
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	return u
}

// maxRounds bounds the re-planning: a rewrite may turn a JavaScript-style
// text into a JSON one (its only backtick string becomes a quoted string),
// where trailing commas are then fixed too.
const maxRounds = 4

// Bytes fixes src, judging its style by content alone (see Text).
func Bytes(src []byte) (*Result, error) { return Text("", src) }

// Text fixes src, the contents of the file name (whose extension may say it
// is JavaScript). It never returns output that reads back to other values.
func Text(name string, src []byte) (*Result, error) {
	text, enc := reader.Decode(src)
	read := reader.Read(text)
	if read.Err != nil {
		return nil, unreadable(text, read)
	}
	for _, st := range read.Statements {
		if st.Form == reader.BareValue && model.WrappedSetting(st.Value) {
			// Its backtick rewrite would make it one escaped string, a
			// setting harder to mend.
			p := source.NewIndex(text).Pos(st.Value.Start)
			return nil, &Unreadable{Places: []Place{{Line: p.Line, Col: p.Col,
				Msg: "the whole setting is one string, wrapped in backticks or quotes (a chat's inline code): remove the two around it, then run fix again"}}}
		}
	}
	if at := reader.UTF16Loss(src); at >= 0 {
		// Written as UTF-8 the file would hold U+FFFD there instead.
		p := source.NewIndex(text).Pos(at)
		return nil, &Unreadable{Places: []Place{{Line: p.Line, Col: p.Col,
			Msg: "a UTF-16 character that UTF-8 cannot hold (an unpaired surrogate, or half a character at the end): converted, the file would hold U+FFFD here instead; mend it, then run fix again"}}}
	}
	res := &Result{Counts: map[reader.TolKind]int{}, Encoding: enc}
	out, cur := text, read
	for round := 0; round < maxRounds; round++ {
		edits := plan(out, cur, model.StyleOf(name, cur), res.Counts)
		if len(edits) == 0 {
			break
		}
		out = apply(out, edits)
		if cur = reader.Read(out); cur.Err != nil {
			return nil, fmt.Errorf("%w: the rewrite would not read back (%v); nothing was changed", ErrUnreadable, cur.Err)
		}
	}
	if !res.Changed() {
		res.Output, res.Read = src, read // UTF-8 then: text is src
		return res, nil
	}
	if err := verify(name, out, read, cur); err != nil {
		return nil, err
	}
	res.Output, res.Read = out, cur
	return res, nil
}

// plan collects the edits fix makes to what the reader read, and counts
// them by kind. What a finding marks fixable, plan fixes, and nothing else:
// trailing commas and control characters matter (and are reported) only in
// a JSON-style text, where they are removed and escaped.
func plan(src []byte, read *reader.Result, style model.Style, counts map[reader.TolKind]int) []reader.Edit {
	var edits []reader.Edit
	single, styled := false, false // the file's quote style, once a backtick string needs it
	for _, t := range read.Tolerances {
		if len(t.Edits) == 0 {
			continue
		}
		switch t.Kind {
		case reader.TrailingComma, reader.ControlChar:
			if style != model.JSON {
				continue
			}
		case reader.CurlyQuote, reader.TemplateSubstitution, reader.BOM:
		default:
			continue
		}
		restyle := t.Kind == reader.TemplateSubstitution || t.Kind == reader.CurlyQuote && style != model.JSON
		if restyle && !styled {
			single, styled = singleQuoted(read), true
		}
		if edits == nil {
			edits = make([]reader.Edit, 0, len(read.Tolerances))
		}
		switch {
		case t.Kind == reader.TemplateSubstitution && single:
			for _, e := range t.Edits {
				e.Text = singleQuote(e.Text)
				edits = append(edits, e)
			}
		case t.Kind == reader.CurlyQuote && single && style != model.JSON && !holdsSingleQuote(src, t):
			// ‘Cloudflare’ in a file of 'single-quoted' strings becomes
			// 'Cloudflare', as a backtick string does (outside testers saw
			// "Cloudflare" among single quotes).
			for _, e := range t.Edits {
				switch {
				case e.Text == `"`:
					e.Text = "'"
				default:
					e.Text = singleQuote(e.Text)
				}
				edits = append(edits, e)
			}
		default:
			edits = append(edits, t.Edits...)
		}
		if counts != nil {
			counts[t.Kind]++
		}
	}
	return edits
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

// verify checks the final output: it holds the same settings with the same
// values, and needs no further fix (so fix is idempotent).
func verify(name string, out []byte, before, after *reader.Result) error {
	if !sameStatements(before, after) && !bytes.Equal(canonical(before), canonical(after)) {
		return fmt.Errorf("%w: the rewrite would change values; nothing was changed", ErrUnreadable)
	}
	if again := plan(out, after, model.StyleOf(name, after), nil); len(again) > 0 {
		return fmt.Errorf("%w: the rewrite would not settle; nothing was changed", ErrUnreadable)
	}
	return nil
}

// sameStatements reports whether two readings hold the very same
// statements and trees: same forms, names, kinds, texts, keys and order.
// canonical is a function of exactly these, so their canonical forms are
// then equal, which this finds without writing them; a false answer
// proves nothing (canonical forms can be equal for different trees) and
// the forms are compared.
func sameStatements(a, b *reader.Result) bool {
	if len(a.Statements) != len(b.Statements) {
		return false
	}
	for i := range a.Statements {
		x, y := &a.Statements[i], &b.Statements[i]
		if x.Form != y.Form || x.Keyword != y.Keyword || x.Name != y.Name || !sameNode(x.Value, y.Value) {
			return false
		}
	}
	return true
}

func sameNode(a, b *reader.Node) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Kind != b.Kind || a.Text != b.Text || len(a.Members) != len(b.Members) || len(a.Items) != len(b.Items) {
		return false
	}
	for i := range a.Members {
		if a.Members[i].Key != b.Members[i].Key || !sameNode(a.Members[i].Value, b.Members[i].Value) {
			return false
		}
	}
	for i := range a.Items {
		if !sameNode(a.Items[i], b.Items[i]) {
			return false
		}
	}
	return true
}

// canonical is every statement's form, name and value as strict JSON.
func canonical(r *reader.Result) []byte {
	var b []byte
	for _, st := range r.Statements {
		b = strconv.AppendInt(b, int64(st.Form), 10)
		b = append(append(append(b, ' '), st.Keyword...), ' ')
		b = append(strconv.AppendQuote(b, st.Name), '=')
		b = append(b, model.Canonical(st.Value)...)
		b = append(b, '\n')
	}
	return b
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

// holdsSingleQuote reports whether the curly-quoted string t spans holds a
// straight ' between its delimiters, which single quotes would end.
func holdsSingleQuote(src []byte, t reader.Tolerance) bool {
	body := string(src[t.Start:t.End])
	_, first := utf8.DecodeRuneInString(body)
	_, last := utf8.DecodeLastRuneInString(body)
	return first+last <= len(body) && strings.ContainsRune(body[first:len(body)-last], '\'')
}
