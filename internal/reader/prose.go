package reader

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Prose and markup copied with a setting: documentation's notes, a chat's
// or a mail's lines, Markdown fences and bullets. Each is a line to delete,
// skipped so that the entries are still read.

// skipProse skips a line of prose copied with the setting, such as the
// documentation's "Below is the AI Assistant entry pattern …" above it or
// "See the main Qarbine AI Assistant configuration information …" below
// it. Qarbine cannot load the text, so the skip is an error, but the
// entries are still checked in the same run.
func (p *parser) skipProse(before bool) (bool, *SyntaxError) {
	if p.pos+1 < len(p.src) && p.src[p.pos] == '>' && (p.src[p.pos+1] == ' ' || p.src[p.pos+1] == '>') && p.atLineStart() {
		// A setting quoted in a mail reply: every line starts with "> ".
		return false, p.fail(p.pos, "a line quoted as in a mail reply (\"> \" at its start): remove the \"> \" at the start of every line of the setting")
	}
	if !p.atProse() {
		return false, nil
	}
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] != '\n' && p.src[p.pos] != '\r' {
		// The setting may follow on the same line ("Note: see below.
		// aiAssistants = [ … ]"): the prose ends before it (it took the
		// setting along, and "the file holds no setting" followed).
		if p.pos > start && (p.src[p.pos-1] == ' ' || p.src[p.pos-1] == '\t') && p.beginsSettingName() {
			break
		}
		p.pos++
	}
	end := p.pos
	for end > start && (p.src[end-1] == ' ' || p.src[end-1] == '\t') {
		end--
	}
	where := "after the end of the setting"
	if before {
		where = "before the setting"
	}
	if entities(p.src[start:end]) {
		p.skip(start, "%s holds HTML entities (&quot;) where quotes belong, as a web page's source shows them: replace each &quot; with \" (and &#39; with ')", quoteSnippet(p.src[start:end]))
		return true, p.skipSpace()
	}
	if isFence(p.src[start:end]) {
		p.skip(start, "a Markdown code fence %s %s; Qarbine cannot load it: delete it (it came with the setting from a chat or a document)",
			quoteSnippet(p.src[start:end]), where)
		return true, p.skipSpace()
	}
	p.skip(start, "unexpected text %s %s; Qarbine cannot load it: delete it (it looks like documentation copied with the setting)",
		quoteSnippet(p.src[start:end]), where)
	return true, p.skipSpace()
}

