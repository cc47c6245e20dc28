package reader

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
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
	text, quote, ok := p.plainString()
	if !ok {
		var err *SyntaxError
		if text, quote, err = p.strValue(); err != nil {
			return nil, err
		}
	}
	x := p.node(String, start, p.pos, text)
	x.Quote = quote
	return x, nil
}

// plainString reads, at p.pos, a "…" or '…' string of printable ASCII
// without escapes that is followed by something that may follow a value:
// nearly every string of a settings text, read here without strValue's
// checks, which would find nothing more to record. It answers false, p.pos
// unchanged, for any other string.
func (p *parser) plainString() (string, Quote, bool) {
	start, open := p.pos, p.src[p.pos]
	if open != '"' && open != '\'' {
		return "", 0, false
	}
	i := start + 1
	for i < len(p.src) && plainByte[p.src[i]] && p.src[i] != open {
		i++
	}
	if i >= len(p.src) || p.src[i] != open {
		return "", 0, false
	}
	// What curlyCloseCandidate checks of a closed string.
	j := i + 1
	for j < len(p.src) && (p.src[j] == ' ' || p.src[j] == '\t') {
		j++
	}
	if j < len(p.src) && !mayFollowString[p.src[j]] {
		return "", 0, false
	}
	p.pos = i + 1
	if open == '\'' {
		p.tolerate(SingleQuote, start, p.pos)
		return p.text[start+1 : i], Single, true
	}
	return p.text[start+1 : i], Double, true
}

// mayFollowString marks the bytes after which curlyCloseCandidate takes a
// closed string as it is read.
var mayFollowString = func() (t [256]bool) {
	for _, c := range []byte(",:}]\r\n/;") {
		t[c] = true
	}
	return t
}()

// strValue reads a string whose opening delimiter is at p.pos and returns
// its value and quote; it ends at p.pos. A key needs no node of its own.
func (p *parser) strValue() (string, Quote, *SyntaxError) {
	start := p.pos
	open, openSize := p.peekRune()
	tols := len(p.res.Tolerances)
	text, closeAt, closeSize, err := p.scanString(start, open, openSize, -1)
	if open == '"' || open == '\'' {
		// A straight-quoted string that never closes on its line, or that is
		// followed by text no value can be followed by, was most likely
		// closed with a curly quote: `"gpt-4”,`. Read it that way instead.
		if alt := p.curlyCloseCandidate(start+openSize, open, err != nil); alt >= 0 {
			p.pos = start
			p.res.Tolerances = p.res.Tolerances[:tols] // the body is read again
			text, closeAt, closeSize, err = p.scanString(start, open, openSize, alt)
		}
	}
	if err != nil {
		return "", 0, err
	}
	end, quote := p.pos, quoteOf(open)
	closeRune := rune(p.src[closeAt])
	if closeRune >= utf8.RuneSelf {
		closeRune, _ = utf8.DecodeRune(p.src[closeAt:])
	}
	switch {
	case isCurlyQuote(open) || isCurlyQuote(closeRune):
		quote = Curly
		var edits []Edit
		if open != '"' {
			edits = append(edits, Edit{start, start + openSize, `"`})
		}
		if closeRune != '"' {
			edits = append(edits, Edit{closeAt, closeAt + closeSize, `"`})
		}
		if open == '\'' || closeRune == '\'' || strings.ContainsRune(curlySingles, open) {
			// A single-quote family string may hold a bare ", which a
			// double-quoted one must escape: write the whole string anew.
			if strings.ContainsRune(text, '"') {
				edits = []Edit{{start, end, quoteJSON(text)}}
			}
		}
		p.tolerate(CurlyQuote, start, end, edits...)
	case open == '\'':
		p.tolerate(SingleQuote, start, end)
	case open == '`':
		p.tolerate(BacktickQuote, start, end)
		for i, sub := range p.subs {
			// The string becomes a quoted one whose ${…} is plain text; one
			// edit for the string, carried by its first substitution.
			var edits []Edit
			if i == 0 {
				edits = []Edit{{start, end, quoteLines(text, lineBreakOf(p.src[start:end]))}}
			}
			p.tolerate(TemplateSubstitution, sub.Start, sub.End, edits...)
		}
	}
	return text, quote, nil
}

