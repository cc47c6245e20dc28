package reader

import (
	"strings"
	"unicode/utf8"
)

// Typographic quotes that people paste from documents and chat.
const (
	curlyDoubles = "“”„‟"
	curlySingles = "‘’‚‛"
)

func isCurlyQuote(r rune) bool {
	return r > 0x7f && (strings.ContainsRune(curlyDoubles, r) || strings.ContainsRune(curlySingles, r))
}

// closes reports whether r ends a string opened with open. A string opened
// with a straight quote ends only with the same straight quote (curly quotes
// inside it are content); one opened with a curly quote also ends with the
// straight quote of its family, so `“gpt-4"` reads as "gpt-4".
func closes(open, r rune) bool {
	switch {
	case open == '"' || open == '\'' || open == '`':
		return r == open
	case strings.ContainsRune(curlyDoubles, open):
		return r == '"' || strings.ContainsRune(curlyDoubles, r)
	default:
		return r == '\'' || strings.ContainsRune(curlySingles, r)
	}
}

func quoteOf(open rune) Quote {
	switch open {
	case '"':
		return Double
	case '\'':
		return Single
	case '`':
		return Backtick
	}
	return Curly
}

// str reads a string whose opening delimiter is at p.pos.
func (p *parser) str() (*Node, *SyntaxError) {
	start := p.pos
	open, openSize := p.peekRune()
	n, closeAt, closeSize, err := p.scanString(start, open, openSize, -1)
	if open == '"' || open == '\'' {
		// A straight-quoted string that never closes on its line, or that is
		// followed by text no value can be followed by, was most likely
		// closed with a curly quote: `"gpt-4”,`. Read it that way instead.
		if alt := p.curlyCloseCandidate(start+openSize, open, err != nil); alt >= 0 {
			p.pos = start
			n, closeAt, closeSize, err = p.scanString(start, open, openSize, alt)
		}
	}
	if err != nil {
		return nil, err
	}
	closeRune, _ := utf8.DecodeRune(p.src[closeAt:])
	switch {
	case isCurlyQuote(open) || isCurlyQuote(closeRune):
		n.Quote = Curly
		var edits []Edit
		if open != '"' {
			edits = append(edits, Edit{start, start + openSize, `"`})
		}
		if closeRune != '"' {
			edits = append(edits, Edit{closeAt, closeAt + closeSize, `"`})
		}
		if open == '\'' || closeRune == '\'' || strings.ContainsRune(curlySingles, open) {
			// A single-quote family string may hold a bare ", which a
			// double-quoted one must escape; leave such a string alone.
			if strings.ContainsRune(n.Text, '"') {
				edits = nil
			}
		}
		p.tolerate(CurlyQuote, start, n.End, edits...)
	case open == '\'':
		p.tolerate(SingleQuote, start, n.End)
	case open == '`':
		p.tolerate(BacktickQuote, start, n.End)
	}
	return n, nil
}

// scanString reads the string body. With forceClose >= 0 the string ends at
// that offset whatever is there.
func (p *parser) scanString(start int, open rune, openSize int, forceClose int) (n *Node, closeAt, closeSize int, err *SyntaxError) {
	p.pos = start + openSize
	var b strings.Builder
	segment := p.pos
	escaped := false
	for {
		if p.pos >= len(p.src) {
			return nil, 0, 0, p.fail(start, "this string is never closed: add the closing quote")
		}
		c := p.src[p.pos]
		if c < utf8.RuneSelf {
			switch {
			case c == '\\':
				escaped = true
				b.Write(p.src[segment:p.pos])
				if e := p.escape(&b); e != nil {
					return nil, 0, 0, e
				}
				segment = p.pos
				continue
			case (c == '\n' || c == '\r') && open != '`':
				return nil, 0, 0, p.fail(start, "this string is not closed before the end of its line: add the closing quote")
			case p.pos == forceClose || (forceClose < 0 && closes(open, rune(c))):
				t := p.finishText(&b, escaped, segment)
				closeAt, closeSize = p.pos, 1
				p.pos++
				return p.node(Node{Kind: String, Start: start, End: p.pos, Text: t, Quote: quoteOf(open)}), closeAt, closeSize, nil
			}
			p.pos++
			continue
		}
		r, size := utf8.DecodeRune(p.src[p.pos:])
		if r == utf8.RuneError && size == 1 {
			return nil, 0, 0, p.fail(p.pos, "byte 0x%02x is not UTF-8 text: save the file as UTF-8", c)
		}
		if p.pos == forceClose || (forceClose < 0 && closes(open, r)) {
			t := p.finishText(&b, escaped, segment)
			closeAt, closeSize = p.pos, size
			p.pos += size
			return p.node(Node{Kind: String, Start: start, End: p.pos, Text: t, Quote: quoteOf(open)}), closeAt, closeSize, nil
		}
		p.pos += size
	}
}

