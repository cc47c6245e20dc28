package model

import (
	"fmt"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/reader"
)

// encoder writes a value as strict JSON, repeated keys resolved.
type encoder struct {
	buf []byte
}

func (e *encoder) value(n *reader.Node) {
	switch n.Kind {
	case reader.Object:
		e.buf = append(e.buf, '{')
		first := true
		winning := n.Winners()
		for i, m := range n.Members {
			if !winning[i] || m.Value.Kind == reader.Undefined {
				continue // as JSON.stringify does: an undefined member is left out
			}
			if !first {
				e.buf = append(e.buf, ',')
			}
			first = false
			e.buf = AppendJSONString(e.buf, m.Key)
			e.buf = append(e.buf, ':')
			e.value(m.Value)
		}
		e.buf = append(e.buf, '}')
	case reader.Array:
		e.buf = append(e.buf, '[')
		for i, it := range n.Items {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.value(it)
		}
		e.buf = append(e.buf, ']')
	case reader.String:
		e.buf = AppendJSONString(e.buf, n.Text)
	case reader.Number, reader.Bool:
		e.buf = append(e.buf, n.Text...)
	default:
		e.buf = append(e.buf, "null"...)
	}
}

// AppendJSONString appends s as a JSON string, keeping non-ASCII text as
// UTF-8 so that messages and rewritten files stay readable.
func AppendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, s[i:i+size]...)
			}
			i += size
			continue
		}
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		default:
			if c < 0x20 {
				b = append(b, `\u00`...)
				b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xf])
			} else {
				b = append(b, c)
			}
		}
		i++
	}
	return append(b, '"')
}

// Quote is AppendJSONString for messages, of at most QuoteLimit characters
// of s: a report never grows with the length of a value.
// Characters no one sees (a zero-width space, a byte order mark, a bidi
// control, a no-break space) are written as \uXXXX escapes, so that a
// message never quotes two values that look alike but differ (an outside
// tester's "gateway.ai.cloud\u200bflare.com" looks like "gateway.ai.cloudflare.com").
func Quote(s string) string {
	if c := Clip(s, QuoteLimit); len(c) < len(s) {
		return string(showInvisible(AppendJSONString(nil, c))) + fmt.Sprintf(" (%d bytes)", len(s))
	}
	if plainJSON(s) { // most values: one allocation, not a growing buffer and a copy
		return `"` + s + `"`
	}
	return string(showInvisible(AppendJSONString(make([]byte, 0, len(s)+8), s)))
}

// showInvisible rewrites the invisible characters of a quoted string as
// \uXXXX escapes (see Quote); b itself when it has none.
func showInvisible(b []byte) []byte {
	var out []byte // made at the first invisible character: most strings have none
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			if out != nil {
				out = append(out, b[i])
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case reader.IsInvisible(r):
			if out == nil {
				out = append(make([]byte, 0, len(b)+16), b[:i]...)
			}
			out = fmt.Appendf(out, `\u%04x`, r)
		case out != nil:
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	if out == nil {
		return b
	}
	return out
}

// plainJSON reports whether AppendJSONString writes s as it is between the
// quotes: printable ASCII without a quote or a backslash.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// Canonical is the strict JSON of any read value, repeated keys resolved as
// Qarbine resolves them. Two inputs hold the same values exactly when their
// canonical forms are equal.
func Canonical(n *reader.Node) []byte {
	e := &encoder{buf: make([]byte, 0, 256)}
	e.value(n)
	return e.buf
}