// quoteJSON writes s as a JSON string, which JavaScript reads alike:
// U+2028 and U+2029 escaped, non-ASCII text kept.
func quoteJSON(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return strconv.Quote(s) // unreachable: a string always encodes
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// quoteLines is quoteJSON for a string that may span lines (a template
// literal): each line break becomes \n and a line continuation ending in
// eol (the text's own line break), so the text keeps its lines and its
// value.
func quoteLines(s, eol string) string {
	if !strings.Contains(s, "\n") {
		return quoteJSON(s)
	}
	parts := strings.Split(s, "\n")
	for i, part := range parts {
		q := quoteJSON(part)
		parts[i] = q[1 : len(q)-1]
	}
	return `"` + strings.Join(parts, "\\n\\"+eol) + `"`
}

// lineBreakOf is the line break raw text uses: CR LF if it has one, else LF.
func lineBreakOf(raw []byte) string {
	if bytes.Contains(raw, []byte("\r\n")) {
		return "\r\n"
	}
	return "\n"
}

// substitution skips a template literal's ${…} starting at at, and returns
// the offset after its closing brace.
func (p *parser) substitution(at int) (int, *SyntaxError) {
	depth := 0
	for i := at + 2; i < len(p.src); i++ {
		switch c := p.src[i]; c {
		case '{':
			depth++
		case '}':
			if depth == 0 {
				expr := strings.TrimSpace(p.text[at+2 : i])
				if expr == "" {
					return 0, p.fail(at, "an empty ${} in a backtick string: JavaScript cannot read it, and Qarbine cannot load the setting")
				}
				if !simpleExpression(expr) {
					return 0, p.fail(at, "the ${…} in this backtick string is not a name, a number or quoted text: JavaScript cannot read it as written, and Qarbine cannot load the setting")
				}
				return i + 1, nil
			}
			depth--
		case '"', '\'':
			for i++; i < len(p.src) && p.src[i] != c && p.src[i] != '\n'; i++ {
				if p.src[i] == '\\' {
					i++
				}
			}
		case '`', '\n', '\r':
			// A nested template or an expression over several lines is
			// beyond a settings text; most likely the } is missing.
			i = len(p.src)
		}
	}
	return 0, p.fail(at, "this ${ in a backtick string is never closed with }: JavaScript cannot read it, and Qarbine cannot load the setting")
}

// scanString reads the string body. With forceClose >= 0 the string ends at
// that offset whatever is there.
func (p *parser) scanString(start int, open rune, openSize int, forceClose int) (text string, closeAt, closeSize int, err *SyntaxError) {
	p.pos = start + openSize
	p.subs = p.subs[:0]
	var b strings.Builder
	segment := p.pos
	escaped := false
	// plainEnd is where the run of plain bytes must stop: the forced close,
	// else the end of the input.
	plainEnd := len(p.src)
	if forceClose >= 0 {
		plainEnd = min(forceClose, plainEnd)
	}
	closer := asciiCloser(open)
	plainTable := &plainByte
	if open == '`' {
		plainTable = &plainTemplateByte
	}
	for {
		// Skip the bytes the loop below would only step over: printable
		// ASCII that is not a backslash, a quote that may close or, in a
		// backtick string, a $.
		if plain := p.src[:plainEnd]; p.pos < len(plain) {
			i := p.pos
			for i < len(plain) && plainTable[plain[i]] && plain[i] != closer {
				i++
			}
			p.pos = i
		}
		if p.pos >= len(p.src) {
			return "", 0, 0, p.fail(start, "this string is never closed: add the closing quote")
		}
		c := p.src[p.pos]
		if c < utf8.RuneSelf {
			switch {
			case c == '\\':
				escaped = true
				b.Write(p.src[segment:p.pos])
				if e := p.escape(&b); e != nil {
					return "", 0, 0, e
				}
				segment = p.pos
				continue
			case (c == '\n' || c == '\r') && open != '`':
				return "", 0, 0, p.fail(start, "this string is not closed before the end of its line: add the closing quote")
			case c == '\r': // (in a template literal)
				// JavaScript reads a template's CR LF, or a lone CR, as LF.
				escaped = true
				b.Write(p.src[segment:p.pos])
				b.WriteByte('\n')
				p.pos++
				if p.pos < len(p.src) && p.src[p.pos] == '\n' {
					p.pos++
				}
				segment = p.pos
				continue
			case open == '`' && c == '$' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '{' && forceClose < 0:
				end, err := p.substitution(p.pos)
				if err != nil {
					return "", 0, 0, err
				}
				p.subs = append(p.subs, Span{p.pos, end})
				p.pos = end
				continue
			case c < ' ' && c != '\n' && c != '\r':
				// JavaScript takes it; strict JSON rejects it. The escape
				// keeps the value.
				p.tolerate(ControlChar, p.pos, p.pos+1, Edit{p.pos, p.pos + 1, escapeControl(c)})
			case p.pos == forceClose || (forceClose < 0 && closes(open, rune(c))):
				t := p.finishText(&b, escaped, segment)
				closeAt, closeSize = p.pos, 1
				p.pos++
				return t, closeAt, closeSize, nil
			}
			p.pos++
			continue
		}
		r, size := utf8.DecodeRune(p.src[p.pos:])
		if r == utf8.RuneError && size == 1 {
			return "", 0, 0, p.fail(p.pos, "byte 0x%02x is not UTF-8 text: save the file as UTF-8", c)
		}
		if r == '\u2028' || r == '\u2029' {
			p.tolerate(LineSeparator, p.pos, p.pos+size)
		} else if IsInvisible(r) && !closes(open, r) {
			p.tolerate(InvisibleChar, p.pos, p.pos+size)
		}
		if p.pos == forceClose || (forceClose < 0 && closes(open, r)) {
			t := p.finishText(&b, escaped, segment)
			closeAt, closeSize = p.pos, size
			p.pos += size
			return t, closeAt, closeSize, nil
		}
		p.pos += size
	}
}

// plainByte marks the bytes a string's body may hold that need no look:
// printable ASCII but a backslash. A backtick string also looks at $, which
// may open a ${…} (plainTemplateByte).
var plainByte, plainTemplateByte = func() (t, tt [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '\\'
		tt[c] = t[c] && c != '$'
	}
	return t, tt
}()

// asciiCloser is the one ASCII byte that ends a string opened with open
// (see closes): the straight quote itself, or the straight quote of a curly
// quote's family.
func asciiCloser(open rune) byte {
	switch {
	case open < utf8.RuneSelf:
		return byte(open)
	case strings.ContainsRune(curlyDoubles, open):
		return '"'
	}
	return '\''
}

// finishText is the string's value up to p.pos: without escapes, the source
// text as it is (a substring, no allocation).
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
		if rest >= len(p.src) || mayFollowString[p.src[rest]] {
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
		if p.pos < len(p.src) && p.src[p.pos] == '{' { // \u{1F600}
			end := strings.IndexByte(p.text[p.pos:min(p.pos+10, len(p.src))], '}')
			if end < 2 || end > 7 {
				return p.fail(start, `invalid \u{…} escape: it needs hex digits and a closing }`)
			}
			p.pos++
			r, ok := p.hex(end - 1)
			if !ok || r > unicode.MaxRune {
				return p.fail(start, `invalid \u{…} escape: it needs hex digits up to 10FFFF`)
			}
			p.pos++
			if !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			b.WriteRune(r)
			p.tolerate(JSEscape, start, p.pos)
			return nil
		}
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
		p.tolerate(LineContinuation, start, p.pos) // the line break is not part of the value
	case '\r':
		if p.pos < len(p.src) && p.src[p.pos] == '\n' {
			p.pos++
		}
		p.tolerate(LineContinuation, start, p.pos)
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
		p.pos += size
		if r == '\u2028' || r == '\u2029' {
			p.tolerate(LineContinuation, start, p.pos)
			return nil
		}
		b.WriteRune(r)
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

// escapeControl is the JSON escape of a control character.
func escapeControl(c byte) string {
	switch c {
	case '\t':
		return `\t`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	}
	return fmt.Sprintf(`\u%04x`, c)
}

// simpleExpression reports whether a template literal's ${…} holds what a
// settings text plausibly means there: a name (NAME, Math.PI), a number or
// quoted text. Anything else is taken as a typo (a missing }, a stray
// character) rather than JavaScript code.
func simpleExpression(expr string) bool {
	if _, ok := NumberValue(expr); ok {
		return true
	}
	if len(expr) >= 2 && (expr[0] == '\'' || expr[0] == '"') && expr[len(expr)-1] == expr[0] {
		body := expr[1 : len(expr)-1]
		return !strings.ContainsAny(body, "\\\n\r") && !strings.ContainsRune(body, rune(expr[0]))
	}
	for _, part := range strings.Split(expr, ".") {
		if part == "" {
			return false
		}
		for i := 0; i < len(part); i++ {
			c := part[i]
			if !(c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9')) {
				return false
			}
		}
	}
	return true
}
