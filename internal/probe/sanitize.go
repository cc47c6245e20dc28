package probe

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Server text (error messages, bodies, a Location header) is hostile input:
// it reaches a terminal, a CI log and a JSON report. It is cleaned of
// control characters and escape sequences, masked, and only then cut.

// maxServerText is the most of a server's own text (its error message, a
// body) a result quotes, in characters; maxMessage bounds the whole message,
// qalint's explanations included.
const (
	maxServerText = 300
	maxMessage    = 1000
)

// maxBodyText is how much of a body is turned into text at all, well past
// maxMessage, so that masking sees whole credentials before the cut.
const maxBodyText = 64 << 10

// escapeSequence matches ANSI/VT escape sequences: CSI (colours, cursor
// moves, screen clearing), OSC (window titles, hyperlinks) and two-byte ones.
var escapeSequence = regexp.MustCompile(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?|\x9b[0-?]*[ -/]*[@-~]`)

// cleanText removes escape sequences, NULs and every other control or
// format character (bidirectional overrides included); line breaks and tabs
// become spaces, so one result stays on one line, and runs of spaces shrink.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "?")
	s = escapeSequence.ReplaceAllString(s, "")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || unicode.IsSpace(r):
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

// cut shortens s to at most n characters, marking the cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// bodyText is a body as text for a message, before masking and the cut.
func bodyText(b []byte) string {
	if len(b) > maxBodyText {
		b = b[:maxBodyText]
	}
	return cleanText(string(b))
}

// shownMessage is what a result says: cleaned, masked, then cut.
func shownMessage(req *Request, s string) string {
	return cut(req.mask(cleanText(s)), maxMessage)
}

// fromServer makes a provider's error code and text fit to show: cleaned,
// masked, then cut.
func (r *Request) fromServer(code, text string) (string, string) {
	return cut(r.mask(cleanText(code)), 40), cut(r.mask(cleanText(text)), maxServerText)
}