// finishText is the string's value up to p.pos: without escapes, the source
// bytes as they are (one allocation, no builder).
func (p *parser) finishText(b *strings.Builder, escaped bool, segment int) string {
	if !escaped {
		return p.text[segment:p.pos]
	}
	b.Write(p.src[segment:p.pos])
	return b.String()
}

// curlyCloseCandidate looks, on the string's first line, for a curly quote of
// the opening quote's family that is followed only by space and then by
// something that may follow a value (, : } ] a comment or the line's end).
// It answers -1 when the string as read is fine.
func (p *parser) curlyCloseCandidate(body int, open rune, unterminated bool) int {
	if !unterminated {
		rest := p.pos
		for rest < len(p.src) && (p.src[rest] == ' ' || p.src[rest] == '\t') {
			rest++
		}
		if rest >= len(p.src) || strings.IndexByte(",:}]\r\n/;", p.src[rest]) >= 0 {
			return -1
		}
	}
	family := curlyDoubles
	if open == '\'' {
		family = curlySingles
	}
	for i := body; i < len(p.src) && p.src[i] != '\n' && p.src[i] != '\r'; {
		r, size := utf8.DecodeRune(p.src[i:])
		if r == '\\' {
			i += 2
			continue
		}
		if strings.ContainsRune(family, r) {
			j := i + size
			for j < len(p.src) && (p.src[j] == ' ' || p.src[j] == '\t') {
				j++
			}
			if j >= len(p.src) || strings.IndexByte(",:}]\r\n", p.src[j]) >= 0 {
				return i
			}
		}
		i += size
	}
	return -1
}

// escape decodes one backslash escape at p.pos into b. JSON escapes are read
// as JSON does; JavaScript-only escapes are read as JavaScript does and
// recorded, since a strict JSON tool would reject them.
func (p *parser) escape(b *strings.Builder) *SyntaxError {
	start := p.pos
	if p.pos+1 >= len(p.src) {
		return p.fail(start, "a backslash at the end of the input")
	}
	c := p.src[p.pos+1]
	p.pos += 2
	switch c {
	case '"', '\\', '/':
		b.WriteByte(c)
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		r, ok := p.hex(4)
		if !ok {
			return p.fail(start, `invalid \u escape: it needs four hex digits`)
		}
		if r >= 0xD800 && r < 0xDC00 && p.pos+1 < len(p.src) && p.src[p.pos] == '\\' && p.src[p.pos+1] == 'u' {
			save := p.pos
			p.pos += 2
			if lo, ok := p.hex(4); ok && lo >= 0xDC00 && lo < 0xE000 {
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
			} else {
				p.pos = save
			}
		}
		if !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	case 'x':
		r, ok := p.hex(2)
		if !ok {
			return p.fail(start, `invalid \x escape: it needs two hex digits`)
		}
		b.WriteRune(r)
		p.tolerate(JSEscape, start, p.pos)
	case '\n':
		p.tolerate(JSEscape, start, p.pos) // a JavaScript line continuation
	case '\r':
		if p.pos < len(p.src) && p.src[p.pos] == '\n' {
			p.pos++
		}
		p.tolerate(JSEscape, start, p.pos)
	case '0':
		b.WriteByte(0)
		p.tolerate(JSEscape, start, p.pos)
	case 'v':
		b.WriteByte('\v')
		p.tolerate(JSEscape, start, p.pos)
	default:
		// JavaScript reads \' \` and any other \c as c itself.
		p.pos--
		r, size := utf8.DecodeRune(p.src[p.pos:])
		if r == utf8.RuneError && size == 1 {
			return p.fail(p.pos, "byte 0x%02x is not UTF-8 text: save the file as UTF-8", p.src[p.pos])
		}
		b.WriteRune(r)
		p.pos += size
		p.tolerate(JSEscape, start, p.pos)
	}
	return nil
}

func (p *parser) hex(n int) (rune, bool) {
	if p.pos+n > len(p.src) {
		return 0, false
	}
	var r rune
	for _, c := range p.src[p.pos : p.pos+n] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	p.pos += n
	return r, true
}