// atProse reports whether a line of prose starts at p.pos: at the start of
// a line, a word that no setting begins with (a colon may follow it), a
// space, then another word ("See the main …", "Note: see …"), where a
// setting would have `name =` or a value.
func (p *parser) atProse() bool {
	if before := p.beforeOnLine(); before != 0 && before != ';' {
		// (a byte order mark does not hide the first line's start; and a
		// note may follow the setting's ';' on its line: "aiAssistants =
		// [ … ]; Note: see the docs." read as a word to mend, 0 entries)
		return false
	}
	if p.atMarkup() {
		return true
	}
	i := p.pos
	for i < len(p.src) {
		r, size := utf8.DecodeRune(p.src[i:])
		if !unicode.IsLetter(r) && !(i > p.pos && (unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')) {
			break
		}
		i += size
	}
	word := p.text[p.pos:i]
	if word == "" || notProse[word] || reserved[word] || isSettingName(word) {
		return false
	}
	if rest, whole := lineHead(p.src[i:]); whole && len(rest) <= 1 && (len(rest) == 0 || strings.IndexByte(",.!", rest[0]) >= 0) && !p.declared[word] {
		// A word alone on its line: "Thanks," "Cheers!" closing a mail
		// (an outside tester's sign-off hid the entries above it).
		return true
	}
	if p.atChatWords(i) {
		return true
	}
	label := i < len(p.src) && p.src[i] == ':'
	if label {
		// "Note: see the docs.", "TODO: rotate the key", "Source: https://…":
		// where a setting begins, a label is no setting (an outside tester's
		// note was read as an unknown word to mend, not prose to delete).
		i++
	}
	gap := i
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t') {
		i++
	}
	if i == gap || i >= len(p.src) {
		return false
	}
	if label {
		// But `Note: aiAssistants = [ … ]` is a JavaScript label on the
		// setting itself, which V8 loads: not a line to delete.
		save, tols := p.pos, len(p.res.Tolerances)
		labelled := p.skipLabels()
		p.pos, p.res.Tolerances = save, p.res.Tolerances[:tols]
		if labelled {
			return false
		}
	}
	r, _ := utf8.DecodeRune(p.src[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '(' || r == '"' || isCurlyQuote(r)
}

// atLineStart reports whether only spaces stand between p.pos and the
// start of its line.
func (p *parser) atLineStart() bool { return p.beforeOnLine() == 0 }

// beforeOnLine is the byte before p.pos on its line, spaces passed over;
// 0 when there is none (the line, or the text after a byte order mark,
// starts there).
func (p *parser) beforeOnLine() byte {
	i := p.pos
	for i > p.body && (p.src[i-1] == ' ' || p.src[i-1] == '\t') {
		i--
	}
	if i <= p.body || p.src[i-1] == '\n' || p.src[i-1] == '\r' {
		return 0
	}
	return p.src[i-1]
}

// atChatWords reports whether, after the word ending at i, punctuation
// and then more words follow, as a chat's or a mail's line does: "Sure,
// here is the setting:", "Certainly! Here…", "OK, paste this", "Yes - …",
// "TL;DR …", "P.S. rotate the key", "Cheers, Bob" (each hid the whole
// setting: outside tester). No setting begins so.
func (p *parser) atChatWords(i int) bool {
	j := i
	punct := 0
	for j < len(p.src) {
		switch c := p.src[j]; {
		case c == ' ' || c == '\t':
		case strings.IndexByte(",!.;?-", c) >= 0:
			punct++
		default:
			r, _ := utf8.DecodeRune(p.src[j:])
			if r == '–' || r == '—' {
				punct++
				j += utf8.RuneLen(r)
				continue
			}
			return punct > 0 && punct <= 2 && j > i && unicode.IsLetter(r) && !(p.src[i] == '.' && j == i+1 && !unicode.IsUpper(r))
		}
		j++
	}
	return false
}

// atMarkup reports whether a line of chat or document markup starts at
// p.pos, at a line's start: a Markdown code fence (```js, ~~~), a bullet
// ("* Paste this…", "- Paste this:", "• …") or an e-mail signature's
// "--". Copied with a setting from a chat or a document, each hid the
// whole setting (outside tester).
func (p *parser) atMarkup() bool {
	line, whole := lineHead(p.src[p.pos:])
	switch {
	case whole && isFence(line):
		return true
	case bytes.HasPrefix(line, []byte("-- ")) || whole && string(line) == "--":
		return true // a signature: "--", or "-- Bob"
	case chatStamp(line):
		return true
	case numbered(line):
		return true
	}
	for _, bullet := range []string{"* ", "- ", "+ ", "• ", "*\t", "-\t"} {
		if rest, ok := bytes.CutPrefix(line, []byte(bullet)); ok {
			r, _ := utf8.DecodeRune(bytes.TrimLeft(rest, " \t"))
			return unicode.IsLetter(r)
		}
	}
	return false
}

// chatStamp reports a chat's message header: "[10:42 AM] Alice Smith"
// (Teams), "[10:42] Bob".
func chatStamp(line []byte) bool {
	if len(line) < 6 || line[0] != '[' || !isDigit(line[1]) {
		return false
	}
	i := 1
	for i < len(line) && isDigit(line[i]) {
		i++
	}
	if i > 3 || i >= len(line) || line[i] != ':' {
		return false
	}
	close := bytes.IndexByte(line, ']')
	if close < 0 || close > 12 {
		return false
	}
	for _, c := range line[i+1 : close] {
		if !isDigit(c) && c != ' ' && c != 'A' && c != 'P' && c != 'M' && c != 'a' && c != 'p' && c != 'm' && c != ':' {
			return false
		}
	}
	return true
}

// numbered reports a numbered list's line: "1. Open the settings", "2) Paste".
func numbered(line []byte) bool {
	i := 0
	for i < len(line) && isDigit(line[i]) {
		i++
	}
	if i == 0 || i > 2 || i+2 >= len(line) || line[i] != '.' && line[i] != ')' || line[i+1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRune(line[i+2:])
	return unicode.IsLetter(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isFence reports whether line is a Markdown code fence: ``` or ~~~, and
// an optional language name.
func isFence(line []byte) bool {
	rest, ok := bytes.CutPrefix(line, []byte("```"))
	if !ok {
		if rest, ok = bytes.CutPrefix(line, []byte("~~~")); !ok {
			return false
		}
	}
	rest = bytes.TrimRight(rest, " \t")
	for _, c := range rest {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// lineHeadMax bounds how much of a line lineHead reads: it is asked at
// every statement's start, and a minified file holds thousands of them on
// one line (reading each line to its end made such a file quadratic: 5 s
// for 160 KB).
const lineHeadMax = 256

// lineHead is b up to its first line break, without trailing spaces, when
// that lies within lineHeadMax bytes (whole); else b's first lineHeadMax
// bytes, enough to tell how the line begins.
func lineHead(b []byte) (line []byte, whole bool) {
	n := min(len(b), lineHeadMax)
	if i := bytes.IndexAny(b[:n], "\r\n"); i >= 0 {
		return bytes.TrimRight(b[:i], " \t"), true
	}
	if len(b) <= lineHeadMax {
		return bytes.TrimRight(b, " \t"), true
	}
	return b[:n], false
}

// notProse are words a setting's statement begins with.
var notProse = map[string]bool{"let": true, "module": true, "exports": true, "undefined": true, "Infinity": true, "NaN": true}

// entities reports text holding the HTML entities of quotes: a setting
// copied from a web page's source, to mend, not prose to delete (an
// outside tester's "delete it" would have deleted the entry).
func entities(b []byte) bool {
	return bytes.Contains(b, []byte("&quot;")) || bytes.Contains(b, []byte("&#34;")) || bytes.Contains(b, []byte("&#39;")) || bytes.Contains(b, []byte("&apos;"))
}
