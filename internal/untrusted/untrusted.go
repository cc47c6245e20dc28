// Package untrusted makes text from outside (a server's error message, a
// body, a model list) fit to show on a terminal, in a CI log or a report:
// escape sequences, control and format characters (bidirectional overrides
// included) removed, line breaks folded, and cut short. It is a leaf
// package: the prober and the catalogue updater treat server text alike.
package untrusted

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/text"
)

// escapeSequence matches ANSI/VT escape sequences: CSI (colours, cursor
// moves, screen clearing), OSC (window titles, hyperlinks) and two-byte ones.
var escapeSequence = regexp.MustCompile(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?|\x9b[0-?]*[ -/]*[@-~]`)

// MaxScan is how much of a text Clean looks at: well past anything shown,
// so that masking (done after cleaning) sees whole credentials before a cut.
const MaxScan = 64 << 10

// Clean removes escape sequences, NULs and every other control or format
// character (bidirectional overrides included); line breaks and tabs become
// spaces, so the text stays on one line, and runs of spaces shrink. Only
// the first MaxScan bytes are read.
func Clean(s string) string {
	if len(s) > MaxScan {
		s = s[:MaxScan]
	}
	s = strings.ToValidUTF8(s, "?")
	s = escapeSequence.ReplaceAllString(s, "")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// Cut shortens s to at most n characters, marking the cut.
func Cut(s string, n int) string { return text.Fit(s, n) }

// IsPrintableID reports whether s is fit to be an identifier taken from a
// server (a model id): non-empty, at most 200 bytes, printable ASCII
// without spaces.
func IsPrintableID(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}

// Path shows a file name fit for a terminal or a CI log: control
// characters (an escape sequence, a line break that would forge a line of
// its own), and format characters that reorder text on display (U+202E
// shows "gnp.exe" as "exe.png"), are written as escapes ("\x1b",
// "\u202e"), so that the name stays recognisable and on one line.
func Path(p string) string {
	clean := true
	for i := 0; i < len(p) && clean; {
		r, n := utf8.DecodeRuneInString(p[i:])
		clean = !hidden(r, n)
		i += n
	}
	if clean {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case !hidden(r, n):
			b.WriteString(p[i : i+n])
		case n == 1: // a control character below 0x80, or a byte that is no UTF-8
			fmt.Fprintf(&b, `\x%02x`, p[i])
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// hidden: a control or format character, or a byte that is no UTF-8 (r is
// utf8.RuneError, n 1).
func hidden(r rune, n int) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError && n == 1
}
